// Interaction and first-view benchmark of the release build, as Core Web Vitals measure them
// (issue 16; docs/performance.md). A script that prints figures, not a timed test.
//
// - INP per switch: trusted clicks (Playwright's mouse, not `el.click()`) on the three headline
//   switches and on the switch that changes the most cells (found from the model:
//   `cargo run --example busiest_switch`), at 1× and 4× CPU (`Emulation.setCPUThrottlingRate`).
//   Each click's figure is the browser's own Event Timing entry for it: the longest `duration`
//   (input to the next paint, in 8 ms steps) among the entries with its `interactionId`, what
//   INP reports. The API reports only interactions of 16 ms or more, so a click without an entry
//   took under 16 ms: such clicks count as 16 in the percentiles, which then read "≤16".
// - First view on a throttled mobile profile (375×667, 4× CPU, 1.6 Mbit/s down, 750 kbit/s up,
//   150 ms round trip, no cache): first contentful paint, LCP (and its element), the widget
//   interactive (`chip-paths-ready`), the layout shift up to then (CLS), and the first
//   interaction's INP (a trusted click on the first headline switch once interactive).
// - Each switch's figures also give the median parts of its clicks' longest entry: input delay
//   (to the handlers), processing (the handlers: Yew's update, the model) and presentation
//   delay (the handlers' end to the frame on screen: style, layout, paint, raster, the wait for
//   the display's frame). And a floor: a page whose switch changes one word, clicked the same
//   way in the same browser at the same CPU rate — what this machine cannot go below.
// - `--mouse` (thirteenth session): each click as a hand makes it instead of Playwright's
//   `click()`: the pointer moved onto the switch, two frames, the button pressed, two frames, the
//   button released. Playwright's `click()` sends the move, the press and the release together,
//   so the page handles all three in one task before the click's handlers (the move's and the
//   press's hit tests, and the listener Playwright adds on `pointerdown` to check that its event
//   hits the element, ≈ 3 ms at 4×): the click's input delay then includes them. The default
//   stays `click()`, as every figure before the thirteenth session was measured.
// Usage: node e2e/bench-inp.mjs [--clicks 20] [--loads 5] [--rates 1,4] [--mouse] [--json]
// CHIP_PATHS_DIST=<dir> benchmarks another build (e.g. /work/main/dist) for a before/after.
// Keep CARGO_TARGET_DIR set: the model is asked through `cargo run --example`.
import { launchBrowser, modelExample, openMobileProfile, quantile, serveDist } from './support.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const CLICKS = flag('--clicks', 20);
const LOADS = flag('--loads', 5);
// `--rates 4` measures one CPU rate only; `--loads 0` skips the mobile first view.
const RATES = args.includes('--rates') ? args[args.indexOf('--rates') + 1].split(',').map(Number) : [1, 4];
const WARMUP = 2;
const FLOOR = 16; // The Event Timing API's smallest durationThreshold.
const MOUSE = args.includes('--mouse');

const impact = modelExample('busiest_switch');
const byId = new Map(impact.switches.map((s) => [s.id, s]));
const targets = [...impact.headline.map((id) => byId.get(id)), impact.busiest].filter(
  (s, i, all) => s && all.findIndex((t) => t.id === s.id) === i,
);

const stats = (xs) => ({ p50: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: Math.max(...xs), n: xs.length });
const shown = (v) => (v <= FLOOR ? `≤${FLOOR}` : `${v}`);

/** Starts recording Event Timing entries, layout shifts and LCP in the page. */
const RECORD = () => {
  window.__events = [];
  window.__shifts = [];
  window.__lcp = [];
  new PerformanceObserver((l) => window.__events.push(...l.getEntries().map((e) => ({ id: e.interactionId, d: e.duration, t: e.startTime, ps: e.processingStart, pe: e.processingEnd, n: e.name })))).observe({
    type: 'event',
    durationThreshold: 16,
    buffered: true,
  });
  new PerformanceObserver((l) => window.__shifts.push(...l.getEntries().filter((e) => !e.hadRecentInput).map((e) => e.value))).observe({
    type: 'layout-shift',
    buffered: true,
  });
  new PerformanceObserver((l) => window.__lcp.push(...l.getEntries().map((e) => ({ t: e.startTime, el: e.element ? `${e.element.tagName.toLowerCase()}.${e.element.className}` : '?' })))).observe({
    type: 'largest-contentful-paint',
    buffered: true,
  });
};

