// "A page of its own", as a blogger uses it: the editor's Publish makes a zip; its folder, unpacked and
// served as a static host serves it, is a page readable with no script and live with one, whose link
// preview a real Open Graph parser reads (title, description, a 1200×630 PNG), whose calendar feed a real
// iCalendar parser reads, and whose oEmbed answer frames a page that speaks WordPress's embed protocol
// inside `sandbox="allow-scripts"`: no exception, its height sent with the secret, links through the
// parent, no share button offered where nothing can be copied or saved. Without CORS on the widget's
// host the frame still shows the count of the publish day, sized.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import ogs from 'open-graph-scraper';
import { PNG } from 'pngjs';
import ICAL from 'ical.js';
import { serve, setup, scratchDir, publishFromEditor, DIST, ROOT } from './harness.mjs';

const LAYOVER = join(ROOT, 'static', 'layover.json');
const SECRET = 'a1B2c3D4e5';
const published = await scratchDir();

const env = setup({
  // The widget on a host that sends CORS (as GitHub Pages does), and on one that does not.
  widget: () => serve(DIST, {}, { cors: true }),
  plain: () => serve(DIST),
  // Where the blogger uploads the published folders (CORS: the frame's origin is opaque).
  site: () => serve(published, {}, { cors: true }),
  blog: () => serve(published, {
    '/post.html': `<!doctype html><meta charset="utf-8"><title>post</title><link rel="icon" href="data:,"><body><script>
      window.got = [];
      addEventListener('message', (e) => window.got.push(e.data));
      function frame(src) {
        const f = document.createElement('iframe');
        f.setAttribute('sandbox', 'allow-scripts');
        f.src = src + '#?secret=${SECRET}';
        f.width = 600; f.height = 200;
        f.onload = () => f.contentWindow.postMessage({ message: 'ready', secret: '${SECRET}' }, '*');
        document.body.append(f);
      }
      frame(new URLSearchParams(location.search).get('src'));
    </script></body>`,
  }),
});

/** Publishes Layover from the editor on `widget` as `folder` on the site; the unpacked folder's path. */
async function publishFrom(widget, folder) {
  const done = await publishFromEditor(env.browser, `${widget.url}/editor.html`, LAYOVER, env.site.url, folder, published);
  assert.equal(done.disabledWithoutAddress, true, 'no address, no folder');
  assert.equal(done.zipName, `${folder}-page.zip`);
  assert.match(done.said, new RegExp(`Downloaded ${folder}-page\\.zip\\. Upload its files to ${env.site.url}/${folder}/`));
  assert.deepEqual(done.errors, []);
  return done.dir;
}

