// The editor keeps a fan's work (issue 22's findings, each reproduced here first): an import over a
// draft asks first and can be undone; a file that is not a dataset object leaves the draft alone; focus
// follows Add, Move and Remove by keyboard, and a removal can be undone; a draft over the widget's size
// limit is an error, not "ready to export".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, setup, scratchDir, DIST, ROOT } from './harness.mjs';

const SAMPLE = join(ROOT, 'static', 'samples', 'example-artist.json');
const env = setup({ widget: () => serve(DIST, {}, { prefix: '/', cors: true }) });

async function editorPage(context) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(`${env.widget.url}/editor.html`);
  await page.locator('.ed-form').waitFor({ timeout: 30_000 });
  return page;
}

const focused = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const value = (page, id) => page.locator(`[id="${id}"]`).inputValue();
/** Waits until field `id` holds `text` (an import reads its file asynchronously). */
const holds = (page, id, text) => page.waitForFunction(([id, text]) => document.getElementById(id)?.value === text, [id, text]);

async function paste(page, text) {
  await page.locator('#ed-paste').fill(text);
  await page.getByRole('button', { name: 'Import the pasted JSON' }).click();
}

test('an import over a draft asks first, keeps the draft when told to, and can be undone', async () => {
  const context = await env.browser.newContext();
  const page = await editorPage(context);
  // Over an untouched draft it goes straight in.
  await page.locator('#ed-file').setInputFiles(SAMPLE);
  await holds(page, 'f-subject.album', 'Sample Album');
  await page.locator('[id="f-subject.album"]').fill('My own album');
  // Over a draft with work in it: asked, with the focus on the question.
  await page.locator('#ed-file').setInputFiles(join(ROOT, 'static', 'layover.json'));
  await page.locator('#ed-confirm-yes').waitFor();
  assert.match(await page.locator('#ed-confirm-text').textContent(), /Replace your draft with the file you chose\? You can undo it/);
  await page.getByRole('button', { name: 'Keep my draft' }).click();
  assert.equal(await value(page, 'f-subject.album'), 'My own album');
  await page.locator('#ed-file').setInputFiles([]);
  await page.locator('#ed-file').setInputFiles(join(ROOT, 'static', 'layover.json'));
  await page.getByRole('button', { name: 'Replace my draft' }).click();
  await holds(page, 'f-subject.album', 'Layover');
  assert.equal(await page.locator('.ed-undo').textContent(), 'Your draft was replaced with the file you chose.Undo');
  // Undo: the draft as it was, and the undo gone.
  await page.locator('#ed-undo').click();
  assert.equal(await value(page, 'f-subject.album'), 'My own album');
  assert.equal(await page.locator('#ed-undo').count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a file that is not a dataset object is refused, located, and the draft stays', async () => {
  const context = await env.browser.newContext();
  const page = await editorPage(context);
  await page.locator('[id="f-subject.artist"]').fill('Kept Artist');
  for (const [text, found] of [['[1, 2, 3]', /a list/], ['null', /null/], ['12', /12/]]) {
    await paste(page, text);
    const notice = page.locator('#ed-import-notice');
    await notice.waitFor();
    assert.equal(await notice.getAttribute('role'), 'alert');
    assert.match(await notice.textContent(), found);
    assert.match(await notice.textContent(), /^Not imported: /);
    assert.equal(await value(page, 'f-subject.artist'), 'Kept Artist', text);
    assert.equal(await page.locator('#ed-confirm-yes').count(), 0, 'nothing to confirm');
  }
  await context.close();
});

test('a field of the wrong type is kept as written, reported as a wrong type under it, and can be cleared', async () => {
  const context = await env.browser.newContext();
  const page = await editorPage(context);
  await paste(page, JSON.stringify({
    subject: { artist: 'A', album: 'B', home_zone: 'Europe/Berlin', release: '2024-01-01', tracks: 'three',
      sources: [{ publication: 'P', date: '2024-01-02' }] },
  }));
  await page.locator('#ed-import-notice').waitFor();
  assert.equal(await page.locator('#ed-import-notice').textContent(), 'Imported.', 'nothing called "not part of the format"');
  const kept = page.locator('[id="f-subject.tracks"]');
  assert.equal(await kept.inputValue(), '"three"');
  assert.equal(await kept.getAttribute('aria-invalid'), 'true');
  const under = await page.locator(`[id="${await kept.getAttribute('aria-describedby')}"]`).textContent();
  assert.match(under, /three/);
  assert.match(under, /list/);
  await page.locator('[id="b-subject.tracks-clear"]').click();
  // Cleared: the list of tracks, empty, with its Add button, and the focus on it.
  await page.waitForFunction(() => document.activeElement?.id === 'f-subject.tracks');
  assert.equal(await page.locator('[id="b-subject.tracks-add"]').count(), 1);
  assert.equal(await page.locator('.ed-summary').getAttribute('data-errors'), '0');
  await context.close();
});

test('by keyboard, focus follows Add, Move and Remove; a removal can be undone', async () => {
  const context = await env.browser.newContext();
  const page = await editorPage(context);
  await page.locator('#ed-file').setInputFiles(SAMPLE);
  await holds(page, 'f-subject.album', 'Sample Album');
  const rows = () => page.locator('fieldset[id^="f-milestones."].ed-row').count();
  const n = await rows();
  assert.ok(n >= 3, `the sample has ${n} milestones`);
  // Add: the new row's first field, ready to type into.
  await page.locator('#b-milestones-add').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, `f-milestones.${n}.id`);
  await page.keyboard.type('typed-at-once');
  assert.equal(await value(page, `f-milestones.${n}.id`), 'typed-at-once');
  // Move down: the moved row's own button keeps the focus; at the end, its "Move up".
  const title0 = await value(page, 'f-milestones.0.title');
  await page.locator('#b-milestones\\.0-down').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'b-milestones.1-down');
  assert.equal(await value(page, 'f-milestones.1.title'), title0);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'b-milestones.2-down');
  assert.equal(await value(page, 'f-milestones.2.title'), title0);
  // Remove: the next row (its fieldset, not its Remove button: a second Enter removes nothing).
  const title3 = await value(page, 'f-milestones.3.title');
  await page.locator('#b-milestones\\.2-remove').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'f-milestones.2');
  await page.keyboard.press('Enter');
  assert.equal(await rows(), n);
  assert.equal(await value(page, 'f-milestones.2.title'), title3);
  assert.equal(await page.locator('.ed-undo span').textContent(), 'Milestone 3 removed.');
  // Undo: the row is back, with the focus on it.
  await page.locator('#ed-undo').click();
  await page.waitForFunction(() => document.activeElement?.id === 'f-milestones.2');
  assert.equal(await value(page, 'f-milestones.2.title'), title0);
  assert.equal(await rows(), n + 1);
  // The last row removed: focus goes to the one before it.
  await page.locator(`#b-milestones\\.${n}-remove`).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, `f-milestones.${n - 1}`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("a draft over the widget's 2,000,000-byte limit is an error, not ready to export", async () => {
  const context = await env.browser.newContext();
  const page = await editorPage(context);
  await page.locator('#ed-file').setInputFiles(SAMPLE);
  await holds(page, 'f-subject.album', 'Sample Album');
  await page.locator('[id="f-subject.note"]').fill('x'.repeat(2_000_100));
  const summary = page.locator('.ed-summary');
  await page.waitForFunction(() => document.querySelector('.ed-summary').dataset.errors !== '0');
  assert.match(await summary.textContent(), /Error: The file would be 2,00\d,\d{3} bytes, and the tracker reads at most 2,000,000/);
  assert.equal(await page.locator('#ed-download').isDisabled(), true);
  await context.close();
});

