/**
 * Child health management of every child under 3 (issue 11, SPEC C11): the register kept by the
 * primary health workers, newborn visits and the 4-2-2 check-ups with WHO z-scores, family-doctor
 * contracts, the vaccination status confirmed from the immunisation system, and I-2. Identifiers,
 * guardians' phones and measurements are sensitive personal information: masked in lists, whole
 * only on the child's own page (every such read audited).
 */
import {
  CHECKUP_AGES,
  CHECKUP_KINDS,
  DEVELOPMENT_RESULTS,
  DUE_STATUSES,
  GROWTH_FLAGS,
  HEALTH_CHILD_STATUSES,
} from '@tuoyu/domain';
import { z } from 'zod';
import { IsoDate, MultilineText, PageQuery, pageOf, Text } from './common';
import { Sex } from './enums';

export const CheckupKind = z.enum(CHECKUP_KINDS);
export type CheckupKind = z.infer<typeof CheckupKind>;
export const DevelopmentResult = z.enum(DEVELOPMENT_RESULTS);
export type DevelopmentResult = z.infer<typeof DevelopmentResult>;
export const HealthChildStatus = z.enum(HEALTH_CHILD_STATUSES);
export type HealthChildStatus = z.infer<typeof HealthChildStatus>;
export const DueStatus = z.enum(DUE_STATUSES);
export type DueStatus = z.infer<typeof DueStatus>;
export const GrowthFlag = z.enum(GROWTH_FLAGS);
export type GrowthFlag = z.infer<typeof GrowthFlag>;
/** A scheduled check-up's age in months: 3, 6, 8, 12, 18, 24, 30 (counted) or 36 (the exit check). */
export const CheckupAge = z.literal(CHECKUP_AGES);
export type CheckupAge = (typeof CHECKUP_AGES)[number];

/** A township: its 9-digit statistical code. */
export const TownshipCode = z.string().regex(/^\d{9}$/, { error: 'township code must be 9 digits' });

export const HealthGuardian = z.object({
  name: Text(32),
  relation: Text(16),
  mobile: z.string().trim(),
});
export type HealthGuardian = z.infer<typeof HealthGuardian>;

export const RegisterHealthChildBody = z.object({
  name: Text(32),
  sex: Sex,
  birthDate: IsoDate,
  /** 出生医学证明编号: a letter and 9 digits (e.g. Q150123456); the system keeps what is printed. */
  birthCertificateNo: z.string().trim().toUpperCase().min(1).max(20).optional(),
  residentId: z.string().trim().toUpperCase().optional(),
  townshipCode: TownshipCode,
  guardians: z.array(HealthGuardian).min(1).max(4),
});
export type RegisterHealthChildBody = z.infer<typeof RegisterHealthChildBody>;

export const HealthChildCreated = z.object({ id: z.number().int() });
export type HealthChildCreated = z.infer<typeof HealthChildCreated>;

/** The next check-up a child is waiting for (the schedule's first not done and not missed). */
export const NextDue = z.object({ ageMonths: z.number().int(), dueOn: z.string(), status: DueStatus });

/** A child in lists: identifiers and phones masked, no measurements. */
export const HealthChildListItem = z.object({
  id: z.number().int(),
  name: z.string(),
  sex: Sex,
  birthDate: z.string(),
  townshipCode: z.string(),
  townshipName: z.string(),
  status: HealthChildStatus,
  birthCertificateNo: z.string().nullable(),
  residentId: z.string().nullable(),
  guardians: z.array(z.object({ name: z.string(), relation: z.string(), mobile: z.string() })),
  nextDue: NextDue.nullable(),
  /** Flags of the latest check-up (体弱儿 when any). */
  flags: z.array(GrowthFlag),
  lastCheckupOn: z.string().nullable(),
  newbornVisited: z.boolean(),
  familyDoctor: z.boolean(),
});
export type HealthChildListItem = z.infer<typeof HealthChildListItem>;
export const HealthChildList = pageOf(HealthChildListItem);
export type HealthChildList = z.infer<typeof HealthChildList>;

