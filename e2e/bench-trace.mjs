// Where a toggle's time goes (issue 16; docs/performance.md): a Chromium trace (CDP `Tracing`)
// of trusted clicks on one switch of the release build, summed per kind of main-thread work.
// A script that prints figures, not a timed test.
//
// Each click's window runs from the trusted pointerdown to the frame after the one that shows
// the change (so the post-paint history push is inside it). Within those windows, every complete
// event on the page's main thread is charged its *self* time (its duration less its nested
// children's), summed by name over the clicks and divided by their number: ms per click. The
// names are Chromium's (`FunctionCall` = script, `UpdateLayoutTree` = style, `Layout`,
// `PrePaint`, `Paint`, `Layerize`, `Commit`, …).
// Usage: node e2e/bench-trace.mjs [--clicks 10] [--rate 4] [--switch <name prefix>] [--cpu] [--paints]
//        [--frame] [--layers] [--json]
// (`--layers` records the layer tree in every frame, which slows the page's thread: read its
// tiles per layer, not its times.)
// (default switch: the first headline switch; CHIP_PATHS_DIST=<dir> traces another build.)
import { argFlag, launchBrowser, modelExample, openBenchPage, quantile, serveDist, settled } from './support.mjs';

const args = process.argv.slice(2);
const flag = argFlag;
const CLICKS = Number(flag('--clicks', 10));
const RATE = Number(flag('--rate', 4));
const WARMUP = 2;
// `--cpu`: charge the thread's CPU time (`tdur`) instead of wall time (`dur`). On a shared
// machine CPU time is what the page's own work costs, free of other processes' contention
// (and of the throttle's pauses: use it at 1×).
const TIME = args.includes('--cpu') ? 'tdur' : 'dur';
// `--frame`: the rest of the click's way to the screen, per click (medians): when the frame was
// committed, when its layer tree was activated (which waits for the raster of the tiles in
// view), when the display compositor drew it, the tiles re-rastered, and the CPU time of each
// thread on that way. `--layers` also names the layers whose tiles the last click re-rastered.
const LAYERS = args.includes('--layers');
const FRAME = args.includes('--frame') || LAYERS;

const impact = modelExample('busiest_switch');
const first = impact.switches.find((s) => s.id === impact.headline[0]);
const name = flag('--switch', first.name);


