/**
 * Every scheduled job, in one list (cron in Beijing time; see platform/jobs.ts for how they run
 * once across servers). Adding a job is adding an entry; handlers are idempotent.
 */
import { calendarWarning } from './modules/calendar/service';
import { sendHealthReminders } from './modules/child-health/reminders';
import { escalateOverdue } from './modules/complaints/escalate';
import { revealDuePlans } from './modules/inspection-plans/service';
import { sendTaskReminders } from './modules/jc/reminders';
import { sendCertificateNotices, sendDeadlineNotices } from './modules/notices/service';
import { type JobDef, jobActor, slotDay } from './platform/jobs';

export const JOBS: JobDef[] = [
  {
    // Overdue complaints go to the city within 10 minutes (and at start), never on a read.
    name: 'complaint-escalation',
    cron: '*/10 * * * *',
    handler: async (ctx, slot) => ({
      escalated: await escalateOverdue(ctx, jobActor('complaint-escalation', slot), slotDay(slot)),
    }),
  },
  {
    name: 'deadline-notices',
    cron: '0 8 * * *',
    handler: (ctx, slot) => sendDeadlineNotices(ctx, slotDay(slot)),
  },
  {
    name: 'certificate-notices',
    cron: '5 8 * * *',
    handler: (ctx, slot) => sendCertificateNotices(ctx, slotDay(slot)),
  },
  {
    // From 1 November, next year's missing State Council schedule is logged daily (the console
    // home shows the same warning to the city and the administrator, read live).
    name: 'calendar-warning',
    cron: '0 9 * * *',
    handler: async (ctx, slot) => ({ missingYear: (await calendarWarning(ctx, slotDay(slot)))?.year ?? 0 }),
  },
  {
    // Parents hear of a check-up a week before its window opens, and when a counted one was missed.
    name: 'child-health-reminders',
    cron: '30 8 * * *',
    handler: (ctx, slot) => sendHealthReminders(ctx, slotDay(slot)),
  },
  {
    // A plan's draw is revealed when its due date comes (if not already revealed by its results).
    name: 'draw-reveal',
    cron: '10 0 * * *',
    handler: async (ctx, slot) => ({ revealed: (await revealDuePlans(ctx, slotDay(slot))).length }),
  },
  {
    // The conference's tasks: a notice to their units when one turns yellow, and when it turns red.
    name: 'jc-task-reminders',
    cron: '0 9 * * *',
    handler: (ctx, slot) => sendTaskReminders(ctx, jobActor('jc-task-reminders', slot), slotDay(slot)),
  },
];
