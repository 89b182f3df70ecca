// The prerendered opening view (docs/performance.md): the release build's index.html carries the
// opening view as HTML (examples/prerender.rs), so a reader sees the real matrix before the wasm
// arrives, with scripts off, and when the wasm does not load; the widget's mount replaces it
// without moving anything; a link with a query never shows it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, launchBrowser, modelExample, readMatrix, READY_SELECTOR, sharedDistServer } from './support.mjs';

const WASM = /_bg\.wasm$/;
/** The page's first script (web/opening-view.js), named after its content by the release build. */
const OPENING_SCRIPT = /\/opening-view-[0-9a-f]{16}\.js$/;
let browser;
let server;
/** What the model says (examples/expected_matrix.rs), as view.test.mjs compares the page to. */
let model;

before(async () => {
  browser = await launchBrowser();
  server = await sharedDistServer();
  model = modelExample('expected_matrix');
});
after(() => browser?.close());

/**
 * A page of its own context; `hold` keeps the wasm's download waiting until `release()`.
 * `opening: '404'` answers the page's first script (web/opening-view.js) with a 404, `'hold'`
 * keeps it waiting until `releaseOpening()`. Every page counts its frames (`window.__frames`,
 * by requestAnimationFrame, which runs once per frame the browser renders) and records in
 * `window.__markedAtFirstFrame` whether the link had been marked as one that shows the opening
 * view (`data-chip-paths-opening` on <html>) when the first frame was rendered.
 */
async function openPage(query, { javaScriptEnabled = true, wasm, loader, opening } = {}) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    window.__frames = 0;
    window.__markedAtFirstFrame = null;
    const frame = () => {
      if (window.__frames === 0) window.__markedAtFirstFrame = document.documentElement.hasAttribute('data-chip-paths-opening');
      window.__frames += 1;
      if (window.__frames < 3) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  let releaseOpening = () => {};
  if (opening === '404') {
    await page.route(OPENING_SCRIPT, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
  } else if (opening === 'hold') {
    const released = new Promise((ok) => {
      releaseOpening = ok;
    });
    await page.route(OPENING_SCRIPT, async (route) => {
      await released;
      await route.continue().catch(() => {});
    });
  }
  let release = () => {};
  if (wasm === 'hold') {
    const released = new Promise((ok) => {
      release = ok;
    });
    await page.route(WASM, async (route) => {
      await released;
      await route.continue().catch(() => {}); // The page may be closed by then.
    });
  } else if (wasm === 'stall') {
    // Never answered, and the loader's "taking too long" after 1 s instead of 15 (as
    // failures.test.mjs does it: the attribute on the loader's tag, rewritten in the page).
    await page.route(WASM, () => {});
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/data-chip-paths-timeout=("?)\d+\1/, 'data-chip-paths-timeout=1000');
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      },
    );
  } else if (wasm === '404') {
    await page.route(WASM, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
  }
  let releaseLoader = () => {};
  if (loader === 'hold') {
    // The loader (a module script) held back: the parsed page as a slow network first paints it.
    const released = new Promise((ok) => {
      releaseLoader = ok;
    });
    await page.route(/\/loader-[0-9a-f]+\.js$/, async (route) => {
      await released;
      await route.continue().catch(() => {});
    });
    await page.goto(server.url(query), { waitUntil: 'commit' });
    // Parsed, with the stylesheet applied (it blocks rendering, so a paint could not come sooner).
    // Polled on a timer: requestAnimationFrame, Playwright's default, waits for a frame, and
    // the page's first frame may be held (opening: 'hold').
    await page.waitForFunction(
      () => document.querySelector('[data-prerendered]') && [...document.styleSheets].some((s) => /main-[0-9a-f]+\.css$/.test(s.href ?? '')),
      null,
      { polling: 50 },
    );
  } else {
    // Scripts off, nothing more will happen after the load: the stylesheet is in by then.
    await page.goto(server.url(query), { waitUntil: javaScriptEnabled ? 'domcontentloaded' : 'load' });
  }
  return {
    page,
    messages,
    release,
    releaseLoader,
    releaseOpening,
    close: () => {
      release();
      releaseLoader();
      releaseOpening();
      return context.close();
    },
  };
}

/** Where the reader sees the view's landmarks: the headline, each switch, the matrix's cells. */
const boxes = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.headline, [role=switch], table th, table td, #matrix-heading')].map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.tagName} ${el.textContent.trim().slice(0, 24)}: ${r.x},${r.y} ${r.width}×${r.height}`;
    }),
  );

