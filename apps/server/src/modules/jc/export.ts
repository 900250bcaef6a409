/** The conference's lists as Excel: 督办任务台账, meetings and members; units by their short names, enums in words. */
import type { JcMeetingListItem, JcMember, JcTaskListItem, JcTaskQuery } from '@tuoyu/contracts';
import { labelOf } from '@tuoyu/domain';
import type { FastifyReply } from 'fastify';
import type { AppContext, SessionUser } from '../../platform/context';
import { type Column, sendListXlsx, sendXlsx } from '../../platform/excel';
import type { Lang } from '../../platform/i18n';
import { listMeetings } from './meetings';
import { listMembers } from './members';
import { unitShortNames } from './queries';
import { listTasks } from './tasks';

function columns(names: Map<string, string>): Column<JcTaskListItem>[] {
  const unit = (code: string) => names.get(code) ?? code;
  return [
    { header: { zh: '任务', en: 'Task' }, width: 40, value: (r) => r.title },
    { header: { zh: '牵头单位', en: 'Lead unit' }, width: 20, value: (r) => unit(r.leadUnit) },
    { header: { zh: '配合单位', en: 'Co-units' }, width: 30, value: (r) => r.coUnits.map(unit).join('、') },
    { header: { zh: '完成时限', en: 'Due' }, width: 12, value: (r) => r.dueOn },
    {
      header: { zh: '状态', en: 'Status' },
      width: 12,
      value: (r, l) => labelOf('jcTaskStatus', r.status, l),
    },
    {
      header: { zh: '亮灯', en: 'Light' },
      width: 16,
      value: (r, l) => (r.light ? labelOf('jcLight', r.light, l) : ''),
    },
    { header: { zh: '最近反馈', en: 'Last progress' }, width: 22, value: (r) => r.lastProgressAt ?? '' },
  ];
}

export async function exportTasks(
  ctx: AppContext,
  caller: SessionUser,
  reply: FastifyReply,
  lang: Lang,
  q: JcTaskQuery,
) {
  const names = await unitShortNames(ctx.db);
  return sendListXlsx(reply, lang, { zh: '督办任务台账', en: 'Tracked tasks' }, columns(names), (pageSize) =>
    listTasks(ctx, caller, { ...q, page: 1, pageSize }),
  );
}

const MEETING_COLUMNS: Column<JcMeetingListItem>[] = [
  { header: { zh: '会议日期', en: 'Date' }, width: 12, value: (r) => r.date },
  { header: { zh: '会议名称', en: 'Title' }, width: 40, value: (r) => r.title },
  { header: { zh: '会议类型', en: 'Kind' }, width: 14, value: (r, l) => labelOf('jcMeetingKind', r.kind, l) },
  { header: { zh: '主持人', en: 'Chair' }, width: 16, value: (r) => r.chair ?? '' },
  { header: { zh: '地点', en: 'Place' }, width: 24, value: (r) => r.place ?? '' },
  { header: { zh: '纪要编号', en: 'Minutes no.' }, width: 24, value: (r) => r.minutesNo ?? '' },
];

export async function exportMeetings(
  ctx: AppContext,
  caller: SessionUser,
  reply: FastifyReply,
  lang: Lang,
  year: number | undefined,
) {
  const { items } = await listMeetings(ctx, caller, year);
  return sendXlsx(reply, lang, { zh: '联席会议会议', en: 'Conference meetings' }, MEETING_COLUMNS, items);
}

export async function exportMembers(
  ctx: AppContext,
  caller: SessionUser,
  reply: FastifyReply,
  lang: Lang,
  history: boolean,
) {
  const [names, { items }] = await Promise.all([unitShortNames(ctx.db), listMembers(ctx, caller, history)]);
  const columns: Column<JcMember>[] = [
    { header: { zh: '单位', en: 'Unit' }, width: 20, value: (r) => names.get(r.unitCode) ?? r.unitCode },
    {
      header: { zh: '职务', en: 'Position' },
      width: 12,
      value: (r, l) => labelOf('jcPosition', r.position, l),
    },
    { header: { zh: '姓名', en: 'Name' }, width: 12, value: (r) => r.name },
    { header: { zh: '职务职级', en: 'Title' }, width: 30, value: (r) => r.title },
    { header: { zh: '联系电话', en: 'Mobile' }, width: 14, value: (r) => r.mobile ?? '' },
    { header: { zh: '任职起始', en: 'From' }, width: 12, value: (r) => r.fromOn },
    { header: { zh: '任职截止', en: 'To' }, width: 12, value: (r) => r.toOn ?? '' },
  ];
  return sendXlsx(reply, lang, { zh: '联席会议组成人员', en: 'Conference members' }, columns, items);
}
