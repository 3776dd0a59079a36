// The editor (dist/editor.html), as a fan uses it: a tracker built from an empty form with the keyboard
// alone, the preview counting it, an error the summary points to fixed, the file exported and accepted
// by check-dataset, the in-page snippet copied into a blog on another origin showing the same tracker;
// the Layover file imported and exported again unchanged; a pasted broken file located; the draft kept
// across a reload and a corrupt one refused; no axe violations in each of the thirteen languages at
// 360 px, and in English, Korean and Arabic at 1300.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { serve, setup, scratchDir, DIST, ROOT } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const LAYOVER = join(ROOT, 'static', 'layover.json');

const env = setup({
  widget: () => serve(DIST, {}, { prefix: '/', cors: true }),
});

async function editorPage(context, query = '') {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(`${env.widget.url}/editor.html${query}`);
  await page.locator('.ed-form').waitFor({ timeout: 30_000 });
  return page;
}

/** Presses Tab until the focused element matches `selector` (at most 400 times): the keyboard's way. */
async function tabTo(page, selector) {
  for (let i = 0; i < 400; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Tabs to the control of field `path` and types `text` over what is there. */
async function typeInto(page, path, text) {
  await tabTo(page, `[id="f-${path}"]`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

async function press(page, selector) {
  await tabTo(page, selector);
  await page.keyboard.press('Enter');
}

const errorsShown = (page) => page.locator('.ed-summary').getAttribute('data-errors').then(Number);

/** The day count in the album's zone from its release to today (the preview runs on the real clock). */
function daysSince(release, zone) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${release}T00:00:00Z`)) / 86_400_000);
}

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), press(page, selector)]);
  const path = join(await scratchDir(), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

test('an author builds a tracker with the keyboard alone, fixes what the checks say, exports it and embeds it in a blog', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.widget.origin });
  const page = await editorPage(context);
  await page.locator('body').focus();
  await typeInto(page, 'subject.artist', 'Example Artist');
  await typeInto(page, 'subject.album', 'Keyboard Album');
  await typeInto(page, 'subject.home_zone', 'Asia/Seoul');
  await typeInto(page, 'subject.release', '2024-13-01'); // a slip: no 13th month
  await press(page, 'button[aria-label="Add: Track"]');
  await typeInto(page, 'subject.tracks.0.title', 'First Song');
  await press(page, 'button[aria-label="Add: Track"]');
  await typeInto(page, 'subject.tracks.1.title', 'Second Song');
  await typeInto(page, 'subject.sources.0.publication', 'Made-up test data');
  await typeInto(page, 'subject.sources.0.date', '2024-01-02');
  await press(page, 'button[aria-label="Add: Milestone"]');
  await typeInto(page, 'milestones.0.date', '2024-01-10');
  await typeInto(page, 'milestones.0.title', 'Ten million streams');
  await typeInto(page, 'milestones.0.claim.text', 'in just 9 days');
  await typeInto(page, 'milestones.0.claim.days', '9');
  await tabTo(page, '[id="f-milestones.0.claim.count"]');
  await page.keyboard.press('ArrowDown'); // "Choose…" to elapsed
  await typeInto(page, 'milestones.0.source.publication', 'Made-up test data');
  await typeInto(page, 'milestones.0.source.date', '2024-01-11');
  await press(page, 'button[aria-label="Add: Other date"]');
  await typeInto(page, 'events.0.date', '2024-02-01');
  await typeInto(page, 'events.0.title', 'A fan meeting');
  await typeInto(page, 'events.0.source.publication', 'Made-up test data');
  await typeInto(page, 'events.0.source.date', '2024-01-15');

  // The slip is one error, shown under its field and in the summary, whose entry leads to the field.
  assert.equal(await errorsShown(page), 1, await page.locator(".ed-summary").textContent());
  assert.match(await page.locator('[id="e-subject.release"]').textContent(), /2024-13-01/);
  assert.equal(await page.locator('[id="f-subject.release"]').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#ed-download').isDisabled(), true, 'errors block the export');
  const entry = page.locator('.ed-summary-list button[data-target="f-subject.release"]');
  assert.match(await entry.textContent(), /Album › Release date/);
  await press(page, '.ed-summary-list button[data-target="f-subject.release"]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-subject.release');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2024-01-01');
  assert.equal(await errorsShown(page), 0);

  // The preview is the real widget, counting the draft.
  const preview = page.locator('.ed-preview .mt[data-state=ready]');
  await preview.waitFor();
  assert.equal(await preview.locator('h1.mt-album').textContent(), 'Keyboard Album');
  assert.equal(await preview.locator('[data-counter=album]').getAttribute('data-days'), String(daysSince('2024-01-01', 'Asia/Seoul')));
  assert.equal(await preview.locator('[data-milestone-id=ten-million-streams] .mt-milestone-title').textContent(), 'Ten million streams');
  assert.equal(await preview.locator('[data-counter^="track:"]').count(), 2);

  // Exported: check-dataset accepts the file.
  const file = await download(page, '#ed-download');
  assert.match(file, /keyboard-album\.json$/);
  execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'check-dataset', '--', file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const exported = JSON.parse(await readFile(file, 'utf8'));
  assert.deepEqual(exported.subject.tracks.map((t) => t.id), ['first-song', 'second-song']);
  assert.equal(exported.milestones[0].claim.days, 9);

  // The in-page snippet, copied, pasted into a blog on another origin: the same tracker.
  await press(page, 'button[data-copy=inline]');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(snippet, await page.locator('#ed-snippet-inline').inputValue());
  const blog = await serve(await scratchDir(), {
    '/post.html': `<!doctype html><html><head><meta charset="utf-8"><title>A blog</title><link rel="icon" href="data:,"></head><body><h1>My post</h1>${snippet}</body></html>`,
  });
  try {
    const post = await context.newPage();
    await post.goto(`${blog.origin}/post.html`);
    const days = await post.waitForFunction(() => document.querySelector('milestone-tracker').shadowRoot?.querySelector('.mt[data-state=ready] [data-counter=album]')?.dataset.days, null, { timeout: 30_000 });
    assert.equal(await days.jsonValue(), String(daysSince('2024-01-01', 'Asia/Seoul')));
    assert.equal(await post.evaluate(() => document.querySelector('milestone-tracker').shadowRoot.querySelector('h1.mt-album').textContent), 'Keyboard Album');
  } finally {
    await blog.close();
  }
  // One more mount of the same data, the count alone inside a sentence after it: the data in one block.
  const more = await page.locator('#ed-snippet-more').inputValue();
  assert.match(more, /^<milestone-tracker [^>]*layout="counter" source="#keyboard-album-data">\d+ days?<\/milestone-tracker>\n<script type="module" src="[^"]+\/embed\.js"><\/script>$/, more);
  const twice = await serve(await scratchDir(), {
    '/post.html': `<!doctype html><html><head><meta charset="utf-8"><title>A blog</title><link rel="icon" href="data:,"></head><body>${snippet}<p id="sentence">It has been ${more} since the album came out.</p></body></html>`,
  });
  try {
    const post = await context.newPage();
    await post.goto(`${twice.origin}/post.html`);
    const ready = () => [...document.querySelectorAll('milestone-tracker')].map((m) => m.shadowRoot?.querySelector('.mt[data-state=ready]')?.dataset.layout ?? null);
    await post.waitForFunction((f) => new Function(`return (${f})()`)().every(Boolean), ready.toString(), { timeout: 30_000 });
    assert.deepEqual(await post.evaluate(ready), ['full', 'counter']);
    assert.equal(await post.locator('script[type="application/json"]').count(), 1);
    assert.equal(await post.locator('#sentence milestone-tracker').count(), 1, 'the counter stays inside its sentence');
    assert.match(await post.evaluate(() => document.querySelector('#sentence milestone-tracker').shadowRoot.textContent), new RegExp(`${daysSince('2024-01-01', 'Asia/Seoul')} days`));
  } finally {
    await twice.close();
  }
  // The other snippets read the file where the author will upload it.
  await tabTo(page, '#ed-hosted');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('https://fan.example/data/keyboard-album.json');
  assert.match(await page.locator('#ed-snippet-hosted').inputValue(), /<milestone-tracker source="https:\/\/fan\.example\/data\/keyboard-album\.json">/);
  assert.match(await page.locator('#ed-snippet-iframe').inputValue(), /index\.html\?data=https:\/\/fan\.example\/data\/keyboard-album\.json"/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the tracker\'s page links to the editor as "Make your own tracker"', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.widget.url}/index.html`);
  await page.getByRole('link', { name: 'Make your own tracker' }).click();
  await page.locator('.ed-form').waitFor({ timeout: 30_000 });
  assert.match(page.url(), /\/editor\.html$/);
  await context.close();
});

test('importing the Layover file and exporting it again gives the same data', async () => {
  const context = await env.browser.newContext();
  const page = await editorPage(context);
  await page.locator('#ed-file').setInputFiles(LAYOVER);
  await page.locator('#ed-import-notice').waitFor();
  assert.equal(await page.locator('#ed-import-notice').textContent(), 'Imported.');
  assert.equal(await page.locator('[id="f-subject.album"]').inputValue(), 'Layover');
  assert.equal(await errorsShown(page), 0);
  const file = await download(page, '#ed-download');
  assert.deepEqual(JSON.parse(await readFile(file, 'utf8')), JSON.parse(await readFile(LAYOVER, 'utf8')));
  await context.close();
});

test('a pasted broken file is refused with its line and column; the draft stays', async () => {
  const context = await env.browser.newContext();
  const page = await editorPage(context);
  await page.locator('[id="f-subject.artist"]').fill('Kept Artist');
  await page.locator('#ed-paste').fill('{\n  "subject": {\n    "artist": "X",,\n  }\n}');
  await page.getByRole('button', { name: 'Import the pasted JSON' }).click();
  const notice = page.locator('#ed-import-notice');
  await notice.waitFor();
  assert.equal(await notice.getAttribute('role'), 'alert');
  assert.match(await notice.textContent(), /line 3, column 19: .*malformed/);
  assert.equal(await page.locator('[id="f-subject.artist"]').inputValue(), 'Kept Artist');
  await context.close();
});

test('the draft survives a reload; a corrupt kept draft gives an empty form and says so; starting over asks first', async () => {
  const context = await env.browser.newContext();
  const page = await editorPage(context);
  await page.locator('[id="f-subject.artist"]').fill('Reloaded Artist');
  await page.getByRole('button', { name: 'Add: Track' }).click();
  await page.locator('[id="f-subject.tracks.0.title"]').fill('Only Song');
  await page.reload();
  await page.locator('.ed-form').waitFor();
  assert.equal(await page.locator('[id="f-subject.artist"]').inputValue(), 'Reloaded Artist');
  assert.equal(await page.locator('[id="f-subject.tracks.0.title"]').inputValue(), 'Only Song');
  assert.equal(await page.locator('[id="f-subject.tracks.0.id"]').inputValue(), '', 'an automatic id stays automatic');
  // Start over: asked first; keeping the draft keeps it.
  await page.getByRole('button', { name: 'Start over with an empty form' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ed-confirm-yes', 'the question takes the focus');
  await page.getByRole('button', { name: 'Keep my draft' }).click();
  assert.equal(await page.locator('[id="f-subject.artist"]').inputValue(), 'Reloaded Artist');
  await page.getByRole('button', { name: 'Start over with an empty form' }).click();
  await page.getByRole('button', { name: 'Replace my draft' }).click();
  assert.equal(await page.locator('[id="f-subject.artist"]').inputValue(), '');
  // A kept draft that cannot be read.
  await page.evaluate(() => localStorage.setItem('milestone-tracker/editor/v1/draft', '{ not json'));
  await page.reload();
  await page.locator('.ed-form').waitFor();
  assert.match(await page.locator('.ed-header [role=alert]').textContent(), /could not be read/);
  assert.equal(await page.locator('[id="f-subject.artist"]').inputValue(), '');
  await context.close();
});

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, where: v.nodes[0].target.join(' ') }));
}

