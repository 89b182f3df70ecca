// Embedding on news pages, end to end on the release build: the mock article in examples/embed/
// (served from dist/examples/) receives all four height messages and fits the iframe to the
// content; the widget ignores messages of other shapes or from other windows; everything is
// fetched from the widget's own origin; embed mode fits 320 px; the script embed works.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { READY_SELECTOR, launchBrowser, openWidget, repoRoot, serveDist } from './support.mjs';

const CHILD_ID = 'chip-paths-article';
const HOST_PAGE = '/examples/host.html';

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

/** Runs in every frame before its scripts; in the host (top) frame it records every message. */
function recordMessages(iframeId) {
  if (window.top !== window) return;
  window.__received = [];
  window.addEventListener('message', (event) => {
    const frame = document.getElementById(iframeId);
    window.__received.push({
      fromWidget: !!frame && event.source === frame.contentWindow,
      origin: event.origin,
      data: event.data,
    });
  });
}

/** Sorts one message into the protocol it belongs to, with its height and widget id. */
function classify(data) {
  if (typeof data === 'string') {
    const pym = /^pymxPYMx(.+?)xPYMxheightxPYMx(\d+)$/.exec(data);
    if (pym) return { kind: 'pym', id: pym[1], height: Number(pym[2]) };
    try {
      const json = JSON.parse(data);
      if (json && json.context === 'iframe.resize') {
        return { kind: 'embedly', height: json.height, src: json.src };
      }
    } catch {
      /* not JSON */
    }
    return { kind: 'other' };
  }
  if (data && typeof data === 'object') {
    if (data['datawrapper-height']) {
      const [[id, height]] = Object.entries(data['datawrapper-height']);
      return { kind: 'datawrapper', id, height };
    }
    if (data.sentinel === 'amp' && data.type === 'embed-size') return { kind: 'amp', height: data.height };
  }
  return { kind: 'other' };
}

async function widgetMessages(page) {
  const received = await page.evaluate(() => window.__received);
  return received.filter((m) => m.fromWidget).map((m) => ({ ...classify(m.data), origin: m.origin }));
}

/** Opens the mock article and waits until the widget inside has mounted and sent all four. */
async function openHostPage(options = {}) {
  const requests = [];
  const w = await openWidget(browser, HOST_PAGE, {
    server,
    ...options,
    beforeGoto: async (page, context) => {
      context.on('request', (request) => requests.push(request.url()));
      await page.addInitScript(recordMessages, CHILD_ID);
      await options.beforeGoto?.(page, context);
    },
  });
  const iframe = w.page.locator(`#${CHILD_ID}`);
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.waitForSelector(READY_SELECTOR, { state: 'attached' });
  await w.page.waitForFunction(() => {
    const kinds = new Set(
      window.__received
        .filter((m) => m.fromWidget)
        .map((m) => {
          if (typeof m.data === 'string') return m.data.startsWith('pymx') ? 'pym' : 'embedly';
          return m.data && m.data['datawrapper-height'] ? 'datawrapper' : 'amp';
        }),
    );
    return kinds.size === 4;
  });
  return { ...w, iframe, frame, requests };
}

