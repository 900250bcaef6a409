/**
 * Configuration: read from the environment once, validated, typed. Nothing else reads process.env.
 * A bad setting stops the process with a readable list of problems (exit code 78, EX_CONFIG).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must start with postgres:// or postgresql://' })
    .optional(),
  TUOYU_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  TUOYU_DEMO: z.enum(['0', '1', 'true', 'false']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).default('false'),
  WEB_DIST: z.string().optional(),
  /** Cookies marked Secure: set to 1 behind HTTPS. */
  COOKIE_SECURE: z.enum(['0', '1', 'true', 'false']).default('false'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Rate-limit counters shared by every app server (redis://…); per process when unset. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, { error: 'must start with redis:// or rediss://' })
    .optional(),
  /** Scheduled jobs: off in tests and for an instance that must not run them. */
  JOBS: z.enum(['on', 'off']).default('on'),
  /** Overrides of job schedules, `name=cron;name=cron` (cron in Beijing time). */
  JOB_SCHEDULES: z
    .string()
    .regex(/^([a-z0-9-]+=[^;=]+)(;[a-z0-9-]+=[^;=]+)*$/, { error: 'must look like name=cron;name=cron' })
    .optional(),
  /** Names this server in job runs and, when set, in an X-Instance response header (load-balancer checks). */
  INSTANCE_NAME: z.string().min(1).max(64).optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  secret: string;
  demo: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  webDist: string;
  cookieSecure: boolean;
  rateLimitPerMinute: number;
  loginRateLimitPerMinute: number;
  redisUrl: string | undefined;
  jobs: boolean;
  jobSchedules: Record<string, string>;
  instanceName: string;
  /** Send X-Instance: only when INSTANCE_NAME was given. */
  instanceHeader: boolean;
  version: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const truthy = (v: string | undefined) => v === '1' || v === 'true';

/**
 * Parses the environment. In demo mode a missing TUOYU_SECRET is generated once into
 * DATA_DIR/secret so that sessions and encrypted fields survive restarts; in production it is required.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const demo = argv.includes('--demo') || truthy(e.TUOYU_DEMO);
  const dataDir = resolve(e.DATA_DIR);
  let secret = e.TUOYU_SECRET;
  if (!secret) {
    const file = join(dataDir, 'secret');
    if (demo) {
      mkdirSync(dataDir, { recursive: true });
      if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
      secret = readFileSync(file, 'utf8').trim();
    } else if (existsSync(file)) {
      secret = readFileSync(file, 'utf8').trim();
    } else {
      throw new ConfigError([
        'TUOYU_SECRET: required outside demo mode (≥ 32 random characters; e.g. `openssl rand -hex 32`)',
      ]);
    }
  }
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    secret,
    demo,
    logLevel: e.LOG_LEVEL,
    trustProxy: truthy(e.TRUST_PROXY),
    webDist: resolve(e.WEB_DIST ?? join(repoRoot, 'apps', 'web', 'dist')),
    cookieSecure: truthy(e.COOKIE_SECURE),
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    redisUrl: e.REDIS_URL,
    jobs: e.JOBS === 'on',
    jobSchedules: Object.fromEntries(
      (e.JOB_SCHEDULES ?? '')
        .split(';')
        .filter(Boolean)
        .map((pair) => pair.split('=').map((x) => x.trim()) as [string, string]),
    ),
    instanceName: e.INSTANCE_NAME ?? `${hostname()}:${process.pid}`,
    instanceHeader: e.INSTANCE_NAME !== undefined,
    version: pkg.version,
  };
}
