// Benchmarks of the release build (a script that prints figures, not a timed test):
// - first-load gzip total (from scripts/size.mjs) against the hello-world Yew floor;
// - load-to-interactive: navigation start → the root's `data-ready`, median of N fresh loads;
// - toggle-to-next-frame: a switch click → the DOM updated and laid out (the work the next
//   frame waits for), p50/p95 over many toggles; also click → next animation frame.
// Usage: node e2e/bench.mjs [--runs 15] [--toggles 60] [--json]
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launchBrowser, openWidget, repoRoot, serveDist } from './support.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = flag('--runs', 15);
const TOGGLES = flag('--toggles', 60);
// toolchain.md: hello-world Yew 0.23, after wasm-opt -Oz: 52 KB gzip wasm + 6 KB gzip JS.
const FLOOR_KB = 58;

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};

const size = JSON.parse(execFileSync('node', [join(repoRoot, 'scripts/size.mjs'), '--json'], { encoding: 'utf8' }));
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

  // Toggle-to-next-frame on one page, alternating the three starting-report switches.
  const w = await openWidget(browser, '', { server, readySelector: '[data-ready]' });
  const timings = await w.page.evaluate(async (n) => {
    const switches = [...document.querySelectorAll('[role=switch]')].slice(0, 3);
    const work = [];
    const frame = [];
    for (let i = 0; i < n; i++) {
      const sw = switches[i % switches.length];
      const before = sw.getAttribute('aria-checked');
      const t0 = performance.now();
      sw.click();
      // Yew may render in a microtask: wait for the attribute, then force style and layout.
      while (sw.getAttribute('aria-checked') === before) await Promise.resolve();
      void document.body.offsetHeight;
      work.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => r()));
      frame.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20)); // let the frame finish before the next click
    }
    return { work, frame };
  }, TOGGLES);
  await w.close();

  const result = {
    firstLoadGzipKB: +gzipKb.toFixed(1),
    floorKB: FLOOR_KB,
    ratioToFloor: +(gzipKb / FLOOR_KB).toFixed(2),
    firstLoadFiles: size.firstLoadFiles,
    loadToInteractiveMs: { median: +quantile(loads, 0.5).toFixed(1), runs: RUNS },
    toggleWorkMs: {
      p50: +quantile(timings.work, 0.5).toFixed(2),
      p95: +quantile(timings.work, 0.95).toFixed(2),
      max: +Math.max(...timings.work).toFixed(2),
    },
    toggleToAnimationFrameMs: { p50: +quantile(timings.frame, 0.5).toFixed(2), p95: +quantile(timings.frame, 0.95).toFixed(2) },
    toggles: TOGGLES,
  };
  if (args.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(`first-load gzip total: ${result.firstLoadGzipKB} KB (${result.ratioToFloor}× the ${FLOOR_KB} KB hello-world floor; goal ≤ 2×)`);
    console.log(`load → interactive (median of ${RUNS}): ${result.loadToInteractiveMs.median} ms`);
    console.log(`toggle → DOM updated and laid out: p50 ${result.toggleWorkMs.p50} ms, p95 ${result.toggleWorkMs.p95} ms (goal < 16.7 ms)`);
    console.log(`toggle → next animation frame: p50 ${result.toggleToAnimationFrameMs.p50} ms, p95 ${result.toggleToAnimationFrameMs.p95} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
