// The Embed dialog's code, end to end (issue 20): the editor's choices of parts, workload,
// theme, title and pinning reach the iframe's address and the embed shows exactly that; the
// dialog measures the embed's height at common widths; and the code, pasted into a plain host
// page with no resize listener of its own, shows the whole embed, starts at the right height
// and follows the content (±1 px) as disclosures open and close, without a scroll bar.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openWidget, serveDist } from './support.mjs';

let browser;
let server;

before(async () => {
  browser = await launchBrowser();
  server = await serveDist();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the full widget at `query`, opens the Embed dialog, lets `choose(dialog)` tick and
 *  untick, waits for the height preview, and returns the code and the figures shown. */
async function codeFromDialog(query, choose = async () => {}) {
  const w = await openWidget(browser, query, { server, readySelector: '[data-ready]' });
  try {
    await w.page.locator('.embed-open').click();
    const dialog = w.page.locator('dialog.embed-dialog[open]');
    await dialog.waitFor();
    await choose(dialog);
    await dialog.locator('.embed-dialog__heights[data-measured]').waitFor();
    const code = await dialog.getByLabel('Embed code').inputValue();
    const preview = await dialog.locator('.embed-dialog__heights').innerText();
    // Each change of choice replaces the measuring frames, aborting the loads of the old ones.
    assert.deepEqual(w.errors().filter((e) => !/net::ERR_ABORTED/.test(e)), []);
    return { code, preview, src: new URL(/src="([^"]+)"/.exec(code)[1].replaceAll('&amp;', '&')) };
  } finally {
    await w.close();
  }
}

/** What the embed at `src` shows: which parts are there, open or folded. */
async function partsShown(src, width = 600) {
  const w = await openWidget(browser, src.href, { readySelector: '[data-ready]', viewport: { width, height: 800 } });
  try {
    const shown = await w.page.evaluate(() => {
      const visible = (sel) => [...document.querySelectorAll(sel)].some((el) => el.checkVisibility());
      return {
        switches: visible('[role="switch"]'),
        matrix: visible('table.matrix'),
        diagram: visible('.diagram'),
        timeline: visible('.timeline'),
        story: visible('.embed-story a'),
        sources: visible('#sources .sources__summary'),
        columns: [...document.querySelectorAll('table.matrix thead th')].map((th) => th.textContent),
        title: visible('.cp__title'),
        fold: document.querySelectorAll('.embed-more').length,
      };
    });
    assert.deepEqual(w.errors(), []);
    return shown;
  } finally {
    await w.close();
  }
}

const tick = (dialog, label, on = true) => dialog.getByLabel(label, { exact: true }).setChecked(on);

describe('the editor chooses what the embed shows', () => {
  test('by default the code is pinned to the date and data, compact, titled, both workloads', async () => {
    const { src } = await codeFromDialog('dev=deepseek');
    const p = src.searchParams;
    assert.match(p.get('date'), /^\d{4}-\d{2}-\d{2}$/, 'pinned to the date on screen');
    assert.match(p.get('rev'), /^\d{4}-\d{2}-\d{2}$/, 'pinned to the data revision');
    assert.equal(p.get('dev'), 'deepseek');
    for (const key of ['parts', 'only', 'title']) assert.equal(p.get(key), null, key);
    const shown = await partsShown(src);
    assert.equal(shown.switches && shown.matrix && shown.title, true);
    assert.equal(shown.fold, 1, 'the rest folded');
  });

  test('"Follow the latest data" drops the date and the revision', async () => {
    const { src } = await codeFromDialog('', (d) => tick(d, 'Follow the latest data'));
    assert.equal(src.searchParams.get('date'), null);
    assert.equal(src.searchParams.get('rev'), null);
  });

  for (const [name, choose, expect] of [
    [
      'the matrix and the diagram, training only, dark, no title',
      async (d) => {
        await tick(d, 'Policy switches', false);
        await tick(d, 'Path diagram');
        await d.getByLabel('Training', { exact: true }).check();
        await d.getByLabel('Dark', { exact: true }).check();
        await tick(d, "Show the widget's own title", false);
      },
      {
        query: { parts: 'matrix,diagram', only: 'training', theme: 'dark', title: '0' },
        shown: { switches: false, matrix: true, diagram: true, timeline: false, story: false, sources: false, title: false },
        columns: ['Developer', 'Training'],
      },
    ],
    [
      'the timeline, the story link and the sources',
      async (d) => {
        await tick(d, 'Policy switches', false);
        await tick(d, 'Matrix of paths', false);
        await tick(d, 'Timeline');
        await tick(d, 'Link to the classroom story');
        await tick(d, 'Sources');
      },
      {
        query: { parts: 'timeline,story,sources' },
        shown: { switches: false, matrix: false, diagram: false, timeline: true, story: true, sources: true, title: true },
        columns: [],
      },
    ],
  ]) {
    test(`${name}: the code names them and the embed shows only them`, async () => {
      const { src } = await codeFromDialog('', choose);
      for (const [key, value] of Object.entries(expect.query)) {
        assert.equal(src.searchParams.get(key), value, key);
      }
      const shown = await partsShown(src);
      const { columns, fold, ...parts } = shown;
      assert.deepEqual(parts, expect.shown);
      assert.deepEqual(columns, expect.columns);
      assert.equal(fold, 0, 'nothing folded: exactly the parts chosen');
    });
  }
});

describe('the pasted code sizes itself', () => {
  /** A plain article page holding `snippet` as pasted HTML, no listener of its own. */
  async function pastedInto(snippet, width) {
    const scratch = await mkdtemp(join(tmpdir(), 'chip-paths-paste-'));
    // Records the iframe's height as the snippet left it, before the widget has loaded.
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Plain article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>body{margin:0;font:18px Georgia,serif}p{margin:1rem}</style></head>
<body><p>Paragraph before the graphic.</p>
${snippet}
<script>window.__initial = Number(document.querySelector('iframe').getAttribute('height'));</script>
<p>Paragraph after the graphic.</p></body></html>`;
    await writeFile(join(scratch, 'index.html'), html);
    const host = await serveDist({ root: scratch });
    const w = await openWidget(browser, '/', { server: host, viewport: { width, height: 700 }, readySelector: 'iframe' });
    const frame = await (await w.page.locator('iframe').elementHandle()).contentFrame();
    await frame.waitForSelector('[data-ready]', { state: 'attached' });
    return {
      ...w,
      frame,
      close: async () => {
        await w.close();
        await host.close();
        await rm(scratch, { recursive: true, force: true });
      },
    };
  }

  const contentHeight = (frame) =>
    frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const iframeHeight = (page) => page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
  async function waitForFit(page, frame) {
    const want = await contentHeight(frame);
    await page.waitForFunction((h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 1, want);
    return want;
  }

  test('a clipboard that never answers: after a moment the code is selected, with "press Ctrl+C"', async () => {
    const w = await openWidget(browser, '', { server, readySelector: '[data-ready]' });
    try {
      // As Firefox can leave it, with the window not focused: the promise stays pending.
      await w.page.evaluate(() => {
        Clipboard.prototype.writeText = () => new Promise(() => {});
      });
      await w.page.locator('.embed-open').click();
      const dialog = w.page.locator('dialog.embed-dialog[open]');
      await dialog.getByRole('button', { name: 'Copy embed code' }).click();
      await dialog.locator('.embed-dialog__status').filter({ hasText: 'press Ctrl+C' }).waitFor({ timeout: 10000 });
      const selected = await w.page.evaluate(() => {
        const area = document.activeElement;
        return area instanceof HTMLTextAreaElement && area.selectionEnd - area.selectionStart === area.value.length;
      });
      assert.ok(selected, 'the code is selected, ready for Ctrl+C');
    } finally {
      await w.close();
    }
  });

  test('the dialog measures the embed and the code starts at that height (no jump on a phone)', async () => {
    const { code, preview } = await codeFromDialog('');
    const at375 = Number(/([\d,]+) px at 375 px wide/.exec(preview)[1].replace(',', ''));
    const w = await pastedInto(code, 375);
    try {
      const height = await waitForFit(w.page, w.frame);
      assert.ok(Math.abs(height - at375) <= 1, `the dialog said ${at375}, the embed is ${height}`);
      const initial = await w.page.evaluate(() => window.__initial);
      assert.ok(Math.abs(initial - height) <= 1, `started at ${initial}, ended at ${height}: the article jumped`);
      // The iframe never scrolls on its own.
      const { scroll, client } = await w.frame.evaluate(() => ({
        scroll: document.documentElement.scrollHeight,
        client: document.documentElement.clientHeight,
      }));
      assert.ok(scroll <= client + 1, `content ${scroll} px in a ${client} px frame`);
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  test('heights follow the content ±1 px as disclosures open and close', async () => {
    const { code } = await codeFromDialog('');
    const w = await pastedInto(code, 600);
    try {
      const start = await waitForFit(w.page, w.frame);
      await w.frame.locator('.embed-more > summary').evaluate((s) => s.click());
      const more = await waitForFit(w.page, w.frame);
      assert.ok(more > start + 100, `the fold opened: ${start} → ${more}`);
      await w.frame.locator('.matrix__toggle').first().evaluate((b) => b.click());
      const cell = await waitForFit(w.page, w.frame);
      assert.ok(cell > more, `a cell opened: ${more} → ${cell}`);
      await w.frame.locator('.matrix__toggle').first().evaluate((b) => b.click());
      await w.frame.locator('.embed-more > summary').evaluate((s) => s.click());
      const end = await waitForFit(w.page, w.frame);
      assert.ok(Math.abs(end - start) <= 1, `back to ${start}: ${end}`);
      assert.ok(Math.abs((await iframeHeight(w.page)) - end) <= 1);
    } finally {
      await w.close();
    }
  });

  // The narrowest column the docs promise is 320 px; a 375 px phone with an article's 16 px
  // margins gives 343 (walk10 found the 375 px height cut off the credit line there).
  test('the iframe alone, where a CMS strips scripts, shows the whole embed in a 320, 343 or 375 px column', async () => {
    const { code, preview } = await codeFromDialog('');
    const plain = code.replace(/\n<script>[\s\S]*<\/noscript>$/, '');
    assert.match(plain, /^<iframe [^<]*><\/iframe>$/);
    const at320 = Number(/([\d,]+) px at 320 px wide/.exec(preview)[1].replace(',', ''));
    assert.equal(Number(/ height="(\d+)"/.exec(plain)[1]), at320, 'the code starts at the height measured at 320 px');
    for (const width of [320, 343, 375]) {
      const w = await pastedInto(plain, width);
      try {
        const content = await contentHeight(w.frame);
        const frameHeight = await iframeHeight(w.page);
        assert.ok(frameHeight >= content - 1, `at ${width} px the ${frameHeight} px iframe cuts the ${content} px embed`);
        // The credit line's link, the last thing in the embed, lies inside the frame.
        const link = w.frame.getByRole('link', { name: /Sources and full view/ });
        const { bottom, inner } = await link.evaluate((a) => ({ bottom: a.getBoundingClientRect().bottom + scrollY, inner: innerHeight }));
        assert.ok(bottom <= inner + 1, `at ${width} px the credit's link ends at ${bottom}, the frame at ${inner}`);
      } finally {
        await w.close();
      }
    }
  });
});

