import { ENUM_LABELS, type EnumName, type EnumValue } from '@tuoyu/domain';
import type { Lang } from './lang';

/**
 * Enum values' words come from the domain (`ENUM_LABELS`, the same the server's Excel files use),
 * never from a catalogue: each is a message `enum.<enum>.<value>`, so pages word them through
 * `t()` like any other string.
 */
export type EnumMessageKey = { [E in EnumName]: `enum.${E}.${EnumValue<E>}` }[EnumName];

/** The message key of one enum value: `t(enumKey('complaintStatus', s))`. */
export const enumKey = <E extends EnumName>(name: E, value: EnumValue<E>): EnumMessageKey =>
  `enum.${name}.${value}` as EnumMessageKey;

/** Every enum value's words in one language, as catalogue entries. */
export function enumMessages(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, values] of Object.entries(ENUM_LABELS)) {
    for (const [value, text] of Object.entries(values))
      out[`enum.${name}.${value}`] = text[lang === 'en' ? 'en' : 'zh'];
  }
  return out;
}
