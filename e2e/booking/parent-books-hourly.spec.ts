import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/session';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** A slot in the demo provider's hourly care, two days ahead, made through the provider's API. */
async function publishSlot(request: import('@playwright/test').APIRequestContext) {
  const login = await request.post('/api/auth/login', {
    headers: { 'x-requested-with': 'tuoyu' },
    data: { username: 'provider', password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  const day = new Date(Date.now() + (8 + 48) * 3600_000).toISOString().slice(0, 10);
  // Minutes the demo's own slots (09:00, 14:30) never use, so the link names stay unique.
  const start = `${String(9 + Math.floor(Math.random() * 8)).padStart(2, '0')}:${['10', '20', '40', '50'][Math.floor(Math.random() * 4)]}`;
  const end = `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}:${start.slice(3)}`;
  const res = await request.post('/api/slots', {
    headers: { 'x-requested-with': 'tuoyu' },
    data: { date: day, start, end, places: 3 },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { id: number; date: string; start: string; end: string };
}

test('a parent books an hourly slot on a phone and sees it in 我的预约', async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await playwright.request.newContext({ baseURL });
  const slot = await publishSlot(api);
  await api.dispose();

  // Logged out, the parent is sent to log in and comes back to the provider page.
  await page.goto('/providers/1');
  await expect(page.getByRole('heading', { name: '计时托预约' })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`预约 .*${slot.start}`) }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('用户名').fill('parent2');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/providers\/1/);

  await page.getByRole('button', { name: new RegExp(`预约 .*${slot.start}`) }).click();
  const form = page.getByRole('form');
  await form.getByLabel('孩子姓名').fill('刘小米');
  const birth = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel('孩子出生日期').fill(birth);
  await form.getByRole('button', { name: '确认预约' }).click();
  await expect(page.getByRole('status')).toContainText('预约成功：刘小米');

  await page.goto('/my/bookings');
  await expect(page.getByRole('heading', { name: '我的预约' })).toBeVisible();
  await expect(page.getByText('孩子：刘小米').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
