// Every file a page loads is named after its own content (scripts/post-build.mjs), so a server
// or CDN may cache it forever. This test deploys a build behind a caching server (every file but
// index.html `max-age=31536000, immutable`, and kept by the server itself, as a CDN keeps it),
// opens the classroom, deploys a second build that differs only in the story, and opens the
// classroom again in the same browser: the new story must show.
//
// scripts/test.sh makes the second build from a copy of the data whose first story step has a
// new title (CHIP_PATHS_DATA, docs/data.md) into .tools/story-changed-dist
// (CHIP_PATHS_STORY_DIST overrides it), next to the file it built from.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, normalize, resolve, sep } from 'node:path';
import { distDir, launchBrowser, mimeType, repoRoot } from './support.mjs';

const changedDist = resolve(repoRoot, process.env.CHIP_PATHS_STORY_DIST ?? '.tools/story-changed-dist');
const changedData = join(changedDist, '..', 'story-changed-world.toml');

/** The first story step's title in a TOML file (the story is the part after its first [[story]]). */
async function firstStoryTitle(file) {
  const text = await readFile(file, 'utf8');
  const story = text.slice(text.search(/^\[\[story\]\]\s*$/m));
  return story.match(/^title = "([^"]+)"/m)[1];
}

/**
 * A static server for `root` that caches like a CDN with a long max-age: index.html is
 * revalidated on every request (`no-cache`), everything else is sent as immutable for a year and
 * kept in the server's own cache by URL (query included), so a later deploy never replaces it.
 */
async function cachingServer(root) {
  const cache = new Map();
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push(url.pathname + url.search);
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    const entry = path.endsWith('/index.html');
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    const headers = {
      'Content-Type': mimeType(file),
      'Cache-Control': entry ? 'no-cache' : 'public, max-age=31536000, immutable',
    };
    let body = entry ? null : cache.get(req.url);
    if (!body) {
      try {
        body = await readFile(file);
      } catch {
        res.writeHead(404, { 'Cache-Control': 'no-store' }).end();
        return;
      }
      if (!entry) cache.set(req.url, body);
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: (path) => `http://127.0.0.1:${server.address().port}${path}`,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/** The data-chip-paths-* file attributes of a build's index.html. */
async function bundleFiles(dir) {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  return Object.fromEntries(
    [...html.matchAll(/data-chip-paths-([a-z-]+)=["']?([^\s>"']+)/g)].filter(([, name]) => name !== 'timeout').map((m) => [m[1], m[2]]),
  );
}

let site;
let server;
let browser;

before(async () => {
  assert.ok(
    existsSync(join(changedDist, 'index.html')) && existsSync(changedData),
    `no build with a changed story in ${changedDist}: run scripts/test.sh, which makes it`,
  );
  site = await mkdtemp(join(tmpdir(), 'chip-paths-cache-'));
  await cp(distDir, site, { recursive: true });
  server = await cachingServer(site);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (site) await rm(site, { recursive: true, force: true });
});

test('after a story-only rebuild, a cached classroom shows the new story', async () => {
  const oldTitle = await firstStoryTitle(join(repoRoot, 'data/story.toml'));
  const newTitle = await firstStoryTitle(changedData);
  assert.notEqual(newTitle, oldTitle, 'the second build changes the first step title');
  // What makes this a story-only change: the reader's bundle is the same file in both builds
  // (its wasm carries no story), so nothing derived from it can tell the two classrooms apart.
  const [before, changed] = [await bundleFiles(distDir), await bundleFiles(changedDist)];
  assert.equal(changed.js, before.js, 'the reader bundle is unchanged by a story-only edit');

  // One browser profile throughout: its HTTP cache, like the server's, keeps what it was sent.
  const context = await browser.newContext();
  const title = async () => {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url('/?mode=story'));
    const heading = page.locator('.story__title');
    await heading.waitFor();
    const text = await heading.textContent();
    await page.close();
    assert.deepEqual(errors, []);
    return text;
  };
  try {
    assert.equal(await title(), oldTitle);

    // Deploy the second build over the first, as a copy onto the web root does.
    await rm(site, { recursive: true, force: true });
    await cp(changedDist, site, { recursive: true });
    server.requests.length = 0;

    assert.equal(await title(), newTitle, `requests after the deploy:\n${server.requests.join('\n')}`);
  } finally {
    await context.close();
  }
});
