import { describe, expect, it } from 'vitest';
import { ENUM_LABELS, labelOf } from './labels';

describe('enum labels: one wording per value for the console, the public site and Excel', () => {
  it('labels a value in either language', () => {
    expect(labelOf('filingStatus', 'filed', 'zh')).toBe('已备案');
    expect(labelOf('filingStatus', 'filed', 'en')).toBe('Filed');
    expect(labelOf('incidentSeverity', 'critical', 'zh')).toBe('严重');
  });
  it('gives every label in both languages', () => {
    for (const names of Object.values(ENUM_LABELS))
      for (const label of Object.values(names)) {
        expect(label.zh).not.toBe('');
        expect(label.en).not.toBe('');
      }
  });
});
