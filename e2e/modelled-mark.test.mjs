// The "modelled" mark is seen wherever a cell is (embed10, item 1): a main path whose chip or use
// is our modelling assumption says so on the cell itself, in the compact embed (?embed=1, where
// the reasons are folded away and an article's readers rarely open them) and in the classroom's
// matrix (?mode=present, and the story on a phone), which show statuses only. Without it, those
// readers take our assumption for a reported fact. Which cells are modelled comes from the model
// (examples/expected_matrix.rs), never from a list written here.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, modelExample, openWidget } from './support.mjs';
import { storySteps, waitForStep } from './classroom-support.mjs';

const MARK = ' modelled: ';
let browser;
let model;
const steps = await storySteps();

before(async () => {
  browser = await launchBrowser();
  model = modelExample('expected_matrix');
});

after(async () => {
  await browser?.close();
});

/** Developer → workload → whether the model marks the main path as modelled. */
function modelledCells(matrix) {
  const out = new Map();
  for (const [name, cells] of Object.entries(matrix)) {
    for (const [workload, cell] of Object.entries(cells)) out.set(`${name} / ${workload}`, cell.path.includes(MARK));
  }
  return out;
}

/** Each cell the page shows: "developer / workload" → its visible text and whether a "modelled"
 *  mark in it is rendered (has a box; a `display: none` ancestor or a `hidden` region gives none). */
async function shownCells(page) {
  return page.evaluate(() => {
    const heads = [...document.querySelectorAll('table.matrix thead th')].map((th) => th.textContent.trim());
    const out = {};
    for (const row of document.querySelectorAll('table.matrix tbody tr')) {
      const name = row.querySelector('th .matrix__name')?.innerText.trim();
      if (!name) continue;
      row.querySelectorAll(':scope > td').forEach((td, i) => {
        const mark = td.querySelector('.modelled');
        const r = mark?.getBoundingClientRect();
        out[`${name} / ${heads[i + 1]}`] = {
          text: td.innerText.replace(/\s+/g, ' ').trim(),
          markShown: Boolean(r && r.width > 0 && r.height > 0),
        };
      });
    }
    return out;
  });
}

/** `mark`: the word the cell shows ("modelled"), or in the presenter view its "*". */
function assertMarks(shown, matrix, where, mark = /\bmodelled\b/) {
  const expected = modelledCells(matrix);
  const modelled = [...expected].filter(([, m]) => m).map(([k]) => k);
  assert.ok(modelled.length > 0, `${where}: the model has modelled cells here`);
  let compared = 0;
  for (const [key, isModelled] of expected) {
    const cell = shown[key];
    if (!cell) continue; // e.g. a workload's column not shown
    compared += 1;
    if (isModelled) {
      assert.match(cell.text, mark, `${where}: ${key} shows its mark: “${cell.text}”`);
      assert.ok(cell.markShown, `${where}: ${key}'s mark is rendered`);
    } else {
      assert.ok(!cell.markShown && !mark.test(cell.text), `${where}: ${key} is not modelled: “${cell.text}”`);
    }
  }
  assert.ok(compared >= modelled.length, `${where}: every cell compared (${compared})`);
  for (const key of modelled) assert.ok(shown[key], `${where}: ${key} is on the page`);
}

describe('the modelled mark in the compact embed', () => {
  // The compact cells show the mark as the presenter's "*", explained by a key line under the table.
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`?embed=1 at ${width} px (${colorScheme}): every modelled cell says so, closed`, async () => {
        const w = await openWidget(browser, 'embed=1', {
          readySelector: '[data-ready]',
          viewport: { width, height: 900 },
          colorScheme,
        });
        try {
          // A "*" beside the path (embed11: the word cost a phone about 100 px) ...
          const where = `embed at ${width}`;
          assertMarks(await shownCells(w.page), model.default, where, /\*/);
          // ... whose meaning one line under the table gives, in the presenter legend's words ...
          const key = w.page.locator('.matrix__key');
          assert.equal(await key.count(), 1, `${where}: one key line`);
          assert.ok(await key.isVisible(), `${where}: the key line is shown`);
          assert.equal((await key.innerText()).replace(/\s+/g, ' ').trim(), '* modelled — partly our assumption, not all reported', where);
          // ... while screen readers still hear the word, and what it means, on each marked cell.
          const modelled = [...modelledCells(model.default).values()].filter(Boolean).length;
          assert.equal(
            await w.page.getByRole('button', { name: /\bmodelled: which chip, which use or since when is our assumption/ }).count(),
            modelled,
            `${where}: every marked cell's button names the mark`,
          );
        } finally {
          await w.close();
        }
      });
    }
  }
});

describe('the modelled mark in the classroom matrix', () => {
  const cases = [
    { mode: 'present', viewport: { width: 1280, height: 720 } },
    { mode: 'present', viewport: { width: 375, height: 667 } },
    { mode: 'story', viewport: { width: 375, height: 667 } },
  ];
  for (const { mode, viewport } of cases) {
    test(`?mode=${mode} at ${viewport.width}×${viewport.height}: every modelled cell says so, at each step that has one`, async () => {
      // Every step whose matrix has a modelled main path, by the model.
      const withMarks = model.steps.flatMap((m, i) => ([...modelledCells(m).values()].some(Boolean) && i + 1 < steps.length ? [i + 1] : []));
      assert.ok(withMarks.length > 0, 'some step shows a modelled cell');
      // The first and the last such step (the last before the closing card, which hides the matrix).
      for (const n of [...new Set([withMarks[0], withMarks.at(-1)])]) {
        const w = await openWidget(browser, `?mode=${mode}&step=${n}`, { viewport });
        try {
          await waitForStep(w.page, n);
          await w.page.locator('table.matrix tbody th').first().waitFor();
          const where = `${mode} step ${n} at ${viewport.width}`;
          if (mode === 'present') {
            // Beside the status there is room for a "*" only; the legend under the matrix says what it means.
            assertMarks(await shownCells(w.page), model.steps[n - 1], where, /\*/);
            const legend = w.page.locator('.lesson__legend');
            await legend.waitFor();
            assert.match((await legend.innerText()).replace(/\s+/g, ' '), /\* modelled partly our assumption, not all reported/, where);
          } else {
            assertMarks(await shownCells(w.page), model.steps[n - 1], where);
          }
        } finally {
          await w.close();
        }
      }
    });
  }
});
