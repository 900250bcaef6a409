/**
 * The births import (出生医学证明 export): each row checked exactly as one registration —
 * registrationProblems, the register's duplicates by birth certificate or resident ID, and
 * duplicates inside the file — then every child written with its ledger in one transaction.
 */
import { RegisterHealthChildBody } from '@tuoyu/contracts';
import { cellDelta, type RateCell } from '@tuoyu/domain';
import type { Insertable, Transaction } from 'kysely';
import type { Db } from '../../db';
import type { Database, HealthChildYearTable, HealthDueTable } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import { lookupHash } from '../../platform/crypto';
import { type Bilingual, msg, render } from '../../platform/i18n';
import { scopeOf } from '../../platform/scope';
import { todayInBeijing } from '../../platform/time';
import { describeIssue } from '../../platform/validation';
import type { ImportKindDef, ImportRun, RowError, SheetRow } from './imports';
import { healthRules, ledgerRows } from './ledger';
import { insertHealthChild } from './queries';
import { insertLedgerRows, registeredHashes } from './queries-imports';
import { applyCells } from './queries-ledger';
import { newChildRow, registrationProblems } from './register';

type Trx = Transaction<Database>;

interface Birth {
  row: number;
  body: RegisterHealthChildBody;
  certHash: string | null;
  idHash: string | null;
}

const SEX: Record<string, string> = { 男: 'male', 女: 'female' };

function bodyOf(c: string[]) {
  const [name, sex, birthDate, cert, rid, township, gName, gRelation, gMobile] = c;
  return {
    name,
    sex: SEX[sex ?? ''] ?? sex,
    birthDate,
    birthCertificateNo: cert || undefined,
    residentId: rid || undefined,
    townshipCode: township,
    guardians: [{ name: gName, relation: gRelation, mobile: gMobile }],
  };
}

const ALREADY: Record<'birthCertificateNo' | 'residentId', Bilingual> = {
  birthCertificateNo: msg('该出生医学证明编号已登记', 'This birth certificate number is already registered'),
  residentId: msg('该身份证号码已登记', 'This resident ID number is already registered'),
};

/** Rows whose number is on the register already (the check before and again inside the write). */
async function registered(db: Db, births: Birth[], lang: Lang, errors: RowError[]) {
  const certs = await registeredHashes(
    db,
    'birth_cert_hash',
    births.flatMap((b) => b.certHash ?? []),
  );
  const ids = await registeredHashes(
    db,
    'resident_id_hash',
    births.flatMap((b) => b.idHash ?? []),
  );
  for (const b of births) {
    if (b.certHash && certs.has(b.certHash))
      errors.push({
        row: b.row,
        path: 'birthCertificateNo',
        message: render(ALREADY.birthCertificateNo, lang),
      });
    else if (b.idHash && ids.has(b.idHash))
      errors.push({ row: b.row, path: 'residentId', message: render(ALREADY.residentId, lang) });
  }
}

type Lang = ImportRun['lang'];

async function check(run: ImportRun, rows: SheetRow[], errors: RowError[]): Promise<Birth[]> {
  const { ctx, lang } = run;
  const scope = scopeOf(run.caller);
  const today = todayInBeijing();
  const births: Birth[] = [];
  const seen = new Map<string, number>();
  const sameAs = (row: number, path: string, key: string | null) => {
    if (!key) return;
    const first = seen.get(key);
    if (first)
      errors.push({ row, path, message: lang === 'zh' ? `与第 ${first} 行重复` : `Same as row ${first}` });
    else seen.set(key, row);
  };
  let checked = 0;
  for (const { row, cells } of rows) {
    const parsed = RegisterHealthChildBody.safeParse(bodyOf(cells), { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ row, ...describeIssue(issue, lang, 'row') });
    } else {
      const body = parsed.data;
      for (const p of await registrationProblems(ctx.db, scope, body, today))
        errors.push({ row, path: p.path, message: render(p.message, lang) });
      const certHash = body.birthCertificateNo ? lookupHash(ctx.keys, body.birthCertificateNo) : null;
      const idHash = body.residentId ? lookupHash(ctx.keys, body.residentId) : null;
      sameAs(row, 'birthCertificateNo', certHash && `c:${certHash}`);
      sameAs(row, 'residentId', idHash && `r:${idHash}`);
      births.push({ row, body, certHash, idHash });
    }
    await run.progress(++checked);
  }
  await registered(ctx.db, births, lang, errors);
  return births;
}

async function write(trx: Trx, run: ImportRun, actor: AuditActor, births: Birth[], errors: RowError[]) {
  // Registered by someone else since the check: refuse the file as the check would have.
  await registered(trx, births, run.lang, errors);
  if (errors.length) return 0;
  const rules = await healthRules(trx);
  // A new child has no check-ups: its ledger rows are what refreshLedger would write (the same
  // ledgerRows), kept on the child's insert and written for the whole file in batches.
  const dues: Insertable<HealthDueTable>[] = [];
  const years: Insertable<HealthChildYearTable>[] = [];
  const cells: RateCell[] = [];
  for (const b of births) {
    const { row, mobileHashes } = newChildRow(run.ctx, b.body, run.caller.id);
    const input = { divisionCode: row.division_code, birthDate: row.birth_date, active: true, checkups: [] };
    const ledger = ledgerRows(0, input, rules);
    const id = await insertHealthChild(
      trx,
      { ...row, ledger_cells: JSON.stringify(ledger.cells), newborn_visited: ledger.newbornVisited ? 1 : 0 },
      mobileHashes,
    );
    for (const d of ledger.dues) dues.push({ ...d, child_id: id });
    for (const y of ledger.years) years.push({ ...y, child_id: id });
    cells.push(...ledger.cells);
  }
  await insertLedgerRows(trx, dues, years);
  // cellDelta from nothing sums the cells by key: one upsert row per (year, township, day).
  await applyCells(trx, cellDelta([], cells));
  await recordAudit(trx, run.ctx.keys, actor, {
    action: 'health_child.import',
    entityType: 'health_import',
    entityId: run.id,
    divisionCode: run.caller.divisionCode,
    changes: { kind: 'births', count: births.length },
  });
  return births.length;
}

export const BIRTHS: ImportKindDef<Birth> = {
  sheet: '出生登记',
  headers: [
    '姓名',
    '性别',
    '出生日期',
    '出生医学证明编号',
    '身份证号码',
    '苏木乡镇(街道)代码',
    '监护人姓名',
    '监护人关系',
    '监护人手机',
  ],
  example: ['王小宝', '男', '2026-03-01', 'Q150123456', '', '150802004', '王丽', '母亲', '13804781234'],
  notes: [
    '性别：男 或 女。',
    '出生医学证明编号：1 个字母加 9 位数字；身份证号码可不填。',
    '苏木乡镇(街道)代码：9 位统计用区划代码，须在您的辖区内。',
    '同一出生医学证明编号或身份证号码已登记、或在文件中重复出现时，整个文件不导入。',
  ],
  check,
  write,
};
