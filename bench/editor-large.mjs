// The editor with a large draft (issue 22): a file of N made-up milestones (3,864 by default, about
// 2.0 MB: the Layover subject, its first milestone repeated under new ids and titles) imported into
// the built editor in Chromium; prints the import's time (file chosen to the last row drawn) and the
// time of each of K keystrokes in the album's note (input event to the next frame), with the median.
// Run: node bench/editor-large.mjs [N] [K] (after ./scripts/build). A figure, not a test.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve, DIST, ROOT } from '../e2e/harness.mjs';

const n = Number(process.argv[2] ?? 3864);
const k = Number(process.argv[3] ?? 7);
const data = JSON.parse(readFileSync(join(ROOT, 'static', 'layover.json'), 'utf8'));
const first = data.milestones[0];
data.milestones = Array.from({ length: n }, (_, i) => ({
  ...first, id: `made-up-${i}`, title: `Made-up milestone ${i}`, record: 'A made-up record line of ordinary length, for the measurement',
  claim: undefined, dated_by: undefined,
}));
const file = join(mkdtempSync(join(tmpdir(), 'mt-bench-')), `large-${n}.json`);
writeFileSync(file, JSON.stringify(data, null, 2));
const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];

const server = await serve(DIST);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/editor.html?lang=en`);
  await page.locator('.ed-form').waitFor();
  const started = Date.now();
  await page.locator('#ed-file').setInputFiles(file);
  await page.waitForFunction((last) => document.getElementById(`f-milestones.${last}`), n - 1, { timeout: 600_000 });
  const imported = Date.now() - started;
  const keystrokes = await page.evaluate(async (count) => {
    const note = document.getElementById('f-subject.note');
    const times = [];
    for (let i = 0; i < count; i += 1) {
      const t0 = performance.now();
      note.value += 'x';
      note.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      times.push(Math.round(performance.now() - t0));
    }
    return times;
  }, k);
  const size = (readFileSync(file).length / 1e6).toFixed(2);
  console.log(`editor, ${n} milestones (${size} MB): import ${imported} ms; keystroke median ${median(keystrokes)} ms (${keystrokes.join(', ')}); target 50 ms`);
} finally {
  await browser.close();
  await server.close();
}
