/**
 * Loads the generated demo providers (演示数据) into the database in one transaction: providers,
 * their filing records with events, accepted versions and numbers, documents (one shared sample
 * PDF), the public listing columns, the city's fee ceilings, and the demo provider accounts.
 */
import {
  addWorkingDays,
  type FilingStatus,
  formatFilingNumber,
  isPubliclyListed,
  SHIPPED_CALENDAR,
} from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { writeContent } from '../modules/files/content';
import { refreshPlacesSummary } from '../modules/indicators/summary';
import { publicColumns } from '../modules/providers/public-listing';
import { insertUser } from '../modules/users/queries';
import type { AppContext } from '../platform/context';
import { addMinutes, nowIso, todayInBeijing } from '../platform/time';
import { type DemoProvider, generateProviders, type Scale } from './generate-providers';
import { loadDemoOperations } from './operations';
import { DEMO_FEE_CEILINGS } from './provider-classes-fees';

const DAY = 24 * 60;
const SAMPLE_PDF = '%PDF-1.4\n% 演示材料 demo document\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';
const CHUNK = 200;

async function chunks<T>(rows: T[], insert: (part: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Townships (civil-affairs only) by county, for placing providers. */
async function townshipsByCounty(trx: Transaction<Database>) {
  const rows = await trx
    .selectFrom('divisions')
    .select(['code', 'parent_code'])
    .where('level', '=', 'township')
    .where('statistical_only', '=', 0)
    .execute();
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.parent_code ?? '', [...(map.get(r.parent_code ?? '') ?? []), r.code]);
  return map;
}

export async function loadDemoProviders(
  ctx: AppContext,
  trx: Transaction<Database>,
  scale: Scale,
  accounts: { passwordHash: string } | null,
): Promise<DemoProvider[]> {
  const now = nowIso();
  const ago = (days: number | null) => (days === null ? null : addMinutes(now, -days * DAY));
  const providers = generateProviders(scale, await townshipsByCounty(trx));

  await trx
    .insertInto('fee_ceilings')
    .values(
      DEMO_FEE_CEILINGS.map((c) => ({
        class_type: c.classType,
        service_form: c.serviceForm,
        max_monthly_fen: c.maxMonthlyFen,
        updated_at: now,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();

  const ids: number[] = [];
  await chunks(providers, async (part) => {
    const rows = await trx
      .insertInto('providers')
      .values(
        part.map((p) => ({
          name: p.name,
          credit_code: p.creditCode,
          legal_form: p.legalForm,
          kind: p.kind,
          division_code: p.divisionCode,
          township_code: p.townshipCode,
          address: p.address,
          service_forms: JSON.stringify(p.serviceForms),
          legal_representative: p.legalRepresentative,
          contact_phone: p.contactPhone,
          registered_by_unit: p.registeredByUnit,
          registered_at: ago(p.registeredDaysAgo) ?? now,
          created_at: ago(p.registeredDaysAgo) ?? now,
          updated_at: now,
          enrolled: p.enrolled,
          ...publicColumns(p.data, isPubliclyListed(p.status)),
        })),
      )
      .returning('id')
      .execute();
    ids.push(...rows.map((r) => r.id));
  });

  // Documents: one sample PDF, one file row per provider and document type.
  await writeContent(trx, 'demo-sample-document', Buffer.from(SAMPLE_PDF));
  const withDocs = scale === 'city';
  const fileRows = withDocs
    ? providers.flatMap((p, i) =>
        p.data.documents.map((d) => ({
          name: `${d.type}.pdf`,
          mime: 'application/pdf',
          size: Buffer.byteLength(SAMPLE_PDF),
          sha256: 'demo',
          storage_key: 'demo-sample-document',
          owner_user_id: 0,
          provider_id: ids[i] ?? 0,
          division_code: p.divisionCode,
          created_at: now,
        })),
      )
    : [];
  const fileIds: number[] = [];
  await chunks(fileRows, async (part) => {
    const rows = await trx.insertInto('files').values(part).returning('id').execute();
    fileIds.push(...rows.map((r) => r.id));
  });
  let f = 0;
  for (const p of providers) {
    p.data.documents = withDocs
      ? p.data.documents.map((d) => ({ type: d.type, fileId: fileIds[f++] ?? 0 }))
      : [];
  }

  // Filing numbers in order of filing date, per county and year.
  const seqs = new Map<string, number>();
  const numbers = new Map<number, string>();
  providers
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.filedDaysAgo !== null)
    .sort((a, b) => (b.p.filedDaysAgo ?? 0) - (a.p.filedDaysAgo ?? 0))
    .forEach(({ p, i }) => {
      const year = Number((ago(p.filedDaysAgo) ?? now).slice(0, 4));
      const key = `${p.divisionCode}-${year}`;
      const seq = (seqs.get(key) ?? 0) + 1;
      seqs.set(key, seq);
      numbers.set(i, formatFilingNumber(p.divisionCode, year, seq));
    });
  await chunks([...seqs.entries()], (part) =>
    trx
      .insertInto('filing_counters')
      .values(part.map(([key, seq]) => ({ county_code: key.slice(0, 6), year: Number(key.slice(7)), seq })))
      .execute(),
  );

  const filingIds: number[] = [];
  await chunks(
    providers.map((p, i) => ({ p, i })),
    async (part) => {
      const rows = await trx
        .insertInto('filings')
        .values(
          part.map(({ p, i }) => {
            const filed = p.filedDaysAgo !== null;
            const underReview = p.status === 'submitted' || p.status === 'change_submitted';
            return {
              provider_id: ids[i] ?? 0,
              division_code: p.divisionCode,
              status: p.status,
              data: p.status === 'draft' && i !== 1 ? null : JSON.stringify(p.data),
              filed_data: filed ? JSON.stringify(p.data) : null,
              version: filed ? (p.status === 'change_submitted' ? 1 : 1) : 0,
              filing_number: numbers.get(i) ?? null,
              submitted_at: ago(p.submittedDaysAgo),
              due_date: underReview ? dueDate(p.submittedDaysAgo ?? 0) : null,
              filed_at: ago(p.filedDaysAgo),
              return_reason: p.returnReason,
              updated_at: ago(p.submittedDaysAgo ?? p.registeredDaysAgo) ?? now,
            };
          }),
        )
        .returning('id')
        .execute();
      filingIds.push(...rows.map((r) => r.id));
    },
  );

  const events = providers.flatMap((p, i) => demoEvents(p, filingIds[i] ?? 0, ago));
  await chunks(events, (part) => trx.insertInto('filing_events').values(part).execute());
  const versions = providers.flatMap((p, i) =>
    p.filedDaysAgo === null
      ? []
      : [
          {
            filing_id: filingIds[i] ?? 0,
            version: 1,
            data: JSON.stringify(p.data),
            filed_at: ago(p.filedDaysAgo) ?? now,
            filed_by: 'demo',
          },
        ],
  );
  await chunks(versions, (part) => trx.insertInto('filing_versions').values(part).execute());

  for (const county of new Set(providers.map((p) => p.divisionCode))) await refreshPlacesSummary(trx, county);
  // Children, staff and today's attendance only at the city's scale (benchmarks need none of them).
  if (scale === 'city') await loadDemoOperations(ctx, trx, providers, ids);

  if (accounts) {
    for (const [index, username] of [
      [0, 'provider'],
      [1, 'provider2'],
    ] as const) {
      const p = providers[index];
      if (!p) continue;
      const userId = await insertUser(trx, {
        username,
        display_name: `${p.name} 负责人`,
        mobile_enc: null,
        role: 'provider_manager',
        division_code: p.divisionCode,
        unit: null,
        status: 'active',
        password_hash: accounts.passwordHash,
        must_change_password: 0,
        failed_logins: 0,
        password_changed_at: now,
        created_at: now,
        updated_at: now,
        provider_id: ids[index] ?? null,
      });
      await trx
        .updateTable('providers')
        .set({ manager_user_id: userId })
        .where('id', '=', ids[index] ?? 0)
        .execute();
    }
  }
  return providers;
}

/** The 5-working-day deadline of a filing submitted so many days ago (登记和备案办法). */
function dueDate(submittedDaysAgo: number) {
  return addWorkingDays(todayInBeijing(Date.now() - submittedDaysAgo * 86_400_000), 5, SHIPPED_CALENDAR);
}

function demoEvents(p: DemoProvider, filingId: number, ago: (d: number | null) => string | null) {
  const e = (
    action: string,
    from: FilingStatus | null,
    to: FilingStatus,
    days: number | null,
    actor: string,
    reason: string | null = null,
  ) => ({
    filing_id: filingId,
    action,
    from_status: from,
    to_status: to,
    actor_id: null,
    actor_username: actor,
    actor_name: null,
    reason,
    at: ago(days) ?? new Date().toISOString(),
  });
  const list = [e('register', null, 'draft', p.registeredDaysAgo, 'demo')];
  if (p.submittedDaysAgo === null) return list;
  list.push(e('submit', 'draft', 'submitted', p.submittedDaysAgo, 'demo'));
  if (p.status === 'returned')
    list.push(
      e('return', 'submitted', 'returned', Math.max(0, p.submittedDaysAgo - 2), 'demo', p.returnReason),
    );
  if (p.filedDaysAgo !== null) list.push(e('accept', 'submitted', 'filed', p.filedDaysAgo, 'demo'));
  if (p.status === 'change_submitted')
    list.push(
      e('submit_change', 'filed', 'change_submitted', Math.max(0, (p.filedDaysAgo ?? 1) - 1), 'demo'),
    );
  if (p.status === 'suspended')
    list.push(
      e(
        'suspend',
        'filed',
        'suspended',
        Math.max(0, (p.filedDaysAgo ?? 1) - 1),
        'demo',
        '消防检查发现重大隐患，停业整改',
      ),
    );
  if (p.status === 'deregistered')
    list.push(
      e(
        'deregister',
        'filed',
        'deregistered',
        Math.max(0, (p.filedDaysAgo ?? 1) - 1),
        'demo',
        '举办者申请注销',
      ),
    );
  return list;
}
