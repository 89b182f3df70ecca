// The reader's bundle is English only (docs/i18n.md, "Size"): web/loader.js loads the
// multilingual reader's bundle (every language, no classroom) for a link or a browser that
// asks for another language, the classroom's only for ?mode=story|present|notes, and the English-only
// picker opens the link with `lang=` set. These tests watch which bundle each page loads (and
// that it loads no other bundle, nor the classroom's styles) and what it shows.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openWidget } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

// Release builds name each file after its content (scripts/post-build.mjs).
const BUNDLES = {
  reader: /\/chip-paths-[0-9a-f]+(_bg\.wasm|\.js)$/,
  multilingual: /\/chip-paths-multilingual-[0-9a-f]{16}(_bg\.wasm|\.js)$/,
  classroom: /\/chip-paths-classroom-[0-9a-f]{16}(_bg\.wasm|\.js)$/,
};
const CLASSROOM_STYLES = /\/present-[0-9a-f]{16}\.css$/;

/** Which bundles' files (glue and wasm) the page requested, and whether the classroom's styles. */
const loaded = (requests) => ({
  bundles: Object.keys(BUNDLES).filter((name) => requests.some((url) => BUNDLES[name].test(url))),
  files: requests.filter((url) => Object.values(BUNDLES).some((re) => re.test(url))).length,
  classroomStyles: requests.some((url) => CLASSROOM_STYLES.test(url)),
});
const only = (bundle) => ({ bundles: [bundle], files: 2, classroomStyles: bundle === 'classroom' });

/** Opens `query` with the browser's languages `locale`, recording the bundles' requests. */
async function open(query, locale = 'en-US') {
  const requests = [];
  const w = await openWidget(browser, query, {
    contextOptions: { locale },
    beforeGoto: async (page) => {
      page.on('request', (request) => {
        if (/(chip-paths|present)[^/]*(\.js|\.wasm|\.css)(\?|$)/.test(request.url())) requests.push(request.url());
      });
    },
  });
  await w.page.waitForSelector('[data-ready="true"]');
  return { ...w, requests };
}

const seen = (page) =>
  page.evaluate(() => ({
    bundle: document.documentElement.dataset.chipPathsBundle,
    lang: document.querySelector('.cp').getAttribute('lang'),
    heading: document.querySelector('#matrix-heading').textContent,
  }));

const ENGLISH = { bundle: 'reader', lang: 'en', heading: 'Paths to compute' };
const CHINESE = { bundle: 'multilingual', lang: 'zh-CN', heading: '获取算力的路径' };
const CHINESE_STORY = { bundle: 'classroom', lang: 'zh-CN', heading: '获取算力的路径' };

describe('English readers get the English-only bundle; other languages the multilingual one', () => {
  const cases = [
    ['', 'en-US', ENGLISH, 'no lang, an English browser'],
    ['?lang=zh-CN', 'en-US', CHINESE, 'the link asks for Chinese'],
    ['?lang=ZH-cn&lang=en', 'en-US', CHINESE, 'a tag in any case; the first lang counts'],
    ['', 'zh-TW', CHINESE, 'a Chinese browser, no lang'],
    ['?lang=en', 'zh-CN', ENGLISH, 'the link says English, whatever the browser'],
    ['?lang=fr', 'zh-CN', CHINESE, 'an unknown lang: the browser decides'],
    ['?lang=fr', 'en-GB', ENGLISH, 'an unknown lang, an English browser'],
    ['?lang=', 'en-US', ENGLISH, 'an empty lang, an English browser'],
    ['?embed=1&lang=zh-CN', 'en-US', CHINESE, 'the embedded view in Chinese'],
    ['?mode=story&lang=zh-CN', 'en-US', CHINESE_STORY, 'the story in Chinese: the classroom'],
    ['?mode=present', 'zh-CN', CHINESE_STORY, 'the presenter view, a Chinese browser: the classroom'],
  ];
  for (const [query, locale, expected, why] of cases) {
    test(`${query || '(none)'} with ${locale}: ${expected.bundle} (${why})`, async () => {
      const w = await open(query, locale);
      try {
        if (expected.lang !== 'en') await w.page.waitForSelector(`.cp[lang="${expected.lang}"]`);
        assert.deepEqual(await seen(w.page), expected);
        assert.deepEqual(loaded(w.requests), only(expected.bundle), w.requests.join('\n'));
        if (query.startsWith('?lang=') && !/lang=(zh|en)/i.test(query)) await w.page.locator('.notice').first().waitFor();
        assert.deepEqual(w.errors(), []);
      } finally {
        await w.close();
      }
    });
  }

  test('x-long, the pseudo-locale, only by its tag', async () => {
    const w = await open('?lang=x-long');
    try {
      await w.page.waitForSelector('.cp[lang="en-x-long"]');
      assert.equal((await seen(w.page)).bundle, 'multilingual');
      assert.deepEqual(loaded(w.requests), only('multilingual'), w.requests.join('\n'));
    } finally {
      await w.close();
    }
  });

  test('the English-only picker opens the link in Chinese, keeping the view, the picker focused', async () => {
    const w = await open('?dev=deepseek&theme=dark&lang=en');
    try {
      const { page } = w;
      assert.deepEqual(await seen(page), ENGLISH);
      w.requests.length = 0;
      await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
      await page.waitForSelector('.cp[lang="zh-CN"][data-ready]');
      assert.deepEqual(await seen(page), CHINESE);
      const url = new URL(page.url());
      assert.equal(url.searchParams.getAll('lang').join(), 'zh-CN');
      assert.equal(url.searchParams.get('dev'), 'deepseek');
      assert.equal(url.searchParams.get('theme'), 'dark');
      assert.equal(url.hash, '', 'the picker fragment is taken off the address');
      assert.deepEqual(loaded(w.requests), only('multilingual'), w.requests.join('\n'));
      await page.waitForFunction(() => document.activeElement?.id === 'cp-language');
      // Back to English inside the multilingual bundle (no second load).
      await page.getByRole('combobox', { name: '语言' }).selectOption('en');
      await page.getByRole('heading', { name: 'Paths to compute' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.dataset.chipPathsBundle), 'multilingual');
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
});
