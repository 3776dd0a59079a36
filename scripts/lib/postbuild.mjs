// Trunk's post_build hook: the named steps of build-steps.mjs run over the build's files. What it reads:
//   TRUNK_STAGING_DIR (or the first argument)  the build folder
//   TRUNK_PROFILE=release                       minify the JavaScript and shorten the wasm's names
//   MILESTONE_ENTRY=editor                      the editor's page (editor.html): the steps both pages share
//   MILESTONE_PRERENDER=FILE                    the prerendered tracker for index.html (scripts/build)
//   MILESTONE_LANG_DIR=DIR                      the language tables and embed words (the language-tables
//                                               binary's output; run here when it is not given, as under
//                                               a bare `trunk serve`)
// docs/architecture.md describes the steps and what each promises the next.
import { readFileSync, writeFileSync, readdirSync, rmSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { shortenNames, lowerWasmPreload, moveInlineLoader, insertPrerender, fillEmbedJs, standalonePage } from './build-steps.mjs';

function config() {
  const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
  if (!dir) throw new Error('run as a Trunk hook (TRUNK_STAGING_DIR) or pass the build folder');
  return {
    dir,
    release: process.env.TRUNK_PROFILE === 'release',
    editor: process.env.MILESTONE_ENTRY === 'editor',
    prerender: process.env.MILESTONE_PRERENDER || null,
    generated: process.env.MILESTONE_LANG_DIR || null,
  };
}

/** The one file of the build whose name matches `pattern`. */
function findIn(dir, pattern) {
  const found = readdirSync(dir).filter((n) => pattern.test(n));
  if (found.length !== 1) throw new Error(`expected one file matching ${pattern} in ${dir}, found ${found.join(', ') || 'none'}`);
  return found[0];
}

/** terser for a release (scripts/lib's one dependency; ./scripts/build installs it), else no change. */
function minifier(release) {
  if (!release) return async (code) => code;
  try {
    const terser = createRequire(import.meta.url)('terser');
    return async (code) => (await terser.minify(code, { module: true, compress: true, mangle: true })).code;
  } catch {
    console.warn('postbuild: terser is not installed (scripts/lib): the JavaScript is left unminified');
    return async (code) => code;
  }
}

/** The language-tables binary's folder: given by scripts/build, or written now. */
function generatedDir(given) {
  if (given) return given;
  const dir = mkdtempSync(join(tmpdir(), 'milestone-generated-'));
  execFileSync('cargo', ['run', '--quiet', '--bin', 'language-tables', '--', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

const c = config();
const read = (name) => readFileSync(join(c.dir, name), 'utf8');
const write = (name, content) => writeFileSync(join(c.dir, name), content);
const minify = minifier(c.release);
const bin = c.editor ? 'editor' : 'milestone-tracker';
const files = { js: findIn(c.dir, new RegExp(`^${bin}-[0-9a-f]+\\.js$`)), wasm: findIn(c.dir, /_bg\.wasm$/), css: findIn(c.dir, /^styles-[0-9a-f]+\.css$/) };
const said = [];

// Step 1: the glue minified; in a release, the wasm's names shortened in the wasm and both glues.
const glueAsWritten = read(files.js);
let glue = { minified: await minify(glueAsWritten), asWritten: glueAsWritten };
let wasm = readFileSync(join(c.dir, files.wasm));
if (c.release) {
  const short = shortenNames({ wasm, glue: glue.minified, glueAsWritten, jsFile: files.js });
  wasm = short.wasm;
  glue = { minified: short.glue, asWritten: short.glueAsWritten };
  writeFileSync(join(c.dir, files.wasm), wasm);
  said.push(`${short.renamed} wasm names shortened`);
}
write(files.js, glue.minified);

// Steps 2 to 4: the page.
let index = read('index.html');
index = lowerWasmPreload(index);
const moved = await moveInlineLoader(index, minify);
index = moved.index;
write(moved.boot.name, moved.boot.text);
if (c.editor) {
  // Trunk writes the page it built as index.html.
  write('editor.html', index);
  rmSync(join(c.dir, 'index.html'));
  console.log(`postbuild: editor.html for ${files.js}; ${said.join(', ') || 'not a release'}`);
  process.exit(0);
}
if (c.prerender) {
  index = insertPrerender(index, readFileSync(c.prerender, 'utf8'));
  said.push('index.html prerendered');
}
write('index.html', index);

// The language tables a release wasm fetches when a reader needs one (lang-<tag>-<version>.json).
const generated = generatedDir(c.generated);
// A tag may have a script or a region (zh-Hant, pt-BR); the version is 12 hex digits.
const TABLE_NAME = /^lang-([A-Za-z]+(?:-[A-Za-z]+)*)-[0-9a-f]{12}\.json$/;
const tableNames = readdirSync(generated).filter((n) => TABLE_NAME.test(n));
const tables = tableNames.map((name) => ({ name, tag: TABLE_NAME.exec(name)[1], json: readFileSync(join(generated, name), 'utf8') }));
for (const t of tables) write(t.name, t.json);
// The editor's words in each language, which a release editor fetches the same way.
const EDITOR_TABLE = /^editor-[A-Za-z]+(?:-[A-Za-z]+)*-[0-9a-f]{12}\.json$/;
const editorTables = readdirSync(generated).filter((n) => EDITOR_TABLE.test(n));
for (const name of editorTables) write(name, readFileSync(join(generated, name), 'utf8'));

// Steps 5 and 6: embed.js and standalone.html.
const template = readFileSync(new URL('../../web/embed.js', import.meta.url), 'utf8');
write('embed.js', await minify(fillEmbedJs(template, files, readFileSync(join(generated, 'embed-words.json'), 'utf8'))));
write('standalone.html', standalonePage({ css: read(files.css), glue: glue.asWritten, wasm, tables }));
console.log(`postbuild: embed.js and standalone.html for ${files.js}; ${[...said, `${tables.length} language tables`, `${editorTables.length} editor tables`].join(', ')}`);
