// Screenshots of the release build in Simplified Chinese (issue 15), to look at the glyphs
// (setup.sh test installs a CJK font): the opening view at 375 and 1280 px, light and dark; a
// story step; the start card; the presenter view with the teacher notes.
// Output: screenshots/zh-<what>.png. Usage: CHIP_PATHS_DIST=dist node e2e/screenshots-zh.mjs
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, openWidget, repoRoot, serveDist } from './support.mjs';

const out = join(repoRoot, 'screenshots');
await mkdir(out, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
const shots = [
  ...[1280, 375].flatMap((width) => ['light', 'dark'].map((theme) => ({ name: `opening-${width}-${theme}`, query: '', width, theme }))),
  { name: 'opening-320-deepseek', query: '&dev=deepseek', width: 320, theme: 'light', full: true },
  { name: 'story-start-375', query: '&mode=story&step=0', width: 375, theme: 'light', full: true },
  { name: 'story-step-375', query: '&mode=story&step=6', width: 375, theme: 'light', full: true },
  { name: 'story-step-1280', query: '&mode=story&step=6', width: 1280, theme: 'light' },
  { name: 'story-last-1280', query: '&mode=story&step=last', width: 1280, theme: 'dark', full: true },
  { name: 'present-1280x720', query: '&mode=present&step=4', width: 1280, height: 720, theme: 'light' },
  { name: 'present-notes-1280x720', query: '&mode=present&step=4', width: 1280, height: 720, theme: 'light', notes: true, full: true },
  { name: 'notice-375', query: '&foo=1&theme=pink', width: 375, theme: 'light' },
];
try {
  for (const shot of shots) {
    // The story's last step (data/story.toml has 18).
    const query = `?lang=zh-CN${shot.query}`.replace('step=last', 'step=18');
    const w = await openWidget(browser, query, {
      server,
      // A tall window rather than the full page (a story step's page runs to 20,000 px).
      viewport: { width: shot.width, height: shot.full ? 1600 : (shot.height ?? (shot.width > 600 ? 800 : 740)) },
      colorScheme: shot.theme,
      reducedMotion: 'reduce',
      readySelector: '[data-ready]',
      contextOptions: { deviceScaleFactor: shot.width > 600 ? 1 : 2 },
    });
    await w.page.waitForSelector('.cp[lang="zh-CN"][data-ready]');
    await w.page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.querySelector('h1, h2')?.textContent ?? ''));
    if (shot.notes) await w.page.locator('.presenter-bar__notes').click();
    const path = join(out, `zh-${shot.name}.png`);
    await w.page.screenshot({ path });
    await w.close();
    console.log(path);
  }
} finally {
  await browser.close();
  await server.close();
}
