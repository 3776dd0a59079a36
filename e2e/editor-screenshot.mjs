// Writes docs/editor.png: the real built editor (dist/editor.html) with the sample album imported and
// a source link without its https://, which the checks flag (a warning: the tracker still shows),
// beside the live preview; and docs/editor-phone.png: the same at 360 px, a milestone's date with the
// calendar beside it, and the strip at the foot of the screen that leads to the preview. For the README.
// Run: node e2e/editor-screenshot.mjs [out.png [phone.png]] (after ./scripts/build).
import { join } from 'node:path';
import { serve, launch, ROOT } from './harness.mjs';

const out = process.argv[2] ?? join(ROOT, 'docs', 'editor.png');
const phone = process.argv[3] ?? join(ROOT, 'docs', 'editor-phone.png');
const server = await serve(join(ROOT, 'dist'));
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/editor.html?lang=en`);
  await page.locator('.ed-form').waitFor();
  await page.getByRole('button', { name: 'Start from the sample album' }).click();
  // Over an untouched draft the sample goes straight in; over work, the editor asks first.
  const replace = page.getByRole('button', { name: 'Replace my draft' });
  if (await replace.count()) await replace.click();
  await page.locator('[id="f-subject.album"]').waitFor();
  await page.locator('[id="f-subject.sources.0.url"]').fill('www.example.com/article');
  await page.locator('.ed-preview .mt[data-state=ready]').waitFor();
  await page.locator('.ed-summary').scrollIntoViewIfNeeded();
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
  // The phone: the same draft, at 360 px, a milestone's date in view.
  const small = page;
  await small.setViewportSize({ width: 360, height: 740 });
  await small.locator('[id="f-milestones.2.title"]').scrollIntoViewIfNeeded();
  await small.evaluate(() => window.scrollBy(0, -280));
  await small.locator('.ed-phone-strip').waitFor();
  await small.screenshot({ path: phone });
  console.log(`wrote ${phone}`);
} finally {
  await browser.close();
  await server.close();
}