/** Work lists: due this week, overdue, flagged for follow-up (体弱儿), newborns not yet visited. */
export const HEALTH_WORK_LISTS = ['due_week', 'overdue', 'flagged', 'newborn_unvisited'] as const;
export const HealthWorkList = z.enum(HEALTH_WORK_LISTS);
export type HealthWorkList = z.infer<typeof HealthWorkList>;

export const HealthChildQuery = PageQuery.extend({
  /** Name, or the last digits of a birth certificate / resident ID number. */
  q: Text(32).optional(),
  /** A county or township code inside the caller's scope. */
  division: z
    .string()
    .regex(/^\d{6}(\d{3})?$/)
    .optional(),
  status: HealthChildStatus.optional(),
  list: HealthWorkList.optional(),
});
export type HealthChildQuery = z.infer<typeof HealthChildQuery>;

export const ScheduleItem = z.object({
  ageMonths: z.number().int(),
  dueOn: z.string(),
  dueFrom: z.string(),
  dueTo: z.string(),
  status: DueStatus,
  checkupId: z.number().int().nullable(),
  /** Whether I-2 counts this age (36 months is the exit check). */
  counted: z.boolean(),
});
export type ScheduleItem = z.infer<typeof ScheduleItem>;

export const ZScoresOut = z.object({
  weightForAge: z.number().nullable(),
  lengthForAge: z.number().nullable(),
  weightForLength: z.number().nullable(),
  headForAge: z.number().nullable(),
});
export type ZScoresOut = z.infer<typeof ZScoresOut>;

export const RecordCheckupBody = z
  .object({
    kind: CheckupKind,
    ageMonths: CheckupAge.optional(),
    date: IsoDate,
    weightKg: z.number().positive().max(40),
    lengthCm: z.number().positive().max(130),
    headCm: z.number().positive().max(60).optional(),
    hemoglobinGL: z.number().positive().max(250).optional(),
    development: DevelopmentResult.optional(),
    feeding: Text(200, { min: 0 }).optional(),
    guidance: MultilineText(500, { min: 0 }).optional(),
    referral: Text(200, { min: 0 }).optional(),
    notes: MultilineText(500, { min: 0 }).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.kind === 'scheduled' && b.ageMonths === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['ageMonths'],
        message: 'ageMonths is required for a scheduled check-up',
        params: {
          zh: '健康检查须填写月龄（3、6、8、12、18、24、30 或 36）',
          en: 'ageMonths is required for a scheduled check-up',
        },
      });
  });
export type RecordCheckupBody = z.infer<typeof RecordCheckupBody>;

export const CheckupRecorded = z.object({
  id: z.number().int(),
  onTime: z.boolean(),
  zScores: ZScoresOut,
  flags: z.array(GrowthFlag),
});
export type CheckupRecorded = z.infer<typeof CheckupRecorded>;

export const Checkup = z.object({
  id: z.number().int(),
  kind: CheckupKind,
  ageMonths: z.number().int().nullable(),
  date: z.string(),
  ageDays: z.number().int(),
  weightKg: z.number(),
  lengthCm: z.number(),
  headCm: z.number().nullable(),
  hemoglobinGL: z.number().nullable(),
  development: DevelopmentResult.nullable(),
  feeding: z.string().nullable(),
  guidance: z.string().nullable(),
  referral: z.string().nullable(),
  notes: z.string().nullable(),
  onTime: z.boolean(),
  zScores: ZScoresOut,
  flags: z.array(GrowthFlag),
  recordedBy: z.string(),
});
export type Checkup = z.infer<typeof Checkup>;

export const FamilyDoctorBody = z.object({
  team: Text(64),
  doctor: Text(32),
  signedOn: IsoDate,
  validUntil: IsoDate,
});
export type FamilyDoctorBody = z.infer<typeof FamilyDoctorBody>;

