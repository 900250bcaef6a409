/** 督办任务台账: the task list as Excel, units by their short names, lights and statuses in words. */
import type { JcTaskListItem, JcTaskQuery } from '@tuoyu/contracts';
import { labelOf } from '@tuoyu/domain';
import type { FastifyReply } from 'fastify';
import type { AppContext, SessionUser } from '../../platform/context';
import { type Column, sendListXlsx } from '../../platform/excel';
import type { Lang } from '../../platform/i18n';
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
