// What a click's input delay is made of (issue 16; docs/performance.md, thirteenth session): a
// Chromium trace of trusted clicks on one switch of a release build, and for each click the
// page's main thread from the input's timestamp (the Event Timing entry's `startTime`: for a
// click, the mouse release) to the start of the click's handlers, by what ran there. A script
// that prints figures, not a timed test.
//
// Usage: node e2e/bench-input.mjs [--clicks 10] [--rate 4] [--switch <name prefix>] [--mouse] [--json]
// (default switch: the one that changes the most cells; CHIP_PATHS_DIST=<dir> traces another
// build; `--mouse` clicks as bench-inp.mjs's `--mouse` does: moved, pressed and released frames
// apart, without Playwright's `click()`.)
//
// Per click: the Event Timing entry of the `click` (from the trace's `EventTiming` events: the
// same figures the API reports), its input delay (`processingStart − startTime`), and the
// main-thread work inside that delay, wall ms, in the kinds below. Medians of the clicks.
// - move: the pointer's move onto the switch (hit test, `pointermove`/`mousemove`);
// - press: the button pressed (hit test, `pointerdown`/`mousedown` and their listeners);
// - release: the button released, up to the click's dispatch (hit test, `pointerup`/`mouseup`);
// - listeners: the script those events ran, by script file (`(no file)`: a script without a
//   URL, such as Playwright's injected one; the widget's are its glue and loader);
// - other tasks: whatever else ran on the thread in that window (the previous click's deferred
//   work would show here).
import { argFlag, launchBrowser, modelExample, openBenchPage, quantile, serveDist, settled } from './support.mjs';

const args = process.argv.slice(2);
const flag = argFlag;
const CLICKS = Number(flag('--clicks', 10));
const RATE = Number(flag('--rate', 4));
const MOUSE = args.includes('--mouse');
const WARMUP = 2;
const impact = modelExample('busiest_switch');
const name = flag('--switch', impact.busiest.name);
const frame = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));

const server = await serveDist();
const browser = await launchBrowser();
try {
  const { context, page, sw, cdp } = await openBenchPage(browser, server, name, RATE);
  const click = async () => {
    if (!MOUSE) return sw.click();
    await sw.scrollIntoViewIfNeeded();
    const box = await sw.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await frame(page);
    await page.mouse.down();
    await frame(page);
    await page.mouse.up();
  };
  for (let i = 0; i < WARMUP; i++) {
    await click();
    await settled(page);
  }
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink', 'input', 'v8.execute'] },
  });
  for (let i = 0; i < CLICKS; i++) {
    await click();
    await settled(page);
  }
  await cdp.send('Tracing.end');
  await done;

  const dispatches = events.filter((e) => e.name === 'EventDispatch' && e.ph === 'X');
  const clicks = dispatches.filter((e) => e.args?.data?.type === 'click');
  const main = `${clicks[0].pid}:${clicks[0].tid}`;
  const onMain = events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // The `click` entries of Event Timing, with their figures in the page's ms; the trace's
  // microseconds are matched through each entry's own processingStart and its dispatch.
  const timings = events.filter((e) => e.name === 'EventTiming' && e.ph === 'b' && e.args?.data?.type === 'click');
  const rows = [];
  for (const c of clicks) {
    // The entry whose processing started at this dispatch (the trace and the API share a clock
    // up to an offset, found from the first click).
    const t = timings.find((e) => Math.abs(e.ts - c.ts) < 1000 || Math.abs((e.args.data.processingStart - e.args.data.timeStamp) * 1000 - (c.ts - e.ts)) < 300);
    if (!t) continue;
    const d = t.args.data;
    const start = c.ts - (d.processingStart - d.timeStamp) * 1000; // the input's timestamp, in trace µs
    const window = onMain.filter((e) => e.ts + e.dur > start && e.ts < c.ts);
    const kinds = { move: 0, press: 0, release: 0, 'other tasks': 0 };
    const listeners = {};
    const topLevel = window.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
    for (const task of topLevel) {
      const inside = window.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
      const handlers = inside.filter((e) => e.name === 'WebFrameWidgetImpl::HandleInputEvent');
      let charged = 0;
      for (const h of handlers) {
        const from = Math.max(h.ts, start);
        const to = Math.min(h.ts + h.dur, c.ts);
        if (to <= from) continue;
        const within = inside.filter((e) => e.ts >= h.ts && e.ts + e.dur <= h.ts + h.dur);
        const kind = within.some((e) => e.name === 'EventHandler::handleMousePressEvent')
          ? 'press'
          : within.some((e) => e.name === 'EventHandler::handleMouseReleaseEvent')
            ? 'release'
            : 'move';
        kinds[kind] += (to - from) / 1000;
        charged += to - from;
      }
      const from = Math.max(task.ts, start);
      const to = Math.min(task.ts + task.dur, c.ts);
      if (to > from) kinds['other tasks'] += (to - from - charged) / 1000;
      // The script that pointer and mouse events ran before the click.
      for (const ev of inside.filter((e) => e.name === 'EventDispatch' && e.ts < c.ts && e.ts >= start && /^(pointer|mouse)/.test(e.args?.data?.type ?? ''))) {
        for (const f of inside.filter((e) => e.name === 'FunctionCall' && e.ts >= ev.ts && e.ts + e.dur <= ev.ts + ev.dur)) {
          const file = f.args?.data?.url ? f.args.data.url.split('/').pop().replace(/-[0-9a-f]{16}(?=\.js$)/, '') : '(no file)';
          const key = `${ev.args.data.type}: ${file}`;
          listeners[key] = (listeners[key] ?? 0) + f.dur / 1000;
        }
      }
    }
    rows.push({ inputDelay: d.processingStart - d.timeStamp, queued: d.enqueuedToMainThreadTime - d.timeStamp, processing: d.processingEnd - d.processingStart, duration: d.duration, ...kinds, listeners });
  }
  const med = (k) => +quantile(rows.map((r) => r[k] ?? 0), 0.5).toFixed(2);
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.listeners)))];
  const result = {
    switch: name,
    rate: RATE,
    mouse: MOUSE,
    clicks: rows.length,
    median: Object.fromEntries(['duration', 'inputDelay', 'queued', 'move', 'press', 'release', 'other tasks', 'processing'].map((k) => [k, med(k)])),
    listeners: Object.fromEntries(keys.map((k) => [k, +quantile(rows.map((r) => r.listeners[k] ?? 0), 0.5).toFixed(2)])),
  };
  if (args.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const m = result.median;
    console.log(`${name}: ${rows.length} trusted clicks at ${RATE}× CPU${MOUSE ? ' (moved, pressed and released frames apart)' : " (Playwright's click())"}; medians, ms:`);
    console.log(`  the click's entry: duration ${m.duration}, input delay ${m.inputDelay} (to the main thread's queue ${m.queued}), processing ${m.processing}`);
    console.log(`  the input delay's main-thread work: move ${m.move}, press ${m.press}, release before the click ${m.release}, other tasks ${m['other tasks']}`);
    console.log(`  script run by pointer and mouse events before the click: ${Object.entries(result.listeners).map(([k, ms]) => `${k} ${ms}`).join(', ') || 'none'}`);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
