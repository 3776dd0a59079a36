// Embedding as a blogger does it, against the built dist/: a blog on another origin with hostile CSS and
// in-page mounts, an iframe that follows its content's height, deep links, standalone.html from file://,
// dist/ under a sub-path, and the editor's embed snippets ("Embed this tracker").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { serve, openPage, rendered, scratchDir, recordWasmRequests, setup, DIST, HOOKS_DIST } from './harness.mjs';

const SUBPATH = '/someone/tracker/';

const HOSTILE_CSS = `<style>
  html { font-size: 40px; }
  * { color: rgb(255, 0, 0) !important; font-family: serif !important; }
  div, p, h1, h2, h3 { font-size: 40px !important; margin: 30px !important; }
  .mt, .mt-counter { display: none !important; }
  h1.mt-album { font-size: 50px; }
  #second { --mt-accent: rgb(0, 128, 0); }
</style>`;

const otherAlbum = JSON.stringify({
  subject: {
    artist: 'Example Artist (made-up test data)', album: 'Second Album', home_zone: 'Europe/London',
    release: '2024-01-01', sources: [{ publication: 'Made-up test data', date: '2024-01-02' }],
  },
});

function blogPage(widgetUrl, body) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>A fan blog</title><link rel="icon" href="data:,">${HOSTILE_CSS}</head>
<body><h1 class="mt-album" id="blog-title">My blog post</h1>${body}
<script type="module" src="${widgetUrl}/embed.js"></script></body></html>`;
}

const env = setup({
  // The widget on its own origin, under a sub-path, with CORS as static hosts send it.
  widget: () => serve(DIST, {}, { prefix: SUBPATH, cors: true }),
  // The same files on a plain static host: no Access-Control-Allow-Origin.
  plain: () => serve(DIST, {}, { prefix: SUBPATH }),
  // The same widget built with the test hooks (a deliberate panic), for the crash tests only.
  hooks: () => serve(HOOKS_DIST, {}, { prefix: SUBPATH, cors: true }),
  blog: ({ widget, hooks }) => serve(DIST, {
    '/mounts.html': blogPage(widget.url, `
      <div data-milestone-tracker id="first" data-now="2023-12-16T09:00:00+09:00" data-count="inclusive"></div>
      <p id="between">Blog text between the widgets.</p>
      <div data-milestone-tracker id="second" data-now="2024-06-01T12:00:00Z" data-source="#second-data"></div>
      <script type="application/json" id="second-data">${otherAlbum}</script>
      <div data-milestone-tracker id="third" data-source="#nowhere"></div>`),
    '/long.html': blogPage(widget.url, `
      <div data-milestone-tracker id="near" data-now="2023-12-16T09:00:00+09:00"></div>
      <div id="long-post" style="height: 20000px">A long post.</div>
      <div data-milestone-tracker id="far" data-now="2023-12-16T09:00:00+09:00" data-lang="ko"></div>`),
    '/iframe.html': blogPage(widget.url, `
      <iframe id="frame" src="${widget.url}/index.html?now=2023-12-16T09:00:00%2B09:00" width="600" height="300"></iframe>`),
    '/crash.html': blogPage(hooks.url, `
      <div data-milestone-tracker id="first" data-now="2023-12-16T09:00:00+09:00" data-count="inclusive"></div>
      <div data-milestone-tracker id="second" data-now="2024-06-01T12:00:00Z" data-source="#second-data"></div>
      <script type="application/json" id="second-data">${otherAlbum}</script>`),
  }, { prefix: '/blog/' }),
});

test('two in-page mounts from another origin, each with its own options and data, untouched by the blog CSS', async () => {
  const page = await openPage(env.browser, `${env.blog.origin}/mounts.html`);
  const first = page.locator('#first [data-counter=album]');
  await first.waitFor({ timeout: 30_000 });
  assert.equal(await first.getAttribute('data-days'), '100');
  const second = page.locator('#second');
  await second.locator('.mt-album').waitFor();
  assert.equal(await second.locator('.mt-album').textContent(), 'Second Album');
  assert.equal(await second.locator('[data-zone]').getAttribute('data-zone'), 'Europe/London');
  assert.equal(await second.locator('[data-counter=album]').getAttribute('data-days'), '152');

  // The blog's CSS does not reach inside: visible, our colours, our sizes.
  const look = await page.locator('#first .mt-milestone-title').first().evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, size: s.fontSize, family: s.fontFamily, shown: el.getBoundingClientRect().height > 0 };
  });
  assert.notEqual(look.color, 'rgb(255, 0, 0)');
  assert.equal(look.size, '16.8px');
  assert.doesNotMatch(look.family, /^serif$/);
  assert.ok(look.shown);
  // ...and ours does not leak out: the blog's own h1.mt-album keeps the blog's size.
  assert.equal(await page.locator('#blog-title').evaluate((el) => getComputedStyle(el).fontSize), '40px');
  assert.equal(await page.locator('#between').evaluate((el) => getComputedStyle(el).color), 'rgb(255, 0, 0)');

  // The blog restyles one widget through its mount element's custom properties, and only that one.
  const accent = (id) => page.locator(`${id} [data-counter=album] .mt-counter-value`).evaluate((el) => getComputedStyle(el).color);
  assert.equal(await accent('#second'), 'rgb(0, 128, 0)');
  assert.equal(await accent('#first'), 'rgb(123, 92, 214)');

  // A broken instance shows its own error; the others are unaffected.
  const alert = page.locator('#third [role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /data-source.*no element on the page matches "#nowhere"/);
  assert.equal(await page.locator('#first [data-counter^="track:"]').count(), 6);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('three in-page mounts fetch the glue and the wasm once, each running its own instance', async () => {
  const page = await env.browser.newPage();
  const wasmRequests = recordWasmRequests(page);
  const glueRequests = recordWasmRequests(page, '.js');
  await page.goto(`${env.blog.origin}/mounts.html`);
  await page.locator('#first [data-counter=album]').waitFor({ timeout: 30_000 });
  await page.locator('#second [data-counter=album]').waitFor();
  await page.locator('#third [role=alert]').waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(wasmRequests.length, 1, wasmRequests.join('\n'));
  // embed.js and the glue, once each.
  assert.deepEqual(glueRequests.map((u) => new URL(u).pathname.split('/').pop().replace(/-[0-9a-f]+\.js$/, '.js')).sort(),
    ['embed.js', 'milestone-tracker.js'], glueRequests.join('\n'));
  await page.close();
});

test('under a Content-Security-Policy without blob: scripts, each mount imports the glue itself and starts', async () => {
  const csp = `default-src 'none'; script-src ${env.widget.origin} 'wasm-unsafe-eval'; style-src 'unsafe-inline' ${env.widget.origin}; connect-src ${env.widget.origin}; img-src data:`;
  const strict = await serve(DIST, { '/post.html': blogPage(env.widget.url, `
      <div data-milestone-tracker id="first" data-now="2023-12-16T09:00:00+09:00" data-count="inclusive"></div>
      <div data-milestone-tracker id="second" data-now="2024-06-01T12:00:00Z"></div>`) }, { prefix: '/blog/', headers: { 'content-security-policy': csp } });
  try {
    const page = await env.browser.newPage();
    await page.goto(`${strict.origin}/post.html`);
    await page.locator('#first [data-counter=album]').waitFor({ timeout: 30_000 });
    await page.locator('#second [data-counter=album]').waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('#first [data-counter=album]').getAttribute('data-days'), '100');
    await page.close();
  } finally {
    await strict.close();
  }
});

test('a mount far down a long post starts only when the reader scrolls near it', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 800 } });
  const wasmRequests = recordWasmRequests(page);
  await page.goto(`${env.blog.origin}/long.html`);
  await page.locator('#near [data-counter=album]').waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  assert.equal(await page.locator('#far').evaluate((host) => host.shadowRoot), null, 'not started off screen');
  await page.locator('#far').scrollIntoViewIfNeeded();
  const far = page.locator('#far [data-counter=album]');
  await far.waitFor({ timeout: 30_000 });
  assert.equal(await far.getAttribute('data-days'), '99');
  assert.equal(await page.locator('#far .mt').getAttribute('lang'), 'ko');
  assert.equal(wasmRequests.length, 1, 'the second mount reuses the compiled wasm');
  await page.close();
});

test('in-page mounts still start when the host sends the wasm with the wrong media type', async () => {
  const context = await env.browser.newContext();
  await context.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.blog.origin}/mounts.html`);
  await page.locator('#first [data-counter=album]').waitFor({ timeout: 30_000 });
  await page.locator('#second [data-counter=album]').waitFor();
  assert.equal(await page.locator('#first [data-counter=album]').getAttribute('data-days'), '100');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an iframe follows its content height, also after a resize', async () => {
  const page = await openPage(env.browser, `${env.blog.origin}/iframe.html`, { viewport: { width: 1100, height: 800 } });
  const frameEl = page.locator('#frame');
  const frame = page.frameLocator('#frame');
  await frame.locator('[data-counter=album]').waitFor({ timeout: 30_000 });
  const matches = async () => {
    const outer = await frameEl.evaluate((el) => el.clientHeight); // the content box, without the border
    const inner = await frame.locator('html').evaluate((el) => el.getBoundingClientRect().height);
    return Math.abs(outer - Math.ceil(inner)) <= 1 && outer > 1000 ? outer : 0;
  };
  const poll = async () => {
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
      const h = await matches();
      if (h) return h;
    }
    assert.fail('iframe height never matched its content');
  };
  const wide = await poll();
  await frameEl.evaluate((el) => { el.width = '340'; });
  await page.waitForFunction((h) => document.querySelector('#frame').clientHeight > h + 200, wide);
  const narrow = await poll();
  assert.ok(narrow > wide, `${narrow} > ${wide}`);
  await page.close();
});

