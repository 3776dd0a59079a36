// A small W3C WebDriver client over fetch, and the three engines a reader uses, each started here:
// Chromium (chromedriver), Firefox ESR (geckodriver, headless) and WebKitGTK (WebKitWebDriver driving
// MiniBrowser, on an Xvfb display this starts). Playwright's own Firefox and WebKit builds cannot be
// downloaded; Debian's browsers and their drivers can (scripts/install.sh installs them).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/webkit2gtk-4.1/MiniBrowser']
  .find((path) => existsSync(path)) ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const GECKODRIVER = [process.env.GECKODRIVER, join(homedir(), '.cargo', 'bin', 'geckodriver'), '/usr/local/bin/geckodriver']
  .find((path) => path && existsSync(path)) ?? 'geckodriver';

const freePort = () => new Promise((resolve) => {
  const server = createServer();
  server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The engines: how to start each one's driver and what to ask it for. */
export const ENGINES = {
  chromium: {
    driver: (port) => ['chromedriver', [`--port=${port}`]],
    capabilities: { browserName: 'chrome', 'goog:chromeOptions': { binary: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'] } },
  },
  firefox: {
    driver: (port) => [GECKODRIVER, ['--port', String(port), '--host', '127.0.0.1']],
    capabilities: { browserName: 'firefox', 'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'], prefs: { 'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false } } },
  },
  webkit: {
    driver: (port) => ['WebKitWebDriver', [`--port=${port}`]],
    capabilities: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } },
    display: true,
  },
};

let xvfb = null;
/** An X display for WebKitGTK (MiniBrowser needs one), started once; Xvfb picks a free number. */
async function display() {
  if (!xvfb) {
    const process = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1400x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const number = await new Promise((resolve, reject) => {
      let out = '';
      process.stdout.on('data', (d) => { out += d; if (out.includes('\n')) resolve(out.trim()); });
      process.on('error', reject);
      process.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it gave a display`)));
    });
    xvfb = { process, name: `:${number}` };
  }
  return xvfb.name;
}

export function stopDisplay() {
  xvfb?.process.kill();
  xvfb = null;
}

/** A started driver and a session in it. */
export async function startEngine(name) {
  const engine = ENGINES[name];
  const port = await freePort();
  const [command, args] = engine.driver(port);
  const env = { ...process.env };
  if (engine.display) env.DISPLAY = await display();
  const driver = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  driver.stderr.on('data', (d) => { stderr += d; });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    try {
      const ready = await fetch(`${base}/status`).then((r) => r.json());
      if (ready.value?.ready !== false) break;
    } catch { /* not listening yet */ }
    if (i > 100) throw new Error(`${name}'s driver did not start: ${stderr}`);
    await sleep(100);
  }
  const created = await fetch(`${base}/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ capabilities: { alwaysMatch: engine.capabilities } }),
  }).then((r) => r.json());
  if (!created.value?.sessionId) throw new Error(`${name}: no session: ${JSON.stringify(created)} ${stderr}`);
  return new Session(name, base, created.value.sessionId, driver);
}

export class Session {
  constructor(engine, base, id, driver) {
    Object.assign(this, { engine, base, id, driver });
  }

  async call(method, path, body) {
    const response = await fetch(`${this.base}/session/${this.id}${path}`, {
      method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (json.value?.error) throw new Error(`${this.engine} ${method} ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  }

  goto(url) { return this.call('POST', '/url', { url }); }

  size(width, height) { return this.call('POST', '/window/rect', { width, height }); }

  /** Runs what follows in the frame the element `css` matches (of the current document). */
  async frame(css) {
    const element = await this.call('POST', '/element', { using: 'css selector', value: css });
    return this.call('POST', '/frame', { id: element });
  }

  /** Back to the top document. */
  top() { return this.call('POST', '/frame', { id: null }); }

  /** Runs `fn` (a function, or its body) in the page with `args`; returns its result. */
  run(fn, ...args) {
    const script = typeof fn === 'function' ? `return (${fn}).apply(null, arguments);` : fn;
    return this.call('POST', '/execute/sync', { script, args });
  }

  /** Waits until `fn` returns something truthy in the page; returns it. */
  async until(fn, args = [], timeout = 30_000, what = String(fn)) {
    const deadline = Date.now() + timeout;
    for (;;) {
      let value;
      try {
        value = await this.run(fn, ...args);
      } catch (e) {
        if (Date.now() > deadline) throw e;
      }
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`${this.engine}: timed out waiting for ${what.slice(0, 200)}`);
      await sleep(100);
    }
  }

  async close() {
    try {
      await fetch(`${this.base}/session/${this.id}`, { method: 'DELETE' });
    } finally {
      this.driver.kill();
    }
  }
}
