// The widget in other languages (issue 15, docs/i18n.md).
// - x-long, the pseudo-locale (every message and data text ~40% longer and wrapped in ⟦ ⟧): at
//   320, 375 and 1280 px and in the presenter view, no horizontal overflow, no clipped text, and
//   every visible text node marked — an unmarked one did not go through a message, and the test
//   names it.
// - zh-CN: the opening view, every headline switch, the story to its end, a question revealed,
//   the embed dialog, 320 px without overflow; axe-core clean in light and dark.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, launchBrowser, openWidget } from './support.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Opens the widget and waits until `lang` is in effect: the root says so and the data's
 *  texts have been swapped in (the first developer's name is in the language too). */
async function openIn(lang, query, options = {}) {
  const w = await openWidget(browser, `?lang=${lang}${query ? `&${query}` : ''}`, {
    readySelector: '[data-ready]',
    ...options,
  });
  const htmlLang = lang === 'x-long' ? 'en-x-long' : lang;
  await w.page.waitForSelector(`.cp[lang="${htmlLang}"][data-ready]`, { timeout: 20000 });
  if (lang === 'x-long') {
    await w.page.waitForFunction(() => (document.querySelector('.switch__name')?.textContent ?? '').includes('⟦'), null, { timeout: 20000 });
  } else {
    await w.page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.querySelector('h1, h2')?.textContent ?? ''), null, { timeout: 20000 });
  }
  return w;
}

/** Every visible text node (and accessible name given as an attribute) that carries letters but
 *  no ⟦ ⟧ marker: text that did not go through a message. Exempt, on purpose: code samples (the
 *  embed code, CSP directive names), the data files' and download formats' names (world.toml,
 *  CSV), source titles (they stay in their original language) and the language picker's own
 *  names. */
function unmarkedTexts(page) {
  return page.evaluate(() => {
    const exempt = 'code, textarea, option, script, style, .language, .visually-hidden, .sources__title, .sources__download a, .downloads a';
    const out = [];
    const walker = document.createTreeWalker(document.querySelector('.cp') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (!/\p{L}/u.test(text)) continue;
      const el = node.parentElement;
      if (!el || el.closest(exempt)) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      // A text the story splits around its glossary words (a button each) is marked as a whole:
      // its pieces and words, in order, make one ⟦…⟧.
      const block = el.matches('.term__name') ? el.closest('.term')?.parentElement : (el.querySelector(':scope > .term') ? el : null);
      if (block) {
        const pieces = [...block.childNodes].map((child) => (child.nodeType === Node.TEXT_NODE ? child.textContent
          : child.matches?.('.term') ? (child.querySelector('.term__name')?.firstChild?.textContent ?? '') : ''));
        if (/^⟦[^⟦⟧]*⟧$/.test(pieces.join('').trim())) continue;
      }
      if (!/[⟦⟧]/.test(text)) out.push(`text "${text.slice(0, 80)}" in <${el.tagName.toLowerCase()} class="${el.className?.baseVal ?? el.className}">`);
    }
    for (const el of document.querySelectorAll('.cp [aria-label], .cp [title]')) {
      if (el.closest(exempt)) continue;
      for (const name of ['aria-label', 'title']) {
        const value = el.getAttribute(name);
        if (value && /\p{L}/u.test(value) && !/[⟦⟧]/.test(value)) out.push(`${name} "${value.slice(0, 80)}" on <${el.tagName.toLowerCase()}>`);
      }
    }
    return out;
  });
}

/** Horizontal overflow of the page, and elements whose text is cut off by their own box. */
function layoutProblems(page) {
  return page.evaluate(() => {
    const out = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) out.push(`the page scrolls sideways: ${doc.scrollWidth} px in a ${window.innerWidth} px window`);
    for (const el of document.querySelectorAll('.cp *')) {
      if (el.closest('.visually-hidden, svg, textarea, .matrix__wrap')) continue;
      if (!el.checkVisibility()) continue;
      // A policy's summary is cut to two lines on purpose until "More" opens it.
      if (el.matches('.switch__about:not(.switch__about--open) .switch__text')) continue;
      const style = getComputedStyle(el);
      // Hidden on purpose, kept as an accessible name (the pickers' words on a phone).
      if (style.clipPath === 'inset(50%)') continue;
      const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + 1) {
        out.push(`<${el.tagName.toLowerCase()} class="${el.className}"> cuts its content: ${el.scrollWidth} > ${el.clientWidth} px`);
      }
    }
    // The matrix may scroll inside its own wrapper, never the page.
    return out;
  });
}

async function openEverything(page) {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
}

