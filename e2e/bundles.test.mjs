// Two bundles (docs/size.md): a news reader's page downloads only the reader's wasm; the
// classroom (story, predictions, presenter view) has its own, which web/loader.js loads for
// ?mode=story|present|notes. These tests watch the requests a page makes.
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

/** Opens the widget at `query`, recording every wasm and glue request from the start. */
async function openRecording(query) {
  const requests = [];
  const w = await openWidget(browser, query, {
    beforeGoto: async (page) => {
      page.on('request', (request) => {
        if (/chip-paths[^/]*(\.js|\.wasm)(\?|$)/.test(request.url())) requests.push(request.url());
      });
    },
  });
  await w.page.waitForSelector('[data-ready="true"]');
  return { ...w, requests };
}

const bundle = (page) => page.evaluate(() => document.documentElement.dataset.chipPathsBundle);

describe('the reader and the classroom load different bundles', () => {
  test('the reader page fetches only the reader bundle, and its link into the story loads the classroom', async () => {
    const w = await openRecording('?dev=deepseek&theme=dark');
    try {
      assert.equal(await bundle(w.page), 'reader');
      assert.ok(w.requests.some((url) => READER.test(url)), w.requests.join('\n'));
      assert.deepEqual(w.requests.filter((url) => /classroom/.test(url)), []);

      // A link (it loads the other bundle), keeping the reader's view.
      const link = w.page.getByRole('link', { name: 'Classroom story' });
      assert.match(await link.getAttribute('href'), /^\?.*mode=story/);
      w.requests.length = 0;
      await link.click();
      await w.page.waitForFunction(() => document.querySelector('.story')?.dataset.step === '1');
      const params = new URL(w.page.url()).searchParams;
      assert.equal(params.get('mode'), 'story');
      assert.equal(params.get('theme'), 'dark');
      assert.equal(await bundle(w.page), 'classroom');
      assert.equal(w.requests.filter((url) => CLASSROOM.test(url)).length, 2, w.requests.join('\n'));
      assert.deepEqual(w.requests.filter((url) => READER.test(url)), []);
      // The classroom bundle has the buttons between the modes.
      await w.page.getByRole('button', { name: 'Leave the story' }).waitFor();
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  // As the widget reads the link: the first `mode` counts.
  for (const query of ['?mode=present&step=2', '?mode=story&mode=slides', '?dev=baidu&mode=%73tory']) {
    test(`${query} loads the classroom bundle and shows the story`, async () => {
      const w = await openRecording(query);
      try {
        assert.equal(await bundle(w.page), 'classroom');
        assert.deepEqual(w.requests.filter((url) => READER.test(url)), []);
        await w.page.waitForFunction(() => document.querySelector('.story') !== null);
      } finally {
        await w.close();
      }
    });
  }

  for (const query of ['?mode=slides', '?mode=explore&mode=story']) {
    test(`${query} stays with the reader bundle, and says what was ignored`, async () => {
      const w = await openRecording(query);
      try {
        assert.equal(await bundle(w.page), 'reader');
        assert.deepEqual(w.requests.filter((url) => /classroom/.test(url)), []);
        const notice = w.page.getByRole('region', { name: /Parts of this link were ignored/ });
        assert.match(await notice.innerText(), /mode/);
        assert.equal(await w.page.locator('.story').count(), 0);
      } finally {
        await w.close();
      }
    });
  }
});