test("a new form shows no \"missing\" before the fan has typed in a field; the export shows them all", async () => {
  const context = await env.browser.newContext();
  const page = await editorPage(context);
  const summary = page.locator('.ed-summary');
  assert.equal(await summary.getAttribute('data-errors'), '0');
  // Artist, album, release, and the first source's publication and date: all of them, at once.
  const waiting = Number(await summary.getAttribute('data-waiting'));
  assert.equal(waiting, 5);
  assert.equal(await page.locator('.ed-form .ed-problem, .ed-summary .ed-problem').count(), 0, 'nothing said before anything is typed');
  assert.match(await summary.textContent(), new RegExp(`Required fields still to fill in: ${waiting}\\.`));
  // Typed in, then emptied: that field's problem shows, under it.
  await page.locator('[id="f-subject.artist"]').fill('X');
  await page.locator('[id="f-subject.artist"]').fill('');
  await page.waitForFunction(() => document.querySelector('[id="f-subject.artist"]').getAttribute('aria-invalid') === 'true');
  assert.equal(Number(await summary.getAttribute('data-waiting')), waiting - 1);
  // Turning to the export shows every problem, and the download stays blocked.
  await page.locator('#ed-hosted').focus();
  await page.waitForFunction(() => document.querySelector('.ed-summary').dataset.waiting === '0');
  assert.equal(Number(await summary.getAttribute('data-errors')), waiting);
  assert.equal(await page.locator('#ed-download').isDisabled(), true);
  await context.close();
});

