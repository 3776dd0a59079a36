// Writes the README's screenshots of issue 14's screens, from the real built dist/ as of the 100th day:
//   docs/blog-layouts.png  a blog post 360 px wide with a card mount and a counter mount in a sentence;
//   docs/phone.png         the full page on a 360 px phone, the whole length;
//   docs/timeline.png      the timeline strip on a wide screen.
// Run: node e2e/layouts-screenshot.mjs (after ./scripts/build).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { serve, launch, openPage, rendered } from './harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NOW = '2023-12-16T21:30:15+09:00';
const docs = (name) => join(ROOT, 'docs', name);
const widget = await serve(join(ROOT, 'dist'), {}, { prefix: '/', cors: true });
const blog = await serve(join(ROOT, 'dist'), {
  '/post.html': `<!doctype html><html><head><meta charset="utf-8"><title>My K-pop notes</title>
<style>body { margin: 0; background: #fbfaf7; font: 17px/1.6 Georgia, serif; color: #222 }
article { width: 360px; padding: 16px; box-sizing: border-box } h1 { font-size: 1.5em; line-height: 1.2 }</style></head>
<body><article><h1>Layover, one hundred days on</h1>
<p>It has been <span data-milestone-tracker data-layout="counter" data-count="inclusive" data-now="${NOW}"></span> since V's first solo album came out, and the records keep coming.</p>
<div data-milestone-tracker data-layout="card" data-count="inclusive" data-now="${NOW}"></div>
<p>More on the chart run next week.</p></article>
<script type="module" src="${widget.url}/embed.js"></script></body></html>`,
}, { prefix: '/' });
const browser = await launch();
try {
  const post = await openPage(browser, `${blog.url}/post.html`, { viewport: { width: 360, height: 800 } });
  await post.waitForFunction(() => [...document.querySelectorAll('[data-milestone-tracker]')]
    .every((m) => m.shadowRoot?.querySelector('.mt[data-state=ready]')), null, { timeout: 30_000 });
  await post.screenshot({ path: docs('blog-layouts.png'), fullPage: true });

  const phone = await rendered(await openPage(browser, `${widget.url}/index.html?now=${encodeURIComponent(NOW)}&count=inclusive`, { viewport: { width: 360, height: 780 } }));
  await phone.screenshot({ path: docs('phone.png'), fullPage: true });

  const wide = await rendered(await openPage(browser, `${widget.url}/index.html?now=${encodeURIComponent(NOW)}&count=inclusive`, { viewport: { width: 1000, height: 900 } }));
  await wide.locator('.mt-timeline').screenshot({ path: docs('timeline.png') });
  console.log('wrote docs/blog-layouts.png, docs/phone.png, docs/timeline.png');
} finally {
  await browser.close();
  await widget.close();
  await blog.close();
}
