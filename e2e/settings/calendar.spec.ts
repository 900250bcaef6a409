import { expect, test } from '@playwright/test';
import { loginThroughForm } from '../support/session';

/**
 * 系统设置 › 节假日安排: the city sees that next year's schedule is missing on the console home,
 * opens the year (statutory holidays only), adds a day off and saves it as the official schedule;
 * a county regulator cannot open the page. Screenshots at desktop and phone sizes.
 */
const nextYear = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4)) + 1;
const isNovemberOrLater = new Date(Date.now() + 8 * 3600_000).getUTCMonth() >= 10;

test('the city enters next year’s holiday schedule', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await loginThroughForm(page, 'city');
  if (isNovemberOrLater) {
    const warning = page.getByRole('alert').filter({ hasText: `${nextYear} 年节假日安排尚未录入` });
    await expect(warning).toBeVisible();
    await page.screenshot({ path: 'e2e/artifacts/calendar-home-desktop.png' });
    await warning.getByRole('link', { name: '去录入' }).click();
  } else {
    await page.goto(`/console/settings/calendar?year=${nextYear}`);
  }
  await expect(page.getByRole('heading', { name: '节假日安排', level: 1 })).toBeVisible();
  await expect(page.getByText('未录入国务院安排：仅计法定节假日，不含调休')).toBeVisible();
  // The statutory 元旦 is the first row.
  await expect(page.getByLabel('第 1 行日期')).toHaveValue(`${nextYear}-01-01`);
  await page.screenshot({ path: 'e2e/artifacts/calendar-statutory-desktop.png', fullPage: true });

  await page.getByRole('button', { name: '添加一行' }).click();
  const rows = await page.getByLabel(/^第 \d+ 行日期$/).count();
  await page.getByLabel(`第 ${rows} 行日期`).fill(`${nextYear}-13-01`);
  await page.getByLabel(`第 ${rows} 行名称`).fill('元旦');
  await page.getByRole('button', { name: `保存为 ${nextYear} 年官方安排` }).click();
  await expect(page.getByText(`请填写 ${nextYear} 年内的日期，格式 YYYY-MM-DD`)).toBeVisible();

  await page.getByLabel(`第 ${rows} 行日期`).fill(`${nextYear}-12-31`);
  await page.getByRole('button', { name: `保存为 ${nextYear} 年官方安排` }).click();
  await expect(page.getByText(`已保存 ${nextYear} 年节假日安排`)).toBeVisible();
  await expect(page.getByText(/已录入国务院安排/)).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/calendar-official-desktop.png', fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('heading', { name: '节假日安排', level: 1 })).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/calendar-phone.png', fullPage: true });

  // The warning is gone once the year is entered.
  await page.goto('/console');
  await expect(page.getByText(`${nextYear} 年节假日安排尚未录入`)).toHaveCount(0);
});

test('a county regulator cannot open it', async ({ page }) => {
  await loginThroughForm(page, 'linhe');
  await expect(page.getByRole('menuitem', { name: '节假日安排' })).toHaveCount(0);
  await page.goto('/console/settings/calendar');
  await expect(page.getByText('无权访问')).toBeVisible();
});
