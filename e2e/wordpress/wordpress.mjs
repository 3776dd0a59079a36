// The WordPress tier: Debian's WordPress 6.1 with MariaDB and PHP, started here (PHP's built-in server,
// a MariaDB of the test's own in a scratch folder), the release's plugin unpacked into it, and a fan
// blogger who is an Author (no unfiltered_html, WordPress's sanitizer on every save):
//   (a) the tracker's published address alone on a line becomes a live card, sized by the embed protocol;
//   (b) the plugin's shortcode shows a live card and a count inside a sentence;
//   (c) the editor's snippets pasted by an Author leave no JSON or CSS as post text, only their links;
//   (d) the page the build writes for Layover (src/bin/publish, as ./scripts/build --embed-base runs it):
//       its address becomes the card, and its tags and picture (drawn without a browser) a link preview.
// With MT_SCREENSHOTS=1 it also retakes web/release/images/ (the release's EMBED.md shows them):
// publish.png (the editor's panel), wordpress-address.png, wordpress-shortcode.png and link-preview.png (the published page's tags, read by a real Open Graph parser, drawn as a chat
// app draws a link). Its changes to the machine: /etc/wordpress/config-mttest.php (one line, pointing at the test's
// config.php). Run by ./scripts/test after the e2e tier (which builds dist/ and target/release-test/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, chmodSync, cpSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import ogs from 'open-graph-scraper';
import { PNG } from 'pngjs';
import { serve, launch, scratchDir, publishFromEditor, DIST, ROOT } from '../harness.mjs';

const HERE = join(ROOT, 'e2e', 'wordpress');
const LAYOVER = join(ROOT, 'static', 'layover.json');
const version = /^\[package\][^[]*?^version = "([^"]+)"/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))[1];
const PLUGIN_ZIP = join(ROOT, 'target', 'release-test', `milestone-tracker-wordpress-${version}.zip`);
const env = {};
const children = [];
const SCREENSHOTS = Boolean(process.env.MT_SCREENSHOTS);

/** With MT_SCREENSHOTS, `locator` as web/release/images/`name`. */
async function shoot(locator, name) {
  if (SCREENSHOTS) await locator.screenshot({ path: join(ROOT, 'web', 'release', 'images', name) });
}

const freePort = () => new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
});

async function until(what, check, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    try { if (await check()) return; } catch { /* not yet */ }
    if (Date.now() > end) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function start(command, args, options) {
  // Its own process group: PHP's server forks workers, which must stop with it.
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true, ...options });
  child.log = '';
  child.stderr.on('data', (d) => { child.log += d; });
  children.push(child);
  return child;
}

