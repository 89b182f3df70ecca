// Shared end-to-end helpers: a static server for the release build, Debian's Chromium through
// playwright-core, and a page opener that waits until the widget has really mounted.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

/** Repository root (this file lives in `<root>/e2e/`), so tests work from any cwd. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The release build the tests run against; `CHIP_PATHS_DIST` overrides it. */
export const distDir = resolve(repoRoot, process.env.CHIP_PATHS_DIST ?? 'dist');

/** Chromium flags for root on a closed network (see TEAM.md / toolchain.md). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.toml': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** MIME type for a file name; unknown extensions are served as bytes. */
export function mimeType(name) {
  return MIME[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Start a static HTTP server on 127.0.0.1, port 0 (a free port chosen by the OS).
 *
 * `serveDist()` serves `dist/`; `serveDist('some/dir')` another folder. With an options object:
 * - `root`: folder served at `/` (default: the release build, `distDir`);
 * - `mounts`: `{ '/examples/': 'examples', '/w/': 'dist' }` — URL prefix → folder (relative to the
 *   repo root), e.g. to serve the widget under a sub-path next to a host page;
 * - `headers`: extra response headers for every response, or a function
 *   `(pathname) => headers` (e.g. a Content-Security-Policy for one page).
 * Every response carries `Cache-Control: no-store`. Directory URLs serve their `index.html`.
 *
 * Returns `{ origin, url(pathAndQuery), close(), unref(), requests }`; `requests` lists every path asked
 * for, so tests can check that nothing unexpected was fetched.
 */
export async function serveDist(opts = {}) {
  if (typeof opts === 'string') opts = { root: opts };
  const root = resolve(repoRoot, opts.root ?? distDir);
  const mounts = Object.entries(opts.mounts ?? {})
    .map(([prefix, dir]) => [prefix.endsWith('/') ? prefix : `${prefix}/`, resolve(repoRoot, dir)])
    // Longest prefix first, so `/a/b/` wins over `/a/`.
    .sort((a, b) => b[0].length - a[0].length);
  const requests = [];

  const server = createServer(async (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    requests.push(pathname);
    const extra =
      typeof opts.headers === 'function' ? opts.headers(pathname) ?? {} : opts.headers ?? {};

    let base = root;
    let rest = pathname;
    for (const [prefix, dir] of mounts) {
      if (pathname.startsWith(prefix) || `${pathname}/` === prefix) {
        base = dir;
        rest = pathname.slice(prefix.length - 1) || '/';
        break;
      }
    }
    let file = normalize(join(base, rest));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403, { 'Cache-Control': 'no-store', ...extra }).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': mimeType(file),
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
        ...extra,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store', ...extra });
      res.end(`not found: ${pathname}`);
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    requests,
    url: (pathAndQuery = '/') =>
      `${origin}${pathAndQuery.startsWith('/') ? '' : '/'}${pathAndQuery}`,
    unref: () => server.unref(),
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

/**
 * Launch Debian's Chromium (headless) through playwright-core with the closed-network flags and a
 * fresh profile. `CHROMIUM` overrides the executable. Close it with `browser.close()`.
 */
export async function launchBrowser(options = {}) {
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  try {
    await stat(executablePath);
  } catch {
    throw new Error(
      `Chromium not found at ${executablePath}: run \`scripts/setup.sh test\` ` +
        '(installs Debian\'s chromium and chromium-driver) or set CHROMIUM.',
    );
  }
  // Playwright already gives every launch a fresh temporary profile; this extra directory keeps
  // Chromium's crash dumps and caches out of the user's home as well.
  const scratch = await mkdtemp(join(tmpdir(), 'chip-paths-chromium-'));
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...chromiumArgs, `--disk-cache-dir=${join(scratch, 'cache')}`, `--crash-dumps-dir=${scratch}`],
    ...options,
  });
  browser.once('disconnected', () => {
    rm(scratch, { recursive: true, force: true }).catch(() => {});
  });
  return browser;
}

/** The selector that exists only once the app has rendered: a `<main>` that is not the release
 *  build's prerendered opening view (`data-prerendered`, docs/performance.md), which is there
 *  before the wasm has run. */
export const READY_SELECTOR = 'main:not([data-prerendered] main, main[data-prerendered])';

let sharedServer;

/** A dist server shared by every `openWidget` call without `server`; it never keeps Node alive. */
export async function sharedDistServer() {
  if (!sharedServer) {
    sharedServer = serveDist().then((server) => {
      server.unref();
      return server;
    });
  }
  return sharedServer;
}

/**
 * Open the widget in a new context and page, and wait until it has mounted.
 *
 * `openWidget(browser, query, options)`; `query` is one of
 * - a query string, with or without `?`: `'embed=1&theme=dark'`;
 * - a path on the server: `'/examples/host.html'`;
 * - a full URL: `'http://127.0.0.1:1234/?embed=1'`.
 * It is resolved against `options.server` (what `serveDist()` returned), or else against a shared
 * server of the release build started on first use. (`openWidget(browser, server, query, options)`
 * is accepted too.)
 *
 * options: `viewport` ({width,height}, default 1024×800), `colorScheme` ('light'|'dark'),
 * `reducedMotion`, `readySelector` (default `main`), `timeout` (ms, default 20000),
 * `contextOptions` (passed to `browser.newContext`), `server`, `beforeGoto(page, context)` (async
 * hook run before navigation, e.g. to add routes or init scripts).
 *
 * Resolves to `{ page, context, url, errors(), consoleErrors, pageErrors, close() }`. Console errors,
 * failed requests and uncaught page errors (a wasm panic lands there) are collected for the life
 * of the page; `errors()` returns them all as strings. It rejects early — without waiting for the
 * timeout — when the page throws before the app has mounted (wasm failed to load, app panicked).
 */
export async function openWidget(browser, query = '', options = {}, serverFormOptions = {}) {
  if (query && typeof query === 'object' && typeof query.url === 'function') {
    // The openWidget(browser, server, query, options) form.
    const server = query;
    query = typeof options === 'string' ? options : '';
    options = { ...serverFormOptions, server };
  }
  const {
    viewport = { width: 1024, height: 800 },
    colorScheme = 'light',
    reducedMotion = 'no-preference',
    readySelector = READY_SELECTOR,
    timeout = 20000,
    contextOptions = {},
  } = options;
  const target = /^https?:/.test(query)
    ? query
    : targetUrl(options.server ?? (await sharedDistServer()), query);

  const context = await browser.newContext({ viewport, colorScheme, reducedMotion, ...contextOptions });
  const page = await context.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  let failEarly;
  const failed = new Promise((_, reject) => {
    failEarly = reject;
  });
  failed.catch(() => {}); // Only observed through the race below.
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Chromium asks every origin for /favicon.ico; its 404 says nothing about the widget.
    if (/\/favicon\.ico$/.test(msg.location()?.url ?? '')) return;
    const where = msg.location()?.url;
    consoleErrors.push(where ? `${msg.text()} (${where})` : msg.text());
  });
  page.on('pageerror', (err) => {
    pageErrors.push(String(err?.stack ?? err));
    failEarly(new Error(`page error before the widget mounted: ${err?.message ?? err}`));
  });
  page.on('requestfailed', (req) => {
    consoleErrors.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? 'unknown'})`);
  });

  const close = () => context.close();
  try {
    if (options.beforeGoto) await options.beforeGoto(page, context);
    const response = await page.goto(target, { waitUntil: 'domcontentloaded', timeout });
    if (response && !response.ok()) {
      throw new Error(`GET ${target} answered ${response.status()}`);
    }
    await Promise.race([page.waitForSelector(readySelector, { state: 'attached', timeout }), failed]);
  } catch (err) {
    const detail = [...pageErrors, ...consoleErrors].join('\n  ');
    await close();
    throw new Error(
      `widget did not mount at ${target}: ${err.message}${detail ? `\n  ${detail}` : ''}`,
    );
  }
  return {
    page,
    context,
    url: target,
    consoleErrors,
    pageErrors,
    errors: () => [...pageErrors, ...consoleErrors],
    close,
  };
}

function targetUrl(server, query) {
  if (!query) return server.url('/');
  if (query.startsWith('/')) return server.url(query);
  return server.url(`/${query.startsWith('?') ? query : `?${query}`}`);
}

const axeSourceFile = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource;

/** The one way the e2e tests run axe-core (from npm; nothing is fetched): its source is
 *  evaluated in the page, which a Content-Security-Policy without inline scripts allows, unlike an
 *  injected script tag. Resolves to the violations, one line each: `rule: target, target`.
 *  `include` limits the audit to a selector; `runOnly` picks rule tags (default: all rules). */
export async function axeViolations(page, { include, runOnly } = {}) {
  axeSource ??= await readFile(axeSourceFile, 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(
    async ({ include, runOnly }) => {
      const context = include ? { include: [include] } : document;
      const options = { resultTypes: ['violations'], ...(runOnly ? { runOnly: { type: 'tag', values: runOnly } } : {}) };
      // eslint-disable-next-line no-undef
      const result = await axe.run(context, options);
      return result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`).join('; ')}`,
      );
    },
    { include, runOnly },
  );
}

/**
 * What the model says, as JSON printed by one of the crate's examples
 * (`examples/expected_matrix.rs`, `expected_kit.rs`, …): the tests compare the page with it, so no
 * expected result is written by hand. Keep CARGO_TARGET_DIR set, or this compiles from cold.
 */
export function modelExample(name) {
  return JSON.parse(
    execFileSync('cargo', ['run', '--quiet', '--example', name], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
}

/**
 * The matrix as the page shows it: developer → { Training, Inference } → { status, path }: the
 * status word at the start of the cell, then the main path in words (and a "Fallback:" line when
 * a better-off path exists). The same shape as `examples/expected_matrix.rs` prints.
 */
export async function readMatrix(page) {
  const rows = await page.getByRole('table').getByRole('row').all();
  const out = {};
  const cell = (text) => {
    // Whitespace as the reader sees it: collapsed, and none before a colon (Chromium's
    // innerText puts a line break before the visually hidden explanation of "modelled").
    const t = text.replace(/\s+/g, ' ').replace(/ :/g, ':').trim();
    const status = (t.match(/^(Open|Friction|Limited|At risk|Blocked|Not reported)/) ?? [t])[0];
    return { status, path: t.slice(status.length).trim() };
  };
  for (const row of rows.slice(1)) {
    const name = (await row.getByRole('rowheader').locator('.matrix__name').innerText()).trim();
    const cells = await row.getByRole('cell').allInnerTexts();
    out[name] = { Training: cell(cells[0]), Inference: cell(cells[1]) };
  }
  return out;
}

/**
 * The benchmarks' throttled mobile profile (issue 16: 375×667, 4× CPU, 1.6 Mbit/s down, 750 kbit/s
 * up, 150 ms round trip, no cache): opens `url` in a new context with `initScript` run first,
 * returns once the page has committed. Close the returned context when done.
 *
 * Also returns `ready`, a promise that resolves when the widget is interactive (its
 * `chip-paths-ready` mark), learnt from a console message, not from the page: a locator or an
 * `evaluate` before then makes Playwright inject its own script (≈ 330 KB, 50 ms of CPU at 4×,
 * docs/performance.md, tenth session) into the page, which then runs on the page's thread
 * before the first frame and delays the very figures measured. Await `ready` before the first
 * locator or evaluate.
 */
export async function openMobileProfile(browser, url, initScript) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: false });
  const page = await context.newPage();
  await page.addInitScript(initScript);
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.name === 'chip-paths-ready')) console.debug('chip-paths-bench: ready');
    }).observe({ type: 'mark', buffered: true });
  });
  const ready = page.waitForEvent('console', { predicate: (m) => m.text() === 'chip-paths-bench: ready', timeout: 120000 }).then(() => {});
  ready.catch(() => {}); // a caller that never awaits it (the page closed first) is no error
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'commit' });
  return { context, page, ready };
}

/** A static server of the release build that compresses every response (gzip level 9, as the
 *  size gate counts it), as a real host would: the benchmarks' `--gzip` and the kit's download
 *  benchmark. Resolves to `{ url(path), close() }`. */
export async function serveCompressed() {
  const root = resolve(repoRoot, distDir);
  const cache = new Map();
  const server = createServer(async (req, res) => {
    let file = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (file !== root && !file.startsWith(root + sep)) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      if (!cache.has(file)) cache.set(file, gzipSync(await readFile(file), { level: 9 }));
      const body = cache.get(file);
      res.writeHead(200, { 'Content-Type': mimeType(file), 'Content-Encoding': 'gzip', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Cache-Control': 'no-store' }).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { url: (path = '/') => `${origin}${path}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** The switches flipped in the box views below: two headline switches and the busiest. */
