// The English reader's downloads are code loaded on demand (docs/kit.md, "Size", eighth
// session): the English-only reader's wasm has no hand-over of the view's rows; at the first
// click on a download, web/kit-export.js loads the multilingual reader's bundle in "export only"
// mode (never mounted) and asks it for the hand-over of the view's link. These tests watch the
// requests: none of that bundle before a download, its glue and wasm once at the first, never
// again; the files are still the model's (examples/expected_kit.rs); while the bundle loads the
// line says "Preparing the file…", and when it cannot load, says so (no silent no-op, no error
// panel), and the next click tries again. A Chinese reader, already running that bundle, fetches
// nothing more.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchBrowser, modelExample, openWidget } from './support.mjs';

const MULTILINGUAL = /\/chip-paths-multilingual-[0-9a-f]{16}(_bg\.wasm|\.js)$/;
const STATUS = '.downloads [role="status"]';
let browser;
let kit;

before(async () => {
  browser = await launchBrowser();
  kit = modelExample('expected_kit');
});
after(() => browser?.close());

/** Opens `query`, counting the requests for the multilingual reader's files; `route` may stand
 *  between the page and those files. */
async function open(query, route) {
  const requests = [];
  const w = await openWidget(browser, query, {
    contextOptions: { acceptDownloads: true },
    beforeGoto: async (page) => {
      page.on('request', (request) => MULTILINGUAL.test(request.url()) && requests.push(request.url()));
      if (route) await page.route(MULTILINGUAL, route);
    },
  });
  await w.page.waitForSelector('[data-ready="true"]');
  return { ...w, requests };
}

async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 20000 }),
    page.getByRole('link', { name, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: (await readFile(await file.path())).toString('utf8') };
}

test('the English reader loads the multilingual bundle at its first download only, once, and gets the model\'s files', async () => {
  const w = await open('');
  try {
    assert.equal(await w.page.evaluate(() => document.documentElement.dataset.chipPathsBundle), 'reader');
    assert.deepEqual(w.requests, [], 'nothing of that bundle before a download');
    const [opening, flipped] = kit.downloads;
    const csv = await download(w.page, 'CSV');
    assert.equal(csv.name, opening.csvName);
    assert.equal(csv.text, opening.csv, "exactly the model's CSV");
    assert.equal(w.requests.length, 2, `its glue and wasm, once: ${w.requests.join(', ')}`);
    assert.equal(await w.page.locator(STATUS).textContent(), '', 'the status is cleared once the file is handed over');
    // Loaded once: the next files, of another view, come from the same instance.
    await w.page.getByRole('switch', { name: flipped.flipped, exact: true }).click();
    const json = await download(w.page, 'JSON');
    assert.equal(json.name, flipped.jsonName);
    assert.equal(json.text, flipped.json, "the flipped view's JSON, the model's");
    const picture = await download(w.page, 'Matrix SVG');
    assert.equal(picture.name, flipped.csvName.replace(/\.csv$/, '-matrix.svg'));
    const words = [...picture.text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    assert.ok(words.includes(flipped.scenarioLine), `stamped with “${flipped.scenarioLine}”`);
    assert.equal(w.requests.length, 2, `no second fetch: ${w.requests.join(', ')}`);
    // Loaded, never mounted: one widget on the page.
    assert.equal(await w.page.locator('[data-chip-paths-root]').count(), 1);
    assert.deepEqual(w.errors(), []);
  } finally {
    await w.close();
  }
});

test('while the bundle loads the line says "Preparing the file…"; a file that cannot be prepared says so, and the next click tries again', async () => {
  // The bundle's files are held until the test lets them through, then answered 404 until
  // `serve` is set: no timing guesses.
  let release;
  const held = new Promise((ok) => {
    release = ok;
  });
  let serve = false;
  const w = await open('', async (route) => {
    await held;
    if (serve) await route.continue();
    else await route.fulfill({ status: 404, body: 'not here' });
  });
  try {
    const status = w.page.locator(STATUS);
    const [preparing, failed] = await status.evaluate((s) => [s.dataset.preparing, s.dataset.failed]);
    assert.equal(preparing, 'Preparing the file…');
    assert.match(failed, /^The file could not be prepared/);
    let downloads = 0;
    w.page.on('download', () => (downloads += 1));
    await w.page.getByRole('link', { name: 'CSV', exact: true }).click();
    await w.page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent === t, [STATUS, preparing]);
    release();
    await w.page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent === t, [STATUS, failed]);
    assert.equal(downloads, 0, 'no file');
    assert.equal(await w.page.locator('.error-panel').count(), 0, 'the widget keeps working: no error panel');
    assert.equal(await w.page.locator('[data-chip-paths-root]').count(), 1);
    // Only the failed requests for the bundle's files are logged.
    assert.deepEqual(w.errors().filter((e) => !/chip-paths-multilingual-|404/.test(e)), []);
    // The server is back: the next click loads the bundle and writes the file.
    serve = true;
    const csv = await download(w.page, 'CSV');
    assert.equal(csv.text, kit.downloads[0].csv);
    assert.equal(await status.textContent(), '');
  } finally {
    await w.close();
  }
});

test('a Chinese reader downloads from the bundle it runs, in Chinese: no second fetch; the status speaks Chinese', async () => {
  const w = await open('?lang=zh-CN');
  try {
    await w.page.waitForSelector('.cp[lang="zh-CN"]');
    assert.equal(w.requests.length, 2, 'the bundle it runs');
    const status = w.page.locator(STATUS);
    const [preparing, failed] = await status.evaluate((s) => [s.dataset.preparing, s.dataset.failed]);
    assert.match(preparing, /[\u4e00-\u9fff]/, preparing);
    assert.match(failed, /[\u4e00-\u9fff]/, failed);
    // The files in Chinese, headers and switch words included (audit9 D8): exactly the model's.
    const [opening] = kit.zh;
    const csv = await download(w.page, 'CSV');
    assert.equal(csv.name, opening.csvName);
    assert.equal(csv.text, opening.csv, "the model's Chinese CSV");
    assert.ok(csv.text.startsWith('\ufeff"开发商"'), csv.text.slice(0, 80));
    const json = await download(w.page, 'JSON');
    assert.equal(json.text, opening.json, "the model's Chinese JSON");
    assert.equal(w.requests.length, 2, `no second fetch: ${w.requests.join(', ')}`);
    assert.deepEqual(w.errors(), []);
  } finally {
    await w.close();
  }
});

test('a Chinese reader with a what-if switched on: the CSV says so in Chinese (audit9 D8)', async () => {
  const expected = kit.zh.find((v) => v.query);
  assert.ok(expected, 'the model gives the what-if view in Chinese');
  const w = await open(`${expected.query}&lang=zh-CN`);
  try {
    await w.page.waitForSelector('.cp[lang="zh-CN"]');
    const csv = await download(w.page, 'CSV');
    assert.equal(csv.name, expected.csvName);
    assert.equal(csv.text, expected.csv, "the model's Chinese CSV");
    assert.ok(csv.text.includes('（开；假设情景，从未实施）"'), csv.text.slice(0, 400));
    assert.ok(!csv.text.includes('what-if') && !csv.text.includes(': on'), 'no English switch words');
    assert.deepEqual(w.errors(), []);
  } finally {
    await w.close();
  }
});
