import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from '../support/api';
import { makeChecklist } from '../support/inspections';
import { makeProvider } from '../support/providers';
import { loginThroughForm } from '../support/session';
import { beijingDate } from '../support/values';

/**
 * Issue 5's story end to end (SPEC C5, "双随机、一公开"), drawn by commit, witness, reveal (issue 9
 * item 3): the city publishes a plan for 临河区 (only the seed's commitment is public) and draws it
 * with a witness' input, the public record keeps the selection secret; an inspector records a
 * failed item on a phone, the provider replies, the inspector verifies, and the provider's public
 * page shows the finding fixed under the new inspection; the city reveals the draw and the public
 * record checks commitment, seed and selection in the browser (✓ each). The inspected provider and
 * the plan's checklist are the test's own; the draw takes every provider of 临河区, theirs among them.
 */

const FAILED_ITEM = '制定灭火和应急疏散预案并定期演练，有演练记录';
const ITEMS = ['安全出口、疏散通道畅通，标志完好', FAILED_ITEM, '食品留样 48 小时，留样记录完整'];
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** The public pages' long date, 2026年12月18日. */
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('zh-CN', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(`${iso}T00:00:00+08:00`));

/**
 * Picks the option showing `option` in the Ant Design select labelled `label`, typing `search`
 * first when the select is searchable; retried because a click during the pop-up's animation can
 * be lost. Works for multiple selects too (the picked value shows as a tag).
 */
async function choose(page: Page, form: Locator, label: string, option: string, search?: string) {
  const field = form.getByRole('combobox', { name: label });
  const select = form.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: label }) });
  await expect(async () => {
    if (!(await select.textContent())?.includes(option)) {
      await field.click({ force: true });
      if (search) await field.fill(search);
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: option })
        .first()
        .click({ timeout: 2_000 });
    }
    await expect(select).toContainText(option, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** Each person in the story has a browser of their own, closed after the test. */
const contexts: BrowserContext[] = [];
async function newPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext(options);
  contexts.push(context);
  return context.newPage();
}
test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

/** An inspector reaches his task the way the plan shows it: 抽查计划 → the plan → 查看 at the provider. */
async function openTaskFromPlan(page: Page, planName: string, provider: string) {
  await page.goto('/console/inspection-plans');
  await page.getByRole('link', { name: planName }).click();
  await expect(page.getByRole('heading', { name: planName })).toBeVisible();
  await page.getByRole('listitem').filter({ hasText: provider }).getByRole('link', { name: '查看' }).click();
  await expect(page.getByRole('heading', { name: provider })).toBeVisible();
}