// The editor's own words in a language, as the build wrote them (a release editor fetches them): the
// title is the table's second string, after the tag.
const editorTitle = (lang) => {
  if (lang === 'en') return 'Make your own tracker';
  const file = readdirSync(DIST).find((n) => new RegExp(`^editor-${lang}-[0-9a-f]{12}\\.json$`).test(n));
  assert.ok(file, `dist/ has the editor's ${lang} words`);
  return JSON.parse(readFileSync(join(DIST, file), 'utf8'))[1];
};

const EDITOR_LANGS = ['en', 'ko', 'ja', 'es', 'id', 'pt-BR', 'th', 'vi', 'zh-Hans', 'zh-Hant', 'fil', 'ms', 'ar'];
for (const [lang, width] of [['en', 1300], ['ko', 1300], ['ar', 1300], ...EDITOR_LANGS.map((l) => [l, 360])]) {
  test(`no axe violations in the editor, ${lang}, ${width} px wide, with the Layover data and a problem shown`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height: 800 } });
    const page = await editorPage(context, `?lang=${lang}`);
    // The editor speaks the language once its words have arrived.
    await page.locator('.ed-header h1', { hasText: editorTitle(lang) }).waitFor({ timeout: 10_000 });
    await page.locator('#ed-file').setInputFiles(LAYOVER);
    await page.locator('#ed-import-notice').waitFor();
    await page.locator('[id="f-subject.release"]').fill('2023-09-31');
    await page.locator('[id="e-subject.release"]').waitFor();
    await page.locator('.ed-preview .mt').waitFor();
    assert.equal(await page.locator('.ed').getAttribute('lang'), lang);
    assert.equal(await page.locator('.ed').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
    // Nothing wider than the screen.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling');
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test("no axe violations in the editor's other states: closed rows, a removal's undo bar, a replacement waiting, Publish and Check my site answered", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 800 }, acceptDownloads: true });
  const page = await editorPage(context, '?lang=en');
  const data = JSON.parse(await readFile(LAYOVER, 'utf8'));
  // The album's milestones five times over (the copies under new ids): a list long enough to close its rows.
  data.milestones = Array.from({ length: 5 }, (_, k) => data.milestones.map((m) => ({ ...m, id: k ? `${m.id}-${k}` : m.id }))).flat();
  assert.ok(data.milestones.length > 20, `${data.milestones.length} milestones: a long list`);
  await page.locator('#ed-paste').fill(JSON.stringify(data));
  await page.getByRole('button', { name: 'Import the pasted JSON' }).click();
  await page.locator('fieldset.ed-row--closed').first().waitFor();
  // A copy's row opened and removed: the undo bar.
  await page.locator('[id="b-milestones.7-open"]').click();
  await page.locator('#b-milestones\\.7-remove').click();
  await page.locator('#ed-undo').waitFor();
  // Publish, answered, and Check my site, answered.
  await page.locator('#ed-hosted').fill(`${env.widget.url}/layover/layover.json`);
  await Promise.all([page.waitForEvent('download'), page.locator('#ed-publish').click()]);
  await page.locator('.ed-publish-said .ed-notice').waitFor();
  await page.locator('#ed-site-run').click();
  await page.locator('.ed-site-verdict').waitFor({ timeout: 30_000 });
  // A replacement waiting for "Replace my draft".
  await page.getByRole('button', { name: 'Start from the sample album' }).click();
  await page.locator('#ed-confirm-yes').waitFor();
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
  await context.close();
});
