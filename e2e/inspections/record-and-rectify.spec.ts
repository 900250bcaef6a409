import { expect, test } from '@playwright/test';
import { loginThroughForm } from '../support/session';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/**
 * SPEC C5 on a phone: an assigned inspector records every item (one fails, with a note and a
 * deadline) and submits 限期整改, which is public at once; at the demo provider the manager answers
 * an open finding, the inspector verifies it, and the provider's public page shows it fixed.
 */
test('an inspector records a failed item on a phone and the result is public', async ({ page }) => {
  // Every one of the checklist's items is tapped, one by one, as the inspector would: long on a busy machine.
  test.setTimeout(300_000);
  await loginThroughForm(page, 'linhe-insp1');
  await page.goto('/console/inspections?status=assigned');
  // The demo's campaign inspection at a 解放街道 provider is the newest assigned task.
  await page.locator('.insp-card-link').first().click();
  await expect(page.getByText('逐项选择合格')).toBeVisible();
  const provider = (await page.locator('h1').textContent()) ?? '';
  const cards = page.locator('.insp-item');
  const n = await cards.count();
  for (let i = 0; i < n; i++) {
    const card = cards.nth(i);
    const pass = card.getByRole('radio', { name: '合格', exact: true });
    if (!(await pass.isChecked())) await card.getByText('合格', { exact: true }).click();
  }
  const failing = cards.first();
  await failing.getByText('不合格', { exact: true }).click();
  await failing.getByLabel('情况说明').fill('安全出口指示灯损坏');
  await failing.getByLabel('情况说明').blur();
  const deadline = new Date(Date.now() + 8 * 3600_000 + 10 * 86_400_000).toISOString().slice(0, 10);
  await failing.getByLabel('整改期限').fill(deadline);
  await expect(page.getByText(`已填 ${n}/${n}`)).toBeVisible();
  await expect(page.getByText('已自动保存')).toBeVisible();

  await page.getByRole('button', { name: '提交结果' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('限期整改').click();
  await dialog.getByRole('button', { name: '提交结果' }).click();
  await expect(page.getByText('整改中').first()).toBeVisible();

  // Public at once, with the failed item being fixed.
  const list = await page.request.get(`/api/inspections?status=submitted`);
  const mine = ((await list.json()) as { items: { providerId: number; providerName: string }[] }).items.find(
    (i) => i.providerName === provider,
  );
  expect(mine).toBeTruthy();
  await page.goto(`/providers/${mine?.providerId}`);
  const section = page.locator('section.pi');
  await expect(section).toContainText('限期整改');
  await expect(section).toContainText('整改中');
  await expect(section).not.toContainText('安全出口指示灯损坏');
});

test('the provider answers, the inspector verifies and the public page shows it fixed', async ({
  browser,
}) => {
  const providerPage = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await loginThroughForm(providerPage, 'provider');
  await providerPage.goto('/console/rectifications');
  // The first notice still to answer (answered ones, waiting for review, may be listed first).
  const notice = providerPage.locator('.insp-item', { has: providerPage.getByLabel('整改说明') }).first();
  const item = ((await notice.locator('.insp-item-text').textContent()) ?? '').trim();
  await notice.getByLabel('整改说明').fill('已整改并补齐记录');
  await notice.getByRole('button', { name: '提交整改答复' }).click();
  await expect(providerPage.getByText('整改答复已提交')).toBeVisible();

  // linhe-insp2 is assigned to the demo provider's open inspection.
  const inspector = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await loginThroughForm(inspector, 'linhe-insp2');
  await inspector.goto('/console/inspections?status=submitted');
  await inspector.locator('.insp-card-link', { hasText: '小太阳' }).first().click();
  const card = inspector.locator('.insp-item', { hasText: item });
  await card.getByRole('button', { name: '通过复核' }).click();
  await expect(card).toContainText('复核通过');

  const pub = await (await browser.newContext()).newPage();
  await pub.goto('/providers/1');
  const finding = pub.locator('.pi-finding', { hasText: item }).first();
  await expect(finding).toContainText('已整改');
  await expect(finding).toContainText('复核通过');
});
