/**
 * Scheduled jobs, run once however many app servers run (issue 9, item 6). One registry of jobs
 * (`scheduled-jobs.ts`); on PostgreSQL pg-boss fires them (its cron sends each tick once across
 * instances), on SQLite croner in the process — the same handlers either way. Whoever fires, a run
 * first claims its (job, slot) row in `job_runs` (INSERT … ON CONFLICT DO NOTHING, atomic on both
 * engines): a second claim of the same slot finds the row and skips, so a slot never runs twice
 * even when pg-boss retries, a server catches up at start or two schedulers race.
 */
import { Cron } from 'croner';
import { sql } from 'kysely';
import PgBoss from 'pg-boss';
import type { AuditActor } from './audit';
import type { AppContext } from './context';
import { nowIso } from './time';

export const JOB_TIMEZONE = 'Asia/Shanghai';
/** The advisory lock key under which one server at a time sets up pg-boss's queues. */
const SETUP_LOCK = 7_240_901;

/** Figures a run reports (notices sent, cases escalated…), kept with the run. */
export type JobCounts = Record<string, number>;

export interface JobDef {
  /** Lowercase words joined by hyphens (also the pg-boss queue name). */
  name: string;
  /** Five-field cron in Beijing time. */
  cron: string;
  /**
   * The slot is the scheduled Beijing time `YYYY-MM-DD HH:mm` (manual runs add ` manual …`);
   * `slotDay(slot)` is its Beijing date. Handlers are idempotent: they may also run by hand.
   */
  handler(ctx: AppContext, slot: string): Promise<JobCounts>;
}

export type JobOutcome = 'ok' | 'failed' | 'skipped';

/** The two calls the runner makes on a logger (the server's pino logger, or the CLI's console). */
export interface JobLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

const beijing = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString();

/** The slot of a scheduled time: its Beijing wall clock to the minute. */
export const slotAt = (d: Date) => beijing(d).slice(0, 16).replace('T', ' ');

/** The Beijing date a slot belongs to (`YYYY-MM-DD`). */
export const slotDay = (slot: string) => slot.slice(0, 10);

/** The most recent scheduled time of `cron` at or before `at` (the slot a tick at `at` stands for). */
export function latestSlot(cron: string, at: Date = new Date()): string | null {
  const [prev] = new Cron(cron, { timezone: JOB_TIMEZONE, paused: true }).previousRuns(
    1,
    new Date(at.getTime() + 1000),
  );
  return prev ? slotAt(prev) : null;
}

/** The audit actor of changes a job makes. */
export const jobActor = (job: string, slot: string): AuditActor => ({
  actorId: null,
  actorUsername: 'system',
  actorRole: 'system',
  requestId: `job:${job}:${slot}`,
  ip: null,
});

/** Claims (job, slot) and runs the handler once; a slot already claimed anywhere is skipped. */
export async function runJob(ctx: AppContext, log: JobLog, job: JobDef, slot: string): Promise<JobOutcome> {
  const claim = await ctx.db
    .insertInto('job_runs')
    .values({
      job: job.name,
      slot,
      instance: ctx.config.instanceName,
      started_at: nowIso(),
      outcome: 'running',
    })
    .onConflict((oc) => oc.columns(['job', 'slot']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!claim) {
    log.info({ job: job.name, slot, outcome: 'skipped' }, 'job slot already claimed');
    return 'skipped';
  }
  const started = Date.now();
  try {
    const counts = await job.handler(ctx, slot);
    await ctx.db
      .updateTable('job_runs')
      .set({ outcome: 'ok', finished_at: nowIso(), counts: JSON.stringify(counts) })
      .where('id', '=', claim.id)
      .execute();
    log.info({ job: job.name, slot, outcome: 'ok', counts, ms: Date.now() - started }, 'job run');
    return 'ok';
  } catch (err) {
    // A failed slot is not retried (its row stays claimed): the next slot runs again, and
    // `npm run cli -- jobs run <name>` runs one by hand.
    await ctx.db
      .updateTable('job_runs')
      .set({ outcome: 'failed', finished_at: nowIso(), error: String(err).slice(0, 2000) })
      .where('id', '=', claim.id)
      .execute();
    log.error({ job: job.name, slot, outcome: 'failed', err }, 'job run failed');
    return 'failed';
  }
}

/** A run now, outside the schedule (the CLI): its own slot, so it always runs. */
export const manualSlot = (now = new Date()) => `${beijing(now).slice(0, 19).replace('T', ' ')} manual`;

/** The registry with JOB_SCHEDULES overrides applied (unknown names are a configuration error). */
export function scheduled(jobs: JobDef[], overrides: Record<string, string>): JobDef[] {
  const unknown = Object.keys(overrides).filter((n) => !jobs.some((j) => j.name === n));
  if (unknown.length > 0) throw new Error(`JOB_SCHEDULES names unknown jobs: ${unknown.join(', ')}`);
  return jobs.map((j) => ({ ...j, cron: overrides[j.name] ?? j.cron }));
}

/**
 * Starts the schedule and runs each job's latest slot if no instance ran it yet (a server that was
 * down at 08:00 still sends the day's notices; escalation runs once at start). Returns stop().
 */
export async function startJobs(
  ctx: AppContext,
  log: JobLog,
  registry: JobDef[],
): Promise<() => Promise<void>> {
  const jobs = scheduled(registry, ctx.config.jobSchedules);
  const inFlight = new Set<Promise<JobOutcome>>();
  const fire = async (job: JobDef, at: Date): Promise<void> => {
    const slot = latestSlot(job.cron, at);
    if (!slot) return;
    const run = runJob(ctx, log, job, slot);
    inFlight.add(run);
    await run
      .catch((err: unknown) => log.error({ job: job.name, slot, err }, 'job could not be claimed'))
      .finally(() => inFlight.delete(run));
  };

  let stopSchedule: () => Promise<void>;
  if (ctx.engine === 'postgres' && ctx.config.databaseUrl) {
    const boss = new PgBoss({ connectionString: ctx.config.databaseUrl, schema: 'pgboss', max: 3 });
    boss.on('error', (err) => log.error({ err }, 'pg-boss error'));
    // Servers starting together deadlock in pg-boss's queue creation (seen in CI): one at a time.
    await ctx.db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(${SETUP_LOCK})`.execute(conn);
      try {
        await boss.start();
        for (const job of jobs) {
          await boss.createQueue(job.name);
          await boss.schedule(job.name, job.cron, {}, { tz: JOB_TIMEZONE });
        }
      } finally {
        await sql`select pg_advisory_unlock(${SETUP_LOCK})`.execute(conn);
      }
    });
    for (const job of jobs) {
      // The slot comes from when pg-boss created the tick's job, not from when a worker got it.
      await boss.work(job.name, { includeMetadata: true }, async ([tick]) => {
        if (tick) await fire(job, tick.createdOn);
      });
    }
    stopSchedule = () => boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  } else {
    const crons = jobs.map(
      (job) => new Cron(job.cron, { timezone: JOB_TIMEZONE, protect: true }, () => fire(job, new Date())),
    );
    stopSchedule = async () => {
      for (const c of crons) c.stop();
    };
  }
  for (const job of jobs) void fire(job, new Date());
  log.info(
    {
      jobs: jobs.map((j) => `${j.name} (${j.cron})`),
      engine: ctx.engine === 'postgres' ? 'pg-boss' : 'croner',
    },
    'scheduled jobs started',
  );
  return async () => {
    await stopSchedule();
    await Promise.allSettled([...inFlight]);
  };
}
