/**
 * The audit trail (SPEC §7, MLPS 2.0 level 3): every change writes one entry, in the same
 * transaction as the change. Entries form an HMAC chain: each entry's hash covers its fields and
 * the previous entry's hash, with a key derived from TUOYU_SECRET, so altering, inserting or
 * removing any row breaks the chain for `cli audit verify`; the head row catches truncation.
 */
import { createHmac } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Db } from '../db';
import type { AuditRow, Database } from '../db/schema';
import type { Keys } from './crypto';
import { maskChanges } from './masking';
import { nowIso } from './time';

/** Who did it and from where: taken from the request. */
export interface AuditActor {
  actorId: number | null;
  actorUsername: string | null;
  actorRole: string | null;
  requestId: string | null;
  ip: string | null;
}

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  divisionCode?: string | null;
  changes?: Record<string, unknown> | null;
}

export const GENESIS_HASH = '0'.repeat(64);

type ChainFields = Omit<AuditRow, 'id' | 'hash'>;

/** The exact bytes an entry's hash covers; field order is fixed here, never by the database. */
export function entryHash(key: Buffer, e: ChainFields): string {
  const canonical = JSON.stringify([
    e.seq,
    e.at,
    e.actor_id,
    e.actor_username,
    e.actor_role,
    e.action,
    e.entity_type,
    e.entity_id,
    e.division_code,
    e.changes,
    e.request_id,
    e.ip,
    e.prev_hash,
  ]);
  return createHmac('sha256', key).update(canonical).digest('hex');
}

/**
 * Appends one entry. Must be called inside the transaction that makes the change: the entry
 * commits or rolls back with it. The head row update takes a row lock on PostgreSQL, which
 * orders concurrent writers; SQLite has one writer at a time anyway.
 */
export async function recordAudit(
  trx: Transaction<Database>,
  keys: Keys,
  actor: AuditActor,
  event: AuditEvent,
): Promise<void> {
  const head = await sql<{ seq: number; hash: string }>`
    update audit_head set seq = seq + 1 where id = 1 returning seq, hash`.execute(trx);
  const tip = head.rows[0];
  if (!tip) throw new Error('audit_head row missing');
  const fields: ChainFields = {
    seq: Number(tip.seq),
    at: nowIso(),
    actor_id: actor.actorId,
    actor_username: actor.actorUsername,
    actor_role: actor.actorRole,
    action: event.action,
    entity_type: event.entityType,
    entity_id: event.entityId == null ? null : String(event.entityId),
    division_code: event.divisionCode ?? null,
    changes: event.changes ? JSON.stringify(maskChanges(event.changes)) : null,
    request_id: actor.requestId,
    ip: actor.ip,
    prev_hash: tip.hash,
  };
  const hash = entryHash(keys.audit, fields);
  await trx
    .insertInto('audit_log')
    .values({ ...fields, hash })
    .execute();
  await trx.updateTable('audit_head').set({ hash }).where('id', '=', 1).execute();
}

export type VerifyResult =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: { seq: number; id: number | null }; reason: string };

/** Walks the whole chain in order, a page at a time. */
export async function verifyAuditChain(db: Db, keys: Keys, batch = 5000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(batch)
      .execute();
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq !== expectedSeq) {
        return {
          ok: false,
          entries: count,
          brokenAt: { seq: expectedSeq, id: null },
          reason: `entry ${expectedSeq} is missing`,
        };
      }
      if (r.prev_hash !== prevHash) {
        return {
          ok: false,
          entries: count,
          brokenAt: { seq, id: r.id },
          reason: 'previous-hash link does not match',
        };
      }
      const { id: _id, hash, ...fields } = r;
      if (entryHash(keys.audit, { ...fields, seq }) !== hash) {
        return {
          ok: false,
          entries: count,
          brokenAt: { seq, id: r.id },
          reason: 'content does not match its hash',
        };
      }
      prevHash = hash;
      expectedSeq++;
      count++;
    }
    if (rows.length < batch) break;
  }
  const head = await db
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  if (!head || Number(head.seq) !== count || head.hash !== prevHash) {
    return {
      ok: false,
      entries: count,
      brokenAt: { seq: count + 1, id: null },
      reason: `the chain ends at entry ${count} but the head records ${head?.seq ?? '?'} entries (newest entries removed)`,
    };
  }
  return { ok: true, entries: count };
}
