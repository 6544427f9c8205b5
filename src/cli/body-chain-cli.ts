/**
 * `npx body-chain check-content our-pack.json`: the content checker for clinics, from the
 * command line. Bundled with the checker into the self-contained `bin/body-chain.mjs` by
 * `node scripts/build-cli.mjs` (the package's `bin`, so it needs no build setup and no
 * dependency). The same file is a browser module too: `demo/check.html` imports it for
 * `checkPackText`, and the Node-only part below runs only when it is the program itself.
 */
import { checkPack, checkPackText, formatReport, type CheckReport } from '../model/content-check.js';

export { checkPack, checkPackText, formatReport };
export { LAW_NAMES, RULES } from '../model/content-rules.js';
export { MODEL_LABEL, URGENCIES } from '../model/content-types.js';

const USAGE = `Usage: body-chain check-content <pack.json>… [--lang ja|en] [--json] [--complete] [--strict]

Checks <body-chain> content packs for format errors, wording that Japanese clinic advertising
rules do not allow, missing or misgraded warning signs, stretches without position or dose,
and texts too long for a phone. Each finding names the JSON path and explains itself in
Japanese and English (--lang picks one), with a link to the rule.

  --json      print the findings as JSON
  --complete  treat every language in the pack as complete (every part must list warning signs)
  --strict    fail on warnings too, not only on errors

Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 a file could not be read.

コンテンツパックの形式の誤り、施術所の広告で使えない表現、受診の目安の抜けや緊急度の誤り、
姿勢や回数のないストレッチ、スマートフォンには長すぎる文章を調べます。`;

interface Io {
  readFile(path: string): Promise<string>;
  out(text: string): void;
  err(text: string): void;
}

/** Runs the command line; returns the exit status. */
export async function main(args: string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  if (command !== 'check-content' || rest.includes('--help') || rest.includes('-h')) {
    (command === 'check-content' || command === '--help' || command === '-h' ? io.out : io.err)(USAGE);
    return command === 'check-content' || command === '--help' || command === '-h' ? 0 : 2;
  }
  let lang: 'ja' | 'en' | 'both' = 'both';
  const flags = new Set<string>();
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--lang') {
      const v = rest[++i];
      if (v !== 'ja' && v !== 'en') return io.err(`--lang expects ja or en\n\n${USAGE}`), 2;
      lang = v;
    } else if (a.startsWith('--')) {
      if (!['--json', '--complete', '--strict'].includes(a)) return io.err(`unknown option ${a}\n\n${USAGE}`), 2;
      flags.add(a);
    } else files.push(a);
  }
  if (!files.length) return io.err(USAGE), 2;

  let status = 0;
  const all: Record<string, CheckReport> = {};
  for (const file of files) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (e) {
      io.err(`${file}: cannot read (${e instanceof Error ? e.message : String(e)})`);
      status = 2;
      continue;
    }
    const report = checkPackText(text, { complete: flags.has('--complete') });
    all[file] = report;
    if (!report.ok || (flags.has('--strict') && report.counts.warning > 0)) status = Math.max(status, 1);
    if (!flags.has('--json')) io.out(`${file}\n${formatReport(report, lang)}\n`);
  }
  if (flags.has('--json')) io.out(JSON.stringify(files.length === 1 ? all[files[0]] ?? null : all, null, 2));
  return status;
}

/** True when this module is the program Node was started with (also through npx's symlink). */
async function isProgram(): Promise<boolean> {
  const proc = (globalThis as { process?: { argv?: string[] } }).process;
  if (typeof document !== 'undefined' || !proc?.argv?.[1]) return false;
  const { realpathSync } = await import('node:fs');
  const { pathToFileURL } = await import('node:url');
  try {
    return pathToFileURL(realpathSync(proc.argv[1])).href === import.meta.url;
  } catch {
    return false;
  }
}

void isProgram().then(async (yes) => {
  if (!yes) return;
  const { readFile } = await import('node:fs/promises');
  const proc = (globalThis as unknown as { process: { argv: string[]; exitCode?: number; stdout: { write(s: string): void }; stderr: { write(s: string): void } } }).process;
  proc.exitCode = await main(proc.argv.slice(2), {
    readFile: (path) => readFile(path, 'utf8'),
    out: (t) => proc.stdout.write(`${t}\n`),
    err: (t) => proc.stderr.write(`${t}\n`),
  });
});
