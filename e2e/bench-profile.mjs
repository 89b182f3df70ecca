// Where a click's script time goes, by function (issue 16; docs/performance.md, thirteenth
// session): a CPU profile (CDP `Profiler`, V8's sampling profiler) of trusted clicks on one switch
// of a release build, at a CPU rate. A script that prints figures, not a timed test.
//
// Build with the wasm's function names kept, or the wasm's frames are `$func123`:
//   CHIP_PATHS_WASM_NAMES=1 scripts/dist.sh --dist <dir>   (post-build.mjs runs wasm-opt -g)
//   CHIP_PATHS_DIST=<dir> node e2e/bench-profile.mjs [--clicks 20] [--rate 4] [--switch <name prefix>]
//     [--interval 100] [--top 25] [--save <file.cpuprofile>] [--json]
// (`--save` writes the raw profile, which Chromium's DevTools opens in its Performance panel.)
// (default switch: the one that changes the most cells, `cargo run --example busiest_switch`.)
//
// Every sample is charged to its **task**: the outermost script frame of its stack (the event
// listener a click ran, the microtask that ran Yew's render, an animation-frame callback, a
// timer), so the click's own work stands apart from the harness's (Playwright's injected script
// and its `evaluate`s run on the page's thread too). Within the page's own tasks (those whose
// stack holds the widget's glue or wasm), the figures per click are each function's self time
// (its own code) and total time (itself and what it called), in ms of wall time per click at
// that rate: the sampling profiler's view, accurate to about a sample (the interval) per entry.
import { argFlag, launchBrowser, modelExample, openBenchPage, serveDist, settled } from './support.mjs';

const args = process.argv.slice(2);
const flag = argFlag;
const CLICKS = Number(flag('--clicks', 20));
const RATE = Number(flag('--rate', 4));
const INTERVAL = Number(flag('--interval', 100)); // µs between samples
const TOP = Number(flag('--top', 25));
const WARMUP = 2;

const impact = modelExample('busiest_switch');
const name = flag('--switch', impact.busiest.name);


const server = await serveDist();
const browser = await launchBrowser();
try {
  const { context, page, sw, cdp } = await openBenchPage(browser, server, name, RATE);
  for (let i = 0; i < WARMUP; i++) {
    await sw.click();
    await settled(page);
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL });
  await cdp.send('Profiler.start');
  for (let i = 0; i < CLICKS; i++) {
    await sw.click();
    await settled(page);
  }
  const { profile } = await cdp.send('Profiler.stop');
  if (flag('--save')) (await import('node:fs')).writeFileSync(flag('--save'), JSON.stringify(profile));

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // A frame's name: the function and the file it is in (the wasm's functions by their Rust path).
  const label = (node) => {
    const f = node.callFrame;
    const file = /\.wasm$/.test(f.url) ? 'wasm' : f.url.split('/').pop().replace(/-[0-9a-f]{16}(?=\.js$)/, '') || '';
    return `${f.functionName || '(anonymous)'}${file ? ` [${file}]` : ''}`;
  };
  const ours = (node) => {
    const url = node.callFrame.url;
    return /\.wasm$/.test(url) || /\/(chip-paths|loader)[^/]*\.js$/.test(url);
  };
  const stackOf = (id) => {
    const out = [];
    for (let n = id; n !== undefined; n = parent.get(n)) out.push(byId.get(n));
    return out.reverse(); // root first
  };
  // Sample i lasts until sample i + 1 (as DevTools charges it).
  const times = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  times.push(profile.endTime);
  // The page's work by what started it, from the Rust frames on its stack (Yew 0.23 renders in
  // a microtask of the event, and yields to a timer after 16 ms; use_url_sync writes the
  // address after the frame), and each part's time by where it was spent: the wasm's own code,
  // the JS glue (whose self time includes the DOM setters it calls, such as `innerHTML`), or
  // the browser's functions (the DOM's methods, `history.pushState`).
  const PHASES = [
    ['the click handler (Yew\'s listener, the reducer)', /SubtreeData>::add_listener/],
    ['the render (a microtask of the click)', /scheduler::arch::start::\{closure/],
    ['the render, continued after Yew yielded (a timer)', /run_scheduler::\{closure/],
    ['the address written (after the frame)', /use_url_sync::inner_fn::\{closure#1\}::\{closure#0\}/],
    ["after_paint's animation frame", /use_url_sync::after_paint/],
  ];
  const phases = new Map();
  const tasks = new Map();
  const self = new Map();
  const total = new Map();
  let oursMs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (times[i + 1] - times[i]) / 1000;
    const stack = stackOf(profile.samples[i]);
    const frames = stack.filter((n) => n.callFrame.functionName !== '(root)');
    const task = frames[0] ? label(frames[0]) : '(none)';
    const mine = frames.some(ours);
    const key = `${mine ? 'page' : 'other'}: ${task}`;
    tasks.set(key, (tasks.get(key) ?? 0) + ms);
    if (!mine) continue;
    oursMs += ms;
    const names = frames.map((n) => n.callFrame.functionName);
    const phase = PHASES.find(([, re]) => names.some((f) => re.test(f)))?.[0] ?? 'other';
    const leafFrame = frames.at(-1).callFrame;
    const where = /\.wasm$/.test(leafFrame.url) ? (leafFrame.functionName === 'js-to-wasm::' ? 'glue' : 'wasm') : leafFrame.url ? 'glue' : 'browser';
    const row = phases.get(phase) ?? { wasm: 0, glue: 0, browser: 0 };
    row[where] += ms;
    phases.set(phase, row);
    const leaf = label(frames.at(-1));
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    for (const l of new Set(frames.map(label))) total.set(l, (total.get(l) ?? 0) + ms);
  }
  const perClick = (m) =>
    [...m].map(([k, ms]) => [k, +(ms / CLICKS).toFixed(2)]).sort((a, b) => b[1] - a[1]);
  const result = {
    switch: name,
    rate: RATE,
    clicks: CLICKS,
    intervalUs: INTERVAL,
    pageMsPerClick: +(oursMs / CLICKS).toFixed(2),
    phases: Object.fromEntries([...phases].map(([k, r]) => [k, Object.fromEntries(Object.entries(r).map(([w, ms]) => [w, +(ms / CLICKS).toFixed(2)]))])),
    tasks: perClick(tasks).slice(0, TOP),
    self: perClick(self).slice(0, TOP),
    total: perClick(total).slice(0, TOP),
  };
  if (args.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(`${name}: ${CLICKS} trusted clicks at ${RATE}× CPU, sampled every ${INTERVAL} µs. The page's own script per click: ${result.pageMsPerClick} ms (wall, at that rate).`);
    const show = (title, rows) => {
      console.log(`${title}:`);
      for (const [k, ms] of rows) console.log(`  ${ms.toFixed(2).padStart(7)}  ${k}`);
    };
    console.log('the page\'s work by phase, ms per click (wasm: its own code; glue: the JS glue, incl. the DOM setters it calls; browser: DOM methods, history):');
    for (const [k, r] of Object.entries(result.phases)) console.log(`  ${(r.wasm + r.glue + r.browser).toFixed(2).padStart(7)}  ${k}: wasm ${r.wasm}, glue ${r.glue}, browser ${r.browser}`);
    show('by task (outermost frame; "page" = its stack holds the widget\'s glue or wasm), ms per click', result.tasks);
    show('the page\'s tasks, self time by function, ms per click', result.self);
    show('the page\'s tasks, total time by function (itself and its callees), ms per click', result.total);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
