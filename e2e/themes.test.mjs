// Themes and widths: light, dark and auto (following prefers-color-scheme), and no sideways scrolling
// from 320 px to 1200 px wide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, rendered, setup, DIST } from './harness.mjs';

const env = setup({ server: () => serve(DIST) });

async function open(query, { width = 1000, colorScheme = 'light' } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/?now=2023-12-16T09:00:00%2B09:00&${query}`);
  await rendered(page);
  return { page, context };
}

const background = (page) => page.locator('.mt').evaluate((el) => getComputedStyle(el).backgroundColor);

test('light, dark, and auto following the reader\'s colour scheme', async () => {
  const cases = [
    ['theme=light', 'dark', 'rgb(255, 255, 255)'],
    ['theme=dark', 'light', 'rgb(20, 18, 24)'],
    ['theme=auto', 'dark', 'rgb(20, 18, 24)'],
    ['theme=auto', 'light', 'rgb(255, 255, 255)'],
  ];
  for (const [query, colorScheme, expected] of cases) {
    const { page, context } = await open(query, { colorScheme });
    assert.equal(await background(page), expected, `${query} with a ${colorScheme} scheme`);
    // The page around the tracker follows its theme, to the edges of the window.
    const page_ = await page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.documentElement).colorScheme]);
    const dark = expected === 'rgb(20, 18, 24)';
    assert.deepEqual(page_, dark ? ['rgb(20, 18, 24)', 'dark'] : ['rgba(0, 0, 0, 0)', 'normal'], `the page, ${query} with a ${colorScheme} scheme`);
    await context.close();
  }
});

test('the accent colour and font are custom properties a blogger can set', async () => {
  const { page, context } = await open('');
  await page.addStyleTag({ content: '.mt { --mt-accent: rgb(0, 128, 0); --mt-font: monospace; }' });
  assert.equal(await page.locator('[data-counter=album] .mt-counter-value').evaluate((el) => getComputedStyle(el).color), 'rgb(0, 128, 0)');
  assert.equal(await page.locator('.mt').evaluate((el) => getComputedStyle(el).fontFamily), 'monospace');
  await context.close();
});

test('no sideways scrolling from 320 px to 1200 px', async () => {
  for (const width of [320, 375, 768, 1200]) {
    const { page, context } = await open('count=inclusive', { width });
    // Every fold open.
    while (await page.locator('details.mt-fold:not([open]) > summary').count()) await page.locator('details.mt-fold:not([open]) > summary').first().click();
    const overflow = await page.evaluate(() => {
      const wide = [...document.querySelectorAll('.mt *')].filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5);
      return { scroll: document.documentElement.scrollWidth, wide: wide.slice(0, 3).map((el) => el.className || el.tagName) };
    });
    assert.ok(overflow.scroll <= width, `${width} px: the page is ${overflow.scroll} px wide (${overflow.wide.join(', ')})`);
    assert.deepEqual(overflow.wide, [], `${width} px`);
    await context.close();
  }
});
