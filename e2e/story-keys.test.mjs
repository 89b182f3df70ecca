// The story's document-level key listener (src/components/story_keys.rs) takes the keys it uses:
// Space and Page Down step the story *instead of* scrolling the page, so the listener must not
// be passive (gloo's EventListener is passive unless told otherwise, and a passive listener's
// preventDefault is ignored). Keys the story does not use keep their default action.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openWidget } from './support.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Wait until the story shows step `n` (from 1). */
async function waitForStep(page, n) {
  await page.waitForFunction((n) => document.querySelector('.story')?.dataset.step === String(n), n);
}

describe('story keys', () => {
  test('Space and Page Down step the story and cancel the scroll; other keys keep theirs', async () => {
    const w = await openWidget(browser, '?mode=story&step=2');
    try {
      await waitForStep(w.page, 2);
      // A window listener runs after the document's (bubble phase) and sees whether the
      // story's listener cancelled the key's default action.
      await w.page.evaluate(() => {
        window.seenKeys = [];
        window.addEventListener('keydown', (e) =>
          window.seenKeys.push({ key: e.key, prevented: e.defaultPrevented }),
        );
        document.activeElement?.blur();
      });
      await w.page.keyboard.press('Space');
      await waitForStep(w.page, 3);
      await w.page.keyboard.press('PageDown');
      await waitForStep(w.page, 4);
      await w.page.keyboard.press('a');
      assert.deepEqual(await w.page.evaluate(() => window.seenKeys), [
        { key: ' ', prevented: true },
        { key: 'PageDown', prevented: true },
        { key: 'a', prevented: false },
      ]);
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  test("a clicker's Page Up/Down and the arrows still step after a box is ticked; Space ticks it", async () => {
    const w = await openWidget(browser, '?mode=present&step=5');
    try {
      await waitForStep(w.page, 5);
      const box = w.page.getByRole('checkbox', { name: 'DeepSeek', exact: true });
      await box.focus();
      await w.page.keyboard.press('Space');
      assert.equal(await box.isChecked(), true, 'Space ticks the focused box');
      assert.equal(await w.page.locator('.story').getAttribute('data-step'), '5', 'and does not step');
      await w.page.keyboard.press('PageDown');
      await waitForStep(w.page, 6);
      await w.page.getByRole('checkbox').first().focus();
      await w.page.keyboard.press('PageUp');
      await waitForStep(w.page, 5);
      await w.page.getByRole('checkbox').first().focus();
      await w.page.keyboard.press('ArrowRight');
      await waitForStep(w.page, 6);
      await w.page.getByRole('checkbox').first().focus();
      await w.page.keyboard.press('ArrowLeft');
      await waitForStep(w.page, 5);
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
});
