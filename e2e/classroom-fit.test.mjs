// The classroom fits its screens (issue 21 follow-up): on a projector (1280×720, 1920×1080) no
// developer's name runs into the next cell and the whole start card is on the first screen; on a
// phone (375×667, 390×844) the story's question, Reveal and the matrix's first row are.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchBrowser, openWidget } from './support.mjs';
import { assertOnScreen, box, onScreen, pressOnPage, smallTexts, storySteps, waitForStep } from './classroom-support.mjs';

const steps = await storySteps();
const asking = steps.flatMap((s, i) => (s.asks ? [i + 1] : []));
const projectors = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** The matrix's row headers whose text runs out of the header cell (into the Training cell). */
async function overflowingRowHeaders(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('table.matrix tbody th')].flatMap((th) => {
      const cell = th.getBoundingClientRect();
      const next = th.nextElementSibling?.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(th);
      const text = range.getBoundingClientRect();
      const name = th.innerText.trim();
      const out = [];
      if (th.scrollWidth > th.clientWidth) out.push(`${name}: scrollWidth ${th.scrollWidth} > clientWidth ${th.clientWidth}`);
      if (text.right > cell.right + 0.5) out.push(`${name}: text ends at ${text.right}, its cell at ${cell.right}`);
      if (next && text.right > next.left + 0.5) out.push(`${name}: text ends at ${text.right}, the next cell starts at ${next.left}`);
      return out;
    }),
  );
}

describe('the presenter bar', () => {
  test('at 1280×720 in both languages the step stays in its place from step to step: the bar is one line with or without "Show answer"', async () => {
    for (const lang of ['', '&lang=zh-CN']) {
      const w = await openWidget(browser, `?mode=present&step=1${lang}`, { viewport: projectors[0] });
      try {
        const tops = [];
        for (let n = 1; n <= steps.length; n += 1) {
          if (n > 1) await pressOnPage(w.page, 'ArrowRight');
          await waitForStep(w.page, n);
          const shows = await w.page.locator('.presenter-bar__show').count();
          assert.equal(shows, steps[n - 1].asks ? 1 : 0, `step ${n}: Show answer at a question only`);
          tops.push(await w.page.evaluate(() => Math.round(document.querySelector('.story').getBoundingClientRect().top)));
        }
        assert.deepEqual(tops, tops.map(() => tops[0]), `the step's top at every step${lang}`);
        assert.deepEqual(w.errors(), []);
      } finally {
        await w.close();
      }
    }
  });
});

describe('the matrix on a projector', () => {
  for (const viewport of projectors) {
    const size = `${viewport.width}×${viewport.height}`;
    test(`at ${size}: no developer's name runs into the next cell, at every question and the step before the close`, async () => {
      // (At the last step the closing card takes the matrix's place: see 'every step on a projector'.)
      for (const n of [...asking, steps.length - 1]) {
        const w = await openWidget(browser, `?mode=present&step=${n}`, { viewport });
        try {
          await waitForStep(w.page, n);
          await w.page.locator('table.matrix tbody th').first().waitFor();
          assert.ok((await w.page.locator('table.matrix tbody th').count()) >= 9, `step ${n}: every developer has a row`);
          assert.deepEqual(await overflowingRowHeaders(w.page), [], `step ${n} at ${size}`);
          if (steps[n - 1].asks) {
            await w.page.getByRole('button', { name: 'Show answer' }).click();
            await w.page.locator('.predict__score').waitFor();
            assert.deepEqual(await overflowingRowHeaders(w.page), [], `step ${n} revealed at ${size}`);
          }
          assert.deepEqual(w.errors(), []);
        } finally {
          await w.close();
        }
      }
    });
  }
});

/** What must be on the first screen at a step of the presenter view: the whole step (its text,
 * box, Back and Next), the question's choices and Reveal where it asks one, and the matrix with
 * its legend, or at the last step the closing card in the matrix's place. */
