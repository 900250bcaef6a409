import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('the public home page renders on a phone, with the city and its counties, without console code', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('托育');
  for (const county of ['临河区', '五原县', '磴口县', '乌拉特前旗', '乌拉特中旗', '乌拉特后旗', '杭锦后旗']) {
    await expect(page.getByText(county, { exact: true }).first()).toBeVisible();
  }
  await expect(page.getByText('演示数据').first()).toBeVisible();
  // Nothing overflows sideways on a 390 px screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The parents' site never downloads the console or Ant Design.
  expect(scripts.some((u) => /console|antd/i.test(u))).toBe(false);
});
