// Sums twiggy's `top --format csv` rows by crate: the wasm's code and data by crate, in percent, with
// the custom sections and the name section left out; the last row (`summary`) is what serde and chrono
// cost, across crates.
import { readFileSync } from 'node:fs';

function crateOf(name) {
  if (/^data segment/.test(name)) return '(data)';
  if (/^__wb(indgen|g)_|^__externref/.test(name)) return 'wasm_bindgen';
  // <T as alloc::string::ToString>: a generic or primitive self type belongs to the trait's crate.
  const impl = name.match(/^<&?(?:mut )?([^<>]*?) as &?(?:dyn )?([a-z_][a-z0-9_]*)/);
  if (impl && !impl[1].includes('::')) return impl[2];
  if (/^<&?(char|str|bool|[iu](8|16|32|64|128|size)|f32|f64|\[)/.test(name)) return 'core';
  const path = name.replace(/^[<&*\s(]+/, '').replace(/^(dyn |impl |mut )/, '');
  return path.match(/^([a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::/)?.[1] ?? '(unnamed)';
}

// What reading datasets through serde costs (issue 21): serde's and serde_json's code, chrono's, and the
// code serde's derives and the located reader put in the core.
const SERDE_AND_CHRONO = /serde|chrono|milestone_core::(read|json)::|milestone_core::model::(_::|entr|Parsed|EntryVisitor)/;

const sums = new Map();
let total = 0;
let serdeAndChrono = 0;
for (const row of readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1)) {
  // Name, ShallowSize, ShallowSizePercent, RetainedSize, RetainedSizePercent: names may hold commas.
  const parts = row.split(',');
  const [shallow] = parts.splice(-4);
  const name = parts.join(',').replace(/^"|"$/g, '');
  const size = Number(shallow);
  if (!Number.isFinite(size) || /^custom section|function names|^Σ|^\.\.\./.test(name)) continue;
  const crate = crateOf(name);
  sums.set(crate, (sums.get(crate) ?? 0) + size);
  total += size;
  if (SERDE_AND_CHRONO.test(name)) serdeAndChrono += size;
}
const list = [...sums].sort((a, b) => b[1] - a[1]).map(([crate, bytes]) => ({ crate, bytes, percent: Math.round((bytes / total) * 1000) / 10 }));
list.push({ crate: '(serde, serde_json, chrono, the derives and the located reader)', bytes: serdeAndChrono, percent: Math.round((serdeAndChrono / total) * 1000) / 10, summary: true });
console.log(JSON.stringify(list));
