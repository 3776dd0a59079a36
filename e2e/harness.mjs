// End-to-end harness: serves a folder on loopback (with extra in-memory pages) and launches Debian's
// Chromium through playwright-core. Nothing is downloaded; nothing listens beyond 127.0.0.1.
import { before, after } from 'node:test';
import { createServer } from 'node:http';
import { readFile, mkdtemp } from 'node:fs/promises';
import { join, extname, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

/** The project's folder, the release build `./scripts/build` writes, and the build with the test hooks. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const HOOKS_DIST = join(ROOT, 'target', 'dist-hooks');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `root` at http://127.0.0.1:<port><prefix>; `pages` maps extra paths to in-memory HTML.
 * `cors` adds Access-Control-Allow-Origin: * (module scripts and wasm loaded from another origin need it,
 * as they do on real static hosts), to every answer, or to those whose path it returns true for when it
 * is a function; `headers` are sent with every response.
 */
export async function serve(root, pages = {}, { prefix = '/', cors = false, headers: extra = {}, gzip = false } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    const allowed = typeof cors === 'function' ? cors(path) : cors;
    const headers = { ...extra, ...(allowed ? { 'access-control-allow-origin': '*' } : {}) };
    if (pages[path] !== undefined) {
      res.writeHead(200, { ...headers, 'content-type': TYPES['.html'] });
      return res.end(pages[path]);
    }
    // A missing file is answered with the same headers, as GitHub Pages answers its 404s.
    if (!path.startsWith(prefix)) { res.writeHead(404, headers); return res.end('not found'); }
    const inner = '/' + path.slice(prefix.length);
    const file = normalize(join(root, inner.endsWith('/') ? inner + 'index.html' : inner));
    if (!file.startsWith(normalize(root))) { res.writeHead(403); return res.end(); }
    try {
      let body = await readFile(file);
      // `gzip`: compressed as hosts serve it, when the browser accepts it.
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, headers); res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + prefix.replace(/\/$/, ''), close: () => new Promise((r) => server.close(r)) };
}

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export async function launch() {
  // playwright-core makes a fresh profile per launch; these flags keep Chromium off the network.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
}

/**
 * The suite's set-up in one call: before the tests, starts each server `servers` names (an async
 * factory, given those started before it) and Chromium; after them, stops everything. The returned
 * object holds them by name (and `browser`) once the tests run.
 */
export function setup(servers = {}) {
  const env = {};
  before(async () => {
    for (const [name, start] of Object.entries(servers)) env[name] = await start(env);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    for (const name of Object.keys(servers).reverse()) await env[name]?.close();
  });
  return env;
}

/** A page that records script errors and console errors, to assert none happened. */
export async function openPage(browser, url, { viewport = { width: 1000, height: 900 } } = {}) {
  const page = await browser.newPage({ viewport });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(url);
  return page;
}

/**
 * A browser context whose wasm requests wait until `release()` is called: the page has only its HTML
 * and CSS, as on a slow connection.
 */
export async function contextWithWasmHeld(browser) {
  const context = await browser.newContext();
  let release;
  const held = new Promise((r) => { release = r; });
  await context.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  return { context, release };
}

/** Records the URL of every wasm request `page` makes from now on. */
export function recordWasmRequests(page, ending = '.wasm') {
  const urls = [];
  page.on('request', (req) => { if (new URL(req.url()).pathname.endsWith(ending)) urls.push(req.url()); });
  return urls;
}

/** Waits until the live app has rendered (ready or error state, not the build-time prerender), with a deadline. */
export async function rendered(page) {
  await page.waitForSelector('.mt[data-state]:not([data-state=prerendered])', { timeout: 30_000 });
  return page;
}

/** The built index.html with a page-level dataset injected, as a blogger would. */
export async function withInlineData(distDir, json) {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const escaped = json.replaceAll('</', '<\\/');
  return html.replace('</body>', `<script type="application/json" id="milestone-data">${escaped}</script></body>`);
}

export const scratchDir = () => mkdtemp(join(tmpdir(), 'mt-e2e-'));

/**
 * Publishes `dataset` (a file) from the editor at `editorUrl` as a blogger does: imports it, gives the data
 * file's address `${siteUrl}/${folder}/${folder}.json`, presses "Download the folder", and unpacks the zip
 * into `into` (served at `siteUrl`). Returns the editor's words after the download and the folder's path.
 * `screenshot`: a path for a picture of the editor's Publish panel once it has spoken.
 */
export async function publishFromEditor(browser, editorUrl, dataset, siteUrl, folder, into, { screenshot } = {}) {
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(editorUrl);
  await page.locator('#ed-file').setInputFiles(dataset);
  await page.locator('#ed-import-notice').waitFor();
  const disabled = await page.locator('#ed-publish').isDisabled();
  await page.locator('#ed-hosted').fill(`${siteUrl}/${folder}/${folder}.json`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#ed-publish').click()]);
  const zip = join(await scratchDir(), download.suggestedFilename());
  await download.saveAs(zip);
  const said = await page.locator('.ed-publish-said').textContent();
  if (screenshot) await page.locator('#publish').screenshot({ path: screenshot });
  const errors = page.errors;
  await page.close();
  execFileSync('python3', ['-m', 'zipfile', '-e', zip, into]);
  return { said, disabledWithoutAddress: disabled, zipName: download.suggestedFilename(), errors, dir: join(into, folder) };
}
