import { randomInt } from 'node:crypto';
import type {
  Accepted,
  CareClassList,
  ChildEnrolled,
  CreateChildBody,
  Created,
  CreateStaffBody,
  FileInfo,
  FilingClass,
  FilingData,
  ManagerCreated,
  RegistrationBody,
  RegistrationCreated,
  ServiceForm,
  Slot,
  SlotBody,
} from '@tuoyu/contracts';
import { makeCreditCode } from '../../packages/domain/src/credit-code';
import { makeResidentId } from '../../packages/domain/src/resident-id';
import type { Accounts, Api } from './api';
import { beijingDate, uniqueStamp } from './values';

/** Every document a filing needs, each a minimal PDF. */
export const DOCUMENT_TYPES = [
  'filing_form',
  'commitment',
  'business_licence',
  'premises_proof',
  'staff_certificates',
  'health_evaluation',
  'fire_safety',
] as const;
export const PDF = { name: 'doc.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };

const FORM_NAMES: Record<ServiceForm, string> = {
  full_day: '全日托',
  half_day: '半日托',
  hourly: '计时托',
  temporary: '临时托',
};

/** A filed provider of the test's own in 临河区, with its manager's session (password changed). */
export interface Provider {
  id: number;
  name: string;
  username: string;
  password: string;
  manager: Api;
}

/**
 * Makes a provider the way the platform does: 临河区's market regulator pushes the registration,
 * the county issues the manager account, the manager changes the initial password and files
 * (the accepted filing's classes become the provider's classes), and the county accepts it. The
 * provider is then public, with nothing of its own yet: no children, staff, slots or inspections.
 */
export async function makeProvider(
  accounts: Accounts,
  o: { serviceForms?: ServiceForm[]; classes?: FilingClass[] } = {},
): Promise<Provider> {
  const stamp = uniqueStamp(7);
  const serviceForms = o.serviceForms ?? ['full_day'];
  const name = `临河区端到端${stamp}${serviceForms.map((f) => FORM_NAMES[f]).join('')}托育中心`;
  const registration: RegistrationBody = {
    name,
    creditCode: makeCreditCode(`91150802MA${stamp}`),
    legalForm: 'enterprise',
    kind: 'institution',
    divisionCode: '150802',
    address: '临河区胜利北路 200 号',
    serviceForms,
    legalRepresentative: '钱端到',
    contactPhone: '0478-8000200',
  };
  const samr = await accounts.as('linhe-samr');
  const { providerId, filingId } = await samr.post<RegistrationCreated>('/api/registrations', registration);
  const county = await accounts.as('linhe');
  const account = await county.post<ManagerCreated>(`/api/providers/${providerId}/manager`);

  const password = `Provider-E2e-${stamp}`;
  const manager = await accounts.login(account.username, account.initialPassword);
  await manager.post(
    '/api/auth/password',
    { oldPassword: account.initialPassword, newPassword: password },
    200,
  );
  const documents = [];
  for (const type of DOCUMENT_TYPES) {
    const file = await manager.upload<FileInfo>('/api/files', { file: PDF });
    documents.push({ type, fileId: file.id });
  }
  const classes = o.classes ?? [{ type: 'toddler_young', name: '托小班', capacity: 15, carers: 3 }];
  await manager.put(
    `/api/filings/${filingId}`,
    filingForm({ address: registration.address, serviceForms, classes, stamp, documents }),
  );
  await manager.post(`/api/filings/${filingId}/submit`, {}, 200);
  await county.post<Accepted>(`/api/filings/${filingId}/accept`, {}, 200);
  return { id: providerId, name, username: account.username, password, manager };
}

/**
 * A filing form that passes the standards checks: a one-storey 300 m² centre in 解放街道 with a
 * 保育费 of ¥1,680.00 a month, open on weekdays, insured, with every document.
 */
export function filingForm(o: {
  address: string;
  serviceForms: ServiceForm[];
  classes: FilingClass[];
  stamp: string;
  documents: FilingData['documents'];
}): FilingData {
  return {
    address: o.address,
    townshipCode: '150802004',
    location: { lat: 40.7581, lng: 107.4182 },
    buildingAreaM2: 300,
    outdoorAreaM2: 150,
    floorMax: 1,
    openingHours: '周一至周五 07:30–18:00',
    serviceForms: o.serviceForms,
    inclusive: false,
    mealsServed: false,
    cctvRetentionDays: 90,
    classes: o.classes,
    fees: [
      {
        item: '保育费',
        serviceForm: 'full_day',
        classType: 'toddler_young',
        unit: 'month',
        amountFen: 168000,
      },
    ],
    insurance: { insurer: '中国人保财险', policyNo: `E2E-${o.stamp}`, validUntil: '2030-12-31' },
    documents: o.documents,
  };
}

/** The provider's class of that name (the accepted filing's classes are the provider's). */
export async function classNamed(manager: Api, name: string) {
  const { items } = await manager.get<CareClassList>('/api/classes');
  const found = items.find((c) => c.name === name);
  if (!found) throw new Error(`no class ${name} at provider ${manager.me.providerId}`);
  return found;
}

/** A resident ID of someone born `fromDaysAgo`–`toDaysAgo` days ago; random, so no one else holds it. */
function residentId(fromDaysAgo: number, toDaysAgo: number) {
  const birth = beijingDate(-randomInt(fromDaysAgo, toDaysAgo));
  return makeResidentId('150802', birth, randomInt(1000));
}

/** Enrolls children of `ageDays` (a range, in days) in the class, today. */
export async function enrolChildren(
  manager: Api,
  classId: number,
  names: string[],
  ageDays: [number, number],
) {
  const ids: number[] = [];
  for (const [i, name] of names.entries()) {
    const body: CreateChildBody = {
      name,
      residentId: residentId(...ageDays),
      guardians: [
        { name: `${name.slice(0, 1)}家长`, relation: '母亲', mobile: `1390478${String(1000 + i)}` },
      ],
      classId,
      enrolledOn: beijingDate(0),
      vaccinationUpToDate: true,
    };
    ids.push((await manager.post<ChildEnrolled>('/api/children', body)).id);
  }
  return ids;
}

/** Hires carers whose yearly health exam is a month old (so they count in the ratio). */
export async function hireCarers(manager: Api, names: string[]) {
  const ids: number[] = [];
  for (const name of names) {
    const body: CreateStaffBody = {
      name,
      residentId: residentId(25 * 365, 40 * 365),
      role: 'carer',
      qualifications: [],
      healthExamDate: beijingDate(-30),
      hiredOn: beijingDate(-30),
    };
    ids.push((await manager.post<Created>('/api/staff', body)).id);
  }
  return ids;
}

/** Publishes an hourly-care slot of the manager's provider. */
export function publishSlot(manager: Api, slot: SlotBody) {
  return manager.post<Slot>('/api/slots', slot);
}
