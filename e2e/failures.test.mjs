// When the widget cannot start, or stops working, the reader gets a readable panel with a way
// back, never a blank page. The release build aborts on a panic with a WebAssembly trap
// (scripts/env.sh, release_build); web/loader.js turns traps and failed loads into the panel.
// These tests make real traps: a tiny wasm module whose code is `unreachable`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openWidget, sharedDistServer } from './support.mjs';

// (module (func (export "trap") unreachable)), plus (start 0) for the variant that traps while
// it is instantiated.
const TRAP_EXPORT = [
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
  0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // type: () -> ()
  0x03, 0x02, 0x01, 0x00, // one function of that type
  0x07, 0x08, 0x01, 0x04, 0x74, 0x72, 0x61, 0x70, 0x00, 0x00, // export "trap"
];
const START = [0x08, 0x01, 0x00]; // start: function 0
const CODE = [0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b]; // body: unreachable
const trapOnStart = Buffer.from([...TRAP_EXPORT, ...START, ...CODE]);
const trapOnCall = [...TRAP_EXPORT, ...CODE];

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await sharedDistServer();
});
after(() => browser?.close());

/** A fresh page whose wasm request is answered by `answer(route)`, opened at the widget. */
async function openWithWasm(answer) {
  const context = await browser.newContext({ viewport: { width: 375, height: 700 } });
  const page = await context.newPage();
  await page.route(/_bg\.wasm$/, answer);
  await page.goto(server.url('/?dev=deepseek'));
  return { page, close: () => context.close() };
}

/** The panel: an alert with its title, both ways back, and nothing of the widget left. */
async function assertPanel(page, title) {
  const alert = page.getByRole('alert');
  await alert.getByRole('heading', { name: title }).waitFor({ timeout: 10000 });
  const reload = alert.getByRole('link', { name: 'Reload', exact: true });
  assert.equal(new URL(await reload.evaluate((a) => a.href)).search, '?dev=deepseek', 'Reload keeps the view');
  assert.equal(await alert.getByRole('link', { name: 'Reload with the default view' }).getAttribute('href'), '?');
  assert.equal(await page.getByRole('table').count(), 0, 'no half-working widget beside the panel');
  assert.equal(await page.getByRole('alert').count(), 1);
}

describe('the widget cannot start', () => {
  test('its wasm fails to download: a panel says so, with a reload link that keeps the view', async () => {
    const { page, close } = await openWithWasm((route) => route.abort('connectionrefused'));
    try {
      await assertPanel(page, 'Chip Paths could not be loaded');
      assert.match(await page.getByRole('alert').innerText(), /did not load/);
    } finally {
      await close();
    }
  });

  test('its wasm traps as it starts: the "stopped working" panel, with the trap in the details', async () => {
    const { page, close } = await openWithWasm((route) =>
      route.fulfill({ status: 200, contentType: 'application/wasm', body: trapOnStart }),
    );
    try {
      await assertPanel(page, 'Chip Paths stopped working');
      const details = page.getByRole('alert').locator('details pre');
      assert.match(await details.textContent(), /unreachable/);
    } finally {
      await close();
    }
  });
});

describe('the widget stops working after it has mounted', () => {
  for (const where of ['an event listener', 'a promise']) {
    test(`a trap in ${where} replaces the widget with the panel`, async () => {
      const w = await openWidget(browser, '?dev=deepseek', { server });
      try {
        await w.page.getByRole('table').waitFor();
        await w.page.evaluate(
          async ([bytes, inPromise]) => {
            const { instance } = await WebAssembly.instantiate(new Uint8Array(bytes));
            // As a wasm panic would: thrown out of a callback, nobody catching it.
            if (inPromise) Promise.resolve().then(() => instance.exports.trap());
            else setTimeout(() => instance.exports.trap());
          },
          [trapOnCall, where === 'a promise'],
        );
        await assertPanel(w.page, 'Chip Paths stopped working');
      } finally {
        await w.close();
      }
    });
  }

  test('an error that is not a wasm trap (a host script, say) leaves the widget alone', async () => {
    const w = await openWidget(browser, '?dev=deepseek', { server });
    try {
      await w.page.getByRole('table').waitFor();
      const seen = new Promise((resolve) => w.page.once('pageerror', resolve));
      await w.page.evaluate(() => setTimeout(() => {
        throw new Error('not the widget');
      }));
      assert.match(String((await seen).message), /not the widget/);
      // The error event has been dispatched (and handled) by the time Playwright reports it.
      assert.equal(await w.page.getByRole('alert').count(), 0);
      await w.page.getByRole('switch', { name: /H20/ }).click();
      await w.page.getByRole('table').waitFor();
    } finally {
      await w.close();
    }
  });
});

