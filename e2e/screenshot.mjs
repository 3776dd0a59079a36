// Writes docs/screenshot.png: the real built page (dist/) as of the 100th day, for the README.
// Run: node e2e/screenshot.mjs [query] [out.png] [width] [viewport] (after ./scripts/build). For Korean or
// Japanese screenshots install a CJK font first (Debian: fonts-noto-cjk); tests do not need one.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { serve, launch, openPage, rendered } from './harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const query = process.argv[2] ?? '?now=2023-12-16T21:30:15%2B09:00&count=inclusive';
const out = process.argv[3] ?? join(ROOT, 'docs', 'screenshot.png');
const width = Number(process.argv[4] ?? 900);
const server = await serve(join(ROOT, 'dist'));
const browser = await launch();
try {
  const page = await rendered(await openPage(browser, `${server.url}/${query}`, { viewport: { width, height: 1400 } }));
  await page.screenshot({ path: out, fullPage: process.argv[5] !== 'viewport' });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
