// The presenter view on projectors (walk10): a step's title breaks between words only, at
// 1024×768 too. Each test steps through the story with → in one page, as a teacher does.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openWidget } from './support.mjs';
import { pressOnPage, storySteps, waitForStep } from './classroom-support.mjs';

const steps = await storySteps();
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** The step's title: each word split across two lines, and whether the title's text runs out
 * of its box or under Back and Next. */
async function titleProblems(page) {
  return page.evaluate(() => {
    const title = document.querySelector('.story__title');
    const problems = [];
    const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) problems.push(`"${m[0]}" is split across ${lines.size} lines`);
      }
    }
    const range = document.createRange();
    range.selectNodeContents(title);
    const text = range.getBoundingClientRect();
    const box = title.getBoundingClientRect();
    if (text.right > box.right + 0.5) problems.push(`the text ends at ${text.right}, the title's box at ${box.right}`);
    for (const button of document.querySelectorAll('.story__nav .button')) {
      const b = button.getBoundingClientRect();
      for (const r of range.getClientRects()) {
        if (r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom) {
          problems.push(`the text runs under ${button.textContent.trim()}`);
        }
      }
    }
    return problems;
  });
}

describe('step titles on a projector', () => {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    const size = `${viewport.width}×${viewport.height}`;
    test(`at ${size}: every step's title breaks between words only, clear of Back and Next`, async () => {
      const w = await openWidget(browser, '?mode=present&step=1', { viewport });
      try {
        for (let n = 1; n <= steps.length; n++) {
          if (n > 1) await pressOnPage(w.page, 'ArrowRight');
          await waitForStep(w.page, n);
          assert.deepEqual(await titleProblems(w.page), [], `step ${n} at ${size}`);
        }
        assert.deepEqual(w.errors(), []);
      } finally {
        await w.close();
      }
    });
  }
});
