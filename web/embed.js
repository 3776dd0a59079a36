// Milestone tracker loader for blogs. Paste once per page:
//   <script type="module" src="https://…/embed.js"></script>
// It (1) mounts a tracker into every <milestone-tracker> (and every element marked data-milestone-tracker)
// in its own shadow root once it nears the viewport (one compiled wasm shared by all, an instance each),
// with options from now, tz, count, lang, theme, layout, label and source attributes (data-now, ... on a
// data-milestone-tracker element; source is the id of a JSON script on the page, "#my-data", or the URL
// of a JSON file, absolute or relative to the page). What a <milestone-tracker> holds shows until the
// tracker is ready, and stays if it cannot start;
// (2) sizes the tracker's iframes to their content; (3) passes the page's #m=<milestone> deep link to
// them. Everything it loads is found relative to this file, so it works from any origin and path.
// The build fills in FILES (hashed names) and WORDS (what it shares with the app, written from the Rust
// that defines it: the options, the source attribute, the height message and its limit, and the
// could-not-start sentence in each language); the rest is this file as written.
const FILES = __FILES__;
const WORDS = __WORDS__;
const BASE = new URL('.', import.meta.url);

// The wasm is fetched and compiled once per page, when the first mount needs it.
let compiled;
function compiledWasm() {
  compiled ??= (async () => {
    const url = new URL(FILES.wasm, BASE);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    try {
      return await WebAssembly.compileStreaming(response.clone());
    } catch {
      // A host that serves .wasm without its media type (application/wasm) is still served.
      return WebAssembly.compile(await response.arrayBuffer());
    }
  })();
  return compiled;
}

// Every mount gets its own instance of the glue (the wasm's JavaScript) and of that one compiled
// module: a crash in one cannot stop the others. The glue is fetched once, and each mount imports its
// own copy of that text (a blob: URL each); where the page's Content-Security-Policy refuses blob:
// scripts, each mount imports the file under a URL of its own instead (`?instance=N`).
let instances = 0;
let glueText;
async function loadApp() {
  const wasm = compiledWasm();
  const instance = instances++;
  const url = new URL(FILES.js, BASE);
  glueText ??= fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.text();
  });
  let glue;
  try {
    const copy = URL.createObjectURL(new Blob([await glueText], { type: 'text/javascript' }));
    try {
      glue = await import(copy);
    } finally {
      URL.revokeObjectURL(copy);
    }
  } catch {
    glue = await import(new URL(`${FILES.js}?instance=${instance}`, BASE).href);
  }
  await glue.default({ module_or_path: await wasm });
  return glue;
}

// When the wasm itself cannot start, the tracker's language tables are not there to speak: this one
// sentence comes with embed.js, in every language (WORDS.couldNotStart).
function showError(root, host, error) {
  const wanted = [option(host, 'lang'), ...navigator.languages].filter(Boolean);
  const lang = wanted.map((tag) => tag.split(/[-_]/)[0].toLowerCase()).find((l) => l in WORDS.couldNotStart) ?? 'en';
  root.setAttribute('role', 'alert');
  root.setAttribute('lang', lang);
  root.textContent = `${WORDS.couldNotStart[lang]}: ${error}`;
}

// Trackers on the page, in the order they start: each names its region apart from the others.
let mounted = 0;

// A mount is a <milestone-tracker> element, its options as attributes (layout="card"), or any element
// marked data-milestone-tracker, its options as data-* attributes (data-layout="card").
const MOUNTS = 'milestone-tracker, [data-milestone-tracker]';
const custom = (host) => host.localName === 'milestone-tracker';
/** Option `name` (without `data-`) of `host`. */
function option(host, name) {
  return (custom(host) ? host.getAttribute(name) : null) ?? host.getAttribute(`data-${name}`);
}

/**
 * What a <milestone-tracker> holds (a line with a link to the tracker's page, written by the editor or
 * the blogger) shows where scripts never run, until the tracker is ready, and stays when it cannot
 * start: the page shows it through a slot of the shadow root, which the ready tracker replaces.
 */
function keepFallbackUntilReady(host, shadow, root) {
  if (!custom(host) || !host.hasChildNodes()) return null;
  const slot = document.createElement('slot');
  shadow.insertBefore(slot, root);
  root.hidden = true;
  return slot;
}

/**
 * Until its tracker is there, a mount keeps the tracker's place (the snippet's style reserves it from
 * the first paint; this fits it to the mount's own width), so the post below does not jump when the
 * tracker arrives. A count or a line in a sentence reserves nothing, nor does an element marked
 * data-milestone-tracker (the older form, whose page lays it out itself).
 */
function reserve(host) {
  const layout = option(host, 'layout') ?? 'full';
  if (!custom(host) || (layout !== 'full' && layout !== 'card')) return;
  host.style.display = 'block';
  const width = Math.max(240, host.getBoundingClientRect().width || 360);
  const height = layout === 'card' ? WORDS.reserve.card : WORDS.reserve.base + Math.floor(WORDS.reserve.perWidth / width);
  host.style.minHeight = `${height}px`;
}

