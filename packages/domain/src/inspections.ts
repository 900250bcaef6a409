/**
 * Inspections (SPEC C5; standards.md "Supervision — 双随机、一公开"): a finding per checklist item,
 * the result, the rectification of failed items and the publication deadline. Pure rules, shared by
 * the server (which enforces them) and the console (which shows them before the server says no).
 */
import { isoDateToDayNumber } from './calendar-date';
import type { LocalizedText } from './provider-kinds';
import { addWorkingDays, type HolidayCalendar, NO_HOLIDAYS } from './working-days';

export const FINDING_OUTCOMES = ['pass', 'fail', 'na'] as const;
export type FindingOutcome = (typeof FINDING_OUTCOMES)[number];

export const FINDING_OUTCOME_NAMES: Readonly<Record<FindingOutcome, LocalizedText>> = {
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
  na: { zh: '不适用', en: 'N/A' },
};

/** 合格 | 限期整改 | 不合格. */
export const INSPECTION_RESULTS = ['pass', 'rectify', 'fail'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

export const INSPECTION_RESULT_NAMES: Readonly<Record<InspectionResult, LocalizedText>> = {
  pass: { zh: '合格', en: 'Pass' },
  rectify: { zh: '限期整改', en: 'Rectify by deadline' },
  fail: { zh: '不合格', en: 'Fail' },
};

export const INSPECTION_KINDS = ['random', 'complaint', 'campaign', 'follow_up'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** The kinds a regulator creates by hand; `random` inspections come only from a plan's draw. */
export const ASSIGNED_INSPECTION_KINDS = [
  'complaint',
  'campaign',
  'follow_up',
] as const satisfies readonly InspectionKind[];

export const INSPECTION_KIND_NAMES: Readonly<Record<InspectionKind, LocalizedText>> = {
  random: { zh: '双随机', en: 'Random draw' },
  complaint: { zh: '投诉核查', en: 'Complaint' },
  campaign: { zh: '专项检查', en: 'Campaign' },
  follow_up: { zh: '复查', en: 'Follow-up' },
};

export const INSPECTION_STATUSES = ['assigned', 'submitted', 'closed'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

/** `submitted` is published and waiting for the failed items' rectification. */
export const INSPECTION_STATUS_NAMES: Readonly<Record<InspectionStatus, LocalizedText>> = {
  assigned: { zh: '待检查', en: 'To inspect' },
  submitted: { zh: '整改中', en: 'Rectifying' },
  closed: { zh: '已办结', en: 'Closed' },
};

/** A failed finding's rectification: open → rectified (provider replied) → verified (accepted). */
export const FINDING_STATUSES = ['open', 'rectified', 'verified'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** At least two inspectors per check (standards.md: "≥ 2 inspectors per check"). */
export const MIN_INSPECTORS = 2;

/** The checklist items that have no finding yet (a submission needs none missing). */
export function missingItems(itemIds: readonly number[], findings: readonly { itemId: number }[]): number[] {
  const done = new Set(findings.map((f) => f.itemId));
  return itemIds.filter((id) => !done.has(id));
}

export type SubmissionProblem =
  | { code: 'incomplete'; itemIds: number[] }
  /** A failed item forbids 合格. */
  | { code: 'pass_with_failures' }
  /** No failed item means 合格: 限期整改 or 不合格 need a failed item to rest on. */
  | { code: 'failure_without_failed_item' }
  /** 限期整改: every failed item needs a deadline. */
  | { code: 'deadline_missing'; itemId: number }
  /** A deadline must fall after the inspection date. */
  | { code: 'deadline_not_after_inspection'; itemId: number };

export interface Submission {
  inspectedOn: string;
  result: InspectionResult;
  /** Every item of the checklist version the inspection uses. */
  itemIds: readonly number[];
  findings: readonly { itemId: number; outcome: FindingOutcome }[];
  /** Rectification deadlines by item. */
  deadlines: ReadonlyMap<number, string>;
}

/** The result the findings call for when there is no failed item; undefined when a choice remains. */
export function impliedResult(outcomes: readonly FindingOutcome[]): 'pass' | undefined {
  return outcomes.includes('fail') ? undefined : 'pass';
}

/** Everything wrong with a submission, in one list (empty when it may be submitted). */
export function submissionProblems(s: Submission): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  const missing = missingItems(s.itemIds, s.findings);
  if (missing.length) problems.push({ code: 'incomplete', itemIds: missing });
  const failed = s.findings.filter((f) => f.outcome === 'fail').map((f) => f.itemId);
  if (failed.length && s.result === 'pass') problems.push({ code: 'pass_with_failures' });
  if (!failed.length && s.result !== 'pass') problems.push({ code: 'failure_without_failed_item' });
  if (s.result !== 'pass') {
    const day = isoDateToDayNumber(s.inspectedOn);
    for (const itemId of failed) {
      const deadline = s.deadlines.get(itemId);
      if (!deadline) {
        if (s.result === 'rectify') problems.push({ code: 'deadline_missing', itemId });
      } else if (isoDateToDayNumber(deadline) <= day) {
        problems.push({ code: 'deadline_not_after_inspection', itemId });
      }
    }
  }
  return problems;
}

export type FindingAction = 'reply' | 'accept' | 'reject';

/**
 * The finding's next status, or null when the action is not allowed from `status`: the provider
 * replies to an open finding; the inspector accepts (verified) or rejects (open again) a reply.
 */
export function nextFindingStatus(status: FindingStatus | null, action: FindingAction): FindingStatus | null {
  if (action === 'reply') return status === 'open' ? 'rectified' : null;
  if (status !== 'rectified') return null;
  return action === 'accept' ? 'verified' : 'open';
}

/** Closed when it passed, or when every failed finding has been verified. */
export function isInspectionClosed(
  result: InspectionResult | null,
  failedStatuses: readonly (FindingStatus | null)[],
): boolean {
  if (!result) return false;
  if (result === 'pass') return true;
  return failedStatuses.length > 0 && failedStatuses.every((s) => s === 'verified');
}

/**
 * The date by which the result must be public: the inspection date plus `workingDays` working days
 * (standards.md: within 20 working days, city parameter `publishResultWorkingDays`).
 */
export function publishDueDate(
  inspectedOn: string,
  workingDays: number,
  holidays: HolidayCalendar = NO_HOLIDAYS,
): string {
  return addWorkingDays(inspectedOn, workingDays, holidays);
}

/** Published late when the (Beijing) publication date falls after the due date; the due date is in time. */
export function isPublishedLate(publishDue: string, publishedOn: string): boolean {
  return isoDateToDayNumber(publishedOn) > isoDateToDayNumber(publishDue);
}
