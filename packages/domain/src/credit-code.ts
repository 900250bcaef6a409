/**
 * 统一社会信用代码 — GB 32100-2015 (unified social credit code of legal persons and other
 * organisations).
 *
 * Layout: 1 registering-authority code, 1 entity-type code, 6-digit division code, 9-character
 * organisation code, 1 check character.
 */

/** The 31 code characters (GB 32100-2015); I, O, Z, S, V are left out to avoid confusion. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights 3^(i−1) mod 31 for positions i = 1..17 (GB 32100-2015). */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** 18 characters from the alphabet, positions 3–8 digits (division code). Uppercase only. */
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const PREFIX_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{17}$/;

/** Registering authority named by the first character, as the platform's unit codes use it. */
export type CreditCodeAuthority = 'bianban' | 'civil' | 'samr' | 'other';

/** Check character for 17 characters already known to be in the alphabet. */
function checkChar(prefix17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += ALPHABET.indexOf(prefix17.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Whether `s` is a valid 统一社会信用代码 under GB 32100-2015: 18 uppercase characters from
 * the code alphabet, characters 3–8 digits, and a correct MOD 31 check character.
 * Lowercase is rejected because the standard defines the code in uppercase.
 */
export function isValidCreditCode(s: string): boolean {
  if (!SHAPE.test(s)) return false;
  return checkChar(s.slice(0, 17)) === s.charAt(17);
}

/**
 * Registering authority from the first character of a 统一社会信用代码 (GB 32100-2015):
 * '1' 机构编制 (编办), '5' 民政, '9' 工商/市场监管; anything else is 'other'.
 */
export function creditCodeAuthority(s: string): CreditCodeAuthority {
  switch (s.charAt(0)) {
    case '1':
      return 'bianban';
    case '5':
      return 'civil';
    case '9':
      return 'samr';
    default:
      return 'other';
  }
}

/**
 * Appends the GB 32100-2015 check character to 17 code characters, for demo data and tests.
 * Only the alphabet and length are checked, not the division code, so tests can build codes
 * whose check character is right but whose layout is not.
 *
 * @throws RangeError when `prefix17` is not 17 uppercase alphabet characters.
 */
export function makeCreditCode(prefix17: string): string {
  if (!PREFIX_SHAPE.test(prefix17)) {
    throw new RangeError(`prefix17 must be 17 characters from ${ALPHABET}: ${prefix17}`);
  }
  return prefix17 + checkChar(prefix17);
}
