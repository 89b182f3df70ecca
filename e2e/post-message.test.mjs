// postMessage (issue 18): thousands of random and hostile messages sent to the embedded widget's
// window — from its real parent (the mock article, examples/embed/host.html), from a sibling
// iframe, from a sandboxed (opaque-origin, so cross-origin) sibling, from the widget's own window,
// and from a parent on another origin — change nothing and get no reply, except that a
// well-formed Pym `width` message from the real parent gets exactly the widget's Pym height
// (src/embed/auto_height.rs, src/embed/protocol.rs parse_incoming).
//
// Bounded for `make test`: CHIP_PATHS_MESSAGES messages in all (default 3,000), shared among the
// senders; raise it for a long campaign, e.g.
//   CHIP_PATHS_MESSAGES=100000 node --test --test-timeout=3600000 e2e/post-message.test.mjs
// The messages are random but seeded (CHIP_PATHS_MESSAGES_SEED, default 1).
//
// An init script in every frame records what each window receives, so a reply to any sender
// shows. Synchronisation is on counts, never on time: the widget's window counts the messages
// it received, and a last well-formed width message from the parent is answered only after
// every message before it was handled (a window handles its messages in order).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openWidget, serveDist } from './support.mjs';

const TOTAL = Number(process.env.CHIP_PATHS_MESSAGES ?? 3000);
const SEED = Number(process.env.CHIP_PATHS_MESSAGES_SEED ?? 1);
const CHILD_ID = 'chip-paths-article';
const HOST_PAGE = '/examples/host.html';
/** Messages per page.evaluate. */
const CHUNK = 500;
/** One well-formed width message from the real parent in this many. */
const WELL_FORMED_EVERY = 40;

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

/**
 * Init script for every frame: records every message this window receives (its kind and a short
 * form, not megabyte strings) in `window.__got`, and whether it came from the widget's iframe.
 */
function recordEverywhere(childId) {
  window.__got = [];
  window.addEventListener('message', (event) => {
    const frame = window === window.top ? document.getElementById(childId) : null;
    let fromWidget = false;
    try {
      fromWidget = !!frame && event.source === frame.contentWindow;
    } catch {
      /* a cross-origin frame: compared above without throwing, but be safe */
    }
    const data = event.data;
    window.__got.push({
      fromWidget,
      origin: event.origin,
      type: typeof data,
      text: typeof data === 'string' ? data.slice(0, 200) : undefined,
    });
  });
}

/**
 * Runs in a sender's frame: sends `count` messages to `target` (a function finding the widget's
 * window from there), seeded by `seed`. With `wellFormedEvery` > 0, every such message is a
 * well-formed Pym width message for `childId` (the others never are). Returns how many
 * well-formed ones were sent.
 */
