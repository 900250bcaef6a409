/** Test fixtures for provider tests: a valid registration and a filing that passes every check. */
import type { FilingData, RegistrationBody } from '@tuoyu/contracts';
import { makeCreditCode, requiredDocuments } from '@tuoyu/domain';
import { call, loginAs, type TestApp } from '../../test/helpers';

let n = 0;
/** A fresh, valid enterprise credit code in the county (GB 32100: '91' + division + org + check). */
export function creditCode(county = '150802', authority = '91') {
  n++;
  return makeCreditCode(`${authority}${county}MA${String(n).padStart(7, '0')}`);
}

export const registration = (o: Partial<RegistrationBody> = {}): RegistrationBody => ({
  name: '临河区小太阳全日托托育中心',
  creditCode: creditCode(o.divisionCode ?? '150802'),
  legalForm: 'enterprise',
  kind: 'institution',
  divisionCode: '150802',
  townshipCode: '150802004',
  address: '临河区胜利路 1 号',
  serviceForms: ['full_day'],
  legalRepresentative: '王建国',
  contactPhone: '0478-8123456',
  ...o,
});

export const filingData = (documents: FilingData['documents'], o: Partial<FilingData> = {}): FilingData => ({
  address: '临河区胜利路 1 号',
  townshipCode: '150802004',
  location: { lat: 40.757, lng: 107.417 },
  buildingAreaM2: 400,
  outdoorAreaM2: 200,
  floorMax: 2,
  openingHours: '周一至周五 07:30–18:00',
  serviceForms: ['full_day'],
  inclusive: false,
  mealsServed: true,
  cctvRetentionDays: 90,
  classes: [
    { type: 'infant', name: '乳儿班', capacity: 9, carers: 3 },
    { type: 'toddler_young', name: '托小班', capacity: 15, carers: 3 },
    { type: 'toddler_older', name: '托大班', capacity: 20, carers: 3 },
  ],
  fees: [
    { item: '保育费', serviceForm: 'full_day', classType: 'infant', unit: 'month', amountFen: 220000 },
    { item: '保育费', serviceForm: 'full_day', classType: 'toddler_young', unit: 'month', amountFen: 180000 },
    { item: '伙食费', serviceForm: 'full_day', unit: 'day', amountFen: 1500 },
  ],
  insurance: { insurer: '中国人保财险', policyNo: 'PDA2026-001', validUntil: '2030-12-31' },
  documents,
  ...o,
});

export const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

export async function upload(
  t: TestApp,
  cookie: string,
  body: Buffer = PDF,
  filename = 'doc.pdf',
  url = '/api/files',
) {
  const boundary = '----tuoyu-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    body,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie,
      'x-requested-with': 'tuoyu',
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload,
  });
}

/** Registers a provider as a department officer, issues its manager account and logs the manager in. */
export async function registeredProvider(
  t: TestApp,
  dept: string,
  county: string,
  o: Partial<RegistrationBody> = {},
) {
  const reg = await call(t.app, 'POST', '/api/registrations', { cookie: dept, body: registration(o) });
  if (reg.statusCode !== 201) throw new Error(`registration failed: ${reg.body}`);
  const { providerId, filingId } = reg.json() as { providerId: number; filingId: number };
  const issued = await call(t.app, 'POST', `/api/providers/${providerId}/manager`, { cookie: county });
  if (issued.statusCode !== 201) throw new Error(`manager failed: ${issued.body}`);
  const { username, initialPassword } = issued.json() as { username: string; initialPassword: string };
  const first = await loginAs(t.app, username, initialPassword);
  await call(t.app, 'POST', '/api/auth/password', {
    cookie: first,
    body: { oldPassword: initialPassword, newPassword: 'Provider-Passw0rd' },
  });
  const manager = await loginAs(t.app, username, 'Provider-Passw0rd');
  return { providerId, filingId, username, manager };
}

/** Uploads every required document and returns them as filing documents. */
export async function documentsFor(
  t: TestApp,
  manager: string,
  kind: RegistrationBody['kind'] = 'institution',
  meals = true,
) {
  const docs: FilingData['documents'] = [];
  for (const type of requiredDocuments(kind, meals)) {
    const res = await upload(t, manager);
    docs.push({ type, fileId: (res.json() as { id: number }).id });
  }
  return docs;
}
