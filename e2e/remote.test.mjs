// Data from a URL, as a blogger hosts it: in-page mounts whose data-source is a file on another origin
// (with CORS) beside mounts whose URLs fail in every way a host can fail, each saying why in its own
// box while the working one works; the last good copy shown, with its date, after the host goes away,
// and "Try again"; the tracker page's own ?data=<url>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { serve, openPage, setup, DIST } from './harness.mjs';

const album = (name, release) => JSON.stringify({
  subject: {
    artist: 'Example Artist (made-up test data)', album: name, home_zone: 'Europe/London',
    release, sources: [{ publication: 'Made-up test data', date: '2024-01-02' }],
  },
});
const REMOTE = album('Remote Album', '2024-01-01');
const UPDATED = album('Remote Album, Updated', '2024-01-01');
// A comma too many at line 3, column 32.
const BROKEN = '{\n  "subject": {\n    "artist": "Example Artist",,\n    "album": "Broken"\n  }\n}\n';
// Well-formed, but a milestone has no id: it fails the checks.
const FAILS_CHECKS = JSON.stringify({
  ...JSON.parse(REMOTE),
  milestones: [{ date: '2024-01-02', kind: 'other', title: 'No id', source: { publication: 'Made-up test data', date: '2024-01-02' } }],
});
// What a host sends when the file's address leads to a login or parking page.
const LOGIN_PAGE = '<!doctype html><html><head><title>Log in</title></head><body><form>Log in</form></body></html>';
// Over the 2 MB limit: one long string.
const BIG = JSON.stringify({ padding: 'x'.repeat(2_100_000) });

/** A data host: `cors` says whether it lets other origins read it. `state.flaky` switches /flaky.json
 *  between serving `state.body` as `state.type` ('ok') and dropping the connection ('gone');
 *  /cached.json serves `state.cached` with `Cache-Control: max-age=600`, as GitHub Pages does. */
async function dataHost({ cors }) {
  const state = { flaky: 'ok', body: REMOTE, type: 'application/json', cached: REMOTE, requests: [] };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://127.0.0.1').pathname;
    state.requests.push(path);
    const headers = { 'content-type': 'application/json', ...(cors ? { 'access-control-allow-origin': '*' } : {}) };
    if (path === '/slow.json') return; // never answers
    if (path === '/flaky.json' && state.flaky === 'gone') return req.socket.destroy();
    if (path === '/flaky.json') headers['content-type'] = state.type;
    if (path === '/login.json') headers['content-type'] = 'text/html; charset=utf-8';
    if (path === '/cached.json') headers['cache-control'] = 'max-age=600';
    const body = {
      '/album.json': REMOTE, '/broken.json': BROKEN, '/big.json': BIG, '/flaky.json': state.body,
      '/login.json': LOGIN_PAGE, '/cached.json': state.cached,
    }[path];
    if (body === undefined) {
      res.writeHead(404, headers);
      return res.end('not found');
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, state, close: () => { server.closeAllConnections(); return new Promise((r) => server.close(r)); } };
}

