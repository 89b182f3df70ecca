// WebDriver classic (HTTP) for the drivers Debian ships: WebKitGTK's WebKitWebDriver and
// Chromium's chromedriver. A minimal client over Node's fetch: only the commands the cross-engine
// suite needs (see engines.mjs for the page interface both clients implement). Each page is a
// session of its own, so each starts with a fresh browser state.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { EngineUnresponsive, callResult, callSource, keyPress, killOnExit, killTree } from './common.mjs';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A TCP port free at the time of asking (the driver binds it a moment later). */
export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

// How long one command may go unanswered before the browser counts as not responding. Every
// command the suite sends returns in a few seconds (a page load, a poll, a click); WebDriver's
// own script timeout is 30 s.
const COMMAND_MS = Number(process.env.ENGINE_COMMAND_MS ?? 60000);

/**
 * One command to the driver at `link.base`. A command unanswered in COMMAND_MS throws
 * EngineUnresponsive and marks the link, so that every later command (closing the page, say)
 * fails at once instead of waiting again.
 */
async function command(link, method, path, body) {
  if (link.unresponsive) throw new EngineUnresponsive(`${method} ${path}: not sent, ${link.unresponsive}`);
  let response;
  let text;
  try {
    response = await fetch(`${link.base}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(COMMAND_MS),
    });
    text = await response.text();
  } catch (err) {
    if (err.name === 'TimeoutError') {
      link.unresponsive = `the browser did not answer ${method} ${path} in ${COMMAND_MS / 1000} s`;
      throw new EngineUnresponsive(link.unresponsive);
    }
    throw new Error(`${method} ${path}: the driver did not answer (${err.cause?.code ?? err.message})`);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`);
  }
  if (!response.ok) {
    const { error, message } = json.value ?? {};
    throw new Error(`${method} ${path}: ${error ?? response.status}: ${message ?? text.slice(0, 200)}`);
  }
  return json.value;
}

/**
 * Start a WebDriver server (`driver` with `args`, `--port=N` added) and wait until it answers
 * /status. `capabilities` are what each new session asks for; `versionOf(caps)` names the
 * browser from the first session's answer.
 */
export async function launchClassic({ name, driver, args = [], env = {}, capabilities, versionOf, timeout = 30000 }) {
  const port = await freePort();
  const link = { base: `http://127.0.0.1:${port}`, unresponsive: null };
  const { base } = link;
  // A process group of its own: the driver and the browsers it starts can be killed together.
  const child = killOnExit(spawn(driver, [...args, `--port=${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
    detached: true,
  }), { detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((_, fail) => {
    child.once('error', (err) => fail(new Error(`could not start ${driver}: ${err.message}`)));
    child.once('exit', (code) => fail(new Error(`${driver} exited (${code}):\n${output}`)));
  });
  exited.catch(() => {});
  const deadline = Date.now() + timeout;
  for (;;) {
    const ready = await Promise.race([
      fetch(`${base}/status`).then((r) => r.ok, () => false),
      exited,
    ]);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`${driver} did not answer on port ${port} in ${timeout} ms:\n${output}`);
    await new Promise((ok) => setTimeout(ok, 100)); // Retry interval while the driver starts.
  }

  let version;
  const engine = {
    name,
    get version() {
      return version;
    },
    async newPage(options = {}) {
      const session = await command(link, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
      version ??= versionOf(session.capabilities);
      const page = new ClassicPage(link, session.sessionId);
      await page.setViewport(options.viewport ?? { width: 1024, height: 800 });
      return page;
    },
    async close() {
      if (child.exitCode === null) {
        const gone = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await gone;
        clearTimeout(timer);
      }
      killTree(child); // Whatever of its group outlived the driver (a browser it left behind).
    },
    /** The driver's process id, which is also its process group's (its browsers are in it). */
    pid: child.pid,
    /** Kills the driver and every browser it started, at once (after EngineUnresponsive). */
    kill() {
      killTree(child);
    },
    /** What the driver printed, for failure messages. */
    output: () => output,
  };
  // One page opened and closed at once: the engine's version is known before any test runs.
  await (await engine.newPage()).close();
  return engine;
}

class ClassicPage {
  constructor(link, sessionId) {
    this.link = link;
    this.session = `/session/${sessionId}`;
  }

  send(method, path, body) {
    return command(this.link, method, `${this.session}${path}`, body);
  }

  async goto(url) {
    await this.send('POST', '/url', { url });
  }

  async evaluate(fn, ...args) {
    const json = await this.send('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1]; ${callSource(fn, args)}.then(done);`,
      args: [],
    });
    return callResult(json, fn);
  }

  async element(fn, ...args) {
    const found = await this.send('POST', '/execute/sync', {
      script: `return (${fn})(...${JSON.stringify(args)});`,
      args: [],
    });
    if (found === null || found === undefined) return null;
    if (!found[ELEMENT]) throw new Error(`expected an element, got ${JSON.stringify(found).slice(0, 100)}`);
    return found;
  }

  /** WebDriver's Element Click: scrolls into view, then a real mouse click at its centre. */
  async click(handle) {
    await this.send('POST', `/element/${handle[ELEMENT]}/click`, {});
  }

  async press(key) {
    await this.send('POST', '/actions', { actions: keyPress(key) });
  }

  /**
   * WebDriver's Get Computed Role: the element's role as the browser's own accessibility tree
   * has it (WebKitWebDriver and chromedriver answer it). The candidates engines.mjs passes are for
   * BiDi (bidi.mjs), which has no such command.
   */
  async computedRole(handle) {
    return this.send('GET', `/element/${handle[ELEMENT]}/computedrole`);
  }

  /** WebDriver's Get Computed Label: the element's accessible name, as the browser computes it. */
  async computedLabel(handle) {
    return this.send('GET', `/element/${handle[ELEMENT]}/computedlabel`);
  }

  /** From now on, commands go to the document in the iframe `handle` (Switch To Frame). */
  async enterFrame(handle) {
    await this.send('POST', '/frame', { id: handle });
  }

  async back() {
    await this.send('POST', '/back', {});
  }

  async forward() {
    await this.send('POST', '/forward', {});
  }

  /**
   * Sizes the window so that the page's viewport is `width`×`height`: classic WebDriver sets the
   * outer window, so the difference (toolbars, borders) is measured and added once.
   */
  async setViewport({ width, height }) {
    await this.send('POST', '/window/rect', { width, height });
    const inner = await this.evaluate(() => [window.innerWidth, window.innerHeight]);
    if (inner[0] !== width || inner[1] !== height) {
      await this.send('POST', '/window/rect', { width: width * 2 - inner[0], height: height * 2 - inner[1] });
    }
  }

  async screenshot() {
    return Buffer.from(await this.send('GET', '/screenshot'), 'base64');
  }

  async close() {
    await this.send('DELETE', '');
  }
}
