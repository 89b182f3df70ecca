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
