/**
 * The provider blacklist and credit records (SPEC C2, C4; plan (四)5 信用监管). Blacklisting is a
 * regulator's decision (the city, or the county in its jurisdiction) with its legal basis; it is
 * published at once and taken off "find care" (see listing.ts). Removal keeps the history. Persons
 * under ban come from the staff module's city-wide `bans`, published by name and masked ID only.
 */
import type {
  BlacklistBody,
  BlacklistEntry,
  BlacklistList,
  CreditRecord,
  CreditRecordBody,
  CreditRecordList,
  CreditRecordQuery,
  PublicBlacklist,
  PublicBlacklisting,
} from '@tuoyu/contracts';
import {
  type CreditKind,
  type CreditSubject,
  creditRecordActive,
  missingBlacklistFields,
} from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, invalid, notFound } from '../../platform/errors';
import { assertProviderVisible } from '../../platform/provider-access';
import { inScope, scopeOf } from '../../platform/scope';
import { nowIso, todayInBeijing } from '../../platform/time';

const msg = (zh: string, en: string) => ({ zh, en });

function blacklistQuery(ctx: AppContext) {
  return ctx.db
    .selectFrom('blacklist as b')
    .innerJoin('providers as p', 'p.id', 'b.provider_id')
    .innerJoin('divisions as d', 'd.code', 'p.division_code')
    .select([
      'b.id',
      'b.provider_id',
      'p.name as provider_name',
      'p.credit_code',
      'd.name as division_name',
      'b.division_code',
      'b.decision',
      'b.legal_basis',
      'b.decided_on',
      'b.deciding_unit',
      'b.document_number',
      'b.created_at',
      'b.removed_at',
      'b.remove_reason',
    ]);
}
type BlacklistRow = Awaited<ReturnType<ReturnType<typeof blacklistQuery>['execute']>>[number];

const toEntry = (r: BlacklistRow): BlacklistEntry => ({
  id: r.id,
  providerId: r.provider_id,
  providerName: r.provider_name,
  creditCode: r.credit_code,
  divisionName: r.division_name,
  decision: r.decision,
  legalBasis: r.legal_basis,
  decidedOn: r.decided_on,
  decidingUnit: r.deciding_unit,
  documentNumber: r.document_number,
  createdAt: r.created_at,
  removedAt: r.removed_at,
  removeReason: r.remove_reason,
});

export async function listBlacklist(
  ctx: AppContext,
  caller: SessionUser,
  current: boolean | undefined,
): Promise<BlacklistList> {
  let q = blacklistQuery(ctx).where(inScope(scopeOf(caller), 'b.division_code'));
  if (current === true) q = q.where('b.removed_at', 'is', null);
  if (current === false) q = q.where('b.removed_at', 'is not', null);
  const rows = await q.orderBy('b.decided_on', 'desc').orderBy('b.id', 'desc').limit(500).execute();
  return { items: rows.map(toEntry) };
}

export async function blacklistProvider(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: BlacklistBody,
) {
  await assertProviderVisible(ctx, caller, b.providerId);
  const missing = missingBlacklistFields(b);
  if (missing.length) throw invalid(...missing.map((path) => ({ path, message: msg('必填', 'Required') })));
  if (b.decidedOn > todayInBeijing())
    throw invalid({ path: 'decidedOn', message: msg('决定日期不能晚于今天', 'Cannot be in the future') });
  const provider = await ctx.db
    .selectFrom('providers')
    .select(['division_code', 'name'])
    .where('id', '=', b.providerId)
    .executeTakeFirstOrThrow();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('blacklist')
      .select('id')
      .where('provider_id', '=', b.providerId)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (current) throw conflict(msg('该机构已在黑名单中', 'The provider is already blacklisted'));
    const row = await trx
      .insertInto('blacklist')
      .values({
        provider_id: b.providerId,
        division_code: provider.division_code,
        decision: b.decision,
        legal_basis: b.legalBasis,
        decided_on: b.decidedOn,
        deciding_unit: b.decidingUnit,
        document_number: b.documentNumber?.trim() ? b.documentNumber.trim() : null,
        created_by: caller.id,
        created_at: nowIso(),
        removed_at: null,
        removed_by: null,
        remove_reason: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.keys, actor, {
      action: 'blacklist.add',
      entityType: 'provider',
      entityId: b.providerId,
      divisionCode: provider.division_code,
      changes: {
        blacklistId: row.id,
        decision: b.decision,
        legalBasis: b.legalBasis,
        decidedOn: b.decidedOn,
      },
    });
    return row.id;
  });
  return getEntry(ctx, caller, id);
}

