// `npm test`: every suite in turn, each one's own output as it runs, then a short summary whose
// last line is the total ("N passed, N failed"). Exits non-zero if any suite failed.
//
//   node scripts/test.mjs                  all suites
//   node scripts/test.mjs unit chromium    only these (names below)
import { spawn } from 'node:child_process';

const SUITES = [
  { name: 'unit', label: 'unit tests (node)', cmd: ['npm', 'run', '--silent', 'test:node'] },
  { name: 'chromium', label: 'browser tests, Chromium', cmd: ['npm', 'run', '--silent', 'test:browser'] },
  { name: 'webkit', label: 'browser tests, WebKit', cmd: ['npm', 'run', '--silent', 'test:webkit'] },
  { name: 'consumers', label: 'consumer apps (packed tarball)', cmd: ['npm', 'run', '--silent', 'test:consumers'] },
];

const wanted = process.argv.slice(2);
const chosen = wanted.length ? SUITES.filter((s) => wanted.includes(s.name)) : SUITES;
if (wanted.length && chosen.length !== wanted.length) {
  console.error(`unknown suite; choose from: ${SUITES.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

/** Counts from a suite's own closing lines. */
function counts(output) {
  const text = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  const node = [...text.matchAll(/^\s*[ℹ#] (pass|fail|skipped|todo) (\d+)/gm)];
  if (node.length) {
    const get = (k) => Number(node.filter((m) => m[1] === k).pop()?.[2] ?? 0);
    return { passed: get('pass'), failed: get('fail'), skipped: get('skipped') + get('todo') };
  }
  const all = [...text.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].pop();
  return all ? { passed: Number(all[1]), failed: Number(all[2]), skipped: Number(all[3] ?? 0) } : null;
}

/**
 * A browser that dies under the tests (WebKitGTK's web process has, once in several runs, taken
 * the WebDriver session with it between two test files) is not a test failure: the suite runs
 * once more, and the summary says so. A suite with a failed test is never run again.
 */
const crashed = (code, output, c) => code !== 0 && (c?.failed ?? 0) === 0 && /browser disconnected|invalid session id/.test(output);

const results = [];
for (const suite of chosen) {
  let result = await run(suite);
  if (crashed(result.code, result.output, result.counts)) {
    console.log(`\n━━ ${suite.label}: the browser went away without a failed test; running the suite once more ━━\n`);
    result = { ...(await run(suite)), note: 'second run: the browser went away in the first' };
  }
  results.push(result);
}

async function run(suite) {
  console.log(`\n━━ ${suite.label} ━━ ${suite.cmd.join(' ')}\n`);
  const started = Date.now();
  let output = '';
  const code = await new Promise((resolve) => {
    const child = spawn(suite.cmd[0], suite.cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('close', (c) => resolve(c ?? 1));
  });
  return { suite, code, output, seconds: (Date.now() - started) / 1000, counts: counts(output) };
}

const pad = (s, n) => String(s).padEnd(n);
console.log('\n━━ summary ━━');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const { suite, code, seconds, counts: c, note } of results) {
  const ok = code === 0;
  const figures = c ? `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}` : 'no counts';
  console.log(`  ${ok ? 'ok  ' : 'FAIL'}  ${pad(suite.label, 32)} ${pad(figures, 34)} ${seconds.toFixed(0).padStart(4)} s${ok ? '' : `  (exit ${code})`}${note ? `  (${note})` : ''}`);
  passed += c?.passed ?? 0;
  skipped += c?.skipped ?? 0;
  // A suite that failed without a count of failures still counts as one failure.
  failed += c?.failed || (ok ? 0 : 1);
}
const total = results.reduce((t, r) => t + r.seconds, 0);
console.log(`  (${(total / 60).toFixed(1)} min in all)`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