describe('link previews', () => {
  test("the build's preview image exists, og:image points to it, and its alt text is the opening view's headline", async () => {
    const w = await openWidget(browser, '', { server, readySelector: '[data-ready]' });
    try {
      const meta = await w.page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')].map((m) => [
            m.getAttribute('property') ?? m.getAttribute('name'),
            m.getAttribute('content'),
          ]),
        ),
      );
      assert.equal(meta['twitter:card'], 'summary_large_image');
      assert.ok(meta['og:title'] && meta['og:description'], JSON.stringify(meta));
      const image = new URL(meta['og:image'], w.page.url());
      assert.equal(image.origin, server.origin);
      assert.equal(meta['twitter:image'], meta['og:image']);
      const response = await w.page.request.get(image.href);
      assert.equal(response.status(), 200, `${image.href} is served`);
      const png = await response.body();
      // A PNG of the size the tags announce (IHDR: width and height, big-endian, at 16 and 20).
      assert.equal(png.subarray(1, 4).toString(), 'PNG');
      assert.equal(png.readUInt32BE(16), Number(meta['og:image:width']));
      assert.equal(png.readUInt32BE(20), Number(meta['og:image:height']));
      // The alt text says what the picture shows: the widget's own headline at the opening view.
      const headline = await w.page.evaluate(() =>
        [...document.querySelectorAll('.headline p')].map((p) => p.textContent.trim()).join(' '),
      );
      assert.ok(meta['og:image:alt'].includes(headline), `${meta['og:image:alt']} / ${headline}`);
      // The same picture and words are the embed code's fallback where nothing runs.
      await w.page.locator('.embed-open').click();
      const code = await w.page.getByLabel('Embed code').inputValue();
      const fallback = /<noscript><a href="([^"]+)"><img src="([^"]+)" alt="([^"]+)"/.exec(code);
      assert.ok(fallback, code);
      assert.equal(fallback[2], image.href);
      const unescape = (t) => t.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
      assert.equal(unescape(fallback[3]), meta['og:image:alt']);
    } finally {
      await w.close();
    }
  });
});
