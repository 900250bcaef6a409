/**
 * What free text may contain before it is stored, shown or hashed.
 *
 * - Well-formed UTF-16 (The Unicode Standard, ch. 3, D91): a lone surrogate cannot be encoded as
 *   UTF-8, so each database silently stores U+FFFD instead and the stored value no longer matches
 *   what was checked or hashed.
 * - No control characters (ISO/IEC 6429 C0 U+0000–001F, DEL U+007F, C1 U+0080–009F): they corrupt
 *   exports, logs and terminals; only line feed and tab in multi-line fields.
 * - No bidirectional embedding, override or isolate controls (UAX #9: U+202A–202E, U+2066–2069):
 *   they make text display in a different order than it is stored ("Trojan Source",
 *   CVE-2021-42574) — a name or a reason that reads one way and says another.
 * - Not made only of invisible characters (Default_Ignorable_Code_Point, format characters,
 *   white space, Hangul fillers, the blank Braille pattern): a name nobody can see is no name.
 */

export type TextFault = 'lone_surrogate' | 'control' | 'bidi_control' | 'invisible_only';

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const INVISIBLE_ONLY =
  /^[\p{Default_Ignorable_Code_Point}\p{Cf}\p{White_Space}\u115F\u1160\u3164\uFFA0\u2800]+$/u;

/**
 * The first reason `value` may not be stored as free text, or null when it may.
 * `multiline` allows line feed and tab. An empty string is not a fault here (length rules are the
 * field's own).
 */
export function textFault(value: string, options: { multiline?: boolean } = {}): TextFault | null {
  if (LONE_SURROGATE.test(value)) return 'lone_surrogate';
  if ((options.multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(value)) return 'control';
  if (BIDI_CONTROL.test(value)) return 'bidi_control';
  if (INVISIBLE_ONLY.test(value)) return 'invisible_only';
  return null;
}

/** Whether `value` has a lone surrogate or a control character (for passwords and identifiers). */
export function hasUnsafeCharacters(value: string): boolean {
  return LONE_SURROGATE.test(value) || CONTROL_SINGLE_LINE.test(value);
}

/**
 * `value` as well-formed UTF-16: every lone surrogate replaced by U+FFFD, which is what UTF-8
 * storage makes of it anyway (String.prototype.toWellFormed, ES2024, spelled out for ES2023).
 */
export function toWellFormed(value: string): string {
  return value.replace(LONE_SURROGATES, '\uFFFD');
}
