/**
 * A static server for bench pages: files from memory (every file of dist/ under /dist/, the
 * given pages, any extra files), gzip-encoded for every page alike (level 6, like a typical
 * server), never cached.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './common.js';

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.glb': 'model/gltf-binary',
  '.webp': 'image/webp',
};

export interface BenchServer {
  origin: string;
  close: () => void;
}

/** Static files from memory, gzip-encoded for both components alike (level 6, like a typical server). */
export function startServer(pages: Record<string, string>, extra: Record<string, string> = {}, dist = DIST): Promise<BenchServer> {
  const files = new Map<string, { type: string; raw: Buffer; gz: Buffer }>();
  const add = (url: string, data: Buffer, type: string) => files.set(url, { type, raw: data, gz: gzipSync(data, { level: 6 }) });
  for (const [url, html] of Object.entries(pages)) add(url, Buffer.from(html), TYPES['.html']);
  for (const f of readdirSync(dist)) {
    if (statSync(join(dist, f)).isFile()) add(`/dist/${f}`, readFileSync(join(dist, f)), TYPES[extname(f)] ?? 'application/octet-stream');
  }
  // Extra files: URL → path on disk.
  for (const [url, path] of Object.entries(extra)) add(url, readFileSync(path), TYPES[extname(path)] ?? 'application/octet-stream');
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const file = files.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!file) {
      res.writeHead(404, { 'cache-control': 'no-store' }).end('not found');
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gz : file.raw;
    res.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(body);
  });
  return new Promise((resolveServer) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolveServer({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}
