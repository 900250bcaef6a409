/**
 * `npm run test:pg`: the integration suite on PostgreSQL. Needs DATABASE_URL (postgres://…);
 * every test file creates and drops its own schema in that database.
 */
import { spawnSync } from 'node:child_process';

const url = process.env.DATABASE_URL;
if (!url?.startsWith('postgres')) {
  console.error('test:pg needs DATABASE_URL=postgres://user:password@host:5432/db (see docs/operations.md)');
  process.exit(2);
}
const r = spawnSync('npx', ['vitest', 'run', 'apps/server'], { stdio: 'inherit', env: process.env });
process.exit(r.status ?? 1);