test('the city draws a plan, an inspector records on a phone and the fix is public', async ({
  page,
  browser,
  accounts,
}) => {
  // Four people, two phones and the reveal: minutes on a shared CI machine.
  test.setTimeout(300_000);
  const provider = await makeProvider(accounts);
  const checklist = await makeChecklist(accounts, ITEMS);
  const run = Date.now().toString(36);
  const planName = `端到端双随机抽查 ${run}`;
  const note = `应急疏散预案未演练（${run}）`;
  const reply = `已组织全员疏散演练并补齐记录（${run}）`;
  const today = beijingDate(0);
  const deadline = beijingDate(19);
  const dueBy = beijingDate(45);
  const witness = `${today} 福彩3D 开奖号码 5 8 1（${run}）`;
  let recordUrl = '';

  await test.step('the city publishes a plan for 临河区 and draws it', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await loginThroughForm(page, 'city');
    await page.goto('/console/inspection-plans');
    await page.getByRole('button', { name: '发布抽查计划' }).click();

    const form = page.getByRole('dialog').filter({ hasText: '发布抽查计划' });
    await form.getByLabel('计划名称').fill(planName);
    await choose(page, form, '抽查区域', '临河区', '临河区');
    await choose(page, form, '检查表', checklist.name);
    // The rates start from the city's default; wait for it so it cannot overwrite ours.
    await expect(form.getByLabel('一般层')).not.toHaveValue('');
    for (const stratum of ['高风险层', '一般层', '低风险层']) {
      await form.getByLabel(stratum).fill('100');
      await expect(form.getByLabel(stratum)).toHaveValue('100');
    }
    await choose(page, form, '检查人员', '陈检查员', '陈检查员');
    await choose(page, form, '检查人员', '何检查员', '何检查员');
    await form.getByLabel('计划名称').click(); // closes the inspector pop-up
    await form.getByLabel('每组检查人数').fill('2');
    const due = form.getByLabel('完成期限');
    await due.click();
    await due.fill(dueBy);
    await due.press('Enter');
    await expect(due).toHaveValue(dueBy);
    await form.getByRole('button', { name: /保\s*存/ }).click();

    // Publishing opens the plan's detail: the seed's commitment is public, the draw still to come.
    await expect(page.getByRole('heading', { name: planName })).toBeVisible();
    await expect(page.getByText('已发布，待抽取')).toBeVisible();
    await expect(page.getByText('种子承诺值', { exact: true })).toBeVisible();
    // 抽取 without the witness' input is refused in the form.
    await page.getByRole('button', { name: '抽取', exact: true }).click();
    await expect(page.getByText('请输入见证数据（1–200 个字符）')).toBeVisible();
    await page.getByLabel('见证数据').fill(witness);
    await page.getByLabel('见证人（选填）').fill('临河区纪检监察组 李明');
    await page.getByRole('button', { name: '抽取', exact: true }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '确认抽取？' });
    await confirm.getByRole('button', { name: /抽\s*取/ }).click();

    await expect(page.getByText(/抽取结果（\d+ 家）/)).toBeVisible();
    const drawn = page.getByRole('row').filter({ hasText: provider.name });
    await expect(drawn).toContainText('陈检查员');
    await expect(drawn).toContainText('何检查员');
    await expect(page.getByRole('button', { name: '抽取', exact: true })).toHaveCount(0);
    await expect(page.getByText('抽取结果尚未公开')).toBeVisible();

    // The public record: the witness' input, but neither the seeds nor who was drawn.
    const popup = page.waitForEvent('popup');
    await page.getByRole('link', { name: '公示页面' }).click();
    const record = await popup;
    await expect(record).toHaveURL(/\/draws\/\d+$/);
    recordUrl = record.url();
    await expect(record.getByRole('heading', { name: planName })).toBeVisible();
    await expect(record.getByRole('status')).toContainText('已抽取，结果待公开');
    await expect(record.getByText(witness)).toBeVisible();
    await expect(record.getByRole('heading', { name: /抽取结果/ })).toHaveCount(0);
    await record.close();
  });

  const inspector = await newPage(browser, PHONE);
  await test.step('linhe-insp1 records the inspection on a phone: one item fails', async () => {
    await loginThroughForm(inspector, 'linhe-insp1');
    await openTaskFromPlan(inspector, planName, provider.name);
    await expect(inspector.getByText('逐项选择合格')).toBeVisible();

    // One card per checklist item, each a group named by the item with its 合格/不合格/不适用.
    const items = inspector.getByRole('group').filter({ has: inspector.getByRole('radiogroup') });
    const n = await items.count();
    expect(n).toBe(ITEMS.length);
    for (let i = 0; i < n; i++) await items.nth(i).getByText('合格', { exact: true }).click();
    await expect(inspector.getByText(`已填 ${n}/${n}`)).toBeVisible();

    const failing = inspector.getByRole('group', { name: FAILED_ITEM });
    await failing.getByText('不合格', { exact: true }).click();
    await failing.getByLabel('情况说明').fill(note);
    await failing.getByLabel('情况说明').blur();
    const saved = inspector.waitForResponse(
      (r) => r.url().endsWith('/findings') && r.request().method() === 'PUT' && r.ok(),
    );
    await failing.getByLabel('整改期限').fill(deadline);
    await saved;
    await expect(inspector.getByText('已自动保存')).toBeVisible();

    await inspector.getByRole('button', { name: '提交结果' }).click();
    const dialog = inspector.getByRole('dialog');
    await dialog.getByText('限期整改').click();
    await dialog.getByRole('button', { name: '提交结果' }).click();
    await expect(inspector.getByText('检查结果已提交并公示')).toBeVisible();
    const finding = inspector.getByRole('group', { name: FAILED_ITEM });
    await expect(finding).toContainText('待整改');
    await expect(finding).toContainText(note);
  });

  await test.step('the provider replies to that finding', async () => {
    const manager = await newPage(browser, PHONE);
    await loginThroughForm(manager, provider.username, provider.password);
    await manager.goto('/console/rectifications');
    await expect(manager.getByRole('heading', { name: '整改通知' })).toBeVisible();
    const notice = manager.getByRole('group', { name: FAILED_ITEM }).filter({ hasText: note });
    await expect(notice).toContainText(`整改期限 ${deadline}`);
    await notice.getByLabel('整改说明').fill(reply);
    await notice.getByRole('button', { name: '提交整改答复' }).click();
    await expect(manager.getByText('整改答复已提交')).toBeVisible();
    await expect(notice).toContainText('已答复，等待复核');
    await expect(notice).toContainText('待复核');
  });

  await test.step('linhe-insp1 verifies the fix', async () => {
    await openTaskFromPlan(inspector, planName, provider.name);
    const finding = inspector.getByRole('group', { name: FAILED_ITEM });
    await expect(finding).toContainText(reply);
    await expect(finding).toContainText('待复核');
    await finding.getByRole('button', { name: '通过复核' }).click();
    await expect(finding).toContainText('复核通过');
    await expect(finding).toContainText('已整改');
  });

  await test.step("a visitor sees the finding fixed on the provider's public page", async () => {
    const visitor = await newPage(browser);
    await visitor.goto(`/providers/${provider.id}`);
    const section = visitor.getByRole('region', { name: '监督检查结果' });
    // The finding itself (a leaf of the list), with our deadline: fixed and verified today.
    // (`has` is matched inside each candidate, so the locator starts from the page, not the section.)
    const finding = visitor
      .getByRole('listitem')
      .filter({ hasNot: visitor.getByRole('listitem') })
      .filter({ hasText: FAILED_ITEM })
      .filter({ hasText: `整改期限 ${longDate(deadline)}` });
    await expect(section.locator(finding)).toContainText('✓ 已整改');
    await expect(section.locator(finding)).toContainText(`复核通过 ${longDate(today)}`);
    // …under the new inspection: today's random check, 限期整改, everything fixed.
    const inspection = section.getByRole('listitem').filter({ has: finding });
    await expect(inspection).toContainText(longDate(today));
    await expect(inspection).toContainText('双随机抽查');
    await expect(inspection).toContainText('限期整改');
    await expect(inspection).toContainText('全部整改完毕');
    await expect(inspection).not.toContainText(note);
  });

  await test.step('the city reveals the draw; the public record checks all three in the browser', async () => {
    await page.goto('/console/inspection-plans');
    await page.getByRole('link', { name: planName }).click();
    await page.getByRole('button', { name: '公开', exact: true }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '现在公开抽取结果？' });
    await confirm.getByRole('button', { name: /公\s*开/ }).click();
    await expect(page.getByText(/已公开 \d{4}-/)).toBeVisible();

    const visitor = await newPage(browser);
    await visitor.goto(recordUrl);
    const verdict = visitor.getByRole('status');
    await expect(verdict).toContainText('✓ 三项核对全部通过');
    for (const check of [
      'SHA-256(服务器种子) = 发布时公开的承诺值',
      'SHA-256(服务器种子:见证数据) = 随机种子',
      '按规则由随机种子复算的抽取结果 = 公示的抽取结果',
    ])
      await expect(verdict.getByRole('listitem').filter({ hasText: check })).toContainText('✓');
    await expect(visitor.getByRole('listitem').filter({ hasText: provider.name }).first()).toBeVisible();
  });
});