function blogPage(widget, mounts) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>A fan blog</title><link rel="icon" href="data:,"></head>
<body><h1>My blog post</h1>${mounts}<script type="module" src="${widget}/embed.js"></script></body></html>`;
}

const env = setup({
  widget: () => serve(DIST, {}, { prefix: '/', cors: true }),
  data: () => dataHost({ cors: true }),
  closed: () => dataHost({ cors: false }),
  blog: ({ widget, data, closed }) => serve(DIST, {
    '/remote.html': blogPage(widget.url, `
      <div data-milestone-tracker id="good" data-source="${data.url}/album.json" data-now="2024-06-01T12:00:00Z"></div>
      <div data-milestone-tracker id="missing" data-source="${data.url}/missing.json"></div>
      <div data-milestone-tracker id="broken" data-source="${data.url}/broken.json"></div>
      <div data-milestone-tracker id="big" data-source="${data.url}/big.json"></div>
      <div data-milestone-tracker id="no-cors" data-source="${closed.url}/album.json"></div>
      <div data-milestone-tracker id="slow" data-source="${data.url}/slow.json"></div>
      <div data-milestone-tracker id="not-http" data-source="ftp://example.invalid/album.json"></div>
      <div data-milestone-tracker id="login" data-source="${data.url}/login.json"></div>`),
    '/cached.html': blogPage(widget.url, `
      <div data-milestone-tracker id="cached" data-source="${data.url}/cached.json" data-now="2024-06-01T12:00:00Z"></div>`),
    '/flaky.html': blogPage(widget.url, `
      <div data-milestone-tracker id="flaky" data-source="${data.url}/flaky.json" data-now="2024-06-01T12:00:00Z"></div>`),
  }, { prefix: '/' }),
});

/** The text of mount `id` (inside its shadow root). */
const mountText = (page, id) => page.evaluate((id) => document.getElementById(id).shadowRoot?.textContent ?? '', id);
const waitForMount = (page, id, pattern, timeout = 20_000) => page.waitForFunction(
  ([id, source]) => new RegExp(source).test(document.getElementById(id).shadowRoot?.textContent ?? ''),
  [id, pattern.source], { timeout },
);

test('mounts read their data from URLs on another origin; each failing one says why, the working one works', async () => {
  const page = await openPage(env.browser, `${env.blog.url}/remote.html`, { viewport: { width: 900, height: 20000 } });
  await waitForMount(page, 'good', /Remote Album/);
  const good = await page.evaluate(() => {
    const root = document.getElementById('good').shadowRoot;
    return { state: root.querySelector('.mt').dataset.state, days: root.querySelector('[data-counter=album]').dataset.days };
  });
  assert.deepEqual(good, { state: 'ready', days: '152' }, 'the remote album is counted: 2024-01-01 to 2024-06-01');
  const failures = {
    missing: [/HTTP 404/, `${env.data.url}/missing.json`],
    broken: [/line 3, column 32/, `${env.data.url}/broken.json`],
    big: [/larger than 2 MB/, `${env.data.url}/big.json`],
    'no-cors': [/CORS/, `${env.closed.url}/album.json`],
    'not-http': [/only http and https/, 'ftp://example.invalid/album.json'],
    login: [/answered with a web page, not a data file/, `${env.data.url}/login.json`],
  };
  for (const [id, [why, url]] of Object.entries(failures)) {
    await waitForMount(page, id, why).catch(async (e) => { throw new Error(`${id}: ${await mountText(page, id)}`, { cause: e }); });
    const text = await mountText(page, id);
    assert.ok(text.includes(url), `${id} names its URL: ${text}`);
    assert.equal(await page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('[role=alert]') !== null, id), true, `${id} is an alert`);
  }
  // Each fetch failure (not a bad address, not broken data) offers to try again.
  for (const id of ['missing', 'big', 'no-cors']) {
    assert.equal(await page.evaluate((id) => document.getElementById(id).shadowRoot.querySelectorAll('[data-action=retry]').length, id), 1, id);
  }
  assert.equal(await page.evaluate(() => document.getElementById('not-http').shadowRoot.querySelectorAll('[data-action=retry]').length), 0);
  // The host that never answers: a loading line first, then the timeout, after 10 seconds.
  assert.match(await mountText(page, 'slow'), /Loading the data from .*slow\.json/);
  await waitForMount(page, 'slow', /no complete answer within 10 seconds/, 20_000);
  // Meanwhile the working mount kept working.
  assert.match(await mountText(page, 'good'), /Remote Album/);
  assert.deepEqual(page.errors.filter((e) => !/Failed to load resource|CORS|net::/.test(e)), []);
  await page.close();
});

test('the last good copy is shown, with when it was fetched, after its host goes away; "Try again" gets the new one', async () => {
  const context = await env.browser.newContext({ viewport: { width: 900, height: 3000 } });
  const page = await context.newPage();
  env.data.state.flaky = 'ok';
  env.data.state.body = REMOTE;
  await page.goto(`${env.blog.url}/flaky.html`);
  await waitForMount(page, 'flaky', /Remote Album/);
  // The host goes away: the reload shows the kept copy, says why and when it was fetched.
  env.data.state.flaky = 'gone';
  await page.reload();
  await waitForMount(page, 'flaky', /could not be loaded/);
  const text = await mountText(page, 'flaky');
  assert.match(text, /Remote Album/, 'the kept copy is shown');
  assert.match(text, /no answer from its server/);
  const today = new Date().toISOString().slice(0, 10);
  const [y, m, d] = today.split('-').map(Number);
  const written = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
  assert.ok(text.includes(`showing the copy loaded on ${written}`), text);
  assert.match(text, /\d\d:\d\d UTC/);
  // Back, with new figures: "Try again" shows them and the notice goes.
  env.data.state.flaky = 'ok';
  env.data.state.body = UPDATED;
  await page.evaluate(() => document.getElementById('flaky').shadowRoot.querySelector('[data-action=retry]').click());
  await waitForMount(page, 'flaky', /Remote Album, Updated/);
  assert.doesNotMatch(await mountText(page, 'flaky'), /could not be loaded/);
  // A corrupt kept copy is no copy: with the host gone again, the error shows instead.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('milestone-tracker/v1/data/')) localStorage.setItem(key, 'not an entry');
  });
  env.data.state.flaky = 'gone';
  await page.reload();
  await waitForMount(page, 'flaky', /could not be loaded: no answer/);
  assert.doesNotMatch(await mountText(page, 'flaky'), /Remote Album/);
  await context.close();
});

test('a new copy with errors, or a web page, never replaces the last good copy; the errors go to the console', async () => {
  const context = await env.browser.newContext({ viewport: { width: 900, height: 3000 } });
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  Object.assign(env.data.state, { flaky: 'ok', body: REMOTE, type: 'application/json' });
  await page.goto(`${env.blog.url}/flaky.html`);
  await waitForMount(page, 'flaky', /Remote Album/);
  const cases = [
    ['a malformed file', BROKEN, 'application/json', /the file there now has errors/, /line 3, column 32/],
    ['a file failing the checks', FAILS_CHECKS, 'application/json', /the file there now has errors/, /milestones\[0\]/],
    ['a login page', LOGIN_PAGE, 'text/html', /answered with a web page, not a data file/, null],
  ];
  for (const [what, body, type, why, logged] of cases) {
    Object.assign(env.data.state, { body, type });
    warnings.length = 0;
    await page.reload();
    await waitForMount(page, 'flaky', why).catch(async (e) => { throw new Error(`${what}: ${await mountText(page, 'flaky')}`, { cause: e }); });
    const shown = await page.evaluate(() => {
      const root = document.getElementById('flaky').shadowRoot;
      return { state: root.querySelector('.mt').dataset.state, album: root.querySelector('h1.mt-album')?.textContent };
    });
    assert.deepEqual(shown, { state: 'ready', album: 'Remote Album' }, `${what}: the last good copy is shown`);
    assert.match(await mountText(page, 'flaky'), /showing the copy loaded on/, what);
    if (logged) assert.ok(warnings.some((w) => /has errors/.test(w) && logged.test(w)), `${what}: ${warnings.join(' | ')}`);
  }
  // Fixed: the next load shows the new figures, and the notice goes.
  Object.assign(env.data.state, { body: UPDATED, type: 'application/json' });
  await page.reload();
  await waitForMount(page, 'flaky', /Remote Album, Updated/);
  assert.doesNotMatch(await mountText(page, 'flaky'), /showing the copy/);
  await context.close();
});

test('an update shows on the next visit behind Cache-Control: max-age=600', async () => {
  const context = await env.browser.newContext({ viewport: { width: 900, height: 3000 } });
  const page = await context.newPage();
  env.data.state.cached = REMOTE;
  await page.goto(`${env.blog.url}/cached.html`);
  await waitForMount(page, 'cached', /Remote Album/);
  env.data.state.cached = UPDATED;
  // A new visit (not a reload, which revalidates anyway): the browser's cache would still be fresh.
  await page.goto(`${env.blog.url}/cached.html`);
  await waitForMount(page, 'cached', /Remote Album, Updated/);
  await context.close();
});

test('the tracker page reads ?data=<url>, and one that fails says so', async () => {
  const url = `${env.data.url}/album.json`;
  const page = await openPage(env.browser, `${env.widget.url}/index.html?data=${encodeURIComponent(url)}&now=2024-06-01T12:00:00Z`);
  await page.waitForSelector('.mt[data-state=ready] h1.mt-album');
  assert.equal(await page.locator('h1.mt-album').textContent(), 'Remote Album');
  assert.deepEqual(page.errors, []);
  // A page URL that fails says so in the page.
  const missing = await openPage(env.browser, `${env.widget.url}/index.html?data=${encodeURIComponent(`${env.data.url}/missing.json`)}`);
  await missing.waitForSelector('.mt[data-state=error] [role=alert]');
  assert.match(await missing.locator('.mt').textContent(), /missing\.json could not be loaded: its server answered HTTP 404.*Try again/s);
  await missing.close();
  await page.close();
});
