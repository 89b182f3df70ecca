// The browser engines of the cross-engine suite, each behind one small page interface so that
// the suite (suite.mjs) is written once:
//   firefox   Debian's Firefox ESR over WebDriver BiDi (bidi.mjs), headless
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver (classic.mjs), in an Xvfb display
//             of its own (WebKitGTK has no headless mode)
//   chromium  Debian's Chromium through chromedriver (classic.mjs), headless: the reference the
//             other two are compared with, through the very same client code
// scripts/setup-engines.sh installs them; FIREFOX, WEBKIT_WEBDRIVER, MINIBROWSER, XVFB,
// CHROMIUM and CHROMEDRIVER override where they are.
//
// Page interface (what launch(name).newPage({ viewport }) resolves to):
//   goto(url)             navigate, resolve once the page has loaded
//   evaluate(fn, ...args) run fn(...args) in the page (args and result as JSON; may be async)
//   element(fn, ...args)  an opaque handle for the Element fn returns, or null
//   click(handle)         a real mouse click at the element's centre, scrolled into view
//   press(key)            a real key press on whatever has focus ('Space', 'Enter', 'Tab', …)
//   back(), forward()     the browser's history buttons
//   setViewport({ width, height }), screenshot() → PNG Buffer, close()
//   enterFrame(handle)    later commands go to the document in that iframe (goto leaves it)
//   computedRole(handle, candidates), computedLabel(handle, candidates)
//                         the element's role and accessible name in the browser's own
//                         accessibility tree: WebDriver classic's Get Computed Role and Label;
//                         over BiDi (Firefox, which has neither), the first candidate whose
//                         accessibility locator finds the element
import { spawn } from 'node:child_process';
import { access, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchFirefox } from './bidi.mjs';
import { launchClassic } from './classic.mjs';
import { killOnExit } from './common.mjs';
import { chromiumArgs } from '../support.mjs';

export const ENGINES = ['firefox', 'webkit', 'chromium'];

async function executable(envName, fallback, pkg) {
  const path = process.env[envName] ?? fallback;
  try {
    await access(path);
    return path;
  } catch {
    throw new Error(
      `${path} not found: run \`scripts/setup-engines.sh\` (installs Debian's ${pkg}) or set ${envName}.`,
    );
  }
}

/** WebKitGTK's MiniBrowser, which lives in an architecture-specific library folder. */
async function miniBrowser() {
  if (process.env.MINIBROWSER) return executable('MINIBROWSER', process.env.MINIBROWSER, 'webkit2gtk-driver');
  for (const dir of await readdir('/usr/lib').catch(() => [])) {
    const candidate = join('/usr/lib', dir, 'webkit2gtk-4.1', 'MiniBrowser');
    try {
      await access(candidate);
      return candidate;
    } catch {
      /* not this one */
    }
  }
  throw new Error("WebKitGTK's MiniBrowser not found under /usr/lib/*/webkit2gtk-4.1/: run `scripts/setup-engines.sh` or set MINIBROWSER.");
}

/** An X server of our own on a free display number; resolves to { display, close() }. */
export async function startXvfb() {
  const xvfb = await executable('XVFB', '/usr/bin/Xvfb', 'xvfb');
  // -displayfd: Xvfb picks a free display and writes its number to fd 3 once it is ready.
  const child = killOnExit(spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  }));
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const display = await new Promise((ok, fail) => {
    let out = '';
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) ok(`:${out.trim()}`);
    });
    child.once('error', (err) => fail(new Error(`could not start Xvfb: ${err.message}`)));
    child.once('exit', (code) => fail(new Error(`Xvfb exited (${code}): ${errors}`)));
  });
  return {
    display,
    close: async () => {
      if (child.exitCode !== null) return;
      const gone = new Promise((ok) => child.once('exit', ok));
      child.kill('SIGTERM');
      await gone;
    },
  };
}

/** Launch one engine by name; resolves to { name, version, newPage(options), close() }. */
export async function launch(name) {
  if (name === 'firefox') {
    return launchFirefox({ executable: await executable('FIREFOX', '/usr/bin/firefox-esr', 'firefox-esr') });
  }
  if (name === 'webkit') {
    const driver = await executable('WEBKIT_WEBDRIVER', '/usr/bin/WebKitWebDriver', 'webkit2gtk-driver');
    const binary = await miniBrowser();
    const xvfb = await startXvfb();
    try {
      const engine = await launchClassic({
        name,
        driver,
        env: {
          DISPLAY: xvfb.display,
          // Running as root in a container: WebKit's bubblewrap sandbox cannot start there.
          WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS: '1',
          // No accessibility bus or GPU in a bare X server.
          NO_AT_BRIDGE: '1',
          LIBGL_ALWAYS_SOFTWARE: '1',
        },
        capabilities: { 'webkitgtk:browserOptions': { binary, args: ['--automation'] } },
        versionOf: (caps) => `WebKitGTK ${caps.browserVersion} (${caps.browserName}, WebKitWebDriver, Xvfb ${xvfb.display})`,
      });
      const { close, kill } = engine;
      engine.close = async () => {
        await close();
        await xvfb.close();
      };
      engine.kill = async () => {
        kill();
        await xvfb.close();
      };
      return engine;
    } catch (err) {
      await xvfb.close();
      throw err;
    }
  }
  if (name === 'chromium') {
    const driver = await executable('CHROMEDRIVER', '/usr/bin/chromedriver', 'chromium-driver');
    const binary = await executable('CHROMIUM', '/usr/bin/chromium', 'chromium');
    return launchClassic({
      name,
      driver,
      capabilities: { 'goog:chromeOptions': { binary, args: [...chromiumArgs, '--headless=new'] } },
      versionOf: (caps) => `Chromium ${caps.browserVersion} (chromedriver)`,
    });
  }
  throw new Error(`unknown engine "${name}" (known: ${ENGINES.join(', ')})`);
}