test('a #m= deep link reaches the milestone, in the page and through an iframe', async () => {
  const page = await openPage(env.browser, `${env.blog.origin}/iframe.html#m=every-track-60m-spotify`);
  const card = page.frameLocator('#frame').locator('[data-milestone-id=every-track-60m-spotify]');
  await card.waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('#frame').src.endsWith('#m=every-track-60m-spotify'));
  await card.and(page.frameLocator('#frame').locator('[data-focused=true]')).waitFor({ timeout: 10_000 });
  await page.close();

  const own = await rendered(await openPage(env.browser, `${env.widget.url}/index.html?now=2024-01-01T00:00:00Z#m=album-600m-spotify`));
  assert.equal(await own.locator('[data-focused=true]').getAttribute('data-milestone-id'), 'album-600m-spotify');
  await own.evaluate(() => { location.hash = '#m=every-track-40m-spotify'; });
  await own.waitForFunction(() => document.querySelector('[data-focused=true]')?.dataset.milestoneId === 'every-track-40m-spotify');
  await own.close();
});

test('standalone.html works alone from file://, options included', async () => {
  const folder = await scratchDir();
  await copyFile(join(DIST, 'standalone.html'), join(folder, 'standalone.html'));
  const url = `${pathToFileURL(join(folder, 'standalone.html')).href}?now=2023-12-16T09:00:00%2B09:00&count=inclusive`;
  const page = await rendered(await openPage(env.browser, url));
  assert.equal(await page.locator('[data-counter=album]').getAttribute('data-days'), '100');
  assert.equal(await page.locator('[data-milestone-id]').count(), 5);
  assert.deepEqual(page.errors, []);
  await page.close();
  // Every language is inside the one file: Korean from file://, with nothing else to fetch.
  const korean = await rendered(await openPage(env.browser, `${url}&lang=ko`));
  assert.equal(await korean.locator('.mt').getAttribute('lang'), 'ko');
  assert.match(await korean.locator('#mt-milestones-title').textContent(), /기록/);
  assert.deepEqual(korean.errors, []);
  await korean.close();
});

