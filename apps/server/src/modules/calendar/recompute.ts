/**
 * When a year's schedule changes, the open deadlines falling in or after that year move with it
 * (earlier ones cannot: no day before them changed). Each clock keeps the number of working days it
 * was given — counted back under the old calendar — so a deadline set under an older city
 * parameter is not silently re-based on today's one.
 *
 * Open clocks: filings under review (5 working days to file), complaints not yet acknowledged or
 * answered. A result's publication deadline is fixed at its publication (submission publishes), so
 * none is open; rectification deadlines are dates the inspector sets; incidents count hours.
 */
import { addWorkingDays, complaintDeadlines, type WorkingCalendar, workingDaysBetween } from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { beijingDate } from '../../platform/time';
import {
  filingsUnderReviewDueFrom,
  openComplaintsDueFrom,
  setComplaintDeadlines,
  setFilingDueDate,
} from './queries';

interface Change {
  from: string;
  to: string;
}

const moveBy = (start: string, due: string, before: WorkingCalendar, after: WorkingCalendar) =>
  addWorkingDays(start, workingDaysBetween(start, due, before), after);

export async function recomputeOpenDeadlines(
  trx: Transaction<Database>,
  year: number,
  before: WorkingCalendar,
  after: WorkingCalendar,
) {
  const firstDay = `${year}-01-01`;
  const filings: (Change & { id: number })[] = [];
  const reviews = await filingsUnderReviewDueFrom(trx, firstDay);
  for (const f of reviews) {
    if (!f.submitted_at || !f.due_date) continue;
    const due = moveBy(beijingDate(f.submitted_at), f.due_date, before, after);
    if (due === f.due_date) continue;
    await setFilingDueDate(trx, f.id, due);
    filings.push({ id: f.id, from: f.due_date, to: due });
  }

  const complaints: { id: number; acknowledgeBy?: Change; answerBy?: Change }[] = [];
  const open = await openComplaintsDueFrom(trx, firstDay);
  for (const c of open) {
    // The clock starts on the day of receipt or the next working day, which the change may move too.
    const startBefore = complaintDeadlines(c.received_on, ZERO, before).clockStart;
    const due = complaintDeadlines(
      c.received_on,
      {
        complaintAckWorkingDays: workingDaysBetween(startBefore, c.acknowledge_by, before),
        complaintAnswerWorkingDays: workingDaysBetween(startBefore, c.answer_by, before),
      },
      after,
    );
    // An acknowledged complaint keeps its met acknowledgement deadline as it was.
    const ack = c.acknowledged_at ? c.acknowledge_by : due.acknowledgeBy;
    if (ack === c.acknowledge_by && due.answerBy === c.answer_by) continue;
    await setComplaintDeadlines(trx, c.id, ack, due.answerBy);
    complaints.push({
      id: c.id,
      ...(ack !== c.acknowledge_by ? { acknowledgeBy: { from: c.acknowledge_by, to: ack } } : {}),
      ...(due.answerBy !== c.answer_by ? { answerBy: { from: c.answer_by, to: due.answerBy } } : {}),
    });
  }
  return { filings, complaints };
}

const ZERO = { complaintAckWorkingDays: 0, complaintAnswerWorkingDays: 0 };
