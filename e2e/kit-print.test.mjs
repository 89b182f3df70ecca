// End-to-end test of the print stylesheet (issue 17; style/main.css, "Print"): printed, the page
// shows the matrix with every row whole and no column cut, the scenario (its date and the
// switches' On/Off words) and the sources, and none of the controls that do nothing on paper.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openWidget } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

// Each theme, and the system's dark one followed by the default theme ("auto").
for (const theme of ['light', 'dark', 'auto']) {
  test(`printed (${theme}), the view has no controls and no cut rows`, async () => {
    // A4 at 96 dpi, less the browser's default margins: about 718 px of text width.
    const w = await openWidget(browser, `?${theme === 'auto' ? '' : `theme=${theme}&`}off=purchase-justification`, {
      readySelector: '[data-ready]',
      viewport: { width: 718, height: 1000 },
      colorScheme: theme === 'auto' ? 'dark' : 'light',
    });
    const page = w.page;
    try {
      await page.emulateMedia({ media: 'print', colorScheme: theme === 'auto' ? 'dark' : 'light' });
      for (const [role, name] of [
        ['button', 'Undo'],
        ['button', 'Reset to the record'],
        ['button', 'Compare with the record'],
        ['link', 'CSV'],
        ['combobox', 'Theme'],
        ['group', 'Jump to a moment'],
        ['slider', 'Move through the dated events'],
        ['group', 'Workload shown in the diagram'],
      ]) {
        assert.equal(await page.getByRole(role, { name, exact: true }).isVisible(), false, `${role} "${name}" hidden`);
      }
      // The matrix: every row shown, none wider than the page.
      const table = page.getByRole('table');
      assert.ok(await table.isVisible());
      const fit = await table.evaluate((t) => {
        const page = document.documentElement.clientWidth;
        return [...t.rows].map((r) => {
          const b = r.getBoundingClientRect();
          return { h: b.height, right: b.right, page };
        });
      });
      assert.ok(fit.length > 1);
      for (const r of fit) {
        assert.ok(r.h > 0, 'the row is shown');
        assert.ok(r.right <= r.page + 0.5, `a row ends at ${r.right}px on a ${r.page}px page`);
      }
      // The scenario: the date, and each switch's word.
      assert.ok(await page.locator('.timeline__date').isVisible());
      assert.ok(await page.getByRole('switch').first().isVisible());
      // Black on white, whatever the theme: the dark themes are the screen's only, so the
      // statuses and links keep the light theme's colours, which are dark enough for paper.
      const colors = await page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('.matrix'));
        const cp = getComputedStyle(document.querySelector('.cp'));
        const at = (name) => cp.getPropertyValue(name).trim();
        return { fg: s.color, blocked: at('--blocked'), accent: at('--accent'), scheme: cp.colorScheme };
      });
      assert.deepEqual(colors, { fg: 'rgb(0, 0, 0)', blocked: '#c8202c', accent: '#0b57d0', scheme: 'light' });
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
}

// audit13 P1: on paper the folded "More policies" are not printed, so a switch flipped there
// would leave a counterfactual matrix under the record's switches. The scenario line under the
// headline is printed; a view on the record prints none.
test('printed, a changed scenario says which switches differ from the record', async () => {
  for (const [query, line] of [
    ['date=2025-08-14&off=h800-rule', 'Scenario: 14 Aug 2025; switches changed from the record: H800 and A800 banned (Oct 2023 rule) off'],
    ['date=2025-08-14', null],
  ]) {
    const w = await openWidget(browser, `?${query}`, {
      readySelector: '[data-ready]',
      viewport: { width: 718, height: 1000 },
    });
    try {
      await w.page.emulateMedia({ media: 'print' });
      assert.equal(await w.page.locator('.switches__more').isVisible(), false, 'the folded switches are not printed');
      if (line) {
        assert.ok(await w.page.getByText(line, { exact: true }).isVisible(), query);
      } else {
        assert.equal(await w.page.getByText(/switches changed from the record/).count(), 0, query);
      }
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  }
});
