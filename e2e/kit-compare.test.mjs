// End-to-end test of "Compare with the record" (issue 17; src/components/outcome_matrix.rs):
// with the comparison on (`cmp=1` or its toggle), every cell says what the record says at the
// date shown (the model's opening matrix, examples/expected_matrix.rs), and after a headline
// switch is flipped exactly the cells the model says differ are marked, each with the model's
// reasons (examples/expected_kit.rs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, modelExample, openWidget } from './support.mjs';

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

const open = (query = '', options = {}) => openWidget(browser, query, { readySelector: READY, ...options });

/** Every cell: { developer, workload, text, differs }. */
async function cells(page) {
  const out = [];
  const workloads = ['Training', 'Inference'];
  for (const row of (await page.getByRole('table').getByRole('row').all()).slice(1)) {
    const developer = (await row.getByRole('rowheader').locator('.matrix__name').innerText()).trim();
    const tds = await row.getByRole('cell').all();
    for (const [i, td] of tds.entries()) {
      out.push({
        developer,
        workload: workloads[i],
        text: (await td.innerText()).replace(/\s+/g, ' ').trim(),
        differs: /matrix__cell--differs/.test(await td.getAttribute('class')),
      });
    }
  }
  return out;
}

test('with the comparison on, every cell says what the record says', async () => {
  const w = await open('?cmp=1');
  try {
    const toggle = w.page.getByRole('button', { name: 'Compare with the record' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    const shown = await cells(w.page);
    assert.equal(shown.length, Object.keys(matrix.default).length * 2);
    for (const c of shown) {
      const status = matrix.default[c.developer][c.workload].status;
      assert.ok(c.text.includes(`On the record: ${status}`), `${c.developer} ${c.workload}: ${c.text}`);
      assert.equal(c.differs, false, 'the opening view is the record');
    }
    // Off again: the notes go, and the link drops cmp.
    await toggle.click();
    await w.page.waitForFunction(() => !location.search.includes('cmp=1'), null, { timeout: 20000 });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.equal(await w.page.getByText('On the record:').count(), 0);
    assert.deepEqual(w.errors(), []);
  } finally {
    await w.close();
  }
});


test('a flipped switch marks exactly the cells the model says differ, with its reasons', async () => {
  const ids = Object.keys(kit.flipped);
  assert.ok(ids.some((id) => kit.flipped[id].differing.length > 0), 'some switch moves a cell');
  for (const id of ids) {
    const expected = kit.flipped[id];
    const w = await open('');
    try {
      await w.page.getByRole('button', { name: 'Compare with the record' }).click();
      await w.page.waitForFunction(() => location.search.includes('cmp=1'), null, { timeout: 20000 });
      const before = new URL(w.page.url()).search;
      await w.page.getByRole('switch', { name: expected.name, exact: true }).click();
      await w.page.waitForFunction((q) => location.search !== q, before, { timeout: 20000 });
      const shown = await cells(w.page);
      const marked = shown.filter((c) => c.differs).map((c) => `${c.developer} ${c.workload}`);
      assert.deepEqual(
        marked.sort(),
        expected.differing.map((d) => `${d.developer} ${d.workload}`).sort(),
        `${id}: the marked cells`,
      );
      for (const d of expected.differing) {
        const cell = shown.find((c) => c.developer === d.developer && c.workload === d.workload);
        assert.ok(cell.text.includes('Differs from the record'), cell.text);
        for (const why of d.why) assert.ok(cell.text.includes(why), `${id}: "${why}" in ${cell.text}`);
      }
      // Every cell still says what the record says.
      for (const c of shown) {
        assert.ok(c.text.includes(`On the record: ${matrix.default[c.developer][c.workload].status}`), c.text);
      }
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  }
});

test("a differing cell's text keeps clear of its dashed outline, on a phone too", async () => {
  for (const width of [375, 1280]) {
    const w = await open('?off=h800-rule&cmp=1', { viewport: { width, height: 800 } });
    try {
      const gaps = await w.page.evaluate(() =>
        [...document.querySelectorAll('.matrix__cell--differs')].map((td) => {
          const cell = td.getBoundingClientRect();
          // Every line of text the eye reads (not the screen readers' visually hidden words).
          const lines = [];
          const walk = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
          for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            if (n.parentElement.closest('.visually-hidden')) continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            lines.push(...range.getClientRects());
          }
          const right = Math.max(...lines.map((r) => r.right));
          // The outline's inner edge: outline-offset -3px, 2px wide.
          return cell.right - 5 - right;
        }),
      );
      assert.ok(gaps.length > 0, `${width}px: cells differ from the record`);
      for (const gap of gaps) assert.ok(gap >= 3, `${width}px: text ${gap.toFixed(1)}px from the outline`);
    } finally {
      await w.close();
    }
  }
});
