/**
 * Scheduled jobs run once per slot however many servers fire them (issue 9, item 6), on both
 * engines: the (job, slot) claim in job_runs decides, whichever scheduler (croner or pg-boss) fired.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test/helpers';
import { type JobDef, latestSlot, runJob, scheduled, slotDay, startJobs } from './jobs';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const quiet = { info: () => {}, error: () => {} };
const runsOf = (job: string) =>
  t.ctx.db.selectFrom('job_runs').selectAll().where('job', '=', job).orderBy('id').execute();

/** A job whose handler counts its calls and takes a moment, so concurrent claims overlap. */
function countingJob(name: string, fail = false) {
  const calls: string[] = [];
  const job: JobDef = {
    name,
    cron: '*/10 * * * *',
    handler: async (_ctx, slot) => {
      calls.push(slot);
      await new Promise((r) => setTimeout(r, 50));
      if (fail) throw new Error('the handler broke');
      return { things: 3 };
    },
  };
  return { job, calls };
}

describe('slots in Beijing time', () => {
  it.each([
    ['*/10 * * * *', '2026-12-02T13:47:30Z', '2026-12-02 21:40'],
    ['*/10 * * * *', '2026-12-02T13:50:00Z', '2026-12-02 21:50'],
    // 07:30 in Beijing on 3 December: the last 08:00 was the day before.
    ['0 8 * * *', '2026-12-02T23:30:00Z', '2026-12-02 08:00'],
    ['0 8 * * *', '2026-12-03T00:00:05Z', '2026-12-03 08:00'],
  ])('%s at %s stands for %s', (cron, at, slot) => {
    expect(latestSlot(cron, new Date(at))).toBe(slot);
    expect(slotDay(slot)).toBe(slot.slice(0, 10));
  });

  it('refuses a schedule override for a job that does not exist', () => {
    const { job } = countingJob('known');
    expect(scheduled([job], { known: '* * * * *' })[0]?.cron).toBe('* * * * *');
    expect(() => scheduled([job], { unknown: '* * * * *' })).toThrow(/unknown/);
  });
});

describe('the runner', () => {
  it('runs a slot once when two runners race for it, and logs the run', async () => {
    const { job, calls } = countingJob('race');
    const outcomes = await Promise.all([
      runJob(t.ctx, quiet, job, '2026-12-02 21:40'),
      runJob(t.ctx, quiet, job, '2026-12-02 21:40'),
      runJob(t.ctx, quiet, job, '2026-12-02 21:40'),
    ]);
    expect(outcomes.sort()).toEqual(['ok', 'skipped', 'skipped']);
    expect(calls).toEqual(['2026-12-02 21:40']);
    const runs = await runsOf('race');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ slot: '2026-12-02 21:40', outcome: 'ok', counts: '{"things":3}' });
    expect(runs[0]?.finished_at).toBeTruthy();
    // The next slot runs again.
    expect(await runJob(t.ctx, quiet, job, '2026-12-02 21:50')).toBe('ok');
    expect(calls).toHaveLength(2);
  });

  it('records a failed run with its error and does not run that slot again', async () => {
    const { job, calls } = countingJob('broken', true);
    expect(await runJob(t.ctx, quiet, job, '2026-12-02 08:00')).toBe('failed');
    expect(await runJob(t.ctx, quiet, job, '2026-12-02 08:00')).toBe('skipped');
    expect(calls).toHaveLength(1);
    const [run] = await runsOf('broken');
    expect(run).toMatchObject({ outcome: 'failed' });
    expect(run?.error).toContain('the handler broke');
  });
});

describe('the scheduler', () => {
  it('two servers starting together run the latest slot once (catch-up), then stop cleanly', async () => {
    const { job, calls } = countingJob('catch-up');
    const stops = await Promise.all([startJobs(t.ctx, quiet, [job]), startJobs(t.ctx, quiet, [job])]);
    for (let i = 0; i < 50 && (await runsOf(job.name)).every((r) => r.outcome === 'running'); i++)
      await new Promise((r) => setTimeout(r, 100));
    await Promise.all(stops.map((stop) => stop()));
    expect(calls).toEqual([latestSlot(job.cron)]);
    expect(await runsOf(job.name)).toHaveLength(1);
  }, 30_000);
});
