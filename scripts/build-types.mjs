// Writes the published declarations into dist/ (after `vite build`):
// - dist/body-chain.d.ts: types/body-chain.d.ts (the element, its events, the tag map), with its
//   imports of the content types pointed at
// - dist/types/: declarations emitted by tsc for the pure content and atlas types (src/model/);
// then checks that nothing in them needs lit or three (bundled, not dependencies).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
rmSync(join(dist, 'types'), { recursive: true, force: true });
execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', 'types/tsconfig.emit.json'], { cwd: root, stdio: 'inherit' });

const entry = readFileSync(join(root, 'types/body-chain.d.ts'), 'utf8').replaceAll("'../src/model/", "'./types/model/");
writeFileSync(join(dist, 'body-chain.d.ts'), entry);

const files = [join(dist, 'body-chain.d.ts'), ...readdirSync(join(dist, 'types'), { recursive: true }).filter((f) => f.endsWith('.d.ts')).map((f) => join(dist, 'types', f))];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const bad = [...text.matchAll(/from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]).filter((s) => !s.startsWith('.'));
  if (bad.length) throw new Error(`${file} imports ${bad.join(', ')}: published types may import only their own files`);
}
console.log(`types: ${files.length} declaration files in dist/, no external imports`);
