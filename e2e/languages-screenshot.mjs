// A screenshot of the real built page (dist/) in each of the thirteen languages, as of the 100th day
// with the fan count, 420 px wide (a phone): target/screenshots/<lang>.png, to look each language over
// at a glance; and docs/screenshot-ar.png and docs/screenshot-th.png, which README.md and
// docs/languages.md show. Run: node e2e/languages-screenshot.mjs (after ./scripts/build, with the
// fonts the test set-up installs: fonts-noto-cjk and fonts-noto-core).
import { mkdir, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, rendered, DIST, ROOT } from './harness.mjs';

const LANGS = ['en', 'ko', 'ja', 'es', 'id', 'pt-BR', 'th', 'vi', 'zh-Hans', 'zh-Hant', 'fil', 'ms', 'ar'];
const out = join(ROOT, 'target', 'screenshots');
await mkdir(out, { recursive: true });
const server = await serve(DIST);
const browser = await launch();
try {
  for (const lang of LANGS) {
    const page = await browser.newPage({ viewport: { width: 420, height: 1000 }, deviceScaleFactor: 1 });
    await page.goto(`${server.url}/?now=2023-12-16T21:30:15%2B09:00&count=inclusive&lang=${lang}`);
    await rendered(page);
    // The live table, not English waiting for it.
    await page.waitForFunction((l) => document.querySelector('.mt')?.getAttribute('lang') === l, lang);
    await page.evaluate(() => document.fonts.ready);
    const file = join(out, `${lang}.png`);
    await page.screenshot({ path: file });
    if (lang === 'ar' || lang === 'th') await copyFile(file, join(ROOT, 'docs', `screenshot-${lang}.png`));
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
