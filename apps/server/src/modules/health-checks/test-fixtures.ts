import { makeResidentId } from '@tuoyu/domain';
import { todayInBeijing } from '../../platform/time';
import { call, type TestApp } from '../../test/helpers';
import { documentsFor, filingData, registeredProvider } from '../providers/test-fixtures';

export const today = () => todayInBeijing();
let seq = 500;

/**
 * A filed provider (classes from its filing) with `n` eight-month-olds in the infant class and the
 * carers hired with the given health-exam dates.
 */
export async function providerWithInfants(
  t: TestApp,
  samr: string,
  county: string,
  n: number,
  carerExams: string[] = [],
) {
  const p = await registeredProvider(t, samr, county);
  await call(t.app, 'PUT', `/api/filings/${p.filingId}`, {
    cookie: p.manager,
    body: filingData(await documentsFor(t, p.manager)),
  });
  await call(t.app, 'POST', `/api/filings/${p.filingId}/submit`, { cookie: p.manager });
  await call(t.app, 'POST', `/api/filings/${p.filingId}/accept`, { cookie: county, body: {} });
  const classes = (await call(t.app, 'GET', '/api/classes', { cookie: p.manager })).json().items as {
    id: number;
    type: string;
  }[];
  const infant = classes.find((c) => c.type === 'infant')?.id ?? 0;
  const children: number[] = [];
  for (let i = 0; i < n; i++) {
    const birth = new Date(Date.now() - 240 * 86_400_000).toISOString().slice(0, 10);
    const res = await call(t.app, 'POST', '/api/children', {
      cookie: p.manager,
      body: {
        name: `婴儿${i}`,
        residentId: makeResidentId('150802', birth, seq++),
        guardians: [{ name: '家长', relation: '母亲', mobile: '13900000000' }],
        classId: infant,
        enrolledOn: today(),
        vaccinationUpToDate: true,
      },
    });
    if (res.statusCode !== 201) throw new Error(`enrolment failed: ${res.body}`);
    children.push(res.json().id);
  }
  const carers: number[] = [];
  for (const healthExamDate of carerExams) {
    const res = await call(t.app, 'POST', '/api/staff', {
      cookie: p.manager,
      body: {
        name: '保育员',
        residentId: makeResidentId('150802', '1990-01-01', seq++),
        role: 'carer',
        healthExamDate,
        hiredOn: today(),
      },
    });
    if (res.statusCode !== 201) throw new Error(`hire failed: ${res.body}`);
    carers.push(res.json().id);
  }
  return { ...p, infant, children, carers };
}

export const checkIn = (
  t: TestApp,
  cookie: string,
  subject: 'child' | 'staff',
  id: number,
  classId: number,
  action: 'in' | 'out' = 'in',
) => call(t.app, 'POST', '/api/attendance', { cookie, body: { subject, id, classId, action } });
