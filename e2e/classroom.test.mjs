// Classroom features end to end: the story stepped through by keyboard, step links, predict then
// reveal, and the presenter view at projector sizes (no overflow, axe-core clean).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launchBrowser, openWidget, repoRoot } from './support.mjs';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The story's steps as written in data/story.toml (date and title of each `[[story]]`), read
 * with a few regular expressions so the expectations come from the data, not from the app.
 */
async function storySteps() {
  const text = await readFile(join(repoRoot, 'data/story.toml'), 'utf8');
  return text
    .split(/^\[\[story\]\]\s*$/m)
    .slice(1)
    .map((block) => ({
      date: block.match(/^date = "([^"]+)"/m)[1],
      title: block.match(/^title = "([^"]+)"/m)[1],
      asks: /^\[story\.question\]/m.test(block),
    }));
}

const steps = await storySteps();
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** The story panel's state: which step, the date shown, the title. */
async function storyState(page) {
  return page.evaluate(() => {
    const story = document.querySelector('.story');
    return {
      step: Number(story?.dataset.step),
      date: story?.querySelector('time')?.getAttribute('datetime'),
      title: story?.querySelector('.story__title')?.textContent,
      count: story?.querySelector('.story__count')?.textContent,
    };
  });
}

/** Ids of the policies switched on, read from the switch board (role="switch"). */
async function switchesOn(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[role="switch"]')]
      .filter((s) => s.getAttribute('aria-checked') === 'true')
      .map((s) => s.getAttribute('aria-describedby').replace(/^policy-summary-/, ''))
      .sort(),
  );
}

/** Wait until the story shows step `n` (from 1). */
async function waitForStep(page, n) {
  await page.waitForFunction((n) => document.querySelector('.story')?.dataset.step === String(n), n);
}

/** Press a key with focus on the page itself, as a teacher at a projector would. */
async function pressOnPage(page, key) {
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press(key);
}

