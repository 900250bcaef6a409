/**
 * City-configurable figures ("param" in /work/shared/domain/standards.md): figures not fixed
 * nationally or not confirmed from the original text. The defaults are those of standards.md; a
 * city may override them, and the settings page shows where each comes from.
 */

export interface Settings {
  /** Children per carer in a mixed-age class (设置标准 sets none; param, default 5). */
  mixedRatio: number;
  /** Largest mixed-age class (《托育机构设置标准（试行）》: ≤ 18). */
  mixedMaxSize: number;
  /** Indoor area per child in m² (param, default 3). */
  indoorAreaPerChildM2: number;
  /** Outdoor area per child in m² (param, default 2; family care points exempt). */
  outdoorAreaPerChildM2: number;
  /** Days CCTV recordings are kept (《托育机构管理规范（试行）》, WS/T 821—2023: ≥ 90). */
  minCctvRetentionDays: number;
  /** Highest floor with care rooms (《托育机构管理规范（试行）》: floor 3 or lower). */
  maxFloor: number;
  /** Working days the county has to file a submission (《托育机构登记和备案办法（试行）》: 5). */
  filingDeadlineWorkingDays: number;
  /** Working days to tell a non-compliant provider after filing (登记和备案办法: 15). */
  correctionNoticeWorkingDays: number;
  /** Share of filed providers drawn per 双随机 round, in percent (standards.md supervision: param, 5 %). */
  defaultSamplePercent: number;
  /** Working days to publish an inspection's result (standards.md supervision: param, 20). */
  publishResultWorkingDays: number;
  /** Working days to acknowledge a complaint (SPEC C6: param, 2). */
  complaintAckWorkingDays: number;
  /** Working days to answer a complaint (SPEC C6: param, 15). */
  complaintAnswerWorkingDays: number;
  /** Hours after which an incident report counts as late (SPEC C7: param, 24). */
  incidentLateHours: number;
  /** Days around a due date in which a check-up satisfies it (standards.md child health: ±30). */
  checkupWindowDays: number;
  /** `around` the due date (±days), or only `after` it (妇幼 filling notes: 满 m 月至 m 月 29 天). */
  checkupWindowMode: 'around' | 'after';
  /** First day (`MM-DD`) of the child-health reporting year: 01-01, or 10-01 for the 妇幼年报. */
  healthYearStart: '01-01' | '10-01';
}

/** Default settings, from /work/shared/domain/standards.md. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  mixedRatio: 5,
  mixedMaxSize: 18,
  indoorAreaPerChildM2: 3,
  outdoorAreaPerChildM2: 2,
  minCctvRetentionDays: 90,
  maxFloor: 3,
  filingDeadlineWorkingDays: 5,
  correctionNoticeWorkingDays: 15,
  defaultSamplePercent: 5,
  publishResultWorkingDays: 20,
  complaintAckWorkingDays: 2,
  complaintAnswerWorkingDays: 15,
  incidentLateHours: 24,
  checkupWindowDays: 30,
  checkupWindowMode: 'around',
  healthYearStart: '01-01',
});

/** Full settings: the city's overrides over {@link DEFAULT_SETTINGS}. */
export function resolveSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}
