// End-to-end test of Undo, Redo and "Reset to the record" (issue 17; src/components/history_bar.rs):
// ten changes of switches, date and workload made by role and accessible name, then undone and
// redone, by the buttons and by Ctrl+Z / Shift+Ctrl+Z, each step checked against the view the
// page showed at that point (switches, matrix, diagram workload, address). The opening matrix is
// checked against the model (examples/expected_matrix.rs), and the view after a reset against a
// fresh page opened from the record's own link for that date.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, modelExample, openWidget } from './support.mjs';

const READY = '[data-ready]';
let browser;
let model;

before(async () => {
  browser = await launchBrowser();
  model = modelExample('expected_matrix');
});

after(async () => {
  await browser?.close();
});

const open = (query = '', options = {}) => openWidget(browser, query, { readySelector: READY, ...options });

/** The matrix as shown: developer → [training cell text, inference cell text]. */
async function readMatrix(page) {
  const out = {};
  for (const row of (await page.getByRole('table').getByRole('row').all()).slice(1)) {
    const name = (await row.getByRole('rowheader').locator('.matrix__name').innerText()).trim();
    out[name] = (await row.getByRole('cell').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }
  return out;
}

/** The status word each cell starts with, as examples/expected_matrix.rs gives it. */
const statuses = (matrix) =>
  Object.fromEntries(
    Object.entries(matrix).map(([dev, cells]) => [
      dev,
      cells.map((t) => (t.match(/^(Open|Friction|Limited|At risk|Blocked|Not reported)/) ?? [t])[0]),
    ]),
  );

async function snapshot(page) {
  const switches = {};
  for (const sw of await page.getByRole('switch').all()) {
    switches[await sw.getAttribute('aria-label') ?? (await sw.innerText())] = await sw.getAttribute('aria-checked');
  }
  const workload = page.getByRole('group', { name: 'Workload shown in the diagram' });
  return {
    query: new URL(page.url()).search,
    switches,
    matrix: await readMatrix(page),
    workload: await workload.locator('[aria-pressed="true"]').innerText(),
  };
}

/** Resolves once the address bar has moved off `query` (it follows the view after paint). */
async function urlChanged(page, query) {
  await page.waitForFunction((q) => location.search !== q, query, { timeout: 20000 });
}

/** Resolves once the address bar shows `query`. */
async function urlIs(page, query) {
  await page.waitForFunction((q) => location.search === q, query, { timeout: 20000 });
}

test('Undo, Redo and Reset round-trip a sequence of ten changes', async () => {
  const w = await open();
  const page = w.page;
  try {
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    const redo = page.getByRole('button', { name: 'Redo', exact: true });
    const reset = page.getByRole('button', { name: 'Reset to the record', exact: true });
    assert.ok(await undo.isDisabled(), 'nothing to undo on opening');
    assert.ok(await redo.isDisabled());
    assert.ok(await reset.isDisabled(), 'the opening view is the record');
    // The UI says which is which: Undo is not the browser's Back.
    assert.match(
      await page.getByRole('group', { name: 'Your changes' }).innerText(),
      /Back button moves between views/,
    );
    const opening = await snapshot(page);
    assert.deepEqual(
      statuses(opening.matrix),
      Object.fromEntries(Object.entries(model.default).map(([d, c]) => [d, [c.Training.status, c.Inference.status]])),
      "the opening matrix is the model's",
    );

    const name = (id) => model.flipped[id].name;
    const flip = (id) => page.getByRole('switch', { name: name(id), exact: true }).click();
    const preset = (label) =>
      page.getByRole('group', { name: 'Jump to a moment' }).getByRole('button', { name: label }).click();
    const workload = (label) =>
      page.getByRole('group', { name: 'Workload shown in the diagram' }).getByRole('button', { name: label }).click();
    const changes = [
      () => flip('h20-allowed'),
      () => flip('purchase-justification'),
      () => workload('Inference'),
      () => preset(/^Oct 2023/),
      () => flip('ascend-guidance'),
      () => preset(/^Jan 2026/),
      () => flip('h20-allowed'),
      () => reset.click(),
      () => workload('Training'),
      () => flip('purchase-justification'),
    ];
    const states = [opening];
    for (const [i, change] of changes.entries()) {
      const before = states.at(-1);
      await change();
      await urlChanged(page, before.query);
      const now = await snapshot(page);
      assert.notDeepEqual(now, before, `change ${i + 1} changes the view`);
      states.push(now);
      if (i === 7) {
        // "Reset to the record": the real policies at the date shown, as a fresh page of that
        // date shows them, and no switch overridden in the link.
        assert.doesNotMatch(now.query, /[?&](on|off)=/);
        assert.match(now.query, /jan-2026/, "the date stays");
        const fresh = await open(now.query);
        try {
          assert.deepEqual(await snapshot(fresh.page), now);
        } finally {
          await fresh.close();
        }
        assert.ok(await reset.isDisabled(), 'nothing left to reset');
      }
    }
    assert.ok(await redo.isDisabled(), 'a new change leaves nothing to redo');

    // Undo all ten: the first five with Ctrl+Z (focus is on the last switch used), the rest
    // with the button.
    for (let i = states.length - 2; i >= 0; i--) {
      if (i >= 5) await page.keyboard.press('Control+z');
      else await undo.click();
      await urlIs(page, states[i].query);
      assert.deepEqual(await snapshot(page), states[i], `Undo back to state ${i}`);
    }
    assert.ok(await undo.isDisabled(), 'all undone');
    assert.deepEqual(statuses((await snapshot(page)).matrix), statuses(opening.matrix));

    // Redo all ten: Shift+Ctrl+Z for the first five, the button for the rest.
    for (let i = 1; i < states.length; i++) {
      if (i <= 5) {
        await redo.focus();
        await page.keyboard.press('Control+Shift+z');
      } else {
        await redo.click();
      }
      await urlIs(page, states[i].query);
      assert.deepEqual(await snapshot(page), states[i], `Redo to state ${i}`);
    }
    assert.ok(await redo.isDisabled(), 'all redone');
    assert.ok(!(await undo.isDisabled()));
    // An undo is announced like any change: the live region says what moved.
    await undo.click();
    await urlIs(page, states.at(-2).query);
    assert.notEqual((await page.locator('.change[role="status"]').innerText()).trim(), '');
    assert.deepEqual(w.errors(), []);
  } finally {
    await w.close();
  }
});

test("Ctrl+Z in the embed dialog's code field is the field's own, not the widget's", async () => {
  const w = await open();
  const page = w.page;
  try {
    const sw = page.getByRole('switch', { name: model.flipped['h20-allowed'].name, exact: true });
    const before = new URL(page.url()).search;
    await sw.click();
    await urlChanged(page, before);
    const changed = new URL(page.url()).search;
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const field = page.getByRole('dialog').getByRole('textbox').first();
    await field.focus();
    await page.keyboard.press('Control+z');
    // The key went to the field: the change is still there, and still the one to undo (had
    // the key undone it, the Undo button would be disabled and this click would time out).
    assert.equal(new URL(page.url()).search, changed);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Undo', exact: true }).click({ timeout: 5000 });
    await urlIs(page, before);
    // The dialog's live preview frame is dropped when the dialog closes (its loads abort).
    assert.deepEqual(w.errors().filter((e) => !/net::ERR_ABORTED/.test(e)), []);
  } finally {
    await w.close();
  }
});

test('the keys: Ctrl+Y redoes; with Alt, or Shift+Ctrl+Y, or another key, they are left alone', async () => {
  const w = await open();
  const page = w.page;
  try {
    const before = new URL(page.url()).search;
    await page.getByRole('switch', { name: model.flipped['h20-allowed'].name, exact: true }).click();
    await urlChanged(page, before);
    const changed = new URL(page.url()).search;
    // Whether the widget takes a key press on the focused switch (it then prevents the default).
    const taken = (init) =>
      page.evaluate((init) => {
        const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
        document.activeElement.dispatchEvent(event);
        return event.defaultPrevented;
      }, init);
    assert.equal(await taken({ key: 'z', ctrlKey: true, altKey: true }), false, 'Ctrl+Alt+Z');
    assert.equal(await taken({ key: 'Y', ctrlKey: true, shiftKey: true }), false, 'Shift+Ctrl+Y');
    assert.equal(await taken({ key: 'z' }), false, 'Z alone');
    // Any other key with Ctrl presses none of the bar's buttons (Reset is the third).
    for (const key of ['c', 'x', 'r', 'Enter']) assert.equal(await taken({ key, ctrlKey: true }), false, `Ctrl+${key}`);
    assert.equal(new URL(page.url()).search, changed);
    await page.keyboard.press('Control+z');
    await urlIs(page, before);
    await page.keyboard.press('Control+y');
    await urlIs(page, changed);
    assert.equal(await taken({ key: 'z', metaKey: true }), true, 'Cmd+Z');
    await urlIs(page, before);
    assert.deepEqual(w.errors(), []);
  } finally {
    await w.close();
  }
});