/** The mount shows what it will show for good: it lets go of the place it kept. */
function letGo(host) {
  host.style.minHeight = '';
  host.setAttribute('data-settled', '');
}

/** The tracker (or its error) is there: it replaces the fallback, and the mount lets go of its place. */
function settle(host, slot, root) {
  slot?.remove();
  root.hidden = false;
  letGo(host);
}

function settleWhenReady(host, slot, root) {
  const ready = new MutationObserver(() => {
    if (!root.querySelector('.mt[data-state=ready], .mt[data-state=error]')) return;
    ready.disconnect();
    settle(host, slot, root);
  });
  ready.observe(root, { childList: true, subtree: true, attributes: true });
}

async function mount(host) {
  if (host.shadowRoot) return;
  const ordinal = ++mounted;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL(FILES.css, BASE).href;
  // A counter or a line sits inside a sentence: everything from the host to the text is inline.
  const inline = ['counter', 'line'].includes(option(host, 'layout'));
  const root = document.createElement(inline ? 'span' : 'div');
  shadow.append(style, root);
  const fallback = keepFallbackUntilReady(host, shadow, root);
  settleWhenReady(host, fallback, root);

  const params = new URLSearchParams();
  for (const name of WORDS.options) {
    const value = option(host, name);
    if (value !== null) params.set(name, value);
  }
  // The source: an element of the page (its text is the data), else, unless it is an id that matches
  // nothing (reported by the tracker), a URL the tracker fetches, resolved against this page.
  let source = option(host, WORDS.source.replace(/^data-/, ''))?.trim() || undefined;
  let json;
  if (source) {
    let element = null;
    try {
      element = document.querySelector(source);
    } catch {
      // not a selector: a URL
    }
    if (element) json = element.textContent ?? '';
    else if (!source.startsWith('#')) {
      try {
        source = new URL(source, document.baseURI).href;
      } catch {
        // reported by the tracker as not an http(s) address
      }
    }
  }
  try {
    const glue = await loadApp();
    glue.mount_tracker(root, params.toString(), json, source, BASE.href, ordinal);
  } catch (error) {
    if (!fallback) {
      showError(root, host, error);
      return settle(host, null, root);
    }
    letGo(host);
    // The reader keeps the fallback; the blogger finds why, and what to do, in the console.
    console.error(`milestone tracker: it could not start here (${error}), so the text inside <milestone-tracker> stays. `
      + `Check that ${BASE.href} serves ${FILES.wasm} and ${FILES.js} (a 404 means the folder was not uploaded whole), `
      + 'with the header Access-Control-Allow-Origin when this blog is on another site, and that the blog allows \'wasm-unsafe-eval\'.');
  }
}

// A mount starts when it comes within a screen of the viewport: a tracker far down a long post costs
// the reader nothing until they scroll towards it.
const nearby = 'IntersectionObserver' in window
  ? new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      nearby.unobserve(entry.target);
      mount(entry.target);
    }
  }, { rootMargin: '100% 0px' })
  : null;
const watched = new WeakSet();

// Defined, so the snippet's style knows a script is here (`:defined`) and keeps the place reserved.
if (!customElements.get('milestone-tracker')) customElements.define('milestone-tracker', class extends HTMLElement {});

function mountAll() {
  for (const host of document.querySelectorAll(MOUNTS)) {
    if (watched.has(host)) continue;
    watched.add(host);
    reserve(host);
    if (nearby) nearby.observe(host);
    else mount(host);
  }
}

function trackerFrames() {
  return [...document.querySelectorAll('iframe[src]')].filter((frame) => {
    try {
      return new URL(frame.src, location.href).origin === BASE.origin;
    } catch {
      return false;
    }
  });
}

// A framed tracker reports its content height; only frames of the tracker's origin are resized.
window.addEventListener('message', (event) => {
  if (event.origin !== BASE.origin || event.data?.type !== WORDS.heightMessage) return;
  const height = Number(event.data.height);
  if (!Number.isFinite(height) || height <= 0 || height > WORDS.maxHeight) return;
  for (const frame of trackerFrames()) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;
  }
});

// The page's own #m=<milestone id> deep link goes through to the framed trackers.
function passDeepLink() {
  if (!location.hash.startsWith('#m=')) return;
  for (const frame of trackerFrames()) {
    const url = new URL(frame.src, location.href);
    if (url.hash !== location.hash) {
      url.hash = location.hash;
      frame.src = url.href;
    }
  }
}
window.addEventListener('hashchange', passDeepLink);

function start() {
  mountAll();
  passDeepLink();
  new MutationObserver(mountAll).observe(document.documentElement, { childList: true, subtree: true });
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
