import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('lists every bad setting at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', TUOYU_SECRET: 'short' }, []);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('TUOYU_SECRET');
    }
  });

  it('requires TUOYU_SECRET outside demo mode', () => {
    expect(() => loadConfig({ DATA_DIR: '/nonexistent-tuoyu-dir' }, [])).toThrow(/TUOYU_SECRET/);
  });

  it('takes defaults: port 3000 on 127.0.0.1, SQLite under ./data', () => {
    const c = loadConfig({ TUOYU_SECRET: 'x'.repeat(40) }, []);
    expect(c).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, demo: false });
    expect(c.dataDir).toMatch(/data$/);
  });

  it('reads the several-servers settings: Redis, jobs, schedule overrides, instance name', () => {
    const secret = { TUOYU_SECRET: 'x'.repeat(40) };
    expect(loadConfig(secret, [])).toMatchObject({
      redisUrl: undefined,
      jobs: true,
      jobSchedules: {},
      instanceHeader: false,
    });
    const c = loadConfig(
      {
        ...secret,
        REDIS_URL: 'redis://127.0.0.1:6379',
        JOBS: 'off',
        JOB_SCHEDULES: 'complaint-escalation=* * * * *;deadline-notices=0 7 * * *',
        INSTANCE_NAME: 'app-2',
      },
      [],
    );
    expect(c).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379',
      jobs: false,
      jobSchedules: { 'complaint-escalation': '* * * * *', 'deadline-notices': '0 7 * * *' },
      instanceName: 'app-2',
      instanceHeader: true,
    });
    expect(() => loadConfig({ ...secret, REDIS_URL: 'http://x', JOB_SCHEDULES: 'nonsense' }, [])).toThrow(
      /REDIS_URL[\s\S]*JOB_SCHEDULES/,
    );
  });
});
