import type {
  Checklist,
  ChecklistCreateBody,
  Created,
  CreateInspectionBody,
  InspectionDetail,
  SaveFindingsBody,
  SubmitInspectionBody,
  UserList,
} from '@tuoyu/contracts';
import type { Accounts, Api } from './api';
import { beijingDate, uniqueStamp } from './values';

/** A checklist of the test's own, published by the city: its items are the given texts, in order. */
export async function makeChecklist(accounts: Accounts, texts: string[]): Promise<Checklist> {
  const stamp = uniqueStamp();
  const body: ChecklistCreateBody = {
    code: `e2e-${stamp.toLowerCase()}`,
    name: `端到端检查表 ${stamp}`,
    items: texts.map((text) => ({
      category: 'safety',
      risk: 'medium',
      text,
      legalBasis: '《托育机构设置标准（试行）》',
    })),
  };
  return (await accounts.as('city')).post<Checklist>('/api/checklists', body);
}

/** An account's user id, as the county's user list shows it. */
async function userId(county: Api, username: string) {
  const { items } = await county.get<UserList>(`/api/users?q=${encodeURIComponent(username)}`);
  const user = items.find((u) => u.username === username);
  if (!user) throw new Error(`no user ${username} in ${county.me.username}'s list`);
  return user.id;
}

/** A campaign inspection by 临河区 of the provider, assigned to the inspectors (usernames), due in a month. */
export async function makeInspection(
  accounts: Accounts,
  o: { providerId: number; checklistId: number; inspectors: string[] },
): Promise<number> {
  const county = await accounts.as('linhe');
  const inspectorIds = [];
  for (const username of o.inspectors) inspectorIds.push(await userId(county, username));
  const body: CreateInspectionBody = {
    kind: 'campaign',
    providerId: o.providerId,
    checklistId: o.checklistId,
    inspectorIds,
    dueBy: beijingDate(30),
  };
  return (await county.post<Created>('/api/inspections', body)).id;
}

/**
 * Records an inspection as its inspector would and submits it 限期整改: every item passes but
 * the one of `failing`, with its note and deadline. Returns the failed finding's id.
 */
export async function recordRectifyOrder(
  inspector: Api,
  inspectionId: number,
  failing: { text: string; note: string; deadline: string },
): Promise<number> {
  const path = `/api/inspections/${inspectionId}`;
  const { items } = await inspector.get<InspectionDetail>(path);
  const failed = items.find((i) => i.text === failing.text);
  if (!failed) throw new Error(`inspection ${inspectionId} has no item ${failing.text}`);
  const findings: SaveFindingsBody['findings'] = items.map((i) =>
    i === failed
      ? { itemId: i.id, outcome: 'fail', note: failing.note, deadline: failing.deadline }
      : { itemId: i.id, outcome: 'pass' },
  );
  await inspector.put(`${path}/findings`, { findings });
  const submit: SubmitInspectionBody = {
    inspectedOn: beijingDate(0),
    result: 'rectify',
    deadlines: [{ itemId: failed.id, deadline: failing.deadline }],
  };
  await inspector.post(`${path}/submit`, submit, 200);
  const detail = await inspector.get<InspectionDetail>(path);
  const finding = detail.findings.find((f) => f.itemId === failed.id);
  if (!finding) throw new Error(`inspection ${inspectionId} kept no finding on ${failing.text}`);
  return finding.id;
}