/** A MariaDB of the test's own, its socket in `dir`, with the database and user WordPress needs. */
async function mariadb(dir) {
  const data = join(dir, 'db');
  execFileSync('mariadb-install-db', ['--user=mysql', `--datadir=${data}`, '--skip-test-db', '--auth-root-authentication-method=socket'], { stdio: 'ignore' });
  const socket = join(dir, 'mysql.sock');
  const server = start('mariadbd', ['--user=mysql', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'db.pid')}`]);
  await until('MariaDB answering', () => { execFileSync('mariadb', [`--socket=${socket}`, '-e', 'SELECT 1'], { stdio: 'ignore' }); return true; })
    .catch((e) => { throw new Error(`${e.message}\n${server.log}`); });
  execFileSync('mariadb', [`--socket=${socket}`, '-e',
    "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';"]);
  return socket;
}

/** wp-content in `dir`: Debian's theme, the release's plugin unpacked, the test's must-use plugin. */
function content(dir) {
  const wpContent = join(dir, 'wp-content');
  mkdirSync(join(wpContent, 'plugins'), { recursive: true });
  mkdirSync(join(wpContent, 'mu-plugins'), { recursive: true });
  mkdirSync(join(wpContent, 'uploads'), { recursive: true });
  cpSync('/usr/share/wordpress/wp-content/themes', join(wpContent, 'themes'), { recursive: true, dereference: true });
  execFileSync('python3', ['-m', 'zipfile', '-e', PLUGIN_ZIP, join(wpContent, 'plugins')]);
  cpSync(join(HERE, 'ports.php'), join(wpContent, 'mu-plugins', 'ports.php'));
  return wpContent;
}

before(async () => {
  if (!existsSync(PLUGIN_ZIP)) throw new Error(`${PLUGIN_ZIP} is missing: run node scripts/lib/release.mjs dist target/release-test`);
  const dir = await scratchDir();
  chmodSync(dir, 0o777); // MariaDB runs as mysql and puts its socket here.
  mkdirSync('/etc/wordpress', { recursive: true });
  writeFileSync('/etc/wordpress/config-mttest.php', "<?php require getenv( 'MT_WP_CONFIG' );\n");
  const socket = await mariadb(dir);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const wpEnv = {
    ...process.env, MT_WP_URL: url, MT_WP_SOCKET: socket, MT_WP_CONTENT: content(dir),
    MT_WP_CONFIG: join(HERE, 'config.php'), PHP_CLI_SERVER_WORKERS: '4',
  };
  const php = (...args) => execFileSync('php', [join(HERE, 'cli.php'), ...args], { env: wpEnv, encoding: 'utf8', input: args.input });
  env.author = JSON.parse(php('install')).author;
  env.post = (title, body) => JSON.parse(execFileSync('php', [join(HERE, 'cli.php'), 'post', String(env.author)], {
    env: wpEnv, encoding: 'utf8', input: JSON.stringify({ title, content: body }),
  }));
  const wordpress = start('php', ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', join(HERE, 'router.php')], { env: wpEnv });
  await until('WordPress answering', async () => (await fetch(url)).ok).catch((e) => { throw new Error(`${e.message}\n${wordpress.log}`); });
  env.wordpress = url;
  // The widget where the editor is (GitHub Pages-like: CORS), and the blogger's published folder.
  env.widget = await serve(DIST, {}, { cors: true });
  env.publishedDir = await scratchDir();
  env.site = await serve(env.publishedDir, {}, { cors: true });
  env.browser = await launch();
  env.folder = await publishFromEditor(env.browser, `${env.widget.url}/editor.html`, LAYOVER, env.site.url, 'layover', env.publishedDir,
    { screenshot: SCREENSHOTS && join(ROOT, 'web', 'release', 'images', 'publish.png') });
  assert.deepEqual(env.folder.errors, []);
  // dist/ as ./scripts/build --embed-base writes it: the widget's files, and Layover's folder beside them.
  env.builtDir = await scratchDir();
  cpSync(DIST, env.builtDir, { recursive: true });
  env.built = await serve(env.builtDir, {}, { cors: true });
  execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'publish', '--', '--base', `${env.built.url}/`, '--out', env.builtDir],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, MILESTONE_DATA: '' } });
});

after(async () => {
  await env.browser?.close();
  for (const server of [env.widget, env.site, env.built]) await server?.close();
  for (const child of children.reverse()) {
    child.stderr.removeAllListeners('data');
    child.stderr.destroy();
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone already */ }
  }
});

/** The post at `url` in Chromium, with its errors recorded. */
async function open(url) {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 900 } });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url);
  return page;
}

/**
 * Posts `folder` (a published folder's address) alone on a line as the Author, and checks what a reader
 * sees: WordPress's sandboxed frame of the folder's card, shown once the frame has sent its height, the
 * live card in it, the height the protocol carried. Returns the post's page, open.
 */
async function addressBecomesCard(folder, title) {
  const post = env.post(title, `Our tracker:\n\n${folder}\n\nMore soon.`);
  assert.equal(post.unfiltered_html, false, 'an Author');
  const page = await open(post.url);
  const frame = page.locator('iframe.wp-embedded-content');
  await frame.waitFor({ state: 'attached', timeout: 30_000 }).catch(async (e) => { throw new Error(`no embed: ${(await page.content()).slice(0, 3000)}`, { cause: e }); });
  assert.equal(await frame.getAttribute('sandbox'), 'allow-scripts');
  assert.match(await frame.getAttribute('src'), new RegExp(`^${folder}frame-card\\.html#\\?secret=[A-Za-z0-9]{10}$`));
  // WordPress shows the frame (drops its hiding style) once the frame has sent its height.
  await page.waitForFunction(() => !document.querySelector('iframe.wp-embedded-content').hasAttribute('style'), null, { timeout: 30_000 });
  const inner = page.frames().find((f) => f.url().startsWith(`${folder}frame-card.html`));
  await inner.waitForFunction(() => document.querySelector('milestone-tracker')?.shadowRoot?.querySelector('.mt[data-state=ready][data-layout=card]'), null, { timeout: 30_000 });
  const content = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.waitForFunction((h) => Number(document.querySelector('iframe.wp-embedded-content').getAttribute('height')) === Math.min(1000, Math.max(200, h)), content, { timeout: 10_000 });
  const box = await frame.boundingBox();
  assert.ok(box.height >= 200 && box.width > 300, JSON.stringify(box));
  assert.equal(await page.locator('blockquote.wp-embedded-content').isVisible(), false, 'the fallback quote gives way');
  assert.deepEqual(page.errors, []);
  return page;
}

test('(a) an Author pastes the published address alone on a line: a live card, sized by the embed protocol', async () => {
  const page = await addressBecomesCard(`${env.site.url}/layover/`, 'Layover, 100 days on');
  await shoot(page.locator('.wp-block-post-content'), 'wordpress-address.png');
  await page.close();
});

