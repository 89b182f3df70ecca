// What "Compare with the record" costs the English reader on the throttled mobile profile
// (support.mjs openMobileProfile: 375×667, 4× CPU, 1.6 Mbit/s down, 150 ms round trip, no
// cache; every file gzip-served), today and if its first use handed the view over to the
// multilingual reader's bundle (issue 17; docs/kit.md, "Size", eleventh session: a way to take
// the comparison's code out of the reader's wasm, weighed and not landed):
// - in place: the toggle clicked in the reader's bundle, to the first "On the record" note;
// - hand-over: the same page opened again as `?cmp=1#cp-compare`, with the loader patched in
//   flight so that `cmp=1` picks the multilingual bundle (as the language picker's `lang=` does),
//   to the widget's ready mark and to the first note, and the bytes fetched for it (the
//   profile has no cache, so the page's own files are fetched again: an upper bound).
// A script that prints figures, not a timed test.
// Usage: node e2e/bench-kit-compare.mjs [--loads 3]; CHIP_PATHS_DIST=<dir> for another build.
import { launchBrowser, openMobileProfile, serveCompressed } from './support.mjs';

const args = process.argv.slice(2);
const LOADS = args.includes('--loads') ? Number(args[args.indexOf('--loads') + 1]) : 3;
// The loader's bundle choice, minified: the multilingual bundle when the language is not English.
const CHOICE = '(location.search,navigator.languages??[])?"multilingual"';
const PATCHED = '(location.search,navigator.languages??[])||/[?&]cmp=1/.test(location.search)?"multilingual"';

const server = await serveCompressed();
const browser = await launchBrowser();
const bench = 'chip-paths-bench: ready';
const rows = [];
try {
  for (let i = 0; i < LOADS; i += 1) {
    const { context, page, ready } = await openMobileProfile(browser, server.url('/'), () => {});
    try {
      await page.route(/\/loader-[0-9a-f]+\.js$/, async (route) => {
        const response = await route.fetch();
        const body = await response.text();
        if (!body.includes(CHOICE)) throw new Error('the built loader no longer has the bundle choice this script patches');
        await route.fulfill({ response, body: body.replace(CHOICE, PATCHED), headers: { 'content-type': 'text/javascript' } });
      });
      await ready;
      // In place: the reader's own comparison.
      // Timed in the page, from the click to the next frame after the first note is in the DOM
      // (Playwright's own locating and clicking at 4× CPU would be counted otherwise).
      const toggle = page.getByRole('button', { name: 'Compare with the record' });
      await toggle.waitFor();
      const inPlaceMs = await page.evaluate(
        () =>
          new Promise((done) => {
            const button = [...document.querySelectorAll('.history button')].find((b) => b.textContent === 'Compare with the record');
            const start = performance.now();
            const watch = new MutationObserver(() => {
              if (!document.querySelector('.matrix__record')) return;
              watch.disconnect();
              requestAnimationFrame(() => done(Math.round(performance.now() - start)));
            });
            watch.observe(document.body, { subtree: true, childList: true });
            button.click();
          }),
      );
      await toggle.click();
      await page.waitForSelector('.matrix__record', { state: 'detached', timeout: 60000 });
      let start;
      // Hand-over: the page again with cmp=1, which the patched loader gives to the multilingual bundle.
      const bytes = [];
      page.on('response', async (r) => bytes.push(Number((await r.allHeaders())['content-length'] ?? 0)));
      const again = page.waitForEvent('console', { predicate: (m) => m.text() === bench, timeout: 120000 });
      start = Date.now();
      await page.evaluate(() => {
        location.href = '?cmp=1#cp-compare';
      });
      await again;
      const readyMs = Date.now() - start;
      await page.waitForSelector('.matrix__record', { timeout: 60000 });
      const noteMs = Date.now() - start;
      const bundle = await page.evaluate(() => document.documentElement.dataset.chipPathsBundle);
      if (bundle !== 'multilingual') throw new Error(`the hand-over loaded the ${bundle} bundle`);
      rows.push({ inPlaceMs, handOver: { readyMs, noteMs, bytes: bytes.reduce((a, b) => a + b, 0) } });
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(JSON.stringify(rows));
console.log(
  `in place: median ${median(rows.map((r) => r.inPlaceMs))} ms; hand-over: to ready median ${median(rows.map((r) => r.handOver.readyMs))} ms, to the first note ${median(rows.map((r) => r.handOver.noteMs))} ms, ${rows[0].handOver.bytes} bytes fetched`,
);
