// The essentials in every engine a reader uses, through WebDriver: Chromium, Firefox ESR and WebKitGTK
// (Safari's engine). Counts in both modes and in another zone, Korean, Arabic right to left and Thai
// wrapping in a phone's width, a broken dataset's alert, an
// in-page mount on another origin, the card and counter layouts (the counter inside a sentence), a
// <milestone-tracker>'s line where its host sends no CORS header and its frame where the host refuses
// the wasm only, standalone.html from file://, the editor's import, and a published folder's frame
// inside WordPress's sandbox. A failure in any engine fails the tier.
import { describe, test as nodeTest, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, withInlineData, scratchDir, launch, publishFromEditor, DIST, ROOT } from '../harness.mjs';
import { startEngine, stopDisplay } from './webdriver.mjs';

const NOW = 'now=2023-12-16T09:00:00%2B09:00';
const servers = {};

before(async () => {
  servers.widget = await serve(DIST, {}, { prefix: '/', cors: true });
  // A plain static host (no CORS header), and one that sends it for embed.js only.
  servers.plain = await serve(DIST, {}, { prefix: '/' });
  servers.halfway = await serve(DIST, {}, { prefix: '/', cors: (path) => path.endsWith('/embed.js') });
  const custom = (widget) => `<!doctype html><html><head><meta charset="utf-8"><title>A blog</title></head><body>
      <article style="width:360px"><p>Before.</p>
      <milestone-tracker id="mt" layout="card" count="inclusive" now="2023-12-16T09:00:00+09:00"><a id="fallback" href="${widget.url}/index.html">Layover: D+100, December 16, 2023</a></milestone-tracker>
      <p>After.</p></article><script type="module" src="${widget.url}/embed.js"></script></body></html>`;
  const broken = await withInlineData(DIST, '{\n  "subject": {\n    "artist": "X",\n    "album": 12\n  }\n}');
  // Layover with an Arabic and a long Thai milestone title.
  const mixed = JSON.parse(await readFile(join(ROOT, 'static', 'layover.json'), 'utf8'));
  mixed.milestones[0].title = 'أول ألبوم منفرد يتجاوز 100 مليون بث';
  mixed.milestones[1].title = 'สถิติการสตรีมมิงที่ยอดเยี่ยมที่สุดของศิลปินเดี่ยวชาวเกาหลีบนแพลตฟอร์มสปอติฟายในปีนี้';
  servers.blog = await serve(DIST, {
    '/post.html': `<!doctype html><html><head><meta charset="utf-8"><title>A blog</title></head><body>
      <article style="width:360px"><h1>A post</h1>
      <div data-milestone-tracker id="full" data-now="2023-12-16T09:00:00+09:00" data-count="inclusive"></div>
      <div data-milestone-tracker id="card" data-layout="card" data-now="2023-12-16T09:00:00+09:00"></div>
      <p id="sentence" style="line-height:24px">It has been <span data-milestone-tracker id="counter" data-layout="counter" data-now="2023-12-16T09:00:00+09:00"></span> so far.</p>
      </article><script type="module" src="${servers.widget.url}/embed.js"></script></body></html>`,
    '/broken.html': broken,
    '/mixed.html': await withInlineData(DIST, JSON.stringify(mixed)),
    '/no-cors.html': custom(servers.plain),
    '/halfway.html': custom(servers.halfway),
  }, { prefix: '/' });
  // A folder published from the editor (in Chromium through playwright), served with CORS, and a blog
  // post framing it as WordPress does: sandbox="allow-scripts", the secret in the fragment.
  const published = await scratchDir();
  servers.site = await serve(published, {}, { cors: true });
  const chromium = await launch();
  const done = await publishFromEditor(chromium, `${servers.widget.url}/editor.html`, join(ROOT, 'static', 'layover.json'), servers.site.url, 'layover', published);
  await chromium.close();
  if (done.errors.length) throw new Error(done.errors.join(' | '));
  servers.wordpress = await serve(published, {
    '/post.html': `<!doctype html><html><head><meta charset="utf-8"><title>A post</title></head><body><script>
      window.got = [];
      addEventListener('message', (e) => window.got.push(e.data));
    </script><iframe id="embed" sandbox="allow-scripts" width="600" height="200"
      src="${servers.site.url}/layover/frame-full.html#?secret=a1B2c3D4e5"
      onload="this.contentWindow.postMessage({ message: 'ready', secret: 'a1B2c3D4e5' }, '*')"></iframe></body></html>`,
  });
  const folder = await scratchDir();
  await copyFile(join(DIST, 'standalone.html'), join(folder, 'standalone.html'));
  servers.standalone = pathToFileURL(join(folder, 'standalone.html')).href;
});

