/**
 * What a care provider may know of an enrolled child's health record (issue 11 item 1): whether
 * its check-ups are up to date — no measurement, no date, nothing else. Linked by resident ID.
 */
import type { Db } from '../../db';
import { lateByResident } from './queries';

/** True when no counted due date has passed without a check-up; null when the child is not on the register. */
export async function checkupsUpToDate(
  db: Db,
  residentIdHash: string,
  today: string,
): Promise<boolean | null> {
  const late = await lateByResident(db, [residentIdHash], today);
  const v = late.get(residentIdHash);
  return v === undefined ? null : !v;
}
