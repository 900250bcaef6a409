import type {
  CheckupAge,
  CheckupKind,
  DevelopmentResult,
  RecordCheckupBody,
  ScheduleItem,
} from '@tuoyu/contracts';
import type { Dayjs } from 'dayjs';

/** The check-up form's values (dates as Dayjs until sent). */
export interface CheckupFields {
  kind: CheckupKind;
  ageMonths?: CheckupAge;
  date: Dayjs;
  weightKg?: number;
  lengthCm?: number;
  headCm?: number | null;
  hemoglobinGL?: number | null;
  development?: DevelopmentResult;
  feeding?: string;
  guidance?: string;
  referral?: string;
  notes?: string;
}

/** The fields of each step, validated before the next: 1 what and when, 2 measurements, 3 findings. */
export const STEP_FIELDS: (keyof CheckupFields)[][] = [
  ['kind', 'ageMonths', 'date'],
  ['weightKg', 'lengthCm', 'headCm', 'hemoglobinGL'],
  ['development', 'feeding', 'guidance', 'referral', 'notes'],
  [],
];

/** The step that shows a field (server errors take the person there). */
export const stepOf = (field: string) => {
  const i = STEP_FIELDS.findIndex((names) => names.includes(field as keyof CheckupFields));
  return i < 0 ? STEP_FIELDS.length - 1 : i;
};

/** The age the schedule waits for (the first not done and not missed), the form's default. */
export const nextAge = (schedule: readonly ScheduleItem[]): CheckupAge | undefined =>
  schedule.find((s) => s.status === 'due' || s.status === 'late')?.ageMonths as CheckupAge | undefined;

const text = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
const num = (n: number | null | undefined) => (n === null || n === undefined ? undefined : n);

/** The request body from the form's values: empty optional fields left out. */
export function toCheckupBody(f: CheckupFields): RecordCheckupBody {
  return {
    kind: f.kind,
    ageMonths: f.kind === 'scheduled' ? f.ageMonths : undefined,
    date: f.date.format('YYYY-MM-DD'),
    weightKg: f.weightKg as number,
    lengthCm: f.lengthCm as number,
    headCm: num(f.headCm),
    hemoglobinGL: num(f.hemoglobinGL),
    development: f.development,
    feeding: text(f.feeding),
    guidance: text(f.guidance),
    referral: text(f.referral),
    notes: text(f.notes),
  };
}
