// Smoke test: the release build mounts in Chromium without errors, from the root and from a
// sub-path, and fails loudly when the wasm cannot load.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { distDir, launchBrowser, openWidget, serveDist } from './support.mjs';

let browser;
let server;

before(async () => {
  browser = await launchBrowser();
  // The same build at the root and under a deep sub-path: relative asset paths must work in both.
  server = await serveDist({ mounts: { '/some/deep/path/': distDir } });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('widget mounts', () => {
  test('renders its main landmark and heading with no console or page errors', async () => {
    const w = await openWidget(browser, '', { server });
    try {
      const heading = w.page.locator('main h1');
      assert.equal(await heading.count(), 1, 'exactly one <h1> inside <main>');
      assert.match(await heading.innerText(), /Chip Paths/);
      assert.match(await w.page.title(), /Chip Paths/);
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  test('works when dist/ is served under a sub-path', async () => {
    const seen = server.requests.length;
    const w = await openWidget(browser, '/some/deep/path/', { server });
    try {
      assert.equal(await w.page.locator('main h1').count(), 1);
      assert.deepEqual(w.errors(), []);
      // Every asset came from under the sub-path, none from the server root.
      const assets = server.requests.slice(seen).filter((p) => /\.(js|wasm|css)$/.test(p));
      assert.ok(assets.some((p) => p.endsWith('.wasm')), `the wasm was fetched: ${assets}`);
      assert.deepEqual(assets.filter((p) => !p.startsWith('/some/deep/path/')), []);
    } finally {
      await w.close();
    }
  });

  test('the harness rejects, quickly and clearly, when the wasm cannot be loaded', async () => {
    const files = await readdir(distDir);
    assert.ok(files.some((f) => f.endsWith('.wasm')), 'dist/ contains a .wasm file');
    const started = Date.now();
    await assert.rejects(
      openWidget(browser, '', {
        server,
        timeout: 10000,
        // Lose the wasm the way a broken deploy would: the mount must fail, not pass or hang.
        beforeGoto: (page) =>
          page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' })),
      }),
      /did not mount/,
    );
    assert.ok(Date.now() - started < 15000, 'rejected within the timeout');
  });
});