test('the published folder: a page readable without script and live with it, its link preview, image and calendar', async () => {
  const dir = await publishFrom(env.widget, 'layover');
  assert.deepEqual((await readdir(dir)).sort(), [
    'README.txt', 'frame-card.html', 'frame-full.html', 'full.html', 'index.html', 'layover.ics', 'layover.json',
    'layover.png', 'oembed-card.json', 'oembed-full.json',
  ]);
  assert.deepEqual(JSON.parse(await readFile(join(dir, 'layover.json'), 'utf8')), JSON.parse(await readFile(LAYOVER, 'utf8')));
  const folder = `${env.site.url}/layover/`;

  // The link preview, as a preview bot reads it: the page's HTML, no script.
  const { result } = await ogs({ html: await readFile(join(dir, 'index.html'), 'utf8') });
  assert.equal(result.ogTitle, 'Layover · V (Kim Taehyung)');
  assert.match(result.ogDescription, /^\d+ days since release \(.+\)\. Released: September 8, 2023\. Latest milestone: .+\.$/);
  assert.equal(result.ogUrl, folder);
  assert.equal(result.ogImage[0].url, `${folder}layover.png`);
  assert.equal(result.twitterCard, 'summary_large_image');
  const png = PNG.sync.read(await readFile(join(dir, 'layover.png')));
  assert.deepEqual([png.width, png.height], [1200, 630]);

  // The calendar feed: the next anniversaries, none before today.
  const calendar = new ICAL.Component(ICAL.parse(await readFile(join(dir, 'layover.ics'), 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  assert.ok(events.length >= 5, `${events.length} events`);
  const today = new Date().toISOString().slice(0, 10);
  assert.ok(events.every((e) => e.startDate.toString() >= new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10)), today);
  assert.ok(events.some((e) => /100|anniversary|1st/i.test(e.summary)), events.map((e) => e.summary).join(' | '));

  // The oEmbed answer the page's discovery link names.
  const answer = JSON.parse(await readFile(join(dir, 'oembed-card.json'), 'utf8'));
  assert.equal(answer.type, 'rich');
  assert.match(answer.html, new RegExp(`^<blockquote class="wp-embedded-content"><a href="${folder}">`));
  assert.match(answer.html, new RegExp(`<iframe class="wp-embedded-content" src="${folder}frame-card.html"`));

  // Without script: the text, counted to the publish day.
  const still = await env.browser.newContext({ javaScriptEnabled: false });
  const plain = await still.newPage();
  await plain.goto(folder);
  const text = await plain.locator('.mt-static').innerText();
  assert.match(text, /Layover[\s\S]*Released: September 8, 2023[\s\S]*\d+ days since release[\s\S]*Milestones/);
  assert.equal(await plain.locator('.mt-static li').count(), 5);
  await still.close();

  // With script: the live tracker, from the data file beside the page.
  const page = await env.browser.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(folder);
  await page.waitForFunction(() => document.querySelector('milestone-tracker')?.shadowRoot?.querySelector('.mt[data-state=ready]'), null, { timeout: 30_000 });
  assert.equal(await page.evaluate(() => document.querySelector('milestone-tracker').shadowRoot.querySelectorAll('[data-milestone-id]').length), 5);
  assert.deepEqual(page.errors, []);
  await page.close();
});

/** A blog post framing `src` as WordPress does; the messages its parent got once `done` holds. */
async function framed(src, done) {
  const page = await env.browser.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(`${env.blog.url}/post.html?src=${encodeURIComponent(src)}`);
  await page.waitForFunction(done, SECRET, { timeout: 30_000 });
  return page;
}

const heights = (got, secret) => got.filter((d) => d?.message === 'height' && d.secret === secret).map((d) => d.value);

test('the frame in WordPress\'s sandbox: live, sized by the protocol, links through the parent, no share buttons', async () => {
  await publishFrom(env.widget, 'layover');
  const src = `${env.site.url}/layover/frame-full.html`;
  const page = await framed(src, (secret) => window.got.some((d) => d?.message === 'height' && d.secret === secret && d.value > 1000));
  const frame = page.frames().find((f) => f.url().startsWith(src));
  await frame.waitForFunction(() => document.querySelector('milestone-tracker')?.shadowRoot?.querySelector('.mt[data-state=ready]'), null, { timeout: 30_000 });
  const got = await page.evaluate(() => window.got);
  assert.ok(heights(got, SECRET).length >= 2, 'a height on start and after "ready"');
  assert.ok(got.some((d) => d?.type === 'milestone-tracker:height'), 'the widget\'s own height message too');
  // An opaque origin: nothing can be copied or saved, so nothing offers to.
  const shares = await frame.evaluate(() => [...document.querySelector('milestone-tracker').shadowRoot.querySelectorAll('.mt-share')]
    .map((p) => getComputedStyle(p).display));
  assert.ok(shares.length > 0 && shares.every((d) => d === 'none'), shares.join());
  // A link in the tracker (in its shadow root, as a source's link is) asks the blog's tab to go there.
  const target = `${env.site.url}/layover/full.html`;
  await frame.evaluate((href) => {
    const a = Object.assign(document.createElement('a'), { href, textContent: 'a source' });
    document.querySelector('milestone-tracker').shadowRoot.querySelector('.mt').append(a);
    a.click();
  }, target);
  await page.waitForFunction(({ secret, target }) => window.got.some((d) => d?.message === 'link' && d.secret === secret && d.value === target), { secret: SECRET, target });
  assert.equal(frame.url().split('#')[0], src, 'the frame itself did not navigate');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('with no CORS on the widget\'s host, the frame still shows the publish day\'s count, sized', async () => {
  await publishFrom(env.plain, 'plain');
  const src = `${env.site.url}/plain/frame-card.html`;
  const page = await framed(src, (secret) => window.got.some((d) => d?.message === 'height' && d.secret === secret));
  const frame = page.frames().find((f) => f.url().startsWith(src));
  assert.match(await frame.locator('.mt-static').innerText(), /\d+ days since release/);
  const [height] = heights(await page.evaluate(() => window.got), SECRET);
  assert.ok(height > 150 && height < 1000, `${height}`);
  await page.close();
});