const contentHeight = (frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const iframeHeight = (page) =>
  page.evaluate((id) => document.getElementById(id).getBoundingClientRect().height, CHILD_ID);

/** Waits until the host's iframe is as tall as the widget's content (±1 px). */
async function waitForFit(page, frame) {
  const want = await contentHeight(frame);
  await page.waitForFunction(
    ([id, h]) => Math.abs(document.getElementById(id).getBoundingClientRect().height - h) <= 1,
    [CHILD_ID, want],
  );
  return want;
}

describe('auto-height on a host page', () => {
  test('the host receives all four height messages with the right childId and fits the iframe', async () => {
    const w = await openHostPage();
    try {
      const height = await waitForFit(w.page, w.frame);
      const messages = await widgetMessages(w.page);
      const last = (kind) => messages.filter((m) => m.kind === kind).at(-1);
      // The iframe's src as the host wrote it (the widget may since have rewritten its URL).
      const iframeSrc = await w.iframe.evaluate((el) => el.src);

      assert.equal(last('pym').id, CHILD_ID);
      assert.equal(last('datawrapper').id, CHILD_ID);
      assert.equal(last('embedly').src, iframeSrc, 'Embedly names the iframe by its src');
      for (const kind of ['pym', 'datawrapper', 'amp', 'embedly']) {
        assert.equal(last(kind).height, height, `${kind} carries the content height`);
      }
      assert.ok(messages.every((m) => m.origin === server.origin), 'every message comes from the widget origin');
      assert.ok(height > 50, `a real content height (${height})`);
      assert.ok(Math.abs((await iframeHeight(w.page)) - height) <= 1);
      assert.equal(
        await w.page.locator('#chip-paths-height').innerText(),
        `${height} px`,
        'the host page shows the height it applied',
      );
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  test('on a host page of another origin, messages come from the widget origin and only it is contacted', async () => {
    // The realistic setup: the article on one origin, the widget on another. The mock article
    // is copied to a scratch folder with its iframe pointing at the widget server's origin.
    const widgetOrigin = server.origin;
    const scratch = await mkdtemp(join(tmpdir(), 'chip-paths-host-'));
    for (const file of ['host.css', 'host.js']) {
      await copyFile(join(repoRoot, 'examples', 'embed', file), join(scratch, file));
    }
    const original = await readFile(join(repoRoot, 'examples', 'embed', 'host.html'), 'utf8');
    const page = original
      .replace('src="../?embed=1', `src="${widgetOrigin}/?embed=1`)
      .replace("frame-src 'self'", `frame-src ${widgetOrigin}`);
    assert.notEqual(page, original, 'the mock article was re-pointed');
    await writeFile(join(scratch, 'host.html'), page);
    const hostServer = await serveDist({ root: scratch });
    const requests = [];
    let w;
    try {
      w = await openWidget(browser, '/host.html', {
        server: hostServer,
        beforeGoto: async (page, context) => {
          context.on('request', (request) => requests.push(request.url()));
          await page.addInitScript(recordMessages, CHILD_ID);
        },
      });
      const frame = await (await w.page.locator(`#${CHILD_ID}`).elementHandle()).contentFrame();
      await frame.waitForSelector('.embed-credit', { state: 'attached' });
      const height = await waitForFit(w.page, frame);
      const messages = await widgetMessages(w.page);
      const kinds = new Set(messages.map((m) => m.kind));
      assert.deepEqual([...kinds].sort(), ['amp', 'datawrapper', 'embedly', 'pym']);
      assert.ok(messages.every((m) => m.origin === widgetOrigin), 'sent from the widget origin');
      assert.equal(messages.filter((m) => m.kind === 'pym').at(-1).id, CHILD_ID);
      assert.equal(messages.filter((m) => m.kind === 'pym').at(-1).height, height);
      const elsewhere = requests.filter(
        (url) => !url.startsWith(`${widgetOrigin}/`) && !url.startsWith(`${hostServer.origin}/`),
      );
      assert.deepEqual(elsewhere, [], 'no third origin contacted');
      const widgetFiles = requests.filter((url) => url.startsWith(`${widgetOrigin}/`));
      assert.ok(widgetFiles.some((url) => url.endsWith('.wasm')), 'the wasm came from the widget origin');
      assert.deepEqual(w.errors(), []);
    } finally {
      await w?.close();
      await hostServer.close();
      await rm(scratch, { recursive: true, force: true });
    }
  });

  test('a change of content height is sent again, and unchanged heights are not repeated', async () => {
    const w = await openHostPage();
    try {
      const before = await waitForFit(w.page, w.frame);
      // Content grows (a stand-in for any view change: a cell opening, a longer sentence).
      await w.frame.evaluate(() => {
        const block = document.createElement('div');
        block.id = 'grown';
        block.className = 'embed-test-block';
        block.textContent = 'More content. '.repeat(400);
        document.body.appendChild(block);
      });
      const grown = await waitForFit(w.page, w.frame);
      assert.ok(grown > before + 50, `grew from ${before} to ${grown}`);
      // And shrinks again: the iframe must follow down too.
      await w.frame.evaluate(() => document.getElementById('grown').remove());
      const shrunk = await waitForFit(w.page, w.frame);
      assert.equal(shrunk, before);

      const heights = (await widgetMessages(w.page))
        .filter((m) => m.kind === 'datawrapper')
        .map((m) => m.height);
      assert.ok(heights.includes(grown) && heights.at(-1) === before, `heights sent: ${heights}`);
      for (let i = 1; i < heights.length; i += 1) {
        assert.notEqual(heights[i], heights[i - 1], `height ${heights[i]} sent twice in a row: ${heights}`);
      }
    } finally {
      await w.close();
    }
  });

  test('messages of other shapes or from other windows change nothing', async () => {
    const w = await openHostPage();
    try {
      await waitForFit(w.page, w.frame);
      const snapshot = () =>
        w.frame.evaluate(() => ({ html: document.body.innerHTML, url: location.href }));
      const before = await snapshot();
      const countBefore = (await widgetMessages(w.page)).length;

      // From the parent, but not a Pym width message for this child.
      await w.page.evaluate((id) => {
        const target = document.getElementById(id).contentWindow;
        const shapes = [
          `pymxPYMx${id}xPYMxheightxPYMx10`,
          `pymxPYMx${id}xPYMxnavigateToxPYMxhttp://evil.invalid/`,
          `pymxPYMx${id}xPYMxwidthxPYMx-1`,
          `pymxPYMx${id}xPYMxwidthxPYMxNaN`,
          `pymxPYMxother-childxPYMxwidthxPYMx600`,
          `pymxPYMx${id}xPYMxwidthxPYMx600 `,
          { 'datawrapper-height': { [id]: 10 } },
          { sentinel: 'amp', type: 'embed-size', height: 10 },
          JSON.stringify({ src: location.href, context: 'iframe.resize', height: 10 }),
          { type: 'width', width: 600 },
          600,
          null,
          [1, 2, 3],
          '',
        ];
        for (const data of shapes) target.postMessage(data, '*');
      }, CHILD_ID);

      // A valid Pym width message, but from a sibling frame on the host page.
      await w.page.evaluate(() => {
        const intruder = document.createElement('iframe');
        intruder.name = 'intruder';
        document.body.appendChild(intruder);
      });
      const intruder = w.page.frame({ name: 'intruder' });
      await intruder.evaluate((id) => {
        window.parent.document
          .getElementById(id)
          .contentWindow.postMessage(`pymxPYMx${id}xPYMxwidthxPYMx600`, '*');
      }, CHILD_ID);
      // And from the widget's own window to itself.
      await w.frame.evaluate((id) => window.postMessage(`pymxPYMx${id}xPYMxwidthxPYMx600`, '*'), CHILD_ID);

      // Then one valid message from the parent. Messages are handled in order, so once its
      // answer arrives every message above has been handled (and must have been ignored).
      await w.page.evaluate((id) => {
        document
          .getElementById(id)
          .contentWindow.postMessage(`pymxPYMx${id}xPYMxwidthxPYMx600`, '*');
      }, CHILD_ID);
      await w.page.waitForFunction(
        (n) => window.__received.filter((m) => m.fromWidget).length > n,
        countBefore,
      );
      // The widget's own self-message is queued in its window: flush that queue too by a
      // round trip through the widget's event loop before counting.
      await w.frame.evaluate(() => new Promise((ok) => setTimeout(ok, 0)));

      const after = await widgetMessages(w.page);
      const answers = after.slice(countBefore);
      assert.equal(answers.length, 1, `exactly one answer: ${JSON.stringify(answers)}`);
      assert.equal(answers[0].kind, 'pym');
      assert.equal(answers[0].id, CHILD_ID);
      assert.deepEqual(await snapshot(), before, 'the widget DOM and URL are unchanged');
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
});

describe('privacy and layout', () => {
  test('every request during load and use goes to the widget origin; no cookies, no storage', async () => {
    const w = await openHostPage();
    try {
      await waitForFit(w.page, w.frame);
      // Use the widget: click every button and switch it offers in embed mode.
      const controls = w.frame.locator('button, [role="switch"], summary');
      const n = await controls.count();
      for (let i = 0; i < Math.min(n, 12); i += 1) {
        const control = controls.nth(i);
        if (await control.isVisible()) await control.click();
      }
      await waitForFit(w.page, w.frame);
      assert.ok(w.requests.length >= 5, `requests seen: ${w.requests}`);
      const foreign = w.requests.filter((url) => !url.startsWith(`${server.origin}/`));
      assert.deepEqual(foreign, [], 'no request to any other origin');
      const state = await w.context.storageState();
      assert.deepEqual(state.cookies, [], 'no cookies');
      assert.deepEqual(state.origins, [], 'no localStorage');
    } finally {
      await w.close();
    }
  });

  test('embed mode at 320 px wide has no horizontal overflow and shows the credit line', async () => {
    const w = await openWidget(browser, `embed=1&childId=${CHILD_ID}&dev=deepseek`, {
      server,
      viewport: { width: 320, height: 640 },
    });
    try {
      // Everything a reader can unfold, unfolded: hidden content must fit too.
      await w.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const overflow = await w.page.evaluate(() => {
        const root = document.documentElement;
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
      });
      assert.ok(
        overflow.scrollWidth <= overflow.clientWidth,
        `page is ${overflow.scrollWidth}px wide in a ${overflow.clientWidth}px frame`,
      );
      assert.deepEqual(overflow.wide, [], 'no element sticks out to the right');
      const credit = w.page.locator('.embed-credit a');
      assert.equal(await credit.count(), 1);
      const href = await credit.getAttribute('href');
      assert.ok(!/embed=|childId=/.test(href), `the full-view link drops embed parameters: ${href}`);
      assert.equal(await credit.getAttribute('target'), '_blank');
      assert.equal(await w.page.locator('.embed-open').count(), 0, 'no Embed button inside an embed');
      assert.equal(await w.page.locator('.notice').count(), 0, 'childId is no reader mistake');
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
});

describe('sources in an embed', () => {
  test('embed mode folds the list of sources, and a citation unfolds it at its source', async () => {
    // A column width at which the switches show their citations (phones fold them under "More").
    const viewport = { width: 1024, height: 700 };
    const embed = await openWidget(browser, `embed=1&childId=${CHILD_ID}`, { server, viewport });
    const full = await openWidget(browser, '', { server, viewport });
    try {
      const list = (w) => w.page.locator('#sources ol');
      const toggle = (w) => w.page.locator('#sources summary');
      assert.ok(await list(full).isVisible(), 'the full page shows every source');
      // (textContent: in the compact embed the summary itself sits inside a folded disclosure.)
      assert.match((await toggle(embed).textContent()).trim(), /^All \d+ sources$/);
      assert.equal(await list(embed).isVisible(), false, 'the embed starts with them folded');
      const foldedHeight = await embed.page.evaluate(() => document.documentElement.scrollHeight);
      const fullHeight = await full.page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(foldedHeight < fullHeight - 1000, `embed ${foldedHeight}px vs full ${fullHeight}px`);

      // A reader opens the first cell's reasons and follows its first citation: the source
      // comes into view, inside the folded parts of the compact embed.
      await embed.page.locator('.matrix__toggle').first().click();
      const cite = embed.page.locator('.matrix__why:not([hidden]) .cite').first();
      const target = (await cite.getAttribute('href')).slice(1);
      await cite.click();
      const entry = embed.page.locator(`[id="${target}"]`);
      await entry.waitFor({ state: 'visible' });
      assert.ok(await list(embed).isVisible(), 'following a citation unfolds the list');
      // The summary folds and unfolds by keyboard too.
      await toggle(embed).focus();
      await embed.page.keyboard.press('Enter');
      assert.equal(await list(embed).isVisible(), false);
      assert.deepEqual(embed.errors(), []);
    } finally {
      await embed.close();
      await full.close();
    }
  });

  test('a source link in an embed opens a new tab, says so, and leaves the article in place', async () => {
    const w = await openHostPage({
      beforeGoto: async (page, context) => {
        // The sources' own sites are not reachable here: answer for them.
        await context.route(/^https:\/\//, (route) =>
          route.fulfill({ status: 200, contentType: 'text/html', body: '<title>a source</title>' }),
        );
      },
    });
    try {
      const widgetUrl = w.frame.url();
      await w.frame.locator('.embed-more > summary').click();
      await w.frame.locator('#sources summary').click();
      const link = w.frame.getByRole('link', { name: /\(opens in a new tab\)$/ }).and(
        w.frame.locator('#sources a[href^="https://"]'),
      );
      assert.ok((await link.count()) > 1, 'every source with a link says it opens a new tab');
      const first = link.first();
      assert.equal(await first.getAttribute('target'), '_blank');
      assert.match(await first.getAttribute('rel'), /\bnoopener\b/);
      const [popup] = await Promise.all([w.context.waitForEvent('page'), first.click()]);
      assert.equal(new URL(popup.url()).protocol, 'https:', 'the source opened in its own tab');
      assert.equal(w.frame.url(), widgetUrl, 'the iframe still shows the widget');
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });

  test('a link with thousands of repeated parameters keeps the embed short', async () => {
    const plain = await openWidget(browser, `embed=1&childId=${CHILD_ID}`, { server });
    const flood = await openWidget(browser, `embed=1&childId=${CHILD_ID}&on=${'x,'.repeat(2040)}`, { server });
    try {
      const height = (w) => w.page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const notice = flood.page.getByRole('region', { name: /Parts of this link were ignored/ });
      await notice.waitFor();
      assert.ok((await notice.getByRole('listitem').count()) <= 5, 'at most five notices');
      const [short, long] = [await height(plain), await height(flood)];
      assert.ok(long < short + 400, `${long}px with the flood, ${short}px without`);
      assert.deepEqual(flood.errors(), []);
    } finally {
      await plain.close();
      await flood.close();
    }
  });

  test('the data behind the widget is downloadable from the sources panel', async () => {
    const w = await openWidget(browser, '', { server });
    try {
      for (const [name, first] of [['world.toml', '[meta]'], ['story.toml', '[[story]]']]) {
        const link = w.page.getByRole('link', { name, exact: true });
        assert.equal(await link.count(), 1, `a link to ${name}`);
        const href = await link.getAttribute('href');
        const response = await w.page.request.get(new URL(href, w.page.url()).href);
        assert.equal(response.status(), 200, `${href} is served`);
        const text = await response.text();
        assert.ok(text.includes(first), `${name} holds the data (${first})`);
      }
    } finally {
      await w.close();
    }
  });
});

describe('theme from the host', () => {
  for (const [theme, scheme, dark] of [
    ['dark', 'light', true],
    ['light', 'dark', false],
    ['auto', 'dark', true],
    ['auto', 'light', false],
  ]) {
    test(`theme=${theme} on a ${scheme} system gives a ${dark ? 'dark' : 'light'} widget`, async () => {
      const w = await openWidget(browser, `embed=1&theme=${theme}`, { server, colorScheme: scheme });
      try {
        const luminance = await w.page.evaluate(() => {
          const [r, g, b] = getComputedStyle(document.querySelector('.cp'))
            .backgroundColor.match(/\d+/g)
            .map(Number);
          return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        });
        assert.equal(luminance < 0.5, dark, `background luminance ${luminance}`);
        assert.deepEqual(w.errors(), []);
      } finally {
        await w.close();
      }
    });
  }
});

describe('accessibility of the embed parts', () => {
  const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const audit = async (page, selector) => {
    await page.evaluate(await axeSource);
    return page.evaluate(async (include) => {
      // eslint-disable-next-line no-undef
      const r = await axe.run({ include: [include] }, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, selector);
  };

  for (const scheme of ['light', 'dark']) {
    test(`the credit line and the open Embed dialog pass axe (${scheme})`, async () => {
      const embedded = await openWidget(browser, `embed=1&childId=${CHILD_ID}`, { server, colorScheme: scheme });
      const full = await openWidget(browser, '', { server, colorScheme: scheme });
      try {
        await embedded.page.locator('.embed-credit').waitFor();
        assert.deepEqual(await audit(embedded.page, '.embed-credit'), []);
        await full.page.locator('.embed-open').click();
        await full.page.locator('dialog.embed-dialog[open]').waitFor();
        assert.deepEqual(await audit(full.page, 'dialog.embed-dialog'), []);
        // Focus moved into the modal dialog, and Escape gives it back to the Embed button.
        assert.ok(await full.page.evaluate(() => document.activeElement.closest('dialog') !== null));
        await full.page.keyboard.press('Escape');
        assert.ok(await full.page.evaluate(() => document.activeElement.matches('.embed-open')));
      } finally {
        await embedded.close();
        await full.close();
      }
    });
  }
});

describe('embed codes', () => {
  test('the Embed dialog gives iframe code that reproduces the view and resizes on a host page', async () => {
    const query = 'theme=dark';
    const w = await openWidget(browser, query, { server });
    let host;
    try {
      await w.page.locator('.embed-open').click();
      const dialog = w.page.locator('dialog.embed-dialog');
      await dialog.waitFor({ state: 'visible' });
      const code = await dialog.locator('textarea').first().inputValue();
      const link = await dialog.locator('textarea').nth(1).inputValue();
      // The iframe, then its own small resize script (the one snippet to paste).
      // (and the build's preview picture for readers where nothing runs).
      assert.match(code, /^<iframe [^<]*><\/iframe>\n<script>\(function\(\)\{[^\n]*\}\)\(\);<\/script>\n<noscript><a [^<]*><img [^<]*><\/a><\/noscript>$/);
      assert.match(code, / title="[^"]+"/);
      assert.match(code, / width="100%"/);
      assert.match(code, / scrolling="no"/);
      assert.match(code, / frameborder="0"/);
      // The link is the page's own address for this view, without embed parameters.
      assert.equal(link, w.page.url());
      assert.match(link, /theme=dark/);

      // As an editor sees it: the heights measured (the measuring frames loaded; closing the
      // dialog before would cancel their downloads, and the code would change under the copy).
      await dialog.locator('.embed-dialog__heights[data-measured]').waitFor();
      await dialog.locator('.embed-field button').first().click();
      // The copy button says what it did (after the Clipboard API answers, hence the wait).
      await dialog.locator('.embed-dialog__status', { hasText: /copied|selected/ }).waitFor();
      await w.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });

      // Paste the code into a host page and check it loads the same view and auto-sizes.
      const src = /src="([^"]+)"/.exec(code)[1].replaceAll('&amp;', '&');
      const childId = new URL(src).searchParams.get('childId');
      assert.equal(new URL(src).searchParams.get('theme'), 'dark');
      assert.equal(new URL(src).searchParams.get('embed'), '1');
      host = await openWidget(browser, HOST_PAGE, {
        server,
        beforeGoto: (page) => page.addInitScript(recordMessages, childId),
      });
      await host.page.evaluate((html) => {
        document.querySelector('.interactive').innerHTML = html;
      }, code);
      const frame = await (await host.page.locator(`#${childId}`).elementHandle()).contentFrame();
      await frame.waitForSelector('.embed-credit', { state: 'attached' });
      await host.page.waitForFunction(
        (id) => window.__received.some((m) => m.fromWidget && m.data === Object(m.data) && m.data['datawrapper-height']?.[id]),
        childId,
      );
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
      await host?.close();
    }
  });

  test('the script embed turns a <div> into an iframe that follows the content height', async () => {
    const w = await openWidget(browser, '/examples/script-embed.html', { server });
    try {
      const iframe = w.page.locator('[data-chip-paths] iframe');
      await iframe.waitFor({ state: 'attached' });
      const src = new URL(await iframe.getAttribute('src'));
      assert.equal(src.origin, server.origin);
      assert.equal(src.searchParams.get('embed'), '1');
      assert.equal(src.searchParams.get('theme'), 'auto');
      assert.ok(await iframe.getAttribute('title'));
      const frame = await (await iframe.elementHandle()).contentFrame();
      await frame.waitForSelector('.embed-credit', { state: 'attached' });
      const want = await contentHeight(frame);
      await w.page.waitForFunction(
        (h) => Math.abs(document.querySelector('[data-chip-paths] iframe').getBoundingClientRect().height - h) <= 1,
        want,
      );
      assert.deepEqual(w.errors(), []);
    } finally {
      await w.close();
    }
  });
});
