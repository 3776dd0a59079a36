// The release a blogger downloads, used as they would, with no toolchain: the zip unpacked alone into an
// empty folder and served, embedded into a blog on another origin; the npm tarball installed into an
// empty project and embedded from node_modules; and the Hugo shortcode in a real Hugo site (Debian's
// hugo), whose built post, served, shows both its trackers. The e2e tier packs dist/ into
// target/release-test with scripts/lib/release.mjs before this runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, readdir, writeFile, mkdir, cp, access } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, openPage, scratchDir, setup, ROOT } from './harness.mjs';

const RELEASE = process.env.MILESTONE_RELEASE_DIR ?? join(ROOT, 'target', 'release-test');
const VERSION = /^\[package\][^[]*?^version = "([^"]+)"/m.exec(await readFile(join(ROOT, 'Cargo.toml'), 'utf8'))[1];
const NAME = `milestone-tracker-${VERSION}`;

const secondAlbum = {
  subject: {
    artist: 'Example Artist (made-up test data)', album: 'Second Album', home_zone: 'Europe/London',
    release: '2024-01-01', sources: [{ publication: 'Made-up test data', date: '2024-01-02' }],
  },
};

// Unpacked and installed once, before the servers start.
const unpacked = await scratchDir();
execFileSync('python3', ['-m', 'zipfile', '-e', join(RELEASE, `${NAME}.zip`), unpacked]);
const widgetDir = join(unpacked, NAME);
const project = await scratchDir();
await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'a-blog', private: true }));
execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', join(RELEASE, `${NAME}.tgz`)], { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] });
const installed = join(project, 'node_modules', 'milestone-tracker');

function blogPage(widget, mounts) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>A fan blog</title><link rel="icon" href="data:,"></head>
<body><h1>My blog post</h1>${mounts}<script type="module" src="${widget}/embed.js"></script></body></html>`;
}

const env = setup({
  // The unpacked folder alone, as a static host serves it (with CORS, as GitHub Pages sends).
  zip: () => serve(widgetDir, {}, { prefix: '/tracker/', cors: true }),
  // node_modules/milestone-tracker/dist, as a CDN serving the npm package would.
  npm: () => serve(join(installed, 'dist'), {}, { prefix: `/milestone-tracker@${VERSION}/dist/`, cors: true }),
  blog: ({ zip, npm }) => serve(unpacked, {
    '/post.html': blogPage(zip.url, `
      <div data-milestone-tracker id="default" data-now="2023-12-16T09:00:00+09:00" data-count="inclusive"></div>
      <div data-milestone-tracker id="hosted" data-source="${zip.url}/layover.json" data-now="2023-12-16T09:00:00+09:00"></div>`),
    '/cdn.html': blogPage(npm.url, `
      <div data-milestone-tracker id="default" data-now="2023-12-16T09:00:00+09:00" data-count="inclusive"></div>`),
  }, { prefix: '/blog/' }),
});

const days = (page, id) => page.waitForFunction(
  (id) => document.getElementById(id).shadowRoot?.querySelector('[data-counter=album]')?.dataset.days, id, { timeout: 30_000 },
).then((h) => h.jsonValue());

test('the zip, unpacked alone into an empty folder and served, embeds into a blog on another origin', async () => {
  const names = await readdir(widgetDir);
  for (const file of ['index.html', 'embed.js', 'standalone.html', 'EMBED.md', 'dataset.schema.json', 'layover.json']) {
    assert.ok(names.includes(file), file);
  }
  assert.match(await readFile(join(widgetDir, 'EMBED.md'), 'utf8'), new RegExp(`# Milestone tracker ${VERSION.replaceAll('.', '\\.')}`));
  const page = await openPage(env.browser, `${env.blog.origin}/post.html`);
  assert.equal(await days(page, 'default'), '100', 'the built-in album, fan count');
  assert.equal(await days(page, 'hosted'), '99', 'the same album read from the uploaded layover.json');
  assert.deepEqual(page.errors, []);
  await page.close();
  const own = await openPage(env.browser, `${env.zip.url}/index.html?now=2023-12-16T09:00:00%2B09:00`);
  await own.waitForSelector('.mt[data-state=ready]');
  assert.equal(await own.locator('[data-counter=album]').getAttribute('data-days'), '99');
  await own.close();
});

