/**
 * What follows from a child's record, kept on every write (issue 11 item 8): its due dates (the
 * work lists), its child-years (the unmanaged list) and its cells in the indicator sums. One
 * function computes them from the record, so the service, the imports and the demo agree.
 */
import {
  CHECKUP_AGES,
  type CheckupKind,
  type CheckupWindow,
  cellDelta,
  childYearDates,
  type RateCell,
  rateCells,
  type Settings,
  schedule,
  visitedAsNewborn,
} from '@tuoyu/domain';
import type { Db } from '../../db';
import { standardsSettings } from '../settings/service';
import {
  applyCells,
  checkupDates,
  ledgerChild,
  replaceDues,
  replaceYears,
  writeLedgerState,
} from './queries-ledger';

export interface HealthRules {
  window: CheckupWindow;
  yearStart: Settings['healthYearStart'];
}

export const rulesOf = (s: Settings): HealthRules => ({
  window: { windowDays: s.checkupWindowDays, windowMode: s.checkupWindowMode },
  yearStart: s.healthYearStart,
});

export const healthRules = async (db: Db) => rulesOf(await standardsSettings(db));

export interface LedgerInput {
  divisionCode: string;
  birthDate: string;
  active: boolean;
  checkups: readonly { id: number; kind: CheckupKind; date: string }[];
}

/** The rows a child's record implies (no I/O). */
export function ledgerRows(childId: number, c: LedgerInput, rules: HealthRules) {
  const scheduled = c.checkups.filter((k) => k.kind === 'scheduled');
  // The due dates are matched against scheduled check-ups only: a newborn visit is not a 3-month one.
  const entries = schedule(c.birthDate, scheduled, c.birthDate, rules.window);
  const dues = entries.map((e, i) => ({
    child_id: childId,
    age_months: CHECKUP_AGES[i] as number,
    division_code: c.divisionCode,
    due_on: e.dueOn,
    due_from: e.dueFrom,
    due_to: e.dueTo,
    checkup_id: e.checkupId,
  }));
  const years = c.active ? childYearDates(c.birthDate, scheduled, rules.window, rules.yearStart) : [];
  const cells = rateCells(
    { divisionCode: c.divisionCode, birthDate: c.birthDate, active: c.active, visits: c.checkups },
    years,
    rules.yearStart,
  );
  return {
    dues,
    years: years.map((y) => ({
      child_id: childId,
      year: y.year,
      division_code: c.divisionCode,
      first_due: y.firstDue,
      first_unsatisfied: y.firstUnsatisfied,
    })),
    cells,
    newbornVisited: visitedAsNewborn(c.birthDate, c.checkups),
  };
}

/**
 * Recomputes one child's rows inside the caller's transaction, after its record changed. The
 * child's row is written first, so two writers of the same child queue up (PostgreSQL row lock;
 * SQLite has one writer) and the sums never lose an update.
 */
export async function refreshLedger(trx: Db, childId: number, rules: HealthRules) {
  const child = await ledgerChild(trx, childId);
  const checkups = await checkupDates(trx, childId);
  const rows = ledgerRows(
    childId,
    {
      divisionCode: child.division_code,
      birthDate: child.birth_date,
      active: child.status === 'active',
      checkups,
    },
    rules,
  );
  const before = JSON.parse(child.ledger_cells) as RateCell[];
  await applyCells(trx, cellDelta(before, rows.cells));
  await replaceDues(trx, childId, rows.dues);
  await replaceYears(trx, childId, rows.years);
  await writeLedgerState(trx, childId, JSON.stringify(rows.cells), rows.newbornVisited);
  return rows;
}
