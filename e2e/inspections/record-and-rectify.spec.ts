import { type Accounts, expect, test } from '../support/api';
import { makeChecklist, makeInspection, recordRectifyOrder } from '../support/inspections';
import { makeProvider } from '../support/providers';
import { loginThroughForm } from '../support/session';
import { beijingDate } from '../support/values';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/**
 * SPEC C5 on a phone: an assigned inspector records every item (one fails, with a note and a
 * deadline) and submits 限期整改, which is public at once; the provider's manager answers the
 * open finding, the inspector verifies it, and the provider's public page shows it fixed. Each test
 * has a provider, checklist and inspection of its own (assigned to linhe-insp1 and linhe-insp2).
 */
const ITEMS = [
  '安全出口指示灯完好，疏散通道畅通',
  '每日消毒并有保健员签字的记录',
  '食品留样 48 小时，留样记录完整',
];

async function inspectionOfItsOwn(accounts: Accounts) {
  const provider = await makeProvider(accounts);
  const checklist = await makeChecklist(accounts, ITEMS);
  const inspectors = ['linhe-insp1', 'linhe-insp2'];
  const id = await makeInspection(accounts, {
    providerId: provider.id,
    checklistId: checklist.id,
    inspectors,
  });
  return { provider, id };
}

test('an inspector records a failed item on a phone and the result is public', async ({ page, accounts }) => {
  const { provider } = await inspectionOfItsOwn(accounts);
  await loginThroughForm(page, 'linhe-insp1');
  await page.goto('/console/inspections?status=assigned');
  await page.locator('.insp-card-link', { hasText: provider.name }).click();
  await expect(page.getByText('逐项选择合格')).toBeVisible();
  await expect(page.locator('h1')).toHaveText(provider.name);
  const cards = page.locator('.insp-item');
  const n = await cards.count();
  expect(n).toBe(ITEMS.length);
  for (let i = 0; i < n; i++) {
    const card = cards.nth(i);
    const pass = card.getByRole('radio', { name: '合格', exact: true });
    if (!(await pass.isChecked())) await card.getByText('合格', { exact: true }).click();
  }
  const failing = cards.first();
  await failing.getByText('不合格', { exact: true }).click();
  await failing.getByLabel('情况说明').fill('安全出口指示灯损坏');
  await failing.getByLabel('情况说明').blur();
  const deadline = beijingDate(10);
  await failing.getByLabel('整改期限').fill(deadline);
  await expect(page.getByText(`已填 ${n}/${n}`)).toBeVisible();
  await expect(page.getByText('已自动保存')).toBeVisible();

  await page.getByRole('button', { name: '提交结果' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('限期整改').click();
  await dialog.getByRole('button', { name: '提交结果' }).click();
  await expect(page.getByText('整改中').first()).toBeVisible();

  // Public at once, with the failed item being fixed.
  const list = await page.request.get(`/api/inspections?status=submitted&providerId=${provider.id}`);
  expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(1);
  await page.goto(`/providers/${provider.id}`);
  const section = page.locator('section.pi');
  await expect(section).toContainText('限期整改');
  await expect(section).toContainText('整改中');
  await expect(section).not.toContainText('安全出口指示灯损坏');
});

test('the provider answers, the inspector verifies and the public page shows it fixed', async ({
  browser,
  accounts,
}) => {
  // linhe-insp1 has recorded the inspection: one item failed, to be fixed within ten days.
  const { provider, id } = await inspectionOfItsOwn(accounts);
  const item = ITEMS[1] as string;
  await recordRectifyOrder(await accounts.as('linhe-insp1'), id, {
    text: item,
    note: '11 月消毒记录缺 5 日',
    deadline: beijingDate(10),
  });

  const providerPage = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await loginThroughForm(providerPage, provider.username, provider.password);
  await providerPage.goto('/console/rectifications');
  const notice = providerPage.locator('.insp-item', { has: providerPage.getByLabel('整改说明') });
  await expect(notice.locator('.insp-item-text')).toHaveText(item);
  await notice.getByLabel('整改说明').fill('已整改并补齐记录');
  await notice.getByRole('button', { name: '提交整改答复' }).click();
  await expect(providerPage.getByText('整改答复已提交')).toBeVisible();

  // The other inspector assigned verifies the fix.
  const inspector = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await loginThroughForm(inspector, 'linhe-insp2');
  await inspector.goto('/console/inspections?status=submitted');
  await inspector.locator('.insp-card-link', { hasText: provider.name }).click();
  const card = inspector.locator('.insp-item', { hasText: item });
  await card.getByRole('button', { name: '通过复核' }).click();
  await expect(card).toContainText('复核通过');

  const pub = await (await browser.newContext()).newPage();
  await pub.goto(`/providers/${provider.id}`);
  const finding = pub.locator('.pi-finding', { hasText: item });
  await expect(finding).toContainText('已整改');
  await expect(finding).toContainText('复核通过');
});
