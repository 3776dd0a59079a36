// Reader features on the built page: the anniversaries calendar download.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve, launch, rendered } from './harness.mjs';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));
let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the anniversaries download as an .ics file a calendar accepts', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/?now=2023-12-01T09:00:00%2B09:00&count=inclusive`);
  await rendered(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=calendar]').click()]);
  assert.equal(download.suggestedFilename(), 'layover-anniversaries.ics');
  const ics = await readFile(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  assert.equal(ics.match(/BEGIN:VEVENT/g).length, 15);
  assert.match(ics, /DTSTART;VALUE=DATE:20231216\r\nDTEND;VALUE=DATE:20231217\r\nSUMMARY:Layover: Day 100\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20240908\r\nDTEND;VALUE=DATE:20240909\r\nSUMMARY:Layover: 1st anniversary\r\n/);
  await context.close();
});
