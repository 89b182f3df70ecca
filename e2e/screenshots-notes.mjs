// Screenshots of the teacher notes' own window (?mode=notes) and of the presenter bar's button
// that opens it, to look at (not a test): writes screenshots/notes-<width>x<height>-<what>.png
// from the release build in dist/ (CHIP_PATHS_DIST for another).
//   node e2e/screenshots-notes.mjs
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, openWidget, repoRoot, serveDist } from './support.mjs';

const out = join(repoRoot, 'screenshots');
await mkdir(out, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
const written = [];
const shots = [
  // The presenter view with the new button (after Teacher notes), at a question.
  { what: 'presenter-step-5', query: '?mode=present&step=5', viewport: { width: 1280, height: 720 } },
  { what: 'presenter-step-5-dark', query: '?mode=present&step=5&theme=dark', viewport: { width: 1280, height: 720 } },
  { what: 'presenter-zh-step-5', query: '?mode=present&step=5&lang=zh-CN', viewport: { width: 1280, height: 720 } },
  // The notes window at a question (its answer marked, scrolled to), between questions, and at
  // the start card (the top of the notes).
  { what: 'step-5', query: '?mode=notes&step=5&theme=light', viewport: { width: 1280, height: 800 } },
  { what: 'step-5-dark', query: '?mode=notes&step=5&theme=dark', viewport: { width: 1280, height: 800 } },
  { what: 'step-7', query: '?mode=notes&step=7&theme=light', viewport: { width: 1280, height: 800 } },
  { what: 'start', query: '?mode=notes&step=0&theme=light', viewport: { width: 1280, height: 800 } },
  { what: 'zh-step-6', query: '?mode=notes&step=6&lang=zh-CN&theme=light', viewport: { width: 1280, height: 800 } },
  { what: 'step-5', query: '?mode=notes&step=5&theme=light', viewport: { width: 375, height: 667 } },
  { what: 'step-5-dark', query: '?mode=notes&step=5&theme=dark', viewport: { width: 375, height: 667 } },
  { what: 'waiting', query: '?mode=notes&theme=light', viewport: { width: 375, height: 667 } },
];
try {
  for (const shot of shots) {
    const w = await openWidget(browser, shot.query, { server, viewport: shot.viewport });
    try {
      await w.page.locator('[data-ready="true"]').waitFor();
      if (shot.query.includes('mode=present')) await w.page.locator('.presenter-bar__notes-window').waitFor();
      const file = join(out, `notes-${shot.viewport.width}x${shot.viewport.height}-${shot.what}.png`);
      await w.page.screenshot({ path: file });
      written.push(file);
      const errors = w.errors();
      if (errors.length) console.error(`${shot.what}: ${errors.join('\n')}`);
    } finally {
      await w.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(written.join('\n'));
