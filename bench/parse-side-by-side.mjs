// Parse-and-validate time of one dataset in Chromium, for two builds with test hooks side by side in
// one run (issue 21: the located serde reader against the code before it). Each round loads both
// pages and times `measureLoad` (src/start/test_hooks.rs) in each, alternating which goes first.
// Run: node bench/parse-side-by-side.mjs DIST_A DIST_B DATASET.json [ROUNDS]
// (each DIST built with ./scripts/build --test-hooks --no-editor --dist DIR)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, serve } from '../e2e/harness.mjs';

const [a, b, datasetPath, roundsArg] = process.argv.slice(2);
if (!datasetPath) {
  console.error('usage: node bench/parse-side-by-side.mjs DIST_A DIST_B DATASET.json [ROUNDS]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 7);
const json = readFileSync(datasetPath, 'utf8');
const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];

const servers = [await serve(resolve(a)), await serve(resolve(b))];
const browser = await launch();
const times = [[], []];
async function measure(which) {
  const page = await browser.newPage();
  await page.goto(`${servers[which].url}/index.html?now=2026-01-01T00:00:00Z`);
  await page.waitForFunction(() => window.wasmBindings?.measureLoad, null, { timeout: 60_000 });
  const runs = await page.evaluate((text) => {
    window.wasmBindings.measureLoad(text); // warm-up
    return [0, 1, 2, 3, 4].map(() => window.wasmBindings.measureLoad(text));
  }, json);
  await page.close();
  times[which].push(median(runs));
}
for (let round = 0; round < rounds; round += 1) {
  const order = round % 2 === 0 ? [0, 1] : [1, 0];
  for (const which of order) await measure(which);
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));
const [ma, mb] = times.map(median);
console.log(JSON.stringify({ dataset: datasetPath, bytes: json.length, rounds, a: { dist: a, median_ms: ma, runs_ms: times[0] }, b: { dist: b, median_ms: mb, runs_ms: times[1] }, ratio_b_over_a: mb / ma }, null, 2));
