import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../db';
import { buildTestApp, call, onPostgres, type TestApp, userSession } from '../../test/helpers';
import { registeredProvider, upload } from '../providers/test-fixtures';
import { CHUNK_BYTES, importDiskFiles } from './content';

let t: TestApp;
let manager: string;
let providerId: number;
let county: string;

beforeAll(async () => {
  t = await buildTestApp();
  const dept = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' }))
    .cookie;
  county = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  ({ manager, providerId } = await registeredProvider(t, dept, county));
});
afterAll(() => t.close());

const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('uploads live in the database, so any app server serves them', () => {
  it('a 2.5-piece image comes back byte for byte with its length; nothing is written to disk', async () => {
    const body = Buffer.concat([PNG_HEAD, randomBytes(2 * CHUNK_BYTES + 1000)]);
    const up = await upload(t, manager, body, 'photo.png');
    expect(up.statusCode).toBe(201);
    const { id } = up.json() as { id: number };
    const down = await call(t.app, 'GET', `/api/files/${id}`, { cookie: county });
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('image/png');
    expect(Number(down.headers['content-length'])).toBe(body.length);
    expect(down.rawPayload.equals(body)).toBe(true);
    const pieces = await t.ctx.db
      .selectFrom('file_chunks as c')
      .innerJoin('files as f', 'f.storage_key', 'c.storage_key')
      .select('c.seq')
      .where('f.id', '=', id)
      .execute();
    expect(pieces).toHaveLength(3);
    expect(existsSync(join(t.config.dataDir, 'files'))).toBe(false);
  });

  it('a file over 10 MB is refused and leaves no row and no content', async () => {
    const before = await t.ctx.db.selectFrom('file_chunks').select('seq').execute();
    const big = Buffer.concat([PNG_HEAD, Buffer.alloc(10 * 1024 * 1024)]);
    expect((await upload(t, manager, big, 'big.png')).statusCode).toBe(422);
    expect(await t.ctx.db.selectFrom('file_chunks').select('seq').execute()).toHaveLength(before.length);
  });

  it('files an earlier version left on disk are imported once and then served', async () => {
    const key = `old-${randomBytes(4).toString('hex')}`;
    const body = Buffer.from('%PDF-1.4\n% from the disk of an earlier version\n%%EOF\n');
    mkdirSync(join(t.config.dataDir, 'files'), { recursive: true });
    writeFileSync(join(t.config.dataDir, 'files', key), body);
    const row = await t.ctx.db
      .insertInto('files')
      .values({
        name: 'old.pdf',
        mime: 'application/pdf',
        size: body.length,
        sha256: 'x',
        storage_key: key,
        owner_user_id: 0,
        provider_id: providerId,
        division_code: '150802',
        created_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Not imported yet: a plain 404, never a 500.
    expect((await call(t.app, 'GET', `/api/files/${row.id}`, { cookie: county })).statusCode).toBe(404);
    expect(await importDiskFiles(t.ctx)).toEqual({ imported: 1, missing: [] });
    expect(await importDiskFiles(t.ctx)).toEqual({ imported: 0, missing: [] });
    const down = await call(t.app, 'GET', `/api/files/${row.id}`, { cookie: county });
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(body)).toBe(true);
  });
});

describe.skipIf(onPostgres())('the SQLite database is private to its owner', () => {
  it('creates the file 0600 (and its -wal/-shm) in a 0700 folder, and tightens an older 0755/0644 pair', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'tuoyu-mode-'));
    const mode = (p: string) => statSync(p).mode & 0o777;
    const fresh = join(parent, 'fresh');
    const db = openDb({ dataDir: fresh });
    // Any write makes the -wal and -shm files appear.
    await db.db.schema.createTable('x').addColumn('a', 'integer').execute();
    expect(mode(fresh)).toBe(0o700);
    for (const f of ['tuoyu.db', 'tuoyu.db-wal', 'tuoyu.db-shm']) expect(mode(join(fresh, f))).toBe(0o600);
    await db.destroy();

    const older = join(parent, 'older');
    mkdirSync(older, { mode: 0o755 });
    writeFileSync(join(older, 'tuoyu.db'), '', { mode: 0o644 });
    const reopened = openDb({ dataDir: older });
    expect(mode(older)).toBe(0o700);
    expect(mode(join(older, 'tuoyu.db'))).toBe(0o600);
    await reopened.destroy();
  });
});
