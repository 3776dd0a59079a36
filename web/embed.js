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

/** Why a mount could not start: `kind` is cors, missing, network, csp or other. */
class Failure extends Error {
  constructor(kind, detail) {
    super(detail);
    this.kind = kind;
  }
}

/**
 * `url`, answered: else a Failure saying why. A request refused for CORS and one that reached nothing
 * fail alike; a second request that needs no permission (an opaque answer) tells them apart.
 */
async function fetched(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    const answered = await fetch(url, { mode: 'no-cors' }).then(() => true, () => false);
    throw new Failure(answered ? 'cors' : 'network', `${url}: ${error}`);
  }
  if (!response.ok) throw new Failure('missing', `${url}: HTTP ${response.status}`);
  return response;
}

// The wasm is fetched and compiled once per page, when the first mount needs it.
let compiled;
function compiledWasm() {
  compiled ??= (async () => {
    const response = await fetched(new URL(FILES.wasm, BASE));
    try {
      return await WebAssembly.compileStreaming(response.clone());
    } catch {
      // A host that serves .wasm without its media type (application/wasm) is still served.
      try {
        return await WebAssembly.compile(await response.arrayBuffer());
      } catch (error) {
        // A page whose Content-Security-Policy lacks 'wasm-unsafe-eval' refuses to compile any wasm.
        throw new Failure(/eval|CSP|Content.Security/i.test(String(error)) ? 'csp' : 'other', String(error));
      }
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
  glueText ??= fetched(url).then((response) => response.text());
  // Its failure is the glue's to report first; it is not left unhandled meanwhile.
  wasm.catch(() => {});
  const text = await glueText;
  let glue;
  try {
    const copy = URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
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

// The language of a tag as the app negotiates it (WORDS.langTags: `Lang::TAGS`, so zh-TW is zh-Hant,
// pt is pt-BR, in is id): each prefix matched whole subtag by whole subtag, in order.
function langOf(tag) {
  const t = tag.trim().replace(/_/g, '-').toLowerCase();
  return WORDS.langTags.find(([prefix]) => t === prefix || t.startsWith(`${prefix}-`))?.[1];
}

// When the wasm itself cannot start, the tracker's language tables are not there to speak: this one
// sentence comes with embed.js, in every language (WORDS.couldNotStart), and its direction.
function showError(root, host, error) {
  const wanted = [option(host, 'lang'), ...navigator.languages].filter(Boolean);
  const lang = wanted.map(langOf).find(Boolean) ?? 'en';
  root.setAttribute('role', 'alert');
  root.setAttribute('lang', lang);
  root.setAttribute('dir', WORDS.rtl.includes(lang) ? 'rtl' : 'ltr');
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
    const kind = error instanceof Failure ? error.kind : 'other';
    // A frame of the tracker's own page can work where this page cannot run it: its files are then
    // its own site's (no CORS), under its own policy. Not for data written into this page, which a
    // frame of another site cannot read, nor for a count inside a sentence.
    const framed = (kind === 'cors' || kind === 'csp' || kind === 'other') && json === undefined && !inline
      && showInFrame(host, shadow, params, source, () => { fallback?.remove(); root.remove(); letGo(host); });
    if (!fallback) showError(root, host, error);
    if (!framed) settleFailed(host, fallback, root);
    // The reader keeps what the mount shows; the blogger finds why, and what to do, in the console.
    console.error(`milestone tracker: it could not start here (${error.message ?? error}). ${FIXES[kind]}. `
      + (framed ? 'Meanwhile it tries to show the tracker in a frame of its own page.'
        : fallback ? 'Meanwhile readers see the text inside <milestone-tracker>.' : ''));
  }
}

/** How to fix each kind of failure, in one sentence for the blogger. */
const FIXES = {
  cors: `The host of ${BASE.href} does not let other sites use its files: it must send the header `
    + 'Access-Control-Allow-Origin (the release\'s EMBED.md says how, host by host)',
  missing: `A file of the tracker is missing at ${BASE.href}: upload the whole folder again, as it is`,
  network: `${BASE.href} could not be reached: check that address, and that its host is up`,
  csp: 'This page\'s Content-Security-Policy does not allow WebAssembly: add \'wasm-unsafe-eval\' to its script-src',
  other: `Check that ${BASE.href} serves the whole folder, with the header Access-Control-Allow-Origin when `
    + 'the blog is on another site, and that the blog allows \'wasm-unsafe-eval\'',
};

/** A mount that could not start shows for good what it has: its fallback line, or its error. */
function settleFailed(host, fallback, root) {
  if (fallback) letGo(host);
  else settle(host, null, root);
}

// Frames this loader made in place of a mount that could not start, and what each does when drawn.
const ownFrames = new Map();

/**
 * Shows the tracker in a frame of its own page in `shadow`, once the frame reports its height (it is
 * drawn); until then, and for good if it does not within 20 s, the mount keeps what it shows.
 */
function showInFrame(host, shadow, params, source, shown) {
  const query = new URLSearchParams(params);
  if (source && !source.startsWith('#')) query.set(WORDS.dataOption, source);
  const frame = document.createElement('iframe');
  frame.src = new URL(`index.html?${query}`, BASE).href;
  frame.title = option(host, 'label') || 'Milestone tracker';
  frame.style.cssText = 'display:block;border:0;width:100%;height:0;visibility:hidden';
  const gaveUp = setTimeout(() => {
    ownFrames.delete(frame);
    frame.remove();
    letGo(host);
  }, 20_000);
  // The frame's page reports the height of its prerendered tracker first, then of the one it draws:
  // the frame shows once its height has held for a moment.
  // Until then it takes no room (height 0), so the post does not move while it loads.
  let settling;
  ownFrames.set(frame, (height) => {
    const px = `${Math.ceil(height)}px`;
    if (frame.style.visibility !== 'hidden') {
      frame.style.height = px;
      return;
    }
    clearTimeout(gaveUp);
    clearTimeout(settling);
    settling = setTimeout(() => {
      frame.style.height = px;
      frame.style.visibility = '';
      shown();
    }, 250);
  });
  shadow.append(frame);
  return true;
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
  for (const [frame, show] of ownFrames) {
    if (frame.contentWindow === event.source) show(height);
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
