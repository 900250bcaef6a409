/**
 * `npm run bench`: throughput of the platform against baselines measured in the same run.
 * HTTP figures: a bare Fastify JSON route (same machine, same load generator) is the baseline.
 * Database figures: the raw better-sqlite3 driver running the minimal equivalent query is the
 * baseline. Timings here are noisy; the ratio is the figure that matters. Prints
 * `name: value unit (ratio R vs baseline B)` lines.
 *
 * Env: BENCH_SECONDS (default 3 per figure), BENCH_CONNECTIONS (default 10),
 * BENCH_SCALES (default "city,province").
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { dbFigures } from './db';

const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const scales = (process.env.BENCH_SCALES ?? 'city,province').split(',');

interface Ports {
  bare: number;
  app: number;
  scale: string;
  accounts: number;
  providers: number;
  dataDir: string;
  drawId: number;
  today: string;
  healthChildren: number;
  healthCheckups: number;
  healthLoadMs: number;
}

async function startServers(scale: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'servers.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, BENCH_SCALE: scale },
  });
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench servers exited with ${code}`)));
  });
  return { child, ports: JSON.parse(first) as Ports };
}

const measure = async (url: string, headers: Record<string, string> = {}) => {
  const r = await autocannon({ url, connections, duration: seconds, headers });
  if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, latency: r.latency.average };
};

const fmt = (v: number, unit: string) => v.toFixed(unit === 'req/s' || unit === 'ops/s' ? 0 : 2);
export const line = (name: string, v: number, unit: string, b: number) =>
  console.log(`${name}: ${fmt(v, unit)} ${unit} (ratio ${(v / b).toFixed(2)} vs baseline ${fmt(b, unit)})`);

for (const scale of scales) {
  const { child, ports } = await startServers(scale);
  try {
    const appUrl = `http://127.0.0.1:${ports.app}`;
    const login = await fetch(`${appUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'tuoyu' },
      body: JSON.stringify({ username: 'bench', password: 'Bench-Passw0rd!' }),
    });
    if (!login.ok) throw new Error(`bench login failed: ${login.status}`);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    // Warm up JIT and caches so the first figure is not penalised.
    await autocannon({ url: `http://127.0.0.1:${ports.bare}/json`, connections, duration: 1 });
    await autocannon({ url: `${appUrl}/api/public/providers?division=150802`, connections, duration: 1 });

    console.log(
      `# scale ${scale}: ${ports.providers} providers, ${ports.accounts} accounts with live sessions; ${connections} connections, ${seconds}s per figure`,
    );
    console.log(
      `# scale ${scale}: child health ${ports.healthChildren} children, ${ports.healthCheckups} check-ups (loaded in ${ports.healthLoadMs} ms)`,
    );
    const base = await measure(`http://127.0.0.1:${ports.bare}/json`);
    line(`http.${scale}.baseline_bare_json`, base.rps, 'req/s', base.rps);
    const figures: [string, string, Record<string, string>?][] = [
      ['health', '/api/health'],
      ['auth_me', '/api/auth/me', { cookie }],
      ['search_keyword', `/api/public/providers?q=${encodeURIComponent('小太阳')}`],
      ['search_division', '/api/public/providers?division=150802&hasVacancy=true'],
      ['search_near', '/api/public/providers?near=40.757,107.417&radiusKm=5'],
      ['indicator_places', '/api/public/indicators/places'],
      // The county's risk view: every provider's facts gathered and weighed on each request.
      ['risk_county', '/api/risk', { cookie }],
      // The public draw record: the frozen inputs and outcome of a plan over the whole county.
      ['draw_record', `/api/public/draws/${ports.drawId}`],
      // I-2 by county from the per-day sums (issue 11); the route may not be on this branch yet.
      ['indicator_health', `/api/public/indicators/health-management?year=${ports.today.slice(0, 4)}`],
    ];
    for (const [name, path, headers] of figures) {
      const probe = await fetch(`${appUrl}${path}`, { headers: headers ?? {} });
      if (probe.status === 404) {
        console.log(`http.${scale}.${name}: skipped (404: the route is not on this branch)`);
        continue;
      }
      const r = await measure(`${appUrl}${path}`, headers);
      line(`http.${scale}.${name}`, r.rps, 'req/s', base.rps);
      line(`http.${scale}.${name}_latency_mean`, r.latency, 'ms', Math.max(base.latency, 0.01));
    }
    await dbFigures(scale, ports.dataDir, line, ports.today);
  } finally {
    child.kill('SIGTERM');
  }
}
