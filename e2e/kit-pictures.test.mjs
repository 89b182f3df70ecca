// The kit's pictures (issue 17; web/kit-picture.js, loaded on demand): the matrix and the
// diagram as SVG and PNG, at the opening view and with a headline switch flipped. Each SVG is
// stamped with the title, the model's scenario line (date, switches changed from the record),
// "Source: Chip Paths, data as of …" and the view's link, and its matrix cells are the model's
// (examples/expected_matrix.rs), a modelled path marked "(modelled)" right after its name and
// the mark explained once under the matrix (audit9 D2); each PNG is a valid image of twice the SVG's size; the file
// names say what they hold (examples/expected_kit.rs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, modelExample, openWidget, repoRoot } from './support.mjs';
import { pngSummary } from './kit-support.mjs';

let browser;
let matrix;
let kit;
before(async () => {
  browser = await launchBrowser();
  matrix = modelExample('expected_matrix');
  kit = modelExample('expected_kit');
  await mkdir(join(repoRoot, 'screenshots'), { recursive: true });
});
after(async () => {
  await browser?.close();
});

/** A cell's path as the picture writes it (audit9 D2): the page's "… — reason modelled: why"
 *  becomes "… (modelled) — reason", and `why` is said once under the matrix; a modelled
 *  fallback's line the same way, "Fallback: H20, from a stockpile (modelled) — Open" (audit11 A2). */
function pictured(path) {
  const one = (p) => {
    const at = p.indexOf(' modelled: ');
    if (at < 0) return { text: p, why: null };
    const summary = p.slice(0, at);
    const dash = summary.indexOf(' — ');
    const named = dash < 0 ? `${summary} (modelled)` : `${summary.slice(0, dash)} (modelled)${summary.slice(dash)}`;
    return { text: named, why: p.slice(at + ' modelled: '.length) };
  };
  const f = path.indexOf(' Fallback: ');
  if (f < 0) return one(path);
  const [main, fallback] = [one(path.slice(0, f)), one(path.slice(f + 1))];
  return { text: `${main.text} ${fallback.text}`, why: main.why ?? fallback.why };
}

async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 20000 }),
    page.getByRole('link', { name, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** An SVG file read by the browser: its size, all its text, its matrix cells, its shapes. */
async function readSvg(page, text) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const svg = doc.documentElement;
    const clean = (t) => t.replace(/\s+/g, ' ').trim();
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: Number(svg.getAttribute('width')),
      height: Number(svg.getAttribute('height')),
      text: clean([...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ')),
      cells: [...svg.querySelectorAll('g.cell')].map((g) => ({
        developer: g.dataset.developer,
        workload: g.dataset.workload,
        text: clean([...g.querySelectorAll('text')].map((t) => t.textContent).join(' ')),
      })),
      edges: svg.querySelectorAll('svg svg line, svg svg path').length,
    };
  }, text);
}

/** The PNG's size from its header, and whether the browser decodes it to that size. */
async function readPng(page, bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  const header = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  const decoded = await pngSummary(page, bytes);
  assert.deepEqual({ width: decoded.width, height: decoded.height }, header, 'the browser decodes it at its stated size');
  // Not blank: the background, the text and the statuses' colours are there.
  assert.ok(decoded.colours >= 3, `the picture has ${decoded.colours} colours`);
  return header;
}

