// The presenter view on projectors (walk10, present12): a step's title breaks between words only,
// and at 1024×768, 1280×720 and 1920×1080, in English and Chinese, each step is whole on the first
// screen, before and after a reveal. Each test steps through the story with → in one page, as a
// teacher does.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openWidget } from './support.mjs';
import { assertOnScreen, pressOnPage, smallTexts, storySteps, waitForStep } from './classroom-support.mjs';

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

describe('every step whole on a projector', () => {
  // At 20 px the longest steps' text (a caption with four citations and a two-part box) once ran
  // 490 px below a 1024×768 screen beside a 564 px right column. Now, at 1024×768, 1280×720 and
  // 1920×1080, in English and Chinese, at every step, asked and revealed, the whole step is on
  // the first screen: its date and title, Back and Next, its caption and both halves of its box
  // (at a step without a question "Meanwhile" sits under the legend), the question with Reveal,
  // the revealed answer, and the matrix with its legend (or the closing card); no text under 20 px.
  /** The rectangles that must be on the first screen. */
  const firstScreen = (page) =>
    page.evaluate(() => {
      const rects = {};
      const put = (name, el) => {
        if (!el || !el.getClientRects().length) return;
        const r = el.getBoundingClientRect();
        rects[name] = { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      };
      put('the step', document.querySelector('.story'));
      put("the step's date and title", document.querySelector('.story__head'));
      put('Back', document.querySelector('.story__prev'));
      put('Next', document.querySelector('.story__next'));
      put('the caption', document.querySelector('.story__caption'));
      put('Because of this event', document.querySelector('.story__because'));
      put('Meanwhile', document.querySelector('.story__meanwhile'));
      put('the question', document.querySelector('.predict__prompt'));
      document.querySelectorAll('.predict__option').forEach((el, i) => put(`choice ${i + 1}`, el));
      put('Reveal / Try again', document.querySelector('.predict__action'));
      put('the score', document.querySelector('.predict__score'));
      // (Empty and out of the way until the reveal.)
      put('the answer', document.querySelector('.predict--revealed .predict__outcome'));
      const closing = document.querySelector('.lesson__closing');
      if (closing) {
        put('the closing card', closing);
      } else {
        put('the matrix', document.querySelector('table.matrix'));
        put('the legend', document.querySelector('.lesson__legend'));
      }
      return { rects, scrollY, innerHeight, innerWidth, pageWidth: document.documentElement.scrollWidth };
    });
  /** Where the page reads the step's box and the legend: the story's text first. */
  const readingOrder = (page) =>
    page.evaluate(() => {
      const [because, meanwhile, legend] = ['.story__because', '.story__meanwhile', '.lesson__legend'].map((s) => document.querySelector(s));
      const before = (a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return { becauseFirst: before(because, meanwhile), beforeLegend: !legend || before(meanwhile, legend) };
    });
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    const size = `${viewport.width}×${viewport.height}`;
    for (const lang of ['en', 'zh-CN']) {
      test(`at ${size} in ${lang}: every step's text, its question, the revealed answer, the matrix and legend on the first screen; text at 20 px or more`, async () => {
        const w = await openWidget(browser, `?mode=present&step=1&lang=${lang}`, { viewport });
        try {
          for (let n = 1; n <= steps.length; n++) {
            if (n > 1) await pressOnPage(w.page, 'ArrowRight');
            await waitForStep(w.page, n);
            await w.page.locator(n === steps.length ? '.lesson__closing' : '.lesson__legend').waitFor();
            for (const state of steps[n - 1].asks ? ['asked', 'revealed'] : ['shown']) {
              if (state === 'revealed') {
                await w.page.locator('.presenter-bar__show').click();
                await w.page.locator('.predict__score').waitFor();
              }
              const layout = await firstScreen(w.page);
              const what = `step ${n} (${state}, ${lang}) at ${size}`;
              if (n < steps.length) assert.ok(layout.rects['the matrix'] && layout.rects['the legend'], `${what}: the matrix and legend are shown`);
              if (state !== 'revealed') {
                for (const part of ['the caption', 'Because of this event', 'Meanwhile']) assert.ok(layout.rects[part], `${what}: ${part} is shown`);
                assert.deepEqual(await readingOrder(w.page), { becauseFirst: true, beforeLegend: true }, `${what}: the page reads the step's box in order, before the legend`);
              }
              if (state === 'asked') {
                assert.ok(layout.rects['Reveal / Try again'] && layout.rects['choice 1'], `${what} asks`);
                // The choices keep their group, named by the question, whatever the layout.
                // (Its first words: a new word in the question is a button, which the accessible
                // name may set apart with spaces.)
                const named = (await w.page.locator('.predict__prompt').innerText()).slice(0, 8);
                assert.ok((await w.page.getByRole('group', { name: named }).getByRole('checkbox').count()) >= 2, `${what}: the choices are a group named by the question`);
              }
              if (state === 'revealed') assert.ok(layout.rects['the score'] && layout.rects['the answer'], `${what}: the answer is shown`);
              assertOnScreen(layout, what);
              assert.ok(layout.pageWidth <= layout.innerWidth, `${what}: no sideways scroll`);
              assert.deepEqual(await smallTexts(w.page, 20), [], `${what}: text at 20 px or more`);
            }
          }
          assert.deepEqual(w.errors(), []);
        } finally {
          await w.close();
        }
      });
    }
  }
});
