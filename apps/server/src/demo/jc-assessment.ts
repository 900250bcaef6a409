/**
 * The 2025 annual assessment (督查考核, 三(三)) of the demo: computed with the default weights and
 * published, with two marks of the office. The demo's supervision data lies in 2026, so for 2025 the
 * counties score on what is dated 2025 — places filed by the end of 2025, I-2 of 2025, the filings
 * submitted in 2025 — and have no inspections or complaints in 2025 (无数据: their weight is shared by
 * the others). The units' tasks of 2025 come from the 2025 plenary meeting loaded here (its agreed
 * tasks done on time, late or left open), since the conference's own demo lies in 2026.
 */
import { jcMinutesNo } from '@tuoyu/domain';
import { addMark, compute, publish } from '../modules/jc-assessment/service';
import type { AuditActor } from '../platform/audit';
import type { AppContext, SessionUser } from '../platform/context';

const YEAR = 2025;
const MEETING_DATE = '2025-03-18';

/** The 18 member units; per unit how many of its 2025 tasks were done late and left open. */
const UNITS = [
  'bianban',
  'fgw',
  'edu',
  'police',
  'civil',
  'finance',
  'hrss',
  'nr',
  'housing',
  'health',
  'emergency',
  'tax',
  'samr',
  'union',
  'youth',
  'women',
  'fire',
  'fp',
];
const LATE: Record<string, number> = { edu: 1, hrss: 1, samr: 1, youth: 2, housing: 1 };
const OPEN: Record<string, number> = { nr: 2, fire: 1, housing: 1 };
const DUE = ['2025-04-30', '2025-06-30', '2025-08-31', '2025-09-30', '2025-11-30', '2025-12-15'];

/** Each unit's 2025 tasks: 4 to 6, the last ones late or open as above; [due date, done date or null]. */
function tasksOf(unit: string, i: number): [string, string | null][] {
  const n = 4 + (i % 3);
  const late = LATE[unit] ?? 0;
  const open = OPEN[unit] ?? 0;
  return DUE.slice(0, n).map((due, k) => {
    const fromEnd = n - k;
    if (fromEnd <= open) return [due, null];
    const day = (d: string, by: number) =>
      new Date(Date.parse(d) + by * 86_400_000).toISOString().slice(0, 10);
    return [due, fromEnd <= open + late ? day(due, 9) : day(due, -2)];
  });
}

async function plenary2025(ctx: AppContext, officeId: number) {
  const at = `${MEETING_DATE}T02:00:00.000Z`;
  const meeting = await ctx.db
    .insertInto('jc_meetings')
    .values({
      kind: 'plenary',
      title: '2025年度联席会议全体会议',
      date: MEETING_DATE,
      place: '市政府第三会议室',
      chair: '联席会议召集人 王副市长',
      status: 'held',
      created_by: officeId,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db
    .insertInto('jc_meeting_units')
    .values(
      UNITS.map((u) => ({
        meeting_id: meeting.id,
        unit_code: u,
        attendance: 'attended' as const,
        substitute: null,
        reason: null,
      })),
    )
    .execute();
  const minutes = await ctx.db
    .insertInto('jc_minutes')
    .values({
      meeting_id: meeting.id,
      number: jcMinutesNo(YEAR, 1),
      year: YEAR,
      seq: 1,
      summary: '会议听取2024年工作情况汇报，部署2025年婴幼儿照护服务重点任务。',
      report_to_city_government: 0,
      created_by: officeId,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const matter = await ctx.db
    .insertInto('jc_matters')
    .values({
      minutes_id: minutes.id,
      title: '2025年度婴幼儿照护服务重点任务分工',
      detail: '各成员单位按职责分工落实年度重点任务，按时反馈办理情况。',
      city_government_approval: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [i, unit] of UNITS.entries())
    for (const [n, [dueOn, doneOn]] of tasksOf(unit, i).entries()) {
      const task = await ctx.db
        .insertInto('jc_tasks')
        .values({
          matter_id: matter.id,
          title: `2025年度重点任务（${n + 1}）`,
          lead_unit: unit,
          due_on: dueOn,
          output: '办理情况报告',
          status: doneOn ? 'done' : 'open',
          last_progress_at: doneOn ? `${doneOn}T02:00:00.000Z` : null,
          done_on: doneOn,
          created_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (doneOn)
        await ctx.db
          .insertInto('jc_task_events')
          .values({
            task_id: task.id,
            kind: 'decision',
            unit_code: null,
            text: null,
            percent: null,
            due_on: null,
            approve: 1,
            reason: '同意销号',
            by_user: officeId,
            at: `${doneOn}T03:00:00.000Z`,
          })
          .execute();
    }
}

export async function seedJcAssessment(ctx: AppContext) {
  const office = await ctx.db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role', 'division_code', 'unit'])
    .where('username', '=', 'jcoffice')
    .executeTakeFirstOrThrow();
  await plenary2025(ctx, office.id);
  const caller: SessionUser = {
    id: office.id,
    username: office.username,
    displayName: office.display_name,
    role: office.role,
    divisionCode: office.division_code,
    unit: office.unit,
    mustChangePassword: false,
    providerId: null,
    sessionId: 'demo',
  };
  const actor: AuditActor = {
    actorId: office.id,
    actorUsername: office.username,
    actorRole: office.role,
    requestId: null,
    ip: null,
  };
  await addMark(ctx, caller, actor, YEAR, {
    target: { kind: 'county', code: '150802' },
    points: 2,
    reason: '建成市级示范性托育机构2所，社区嵌入式托育服务经验在全市推广',
  });
  await addMark(ctx, caller, actor, YEAR, {
    target: { kind: 'unit', code: 'fire' },
    points: -1,
    reason: '托育机构消防安全专项检查任务逾期未反馈',
  });
  await compute(ctx, caller, actor, YEAR);
  await publish(ctx, caller, actor, YEAR);
}
