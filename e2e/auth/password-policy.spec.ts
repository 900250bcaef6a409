import { expect as baseExpect, test } from '@playwright/test';
import { DEMO_PASSWORD, loginThroughForm } from '../support/session';

// The console chunk and the server's strength check (zxcvbn's first use builds its dictionaries)
// can take a while on a busy CI machine.
const expect = baseExpect.configure({ timeout: 30_000 });

test('the system administrator’s home has the account security card', async ({ page }) => {
  await loginThroughForm(page, 'admin');
  await expect(page.getByRole('heading', { name: '账号安全' })).toBeVisible();
  await expect(page.getByText('当前没有被锁定的账号')).toBeVisible();
});

test('the password form shows the rules and the server’s reason for a guessable password', async ({
  page,
}) => {
  await loginThroughForm(page, 'linhe-edu');
  await page.goto('/console/password');
  await expect(page.getByText('新密码须满足')).toBeVisible();
  await expect(page.getByText('不能包含用户名，不能使用公开的演示密码')).toBeVisible();
  await page.getByLabel('原密码').fill(DEMO_PASSWORD);
  // Four character classes and ten characters, yet among the first guesses of any cracker.
  await page.getByLabel('新密码', { exact: true }).fill('Password1!');
  await page.getByLabel('确认新密码').fill('Password1!');
  await page.getByRole('button', { name: '修改密码' }).last().click();
  await expect(page.getByText('密码太容易被猜中；与常用密码过于相似。')).toBeVisible();
  // Refused: the page stays, and the account keeps the demo password other specs log in with.
  await expect(page).toHaveURL(/\/console\/password/);
});
