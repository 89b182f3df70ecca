// Firefox driven over WebDriver BiDi, which Firefox serves itself on `--remote-debugging-port`
// (ws://127.0.0.1:PORT/session): no geckodriver, which only GitHub distributes. A minimal client
// over npm `ws`: only the commands the cross-engine suite needs (see engines.mjs for the page
// interface both clients implement).
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { callResult, callSource, keyPress, killOnExit } from './common.mjs';

/** One WebSocket, commands matched to their answers by id. */
class Connection {
  constructor(ws) {
    this.ws = ws;
    this.nextId = 1;
    this.pending = new Map();
    ws.on('message', (raw) => {
      const message = JSON.parse(raw.toString());
      const waiting = this.pending.get(message.id);
      if (!waiting) return; // An event: the suite subscribes to none.
      this.pending.delete(message.id);
      if (message.type === 'error') {
        waiting.fail(new Error(`${waiting.method}: ${message.error}: ${message.message}`));
      } else {
        waiting.ok(message.result);
      }
    });
    ws.on('close', () => {
      for (const { fail, method } of this.pending.values()) fail(new Error(`${method}: Firefox closed the connection`));
      this.pending.clear();
    });
  }

  send(method, params = {}) {
    const id = this.nextId++;
    return new Promise((ok, fail) => {
      this.pending.set(id, { ok, fail, method });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }
}

// Prefs for a closed network and a quiet test profile (the Remote Agent adds its own
// recommended automation prefs on top).
const USER_JS = `
user_pref("app.update.disabledForTesting", true);
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("toolkit.telemetry.enabled", false);
user_pref("network.captive-portal-service.enabled", false);
user_pref("network.connectivity-service.enabled", false);
user_pref("browser.safebrowsing.update.enabled", false);
user_pref("extensions.update.enabled", false);
`;

/** Start Firefox headless with BiDi on a free port; resolves once the socket is open. */
export async function launchFirefox({ executable, timeout = 30000 }) {
  const profile = await mkdtemp(join(tmpdir(), 'chip-paths-firefox-'));
  await writeFile(join(profile, 'user.js'), USER_JS);
  const child = killOnExit(spawn(
    executable,
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0'],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  ));
  let output = '';
  const url = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`Firefox did not open its BiDi socket in ${timeout} ms:\n${output}`)), timeout);
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        ok(`${found[1]}/session`);
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      fail(new Error(`could not start ${executable}: ${err.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Firefox exited (${code}) before opening its BiDi socket:\n${output}`));
    });
  });
  child.stderr.resume();
  const ws = new WebSocket(url);
  await new Promise((ok, fail) => {
    ws.once('open', ok);
    ws.once('error', fail);
  });
  const connection = new Connection(ws);
  const session = await connection.send('session.new', { capabilities: {} });
  const { browserName, browserVersion } = session.capabilities;
  return {
    name: 'firefox',
    version: `Firefox ${browserVersion} (${browserName}, WebDriver BiDi)`,
    newPage: (options) => BidiPage.open(connection, options),
    async close() {
      await connection.send('browser.close').catch(() => {});
      ws.close();
      if (child.exitCode === null) {
        await new Promise((ok) => {
          const timer = setTimeout(() => {
            child.kill('SIGKILL');
            ok();
          }, 5000);
          child.once('exit', () => {
            clearTimeout(timer);
            ok();
          });
        });
      }
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** A tab in its own user context (its own cookies and storage), like a fresh profile. */
class BidiPage {
  static async open(connection, { viewport = { width: 1024, height: 800 } } = {}) {
    const { userContext } = await connection.send('browser.createUserContext');
    const { context } = await connection.send('browsingContext.create', { type: 'tab', userContext });
    const page = new BidiPage(connection, context, userContext);
    await page.setViewport(viewport);
    return page;
  }

  constructor(connection, context, userContext) {
    this.connection = connection;
    // The tab, and the document commands go to: the tab's own, or an iframe's (enterFrame).
    this.tab = context;
    this.context = context;
    this.userContext = userContext;
  }

  async goto(url) {
    this.context = this.tab;
    await this.connection.send('browsingContext.navigate', { context: this.tab, url, wait: 'complete' });
  }

  async evaluate(fn, ...args) {
    const result = await this.connection.send('script.evaluate', {
      expression: callSource(fn, args),
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(`in the page: ${result.exceptionDetails.text}`);
    return callResult(result.result.value, fn);
  }

  async element(fn, ...args) {
    const result = await this.connection.send('script.evaluate', {
      expression: `(${fn})(...${JSON.stringify(args)})`,
      target: { context: this.context },
      awaitPromise: false,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(`in the page: ${result.exceptionDetails.text}`);
    if (result.result.type === 'null' || result.result.type === 'undefined') return null;
    if (result.result.type !== 'node') throw new Error(`expected an element, got ${result.result.type}`);
    return { sharedId: result.result.sharedId };
  }

  /** A real mouse click at the element's centre, after scrolling it into view. */
  async click(handle) {
    await this.connection.send('script.callFunction', {
      functionDeclaration: '(el) => el.scrollIntoView({ block: "center", inline: "center" })',
      arguments: [handle],
      target: { context: this.context },
      awaitPromise: false,
    });
    await this.connection.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: handle } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  async press(key) {
    await this.connection.send('input.performActions', { context: this.context, actions: keyPress(key) });
  }

  /** From now on, commands go to the document in the iframe `handle` (its own browsing context). */
  async enterFrame(handle) {
    const { result } = await this.connection.send('script.callFunction', {
      functionDeclaration: '(el) => el.contentWindow',
      arguments: [handle],
      target: { context: this.context },
      awaitPromise: false,
    });
    if (result.type !== 'window') throw new Error(`expected an iframe, got ${result.type}`);
    this.context = result.value.context;
  }

  /**
   * Firefox's BiDi has no Get Computed Role: the first of `candidates` whose accessibility locator
   * (browsingContext.locateNodes, which matches against Firefox's own accessibility tree) finds
   * the element, or `none of …`.
   */
  async computedRole(handle, candidates) {
    return (await this.#firstLocating(handle, candidates.map((role) => ({ role }))))?.role ?? `none of ${candidates.join(', ')}`;
  }

  /** The same for the accessible name: the first of `candidates` that finds the element, or ''. */
  async computedLabel(handle, candidates) {
    return (await this.#firstLocating(handle, candidates.map((name) => ({ name }))))?.name ?? '';
  }

  async #firstLocating(handle, values) {
    for (const value of values) {
      const { nodes } = await this.connection.send('browsingContext.locateNodes', {
        context: this.context,
        locator: { type: 'accessibility', value },
      });
      if (nodes.some((node) => node.sharedId === handle.sharedId)) return value;
    }
    return null;
  }

  async back() {
    await this.connection.send('browsingContext.traverseHistory', { context: this.tab, delta: -1 });
  }

  async forward() {
    await this.connection.send('browsingContext.traverseHistory', { context: this.tab, delta: 1 });
  }

  async setViewport({ width, height }) {
    await this.connection.send('browsingContext.setViewport', { context: this.tab, viewport: { width, height } });
  }

  async screenshot() {
    const { data } = await this.connection.send('browsingContext.captureScreenshot', { context: this.tab });
    return Buffer.from(data, 'base64');
  }

  async close() {
    await this.connection.send('browsingContext.close', { context: this.tab });
    await this.connection.send('browser.removeUserContext', { userContext: this.userContext });
  }
}
