// Takes the README's screenshot (docs/screenshot.png) of the release build in headless Chromium.
// Usage: node scripts/screenshot.mjs [query] [out.png]   (run `make dist` first)
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { launchBrowser, openWidget, repoRoot, serveDist } from '../e2e/support.mjs';

const query = process.argv[2] ?? '';
const out = resolve(repoRoot, process.argv[3] ?? 'docs/screenshot.png');
const server = await serveDist();
const browser = await launchBrowser();
try {
  const w = await openWidget(browser, query, { server, viewport: { width: 1000, height: 720 } });
  await mkdir(dirname(out), { recursive: true });
  await w.page.screenshot({ path: out, fullPage: false });
  if (w.errors().length) console.error(`warning: the page logged errors:\n  ${w.errors().join('\n  ')}`);
  await w.close();
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
