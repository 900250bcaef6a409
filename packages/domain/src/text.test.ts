import { describe, expect, it } from 'vitest';
import { hasUnsafeCharacters, type TextFault, textFault, toWellFormed } from './text';

describe('free text that may be stored (Unicode D91, ISO/IEC 6429, UAX #9)', () => {
  it.each([
    ['Chinese name', '张三'],
    ['name with middle dot', '阿依古丽·买买提'],
    ['address with digits and hyphen', '临河区新华街 12-3 号'],
    ['emoji pair (well-formed surrogates)', '宝宝 👶'],
    ['ZWJ emoji sequence', '👨‍👩‍👧'],
    ['decomposed accent (normalised later, not a fault)', 'Jose\u0301'],
    ['zero-width space inside visible text', '张\u200B三'],
    ['left-to-right mark (not an override)', 'abc\u200E'],
    ['empty string (length is the field’s rule)', ''],
  ])('accepts %s', (_label, value) => {
    expect(textFault(value)).toBeNull();
  });

  it.each<[string, string, TextFault]>([
    ['lone high surrogate', '\uD800', 'lone_surrogate'],
    ['lone low surrogate', 'a\uDC00b', 'lone_surrogate'],
    ['reversed surrogate pair', '\uDC00\uD800', 'lone_surrogate'],
    ['NUL (C0)', 'a\u0000b', 'control'],
    ['escape (C0)', '\u001B[31m', 'control'],
    ['bell (C0)', 'a\u0007', 'control'],
    ['carriage return (C0)', 'a\rb', 'control'],
    ['line feed in a single-line field', 'a\nb', 'control'],
    ['tab in a single-line field', 'a\tb', 'control'],
    ['DEL', 'a\u007F', 'control'],
    ['next line (C1)', 'a\u0085b', 'control'],
    ['CSI (C1)', '\u009B', 'control'],
    ['left-to-right embedding U+202A', 'a\u202Ab', 'bidi_control'],
    ['right-to-left override U+202E', '\u202Ecod.exe', 'bidi_control'],
    ['pop directional formatting U+202C', 'a\u202C', 'bidi_control'],
    ['left-to-right isolate U+2066', '\u2066a', 'bidi_control'],
    ['first strong isolate U+2068', '\u2068a', 'bidi_control'],
    ['pop directional isolate U+2069', 'a\u2069', 'bidi_control'],
    ['only zero-width spaces', '\u200B\u200B', 'invisible_only'],
    ['only zero-width joiner and non-joiner', '\u200D\u200C', 'invisible_only'],
    ['only byte order mark', '\uFEFF', 'invisible_only'],
    ['only word joiner and soft hyphen', '\u2060\u00AD', 'invisible_only'],
    ['only ideographic space', '\u3000', 'invisible_only'],
    ['only no-break spaces', '\u00A0\u202F', 'invisible_only'],
    ['only Hangul fillers', '\u3164\u115F', 'invisible_only'],
    ['only blank Braille pattern', '\u2800', 'invisible_only'],
    ['only a variation selector', '\uFE0F', 'invisible_only'],
    ['only plain spaces', '   ', 'invisible_only'],
  ])('refuses %s', (_label, value, fault) => {
    expect(textFault(value)).toBe(fault);
  });

  it.each([
    ['line feed', '第一行\n第二行'],
    ['tab', '项目\t说明'],
  ])('allows %s in a multi-line field', (_label, value) => {
    expect(textFault(value, { multiline: true })).toBeNull();
  });

  it.each([
    ['carriage return', 'a\rb'],
    ['vertical tab', 'a\u000Bb'],
    ['form feed', 'a\u000Cb'],
    ['NUL', 'a\u0000'],
  ])('still refuses %s in a multi-line field', (_label, value) => {
    expect(textFault(value, { multiline: true })).toBe('control');
  });

  it('refuses a multi-line value made only of line breaks and tabs as invisible', () => {
    expect(textFault('\n\t\n', { multiline: true })).toBe('invisible_only');
  });
});

describe('passwords and identifiers: only lone surrogates and controls are refused', () => {
  it.each([
    ['a normal password', 'Correct-Horse-9', false],
    ['spaces and symbols', ' p@ss word ', false],
    ['an emoji', 'Pass👶word1', false],
    ['a lone surrogate', 'pass\uD800word', true],
    ['a NUL', 'pass\u0000', true],
    ['a tab', 'pass\tword', true],
    ['a C1 control', 'pass\u0090', true],
  ])('%s → unsafe %s', (_label, value, unsafe) => {
    expect(hasUnsafeCharacters(value)).toBe(unsafe);
  });
});

describe('toWellFormed', () => {
  it.each([
    ['\uD800', '\uFFFD'],
    ['a\uDC00b', 'a\uFFFDb'],
    ['\uDC00\uD800', '\uFFFD\uFFFD'],
    ['👶', '👶'],
    ['张三', '张三'],
  ])('%j → %j', (input, expected) => {
    expect(toWellFormed(input)).toBe(expected);
  });

  it('gives what UTF-8 storage gives back', () => {
    for (const s of ['\uD800', 'x\uDFFFy', 'ok 👶', '\uDBFF\uDBFF']) {
      expect(toWellFormed(s)).toBe(Buffer.from(s, 'utf8').toString('utf8'));
    }
  });
});