function sendHostile({ seed, count, childId, wellFormedEvery, target: via }) {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];
  const randomText = (n) => {
    let out = '';
    for (let i = 0; i < n; i += 1) {
      const r = random();
      // ASCII, control characters, lone surrogates, astral characters, Pym's separator.
      out += r < 0.6 ? String.fromCharCode(32 + int(95))
        : r < 0.7 ? String.fromCharCode(int(32))
        : r < 0.8 ? String.fromCharCode(0xd800 + int(0x800))
        : r < 0.9 ? String.fromCodePoint(0x1f300 + int(200))
        : 'xPYMx';
    }
    return out;
  };
  const id = childId;
  const wrongIds = ['other-child', `${id}0`, id.slice(0, -1), id.toUpperCase(), '', ` ${id}`, `${id}xPYMx`, `${id}\u0000`, 'chip-paths'];
  const badWidths = ['-1', 'NaN', '1e400', '640 ', ' 640', '', '1.2.3', '.5', '5.', '99999999999', '0x280', '６４０', '640\n', 'Infinity', '+640', '640px'];
  const types = ['height', 'navigateTo', 'scrollToChildPos', 'parentPositionInfo', 'sendHeight', 'WIDTH', 'width ', 'widt'];
  const wellFormed = () => `pymxPYMx${id}xPYMxwidthxPYMx${1 + int(4000)}${random() < 0.3 ? `.${int(100)}` : ''}`;
  const hostile = [
    () => randomText(int(200)),
    () => pick([0, -0, 1, -1, NaN, Infinity, -Infinity, 1e308, 600, random() * 1e6, 2 ** 53 + 1]),
    () => pick([null, undefined, true, false, 600n, '', ' ']),
    () => [600, `pymxPYMx${id}xPYMxwidthxPYMx600`, [[[]]], { width: 600 }],
    () => ({ type: 'width', width: int(4000), childId: id }),
    () => ({ 'datawrapper-height': { [id]: int(4000) } }),
    () => ({ sentinel: 'amp', type: pick(['embed-size', 'embed-ready', 'send-embed-state']), height: int(4000) }),
    () => JSON.stringify({ src: location.href, context: 'iframe.resize', height: int(4000) }),
    () => JSON.stringify({ context: 'iframe.resize', height: randomText(5) }),
    () => `{"pym":"pymxPYMx${id}xPYMxwidthxPYMx600"}`,
    // Pym-shaped: wrong child, wrong type, wrong value, parts missing or doubled.
    () => `pymxPYMx${pick(wrongIds)}xPYMxwidthxPYMx${1 + int(4000)}`,
    () => `pymxPYMx${id}xPYMx${pick(types)}xPYMx${1 + int(4000)}`,
    () => `pymxPYMx${id}xPYMxwidthxPYMx${pick(badWidths)}`,
    () => pick([
      `pymxPYMx${id}xPYMxwidth`,
      `pymxPYMx${id}xPYMxwidthxPYMx`,
      `pymxPYMx${id}`,
      'pymxPYMx',
      'xPYMx',
      `pymxPYMxxPYMxwidthxPYMx600`,
      `PYMxPYMx${id}xPYMxwidthxPYMx600`,
      `pymxpymx${id}xpymxwidthxpymx600`,
      ` pymxPYMx${id}xPYMxwidthxPYMx600`,
      `pymxPYMx${id}xPYMxwidthxPYMx600xPYMx`,
      `pymxPYMx${id}xPYMxwidthxPYMx600xPYMxwidthxPYMx600`,
      `pymxPYMx${id}xPYMx${id}xPYMxwidthxPYMx600`,
      `pymxPYMx${id}xPYMxwidthxPYMx${'9'.repeat(5000)}`,
    ]),
    () => `pymxPYMx${id}xPYMx${randomText(int(30))}`,
    // Prototype-pollution-shaped, as objects (own __proto__ keys) and as JSON text.
    () => JSON.parse('{"__proto__":{"polluted":"yes","width":600},"constructor":{"prototype":{"polluted":"yes"}}}'),
    () => ({ constructor: { prototype: { polluted: 'yes' } }, toString: 'x', valueOf: 1 }),
    () => '{"__proto__":{"polluted":"yes"},"context":"iframe.resize","height":1}',
    () => JSON.stringify({ 'datawrapper-height': JSON.parse(`{"__proto__":{"${id}":10}}`) }),
    // Other clonable kinds.
    () => pick([new Date(0), /pymxPYMx/g, new Map([[id, 600]]), new Set([600]), new ArrayBuffer(16), new Uint8Array([1, 2, 3]), new Error('width'), new Blob(['pymxPYMx'])]),
    // Huge strings (rarely): 1–2 MB, with and without the Pym prefix.
    () => (random() < 0.1 ? `${random() < 0.5 ? `pymxPYMx${id}xPYMxwidthxPYMx` : ''}${'7'.repeat(1_000_000 + int(1_000_000))}` : randomText(int(2000))),
  ];
  // How this sender reaches the widget's window (no eval: the pages' CSP forbids it).
  const target = {
    // The real parent: the iframe element's window.
    parent: () => document.getElementById(id).contentWindow,
    // A same-origin sibling: through the host's document.
    sibling: () => window.parent.document.getElementById(id).contentWindow,
    // A cross-origin sibling: the host's document is out of reach, its frames list is not.
    frames0: () => window.parent.frames[0],
    self: () => window,
  }[via]();
  let wellFormedSent = 0;
  for (let i = 0; i < count; i += 1) {
    let data;
    if (wellFormedEvery > 0 && i % wellFormedEvery === wellFormedEvery - 1) {
      data = wellFormed();
      wellFormedSent += 1;
    } else if (wellFormedEvery === 0 && i % 10 === 0) {
      // A sender that is not the real parent also tries the real thing.
      data = wellFormed();
    } else {
      data = pick(hostile)();
    }
    target.postMessage(data, '*');
  }
  return wellFormedSent;
}

/** The widget's view: the body's markup (switches, matrix, all text), the URL, the matrix text. */
const widgetView = (frame) =>
  frame.evaluate(() => ({
    url: location.href,
    matrix: document.querySelector('table')?.innerText,
    switches: [...document.querySelectorAll('[role="switch"]')].map((s) => s.getAttribute('aria-checked')),
    html: document.body.innerHTML,
  }));

/** Nothing leaked into the prototypes of the window `where`. */
const prototypesClean = (where) =>
  where.evaluate(() => ({}).polluted === undefined && Object.prototype.polluted === undefined && [].polluted === undefined);

