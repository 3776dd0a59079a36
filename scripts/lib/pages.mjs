// What a page of the build downloads: the page and every file it names (its loader, styles, the
// modulepreloaded glue and the preloaded wasm). The default page is index.html; the editor's page is
// editor.html (its own wasm). Used by sizes.mjs (./scripts/build) and the benchmark.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** The files `page` (in `dir`) downloads, itself first. */
export function pageFiles(dir, page) {
  const html = readFileSync(join(dir, page), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="?\.\/([^"\s>]+)/g)].map((m) => m[1]);
  return [page, ...new Set(named)].filter((name) => existsSync(join(dir, name)));
}

/** The transfer sizes of `files` in `dir`: raw, gzip -9 and brotli -11, by kind and in total. */
export function sizesOf(dir, files) {
  const kinds = {};
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const name of files) {
    const body = readFileSync(join(dir, name));
    const kind = name.endsWith('.wasm') ? 'wasm' : name.endsWith('.css') ? 'css' : name.endsWith('.html') ? 'html' : 'js';
    const s = (kinds[kind] ??= { raw: 0, gzip: 0, brotli: 0 });
    const size = {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length,
    };
    for (const k of Object.keys(total)) { s[k] += size[k]; total[k] += size[k]; }
  }
  return { kinds, total };
}
