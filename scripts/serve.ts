/**
 * `npm run demo` / `npm start`: builds the web app when its sources are newer than the build, then
 * starts the server — with `--demo`, on demo data (SQLite under DATA_DIR, default ./data).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const web = join(root, 'apps', 'web');
const built = join(web, 'dist', 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const sources = Math.max(newestMtime(web), newestMtime(join(root, 'packages')));
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log('Building the web app…');
  const r = spawnSync('npm', ['run', 'build', '-w', '@tuoyu/web'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// Signals reach the whole process group, so the server shuts down gracefully on Ctrl-C too.
const args = process.argv.includes('--demo') ? ['--demo'] : [];
const server = spawnSync(
  process.execPath,
  ['--import', 'tsx', join(root, 'apps/server/src/main.ts'), ...args],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(server.status ?? 0);
