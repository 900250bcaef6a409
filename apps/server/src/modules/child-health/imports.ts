/**
 * Excel imports of the register (issue 11): births from the 出生医学证明 export and check-ups from
 * the MCH system's. The file is read and checked for file-level problems in the request (400);
 * the rows are checked in the background exactly as one registration or one check-up is, with
 * progress kept on health_imports, and written in one transaction only when every row is right.
 */
import type { HealthImport, HealthImportKind } from '@tuoyu/contracts';
import ExcelJS from 'exceljs';
import type { FastifyBaseLogger } from 'fastify';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { AuditActor } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { AppError, invalid, notFound } from '../../platform/errors';
import { cellText, readWorkbook } from '../../platform/excel';
import { type Lang, msg, render } from '../../platform/i18n';
import { nowIso } from '../../platform/time';
import { BIRTHS } from './imports-births';
import { CHECKUPS } from './imports-checkups';
import { insertImport, ownImport, updateImport } from './queries-imports';

type Trx = Transaction<Database>;

/** A data row of the sheet: its Excel row number and its cells as typed, in the template's order. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export interface RowError {
  row: number;
  path: string;
  message: string;
}

export interface ImportRun {
  /** The health_imports row. */
  id: number;
  ctx: AppContext;
  caller: SessionUser;
  lang: Lang;
  /** Called after each row checked; stores the progress every PROGRESS_EVERY rows. */
  progress: (checked: number) => Promise<void>;
}

/** One kind of import: its template and how its rows are checked and written. */
export interface ImportKindDef<T> {
  sheet: string;
  headers: string[];
  example: string[];
  notes: string[];
  check(run: ImportRun, rows: SheetRow[], errors: RowError[]): Promise<T[]>;
  /** Writes every checked row inside the transaction (re-checking what may have changed since). */
  write(trx: Trx, run: ImportRun, actor: AuditActor, items: T[], errors: RowError[]): Promise<number>;
}

const KINDS: Record<HealthImportKind, ImportKindDef<unknown>> = {
  births: BIRTHS as ImportKindDef<unknown>,
  checkups: CHECKUPS as ImportKindDef<unknown>,
};

export const MAX_IMPORT_ROWS = 50_000;
const PROGRESS_EVERY = 500;
const MAX_ERRORS = 500;

