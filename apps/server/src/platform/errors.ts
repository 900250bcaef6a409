/** The one error type of the server. Services throw it; the error handler turns it into problem+json. */
import type { Bilingual } from './i18n';
import { ERRORS, type ErrorCode } from './messages';

export interface FieldError {
  path: string;
  message: Bilingual;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldError[] = [],
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.status = ERRORS[code].status;
  }
}

/** A 404 that also covers "exists but outside your jurisdiction": never reveal what you cannot see. */
export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');

/** 400 with one or more field errors. */
export const invalid = (...fields: FieldError[]) => new AppError('request.invalid', {}, fields);

/** 422: a business or standards rule is broken; `reason` says which, in both languages. */
export const ruleBroken = (reason: Bilingual, fields: FieldError[] = []) =>
  new AppError('rule.violated', { reasonZh: reason.zh, reasonEn: reason.en }, fields);

export const conflict = (reason: Bilingual) =>
  new AppError('conflict', { reasonZh: reason.zh, reasonEn: reason.en });

/** A unique index refused the row (PostgreSQL 23505; SQLite SQLITE_CONSTRAINT_UNIQUE). */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