describe('x-long pseudo-locale', () => {
  for (const width of [320, 375, 1280]) {
    test(`at ${width} px: every text marked, nothing overflows or is cut`, async () => {
      const w = await openIn('x-long', 'dev=deepseek', { viewport: { width, height: 900 } });
      try {
        await openEverything(w.page);
        assert.deepEqual(await unmarkedTexts(w.page), []);
        assert.deepEqual(await layoutProblems(w.page), []);
        assert.deepEqual(w.errors(), []);
      } finally {
        await w.close();
      }
    });
  }

  test('in the presenter view at 1280×720: every text marked, nothing overflows', async () => {
    const w = await openIn('x-long', 'mode=present&step=2', { viewport: { width: 1280, height: 720 } });
    try {
      assert.deepEqual(await unmarkedTexts(w.page), []);
      assert.deepEqual(await layoutProblems(w.page), []);
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
});

/** Walks the story from its start card to its end: calls `check(page, where)` at the start card,
 *  at every step (its glossary words and teacher-facing parts opened) and at the closing card. */
async function walkStory(page, check) {
  await openEverything(page);
  await check(page, 'the start card');
  await page.locator('.story__next').click();
  await page.waitForSelector('.story:not(.story--start)');
  for (let step = 1; step < 40; step += 1) {
    await openEverything(page);
    await check(page, `step ${step}`);
    const next = page.locator('.story__next');
    if (await next.isDisabled()) break;
    const title = await page.locator('.story h2, .story h3').first().innerText();
    await next.click();
    await page.waitForFunction((t) => document.querySelector('.story h2, .story h3')?.innerText !== t, title);
  }
  await page.locator('.lesson__closing').waitFor();
}

describe('x-long: the classroom lesson', () => {
  test('the story from its start card to its closing card: every text marked', async () => {
    const w = await openIn('x-long', 'mode=story&step=0', { viewport: { width: 1280, height: 900 } });
    try {
      let closing = false;
      await walkStory(w.page, async (page, where) => {
        assert.deepEqual(await unmarkedTexts(page), [], where);
        closing ||= (await page.locator('.lesson__closing').count()) > 0;
      });
      assert.ok(closing, 'the closing card was reached');
      // A glossary word in a caption unfolds its explanation, marked too.
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  test('the teacher notes: every text marked', async () => {
    const w = await openIn('x-long', 'mode=present&step=1', { viewport: { width: 1280, height: 720 } });
    try {
      await w.page.locator('.presenter-bar__notes').click();
      await w.page.locator('#teacher-notes').waitFor();
      assert.deepEqual(await unmarkedTexts(w.page), []);
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
});

/** Chinese characters, and no English sentence (three Latin words in a row) outside names. */
function readsChinese(text) {
  return /[\u4e00-\u9fff]/.test(text) && !/\b[A-Za-z]{3,} [a-z]{2,} [a-z]{3,}\b/.test(text);
}

describe('zh-CN', () => {
  test('the opening view is in Chinese, lang set, the picker says so', async () => {
    const w = await openIn('zh-CN', '');
    try {
      const { page } = w;
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
      // The plain view in Chinese is the multilingual reader's (web/loader.js; which files load:
      // e2e/lang-bundle.test.mjs), so this suite's explorer tests run against it.
      assert.equal(await page.getAttribute('html', 'data-chip-paths-bundle'), 'multilingual');
      assert.equal(await page.getByRole('combobox', { name: '语言' }).inputValue(), 'zh-CN');
      await page.getByRole('heading', { name: '获取算力的路径' }).waitFor();
      await page.getByRole('columnheader', { name: '开发商' }).waitFor();
      const headline = await page.locator('.headline').innerText();
      assert.ok(readsChinese(headline), headline);
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  test('each headline switch says what changed, in Chinese', async () => {
    const w = await openIn('zh-CN', '');
    try {
      const { page } = w;
      const switches = page.locator('.switches > .switches__group [role="switch"]');
      const count = await switches.count();
      assert.ok(count >= 3, `${count} headline switches`);
      const status = page.locator('.change');
      for (let i = 0; i < count; i += 1) {
        const before = await status.innerText();
        await switches.nth(i).click();
        await page.waitForFunction((b) => document.querySelector('.change').innerText !== b, before);
        const said = await status.innerText();
        assert.ok(readsChinese(said), said);
        assert.match(said, /^(打开|关闭)“/);
      }
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  test('the story to its end, and a question revealed', async () => {
    const w = await openIn('zh-CN', 'mode=story&step=1', { viewport: { width: 1280, height: 900 } });
    try {
      const { page } = w;
      let revealed = false;
      for (let step = 1; step < 40; step += 1) {
        const story = await page.locator('.story').innerText();
        assert.ok(readsChinese(story), `step ${step}: ${story.slice(0, 300)}`);
        const reveal = page.getByRole('button', { name: '揭晓答案' });
        if (!revealed && (await reveal.count()) > 0) {
          await page.locator('.predict input[type="checkbox"]').first().check();
          await reveal.click();
          await page.getByRole('button', { name: '再试一次' }).waitFor();
          const result = await page.locator('.predict').innerText();
          assert.ok(readsChinese(result), result);
          revealed = true;
        }
        const next = page.getByRole('button', { name: /下一步/ });
        if (await next.isDisabled()) break;
        const title = await page.locator('.story h2, .story h3').first().innerText();
        await next.click();
        await page.waitForFunction((t) => document.querySelector('.story h2, .story h3')?.innerText !== t, title);
      }
      assert.ok(revealed, 'a question was revealed');
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  test('the classroom lesson in Chinese: start card, every step, closing card, teacher notes', async () => {
    const w = await openIn('zh-CN', 'mode=story&step=0', { viewport: { width: 1280, height: 900 } });
    try {
      const { page } = w;
      await page.getByRole('heading', { name: '开始之前' }).waitFor();
      await walkStory(page, async (p, where) => {
        for (const part of ['.story', '.lesson__closing', '.lesson__words', '.cp__story']) {
          for (const text of await p.locator(part).allInnerTexts()) assert.ok(readsChinese(text), `${where}, ${part}: ${text.slice(0, 300)}`);
        }
      });
      const closing = await page.locator('.lesson__closing').innerText();
      assert.match(closing, /我们学到了什么/);
      assert.match(closing, /讨论：/);
    } finally {
      await w.close();
    }
    const p = await openIn('zh-CN', 'mode=present&step=1', { viewport: { width: 1280, height: 720 } });
    try {
      await p.page.getByRole('button', { name: '教师备注', exact: true }).click();
      // On a projector the notes first ask, as their answers would show to the class.
      await p.page.getByRole('button', { name: '显示备注和答案' }).click();
      const notes = await p.page.locator('#teacher-notes').innerText();
      assert.ok(readsChinese(notes), notes.slice(0, 300));
      for (const heading of ['20分钟的课程', '问题及其答案', '常见误解', '教师背景知识', '讨论题']) assert.match(notes, new RegExp(heading));
      assert.deepEqual(p.errors(), []);
    } finally {
      await p.close();
    }
  });

  test('a link notice in Chinese', async () => {
    const w = await openIn('zh-CN', 'foo=1');
    try {
      const notice = await w.page.locator('.notice').innerText();
      assert.match(notice, /已忽略“foo”：它不是本工具可识别的参数/);
    } finally {
      await w.close();
    }
  });

  test('the embed dialog, and its code carries the language', async () => {
    const w = await openIn('zh-CN', '');
    try {
      const { page } = w;
      await page.getByRole('button', { name: '嵌入', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: '嵌入此视图' });
      await dialog.waitFor();
      const code = await dialog.getByRole('textbox', { name: '嵌入代码' }).inputValue();
      assert.match(code, /lang=zh-CN/);
      assert.match(code, /title="Chip Paths：/);
      assert.ok(readsChinese(await dialog.innerText()));
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  test('at 320 px: Chinese wraps without overflow', async () => {
    const w = await openIn('zh-CN', 'dev=deepseek', { viewport: { width: 320, height: 800 } });
    try {
      await openEverything(w.page);
      assert.deepEqual(await layoutProblems(w.page), []);
    } finally {
      await w.close();
    }
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core: no violations, ${colorScheme}`, async () => {
      const w = await openIn('zh-CN', 'dev=deepseek', { colorScheme });
      try {
        await openEverything(w.page);
        assert.deepEqual(await axeViolations(w.page), []);
      } finally {
        await w.close();
      }
    });
  }
});

describe('language loading', () => {
  test('a language file that fails to load leaves the widget in English, with a notice', async () => {
    const w = await openWidget(browser, '?lang=zh-CN', {
      readySelector: '[data-ready]',
      beforeGoto: (page) => page.route('**/lang/**', (route) => route.abort()),
    });
    try {
      const { page } = w;
      await page.locator('.notice--language').waitFor();
      assert.match(await page.locator('.notice--language').innerText(), /简体中文 .*could not be loaded; the widget stays in English\./);
      assert.equal(await page.locator('.cp').getAttribute('lang'), 'en');
      await page.getByRole('heading', { name: 'Paths to compute' }).waitFor();
    } finally {
      await w.close();
    }
  });

  test('the picker switches the language and keeps its focus; the link carries it', async () => {
    const w = await openWidget(browser, '', { readySelector: '[data-ready]' });
    try {
      const { page } = w;
      await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
      await page.waitForSelector('.cp[lang="zh-CN"]');
      await page.getByRole('heading', { name: '获取算力的路径' }).waitFor();
      assert.match(page.url(), /lang=zh-CN/);
      await page.waitForFunction(() => document.activeElement?.id === 'cp-language');
      await page.getByRole('combobox', { name: '语言' }).selectOption('en');
      await page.getByRole('heading', { name: 'Paths to compute' }).waitFor();
    } finally {
      await w.close();
    }
  });
});