describe('story mode', () => {
  test('the data has a story from Aug 2022 to Jun 2026', () => {
    assert.ok(steps.length >= 10, `${steps.length} steps`);
    assert.match(steps[0].date, /^2022-08/);
    assert.match(steps.at(-1).date, /^2026-06/);
  });

  test('stepping through every step by keyboard reaches the last, each step with its date\'s switches', async () => {
    const w = await openWidget(browser, '?mode=story');
    // A second page opens each step's date in the ordinary view: the timeline's own switches.
    const timeline = await openWidget(browser, '');
    try {
      for (let n = 1; n <= steps.length; n += 1) {
        if (n > 1) await pressOnPage(w.page, 'ArrowRight');
        await waitForStep(w.page, n);
        const state = await storyState(w.page);
        assert.equal(state.count, `Step ${n} of ${steps.length}`);
        assert.equal(state.date, steps[n - 1].date, `step ${n} shows its date`);
        assert.equal(state.title, steps[n - 1].title);
        // The address bar follows the view once the change is painted.
        await w.page.waitForURL(new RegExp(`[?&]step=${n}(&|$)`));

        await timeline.page.goto(`${timeline.url.split('?')[0]}?date=${state.date}`);
        await timeline.page.waitForSelector('[role="switch"]', { state: 'attached' });
        assert.deepEqual(
          await switchesOn(w.page),
          await switchesOn(timeline.page),
          `step ${n} (${state.date}) has the switches the timeline sets at its date`,
        );
      }
      // Past the end: stays at the last step. Home and End jump; Left goes back.
      await pressOnPage(w.page, 'ArrowRight');
      await pressOnPage(w.page, 'Home');
      await waitForStep(w.page, 0);
      await pressOnPage(w.page, 'End');
      await waitForStep(w.page, steps.length);
      await pressOnPage(w.page, 'ArrowLeft');
      await waitForStep(w.page, steps.length - 1);
      assert.deepEqual(w.errors(), []);
      assert.deepEqual(timeline.errors(), []);
    } finally {
      await w.close();
      await timeline.close();
    }
  });

  test('a step link opens at that step, in story and in presenter view', async () => {
    for (const mode of ['story', 'present']) {
      const w = await openWidget(browser, `?mode=${mode}&step=5`);
      try {
        await waitForStep(w.page, 5);
        const state = await storyState(w.page);
        assert.equal(state.title, steps[4].title);
        assert.equal(state.date, steps[4].date);
        assert.equal(await w.page.locator('.cp').getAttribute('data-mode'), mode);
        assert.deepEqual(w.errors(), []);
      } finally {
        await w.close();
      }
    }
  });

  test('the browser\'s Back and Forward move between the steps visited', async () => {
    const w = await openWidget(browser, '?mode=story&step=2');
    try {
      await waitForStep(w.page, 2);
      await pressOnPage(w.page, 'ArrowRight');
      await waitForStep(w.page, 3);
      // The history entry is pushed once the new step has been painted (use_url_sync).
      await w.page.waitForURL(/[?&]step=3(&|$)/);
      await w.page.goBack();
      await waitForStep(w.page, 2);
      assert.equal((await storyState(w.page)).date, steps[1].date);
      await w.page.goForward();
      await waitForStep(w.page, 3);
      assert.equal((await storyState(w.page)).date, steps[2].date);
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  test('keys typed in a text field, in a dialog or with a modifier, and Space on a button, do not step', async () => {
    const w = await openWidget(browser, '?mode=story&step=3');
    try {
      await waitForStep(w.page, 3);
      // A text field the host page might have: its keys are its own.
      await w.page.evaluate(() => {
        const input = document.createElement('input');
        input.id = 'host-input';
        input.setAttribute('aria-label', 'host field');
        document.body.append(input);
      });
      await w.page.focus('#host-input');
      for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End', 'Space']) {
        await w.page.keyboard.press(key);
      }
      await pressOnPage(w.page, 'Control+ArrowRight');
      // A dialog open over the widget (the embed dialog, say) keeps its keys too.
      await w.page.evaluate(() => {
        const dialog = document.createElement('dialog');
        dialog.innerHTML = '<button id="dialog-button" type="button">OK</button>';
        document.body.append(dialog);
        dialog.show();
      });
      await w.page.focus('#dialog-button');
      await w.page.keyboard.press('ArrowRight');
      await w.page.evaluate(() => document.querySelector('dialog').remove());
      assert.equal((await storyState(w.page)).step, 3);
      // Space on the Next button presses it once, not twice.
      await w.page.focus('.story__next');
      await w.page.keyboard.press('Space');
      await waitForStep(w.page, 4);
      // A plain arrow after that still steps (nothing else moved the story).
      await pressOnPage(w.page, 'ArrowRight');
      await waitForStep(w.page, 5);
      assert.equal((await storyState(w.page)).step, 5);
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
});

describe('predict, then reveal', () => {
  test('scores a known answer, by keyboard, and announces it', async () => {
    // Step 5 (Feb 2025) asks whose main inference path gets worse if Washington requires a
    // licence for the H20. In the data, DeepSeek, ByteDance, Alibaba and Tencent run their models
    // on H20 fleets that could then no longer grow; iFlytek runs on Huawei's Ascend.
    const n = steps.findIndex((s) => s.asks) + 1;
    assert.equal(n, 5, 'the first question is at step 5');
    const w = await openWidget(browser, `?mode=story&step=${n}`);
    try {
      await waitForStep(w.page, n);
      const prompt = await w.page.locator('.predict legend').innerText();
      assert.match(prompt, /H20/);
      assert.match(prompt, /inference/);
      // Tick DeepSeek and iFlytek with the keyboard (Space on a checkbox must not step).
      for (const name of ['DeepSeek', 'iFlytek']) {
        await w.page.getByRole('checkbox', { name, exact: true }).focus();
        await w.page.keyboard.press('Space');
      }
      assert.equal((await storyState(w.page)).step, n, 'ticking did not move the story');
      await w.page.getByRole('button', { name: 'Reveal the answer' }).focus();
      await w.page.keyboard.press('Enter');
      const status = w.page.locator('.predict__result[role="status"]');
      await status.getByText('found').waitFor();
      assert.equal(
        (await status.innerText()).trim(),
        '1 of 4 found. The answer: DeepSeek, ByteDance, Alibaba, Tencent. Missed: ByteDance, Alibaba, Tencent. Keep their path: iFlytek.',
      );
      // The reasons behind the answer, with sources, folded away until asked for (by keyboard).
      const why = w.page.locator('.predict__why');
      assert.equal(await why.isVisible(), false, 'the reasons start folded');
      await w.page.getByText('Why, with sources').focus();
      await w.page.keyboard.press('Enter');
      await why.waitFor();
      assert.equal(await why.locator(':scope > li').count(), 4);
      assert.match(await why.innerText(), /licence/i);
      assert.ok((await why.locator('a.cite').count()) >= 3, 'each reason cites a source');
      // Each developer's verdict is in its checkbox label, for screen readers.
      assert.match(
        await w.page.getByRole('checkbox', { name: /^ByteDance/ }).getAttribute('id'),
        /predict-bytedance/,
      );
      assert.match(await w.page.locator('label[for="predict-bytedance"]').innerText(), /missed/);
      assert.match(await w.page.locator('label[for="predict-iflytek"]').innerText(), /wrong/);
      // Try again clears the picks.
      await w.page.getByRole('button', { name: 'Try again' }).click();
      assert.equal(await w.page.getByRole('checkbox', { checked: true }).count(), 0);
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
});

describe('offline', () => {
  test('once loaded, the whole story and its questions work with the network gone', async () => {
    const w = await openWidget(browser, '?mode=present&step=1');
    try {
      await waitForStep(w.page, 1);
      const requests = [];
      w.page.on('request', (r) => requests.push(r.url()));
      await w.context.setOffline(true);
      for (let n = 2; n <= 5; n += 1) {
        await pressOnPage(w.page, 'ArrowRight');
        await waitForStep(w.page, n);
      }
      await w.page.getByRole('checkbox', { name: 'Tencent', exact: true }).check();
      await w.page.getByRole('button', { name: 'Reveal the answer' }).click();
      await w.page.locator('.predict__score').waitFor();
      await pressOnPage(w.page, 'End');
      await waitForStep(w.page, steps.length);
      assert.deepEqual(requests, [], 'nothing was fetched after loading');
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
});

describe('presenter view', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    const size = `${viewport.width}×${viewport.height}`;

    test(`at ${size}: large type, nothing overflows, story and matrix on the first screen`, async () => {
      for (const n of [1, 4, steps.length]) {
        const w = await openWidget(browser, `?mode=present&step=${n}`, { viewport });
        try {
          await waitForStep(w.page, n);
          const layout = await w.page.evaluate(() => {
            const rect = (sel) => document.querySelector(sel)?.getBoundingClientRect();
            const overflowing = [...document.querySelectorAll('.cp *')]
              .filter((el) => {
                const r = el.getBoundingClientRect();
                return r.width > 0 && (r.right > innerWidth + 0.5 || r.left < -0.5);
              })
              .map((el) => `${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className}`);
            return {
              scrollWidth: document.documentElement.scrollWidth,
              innerWidth,
              innerHeight,
              overflowing,
              caption: parseFloat(getComputedStyle(document.querySelector('.story__caption')).fontSize),
              title: parseFloat(getComputedStyle(document.querySelector('.story__title')).fontSize),
              nav: rect('.story__nav'),
              matrixRow: rect('.matrix tbody tr'),
            };
          });
          assert.ok(layout.scrollWidth <= layout.innerWidth, `no sideways scroll: ${layout.scrollWidth}`);
          assert.deepEqual(layout.overflowing, [], 'no element sticks out of the screen');
          // Type readable from the back of a room: captions at least 2.6% of the screen height
          // (28 px at 1080), titles larger still.
          assert.ok(layout.caption >= 0.026 * layout.innerHeight, `caption ${layout.caption}px`);
          assert.ok(layout.title >= 1.4 * layout.caption, `title ${layout.title}px`);
          assert.ok(layout.nav.bottom <= layout.innerHeight, `step buttons on screen: ${layout.nav.bottom}`);
          assert.ok(layout.matrixRow.top < layout.innerHeight, 'the matrix starts on the first screen');
          assert.deepEqual(w.errors(), []);
        } finally {
          await w.close();
        }
      }
    });

    test(`at ${size}: passes an axe-core audit, before and after a reveal`, async () => {
      const n = steps.findIndex((s) => s.asks) + 1;
      const w = await openWidget(browser, `?mode=present&step=${n}`, { viewport });
      try {
        await waitForStep(w.page, n);
        // EMBED: the page's CSP refuses injected inline scripts; evaluate axe's source instead.
        await w.page.evaluate(axeSource);
        const audit = () =>
          w.page.evaluate(async () => {
            const result = await window.axe.run(document, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
            });
            return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          });
        assert.deepEqual(await audit(), []);
        await w.page.getByRole('checkbox', { name: 'DeepSeek', exact: true }).check();
        await w.page.getByRole('button', { name: 'Reveal the answer' }).click();
        await w.page.locator('.predict__score').waitFor();
        assert.deepEqual(await audit(), []);
        assert.deepEqual(w.errors(), []);
      } finally {
        await w.close();
      }
    });
  }

  test('full screen on request, and back out of the presenter view', async () => {
    const w = await openWidget(browser, '?mode=present&step=2', { viewport: { width: 1280, height: 720 } });
    try {
      await waitForStep(w.page, 2);
      const button = w.page.getByRole('button', { name: 'Full screen' });
      assert.equal(await button.getAttribute('aria-pressed'), 'false');
      await button.click();
      await w.page.waitForFunction(() => document.fullscreenElement === document.documentElement);
      // The button follows the page's fullscreenchange event, which re-renders after it fires.
      const handle = await button.elementHandle();
      const pressed = (value) => w.page.waitForFunction(
        ([el, v]) => el.getAttribute('aria-pressed') === v, [handle, value]);
      await pressed('true');
      await button.click();
      await w.page.waitForFunction(() => document.fullscreenElement === null);
      await pressed('false');
      await w.page.getByRole('button', { name: 'Leave presenter view' }).click();
      await w.page.waitForFunction(() => document.querySelector('.cp')?.dataset.mode === 'story');
      await w.page.waitForURL(/mode=story/);
      assert.equal((await storyState(w.page)).step, 2, 'the step is kept');
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
});
