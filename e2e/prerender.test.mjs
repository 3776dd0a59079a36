// The build-time prerender: dist/index.html carries the tracker's HTML, so the milestones are there
// without JavaScript (and before the wasm arrives); the live app replaces it once, cleanly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, openPage, rendered, withInlineData, contextWithWasmHeld, setup, DIST, ROOT } from './harness.mjs';

const env = setup({
  server: async () => serve(DIST, {
    '/own-data.html': await withInlineData(DIST, JSON.stringify({
      subject: {
        artist: 'Example Artist (made-up test data)', album: 'Own Data', home_zone: 'UTC', release: '2024-01-01',
        sources: [{ publication: 'Made-up test data', date: '2024-01-02' }],
      },
      milestones: [{ id: 'm', date: '2024-01-02', kind: 'other', title: 'A made-up milestone', source: { publication: 'Made-up test data', date: '2024-01-02' } }],
    })),
  }),
});

test('the served index.html already holds the album, its counter and every milestone', async () => {
  const html = await (await fetch(`${env.server.url}/index.html`)).text();
  const layover = JSON.parse(await readFile(join(ROOT, 'static', 'layover.json'), 'utf8'));
  assert.match(html, /<div[^>]*data-state="prerendered"/);
  assert.match(html, /<h1 class="mt-album" dir="auto">Layover<\/h1>/);
  assert.match(html, /data-counter="album" data-days="\d+"/);
  for (const m of layover.milestones) assert.ok(html.includes(`data-milestone-id="${m.id}"`), m.id);
  // English dates as the live page writes them, and nothing executable from the data.
  assert.match(html, /<time datetime="2023-09-08">September 8, 2023<\/time>/);
  assert.equal((html.match(/<script/g) ?? []).length, 1, 'only the boot script');
});

test('without JavaScript a reader sees the milestones and the day they were counted', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/index.html`);
  const titles = page.locator('[data-milestone-id] .mt-milestone-title');
  assert.equal(await titles.count(), 5);
  assert.ok(await titles.first().isVisible());
  const note = await page.locator('.mt-noscript').textContent();
  const built = await page.locator('.mt').getAttribute('data-today');
  assert.match(note, new RegExp(`Counted on ${built}, the day this page was built`));
  // The counts of that day show, beside the note that dates them.
  assert.ok(await page.locator('.mt-hero .mt-counter-value').isVisible());
  assert.ok(await page.locator('.mt-clock-value').isVisible());
  // What is only about today (upcoming anniversaries, projections) is not in a page built long ago.
  assert.equal(await page.locator('.mt-anniversaries, .mt-projections').count(), 0);
  await context.close();
});

test('before the wasm arrives, the build day\'s counts keep their place but are not shown', async () => {
  const { context, release } = await contextWithWasmHeld(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.server.url}/index.html`, { waitUntil: 'domcontentloaded' });
  await page.locator('.mt[data-state=prerendered]').waitFor();
  assert.ok(await page.locator('.mt-milestone-title').first().isVisible(), 'the milestones are there at once');
  const today = ['.mt-hero .mt-counter-value', '.mt-hero .mt-counter-alt', '.mt-clock-value', '#mt-as-of-date'];
  for (const selector of today) {
    assert.equal(await page.locator(selector).first().isVisible(), false, `${selector} waits for the live count`);
  }
  const box = await page.locator('.mt-hero .mt-counter-value').boundingBox();
  assert.ok(box && box.height > 0, 'the hidden count keeps its place');
  assert.equal(await page.locator('.mt-anniversaries, .mt-projections').count(), 0, 'only the live app adds them');
  release();
  await rendered(page);
  for (const selector of today) assert.ok(await page.locator(selector).first().isVisible(), `${selector} shows when live`);
  // Folded until the reader opens them (the live app adds them).
  for (const selector of ['.mt-anniversary', '.mt-projection-stale']) {
    assert.equal(await page.locator(selector).count() > 0, true, `${selector} is there when live`);
  }
  await context.close();
});

