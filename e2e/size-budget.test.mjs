// The size gate (scripts/size.mjs --budget, run by scripts/test.sh against size-budget.json):
// it passes a build at its budget and fails one whose reader first load (gzip) is over it,
// printing the per-file breakdown. Budgets here are derived from the release build's own
// measured size, so the test holds whatever the widget weighs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, repoRoot } from './support.mjs';

const sizeScript = join(repoRoot, 'scripts/size.mjs');
let scratch;

before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'chip-paths-budget-'));
});
after(() => rm(scratch, { recursive: true, force: true }));

/** Runs the gate against dist/ with `budget` bytes: { status, stdout, stderr }. */
async function gate(budget) {
  const file = join(scratch, `budget-${budget}.json`);
  await writeFile(file, JSON.stringify({ reader_first_load_gzip_bytes: budget }));
  const run = spawnSync(process.execPath, [sizeScript, distDir, '--budget', file], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const measured = JSON.parse(
  spawnSync(process.execPath, [sizeScript, distDir, '--json'], { encoding: 'utf8' }).stdout,
).firstLoad.gzip;

test('the gate passes a build exactly at its budget', async () => {
  const run = await gate(measured);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, new RegExp(`first load is ${measured} bytes gzip, 0 under the budget`));
});

test('the gate fails 1 KB under the measured size, with the per-file breakdown', async () => {
  const run = await gate(measured - 1024);
  assert.equal(run.status, 1, run.stdout);
  assert.match(run.stderr, /SIZE BUDGET EXCEEDED: .* 1024 over the budget/);
  // The breakdown: every file of the reader's first load, marked, with its gzip size.
  const marked = run.stdout.split('\n').filter((line) => line.startsWith('* '));
  assert.ok(marked.some((line) => /_bg\.wasm\s/.test(line)), run.stdout);
  assert.ok(marked.some((line) => /index\.html\s/.test(line)), run.stdout);
  assert.match(run.stdout, /first-load total/);
});

test('the checked-in budget is a positive number of bytes with a reason', async () => {
  const budget = JSON.parse(await readFile(join(repoRoot, 'size-budget.json'), 'utf8'));
  assert.ok(Number.isInteger(budget.reader_first_load_gzip_bytes) && budget.reader_first_load_gzip_bytes > 0);
  assert.ok(typeof budget.why === 'string' && budget.why.length > 20, 'size-budget.json says why');
});
