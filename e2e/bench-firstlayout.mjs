// The first view's rendering work on the page's main thread (issue 16; docs/performance.md,
// tenth session). A script that prints figures, not a timed test.
//
// The seventh session's method as a script: the prerendered view alone (the wasm is held back,
// never answered, so the mount's work is not counted), no CPU throttle or network profile, a
// Chromium trace (CDP `Tracing`, browser-wide) of each load, and on the page's renderer main
// thread the time of its rendering events, summed by kind: style (`UpdateLayoutTree`),
// `Layout`, `PrePaint`, `Paint`, and the HTML's parse (each with the work nested in it). Two sums per load: the **first frame**
// (every event that starts before the first contentful paint is on screen, by the trace's
// `firstContentfulPaint` mark) and the **whole load** (until the loader has shown
// the view and two more frames have been drawn). `--cpu` (the default) charges thread CPU time
// (`tdur`), which on a shared machine is the page's own work; `--wall` wall time.
// Several builds are loaded in turn (A, B, A, B, …), so the machine's load falls on each alike.
// Usage: node e2e/bench-firstlayout.mjs [--loads 5] [--width 375] [--height 667] [--wall] [--json] <dist dir> [<dist dir> …]
import { resolve } from 'node:path';
import { launchBrowser, serveDist } from './support.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const LOADS = Number(flag('--loads', 5));
const WIDTH = Number(flag('--width', 375));
const HEIGHT = Number(flag('--height', 667));
const TIME = args.includes('--wall') ? 'dur' : 'tdur';
const valued = new Set(['--loads', '--width', '--height']);
const dirs = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1]));
if (dirs.length === 0) {
  console.error('Usage: node e2e/bench-firstlayout.mjs [--loads 5] [--width 375] [--height 667] [--wall] [--json] <dist dir> [<dist dir> …]');
  process.exit(2);
}

const KINDS = { UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'prePaint', Paint: 'paint', ParseHTML: 'parse' };

/** Time per kind (ms): the events of those kinds on one thread (sorted by start) that start
 *  before `until`, each with its nested work (a `Layout` with the text shaping in it), except
 *  that work of one kind nested in another's is charged to the outer one only (no double count). */
function kindTimes(events, until) {
  const sums = Object.fromEntries(Object.values(KINDS).map((k) => [k, 0]));
  let outerEnd = -Infinity;
  for (const e of events) {
    if (e.ts >= until) break;
    if (!KINDS[e.name] || e.ts < outerEnd) continue;
    sums[KINDS[e.name]] += (e[TIME] ?? 0) / 1000;
    outerEnd = e.ts + e.dur;
  }
  return sums;
}

async function load(browser, server) {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
  // The wasm never answers: only the prerendered view is laid out and painted.
  await context.route(/\.wasm(\?|$)/, () => {});
  const page = await context.newPage();
  const cdp = await browser.newBrowserCDPSession();
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'toplevel'] },
  });
  await page.goto(server.url('/'));
  await page.locator('[data-prerendered="shown"]').waitFor({ timeout: 60000 });
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok)))));
  await cdp.send('Tracing.end');
  await done;
  await context.close();

  // The page's renderer main thread: the CrRendererMain that parsed this server's HTML.
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const parsers = events.filter((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(server.url('/')));
  const key = parsers.length ? `${parsers[0].pid}:${parsers[0].tid}` : null;
  if (!key || names.get(key) !== 'CrRendererMain') throw new Error('no renderer main thread parsed the page');
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // The first frame: the work that starts before the first contentful paint is on screen (the
  // trace's `firstContentfulPaint` mark of this thread, stamped with the frame's presentation).
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && `${e.pid}:${e.tid}` === key);
  if (!fcp) throw new Error('no first contentful paint in the trace');
  const layouts = onMain.filter((e) => e.name === 'Layout').map((e) => (e[TIME] ?? 0) / 1000);
  return {
    first: kindTimes(onMain, fcp.ts),
    whole: kindTimes(onMain, Infinity),
    largestLayout: Math.max(...layouts),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const servers = [];
for (const d of dirs) servers.push(await serveDist({ root: resolve(d) }));
const browser = await launchBrowser();
try {
  const results = dirs.map(() => []);
  for (let i = 0; i < LOADS; i++) {
    for (let b = 0; b < dirs.length; b++) results[b].push(await load(browser, servers[b]));
  }
  const summary = dirs.map((d, b) => {
    const of = (part, k) => median(results[b].map((r) => r[part][k]));
    const kinds = Object.values(KINDS);
    return {
      build: d,
      first: Object.fromEntries(kinds.map((k) => [k, of('first', k)])),
      whole: Object.fromEntries(kinds.map((k) => [k, of('whole', k)])),
      largestLayouts: results[b].map((r) => r.largestLayout),
    };
  });
  if (args.includes('--json')) {
    console.log(JSON.stringify({ width: WIDTH, height: HEIGHT, time: TIME, loads: LOADS, summary, results }, null, 2));
  } else {
    const f = (x) => x.toFixed(1);
    console.log(`${WIDTH}×${HEIGHT}, ${TIME === 'tdur' ? 'CPU' : 'wall'} time of the page's main thread, ms, median of ${LOADS} loads (builds alternated):`);
    for (const s of summary) {
      const line = (o) => Object.entries(o).map(([k, v]) => `${k} ${f(v)}`).join(' · ');
      console.log(`${s.build}\n  first frame: ${line(s.first)}\n  whole load:  ${line(s.whole)}\n  largest Layout event per load: ${s.largestLayouts.map(f).join(' ')}`);
    }
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