export async function importTemplate(kind: HealthImportKind): Promise<Buffer> {
  const def = KINDS[kind];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(def.sheet);
  ws.columns = def.headers.map((h) => ({ header: h, width: h.length > 5 ? 22 : 14 }));
  ws.getRow(1).font = { bold: true };
  ws.addRow(def.example);
  wb.addWorksheet('填写说明').addRows([
    ['第 2 行是示例，导入前请删除或替换。'],
    ...def.notes.map((n) => [n]),
    ['日期格式：2026-03-15。有一行出错则整个文件不导入，请按错误清单修改后重新上传。'],
    [`每个文件最多 ${MAX_IMPORT_ROWS} 行。`],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The first sheet's non-empty data rows, or a 400 naming the file's problem. */
async function sheetRows(file: Buffer, width: number): Promise<SheetRow[]> {
  let wb: ExcelJS.Workbook;
  try {
    wb = await readWorkbook(file);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    throw invalid({
      path: 'file',
      message: {
        zh: '无法读取该文件，请使用下载的 Excel 模板（.xlsx）',
        en: 'Cannot read the file: use the downloaded Excel template (.xlsx)',
      },
    });
  }
  const rows: SheetRow[] = [];
  wb.worksheets[0]?.eachRow((r, n) => {
    if (n === 1) return;
    const cells = Array.from({ length: width }, (_, i) => cellText(r.getCell(i + 1).value));
    if (cells.some((c) => c !== '')) rows.push({ row: n, cells });
  });
  if (rows.length === 0)
    throw invalid({ path: 'file', message: { zh: '文件中没有数据行', en: 'The file has no data rows' } });
  if (rows.length > MAX_IMPORT_ROWS)
    throw invalid({
      path: 'file',
      message: {
        zh: `每个文件最多 ${MAX_IMPORT_ROWS} 行，请分成多个文件导入`,
        en: `At most ${MAX_IMPORT_ROWS} rows per file; split it into several files`,
      },
    });
  return rows;
}

type ImportRow = NonNullable<Awaited<ReturnType<typeof ownImport>>>;

const toView = (r: ImportRow): HealthImport => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  total: r.total,
  processed: r.processed,
  imported: r.imported,
  errors: JSON.parse(r.errors) as HealthImport['errors'],
  startedAt: r.started_at,
  finishedAt: r.finished_at,
});

/** No import runs this long (50,000 rows take about a minute): one still running was cut off. */
const STALE_AFTER_MS = 30 * 60_000;

export async function getImport(
  ctx: AppContext,
  caller: SessionUser,
  id: number,
  lang: Lang,
): Promise<HealthImport> {
  const row = await ownImport(ctx.db, id, caller.id);
  if (!row) throw notFound();
  if (row.status === 'running' && Date.now() - Date.parse(row.started_at) > STALE_AFTER_MS) {
    // The server stopped mid-import (nothing was written: the rows go in one transaction at the end).
    const errors = JSON.stringify([{ row: 0, path: 'file', message: render(CUT_OFF, lang) }]);
    const finished = nowIso();
    await updateImport(ctx.db, id, { status: 'failed', errors, finished_at: finished });
    return toView({ ...row, status: 'failed', errors, finished_at: finished });
  }
  return toView(row);
}

const CUT_OFF = msg(
  '导入被中断（服务器重启），没有写入任何数据，请重新导入该文件',
  'The import was cut off (the server restarted); nothing was written — import the file again',
);

/** Reads the file and answers at once (202); the rows are checked and written in the background. */
export async function startImport(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  kind: HealthImportKind,
  file: Buffer,
  lang: Lang,
  log: FastifyBaseLogger,
): Promise<HealthImport> {
  const rows = await sheetRows(file, KINDS[kind].headers.length);
  const id = await insertImport(ctx.db, kind, caller.id, rows.length, nowIso());
  // Read before the background run starts: a small file may already be finished by the time a
  // later read happens, and the 202 answers what was accepted — a running import.
  const accepted = await getImport(ctx, caller, id, lang);
  const started = Date.now();
  void runImport(ctx, caller, actor, kind, id, rows, lang).then(
    (outcome) =>
      log.info({ importId: id, kind, rows: rows.length, outcome, ms: Date.now() - started }, 'health import'),
    async (err: unknown) => {
      log.error({ err, importId: id, kind }, 'health import failed');
      const generic =
        lang === 'zh'
          ? '导入时发生意外错误，未写入任何数据，请稍后重试'
          : 'The import failed unexpectedly; nothing was written. Try again later';
      await updateImport(ctx.db, id, {
        status: 'failed',
        errors: JSON.stringify([{ row: 0, path: 'file', message: generic }]),
        finished_at: nowIso(),
      }).catch((e: unknown) => log.error({ err: e, importId: id }, 'health import status not saved'));
    },
  );
  return accepted;
}

async function runImport(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  kind: HealthImportKind,
  id: number,
  rows: SheetRow[],
  lang: Lang,
) {
  const def = KINDS[kind];
  const run: ImportRun = {
    id,
    ctx,
    caller,
    lang,
    progress: async (checked) => {
      if (checked % PROGRESS_EVERY === 0) await updateImport(ctx.db, id, { processed: checked });
    },
  };
  const errors: RowError[] = [];
  const items = await def.check(run, rows, errors);
  const fail = async () => {
    errors.sort((a, b) => a.row - b.row);
    await updateImport(ctx.db, id, {
      status: 'failed',
      processed: rows.length,
      errors: JSON.stringify(errors.slice(0, MAX_ERRORS)),
      finished_at: nowIso(),
    });
    return 'failed' as const;
  };
  if (errors.length) return fail();
  // The transaction rolls back when a re-check inside it finds a row gone wrong meanwhile.
  const rolledBack = new Error('rows changed meanwhile');
  let imported = 0;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      imported = await def.write(trx, run, actor, items, errors);
      if (errors.length) throw rolledBack;
      await updateImport(trx, id, {
        status: 'done',
        processed: rows.length,
        imported,
        finished_at: nowIso(),
      });
    });
  } catch (err) {
    if (err !== rolledBack) throw err;
    return fail();
  }
  return 'done' as const;
}
