// Builds the archives a webmaster downloads (no Node needed on their side), from dist/:
//   release/body-chain-<version>.zip            the files for any web server, with an .htaccess
//                                                (Apache: type, compression, caching) and a README
//   release/body-chain-wordpress-<version>.zip  a WordPress plugin: upload it under Plugins, then
//                                                write [body_chain] in a post or page
// Run after `npm run build` (`npm run release` does both).
import { deflateRawSync, crc32 } from 'node:zlib';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dist = join(root, 'dist');
const out = join(root, 'release');

/** What a web server needs from dist/ (the .d.ts files and react.js are for npm users). */
const served = readdirSync(dist).filter((f) => statSync(join(dist, f)).isFile() && !f.endsWith('.d.ts') && f !== 'react.js');
if (!served.includes('body-chain.js') || !served.includes('body.glb')) throw new Error('dist/ is not built: run `npm run build` first');

/** A minimal zip writer (deflate), so that the script needs nothing beyond Node. */
function zip(entries) {
  const local = [];
  const central = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00 (reproducible archives)
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    local.push(header, nameBytes, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x031e, 4); // made by: Unix
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(0x00210000, 12);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

const file = (path) => readFileSync(join(root, path));
const htaccess = file('docs/server/htaccess');
const license = file('LICENSE');
const files = (prefix) => served.map((f) => ({ name: `${prefix}${f}`, data: readFileSync(join(dist, f)) }));

const readme = `body-chain ${version}

1. Copy the folder body-chain/ to your web server, e.g. to /assets/body-chain/.
   (On Apache its .htaccess sets the .glb type, compression and caching; on nginx see
   https://cdn.jsdelivr.net/npm/body-chain@${version}/README.md, "Server settings".)
2. In the page:

   <script type="module" src="/assets/body-chain/body-chain.js"></script>
   <body-chain></body-chain>

Keep every file of the folder together: body-chain.js loads the others from beside itself.
`;

mkdirSync(out, { recursive: true });
const site = zip([...files('body-chain/'), { name: 'body-chain/.htaccess', data: htaccess }, { name: 'body-chain/README.txt', data: Buffer.from(readme) }, { name: 'body-chain/LICENSE.txt', data: license }]);
writeFileSync(join(out, `body-chain-${version}.zip`), site);

const php = file('wordpress/body-chain.php').toString('utf8').replaceAll('@VERSION@', version);
const wp = zip([
  { name: 'body-chain/body-chain.php', data: Buffer.from(php) },
  { name: 'body-chain/readme.txt', data: file('wordpress/readme.txt') },
  { name: 'body-chain/LICENSE.txt', data: license },
  ...files('body-chain/assets/'),
  { name: 'body-chain/assets/.htaccess', data: htaccess },
]);
writeFileSync(join(out, `body-chain-wordpress-${version}.zip`), wp);
console.log(`release/body-chain-${version}.zip: ${(site.length / 1024).toFixed(0)} KB; release/body-chain-wordpress-${version}.zip: ${(wp.length / 1024).toFixed(0)} KB`);
