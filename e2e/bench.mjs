// Benchmarks of the release build (a script that prints figures, not a timed test):
// - first-load gzip total (from scripts/size.mjs) against the hello-world Yew floor;
// - load-to-interactive: navigation start → the root's `data-ready`, median of N fresh loads;
// - a policy toggle, p50/p95 over many toggles (after a few unmeasured warm-up toggles), as four
//   figures from one click each:
//   · click → DOM updated and laid out (the script's and layout's share of the frame);
//   · click → next animation frame (includes the wait for the display's next frame);
//   · click → that frame painted: a task posted from the animation-frame callback runs once the
//     frame's style, layout, paint and commit are done, i.e. when the reader's frame is ready
//     (rasterising and showing it happen off the page's thread);
//   · frame budget: the page thread's busy time the toggle costs up to that painted frame —
//     (DOM updated and laid out) + (the frame's own work: animation-frame callbacks, style,
//     layout, paint, commit) — without the idle wait for the next frame. The goal is that this
//     fits one 60 Hz frame (16.7 ms), so the change shows in the frame after the click.
// Usage: node e2e/bench.mjs [--runs 15] [--toggles 60] [--warmup 6] [--json]
// (CHIP_PATHS_DIST=<dir> benchmarks another build, e.g. main's, for a before/after.)
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { distDir, repoRoot, launchBrowser, openWidget, serveDist } from './support.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = flag('--runs', 15);
const TOGGLES = flag('--toggles', 60);
const WARMUP = flag('--warmup', 6);
// toolchain.md: hello-world Yew 0.23, after wasm-opt -Oz: 52 KB gzip wasm + 6 KB gzip JS.
const FLOOR_KB = 58;

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};

const stats = (xs) => ({
  p50: +quantile(xs, 0.5).toFixed(2),
  p95: +quantile(xs, 0.95).toFixed(2),
  max: +Math.max(...xs).toFixed(2),
});

const size = JSON.parse(execFileSync('node', [join(repoRoot, 'scripts/size.mjs'), distDir, '--json'], { encoding: 'utf8' }));
const gzipKb = size.firstLoad.gzip / 1024;

const server = await serveDist();
const browser = await launchBrowser();
try {
  // Load-to-interactive: fresh context each time (no cache: the server sends no-store).
  const loads = [];
  for (let i = 0; i < RUNS; i++) {
    const w = await openWidget(browser, '', { server, readySelector: '[data-ready]' });
    loads.push(
      await w.page.evaluate(async () => {
        const nav = performance.getEntriesByType('navigation')[0];
        const ready = performance.getEntriesByName('chip-paths-ready')[0];
        // The app marks the moment it is mounted; fall back to "now" if the mark is missing.
        return (ready ? ready.startTime : performance.now()) - (nav ? nav.startTime : 0);
      }),
    );
    await w.close();
  }

  // Toggles on one page, alternating the three starting-report switches.
  const w = await openWidget(browser, '', { server, readySelector: '[data-ready]' });
  const timings = await w.page.evaluate(
    async ([warmup, n]) => {
      const switches = [...document.querySelectorAll('[role=switch]')].slice(0, 3);
      const out = { work: [], frame: [], painted: [], budget: [] };
      for (let i = 0; i < warmup + n; i++) {
        const sw = switches[i % switches.length];
        const before = sw.getAttribute('aria-checked');
        // The frame after the click: its animation-frame callback runs at its start, and a
        // message posted from there is handled once the frame's rendering (style, layout, paint,
        // commit) is done. Asked for before the click, so it runs ahead of the page's own
        // callbacks and the message is not queued behind work the page defers past the frame.
        const frame = new Promise((resolve) =>
          requestAnimationFrame(() => {
            const raf = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({ raf, painted: performance.now() });
            channel.port2.postMessage(null);
          }),
        );
        const t0 = performance.now();
        sw.click();
        // Yew renders in a microtask: wait for the attribute, then force style and layout.
        while (sw.getAttribute('aria-checked') === before) await Promise.resolve();
        void document.body.offsetHeight;
        const laid = performance.now();
        const { raf, painted } = await frame;
        if (i >= warmup) {
          out.work.push(laid - t0);
          out.frame.push(raf - t0);
          out.painted.push(painted - t0);
          out.budget.push(laid - t0 + (painted - raf));
        }
        await new Promise((r) => setTimeout(r, 20)); // the next click lands mid-frame
      }
      return out;
    },
    [WARMUP, TOGGLES],
  );
  await w.close();

  const result = {
    firstLoadGzipKB: +gzipKb.toFixed(1),
    floorKB: FLOOR_KB,
    ratioToFloor: +(gzipKb / FLOOR_KB).toFixed(2),
    firstLoadFiles: size.firstLoadFiles,
    loadToInteractiveMs: { median: +quantile(loads, 0.5).toFixed(1), runs: RUNS },
    toggleWorkMs: stats(timings.work),
    toggleToAnimationFrameMs: stats(timings.frame),
    toggleToPaintedMs: stats(timings.painted),
    toggleFrameBudgetMs: stats(timings.budget),
    toggles: TOGGLES,
    warmup: WARMUP,
  };
  if (args.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(`first-load gzip total: ${result.firstLoadGzipKB} KB (${result.ratioToFloor}× the ${FLOOR_KB} KB hello-world floor; goal ≤ 2×)`);
    console.log(`load → interactive (median of ${RUNS}): ${result.loadToInteractiveMs.median} ms`);
    const line = (what, m) => `${what}: p50 ${m.p50} ms, p95 ${m.p95} ms, max ${m.max} ms`;
    console.log(`policy toggles: ${TOGGLES} measured after ${WARMUP} warm-up`);
    console.log(line('toggle → DOM updated and laid out', result.toggleWorkMs));
    console.log(line('toggle → next animation frame', result.toggleToAnimationFrameMs));
    console.log(line('toggle → that frame painted', result.toggleToPaintedMs));
    console.log(`${line('frame budget used (page thread busy, click → painted)', result.toggleFrameBudgetMs)} (goal p95 < 16.7 ms)`);
  }
} finally {
  await browser.close();
  await server.close();
}
