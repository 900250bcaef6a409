/**
 * File contents in the database, so every app server can serve every upload: 256 KiB pieces in
 * `file_chunks` (bytea on PostgreSQL, blob on SQLite), written in the transaction that files the
 * upload and read back one piece at a time, so a download holds one piece in memory, not the file.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Db } from '../../db';
import type { AppContext } from '../../platform/context';
import { chunk, insertChunk, keysWithoutContent } from './queries';

export const CHUNK_BYTES = 256 * 1024;

/** Stores a file's content under its key; call inside the transaction that inserts the file row. */
export async function writeContent(db: Db, key: string, buf: Buffer): Promise<void> {
  for (let seq = 0; seq * CHUNK_BYTES < Math.max(buf.length, 1); seq++) {
    const data = buf.subarray(seq * CHUNK_BYTES, (seq + 1) * CHUNK_BYTES);
    await insertChunk(db, key, seq, data);
  }
}

/** The content as a stream, or null when the database holds none for this key. */
export async function openContent(db: Db, key: string): Promise<Readable | null> {
  const first = await chunk(db, key, 0);
  if (!first) return null;
  async function* pieces() {
    yield Buffer.from(first?.data ?? []);
    for (let seq = 1; ; seq++) {
      const next = await chunk(db, key, seq);
      if (!next) return;
      yield Buffer.from(next.data);
    }
  }
  return Readable.from(pieces());
}

/**
 * Earlier versions kept contents on disk under DATA_DIR/files/<key>. Copies every file still only
 * on disk into the database (run at start and by `npm run cli -- files import`); idempotent. The
 * disk copies are left in place for the operator to remove once the import reports no missing file.
 */
export async function importDiskFiles(ctx: AppContext): Promise<{ imported: number; missing: string[] }> {
  const keys = await keysWithoutContent(ctx.db);
  let imported = 0;
  const missing: string[] = [];
  for (const { storage_key: key } of keys) {
    const path = join(ctx.config.dataDir, 'files', key);
    if (!existsSync(path)) {
      missing.push(key);
      continue;
    }
    const buf = await readFile(path);
    await ctx.db.transaction().execute((trx) => writeContent(trx, key, buf));
    imported++;
  }
  return { imported, missing };
}