test('skip links lead to each part; each Copy button has a name of its own', async () => {
  const context = await env.browser.newContext();
  const page = await editorPage(context);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('nav')?.getAttribute('aria-label')), 'Go to');
  const links = await page.locator('.ed-skip a').evaluateAll((all) => all.map((a) => a.textContent));
  assert.deepEqual(links, ['Start', 'Checks', 'The album and its milestones', 'Preview', 'Export and embed', 'A page of its own', 'Check my site']);
  for (const href of await page.locator('.ed-skip a').evaluateAll((all) => all.map((a) => a.getAttribute('href')))) {
    assert.equal(await page.locator(href).count(), 1, href);
  }
  const names = await page.locator('[data-copy]').evaluateAll((all) => all.map((b) => b.getAttribute('aria-label')));
  assert.equal(new Set(names).size, names.length, names.join(' | '));
  await context.close();
});

test('numbers as people write them (1.2B, 100,000,000, 6억) are read as the numbers they mean, and shown back', async () => {
  const context = await env.browser.newContext();
  const page = await editorPage(context);
  await page.locator('#ed-file').setInputFiles(SAMPLE);
  await holds(page, 'f-subject.album', 'Sample Album');
  const field = page.locator('[id="f-milestones.0.metric.value"]');
  for (const [written, shown] of [['1.2B', '= 1,200,000,000'], ['100,000,000', '= 100,000,000'], ['6억', '= 600,000,000']]) {
    await field.fill(written);
    const hint = page.locator('[id="h-milestones.0.metric.value"]');
    await hint.waitFor();
    assert.equal(await hint.textContent(), shown);
    assert.equal(await field.getAttribute('aria-invalid'), null, `${written} is a number`);
  }
  await field.fill('100MM');
  await page.waitForFunction(() => document.querySelector('[id="f-milestones.0.metric.value"]').getAttribute('aria-invalid') === 'true');
  await context.close();
});

test('on a phone, a strip at the foot of the screen shows the count and the checks, and leads to the preview in one tap', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await editorPage(context);
  await page.locator('#ed-file').setInputFiles(SAMPLE);
  await holds(page, 'f-subject.album', 'Sample Album');
  await page.locator('[id="f-subject.artist"]').focus();
  const strip = page.locator('.ed-phone-strip');
  const box = await strip.boundingBox();
  assert.ok(box && box.y + box.height <= 740 && box.y > 600, `the strip is at the foot of the screen: ${JSON.stringify(box)}`);
  assert.match(await strip.textContent(), /^Sample Album.*(days|D\+).*Errors: 0See the preview$/);
  await strip.click();
  await page.waitForFunction(() => { const r = document.getElementById('ed-preview-title').getBoundingClientRect(); return r.top > -2 && r.top < 200; });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no horizontal scroll');
  await context.close();
  // On a wide screen the preview is beside the form: no strip.
  const wide = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const big = await editorPage(wide);
  assert.equal(await big.locator('.ed-phone-strip').isVisible(), false);
  await wide.close();
});

