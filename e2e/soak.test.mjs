// Soak (issue 18): thousands of operations in one page of the release build — switches toggled,
// presets and the timeline moved, developers selected and, in `?mode=story`, story steps by
// keyboard — while the JS heap, the wasm memory, the DOM and the latency of a toggle are measured
// at the start and at the end. Bounded for `make test`: CHIP_PATHS_SOAK_OPS operations in all
// (default 1,500: two thirds in the reader's view, one third in the story — story steps cost
// more, as each redraws the whole view), plus 2 × 50 timed ones per view. Raise it for a long
// campaign, e.g.
//   CHIP_PATHS_SOAK_OPS=50000 node --test --test-timeout=3600000 e2e/soak.test.mjs
// The operations are random but seeded (CHIP_PATHS_SOAK_SEED, default 1), so a failure replays.
//
// Each operation is a real click (or keydown) dispatched inside the page on an element found by
// its role and accessible name, and the driver waits for the state it must change (an
// aria-checked, aria-pressed, aria-expanded, the story's step) — never for a fixed time. Every
// few operations it waits for a painted frame, so rendering, ResizeObserver and the URL sync run
// as they do for a reader, who cannot click twice within one frame.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openWidget } from './support.mjs';

const TOTAL_OPS = Number(process.env.CHIP_PATHS_SOAK_OPS ?? 1500);
const STORY_OPS = Math.round(TOTAL_OPS / 3);
const READER_OPS = TOTAL_OPS - STORY_OPS;
const SEED = Number(process.env.CHIP_PATHS_SOAK_SEED ?? 1);
/** Operations per page.evaluate round trip. */
const CHUNK = 250;
/** Wait for a painted frame after every FRAME_EVERY-th operation. */
const FRAME_EVERY = 4;
/** Toggles timed at the start and at the end. */
const LATENCY_SAMPLES = 50;

// Bounds. Heap and wasm memory: less than twice the start and less than +20 MB; DOM within 5 %
// of the start once the same view is back; latency: last median < 2 × first median + 5 ms.
const GROWTH_FACTOR = 2;
const GROWTH_BYTES = 20 * 1024 * 1024;
const DOM_TOLERANCE = 0.05;
const LATENCY_FACTOR = 2;
const LATENCY_SLACK_MS = 5;

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/**
 * Installs `window.__soak` in the page: element look-up by role and accessible name, waits on
 * observable state (MutationObserver, requestAnimationFrame), a seeded random source and the
 * operations themselves. Runs inside the page.
 */
