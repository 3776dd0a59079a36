// The post-build's steps on their own (node --test scripts/lib/): the wasm rewrite on a real wasm module
// that is instantiated with its rewritten glue, and each page step on the shape Trunk writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortenImports, shortenExports } from './short-imports.mjs';
import { shortenNames, lowerWasmPreload, moveInlineLoader, insertPrerender, fillEmbedJs, standalonePage, jsonForHtml } from './build-steps.mjs';

// A small wasm module laid out as wasm-bindgen's: two functions imported from the glue's module (with
// hashed names), one from another module, and exports of wasm-bindgen's own (`__wbindgen_malloc`, a
// closure shim) beside the app's (`main`).
const leb = (n) => { const out = []; do { let b = n & 0x7f; n = Math.floor(n / 128); if (n) b |= 0x80; out.push(b); } while (n); return out; };
const name = (s) => { const b = [...new TextEncoder().encode(s)]; return [...leb(b.length), ...b]; };
const section = (id, body) => [id, ...leb(body.length), ...body];
const vec = (items) => [...leb(items.length), ...items.flat()];
const MODULE = './app_bg.js';
const IMPORTS = [[MODULE, '__wbg_one_0123456789abcdef'], [MODULE, '__wbg_two_fedcba9876543210'], ['env', 'other']];
const EXPORTS = [['__wbindgen_malloc', 3], ['main', 4], ['wasm_bindgen__convert__closures_____invoke__h0123456789abcdef', 5]];
function wasmModule() {
  const call = (f) => [...leb(4), 0x00, 0x10, f, 0x0b]; // no locals; call f; end
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, 0x00, 0x01, 0x7f]])), // () -> i32
    ...section(2, vec(IMPORTS.map(([m, f]) => [...name(m), ...name(f), 0x00, 0x00]))),
    ...section(3, vec([[0x00], [0x00], [0x00]])),
    ...section(7, vec(EXPORTS.map(([n, i]) => [...name(n), 0x00, i]))),
    ...section(10, vec([call(0), call(1), call(2)])),
  ]);
}
// The glue's import object and its reads of the exports, as wasm-bindgen writes them.
const GLUE = `function __wbg_get_imports() {
  const import0 = { __proto__: null, __wbg_one_0123456789abcdef: function() { return 1; }, __wbg_two_fedcba9876543210: function() { return 2; } };
  return { __proto__: null, "${MODULE}": import0, env: { other: () => 3 } };
}
function run(wasm) { return [wasm.__wbindgen_malloc(), wasm.main(), wasm.wasm_bindgen__convert__closures_____invoke__h0123456789abcdef()]; }
return { imports: __wbg_get_imports(), run };`;

const importNames = (wasm) => WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((i) => `${i.module}/${i.name}`);
const exportNames = (wasm) => WebAssembly.Module.exports(new WebAssembly.Module(wasm)).map((e) => e.name);
async function runWith(wasm, glue) {
  const { imports, run } = new Function(glue)();
  const { instance } = await WebAssembly.instantiate(wasm, imports);
  return run(instance.exports);
}

test('the test module runs with its glue as written', async () => {
  assert.deepEqual(await runWith(wasmModule(), GLUE), [1, 2, 3]);
});

test('every import of the glue module and every internal export is renamed in the wasm and the glue alike', async () => {
  const imported = shortenImports(wasmModule(), GLUE, MODULE);
  const exported = shortenExports(imported.wasm, imported.glue);
  assert.deepEqual(importNames(exported.wasm), ['m/_1', 'm/_2', 'env/other']);
  assert.deepEqual(exportNames(exported.wasm), ['$0', 'main', '$1']);
  for (const [, long] of IMPORTS.slice(0, 2)) assert.ok(!exported.glue.includes(long), long);
  for (const long of ['__wbindgen_malloc', 'invoke__h0123456789abcdef', MODULE]) assert.ok(!exported.glue.includes(long), long);
  // The renamed wasm links against the renamed glue and answers as before.
  assert.deepEqual(await runWith(exported.wasm, exported.glue), [1, 2, 3]);
});

test('a name the glue does not hold exactly once as a key is left as it is', () => {
  const twice = GLUE.replace('function run(wasm) {', 'const again = "__wbg_one_0123456789abcdef"; function run(wasm) {');
  const { wasm } = shortenImports(wasmModule(), twice, MODULE);
  assert.ok(importNames(wasm).includes('m/__wbg_one_0123456789abcdef'));
  assert.ok(importNames(wasm).includes('m/_1'));
});

