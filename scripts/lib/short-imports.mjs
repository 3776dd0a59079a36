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
  const text = new TextDecoder();
  const encode = (s) => [...new TextEncoder().encode(s)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = readLeb(wasm, at + 1);
    if (id !== 7) { at = start + size; continue; }
    const [count, first] = readLeb(wasm, start);
    let p = first;
    const entries = [];
    for (let i = 0; i < count; i += 1) {
      const [length, n] = readLeb(wasm, p);
      const name = text.decode(wasm.subarray(n, n + length));
      const kind = wasm[n + length];
      const [index, next] = readLeb(wasm, n + length + 1);
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
    for (const entry of entries) body.push(...leb(encode(entry.name).length), ...encode(entry.name), entry.kind, ...leb(entry.index));
    const section = Buffer.from([7, ...leb(body.length), ...body]);
    return { wasm: Buffer.concat([wasm.subarray(0, at), section, wasm.subarray(start + size)]), glue: out, names };
  }
  return { wasm, glue, names: [] };
}

/**
 * Renames the imports of `module` in `wasm` (a Buffer) and in `glue` (the JavaScript text).
 * Returns { wasm, glue, names } with the new bytes and text and the names shortened ([long, short]).
 */
export function shortenImports(wasm, glue, module) {
  const text = new TextDecoder();
  const encode = (s) => [...new TextEncoder().encode(s)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = readLeb(wasm, at + 1);
    if (id !== 2) { at = start + size; continue; }
    const [count, first] = readLeb(wasm, start);
    let p = first;
    const entries = [];
    for (let i = 0; i < count; i += 1) {
      const [moduleLength, m] = readLeb(wasm, p);
      const moduleName = text.decode(wasm.subarray(m, m + moduleLength));
      const [fieldLength, f] = readLeb(wasm, m + moduleLength);
      const field = text.decode(wasm.subarray(f, f + fieldLength));
      const descriptionStart = f + fieldLength;
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
    for (const entry of entries) {
      body.push(...leb(encode(entry.moduleName).length), ...encode(entry.moduleName));
      body.push(...leb(encode(entry.field).length), ...encode(entry.field));
      body.push(...entry.description);
    }
    const section = Buffer.from([2, ...leb(body.length), ...body]);
    return { wasm: Buffer.concat([wasm.subarray(0, at), section, wasm.subarray(start + size)]), glue: out, names };
  }
  return { wasm, glue, names: [] };
}
