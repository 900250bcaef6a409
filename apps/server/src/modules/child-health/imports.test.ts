import { addDays, addMonths, DAYS_PER_MONTH, valueAtZ } from '@tuoyu/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBeijing } from '../../platform/time';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { healthRules, refreshLedger } from './ledger';

let t: TestApp;
let hc: string;
let other: string;
const today = todayInBeijing();
let serial = 0;

beforeAll(async () => {
  t = await buildTestApp();
  hc = (await userSession(t, { role: 'health_worker', divisionCode: '150802004', unit: 'health' })).cookie;
  other = (await userSession(t, { role: 'health_worker', divisionCode: '150802004', unit: 'health' })).cookie;
});
afterAll(() => t.close());

const certificate = () => `Q${String(150_000_000 + ++serial)}`;

async function sheet(kind: 'births' | 'checkups', rows: (string | number)[][]) {
  const template = await call(t.app, 'GET', `/api/child-health/imports/${kind}/template.xlsx`, {
    cookie: hc,
  });
  expect(template.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toContain('填写说明');
  const ws = wb.worksheets[0];
  ws?.spliceRows(2, 1);
  for (const r of rows) ws?.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function send(kind: string, file: Buffer, cookie = hc) {
  const b = '----health';
  return t.app.inject({
    method: 'POST',
    url: `/api/child-health/imports/${kind}`,
    headers: { cookie, 'x-requested-with': 'tuoyu', 'content-type': `multipart/form-data; boundary=${b}` },
    payload: Buffer.concat([
      Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="h.xlsx"\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${b}--\r\n`),
    ]),
  });
}

/** Uploads and polls until the import is no longer running. */
async function imported(kind: string, file: Buffer) {
  const res = await send(kind, file);
  expect(res.statusCode, res.body).toBe(202);
  expect(res.json().status).toBe('running');
  const id = res.json().id as number;
  for (;;) {
    const r = await call(t.app, 'GET', `/api/child-health/imports/${id}`, { cookie: hc });
    expect(r.statusCode).toBe(200);
    if (r.json().status !== 'running') return r.json();
    await new Promise((done) => setTimeout(done, 20));
  }
}

const birth = (cert: string, o: { mobile?: string; born?: string } = {}) => [
  '王小宝',
  '女',
  o.born ?? addDays(today, -120),
  cert,
  '',
  '150802004',
  '王丽',
  '母亲',
  o.mobile ?? '13804781234',
];

const registerCount = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('health_children')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('Excel imports of the child-health register', () => {
  it('imports a births file of three good rows', async () => {
    const before = await registerCount();
    const job = await imported(
      'births',
      await sheet(
        'births',
        [1, 2, 3].map(() => birth(certificate())),
      ),
    );
    expect(job).toMatchObject({ status: 'done', total: 3, processed: 3, imported: 3, errors: [] });
    expect(job.finishedAt).toBeTruthy();
    expect(await registerCount()).toBe(before + 3);
    // The batched ledger rows are exactly what refreshLedger writes for each child.
    const snapshot = async () => ({
      sums: await t.ctx.db
        .selectFrom('health_rate_days')
        .selectAll()
        .orderBy(['year', 'division_code', 'day'])
        .execute(),
      dues: await t.ctx.db
        .selectFrom('health_dues')
        .selectAll()
        .orderBy(['child_id', 'age_months'])
        .execute(),
      years: await t.ctx.db
        .selectFrom('health_child_years')
        .selectAll()
        .orderBy(['child_id', 'year'])
        .execute(),
      state: await t.ctx.db
        .selectFrom('health_children')
        .select(['id', 'ledger_cells', 'newborn_visited'])
        .orderBy('id')
        .execute(),
    });
    const imported3 = await snapshot();
    expect(imported3.dues.length).toBeGreaterThan(0);
    const rules = await healthRules(t.ctx.db);
    await t.ctx.db.transaction().execute(async (trx) => {
      for (const c of imported3.state) await refreshLedger(trx, c.id, rules);
    });
    expect(await snapshot()).toEqual(imported3);
  });

  it('refuses the whole file naming the row and field: a bad mobile, a duplicate certificate', async () => {
    const before = await registerCount();
    const cert = certificate();
    const job = await imported(
      'births',
      await sheet('births', [
        birth(certificate()),
        birth(certificate(), { mobile: '12345' }),
        birth(cert),
        birth(cert),
      ]),
    );
    expect(job.status).toBe('failed');
    expect(job.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, path: 'guardians.0.mobile', message: '手机号码格式不正确' }),
        expect.objectContaining({ row: 5, path: 'birthCertificateNo' }),
      ]),
    );
    expect(job.errors).toHaveLength(2);
    expect(await registerCount()).toBe(before);
  });

  it('refuses a certificate already on the register', async () => {
    const cert = certificate();
    expect((await imported('births', await sheet('births', [birth(cert)]))).status).toBe('done');
    const job = await imported('births', await sheet('births', [birth(cert)]));
    expect(job).toMatchObject({ status: 'failed', errors: [{ row: 2, path: 'birthCertificateNo' }] });
  });

  it('records check-ups found by birth certificate; the schedule shows done', async () => {
    const born = addMonths(today, -4);
    const cert = certificate();
    expect((await imported('births', await sheet('births', [birth(cert, { born })]))).status).toBe('done');
    const months = Math.round((Date.parse(today) - Date.parse(born)) / 86_400_000 / DAYS_PER_MONTH);
    const weight = Math.round((valueAtZ('weightForAge', 'female', months, 0) ?? 0) * 100) / 100;
    const length = Math.round((valueAtZ('lengthForAge', 'female', months, 0) ?? 0) * 10) / 10;
    const job = await imported(
      'checkups',
      await sheet('checkups', [
        [cert.toLowerCase(), '', '健康检查', 3, today, weight, length, '', '', '正常', '', '', '', ''],
      ]),
    );
    expect(job, JSON.stringify(job.errors)).toMatchObject({ status: 'done', imported: 1 });
    const list = await call(t.app, 'GET', `/api/child-health/children?q=${cert}`, { cookie: hc });
    const id = list.json().items[0].id;
    const rec = (await call(t.app, 'GET', `/api/child-health/children/${id}`, { cookie: hc })).json();
    expect(rec.schedule[0]).toMatchObject({ ageMonths: 3, status: 'done' });

    const unknown = await imported(
      'checkups',
      await sheet('checkups', [
        [certificate(), '', '健康检查', 3, today, weight, length, '', '', '', '', '', '', ''],
      ]),
    );
    expect(unknown).toMatchObject({ status: 'failed', errors: [{ row: 2, path: 'birthCertificateNo' }] });
  });

  it('answers 404 for another user’s import, 400 for an unreadable file', async () => {
    const res = await send('births', await sheet('births', [birth(certificate())]));
    const id = res.json().id;
    expect((await call(t.app, 'GET', `/api/child-health/imports/${id}`, { cookie: other })).statusCode).toBe(
      404,
    );
    expect((await send('births', Buffer.from('not a workbook'))).statusCode).toBe(400);
    // Let the first import finish before the next test reads the register.
    for (;;) {
      const r = await call(t.app, 'GET', `/api/child-health/imports/${id}`, { cookie: hc });
      if (r.json().status !== 'running') break;
      await new Promise((done) => setTimeout(done, 20));
    }
  });

  it('an import cut off by a restart reads as failed, saying nothing was written', async () => {
    const worker = await userSession(t, { role: 'health_worker', divisionCode: '150802004', unit: 'health' });
    const { id } = await t.ctx.db
      .insertInto('health_imports')
      .values({
        kind: 'births',
        user_id: worker.id,
        status: 'running',
        total: 5,
        started_at: new Date(Date.now() - 3_600_000).toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const res = await call(t.app, 'GET', `/api/child-health/imports/${id}`, { cookie: worker.cookie });
    expect(res.json()).toMatchObject({ status: 'failed', imported: 0, errors: [{ row: 0, path: 'file' }] });
    expect(res.json().errors[0].message).toContain('没有写入任何数据');
  });

  it('imports 10,000 births and reports processed = total', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      birth(certificate(), { born: addDays(today, -(i % 1000)) }),
    );
    const file = await sheet('births', rows);
    const started = Date.now();
    const job = await imported('births', file);
    console.info(`10,000 births imported in ${Date.now() - started} ms`);
    expect(job).toMatchObject({ status: 'done', total: 10_000, processed: 10_000, imported: 10_000 });
  }, 60_000);
});
