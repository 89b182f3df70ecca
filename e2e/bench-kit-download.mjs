// What the English reader's first download costs (issue 17; docs/kit.md, "Size", eighth
// session): on the throttled mobile profile (support.mjs openMobileProfile: 375×667, 4× CPU,
// 1.6 Mbit/s down, 150 ms round trip, no cache), every file served gzip-compressed (level 9, as
// the size gate counts it), the time from the click on CSV to the browser's download, and the
// bytes fetched for it (the kit's module and the multilingual reader's bundle, loaded then);
// then the same for a second file (JSON), which should fetch nothing. A script that prints
// figures, not a timed test.
// Usage: node e2e/bench-kit-download.mjs [--loads 3]; CHIP_PATHS_DIST=<dir> for another build.
import { launchBrowser, openMobileProfile, serveCompressed } from './support.mjs';

const args = process.argv.slice(2);
const LOADS = args.includes('--loads') ? Number(args[args.indexOf('--loads') + 1]) : 3;

const server = await serveCompressed();
const url = server.url('/');

const browser = await launchBrowser();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
try {
  for (let i = 0; i < LOADS; i += 1) {
    const { context, page } = await openMobileProfile(browser, url, () => {});
    try {
      await page.waitForSelector('[data-ready="true"]', { timeout: 120000 });
      const fetched = [];
      page.on('response', async (response) => {
        const length = Number((await response.allHeaders())['content-length'] ?? 0);
        fetched.push({ url: response.url().replace(/^.*\//, ''), length });
      });
      const click = async (name) => {
        const before = fetched.length;
        const start = Date.now();
        await Promise.all([page.waitForEvent('download', { timeout: 120000 }), page.getByRole('link', { name, exact: true }).click()]);
        const ms = Date.now() - start;
        const files = fetched.slice(before);
        return { ms, files: files.map((f) => f.url), bytes: files.reduce((sum, f) => sum + f.length, 0) };
      };
      const first = await click('CSV');
      const second = await click('JSON');
      rows.push({ first, second });
      console.log(`load ${i + 1}: first file ${first.ms} ms, ${first.bytes} bytes gzip (${first.files.join(', ')}); second ${second.ms} ms, ${second.bytes} bytes`);
    } finally {
      await context.close();
    }
  }
  console.log(`median: first ${median(rows.map((r) => r.first.ms))} ms, second ${median(rows.map((r) => r.second.ms))} ms`);
} finally {
  await browser.close();
  await server.close();
}