async function getEntry(ctx: AppContext, caller: SessionUser, id: number) {
  const row = await blacklistQuery(ctx)
    .where('b.id', '=', id)
    .where(inScope(scopeOf(caller), 'b.division_code'))
    .executeTakeFirst();
  if (!row) throw notFound();
  return { ...toEntry(row), divisionCode: row.division_code };
}

export async function removeFromBlacklist(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  reason: string,
) {
  const entry = await getEntry(ctx, caller, id);
  if (entry.removedAt) throw conflict(msg('该记录已移出黑名单', 'Already removed from the blacklist'));
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('blacklist')
      .set({ removed_at: now, removed_by: caller.id, remove_reason: reason })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx.keys, actor, {
      action: 'blacklist.remove',
      entityType: 'provider',
      entityId: entry.providerId,
      divisionCode: entry.divisionCode,
      changes: { blacklistId: id, reason },
    });
  });
  return getEntry(ctx, caller, id);
}

/** Credit records in scope (provider users: their own provider's). */
function creditQuery(ctx: AppContext, caller: SessionUser, f: Partial<CreditRecordQuery>) {
  const scope = scopeOf(caller);
  let q = ctx.db
    .selectFrom('credit_records as c')
    .innerJoin('providers as p', 'p.id', 'c.provider_id')
    .innerJoin('divisions as d', 'd.code', 'c.division_code')
    .leftJoin('staff as s', 's.id', 'c.staff_id');
  if (scope.providerId !== null) q = q.where('c.provider_id', '=', scope.providerId);
  else q = q.where(inScope(scope, scope.prefix.length === 9 ? 'p.township_code' : 'c.division_code'));
  if (f.kind) q = q.where('c.kind', '=', f.kind);
  if (f.subjectType) q = q.where('c.subject_type', '=', f.subjectType);
  if (f.providerId) q = q.where('c.provider_id', '=', f.providerId);
  return q;
}

export async function listCreditRecords(
  ctx: AppContext,
  caller: SessionUser,
  f: CreditRecordQuery,
): Promise<CreditRecordList> {
  const q = creditQuery(ctx, caller, f);
  const [count, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    q
      .select([
        'c.id',
        'c.subject_type',
        'c.provider_id',
        'p.name as provider_name',
        'c.staff_id',
        's.name as staff_name',
        'd.name as division_name',
        'c.kind',
        'c.title',
        'c.basis',
        'c.decided_on',
        'c.expires_on',
      ])
      .orderBy('c.decided_on', 'desc')
      .orderBy('c.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
  ]);
  const today = todayInBeijing();
  return {
    items: rows.map(
      (r): CreditRecord => ({
        id: r.id,
        subjectType: r.subject_type as CreditSubject,
        providerId: r.provider_id,
        providerName: r.provider_name,
        staffId: r.staff_id,
        subjectName: r.subject_type === 'person' ? (r.staff_name ?? '') : r.provider_name,
        divisionName: r.division_name,
        kind: r.kind as CreditKind,
        title: r.title,
        basis: r.basis,
        decidedOn: r.decided_on,
        expiresOn: r.expires_on,
        active: creditRecordActive(r.expires_on, today),
      }),
    ),
    total: Number(count?.n ?? 0),
    page: f.page,
    pageSize: f.pageSize,
  };
}

