// Any album without touching code: ./scripts/build --data compiles another default dataset into dist/,
// after checking it; a broken file stops the build with a located error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, openPage, rendered, scratchDir, setup, ROOT } from './harness.mjs';

const SAMPLE_DIST = join(ROOT, 'target', 'dist-sample');
const build = (...args) => spawnSync('./scripts/build', args, { cwd: ROOT, encoding: 'utf8' });
const env = setup({
  server: () => {
    const result = build('--data', 'static/samples/example-artist.json', '--dist', SAMPLE_DIST);
    assert.equal(result.status, 0, result.stderr);
    return serve(SAMPLE_DIST);
  },
});

test('a build with --data shows that album by default, in its own home zone', async () => {
  const page = await rendered(await openPage(env.browser, `${env.server.url}/?now=2024-06-07T12:00:00-03:00&count=inclusive`));
  assert.equal(await page.locator('.mt-album').textContent(), 'Sample Album');
  assert.equal(await page.locator('[data-zone]').getAttribute('data-zone'), 'America/Sao_Paulo');
  assert.equal(await page.locator('[data-counter=album]').getAttribute('data-days'), '100');
  assert.equal(await page.locator('[data-counter^="track:"]').count(), 3);
  assert.equal(await page.locator('[data-milestone-id=album-10m]').getAttribute('data-day'), '20');
  assert.equal(await page.locator('[data-milestone-id=single-chart]').getAttribute('data-day'), null, 'a month has no day');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a broken --data file stops the build with a located error', async () => {
  const broken = join(await scratchDir(), 'broken.json');
  await writeFile(broken, '{\n  "subject": {\n    "release": "2023-02-30"\n  }\n}\n');
  const result = build('--data', broken, '--dist', join(ROOT, 'target', 'dist-broken'));
  assert.notEqual(result.status, 0);
  assert.match(result.stdout, /broken\.json:3:\d+: error: subject\.release: "2023-02-30" is not a real calendar date/);
  assert.match(result.stderr, /has errors; fix them first/);
});
