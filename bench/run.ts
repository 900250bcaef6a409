/**
 * `npm run bench`: HTTP throughput of the platform against a baseline measured in the same run
 * (a bare Fastify JSON route, same machine, same load generator). Timings here are noisy; the
 * ratio is the figure that matters. Prints `name: value unit (ratio R vs baseline B)` lines.
 *
 * Env: BENCH_SECONDS (default 5 per figure), BENCH_CONNECTIONS (default 10), BENCH_SCALE (city|province).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'servers.ts')], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: process.env,
});
const first = await new Promise<string>((resolve, reject) => {
  createInterface({ input: child.stdout }).once('line', resolve);
  child.once('exit', (code) => reject(new Error(`bench servers exited with ${code}`)));
});
const ports = JSON.parse(first) as { bare: number; app: number; scale: string; accounts: number };

try {
  const appUrl = `http://127.0.0.1:${ports.app}`;
  const login = await fetch(`${appUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'tuoyu' },
    body: JSON.stringify({ username: 'bench', password: 'Bench-Passw0rd!' }),
  });
  if (!login.ok) throw new Error(`bench login failed: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

  const measure = async (url: string, headers: Record<string, string> = {}) => {
    const r = await autocannon({ url, connections, duration: seconds, headers });
    if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    return { rps: r.requests.average, latency: r.latency.average };
  };

  // Warm up JIT and caches so the first figure is not penalised.
  await autocannon({ url: `http://127.0.0.1:${ports.bare}/json`, connections, duration: 1 });
  await autocannon({ url: `${appUrl}/api/health`, connections, duration: 1 });

  const base = await measure(`http://127.0.0.1:${ports.bare}/json`);
  const health = await measure(`${appUrl}/api/health`);
  const me = await measure(`${appUrl}/api/auth/me`, { cookie });

  const line = (name: string, v: number, unit: string, b: number) =>
    console.log(
      `${name}: ${v.toFixed(unit === 'req/s' ? 0 : 2)} ${unit} (ratio ${(v / b).toFixed(2)} vs baseline ${b.toFixed(unit === 'req/s' ? 0 : 2)})`,
    );
  console.log(
    `# scale ${ports.scale}: ${ports.accounts} accounts with live sessions; ${connections} connections, ${seconds}s per figure`,
  );
  line('http.baseline_bare_json', base.rps, 'req/s', base.rps);
  line('http.health', health.rps, 'req/s', base.rps);
  line('http.auth_me', me.rps, 'req/s', base.rps);
  line('http.health_latency_mean', health.latency, 'ms', base.latency);
  line('http.auth_me_latency_mean', me.latency, 'ms', base.latency);
} finally {
  child.kill('SIGTERM');
}
