// Screenshots of the default embed (`?embed=1`) at 320, 375, 600 and 1280 px, light and dark, whole
// content (what an article shows). Output: screenshots/embed-<width>-<theme>.png.
// Usage: node e2e/screenshots-embed.mjs [extra query, e.g. "&dev=deepseek"]
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, openWidget, repoRoot, serveDist } from './support.mjs';

const extra = process.argv[2] ?? '';
const out = join(repoRoot, 'screenshots');
await mkdir(out, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
try {
  for (const width of [320, 375, 600, 1280]) {
    for (const theme of ['light', 'dark']) {
      const w = await openWidget(browser, `embed=1&childId=shot${extra}`, {
        server,
        viewport: { width, height: 700 },
        colorScheme: theme,
        reducedMotion: 'reduce',
        readySelector: '[data-ready]',
        contextOptions: { deviceScaleFactor: 1 },
      });
      const path = join(out, `embed-${width}-${theme}${extra ? '-q' : ''}.png`);
      await w.page.screenshot({ path, fullPage: true });
      const height = await w.page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await w.close();
      console.log(`${path} (${height} px tall)`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
