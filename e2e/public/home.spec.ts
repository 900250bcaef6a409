import { expect, test } from '@playwright/test';

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