// ---- Before the widget mounts (issue 18): a loading line, a bounded wait, and the height ----
//
// The wasm and the glue are held, stalled, refused or cut short with Playwright's route(); the
// tests wait for conditions (what the reader sees, what the host received), never for time.

const WASM = /\/chip-paths-[0-9a-f]+_bg\.wasm$/;
const GLUE = /\/chip-paths-[0-9a-f]+\.js$/;
const LOADING = 'Loading the interactive';

/** A promise and the function that settles it. */
function later() {
  let settle;
  const promise = new Promise((ok) => {
    settle = ok;
  });
  return { promise, settle };
}

/** A response's headers without its length, for a fulfil with another body. */
const withoutLength = (response) =>
  Object.fromEntries(Object.entries(response.headers()).filter(([name]) => name !== 'content-length'));

/**
 * Answers the widget page's own HTML (path `/`) with the loader's timeout set to `ms`
 * (`data-chip-paths-timeout` on the loader's tag, 15 s as built), so that a test need not wait 15 s.
 */
async function withTimeout(target, ms) {
  await target.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      const built = await response.text();
      const html = built.replace(/data-chip-paths-timeout=("?)\d+\1/, `data-chip-paths-timeout=${ms}`);
      // A page without the attribute fails the test at once (nothing it waits for will come).
      if (html === built) {
        await route.fulfill({ status: 500, contentType: 'text/plain', body: 'no data-chip-paths-timeout in index.html' });
      } else {
        await route.fulfill({ response, body: html, headers: withoutLength(response) });
      }
    },
  );
}

/** A fresh page with `routes(page)` installed, at the widget; page errors are collected. */
async function openRouted(routes, query = '?dev=deepseek') {
  const context = await browser.newContext({ viewport: { width: 375, height: 700 } });
  const page = await context.newPage();
  const pageErrors = [];
  const consoleErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`${msg.text()} (${msg.location()?.url})`);
  });
  await routes(page);
  await page.goto(server.url(`/${query}`), { waitUntil: 'commit' });
  return { page, pageErrors, consoleErrors, close: () => context.close() };
}

const loadingLine = (page) => page.getByRole('status').filter({ hasText: LOADING });

