// The first view's timeline on the throttled mobile profile (issue 16; docs/performance.md,
// "The first view's critical path"). A script that prints figures, not a timed test.
//
// The same profile as bench-inp.mjs's loads (375×667, 4× CPU, 1.6 Mbit/s down, 750 kbit/s up,
// 150 ms round trip, no cache), and per load, in ms from the navigation's start: the HTML, the
// stylesheet, the loader and the glue fully arrived (Resource Timing's responseEnd), the moment
// web/opening-view.js marks a link without a query (`opened`, a MutationObserver on <html>'s
// `data-chip-paths-opening`; absent from builds before it), the moment the loader marks the
// prerendered view shown (a MutationObserver on `data-prerendered`),
// DOMContentLoaded, first contentful paint, LCP (and its element), and the widget interactive
// (`chip-paths-ready`). Then the medians. It needs no cargo (unlike bench-inp.mjs, which asks the
// model for the busiest switch), so it runs against any build, e.g. a copy of a dist with one
// file changed by hand for an A/B.
// `--gzip` serves every file gzip-compressed (level 9, as the size gate counts it), as a host
// that compresses would; without it the bytes go raw, as e2e/support.mjs's server sends them
// (the worst case: 55 KB of HTML instead of 8).
// Usage: node e2e/bench-firstview.mjs [--loads 5] [--gzip] [--json]; CHIP_PATHS_DIST=<dir> for another build.
import { launchBrowser, openMobileProfile, serveCompressed, serveDist } from './support.mjs';

const args = process.argv.slice(2);
const LOADS = args.includes('--loads') ? Number(args[args.indexOf('--loads') + 1]) : 5;
const GZIP = args.includes('--gzip');

const RECORD = () => {
  window.__lcp = [];
  window.__shown = null;
  window.__opened = null;
  new PerformanceObserver((l) => window.__lcp.push(...l.getEntries().map((e) => ({ t: e.startTime, el: e.element ? `${e.element.tagName.toLowerCase()}.${e.element.className}` : '?' })))).observe({
    type: 'largest-contentful-paint',
    buffered: true,
  });
  new MutationObserver(() => {
    if (window.__shown === null && document.querySelector('[data-prerendered="shown"]')) window.__shown = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-prerendered'] });
  // On the document: an init script runs before <html> exists.
  new MutationObserver(() => {
    if (window.__opened === null && document.documentElement?.hasAttribute('data-chip-paths-opening')) window.__opened = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-chip-paths-opening'] });
};

async function load(browser, server) {
  const { context, page, ready } = await openMobileProfile(browser, server.url('/'), RECORD);
  // Not a locator: it would inject Playwright's script into the page before the first frame.
  await ready;
  // The last LCP candidate is reported with the frame after it: wait for two more frames.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));
  const figures = await page.evaluate(() => {
    const round = (t) => (t == null ? null : Math.round(t));
    const nav = performance.getEntriesByType('navigation')[0];
    const arrived = (pattern) => round(performance.getEntriesByType('resource').find((e) => pattern.test(new URL(e.name).pathname))?.responseEnd);
    return {
      html: round(nav.responseEnd),
      css: arrived(/\/main[-.][^/]*css$/),
      loader: arrived(/\/loader[-.][^/]*js$/),
      glue: arrived(/\/chip-paths(-[0-9a-f]+)?\.js$/),
      opened: round(window.__opened),
      shown: round(window.__shown),
      dcl: round(nav.domContentLoadedEventEnd),
      fcp: round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime),
      lcp: round(window.__lcp.at(-1)?.t),
      lcpElement: window.__lcp.at(-1)?.el,
      ready: round(performance.getEntriesByName('chip-paths-ready')[0]?.startTime),
    };
  });
  await context.close();
  return figures;
}

const server = GZIP ? await serveCompressed() : await serveDist();
const browser = await launchBrowser();
try {
  const loads = [];
  for (let i = 0; i < LOADS; i++) loads.push(await load(browser, server));
  const keys = ['html', 'css', 'loader', 'opened', 'shown', 'dcl', 'fcp', 'lcp', 'glue', 'ready'];
  const median = (key) => {
    const xs = loads.map((l) => l[key]).filter((x) => x !== null).sort((a, b) => a - b);
    return xs.length ? xs[Math.floor((xs.length - 1) / 2)] : null;
  };
  const result = { build: `${process.env.CHIP_PATHS_DIST ?? 'dist'}${GZIP ? ' (gzip)' : ''}`, loads, median: Object.fromEntries(keys.map((k) => [k, median(k)])) };
  if (args.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    for (const l of loads) console.log(`  ${keys.map((k) => `${k} ${l[k]}`).join(' · ')} (${l.lcpElement})`);
    console.log(`${result.build}, median of ${LOADS} loads (ms from navigation start): ${keys.map((k) => `${k} ${result.median[k]}`).join(' · ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