test('a release carries English; another language\'s table is fetched once, only when a reader needs it', async () => {
  const fetched = async (query) => {
    const page = await env.browser.newPage();
    const tables = [];
    page.on('request', (r) => { if (/\/lang-[A-Za-z-]+-[0-9a-f]{12}\.json$/.test(new URL(r.url()).pathname)) tables.push(new URL(r.url()).pathname.split('/').pop()); });
    await page.goto(`${env.widget.url}/index.html?now=2023-12-16T09:00:00%2B09:00${query}`);
    await rendered(page);
    const lang = await page.locator('.mt').getAttribute('lang');
    const title = await page.locator('#mt-milestones-title').textContent();
    await page.close();
    return { tables, lang, title };
  };
  const english = await fetched('');
  assert.deepEqual(english.tables, []);
  assert.equal(english.lang, 'en');
  const korean = await fetched('&lang=ko');
  assert.equal(korean.tables.length, 1);
  assert.match(korean.tables[0], /^lang-ko-[0-9a-f]+\.json$/);
  assert.equal(korean.lang, 'ko');
  assert.equal(korean.title, '기록');
  const spanish = await fetched('&lang=es');
  assert.equal(spanish.title, 'Hitos');
});

test('a language table that does not arrive leaves the tracker in English, working', async () => {
  const context = await env.browser.newContext();
  await context.route('**/lang-ja-*.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${env.widget.url}/index.html?now=2023-12-16T09:00:00%2B09:00&lang=ja&count=inclusive`);
  await rendered(page);
  assert.equal(await page.locator('.mt').getAttribute('lang'), 'en');
  assert.equal(await page.locator('[data-counter=album]').getAttribute('data-days'), '100');
  assert.ok(warnings.some((w) => /the ja table could not be loaded .*HTTP 404.*showing English/.test(w)), warnings.join('\n'));
  await context.close();
});

test('dist/ works from a sub-path', async () => {
  const page = await rendered(await openPage(env.browser, `${env.widget.url}/?now=2023-10-26T12:00:00%2B09:00`));
  assert.equal(await page.locator('[data-counter=album]').getAttribute('data-days'), '48');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('"Embed this tracker" leads to the editor, whose snippets carry the preview\'s options and layout, and copy', async () => {
  const context = await env.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.widget.origin });
  const page = await context.newPage();
  await page.goto(`${env.widget.url}/index.html`);
  await page.getByRole('link', { name: 'Embed this tracker' }).click();
  await page.locator('#embed').waitFor({ timeout: 30_000 });
  assert.match(page.url(), /\/editor\.html#embed$/);
  await page.locator('#ed-count').selectOption('inclusive');
  await page.locator('#ed-zone').selectOption('local');
  await page.locator('#ed-layout').selectOption('card');
  await page.locator('.ed-preview .mt[data-layout=card]').waitFor();
  const iframe = await page.locator('#ed-snippet-builtin-iframe').inputValue();
  // Inside the frame element, the fallback line: never shown by a browser, left where iframes are stripped.
  const src = `${env.widget.url}/index.html?tz=local&amp;count=inclusive&amp;layout=card`;
  assert.match(iframe.split('\n')[0], new RegExp(`^<iframe src="${src.replace(/[.?+]/g, '\\$&')}" title="Milestone tracker" loading="lazy" width="100%" height="410" style="border:0;max-width:100%"><a href="${src.replace(/[.?+]/g, '\\$&')}">Layover: D\\+\\d+, [A-Z][a-z]+ \\d+, \\d{4}</a></iframe>$`));
  const mount = await page.locator('#ed-snippet-builtin').inputValue();
  // A <milestone-tracker> holding the album's count today, linked to the tracker's page, for readers
  // whose page does not run the widget.
  const page_url = `${env.widget.url}/index.html?tz=local&amp;count=inclusive&amp;layout=card`.replace(/[.?+]/g, '\\$&');
  assert.match(mount, new RegExp(`^<milestone-tracker tz="local" count="inclusive" layout="card"><a href="${page_url}">Layover: D\\+\\d+, [A-Z][a-z]+ \\d+, \\d{4}</a></milestone-tracker>\n<style><!--milestone-tracker[^\n]*--></style>\n<script type="module" src="${env.widget.url.replace(/[.?+]/g, '\\$&')}/embed.js"></script>$`), mount);
  // The built-in album's snippets need no data of the author's: they copy with the draft empty.
  await page.locator('button[data-copy=builtin]').click();
  // The label changes once the browser has said the copy was made (the clipboard answers later).
  await page.waitForFunction(() => document.querySelector('button[data-copy=builtin]').textContent === 'Copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), mount);
  // Pasted into a page as written (with hostile CSS), it shows the card, counted as chosen.
  await page.setContent(`<!doctype html><html><body>${HOSTILE_CSS}${mount}</body></html>`);
  const card = page.locator('milestone-tracker .mt[data-layout=card] [data-counter=album]');
  await card.waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('milestone-tracker .mt').getAttribute('data-count-mode'), 'inclusive');
  await context.close();
});

test('an iframe without embed.js fits its layout in a 360 px column, in every language: nothing cut, at most a tenth empty', async () => {
  const editor = await openPage(env.browser, `${env.widget.url}/editor.html#embed`);
  await editor.locator('#embed').waitFor({ timeout: 30_000 });
  const blog = await env.browser.newPage({ viewport: { width: 400, height: 900 } });
  for (const layout of ['full', 'card', 'counter']) {
    await editor.locator('#ed-layout').selectOption(layout);
    await editor.locator(`.ed-preview .mt[data-layout=${layout}]`).waitFor();
    const snippet = (await editor.locator('#ed-snippet-builtin-iframe').inputValue()).split('\n')[0];
    const height = Number(/ height="(\d+)"/.exec(snippet)[1]);
    const src = new URL(/ src="([^"]+)"/.exec(snippet)[1].replaceAll('&amp;', '&'));
    for (const lang of ['en', 'ko', 'ja', 'es', 'id', 'pt-BR', 'th', 'vi', 'zh-Hans', 'zh-Hant', 'fil', 'ms', 'ar']) {
      for (const count of ['elapsed', 'inclusive']) {
        Object.entries({ lang, count, now: '2023-12-16T09:00:00+09:00' }).forEach(([k, v]) => src.searchParams.set(k, v));
        // The snippet as pasted, without embed.js, in a 360 px column.
        await blog.setContent(`<div style="width:360px">${snippet.replace(/ src="[^"]+"/, ` src="${src.href.replaceAll('&', '&amp;')}"`)}</div>`);
        const frame = await (await blog.waitForSelector('iframe')).contentFrame();
        await frame.waitForSelector('.mt[data-state=ready]', { timeout: 30_000 });
        const shown = await frame.evaluate(() => ({
          content: document.body.getBoundingClientRect().height,
          footer: getComputedStyle(document.querySelector('.mt-page-footer')).display,
        }));
        const what = `${layout}, ${lang}, ${count}: ${shown.content} px in a ${height} px frame`;
        assert.ok(shown.content <= height + 0.5, `cut: ${what}`);
        assert.ok((height - shown.content) / height <= 0.1, `more than a tenth empty: ${what}`);
        assert.equal(shown.footer, 'none', `the frame shows the tracker only: ${what}`);
      }
    }
  }
  await blog.close();
  await editor.close();
});

test('a mount whose wasm cannot load says so, in its language', async () => {
  const context = await env.browser.newContext();
  await context.route('**/*.wasm', (route) => route.abort());
  const page = await context.newPage();
  await page.setContent(blogPage(env.widget.url, `<div data-milestone-tracker id="ko" data-lang="ko"></div><div data-milestone-tracker id="en"></div>
    <div data-milestone-tracker id="tw" data-lang="zh-TW"></div><div data-milestone-tracker id="ar" data-lang="ar-EG"></div>`));
  const ko = page.locator('#ko [role=alert]');
  await ko.waitFor({ timeout: 30_000 });
  assert.equal(await ko.getAttribute('lang'), 'ko');
  assert.match(await ko.textContent(), /^기록 트래커를 시작할 수 없습니다: /);
  assert.match(await page.locator('#en [role=alert]').textContent(), /^The milestone tracker could not start: /);
  // embed.js negotiates as the app does (zh-TW is Traditional Chinese), and Arabic reads right to left.
  const tw = page.locator('#tw [role=alert]');
  assert.deepEqual([await tw.getAttribute('lang'), await tw.getAttribute('dir')], ['zh-Hant', 'ltr']);
  assert.match(await tw.textContent(), /^紀錄追蹤器無法啟動: /);
  const ar = page.locator('#ar [role=alert]');
  assert.deepEqual([await ar.getAttribute('lang'), await ar.getAttribute('dir')], ['ar', 'rtl']);
  assert.match(await ar.textContent(), /^تعذّر تشغيل متتبّع الإنجازات: /);
  await context.close();
});

/** A <milestone-tracker> as a blogger pastes it: options as attributes, a line for where it cannot run. */
const CUSTOM = (widgetUrl) => `<p id="before">Before.</p>
<milestone-tracker id="mt" layout="card" count="inclusive" now="2023-12-16T09:00:00+09:00"><a id="fallback" href="${widgetUrl}/index.html">Layover: D+100 on December 16, 2023</a></milestone-tracker>
<p id="after">After.</p>`;

test('<milestone-tracker>: the tracker replaces its fallback line where it starts; the line stays where scripts are stripped or blocked', async () => {
  // On the blog's own origin (another than the widget's), as a post is.
  const page = await openPage(env.browser, `${env.blog.url}/mounts.html`);
  // Started: the card, counted as its attributes say; the fallback no longer shown.
  await page.setContent(blogPage(env.widget.url, CUSTOM(env.widget.url)));
  await page.waitForFunction(() => document.getElementById('mt').shadowRoot?.querySelector('.mt[data-state=ready][data-layout=card]'), null, { timeout: 30_000 })
    .catch(async (e) => { throw new Error(`${await page.evaluate(() => document.getElementById('mt')?.shadowRoot?.innerHTML.slice(0, 600) ?? 'no shadow root')} ${page.errors.join(' | ')} ${await page.content()}`.slice(0, 1500), { cause: e }); });
  assert.equal(await page.evaluate(() => document.getElementById('mt').shadowRoot.querySelector('[data-counter=album]').dataset.days), '100');
  assert.equal(await page.locator('#fallback').isVisible(), false);
  // Scripts stripped (no embed.js): the line shows, as a link to the tracker.
  await page.setContent(`<!doctype html><html><body>${CUSTOM(env.widget.url)}</body></html>`);
  assert.equal(await page.locator('#fallback').isVisible(), true);
  // A widget host without CORS: the browser refuses embed.js, and the line stays, with its height; the
  // console (F12) names CORS.
  const logged = [];
  page.on('console', (m) => logged.push(m.text()));
  await page.setContent(blogPage(env.plain.url, CUSTOM(env.plain.url)));
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('#fallback').isVisible(), true);
  assert.ok((await page.locator('#mt').boundingBox()).height > 0, 'no 0 px box');
  assert.ok(logged.some((t) => /embed\.js.*CORS policy.*Access-Control-Allow-Origin/.test(t)), logged.join(' | '));
  await page.close();
});

