// End-to-end test of the change sentences the English reader's release build says, against the
// golden file the model's own test keeps (crates/model/golden/change-sentences.en.txt, written by
// crates/model/src/golden_sentences.rs): at the opening view, every switch flipped (the toggle's
// sentence), then "Reset to the record" (the sentence after undoing it), then that switch and the
// next flipped in sequence (the second flip's sentence). So the wasm the reader downloads, with
// its English messages compiled as literal code, says byte for byte what the model's test pins.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openWidget, repoRoot } from './support.mjs';

const READY = '[data-ready]';
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** A message of the English catalog (locales/en.ftl), as the page writes it. */
function message(id) {
  const line = readFileSync(join(repoRoot, 'locales/en.ftl'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${id} = `));
  assert.ok(line, `locales/en.ftl has ${id}`);
  return line.slice(id.length + 3);
}

/** The golden file's cases: "flip 2025-08-14 h20-allowed off" → its sentence. */
function golden() {
  const text = readFileSync(join(repoRoot, 'crates/model/golden/change-sentences.en.txt'), 'utf8');
  const cases = new Map();
  let sentence = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('\t')) cases.set(line.slice(1), sentence);
    else if (line && !line.startsWith('#')) sentence = line;
  }
  return cases;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2025-08-14" → "14 Aug 2025", as the headline writes a date. */
const label = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};

test('every switch at the opening view says what the model golden file says', async () => {
  const cases = golden();
  const w = await openWidget(browser, '', { readySelector: READY });
  const page = w.page;
  try {
    // The opening date: the one of the golden file's pair dates the headline names.
    const headline = await page.locator('.headline__date').innerText();
    const pairDates = [...new Set([...cases.keys()].filter((c) => c.startsWith('pair ')).map((c) => c.split(' ')[1]))];
    const dates = pairDates.filter((d) => headline.includes(label(d)));
    assert.equal(dates.length, 1, `one of ${pairDates} is the headline's "${headline}"`);
    const date = dates[0];
    const status = page.locator('.change[role="status"]');
    const reset = page.getByRole('button', { name: 'Reset to the record', exact: true });
    // The switches beyond the headline's are in a fold: open it.
    await page.locator('.switches__more > summary').click();
    await page.waitForFunction(() => document.querySelector('.switches__more').open);
    const switches = [];
    for (const sw of await page.getByRole('switch').all()) {
      const id = (await sw.getAttribute('aria-describedby')).replace(/^policy-summary-/, '');
      switches.push({ id, sw, was: await sw.getAttribute('aria-checked') });
    }
    const flips = [...cases.keys()].filter((c) => c.startsWith(`flip ${date} `));
    assert.equal(switches.length, flips.length, 'every switch of the record is on the page');
    /** Clicks a switch and waits until it has moved (the sentence comes in the same render). */
    const flip = async ({ sw, was }) => {
      await sw.click();
      await page.waitForFunction(([el, v]) => el.getAttribute('aria-checked') !== v, [await sw.elementHandle(), was]);
      return was === 'true' ? 'off' : 'on';
    };
    const backToRecord = async (...moved) => {
      await reset.click();
      for (const { sw, was } of moved) {
        await page.waitForFunction(([el, v]) => el.getAttribute('aria-checked') === v, [await sw.elementHandle(), was]);
      }
    };
    const expect = async (key, subject) => {
      assert.ok(cases.has(key), `the golden file has ${key}`);
      // "-": no sentence (the status region is empty).
      let want = cases.get(key) === '-' ? '' : cases.get(key);
      // The page names what the reader did ("Putting every switch back as on the record …",
      // audit13 S2) where the model's undo sentence says "This change …"; the rest is the model's.
      if (subject && want) {
        assert.ok(want.startsWith(`${message('change-this')} `), `${key}: ${want}`);
        want = message(subject) + want.slice(message('change-this').length);
      }
      assert.equal(await status.innerText(), want, key);
    };
    for (const [i, first] of switches.entries()) {
      const position = await flip(first);
      await expect(`flip ${date} ${first.id} ${position}`);
      await backToRecord(first);
      await expect(`undo ${date} ${first.id} ${position}`, 'change-reset');
      const second = switches[(i + 1) % switches.length];
      await flip(first);
      const then = await flip(second);
      await expect(`pair ${date} ${first.id} then ${second.id} ${then}`);
      await backToRecord(first, second);
    }
    assert.deepEqual(w.errors(), []);
  } finally {
    await w.close();
  }
});