test('the npm tarball installs into an empty project with the widget where its README says, and embeds from there', async () => {
  const pkg = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
  assert.equal(pkg.version, VERSION, "package.json's version is Cargo.toml's");
  assert.equal(pkg.scripts, undefined, 'nothing runs on install');
  const readme = await readFile(join(installed, 'README.md'), 'utf8');
  assert.match(readme, /node_modules\/milestone-tracker\/dist\//);
  await access(join(installed, 'dist', 'embed.js'));
  await access(join(installed, 'dist', 'index.html'));
  const page = await openPage(env.browser, `${env.blog.origin}/cdn.html`);
  assert.equal(await days(page, 'default'), '100');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the Hugo shortcode: a real Hugo site without unsafe HTML shows the default album, a counter in a sentence and an inline dataset', async () => {
  const site = await scratchDir();
  await writeFile(join(site, 'hugo.toml'), [
    'baseURL = "/"', 'title = "A fan blog"', 'disableKinds = ["taxonomy", "term", "RSS", "sitemap"]',
  ].join('\n'));
  await mkdir(join(site, 'layouts', '_default'), { recursive: true });
  await writeFile(join(site, 'layouts', '_default', 'single.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title><link rel="icon" href="data:,"></head><body><main>{{ .Content }}</main></body></html>');
  await writeFile(join(site, 'layouts', 'index.html'), '<!doctype html><title>home</title>');
  await cp(join(widgetDir, 'hugo', 'layouts'), join(site, 'layouts'), { recursive: true });
  await cp(widgetDir, join(site, 'static', 'milestone-tracker'), { recursive: true });
  await mkdir(join(site, 'content', 'posts'), { recursive: true });
  await writeFile(join(site, 'content', 'posts', 'layover.md'), `---
title: "Layover, 100 days on"
---
A post with <b>raw HTML</b>, which Hugo drops by default.

{{< milestone-tracker count="inclusive" now="2023-12-16T09:00:00+09:00" >}}

It has been {{< milestone-tracker layout="counter" count="inclusive" now="2023-12-16T09:00:00+09:00" >}} since the release.

And another album, its data written in the post:

{{< milestone-tracker-inline now="2024-06-01T12:00:00Z" >}}
${JSON.stringify(secondAlbum, null, 2)}
{{< /milestone-tracker-inline >}}
`);
  execFileSync('hugo', ['--quiet', '--source', site, '--destination', join(site, 'public')], { stdio: ['ignore', 'inherit', 'inherit'] });
  const html = await readFile(join(site, 'public', 'posts', 'layover', 'index.html'), 'utf8');
  assert.match(html, /raw HTML omitted/, 'unsafe HTML stays off');
  assert.equal((html.match(/<milestone-tracker/g) ?? []).length, 3);
  // The counter stays inside its sentence: a <milestone-tracker> in the paragraph, holding a link to the
  // tracker's page for readers whose page does not run the widget.
  assert.match(html, /<p>It has been <milestone-tracker now="[^"]+" count="inclusive" layout="counter"><a href="[^"]*milestone-tracker\/index\.html">The milestone tracker<\/a><\/milestone-tracker>/);
  const server = await serve(join(site, 'public'), {}, { prefix: '/' });
  try {
    const page = await openPage(env.browser, `${server.url}/posts/layover/`);
    const mounts = await page.evaluate(() => [...document.querySelectorAll('milestone-tracker')].map((m) => m.id || ''));
    assert.equal(mounts.length, 3);
    // A full tracker keeps its place before it starts, so the mounts after it start as the reader
    // scrolls to them.
    const album = async (n) => {
      await page.locator('milestone-tracker').nth(n).scrollIntoViewIfNeeded();
      return page.waitForFunction(
        (n) => document.querySelectorAll('milestone-tracker')[n].shadowRoot?.querySelector('.mt[data-state=ready] h1.mt-album')?.textContent, n, { timeout: 30_000 },
      ).then((h) => h.jsonValue());
    };
    assert.equal(await album(0), 'Layover');
    assert.equal(await album(2), 'Second Album');
    await page.locator('milestone-tracker[layout=counter]').scrollIntoViewIfNeeded();
    const counter = await page.waitForFunction(() => {
      const host = document.querySelector('milestone-tracker[layout=counter]');
      const mt = host?.shadowRoot?.querySelector('.mt[data-state=ready][data-layout=counter]');
      return mt && { days: mt.querySelector('[data-counter=album]').dataset.days, inParagraph: host.parentElement.tagName, display: getComputedStyle(host).display };
    }, null, { timeout: 30_000 }).then((h) => h.jsonValue());
    assert.deepEqual(counter, { days: '100', inParagraph: 'P', display: 'inline' });
    const fan = await page.evaluate(() => document.querySelectorAll('milestone-tracker')[0].shadowRoot.querySelector('[data-counter=album]').dataset.days);
    assert.equal(fan, '100');
    assert.deepEqual(page.errors, []);
    await page.close();
  } finally {
    await server.close();
  }
});
