import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_CATEGORIES,
  CHECKLIST_RISKS,
  DEFAULT_CHECKLISTS,
  isInspectorRole,
  mayInspectIn,
} from './checklists';

// The roles contracts' access.ts declares as INSPECTORS (the domain does not import contracts).
const INSPECTOR_ROLES = ['city_regulator', 'county_regulator', 'department_officer'];

describe('standards.md Supervision — who may inspect (卫健, 消防, 公安, 市场监管; 进一次门、查多项事)', () => {
  it.each([
    ['health officer in his county', 'department_officer', 'health', '150802', '150802', true],
    ['fire officer in his county', 'department_officer', 'fire', '150802', '150802', true],
    ['police officer in his county', 'department_officer', 'police', '150821', '150821', true],
    ['samr officer in his county', 'department_officer', 'samr', '150802', '150802', true],
    ['health officer in another county', 'department_officer', 'health', '150802', '150821', false],
    [
      'civil-affairs officer (not an inspecting unit)',
      'department_officer',
      'civil',
      '150802',
      '150802',
      false,
    ],
    ['officer without unit', 'department_officer', null, '150802', '150802', false],
    ['county regulator in own county', 'county_regulator', 'health', '150802', '150802', true],
    ['county regulator elsewhere', 'county_regulator', 'health', '150802', '150822', false],
    ['city regulator anywhere in the city', 'city_regulator', 'health', '150800', '150821', true],
    ['city-level fire officer anywhere in the city', 'department_officer', 'fire', '150800', '150802', true],
    ['township officer', 'township_officer', null, '150802004', '150802', false],
    ['provider manager', 'provider_manager', null, '150802', '150802', false],
  ])('%s', (_n, role, unit, own, target, ok) => {
    expect(mayInspectIn({ role, unit, divisionCode: own }, target, INSPECTOR_ROLES)).toBe(ok);
  });

  it('inspector roles', () => {
    expect(isInspectorRole({ role: 'sysadmin', unit: null }, INSPECTOR_ROLES)).toBe(false);
    expect(isInspectorRole({ role: 'city_regulator', unit: null }, INSPECTOR_ROLES)).toBe(true);
  });
});

describe('default checklists built from standards.md (设置标准, 管理规范, WS/T 821, 食品安全法, 消防法)', () => {
  it('every item has a known category, a risk weight and a named legal basis', () => {
    for (const t of DEFAULT_CHECKLISTS) {
      expect(t.items.length).toBeGreaterThan(5);
      for (const i of t.items) {
        expect(CHECKLIST_CATEGORIES).toContain(i.category);
        expect(CHECKLIST_RISKS).toContain(i.risk);
        expect(i.legalBasis).toMatch(/《.+》|WS\/T/);
        expect(i.text.length).toBeLessThanOrEqual(500);
      }
    }
  });

  it('the general template covers every category and the key figures of the standards', () => {
    const general = DEFAULT_CHECKLISTS.find((t) => t.code === 'general');
    const cats = new Set(general?.items.map((i) => i.category));
    expect([...cats].sort()).toEqual([...CHECKLIST_CATEGORIES].sort());
    const all = general?.items.map((i) => i.text).join('\n') ?? '';
    for (const fact of ['1:3', '1:5', '1:7', '90 日', '三层', '3 平方米', '健康检查', '晨午检', '保安员证'])
      expect(all).toContain(fact);
  });

  it('codes are unique', () => {
    const codes = DEFAULT_CHECKLISTS.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
