import { expect, test } from '@playwright/test';
import type { UserList } from '@tuoyu/contracts';
import { pickOption } from '../support/antd';
import { loginThroughForm } from '../support/session';

test('the administrator creates a user and finds the change in the audit viewer', async ({ page }) => {
  const username = `e2e-${Date.now().toString(36)}`;
  await loginThroughForm(page, 'admin');
  await page.goto('/console/users');
  await page.getByRole('button', { name: '新建用户' }).click();

  const form = page.getByRole('dialog');
  await form.getByLabel('用户名').fill(username);
  await form.getByLabel('姓名').fill('端到端测试用户');
  await pickOption(page, form, '角色', '旗县区监管');
  await pickOption(page, form, '辖区', '五原县');
  await form.getByLabel('初始密码').fill('Initial-Passw0rd');
  await form.getByRole('button', { name: /保\s*存|创\s*建|确\s*定/ }).click();

  await expect(form).toBeHidden();
  // The demo has more users than one page holds: find the new one as an administrator would.
  await page.getByLabel('关键词').fill(username);
  await page.getByRole('button', { name: /查\s*询/ }).click();
  await expect(page.getByRole('cell', { name: username })).toBeVisible();

  // The audit entry of this creation: user.create on the new user's id.
  const users = await page.request.get(`/api/users?q=${username}`);
  const [created] = ((await users.json()) as UserList).items;
  expect(created?.username).toBe(username);
  await page.goto('/console/audit');
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'user.create' }) })
    .filter({ has: page.getByRole('cell', { name: String(created?.id), exact: true }) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('admin');
});
