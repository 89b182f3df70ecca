// The loader (web/loader.js, which picks the wasm bundle) and the widget (src/url.rs,
// which picks the view) read `mode` by one rule, checked on one table of links shared with the
// Rust test `the_mode_of_each_link_in_the_shared_table` (tests/mode_links.json): the first
// `mode` parameter read decides; if its value is not exactly explore, story or present once
// decoded (malformed percent-encoding included), the reader's view opens and later `mode`s are
// repeats. A disagreement would load one bundle and show the other's view.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, openWidget, repoRoot } from './support.mjs';

const links = JSON.parse(await readFile(join(repoRoot, 'tests/mode_links.json'), 'utf8'));

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

describe('the loader and the widget agree on the mode of every link in the table', () => {
  for (const { query, mode, why } of links) {
    const shown = query.length > 70 ? `${query.slice(0, 60)}… (${query.length} characters)` : query || '(none)';
    test(`${shown}: ${mode} (${why})`, async () => {
      const w = await openWidget(browser, query || '/');
      try {
        await w.page.waitForSelector('[data-ready="true"]');
        const seen = await w.page.evaluate(() => ({
          bundle: document.documentElement.dataset.chipPathsBundle,
          mode: document.querySelector('[data-chip-paths-root]').dataset.mode,
        }));
        assert.deepEqual(seen, {
          bundle: mode === 'explore' ? 'reader' : 'classroom',
          mode,
        });
        assert.deepEqual(w.errors(), []);
      } finally {
        await w.close();
      }
    });
  }
});