test('the live app replaces the prerender: one tracker, live state, no errors, the same milestones', async () => {
  const page = await openPage(env.browser, `${env.server.url}/index.html`);
  await rendered(page);
  assert.equal(await page.locator('.mt').count(), 1);
  assert.equal(await page.locator('[data-state=prerendered]').count(), 0);
  assert.equal(await page.locator('.mt').getAttribute('data-state'), 'ready');
  const ids = await page.locator('[data-milestone-id]').evaluateAll((els) => els.map((e) => e.dataset.milestoneId));
  assert.equal(new Set(ids).size, ids.length, 'no milestone twice');
  assert.equal(ids.length, 5);
  assert.ok(await page.locator('[data-clock]').isVisible());
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a page with its own dataset never shows the default album prerendered', async () => {
  const { context, release } = await contextWithWasmHeld(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.server.url}/own-data.html`, { waitUntil: 'domcontentloaded' });
  assert.equal(await page.locator('.mt-album').isVisible(), false);
  release();
  await rendered(page);
  assert.equal(await page.locator('.mt-album').textContent(), 'Own Data');
  assert.equal(await page.locator('.mt').count(), 1);
  await context.close();
});

test('the first contentful paint shows the prerendered tracker, even with the wasm already cached', async () => {
  const context = await env.browser.newContext();
  // When the live app replaces the prerender (the mount's state leaves "prerendered").
  await context.addInitScript(() => {
    window.__swappedAt = null;
    new MutationObserver(() => {
      const state = document.querySelector('.mt')?.dataset.state;
      if (window.__swappedAt === null && state && state !== 'prerendered') window.__swappedAt = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  const page = await context.newPage();
  for (const load of ['first load', 'reload with the wasm cached']) {
    if (load === 'first load') await page.goto(`${env.server.url}/index.html`);
    else await page.reload();
    await rendered(page);
    const { swappedAt, fcp } = await page.evaluate(() => ({
      swappedAt: window.__swappedAt,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    }));
    assert.ok(fcp !== undefined && swappedAt !== null, `${load}: fcp ${fcp}, swap ${swappedAt}`);
    assert.ok(fcp < swappedAt, `${load}: first paint at ${fcp} ms, live app at ${swappedAt} ms`);
  }
  await context.close();
});

test('a control focused with Tab before the wasm arrives keeps the focus when the live app takes over', async () => {
  const { context, release } = await contextWithWasmHeld(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.server.url}/index.html`, { waitUntil: 'domcontentloaded' });
  const fanCount = page.locator('button[data-count-mode=inclusive]');
  await fanCount.waitFor();
  for (let i = 0; i < 40 && !(await fanCount.evaluate((b) => b === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  assert.ok(await fanCount.evaluate((b) => b === document.activeElement), 'Tab reaches the fan-count toggle');
  release();
  await rendered(page);
  await page.waitForFunction(() => document.activeElement?.matches('button[data-count-mode=inclusive]'));
  // The focused control is the live one: Enter presses it.
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('button[data-count-mode=inclusive]').getAttribute('aria-pressed'), 'true');
  await context.close();
});

test('the live app starts even where the browser refuses an animation frame', async () => {
  // The hand-over waits for the prerender's paint; a browser (or a blocker) that throws from
  // requestAnimationFrame must not leave the reader with the build day's page forever.
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.requestAnimationFrame = () => { throw new Error('refused'); };
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.server.url}/index.html?now=2023-12-16T09:00:00%2B09:00&count=inclusive`);
  await rendered(page);
  assert.equal(await page.locator('.mt').getAttribute('data-state'), 'ready');
  assert.equal(await page.locator('[data-counter=album]').getAttribute('data-days'), '100');
  assert.deepEqual(errors, []);
  await context.close();
});