test('<milestone-tracker> whose wasm cannot start keeps its fallback and says why in the console', async () => {
  const context = await env.browser.newContext();
  await context.route('**/*.wasm', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${env.blog.url}/mounts.html`);
  const logged = [];
  page.on('console', (m) => { if (m.type() === 'error') logged.push(m.text()); });
  await page.setContent(blogPage(env.widget.url, CUSTOM(env.widget.url)));
  for (let i = 0; i < 100 && !logged.some((t) => /milestone tracker:/.test(t)); i += 1) await page.waitForTimeout(100);
  assert.ok(logged.some((t) => /milestone tracker: it could not start here .*could not be reached: check that address/.test(t)), logged.join(' | '));
  assert.equal(await page.locator('#fallback').isVisible(), true);
  await context.close();
});

/** Waits for the console line of a mount that could not start, and for the tracker `id` shows in a frame. */
async function framedTracker(page, logged, id) {
  for (let i = 0; i < 150 && !logged.some((t) => /milestone tracker:/.test(t)); i += 1) await page.waitForTimeout(100);
  const frame = page.locator(`#${id}`).locator('iframe');
  await frame.waitFor({ timeout: 30_000 });
  await page.waitForFunction((id) => document.getElementById(id).shadowRoot.querySelector('iframe')?.style.visibility === '', id, { timeout: 30_000 });
  const inside = await (await frame.elementHandle()).contentFrame();
  return {
    days: await inside.locator('.mt[data-state=ready] [data-counter=album]').first().getAttribute('data-days'),
    layout: await inside.locator('.mt[data-state=ready]').first().getAttribute('data-layout'),
    height: (await frame.boundingBox()).height,
    fallback: await page.locator('#fallback').isVisible(),
  };
}

test('a widget host that lets other sites load embed.js but not the wasm: the console names the header, and the tracker shows in a frame of its own page', async () => {
  // embed.js comes with Access-Control-Allow-Origin, the glue and the wasm without; the frame's page
  // reads them on their own site, where no header is needed.
  const halfway = await serve(DIST, {}, { prefix: SUBPATH, cors: (path) => path.endsWith('/embed.js') });
  const page = await env.browser.newPage();
  const logged = [];
  page.on('console', (m) => { if (m.type() === 'error') logged.push(m.text()); });
  await page.goto(`${env.blog.url}/mounts.html`);
  await page.setContent(blogPage(halfway.url, CUSTOM(halfway.url)));
  const shown = await framedTracker(page, logged, 'mt');
  assert.ok(logged.some((t) => /does not let other sites use its files: it must send the header Access-Control-Allow-Origin/.test(t)
    && /in a frame of its own page/.test(t)), logged.join(' | '));
  assert.deepEqual({ days: shown.days, layout: shown.layout, fallback: shown.fallback }, { days: '100', layout: 'card', fallback: false });
  assert.ok(shown.height > 250 && shown.height < 600, `the card's frame is ${shown.height} px tall`);
  await page.close();
  await halfway.close();
});

test("a blog whose Content-Security-Policy refuses WebAssembly: the console says to add 'wasm-unsafe-eval', and the tracker shows in a frame; data written into the page keeps its line", async () => {
  const csp = `default-src 'none'; script-src ${env.widget.origin}; style-src 'unsafe-inline' ${env.widget.origin}; connect-src ${env.widget.origin}; frame-src ${env.widget.origin}; img-src data:`;
  const strict = await serve(DIST, { '/post.html': blogPage(env.widget.url, `${CUSTOM(env.widget.url)}
      <milestone-tracker id="inline" source="#second-data"><a id="inline-line" href="${env.widget.url}/index.html">Second Album</a></milestone-tracker>
      <script type="application/json" id="second-data">${otherAlbum}</script>`) }, { prefix: '/blog/', headers: { 'content-security-policy': csp } });
  try {
    const page = await env.browser.newPage();
    const logged = [];
    page.on('console', (m) => { if (m.type() === 'error') logged.push(m.text()); });
    await page.goto(`${strict.origin}/post.html`);
    const shown = await framedTracker(page, logged, 'mt');
    assert.deepEqual({ days: shown.days, layout: shown.layout, fallback: shown.fallback }, { days: '100', layout: 'card', fallback: false });
    assert.ok(logged.some((t) => /Content-Security-Policy does not allow WebAssembly: add 'wasm-unsafe-eval' to its script-src/.test(t)), logged.join(' | '));
    // The data in the page cannot go into a frame of another site: the line stays, and no frame is made.
    assert.equal(await page.locator('#inline-line').isVisible(), true);
    assert.equal(await page.evaluate(() => document.getElementById('inline').shadowRoot?.querySelector('iframe') ?? null), null);
    await page.close();
  } finally {
    await strict.close();
  }
});

test('the release dist/ holds no test hook', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  for (const name of readdirSync(DIST)) {
    const text = readFileSync(join(DIST, name), 'latin1');
    for (const hook of ['panicForTests', 'measureLoad']) assert.ok(!text.includes(hook), `${hook} in dist/${name}`);
  }
  const page = await rendered(await openPage(env.browser, `${env.widget.url}/index.html`));
  assert.equal(await page.evaluate(() => typeof window.wasmBindings?.panicForTests), 'undefined');
  assert.equal(await page.evaluate(() => typeof window.wasmBindings?.mount_tracker), 'function');
  await page.close();
});

test('a crash (panic) in one in-page mount shows an error there; the other keeps working', async () => {
  const page = await openPage(env.browser, `${env.blog.origin}/crash.html`);
  await page.locator('#first [data-counter=album]').waitFor({ timeout: 30_000 });
  await page.locator('#second [data-counter=album]').waitFor();
  // The test build's hook: #first's own instance panics (its root is the last child of its shadow root).
  await page.evaluate(() => document.querySelector('#first').shadowRoot.lastElementChild.dispatchEvent(new Event('panic-for-tests')));
  const crash = page.locator('#first [data-panel=crash][role=alert]');
  await crash.waitFor();
  assert.match(await crash.textContent(), /stopped because of an internal error.*a deliberate panic/s);
  assert.equal(await page.locator('#first [data-counter=album]').isVisible(), false);
  // The other instance still ticks and still answers the reader.
  const clock = page.locator('#second [data-clock]');
  const before = await clock.textContent();
  await page.waitForFunction((t) => document.querySelector('#second').shadowRoot.querySelector('[data-clock]').textContent !== t, before);
  await page.locator('#second button[data-count-mode=inclusive]').click();
  await page.waitForFunction(() => document.querySelector('#second').shadowRoot.querySelector('[data-counter=album]').dataset.days === '153');
  assert.equal(await page.locator('#second [data-panel=crash]').count(), 0);
  await page.close();
});

test('a crash on the tracker\'s own page is shown, not a blank page', async () => {
  const page = await rendered(await openPage(env.browser, `${env.hooks.url}/index.html`));
  await page.evaluate(() => { try { window.wasmBindings.panicForTests(); } catch {} });
  await page.locator('[data-panel=crash][role=alert]').waitFor();
  assert.match(await page.locator('[data-panel=crash]').textContent(), /internal error/);
  await page.close();
});

test('the crash notice speaks the reader\'s language', async () => {
  const page = await rendered(await openPage(env.browser, `${env.hooks.url}/index.html?lang=ko`));
  await page.evaluate(() => { try { window.wasmBindings.panicForTests(); } catch {} });
  const crash = page.locator('[data-panel=crash][role=alert]');
  await crash.waitFor();
  assert.equal(await crash.getAttribute('lang'), 'ko');
  assert.match(await crash.textContent(), /내부 오류로 기록 트래커가 멈췄습니다/);
  await page.close();
});

/** The layout shift a reader sees while `html` loads on a slow connection (1.6 Mbit/s, 150 ms): the
 * sum of the page's layout-shift entries, once the tracker in it is ready and a second has passed. */
async function layoutShift(html) {
  const blog = await serve(await scratchDir(), { '/post.html': html });
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 });
  try {
    await page.goto(`${blog.origin}/post.html`);
    await page.waitForFunction(() => document.querySelector('milestone-tracker')?.shadowRoot?.querySelector('.mt[data-state=ready]'), null, { timeout: 60_000 });
    await page.waitForTimeout(1_000);
    return await page.evaluate(() => window.__shift);
  } finally {
    await context.close();
    await blog.close();
  }
}

