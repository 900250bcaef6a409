import { expect, type Page, test } from '@playwright/test';
import { makeCreditCode } from '../../packages/domain/src/credit-code';
import { pickOption } from '../support/antd';
import { WRITE_HEADERS } from '../support/api';
import { DOCUMENT_TYPES, filingForm, PDF } from '../support/providers';
import { loginThroughForm } from '../support/session';

/**
 * The filing flow of 登记和备案办法, across four people and two screen sizes: the registering unit
 * pushes the registration, the county issues the account, the provider files, the county returns
 * it with a reason, the provider fixes and resubmits, the county accepts, and a parent finds it on
 * a phone and sees its fees.
 */
const stamp = Date.now()
  .toString(36)
  .slice(-5)
  .toUpperCase()
  .replace(/[IOSVZ]/g, 'A');
const name = `临河区端到端${stamp}全日托托育中心`;
const creditCode = makeCreditCode(`91150802MA${stamp.padEnd(7, '0').slice(0, 7)}`);
const NEW_PASSWORD = 'Provider-E2e-2026';

async function logout(page: Page) {
  await page.context().clearCookies();
}

test.describe.configure({ mode: 'serial' });

let filingId = 0;
let manager = '';
let initialPassword = '';

test('a registering unit pushes the registration', async ({ page }) => {
  await loginThroughForm(page, 'linhe-samr');
  await page.goto('/console/registrations');
  await page.getByRole('button', { name: '新增登记' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('机构名称').fill(name);
  await form.getByLabel('统一社会信用代码').fill(creditCode);
  await pickOption(page, form, '法人类型', '企业（营利性）');
  await pickOption(page, form, '举办类型', '托育机构');
  await form.getByLabel('登记地址').fill('临河区胜利北路 100 号');
  await form.getByRole('checkbox', { name: '全日托' }).check();
  await form.getByLabel('法定代表人').fill('赵端到');
  await form.getByLabel('联系电话').fill('0478-8000100');
  await form.getByRole('button', { name: '登记并推送' }).click();
  await expect(page.getByRole('cell', { name })).toBeVisible();
});

test('the county issues the manager account', async ({ page }) => {
  await loginThroughForm(page, 'linhe');
  await page.goto(`/console/filings?status=draft&q=${encodeURIComponent(stamp)}`);
  await page.getByRole('row').filter({ hasText: name }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/console\/filings\/\d+/);
  filingId = Number(/filings\/(\d+)/.exec(page.url())?.[1]);
  await page.getByRole('button', { name: '开通负责人账号' }).click();
  await page.getByRole('button', { name: '开通负责人账号' }).last().click();
  const modal = page.getByRole('dialog');
  await expect(modal).toContainText('初始密码');
  manager = (await modal.locator('.prov-secret').nth(0).textContent())?.trim() ?? '';
  initialPassword = (await modal.locator('.prov-secret').nth(1).textContent())?.trim() ?? '';
  expect(manager).toBe(creditCode.toLowerCase());
  expect(initialPassword).toHaveLength(14);
  await modal.getByRole('button', { name: '我已记下，关闭' }).click();
});

test('the provider changes the initial password, files, and submits', async ({ page }) => {
  await loginThroughForm(page, manager, initialPassword);
  // First login: only the password page is open.
  await expect(page.getByText('首次登录或密码被重置后须修改密码').first()).toBeVisible();
  await page.getByLabel('原密码').fill(initialPassword);
  await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('确认新密码').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('首次登录或密码被重置后须修改密码')).toHaveCount(0);

  // The documents and the form content go in through the same API the form uses.
  const documents = [];
  for (const type of DOCUMENT_TYPES) {
    const res = await page.request.post('/api/files', { headers: WRITE_HEADERS, multipart: { file: PDF } });
    expect(res.status()).toBe(201);
    documents.push({ type, fileId: (await res.json()).id });
  }
  const saved = await page.request.put(`/api/filings/${filingId}`, {
    headers: WRITE_HEADERS,
    data: filingForm({
      address: '临河区胜利北路 100 号',
      serviceForms: ['full_day'],
      classes: [
        { type: 'toddler_young', name: '托小班', capacity: 15, carers: 3 },
        { type: 'toddler_older', name: '托大班', capacity: 20, carers: 3 },
      ],
      stamp,
      documents,
    }),
  });
  expect(saved.status()).toBe(200);

  await page.goto('/console/my-filing');
  await expect(page.getByRole('heading', { name: '本机构备案' })).toBeVisible();
  await page.getByRole('button', { name: '提交备案' }).click();
  await expect(page.getByText('已提交备案').first()).toBeVisible();
});

test('the county returns it with a reason', async ({ page }) => {
  await loginThroughForm(page, 'linhe');
  await page.goto(`/console/filings/${filingId}`);
  await page.getByRole('button', { name: '退回补正' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('退回原因').fill('服务时间请写明周六是否开放');
  await dialog.getByRole('button', { name: '退回补正' }).click();
  await expect(page.getByText('已退回').first()).toBeVisible();
});

test('the provider sees the reason, fixes the form and resubmits', async ({ page }) => {
  await loginThroughForm(page, manager, NEW_PASSWORD);
  await page.goto('/console/my-filing');
  await expect(page.getByText('服务时间请写明周六是否开放').first()).toBeVisible();
  const hours = page.getByLabel('服务时间');
  await hours.fill('周一至周五 07:30–18:00，周六休息');
  await page.getByRole('button', { name: '提交备案' }).click();
  await expect(page.getByText('已提交备案').first()).toBeVisible();
});

test('the county accepts and a filing number is issued', async ({ page }) => {
  await loginThroughForm(page, 'linhe');
  await page.goto(`/console/filings/${filingId}`);
  await expect(page.getByText('周六休息').first()).toBeVisible();
  await page.getByRole('button', { name: '予以备案' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '予以备案' }).click();
  await expect(page.getByText(/150802-\d{4}-\d{4}/).first()).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a parent finds the provider and sees its fees', async ({ page }) => {
    await logout(page);
    await page.goto('/find');
    await page.getByRole('searchbox').first().fill(stamp);
    await page.getByRole('searchbox').first().press('Enter');
    const card = page.getByRole('link', { name: new RegExp(name) });
    await expect(card).toBeVisible();
    await card.click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    await expect(page.getByText('保育费').first()).toBeVisible();
    await expect(page.getByText('¥1,680.00').first()).toBeVisible();
    await expect(page.getByText(/150802-\d{4}-\d{4}/).first()).toBeVisible();
  });
});
