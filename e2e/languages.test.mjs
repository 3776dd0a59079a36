// The thirteen languages on the built page (dist/), as readers get them: each table fetched only for its
// reader and speaking its own words, the root's lang and dir set; a reader's browser languages
// negotiated (zh-TW is Traditional Chinese, pt Brazilian Portuguese, in Indonesian); Arabic laid out
// right to left at 360 px, checked through where things are; a title in another direction than the
// tracker's reading in its own; Thai, written without spaces, wrapping inside a phone's width; an
// Arabic share image drawn from the right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { join } from 'node:path';
import { serve, rendered, openPage, setup, withInlineData, DIST, ROOT } from './harness.mjs';

const NOW = '2023-12-16T09:00:00+09:00';
const LANGS = ['en', 'ko', 'ja', 'es', 'id', 'pt-BR', 'th', 'vi', 'zh-Hans', 'zh-Hant', 'fil', 'ms', 'ar'];
const layover = JSON.parse(readFileSync(join(ROOT, 'static', 'layover.json'), 'utf8'));

// Layover with one Arabic and one long Thai milestone title, for the mixed-direction and wrapping checks.
const mixed = structuredClone(layover);
mixed.milestones[0].title = 'أول ألبوم منفرد يتجاوز 100 مليون بث';
mixed.milestones[1].title = 'สถิติการสตรีมมิงที่ยอดเยี่ยมที่สุดของศิลปินเดี่ยวชาวเกาหลีบนแพลตฟอร์มสปอติฟายในปีนี้';

const env = setup({
  server: async () => serve(DIST, { '/mixed.html': await withInlineData(DIST, JSON.stringify(mixed)) }),
});

/** The page in `lang` at `width`, rendered, with the language tables it fetched. */
async function inLanguage(query, { width = 1000, locale } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, ...(locale ? { locale } : {}) });
  const page = await context.newPage();
  const tables = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop();
    if (/^lang-[A-Za-z-]+-[0-9a-f]{12}\.json$/.test(name)) tables.push(name);
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.server.url}/${query}`);
  await rendered(page);
  page.tables = tables;
  page.errors = errors;
  page.done = () => context.close();
  return page;
}

/** Whether the page scrolls sideways, and the elements wider than the page. */
const overflow = (page) => page.evaluate(() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('.mt *')]
    .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.right > width + 1 || r.left < -1); })
    .slice(0, 3)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  return { scrolls: document.documentElement.scrollWidth > width + 1, wide };
});

test('each language: its own table fetched once, its words, lang and dir on the root, no sideways scroll at 360 px', async () => {
  let englishCaption;
  for (const lang of LANGS) {
    const page = await inLanguage(`?now=${encodeURIComponent(NOW)}&lang=${lang}`, { width: 360 });
    const root = page.locator('.mt');
    assert.equal(await root.getAttribute('lang'), lang);
    assert.equal(await root.getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr', lang);
    assert.deepEqual(page.tables.map((t) => t.replace(/-[0-9a-f]{12}\.json$/, '')), lang === 'en' ? [] : [`lang-${lang}`]);
    const caption = await page.locator('.mt-hero .mt-counter-caption').first().textContent();
    if (lang === 'en') englishCaption = caption;
    else assert.notEqual(caption, englishCaption, `${lang} speaks its own words`);
    assert.deepEqual(await overflow(page), { scrolls: false, wide: [] }, lang);
    assert.deepEqual(page.errors, [], lang);
    await page.done();
  }
});

test('Arabic at 360 px reads right to left: the hero, the cards and the timeline start from the right', async () => {
  const page = await inLanguage(`?now=${encodeURIComponent(NOW)}&lang=ar&count=inclusive`, { width: 360 });
  const at = await page.evaluate(() => {
    const box = (sel) => document.querySelector(sel).getBoundingClientRect();
    const root = box('.mt');
    const card = document.querySelector('.mt-milestone');
    const kind = card.querySelector('.mt-kind').getBoundingClientRect();
    const when = card.querySelector('.mt-milestone-when time').getBoundingClientRect();
    const [release, today] = [...document.querySelectorAll('.mt-tl-end')].map((e) => e.getBoundingClientRect());
    return {
      root,
      caption: box('.mt-hero .mt-counter-caption'),
      border: { right: getComputedStyle(card).borderRightWidth, left: getComputedStyle(card).borderLeftWidth },
      kind,
      when,
      release,
      today,
      todayMark: box('.mt-tl-today'),
      axis: box('.mt-tl-axis'),
    };
  });
  // Text starts at the right: the caption's right edge is at the tracker's right padding.
  assert.ok(at.root.right - at.caption.right < 24, `caption at the right: ${JSON.stringify([at.root, at.caption])}`);
  // A card's accent bar is on its right (the inline start); its kind chip comes after (left of) the date.
  assert.deepEqual(at.border, { right: '5px', left: '1px' });
  assert.ok(at.kind.right <= at.when.left + 1 || at.kind.top > at.when.top, `kind left of the date: ${JSON.stringify([at.kind, at.when])}`);
  // The timeline runs from the right: the release at the right end, today's mark at the left.
  assert.ok(at.release.left > at.today.left, `release right of today: ${JSON.stringify([at.release, at.today])}`);
  assert.ok(at.todayMark.left - at.axis.left < 8, `today's mark at the left end: ${JSON.stringify([at.todayMark, at.axis])}`);
  assert.deepEqual(await overflow(page), { scrolls: false, wide: [] });
  await page.done();
});