test('shortenNames renames the glue as written like the minified one', async () => {
  const out = shortenNames({ wasm: wasmModule(), glue: GLUE, glueAsWritten: GLUE, jsFile: 'app-0123abcd.js' });
  assert.equal(out.renamed, 5); // the module, two imports, two exports
  assert.equal(out.glueAsWritten, out.glue);
  assert.deepEqual(await runWith(out.wasm, out.glueAsWritten), [1, 2, 3]);
});

// Trunk's release page, minified (attribute quotes gone where it can drop them).
const PAGE = '<!doctype html><html><head><link rel=preload href=./app-1_bg.wasm as=fetch type=application/wasm crossorigin>'
  + '<link rel=stylesheet href=./styles-2.css><script type=module>import init from "./app-1.js";init();</script></head>'
  + '<body><main id=milestone-tracker><p>Loading</p></main></body></html>';

test('the wasm preload is lowered, once', () => {
  assert.match(lowerWasmPreload(PAGE), /<link fetchpriority=low rel=preload href=\.\/app-1_bg\.wasm/);
  assert.throws(() => lowerWasmPreload(PAGE.replace(/<link rel=preload[^>]*>/, '')), /one wasm preload/);
});

test('the inline loader moves to a hashed file the page names', async () => {
  const { index, boot } = await moveInlineLoader(PAGE, async (c) => c);
  assert.match(boot.name, /^boot-[0-9a-f]{16}\.js$/);
  assert.equal(boot.text, 'import init from "./app-1.js";init();\n');
  assert.ok(index.includes(`<script type="module" src="./${boot.name}"></script>`));
  assert.ok(!/<script type=module>/.test(index));
});

test('the prerender goes into the mount with its day, and a fragment that is not one is refused', () => {
  const fragment = '<div class="mt" data-state="prerendered" data-today="2023-12-16">D+100</div>\n';
  const index = insertPrerender(PAGE, fragment);
  assert.ok(index.includes('<main id=milestone-tracker><div class="mt" data-state="prerendered"'));
  assert.ok(index.includes('Counted on 2023-12-16'));
  assert.ok(!index.includes('Loading'));
  assert.throws(() => insertPrerender(PAGE, '<div>nothing</div>'), /not a prerendered tracker/);
});

test('embed.js gets the file names and the words, and a template without its holes is refused', () => {
  const words = JSON.stringify({ options: ['now'], source: 'data-source', heightMessage: 'h', maxHeight: 9, couldNotStart: { en: 'x' } });
  const js = fillEmbedJs('const FILES = __FILES__;\nconst WORDS = __WORDS__;', { js: 'a.js' }, words);
  assert.equal(js, `const FILES = {"js":"a.js"};\nconst WORDS = ${words};`);
  assert.throws(() => fillEmbedJs('const FILES = __FILES__;', {}, words), /__WORDS__/);
  assert.throws(() => fillEmbedJs('__FILES__ __WORDS__', {}, '{"options":[]}'), /lack source/);
});

test('JSON in HTML: no text can close the script or open a comment, and it reads back the same', () => {
  const hostile = JSON.stringify({ title: '</script><!--<script>&\u2028' });
  const safe = jsonForHtml(hostile);
  assert.ok(!/[<>&\u2028]/.test(safe));
  assert.deepEqual(JSON.parse(safe), JSON.parse(hostile));
});

test('standalone.html holds the styles, the tables, the glue and the wasm', () => {
  const html = standalonePage({
    css: '.mt{}', glue: 'async function __wbg_init(x) {} // </script>', wasm: Buffer.from([0, 97, 115, 109]),
    tables: [{ tag: 'ko', json: '{"a":"</script>"}' }],
  });
  assert.ok(html.includes('<style>.mt{}</style>'));
  assert.ok(html.includes('<script type="application/json" id="milestone-lang-ko">{"a":"\\u003c/script\\u003e"}</script>'));
  assert.ok(html.includes('// <\\/script>'));
  assert.ok(html.includes('atob("AGFzbQ==")'));
  assert.throws(() => standalonePage({ css: '', glue: '', wasm: Buffer.from([]), tables: [] }), /__wbg_init/);
});
