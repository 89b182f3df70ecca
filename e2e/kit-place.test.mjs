// Where the kit sits (issue 17; src/app.rs): the history bar (Undo, Redo, Reset to the record,
// Compare with the record) right below the switches it undoes, and the downloads after the
// answer, below the diagram, so on a phone nothing of the kit but the bar stands between the
// switches and the matrix (the downloads line used to, about 100 px of it at 375 px). Keyboard
// order is the visual order on a phone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openWidget } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** The page box (top, bottom, left) of the first element matching each selector. */
const boxes = (page, selectors) =>
  page.evaluate(
    (selectors) =>
      Object.fromEntries(
        Object.entries(selectors).map(([name, selector]) => {
          const r = document.querySelector(selector).getBoundingClientRect();
          return [name, { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left }];
        }),
      ),
    selectors,
  );

const PARTS = {
  switches: '.cp__controls',
  history: '.history',
  matrix: '.matrix-section',
  diagram: '.diagram',
  downloads: '.downloads',
  timeline: '.cp__timeline',
};

test('on a phone (375x667) the matrix follows the history bar; the downloads come after the diagram', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const w = await openWidget(browser, '', { viewport: { width: 375, height: 667 }, colorScheme });
    try {
      const at = await boxes(w.page, PARTS);
      // Between the bar and the matrix only the (empty) change sentence and margins: no kit line.
      assert.ok(at.matrix.top - at.history.bottom < 48, `${colorScheme}: the matrix starts ${at.matrix.top - at.history.bottom} px below the bar`);
      assert.ok(at.history.top >= at.switches.top && at.history.bottom <= at.switches.bottom, 'the bar is with the switches');
      assert.ok(at.downloads.top >= at.diagram.bottom, 'the downloads follow the diagram');
      assert.ok(at.downloads.bottom <= at.timeline.top, 'and come before the timeline');
    } finally {
      await w.close();
    }
  }
});

test('at 1280 px the downloads sit under the diagram, in the results column', async () => {
  const w = await openWidget(browser, '', { viewport: { width: 1280, height: 800 } });
  try {
    const at = await boxes(w.page, PARTS);
    assert.equal(at.downloads.left, at.diagram.left);
    assert.ok(at.downloads.top >= at.diagram.bottom);
    assert.ok(at.history.left === at.switches.left && at.history.top < at.timeline.top, 'the bar stays under the switches');
  } finally {
    await w.close();
  }
});

test('on a phone, Tab meets the switches, the bar, the matrix, the diagram, the downloads and the timeline in the order they are shown', async () => {
  const w = await openWidget(browser, '', { viewport: { width: 375, height: 667 } });
  try {
    // Every control from the switches to the timeline, in document (Tab) order, with its place.
    const controls = await w.page.evaluate(() =>
      [...document.querySelectorAll('.cp__grid :is(a[href], button, input, select, summary)')]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }) && el.tabIndex >= 0 && !el.disabled)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { name: el.textContent.trim().slice(0, 30), top: Math.round(r.top + scrollY), left: Math.round(r.left) };
        }),
    );
    assert.ok(controls.some((c) => c.name === 'Compare with the record'));
    assert.ok(controls.some((c) => c.name === 'CSV'));
    // Visual order: by line (a control more than half a line lower comes later), then left to right.
    for (let i = 1; i < controls.length; i++) {
      const [a, b] = [controls[i - 1], controls[i]];
      const later = b.top > a.top + 12 || (Math.abs(b.top - a.top) <= 12 && b.left >= a.left);
      assert.ok(later, `Tab goes from "${a.name}" (${a.top}, ${a.left}) to "${b.name}" (${b.top}, ${b.left})`);
    }
    // And the kit's parts in the order the reader meets them.
    const order = ['Compare with the record', 'Inference', 'CSV', 'Diagram PNG'].map((n) => controls.findIndex((c) => c.name === n));
    assert.deepEqual([...order].sort((x, y) => x - y), order);
  } finally {
    await w.close();
  }
});
