// The reader's bundle is English only (docs/i18n.md, "Size"): web/loader.js loads the
// classroom's bundle, which speaks every language, for a link or a browser that asks for
// another language, and the English-only picker opens the link with `lang=` set. These tests
// watch which bundle each page loads and what it shows.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openWidget } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

// Release builds name each file after its content (scripts/post-build.mjs).
const CLASSROOM = /\/chip-paths-classroom-[0-9a-f]{16}(_bg\.wasm|\.js)$/;
const READER = /\/chip-paths-[0-9a-f]+(_bg\.wasm|\.js)$/;

/** Opens `query` with the browser's languages `locale`, recording the bundles' requests. */
async function open(query, locale = 'en-US') {
  const requests = [];
  const w = await openWidget(browser, query, {
    contextOptions: { locale },
    beforeGoto: async (page) => {
      page.on('request', (request) => {
        if (/chip-paths[^/]*(\.js|\.wasm)(\?|$)/.test(request.url())) requests.push(request.url());
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
const CHINESE = { bundle: 'classroom', lang: 'zh-CN', heading: '获取算力的路径' };

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
  ];
  for (const [query, locale, expected, why] of cases) {
    test(`${query || '(none)'} with ${locale}: ${expected.bundle} (${why})`, async () => {
      const w = await open(query, locale);
      try {
        if (expected.lang !== 'en') await w.page.waitForSelector(`.cp[lang="${expected.lang}"]`);
        assert.deepEqual(await seen(w.page), expected);
        const other = expected.bundle === 'reader' ? CLASSROOM : READER;
        const own = expected.bundle === 'reader' ? READER : CLASSROOM;
        assert.deepEqual(w.requests.filter((url) => other.test(url) && !own.test(url)), []);
        assert.ok(w.requests.some((url) => own.test(url)), w.requests.join('\n'));
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
      assert.equal((await seen(w.page)).bundle, 'classroom');
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
      assert.ok(w.requests.some((u) => CLASSROOM.test(u)), w.requests.join('\n'));
      await page.waitForFunction(() => document.activeElement?.id === 'cp-language');
      // Back to English inside the multilingual bundle (no second load).
      await page.getByRole('combobox', { name: '语言' }).selectOption('en');
      await page.getByRole('heading', { name: 'Paths to compute' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.dataset.chipPathsBundle), 'classroom');
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
});
