// Retakes the docs' screenshots of the reader's page from the real built dist/ (after ./scripts/build):
//   docs/screenshot.png           the page as of the 100th day, fan count (the README's)
//   docs/screenshot-ko.png        the same in Korean
//   docs/screenshot-dark-360.png  the dark theme on a 360 px phone
//   docs/as-of.png                "as of" 2023-10-26 chosen in the date field
//   docs/projections.png          pace and projections, opened
//   docs/error-ko.png             an impossible date in a page's dataset, reported in Korean
// The layouts and the editor have their own scripts (layouts-screenshot.mjs, editor-screenshot.mjs).
// Korean needs a CJK font (Debian: fonts-noto-cjk); the tests do not.
// Run: node e2e/docs-screenshots.mjs
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { serve, launch, openPage, rendered, withInlineData, DIST, ROOT } from './harness.mjs';

const docs = (name) => join(ROOT, 'docs', name);
const DAY_100 = 'now=2023-12-16T21:30:15%2B09:00';
const broken = (await readFile(join(ROOT, 'static', 'layover.json'), 'utf8')).replace('"release": "2023-09-08"', '"release": "2023-02-30"');
const server = await serve(DIST, { '/broken.html': await withInlineData(DIST, broken) });
const browser = await launch();
const page = async (path, width) => rendered(await openPage(browser, `${server.url}/${path}`, { viewport: { width, height: 1400 } }));
try {
  await (await page(`?${DAY_100}&count=inclusive`, 900)).screenshot({ path: docs('screenshot.png'), fullPage: true });
  await (await page(`?${DAY_100}&count=inclusive&lang=ko`, 900)).screenshot({ path: docs('screenshot-ko.png') });
  await (await page(`?${DAY_100}&count=inclusive&theme=dark`, 360)).screenshot({ path: docs('screenshot-dark-360.png') });

  const asOf = await page(`?${DAY_100}`, 900);
  await asOf.fill('#mt-as-of-date', '2023-10-26');
  await asOf.dispatchEvent('#mt-as-of-date', 'change');
  await asOf.waitForSelector('[data-as-of="2023-10-26"]');
  await asOf.setViewportSize({ width: 900, height: 900 });
  await asOf.screenshot({ path: docs('as-of.png') });

  const projections = await page(`?${DAY_100}`, 900);
  await projections.click('.mt-projections summary');
  await projections.waitForSelector('.mt-projections details[open]');
  await projections.locator('.mt-projections').screenshot({ path: docs('projections.png') });

  const error = await page('broken.html?lang=ko', 760);
  await error.locator('[role=alert]').screenshot({ path: docs('error-ko.png') });
  console.log('wrote docs/screenshot.png, screenshot-ko.png, screenshot-dark-360.png, as-of.png, projections.png, error-ko.png');
} finally {
  await browser.close();
  await server.close();
}
