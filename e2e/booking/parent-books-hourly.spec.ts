import { expect, test } from '../support/api';
import { makeProvider, publishSlot } from '../support/providers';
import { DEMO_PASSWORD } from '../support/session';
import { beijingDate } from '../support/values';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('a parent books an hourly slot on a phone and sees it in 我的预约', async ({ page, accounts }) => {
  // A provider of the test's own offering hourly care, with one slot two days ahead.
  const provider = await makeProvider(accounts, { serviceForms: ['full_day', 'hourly'] });
  const slot = await publishSlot(provider.manager, {
    date: beijingDate(2),
    start: '10:00',
    end: '11:00',
    places: 3,
  });

  // Logged out, the parent is sent to log in and comes back to the provider page.
  await page.goto(`/providers/${provider.id}`);
  await expect(page.getByRole('heading', { name: '计时托预约' })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`预约 .*${slot.start}`) }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('用户名').fill('parent2');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(new RegExp(`/providers/${provider.id}\\b`));

  await page.getByRole('button', { name: new RegExp(`预约 .*${slot.start}`) }).click();
  const form = page.getByRole('form');
  await form.getByLabel('孩子姓名').fill('刘小米');
  const birth = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel('孩子出生日期').fill(birth);
  await form.getByRole('button', { name: '确认预约' }).click();
  await expect(page.getByRole('status')).toContainText('预约成功：刘小米');

  await page.goto('/my/bookings');
  await expect(page.getByRole('heading', { name: '我的预约' })).toBeVisible();
  // parent2 may have booked elsewhere before: the booking at this provider is the one just made.
  const booking = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: provider.name }) });
  await expect(booking).toContainText('孩子：刘小米');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