function installDriver({ seed, frameEvery }) {
  // mulberry32: small, seeded, good enough to pick operations.
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const text = (el) => el.textContent.replace(/\s+/g, ' ').trim();
  /** The accessible name as the tests use it: aria-label, else the element's text. */
  const name = (el) => el.getAttribute('aria-label') ?? text(el);
  /** Elements of an ARIA role (explicit, or implicit for buttons), optionally inside `scope`. */
  const byRole = (role, scope = document) =>
    [...scope.querySelectorAll(role === 'button' ? 'button:not([role]), [role="button"]' : `[role="${role}"]`)];
  const find = (role, wanted, scope) => byRole(role, scope).find((el) => name(el) === wanted);
  const group = (label) => document.querySelector(`[role="group"][aria-label="${label}"]`);

  /** Resolves once `pred()` holds, re-checking on every DOM mutation; fails after 10 s. */
  const until = (what, pred) =>
    new Promise((resolve, reject) => {
      if (pred()) return resolve();
      const observer = new MutationObserver(() => {
        if (!pred()) return;
        observer.disconnect();
        clearTimeout(guard);
        resolve();
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      // Not a sleep: a bound after which the awaited state counts as never reached.
      const guard = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`state never reached: ${what}`));
      }, 10000);
    });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

  const switches = () => byRole('switch');
  const switchName = (el) => text(el).replace(/\s*(On|Off)$/i, '');

  async function toggle(sw) {
    const wanted = switchName(sw);
    const was = sw.getAttribute('aria-checked');
    sw.click();
    await until(`switch "${wanted}" leaves ${was}`, () => {
      const now = switches().find((el) => switchName(el) === wanted);
      return now && now.getAttribute('aria-checked') !== was;
    });
    return `switch ${wanted}`;
  }

  async function preset() {
    const buttons = byRole('button', group('Jump to a moment')).filter(
      (b) => b.getAttribute('aria-pressed') !== 'true',
    );
    const b = pick(buttons);
    const wanted = name(b);
    b.click();
    await until(`preset "${wanted}" pressed`, () =>
      find('button', wanted, group('Jump to a moment'))?.getAttribute('aria-pressed') === 'true',
    );
    return `preset ${wanted}`;
  }

  // The timeline's range input moves through the dated events; the list of events (folded in
  // a <details>) gives each position's date as the page shows it.
  async function scrub() {
    const range = document.querySelector('.timeline input[type="range"]');
    const labels = [...document.querySelectorAll('.timeline__list .event__date')].map(text);
    const shown = () => text(document.querySelector('.timeline__date'));
    const from = shown();
    // Only a position with another date is sure to change what the page shows (two events
    // can share a date).
    const to = pick(labels.map((label, i) => [label, i]).filter(([label]) => label !== from));
    range.value = String(to[1]);
    range.dispatchEvent(new Event('input', { bubbles: true }));
    await until(`timeline moved from ${from} to ${to[0]}`, () => shown() === to[0]);
    return `timeline ${to[1]}`;
  }

  // A developer's button is named "<name> (<known for>) All paths", "… Hide paths" once open.
  const devName = (el) => name(el).replace(/\s*(All|Hide) paths$/, '');
  const developers = () => byRole('button', document.querySelector('table'));
  async function developer() {
    const b = pick(developers());
    const wanted = devName(b);
    const was = b.getAttribute('aria-expanded');
    b.click();
    await until(`developer "${wanted}" leaves expanded=${was}`, () => {
      const now = developers().find((el) => devName(el) === wanted);
      return now && now.getAttribute('aria-expanded') !== was;
    });
    return `developer ${wanted}`;
  }

  async function workload() {
    const buttons = byRole('button', group('Workload shown in the diagram')).filter(
      (b) => b.getAttribute('aria-pressed') !== 'true',
    );
    const b = pick(buttons);
    const wanted = name(b);
    b.click();
    await until(`workload "${wanted}" pressed`, () =>
      find('button', wanted, group('Workload shown in the diagram'))?.getAttribute('aria-pressed') === 'true',
    );
    return `workload ${wanted}`;
  }

  const story = () => document.querySelector('.story');
  // The "Before we start" card, which Home (and Back from the first step) opens, is step 0.
  const stepNow = () => (story() ? Number(story().dataset.step) : 0);
  async function storyKey(last) {
    const n = stepNow();
    const moves = [
      ['ArrowRight', Math.min(n + 1, last)],
      ['ArrowLeft', Math.max(n - 1, 0)],
      ['Home', 0],
      ['End', last],
    ].filter(([, to]) => to !== n);
    const [key, to] = pick(moves);
    document.activeElement?.blur?.();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, bubbles: true, cancelable: true }));
    await until(`story ${key} from ${n} to ${to}`, () => stepNow() === to);
    return `story ${key}`;
  }

  /** One random operation of the reader's view. */
  function readerOp() {
    const r = random();
    if (r < 0.45) return toggle(pick(switches()));
    if (r < 0.6) return preset();
    if (r < 0.75) return scrub();
    if (r < 0.92) return developer();
    return workload();
  }

  let done = 0;
  /** Runs `count` operations; the mix depends on the view. Returns a tally by kind. */
  async function run(count, view, lastStep) {
    const tally = {};
    for (let i = 0; i < count; i += 1) {
      const op = view === 'story' ? await storyKey(lastStep) : await readerOp();
      const kind = op.split(' ')[0];
      tally[kind] = (tally[kind] ?? 0) + 1;
      done += 1;
      if (done % frameEvery === 0) await frame();
    }
    return tally;
  }

  /**
   * Time from an operation to the first frame painted after its new state is in the DOM, in ms,
   * `count` times (an even count leaves the view as it was): the first switch toggled, or in the
   * story one step forward and back.
   */
  async function latencies(count, view, lastStep) {
    const out = [];
    const forward = view === 'story' && stepNow() < lastStep;
    await frame();
    for (let i = 0; i < count; i += 1) {
      const t0 = performance.now();
      if (view === 'story') {
        const key = (i % 2 === 0) === forward ? 'ArrowRight' : 'ArrowLeft';
        const to = stepNow() + (key === 'ArrowRight' ? 1 : -1);
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, bubbles: true, cancelable: true }));
        await until(`story ${key} to ${to}`, () => stepNow() === to);
      } else {
        await toggle(switches()[0]);
      }
      await frame();
      out.push(performance.now() - t0);
    }
    return out;
  }

  window.__soak = { run, latencies, frame, until, find, byRole, switches, switchName, name, devName, developers, group, stepNow };
}

