// The reader's screen: the card and counter layouts in a 360 px blog column, the full page at 360 px as
// of 2023-12-16 within 3,500 px (tracks that count alike on one line, sections read second folded and
// remembered, print showing everything), and the timeline strip: a mark per milestone and date, each a
// focusable link to its card.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, openPage, rendered, setup, DIST } from './harness.mjs';

const NOW = '2023-12-16T09:00:00+09:00';
const env = setup({
  widget: () => serve(DIST, {}, { prefix: '/', cors: true }),
  blog: ({ widget }) => serve(DIST, {
    '/post.html': `<!doctype html><html><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><article style="width:360px"><h1>My post</h1>
<div data-milestone-tracker id="card" data-layout="card" data-now="${NOW}"></div>
<p id="sentence">It has been <span data-milestone-tracker id="counter" data-layout="counter" data-now="${NOW}" data-count="inclusive"></span> so far.</p>
<p id="short" style="line-height:24px">It has been <span data-milestone-tracker id="days" data-layout="counter" data-now="${NOW}"></span> since it came out.</p>
<h2 id="heading"><span data-milestone-tracker id="line" data-layout="line" data-now="${NOW}"></span></h2>
<div data-milestone-tracker id="dark-ko" data-layout="card" data-now="${NOW}" data-theme="dark" data-lang="ko"></div>
<div data-milestone-tracker id="card-es" data-layout="card" data-now="${NOW}" data-lang="es"></div>
<div data-milestone-tracker id="card-ja" data-layout="card" data-now="${NOW}" data-lang="ja"></div>
</article><script type="module" src="${widget.url}/embed.js"></script></body></html>`,
    '/column.html': `<!doctype html><html><head><meta charset="utf-8"><title>A sidebar</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><aside style="width:360px"><div data-milestone-tracker id="full" data-now="${NOW}"></div></aside>
<script type="module" src="${widget.url}/embed.js"></script></body></html>`,
  }),
});

const inMount = (page, id, fn, arg) => page.waitForFunction(
  ([id, body, arg]) => {
    const root = document.getElementById(id)?.shadowRoot?.querySelector('.mt[data-state=ready]');
    return root ? new Function('root', 'host', 'arg', body)(root, document.getElementById(id), arg) : null;
  },
  [id, fn, arg], { timeout: 30_000 },
).then((h) => h.jsonValue());

