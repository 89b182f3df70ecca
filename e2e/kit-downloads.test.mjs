// End-to-end test of the kit's downloads (issue 17; src/components/downloads.rs): the CSV and
// JSON of the view on screen arrive with names that say what they hold, their content is
// exactly what the model's export gives for that scenario (examples/expected_kit.rs), the CSV
// parses (UTF-8 with BOM, quoted fields) and its statuses are the model's matrix
// (examples/expected_matrix.rs), and the JSON parses. The files are written by
// web/kit-export.js from the rows the widget hands over: that module alone, without a browser,
// must write the model's files for more views too (every preset's date, each headline switch,
// each what-if switched on: marked as one in the CSV, the JSON and the stamp, audit9 D3).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { distDir, launchBrowser, modelExample, openWidget } from './support.mjs';
import * as kitExport from '../web/kit-export.js';

const READY = '[data-ready]';
let browser;
let matrix;
let kit;

before(async () => {
  browser = await launchBrowser();
  matrix = modelExample('expected_matrix');
  kit = modelExample('expected_kit');
});

after(async () => {
  await browser?.close();
});

/** RFC 4180 CSV: quoted fields with doubled quotes, CRLF rows. Throws on anything else. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let i = 0;
  while (i < text.length) {
    assert.equal(text[i], '"', `field at ${i} is quoted`);
    let field = '';
    i++;
    for (;;) {
      const q = text.indexOf('"', i);
      assert.ok(q >= 0, 'closing quote');
      field += text.slice(i, q);
      if (text[q + 1] === '"') {
        field += '"';
        i = q + 2;
      } else {
        i = q + 1;
        break;
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else {
      assert.equal(text.slice(i, i + 2), '\r\n', 'row ends with CRLF');
      i += 2;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

test("web/kit-export.js writes the model's CSV and JSON from the rows handed over", () => {
  assert.ok(kit.exports.length >= 4, 'several views');
  for (const expected of kit.exports) {
    const view = kitExport.read(expected.handover);
    assert.equal(kitExport.csv(view), expected.csv);
    assert.equal(kitExport.json(view), expected.json);
    assert.equal(kitExport.fileName(view, 'csv'), expected.csvName, "the model's file name");
    assert.equal(kitExport.fileName(view, 'json'), expected.csvName.replace(/csv$/, 'json'));
  }
  // A what-if switched on (never applied) leaves the page marked as one, not as the record.
  const whatIfs = kit.exports.filter((e) => JSON.parse(e.json).scenario.changed.some((c) => c.what_if));
  assert.ok(whatIfs.length > 0, 'a what-if view among them');
  for (const e of whatIfs) {
    const [c] = JSON.parse(e.json).scenario.changed;
    assert.deepEqual(c, { policy: c.policy, name: c.name, on: true, what_if: true });
    assert.ok(e.csv.includes(`"${c.name}: on (a what-if, never applied)"`), e.csv.slice(0, 400));
    assert.ok(e.scenarioLine.endsWith(`${c.name} on (a what-if, never applied)`), e.scenarioLine);
  }
  for (const e of kit.exports.filter((e) => !whatIfs.includes(e))) {
    assert.ok(!e.csv.includes('what-if') && !e.scenarioLine.includes('what-if'), e.scenarioLine);
  }
  // And a Chinese reader's files, headers and switch words in Chinese (audit9 D8).
  assert.ok(kit.zh.length >= 2);
  for (const expected of kit.zh) {
    const view = kitExport.read(expected.handover);
    assert.equal(kitExport.csv(view), expected.csv);
    assert.equal(kitExport.json(view), expected.json);
    assert.equal(kitExport.fileName(view, 'csv'), expected.csvName);
    assert.ok(expected.csv.startsWith('\ufeff"开发商"'), expected.csv.slice(0, 80));
  }
  // A main path that is our assumption says so in both files, as the screen's "modelled" mark
  // does (audit9 D1); a reported one does not.
  const rows = kit.exports.flatMap((e) => JSON.parse(e.json).outcomes.map((o) => ({ o, csv: e.csv })));
  const modelled = rows.filter(({ o }) => o.main_path_modelled);
  assert.ok(modelled.length > 0 && modelled.length < rows.length, 'some main paths modelled, some reported');
  for (const { o, csv } of modelled) assert.ok(csv.includes(`,"${o.main_path} (modelled)",`), o.main_path);
  for (const { o, csv } of rows.filter(({ o }) => o.main_path && !o.main_path_modelled)) assert.ok(csv.includes(`,"${o.main_path}",`), o.main_path);
  // So does a fallback that is our assumption (audit11 A2): a headline switch flipped at the
  // opening date shows one (DeepSeek's H20s from a stockpile for inference).
  const fallbacks = rows.filter(({ o }) => o.fallback_modelled);
  assert.ok(fallbacks.length > 0, 'a modelled fallback among the views');
  for (const { o, csv } of fallbacks) {
    const [path, status] = o.fallback.split(' — ');
    assert.ok(csv.includes(`,"${path} (modelled) — ${status}",`), o.fallback);
  }
  for (const { o, csv } of rows.filter(({ o }) => o.fallback && !o.fallback_modelled)) assert.ok(csv.includes(`,"${o.fallback}",`), o.fallback);
  // Every main path carries its own evidence and sources (audit11 A3), an Open one too, in both
  // files: the CSV's two columns after the main path are the JSON's evidence and sources.
  for (const e of kit.exports) {
    const [header, ...lines] = parseCsv(e.csv.slice(1));
    assert.deepEqual(header.slice(4, 6), ['main path evidence (the report, and later reports by the scenario date)', 'main path sources ([outlet, date, confidence])']);
    JSON.parse(e.json).outcomes.forEach((o, i) => {
      assert.equal(lines[i][4], o.main_path_evidence);
      assert.equal(lines[i][5], o.main_path_sources.map((s) => `[${s.outlet}, ${s.date}, ${s.confidence}]`).join(' '));
      assert.equal(typeof o.main_path_disputed, 'boolean');
      if (o.main_path) assert.ok(o.main_path_evidence && o.main_path_sources.length > 0, `${o.developer} ${o.workload}: evidence and sources`);
      else assert.ok(!o.main_path_evidence && o.main_path_sources.length === 0);
    });
  }
  const open = rows.filter(({ o }) => o.main_path && o.reasons.length === 0);
  assert.ok(open.length > 0 && open.every(({ o }) => o.main_path_sources.length > 0), 'an Open row cites its path');
  // A switch turned on names itself with -on (the model's views above only turn them off).
  const on = kitExport.read('S\x1f2025-08-14\x1f2025-11-30\x1f\x1eC\x1fsome-ban\x1fSome ban\x1f1\x1f\x1f\x1eC\x1fother\x1fOther\x1f\x1f\x1f\x1e');
  assert.equal(kitExport.fileName(on, 'csv'), 'chip-paths-2025-08-14-some-ban-on-other-off.csv');
  // What only made-up text has: quotes, a backslash, a control character.
  const made = kitExport.read('S\x1f2025-08-14\x1f2025-11-30\x1f\x1eR\x1fA "B"\x1fTraining\x1fOpen\x1fa\\b\x1fc\td\x1fLimited\x1f\x1e');
  assert.equal(
    kitExport.json(made).split('"outcomes":')[1],
    String.raw`[{"developer":"A \"B\"","workload":"Training","status":"Open","main_path":"a\\b","main_path_modelled":false,"main_path_disputed":false,"main_path_evidence":"","main_path_sources":[],"fallback":"c\u0009d — Limited","fallback_modelled":false,"reasons":[]}]}`,
  );
  assert.ok(kitExport.csv(made).endsWith('\r\n"A ""B""","Training","Open","a\\b","","","c\td — Limited","","2025-08-14","","2025-11-30"\r\n'));
});

test("the release build names the kit's modules after their content, as the loader and kit-export.js ask for them", async () => {
  const files = await readdir(distDir);
  // The loader imports kit-export.js, which imports kit-picture.js for a picture.
  let importer = await readFile(join(distDir, files.find((f) => /^loader-[0-9a-f]{16}\.js$/.test(f))), 'utf8');
  for (const stem of ['kit-export', 'kit-picture']) {
    assert.ok(!files.includes(`${stem}.js`), `no ${stem}.js without its content's name`);
    const named = files.filter((f) => new RegExp(`^${stem}-[0-9a-f]{16}\\.js$`).test(f));
    assert.equal(named.length, 1, stem);
    assert.ok(new RegExp(`["'/]${named[0].replace('.', '\\.')}["']`).test(importer), `${named[0]} is named by its importer`);
    importer = await readFile(join(distDir, named[0]), 'utf8');
    const hash = createHash('sha256').update(await readFile(join(distDir, named[0]))).digest('hex');
    assert.equal(named[0], `${stem}-${hash.slice(0, 16)}.js`);
  }
});

async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 20000 }),
    page.getByRole('link', { name, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test("the CSV and JSON downloads are the model's, for the view on screen", async () => {
  const w = await openWidget(browser, '', { readySelector: READY, contextOptions: { acceptDownloads: true } });
  const page = w.page;
  try {
    for (const expected of kit.downloads) {
      if (expected.flipped) {
        const before = new URL(page.url()).search;
        await page.getByRole('switch', { name: expected.flipped, exact: true }).click();
        await page.waitForFunction((q) => location.search !== q, before, { timeout: 20000 });
      }
      const csv = await download(page, 'CSV');
      assert.equal(csv.name, expected.csvName);
      assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
      const text = csv.bytes.toString('utf8');
      assert.equal(text, expected.csv, "exactly the model's CSV");
      const rows = parseCsv(text.slice(1));
      const header = rows[0];
      const col = (n) => header.indexOf(n);
      assert.ok(col('status') >= 0 && col('developer') >= 0 && col('workload') >= 0);
      if (!expected.flipped) {
        // Independently of the export: the statuses are the model's opening matrix.
        for (const r of rows.slice(1)) {
          assert.equal(r[col('status')], matrix.default[r[col('developer')]][r[col('workload')]].status);
        }
        assert.equal(rows.length - 1, Object.keys(matrix.default).length * 2);
      } else {
        assert.match(csv.name, /-(on|off)\.csv$/, 'the name says which switch changed');
      }
      const json = await download(page, 'JSON');
      assert.equal(json.name, expected.jsonName);
      assert.equal(json.bytes.toString('utf8'), expected.json);
      const parsed = JSON.parse(json.bytes.toString('utf8'));
      assert.equal(parsed.outcomes.length, rows.length - 1);
      assert.equal(parsed.scenario.changed.length, expected.flipped ? 1 : 0);
    }
    assert.deepEqual(w.errors(), []);
  } finally {
    await w.close();
  }
});

test('a what-if switched on: the page hands over files that say it is a what-if, never applied (audit9 D3)', async () => {
  const expected = kit.exports.find((e) => JSON.parse(e.json).scenario.changed.some((c) => c.policy === 'deepseek-listed'));
  assert.ok(expected, 'the model gives the what-if view');
  const w = await openWidget(browser, '?on=deepseek-listed', { readySelector: READY, contextOptions: { acceptDownloads: true } });
  try {
    const csv = await download(w.page, 'CSV');
    assert.equal(csv.name, expected.csvName);
    assert.equal(csv.bytes.toString('utf8'), expected.csv, "exactly the model's CSV");
    assert.ok(expected.csv.includes(': on (a what-if, never applied)"'));
    const json = await download(w.page, 'JSON');
    assert.equal(json.bytes.toString('utf8'), expected.json, "exactly the model's JSON");
    assert.equal(JSON.parse(expected.json).scenario.changed[0].what_if, true);
    assert.deepEqual(w.errors(), []);
  } finally {
    await w.close();
  }
});
