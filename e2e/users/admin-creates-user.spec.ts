import { expect, type Page, test } from '@playwright/test';
import { loginThroughForm } from '../support/session';

/** Ant Design select pop-ups still open (they animate closed before the next field can be used). */
const openDropdowns = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

test('the administrator creates a user and finds the change in the audit viewer', async ({ page }) => {
  const username = `e2e-${Date.now().toString(36)}`;
  await loginThroughForm(page, 'admin');
  await page.goto('/console/users');
  await page.getByRole('button', { name: '新建用户' }).click();

  const form = page.getByRole('dialog');
  await form.getByLabel('用户名').fill(username);
  await form.getByLabel('姓名').fill('端到端测试用户');
  // Role and division are Ant Design selects: open, then pick by visible text.
  await form.getByLabel('角色').click();
  await page.getByTitle('旗县区监管').click();
  await expect(openDropdowns(page)).toHaveCount(0);
  await form.getByLabel('辖区').click();
  await page.getByTitle('五原县', { exact: true }).click();
  await expect(openDropdowns(page)).toHaveCount(0);
  await form.getByLabel('初始密码').fill('Initial-Passw0rd');
  await form.getByRole('button', { name: /保\s*存|创\s*建|确\s*定/ }).click();

  await expect(page.getByRole('cell', { name: username })).toBeVisible();

  await page.goto('/console/audit');
  await expect(page.getByRole('cell', { name: 'user.create' }).first()).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'user.create' }).first();
  await expect(row).toContainText('admin');
});
