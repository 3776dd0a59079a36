// The post-build's steps, each a function of its inputs (texts and bytes in, texts and bytes out), so
// each is tested on its own (build-steps.test.mjs). postbuild.mjs reads the build's files, runs them in
// order and writes the results; docs/architecture.md says what each step promises the next.
import { createHash } from 'node:crypto';
import { shortenImports, shortenExports, renameIn } from './short-imports.mjs';

/** A file name for `text` (`boot-<16 hex digits of its sha256>.js`). */
export const hashedName = (stem, text, ext) => `${stem}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.${ext}`;

/**
 * JSON made safe inside an HTML `<script>` element: `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`
 * (and the two line separators JavaScript once refused), so no text in it can close the element or
 * open a comment. JSON.parse reads it back unchanged.
 */
export const jsonForHtml = (json) => json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** JavaScript or CSS text made safe inside an inline `<script>` or `<style>`: `</` cannot end it. */
export const noClose = (text) => text.replaceAll('</', '<\\/');

/**
 * Step 1 (release builds): the wasm's import and internal export names shortened alike in the wasm, the
 * minified glue and the glue as written (which standalone.html inlines). `jsFile` is the glue's file name
 * (`milestone-tracker-<hash>.js`): wasm-bindgen names the import module after it.
 */
export function shortenNames({ wasm, glue, glueAsWritten, jsFile }) {
  const module = `./${jsFile.replace(/-[0-9a-f]+\.js$/, '')}_bg.js`;
  const imported = shortenImports(wasm, glue, module);
  const exported = shortenExports(imported.wasm, imported.glue);
  if (!WebAssembly.validate(exported.wasm)) throw new Error('the wasm with shortened names does not validate');
  const asWritten = renameExportsIn(renameIn(glueAsWritten, imported.names), exported.names);
  return { wasm: exported.wasm, glue: exported.glue, glueAsWritten: asWritten, renamed: imported.names.length + exported.names.length };
}

/** An export read as a property of the wasm's exports (`.name`), renamed in a glue text. */
function renameExportsIn(text, names) {
  return names.reduce((t, [long, short]) => t.replace(new RegExp(`\\.${long.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'), `.${short}`), text);
}

/**
 * Step 2: the wasm's preload at low priority. The prerender paints the page; the wasm starts as early but
 * yields to the styles. (Trunk's release build minifies index.html: attribute quotes may be gone.)
 */
export function lowerWasmPreload(index) {
  const preloads = [...index.matchAll(/<link [^>]*rel="?preload"?[^>]*_bg\.wasm[^>]*>|<link [^>]*_bg\.wasm[^>]*rel="?preload"?[^>]*>/g)];
  if (preloads.length !== 1) throw new Error(`expected Trunk's one wasm preload in the page, found ${preloads.length}`);
  return index.replace(preloads[0][0], preloads[0][0].replace(/^<link /, '<link fetchpriority=low '));
}

/**
 * Step 3: Trunk's inline loader moved to a file of its own, so the page runs under a Content-Security-Policy
 * without 'unsafe-inline'. Returns the page and the loader's file { name, text }.
 */
export async function moveInlineLoader(index, minify) {
  const inline = [...index.matchAll(/<script type="?module"?>([\s\S]*?)<\/script>/g)];
  if (inline.length !== 1) throw new Error(`expected Trunk's one inline loader in the page, found ${inline.length}`);
  const text = (await minify(inline[0][1])).trim() + '\n';
  const name = hashedName('boot', text, 'js');
  return { index: index.replace(inline[0][0], `<script type="module" src="./${name}"></script>`), boot: { name, text } };
}

/**
 * Step 4 (the widget's page, when scripts/build prerendered): the tracker's HTML put into the page's mount,
 * with a line for readers without JavaScript saying which day it was counted on.
 */
export function insertPrerender(index, fragment) {
  const today = /data-today="(\d{4}-\d{2}-\d{2})"/.exec(fragment)?.[1];
  if (!fragment.includes('data-state="prerendered"') || !today) throw new Error('not a prerendered tracker');
  const note = `<noscript><p class="mt-panel mt-noscript">Counted on ${today}, the day this page was built. With JavaScript the counts are live.</p></noscript>`;
  const mount = /(<main id="?milestone-tracker"?>)[\s\S]*?(<\/main>)/;
  if (!mount.test(index)) throw new Error('the page has no <main id="milestone-tracker"> for the prerender');
  return index.replace(mount, (_, open, close) => `${open}${fragment.trim()}${note}${close}`);
}

/**
 * Step 5: embed.js from its template: the hashed file names (`__FILES__`) and the words it shares with the
 * app (`__WORDS__`, written by the `language-tables` binary from the Rust that defines them).
 */
export function fillEmbedJs(template, files, words) {
  for (const hole of ['__FILES__', '__WORDS__']) {
    if (template.split(hole).length !== 2) throw new Error(`web/embed.js must hold ${hole} once`);
  }
  const parsed = JSON.parse(words);
  for (const key of ['options', 'source', 'heightMessage', 'maxHeight', 'couldNotStart']) {
    if (!(key in parsed)) throw new Error(`the embed words lack ${key}`);
  }
  return template.replace('__FILES__', JSON.stringify(files)).replace('__WORDS__', JSON.stringify(parsed));
}

/**
 * Step 6: standalone.html, one file that works from disk: the styles, the language tables, the glue as
 * written (it calls __wbg_init by name, which minifying renames) and the wasm in base64.
 */
export function standalonePage({ css, glue, wasm, tables }) {
  if (!glue.includes('async function __wbg_init(')) throw new Error('the wasm-bindgen glue has no __wbg_init');
  const inlineTables = tables
    .map(({ tag, json }) => `<script type="application/json" id="milestone-lang-${tag}">${jsonForHtml(json)}</script>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Milestone tracker</title>
<link rel="icon" href="data:,">
<style>${css.replaceAll('</style', '<\\/style')}</style>
</head>
<body>
<div id="milestone-tracker"></div>
${inlineTables}
<script type="module">
${noClose(glue)}
const __milestoneTrackerWasm = Uint8Array.from(atob("${wasm.toString('base64')}"), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: __milestoneTrackerWasm });
</script>
</body>
</html>
`;
}