export async function addCreditRecord(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: CreditRecordBody,
) {
  let providerId = b.providerId;
  let staffId: number | null = null;
  if (b.subjectType === 'person') {
    if (!b.staffId) throw invalid({ path: 'staffId', message: msg('请选择人员', 'Choose the person') });
    const s = await ctx.db
      .selectFrom('staff')
      .select(['provider_id'])
      .where('id', '=', b.staffId)
      .executeTakeFirst();
    if (!s || (providerId && providerId !== s.provider_id)) throw notFound();
    providerId = s.provider_id;
    staffId = b.staffId;
  }
  if (!providerId) throw invalid({ path: 'providerId', message: msg('请选择机构', 'Choose the provider') });
  await assertProviderVisible(ctx, caller, providerId);
  if (b.expiresOn && b.expiresOn < b.decidedOn)
    throw invalid({
      path: 'expiresOn',
      message: msg('有效期不能早于决定日期', 'Cannot be before the decision date'),
    });
  const provider = await ctx.db
    .selectFrom('providers')
    .select('division_code')
    .where('id', '=', providerId)
    .executeTakeFirstOrThrow();
  const pid = providerId;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('credit_records')
      .values({
        subject_type: b.subjectType,
        provider_id: pid,
        staff_id: staffId,
        division_code: provider.division_code,
        kind: b.kind,
        title: b.title,
        basis: b.basis,
        decided_on: b.decidedOn,
        expires_on: b.expiresOn ?? null,
        created_by: caller.id,
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.keys, actor, {
      action: 'credit_record.add',
      entityType: b.subjectType === 'person' ? 'staff' : 'provider',
      entityId: staffId ?? pid,
      divisionCode: provider.division_code,
      changes: { recordId: row.id, kind: b.kind, title: b.title, basis: b.basis, decidedOn: b.decidedOn },
    });
    return row.id;
  });
  return { id };
}

/** The public blacklist: current provider entries, and persons by name and masked ID only. */
export async function publicBlacklist(ctx: AppContext): Promise<PublicBlacklist> {
  const [providers, persons] = await Promise.all([
    blacklistQuery(ctx).where('b.removed_at', 'is', null).orderBy('b.decided_on', 'desc').execute(),
    ctx.db
      .selectFrom('bans')
      // Never the encrypted or hashed number: only the masked one leaves this query.
      .select(['name', 'resident_id_masked', 'reason', 'legal_basis', 'decided_on'])
      .orderBy('decided_on', 'desc')
      .orderBy('id', 'desc')
      .execute(),
  ]);
  return {
    providers: providers.map((r) => ({
      providerId: r.provider_id,
      name: r.provider_name,
      creditCode: r.credit_code,
      divisionName: r.division_name,
      decision: r.decision,
      legalBasis: r.legal_basis,
      decidedOn: r.decided_on,
      decidingUnit: r.deciding_unit,
    })),
    persons: persons.map((r) => ({
      name: r.name,
      maskedId: r.resident_id_masked,
      decision: r.reason,
      legalBasis: r.legal_basis,
      decidedOn: r.decided_on,
    })),
  };
}

/** The current blacklisting of one provider, for the red banner on its public page. */
export async function publicBlacklisting(ctx: AppContext, providerId: number): Promise<PublicBlacklisting> {
  const r = await ctx.db
    .selectFrom('blacklist as b')
    .innerJoin('providers as p', 'p.id', 'b.provider_id')
    .select(['b.decision', 'b.legal_basis', 'b.decided_on', 'b.deciding_unit', 'b.document_number'])
    .where('b.provider_id', '=', providerId)
    .where('b.removed_at', 'is', null)
    .where('p.public', '=', 1)
    .executeTakeFirst();
  return {
    entry: r
      ? {
          decision: r.decision,
          legalBasis: r.legal_basis,
          decidedOn: r.decided_on,
          decidingUnit: r.deciding_unit,
          documentNumber: r.document_number,
        }
      : null,
  };
}

/** A provider's staff by name and masked ID, for a regulator recording a person's credit record. */
export async function providerStaff(ctx: AppContext, caller: SessionUser, providerId: number) {
  await assertProviderVisible(ctx, caller, providerId);
  const rows = await ctx.db
    .selectFrom('staff')
    .select(['id', 'name', 'role', 'resident_id_masked'])
    .where('provider_id', '=', providerId)
    .orderBy('left_on', 'desc')
    .orderBy('id')
    .execute();
  return {
    items: rows.map((r) => ({ id: r.id, name: r.name, role: r.role, residentId: r.resident_id_masked })),
  };
}
