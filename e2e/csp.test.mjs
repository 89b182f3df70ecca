// The release build under the strict Content-Security-Policy a careful newsroom would set:
// no inline scripts or styles, wasm allowed, nothing from other hosts. Zero violations while
// loading and using the widget, in full and embed mode; and the detector is shown to work.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { READY_SELECTOR, distDir, launchBrowser, openWidget, serveDist } from './support.mjs';

const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

let browser;
let server;

before(async () => {
  browser = await launchBrowser();
  // The policy as a response header on every file, as a host's server would send it.
  server = await serveDist({ headers: { 'Content-Security-Policy': STRICT_CSP } });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs in every frame before its scripts: collects CSP violation reports. */
function recordViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
  });
}

async function openUnderCsp(query, options = {}) {
  return openWidget(browser, query, {
    server,
    ...options,
    beforeGoto: (page) => page.addInitScript(recordViolations),
  });
}

const cspConsoleErrors = (w) => w.errors().filter((e) => /Content.Security.Policy|CSP/i.test(e));

/** No violation reported, none in the console, no error at all. Violation events are queued as
 *  tasks: one more task first lets them land. */
async function assertNoViolations(w) {
  await w.page.evaluate(() => new Promise((ok) => setTimeout(ok, 0)));
  assert.deepEqual(await w.page.evaluate(() => window.__violations), []);
  assert.deepEqual(cspConsoleErrors(w), []);
  assert.deepEqual(w.errors(), []);
}

/** Clicks what a reader would click, so violations from later renders are caught too. */
async function useWidget(page) {
  const controls = page.locator(
    'main button:visible:enabled, main [role="switch"]:visible:enabled, main summary:visible',
  );
  const n = Math.min(await controls.count(), 12);
  for (let i = 0; i < n; i += 1) {
    await controls.nth(i).click();
    if (await page.locator('dialog[open]').count()) await page.keyboard.press('Escape');
  }
}

// The attributes of one start tag's attribute text, quoted or not: { name: value }.
function attributes(text) {
  const found = {};
  for (const m of text.matchAll(/([^\s=]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    found[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return found;
}

describe('strict Content-Security-Policy', () => {
  test('the built index.html carries the policy and has no inline script or style', async () => {
    const html = await readFile(join(distDir, 'index.html'), 'utf8');
    // Release builds minify the page: attribute values may be unquoted and in any order.
    const metas = [...html.matchAll(/<meta\b([^>]*)>/g)].map((m) => attributes(m[1]));
    const meta = metas.find((a) => a['http-equiv'] === 'Content-Security-Policy');
    assert.ok(meta, 'a CSP <meta> in dist/index.html');
    assert.equal(meta.content, STRICT_CSP);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length >= 1, 'the loader script tag is there');
    for (const [, attrs, body] of scripts) {
      assert.ok(attributes(attrs).src, `every <script> is external: <script${attrs}>`);
      assert.equal(body.trim(), '', 'no inline script body');
    }
    assert.doesNotMatch(html, /<style\b/, 'no <style> element');
    assert.doesNotMatch(html, /\sstyle=/, 'no style attribute');
  });

  test('no built JS or wasm names another host to fetch from', async () => {
    const files = (await readdir(distDir)).filter((f) => /\.(js|css|html)$/.test(f));
    for (const file of files) {
      const text = await readFile(join(distDir, file), 'utf8');
      const urls = [...text.matchAll(/\b(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)]*/gi)].map((m) => m[0]);
      // Links a reader may follow (sources) are fine in data; fetchable assets are not.
      const fetched = urls.filter((u) => /\.(js|mjs|css|woff2?|ttf|png|jpe?g|gif|svg|wasm)(\?|$)/i.test(u));
      assert.deepEqual(fetched, [], `${file} loads nothing from other hosts`);
    }
  });

  for (const [name, query] of [
    ['full page', ''],
    ['embed mode, dark theme', 'embed=1&theme=dark&childId=csp-test'],
    ['presenter view', 'mode=present&step=1'],
  ]) {
    test(`${name}: renders and is used with zero CSP violations`, async () => {
      const w = await openUnderCsp(query);
      try {
        await w.page.locator(READY_SELECTOR).first().waitFor();
        await useWidget(w.page);
        if (!query) {
          // The Embed dialog, too, must render under the policy.
          await w.page.locator('.embed-open').click();
          await w.page.locator('dialog.embed-dialog[open]').waitFor();
          // Its height preview loads the embed in frames at four widths: under the policy too.
          await w.page.locator('.embed-dialog__heights[data-measured]').waitFor();
          await w.page.keyboard.press('Escape');
        }
        await assertNoViolations(w);
      } finally {
        await w.close();
      }
    });
  }

  test('the downloads, with their code and the hand-over loaded on demand, cause zero CSP violations', async () => {
    // The English reader's first download loads web/kit-export.js and, for the view's
    // hand-over, the multilingual reader's bundle (docs/kit.md); a picture, web/kit-picture.js
    // and a canvas; each file reaches the browser as a data: address.
    const w = await openUnderCsp('', { contextOptions: { acceptDownloads: true } });
    try {
      await w.page.locator(READY_SELECTOR).first().waitFor();
      for (const name of ['CSV', 'Matrix PNG', 'Diagram SVG']) {
        const [file] = await Promise.all([
          w.page.waitForEvent('download', { timeout: 20000 }),
          w.page.getByRole('link', { name, exact: true }).click(),
        ]);
        assert.ok((await file.path()) && file.suggestedFilename().startsWith('chip-paths-'), name);
      }
      assert.equal(await w.page.evaluate(() => document.documentElement.dataset.chipPathsBundle), 'reader');
      await assertNoViolations(w);
    } finally {
      await w.close();
    }
  });

  test('the policy really is enforced here: an inline script and a style attribute are reported', async () => {
    // Guards against a vacuous pass (a policy that is not applied, a collector that never fires).
    const w = await openUnderCsp('');
    try {
      await w.page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true;';
        document.body.appendChild(s);
        const div = document.createElement('div');
        div.setAttribute('style', 'color: red');
        document.body.appendChild(div);
      });
      await w.page.waitForFunction(() => window.__violations.length >= 2);
      const violations = await w.page.evaluate(() => window.__violations);
      assert.ok(violations.some((v) => v.startsWith('script-src')), violations.join('\n'));
      assert.ok(violations.some((v) => v.startsWith('style-src')), violations.join('\n'));
      assert.equal(await w.page.evaluate(() => window.__inlineRan), undefined, 'the inline script did not run');
    } finally {
      await w.close();
    }
  });
});
