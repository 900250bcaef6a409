import { describe, expect, it } from 'vitest';
import { divisionPrefix, isInScope, scopeOf } from './scope';

describe('division prefixes (GB/T 2260 codes nest by prefix)', () => {
  it.each([
    ['150800', '1508'],
    ['150802', '150802'],
    ['150000', '15'],
    ['150802004', '150802004'],
  ])('%s → %s', (code, prefix) => expect(divisionPrefix(code)).toBe(prefix));
});

describe('isInScope', () => {
  const linhe = scopeOf({ role: 'county_regulator', divisionCode: '150802', unit: 'health' });
  const city = scopeOf({ role: 'city_regulator', divisionCode: '150800', unit: 'health' });
  it.each([
    [linhe, '150802', true],
    [linhe, '150802004', true],
    [linhe, '150821', false],
    [linhe, '150800', false],
    [linhe, null, false],
    [city, '150826100', true],
    [city, '150900', false],
  ])('%o sees %s: %s', (scope, code, expected) => expect(isInScope(scope, code)).toBe(expected));
});