/** Resolves after the frame that follows now has been painted (and one more, for the entries). */
const painted = (page) =>
  page.evaluate(
    () =>
      new Promise((ok) =>
        requestAnimationFrame(() => requestAnimationFrame(() => {
          const c = new MessageChannel();
          c.port1.onmessage = () => ok();
          c.port2.postMessage(null);
        })),
      ),
  );

/** One trusted click on the switch named `name`; resolves with its INP figure (ms). */
async function timedClick(page, name) {
  const sw = page.getByRole('switch', { name, exact: true });
  const before = await sw.getAttribute('aria-checked');
  const count = await page.evaluate(() => performance.interactionCount);
  if (MOUSE) {
    // A hand's click: the pointer on the switch first, then a press and a release frames apart.
    await sw.scrollIntoViewIfNeeded();
    const box = await sw.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await painted(page);
    await page.mouse.down();
    await painted(page);
    await page.mouse.up();
  } else {
    await sw.click(); // Playwright's mouse: trusted pointerdown, pointerup, click.
  }
  await page.waitForFunction(
    ([el, b]) => el.getAttribute('aria-checked') !== b,
    [await sw.elementHandle(), before],
  );
  await painted(page);
  // Event Timing entries are queued once the frame's presentation time is known: wait for the
  // interaction's entry, or for another frame when it took under the threshold (no entry).
  return page.evaluate(async (n) => {
    for (let frames = 0; frames < 10; frames++) {
      const ids = [...new Set(window.__events.map((e) => e.id).filter(Boolean))].sort((a, b) => a - b);
      if (performance.interactionCount > n && ids.length) {
        const mine = window.__events.filter((e) => e.id === ids.at(-1) && e.id > (window.__lastId ?? 0));
        if (mine.length) {
          window.__lastId = ids.at(-1);
          // The longest entry is the interaction's figure; on a tie, the click's (the last).
          const top = mine.reduce((a, e) => (e.d >= a.d ? e : a));
          return { ms: top.d, delay: top.ps - top.t, processing: top.pe - top.ps, presentation: top.t + top.d - top.pe };
        }
      }
      await new Promise((r) => requestAnimationFrame(r));
    }
    return { ms: 16 };
  }, count);
}

/** The figures of one switch's clicks: INP, and the median of each part of the longest entry
 *  (clicks under the API's threshold have no entry, hence no parts). */
function summary(clicks) {
  const timed = clicks.filter((c) => c.delay !== undefined);
  const median = (key) => (timed.length ? +quantile(timed.map((c) => c[key]), 0.5).toFixed(1) : null);
  return {
    ...stats(clicks.map((c) => Math.max(c.ms, FLOOR))),
    parts: { delay: median('delay'), processing: median('processing'), presentation: median('presentation') },
  };
}

/** A page whose switch changes one word, clicked the same way: what this browser and machine
 *  cannot go below (its presentation delay is the frame pipeline's, with next to no work). */
const FLOOR_PAGE =
  '<!doctype html><button role="switch" aria-checked="false" onclick="const on = this.ariaChecked === \'true\'; this.ariaChecked = String(!on); this.textContent = on ? \'Floor off\' : \'Floor on\'">Floor off</button>';

