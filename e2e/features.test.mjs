// Reader features on the built page: the anniversaries calendar download.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, rendered, setup, DIST } from './harness.mjs';

const env = setup({ server: () => serve(DIST) });

test('the anniversaries download as an .ics file a calendar accepts', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/?now=2023-12-01T09:00:00%2B09:00&count=inclusive`);
  await rendered(page);
  await page.locator('details[data-fold=anniversaries] > summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=calendar]').click()]);
  assert.equal(download.suggestedFilename(), 'layover-anniversaries.ics');
  const ics = await readFile(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  assert.equal(ics.match(/BEGIN:VEVENT/g).length, 15);
  assert.match(ics, /DTSTART;VALUE=DATE:20231216\r\nDTEND;VALUE=DATE:20231217\r\nSUMMARY:Layover: Day 100\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20240908\r\nDTEND;VALUE=DATE:20240909\r\nSUMMARY:Layover: 1st anniversary\r\n/);
  await context.close();
});

test('a milestone shares as a deep link and as a 1200x630 PNG card', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  const page = await context.newPage();
  const url = `${env.server.url}/?now=2024-01-01T00:00:00Z`;
  await page.goto(url);
  await rendered(page);
  const card = page.locator('[data-milestone-id=album-600m-spotify]');
  await card.locator('[data-action=copy-link]').click();
  // The label changes once the browser has said the copy was made (the clipboard answers later).
  await page.waitForFunction(() =>
    document.querySelector('[data-milestone-id=album-600m-spotify] [data-action=copy-link]').textContent === 'Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, `${url}#m=album-600m-spotify`);
  const opened = await context.newPage();
  await opened.goto(link);
  await rendered(opened);
  assert.equal(await opened.locator('[data-focused=true]').getAttribute('data-milestone-id'), 'album-600m-spotify');

  const [download] = await Promise.all([page.waitForEvent('download'), card.locator('[data-action=share-image]').click()]);
  assert.equal(download.suggestedFilename(), 'layover-album-600m-spotify.png');
  const png = await readFile(await download.path());
  assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG signature');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
  assert.ok(png.length > 20_000, `${png.length} bytes: text was drawn`);
  await context.close();
});

test('a copy the browser refuses says so instead of "Link copied"', async () => {
  // A frame from another origin without allow="clipboard-write": the browser rejects the write.
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.setContent(`<iframe src="${env.server.url}/?now=2024-01-01T00:00:00Z" width="900" height="900"></iframe>`);
  const frame = page.frames()[1];
  await frame.waitForSelector('[data-milestone-id=album-600m-spotify] [data-action=copy-link]');
  await frame.locator('[data-milestone-id=album-600m-spotify] [data-action=copy-link]').click();
  await frame.waitForFunction(() =>
    document.querySelector('[data-milestone-id=album-600m-spotify] [data-action=copy-link]').textContent === 'Could not copy');
  await context.close();
});