/**
 * Opens `url` (a host page with the widget's iframe #CHILD_ID), with the recorder in every frame,
 * and waits until the widget has mounted and its height messages have arrived.
 */
async function openHost(url, options = {}) {
  const w = await openWidget(browser, url, {
    server,
    ...options,
    beforeGoto: async (page, context) => {
      await page.addInitScript(recordEverywhere, CHILD_ID);
      await options.beforeGoto?.(page, context);
    },
  });
  const frame = await (await w.page.locator(`#${CHILD_ID}`).elementHandle()).contentFrame();
  await frame.waitForSelector('[data-ready]', { state: 'attached' });
  // The widget's Pym height, once it has settled (heights are sent only when they change).
  await w.page.waitForFunction(() => window.__got.some((m) => m.fromWidget && /^pymx/.test(m.text ?? '')));
  await frame.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  return { ...w, frame };
}

/** Adds an iframe to the host page; returns its Playwright frame. */
async function addSibling(page, name, attributes = {}) {
  await page.evaluate(([name, attributes]) => {
    const f = document.createElement('iframe');
    f.name = name;
    for (const [k, v] of Object.entries(attributes)) f.setAttribute(k, v);
    document.body.append(f);
  }, [name, attributes]);
  await page.waitForFunction((name) => document.querySelector(`iframe[name="${name}"]`)?.contentWindow, name);
  const frame = await (await page.$(`iframe[name="${name}"]`)).contentFrame();
  await frame.waitForFunction(() => Array.isArray(window.__got));
  return frame;
}

/** Sends `count` messages from `sender` in chunks; returns the well-formed ones sent. */
async function sendFrom(sender, { count, seed, wellFormedEvery, target }) {
  let wellFormed = 0;
  for (let done = 0; done < count; done += CHUNK) {
    wellFormed += await sender.evaluate(sendHostile, {
      seed: seed + done,
      count: Math.min(CHUNK, count - done),
      childId: CHILD_ID,
      wellFormedEvery,
      target,
    });
  }
  return wellFormed;
}

/**
 * The checks after a campaign: every message reached the widget's window (so every one was
 * handled), the replies are exactly one Pym height per well-formed width from the real parent,
 * no sender got anything else, and the view and prototypes are untouched.
 */
async function settleAndCheck(w, { sent, wellFormed, before, baseline, widgetBaseline, siblings }) {
  const { page, frame } = w;
  await frame.waitForFunction((n) => window.__got.length >= n, widgetBaseline + sent);
  // The widget's listener runs after the recorder's for the same message: one round trip
  // through the widget's event loop and the last one has been handled too.
  await frame.evaluate(() => new Promise((ok) => setTimeout(ok, 0)));
  // A last well-formed width from the real parent: its reply comes after any other reply.
  await page.evaluate((id) => document.getElementById(id).contentWindow.postMessage(`pymxPYMx${id}xPYMxwidthxPYMx600`, '*'), CHILD_ID);
  await page.waitForFunction(
    ([base, n]) => window.__got.slice(base).filter((m) => m.fromWidget).length >= n,
    [baseline, wellFormed + 1],
  );
  const height = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const got = (await page.evaluate(() => window.__got)).slice(baseline);
  const expected = `pymxPYMx${CHILD_ID}xPYMxheightxPYMx${height}`;
  const unexpected = got.filter((m) => !(m.fromWidget && m.text === expected));
  assert.deepEqual(unexpected, [], 'the parent received nothing but Pym height replies');
  assert.equal(got.length, wellFormed + 1, `one reply per well-formed width message (${wellFormed} + the last)`);
  assert.equal(
    (await frame.evaluate(() => window.__got.length)) - widgetBaseline,
    sent + 1,
    'the widget received exactly what was sent',
  );
  for (const [name, sibling] of Object.entries(siblings)) {
    assert.deepEqual(await sibling.evaluate(() => window.__got), [], `the ${name} received nothing`);
  }
  assert.deepEqual(await widgetView(frame), before, 'the widget view (matrix, switches, URL) is unchanged');
  assert.ok(await prototypesClean(frame), 'no prototype pollution in the widget');
  assert.ok(await prototypesClean(page), 'no prototype pollution in the host');
  assert.deepEqual(w.errors(), [], 'no console errors');
}

