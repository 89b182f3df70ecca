// The parts drawn apart for interaction speed (style/main.css "Rendering cost": `contain: content`
// on each switch and on the matrix's table; issue 16, docs/performance.md) must not change what a reader sees. Paint containment clips
// whatever a part draws outside its box, so:
// - a keyboard focus ring (3 px outline, 2 px offset) at a part's edge is still drawn whole: the
//   pixels just outside the focused control are the focus colour, read back from a screenshot;
// - no part clips its content: at 320, 375 and 1280 px, with every fold open, no contained part's
//   content is wider or taller than its box (plus the 6 px clip margin).
// - no box moves: containment keeps a part's children's margins inside it, which moves things
//   wherever a margin used to collapse through the part's edge. In the opening, presenter, embed,
//   story and details views at 1280 and 375 px, and after flips, every element's box is the same
//   to the pixel with the containment as it is and with it turned off (`contain: none` set on
//   each contained part).
// A test file next to the benchmarks: it guards what the speed work may not cost.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BOX_VIEWS, launchBrowser, openWidget } from './support.mjs';

const CONTAINED = '.switch, .matrix__wrap';
const MARGIN = 6; // overflow-clip-margin in main.css

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** The RGBA pixels of a PNG, decoded by a blank page's canvas (Node has no PNG decoder). */
async function pixels(png) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(bitmap, 0, 0);
      return { width: bitmap.width, height: bitmap.height, data: [...ctx.getImageData(0, 0, bitmap.width, bitmap.height).data] };
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

/** Whether the focus ring is drawn on all four sides of `locator`'s box: in the 5 px band
 *  outside each edge, at the edge's middle, some pixel is close to the focus colour. */
async function ringSides(page, locator) {
  // Keyboard focus (`:focus-visible`): focus the one before, then Tab.
  await locator.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.ok(await locator.evaluate((el) => el.matches(':focus-visible')), 'focused from the keyboard');
  const focus = await page.evaluate(() => getComputedStyle(document.activeElement).outlineColor);
  const [r, g, b] = focus.match(/\d+/g).map(Number);
  const box = await locator.boundingBox();
  const pad = 8;
  const clip = { x: Math.floor(box.x - pad), y: Math.floor(box.y - pad), width: Math.ceil(box.width + 2 * pad), height: Math.ceil(box.height + 2 * pad) };
  const img = await pixels(await page.screenshot({ clip }));
  const near = (x, y) => {
    const i = (y * img.width + x) * 4;
    return Math.abs(img.data[i] - r) + Math.abs(img.data[i + 1] - g) + Math.abs(img.data[i + 2] - b) < 60;
  };
  const band = [...Array(pad).keys()]; // 0..pad-1: the pixels outside the box's edge
  const midX = Math.floor(img.width / 2);
  const midY = Math.floor(img.height / 2);
  return {
    top: band.some((d) => near(midX, d)),
    bottom: band.some((d) => near(midX, img.height - 1 - d)),
    left: band.some((d) => near(d, midY)),
    right: band.some((d) => near(img.width - 1 - d, midY)),
  };
}

describe('the parts drawn apart for speed', () => {
  test('focus rings at the edge of a contained part are drawn whole', async () => {
    const w = await openWidget(browser, '', { viewport: { width: 1280, height: 800 } });
    try {
      const controls = {
        'the first switch (as wide as its part)': w.page.getByRole('switch', { name: /^Nvidia H20/ }),
        "the matrix's first developer (at its part's left edge)": w.page.getByRole('button', { name: /^DeepSeek/ }),
      };
      for (const [what, locator] of Object.entries(controls)) {
        await locator.scrollIntoViewIfNeeded();
        const sides = await ringSides(w.page, locator);
        assert.deepEqual(sides, { top: true, bottom: true, left: true, right: true }, `${what}: the ring's sides drawn`);
      }
    } finally {
      await w.close();
    }
  });

  /** Every element's box (page coordinates, to 1/100 px) with its tag and class, in document order. */
  const boxes = (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('body *')].map((el) => {
        // Not rendered (display: none, a closed fold's content): no box to keep.
        if (!el.checkVisibility()) return `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} not rendered`;
        const r = el.getBoundingClientRect();
        const box = [r.x + scrollX, r.y + scrollY, r.width, r.height].map((v) => Math.round(v * 100) / 100);
        return `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${box.join(',')}`;
      }),
    );
  // The views every box is compared in (e2e/support.mjs, shared with bench-boxes.mjs).
  for (const [query, width, height, flips = []] of BOX_VIEWS) {
    const what = `${query || 'the opening view'} at ${width}×${height}${flips.length ? `, after ${flips.length} flips` : ''}`;
    test(`containment moves no box: ${what}`, async () => {
      const w = await openWidget(browser, query, { viewport: { width, height }, colorScheme: 'light' });
      try {
        const { page } = w;
        if (flips.length) {
          await page.evaluate(() => document.querySelectorAll('details.switches__more').forEach((d) => (d.open = true)));
          for (const name of flips) {
            const sw = page.getByRole('switch', { name });
            const was = await sw.getAttribute('aria-checked');
            await sw.click();
            await page.waitForFunction(([el, v]) => el.getAttribute('aria-checked') !== v, [await sw.elementHandle(), was]);
          }
        }
        // The flipped thumbs' slide ends where it ends either way.
        await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
        const count = await page.evaluate(
          (selector) => [...document.querySelectorAll(selector)].filter((el) => getComputedStyle(el).contain === 'content').length,
          CONTAINED,
        );
        assert.ok(count > 0, 'parts are contained in this view');
        const contained = await boxes(page);
        const off = await page.evaluate((selector) => {
          const parts = [...document.querySelectorAll(selector)];
          // Through the CSSOM: the page's CSP allows no style attribute or element in markup.
          for (const el of parts) el.style.setProperty('contain', 'none', 'important');
          return parts.filter((el) => getComputedStyle(el).contain !== 'none').length;
        }, CONTAINED);
        assert.equal(off, 0, 'containment turned off');
        const uncontained = await boxes(page);
        assert.equal(uncontained.length, contained.length, 'the same elements');
        const moved = contained.flatMap((b, i) => (b === uncontained[i] ? [] : [`${b} → ${uncontained[i].split(' ').pop()}`]));
        assert.deepEqual(moved.slice(0, 20), [], `${moved.length} of ${contained.length} boxes differ (contained → not)`);
      } finally {
        await w.close();
      }
    });
  }

  for (const width of [320, 375, 1280]) {
    test(`no contained part clips its content at ${width} px, every fold open`, async () => {
      const w = await openWidget(browser, '?dev=deepseek', { viewport: { width, height: 800 } });
      try {
        const clipped = await w.page.evaluate(
          ([selector, margin]) => {
            for (const d of document.querySelectorAll('details')) d.open = true;
            for (const b of document.querySelectorAll('.switch__more[aria-expanded="false"]')) b.click();
            const parts = [...document.querySelectorAll(selector)];
            return {
              count: parts.length,
              clipped: parts
                .filter((el) => el.scrollWidth > el.clientWidth + margin || el.scrollHeight > el.clientHeight + margin)
                .map((el) => `${el.className}: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`),
            };
          },
          [CONTAINED, MARGIN],
        );
        assert.ok(clipped.count > 20, `the contained parts are there (${clipped.count})`);
        assert.deepEqual(clipped.clipped, []);
      } finally {
        await w.close();
      }
    });
  }
});