export const VaccinationBody = z.object({ upToDate: z.boolean(), confirmedOn: IsoDate });
export type VaccinationBody = z.infer<typeof VaccinationBody>;

/**
 * A change of status: `active` with another townshipCode moves the record inside the city (the
 * record follows the child); `moved_out` (left the city) and `died` take it off the register.
 */
export const HealthChildStatusBody = z.object({
  status: HealthChildStatus,
  on: IsoDate,
  townshipCode: TownshipCode.optional(),
  reason: Text(200, { min: 0 }).optional(),
});
export type HealthChildStatusBody = z.infer<typeof HealthChildStatusBody>;

/** The child's own page: identifiers and phones in full (the read is audited), the schedule, every check-up. */
export const HealthChildRecord = HealthChildListItem.extend({
  statusOn: z.string().nullable(),
  schedule: z.array(ScheduleItem),
  checkups: z.array(Checkup),
  familyDoctor: FamilyDoctorBody.extend({ valid: z.boolean() }).nullable(),
  vaccination: VaccinationBody.nullable(),
  /** The provider the child is enrolled with now (linked by resident ID), if any. */
  enrolledWith: z.string().nullable(),
  actions: z.array(z.string()),
});
export type HealthChildRecord = z.infer<typeof HealthChildRecord>;

/** A parent links a child by one of its numbers and its birth date. */
export const LinkMyChildBody = z
  .object({
    birthCertificateNo: z.string().trim().toUpperCase().min(1).max(20).optional(),
    residentId: z.string().trim().toUpperCase().optional(),
    birthDate: IsoDate,
  })
  .refine((b) => !!b.birthCertificateNo || !!b.residentId, {
    path: ['birthCertificateNo'],
    message: 'give the birth certificate number or the resident ID number',
    params: {
      zh: '请填写出生医学证明编号或身份证号码',
      en: 'give the birth certificate number or the resident ID number',
    },
  });
export type LinkMyChildBody = z.infer<typeof LinkMyChildBody>;

export const GrowthPoint = z.object({
  date: z.string(),
  ageDays: z.number().int(),
  weightKg: z.number(),
  lengthCm: z.number(),
  headCm: z.number().nullable(),
});

export const MyHealthChild = z.object({
  id: z.number().int(),
  name: z.string(),
  sex: Sex,
  birthDate: z.string(),
  townshipName: z.string(),
  schedule: z.array(ScheduleItem),
  growth: z.array(GrowthPoint),
  lastVisit: z.object({ date: z.string(), kind: CheckupKind, guidance: z.string().nullable() }).nullable(),
});
export type MyHealthChild = z.infer<typeof MyHealthChild>;
export const MyHealthChildren = z.object({ items: z.array(MyHealthChild) });
export type MyHealthChildren = z.infer<typeof MyHealthChildren>;

/** The kinds of Excel import: births (出生医学证明 export) and check-ups (an MCH system export). */
export const HEALTH_IMPORT_KINDS = ['births', 'checkups'] as const;
export const HealthImportKind = z.enum(HEALTH_IMPORT_KINDS);
export type HealthImportKind = z.infer<typeof HealthImportKind>;
export const HealthImportParams = z.object({ kind: HealthImportKind });

/** An import runs in the background: poll it for progress, then its row errors or its count. */
export const HealthImport = z.object({
  id: z.number().int(),
  kind: HealthImportKind,
  status: z.enum(['running', 'failed', 'done']),
  total: z.number().int(),
  processed: z.number().int(),
  imported: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), path: z.string(), message: z.string() })),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type HealthImport = z.infer<typeof HealthImport>;

export const HealthWorkCounts = z.object({
  dueWeek: z.number().int(),
  overdue: z.number().int(),
  flagged: z.number().int(),
  newbornUnvisited: z.number().int(),
});
export type HealthWorkCounts = z.infer<typeof HealthWorkCounts>;
