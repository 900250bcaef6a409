/**
 * The audit trail (SPEC §7, MLPS 2.0 level 3): every change writes one entry, in the same
 * transaction as the change. Entries form an HMAC chain: each entry's hash covers its fields and
 * the previous entry's hash, with a key derived from TUOYU_SECRET, so altering, inserting or
 * removing any row breaks the chain for `cli audit verify`; the head row catches truncation.
 */
import { createHmac } from 'node:crypto';
import { toWellFormed } from '@tuoyu/domain';
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

/**
 * A value as both engines store it, so that the hash covers exactly what is read back: UTF-8
 * columns turn a lone surrogate into U+FFFD, and PostgreSQL text cannot hold U+0000 at all.
 * Validated input never carries either; headers and anonymous login names might.
 */
function storable(value: string): string;
function storable(value: string | null): string | null;
function storable(value: string | null): string | null {
  return value === null ? null : toWellFormed(value).replaceAll('\u0000', '\uFFFD');
}

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
    actor_username: storable(actor.actorUsername),
    actor_role: storable(actor.actorRole),
    action: storable(event.action),
    entity_type: storable(event.entityType),
    entity_id: event.entityId == null ? null : storable(String(event.entityId)),
    division_code: storable(event.divisionCode ?? null),
    // JSON text escapes lone surrogates and U+0000 (\ud800, \u0000), so it is stored as hashed.
    changes: event.changes ? JSON.stringify(maskChanges(event.changes)) : null,
    request_id: storable(actor.requestId),
    ip: storable(actor.ip),
    prev_hash: tip.hash,
  };
  const hash = entryHash(keys.audit, fields);
  await trx
    .insertInto('audit_log')
    .values({ ...fields, hash })
    .execute();
  await trx.updateTable('audit_head').set({ hash }).where('id', '=', 1).execute();
}

/** One entry that does not verify, or a gap where entries should be. */
export interface BrokenEntry {
  seq: number;
  /** The row's id; null where the entry is missing. */
  id: number | null;
  reason: string;
}

export type VerifyResult =
  | { ok: true; entries: number; broken: [] }
  | {
      ok: false;
      /** Rows read and checked. */
      entries: number;
      /** Every broken entry, in chain order. */
      broken: BrokenEntry[];
      /** The first of them (kept for callers that name one). */
      brokenAt: { seq: number; id: number | null };
      reason: string;
    };

/**
 * Walks the whole chain in order, a page at a time, recomputing each hash from the row exactly as
 * the database hands it back. A broken entry does not stop the walk: the next entry is checked
 * against the broken one's stored hash, so one bad row never hides the ones after it.
 */
export async function verifyAuditChain(db: Db, keys: Keys, batch = 5000): Promise<VerifyResult> {
  const broken: BrokenEntry[] = [];
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  let after = { seq: 0, id: 0 };
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where((eb) =>
        eb.or([eb('seq', '>', after.seq), eb.and([eb('seq', '=', after.seq), eb('id', '>', after.id)])]),
      )
      .orderBy('seq')
      .orderBy('id')
      .limit(batch)
      .execute();
    for (const r of rows) {
      const seq = Number(r.seq);
      after = { seq, id: r.id };
      count++;
      if (seq < expectedSeq) {
        broken.push({ seq, id: r.id, reason: `a second entry ${seq} (inserted)` });
        continue;
      }
      const gap = seq > expectedSeq;
      if (gap) {
        const missing = seq - 1 === expectedSeq ? `${expectedSeq}` : `${expectedSeq}–${seq - 1}`;
        broken.push({ seq: expectedSeq, id: null, reason: `entry ${missing} is missing` });
      }
      const { id: _id, hash, ...fields } = r;
      if (entryHash(keys.audit, { ...fields, seq }) !== hash) {
        broken.push({ seq, id: r.id, reason: 'content does not match its hash' });
        // A gap already explains a broken link to the entry before it.
      } else if (!gap && r.prev_hash !== prevHash) {
        broken.push({ seq, id: r.id, reason: 'previous-hash link does not match' });
      }
      prevHash = hash;
      expectedSeq = seq + 1;
    }
    if (rows.length < batch) break;
  }
  const head = await db
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  const last = expectedSeq - 1;
  const headSeq = head ? Number(head.seq) : null;
  if (headSeq !== last || head?.hash !== prevHash) {
    broken.push({
      seq: expectedSeq,
      id: null,
      reason:
        headSeq === null || headSeq > last
          ? `the chain ends at entry ${last} but the head records ${headSeq ?? '?'} entries (newest entries removed)`
          : `the head records ${headSeq} entries and another hash than the chain's last entry ${last}`,
    });
  }
  const first = broken[0];
  if (!first) return { ok: true, entries: count, broken: [] };
  return {
    ok: false,
    entries: count,
    broken,
    brokenAt: { seq: first.seq, id: first.id },
    reason: first.reason,
  };
}
