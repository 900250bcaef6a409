import { hasUnsafeCharacters, type TextFault, textFault } from '@tuoyu/domain';
import { z } from 'zod';

/**
 * Why a text was refused, in both languages. The server reads `params.zh` / `params.en` of a
 * custom issue to word it (zod's own locales only know "invalid input").
 */
export const TEXT_FAULT_MESSAGES: Record<TextFault | 'unsafe', { zh: string; en: string }> = {
  lone_surrogate: {
    zh: '含有无法保存的字符（不完整的 Unicode 代理项），请重新输入',
    en: 'contains a character that cannot be stored (an unpaired Unicode surrogate); please retype it',
  },
  control: {
    zh: '不能包含控制字符（此处也不能换行或使用制表符）',
    en: 'must not contain control characters (nor line breaks or tabs here)',
  },
  bidi_control: {
    zh: '不能包含改变文字显示方向的控制字符（U+202A–202E、U+2066–2069）',
    en: 'must not contain bidirectional control characters (U+202A–202E, U+2066–2069)',
  },
  invisible_only: {
    zh: '不能只由空格或不可见字符组成',
    en: 'must not consist only of spaces or invisible characters',
  },
  unsafe: {
    zh: '不能包含控制字符或不完整的 Unicode 代理项',
    en: 'must not contain control characters or unpaired Unicode surrogates',
  },
};

function faultIssue(fault: TextFault | 'unsafe', input: string) {
  const words = TEXT_FAULT_MESSAGES[fault];
  // One clear reason per field: later checks (length…) would only add noise.
  return { code: 'custom' as const, message: words.en, params: words, input, continue: false };
}

export interface TextOptions {
  /** Shortest length after trimming; 1 unless given (0 lets an optional field be sent empty). */
  min?: number;
  /** Allows line feeds and tabs; CRLF and CR arrive as LF. */
  multiline?: boolean;
}

/**
 * Free text as it may be stored, shown and hashed (packages/domain `textFault`): well-formed,
 * without control or bidirectional control characters, Unicode NFC, trimmed, not only invisible
 * characters, `min`..`max` characters. Every name, note, reason, address and search field uses it.
 */
export function Text(max: number, options: TextOptions = {}) {
  const multiline = options.multiline ?? false;
  return z
    .string()
    .overwrite((s) => (multiline ? s.replace(/\r\n?/g, '\n') : s))
    .superRefine((s, ctx) => {
      const fault = textFault(s, { multiline });
      // Only-invisible is judged after trimming, below: "  " is simply empty.
      if (fault && fault !== 'invisible_only') ctx.addIssue(faultIssue(fault, s));
    })
    .normalize('NFC')
    .trim()
    .superRefine((s, ctx) => {
      if (s !== '' && textFault(s, { multiline }) === 'invisible_only')
        ctx.addIssue(faultIssue('invisible_only', s));
    })
    .min(options.min ?? 1)
    .max(max);
}

/** Multi-line free text (descriptions, reasons, notes): `Text` with line feeds and tabs. */
export function MultilineText(max: number, options: Omit<TextOptions, 'multiline'> = {}) {
  return Text(max, { ...options, multiline: true });
}

/**
 * A string taken exactly as typed, neither trimmed nor normalised (passwords: changing them would
 * change their hashes), that still refuses lone surrogates and control characters.
 */
export function ExactString(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .superRefine((s, ctx) => {
      if (hasUnsafeCharacters(s)) ctx.addIssue(faultIssue('unsafe', s));
    });
}

/** A GB/T 2260 division code: 6 digits (city, county) or 9 digits (township, NBS statistical code). */
export const DivisionCode = z
  .string()
  .regex(/^\d{6}(\d{3})?$/, { error: 'division code must be 6 or 9 digits' });

/** A calendar date written `YYYY-MM-DD` (a real one: no 2 月 30 日). */
export const IsoDate = z.iso.date();

/** An instant with its offset, as `2026-12-02T08:00:00Z` or `…+08:00`. */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** A boolean query parameter: `true` or `false`, nothing else. */
export const QueryFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

/**
 * The same flag on the routes the console and the tests still call with `1` / `0` (incidents'
 * `late`, preparedness' `overdue`, the blacklist's `current`, checklists' `history`): those accept
 * both spellings until their callers send `true` / `false` (docs/decisions.md 57).
 */
export const QueryFlagOr01 = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** `page` (from 1) and `pageSize` (1–100, 20 unless given) of every paged list. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** The list envelope of every paged endpoint. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** RFC 9457 problem details, as every error of the API is answered. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;

export const Ok = z.object({ ok: z.literal(true) });

export const IdParam = z.object({ id: z.coerce.number().int().positive() });

export type DivisionCode = z.infer<typeof DivisionCode>;
export type IsoDate = z.infer<typeof IsoDate>;
export type IsoDateTime = z.infer<typeof IsoDateTime>;
export type Ok = z.infer<typeof Ok>;
export type IdParam = z.infer<typeof IdParam>;

/** What a create answers when the new row's id is all the caller needs. */
export const Created = z.object({ id: z.number().int() });
export type Created = z.infer<typeof Created>;
