/**
 * The city's matrix of the plan's tasks (issue 12 item 5): one row per unit that the plan makes
 * responsible for anything, one cell per task — its latest reported status, `unreported`, or null
 * where the unit has no part — with the unit's counts; and the same as Excel.
 */
import type { JcPlanMatrix } from '@tuoyu/contracts';
import { type JcPlanCell, jcPlanCell, jcPlanDoneRate, labelOf } from '@tuoyu/domain';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../platform/context';
import { type Column, sendXlsx } from '../../platform/excel';
import type { Lang } from '../../platform/i18n';
import { unitShortNames } from '../jc/queries';
import { unitsOf } from './plan-tasks';
import { ensureYear, yearProgress, yearTasks } from './queries';

export async function planMatrix(ctx: AppContext, year: number): Promise<JcPlanMatrix> {
  await ensureYear(ctx.db, year);
  const [tasks, progress, names] = await Promise.all([
    yearTasks(ctx.db, year),
    yearProgress(ctx.db, year),
    unitShortNames(ctx.db),
  ]);
  const reported = new Map(progress.map((p) => [`${p.task_id}:${p.unit_code}`, p.status]));
  const responsible = new Set(tasks.flatMap(unitsOf));
  // Units in the reference order (units.sort), only those with a task.
  const units = [...names.keys()].filter((u) => responsible.has(u));
  return {
    year,
    tasks: tasks.map((t) => ({ id: t.task_id, section: t.section, title: t.title })),
    rows: units.map((unit) => {
      const cells = tasks.map((t) => jcPlanCell(unitsOf(t), unit, reported.get(`${t.task_id}:${unit}`)));
      const mine = cells.filter((c) => c !== null);
      return {
        unit,
        cells,
        responsible: mine.length,
        done: mine.filter((c) => c === 'done').length,
        unreported: mine.filter((c) => c === 'unreported').length,
        doneRate: jcPlanDoneRate(cells),
      };
    }),
  };
}

type Row = JcPlanMatrix['rows'][number];

const cellText = (c: JcPlanCell, lang: Lang) =>
  c === null
    ? ''
    : c === 'unreported'
      ? lang === 'zh'
        ? '未报送'
        : 'Not reported'
      : labelOf('jcPlanStatus', c, lang);

export async function exportPlanMatrix(ctx: AppContext, reply: FastifyReply, lang: Lang, year: number) {
  const m = await planMatrix(ctx, year);
  const names = await unitShortNames(ctx.db);
  const columns: Column<Row>[] = [
    { header: { zh: '单位', en: 'Unit' }, width: 20, value: (r) => names.get(r.unit) ?? r.unit },
    ...m.tasks.map(
      (t, i): Column<Row> => ({
        header: { zh: `${t.id} ${t.title}`, en: `${t.id} ${t.title}` },
        width: 14,
        value: (r, l) => cellText(r.cells[i] ?? null, l),
      }),
    ),
    { header: { zh: '承担任务', en: 'Tasks' }, width: 10, value: (r) => r.responsible },
    { header: { zh: '已完成', en: 'Done' }, width: 10, value: (r) => r.done },
    { header: { zh: '未报送', en: 'Not reported' }, width: 10, value: (r) => r.unreported },
    { header: { zh: '完成率(%)', en: 'Done (%)' }, width: 10, value: (r) => r.doneRate },
  ];
  return sendXlsx(
    reply,
    lang,
    { zh: `${year}年实施方案任务推进矩阵`, en: `Plan tasks ${year}` },
    columns,
    m.rows,
  );
}