async function stepLayout(page) {
  return page.evaluate(() => {
    const rects = {};
    const put = (name, el) => {
      if (!el) return;
      const r = el.getBoundingClientRect();
      rects[name] = { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    put('the step', document.querySelector('.story'));
    put('Next', document.querySelector('.story__next'));
    put('the question', document.querySelector('.predict__prompt'));
    document.querySelectorAll('.predict__option').forEach((el, i) => put(`choice ${i + 1}`, el));
    put('Reveal', document.querySelector('.predict__action'));
    const closing = document.querySelector('.lesson__closing');
    if (closing) {
      put('the closing card', closing);
      put('Now you try', closing.querySelector('button'));
    } else {
      put('the matrix', document.querySelector('table.matrix'));
      put('the legend', document.querySelector('.lesson__legend'));
    }
    return { rects, scrollY, innerHeight, innerWidth, pageWidth: document.documentElement.scrollWidth };
  });
}

describe('every step on a projector', () => {
  for (const viewport of projectors) {
    const size = `${viewport.width}×${viewport.height}`;
    test(`at ${size}: every step, its question, Reveal and the matrix with its legend (or the closing card) on one screen`, async () => {
      for (let n = 1; n <= steps.length; n++) {
        const w = await openWidget(browser, `?mode=present&step=${n}`, { viewport });
        try {
          await waitForStep(w.page, n);
          await w.page.locator(n === steps.length ? '.lesson__closing' : '.lesson__legend').waitFor();
          const layout = await stepLayout(w.page);
          if (steps[n - 1].asks) assert.ok(layout.rects.Reveal && layout.rects['choice 1'], `step ${n} asks`);
          assertOnScreen(layout, `step ${n} at ${size}`);
          assert.ok(layout.pageWidth <= layout.innerWidth, `step ${n}: no sideways scroll`);
          // The legend names every status the matrix shows, and "Not reported".
          if (n < steps.length) {
            const legend = await w.page.locator('.lesson__legend dt').allInnerTexts();
            const shown = await w.page.locator('table.matrix .status__word, table.matrix .matrix__none').allInnerTexts();
            for (const word of shown) assert.ok(legend.map((t) => t.trim()).includes(word.trim()), `step ${n}: the legend explains ${word}`);
          }
          assert.deepEqual(w.errors(), []);
        } finally {
          await w.close();
        }
      }
    });
  }
});

describe('the presenter bar beside the header', () => {
  for (const viewport of projectors) {
    const size = `${viewport.width}×${viewport.height}`;
    test(`at ${size}: no button of the bar lies over the title or a picker, in English, Chinese and the long pseudo-locale`, async () => {
      for (const lang of ['en', 'zh-CN', 'x-long']) {
        for (const n of [0, asking[0]]) {
          const w = await openWidget(browser, `?mode=present&step=${n}&lang=${lang}`, { viewport });
          try {
            await w.page.locator('.presenter-bar button').first().waitFor();
            await w.page.locator('.cp__header-tools select').nth(1).waitFor();
            const overlaps = await w.page.evaluate(() => {
              const boxes = (selector) =>
                [...document.querySelectorAll(selector)].map((el) => ({ el, r: el.getBoundingClientRect() }));
              const header = boxes('.cp__title, .cp__header-tools label, .cp__header-tools select');
              const bar = boxes('.presenter-bar button, .presenter-bar a');
              const name = (el) => (el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 30);
              return bar.flatMap((b) =>
                header
                  .filter((h) => b.r.left < h.r.right - 0.5 && h.r.left < b.r.right - 0.5 && b.r.top < h.r.bottom - 0.5 && h.r.top < b.r.bottom - 0.5)
                  .map((h) => `${name(b.el)} over ${h.el.tagName.toLowerCase()} ${name(h.el)}`),
              );
            });
            assert.deepEqual(overlaps, [], `step ${n}, ${lang}, ${size}`);
            assert.deepEqual(w.errors(), []);
          } finally {
            await w.close();
          }
        }
      }
    });
  }
});

describe('the start card on a projector', () => {
  for (const viewport of projectors) {
    const size = `${viewport.width}×${viewport.height}`;
    test(`at ${size}: the whole start card and its start button are on the first screen, text at 20 px or more`, async () => {
      const w = await openWidget(browser, '?mode=present&step=0', { viewport });
      try {
        await w.page.getByRole('heading', { name: 'Before we start' }).waitFor();
        const layout = await w.page.evaluate(() => {
          const rect = (el) => {
            const r = el.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
          };
          return {
            rects: {
              'the card': rect(document.querySelector('.story--start')),
              'Start the story': rect(document.querySelector('.story--start .story__next')),
            },
            scrollY,
            innerHeight,
            innerWidth,
          };
        });
        assertOnScreen(layout, `the start card at ${size}`);
        assert.equal(await w.page.getByRole('button', { name: 'Start the story' }).isVisible(), true);
        if (viewport.width === 1280) assert.deepEqual(await smallTexts(w.page, 20), [], 'the start card at 20 px or more');
        assert.deepEqual(w.errors(), []);
      } finally {
        await w.close();
      }
    });
  }

});

describe('the phone student view of the story', () => {
  for (const viewport of [
    { width: 375, height: 667 },
    { width: 390, height: 844 },
  ]) {
    const size = `${viewport.width}×${viewport.height}`;
    test(`at ${size}: every question, Reveal and the matrix's first row on the first screen; the switches below; no sideways scroll`, async () => {
      for (const n of asking) {
        const w = await openWidget(browser, `?mode=story&step=${n}`, { viewport });
        try {
          await waitForStep(w.page, n);
          await w.page.getByRole('button', { name: 'Reveal the answer' }).waitFor();
          const layout = await w.page.evaluate(() => {
            const rect = (el) => {
              const r = el.getBoundingClientRect();
              return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
            };
            return {
              rects: {
                question: rect(document.querySelector('.predict__prompt')),
                'Reveal the answer': rect(document.querySelector('.predict__action')),
                "the matrix's first row": rect(document.querySelector('table.matrix tbody tr')),
              },
              switches: rect(document.querySelector('.cp__controls')),
              scrollY,
              innerHeight,
              innerWidth,
              pageWidth: document.documentElement.scrollWidth,
            };
          });
          assertOnScreen(layout, `step ${n} at ${size}`);
          assert.ok(layout.pageWidth <= layout.innerWidth, `step ${n}: no sideways scroll (${layout.pageWidth} > ${layout.innerWidth})`);
          assert.ok(layout.switches.top >= layout.innerHeight, `step ${n}: the switches wait below the first screen (top ${layout.switches.top})`);
          assert.ok(await w.page.getByRole('checkbox', { name: 'Nobody loses', exact: true }).isVisible());
          if (n === asking[0]) {
            // The reordering must not cost the page its landmarks and names.
            const { createRequire } = await import('node:module');
            const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
            await w.page.evaluate(axeSource);
            const violations = await w.page.evaluate(async () => {
              const result = await window.axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
              });
              return result.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`);
            });
            assert.deepEqual(violations, [], `axe at step ${n}, ${size}`);
          }
          assert.deepEqual(w.errors(), []);
        } finally {
          await w.close();
        }
      }
    });
  }
  test('on a phone the switches fold behind one button, which opens and closes them; wider, they stay in view', async () => {
    const n = asking[0];
    const w = await openWidget(browser, `?mode=story&step=${n}`, { viewport: { width: 375, height: 667 } });
    try {
      await waitForStep(w.page, n);
      const fold = w.page.getByRole('button', { name: 'Show the policies at this step' });
      const aSwitch = w.page.getByRole('switch').first();
      assert.equal(await fold.getAttribute('aria-expanded'), 'false');
      assert.equal(await aSwitch.isVisible(), false, 'folded: no switch shown');
      await fold.press('Enter');
      const hide = w.page.getByRole('button', { name: 'Hide the policies' });
      await hide.waitFor();
      assert.equal(await hide.getAttribute('aria-expanded'), 'true');
      assert.equal(await hide.getAttribute('aria-controls'), await w.page.getByRole('region', { name: 'Policies' }).getAttribute('id'));
      await aSwitch.waitFor();
      assert.ok(await w.page.getByRole('switch', { name: /H20 exports allowed/ }).isVisible(), 'open: the headline switches are there to use');
      await hide.click();
      await fold.waitFor();
      assert.equal(await aSwitch.isVisible(), false, 'folded again');
      // Wider than a phone there is nothing to fold: the switches show and the button does not.
      await w.page.setViewportSize({ width: 1280, height: 720 });
      await aSwitch.waitFor();
      assert.equal(await fold.isVisible(), false);
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
});

