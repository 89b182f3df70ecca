// A broken data file reaches the reader as a clear message, never a blank page or a panic.
// scripts/test.sh builds the widget a second time from a copy of data/world.toml with a path
// that names an unknown chip and source (CHIP_PATHS_DATA, docs/data.md) into
// .tools/broken-data-dist; this test opens that build as a reader would.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser, repoRoot, serveDist } from './support.mjs';

const brokenDist = resolve(repoRoot, process.env.CHIP_PATHS_BROKEN_DIST ?? '.tools/broken-data-dist');

let server;
let browser;

before(async () => {
  assert.ok(
    existsSync(join(brokenDist, 'index.html')),
    `no build of the broken data in ${brokenDist}: run scripts/test.sh, which makes it`,
  );
  server = await serveDist(brokenDist);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a data file with unknown ids shows the problems by entry, in an alert', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url('/?dev=deepseek'));

  const alert = page.getByRole('alert');
  await alert.waitFor();
  await assert.doesNotReject(
    alert.getByRole('heading', { name: 'Chip Paths could not be shown' }).waitFor(),
  );
  const text = await alert.innerText();
  // Each problem names its entry and the id that is wrong.
  assert.match(text, /developer "[a-z-]+": path \d+ \(training, no-such-chip\/import\) names unknown chip "no-such-chip"/);
  assert.match(text, /"no-such-source"/);
  // One problem per line: the chip and the source are two list items.
  const problems = await alert.getByRole('listitem').allInnerTexts();
  assert.equal(problems.length, 2, JSON.stringify(problems));
  assert.ok(problems.some((p) => p.includes('"no-such-chip"')) && problems.some((p) => p.includes('"no-such-source"')));
  // Nothing else pretends to work, and nothing crashed.
  assert.equal(await page.getByRole('table').count(), 0);
  assert.deepEqual(errors, []);
});

test('in Chinese (?lang=zh-CN), the problems are Chinese sentences naming the entry and the bad id', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url('/?lang=zh-CN'));
  // build.rs worded the problems in every language; the panel switches once lang/zh-CN is in.
  const alert = page.locator('[role="alert"]');
  await page.waitForFunction(() => document.querySelector('main[lang="zh-CN"] [role="alert"]'));
  const problems = await alert.getByRole('listitem').allInnerTexts();
  assert.equal(problems.length, 2, JSON.stringify(problems));
  assert.ok(
    problems.some((p) => /^开发商“[a-z-]+”：第\d+条路径（training，no-such-chip\/import）引用了未知的芯片“no-such-chip”$/.test(p)),
    JSON.stringify(problems),
  );
  assert.ok(problems.some((p) => p.includes('引用了未知的来源“no-such-source”')), JSON.stringify(problems));
  assert.ok(!(await alert.innerText()).includes('names unknown'), 'no English sentence left');
  assert.deepEqual(errors, []);
});

test('embedded, the panel of data problems tells the host its height', async () => {
  const page = await browser.newPage();
  // The mock article resizes its iframe from the widget's Pym messages (examples/embed/host.js).
  await page.goto(server.url('/examples/host.html'));
  const frame = page.frameLocator('#chip-paths-article');
  await frame.getByRole('alert').waitFor();
  // The host fits the iframe to the panel the reader sees, not the 720 px it started at.
  await page.waitForFunction(() => {
    const iframe = document.getElementById('chip-paths-article');
    const doc = iframe.contentDocument;
    if (!doc?.querySelector('[role="alert"]')) return false;
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    return iframe.getAttribute('height') === String(height) && height < 720;
  });
});
