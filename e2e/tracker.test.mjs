// What a reader sees on the real built page: counters, milestones, options, and a broken inline dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, openPage, rendered, withInlineData, setup, DIST, ROOT } from './harness.mjs';


const otherAlbum = JSON.stringify({
  subject: {
    artist: 'Example Artist (made-up test data)', album: 'Test Album', home_zone: 'America/Sao_Paulo',
    release: '2024-02-29', tracks: [{ id: 'one', title: 'One' }],
    sources: [{ publication: 'Made-up test data', date: '2024-03-01' }],
  },
  milestones: [{
    id: 'first', date: '2024-03-10', kind: 'other', title: 'A made-up milestone',
    source: { publication: 'Made-up test data', date: '2024-03-10', url: 'https://example.org/post' },
  }],
});

const env = setup({
  server: async () => {
    const defaultJson = await readFile(join(ROOT, 'static', 'layover.json'), 'utf8');
    return serve(DIST, {
    '/broken.html': await withInlineData(DIST, '{\n  "subject": {\n    "artist": "X",,\n'),
    '/album-number.html': await withInlineData(DIST, '{\n  "subject": {\n    "artist": "X",\n    "album": 5\n  }\n}'),
    '/wrong-type.html': await withInlineData(DIST, defaultJson.replace('"value": 600000000', '"value": "600M"')),
    '/other.html': await withInlineData(DIST, otherAlbum),
    });
  },
});

const attr = (page, selector, name) => page.locator(selector).first().getAttribute(name);

test('the default page shows Layover with live counters and no script errors', async () => {
  const page = await rendered(await openPage(env.browser, `${env.server.url}/`));
  assert.equal(await page.locator('.mt-album').textContent(), 'Layover');
  const days = Number(await attr(page, '[data-counter=album]', 'data-days'));
  // Today's count in Seoul, computed independently from the test machine's clock.
  const seoulToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());
  const expected = Math.round((Date.parse(seoulToday) - Date.parse('2023-09-08')) / 86_400_000);
  assert.equal(days, expected);
  assert.equal(await page.locator('[data-counter^="track:"]').count(), 6);
  assert.equal(await page.locator('[data-milestone-id]').count(), 5);
  assert.match(await page.locator('[data-clock]').textContent(), /^\d+d \d\d:\d\d:\d\d since release/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('now and count=inclusive: the 100th day', async () => {
  const page = await rendered(await openPage(env.browser, `${env.server.url}/?now=2023-12-16T09:00:00%2B09:00&count=inclusive`));
  assert.equal(await attr(page, '[data-counter=album]', 'data-days'), '100');
  assert.equal((await page.locator('[data-counter=album] .mt-counter-value').textContent()).trim(), 'D+100');
  assert.equal(await attr(page, '[data-milestone-id=every-track-60m-spotify]', 'data-day'), '99');
  assert.equal(await attr(page, '[data-milestone-id=album-600m-spotify]', 'data-day'), '48');
  assert.equal(await attr(page, '[data-milestone-id=every-track-40m-spotify]', 'data-day'), '47');
  const chart = await page.locator('[data-comparison=every-track-40m-spotify] svg').getAttribute('aria-label');
  assert.equal(chart, 'Layover: 47 days; FACE (Jimin): 179 days');
  await page.close();
});

test('tz moves the day boundary; the reader can switch it', async () => {
  const at = 'now=2023-10-25T15:30:00Z';
  const seoul = await rendered(await openPage(env.browser, `${env.server.url}/?${at}`));
  assert.equal(await attr(seoul, '[data-counter=album]', 'data-days'), '48');
  await seoul.locator('[data-zone-choice=UTC]').click();
  await seoul.waitForFunction(() => document.querySelector('[data-counter=album]').dataset.days === '47');
  await seoul.close();
  const ny = await rendered(await openPage(env.browser, `${env.server.url}/?${at}&tz=America/New_York`));
  assert.equal(await attr(ny, '[data-counter=album]', 'data-days'), '47');
  assert.equal(await attr(ny, '[data-zone]', 'data-zone'), 'America/New_York');
  await ny.close();
});

test('a bad option is named, and the default is used', async () => {
  const page = await rendered(await openPage(env.browser, `${env.server.url}/?now=2023-12-16T09:00:00%2B09:00&tz=Not/A_Zone&count=lots`));
  const notice = await page.locator('[data-panel=options]').textContent();
  assert.match(notice, /unknown time zone "Not\/A_Zone"/);
  assert.match(notice, /"lots" is not elapsed or inclusive/);
  assert.equal(await attr(page, '[data-counter=album]', 'data-days'), '99');
  await page.close();
});

test('a broken inline dataset shows its line and column in an alert', async () => {
  const page = await rendered(await openPage(env.browser, `${env.server.url}/broken.html`));
  const alert = page.locator('[role=alert]');
  assert.match(await alert.textContent(), /line 3, column 19: the JSON is malformed/);
  assert.equal(await page.locator('[data-counter]').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a wrong type in an inline dataset shows its JSON path', async () => {
  const page = await rendered(await openPage(env.browser, `${env.server.url}/wrong-type.html`));
  assert.match(await page.locator('[role=alert]').textContent(), /milestones\[0\]\.metric\.value .*expected a whole number, 0 or more/);
  await page.close();
  const number = await rendered(await openPage(env.browser, `${env.server.url}/album-number.html`));
  assert.match(await number.locator('[role=alert]').textContent(), /subject\.album \(line 4, column 14\): expected text in quotes, but found the number 5/);
  await number.close();
});

test('another album entirely, from the page', async () => {
  const page = await rendered(await openPage(env.browser, `${env.server.url}/other.html?now=2025-02-28T12:00:00-03:00&count=inclusive`));
  assert.equal(await page.locator('.mt-album').textContent(), 'Test Album');
  assert.equal(await attr(page, '[data-counter=album]', 'data-days'), '366');
  assert.equal(await attr(page, '[data-zone]', 'data-zone'), 'America/Sao_Paulo');
  assert.equal(await attr(page, '[data-milestone-id=first]', 'data-day'), '10');
  assert.equal(await page.locator('.mt-source a').getAttribute('href'), 'https://example.org/post');
  await page.close();
});

test('a milestone dated by its report says so', async () => {
  const page = await rendered(await openPage(env.browser, `${env.server.url}/?now=2024-01-01T00:00:00Z`));
  const card = page.locator('[data-milestone-id=billboard-global-excl-us-10-weeks]');
  assert.equal(await card.getAttribute('data-dated-by'), 'report');
  assert.match(await card.locator('.mt-milestone-when').textContent(), /^By October 27, 2023 · reported on day 49/);
  await page.close();
});