describe('the prerendered opening view', () => {
  test('with scripts off, the matrix is there and says what the model says, with one line on why', async () => {
    const w = await openPage('/', { javaScriptEnabled: false });
    try {
      assert.equal(await w.page.locator('[data-prerendered]').count(), 1);
      assert.deepEqual(await readMatrix(w.page), model.default);
      const line = w.page.locator('.cp-noscript');
      assert.ok(await line.isVisible(), 'the no-JavaScript line is shown');
      assert.match(await line.innerText(), /need JavaScript/);
      const data = await line.getByRole('link', { name: 'the data file' }).getAttribute('href');
      assert.equal((await w.page.request.get(new URL(data, w.page.url()).href)).status(), 200, 'its link leads somewhere');
      assert.equal(await w.page.getByText('Loading the interactive').isVisible(), false, 'no loading line that never comes true');
      // Nothing that needs the code to work: a phone's one-line summaries show whole, with no
      // "More" button that could not open them.
      await w.page.setViewportSize({ width: 375, height: 700 });
      assert.equal(await w.page.getByRole('button', { name: /^More/ }).first().isVisible(), false);
      const clipped = await w.page.evaluate(() =>
        [...document.querySelectorAll('.switch__text')].filter((el) => el.scrollWidth > el.clientWidth + 1).length,
      );
      assert.equal(clipped, 0, 'no summary cut short');
      // The switches are there as on the record (they cannot be used without the code).
      assert.equal(await w.page.getByRole('switch', { name: /H20 exports allowed/ }).getAttribute('aria-checked'), 'true');
    } finally {
      await w.close();
    }
  });

  test('with the wasm answering 404, the panel says so and the matrix stays readable', async () => {
    const w = await openPage('/', { wasm: '404' });
    try {
      const alert = w.page.getByRole('alert');
      await alert.getByRole('heading', { name: 'Chip Paths could not be loaded' }).waitFor({ timeout: 10000 });
      assert.deepEqual(await readMatrix(w.page), model.default);
      assert.equal(await w.page.getByRole('status').filter({ hasText: 'Loading the interactive' }).count(), 0);
      assert.equal(await w.page.getByRole('alert').count(), 1);
    } finally {
      await w.close();
    }
  });

  test('a download that stalls: "taking too long" with Retry above the view, which stays readable', async () => {
    const w = await openPage('/', { wasm: 'stall' });
    try {
      const alert = w.page.getByRole('alert');
      await alert.getByRole('heading', { name: 'Chip Paths is taking too long to load' }).waitFor({ timeout: 10000 });
      assert.equal(await alert.getByRole('button', { name: 'Retry' }).count(), 1);
      assert.deepEqual(await readMatrix(w.page), model.default);
      // The panel comes first in the page, before the view.
      assert.ok(await w.page.evaluate(() => document.body.firstElementChild.matches('.error-panel')));
    } finally {
      await w.close();
    }
  });

  test('before the wasm arrives the matrix is shown; the mount replaces it in place, with no layout shift', async () => {
    const w = await openPage('/', { wasm: 'hold' });
    try {
      await w.page.getByRole('table').waitFor();
      assert.deepEqual(await readMatrix(w.page), model.default, 'shown while the wasm is still on its way');
      // The kit's downloads line is left for the widget (its links need the code): it follows
      // the diagram, after everything prerendered (examples/prerender.rs).
      assert.equal(await w.page.locator('.downloads').count(), 0, 'no downloads line prerendered');
      assert.equal(await w.page.locator('.history').count(), 1, 'the history bar is, under the switches');
      await w.page.evaluate(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({
          type: 'layout-shift',
          buffered: true,
        });
      });
      const before = await boxes(w.page);
      w.release();
      await w.page.locator('[data-ready]').waitFor({ timeout: 20000 });
      assert.equal(await w.page.locator('[data-prerendered]').count(), 0, 'the mounted widget replaced it');
      assert.equal(await w.page.locator('.cp-boot').count(), 0);
      assert.equal(await w.page.locator('.diagram + .downloads').count(), 1, 'the widget draws the downloads after the diagram');
      // Every landmark where it was: the same place and size, to the pixel.
      assert.deepEqual(await boxes(w.page), before);
      // And what the browser itself counts (CLS), after a frame has been painted.
      const shift = await w.page.evaluate(
        () => new Promise((ok) => requestAnimationFrame(() => setTimeout(() => ok(window.__shifts.reduce((a, b) => a + b, 0))))),
      );
      assert.equal(shift, 0, 'cumulative layout shift');
      assert.deepEqual(await readMatrix(w.page), model.default);
      assert.deepEqual(w.messages.filter((m) => /^(error|warning|pageerror)/.test(m)), [], w.messages.join('\n'));
    } finally {
      await w.close();
    }
  });

  test('the prerendered view, waiting for the wasm or below the failure panel, passes axe', async () => {
    for (const wasm of ['hold', '404']) {
      const w = await openPage('/', { wasm });
      try {
        await (wasm === 'hold' ? w.page.getByRole('table') : w.page.getByRole('alert')).waitFor();
        assert.deepEqual(await axeViolations(w.page), [], `wasm ${wasm}`);
      } finally {
        await w.close();
      }
    }
  });

  test('a link with a query never shows the opening view in place of its own', async () => {
    const w = await openPage('/?dev=deepseek', { wasm: 'hold' });
    try {
      await w.page.getByRole('status').filter({ hasText: 'Loading the interactive' }).waitFor();
      assert.equal(await w.page.locator('[data-prerendered]').count(), 0);
      assert.equal(await w.page.getByRole('table').count(), 0);
      w.release();
      await w.page.locator('[data-ready]').waitFor({ timeout: 20000 });
      assert.equal(await w.page.getByRole('table').count(), 1);
    } finally {
      await w.close();
    }
  });
  test('a link without a query shows the opening view from the first frame, before the loader runs; any other link shows nothing of it', async () => {
    for (const [query, shown] of [['/?embed=1', false], ['/?on=h800-rule', false], ['/', true], ['/?', true]]) {
      const w = await openPage(query, { loader: 'hold' });
      try {
        const view = w.page.locator('[data-prerendered]');
        // Decided by web/opening-view.js before the first frame: the loader is still held back.
        await w.page.waitForFunction(() => window.__frames > 0, null, { polling: 50 });
        assert.equal(await w.page.evaluate(() => window.__markedAtFirstFrame), shown, `${query}: marked at the first frame`);
        assert.equal(await view.evaluate((el) => getComputedStyle(el).visibility), shown ? 'visible' : 'hidden', `${query}: while the loader waits`);
        if (shown) {
          assert.deepEqual(await readMatrix(w.page), model.default, `${query}: the model's matrix while the loader waits`);
        } else {
          assert.equal(await w.page.getByRole('table').count(), 0, `${query}: no matrix a reader could see`);
        }
        w.releaseLoader();
        if (shown) {
          // The mounted widget's matrix, not the prerendered one's rows read as the mount
          // replaces them (a detached row's innerText is its raw text, hidden marks and all).
          await w.page.locator(READY_SELECTOR).waitFor();
          assert.deepEqual(await readMatrix(w.page), model.default);
        } else {
          await view.waitFor({ state: 'detached' });
        }
      } finally {
        await w.close();
      }
    }
  });

  test('the first frame waits for the first script (blocking="render"), while the page is parsed and styled', async () => {
    const w = await openPage('/', { loader: 'hold', opening: 'hold' });
    try {
      // Parsed and styled (openPage waited for both), and still no frame: a frame now would paint
      // the view hidden, and the next one would show it (the loader's extra frame of before).
      assert.equal(await w.page.evaluate(() => window.__frames), 0, 'no frame while the first script is held');
      w.releaseOpening();
      await w.page.waitForFunction(() => window.__frames > 0, null, { polling: 50 });
      assert.equal(await w.page.evaluate(() => window.__markedAtFirstFrame), true, 'the first frame already shows the view');
      assert.equal(await w.page.locator('[data-prerendered]').evaluate((el) => getComputedStyle(el).visibility), 'visible');
    } finally {
      await w.close();
    }
  });

  test('without its first script (a 404), a link without a query shows the opening view once the loader has read it', async () => {
    // The wasm held as well: the rows read are the prerendered view's, not a mount's midway
    // (the full run once read a cell as the widget replaced it).
    const w = await openPage('/', { loader: 'hold', opening: '404', wasm: 'hold' });
    try {
      const view = w.page.locator('[data-prerendered]');
      await w.page.waitForFunction(() => window.__frames > 0, null, { polling: 50 });
      assert.equal(await w.page.evaluate(() => window.__markedAtFirstFrame), false);
      assert.equal(await view.evaluate((el) => getComputedStyle(el).visibility), 'hidden', 'hidden while the loader waits');
      assert.equal(await w.page.getByRole('table').count(), 0);
      w.releaseLoader();
      await w.page.getByRole('table').waitFor();
      assert.deepEqual(await readMatrix(w.page), model.default);
    } finally {
      await w.close();
    }
  });

  test('neither script runs (the first a 404, the loader held): the opening view shows anyway, a few seconds late', async () => {
    const w = await openPage('/', { loader: 'hold', opening: '404' });
    try {
      assert.equal(await w.page.getByRole('table').count(), 0);
      await w.page.getByRole('table').waitFor({ timeout: 10000 });
      assert.deepEqual(await readMatrix(w.page), model.default);
    } finally {
      await w.close();
    }
  });
});
