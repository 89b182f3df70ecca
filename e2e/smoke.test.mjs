// Smoke test: the release build mounts in Chromium without errors, from the root and from a
// sub-path, and fails loudly when the wasm cannot load.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  test('dist/ holds a release build, not a `trunk serve` dev build', async () => {
    const html = await readFile(join(distDir, 'index.html'), 'utf8');
    assert.doesNotMatch(html, /\.well-known\/trunk\/ws/, 'no live-reload client in dist/index.html');
  });

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

describe('static server (serveDist)', () => {
  let dir;
  let srv;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chip-paths-serve-'));
    await mkdir(join(dir, 'site', 'sub'), { recursive: true });
    await mkdir(join(dir, 'extra'));
    await writeFile(join(dir, 'site', 'index.html'), '<p>root</p>');
    await writeFile(join(dir, 'site', 'app.wasm'), Buffer.from([0, 97, 115, 109]));
    await writeFile(join(dir, 'site', 'sub', 'index.html'), '<p>sub</p>');
    await writeFile(join(dir, 'extra', 'host.html'), '<p>host</p>');
    await writeFile(join(dir, 'secret.txt'), 'outside the root');
    srv = await serveDist({
      root: join(dir, 'site'),
      mounts: { '/examples': join(dir, 'extra') },
      headers: (path) =>
        path.startsWith('/examples/') ? { 'Content-Security-Policy': "default-src 'self'" } : {},
    });
  });

  after(async () => {
    await srv?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 on an OS-chosen port', () => {
    const { hostname, port } = new URL(srv.origin);
    assert.equal(hostname, '127.0.0.1');
    assert.ok(Number(port) > 0 && Number(port) !== 8080);
  });

  test('serves wasm as application/wasm, without caching', async () => {
    const res = await fetch(srv.url('/app.wasm'));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/wasm');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.deepEqual([...new Uint8Array(await res.arrayBuffer())], [0, 97, 115, 109]);
  });

  test('serves index.html for directories, and extra mounts with their own headers', async () => {
    assert.equal(await (await fetch(srv.url('/'))).text(), '<p>root</p>');
    assert.equal(await (await fetch(srv.url('/sub/'))).text(), '<p>sub</p>');
    const host = await fetch(srv.url('/examples/host.html'));
    assert.equal(await host.text(), '<p>host</p>');
    assert.match(host.headers.get('content-type'), /^text\/html/);
    assert.equal(host.headers.get('content-security-policy'), "default-src 'self'");
    const root = await fetch(srv.url('/'));
    assert.equal(root.headers.get('content-security-policy'), null);
  });

  test('answers 404 for missing files and never serves outside its root', async () => {
    assert.equal((await fetch(srv.url('/nope.js'))).status, 404);
    for (const path of ['/..%2Fsecret.txt', '/examples/..%2F..%2Fsecret.txt', '/%2e%2e/secret.txt']) {
      const res = await fetch(srv.url(path));
      assert.notEqual(res.status, 200, path);
      assert.doesNotMatch(await res.text(), /outside the root/, path);
    }
  });
});
