import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

/** Every key of the console's catalogues (the messages.ts files under apps/web/src/console). */
function consoleKeys(): string[] {
  const root = fileURLToPath(new URL('../../apps/web/src/console', import.meta.url));
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('messages.ts'),
  );
  return files.flatMap((f) =>
    [...readFileSync(join(root, f), 'utf8').matchAll(/^\s*'([a-z][\w-]*\.[^']+)':/gm)].map(
      (m) => m[1] as string,
    ),
  );
}

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('the public home page renders on a phone, with the city and its counties, within its JS budget', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('托育');
  for (const county of ['临河区', '五原县', '磴口县', '乌拉特前旗', '乌拉特中旗', '乌拉特后旗', '杭锦后旗']) {
    await expect(page.getByRole('heading', { name: county })).toBeVisible();
  }
  await expect(page.getByText('1,538,715').first()).toBeVisible();
  await expect(page.getByText('演示数据').first()).toBeVisible();
  // Nothing overflows sideways on a 390 px screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // UX.md: the first page loads ≤ 150 KB of JavaScript (compressed, as transferred).
  const jsBytes = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js'))
      .reduce((sum, e) => sum + (e as PerformanceResourceTiming).encodedBodySize, 0),
  );
  expect(jsBytes).toBeGreaterThan(10_000);
  expect(jsBytes).toBeLessThanOrEqual(150 * 1024);
});

test('the large-text switch enlarges the page and is remembered', async ({ page }) => {
  await page.goto('/');
  // The switch scales the public site's root element (and so everything sized in rem/em below it).
  const size = () =>
    page.evaluate(() =>
      Number.parseFloat(getComputedStyle(document.querySelector('main') ?? document.body).fontSize),
    );
  const before = await size();
  expect(before).toBeGreaterThanOrEqual(16);
  await page.getByRole('button', { name: /大字/ }).click();
  await expect.poll(size).toBeGreaterThan(before);
  await page.reload();
  await expect.poll(size).toBeGreaterThan(before);
});

test('the first page carries no console strings (they load with the console)', async ({ page, request }) => {
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('托育');
  const code = (await Promise.all(scripts.map(async (url) => (await request.get(url)).text()))).join('\n');
  const quoted = (key: string) => code.includes(`"${key}"`) || code.includes(`'${key}'`);
  // The check can see keys at all: the base catalogue's own keys are in the first page's code.
  expect(quoted('app.name')).toBe(true);
  const keys = consoleKeys();
  expect(keys.length).toBeGreaterThan(1000);
  expect(keys.filter(quoted)).toEqual([]);
});