describe('while the widget loads', () => {
  test('a slow (3 s) wasm download: a loading line at once, the widget after, and nothing throws', async () => {
    const seen = later();
    let answered = false;
    const w = await openRouted((page) =>
      page.route(WASM, async (route) => {
        // Held until the reader has been seen to get the loading line, and at least 3 s.
        await Promise.all([seen.promise, new Promise((ok) => setTimeout(ok, 3000))]);
        answered = true;
        await route.continue().catch(() => {}); // The page may be closed by then.
      }),
    );
    try {
      await loadingLine(w.page).waitFor({ state: 'visible', timeout: 5000 });
      assert.equal(answered, false, 'seen while the wasm was still on its way');
      // Once the loader has read the link (it removes the prerendered opening view for a link
      // with a query): before then, with the stylesheet still on its way under load, the hidden
      // prerendered table counts as visible to a query though nothing is painted.
      await w.page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
      assert.equal(await w.page.getByRole('table').count(), 0);
      seen.settle();
      await w.page.locator('[data-ready="true"]').waitFor({ timeout: 20000 });
      await w.page.getByRole('table').first().waitFor();
      assert.equal(await loadingLine(w.page).count(), 0, 'the loading line is gone once the widget is there');
      assert.equal(await w.page.getByRole('alert').count(), 0, 'no timeout message for a 3 s download');
      assert.deepEqual(w.pageErrors, []);
      assert.deepEqual(w.consoleErrors, []);
    } finally {
      seen.settle();
      await w.close();
    }
  });

  test('a missing stylesheet: the loading line, then the widget unstyled, and nothing throws', async () => {
    const seen = later();
    const missing = [];
    const w = await openRouted(async (page) => {
      await page.route(/\.css(\?|$)/, (route) => {
        missing.push(route.request().url());
        return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
      });
      await page.route(WASM, async (route) => {
        await seen.promise;
        await route.continue().catch(() => {});
      });
    });
    try {
      await loadingLine(w.page).waitFor({ state: 'visible', timeout: 5000 });
      seen.settle();
      await w.page.locator('[data-ready="true"]').waitFor({ timeout: 20000 });
      await w.page.getByRole('switch', { name: /H20/ }).click();
      await w.page.getByRole('table').first().waitFor();
      assert.ok(missing.length >= 1, 'the stylesheet was asked for and refused');
      assert.equal(await w.page.getByRole('alert').count(), 0);
      assert.equal(await loadingLine(w.page).count(), 0);
      assert.deepEqual(w.pageErrors, []);
      // The only console error is the stylesheet's own 404.
      assert.deepEqual(w.consoleErrors.filter((e) => !/404/.test(e)), [], w.consoleErrors.join('\n'));
    } finally {
      seen.settle();
      await w.close();
    }
  });

  test('a download that never completes: after the timeout, a message whose Retry loads the widget', async () => {
    let wasmRequests = 0;
    const w = await openRouted(async (page) => {
      await withTimeout(page, 1000);
      await page.route(WASM, (route) => {
        wasmRequests += 1;
        // The first download stalls for ever; the retry's goes through.
        if (wasmRequests > 1) return route.continue();
        return undefined;
      });
    });
    try {
      await loadingLine(w.page).waitFor({ state: 'visible', timeout: 5000 });
      const alert = w.page.getByRole('alert');
      await alert.getByRole('heading', { name: 'Chip Paths is taking too long to load' }).waitFor({ timeout: 10000 });
      assert.equal(await loadingLine(w.page).count(), 0, 'the message replaces the loading line');
      assert.equal(await w.page.getByRole('table').count(), 0);
      await alert.getByRole('button', { name: 'Retry' }).click();
      await w.page.locator('[data-ready="true"]').waitFor({ timeout: 20000 });
      assert.equal(wasmRequests, 2, 'Retry downloaded the bundle again');
      assert.equal(new URL(w.page.url()).search, '?dev=deepseek', 'Retry keeps the view');
      assert.equal(await w.page.getByRole('alert').count(), 0);
      assert.deepEqual(w.pageErrors, []);
    } finally {
      await w.close();
    }
  });
});

// What a host page receives while the widget is not (yet) there: the mock article of
// examples/embed/ (its iframe's childId is chip-paths-article, its start height 720).
const CHILD_ID = 'chip-paths-article';

/** Runs in every frame before its scripts; in the host (top) frame it records every message. */
function recordMessages(iframeId) {
  if (window.top !== window) return;
  window.__received = [];
  window.addEventListener('message', (event) => {
    const frame = document.getElementById(iframeId);
    if (frame && event.source === frame.contentWindow) window.__received.push(event.data);
  });
}

/** The host page, with `routes(context)` applied to its iframe's requests. */
async function openHost(routes) {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  await routes(context);
  const page = await context.newPage();
  await page.addInitScript(recordMessages, CHILD_ID);
  // Not `load`: that would wait for the iframe, whose download may be stalled on purpose.
  await page.goto(server.url('/examples/host.html'), { waitUntil: 'domcontentloaded' });
  const frame = await (await page.locator(`#${CHILD_ID}`).elementHandle()).contentFrame();
  return { page, frame, close: () => context.close() };
}

/**
 * Waits until the host has applied the height of what the reader sees in the iframe (its Pym
 * message, set on the iframe by examples/embed/host.js), then checks all four protocols carry it.
 * Unless it is the `widget` itself, what the reader sees must be shorter than 720 px;
 * `trapped`: the widget stopped after mounting (see below on repeats).
 */
