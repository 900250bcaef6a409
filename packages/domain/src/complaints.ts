/**
 * Complaints and reports (投诉举报; SPEC C6, plan (四)4): categories, the case's state machine, its
 * statutory clocks and the public tracking code.
 *
 * Clocks — city parameters `complaintAckWorkingDays` (2) and `complaintAnswerWorkingDays` (15):
 * counted in working days (working-days.ts, with the State Council holiday table) from the day of
 * receipt in Beijing; a complaint received on a non-working day counts from the next working day,
 * which then plays the part of the day of receipt (the day itself is not counted).
 */
import type { LocalizedText } from './provider-kinds';
import { addWorkingDays, type HolidayCalendar, isWorkingDay, NO_HOLIDAYS } from './working-days';

/** Stable codes (stored, exported, counted in the public statistics); labels are for people. */
export const COMPLAINT_CATEGORIES = [
  'safety',
  'abuse',
  'health',
  'food',
  'fees',
  'unlicensed',
  'service',
  'other',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_CATEGORY_NAMES: Readonly<Record<ComplaintCategory, LocalizedText>> = {
  safety: { zh: '安全隐患', en: 'Safety hazard' },
  abuse: { zh: '虐待伤害', en: 'Abuse or injury' },
  health: { zh: '卫生健康', en: 'Hygiene and health' },
  food: { zh: '饮食安全', en: 'Food safety' },
  fees: { zh: '收费问题', en: 'Fees' },
  unlicensed: { zh: '无证/未备案经营', en: 'Operating unregistered or unfiled' },
  service: { zh: '服务质量', en: 'Quality of care' },
  other: { zh: '其他', en: 'Other' },
};

/** received → acknowledged → (assigned) → answered. */
export const COMPLAINT_STATUSES = ['received', 'acknowledged', 'assigned', 'answered'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_STATUS_NAMES: Readonly<Record<ComplaintStatus, LocalizedText>> = {
  received: { zh: '待受理', en: 'To acknowledge' },
  acknowledged: { zh: '已受理', en: 'Acknowledged' },
  assigned: { zh: '已分派', en: 'Assigned' },
  answered: { zh: '已答复', en: 'Answered' },
};

export const COMPLAINT_OUTCOMES = ['substantiated', 'partly', 'unsubstantiated'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

export const COMPLAINT_OUTCOME_NAMES: Readonly<Record<ComplaintOutcome, LocalizedText>> = {
  substantiated: { zh: '属实', en: 'Substantiated' },
  partly: { zh: '部分属实', en: 'Partly substantiated' },
  unsubstantiated: { zh: '不属实', en: 'Unsubstantiated' },
};

/** The entries of a case's history: its status changes, notes and the escalation to the city. */
export const COMPLAINT_EVENT_KINDS = [
  'received',
  'acknowledged',
  'assigned',
  'note',
  'answered',
  'escalated',
] as const;
export type ComplaintEventKind = (typeof COMPLAINT_EVENT_KINDS)[number];

export type ComplaintAction = 'acknowledge' | 'assign' | 'note' | 'answer';

/**
 * Which actions each status allows. Assigning again re-assigns (a township hands the case back to
 * an officer); notes are kept on a closed case too (a follow-up visit); an answer is final.
 */
const ALLOWED: Record<ComplaintStatus, readonly ComplaintAction[]> = {
  received: ['acknowledge', 'note'],
  acknowledged: ['assign', 'note', 'answer'],
  assigned: ['assign', 'note', 'answer'],
  answered: ['note'],
};

export function complaintActionAllowed(status: ComplaintStatus, action: ComplaintAction): boolean {
  return ALLOWED[status].includes(action);
}

/** The status after an action (notes leave it as it was). */
export function complaintStatusAfter(status: ComplaintStatus, action: ComplaintAction): ComplaintStatus {
  if (!complaintActionAllowed(status, action)) throw new RangeError(`${action} not allowed in ${status}`);
  if (action === 'acknowledge') return 'acknowledged';
  if (action === 'assign') return 'assigned';
  if (action === 'answer') return 'answered';
  return status;
}

export interface ComplaintDeadlines {
  /** The day the clocks count from: the day of receipt, or the next working day after it. */
  clockStart: string;
  acknowledgeBy: string;
  answerBy: string;
}

/** The first working day on or after `date`. */
function onOrNextWorkingDay(date: string, holidays: HolidayCalendar): string {
  let d = date;
  while (!isWorkingDay(d, holidays)) d = addWorkingDays(d, 1, holidays);
  return d;
}

/** The due dates of a complaint received on `receivedDate` (Beijing `YYYY-MM-DD`). */
export function complaintDeadlines(
  receivedDate: string,
  params: { complaintAckWorkingDays: number; complaintAnswerWorkingDays: number },
  holidays: HolidayCalendar = NO_HOLIDAYS,
): ComplaintDeadlines {
  const clockStart = onOrNextWorkingDay(receivedDate, holidays);
  return {
    clockStart,
    acknowledgeBy: addWorkingDays(clockStart, params.complaintAckWorkingDays, holidays),
    answerBy: addWorkingDays(clockStart, params.complaintAnswerWorkingDays, holidays),
  };
}

export interface ComplaintClock {
  acknowledgeBy: string;
  answerBy: string;
  /** Beijing dates of the steps, null until done. */
  acknowledgedOn: string | null;
  answeredOn: string | null;
}

/**
 * Overdue: the answer is not given and its due date has passed, or the acknowledgement is not given
 * and its due date has passed (the due date itself is still in time). An answered case is never
 * overdue any more; an escalation, once made, stays on the record.
 */
export function complaintOverdue(c: ComplaintClock, today: string): boolean {
  if (c.answeredOn) return false;
  if (today > c.answerBy) return true;
  return !c.acknowledgedOn && today > c.acknowledgeBy;
}

/** Answered on or before the due date (the public statistics' "on time"). */
export function complaintAnsweredOnTime(c: Pick<ComplaintClock, 'answerBy' | 'answeredOn'>): boolean {
  return !!c.answeredOn && c.answeredOn <= c.answerBy;
}

/*
 * Tracking codes: 12 symbols of a 32-letter alphabet without look-alikes (no 0/O, 1/I): 11 random
 * symbols (55 bits from the server's CSPRNG) and a Luhn mod 32 check symbol, which catches every
 * single mistyped symbol and every swap of two neighbours — so a mistyped code is told apart from
 * an unknown one. Shown grouped: TS-XXXX-XXXX-XXXX.
 */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const N = TRACKING_ALPHABET.length;
const RANDOM_SYMBOLS = 11;

function luhnCheckSymbol(body: string): string {
  // Luhn mod N: double every other value from the right, starting with the rightmost.
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    let addend = factor * TRACKING_ALPHABET.indexOf(body[i] as string);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return TRACKING_ALPHABET[(N - (sum % N)) % N] as string;
}

/** A code from ≥ 11 random bytes (the server passes crypto.randomBytes): 5 bits of each byte. */
export function trackingCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RANDOM_SYMBOLS) throw new RangeError('need 11 random bytes');
  let body = '';
  for (let i = 0; i < RANDOM_SYMBOLS; i++) body += TRACKING_ALPHABET[(bytes[i] as number) & 31];
  return body + luhnCheckSymbol(body);
}

/** `ABCDEFGHJKMN` → `TS-ABCD-EFGH-JKMN`. */
export function formatTrackingCode(code: string): string {
  return `TS-${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
}

export type TrackingCodeParse = { ok: true; code: string } | { ok: false; reason: 'malformed' | 'checksum' };

/**
 * Reads a code as people type it: any case, with or without the TS- prefix, dashes or spaces.
 * `malformed` — wrong length or a symbol outside the alphabet; `checksum` — a typing mistake.
 */
export function parseTrackingCode(input: string): TrackingCodeParse {
  let s = input.toUpperCase().replace(/[\s-]/g, '');
  if (s.startsWith('TS') && s.length === 14) s = s.slice(2);
  if (s.length !== 12 || [...s].some((ch) => !TRACKING_ALPHABET.includes(ch)))
    return { ok: false, reason: 'malformed' };
  if (luhnCheckSymbol(s.slice(0, RANDOM_SYMBOLS)) !== s[RANDOM_SYMBOLS])
    return { ok: false, reason: 'checksum' };
  return { ok: true, code: s };
}