test('a title reads in its own direction: Arabic in an English tracker, English in an Arabic one', async () => {
  for (const lang of ['en', 'ar']) {
    const page = await inLanguage(`mixed.html?now=${encodeURIComponent(NOW)}&lang=${lang}`, { width: 360 });
    const dirs = await page.evaluate(() => [...document.querySelectorAll('.mt-milestone-title')].map((h) => ({
      text: h.textContent,
      attr: h.getAttribute('dir'),
      rtl: h.matches(':dir(rtl)'),
    })));
    const arabic = dirs.find((d) => d.text.startsWith('أول'));
    const latin = dirs.find((d) => /^[A-Za-z0-9]/.test(d.text));
    assert.ok(arabic && latin, JSON.stringify(dirs));
    assert.equal(arabic.attr, 'auto');
    assert.equal(arabic.rtl, true, `the Arabic title is right to left in ${lang}`);
    assert.equal(latin.rtl, false, `an English title is left to right in ${lang}`);
    // The tracker around them keeps its language's direction.
    assert.equal(await page.locator('.mt').evaluate((el) => el.matches(':dir(rtl)')), lang === 'ar');
    await page.done();
  }
});

test('Thai, written without spaces, wraps inside a 320 px phone', async () => {
  const page = await inLanguage(`mixed.html?now=${encodeURIComponent(NOW)}&lang=th`, { width: 320 });
  const title = page.locator('.mt-milestone-title', { hasText: 'สถิติการสตรีมมิง' });
  const lines = await title.evaluate((h) => Math.round(h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight || '20')));
  assert.ok(lines >= 2, `the long Thai title takes ${lines} line(s)`);
  assert.deepEqual(await overflow(page), { scrolls: false, wide: [] });
  await page.done();
});

test('a reader\'s browser languages pick the table: zh-TW, zh-HK, zh-CN, pt, pt-PT, in, tl, ar-EG', async () => {
  const cases = { 'zh-TW': 'zh-Hant', 'zh-HK': 'zh-Hant', 'zh-CN': 'zh-Hans', pt: 'pt-BR', 'pt-PT': 'pt-BR', in: 'id', tl: 'fil', 'ar-EG': 'ar', 'fr-FR': 'en' };
  for (const [locale, lang] of Object.entries(cases)) {
    const page = await inLanguage(`?now=${encodeURIComponent(NOW)}`, { locale });
    assert.equal(await page.locator('.mt').getAttribute('lang'), lang, locale);
    await page.done();
  }
  // The lang option outranks the browser's languages.
  const page = await inLanguage(`?now=${encodeURIComponent(NOW)}&lang=th`, { locale: 'zh-TW' });
  assert.equal(await page.locator('.mt').getAttribute('lang'), 'th');
  await page.done();
});

test('an Arabic metric keeps its figure whole: the digits and the platform read as written', async () => {
  const page = await openPage(env.browser, `${env.server.url}/?now=${encodeURIComponent(NOW)}&lang=ar`, { viewport: { width: 360, height: 900 } });
  await rendered(page);
  const metric = page.locator('.mt-metric').first();
  const text = await metric.textContent();
  const value = await metric.getAttribute('data-metric-value');
  // The figure is grouped as Intl writes it for Arabic, and the measure and platform are isolated.
  assert.ok(text.includes(new Intl.NumberFormat('ar').format(Number(value))), text);
  assert.ok(text.includes('\u2068Spotify\u2069'), JSON.stringify(text));
  assert.equal(await page.locator('.mt-metric-compact').first().isVisible(), true, 'Arabic shows its own short form too');
  await page.close();
});

test('an Arabic share image reads from the right: the accent bar on its right edge, each line ending at the right margin', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/?now=${encodeURIComponent(NOW)}&lang=ar`);
  await rendered(page);
  const card = page.locator('[data-milestone-id=album-600m-spotify]');
  const [download] = await Promise.all([page.waitForEvent('download'), card.locator('[data-action=share-image]').click()]);
  const png = PNG.sync.read(readFileSync(await download.path()));
  assert.deepEqual([png.width, png.height], [1200, 630]);
  const at = (x, y) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
  const background = at(600, 5);
  assert.deepEqual(at(1195, 300), [0xb9, 0xa4, 0xff], 'the accent bar at the right');
  assert.deepEqual(at(5, 300), background, 'no bar at the left');
  // Where the text is inked, across the lines: it ends at the right margin (80 px in from the edge).
  let [left, right] = [png.width, 0];
  for (let y = 40; y < png.height; y += 1) {
    for (let x = 0; x < 1170; x += 1) {
      const [r, g, b] = at(x, y);
      if (Math.abs(r - background[0]) + Math.abs(g - background[1]) + Math.abs(b - background[2]) > 90) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  assert.ok(right > 1100 && right <= 1122, `the text ends at ${right} px, the right margin is 1120`);
  assert.ok(left > 80, `the text starts at ${left} px: nothing is drawn against the left margin`);
  await context.close();
});
