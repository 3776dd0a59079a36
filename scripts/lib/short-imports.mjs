// Shortens the names the wasm imports its JavaScript functions by. wasm-bindgen names each one after
// the function and a 16-digit hash (`__wbg_createElement_a1b2c3d4e5f6a7b8`); the names sit in the wasm's
// import section and again in the glue's import object, and the hashes do not compress. Both are
// renamed alike (`_0`, `_1`, ...): the wasm's import section is rewritten, and each name, a property
// key of the glue's import object, is replaced in the glue's text. Imports of any other module, and
// names the glue does not hold exactly once as a key, are left as they are. The module's own name
// (`./milestone-tracker_bg.js`, repeated for every import) becomes `m` when the glue names it once.

/** Reads an unsigned LEB128 number at `at`: [value, next offset]. */
function readLeb(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

/** Where section `id` is in `wasm`: { at, start, size } (its id byte, its contents, their length), or null. */
function findSection(wasm, id) {
  for (let at = 8; at < wasm.length;) {
    const [size, start] = readLeb(wasm, at + 1);
    if (wasm[at] === id) return { at, start, size };
    at = start + size;
  }
  return null;
}

/** `wasm` with the section `found` (section `id`) replaced by one holding `body`. */
function replaceSection(wasm, found, id, body) {
  const section = Buffer.from([id, ...leb(body.length), ...body]);
  return Buffer.concat([wasm.subarray(0, found.at), section, wasm.subarray(found.start + found.size)]);
}

/** A name read at `at`: [text, next offset]. */
function readName(bytes, at) {
  const [length, start] = readLeb(bytes, at);
  return [new TextDecoder().decode(bytes.subarray(start, start + length)), start + length];
}

/** A name as the wasm writes it: its length, then its UTF-8 bytes. */
function nameBytes(name) {
  const bytes = [...new TextEncoder().encode(name)];
  return [...leb(bytes.length), ...bytes];
}

/** Skips an import's description (its kind and type) at `at`; returns the next offset. */
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  if (kind === 0) return readLeb(bytes, at)[1]; // function: type index
  if (kind === 1) { at += 1; const flags = bytes[at++]; at = readLeb(bytes, at)[1]; return flags & 1 ? readLeb(bytes, at)[1] : at; } // table
  if (kind === 2) { const flags = bytes[at++]; at = readLeb(bytes, at)[1]; return flags & 1 ? readLeb(bytes, at)[1] : at; } // memory
  if (kind === 3) return at + 2; // global: value type, mutability
  if (kind === 4) return readLeb(bytes, at + 1)[1]; // tag
  throw new Error(`unknown import kind ${kind}`);
}

/** The same renaming in another text of the glue (the unminified one standalone.html inlines). */
export function renameIn(text, names) {
  let out = text;
  for (const [long, short] of names) {
    if (long.startsWith('"') || long.startsWith("'")) {
      out = out.replaceAll(`"${long.slice(1, -1)}"`, short).replaceAll(`'${long.slice(1, -1)}'`, short);
    } else {
      out = out.replace(new RegExp(`(?<![\\w$])${long.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'), short);
    }
  }
  return out;
}

/**
 * Renames the wasm's internal exports (wasm-bindgen's own: `__wbindgen_*`, `__externref_*`, closure
 * shims with a hash) to `$0`, `$1`, ... in the export section and in the glue, which reads each as a
 * property (`wasm.__wbindgen_malloc`). The app's exports (`mount_tracker`, `main`, `memory`, the test
 * hooks) keep their names. Returns { wasm, glue, names }.
 */
export function shortenExports(wasm, glue) {
  const found = findSection(wasm, 7);
  if (found) {
    const [count, first] = readLeb(wasm, found.start);
    let p = first;
    const entries = [];
    for (let i = 0; i < count; i += 1) {
      const [name, n] = readName(wasm, p);
      const kind = wasm[n];
      const [index, next] = readLeb(wasm, n + 1);
      entries.push({ name, kind, index });
      p = next;
    }
    const names = [];
    let out = glue;
    for (const entry of entries) {
      if (!/^(__wbindgen_|__externref_|wasm_bindgen__convert__closures_+invoke__h[0-9a-f]+$|__abort_handler$|__instance_terminated$)/.test(entry.name)) continue;
      const escaped = entry.name.replace(/\$/g, '\\$');
      const asProperty = new RegExp(`\\.${escaped}(?![\\w$])`, 'g');
      const anywhere = new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`, 'g');
      const uses = (out.match(anywhere) ?? []).length;
      if (uses === 0 || uses !== (out.match(asProperty) ?? []).length) continue;
      const short = `$${names.length.toString(36)}`;
      out = out.replace(asProperty, `.${short}`);
      names.push([entry.name, short]);
      entry.name = short;
    }
    const body = [...leb(count)];
    for (const entry of entries) body.push(...nameBytes(entry.name), entry.kind, ...leb(entry.index));
    return { wasm: replaceSection(wasm, found, 7, body), glue: out, names };
  }
  return { wasm, glue, names: [] };
}

/**
 * Renames the imports of `module` in `wasm` (a Buffer) and in `glue` (the JavaScript text).
 * Returns { wasm, glue, names } with the new bytes and text and the names shortened ([long, short]).
 */
export function shortenImports(wasm, glue, module) {
  const found = findSection(wasm, 2);
  if (found) {
    const [count, first] = readLeb(wasm, found.start);
    let p = first;
    const entries = [];
    for (let i = 0; i < count; i += 1) {
      const [moduleName, m] = readName(wasm, p);
      const [field, descriptionStart] = readName(wasm, m);
      const end = skipDescription(wasm, descriptionStart);
      entries.push({ moduleName, field, description: wasm.subarray(descriptionStart, end) });
      p = end;
    }
    const names = [];
    let out = glue;
    const quoted = [`"${module}"`, `'${module}'`].filter((q) => out.includes(q));
    const moduleOnce = quoted.length === 1 && out.split(quoted[0]).length === 2;
    if (moduleOnce) {
      out = out.replace(quoted[0], '"m"');
      names.push([quoted[0], '"m"']);
    }
    for (const entry of entries) {
      if (entry.moduleName !== module) continue;
      if (moduleOnce) entry.moduleName = 'm';
      const key = new RegExp(`(?<![\\w$])${entry.field.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
      const uses = out.match(key) ?? [];
      if (uses.length !== 1 || !new RegExp(`(?<![\\w$])${entry.field.replace(/\$/g, '\\$')}:`).test(out)) continue;
      const short = `_${names.length.toString(36)}`;
      out = out.replace(key, short);
      names.push([entry.field, short]);
      entry.field = short;
    }
    const body = [...leb(count)];
    for (const entry of entries) body.push(...nameBytes(entry.moduleName), ...nameBytes(entry.field), ...entry.description);
    return { wasm: replaceSection(wasm, found, 2, body), glue: out, names };
  }
  return { wasm, glue, names: [] };
}
