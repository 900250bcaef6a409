import { randomInt } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import type { ScopedHealthIndicator } from '@tuoyu/contracts';
import { pickOption } from '../support/antd';
import { type Api, expect, test } from '../support/api';
import { DEMO_PASSWORD, loginThroughForm } from '../support/session';
import { beijingDate, uniqueStamp } from '../support/values';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
test.use(PHONE);

/** The health worker's township (linhe-hc works in 临河区解放街道) and the demo parent's mobile. */
const TOWNSHIP = '150802004';
const PARENT_MOBILE = '13804780010';

/** `birth` + `months`, the day clamped to the month's last (as the schedule computes due dates). */
function addMonths(birth: string, months: number): string {
  const [y, m, d] = birth.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** I-2 of the health worker's own township in `year`: the response's top-level figure. */
async function townshipFigure(hc: Api, year: number) {
  const r = await hc.get<ScopedHealthIndicator>(`/api/child-health/indicators?year=${year}`);
  expect(r.divisionCode).toBe(TOWNSHIP);
  // The reporting year is the calendar year (the demo keeps the platform default).
  expect(r.rule.yearStart).toBe('01-01');
  return { numerator: r.numerator, denominator: r.denominator };
}

/** Taps an Ant Design radio button (its input is hidden behind the label) and checks it took. */
async function choose(within: Locator, option: string) {
  await within.locator('label.ant-radio-button-wrapper').filter({ hasText: option }).click();
  await expect(within.getByRole('radio', { name: option, exact: true })).toBeChecked();
}

/**
 * Picks a date in an Ant Design DatePicker whose input is read-only (the check-up form on a phone):
 * opens the calendar, steps to the month (the panel opens on the field's, today's) and taps the day.
 */
async function pickDate(page: Page, field: Locator, date: string) {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  await field.click();
  const panel = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
  const shown = async () => {
    const year = Number.parseInt((await panel.locator('.ant-picker-year-btn').textContent()) ?? '', 10);
    const month = Number.parseInt((await panel.locator('.ant-picker-month-btn').textContent()) ?? '', 10);
    return year * 12 + month - (y * 12 + m);
  };
  await expect(async () => {
    const off = await shown();
    if (off !== 0)
      await panel.locator(off > 0 ? '.ant-picker-header-prev-btn' : '.ant-picker-header-next-btn').click();
    expect(await shown()).toBe(0);
  }).toPass({ timeout: 10_000 });
  await panel.locator('td.ant-picker-cell-in-view').getByText(String(d), { exact: true }).click();
  await expect(field).toHaveValue(date);
}

/**
 * Issue 11 end to end: a health worker on a phone registers a newborn and records its 3-month
 * check-up, the township's 系统管理率 moves, and the parent sees the schedule with it done.
 */
test('a health worker on a phone registers a child and records its check-up; the rate moves; the parent sees it', async ({
  page,
  browser,
  baseURL,
  accounts,
}) => {
  const name = `韩${uniqueStamp(4)}`;
  const certificate = `Q${String(randomInt(1e9)).padStart(9, '0')}`;
  const birth = beijingDate(-100);
  const due3 = addMonths(birth, 3); // passed (about a week ago), within the ±30-day window
  const year = Number(due3.slice(0, 4));
  // Yesterday, unless that is already in the next reporting year (then the due date itself).
  const yesterday = beijingDate(-1);
  const checkupDate = yesterday.startsWith(String(year)) ? yesterday : due3;

  // 1. The township's figure before.
  const hc = await accounts.as('linhe-hc');
  const before = await townshipFigure(hc, year);

  // 2. On the phone, the health worker registers the newborn.
  await loginThroughForm(page, 'linhe-hc');
  await page.goto('/console/child-health');
  await page.getByRole('button', { name: '登记新生儿' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '登记新生儿' });
  await drawer.getByLabel('儿童姓名').fill(name);
  await choose(drawer, '女');
  const born = drawer.getByLabel('出生日期');
  await born.click();
  await born.fill(birth);
  await born.press('Enter');
  await expect(born).toHaveValue(birth);
  await drawer.getByLabel('出生医学证明编号').fill(certificate);
  // A township's health worker has one township to choose, preselected; choose it otherwise.
  const township = drawer
    .locator('.ant-select')
    .filter({ has: page.getByRole('combobox', { name: '所属乡镇（街道）' }) });
  await expect(async () => {
    if (!(await township.textContent())?.includes('解放街道')) {
      await drawer.getByRole('combobox', { name: '所属乡镇（街道）' }).click({ force: true });
      await page
        .locator('.ant-select-dropdown .ant-select-item-option')
        .filter({ hasText: '解放街道' })
        .click({ timeout: 2_000 });
    }
    await expect(township).toContainText('解放街道', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await drawer.getByLabel('监护人姓名').fill('刘女士');
  await drawer.getByLabel('关系').fill('母亲');
  await drawer.getByLabel('手机号').fill(PARENT_MOBILE);
  await drawer.getByRole('button', { name: /保\s*存/ }).click();

  // Saving opens the child's record.
  await expect(page).toHaveURL(/\/console\/child-health\/\d+$/);
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByText(certificate)).toBeVisible();

  // 3. Past its 3-month due date unsatisfied, the child counts and is not (yet) managed.
  await expect
    .poll(() => townshipFigure(hc, year))
    .toEqual({
      numerator: before.numerator,
      denominator: before.denominator + 1,
    });

  // 4. The 3-month check-up, step by step.
  await page.getByRole('button', { name: '录入健康检查' }).click();
  await expect(page).toHaveURL(/\/console\/child-health\/\d+\/checkup$/);
  const form = page.locator('form.ch-checkup-form');
  await choose(form, '健康检查');
  await pickOption(page, form, '检查月龄', '3月龄');
  await pickDate(page, form.getByLabel('检查日期'), checkupDate);
  await form.getByRole('button', { name: '下一步' }).click();
  await form.getByRole('spinbutton', { name: '体重' }).fill('6.2');
  await form.getByRole('spinbutton', { name: '身长（身高）' }).fill('61');
  await form.getByRole('button', { name: '下一步' }).click();
  await choose(form, '正常');
  await form.getByLabel('指导意见').fill('按需母乳喂养，多做俯卧抬头练习。');
  await form.getByRole('button', { name: '下一步' }).click();
  // The review shows what is about to be saved.
  await expect(form).toContainText('健康检查 · 3月龄');
  await expect(form).toContainText(checkupDate);
  await expect(form).toContainText('6.2 千克');
  await expect(form).toContainText('61 厘米');
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('健康检查已保存')).toBeVisible();
  await expect(page.getByText('本次检查在应检时间内，计入系统管理。')).toBeVisible();

  // 5. Now managed: the numerator moves too.
  await expect
    .poll(() => townshipFigure(hc, year))
    .toEqual({
      numerator: before.numerator + 1,
      denominator: before.denominator + 1,
    });

  // 6. The parent, on a phone of their own, links the child and sees the schedule.
  const parentContext = await browser.newContext({
    ...PHONE,
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  try {
    const parent = await parentContext.newPage();
    await parent.goto(`/login?next=${encodeURIComponent('/my/children')}`);
    await parent.getByLabel('用户名').fill('parent');
    await parent.getByLabel('密码').fill(DEMO_PASSWORD);
    await parent.getByRole('button', { name: /登\s*录/ }).click();
    await expect(parent).toHaveURL(/\/my\/children$/);
    await expect(parent.getByRole('heading', { name: '我的孩子', level: 1 })).toBeVisible();
    const link = parent.getByRole('form', { name: '关联我的孩子' });
    await link.getByLabel('出生医学证明编号或身份证号').fill(certificate);
    await link.getByLabel('孩子的出生日期').fill(birth);
    await link.getByRole('button', { name: '关联孩子' }).click();
    await expect(link.getByRole('status')).toHaveText('已关联。');

    const card = parent
      .getByRole('listitem')
      .filter({ has: parent.getByRole('heading', { name, level: 2 }) });
    await expect(card).toContainText('解放街道');
    await expect(card.getByRole('listitem').filter({ hasText: /^3月龄检查/ })).toContainText('已完成');
    await expect(card.getByRole('listitem').filter({ hasText: /^6月龄检查/ })).toContainText(
      `${addMonths(birth, 6)} 前后`,
    );
    await expect(card).toContainText(`${checkupDate} · 健康检查`);
    await expect(card).toContainText('按需母乳喂养，多做俯卧抬头练习。');
    const overflow = await parent.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  } finally {
    await parentContext.close();
  }
});
