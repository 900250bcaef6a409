import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { creditCode } from './test-fixtures';

let t: TestApp;
let samr: string;
beforeAll(async () => {
  t = await buildTestApp();
  samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' })).cookie;
});
afterAll(() => t.close());

async function workbook(rows: (string | undefined)[][]) {
  const template = await call(t.app, 'GET', '/api/registrations/template.xlsx', { cookie: samr });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  ws?.spliceRows(2, 1);
  for (const r of rows) ws?.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function send(file: Buffer) {
  const boundary = '----tuoyu-import';
  return t.app.inject({
    method: 'POST',
    url: '/api/registrations/import',
    headers: {
      cookie: samr,
      'x-requested-with': 'tuoyu',
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
}

const row = (name: string, code: string, forms = '全日托') => [
  name,
  code,
  '企业（营利性）',
  '托育机构',
  '150802',
  '150802004',
  '临河区胜利路 9 号',
  forms,
  '李丽华',
  '0478-8000001',
];
const countProviders = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('providers')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('Excel import of registrations', () => {
  it('offers a template whose headers are in Chinese', async () => {
    const res = await call(t.app, 'GET', '/api/registrations/template.xlsx', { cookie: samr });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]?.getRow(1).getCell(2).value).toBe('统一社会信用代码');
  });

  it('imports nothing when one row is wrong, and reports each bad row and field', async () => {
    const before = await countProviders();
    const file = await workbook([
      row('临河区一号全日托托育中心', creditCode()),
      row('临河区二号托育中心', creditCode()),
      row('临河区三号全日托托育中心', '91150802MA0000000X'),
    ]);
    const res = await send(file);
    expect(res.statusCode).toBe(422);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['rows.3.name', 'rows.4.creditCode']));
    expect(paths.some((p: string) => p.startsWith('rows.2.'))).toBe(false);
    expect(await countProviders()).toBe(before);
  });

  it('imports every row when all are right, with names or codes for the lists', async () => {
    const before = await countProviders();
    const file = await workbook([
      row('临河区四号全日托托育中心', creditCode()),
      row('临河区五号全日托计时托托育中心', creditCode(), '全日托、计时托'),
    ]);
    const res = await send(file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: 2 });
    expect(await countProviders()).toBe(before + 2);
  });

  it('refuses a file that is not a spreadsheet with a clear 422', async () => {
    const res = await send(Buffer.from('not excel'));
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('Excel');
  });
});
