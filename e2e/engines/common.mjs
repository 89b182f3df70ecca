// What both WebDriver clients (bidi.mjs, classic.mjs) share: key names as the code points
// WebDriver expects in key actions (WebDriver spec, "keyboard actions"), and in-page calls.
const KEYS = {
  Enter: '\uE007',
  Tab: '\uE004',
  Space: ' ',
  Escape: '\uE00C',
  Home: '\uE011',
  End: '\uE010',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

/** The WebDriver key value for a key name, or a single character as itself. */
export function keyValue(name) {
  if (KEYS[name]) return KEYS[name];
  if ([...name].length === 1) return name;
  throw new Error(`unknown key "${name}" (known: ${Object.keys(KEYS).join(', ')}, or one character)`);
}

/** A key action sequence pressing and releasing one key. */
export function keyPress(name) {
  const value = keyValue(name);
  return [
    {
      type: 'key',
      id: 'keyboard',
      actions: [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ],
    },
  ];
}

/**
 * The source of an in-page call of `fn` with JSON arguments, resolving to a JSON string
 * `{ ok: value }` or `{ error: text }`. The function's source is part of the script the driver
 * compiles itself (no eval in the page: the widget's CSP forbids it).
 */
export function callSource(fn, args) {
  const fnSource = typeof fn === 'function' ? fn.toString() : fn;
  return `Promise.resolve().then(() => (${fnSource})(...${JSON.stringify(args)}))
    .then((value) => JSON.stringify({ ok: value === undefined ? null : value }),
          (e) => JSON.stringify({ error: String((e && e.stack) || e) }))`;
}

/** Unpacks what `callSource` resolved to. */
export function callResult(json, fn) {
  const result = JSON.parse(json);
  if ('error' in result) {
    const name = (typeof fn === 'function' ? fn.toString() : fn).slice(0, 80).replace(/\s+/g, ' ');
    throw new Error(`in the page: ${result.error}\n  while running: ${name}…`);
  }
  return result.ok;
}

/**
 * A driver that did not answer a command in time: the browser behind it stopped responding
 * (WebKitGTK's web process sometimes spins; docs/engines.md "Known"). The suite restarts the
 * engine and runs the test once more on this error alone; any other failure fails at once.
 */
export class EngineUnresponsive extends Error {}

/**
 * Runs `body()`; if it fails with EngineUnresponsive and `restart(err)` resolves true (it has
 * relaunched the engine), runs it once more from its start. Any other failure, a second hang,
 * or a restart refused (false) fails with the error as it came.
 */
export async function onceMoreAfterHang(body, restart) {
  try {
    return await body();
  } catch (err) {
    if (!(err instanceof EngineUnresponsive) || !(await restart(err))) throw err;
    return await body();
  }
}

const children = new Set();
const groupLeaders = new WeakSet();
/** Kills `child` and, if it leads a process group of its own (spawned `detached`), the group. */
export function killTree(child) {
  if (groupLeaders.has(child)) {
    try {
      process.kill(-child.pid, 'SIGKILL'); // The group may outlive its leader.
    } catch {
      /* no process left in it */
    }
  }
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
const killAll = () => {
  for (const child of children) killTree(child);
};
process.once('exit', killAll);
// node --test ends a file that overruns its timeout with a signal, which skips 'exit'.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.once(signal, () => {
    killAll();
    process.exit(128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal]);
  });
}

/**
 * Kills `child` when this process exits, should a test fail before closing its engine.
 * `detached`: the child was spawned leading a process group of its own, which is killed whole
 * (a WebDriver server and the browsers it started).
 */
export function killOnExit(child, { detached = false } = {}) {
  if (detached) groupLeaders.add(child);
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