after(async () => {
  await servers.widget?.close();
  await servers.blog?.close();
  await servers.plain?.close();
  await servers.halfway?.close();
  await servers.site?.close();
  await servers.wordpress?.close();
  stopDisplay();
});

const days = () => document.querySelector('.mt[data-state=ready] [data-counter=album]')?.dataset.days;

for (const engine of ['chromium', 'firefox', 'webkit']) {
  describe(engine, { concurrency: 1 }, () => {
    let s;
    const open = async () => { s = await startEngine(engine); await s.size(1000, 1000); };
    before(open);
    after(async () => { await s?.close(); });
    // A test runs again once, in a new session, only when the browser itself died under it ("invalid
    // session id": WebKitGTK's web process was seen to abort in GLib once in a dozen runs); it says so.
    // Any assertion that fails, fails.
    const test = (name, body) => nodeTest(name, async () => {
      try {
        await body();
      } catch (error) {
        if (!/invalid session id/.test(String(error))) throw error;
        console.warn(`${engine}: the browser died during "${name}" (${error.message}); running it again in a new session`);
        await s?.close().catch(() => {});
        await open();
        await body();
      }
    });

    test('counts in both modes and in another zone', async () => {
      await s.goto(`${servers.widget.url}/index.html?${NOW}&count=inclusive`);
      assert.equal(await s.until(days), '100');
      await s.goto(`${servers.widget.url}/index.html?${NOW}&count=elapsed`);
      assert.equal(await s.until(days), '99');
      // 09:00 in Seoul is still the 15th in New York.
      await s.goto(`${servers.widget.url}/index.html?${NOW}&tz=America/New_York`);
      assert.equal(await s.until(days), '98');
    });

    test('Korean', async () => {
      await s.goto(`${servers.widget.url}/index.html?${NOW}&lang=ko&count=inclusive`);
      await s.until(days);
      assert.equal(await s.run(() => document.querySelector('.mt').getAttribute('lang')), 'ko');
      assert.match(await s.run(() => document.querySelector('[data-counter=album]').textContent), /일/);
    });

    test('Arabic reads right to left and Thai wraps, in a 360 px window, titles in their own direction', async () => {
      await s.size(360, 900);
      try {
        await s.goto(`${servers.blog.url}/mixed.html?${NOW}&lang=ar&count=inclusive`);
        assert.equal(await s.until(days), '100');
        const ar = await s.run(() => {
          const root = document.querySelector('.mt');
          const caption = document.querySelector('.mt-hero .mt-counter-caption');
          const card = document.querySelector('.mt-milestone');
          const titles = [...document.querySelectorAll('.mt-milestone-title')].map((h) => [h.textContent.slice(0, 3), getComputedStyle(h).direction]);
          return {
            lang: root.getAttribute('lang'), dir: getComputedStyle(root).direction,
            arabic: /[\u0600-\u06ff]/.test(caption.textContent),
            captionAtRight: root.getBoundingClientRect().right - caption.getBoundingClientRect().right < 24,
            bar: getComputedStyle(card).borderRightWidth,
            arabicTitle: titles.find(([t]) => t === 'أول')?.[1], latinTitle: titles.find(([t]) => /^[A-Z]/.test(t))?.[1],
            scrolls: document.documentElement.scrollWidth > innerWidth + 1,
          };
        });
        assert.deepEqual(ar, { lang: 'ar', dir: 'rtl', arabic: true, captionAtRight: true, bar: '5px', arabicTitle: 'rtl', latinTitle: 'ltr', scrolls: false });
        await s.goto(`${servers.blog.url}/mixed.html?${NOW}&lang=th`);
        await s.until(days);
        const th = await s.run(() => {
          const title = [...document.querySelectorAll('.mt-milestone-title')].find((h) => h.textContent.startsWith('สถิติ'));
          return {
            lang: document.querySelector('.mt').getAttribute('lang'),
            lines: Math.round(title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight)),
            scrolls: document.documentElement.scrollWidth > innerWidth + 1,
          };
        });
        assert.equal(th.lang, 'th');
        assert.ok(th.lines >= 2, `the long Thai title takes ${th.lines} line(s)`);
        assert.equal(th.scrolls, false);
      } finally {
        await s.size(1000, 1000);
      }
    });

    test("a broken dataset's alert names the field", async () => {
      await s.goto(`${servers.blog.url}/broken.html`);
      const alert = await s.until(() => document.querySelector('.mt [role=alert]')?.textContent);
      assert.match(alert, /subject\.album/);
      assert.match(alert, /line 4, column 14/);
    });

    test('in-page mounts on another origin: the full tracker, a card and a counter in a 360 px column', async () => {
      await s.goto(`${servers.blog.url}/post.html`);
      assert.equal(await s.until((id) => document.getElementById(id)?.shadowRoot?.querySelector('.mt[data-state=ready] [data-counter=album]')?.dataset.days, ['full']), '100');
      const card = await s.until((id) => {
        const mt = document.getElementById(id)?.shadowRoot?.querySelector('.mt[data-state=ready]');
        return mt && { layout: mt.dataset.layout, days: mt.querySelector('[data-counter=album]')?.dataset.days, latest: mt.querySelector('[data-milestone-id]')?.dataset.milestoneId, height: document.getElementById(id).getBoundingClientRect().height };
      }, ['card']);
      assert.deepEqual({ layout: card.layout, days: card.days, latest: card.latest }, { layout: 'card', days: '99', latest: 'every-track-60m-spotify' });
      assert.ok(card.height <= 420, `the card is ${card.height} px tall`);
      const counter = await s.until((id) => {
        const mt = document.getElementById(id)?.shadowRoot?.querySelector('.mt[data-state=ready]');
        const p = document.getElementById('sentence');
        return mt && { layout: mt.dataset.layout, days: mt.querySelector('[data-counter=album]')?.dataset.days,
          text: mt.querySelector('[data-counter=album]')?.textContent.trim(), lines: Math.round(p.getBoundingClientRect().height / 24) };
      }, ['counter']);
      // The count reads inside the sentence, which stays one line box.
      assert.deepEqual(counter, { layout: 'counter', days: '99', text: '99 days', lines: 1 });
    });

    test('<milestone-tracker> from a host without CORS keeps its line; from one that refuses the wasm only, the tracker shows in a frame', async () => {
      await s.goto(`${servers.blog.url}/no-cors.html`);
      // The browser refuses embed.js: the line stays, a link with a height, for as long as the reader looks.
      await new Promise((r) => setTimeout(r, 2000));
      const line = () => {
        const a = document.getElementById('fallback');
        const box = a.getBoundingClientRect();
        return { height: box.height > 0, shown: getComputedStyle(a).visibility === 'visible', href: a.href.endsWith('/index.html') };
      };
      assert.deepEqual(await s.run(line), { height: true, shown: true, href: true });
      // embed.js runs, the glue and the wasm are refused: a frame of the tracker's own page replaces the line.
      await s.goto(`${servers.blog.url}/halfway.html`);
      const framed = await s.until(() => {
        const frame = document.getElementById('mt').shadowRoot?.querySelector('iframe');
        const height = frame?.getBoundingClientRect().height;
        return frame?.style.visibility === '' && height < 600 && { height, line: document.getElementById('fallback')?.assignedSlot ?? null };
      });
      assert.ok(framed.height > 250 && framed.height < 600, `the card's frame is ${framed.height} px tall`);
      assert.equal(framed.line, null, 'the line is no longer shown');
    });

    test('a published frame in WordPress\'s sandbox: live, its height sent with the secret, no share buttons', async () => {
      await s.goto(`${servers.wordpress.url}/post.html`);
      await s.frame('#embed');
      const shares = await s.until(() => {
        const root = document.querySelector('milestone-tracker')?.shadowRoot;
        const list = root?.querySelector('.mt[data-state=ready]') && [...root.querySelectorAll('.mt-share')];
        return list?.length && list.map((p) => getComputedStyle(p).display);
      });
      assert.ok(shares.every((d) => d === 'none'), shares.join());
      await s.top();
      const heights = await s.until(() => {
        const sent = window.got.filter((d) => d?.message === 'height' && d.secret === 'a1B2c3D4e5').map((d) => d.value);
        return sent.length >= 2 && sent;
      });
      assert.ok(heights.at(-1) > 1000, `the full tracker's height: ${heights}`);
    });

    test('standalone.html from file://', async () => {
      await s.goto(`${servers.standalone}?${NOW}&count=inclusive`);
      assert.equal(await s.until(days), '100');
    });

    test("the editor imports a dataset and previews it", async () => {
      const layover = await readFile(join(ROOT, 'static', 'layover.json'), 'utf8');
      await s.goto(`${servers.widget.url}/editor.html`);
      await s.until(() => document.querySelector('.ed-form'));
      await s.run((json) => {
        const paste = document.getElementById('ed-paste');
        paste.value = json;
        paste.dispatchEvent(new Event('input', { bubbles: true }));
        [...document.querySelectorAll('button')].find((b) => b.textContent === 'Import the pasted JSON').click();
      }, layover);
      assert.equal(await s.until(() => document.getElementById('f-subject.album')?.value), 'Layover');
      assert.equal(await s.until(() => document.querySelector('.ed-preview .mt[data-state=ready] h1.mt-album')?.textContent), 'Layover');
      assert.equal(await s.run(() => document.querySelector('.ed-summary').dataset.errors), '0');
    });

    test('the editor: focus follows Add and Remove, a removal is undone, and a phone has the strip to the preview', async () => {
      await s.goto(`${servers.widget.url}/editor.html`);
      await s.until(() => document.querySelector('.ed-form'));
      // The draft kept from the test before (Layover) has tracks already.
      const rows = () => document.querySelectorAll('fieldset.ed-row[id^="f-subject.tracks."]').length;
      const n = await s.run(rows);
      await s.run(() => document.getElementById('b-subject.tracks-add').click());
      assert.equal(await s.until((id) => document.activeElement?.id === id && id, [`f-subject.tracks.${n}.id`]), `f-subject.tracks.${n}.id`);
      await s.run((id) => document.getElementById(id).click(), `b-subject.tracks.${n}-remove`);
      // The last row removed: the one before it.
      assert.equal(await s.until((id) => document.activeElement?.id === id && id, [`f-subject.tracks.${n - 1}`]), `f-subject.tracks.${n - 1}`);
      assert.equal(await s.run(rows), n);
      await s.run(() => document.getElementById('ed-undo').click());
      await s.until((count) => document.querySelectorAll('fieldset.ed-row[id^="f-subject.tracks."]').length === count, [n + 1]);
      // A phone's width: the strip at the foot of the screen.
      await s.size(360, 740);
      const strip = await s.until(() => {
        const r = document.querySelector('.ed-phone-strip')?.getBoundingClientRect();
        return r && r.height > 0 && { bottom: Math.round(r.bottom), screen: innerHeight, wide: document.documentElement.scrollWidth, width: innerWidth };
      });
      await s.size(1000, 1000);
      // At the foot of the screen (the window's own bars take some of its 740 px), no sideways scroll.
      assert.ok(strip.bottom <= strip.screen + 1 && strip.bottom > strip.screen - 150, JSON.stringify(strip));
      assert.ok(strip.wide <= strip.width, JSON.stringify(strip));
    });
  });
}
