// Screenshots of the kit's classroom parts, to look at (not a test): the presenter view with
// its QR code open at 1280×720 and 1920×1080, light and dark, and the worksheet on screen.
// Run against a release build: CHIP_PATHS_DIST=dist node e2e/kit-screenshots.mjs
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, openWidget, repoRoot } from './support.mjs';

const out = join(repoRoot, 'screenshots');
await mkdir(out, { recursive: true });
const browser = await launchBrowser();
try {
  for (const [width, height] of [[1280, 720], [1920, 1080]]) {
    for (const colorScheme of ['light', 'dark']) {
      const w = await openWidget(browser, '?mode=present&step=2', { viewport: { width, height }, colorScheme });
      await w.page.getByRole('button', { name: 'QR code', exact: true }).click();
      await w.page.getByRole('img', { name: 'QR code of the link' }).waitFor();
      const path = join(out, `kit-presenter-qr-${width}-${colorScheme}.png`);
      await w.page.screenshot({ path });
      console.log(path);
      await w.close();
    }
  }
  const w = await openWidget(browser, '?mode=story&step=2', { viewport: { width: 1280, height: 900 } });
  await w.page.getByRole('button', { name: 'Worksheet', exact: true }).click();
  await w.page.screenshot({ path: join(out, 'kit-worksheet-screen.png') });
  await w.close();
} finally {
  await browser.close();
}
