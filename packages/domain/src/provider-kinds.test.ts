import { describe, expect, it } from 'vitest';
import { creditCodeAuthority } from './credit-code';
import {
  CLASS_TYPE_NAMES,
  CLASS_TYPES,
  FEE_UNIT_NAMES,
  FEE_UNITS,
  LEGAL_FORM_NAMES,
  LEGAL_FORMS,
  legalFormForCreditCode,
  PROVIDER_KIND_NAMES,
  PROVIDER_KINDS,
  registeringUnitFor,
  SERVICE_FORM_NAMES,
  SERVICE_FORMS,
} from './provider-kinds';

describe('托育机构登记和备案办法（试行） / 巴政办发〔2021〕20号 (四)1 — provider value lists', () => {
  describe('registeringUnitFor', () => {
    it.each([
      ['public_institution', 'bianban'],
      ['social_service', 'civil'],
      ['enterprise', 'samr'],
    ] as const)('%s is registered by %s', (form, unit) => {
      expect(registeringUnitFor(form)).toBe(unit);
    });
  });

  describe('legalFormForCreditCode (GB 32100-2015 first character)', () => {
    it.each([
      ['12150800000000000D', 'public_institution'],
      ['11150802000000000D', 'public_institution'],
      ['52150800MJY123456W', 'social_service'],
      ['91350100M000100Y43', 'enterprise'],
      ['9', 'enterprise'],
      ['Y1150800000000000J', null],
      ['21150800000000000X', null],
      ['', null],
    ])('%s → %s', (code, form) => {
      expect(legalFormForCreditCode(code)).toBe(form);
    });

    it.each(['12150800000000000D', '52150800MJY123456W', '91350100M000100Y43'])(
      'the legal form of %s is registered by the authority its first character names',
      (code) => {
        const form = legalFormForCreditCode(code);
        expect(form).not.toBeNull();
        if (form) expect(registeringUnitFor(form)).toBe(creditCodeAuthority(code));
      },
    );
  });

  describe('Chinese names', () => {
    it.each([
      ['full_day', '全日托'],
      ['half_day', '半日托'],
      ['hourly', '计时托'],
      ['temporary', '临时托'],
    ] as const)('service form %s is %s', (form, zh) => {
      expect(SERVICE_FORM_NAMES[form].zh).toBe(zh);
    });

    it.each([
      ['infant', '乳儿班'],
      ['toddler_young', '托小班'],
      ['toddler_older', '托大班'],
      ['mixed', '混合编班'],
      ['family', '家庭托育点'],
    ] as const)('class type %s is %s', (type, zh) => {
      expect(CLASS_TYPE_NAMES[type].zh).toBe(zh);
    });

    it.each([
      ['provider kinds', PROVIDER_KINDS, PROVIDER_KIND_NAMES],
      ['legal forms', LEGAL_FORMS, LEGAL_FORM_NAMES],
      ['service forms', SERVICE_FORMS, SERVICE_FORM_NAMES],
      ['class types', CLASS_TYPES, CLASS_TYPE_NAMES],
      ['fee units', FEE_UNITS, FEE_UNIT_NAMES],
    ] as const)('%s: every value has a zh and en name, and no name is left over', (_label, values, names) => {
      expect(Object.keys(names).sort()).toEqual([...values].sort());
      for (const name of Object.values(names) as { zh: string; en: string }[]) {
        expect(name.zh).not.toBe('');
        expect(name.en).not.toBe('');
      }
    });
  });
});
