// The classroom e2e files' shared steps: the story's steps from the data, waiting for a step,
// pressing keys on the page, reading the step's box, and measuring what is on the first screen.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from './support.mjs';

/** The story's steps from data/story.toml: whether each asks a question. */
export async function storySteps() {
  const text = await readFile(join(repoRoot, 'data/story.toml'), 'utf8');
  return text
    .split(/^\[\[story\]\]\s*$/m)
    .slice(1)
    .map((block) => ({ asks: /^\[story\.question\]/m.test(block) }));
}

export async function waitForStep(page, n) {
  await page.waitForFunction((n) => document.querySelector('.story')?.dataset.step === String(n), n);
}

export async function pressOnPage(page, key) {
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press(key);
}

/** The step's box: both halves, as shown. */
export async function box(page) {
  const because = await page.locator('.story__because').innerText();
  const meanwhile = await page.locator('.story__meanwhile').innerText();
  return { because, meanwhile };
}

/** Rectangles of what must be on the first screen, and the page's scroll. */
export async function onScreen(page) {
  return page.evaluate(() => {
    const rects = {};
    const put = (name, el) => {
      const r = el.getBoundingClientRect();
      rects[name] = { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    put('prompt', document.querySelector('.predict__prompt'));
    document.querySelectorAll('.predict__option').forEach((el, i) => put(`choice ${i + 1}`, el));
    put('Reveal / Try again', document.querySelector('.predict__action'));
    put('matrix', document.querySelector('table.matrix'));
    return { rects, scrollY, innerHeight, innerWidth };
  });
}

export function assertOnScreen(layout, what) {
  assert.equal(layout.scrollY, 0, `${what}: not scrolled`);
  for (const [name, r] of Object.entries(layout.rects)) {
    assert.ok(
      r.top >= 0 && r.bottom <= layout.innerHeight + 0.5 && r.left >= 0 && r.right <= layout.innerWidth + 0.5,
      `${what}: ${name} is on the screen (${JSON.stringify(r)})`,
    );
  }
}

/** Every visible text of the page whose font is smaller than `min` px. */
export async function smallTexts(page, min) {
  return page.evaluate((min) => {
    const small = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const el = node.parentElement;
      if (!text || !el || !el.checkVisibility({ visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < min) small.push(`${size}px <${el.tagName.toLowerCase()} class="${el.className}">${text.slice(0, 40)}`);
    }
    return small;
  }, min);
}
