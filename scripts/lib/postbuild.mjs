// Trunk post_build hook: moves Trunk's inline loader out of index.html (so the page runs under a strict
// Content-Security-Policy with no 'unsafe-inline'), puts the prerendered tracker into it when
// scripts/build made one, copies the language tables scripts/build wrote (MILESTONE_LANG_DIR) beside
// the wasm, and writes embed.js (the loader for blogs, from web/embed.js with the hashed file names
// filled in) and standalone.html (one self-contained file: script, wasm, styles and the language
// tables; the data is in the wasm). For the editor's build (MILESTONE_ENTRY=editor, editor.html), only
// what both share: the glue minified, the wasm's names shortened, the loader moved out of the page (to
// editor.html), and no prerender, embed.js or standalone.html.
import { readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { shortenImports, shortenExports, renameIn } from './short-imports.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('run as a Trunk hook (TRUNK_STAGING_DIR) or pass the build folder');
const names = readdirSync(dir);
const find = (pattern) => {
  const found = names.filter((n) => pattern.test(n));
  if (found.length !== 1) throw new Error(`expected one file matching ${pattern} in ${dir}, found ${found.join(', ') || 'none'}`);
  return found[0];
};
const editor = process.env.MILESTONE_ENTRY === 'editor';
const bin = editor ? 'editor' : 'milestone-tracker';
const files = { js: find(new RegExp(`^${bin}-[0-9a-f]+\\.js$`)), wasm: find(/_bg\.wasm$/), css: find(/^styles-[0-9a-f]+\.css$/) };

// A release build's JavaScript is minified with terser (scripts/lib's one dependency; ./scripts/build
// installs it). Trunk minifies the HTML and CSS but leaves wasm-bindgen's glue as written.
const release = process.env.TRUNK_PROFILE === 'release';
let terser = null;
if (release) {
  try {
    terser = createRequire(import.meta.url)('terser');
  } catch {
    console.warn('postbuild: terser is not installed (scripts/lib): the JavaScript is left unminified');
  }
}
const minify = async (code) => (terser ? (await terser.minify(code, { module: true, compress: true, mangle: true })).code : code);
// An export read as a property of the wasm's exports (`.name`), renamed in the unminified glue.
const renameExportsIn = (text, names) => names.reduce((t, [long, short]) => t.replace(new RegExp(`\\.${long.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'), `.${short}`), text);
const integrity = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

const indexPath = join(dir, 'index.html');
let index = readFileSync(indexPath, 'utf8');

// The glue, minified, and (in a release) the wasm's import names shortened in both; index.html's
// integrity attributes for them follow.
const glueAsBuilt = readFileSync(join(dir, files.js), 'utf8');
const wasmAsBuilt = readFileSync(join(dir, files.wasm));
let glueAfter = await minify(glueAsBuilt);
let glueBefore = glueAsBuilt;
let wasmAfter = wasmAsBuilt;
if (release) {
  const shortened = shortenImports(wasmAsBuilt, glueAfter, `./${files.js.replace(/-[0-9a-f]+\.js$/, '')}_bg.js`);
  const exported = shortenExports(shortened.wasm, shortened.glue);
  if (!WebAssembly.validate(exported.wasm)) throw new Error('the wasm with shortened names does not validate');
  ({ wasm: wasmAfter, glue: glueAfter } = exported);
  glueBefore = renameExportsIn(renameIn(glueAsBuilt, shortened.names), exported.names);
  writeFileSync(join(dir, files.wasm), wasmAfter);
  index = index.replaceAll(integrity(wasmAsBuilt), integrity(wasmAfter));
}
if (glueAfter !== glueAsBuilt) {
  writeFileSync(join(dir, files.js), glueAfter);
  index = index.replaceAll(integrity(glueAsBuilt), integrity(glueAfter));
}

// The wasm is not needed for the first paint (the prerender is): its preload is a low-priority fetch,
// which starts as early but yields to the styles. (Trunk's release build minifies index.html:
// attribute quotes may be gone.)
const preloads = [...index.matchAll(/<link [^>]*rel="?preload"?[^>]*_bg\.wasm[^>]*>|<link [^>]*_bg\.wasm[^>]*rel="?preload"?[^>]*>/g)];
if (preloads.length !== 1) throw new Error(`expected Trunk's one wasm preload in index.html, found ${preloads.length}`);
index = index.replace(preloads[0][0], preloads[0][0].replace(/^<link /, '<link fetchpriority=low '));

const inline = [...index.matchAll(/<script type="?module"?>([\s\S]*?)<\/script>/g)];
if (inline.length !== 1) throw new Error(`expected Trunk's one inline loader in index.html, found ${inline.length}`);
const boot = (await minify(inline[0][1])).trim() + '\n';
const bootName = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, bootName), boot);
index = index.replace(inline[0][0], `<script type="module" src="./${bootName}"></script>`);
if (editor) {
  // Trunk writes the page it built as index.html.
  writeFileSync(join(dir, 'editor.html'), index);
  rmSync(indexPath);
  console.log(`postbuild: editor.html for ${files.js}`);
  process.exit(0);
}

// The build-time prerender (scripts/build sets MILESTONE_PRERENDER to the output of the prerender
// binary): the tracker's HTML goes into the mount, so the milestones paint before the wasm has arrived
// and read without JavaScript. The live app replaces it when it starts.
const prerenderPath = process.env.MILESTONE_PRERENDER;
if (prerenderPath) {
  const fragment = readFileSync(prerenderPath, 'utf8').trim();
  const today = /data-today="(\d{4}-\d{2}-\d{2})"/.exec(fragment)?.[1];
  if (!fragment.includes('data-state="prerendered"') || !today) throw new Error(`${prerenderPath} is not a prerendered tracker`);
  const note = `<noscript><p class="mt-panel mt-noscript">Counted on ${today}, the day this page was built. With JavaScript the counts are live.</p></noscript>`;
  const mount = /(<main id="?milestone-tracker"?>)[\s\S]*?(<\/main>)/;
  if (!mount.test(index)) throw new Error('index.html has no <main id="milestone-tracker"> for the prerender');
  index = index.replace(mount, (_, open, close) => `${open}${fragment}${note}${close}`);
}
writeFileSync(indexPath, index);

// The language tables a release wasm fetches when a reader needs one (lang-<tag>-<version>.json).
const langDir = process.env.MILESTONE_LANG_DIR;
const tables = langDir ? readdirSync(langDir).filter((n) => /^lang-[a-z]+-[0-9a-f]+\.json$/.test(n)) : [];
for (const name of tables) writeFileSync(join(dir, name), readFileSync(join(langDir, name)));
const inlineTables = tables.map((name) => {
  const tag = /^lang-([a-z]+)-/.exec(name)[1];
  return `<script type="application/json" id="milestone-lang-${tag}">${readFileSync(join(langDir, name), 'utf8').replaceAll('</', '<\\/')}</script>`;
}).join('\n');

const template = readFileSync(new URL('../../web/embed.js', import.meta.url), 'utf8');
if (!template.includes('__FILES__')) throw new Error('web/embed.js lost its __FILES__ placeholder');
writeFileSync(join(dir, 'embed.js'), await minify(template.replace('__FILES__', JSON.stringify(files))));

// The glue as written (with the wasm's names shortened like the minified one's): standalone.html calls
// its __wbg_init by name, which minifying renames.
const glue = glueBefore;
if (!glue.includes('async function __wbg_init(')) throw new Error('the wasm-bindgen glue has no __wbg_init');
const css = readFileSync(join(dir, files.css), 'utf8');
const wasm = wasmAfter.toString('base64');
const noClose = (text) => text.replaceAll('</', '<\\/');
writeFileSync(
  join(dir, 'standalone.html'),
  `<!doctype html>
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
const __milestoneTrackerWasm = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: __milestoneTrackerWasm });
</script>
</body>
</html>
`,
);
console.log(`postbuild: embed.js and standalone.html for ${files.js}${prerenderPath ? '; index.html prerendered' : ''}; ${tables.length} language tables`);
