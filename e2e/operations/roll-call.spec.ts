import { expect, test } from '../support/api';
import { classNamed, enrolChildren, hireCarers, makeProvider } from '../support/providers';
import { loginThroughForm } from '../support/session';

test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true });

/**
 * 托育机构设置标准（试行）: infants need a carer for every 3. On a tablet the provider checks the
 * children in; the ratio board turns red; a carer checks in and it turns green.
 */
test('the provider checks children in, the ratio turns red, and green when a carer checks in', async ({
  page,
  accounts,
}) => {
  // A provider of the test's own: an infant class of four (so two carers are needed), two carers.
  const provider = await makeProvider(accounts, {
    classes: [{ type: 'infant', name: '乳儿班', capacity: 6, carers: 2 }],
  });
  const infants = await classNamed(provider.manager, '乳儿班');
  await enrolChildren(provider.manager, infants.id, ['赵小一', '赵小二', '赵小三', '赵小四'], [200, 330]);
  await hireCarers(provider.manager, ['孙保育', '周保育']);

  await loginThroughForm(page, provider.username, provider.password);
  await page.goto('/console/operations/roll-call');
  await page.getByRole('radio', { name: '乳儿班', exact: true }).click();
  const board = page.getByRole('status').filter({ hasText: '在园' });
  const children = page.locator('.ops-tap-grid').first();
  const carers = page.locator('.ops-tap-grid').nth(1);

  // No carer is in yet: checking every child in turns the board red.
  await page.getByRole('button', { name: '全部签到' }).click();
  await expect(children.getByRole('button', { pressed: false })).toHaveCount(0);
  await expect(children.getByRole('button', { pressed: true })).toHaveCount(4);
  await expect(board).toContainText('在园 4 名 · 保育人员 0 名 · 需 2 名');
  await expect(board).toContainText('不达标');

  // One carer for four infants is still short; the second meets the ratio.
  await carers.getByRole('button', { name: /孙保育/ }).click();
  await expect(board).toContainText('保育人员 1 名');
  await expect(board).toContainText('不达标');
  await carers.getByRole('button', { name: /周保育/ }).click();
  await expect(board).toContainText('保育人员 2 名');
  await expect(board).toContainText('师幼比达标');
  await expect(board).not.toContainText('不达标');
});
