/**
 * The joint conference (联席会议制度, the plan's annex; issue 12): meeting kinds, the member positions,
 * the agreed tasks' state machine, their red/yellow/green lights and the minutes' numbers. Pure: the
 * working-day calendar comes in as a predicate.
 */
import { dayNumberToIsoDate, isoDateToDayNumber } from './calendar-date';
import type { LocalizedText } from './provider-kinds';

export const JC_MEETING_KINDS = ['plenary', 'thematic', 'liaison'] as const;
export type JcMeetingKind = (typeof JC_MEETING_KINDS)[number];
export const JC_MEETING_KIND_NAMES: Readonly<Record<JcMeetingKind, LocalizedText>> = {
  plenary: { zh: '全体会议', en: 'Plenary meeting' },
  thematic: { zh: '专题会议', en: 'Thematic meeting' },
  liaison: { zh: '联络员会议', en: 'Liaison meeting' },
};

export const JC_POSITIONS = ['convener', 'deputy', 'director', 'member', 'liaison'] as const;
export type JcPosition = (typeof JC_POSITIONS)[number];
export const JC_POSITION_NAMES: Readonly<Record<JcPosition, LocalizedText>> = {
  convener: { zh: '召集人', en: 'Convener' },
  deputy: { zh: '副召集人', en: 'Deputy convener' },
  director: { zh: '办公室主任', en: 'Office director' },
  member: { zh: '成员', en: 'Member' },
  liaison: { zh: '联络员', en: 'Liaison' },
};

export const JC_ATTENDANCE = ['attended', 'substitute', 'absent'] as const;
export type JcAttendance = (typeof JC_ATTENDANCE)[number];
export const JC_ATTENDANCE_NAMES: Readonly<Record<JcAttendance, LocalizedText>> = {
  attended: { zh: '出席', en: 'Attended' },
  substitute: { zh: '委托参会', en: 'Substitute' },
  absent: { zh: '缺席', en: 'Absent' },
};

export const JC_TASK_STATUSES = ['open', 'extension_requested', 'completion_requested', 'done'] as const;
export type JcTaskStatus = (typeof JC_TASK_STATUSES)[number];
export const JC_TASK_STATUS_NAMES: Readonly<Record<JcTaskStatus, LocalizedText>> = {
  open: { zh: '办理中', en: 'Open' },
  extension_requested: { zh: '申请延期', en: 'Extension requested' },
  completion_requested: { zh: '申请办结', en: 'Completion requested' },
  done: { zh: '已办结', en: 'Done' },
};

export const JC_LIGHTS = ['green', 'yellow', 'red'] as const;
export type JcLight = (typeof JC_LIGHTS)[number];
export const JC_LIGHT_NAMES: Readonly<Record<JcLight, LocalizedText>> = {
  green: { zh: '绿灯（正常推进）', en: 'Green (on track)' },
  yellow: { zh: '黄灯（临近期限）', en: 'Yellow (due soon)' },
  red: { zh: '红灯（逾期）', en: 'Red (overdue)' },
};

/** A task turns yellow this many working days before it is due. */
export const JC_YELLOW_WORKING_DAYS = 3;

/** The steps on a task, as its events record them. */
export const JC_TASK_ACTIONS = ['progress', 'extension', 'completion', 'decision'] as const;
export type JcTaskAction = (typeof JC_TASK_ACTIONS)[number];
export const JC_TASK_EVENT_KINDS = [...JC_TASK_ACTIONS, 'reminder'] as const;
export type JcTaskEventKind = (typeof JC_TASK_EVENT_KINDS)[number];
export const JC_TASK_EVENT_KIND_NAMES: Readonly<Record<JcTaskEventKind, LocalizedText>> = {
  progress: { zh: '进展反馈', en: 'Progress' },
  extension: { zh: '申请延期', en: 'Extension request' },
  completion: { zh: '申请办结', en: 'Completion request' },
  decision: { zh: '办公室审核', en: 'Office decision' },
  reminder: { zh: '催办', en: 'Reminder' },
};

