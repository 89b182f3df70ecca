// The classroom as a lesson (issue 21): each step's box tells the step's own story the same way
// however the step is reached; on a projector (1280×720 and 1920×1080) every question, its
// choices, Reveal and the matrix fit one screen before and after the reveal, and every text is
// at least 20 px at 1280×720; a reveal needs a tick (or the teacher's Show answer) and survives
// Next and Back; New class clears it all.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchBrowser, openWidget } from './support.mjs';
import { assertOnScreen, box, onScreen, pressOnPage, smallTexts, storySteps, waitForStep } from './classroom-support.mjs';

const steps = await storySteps();
const asking = steps.flatMap((s, i) => (s.asks ? [i + 1] : []));
const projectors = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe("the step's box", () => {
  test('says the same at every step whether reached by Next, by a link, by Back or by Home/End', async () => {
    const w = await openWidget(browser, '?mode=story&step=1');
    const byNext = [];
    try {
      for (let n = 1; n <= steps.length; n += 1) {
        if (n > 1) await pressOnPage(w.page, 'ArrowRight');
        await waitForStep(w.page, n);
        const told = await box(w.page);
        assert.match(told.because, /^Because of this event: \S/, `step ${n}`);
        assert.match(told.meanwhile, /^Meanwhile: \S/, `step ${n}`);
        byNext.push(told);
      }
      // Back, one step at a time, to the start.
      for (let n = steps.length - 1; n >= 1; n -= 1) {
        await pressOnPage(w.page, 'ArrowLeft');
        await waitForStep(w.page, n);
        assert.deepEqual(await box(w.page), byNext[n - 1], `step ${n} after Back`);
      }
      await pressOnPage(w.page, 'End');
      await waitForStep(w.page, steps.length);
      assert.deepEqual(await box(w.page), byNext.at(-1), 'the last step after End');
      // Home opens the first card, "Before we start"; Next from it is step 1.
      await pressOnPage(w.page, 'Home');
      await waitForStep(w.page, 0);
      await pressOnPage(w.page, 'ArrowRight');
      await waitForStep(w.page, 1);
      assert.deepEqual(await box(w.page), byNext[0], 'the first step after Home, Next');
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
    for (let n = 1; n <= steps.length; n += 1) {
      const link = await openWidget(browser, `?mode=present&step=${n}`);
      try {
        await waitForStep(link.page, n);
        assert.deepEqual(await box(link.page), byNext[n - 1], `step ${n} opened by its link`);
      } finally {
        await link.close();
      }
    }
  });
});

describe('predict, then reveal on a projector', () => {
  test('every question has a "Nobody loses" choice', () => {
    assert.ok(asking.length >= 2, `questions at ${asking}`);
  });

  for (const viewport of projectors) {
    const size = `${viewport.width}×${viewport.height}`;
    test(`at ${size}: each question, its choices, Reveal and the matrix fit one screen, before and after the reveal`, async () => {
      for (const n of asking) {
        const w = await openWidget(browser, `?mode=present&step=${n}`, { viewport });
        try {
          await waitForStep(w.page, n);
          await w.page.getByRole('checkbox', { name: 'Nobody loses', exact: true }).waitFor();
          assertOnScreen(await onScreen(w.page), `step ${n} at ${size}`);
          await w.page.getByRole('checkbox', { name: 'Nobody loses', exact: true }).check();
          await w.page.getByRole('button', { name: 'Reveal the answer' }).click();
          await w.page.locator('.predict__score').waitFor();
          const revealed = await onScreen(w.page);
          const score = await w.page.locator('.predict__score').boundingBox();
          assert.ok(score.y + score.height <= viewport.height, `step ${n}: the score is on the screen`);
          assertOnScreen(revealed, `step ${n} revealed at ${size}`);
          assert.deepEqual(w.errors(), []);
        } finally {
          await w.close();
        }
      }
    });
  }

  test('at 1280×720 every text of the presenter view is at least 20 px, matrix headers included', async () => {
    const viewport = { width: 1280, height: 720 };
    const pages = [1, ...asking, steps.length];
    for (const n of pages) {
      const w = await openWidget(browser, `?mode=present&step=${n}`, { viewport });
      try {
        await waitForStep(w.page, n);
        assert.deepEqual(await smallTexts(w.page, 20), [], `step ${n}`);
        if (steps[n - 1].asks) {
          await w.page.getByRole('button', { name: 'Show answer' }).click();
          await w.page.locator('.predict__score').waitFor();
          await w.page.getByText('Why, with sources').click();
          assert.deepEqual(await smallTexts(w.page, 20), [], `step ${n} revealed, reasons open`);
        }
      } finally {
        await w.close();
      }
    }
  });

  test('Reveal needs a tick; the teacher can show the answer; the reveal survives Next and Back; New class clears it', async () => {
    const n = asking[0];
    const w = await openWidget(browser, `?mode=present&step=${n}`, { viewport: projectors[0] });
    try {
      await waitForStep(w.page, n);
      const reveal = w.page.getByRole('button', { name: 'Reveal the answer' });
      assert.equal(await reveal.isDisabled(), true, 'nothing ticked: Reveal waits');
      await w.page.getByRole('checkbox', { name: 'DeepSeek', exact: true }).check();
      assert.equal(await reveal.isDisabled(), false);
      await w.page.getByRole('checkbox', { name: 'DeepSeek', exact: true }).uncheck();
      await w.page.getByRole('button', { name: 'Show answer' }).click();
      await w.page.locator('.predict__score').waitFor();
      const score = await w.page.locator('.predict__score').innerText();
      // Nothing ticked: the answer, not a score of the class.
      assert.match(score, /^The answer: \S/);
      assert.doesNotMatch(score, /found|Missed/);
      assert.ok((await w.page.locator('.matrix__cell--changed').count()) > 0, 'the matrix marks the changes');
      assert.match(await w.page.locator('.matrix__cell--changed').first().innerText(), /→/);
      assert.equal(await w.page.getByRole('button', { name: 'Show answer' }).count(), 0, 'shown: no second Show answer');
      await pressOnPage(w.page, 'ArrowRight');
      await waitForStep(w.page, n + 1);
      await pressOnPage(w.page, 'ArrowLeft');
      await waitForStep(w.page, n);
      assert.equal(await w.page.locator('.predict__score').innerText(), score, 'the reveal is still there after Next, Back');
      await w.page.getByRole('button', { name: 'New class' }).click();
      await waitForStep(w.page, 0);
      assert.equal(await w.page.getByRole('heading', { name: 'Before we start' }).count(), 1, 'back at the start card');
      for (let k = 1; k <= n; k += 1) {
        await pressOnPage(w.page, 'ArrowRight');
        await waitForStep(w.page, k);
      }
      assert.equal(await w.page.locator('.predict__score').count(), 0, 'a new class starts unrevealed');
      assert.equal(await w.page.getByRole('checkbox', { checked: true }).count(), 0, 'and unticked');
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
});

describe('the reveal on a projector, as a teacher uses it', () => {
  test('after Reveal, Space and → step on and the reveal stays; Shift+Tab still reaches "Try again"', async () => {
    const n = asking[0];
    const w = await openWidget(browser, `?mode=present&step=${n}`, { viewport: projectors[0] });
    try {
      await waitForStep(w.page, n);
      await w.page.getByRole('checkbox', { name: 'DeepSeek', exact: true }).check();
      await w.page.getByRole('button', { name: 'Reveal the answer' }).focus();
      await w.page.keyboard.press('Enter');
      await w.page.locator('.predict__score').waitFor();
      const score = await w.page.locator('.predict__score').innerText();
      const focused = () => w.page.evaluate(() => document.activeElement?.getAttribute('role') ?? document.activeElement?.textContent.trim());
      assert.equal(await focused(), 'status', 'focus moves to the result');
      await w.page.keyboard.press('Space');
      await waitForStep(w.page, n + 1);
      await w.page.keyboard.press('ArrowLeft');
      await waitForStep(w.page, n);
      assert.equal(await w.page.locator('.predict__score').innerText(), score, 'the reveal is still there');
      // A second reveal, by the mouse this time: "Try again" is one Shift+Tab away.
      await w.page.getByRole('button', { name: 'Try again' }).click();
      await w.page.getByRole('checkbox', { name: 'DeepSeek', exact: true }).check();
      await w.page.getByRole('button', { name: 'Reveal the answer' }).click();
      await w.page.locator('.predict__score').waitFor();
      assert.equal(await focused(), 'status', 'focus moves to the result after a click too');
      await w.page.keyboard.press('Shift+Tab');
      assert.equal(await focused(), 'Try again', 'Shift+Tab reaches Try again');
      // On "Try again" the arrows still step the story (Space would press it).
      await w.page.keyboard.press('ArrowRight');
      await waitForStep(w.page, n + 1);
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  test('marks only the ticked choices and the answer; Show answer with nothing ticked gives no score', async () => {
    for (const n of asking) {
      const w = await openWidget(browser, `?mode=present&step=${n}`, { viewport: projectors[0] });
      try {
        await waitForStep(w.page, n);
        await w.page.getByRole('button', { name: 'Show answer' }).click();
        const score = await w.page.locator('.predict__score').innerText();
        assert.doesNotMatch(score, /found|Missed|Keep their path|All correct/, `step ${n}: ${score}`);
        const verdicts = await w.page.locator('.predict__option').evaluateAll((els) =>
          els.map((li) => ({ name: li.querySelector('label').firstChild.textContent.trim(), verdict: li.querySelector('.predict__verdict')?.textContent.trim() ?? '' })),
        );
        const marked = verdicts.filter((v) => v.verdict).map((v) => v.name);
        assert.ok(verdicts.every((v) => v.verdict === '' || v.verdict === '★ answer'), `step ${n}: ${JSON.stringify(verdicts)}`);
        if (/^Nobody/.test(score)) assert.deepEqual(marked, ['Nobody loses'], `step ${n}`);
        else assert.equal(score, `The answer: ${marked.join(', ')}.`, `step ${n}: the marked choices are the answer`);
        // With a tick, only ticked choices get right or wrong, the untouched answer "missed".
        await w.page.getByRole('button', { name: 'Try again' }).click();
        await w.page.getByRole('checkbox', { name: 'DeepSeek', exact: true }).check();
        await w.page.getByRole('button', { name: 'Reveal the answer' }).click();
        await w.page.locator('.predict__score').waitFor();
        const after = await w.page.locator('.predict__option').evaluateAll((els) =>
          els.map((li) => ({ name: li.querySelector('label').firstChild.textContent.trim(), ticked: li.querySelector('input').checked, verdict: li.querySelector('.predict__verdict')?.textContent.trim() ?? '' })),
        );
        for (const v of after) {
          if (v.ticked) assert.match(v.verdict, /^(✓ right|✗ wrong)$/, `step ${n}: ${v.name}`);
          else assert.ok(v.verdict === '' || v.verdict === '✗ missed', `step ${n}: ${v.name} unticked: ${v.verdict}`);
          if (v.verdict === '✗ missed') assert.ok(marked.includes(v.name), `step ${n}: ${v.name} is in the answer`);
        }
        assert.deepEqual(w.errors(), []);
      } finally {
        await w.close();
      }
    }
  });

  test('Home goes to the "Before we start" card, the first the presenter shows', async () => {
    const w = await openWidget(browser, '?mode=present&step=6', { viewport: projectors[0] });
    try {
      await waitForStep(w.page, 6);
      await pressOnPage(w.page, 'Home');
      await waitForStep(w.page, 0);
      await w.page.getByRole('heading', { name: 'Before we start' }).waitFor();
      await w.page.waitForURL(/[?&]step=0(&|$)/);
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
});

describe('the lesson around the story', () => {
  test('the start card comes before step 1; the last step closes with "Now you try" into the explorer at its date', async () => {
    const w = await openWidget(browser, '?mode=present&step=0', { viewport: projectors[0] });
    try {
      await waitForStep(w.page, 0);
      await w.page.getByRole('heading', { name: 'Before we start' }).waitFor();
      assert.deepEqual(await smallTexts(w.page, 20), [], 'the start card at 20 px or more');
      await pressOnPage(w.page, 'ArrowRight');
      await waitForStep(w.page, 1);
      await pressOnPage(w.page, 'ArrowLeft');
      await waitForStep(w.page, 0);
      await w.page.waitForURL(/[?&]step=0(&|$)/);
      await w.page.getByRole('button', { name: 'Start the story' }).click();
      await waitForStep(w.page, 1);
      await pressOnPage(w.page, 'End');
      await waitForStep(w.page, steps.length);
      const date = await w.page.locator('.story time').getAttribute('datetime');
      await w.page.getByRole('heading', { name: 'What we learned' }).waitFor();
      assert.equal(await w.page.locator('.lesson__takeaways > li').count(), 3);
      assert.equal(await w.page.locator('.lesson__questions > li').count(), 2);
      await w.page.getByRole('button', { name: /^Now you try/ }).click();
      await w.page.waitForFunction(() => document.querySelector('.cp')?.dataset.mode === 'explore');
      await w.page.waitForURL((url) => !url.search.includes('mode=') && url.search.includes(`date=${date}`));
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  test('each new word is explained where the story first uses it, in the sentence (or under the box), by keyboard', async () => {
    const explained = [];
    for (let n = 1; n <= steps.length; n++) {
      const w = await openWidget(browser, `?mode=present&step=${n}`, { viewport: projectors[0] });
      try {
        await waitForStep(w.page, n);
        const words = w.page.locator('.story__caption .term__name, .predict__prompt .term__name');
        for (let i = 0; i < (await words.count()); i++) {
          const word = words.nth(i);
          const name = (await word.innerText()).replace(/\s*\(what it means\)\s*$/, '').trim();
          // A button named by the word, in the sentence, folded at first.
          assert.equal(await word.evaluate((el) => el.tagName), 'BUTTON', name);
          assert.match(await word.evaluate((el) => el.closest('p, legend')?.className ?? ''), /story__caption|predict__prompt/);
          assert.equal(await word.getAttribute('aria-expanded'), 'false', name);
          const text = w.page.locator(`#${await word.getAttribute('aria-controls')}`);
          assert.equal(await text.isVisible(), false, `${name}: folded`);
          await word.focus();
          await w.page.keyboard.press('Enter');
          await text.waitFor();
          assert.equal(await word.getAttribute('aria-expanded'), 'true', name);
          assert.ok((await text.innerText()).length > 20, `${name}: an explanation in words`);
          await w.page.keyboard.press('Space');
          await text.waitFor({ state: 'hidden' });
          // Space on the word pressed the word only: the story stayed at its step.
          assert.equal(await w.page.locator('.story').getAttribute('data-step'), String(n));
          explained.push(name.toLowerCase());
        }
        // A word only the step's title or its box ("Because of this event", "Meanwhile") uses is
        // explained in the row under the box (the Entity List at step 1, a stockpile at 2).
        const listed = w.page.locator('.lesson__words .term__name');
        for (let i = 0; i < (await listed.count()); i++) {
          const word = listed.nth(i);
          const name = (await word.innerText()).trim();
          await word.click();
          assert.ok((await word.locator('xpath=following-sibling::*[1]').innerText()).length > 20, `${name}: an explanation in words`);
          explained.push(name.toLowerCase());
        }
        assert.deepEqual(w.errors(), []);
      } finally {
        await w.close();
      }
    }
    for (const word of ['h20', 'hopper', 'entity list', 'stockpile', 'licence', 'trained', 'fallback']) {
      assert.ok(explained.some((e) => e.startsWith(word)), `${word} is explained (explained: ${explained.join(', ')})`);
    }
    assert.equal(new Set(explained).size, explained.length, `each word once: ${explained.join(', ')}`);
  });

  test('a glossary word opens by keyboard and the page stays axe-clean', async () => {
    const { readFile: read } = await import('node:fs/promises');
    const { createRequire } = await import('node:module');
    const axeSource = await read(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // The start card's words (disclosures) and step 4's in-sentence words (Entity List, H20).
    for (const query of ['?mode=present&step=0', '?mode=present&step=4']) {
      const w = await openWidget(browser, query, { viewport: projectors[0] });
      try {
        await w.page.waitForSelector('.story');
        const term = w.page.locator('.term__name').first();
        const text = w.page.locator('.term__text').first();
        assert.equal(await text.isVisible(), false, 'folded at first');
        await term.focus();
        await w.page.keyboard.press('Enter');
        await text.waitFor();
        assert.ok((await text.innerText()).length > 20, 'an explanation in words');
        await w.page.evaluate(axeSource);
        const violations = await w.page.evaluate(async () => {
          const result = await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        assert.deepEqual(violations, [], query);
        assert.deepEqual(w.errors(), []);
      } finally {
        await w.close();
      }
    }
  });
});

describe('teacher notes', () => {
  test('open from the presenter bar with an answer for every question, and print alone', async () => {
    const w = await openWidget(browser, '?mode=present&step=3', { viewport: projectors[0] });
    try {
      await waitForStep(w.page, 3);
      const button = w.page.getByRole('button', { name: 'Teacher notes' });
      assert.equal(await button.getAttribute('aria-expanded'), 'false');
      // The notes show every answer on the projector: first a warning, and "Not now" keeps
      // them shut.
      await button.click();
      await w.page.getByText("The teacher notes show every question's answer on this screen").waitFor();
      assert.equal(await w.page.locator('.notes').count(), 0, 'no answers on screen yet');
      assert.equal(await w.page.locator('.story').isVisible(), true, 'the step stays');
      await w.page.getByRole('button', { name: 'Not now' }).click();
      assert.equal(await w.page.getByRole('button', { name: 'Show the notes and answers' }).count(), 0);
      assert.equal(await button.getAttribute('aria-expanded'), 'false');
      await button.click();
      await w.page.getByRole('button', { name: 'Show the notes and answers' }).click();
      await w.page.getByRole('heading', { name: 'Teacher notes' }).waitFor();
      assert.equal(await button.getAttribute('aria-expanded'), 'true');
      const answered = await w.page.locator('.notes__answer').evaluateAll((els) => els.map((e) => Number(e.dataset.step)));
      assert.deepEqual(answered, asking, 'one answer per question, in story order');
      for (const heading of ['A 20-minute lesson', 'Common misconceptions', 'Background for the teacher', 'Discussion prompts', 'Giving groups different scenarios']) {
        await w.page.getByRole('heading', { name: heading }).waitFor();
      }
      await w.page.emulateMedia({ media: 'print' });
      assert.equal(await w.page.locator('table.matrix').isVisible(), false, 'printing shows the notes alone');
      assert.equal(await w.page.locator('.notes').isVisible(), true);
      await w.page.emulateMedia({ media: 'screen' });
      await button.click();
      assert.equal(await w.page.locator('.notes').count(), 0, 'closed again');
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
});

describe('teacher notes by keyboard', () => {
  test('Esc closes the warning with focus back on Teacher notes; Not now too; showing the notes moves focus to them', async () => {
    const w = await openWidget(browser, '?mode=present&step=3', { viewport: projectors[0] });
    try {
      await waitForStep(w.page, 3);
      const button = w.page.getByRole('button', { name: 'Teacher notes' });
      const warning = w.page.getByText("The teacher notes show every question's answer on this screen");
      const focused = () => w.page.evaluate(() => document.activeElement?.textContent.trim().slice(0, 40) ?? null);
      // Esc, from the Teacher notes button the warning opened from.
      await button.focus();
      await w.page.keyboard.press('Enter');
      await warning.waitFor();
      await w.page.keyboard.press('Escape');
      await warning.waitFor({ state: 'detached' });
      assert.equal(await button.getAttribute('aria-expanded'), 'false');
      assert.equal(await focused(), 'Teacher notes', 'Esc: focus back on the button');
      // Esc from the warning's own buttons.
      await w.page.keyboard.press('Enter');
      await w.page.getByRole('button', { name: 'Not now' }).focus();
      await w.page.keyboard.press('Escape');
      await warning.waitFor({ state: 'detached' });
      assert.equal(await focused(), 'Teacher notes', 'Esc on Not now: focus back on the button');
      // Not now, pressed by keyboard.
      await w.page.keyboard.press('Enter');
      await w.page.getByRole('button', { name: 'Not now' }).focus();
      await w.page.keyboard.press('Enter');
      await warning.waitFor({ state: 'detached' });
      assert.equal(await focused(), 'Teacher notes', 'Not now: focus back on the button');
      assert.equal(await w.page.locator('.notes').count(), 0, 'no answers on screen');
      // Show the notes: focus moves to them, and the step stays where it was.
      await w.page.keyboard.press('Enter');
      await w.page.getByRole('button', { name: 'Show the notes and answers' }).focus();
      await w.page.keyboard.press('Enter');
      await w.page.getByRole('heading', { name: 'Teacher notes' }).waitFor();
      const inNotes = await w.page.evaluate(() => document.activeElement?.closest('.notes') !== null);
      assert.ok(inNotes, `focus is in the notes, not on ${await focused()}`);
      assert.equal(await w.page.getByRole('region', { name: 'Teacher notes' }).evaluate((el) => el === document.activeElement), true);
      assert.equal(await w.page.locator('.story').getAttribute('data-step'), '3');
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
});

describe('offline from a school share', () => {
  test('opened from disk, the page says in one line how to run it; served, the line is gone', async () => {
    const { distDir } = await import('./support.mjs');
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`file://${distDir}/index.html?mode=present`);
      const hint = page.locator('.cp-offline-hint');
      await hint.waitFor({ state: 'visible', timeout: 15000 });
      assert.match(await hint.innerText(), /web server/);
    } finally {
      await context.close();
    }
    const w = await openWidget(browser, '?mode=present&step=1');
    try {
      await waitForStep(w.page, 1);
      assert.equal(await w.page.locator('.cp-offline-hint').count(), 0, 'the mounted widget replaced it');
    } finally {
      await w.close();
    }
  });
});
