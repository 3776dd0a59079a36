// Reliability and security on the built dist/: a strict Content-Security-Policy with no violation, day
// counters that roll over at the counting zone's midnight and are right again after the clock jumps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, openPage, rendered, withInlineData, setup, DIST } from './harness.mjs';

const STRICT_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'";

const LAYOVER_KEY = 'milestone-tracker/v1/V (Kim Taehyung)/Layover/2023-09-08';
const otherAlbum = JSON.stringify({
  subject: {
    artist: 'Example Artist (made-up test data)', album: 'Other', home_zone: 'Asia/Seoul', release: '2023-09-08',
    sources: [{ publication: 'Made-up test data', date: '2023-09-09' }],
  },
});

const env = setup({
  plain: async () => serve(DIST, { '/other.html': await withInlineData(DIST, otherAlbum) }),
  strict: () => serve(DIST, {}, { headers: { 'content-security-policy': STRICT_CSP } }),
});

const days = (page) => page.locator('[data-counter=album]').getAttribute('data-days');

test('dist/ works unchanged under a strict Content-Security-Policy', async () => {
  const html = await readFile(`${DIST}/index.html`, 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, 'an inline script in index.html');
  assert.doesNotMatch(html, /\sstyle=/, 'an inline style in index.html');

  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  const response = await page.goto(`${env.strict.url}/?now=2023-12-16T09:00:00%2B09:00&count=inclusive`);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  await rendered(page);
  assert.equal(await days(page), '100');
  // Interact too: the reader's buttons, the folded sections, a deep link.
  await page.locator('[data-zone-choice=UTC]').click();
  while (await page.locator('details.mt-fold:not([open]) > summary').count()) await page.locator('details.mt-fold:not([open]) > summary').first().click();
  await page.locator('[data-action=calendar]').click();
  await page.evaluate(() => { location.hash = '#m=album-600m-spotify'; });
  await page.waitForFunction(() => document.querySelector('[data-focused=true]'));
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('started 3 seconds before midnight in Seoul, the counters roll over without a reload', async () => {
  const page = await rendered(await openPage(env.browser, `${env.plain.url}/?now=2023-12-15T23:59:57%2B09:00&count=inclusive`));
  assert.equal(await days(page), '99');
  assert.equal(await page.locator('[data-counter="track:blue"]').getAttribute('data-days'), '99');
  await page.waitForFunction(() => document.querySelector('[data-counter=album]').dataset.days === '100', null, { timeout: 8_000 });
  assert.equal(await page.locator('[data-counter="track:blue"]').getAttribute('data-days'), '100');
  assert.equal(await page.locator('.mt[data-today]').getAttribute('data-today'), '2023-12-16');
  assert.match(await page.locator('[data-anniversary]').first().textContent(), /Day 100 .* today/);
  await page.close();
});

test('after the clock jumps (a sleeping laptop), the counters are right at the next tick', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  // The real clock, faked: the page reads Date as usual.
  await page.clock.install({ time: new Date('2023-12-16T12:00:00+09:00') });
  await page.goto(`${env.plain.url}/`);
  await rendered(page);
  assert.equal(await days(page), '99');
  // The laptop sleeps for three days: time moves on, no timer fires meanwhile.
  await page.clock.setSystemTime(new Date('2023-12-19T12:00:03+09:00'));
  await page.clock.runFor(1_100);
  await page.waitForFunction(() => document.querySelector('[data-counter=album]').dataset.days === '102', null, { timeout: 5_000 });
  assert.match(await page.locator('[data-clock]').textContent(), /^102d 12:00:0\d/);
  await context.close();
});

test('the reader\'s choices are remembered per dataset; an explicit option wins', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.plain.url}/?now=2023-12-16T09:00:00%2B09:00`);
  await rendered(page);
  await page.locator('button[data-count-mode=inclusive]').click();
  await page.locator('[data-zone-choice=UTC]').click();
  assert.deepEqual(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), LAYOVER_KEY)), { v: 1, tz: 'UTC', count: 'inclusive' });

  await page.reload();
  await rendered(page);
  assert.equal(await days(page), '100');
  assert.equal(await page.locator('[data-zone]').getAttribute('data-zone'), 'UTC');

  await page.goto(`${env.plain.url}/?now=2023-12-16T09:00:00%2B09:00&count=elapsed`);
  await rendered(page);
  assert.equal(await days(page), '99', 'the explicit count wins');
  assert.equal(await page.locator('[data-zone]').getAttribute('data-zone'), 'UTC', 'the remembered zone still applies');

  await page.goto(`${env.plain.url}/other.html?now=2023-12-16T09:00:00%2B09:00`);
  await rendered(page);
  assert.equal(await page.locator('[data-zone]').getAttribute('data-zone'), 'Asia/Seoul', 'another dataset has its own key');
  assert.equal(await days(page), '99');
  await context.close();
});

test('corrupt or foreign stored choices fall back to the defaults', async () => {
  for (const stored of ['{not json', 'null', '[]', '{"v":2,"tz":"UTC","count":"inclusive"}', '{"v":1,"tz":"<script>","count":"korean"}', 'x'.repeat(100_000)]) {
    const context = await env.browser.newContext();
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [LAYOVER_KEY, stored]);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${env.plain.url}/?now=2023-12-16T09:00:00%2B09:00`);
    await rendered(page);
    assert.equal(await days(page), '99', stored.slice(0, 40));
    assert.equal(await page.locator('[data-zone]').getAttribute('data-zone'), 'Asia/Seoul', stored.slice(0, 40));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the seconds clock stops while scrolled away; day counters in view still turn at midnight', async () => {
  const page = await rendered(await openPage(env.browser, `${env.plain.url}/?now=2023-12-15T23:59:57%2B09:00&count=inclusive`, { viewport: { width: 900, height: 400 } }));
  const clock = page.locator('[data-clock]');
  assert.equal(await clock.getAttribute('data-ticking'), 'true');
  await page.locator('[data-counter="track:for-us"]').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('[data-clock]').dataset.ticking === 'false');
  const frozen = await clock.textContent();
  // No ticking, but the midnight wake-up still turns the counters the reader can see.
  await page.waitForFunction(() => document.querySelector('[data-counter="track:for-us"]').dataset.days === '100', null, { timeout: 8_000 });
  assert.equal(await days(page), '100');
  // The clock itself re-rendered once with the new day's props; after that it stays still while away.
  const away = await clock.textContent();
  await page.waitForTimeout(1_500);
  assert.equal(await clock.textContent(), away, 'the clock is left alone while away');
  assert.ok(frozen.startsWith('98d 23:59:5'), frozen); // the clock shows elapsed time: day 99 is 98 days on
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => document.querySelector('[data-clock]').dataset.ticking === 'true');
  await page.waitForFunction(() => /^99d 00:00:\d\d/.test(document.querySelector('[data-clock]').textContent));
  await page.close();
});

