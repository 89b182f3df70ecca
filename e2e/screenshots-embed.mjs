// Screenshots of the default embed (`?embed=1`) at 320, 375, 600 and 1280 px, light and dark, whole
// content (what an article shows). Output: screenshots/embed-<width>-<theme>.png.
// Usage: node e2e/screenshots-embed.mjs [extra query, e.g. "&dev=deepseek"] [cells to open first,
// by their order in the matrix, e.g. "0,1" for the first developer's two] (embed12)
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, openWidget, repoRoot, serveDist } from './support.mjs';

const extra = process.argv[2] ?? '';
const open = (process.argv[3] ?? '').split(',').filter(Boolean).map(Number);
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
      for (const i of open) {
        const toggle = w.page.locator('.matrix__toggle').nth(i);
        await toggle.click();
        await w.page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`).waitFor();
      }
      const path = join(out, `embed-${width}-${theme}${extra ? '-q' : ''}${open.length ? `-open${open.join('-')}` : ''}.png`);
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
