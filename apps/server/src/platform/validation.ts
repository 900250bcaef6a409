/**
 * Request validation with the zod schemas of @tuoyu/contracts. Issues keep their input so that
 * the error handler can word them in the caller's language (zod's zh-CN and en locales).
 */
import type { FastifySchemaCompiler } from 'fastify';
import { type ZodType, z } from 'zod';
import type { Lang } from './i18n';

export class RequestValidationError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super('request validation failed');
  }
}

export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    return result.success
      ? { value: result.data }
      : { error: new RequestValidationError(result.error.issues) };
  };

const locales = { zh: z.locales.zhCN(), en: z.locales.en() };

/** One issue as `{path, message}` in the caller's language; never echoes the input back. */
export function describeIssue(
  issue: z.core.$ZodIssue,
  lang: Lang,
  context: string,
): { path: string; message: string } {
  const path = issue.path.length ? issue.path.map(String).join('.') : context;
  // A custom check that carries its own words in both languages (the text rules of contracts).
  const own =
    issue.code === 'custom'
      ? (issue.params as Partial<Record<Lang, unknown>> | undefined)?.[lang]
      : undefined;
  if (typeof own === 'string') return { path, message: own };
  // An issue as parse reported it is the raw issue the locale maps read (with its input: reportInput).
  const worded = locales[lang].localeError(issue as z.core.$ZodRawIssue);
  const message = typeof worded === 'string' ? worded : (worded?.message ?? issue.message);
  return { path, message };
}
