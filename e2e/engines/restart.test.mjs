// A browser that stops responding is found out and replaced, as the cross-engine suite's
// restarting() does (suite.mjs; docs/engines.md "Known": WebKitGTK's web process sometimes
// spins). The hang is made on purpose here: the web process is stopped (SIGSTOP) mid-test, so
// the next command goes unanswered exactly as in the real hang. Checked: the command fails as
// EngineUnresponsive after ENGINE_COMMAND_MS (not before, and not the file's timeout), the next
// command fails at once, killing the engine leaves none of its processes, and the test runs
// again in full on a relaunched engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

// A short command timeout for this file only; read when classic.mjs is first imported.
const COMMAND_MS = 5000;
process.env.ENGINE_COMMAND_MS = String(COMMAND_MS);
const { launch } = await import('./engines.mjs');
const { EngineUnresponsive, onceMoreAfterHang } = await import('./common.mjs');
const { serveForEngines } = await import('./server.mjs');

/** The processes in a process group: { pid, name }. */
function group(pgid) {
  return execFileSync('ps', ['-eo', 'pid=,pgid=,comm='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, g]) => Number(g) === pgid)
    .map(([pid, , name]) => ({ pid: Number(pid), name }));
}

test('WebKit: a web process that stops answering fails the command, is killed whole, and the test runs again on a relaunched engine', async (t) => {
  const server = await serveForEngines();
  let engine = await launch('webkit');
  const attempts = [];
  try {
    const title = await onceMoreAfterHang(
      async () => {
        attempts.push('run');
        const page = await engine.newPage();
        await page.goto(server.url('/'));
        if (attempts.length === 1) {
          const web = group(engine.pid).filter((p) => /^WebKitWebProc/.test(p.name));
          assert.ok(web.length > 0, `a web process in the driver's group: ${JSON.stringify(group(engine.pid))}`);
          for (const { pid } of web) process.kill(pid, 'SIGSTOP');
          const started = Date.now();
          await assert.rejects(page.evaluate(() => document.title), EngineUnresponsive);
          const waited = Date.now() - started;
          assert.ok(waited >= COMMAND_MS - 100 && waited < COMMAND_MS + 10000, `unanswered after ${waited} ms (limit ${COMMAND_MS})`);
          const next = Date.now();
          await assert.rejects(page.close(), EngineUnresponsive, 'the next command is not sent');
          assert.ok(Date.now() - next < 1000, 'and fails at once');
          await page.evaluate(() => 1); // Fails as the real hang does: the body ends here.
        }
        const text = await page.evaluate(() => document.title);
        await page.close();
        return text;
      },
      async (err) => {
        assert.ok(err instanceof EngineUnresponsive, String(err));
        attempts.push('restart');
        const processes = group(engine.pid);
        assert.ok(processes.some((p) => p.name === 'MiniBrowser'), `the browser is in the driver's group: ${JSON.stringify(processes)}`);
        await engine.kill();
        // SIGKILL is delivered at once, but a process is gone from ps only once reaped.
        for (let i = 0; processes.some((p) => isAlive(p.pid)); i += 1) {
          assert.ok(i < 100, `still running after the kill: ${JSON.stringify(processes.filter((p) => isAlive(p.pid)))}`);
          await new Promise((ok) => setTimeout(ok, 50)); // Poll interval for the processes to go.
        }
        engine = await launch('webkit');
        return true;
      },
    );
    assert.deepEqual(attempts, ['run', 'restart', 'run']);
    assert.match(title, /Chip Paths/);
    t.diagnostic(`restarted and ran again: "${title}"`);
  } finally {
    await engine.close();
    await server.close();
  }
});

/** Whether a process exists and is not a zombie. */
function isAlive(pid) {
  try {
    const state = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return state !== '' && !state.startsWith('Z');
  } catch {
    return false; // ps exits 1 when there is no such process.
  }
}