test('opened from disk, the editor says in one line what to do instead of loading forever', async () => {
  const folder = await scratchDir();
  await copyFile(join(DIST, 'editor.html'), join(folder, 'editor.html'));
  const page = await env.browser.newPage();
  await page.goto(pathToFileURL(join(folder, 'editor.html')).href);
  assert.match(await page.locator('.ed-loading').textContent(), /^The editor cannot start from a file on your computer: open editor\.html at the address where you uploaded this folder/);
  await page.close();
});

test('choices read in the fan\'s words, the file keeps the format\'s; no address for the .json file is a warning, not a fake value', async () => {
  const context = await env.browser.newContext();
  const page = await editorPage(context);
  await page.locator('#ed-file').setInputFiles(SAMPLE);
  await holds(page, 'f-subject.album', 'Sample Album');
  const options = await page.locator('[id="f-milestones.0.dated_by"] option').evaluateAll((all) => all.map((o) => [o.value, o.textContent]));
  assert.deepEqual(options.filter(([v]) => v === 'worked_out'), [['worked_out', "worked out from the source's count of days"]]);
  assert.equal(await page.locator('#ed-hosted').inputValue(), '');
  assert.match(await page.locator('#ed-hosted').getAttribute('placeholder'), /^https:\/\/your-site\.example\//);
  assert.match(await page.locator('#ed-hosted-missing').textContent(), /point at an example address until you write yours/);
  await page.locator('#ed-hosted').fill('https://fan.example/data/sample.json');
  assert.equal(await page.locator('#ed-hosted-missing').count(), 0);
  assert.match(await page.locator('#ed-snippet-hosted').inputValue(), /https:\/\/fan\.example\/data\/sample\.json/);
  await context.close();
});

test('a long list shows its rows as one line each; Edit opens one, and a problem in a closed row opens it from the summary', async () => {
  const context = await env.browser.newContext();
  const page = await editorPage(context);
  const data = JSON.parse(await (await import('node:fs/promises')).readFile(SAMPLE, 'utf8'));
  const base = data.milestones[0];
  data.milestones = Array.from({ length: 30 }, (_, i) => ({ ...base, id: `m-${i}`, title: `Milestone ${i}` }));
  data.milestones[17].kind = 'party';
  await paste(page, JSON.stringify(data));
  await page.locator('[id="f-milestones.29"]').waitFor();
  assert.equal(await page.locator('fieldset.ed-row--closed[id^="f-milestones."]').count(), 30);
  assert.match(await page.locator('[id="f-milestones.17"]').textContent(), /Milestone 17.*problems: 1/);
  await page.locator('[id="b-milestones.3-open"]').click();
  await page.waitForFunction(() => document.activeElement?.id === 'f-milestones.3');
  assert.equal(await value(page, 'f-milestones.3.title'), 'Milestone 3');
  // The summary's link to the problem opens its row and focuses the field.
  await page.locator('.ed-summary [data-target="f-milestones.17.kind"]').click();
  await page.waitForFunction(() => document.activeElement?.id === 'f-milestones.17.kind');
  await context.close();
});

test('a large draft: the data snippet shown catches up once typing pauses, a copy holds what was just typed, and so does the kept draft', async () => {
  const context = await env.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.widget.origin });
  const page = await editorPage(context);
  const data = JSON.parse(await (await import('node:fs/promises')).readFile(SAMPLE, 'utf8'));
  const base = data.milestones[0];
  // About 200 kB: past the size where the preview and the data snippet wait for a pause.
  data.milestones = Array.from({ length: 400 }, (_, i) => ({ ...base, id: `m-${i}`, title: `Milestone ${i}`, record: 'A record line of ordinary length, for the size of it' }));
  delete data.comparisons; // they name the sample's own milestones
  await paste(page, JSON.stringify(data));
  await page.locator('[id="f-milestones.399"]').waitFor();
  await page.locator('[id="f-subject.note"]').fill('Typed just now');
  // At once, before any pause: the copy is of the draft as it is.
  await page.locator('button[data-copy=inline]').click();
  await page.waitForFunction(() => document.querySelector('button[data-copy=inline]').textContent === 'Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /"note": ?"Typed just now"/);
  // And the text shown follows once typing has paused.
  await page.waitForFunction(() => document.getElementById('ed-snippet-inline').value.includes('Typed just now'));
  assert.equal(await page.locator('#ed-snippet-inline').inputValue(), copied);
  // Kept in this browser even when the page is left at once after typing (before the pause's save).
  await page.locator('[id="f-subject.note"]').fill('Typed, then the tab was reloaded');
  await page.reload();
  await page.locator('[id="f-milestones.399"]').waitFor({ timeout: 30_000 });
  assert.equal(await value(page, 'f-subject.note'), 'Typed, then the tab was reloaded');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("a date is typed as the format writes it (a day, a month, an instant) or picked on the browser's calendar beside it", async () => {
  const context = await env.browser.newContext();
  const page = await editorPage(context);
  await paste(page, await (await import('node:fs/promises')).readFile(SAMPLE, 'utf8'));
  await holds(page, 'f-milestones.2.date', '2024-06-07');
  // The calendar shows a day typed; a month or an instant it cannot hold leaves it empty, and stays.
  assert.equal(await value(page, 'p-milestones.2.date'), '2024-06-07');
  assert.equal(await value(page, 'f-milestones.1.date'), '2024-04');
  assert.equal(await value(page, 'p-milestones.1.date'), '');
  assert.equal(await value(page, 'p-milestones.0.date'), '');
  assert.equal(await page.locator('[id="p-milestones.2.date"]').getAttribute('aria-label'), 'Date: pick the day on a calendar');
  // The keyboard types the date: Tab goes from the text to the next field, not through the calendar's
  // three or four parts.
  await page.locator('[id="f-milestones.2.date"]').focus();
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'f-milestones.2.dated_by');
  // A day picked: the text follows, and so do the checks (after the album's release: no problem).
  await page.locator('[id="p-milestones.2.date"]').fill('2024-06-08');
  await holds(page, 'f-milestones.2.date', '2024-06-08');
  assert.equal(await page.locator('[id="e-milestones.2.date"]').count(), 0);
  // A month typed over it: kept as typed, the calendar empties.
  await page.locator('[id="f-milestones.2.date"]').fill('2024-06');
  await page.waitForFunction(() => document.getElementById('p-milestones.2.date').value === '');
  assert.equal(await value(page, 'f-milestones.2.date'), '2024-06');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the choices the snippets carry come before the snippets, in the export panel; the preview follows them', async () => {
  const context = await env.browser.newContext();
  const page = await editorPage(context);
  const order = await page.evaluate(() => {
    const before = (a, b) => Boolean(document.getElementById(a).compareDocumentPosition(document.getElementById(b)) & Node.DOCUMENT_POSITION_FOLLOWING);
    return {
      inExport: ['ed-count', 'ed-zone', 'ed-lang', 'ed-theme', 'ed-layout'].every((id) => document.getElementById(id).closest('#embed')),
      choicesFirst: before('ed-layout', 'ed-snippet-inline'),
    };
  });
  assert.deepEqual(order, { inExport: true, choicesFirst: true });
  // A choice made there shows in the preview at once.
  await paste(page, await (await import('node:fs/promises')).readFile(SAMPLE, 'utf8'));
  await holds(page, 'f-subject.album', 'Sample Album');
  await page.locator('#ed-layout').selectOption('card');
  await page.locator('.ed-preview .mt[data-layout=card]').waitFor();
  assert.match(await page.locator('#ed-snippet-builtin').inputValue(), /layout="card"/);
  await context.close();
});