test('the matrix and diagram pictures are stamped, hold the model’s matrix, and name what they show', async () => {
  const w = await openWidget(browser, '', { viewport: { width: 1280, height: 900 }, contextOptions: { acceptDownloads: true } });
  const page = w.page;
  try {
    for (const expected of kit.downloads) {
      let cells = matrix.default;
      if (expected.flipped) {
        const before = new URL(page.url()).search;
        await page.getByRole('switch', { name: expected.flipped, exact: true }).click();
        await page.waitForFunction((q) => location.search !== q, before, { timeout: 20000 });
        cells = Object.values(matrix.flipped).find((f) => f.name === expected.flipped).matrix;
      }
      const stem = expected.csvName.replace(/\.csv$/, '');
      const stamped = (svg) => {
        assert.equal(svg.error, null, 'the SVG parses');
        assert.ok(svg.text.startsWith('Chip Paths: '), svg.text.slice(0, 80));
        for (const line of [expected.scenarioLine, expected.sourceLine, page.url()]) {
          assert.ok(svg.text.includes(line), `stamped with “${line}”`);
        }
      };

      const m = await download(page, 'Matrix SVG');
      assert.equal(m.name, `${stem}-matrix.svg`);
      const svg = await readSvg(page, m.bytes.toString('utf8'));
      stamped(svg);
      const shown = {};
      for (const c of svg.cells) (shown[c.developer] ??= {})[c.workload] = c.text;
      const want = {};
      const whys = new Set();
      for (const [developer, row] of Object.entries(cells)) {
        want[developer] = {};
        for (const [workload, cell] of Object.entries(row)) {
          const { text, why } = pictured(cell.path);
          if (why) whys.add(why);
          want[developer][workload] = `${cell.status} ${text}`.replace(/\s+/g, ' ').replace(/ :/g, ':').trim();
        }
      }
      assert.deepEqual(shown, want, "the SVG's cells are the model's matrix");
      // The mark is explained once, under the matrix, when a cell carries it.
      assert.ok(whys.size <= 1, [...whys].join(' | '));
      for (const why of whys) {
        assert.equal(svg.text.split(`modelled = ${why}`).length - 1, 1, `“modelled = ${why}” once: ${svg.text}`);
      }
      if (!expected.flipped) assert.equal(whys.size, 1, 'the opening view has modelled cells');

      const mp = await download(page, 'Matrix PNG');
      assert.equal(mp.name, `${stem}-matrix.png`);
      assert.deepEqual(await readPng(page, mp.bytes), { width: svg.width * 2, height: svg.height * 2 });

      const d = await download(page, 'Diagram SVG');
      assert.equal(d.name, `${stem}-diagram.svg`);
      const diagram = await readSvg(page, d.bytes.toString('utf8'));
      stamped(diagram);
      const onPage = await page.evaluate(() => {
        const s = document.querySelector('svg.diagram__svg');
        return { edges: s.querySelectorAll('line, path').length, text: [...s.querySelectorAll('text')].map((t) => t.textContent).join(' ').replace(/\s+/g, ' ').trim() };
      });
      assert.equal(diagram.edges, onPage.edges, 'every edge of the diagram on screen');
      // As the page shows them (its column heads in capitals).
      assert.ok(diagram.text.toLowerCase().includes(onPage.text.toLowerCase()), "the diagram's labels");
      const dp = await download(page, 'Diagram PNG');
      assert.equal(dp.name, `${stem}-diagram.png`);
      assert.deepEqual(await readPng(page, dp.bytes), { width: diagram.width * 2, height: diagram.height * 2 });
      if (!expected.flipped) {
        await writeFile(join(repoRoot, 'screenshots/kit-matrix.png'), mp.bytes);
        await writeFile(join(repoRoot, 'screenshots/kit-diagram.png'), dp.bytes);
      }
    }
    assert.deepEqual(w.errors(), []);
  } finally {
    await w.close();
  }
});

test('a what-if switched on: the picture is stamped as a what-if, never applied (audit9 D3)', async () => {
  const expected = kit.exports.find((e) => JSON.parse(e.json).scenario.changed.some((c) => c.policy === 'deepseek-listed'));
  assert.ok(expected?.scenarioLine.endsWith(' on (a what-if, never applied)'), expected?.scenarioLine);
  const w = await openWidget(browser, '?on=deepseek-listed', { viewport: { width: 1280, height: 900 }, contextOptions: { acceptDownloads: true } });
  try {
    const m = await download(w.page, 'Matrix SVG');
    const svg = await readSvg(w.page, m.bytes.toString('utf8'));
    assert.equal(svg.error, null, 'the SVG parses');
    assert.ok(svg.text.includes(expected.scenarioLine), `stamped with “${expected.scenarioLine}”: ${svg.text.slice(0, 300)}`);
    assert.deepEqual(w.errors(), []);
  } finally {
    await w.close();
  }
});