test('a full tracker pasted as the editor writes it keeps its place: layout shift under 0.1 on a slow connection', async () => {
  const editor = await openPage(env.browser, `${env.widget.url}/editor.html#embed`);
  const snippet = await editor.locator('#ed-snippet-builtin').inputValue();
  await editor.close();
  assert.match(snippet, /<style><!--milestone-tracker/);
  const text = 'The post goes on below the tracker, as a fan writes it, with a few lines in each paragraph. ';
  const post = (s) => `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>A post</title><link rel="icon" href="data:,"></head>
<body style="margin:0;padding:0 12px;font:16px/1.5 serif"><h1>My post</h1><p>${text}</p>${s}${`<p>${text.repeat(3)}</p>`.repeat(12)}</body></html>`;
  const withStyle = await layoutShift(post(snippet));
  // The same snippet without its style: only embed.js keeps the place, once it has arrived.
  const withoutStyle = await layoutShift(post(snippet.replace(/<style>.*<\/style>\n/, '')));
  console.log(`layout shift: ${withStyle.toFixed(3)} with the snippet's style, ${withoutStyle.toFixed(3)} without it`);
  assert.ok(withStyle < 0.1, `layout shift ${withStyle}`);
  // Without it, the measure sees the post jump: what the style is for.
  assert.ok(withoutStyle > 0.1, `layout shift without the style ${withoutStyle}`);
});