export const BOX_FLIPS = [/^Nvidia H20/, /^Beijing asks/, /^H800 and A800/];
/**
 * The views whose every element's box a stylesheet change for speed must keep (containment,
 * layers, a margin moved): [query, width, height, switches to flip]. Used by
 * bench-containment.test.mjs (containment on and off) and bench-boxes.mjs (two builds).
 */
export const BOX_VIEWS = [
  ['', 1280, 800],
  ['', 375, 800],
  ['', 1280, 800, BOX_FLIPS],
  ['', 375, 800, BOX_FLIPS],
  ['?dev=deepseek', 1280, 800],
  ['?mode=present', 1280, 720],
  ['?mode=present', 375, 800],
  ['?embed=1', 1280, 800],
  ['?embed=1', 375, 800],
  ['?embed=1&dev=deepseek', 375, 800],
  ['?mode=story', 1280, 800],
  ['?mode=story', 375, 800],
];

// The benchmarks' shared pieces (bench-inp, bench-trace, bench-profile, bench-input).

/** The value after `name` on the command line (`--clicks 20` → "20"), else `fallback`. */
export const argFlag = (name, fallback) => {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};

/** The value at quantile `q` of `xs` (nearest rank). */
export const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};

/** `s` as a literal inside a regular expression. */
export const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Resolves after the frame that follows now has been painted, one more, and a task. */
export const settled = (page) =>
  page.evaluate(
    () =>
      new Promise((ok) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 0))),
        ),
      ),
  );

/**
 * The benchmarks' page: the opening view at 1280 × 800 with every fold open (a switch in the
 * "More policies" fold is then in reach), the switch whose name starts with `name`, and the
 * page's CPU throttled `rate` times through CDP.
 */
export async function openBenchPage(browser, server, name, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url('/'));
  await page.locator('[data-ready]').waitFor({ timeout: 60000 });
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const sw = page.getByRole('switch', { name: new RegExp(`^${escapeRegExp(name)}`), exact: true });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, sw, cdp };
}
