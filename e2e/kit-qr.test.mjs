// The QR code of the current view (issue 17): in the presenter view, the step's link for the
// students' phones; in the classroom's Embed dialog, the share link. Each code is read from the
// pixels on screen (jsQR) and the link it holds is opened: it shows the same step. The reader's
// bundle has no encoder (its first load stays small), so its Embed dialog shows no code.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, launchBrowser, openWidget } from './support.mjs';
import { smallTexts, waitForStep } from './classroom-support.mjs';
import { readQr } from './kit-support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const CODE = { name: 'QR code of the link', exact: true };

/** The story step a page shows, and its mode. */
async function shown(page) {
  return page.evaluate(() => ({
    step: document.querySelector('.story')?.dataset.step,
    mode: document.querySelector('[data-mode]')?.dataset.mode,
  }));
}

test('the presenter view shows the step’s link as a QR code that opens the same step in story mode', async () => {
  const w = await openWidget(browser, '?mode=present&step=2&off=purchase-justification', {
    viewport: { width: 1280, height: 720 },
  });
  const page = w.page;
  try {
    await waitForStep(page, 2);
    const button = page.getByRole('button', { name: 'QR code', exact: true });
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    await page.getByRole('heading', { name: 'Open this step on a phone' }).waitFor();
    const code = page.getByRole('img', CODE);
    // Large enough for the back of a classroom, and on the first screen.
    const box = await code.boundingBox();
    assert.ok(box.width >= 300 && box.y + box.height <= 720, `the code is ${JSON.stringify(box)}`);
    assert.deepEqual(await smallTexts(page, 20), [], 'every text at 20 px or more with the code shown');
    assert.deepEqual(await axeViolations(page, { include: '.qr-panel' }), []);

    const link = await readQr(page, code);
    assert.ok(link, 'the code on screen can be read');
    assert.equal(link, await page.locator('.qr-figure__link').innerText(), 'the code holds the link written under it');
    const url = new URL(link);
    assert.equal(url.origin + url.pathname, new URL(page.url()).origin + new URL(page.url()).pathname);
    assert.equal(url.searchParams.get('mode'), 'story');
    // Opened on a phone, the link shows the same step with the same switches.
    const phone = await openWidget(browser, link, { viewport: { width: 375, height: 740 } });
    try {
      await waitForStep(phone.page, 2);
      assert.deepEqual(await shown(phone.page), { step: '2', mode: 'story' });
      const on = (p) => p.getByRole('switch').evaluateAll((s) => s.map((e) => `${e.getAttribute('aria-describedby')}:${e.getAttribute('aria-checked')}`));
      assert.deepEqual(await on(phone.page), await on(page), 'the same switches');
    } finally {
      await phone.close();
    }

    // The next step: the code follows the view.
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press('ArrowRight');
    await waitForStep(page, 3);
    const next = await readQr(page, page.getByRole('img', CODE));
    assert.equal(new URL(next).searchParams.get('step'), '3', `the next step's code holds ${next}`);

    // The teacher notes and the code share a row: opening one closes the other.
    await page.getByRole('button', { name: 'Teacher notes' }).click();
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getByRole('img', CODE).count(), 0);
    assert.deepEqual(w.errors(), []);
  } finally {
    await w.close();
  }
});

test('the classroom’s Embed dialog shows the share link as a QR code', async () => {
  const w = await openWidget(browser, '?mode=story&step=3', { viewport: { width: 1280, height: 900 } });
  const page = w.page;
  try {
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const field = page.getByRole('textbox', { name: 'Link to this view' });
    await field.waitFor();
    const code = page.getByRole('dialog').getByRole('img', CODE);
    await code.scrollIntoViewIfNeeded();
    assert.equal(await readQr(page, code), await field.inputValue());
    assert.deepEqual(w.errors(), []);
  } finally {
    await w.close();
  }
});

test('the reader’s Embed dialog has no QR code (no encoder in the reader’s bundle)', async () => {
  const w = await openWidget(browser, '', { viewport: { width: 1280, height: 900 } });
  const page = w.page;
  try {
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await page.getByRole('textbox', { name: 'Link to this view' }).waitFor();
    assert.equal(await page.getByRole('img', CODE).count(), 0);
  } finally {
    await w.close();
  }
});