// The share of TOTAL each sender sends (70 % in the first test, 30 % in the second).
const share = (fraction) => Math.max(1, Math.round(TOTAL * fraction));
describe('hostile postMessages to the embedded widget', () => {
  test(`${TOTAL} messages from the parent, siblings and the widget itself: only the parent's well-formed width is answered`, async () => {
    const t0 = performance.now();
    const w = await openHost(HOST_PAGE);
    try {
      const same = await addSibling(w.page, 'sibling');
      // sandbox without allow-same-origin: an opaque origin, cross-origin to everyone.
      const sandboxed = await addSibling(w.page, 'sandboxed', { sandbox: 'allow-scripts', srcdoc: '<p>sibling</p>' });
      assert.equal(await sandboxed.evaluate(() => window.origin), 'null', 'the sandboxed sibling has an opaque origin');
      const before = await widgetView(w.frame);
      const baseline = await w.page.evaluate(() => window.__got.length);
      // (host.js, like Pym's parent, sends the widget its width when the page loads.)
      const widgetBaseline = await w.frame.evaluate(() => window.__got.length);

      const counts = { parent: share(0.35), sibling: share(0.15), sandboxed: share(0.15), self: share(0.05) };
      const wellFormed = await sendFrom(w.page, { count: counts.parent, seed: SEED, wellFormedEvery: WELL_FORMED_EVERY, target: 'parent' });
      await sendFrom(same, { count: counts.sibling, seed: SEED + 1e6, wellFormedEvery: 0, target: 'sibling' });
      await sendFrom(sandboxed, { count: counts.sandboxed, seed: SEED + 2e6, wellFormedEvery: 0, target: 'frames0' });
      await sendFrom(w.frame, { count: counts.self, seed: SEED + 3e6, wellFormedEvery: 0, target: 'self' });
      const sent = Object.values(counts).reduce((a, b) => a + b, 0);

      await settleAndCheck(w, { sent, wellFormed, before, baseline, widgetBaseline, siblings: { sibling: same, 'sandboxed sibling': sandboxed } });
      console.log(`post-message figures: ${JSON.stringify({ host: 'same origin', sent: counts, wellFormedFromParent: wellFormed, seed: SEED, seconds: Number(((performance.now() - t0) / 1000).toFixed(1)) })}`);
    } finally {
      await w.close();
    }
  });

  test('from a parent on another origin: hostile messages get nothing, its well-formed width its height', async () => {
    // The article on http://localhost:PORT2 (a second server), the widget on
    // http://127.0.0.1:PORT: another host name and another port.
    const t0 = performance.now();
    const widgetSrc = `${server.origin}/?embed=1&childId=${CHILD_ID}`;
    const hostHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Another origin</title>
      <link rel="icon" href="data:,"></head><body><h1>An article elsewhere</h1>
      <iframe id="${CHILD_ID}" src="${widgetSrc}" title="Chip Paths" width="100%" height="720" frameborder="0"></iframe>
      </body></html>`;
    const scratch = await mkdtemp(join(tmpdir(), 'chip-paths-article-'));
    await writeFile(join(scratch, 'article.html'), hostHtml);
    const hostServer = await serveDist({ root: scratch });
    const hostOrigin = hostServer.origin.replace('127.0.0.1', 'localhost');
    let w;
    try {
      w = await openHost(`${hostOrigin}/article.html`, { readySelector: `#${CHILD_ID}` });
      assert.notEqual(await w.page.evaluate(() => location.origin), await w.frame.evaluate(() => location.origin));
      // A sibling of the host's origin: cross-origin to the widget.
      const sibling = await addSibling(w.page, 'sibling');
      const before = await widgetView(w.frame);
      const baseline = await w.page.evaluate(() => window.__got.length);
      // (host.js, like Pym's parent, sends the widget its width when the page loads.)
      const widgetBaseline = await w.frame.evaluate(() => window.__got.length);
      const counts = { parent: share(0.2), sibling: share(0.1) };
      const wellFormed = await sendFrom(w.page, { count: counts.parent, seed: SEED + 4e6, wellFormedEvery: WELL_FORMED_EVERY, target: 'parent' });
      await sendFrom(sibling, { count: counts.sibling, seed: SEED + 5e6, wellFormedEvery: 0, target: 'sibling' });
      const sent = counts.parent + counts.sibling;
      await settleAndCheck(w, { sent, wellFormed, before, baseline, widgetBaseline, siblings: { sibling } });
      const replies = await w.page.evaluate(() => window.__got.filter((m) => m.fromWidget).map((m) => m.origin));
      assert.ok(replies.every((o) => o === server.origin), 'replies come from the widget origin');
      console.log(`post-message figures: ${JSON.stringify({ host: 'cross origin', sent: counts, wellFormedFromParent: wellFormed, seed: SEED, seconds: Number(((performance.now() - t0) / 1000).toFixed(1)) })}`);
    } finally {
      await w?.close();
      await hostServer.close();
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
