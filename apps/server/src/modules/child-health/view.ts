/** Stored rows to wire shapes: masked list items, the next due check-up, decrypted check-ups. */
import type { Checkup, GrowthFlag, HealthChildListItem, HealthGuardian, ZScoresOut } from '@tuoyu/contracts';
import { ageInDays, type DueStatus, SCHEDULE_AGES } from '@tuoyu/domain';
import type { Selectable } from 'kysely';
import type { HealthCheckupTable, HealthChildTable } from '../../db/schema';
import type { Keys } from '../../platform/crypto';
import { decryptField } from '../../platform/crypto';

export type ChildRow = Pick<
  Selectable<HealthChildTable>,
  | 'id'
  | 'name'
  | 'sex'
  | 'birth_date'
  | 'division_code'
  | 'status'
  | 'birth_cert_masked'
  | 'resident_id_masked'
  | 'guardians_masked'
  | 'flags'
  | 'last_checkup_on'
  | 'newborn_visited'
  | 'fd_valid_until'
>;

export const flagsOf = (s: string) => (s ? (s.split(',') as GrowthFlag[]) : []);

interface DueRow {
  age_months: number;
  due_on: string;
  due_from: string;
  due_to: string;
}

/** A due date's status today when no check-up satisfied it. */
export function openDueStatus(d: DueRow, today: string): DueStatus {
  if (today > d.due_to) return 'missed';
  if (today < d.due_from) return 'upcoming';
  return today > d.due_on ? 'late' : 'due';
}

export const dueView = (d: DueRow | undefined, today: string) =>
  d ? { ageMonths: d.age_months, dueOn: d.due_on, status: openDueStatus(d, today) } : null;

export function toListItem(
  r: ChildRow,
  townshipName: string,
  nextDue: HealthChildListItem['nextDue'],
  today: string,
): HealthChildListItem {
  return {
    id: r.id,
    name: r.name,
    sex: r.sex,
    birthDate: r.birth_date,
    townshipCode: r.division_code,
    townshipName,
    status: r.status,
    birthCertificateNo: r.birth_cert_masked,
    residentId: r.resident_id_masked,
    guardians: JSON.parse(r.guardians_masked) as HealthGuardian[],
    nextDue,
    flags: flagsOf(r.flags),
    lastCheckupOn: r.last_checkup_on,
    newbornVisited: r.newborn_visited === 1,
    familyDoctor: !!r.fd_valid_until && r.fd_valid_until >= today,
  };
}

/** What a check-up's encrypted blob holds. */
export interface CheckupData {
  weightKg: number;
  lengthCm: number;
  headCm: number | null;
  hemoglobinGL: number | null;
  development: Checkup['development'];
  feeding: string | null;
  guidance: string | null;
  referral: string | null;
  notes: string | null;
  zScores: ZScoresOut;
}

export function toCheckup(keys: Keys, r: Selectable<HealthCheckupTable>, birthDate: string): Checkup {
  const d = JSON.parse(decryptField(keys, r.data_enc)) as CheckupData;
  return {
    id: r.id,
    kind: r.kind,
    ageMonths: r.age_months,
    date: r.date,
    ageDays: ageInDays(birthDate, r.date),
    ...d,
    onTime: r.on_time === 1,
    flags: flagsOf(r.flags),
    recordedBy: r.recorder_name,
  };
}

export const isCountedAge = (m: number) => (SCHEDULE_AGES as readonly number[]).includes(m);