/** Who the caller is to a task: its lead unit, a co-unit, the office (or convener), or no one. */
export type JcTaskParty = 'lead' | 'co' | 'office' | 'none';

/**
 * The state machine: which action each party may take from which status. Progress by the lead or a
 * co-unit while open or while an extension is asked; extension and completion by the lead while
 * open; the office's decision on a pending extension or completion.
 */
const MAY: Readonly<
  Record<JcTaskAction, { parties: readonly JcTaskParty[]; from: readonly JcTaskStatus[] }>
> = {
  progress: { parties: ['lead', 'co'], from: ['open', 'extension_requested'] },
  extension: { parties: ['lead'], from: ['open'] },
  completion: { parties: ['lead'], from: ['open'] },
  decision: { parties: ['office'], from: ['extension_requested', 'completion_requested'] },
};

/** Whether the party may ever take the action (regardless of the status): 403 otherwise. */
export const jcPartyMay = (action: JcTaskAction, party: JcTaskParty) => MAY[action].parties.includes(party);

/** Whether the action is open from the status: 409 otherwise. */
export const jcStatusAllows = (action: JcTaskAction, status: JcTaskStatus) =>
  MAY[action].from.includes(status);

/** The actions a party may take on a task in its status now (the detail's `actions`). */
export const jcTaskActions = (status: JcTaskStatus, party: JcTaskParty): JcTaskAction[] =>
  JC_TASK_ACTIONS.filter((a) => jcPartyMay(a, party) && jcStatusAllows(a, status));

/**
 * The status after an action (null: the action is not open from this status). Progress keeps the
 * status; a decision approves (extension → open with the new due date; completion → done) or
 * rejects (back to open).
 */
export function jcNextStatus(
  status: JcTaskStatus,
  action: JcTaskAction,
  approve?: boolean,
): JcTaskStatus | null {
  if (!jcStatusAllows(action, status)) return null;
  switch (action) {
    case 'progress':
      return status;
    case 'extension':
      return 'extension_requested';
    case 'completion':
      return 'completion_requested';
    case 'decision':
      return status === 'completion_requested' && approve ? 'done' : 'open';
  }
}

/**
 * The date `n` working days after `today` (today not counted) under the predicate: a task due on
 * or before it (and not before today) is yellow.
 */
export function jcYellowUntil(
  today: string,
  isWorkingDay: (date: string) => boolean,
  n = JC_YELLOW_WORKING_DAYS,
) {
  let day = today;
  for (let left = n; left > 0; ) {
    day = dayNumberToIsoDate(isoDateToDayNumber(day) + 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/**
 * A task's light: red when due before today, yellow when due from today up to 3 working days
 * ahead, green otherwise. A done task has no light (null): it is finished, on time or not.
 */
export function jcLight(
  task: { status: JcTaskStatus; dueOn: string },
  today: string,
  isWorkingDay: (date: string) => boolean,
): JcLight | null {
  if (task.status === 'done') return null;
  if (task.dueOn < today) return 'red';
  if (task.dueOn <= jcYellowUntil(today, isWorkingDay)) return 'yellow';
  return 'green';
}

/** 会议纪要 numbers: 巴托育联纪〔2026〕2号, counted per year from 1. */
export const jcMinutesNo = (year: number, seq: number) => `巴托育联纪〔${year}〕${seq}号`;

/**
 * The annex holds the plenary meeting 1–2 times a year: the console warns once the third quarter
 * has begun (July 1 in Beijing) and no plenary of the year has been held.
 */
export function jcPlenaryOverdue(today: string, heldPlenaryDates: readonly string[]): boolean {
  const year = today.slice(0, 4);
  if (today < `${year}-07-01`) return false;
  return !heldPlenaryDates.some((d) => d.startsWith(`${year}-`) && d <= today);
}
