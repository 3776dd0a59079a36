// One Lighthouse run (mobile preset; `simulate`, or `devtools` as the second argument) of one page
// served gzip-compressed, printing its metrics, long tasks, main-thread work and requests: a probe for
// what delays time to interactive. Run: node bench/lh-one.mjs [/dist/index.html] [simulate|devtools]
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { fileURLToPath } from 'node:url';
import { serve, CHROMIUM } from '../e2e/harness.mjs';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const path = process.argv[2] ?? '/dist/index.html';
const gz = await serve(ROOT, {}, { prefix: '/', gzip: true });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  const { lhr } = await lighthouse(`${gz.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', throttlingMethod: process.argv[3] ?? 'simulate' });
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'interactive', 'total-blocking-time']) console.log(id, Math.round(lhr.audits[id].numericValue));
  console.log('long tasks:', JSON.stringify(lhr.audits['long-tasks'].details?.items?.map((t) => ({ url: t.url, start: Math.round(t.startTime), ms: Math.round(t.duration) }))));
  console.log('main thread:', JSON.stringify(lhr.audits['mainthread-work-breakdown'].details.items.map((i) => [i.group, Math.round(i.duration)])));
  console.log('bootup:', JSON.stringify(lhr.audits['bootup-time'].details.items.map((i) => [i.url.replace(gz.url, ''), Math.round(i.total), Math.round(i.scripting)])));
  console.log('requests:', JSON.stringify(lhr.audits['network-requests'].details.items.map((r) => [r.url.replace(gz.url, ''), Math.round(r.networkRequestTime), Math.round(r.networkEndTime), r.transferSize])));
} finally {
  await chrome.kill();
  await gz.close();
}
