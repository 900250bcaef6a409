import { makeResidentId } from '@tuoyu/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { registeredProvider } from '../providers/test-fixtures';

let t: TestApp;
let manager: string;
let linhe: string;
beforeAll(async () => {
  t = await buildTestApp();
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  const samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' }))
    .cookie;
  manager = (await registeredProvider(t, samr, linhe)).manager;
});
afterAll(() => t.close());

async function sheet(rows: string[][]) {
  const template = await call(t.app, 'GET', '/api/staff/template.xlsx', { cookie: manager });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  ws?.spliceRows(2, 1);
  for (const r of rows) ws?.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function send(file: Buffer) {
  const b = '----staff';
  return t.app.inject({
    method: 'POST',
    url: '/api/staff/import',
    headers: {
      cookie: manager,
      'x-requested-with': 'tuoyu',
      'content-type': `multipart/form-data; boundary=${b}`,
    },
    payload: Buffer.concat([
      Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="s.xlsx"\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${b}--\r\n`),
    ]),
  });
}

const person = (rid: string, name = '李秀兰', role = '保育人员') => [
  name,
  rid,
  role,
  '13800000000',
  '保育师证',
  'BY-1',
  '2028-12-31',
  '2026-06-01',
  '2026-06-01',
  '2026-07-01',
];
const staffCount = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('staff')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('bulk staff import from Excel', () => {
  it('imports nothing when a row is wrong, names each row, and still records a banned person’s attempt', async () => {
    const banned = makeResidentId('150802', '1980-02-02', 7);
    await call(t.app, 'POST', '/api/bans', {
      cookie: linhe,
      body: {
        residentId: banned,
        name: '王某',
        reason: '虐待',
        legalBasis: '未成年人保护法第六十二条',
        decidedOn: '2025-01-01',
      },
    });
    const ok = makeResidentId('150802', '1991-03-03', 8);
    const res = await send(
      await sheet([
        person(ok),
        person(banned, '王某'),
        person('150802199101010000', '张某', '厨师'),
        person(ok, '重复'),
      ]),
    );
    expect(res.statusCode).toBe(422);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['rows.3.residentId', 'rows.4.residentId', 'rows.4.role', 'rows.5.residentId']),
    );
    expect(paths.some((p: string) => p.startsWith('rows.2.'))).toBe(false);
    expect(await staffCount()).toBe(0);
    const attempts = (await call(t.app, 'GET', '/api/bans/refused-hires', { cookie: linhe })).json().items;
    expect(attempts).toHaveLength(1);
  });

  it('imports every row when all are right', async () => {
    const res = await send(
      await sheet([
        person(makeResidentId('150802', '1992-04-04', 9)),
        person(makeResidentId('150802', '1993-05-05', 10), '赵建华', '保健人员'),
      ]),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: 2 });
    const roles = (await call(t.app, 'GET', '/api/staff', { cookie: manager }))
      .json()
      .items.map((s: { role: string }) => s.role)
      .sort();
    expect(roles).toEqual(['carer', 'health']);
  });
});