test('(b) the plugin\'s shortcode: a live card and a count inside a sentence, for an Author', async () => {
  const source = `${env.site.url}/layover/layover.json`;
  // The card in a Shortcode block (as the block editor saves one), the counter typed into a paragraph.
  const post = env.post('Shortcodes', `<!-- wp:shortcode -->\n[milestone_tracker layout="card" source="${source}"]\n<!-- /wp:shortcode -->\n\n<!-- wp:paragraph -->\n<p>It has been [milestone_tracker layout="counter" count="inclusive" source="${source}"] since Layover came out.</p>\n<!-- /wp:paragraph -->`);
  assert.match(post.stored, /^<!-- wp:shortcode -->\n\[milestone_tracker layout="card"/, 'kept as written');
  const page = await open(post.url);
  await page.waitForFunction(() => [...document.querySelectorAll('milestone-tracker')].every((m) => m.shadowRoot?.querySelector('.mt[data-state=ready]')), null, { timeout: 30_000 });
  assert.equal(await page.locator('milestone-tracker').count(), 2);
  assert.equal(await page.locator('script[src*="milestone-tracker/widget/embed.js"]').count(), 1, 'the widget loaded once');
  // The sentence as a reader sees it: its text, with the count the widget draws in its shadow root.
  const sentence = await page.locator('p:has(milestone-tracker[layout=counter])').evaluate((p) => [...p.childNodes]
    .map((n) => (n.shadowRoot ? n.shadowRoot.querySelector('.mt-counter-value').innerText : n.textContent)).join(''));
  const seoul = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());
  const day = Math.round((Date.parse(`${seoul}T00:00:00Z`) - Date.parse('2023-09-08T00:00:00Z')) / 86_400_000) + 1;
  assert.equal(sentence, `It has been D+${day} since Layover came out.`);
  assert.deepEqual(page.errors, []);
  await shoot(page.locator('.wp-block-post-content'), 'wordpress-shortcode.png');
  await page.close();
});

test('(c) the editor\'s snippets pasted by an Author leave no JSON or code as post text', async () => {
  const editor = await env.browser.newPage({ viewport: { width: 1300, height: 900 } });
  await editor.goto(`${env.widget.url}/editor.html`);
  await editor.locator('#ed-file').setInputFiles(LAYOVER);
  await editor.locator('#ed-import-notice').waitFor();
  await editor.locator('#ed-hosted').fill(`${env.site.url}/layover/layover.json`);
  const snippets = {};
  for (const kind of ['inline', 'more', 'hosted', 'iframe']) snippets[kind] = await editor.locator(`#ed-snippet-${kind}`).inputValue();
  await editor.close();
  const post = env.post('Snippets', Object.values(snippets).join('\n\n'));
  assert.doesNotMatch(post.stored, /<script|<style|<iframe/, 'the sanitizer took the elements');
  const page = await open(post.url);
  const text = await page.locator('.wp-block-post-content, .entry-content').first().innerText();
  assert.doesNotMatch(text, /"subject"|\{|min-height|embed\.js/, text);
  assert.match(text, /Layover: /, 'the fallback lines are what is left');
  assert.ok(await page.locator('.wp-block-post-content a[href*="index.html"], .entry-content a[href*="index.html"]').count() >= 2, 'linked to the tracker');
  await page.close();
});

test('(d) the build\'s own page for Layover (--embed-base): its address on a line, its link preview and picture', async () => {
  const folder = `${env.built.url}/layover/`;
  const page = await addressBecomesCard(folder, 'From the release');
  await page.close();
  const { result } = await ogs({ html: await (await fetch(folder)).text() });
  assert.equal(result.ogTitle, 'Layover · V (Kim Taehyung)');
  assert.equal(result.ogImage[0].url, `${folder}layover.png`);
  // The picture the build drew without a browser: 1200 x 630, the accent bar, the text in light ink.
  const png = PNG.sync.read(Buffer.from(await (await fetch(result.ogImage[0].url)).arrayBuffer()));
  assert.deepEqual([png.width, png.height], [1200, 630]);
  const at = (x, y) => [...png.data.subarray((y * 1200 + x) * 4, (y * 1200 + x) * 4 + 3)];
  assert.deepEqual(at(5, 300), [0xb9, 0xa4, 0xff]);
  let light = 0;
  for (let y = 120; y < 170; y += 1) for (let x = 80; x < 400; x += 1) if (at(x, y)[0] > 0xc0) light += 1;
  assert.ok(light > 1000, `the album's name drawn (${light} light pixels)`);
});

test('a link preview built from the published page\'s tags, fetched as a chat app fetches them', async () => {
  const folder = `${env.site.url}/layover/`;
  const { result } = await ogs({ html: await (await fetch(folder)).text() });
  const page = await env.browser.newPage({ viewport: { width: 560, height: 520 } });
  const esc = (t) => t.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  await page.setContent(`<!doctype html><body style="margin:0;background:#313338;font:15px system-ui,sans-serif">
    <div id="preview" style="margin:16px;padding:12px 16px;max-width:480px;background:#2b2d31;border-left:4px solid #b9a4ff;border-radius:4px;color:#dbdee1">
    <div style="color:#00a8fc;font-weight:600">${esc(result.ogTitle)}</div>
    <div style="margin:6px 0 10px">${esc(result.ogDescription)}</div>
    <img src="${esc(result.ogImage[0].url)}" style="width:100%;border-radius:4px"></div></body>`);
  const size = await page.locator('#preview img').evaluate(async (img) => { await img.decode(); return [img.naturalWidth, img.naturalHeight]; });
  assert.deepEqual(size, [1200, 630]);
  assert.equal(result.ogTitle, 'Layover · V (Kim Taehyung)');
  await shoot(page.locator('#preview'), 'link-preview.png');
  await page.close();
});
