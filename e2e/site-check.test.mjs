// The editor's "Check my site", against real servers on loopback holding the built dist/ as a blogger
// uploads it: a host sending the CORS header (as GitHub Pages does), a plain static host (none), a
// wrong address, a host serving scripts as text/plain and .wasm without its type, the editor's own host
// seen from itself, and data files: good, broken, and a web page in their place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir, cp } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { serve, setup, scratchDir, DIST, ROOT } from './harness.mjs';

/** A host that sends every file as text/plain, the CORS header included. */
async function plainTextHost(root) {
  const server = createServer(async (req, res) => {
    try {
      const body = await readFile(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
      res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
      res.end(body);
    } catch {
      res.writeHead(404); res.end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

const data = async () => {
  const folder = await scratchDir();
  await mkdir(join(folder, 'data'));
  await cp(join(ROOT, 'static', 'layover.json'), join(folder, 'data', 'layover.json'));
  await writeFile(join(folder, 'data', 'broken.json'), '{\n  "subject": {\n    "artist": "X",\n    "album": 12\n  }\n}');
  return folder;
};

const env = setup({
  editor: () => serve(DIST, {}, { prefix: '/', cors: true }),
  pages: () => serve(DIST, {}, { prefix: '/tracker/', cors: true }),
  plain: () => serve(DIST, {}, { prefix: '/tracker/' }),
  text: () => plainTextHost(DIST),
  data: async () => serve(await data(), { '/data/page.json': '<!doctype html><title>Log in</title>' }, { prefix: '/', cors: true }),
});

/** Runs the check for `folder` (and the data file `hosted`) in the editor; its lines, by mark. */
async function check(page, folder, hosted = '') {
  await page.locator('#ed-hosted').fill(hosted);
  await page.locator('#ed-site-folder').fill(folder);
  await page.locator('#ed-site-run').click();
  await page.locator('#ed-site-result[aria-busy=false] .ed-site-verdict').waitFor({ timeout: 30_000 });
  const lines = await page.locator('.ed-site-line').evaluateAll((all) => all.map((li) => ({ mark: li.dataset.mark, text: li.textContent })));
  const verdict = await page.locator('.ed-site-verdict').textContent();
  return { verdict, lines, broken: lines.filter((l) => l.mark === 'broken').map((l) => l.text), change: lines.filter((l) => l.mark === 'change').map((l) => l.text) };
}

test('Check my site tells a fan, in plain words, what works on their host and what to change', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.editor.url}/editor.html`);
  await page.locator('#ed-site-folder').waitFor({ timeout: 30_000 });
  // The editor's own folder is the first guess.
  assert.equal(await page.locator('#ed-site-folder').inputValue(), `${env.editor.url}/`);

  // A host sending the CORS header (GitHub Pages' way), given as the address of its embed.js.
  let found = await check(page, `${env.pages.url}/embed.js`);
  assert.equal(found.verdict, 'All works: a blog on any site can show your tracker.');
  assert.deepEqual(found.lines.map((l) => l.mark), ['works', 'works', 'works']);
  assert.match(found.lines[0].text, /^Works: embed\.js: works\.$/);
  assert.match(found.lines[2].text, /milestone-tracker-[0-9a-f]+_bg\.wasm: works/);

  // A plain static host: no header.
  found = await check(page, `${env.plain.url}/`);
  assert.equal(found.broken.length, 1, found.lines.map((l) => l.text).join('\n'));
  assert.match(found.broken[0], /^To fix: embed\.js: your host answered, but it does not let other sites use its files.*Access-Control-Allow-Origin: \*/);
  assert.match(found.verdict, /To change before every blog can show your tracker: 1\./);

  // A folder that is not there, and an address that is not one.
  found = await check(page, `${env.pages.url}/elsewhere/`);
  assert.match(found.broken.join(), /embed\.js is not there \(the host answered 404\): upload the whole folder/);
  found = await check(page, 'my-site.example/tracker');
  assert.match(found.broken.join(), /This is not a web address/);

  // Scripts as text/plain (browsers refuse them as modules); .wasm as text/plain (works, slower).
  found = await check(page, `${env.text.url}/`);
  assert.match(found.broken.join(), /embed\.js comes as "text\/plain": browsers run a script only when it comes as JavaScript/);

  // Data files: one that works, one with a mistake (its place and words), and a login page in its place.
  found = await check(page, `${env.pages.url}/`, `${env.data.url}/data/layover.json`);
  assert.match(found.lines.at(-1).text, /^Works: Your data file works: Layover, milestones: \d+\.$/);
  found = await check(page, `${env.pages.url}/`, `${env.data.url}/data/broken.json`);
  assert.match(found.broken.join(), /Your data file has errors: 1\. The first: subject\.album \(line 4, column 14\): .*12/);
  found = await check(page, `${env.pages.url}/`, `${env.data.url}/data/page.json`);
  assert.match(found.broken.join(), /page\.json answers with a web page, not the file/);
  await page.close();
});

test('seen from its own site, a host without the header works for blogs there only, and the check says so', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.plain.url}/editor.html`);
  await page.locator('#ed-site-folder').waitFor({ timeout: 30_000 });
  const found = await check(page, await page.locator('#ed-site-folder').inputValue());
  assert.deepEqual(found.broken, []);
  assert.ok(found.change.some((t) => /^Could be better: embed\.js works for a blog on this same site, but your host sends no Access-Control-Allow-Origin header/.test(t)), found.change.join('\n'));
  await page.close();
});

test('the .wasm sent without its media type works, and the check suggests application/wasm', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.editor.url}/editor.html`);
  await page.locator('#ed-site-folder').waitFor({ timeout: 30_000 });
  // Scripts with their type, the wasm as application/octet-stream.
  await page.route(/_bg\.wasm$/, async (route) => {
    if (!route.request().url().startsWith(env.pages.url)) return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  const found = await check(page, `${env.pages.url}/`);
  assert.deepEqual(found.broken, []);
  assert.match(found.change.join(), /The \.wasm file comes as "application\/octet-stream", not application\/wasm: it works/);
  await page.close();
});
