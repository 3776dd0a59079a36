// Prints each file's size raw, at gzip -9 and at brotli -11 (node's zlib), the total, and what each
// page (index.html, editor.html) downloads in all.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { pageFiles, sizesOf } from './pages.mjs';

const dir = process.argv[2] ?? 'dist';
const rows = readdirSync(dir)
  .map((name) => join(dir, name))
  .filter((path) => statSync(path).isFile())
  .map((path) => {
    const body = readFileSync(path);
    const brotli = brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    return [path, body.length, gzipSync(body, { level: 9 }).length, brotli.length];
  });
const total = rows.reduce((t, r) => [t[0], t[1] + r[1], t[2] + r[2], t[3] + r[3]], ['total', 0, 0, 0]);
console.log(`${'file'.padEnd(52)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'br -11'.padStart(9)}`);
for (const [path, raw, gz, br] of [...rows, total]) {
  console.log(`${path.padEnd(52)} ${String(raw).padStart(9)} ${String(gz).padStart(9)} ${String(br).padStart(9)}`);
}
for (const page of ['index.html', 'editor.html']) {
  if (!rows.some(([path]) => path.endsWith(`/${page}`))) continue;
  const { total: t } = sizesOf(dir, pageFiles(dir, page));
  console.log(`${`${page} downloads in all`.padEnd(52)} ${String(t.raw).padStart(9)} ${String(t.gzip).padStart(9)} ${String(t.brotli).padStart(9)}`);
}