async function clicksAt(browser, server, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(RECORD);
  await page.goto(server.url('/'));
  await page.locator('[data-ready]').waitFor({ timeout: 60000 });
  // A switch in a closed fold ("More policies from the record") is unfolded first.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const out = {};
  const run = async (page, id, name) => {
    const clicks = [];
    for (let i = 0; i < WARMUP + CLICKS; i++) {
      const click = await timedClick(page, new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      if (i >= WARMUP) clicks.push(click);
    }
    out[id] = summary(clicks);
  };
  for (const target of targets) await run(page, target.id, target.name);
  // The floor, after the widget's figures, in a page of its own (the widget's CSP refuses the
  // floor's inline handler), throttled the same way.
  const floor = await context.newPage();
  await (await context.newCDPSession(floor)).send('Emulation.setCPUThrottlingRate', { rate });
  await floor.setContent(FLOOR_PAGE);
  await floor.evaluate(RECORD);
  await run(floor, 'floor', 'Floor');
  await context.close();
  return out;
}

async function mobileLoad(browser, server) {
  const { context, page, ready } = await openMobileProfile(browser, server.url('/'), RECORD);
  // Not a locator: it would inject Playwright's script into the page before the first frame.
  await ready;
  await painted(page);
  const load = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const ready = performance.getEntriesByName('chip-paths-ready')[0]?.startTime;
    const lcp = window.__lcp.at(-1);
    return { fcp, lcp: lcp?.t, lcpElement: lcp?.el, ready, cls: window.__shifts.reduce((a, b) => a + b, 0) };
  });
  const first = await timedClick(page, new RegExp(`^${targets[0].name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await context.close();
  return { ...load, firstInteraction: Math.max(first.ms, FLOOR) };
}

const server = await serveDist();
const browser = await launchBrowser();
try {
  const result = { build: server.origin && (process.env.CHIP_PATHS_DIST ?? 'dist'), clicks: CLICKS, switches: {}, mobile: {} };
  for (const target of targets) result.switches[target.id] = { name: target.name, cellsChanged: target.cellsChanged, headline: target.headline };
  result.switches.floor = { name: 'Floor: a page whose switch changes one word', cellsChanged: 0, headline: true };
  for (const rate of RATES) {
    const figures = await clicksAt(browser, server, rate);
    for (const [id, s] of Object.entries(figures)) result.switches[id][`cpu${rate}x`] = s;
  }
  const loads = [];
  for (let i = 0; i < LOADS; i++) loads.push(await mobileLoad(browser, server));
  // (`--loads 0`: no mobile figures.)
  const med = (key) => +quantile(loads.map((l) => l[key]), 0.5).toFixed(0);
  result.mobile = LOADS && {
    loads: LOADS,
    fcpMs: med('fcp'),
    lcpMs: med('lcp'),
    lcpElements: [...new Set(loads.map((l) => l.lcpElement))],
    interactiveMs: med('ready'),
    clsMax: Math.max(...loads.map((l) => l.cls)),
    firstInteractionMs: stats(loads.map((l) => l.firstInteraction)),
  };
  if (args.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(`INP per switch (${CLICKS} trusted clicks after ${WARMUP} warm-up${MOUSE ? ', each moved, pressed and released frames apart (--mouse)' : ''}; ms; ≤16 = under the API's threshold)`);
    for (const s of Object.values(result.switches)) {
      const parts = (p) => (p.delay === null ? '' : ` (median parts: input delay ${p.delay}, processing ${p.processing}, presentation ${p.presentation})`);
      const line = (m) => `p50 ${shown(m.p50)}, p95 ${shown(m.p95)}, max ${shown(m.max)}${parts(m.parts)}`;
      const rates = RATES.map((r) => `${r}× ${line(s[`cpu${r}x`])}`).join(' · ');
      console.log(`  ${s.name}${s.headline ? '' : ' (changes the most cells)'}${s.cellsChanged ? ` [${s.cellsChanged} cells]` : ''}: ${rates}`);
    }
    const m = result.mobile;
    if (m) console.log(`Mobile profile (4× CPU, 1.6 Mbit/s, 150 ms RTT), median of ${m.loads} loads: FCP ${m.fcpMs} ms, LCP ${m.lcpMs} ms (${m.lcpElements.join(', ')}), interactive ${m.interactiveMs} ms, CLS max ${m.clsMax}`);
    if (m) console.log(`  first interaction: p50 ${shown(m.firstInteractionMs.p50)}, max ${shown(m.firstInteractionMs.max)} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