test('no timer runs while the tab is hidden, and the clock catches up when it returns', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__timerCalls = 0;
    for (const name of ['setInterval', 'setTimeout']) {
      const original = window[name];
      window[name] = (fn, ...rest) => original((...args) => { window.__timerCalls += 1; return fn(...args); }, ...rest);
    }
    let hidden = false;
    Object.defineProperty(document, 'hidden', { get: () => hidden });
    Object.defineProperty(document, 'visibilityState', { get: () => (hidden ? 'hidden' : 'visible') });
    window.__setHidden = (value) => { hidden = value; document.dispatchEvent(new Event('visibilitychange')); };
  });
  const page = await context.newPage();
  await page.goto(`${env.plain.url}/`);
  await rendered(page);
  await page.waitForFunction(() => window.__timerCalls > 0, null, { timeout: 5_000 });
  await page.evaluate(() => window.__setHidden(true));
  await page.waitForFunction(() => document.querySelector('[data-clock]').dataset.ticking === 'false');
  const before = await page.evaluate(() => window.__timerCalls);
  await page.waitForTimeout(3_000);
  assert.equal(await page.evaluate(() => window.__timerCalls), before, 'timer callbacks while hidden');
  const stale = await page.locator('[data-clock]').textContent();
  await page.evaluate(() => window.__setHidden(false));
  await page.waitForFunction((t) => document.querySelector('[data-clock]').textContent !== t, stale, { timeout: 500 });
  await context.close();
});