/** DOM size of the page: elements, all nodes (text included), and listeners/nodes per Chromium. */
async function domSize(page, cdp) {
  const live = await page.evaluate(() => {
    let nodes = 0;
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) nodes += 1;
    return { elements: document.getElementsByTagName('*').length, nodes };
  });
  const metrics = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
  );
  return { ...live, rendererNodes: metrics.Nodes, listeners: metrics.JSEventListeners };
}

/**
 * The widget's WebAssembly.Memory size. The loader imports the wasm-bindgen glue as a module and
 * calls its `init`; importing the same URL again yields the same module instance, whose `init`
 * returns the already-instantiated exports (and their `memory`) without loading anything.
 */
async function wasmMemoryBytes(page) {
  return page.evaluate(async () => {
    const glue = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .find((url) => /chip-paths[^/]*\.js(\?|$)/.test(url) && !/loader\.js/.test(url));
    if (!glue) return null;
    const module = await import(glue);
    const exports = await module.default();
    const memory = Object.values(exports).find((v) => v instanceof WebAssembly.Memory);
    return memory ? memory.buffer.byteLength : null;
  });
}

/** JS heap after a full garbage collection (Chromium DevTools protocol; no launch flag needed). */
async function heapBytes(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function measure(page, cdp) {
  const heap = await heapBytes(cdp);
  return { heap, wasm: await wasmMemoryBytes(page), dom: await domSize(page, cdp) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function assertGrowth(label, start, end) {
  assert.ok(
    end < start * GROWTH_FACTOR && end - start < GROWTH_BYTES,
    `${label} grew from ${mb(start)} to ${mb(end)} (bound: < ${GROWTH_FACTOR}× and < +${mb(GROWTH_BYTES)})`,
  );
}

/** The reader's view as a few strings: switches, date, expanded developer, workload, URL. */
const viewState = (page) =>
  page.evaluate(() => ({
    switches: window.__soak.switches().map((s) => `${window.__soak.switchName(s)}=${s.getAttribute('aria-checked')}`),
    date: document.querySelector('.timeline__date')?.textContent,
    expanded: [...document.querySelectorAll('[aria-expanded="true"]')].map((e) => window.__soak.name(e)),
    preset: [...window.__soak.byRole('button', window.__soak.group('Jump to a moment'))]
      .filter((b) => b.getAttribute('aria-pressed') === 'true')
      .map((b) => window.__soak.name(b))[0],
    workload: window.__soak.byRole('button', window.__soak.group('Workload shown in the diagram'))
      .filter((b) => b.getAttribute('aria-pressed') === 'true')
      .map((b) => window.__soak.name(b)),
    matrix: document.querySelector('table')?.innerText.replace(/\s+/g, ' '),
  }));

/** Brings the reader's view back to `start`: its preset, then switches, developer, workload. */
async function restoreReaderView(page, start) {
  await page.evaluate(async (start) => {
    const S = window.__soak;
    const click = async (what, get, done) => {
      if (done(get())) return;
      get().click();
      await S.until(what, () => done(get()));
    };
    const preset = () => S.find('button', start.preset, S.group('Jump to a moment'));
    await click(`preset ${start.preset}`, preset, (b) => b.getAttribute('aria-pressed') === 'true');
    for (const entry of start.switches) {
      const at = entry.lastIndexOf('=');
      const [wanted, on] = [entry.slice(0, at), entry.slice(at + 1)];
      const sw = () => S.switches().find((s) => S.switchName(s) === wanted);
      await click(`switch ${wanted} back to ${on}`, sw, (s) => s.getAttribute('aria-checked') === on);
    }
    const open = () => document.querySelector('table [aria-expanded="true"]');
    while (open()) {
      const wanted = S.devName(open());
      await click(`developer ${wanted} folded`, () => S.developers().find((b) => S.devName(b) === wanted), (b) => b.getAttribute('aria-expanded') === 'false');
    }
    for (const w of start.workload) {
      const b = () => S.find('button', w, S.group('Workload shown in the diagram'));
      await click(`workload ${w}`, b, (x) => x.getAttribute('aria-pressed') === 'true');
    }
    await S.frame();
    await S.frame();
  }, start);
}

/**
 * The soak itself: measure, time LATENCY_SAMPLES toggles, run OPS operations in chunks, bring
 * the start view back, time LATENCY_SAMPLES toggles again, measure; print and check.
 */
async function soak(view, OPS) {
  const query = view === 'story' ? '?mode=story' : '';
  const w = await openWidget(browser, query, { readySelector: view === 'story' ? '.story' : '[data-ready]' });
  const { page } = w;
  const cdp = await w.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    await page.evaluate(installDriver, { seed: SEED, frameEvery: FRAME_EVERY });
    const lastStep = view === 'story'
      ? await page.evaluate(() => Number(/of (\d+)/.exec(document.querySelector('.story__count').textContent)[1]))
      : 0;
    const startView = view === 'story' ? await page.evaluate(() => window.__soak.stepNow()) : await viewState(page);
    await page.evaluate(() => window.__soak.frame());
    const start = await measure(page, cdp);

    const t0 = performance.now();
    const firstLatencies = await page.evaluate((n) => window.__soak.latencies(...n), [LATENCY_SAMPLES, view, lastStep]);
    const tally = {};
    for (let done = 0; done < OPS; done += CHUNK) {
      const n = Math.min(CHUNK, OPS - done);
      const part = await page.evaluate(([n, view, last]) => window.__soak.run(n, view, last), [n, view, lastStep]);
      for (const [k, v] of Object.entries(part)) tally[k] = (tally[k] ?? 0) + v;
    }

    // The same view as at the start (latency depends on the view: an open developer's paths
    // make every render longer), then the last timed operations and the end figures.
    if (view === 'story') {
      await page.evaluate(async (step) => {
        const S = window.__soak;
        if (S.stepNow() !== step) {
          // Home opens the "Before we start" card (step 0); Next then steps to where it began.
          document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
          await S.until('back to the start card', () => S.stepNow() === 0);
          for (let n = 1; n <= step; n += 1) {
            document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
            await S.until(`forward to step ${n}`, () => S.stepNow() === n);
          }
        }
        await S.frame();
      }, startView);
    } else {
      await restoreReaderView(page, startView);
      assert.deepEqual(await viewState(page), startView, 'the start view is back (same matrix)');
    }
    const lastLatencies = await page.evaluate((n) => window.__soak.latencies(...n), [LATENCY_SAMPLES, view, lastStep]);
    const seconds = (performance.now() - t0) / 1000;
    const end = await measure(page, cdp);

    const first = median(firstLatencies);
    const last = median(lastLatencies);
    const figures = {
      view: view === 'story' ? 'story (?mode=story)' : 'reader',
      operations: OPS,
      seed: SEED,
      tally,
      seconds: Number(seconds.toFixed(1)),
      opsPerSecond: Math.round((OPS + 2 * LATENCY_SAMPLES) / seconds),
      heap: `${mb(start.heap)} → ${mb(end.heap)}`,
      wasmMemory: start.wasm == null ? 'not reachable' : `${mb(start.wasm)} → ${mb(end.wasm)}`,
      domElements: `${start.dom.elements} → ${end.dom.elements}`,
      domNodes: `${start.dom.nodes} → ${end.dom.nodes}`,
      rendererNodes: `${start.dom.rendererNodes} → ${end.dom.rendererNodes}`,
      listeners: `${start.dom.listeners} → ${end.dom.listeners}`,
      // A switch toggled (reader) or a story step (story), to the next painted frame.
      [view === 'story' ? 'stepToFrameMedianMs' : 'toggleToFrameMedianMs']: `${first.toFixed(1)} → ${last.toFixed(1)}`,
    };
    console.log(`soak figures: ${JSON.stringify(figures, null, 2)}`);

    assertGrowth('JS heap', start.heap, end.heap);
    assert.ok(start.wasm > 0, 'the wasm memory is reachable');
    assertGrowth('wasm memory', start.wasm, end.wasm);
    for (const key of ['elements', 'nodes']) {
      const d = Math.abs(end.dom[key] - start.dom[key]) / start.dom[key];
      assert.ok(d <= DOM_TOLERANCE, `DOM ${key}: ${start.dom[key]} → ${end.dom[key]} (more than ${DOM_TOLERANCE * 100} %)`);
    }
    assert.ok(
      last < LATENCY_FACTOR * first + LATENCY_SLACK_MS,
      `latency drifted: median ${first.toFixed(1)} ms → ${last.toFixed(1)} ms (bound: < ${LATENCY_FACTOR}× + ${LATENCY_SLACK_MS} ms)`,
    );
    assert.deepEqual(w.errors(), []);
  } finally {
    await w.close();
  }
}

describe('soak', () => {
  test(`${READER_OPS} operations in the reader's view: memory, DOM and latency stay bounded`, async () => {
    await soak('reader', READER_OPS);
  });

  test(`${STORY_OPS} story steps by keyboard in ?mode=story: memory, DOM and latency stay bounded`, async () => {
    await soak('story', STORY_OPS);
  });
});