test('in a 360 px blog column: a card at most 420 px tall with the counter and the latest milestone, a counter of one line', async () => {
  const page = await openPage(env.browser, `${env.blog.origin}/post.html`, { viewport: { width: 360, height: 900 } });
  const card = await inMount(page, 'card', `return {
    days: root.querySelector('[data-counter=album]')?.dataset.days,
    latest: root.querySelector('.mt-card-latest')?.dataset.milestoneId,
    day: root.querySelector('.mt-card-latest')?.dataset.day,
    next: root.querySelector('[data-anniversary]')?.dataset.anniversary,
    height: host.getBoundingClientRect().height };`);
  assert.deepEqual({ ...card, height: undefined }, { days: '99', latest: 'every-track-60m-spotify', day: '99', next: '2023-12-17', height: undefined });
  assert.ok(card.height <= 420, `the card is ${card.height} px tall`);
  const counter = await inMount(page, 'counter', `return {
    text: root.querySelector('[data-counter=album]')?.textContent.trim(), days: root.querySelector('[data-counter=album]')?.dataset.days,
    height: host.getBoundingClientRect().height, display: getComputedStyle(host).display };`);
  assert.equal(counter.days, '100');
  assert.equal(counter.text, 'D+100', 'the count alone reads in the sentence');
  assert.equal(counter.display, 'inline', 'it sits in the sentence');
  assert.ok(counter.height <= 120, `the counter is ${counter.height} px tall`);
  // "All milestones" opens the full tracker in place.
  const opened = await inMount(page, 'card', `const all = root.querySelector('details.mt-all'); all.open = true;
    return root.querySelectorAll('[data-milestone-id]').length;`);
  assert.equal(opened, 6, 'the latest, and the five in the list');
  // In Korean and the dark theme too.
  const ko = await inMount(page, 'dark-ko', `return { lang: root.lang, theme: root.dataset.theme, bg: getComputedStyle(root).backgroundColor, label: root.querySelector('.mt-card-label').textContent };`);
  assert.deepEqual(ko, { lang: 'ko', theme: 'dark', bg: 'rgb(20, 18, 24)', label: '최근 기록' });
  // Every language's card fits (Spanish has the longest lines).
  for (const id of ['dark-ko', 'card-es', 'card-ja']) {
    const height = await inMount(page, id, 'return host.getBoundingClientRect().height;');
    assert.ok(height <= 420, `the ${id} card is ${height} px tall`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a counter reads inside its sentence, which stays one line box where it fits; a line names the album', async () => {
  const page = await openPage(env.browser, `${env.blog.origin}/post.html`, { viewport: { width: 360, height: 900 } });
  await inMount(page, 'days', 'return true;');
  const sentence = await page.evaluate(() => {
    const p = document.getElementById('short');
    const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
    // One paragraph (nothing closed it), and its text laid out as one line box.
    const counter = document.getElementById('days').shadowRoot.querySelector('[data-counter=album]');
    const text = [...p.childNodes].map((n) => (n.id === 'days' ? counter.textContent : n.textContent)).join('');
    return { text: text.replace(/\s+/g, ' ').trim(), paragraphs: document.querySelectorAll('#short').length,
      lines: Math.round(p.getBoundingClientRect().height / lineHeight), width: p.getBoundingClientRect().width };
  });
  assert.deepEqual(sentence, { text: 'It has been 99 days since it came out.', paragraphs: 1, lines: 1, width: 360 });
  const line = await inMount(page, 'line', 'return root.querySelector("[data-counter=album]").textContent.replace(/\\s+/g, " ").trim();');
  assert.equal(line, 'Layover 99 days since release');
  await page.close();
});

test('a tracker in a 360 px column is as compact on a 1280 px screen as on a 360 px phone: sizes follow the column', async () => {
  const sizes = {};
  for (const width of [360, 1280]) {
    const page = await openPage(env.browser, `${env.blog.origin}/column.html`, { viewport: { width, height: 900 } });
    sizes[width] = await inMount(page, 'full', `return {
      album: getComputedStyle(root.querySelector('.mt-album')).fontSize,
      counter: getComputedStyle(root.querySelector('.mt-counter--large .mt-counter-value')).fontSize };`);
    await page.close();
  }
  assert.deepEqual(sizes[1280], sizes[360]);
  assert.ok(parseFloat(sizes[360].counter) < 80, `the counter is compact in a column: ${sizes[360].counter}`);
});

test('the full page at 360 px as of 2023-12-16 is at most 3,500 px tall and loses nothing', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${env.widget.url}/index.html?now=2023-12-16T09:00:00%2B09:00`);
  await rendered(page);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height <= 3500, `the page is ${height} px tall`);
  // The six tracks count alike (none has its own date): one line, each still with its hook.
  assert.match(await page.locator('.mt-track-group-count').textContent(), /^All 6 tracks · 99 days since release/);
  assert.deepEqual(await page.locator('.mt-track-names [data-counter]').evaluateAll((els) => els.map((e) => e.dataset.days)), ['99', '99', '99', '99', '99', '99']);
  // Folded, not gone: the other dates open with their title, and stay open after a reload.
  const events = page.locator('details[data-fold=events]');
  assert.equal(await events.getAttribute('open'), null);
  assert.equal(await page.locator('[data-event-id=enlistment]').isVisible(), false);
  await events.locator('summary').click();
  assert.equal(await page.locator('[data-event-id=enlistment]').isVisible(), true);
  await page.waitForFunction(() => localStorage.getItem('milestone-tracker/v1/fold/events') === '1');
  await page.reload();
  await rendered(page);
  assert.notEqual(await page.locator('details[data-fold=events]').getAttribute('open'), null, 'open after a reload');
  // Print shows every folded section.
  await page.emulateMedia({ media: 'print' });
  for (const id of ['[data-projection]', '.mt-anniversary', '[data-event-id=enlistment]']) {
    assert.equal(await page.locator(id).first().isVisible(), true, `${id} prints`);
  }
  await context.close();
});

test('the timeline strip: a mark per milestone and date reached, each a focusable link to its card', async () => {
  const page = await openPage(env.browser, `${env.widget.url}/index.html?now=2023-12-16T09:00:00%2B09:00`);
  await rendered(page);
  const strip = page.locator('.mt-timeline');
  assert.match(await strip.locator('figcaption').textContent(), /Milestones: 5\. Other dates: 9\. Over 99 days/);
  const marks = strip.locator('a');
  assert.ok(await marks.count() >= 3, 'marks on the strip');
  assert.equal(await strip.locator('a[href="#m=album-600m-spotify"]').getAttribute('aria-label'), 'Layover passes 600 million streams on Spotify · October 26, 2023');
  // Keyboard: Tab reaches the marks; Enter follows one to its card.
  await page.locator('.mt-controls button').last().focus();
  for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.closest('.mt-timeline'))); i += 1) await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement?.closest('.mt-timeline') !== null), 'a mark takes the focus');
  await strip.locator('a[href="#m=album-600m-spotify"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-milestone-id=album-600m-spotify][data-focused=true]'));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the timeline's 100th-day ticks follow the count: the fan count's 100th day is the day before", async () => {
  const ticks = async (count) => {
    const page = await rendered(await openPage(env.browser, `${env.widget.url}/index.html?now=2024-01-01T09:00:00%2B09:00&count=${count}`));
    const found = await page.locator('.mt-timeline .mt-tl-tick').evaluateAll((els) => els.map((e) => e.dataset.day));
    await page.close();
    return found;
  };
  // As of 2024-01-01 (day 115 after release): the fan count's 100th day was 2023-12-16, day 99.
  assert.deepEqual(await ticks('inclusive'), ['99']);
  assert.deepEqual(await ticks('elapsed'), ['100']);
});

test('a layout that is not one says so and shows the full tracker', async () => {
  const page = await openPage(env.browser, `${env.widget.url}/index.html?layout=poster`);
  await rendered(page);
  assert.equal(await page.locator('.mt').getAttribute('data-layout'), 'full');
  assert.match(await page.locator('[data-panel=options]').textContent(), /"poster" is not full, card, counter or line; using full/);
  await page.close();
});
