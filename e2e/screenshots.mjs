// Screenshots of the release build at 1280 px and 375 px, light and dark: the first screen
// and the full page. Output: screenshots/<width>-<theme>[-full].png; the 1280 light first
// screen is also copied to docs/screenshot.png for the README.
// Usage: node e2e/screenshots.mjs [query]
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, openWidget, repoRoot, serveDist } from './support.mjs';

const query = process.argv[2] ?? '';
const out = join(repoRoot, 'screenshots');
await mkdir(out, { recursive: true });
await mkdir(join(repoRoot, 'docs'), { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
try {
  for (const width of [1280, 375]) {
    for (const theme of ['light', 'dark']) {
      const height = width > 600 ? 800 : 740;
      const w = await openWidget(browser, query, {
        server,
        viewport: { width, height },
        colorScheme: theme,
        reducedMotion: 'reduce',
        readySelector: '[data-ready]',
        contextOptions: { deviceScaleFactor: width > 600 ? 1 : 2 },
      });
      const base = join(out, `${width}-${theme}${query ? '-q' : ''}`);
      await w.page.screenshot({ path: `${base}.png` });
      await w.page.screenshot({ path: `${base}-full.png`, fullPage: true });
      await w.close();
      console.log(`${base}.png, ${base}-full.png`);
    }
  }
  if (!query) await copyFile(join(out, '1280-light.png'), join(repoRoot, 'docs', 'screenshot.png'));
} finally {
  await browser.close();
  await server.close();
}