async function assertHostHears(page, { widget = false, trapped = false } = {}) {
  await page.waitForFunction(
    (id) => {
      const iframe = document.getElementById(id);
      const height = Math.ceil(iframe.contentDocument.documentElement.getBoundingClientRect().height);
      const pym = window.__received.filter((m) => typeof m === 'string' && m.startsWith('pymx')).at(-1);
      return pym === `pymxPYMx${id}xPYMxheightxPYMx${height}` && iframe.getAttribute('height') === String(height);
    },
    CHILD_ID,
    { timeout: 10000 },
  );
  const { received, height, src } = await page.evaluate((id) => {
    const iframe = document.getElementById(id);
    return {
      received: window.__received,
      height: Math.ceil(iframe.contentDocument.documentElement.getBoundingClientRect().height),
      src: iframe.src,
    };
  }, CHILD_ID);
  const objects = received.filter((m) => m && typeof m === 'object');
  const strings = received.filter((m) => typeof m === 'string');
  assert.deepEqual(objects.filter((m) => m['datawrapper-height']).at(-1), { 'datawrapper-height': { [CHILD_ID]: height } });
  assert.deepEqual(objects.filter((m) => m.sentinel === 'amp').at(-1), { sentinel: 'amp', type: 'embed-size', height });
  const embedly = strings.filter((m) => m.startsWith('{')).at(-1);
  assert.equal(embedly, JSON.stringify({ src, context: 'iframe.resize', height }), 'Embedly, as the widget sends it');
  // A message, a panel or a line is far shorter than the 720 px the iframe starts at.
  if (!widget) assert.ok(height > 20 && height < 720, `the host fits what the reader sees (${height} px), not 720`);
  // Unchanged heights are not sent again. (After a trap, the widget's own observer may still
  // run beside the loader's, so the panel's height may come twice: harmless for a host.)
  const heights = objects.filter((m) => m.sentinel === 'amp').map((m) => m.height);
  for (let i = 1; i < heights.length; i += 1) {
    if (!trapped) assert.notEqual(heights[i], heights[i - 1], `${heights}`);
  }
  return height;
}

describe('the host page hears the height of what the reader sees', () => {
  const truncate = async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: body.subarray(0, body.length >> 1), headers: withoutLength(response) });
  };
  const notFound = (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
  const cases = [
    ['the wasm answers 404', 'Chip Paths could not be loaded', (c) => c.route(WASM, notFound)],
    ['the wasm is cut short', 'Chip Paths could not be loaded', (c) => c.route(WASM, truncate)],
    ['the glue answers 404', 'Chip Paths could not be loaded', (c) => c.route(GLUE, notFound)],
    ['the glue is cut short', 'Chip Paths could not be loaded', (c) => c.route(GLUE, truncate)],
    [
      'the wasm download stalls past the timeout',
      'Chip Paths is taking too long to load',
      async (c) => {
        await withTimeout(c, 1000);
        await c.route(WASM, () => {}); // Never answered.
      },
    ],
  ];
  for (const [name, title, routes] of cases) {
    test(`${name}: the host fits the iframe to the panel`, async () => {
      const w = await openHost(routes);
      try {
        await w.frame.getByRole('alert').getByRole('heading', { name: title }).waitFor({ timeout: 10000 });
        await assertHostHears(w.page);
      } finally {
        await w.close();
      }
    });
  }

  // A guard rather than a regression test: the trap here comes from another module, so the
  // widget's own observer still runs and reported the panel before the loader did too.
  test('the widget traps after it has mounted: the host fits the iframe to the panel', async () => {
    const w = await openHost(async () => {});
    try {
      await w.frame.locator('[data-ready="true"]').waitFor({ timeout: 20000 });
      const widget = await assertHostHears(w.page, { widget: true });
      await w.frame.evaluate(async (bytes) => {
        const { instance } = await WebAssembly.instantiate(new Uint8Array(bytes));
        setTimeout(() => instance.exports.trap());
      }, trapOnCall);
      await w.frame.getByRole('alert').getByRole('heading', { name: 'Chip Paths stopped working' }).waitFor();
      const panel = await assertHostHears(w.page, { trapped: true });
      assert.ok(panel < widget, `the panel (${panel} px) is shorter than the widget was (${widget} px)`);
    } finally {
      await w.close();
    }
  });

  test('while loading: the host fits the iframe to the loading line', async () => {
    const w = await openHost(async (c) => {
      await withTimeout(c, 600000);
      await c.route(WASM, () => {}); // Never answered.
    });
    try {
      await loadingLine(w.frame).waitFor({ state: 'visible', timeout: 5000 });
      const height = await assertHostHears(w.page);
      assert.ok(height < 200, `a line's height (${height} px)`);
    } finally {
      await w.close();
    }
  });
});
