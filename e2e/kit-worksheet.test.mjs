// The worksheet and the answer key from the story (issue 17): printed (print emulation), each
// sheet shows alone, black on white, with every question the story asks. The worksheet offers
// the model's choices and gives no answer; the answer key gives the model's answer with every
// reason and every source, and under each answer the sources its question rests on (audit9 D4:
// the "Nobody" answers cited nothing); both sheets end with the data's "as of" line.
// Expectations come from examples/expected_worksheet.rs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, modelExample, openWidget, repoRoot } from './support.mjs';

const model = modelExample('expected_worksheet');
const expected = model.questions;
let browser;
before(async () => {
  browser = await launchBrowser();
  await mkdir(join(repoRoot, 'screenshots'), { recursive: true });
});
after(async () => {
  await browser?.close();
});

/** The sheet as printed: its questions' headings, prompts, choices, answers; what else shows. */
async function printed(page) {
  return page.evaluate(() => {
    const sheet = document.querySelector('.sheet');
    const shown = (el) => el && el.checkVisibility({ visibilityProperty: true });
    const width = document.documentElement.clientWidth;
    return {
      text: sheet.innerText,
      questions: [...sheet.querySelectorAll('.sheet__question')].map((q) => ({
        heading: q.querySelector('h3').innerText,
        choices: [...q.querySelectorAll('.sheet__choices li')].map((li) => li.innerText.replace('☐', '').trim()),
        answer: q.querySelector('.sheet__answer')?.innerText,
        sourcesFor: q.querySelector('.sheet__sources-for')?.innerText,
        right: q.getBoundingClientRect().right,
      })),
      width,
      others: [...document.querySelectorAll('.cp__main > :not(.sheet), .page-footer, .sheet__tools')].filter(shown).map((e) => e.className),
      color: getComputedStyle(sheet.querySelector('p')).color,
      cites: sheet.querySelectorAll('.cites').length,
      last: [...sheet.children].at(-1)?.innerText,
    };
  });
}

for (const theme of ['light', 'dark']) {
  test(`printed (${theme}): the worksheet asks every question without answers; the answer key answers them with reasons and sources`, async () => {
    const w = await openWidget(browser, `?mode=story&step=1&theme=${theme}`, { viewport: { width: 718, height: 1000 } });
    const page = w.page;
    try {
      await page.getByRole('button', { name: 'Worksheet', exact: true }).click();
      await page.getByRole('heading', { name: 'Chip Paths worksheet: who loses their path?' }).waitFor();
      await page.emulateMedia({ media: 'print' });
      let sheet = await printed(page);
      assert.deepEqual(sheet.others, [], 'only the sheet prints');
      assert.equal(sheet.color, 'rgb(0, 0, 0)', 'black text');
      assert.equal(sheet.questions.length, expected.length);
      assert.ok(expected.length > 0);
      expected.forEach((q, i) => {
        const got = sheet.questions[i];
        // The title of the step the question asks about, not of the step it is asked on (audit9 D9).
        assert.equal(got.heading, q.heading);
        assert.ok(sheet.text.includes(q.prompt), q.prompt);
        assert.deepEqual(got.choices, [...q.choices, 'Nobody']);
        assert.equal(got.answer, undefined, 'no answer on the worksheet');
        assert.ok(got.right <= sheet.width + 0.5, `question ${i + 1} fits the page`);
        if (q.answerText) assert.ok(!sheet.text.includes(q.answerText), `answer text leaked: ${q.answerText}`);
        for (const r of q.reasons) assert.ok(!sheet.text.includes(r.text), `reason leaked: ${r.text}`);
      });
      assert.equal(sheet.cites, 0, 'no citations on the worksheet');
      assert.equal(sheet.last, model.stamp, 'the worksheet ends with the data\'s "as of" line');
      if (theme === 'light') await page.screenshot({ path: join(repoRoot, 'screenshots/kit-worksheet.png'), fullPage: true });

      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('button', { name: 'Answer key', exact: true }).click();
      await page.getByRole('heading', { name: 'Chip Paths answer key' }).waitFor();
      await page.emulateMedia({ media: 'print' });
      sheet = await printed(page);
      assert.deepEqual(sheet.others, [], 'only the answer key prints');
      assert.equal(sheet.color, 'rgb(0, 0, 0)');
      assert.equal(sheet.questions.length, expected.length);
      expected.forEach((q, i) => {
        const got = sheet.questions[i];
        assert.equal(got.heading, q.heading);
        assert.equal(got.answer, `Answer: ${q.answer.length ? q.answer.join(', ') : 'Nobody loses their path.'}`);
        assert.ok(got.right <= sheet.width + 0.5, `answer ${i + 1} fits the page`);
        if (q.answerText) assert.ok(sheet.text.includes(q.answerText), q.answerText);
        assert.ok(q.questionSources.length > 0, `question ${i + 1} rests on sources`);
        assert.ok(got.sourcesFor?.startsWith('Sources for this question: ('), `question ${i + 1}: ${got.sourcesFor}`);
        for (const s of q.questionSources) {
          assert.ok(got.sourcesFor.includes(s.cite), `question ${i + 1} cites ${s.cite}: ${got.sourcesFor}`);
          assert.ok(sheet.text.includes(s.title), `listed in full: ${s.title}`);
        }
        for (const r of q.reasons) {
          assert.ok(sheet.text.includes(r.text), `reason: ${r.text}`);
          for (const s of r.sources) {
            assert.ok(sheet.text.includes(s.outlet) && sheet.text.includes(s.title), `source: ${s.outlet}, ${s.title}`);
          }
        }
      });
      assert.ok(expected.some((q) => q.answer.length === 0), 'a Nobody answer is among them');
      assert.equal(sheet.last, model.stamp, 'the answer key ends with the data\'s "as of" line');
      if (theme === 'light') await page.screenshot({ path: join(repoRoot, 'screenshots/kit-answer-key.png'), fullPage: true });
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
}
