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
import { msg } from '../../platform/i18n';
import { assertProviderVisible } from '../../platform/provider-access';
import { inScope, scopeOf } from '../../platform/scope';
import { nowIso, todayInBeijing } from '../../platform/time';
import {
  type BlacklistRow,
  blacklistQuery,
  creditPage,
  currentBlacklisting,
  insertBlacklisting,
  insertCreditRecord,
  markRemoved,
  providerDivision,
  providerDivisionAndName,
  publicBlacklistingRow,
  publishedBans,
  staffOfProvider,
  staffProvider,
} from './queries';

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
  let q = blacklistQuery(ctx.db).where(inScope(scopeOf(caller), 'b.division_code'));
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
  const provider = await providerDivisionAndName(ctx.db, b.providerId);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const current = await currentBlacklisting(trx, b.providerId);
    if (current) throw conflict(msg('该机构已在黑名单中', 'The provider is already blacklisted'));
    const blacklistId = await insertBlacklisting(trx, {
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
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'blacklist.add',
      entityType: 'provider',
      entityId: b.providerId,
      divisionCode: provider.division_code,
      changes: {
        blacklistId,
        decision: b.decision,
        legalBasis: b.legalBasis,
        decidedOn: b.decidedOn,
      },
    });
    return blacklistId;
  });
  return getEntry(ctx, caller, id);
}

async function getEntry(ctx: AppContext, caller: SessionUser, id: number) {
  const row = await blacklistQuery(ctx.db)
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
    await markRemoved(trx, id, { at: now, by: caller.id, reason });
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

export async function listCreditRecords(
  ctx: AppContext,
  caller: SessionUser,
  f: CreditRecordQuery,
): Promise<CreditRecordList> {
  const { rows, total } = await creditPage(ctx.db, scopeOf(caller), f);
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
    total,
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
    const s = await staffProvider(ctx.db, b.staffId);
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
  const provider = await providerDivision(ctx.db, providerId);
  const pid = providerId;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const recordId = await insertCreditRecord(trx, {
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
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'credit_record.add',
      entityType: b.subjectType === 'person' ? 'staff' : 'provider',
      entityId: staffId ?? pid,
      divisionCode: provider.division_code,
      changes: { recordId, kind: b.kind, title: b.title, basis: b.basis, decidedOn: b.decidedOn },
    });
    return recordId;
  });
  return { id };
}

/** The public blacklist: current provider entries, and persons by name and masked ID only. */
export async function publicBlacklist(ctx: AppContext): Promise<PublicBlacklist> {
  const [providers, persons] = await Promise.all([
    blacklistQuery(ctx.db).where('b.removed_at', 'is', null).orderBy('b.decided_on', 'desc').execute(),
    publishedBans(ctx.db),
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
  const r = await publicBlacklistingRow(ctx.db, providerId);
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
  const rows = await staffOfProvider(ctx.db, providerId);
  return {
    items: rows.map((r) => ({ id: r.id, name: r.name, role: r.role, residentId: r.resident_id_masked })),
  };
}
