// Packs a built dist/ for bloggers (run by ./scripts/release after ./scripts/build, and by the e2e tier):
//   release/milestone-tracker-<version>.zip: one folder, milestone-tracker-<version>/, holding the built
//     widget, EMBED.md (upload, paste a snippet, host your data, publish, WordPress) and its images, the
//     Hugo shortcode, the Jekyll include,
//     the data format's schema and an example dataset;
//   release/milestone-tracker-wordpress-<version>.zip: the WordPress plugin, milestone-tracker/: the
//     [milestone_tracker] shortcode (any author may use it) and the widget's files in widget/;
//   release/milestone-tracker-<version>.tgz: the npm package (npm pack): the same folder as dist/, a
//     README for CDN use, package.json's version Cargo.toml's. Installing it builds nothing.
// Usage: node scripts/lib/release.mjs [DIST] [OUT]   (defaults: dist/ and release/)
import { readFileSync, writeFileSync, mkdirSync, rmSync, cpSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dist = resolve(process.argv[2] ?? join(ROOT, 'dist'));
const out = resolve(process.argv[3] ?? join(ROOT, 'release'));
const TEMPLATES = join(ROOT, 'web', 'release');

const cargo = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
const version = /^\[package\][^[]*?^version = "([^"]+)"/m.exec(cargo)?.[1];
if (!version) throw new Error('no [package] version in Cargo.toml');
const fill = (text) => text.replaceAll('{{VERSION}}', version);

// What is uploaded must be a release build: no test hook, the loader and the prerender in place.
const files = readdirSync(dist);
const glue = files.find((n) => /^milestone-tracker-[0-9a-f]+\.js$/.test(n));
for (const needed of ['index.html', 'embed.js', 'standalone.html']) {
  if (!files.includes(needed)) throw new Error(`${dist} has no ${needed}: run ./scripts/build first`);
}
if (!glue) throw new Error(`${dist} has no wasm-bindgen glue`);
if (/measureLoad|panicForTests/.test(readFileSync(join(dist, glue), 'utf8'))) {
  throw new Error(`${dist} was built with --test-hooks: a release never is`);
}
if (!readFileSync(join(dist, 'index.html'), 'utf8').includes('data-state="prerendered"')) {
  throw new Error(`${dist}/index.html has no prerendered tracker: build it with ./scripts/build`);
}

const stage = join(ROOT, 'target', 'release-stage');
rmSync(stage, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The zip's folder.
const name = `milestone-tracker-${version}`;
const folder = join(stage, name);
cpSync(dist, folder, { recursive: true });
writeFileSync(join(folder, 'EMBED.md'), fill(readFileSync(join(TEMPLATES, 'EMBED.md'), 'utf8')));
for (const dir of ['hugo', 'jekyll', 'images']) cpSync(join(TEMPLATES, dir), join(folder, dir), { recursive: true });
cpSync(join(ROOT, 'static', 'dataset.schema.json'), join(folder, 'dataset.schema.json'));
cpSync(join(ROOT, 'static', 'layover.json'), join(folder, 'layover.json'));
const zip = join(out, `${name}.zip`);
rmSync(zip, { force: true });
// Python's zipfile: no zip tool needed on the machine.
execFileSync('python3', ['-m', 'zipfile', '-c', zip, name], { cwd: stage, stdio: 'inherit' });

// The WordPress plugin: its PHP and readme, and the built folder but standalone.html (for file://).
const plugin = join(stage, 'wordpress', 'milestone-tracker');
mkdirSync(plugin, { recursive: true });
for (const file of readdirSync(join(TEMPLATES, 'wordpress', 'milestone-tracker'))) {
  writeFileSync(join(plugin, file), fill(readFileSync(join(TEMPLATES, 'wordpress', 'milestone-tracker', file), 'utf8')));
}
cpSync(dist, join(plugin, 'widget'), {
  recursive: true,
  filter: (path) => !path.endsWith('/standalone.html'),
});
const wordpress = join(out, `milestone-tracker-wordpress-${version}.zip`);
rmSync(wordpress, { force: true });
execFileSync('python3', ['-m', 'zipfile', '-c', wordpress, 'milestone-tracker'], { cwd: join(stage, 'wordpress'), stdio: 'inherit' });

// The npm package: the folder as dist/.
const pkg = join(stage, 'npm');
cpSync(folder, join(pkg, 'dist'), { recursive: true });
writeFileSync(join(pkg, 'README.md'), fill(readFileSync(join(TEMPLATES, 'README.npm.md'), 'utf8')));
writeFileSync(join(pkg, 'package.json'), JSON.stringify({
  name: 'milestone-tracker',
  version,
  description: 'An embeddable milestone tracker with live "days since release" counters for an album (built: Yew compiled to WebAssembly)',
  license: 'MIT',
  keywords: ['milestones', 'album', 'k-pop', 'counter', 'widget', 'webassembly', 'yew'],
  files: ['dist/'],
}, null, 2) + '\n');
const tgz = join(out, `${name}.tgz`);
rmSync(tgz, { force: true });
execFileSync('npm', ['pack', '--pack-destination', out, '--silent'], { cwd: pkg, stdio: ['ignore', 'ignore', 'inherit'] });

for (const file of [zip, wordpress, tgz]) console.log(`${file.slice(ROOT.length)}  ${statSync(file).size} bytes`);
