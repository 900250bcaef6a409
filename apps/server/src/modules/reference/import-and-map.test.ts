import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';

let t: TestApp;
let city: string;
let admin: string;
beforeAll(async () => {
  t = await buildTestApp();
  city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
  admin = (await userSession(t, { role: 'sysadmin', divisionCode: '150800' })).cookie;
});
afterAll(() => t.close());

async function sheet(rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('常住人口');
  ws.addRow(['区划代码', '区划名称', '年份', '常住人口', '数据来源']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function send(cookie: string, file: Buffer) {
  const b = '----pop';
  return t.app.inject({
    method: 'POST',
    url: '/api/populations/import',
    headers: { cookie, 'x-requested-with': 'tuoyu', 'content-type': `multipart/form-data; boundary=${b}` },
    payload: Buffer.concat([
      Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="p.xlsx"\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${b}--\r\n`),
    ]),
  });
}

describe('population import from Excel', () => {
  it('imports every row or none', async () => {
    const bad = await send(
      city,
      await sheet([
        [150802, '临河区', 2025, 580000, '年鉴'],
        ['150802004', '解放街道', 2025, 1000, '年鉴'],
      ]),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('rows.3.divisionCode');
    expect(
      (await call(t.app, 'GET', '/api/populations?year=2025', { cookie: city })).json().items,
    ).toHaveLength(0);
    const ok = await send(
      city,
      await sheet([
        [150802, '临河区', 2025, 580000, '年鉴'],
        [150821, '五原县', 2025, 221000, '年鉴'],
      ]),
    );
    expect(ok.json()).toEqual({ imported: 2 });
    expect(
      (await call(t.app, 'GET', '/api/populations?year=2025', { cookie: city })).json().items,
    ).toHaveLength(2);
  });

  it('is for the city regulator and the administrator only', async () => {
    const county = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
    expect((await send(county, await sheet([[150802, '临河区', 2024, 1, 'x']]))).statusCode).toBe(403);
  });
});

describe('official map boundaries (loaded by the administrator)', () => {
  const geo = {
    type: 'FeatureCollection',
    source: '天地图 审图号 GS(2024)0000 (test)',
    features: [
      {
        type: 'Feature',
        properties: { code: '150802', name: '临河区' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [107, 40],
              [108, 40],
              [108, 41],
              [107, 40],
            ],
          ],
        },
      },
    ],
  };

  it('answers 404 until loaded, then serves what the administrator loaded', async () => {
    expect((await call(t.app, 'GET', '/api/public/map/boundaries')).statusCode).toBe(404);
    expect(
      (await call(t.app, 'PUT', '/api/settings/map-boundaries', { cookie: city, body: geo })).statusCode,
    ).toBe(403);
    const bad = await call(t.app, 'PUT', '/api/settings/map-boundaries', {
      cookie: admin,
      body: { ...geo, features: [] },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      (await call(t.app, 'PUT', '/api/settings/map-boundaries', { cookie: admin, body: geo })).statusCode,
    ).toBe(200);
    const got = await call(t.app, 'GET', '/api/public/map/boundaries');
    expect(got.json()).toMatchObject({ source: geo.source, features: [{ properties: { code: '150802' } }] });
  });
});
