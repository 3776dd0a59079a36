// The benchmark (not a test): prints one table, and writes it as JSON to bench/latest.json.
//   1. transfer size of the default page at gzip -9 and brotli -11, beside a minimal Yew page (the anchor,
//      bench/anchor-yew), and the wasm's code by crate (twiggy);
//   2. navigation start to the first milestone painted: the widget, its own rendered page saved as static
//      HTML (the floor) and TimelineJS 3 with the same milestones, medians of RUNS alternating cold runs;
//   3. scale: 10, 1,000 and 10,000 milestones: parse and validate (native and in the browser), first
//      render, memory (JS heap and wasm);
//   4. idle cost: script, style and layout time per second at 10 and 10,000 milestones with the seconds
//      clock ticking, and timer callbacks while the tab is hidden;
//   5. in-page embeds: one mount, and three with one far down the page: wasm requests, bytes fetched,
//      and when the mounts on the first screen show;
//   6. Lighthouse 13 side by side: the widget's page, TimelineJS and the Yew anchor, served gzip-compressed,
//      mobile preset, medians of LH_RUNS alternating runs, with the simulated throttling of the preset and
//      with throttling applied for real (devtools);
//   7. the targets, each met or not.
// Run by ./scripts/bench, which builds dist/, target/dist-hooks (the scale pages time the parse through
// a test hook) and the native figures first.
import { readFileSync, writeFileSync, mkdirSync, cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serve, launch, recordWasmRequests, CHROMIUM } from '../e2e/harness.mjs';
import { pageFiles, sizesOf } from '../scripts/lib/pages.mjs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const HOOKS_DIST = join(ROOT, 'target', 'dist-hooks');
const WORK = process.env.BENCH_WORK ?? join(ROOT, 'target', 'bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LH_RUNS = Math.max(3, Number(process.env.BENCH_LH_RUNS ?? 3));
const native = JSON.parse(readFileSync(join(WORK, 'native.json'), 'utf8'));
const crates = JSON.parse(readFileSync(join(WORK, 'crates.json'), 'utf8'));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

// 1. Sizes: the widget's default page (index.html and what it loads), the editor's page (its own wasm),
// and the anchor (bench/anchor-yew, built by ./scripts/bench).
const { kinds: sizes, total } = sizesOf(DIST, pageFiles(DIST, 'index.html'));
const editorPage = sizesOf(DIST, pageFiles(DIST, 'editor.html')).total;
const anchorDir = join(WORK, 'anchor-yew');
const anchor = sizesOf(anchorDir, readdirSync(anchorDir)).total;

// Pages: the widget, the static floor, TimelineJS, and the scale pages.
mkdirSync(join(WORK, 'floor'), { recursive: true });
mkdirSync(join(WORK, 'timeline'), { recursive: true });
const require = createRequire(import.meta.url);
const tlDist = join(require.resolve('@knight-lab/timelinejs/package.json'), '..', 'dist');
cpSync(tlDist, join(WORK, 'timeline'), { recursive: true });
const layover = JSON.parse(readFileSync(join(ROOT, 'static', 'layover.json'), 'utf8'));
const tlEvents = layover.milestones.map((m) => {
  const [year, month, day] = m.date.split('-').map(Number);
  return { start_date: { year, month, day }, text: { headline: m.title, text: [m.record, m.note].filter(Boolean).join(' ') } };
});
writeFileSync(join(WORK, 'timeline', 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>TimelineJS</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="css/timeline.css"></head><body>
<div id="timeline-embed" style="width:100%;height:600px"></div>
<script src="js/timeline.js"></script>
<script>new TL.Timeline('timeline-embed', ${JSON.stringify({ title: { text: { headline: layover.subject.album } }, events: tlEvents })},
  { script_path: './js/', font: null, language: 'en' });</script></body></html>`);

const server = await serve(ROOT, {}, { prefix: '/' });
const browser = await launch();
const chromiumVersion = browser.version();
const NOW = 'now=2023-12-16T09:00:00%2B09:00';
// Tall enough that the first milestone is on the first screen of every page (it starts at about 990 px).
const VIEWPORT = { width: 1000, height: 1200 };
const SELECTORS = { widget: '[data-milestone-id] .mt-milestone-title', floor: '[data-milestone-id] .mt-milestone-title', timeline: '.tl-timemarker .tl-headline' };

// The floor: the widget's own rendered page, saved as HTML without any script.
{
  const page = await browser.newPage();
  await page.goto(`${server.url}/dist/index.html?${NOW}`);
  await page.waitForSelector('.mt[data-state=ready]');
  let html = await page.content();
  html = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '')
    .replace(/href="\.\/(styles-[0-9a-f]+\.css)"/, 'href="../../../dist/$1"');
  writeFileSync(join(WORK, 'floor', 'index.html'), html);
  await page.close();
}

// Paint times come from Element Timing. Chromium drops the entry of an element removed soon after its
// paint, as the prerendered milestones are when the live app replaces them; and the first contentful
// paint does not always hold the milestones (the parser may yield before them). So in the animation
// frame in which the first milestone headline is first visible on screen, a one-character marker is
// added at the foot of the viewport; it is painted in that same frame and never removed, and its
// Element Timing entry is the time of that paint. The same rule applies to all three pages. The
// headline's own entry, where Chromium reports one, and the first contentful paint are kept beside it.
const firstMilestone = (selector) => {
  window.__firstMilestone = null;
  let visibleAt = null, fcp = null, elementTime = null, frameTime = null;
  window.__firstMilestoneSeen = () => ({ visibleAt, fcp, elementTime, frameTime });
  const settle = () => {
    if (window.__firstMilestone !== null || frameTime === null) return;
    window.__firstMilestone = frameTime;
  };
  const onScreen = (el) => {
    if (!el.checkVisibility()) return false;
    const box = el.getBoundingClientRect();
    return box.height > 0 && box.bottom > 0 && box.top < innerHeight;
  };
  const watch = (el, frames = 0) => requestAnimationFrame(() => {
    if (visibleAt !== null || !el.isConnected) return;
    if (!onScreen(el)) { if (frames < 600) watch(el, frames + 1); return; }
    visibleAt = performance.now();
    const marker = document.createElement('span');
    marker.textContent = '\u00b7';
    marker.setAttribute('elementtiming', 'first-milestone-frame');
    marker.style.cssText = 'position:fixed;left:0;bottom:0;font:12px monospace;pointer-events:none;z-index:2147483647';
    document.documentElement.append(marker);
  });
  const mark = () => {
    const el = document.querySelector(selector);
    if (!el || el.hasAttribute('elementtiming')) return;
    el.setAttribute('elementtiming', 'first-milestone');
    watch(el);
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.identifier === 'first-milestone' && elementTime === null) elementTime = e.renderTime || e.loadTime;
      if (e.identifier === 'first-milestone-frame' && frameTime === null) { frameTime = e.renderTime || e.loadTime; settle(); }
    }
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = e.detail.wasm.memory; });
};

async function paintTime(url, selector) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(firstMilestone, selector);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__firstMilestone !== null, null, { timeout: 30_000 });
  await page.waitForTimeout(500); // for the headline's own entry, if Chromium reports one
  const [t, seen] = await page.evaluate(() => [window.__firstMilestone, window.__firstMilestoneSeen()]);
  await context.close();
  const round1 = (x) => (x === null ? null : Math.round(x * 10) / 10);
  (runsSeen[url] ??= []).push({ ms: round1(t), visible_in_frame_at: round1(seen.visibleAt), fcp: round1(seen.fcp), headline_element_timing: round1(seen.elementTime) });
  return t;
}
// Per page URL, each run: the time taken and what the page reported (for reading the medians).
const runsSeen = {};

// 2. First milestone painted, alternating, cold contexts.
const urls = { widget: `${server.url}/dist/index.html?${NOW}`, floor: `${server.url}/target/bench/floor/index.html`, timeline: `${server.url}/target/bench/timeline/index.html` };
const paint = { widget: [], floor: [], timeline: [] };
for (let i = 0; i < RUNS; i += 1) {
  for (const kind of Object.keys(paint)) paint[kind].push(await paintTime(urls[kind], SELECTORS[kind]));
}
const paintMedian = Object.fromEntries(Object.entries(paint).map(([k, v]) => [k, median(v)]));

// 3 and 4. Scale pages: the built index.html with a generated inline dataset, in a copy of the build
// with test hooks (target/dist-hooks: the same app, plus the hook that times the parse; the loader
// fetches the wasm relative to the page).
const SITE = join(WORK, 'site');
cpSync(HOOKS_DIST, SITE, { recursive: true });
const indexHtml = readFileSync(join(HOOKS_DIST, 'index.html'), 'utf8');
const scale = [];
for (const row of native) {
  const json = readFileSync(join(WORK, `milestones-${row.milestones}.json`), 'utf8');
  const name = `scale-${row.milestones}.html`;
  writeFileSync(join(SITE, name), indexHtml.replace('</body>', `<script type="application/json" id="milestone-data">${json.replaceAll('</', '<\\/')}</script></body>`));
  const firsts = [], alls = [];
  let heap = 0, wasm = 0, browserParse = 0, longest = 0, idle = null, hiddenCalls = null;
  for (let i = 0; i < Math.max(3, Math.floor(RUNS / 2)); i += 1) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(firstMilestone, SELECTORS.widget);
    await context.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
      window.__timerCalls = 0;
      for (const n of ['setInterval', 'setTimeout']) { const o = window[n]; window[n] = (fn, ...r) => o((...a) => { window.__timerCalls += 1; return fn(...a); }, ...r); }
      let hidden = false;
      Object.defineProperty(document, 'hidden', { get: () => hidden });
      Object.defineProperty(document, 'visibilityState', { get: () => (hidden ? 'hidden' : 'visible') });
      window.__setHidden = (v) => { hidden = v; document.dispatchEvent(new Event('visibilitychange')); };
    });
    const page = await context.newPage();
    // After the last generated date (release + 799 days), so every milestone is shown.
    await page.goto(`${server.url}/target/bench/site/${name}?now=2026-01-01T00:00:00Z`);
    await page.waitForFunction(() => window.__firstMilestone !== null && window.__wasmMemory, null, { timeout: 120_000 });
    firsts.push(await page.evaluate(() => window.__firstMilestone));
    // The list arrives in steps after the first paint; wait for the last one.
    await page.waitForFunction((n) => document.querySelectorAll('[data-milestone-id]').length === n, row.milestones, { timeout: 120_000, polling: 50 });
    alls.push(await page.evaluate(() => performance.now()));
    if (i === 0) {
      await page.waitForTimeout(1_000);
      // Scroll through: long tasks after the first paint, render and scroll together.
      for (let k = 0; k < 10; k += 1) { await page.mouse.wheel(0, 2_000); await page.waitForTimeout(50); }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(500);
      longest = await page.evaluate(() => Math.max(0, ...window.__longTasks.filter(([start]) => start > window.__firstMilestone).map(([, d]) => d)));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
      const a = await metric();
      await page.waitForTimeout(5_000);
      const b = await metric();
      const perSecond = (k) => ((b[k] - a[k]) / ((b.Timestamp - a.Timestamp))) * 1000;
      idle = { script_ms_per_s: perSecond('ScriptDuration'), style_ms_per_s: perSecond('RecalcStyleDuration'), layout_ms_per_s: perSecond('LayoutDuration') };
      heap = b.JSHeapUsedSize;
      wasm = await page.evaluate(() => window.__wasmMemory.buffer.byteLength);
      browserParse = median(await page.evaluate(async (text) => {
        const times = [];
        for (let r = 0; r < 5; r += 1) times.push(window.wasmBindings.measureLoad(text));
        return times;
      }, json));
      await page.evaluate(() => window.__setHidden(true));
      await page.waitForTimeout(300);
      const before = await page.evaluate(() => window.__timerCalls);
      await page.waitForTimeout(3_000);
      hiddenCalls = (await page.evaluate(() => window.__timerCalls)) - before;
    }
    await context.close();
  }
  scale.push({ ...row, browser_parse_validate_ms: browserParse, first_milestone_ms: median(firsts), all_milestones_ms: median(alls), js_heap_bytes: heap, wasm_memory_bytes: wasm,
    longest_task_after_first_paint_ms: longest, idle, timer_callbacks_while_hidden_3s: hiddenCalls });
}
// 5. In-page embeds: a blog page with embed.js and one mount, and one with three (two on the first
// screen, one far down the post): wasm requests, bytes fetched, and when the mounts on screen show.
const EMBED_PAGES = {
  'one mount': ['a'],
  'three mounts, one far down': ['a', 'b', 'far'],
};
const embeds = [];
for (const [label, ids] of Object.entries(EMBED_PAGES)) {
  const name = `embed-${ids.length}.html`;
  const mounts = ids.map((id) => `${id === 'far' ? '<div style="height:20000px">A long post.</div>' : ''}<div data-milestone-tracker id="${id}"></div>`).join('\n');
  writeFileSync(join(SITE, name), `<!doctype html><html><head><meta charset="utf-8"><title>A blog</title><link rel="icon" href="data:,"></head><body>${mounts}<script type="module" src="embed.js"></script></body></html>`);
  const shown = ids.filter((id) => id !== 'far').map((id) => `#${id}`);
  const times = [], requests = [], fetched = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const wasm = recordWasmRequests(page);
    const responseSizes = [];
    page.on('requestfinished', (req) => responseSizes.push(req.sizes().then((s) => s.responseBodySize, () => 0)));
    await page.goto(`${server.url}/target/bench/site/${name}`);
    await page.waitForFunction((sel) => sel.every((id) => document.querySelector(id).shadowRoot?.querySelector('[data-counter=album]')), shown, { timeout: 60_000 });
    times.push(await page.evaluate(() => performance.now()));
    await page.waitForLoadState('networkidle');
    requests.push(wasm.length); fetched.push((await Promise.all(responseSizes)).reduce((a, b) => a + b, 0));
    await context.close();
  }
  embeds.push({ page: label, mounts: ids.length, on_first_screen: shown.length, shown_ms: median(times), wasm_requests: median(requests), bytes_fetched_raw: median(fetched) });
}

await browser.close();
await server.close();

// 6. Lighthouse side by side: every page served gzip-compressed (as hosts do), a fresh Chromium per
// run, the pages alternating. The mobile preset simulates slow 4G and a 4x slower CPU from a trace taken
// at full speed ('simulate'); 'devtools' applies the same throttling to the page for real.
const gz = await serve(ROOT, {}, { prefix: '/', gzip: true });
const LH_PAGES = { widget: '/dist/index.html', timeline: '/target/bench/timeline/index.html', anchor: '/target/bench/anchor-yew/index.html' };
const LH_METRICS = { tti: 'interactive', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', fcp: 'first-contentful-paint', bytes: 'total-byte-weight' };
const lhRuns = {};
for (const method of ['simulate', 'devtools']) {
  for (let i = 0; i < LH_RUNS; i += 1) {
    for (const [kind, path] of Object.entries(LH_PAGES)) {
      const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
      try {
        const { lhr } = await lighthouse(`${gz.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', throttlingMethod: method });
        const run = Object.fromEntries(Object.entries(LH_METRICS).map(([k, audit]) => [k, Math.round(lhr.audits[audit].numericValue)]));
        for (const [id, category] of Object.entries(lhr.categories)) run[id] = category.score;
        ((lhRuns[method] ??= {})[kind] ??= []).push(run);
      } finally {
        await chrome.kill();
      }
    }
  }
}
await gz.close();
const lh = Object.fromEntries(Object.entries(lhRuns).map(([method, byKind]) => [method, Object.fromEntries(Object.entries(byKind).map(([kind, runs]) =>
  [kind, Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]))]))]));

const idle10 = scale.find((s) => s.milestones === 10).idle;
const idle10k = scale.find((s) => s.milestones === 10_000).idle;
const idleTotal = (i) => i.script_ms_per_s + i.style_ms_per_s + i.layout_ms_per_s;
const preset = lh.simulate;
const tenK = scale.find((s) => s.milestones === 10_000);
// The default page's budget (brotli -11): 125 kB until serde and chrono came into the wasm (issue 21).
const PAGE_BUDGET = 140_000;
const targets = [
  [`default page at most ${PAGE_BUDGET / 1000} kB brotli`, `${round(total.brotli / 1000, 2)} kB`, total.brotli <= PAGE_BUDGET],
  ['first milestone painted within 1.25x the static floor', `${round(paintMedian.widget / paintMedian.floor, 2)}x`, paintMedian.widget <= 1.25 * paintMedian.floor],
  ['idle cost at 10,000 milestones within 1.5x that at 10', `${round(idleTotal(idle10k) / idleTotal(idle10), 2)}x`, idleTotal(idle10k) <= 1.5 * idleTotal(idle10)],
  ['no long task after the first paint at 10,000', `${round(tenK.longest_task_after_first_paint_ms)} ms`, tenK.longest_task_after_first_paint_ms < 50],
  ['one wasm download per page of embeds', embeds.map((e) => e.wasm_requests).join(', '), embeds.every((e) => e.wasm_requests === 1)],
  ['Lighthouse: time to interactive at most 0.9x TimelineJS', `${round(preset.widget.tti / preset.timeline.tti, 2)}x`, preset.widget.tti <= 0.9 * preset.timeline.tti],
  ['Lighthouse: LCP no later than TimelineJS', `${preset.widget.lcp} ms vs ${preset.timeline.lcp} ms`, preset.widget.lcp <= preset.timeline.lcp],
  ['Lighthouse: total blocking time at most 50 ms', `${preset.widget.tbt} ms`, preset.widget.tbt <= 50],
  ['Lighthouse: performance at least 0.99', String(preset.widget.performance), preset.widget.performance >= 0.99],
  ['Lighthouse: accessibility, best practices, SEO 1.0', ['accessibility', 'best-practices', 'seo'].map((c) => preset.widget[c]).join(', '),
    ['accessibility', 'best-practices', 'seo'].every((c) => preset.widget[c] === 1)],
];
const result = {
  date: new Date().toISOString(), runs: RUNS, machine: process.env.BENCH_MACHINE ?? 'unnamed',
  chromium: chromiumVersion,
  sizes: { ...sizes, total }, wasm_code_by_crate: crates,
  anchor_minimal_yew_page: { ...anchor, what: 'bench/anchor-yew: one Yew 0.23 component, serde_json, chrono; html, js and wasm' },
  editor_page: { ...editorPage, what: 'editor.html and what it loads (its own wasm: the widget and the editor)' },
  first_milestone_painted_ms: paintMedian,
  first_milestone_runs: Object.fromEntries(Object.entries(urls).map(([k, url]) => [k, runsSeen[url]])),
  ratio_to_static_floor: { widget: round(paintMedian.widget / paintMedian.floor, 2), timelinejs: round(paintMedian.timeline / paintMedian.floor, 2) },
  scale,
  idle_ratio_10k_to_10: round(idleTotal(idle10k) / idleTotal(idle10), 2),
  embeds,
  lighthouse: { runs: LH_RUNS, medians: lh, each_run: lhRuns },
  targets: targets.map(([target, value, met]) => ({ target, value, met })),
};
writeFileSync(join(ROOT, 'bench', 'latest.json'), JSON.stringify(result, null, 2) + '\n');

const kb = (b) => `${round(b / 1000, 1)} kB`;
const lines = [];
lines.push(`Benchmark ${result.date} on ${result.machine}, Chromium ${chromiumVersion}; medians of ${RUNS} alternating runs`);
lines.push('');
lines.push('1. Transfer size of the default page        raw        gzip -9    brotli -11');
for (const [k, s] of [...Object.entries(sizes), ['total', total]]) lines.push(`   ${k.padEnd(40)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(12)}`);
lines.push(`   ${'the editor page (editor.html, own wasm)'.padEnd(40)} ${kb(editorPage.raw).padStart(10)} ${kb(editorPage.gzip).padStart(10)} ${kb(editorPage.brotli).padStart(12)}`);
lines.push(`   ${'anchor: minimal Yew+serde_json+chrono'.padEnd(40)} ${kb(anchor.raw).padStart(10)} ${kb(anchor.gzip).padStart(10)} ${kb(anchor.brotli).padStart(12)}`);
lines.push(`   the default page is ${round(total.brotli / anchor.brotli, 2)}x the anchor at brotli -11; the widget's own cost (page minus anchor) is ${kb(total.brotli - anchor.brotli)}`);
const byCrate = crates.filter((c) => !c.summary);
const serdeCost = crates.find((c) => c.summary);
lines.push('   wasm code and data by crate (twiggy, after wasm-bindgen, before wasm-opt): ' + byCrate.slice(0, 8).map((c) => `${c.crate} ${c.percent}%`).join(', '));
if (serdeCost) lines.push(`   serde, serde_json, chrono, the model's derives and the located reader: ${kb(serdeCost.bytes)} of the wasm before wasm-opt (${serdeCost.percent}%)`);
lines.push('');
lines.push('2. Navigation to first milestone painted     median ms   ratio to the static floor');
for (const [k, label] of [['floor', 'static HTML (the floor)'], ['widget', 'the widget'], ['timeline', 'TimelineJS 3.9.11']]) {
  lines.push(`   ${label.padEnd(40)} ${String(round(paintMedian[k])).padStart(9)}   ${round(paintMedian[k] / paintMedian.floor, 2)}x`);
}
lines.push('');
lines.push('3. Scale       native parse  browser parse  first paint  all rendered  JS heap     wasm memory  longest task after paint');
for (const s of scale) {
  lines.push(`   ${String(s.milestones).padStart(6)}   ${String(round(s.native_parse_validate_ms, 2)).padStart(9)} ms ${String(round(s.browser_parse_validate_ms, 2)).padStart(10)} ms ${String(round(s.first_milestone_ms)).padStart(9)} ms ${String(round(s.all_milestones_ms)).padStart(9)} ms ${kb(s.js_heap_bytes).padStart(10)} ${kb(s.wasm_memory_bytes).padStart(12)} ${String(round(s.longest_task_after_first_paint_ms)).padStart(10)} ms`);
}
lines.push('');
lines.push('4. Idle cost per second (clock ticking)     script     style     layout   timer calls while hidden (3 s)');
for (const s of scale) {
  lines.push(`   ${String(s.milestones).padStart(6)} milestones ${' '.repeat(24)}${String(round(s.idle.script_ms_per_s, 2)).padStart(6)} ms ${String(round(s.idle.style_ms_per_s, 2)).padStart(6)} ms ${String(round(s.idle.layout_ms_per_s, 2)).padStart(6)} ms   ${s.timer_callbacks_while_hidden_3s}`);
}
lines.push(`   idle cost at 10,000 / at 10: ${result.idle_ratio_10k_to_10}x`);
lines.push('');
lines.push('5. In-page embeds (embed.js)               on-screen mounts shown   wasm requests   bytes fetched (raw)');
for (const e of embeds) lines.push(`   ${e.page.padEnd(40)} ${String(round(e.shown_ms)).padStart(9)} ms ${String(e.wasm_requests).padStart(15)} ${kb(e.bytes_fetched_raw).padStart(20)}`);
lines.push('');
lines.push(`6. Lighthouse ${LH_RUNS} alternating runs, mobile preset, gzip   TTI        LCP        TBT      FCP     KiB   perf  a11y  BP    SEO`);
const LH_LABELS = { widget: 'the widget', timeline: 'TimelineJS 3.9.11', anchor: 'anchor: minimal Yew page' };
for (const [method, label] of [['simulate', 'simulated throttling (the preset)'], ['devtools', 'throttling applied (devtools)']]) {
  lines.push(`   ${label}`);
  for (const [kind, m] of Object.entries(lh[method])) {
    lines.push(`     ${LH_LABELS[kind].padEnd(42)} ${String(m.tti).padStart(6)} ms ${String(m.lcp).padStart(6)} ms ${String(m.tbt).padStart(5)} ms ${String(m.fcp).padStart(6)} ms ${String(Math.round(m.bytes / 1024)).padStart(5)} ${[m.performance, m.accessibility, m['best-practices'], m.seo].map((x) => String(x).padEnd(5)).join(' ')}`);
  }
  lines.push(`     widget / TimelineJS: TTI ${round(lh[method].widget.tti / lh[method].timeline.tti, 2)}x, LCP ${round(lh[method].widget.lcp / lh[method].timeline.lcp, 2)}x; anchor / TimelineJS: TTI ${round(lh[method].anchor.tti / lh[method].timeline.tti, 2)}x`);
}
lines.push('');
lines.push('7. Targets');
for (const [target, value, met] of targets) lines.push(`   ${met ? 'met    ' : 'NOT MET'}  ${target.padEnd(58)} ${value}`);
console.log(lines.join('\n'));
