import { expect, test } from '@playwright/test';
import { loginThroughForm } from '../support/session';

test('a county regulator logs in and sees their county in the console', async ({ page }) => {
  await loginThroughForm(page, 'linhe');
  await expect(page.getByRole('banner')).toContainText('临河区卫生健康委');
  await expect(page.getByRole('banner')).toContainText('旗县区监管');
});

test('a wrong password shows the server message and stays on the login page', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('用户名').fill('wuyuan');
  await page.getByLabel('密码').fill('Wrong-Passw0rd');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByText('用户名或密码错误', { exact: false }).first()).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test('logging out returns to the login page and the console needs a login again', async ({ page }) => {
  await loginThroughForm(page, 'jcoffice');
  // The user menu is the button carrying the user's name in the header.
  await page
    .getByRole('banner')
    .getByRole('button', { name: /联席会议办公室 郑干事/ })
    .click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/console');
  await expect(page).toHaveURL(/\/login/);
});
