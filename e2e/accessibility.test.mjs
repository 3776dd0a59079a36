// Accessibility on the built page: no axe-core violations in either theme (English, Korean) and in
// each of the thirteen languages, keyboard
// reachable with a visible focus, and only day changes announced (never the seconds clock).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serve, rendered, contextWithWasmHeld, setup, DIST } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const NOW = '2023-12-16T09:00:00+09:00';
const env = setup({
  server: () => serve(DIST, {
    // A post with three trackers of one album: each region needs a name of its own.
    '/three.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="data:,"></head>
<body><main><h1>A post with three trackers</h1>
<div data-milestone-tracker data-now="${NOW}"></div>
<div data-milestone-tracker data-layout="card" data-now="${NOW}"></div>
<div data-milestone-tracker data-layout="card" data-now="${NOW}" data-label="Layover, in short"></div>
</main><script type="module" src="./embed.js"></script></body></html>`,
  }),
});

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, where: v.nodes[0].target.join(' ') }));
}

const LANGS = ['en', 'ko', 'ja', 'es', 'id', 'pt-BR', 'th', 'vi', 'zh-Hans', 'zh-Hant', 'fil', 'ms', 'ar'];
for (const [theme, lang] of [['dark', 'en'], ['dark', 'ko'], ...LANGS.map((l) => ['light', l])]) {
  test(`no serious or critical axe violations, ${theme} theme, ${lang}, every panel open`, async () => {
    const page = await env.browser.newPage({ colorScheme: theme });
    await page.goto(`${env.server.url}/?now=2023-12-16T09:00:00%2B09:00&theme=${theme}&count=inclusive&lang=${lang}`);
    await rendered(page);
    // Every fold open.
    while (await page.locator('details.mt-fold:not([open]) > summary').count()) await page.locator('details.mt-fold:not([open]) > summary').first().click();
    await page.locator('#mt-as-of-date').fill('2023-10-26');
    await page.locator('#mt-as-of-date').dispatchEvent('change');
    await page.locator('[data-as-of]').waitFor();
    const violations = await axeViolations(page);
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious, [], JSON.stringify(serious, null, 1));
    assert.deepEqual(violations, [], 'none of lesser impact either');
    await page.close();
  });
}

for (const layout of ['card', 'counter']) {
  test(`no axe violations in the ${layout} layout${layout === 'card' ? ', "All milestones" open' : ''}`, async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.url}/?now=2023-12-16T09:00:00%2B09:00&layout=${layout}`);
    await rendered(page);
    assert.equal(await page.locator('.mt').getAttribute('data-layout'), layout);
    if (layout === 'card') await page.locator('details.mt-all > summary').click();
    // A counter is one inline line meant for a sentence in someone else's page, which has its own
    // heading; alone on the tracker's page it has none, and must not add one to a blog's sentence.
    const violations = (await axeViolations(page)).filter((v) => layout === 'card' || v.id !== 'page-has-heading-one');
    assert.deepEqual(violations, []);
    await page.close();
  });
}

test('three trackers of one album on a page: every region has a name of its own, and axe finds nothing', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/three.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-milestone-tracker]')]
    .every((h) => h.shadowRoot?.querySelector('.mt[data-state=ready]')), null, { timeout: 30_000 });
  const names = await page.evaluate(() => [...document.querySelectorAll('[data-milestone-tracker]')]
    .map((h) => h.shadowRoot.querySelector('.mt-hero').getAttribute('aria-label')));
  assert.equal(new Set(names).size, 3, names.join(' | '));
  assert.ok(names.includes('Layover, in short'), names.join(' | '));
  assert.ok(names.includes('Layover'), names.join(' | '));
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

test('the prerendered page, before the wasm arrives, has no axe violations either', async () => {
  const { context, release } = await contextWithWasmHeld(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.server.url}/`, { waitUntil: 'domcontentloaded' });
  await page.locator('.mt[data-state=prerendered]').waitFor();
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
  release();
  await context.close();
});

test('keyboard only: every control is reachable, focus is visible, Enter works', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/?now=2023-12-16T09:00:00%2B09:00`);
  await rendered(page);
  // The folded sections open with Enter on their titles.
  while (await page.locator('details.mt-fold:not([open]) > summary').count()) {
    await page.locator('details.mt-fold:not([open]) > summary').first().focus();
    await page.keyboard.press('Enter');
  }
  // `toggle` is an event of its own task: wait until every fold's state is kept before reloading.
  await page.waitForFunction(() => [...document.querySelectorAll('details.mt-fold')]
    .every((d) => localStorage.getItem(`milestone-tracker/v1/fold/${d.dataset.fold}`) === '1'));
  await page.reload(); // they stay open; Tab starts from the top
  await rendered(page);
  const seen = new Set();
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { key: el.dataset.countMode ?? el.dataset.zoneChoice ?? el.dataset.action ?? el.tagName, outline: style.outlineStyle, width: style.outlineWidth };
    });
    if (focused.key === 'BODY') break;
    assert.notEqual(focused.outline, 'none', `${focused.key} has no visible focus`);
    seen.add(focused.key);
  }
  for (const control of ['elapsed', 'inclusive', 'home', 'UTC', 'calendar', 'copy-link', 'share-image']) {
    assert.ok(seen.has(control), `${control} not reachable by Tab (reached: ${[...seen].join(', ')})`);
  }
  await page.locator('[data-count-mode=inclusive]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-counter=album]').dataset.days === '100');
  await page.close();
});

test('the day is announced politely; the seconds clock is not', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/?now=2023-12-15T23:59:58%2B09:00&count=inclusive`);
  await rendered(page);
  const live = page.locator('[aria-live=polite][data-announce=day]');
  assert.equal(await live.textContent(), 'Layover: day 99, counting release day as day 1.');
  assert.equal(await page.locator('[data-clock]').getAttribute('aria-live'), 'off');
  await page.waitForFunction(() => document.querySelector('[data-announce=day]').textContent.includes('day 100'), null, { timeout: 6_000 });
  assert.equal(await page.locator('[aria-live]:not([aria-live=off])').count(), 1, 'one live region');
  await page.close();
});
