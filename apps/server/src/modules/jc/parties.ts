/**
 * Who the caller is to the joint conference: the office or convener (every unit's tasks), a member
 * unit acting through its city-level department account, or neither. And today's light thresholds.
 */
import { CITY_CODE, isOneOf, JC_OVERSEERS } from '@tuoyu/contracts';
import { isWorkingDay, type JcTaskParty, jcYellowUntil } from '@tuoyu/domain';
import type { Db } from '../../db';
import type { SessionUser } from '../../platform/context';
import { todayInBeijing } from '../../platform/time';
import { currentCalendar } from '../calendar/service';

/** The office and the convener see every unit's tasks and meetings. */
export const oversees = (caller: SessionUser) => isOneOf(caller.role, JC_OVERSEERS);

/** The member unit the caller acts for: a city-level department account's unit (null otherwise). */
export function unitOf(caller: SessionUser): string | null {
  if (caller.role !== 'department_officer' || caller.divisionCode !== CITY_CODE) return null;
  return caller.unit;
}

/** The caller's part in a task: the office and the convener (who approves) decide; units lead or share. */
export function partyOf(
  caller: SessionUser,
  task: { lead_unit: string },
  coUnits: readonly string[],
): JcTaskParty {
  if (oversees(caller)) return 'office';
  const unit = unitOf(caller);
  if (unit && unit === task.lead_unit) return 'lead';
  if (unit && coUnits.includes(unit)) return 'co';
  return 'none';
}

/** Today in Beijing and the last date a task is yellow on, by the platform's working calendar. */
export async function lightDates(db: Db) {
  const calendar = await currentCalendar(db);
  const today = todayInBeijing();
  return { today, yellowUntil: jcYellowUntil(today, (d) => isWorkingDay(d, calendar)) };
}
