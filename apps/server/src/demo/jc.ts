/**
 * The joint conference's year in the demo (issue 12 item 9), dated from today: the plenary meeting
 * eight months ago whose minutes agreed 6 matters → 14 tasks in every state and light, a thematic
 * meeting on the care workforce, a liaison meeting two weeks ago preparing the next plenary (in two
 * weeks, with the units' proposed agenda items), and the conference's people.
 */
import { dayNumberToIsoDate, isoDateToDayNumber, jcMinutesNo } from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { insertMatter, insertMeeting, insertMinutes, markHeld } from '../modules/jc/queries';
import { insertTask, insertTaskEvent } from '../modules/jc/queries-tasks';
import type { AppContext } from '../platform/context';
import { beijingInstant } from '../platform/time';
import { seedJcRoster } from './jc-roster';
import { DEMO_TASKS, type DemoTask, PLENARY_MATTERS } from './jc-tasks';

type Trx = Transaction<Database>;
const day = (today: string, n: number) => dayNumberToIsoDate(isoDateToDayNumber(today) + n);
const ALL = [
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

export async function seedJointConference(ctx: AppContext, trx: Trx, today: string) {
  const year = Number(today.slice(0, 4));
  await seedJcRoster(ctx, trx, year);
  const users = await unitUsers(trx);
  const office = users.get('office') ?? 0;
  let seq = 0;
  const minutes = async (meetingId: number, date: string, summary: string) =>
    insertMinutes(trx, {
      meeting_id: meetingId,
      number: jcMinutesNo(year, ++seq),
      year,
      seq,
      summary,
      report_to_city_government: 0,
      created_by: office,
      created_at: beijingInstant(day(date, 2), '16:00'),
    });

  const plenaryOn = day(today, -250);
  const plenary = await meeting(trx, office, {
    kind: 'plenary',
    title: `${year}年巴彦淖尔市托育服务联席会议第一次全体会议`,
    date: plenaryOn,
    place: '市政府第三会议室',
    chair: '王建平（召集人）',
    units: ALL,
  });
  await attendance(trx, plenary, ALL, {
    tax: ['substitute', '程琳（科长）代'],
    fp: ['absent', '外出参加自治区培训'],
  });
  const plenaryMinutes = await minutes(
    plenary,
    plenaryOn,
    '会议听取了市卫生健康委关于全市托育服务发展情况的汇报，研究部署年度重点工作，审议通过6项议定事项，明确牵头单位、配合单位和完成时限。会议要求各成员单位按照职责分工抓好落实，按月向联席会议办公室报送进展。',
  );
  const matterIds: number[] = [];
  for (const m of PLENARY_MATTERS)
    matterIds.push(
      await insertMatter(trx, {
        minutes_id: plenaryMinutes,
        title: m.title,
        detail: m.detail,
        city_government_approval: null,
      }),
    );
  await markHeld(trx, plenary);
  for (const t of DEMO_TASKS) await task(trx, users, matterIds[t.matter] ?? 0, t, today, plenaryOn);

  const thematicOn = day(today, -165);
  const thematic = await meeting(trx, office, {
    kind: 'thematic',
    title: '托育从业人员队伍建设专题会议',
    date: thematicOn,
    place: '市卫生健康委会议室',
    chair: '李文斌（副召集人）',
    units: ['health', 'hrss', 'edu', 'union', 'women', 'fp'],
  });
  await attendance(trx, thematic, ['health', 'hrss', 'edu', 'union', 'women', 'fp'], {});
  const thematicMinutes = await minutes(
    thematic,
    thematicOn,
    '应市人社局提请召开。会议研究托育从业人员职业技能培训补贴和保育师等级认定工作，明确由市人社局会同市卫生健康委制定年度培训计划，相关任务纳入全体会议议定事项跟踪。',
  );
  await insertMatter(trx, {
    minutes_id: thematicMinutes,
    title: '托育从业人员年度培训计划',
    detail: '市人社局会同市卫生健康委于三季度前印发年度培训计划，并纳入第一次全体会议第3项议定事项统一跟踪。',
    city_government_approval: null,
  });
  await markHeld(trx, thematic);

  const liaisonOn = day(today, -14);
  const liaison = await meeting(trx, office, {
    kind: 'liaison',
    title: '联络员会议（筹备第二次全体会议）',
    date: liaisonOn,
    place: '市卫生健康委会议室',
    chair: '杜红梅（办公室主任）',
    units: ALL,
  });
  await attendance(trx, liaison, ALL, {
    police: ['absent', '执行安保任务'],
    tax: ['absent', '参加系统内会议'],
  });
  const liaisonMinutes = await minutes(
    liaison,
    liaisonOn,
    '各成员单位联络员通报了议定事项落实情况，梳理了提请第二次全体会议研究的议题，会议要求逾期任务牵头单位于两周内书面说明原因。',
  );
  await insertMatter(trx, {
    minutes_id: liaisonMinutes,
    title: '第二次全体会议议题',
    detail: '拟提请审议：普惠托育服务专项行动推进情况、年度督查考核方案、托育服务消费券发放办法。',
    city_government_approval: null,
  });
  await markHeld(trx, liaison);

  const next = await meeting(trx, office, {
    kind: 'plenary',
    title: `${year}年巴彦淖尔市托育服务联席会议第二次全体会议`,
    date: day(today, 15),
    place: '市政府第三会议室',
    chair: '王建平（召集人）',
    units: ALL,
  });
  const agenda: [string | null, string, 'proposed' | 'accepted'][] = [
    [null, '普惠托育服务专项行动推进情况', 'accepted'],
    [null, `${year}年度托育服务工作督查考核方案`, 'accepted'],
    ['finance', '托育服务消费券发放办法（征求意见稿）', 'accepted'],
    ['hrss', '保育师职业技能等级认定工作安排', 'proposed'],
    ['women', '家庭科学育儿指导服务进社区', 'proposed'],
  ];
  for (const [unit, title, status] of agenda)
    await trx
      .insertInto('jc_agenda_items')
      .values({
        meeting_id: next,
        unit_code: unit,
        title,
        detail: null,
        status,
        proposed_by: unit ? (users.get(unit) ?? office) : office,
        created_at: beijingInstant(day(today, -10), '10:00'),
      })
      .execute();
  return { meetings: 4, tasks: DEMO_TASKS.length };
}

async function unitUsers(trx: Trx) {
  const rows = await trx
    .selectFrom('users')
    .select(['id', 'username', 'unit'])
    .where((w) => w.or([w('username', 'like', 'jc-%'), w('username', '=', 'jcoffice')]))
    .execute();
  return new Map(rows.map((r) => [r.username === 'jcoffice' ? 'office' : (r.unit ?? ''), r.id]));
}

interface DemoMeeting {
  kind: Database['jc_meetings']['kind'];
  title: string;
  date: string;
  place: string;
  chair: string;
  units: string[];
}

const meeting = (trx: Trx, by: number, m: DemoMeeting) =>
  insertMeeting(
    trx,
    {
      kind: m.kind,
      title: m.title,
      date: m.date,
      place: m.place,
      chair: m.chair,
      status: 'planned',
      created_by: by,
      created_at: beijingInstant(day(m.date, -20), '09:00'),
    },
    m.units,
  );

/** Everyone attended except the units named, with their substitute or reason. */
async function attendance(
  trx: Trx,
  meetingId: number,
  units: string[],
  except: Record<string, ['substitute' | 'absent', string]>,
) {
  for (const unit of units) {
    const [status, note] = except[unit] ?? ['attended', ''];
    await trx
      .updateTable('jc_meeting_units')
      .set({
        attendance: status,
        substitute: status === 'substitute' ? note : null,
        reason: status === 'absent' ? note : null,
      })
      .where('meeting_id', '=', meetingId)
      .where('unit_code', '=', unit)
      .execute();
  }
}

async function task(
  trx: Trx,
  users: Map<string, number>,
  matterId: number,
  t: DemoTask,
  today: string,
  heldOn: string,
) {
  const dueOn = day(today, t.due);
  const status = t.status;
  const events = t.events.map((e) => ({ ...e, on: day(today, e.at) }));
  const progressed = events.filter((e) => e.kind === 'progress' || e.kind === 'completion').at(-1);
  // A done task's last event is the office's approval (销号).
  const done = status === 'done' ? events.at(-1) : undefined;
  const id = await insertTask(
    trx,
    {
      matter_id: matterId,
      title: PLENARY_MATTERS[t.matter]?.title ?? '',
      lead_unit: t.lead,
      due_on: dueOn,
      output: t.output,
      status,
      last_progress_at: progressed ? beijingInstant(progressed.on, '15:00') : null,
      done_on: done ? done.on : null,
      created_at: beijingInstant(day(heldOn, 2), '16:00'),
    },
    t.co,
  );
  for (const e of events) {
    const unit = e.kind === 'decision' ? null : (e.unit ?? t.lead);
    await insertTaskEvent(trx, {
      task_id: id,
      kind: e.kind,
      unit_code: unit,
      text: e.text ?? null,
      percent: e.percent ?? null,
      due_on: e.dueOn === undefined ? null : day(today, e.dueOn),
      approve: e.approve === undefined ? null : e.approve ? 1 : 0,
      reason: e.reason ?? null,
      by_user: users.get(unit ?? 'office') ?? null,
      at: beijingInstant(e.on, e.kind === 'decision' ? '17:00' : '15:00'),
    });
  }
}
