/**
 * The joint conference's 督查督办 loop end to end (issue 12 item 9), each side in its own browser:
 * the office records minutes with a matter for 市人社局, `jc-hrss` reports progress and asks to
 * complete, the office confirms (销号), and the year's progress bulletin counts the task as done
 * on time for 市人社局.
 */
import type { Browser, Page } from '@playwright/test';
import type { Created, JcBulletin, JcTaskList } from '@tuoyu/contracts';
import { pickOption } from '../support/antd';
import { expect, test } from '../support/api';
import { loginThroughForm } from '../support/session';
import { beijingDate, uniqueStamp } from '../support/values';

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await loginThroughForm(page, username);
  return page;
}

/** 市人社局's row of a bulletin's table: done on time is its second figure. */
const hrssOnTime = (b: JcBulletin) => b.figures.rows.find((r) => r.unitCode === 'hrss')?.onTime ?? 0;

test('office minutes → 市人社局 reports and completes → office confirms → the bulletin counts it', async ({
  browser,
  accounts,
}) => {
  test.setTimeout(90_000);
  const stamp = uniqueStamp();
  const office = await accounts.as('jcoffice');
  const year = Number(beijingDate().slice(0, 4));
  const meeting = await office.post<Created>('/api/jc/meetings', {
    kind: 'thematic',
    title: `托育从业人员专题会议 ${stamp}`,
    date: beijingDate(),
    unitCodes: ['hrss', 'health', 'union'],
  });
  const draft = await office.post<Created>('/api/jc/bulletins', { title: `工作进展通报 ${stamp}`, year });
  const before = hrssOnTime(await office.get<JcBulletin>(`/api/jc/bulletins/${draft.id}`));

  // The office records the minutes in the editor: one matter, one task led by 市人社局.
  const officePage = await signedIn(browser, 'jcoffice');
  await officePage.goto(`/console/jc/meetings/${meeting.id}/minutes/new`);
  const matter = `保育师培训补贴 ${stamp}`;
  await officePage.getByLabel('会议概况').fill('会议研究托育从业人员培训补贴。');
  await officePage.getByLabel('事项', { exact: true }).fill(matter);
  await officePage.getByLabel('具体内容').fill('市人社局于一个月内印发培训补贴办法。');
  await officePage.getByLabel('预期成果').fill('培训补贴办法');
  const form = officePage.locator('form');
  await pickOption(officePage, form, '牵头单位', '市人社局');
  const due = officePage.getByLabel('完成时限');
  await due.click();
  await due.fill(beijingDate(30));
  // Tab leaves the field with the typed date kept (Enter would submit the whole form).
  await due.press('Tab');
  await expect(due).toHaveValue(beijingDate(30));
  await officePage.getByRole('button', { name: '印发纪要' }).click();
  await expect(officePage.getByText(/会议纪要已印发：巴托育联纪〔\d{4}〕\d+号/)).toBeVisible();

  const tasks = await office.get<JcTaskList>('/api/jc/tasks?unit=hrss&pageSize=100');
  const task = tasks.items.find((x) => x.title === matter);
  expect(task, 'the minutes made a task for 市人社局').toBeTruthy();
  expect(task).toMatchObject({ leadUnit: 'hrss', status: 'open', light: 'green' });

  // The office sends a 催办 from the task's drawer; it stays in the task's record.
  await officePage.goto(`/console/jc/tasks?task=${task?.id}`);
  const urge = officePage.getByRole('region', { name: '催办' });
  await urge.getByLabel('催办内容').fill(`请于本周内报送进展 ${stamp}`);
  await urge.getByRole('button', { name: '催办' }).click();
  await expect(officePage.getByText(`请于本周内报送进展 ${stamp}`)).toBeVisible();

  // 市人社局 reports progress, then asks to complete.
  const hrss = await signedIn(browser, 'jc-hrss');
  await hrss.goto(`/console/jc/tasks?task=${task?.id}`);
  const progress = hrss.getByRole('region', { name: '反馈进展' });
  await progress.getByLabel('进展情况').fill(`办法已起草 ${stamp}`);
  await progress.getByLabel('完成进度（%）').fill('60');
  await progress.getByRole('button', { name: '反馈进展' }).click();
  await expect(hrss.getByText(`办法已起草 ${stamp}`)).toBeVisible();
  const completion = hrss.getByRole('region', { name: '申请办结' });
  await completion.getByLabel('办结情况').fill(`培训补贴办法已印发 ${stamp}`);
  await completion.getByRole('button', { name: '申请办结' }).click();
  await expect(hrss.getByText(`培训补贴办法已印发 ${stamp}`)).toBeVisible();
  await expect(hrss.getByRole('region', { name: '申请办结' })).toHaveCount(0);

  // The office confirms: 销号.
  await officePage.goto(`/console/jc/tasks?task=${task?.id}`);
  const decision = officePage.getByRole('region', { name: '提交审核' });
  await expect(decision.getByRole('radio', { name: '同意' })).toBeChecked();
  await decision.getByRole('button', { name: '提交审核' }).click();
  await expect(officePage.getByRole('region', { name: '提交审核' })).toHaveCount(0);
  const done = (await office.get<JcTaskList>('/api/jc/tasks?unit=hrss&pageSize=100')).items.find(
    (x) => x.id === task?.id,
  );
  expect(done).toMatchObject({ status: 'done', light: null });

  // The draft bulletin's figures count it for 市人社局, done on time.
  const after = await office.get<JcBulletin>(`/api/jc/bulletins/${draft.id}`);
  expect(hrssOnTime(after)).toBe(before + 1);
  await officePage.goto(`/console/jc-bulletins/${draft.id}`);
  const row = officePage
    .locator('tr', { has: officePage.getByRole('rowheader', { name: '市人社局' }) })
    .first();
  await expect(row.locator('td').nth(1)).toHaveText(String(before + 1));
});