const server = await serveDist();
const browser = await launchBrowser();
try {
  const { context, page, sw, cdp } = await openBenchPage(browser, server, name, RATE);
  for (let i = 0; i < WARMUP; i++) {
    await sw.click();
    await settled(page);
  }
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        'v8.execute',
        'toplevel',
        // `--frame`: the compositor's, the raster workers' and the display compositor's events;
        // `--layers` adds the layer tree's snapshots (which layer each re-rastered tile is of).
        ...(FRAME ? ['cc', 'viz'] : []),
        ...(LAYERS ? ['disabled-by-default-devtools.timeline.layers', 'disabled-by-default-cc.debug'] : []),
      ],
    },
  });
  const windows = [];
  for (let i = 0; i < CLICKS; i++) {
    const start = await page.evaluate(() => performance.timeOrigin + performance.now());
    await sw.click();
    await settled(page);
    const end = await page.evaluate(() => performance.timeOrigin + performance.now());
    windows.push([start * 1000, end * 1000]);
  }
  await cdp.send('Tracing.end');
  await done;

  // The page's main thread: the renderer's CrRendererMain that ran the click's event dispatch.
  const threadNames = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const mains = [...threadNames].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k);
  const dispatches = (key) =>
    events.filter((e) => `${e.pid}:${e.tid}` === key && e.name === 'EventDispatch').length;
  const main = mains.sort((a, b) => dispatches(b) - dispatches(a))[0];
  const onMain = events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);

  // Each click, as INP counts it: from its `click` event's dispatch to the end of the frame
  // that shows the change (the first `Commit` after the handlers: paint then happens off this
  // thread). And the work after that frame until the click's window closes (the history push).
  const clicks = onMain.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  const frames = clicks.map((c) => {
    const commit = onMain.find((e) => e.name === 'Commit' && e.ts >= c.ts + c.dur);
    const next = clicks.find((d) => d.ts > c.ts);
    return { start: c.ts, painted: commit ? commit.ts + commit.dur : c.ts + c.dur, end: next ? next.ts : Infinity };
  });

  /** Self time (an event's duration less its nested children's) per event name, in ms per
   *  click, of the events that start in [from(frame), to(frame)). */
  const selfTimes = (from, to) => {
    const self = new Map();
    const stack = [];
    const inside = (ts) => frames.some((f) => ts >= from(f) && ts < to(f));
    for (const e of onMain) {
      while (stack.length && stack.at(-1).end <= e.ts) stack.pop();
      const node = { e, end: e.ts + e.dur, counted: inside(e.ts) };
      const d = e[TIME] ?? 0;
      if (node.counted) self.set(e.name, (self.get(e.name) ?? 0) + d);
      const parent = stack.at(-1);
      if (parent?.counted && node.counted) self.set(parent.e.name, self.get(parent.e.name) - d);
      stack.push(node);
    }
    return [...self]
      .map(([n, us]) => [n, us / frames.length / 1000])
      .filter(([, ms]) => ms >= 0.05)
      .sort((a, b) => b[1] - a[1]);
  };
  // The kinds the performance panel shows, from the trace's event names.
  const KINDS = [
    ['script', /^(FunctionCall|EventDispatch|RunMicrotasks|TimerFire|FireAnimationFrame|V8\.|v8\.|EvaluateScript)/],
    ['style', /^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation)/],
    ['layout', /^(Layout|InvalidateLayout|HitTest)/],
    ['pre-paint', /^PrePaint/],
    ['paint', /^(Paint|PaintImage|RasterTask|Decode)/],
    ['layerize/composite', /^(Layerize|UpdateLayer|CompositeLayers|Commit)/],
    ['parse HTML', /^ParseHTML/],
  ];
  const kinds = (rows) => {
    const out = Object.fromEntries([...KINDS.map(([k]) => [k, 0]), ['other', 0]]);
    for (const [n, ms] of rows) out[(KINDS.find(([, re]) => re.test(n)) ?? ['other'])[0]] += ms;
    return out;
  };
  const toPaint = selfTimes((f) => f.start, (f) => f.painted);
  const after = selfTimes((f) => f.painted, (f) => f.end);
  const span = frames.reduce((a, f) => a + (f.painted - f.start), 0) / frames.length / 1000;
  // Every thread's CPU time in the clicks' windows (first click dispatch to the next one): the
  // compositor's, the raster workers' and the display compositor's work, which the main
  // thread's figures leave out. Top-level tasks only (nested events are inside them).
  const threads = new Map();
  const first = frames[0].start;
  const last = frames.at(-1).start + (frames.at(-1).start - frames.at(-2).start);
  const seen = new Map();
  for (const e of events.filter((e) => e.ph === 'X' && e.tdur !== undefined && e.ts >= first && e.ts < last).sort((a, b) => a.ts - b.ts)) {
    const key = `${e.pid}:${e.tid}`;
    if ((seen.get(key) ?? 0) > e.ts) continue; // nested in the previous top-level event
    seen.set(key, e.ts + e.dur);
    const name = (threadNames.get(key) ?? '?').replace(/\d+$/, '');
    threads.set(name, (threads.get(name) ?? 0) + e.tdur);
  }
  const perThread = [...threads].map(([n, us]) => [n, us / frames.length / 1000]).filter(([, ms]) => ms >= 0.1).sort((a, b) => b[1] - a[1]);
  if (!args.includes('--json')) {
    const sum = perThread.reduce((a, [, ms]) => a + ms, 0);
    console.log(`CPU time per click, every thread (whole window): ${sum.toFixed(1)} = ${perThread.map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', ')}`);
  }
  const result = { switch: name, rate: RATE, clicks: frames.length, clickToFrameMs: span, toPaint: { kinds: kinds(toPaint), events: Object.fromEntries(toPaint) }, afterPaint: { kinds: kinds(after), events: Object.fromEntries(after) }, cpuPerThread: Object.fromEntries(perThread) };
  if (FRAME) {
    // The click's way after the main thread: its commit (the first after the handlers), the
    // activation of that tree on the renderer's compositor thread once the tiles in view are
    // rastered, and the display compositor's draw that follows (software here: no GPU).
    const renderer = clicks[0].pid;
    const threadOf = (e) => threadNames.get(`${e.pid}:${e.tid}`) ?? '';
    const rows = clicks.map((c, i) => {
      const end = clicks[i + 1]?.ts ?? Infinity;
      const inside = events.filter((e) => e.ph === 'X' && e.ts >= c.ts && e.ts < end);
      const commit = inside.find((e) => e.name === 'ProxyMain::BeginMainFrame::commit' && `${e.pid}:${e.tid}` === main && e.ts >= c.ts + c.dur);
      const activated = commit && inside.find((e) => e.name === 'LayerTreeHostImpl::ActivateSyncTree' && e.pid === renderer && e.ts >= commit.ts);
      const drawn = activated && inside.find((e) => e.name === 'Display::DrawAndSwap' && e.ts >= activated.ts);
      if (!drawn) return null;
      const tiles = inside.filter((e) => e.name === 'RasterTask' && e.pid === renderer && e.ts < activated.ts);
      // CPU time from the click to the drawn frame, top-level events only, by kind of thread.
      const cpu = { main: 0, compositor: 0, raster: 0, display: 0 };
      const open = new Map();
      for (const e of inside.filter((e) => e.tdur !== undefined && e.ts < drawn.ts + drawn.dur).sort((a, b) => a.ts - b.ts)) {
        const key = `${e.pid}:${e.tid}`;
        if ((open.get(key) ?? 0) > e.ts) continue;
        open.set(key, e.ts + e.dur);
        const n = threadOf(e);
        const kind = key === main ? 'main' : e.pid !== renderer ? (/^VizCompositor/.test(n) ? 'display' : null) : n === 'Compositor' ? 'compositor' : /ThreadPoolForegroundWorker|CompositorTileWorker/.test(n) ? 'raster' : null;
        if (kind) cpu[kind] += e.tdur / 1000;
      }
      const at = (e) => (e.ts + e.dur - c.ts) / 1000;
      return { handlers: c.dur / 1000, committed: at(commit), activated: at(activated), drawn: at(drawn), tiles: tiles.length, tilesCpu: tiles.reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000, ...Object.fromEntries(Object.entries(cpu).map(([k, v]) => [`${k}Cpu`, v])), tileIds: tiles.map((e) => e.args?.tileData) };
    }).filter(Boolean);
    const med = (k) => +quantile(rows.map((r) => r[k]), 0.5).toFixed(1);
    const frame = Object.fromEntries(['handlers', 'committed', 'activated', 'drawn', 'tiles', 'tilesCpu', 'mainCpu', 'compositorCpu', 'rasterCpu', 'displayCpu'].map((k) => [k, med(k)]));
    if (LAYERS && rows.length) {
      // Which layers the last click's tiles belong to, from the compositor's last snapshot.
      const snap = events.filter((e) => e.name === 'LayerTreeHostImpl:snapshot' && e.ph === 'I' && e.pid === renderer && e.args?.snapshot?.active_tree).at(-1)?.args.snapshot;
      const names = new Map((snap?.active_tree.layers ?? []).map((l) => [l.layer_id, `${l.layer_name} (${l.bounds.width}×${l.bounds.height})`]));
      const perLayer = {};
      for (const t of rows.at(-1).tileIds) {
        const name = names.get(t?.layerId) ?? `layer ${t?.layerId}`;
        perLayer[name] = (perLayer[name] ?? 0) + 1;
      }
      frame.lastClickTilesPerLayer = perLayer;
    }
    for (const r of rows) delete r.tileIds;
    result.frame = frame;
    if (!args.includes('--json')) {
      console.log(`after the handlers (ms from the click's dispatch, each figure the median of ${rows.length} clicks on its own): handlers end ${frame.handlers}, frame committed ${frame.committed}, activated ${frame.activated} (after ${frame.tiles} tiles re-rastered, ${frame.tilesCpu} ms CPU), drawn by the display compositor ${frame.drawn}`);
      console.log(`  CPU from the click to the drawn frame: main ${frame.mainCpu}, compositor ${frame.compositorCpu}, raster ${frame.rasterCpu}, display compositor ${frame.displayCpu}`);
      if (frame.lastClickTilesPerLayer) console.log(`  the last click's tiles: ${Object.entries(frame.lastClickTilesPerLayer).map(([n, k]) => `${n} ${k}`).join(', ')}`);
    }
  }
  if (args.includes('--paints')) {
    // The areas painted for the last click's frame: which parts a toggle repaints.
    const f = frames.at(-1);
    for (const e of onMain.filter((e) => e.name === 'Paint' && e.ts >= f.start && e.ts < f.painted)) {
      console.log(`paint ${(e.dur / 1000).toFixed(2)} ms clip ${JSON.stringify(e.args.data.clip)} layer ${e.args.data.layerId} node ${e.args.data.nodeId}`);
    }
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const show = (label, rows) => {
      const k = kinds(rows);
      const sum = Object.values(k).reduce((a, b) => a + b, 0);
      console.log(`${label}: ${sum.toFixed(1)} = ${Object.entries(k).filter(([, ms]) => ms >= 0.05).map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', ')}`);
      console.log(`  ${rows.slice(0, 12).map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', ')}`);
    };
    console.log(`${name}: ${frames.length} trusted clicks at ${RATE}× CPU; click dispatch → its frame committed: ${span.toFixed(1)} ms (mean). Main-thread self ${TIME === 'tdur' ? 'CPU' : 'wall'} time per click, ms:`);
    show('to the frame', toPaint);
    show('after it', after);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
