// Screenshots of the presenter view at projector sizes (1024×768, 1280×720, 1920×1080; light
// and dark; English and Chinese), to look at (not a test): writes
// screenshots/present-<width>x<height>-<what>.png from the release build in dist/, and the
// phone student view of the story as screenshots/phone-<width>x<height>-<what>.png.
//   node e2e/screenshots-present.mjs
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, openWidget, repoRoot, serveDist } from './support.mjs';

const out = join(repoRoot, 'screenshots');
await mkdir(out, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
const written = [];
const only = process.argv[2];
try {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;
    const shots = [
      { what: 'step-1-dark', query: '?mode=present&step=1&theme=dark' },
      { what: 'step-6-shown', query: '?mode=present&step=6', show: true },
      { what: 'step-6-shown-dark', query: '?mode=present&step=6&theme=dark', show: true },
      { what: 'start', query: '?mode=present&step=0' },
      { what: 'step-1', query: '?mode=present&step=1' },
      { what: 'step-5-question', query: '?mode=present&step=5' },
      { what: 'step-5-revealed', query: '?mode=present&step=5', reveal: ['DeepSeek', 'iFlytek'] },
      { what: 'step-11-revealed-nobody', query: '?mode=present&step=11', reveal: ['Nobody loses'] },
      { what: 'step-9', query: '?mode=present&step=9' },
      { what: 'step-16-dark', query: '?mode=present&step=16&theme=dark' },
      { what: 'closing', query: '?mode=present&step=18' },
      // The longest steps: a question's (6) and one whose "Meanwhile" sits under the legend (9, 14).
      { what: 'step-6-question', query: '?mode=present&step=6' },
      { what: 'step-14', query: '?mode=present&step=14' },
      { what: 'zh-step-6-question', query: '?mode=present&step=6&lang=zh-CN' },
      { what: 'zh-step-6-shown-dark', query: '?mode=present&step=6&lang=zh-CN&theme=dark', show: true },
      { what: 'zh-step-9-dark', query: '?mode=present&step=9&lang=zh-CN&theme=dark' },
      { what: 'zh-closing', query: '?mode=present&step=18&lang=zh-CN' },
    ].filter((s) => !only || s.what.includes(only));
    for (const shot of shots) {
      const w = await openWidget(browser, shot.query, { server, viewport });
      try {
        await w.page.waitForSelector('.story');
        if (shot.reveal) {
          for (const name of shot.reveal) {
            await w.page.getByRole('checkbox', { name, exact: true }).check();
          }
          await w.page.getByRole('button', { name: 'Reveal the answer' }).click();
          await w.page.locator('.predict__score').waitFor();
        }
        if (shot.show) {
          // The teacher's Show answer, with nothing ticked.
          await w.page.locator('.presenter-bar__show').click();
          await w.page.locator('.predict__score').waitFor();
        }
        const file = join(out, `present-${size}-${shot.what}.png`);
        await w.page.screenshot({ path: file });
        written.push(file);
        const errors = w.errors();
        if (errors.length) console.error(`${shot.what}: ${errors.join('\n')}`);
      } finally {
        await w.close();
      }
    }
  }
  // The phone student view of the story (not the presenter view): a question, before and after.
  for (const viewport of [
    { width: 375, height: 667 },
    { width: 390, height: 844 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;
    const shots = [
      { what: 'story-step-5-question', query: '?mode=story&step=5' },
      { what: 'story-step-5-revealed', query: '?mode=story&step=5', reveal: ['DeepSeek'] },
    ].filter((s) => !only || s.what.includes(only));
    for (const shot of shots) {
      const w = await openWidget(browser, shot.query, { server, viewport });
      try {
        await w.page.waitForSelector('.story');
        if (shot.reveal) {
          for (const name of shot.reveal) {
            await w.page.getByRole('checkbox', { name, exact: true }).check();
          }
          await w.page.getByRole('button', { name: 'Reveal the answer' }).click();
          await w.page.locator('.predict__score').waitFor();
        }
        const file = join(out, `phone-${size}-${shot.what}.png`);
        await w.page.screenshot({ path: file });
        written.push(file);
        const errors = w.errors();
        if (errors.length) console.error(`${shot.what}: ${errors.join('\n')}`);
      } finally {
        await w.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(written.join('\n'));
