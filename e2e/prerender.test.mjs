// The prerendered opening view (docs/performance.md): the release build's index.html carries the
// opening view as HTML (examples/prerender.rs), so a reader sees the real matrix before the wasm
// arrives, with scripts off, and when the wasm does not load; the widget's mount replaces it
// without moving anything; a link with a query never shows it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, launchBrowser, modelExample, readMatrix, sharedDistServer } from './support.mjs';

const WASM = /_bg\.wasm$/;
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

/** A page of its own context; `hold` keeps the wasm's download waiting until `release()`. */
async function openPage(query, { javaScriptEnabled = true, wasm, loader } = {}) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
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
    await page.waitForFunction(
      () => document.querySelector('[data-prerendered]') && [...document.styleSheets].some((s) => /main-[0-9a-f]+\.css$/.test(s.href ?? '')),
    );
  } else {
    // Scripts off, nothing more will happen after the load: the stylesheet is in by then.
    await page.goto(server.url(query), { waitUntil: javaScriptEnabled ? 'domcontentloaded' : 'load' });
  }
  return { page, messages, release, releaseLoader, close: () => { release(); releaseLoader(); return context.close(); } };
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
  test('before the loader has read the link, nothing of the opening view shows; then only a link without a query shows it', async () => {
    for (const [query, shown] of [['/?embed=1', false], ['/?on=h800-rule', false], ['/', true]]) {
      const w = await openPage(query, { loader: 'hold' });
      try {
        const view = w.page.locator('[data-prerendered]');
        assert.equal(await view.evaluate((el) => getComputedStyle(el).visibility), 'hidden', `${query}: hidden while the loader waits`);
        assert.equal(await w.page.getByRole('table').count(), 0, `${query}: no matrix a reader could see`);
        w.releaseLoader();
        if (shown) {
          await w.page.getByRole('table').waitFor();
          assert.deepEqual(await readMatrix(w.page), model.default);
        } else {
          await view.waitFor({ state: 'detached' });
        }
      } finally {
        await w.close();
      }
    }
  });

  test('a loader that never runs: the opening view shows anyway, a few seconds late', async () => {
    const w = await openPage('/', { loader: 'hold' });
    try {
      assert.equal(await w.page.getByRole('table').count(), 0);
      await w.page.getByRole('table').waitFor({ timeout: 10000 });
      assert.deepEqual(await readMatrix(w.page), model.default);
    } finally {
      await w.close();
    }
  });
});
