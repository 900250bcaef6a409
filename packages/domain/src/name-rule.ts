/**
 * Name rule for registered providers — Bayannur plan 巴政办发〔2021〕20号 (四)1: "托育机构申请登记的
 * 名称中包含“托育”字样，并注明全日托、半日托、计时托或者临时托等"; family care point names must
 * contain 「托育」 too (standards.md). The 4–60 character length bounds are the platform's own.
 */
import type { LocalizedText, ProviderKind, ServiceForm } from './provider-kinds';
import { SERVICE_FORM_NAMES, SERVICE_FORMS } from './provider-kinds';

/** Shortest accepted name in characters (platform figure: "托育中心" has 4). */
export const PROVIDER_NAME_MIN_LENGTH = 4;

/** Longest accepted name in characters (platform figure, room for long registered names). */
export const PROVIDER_NAME_MAX_LENGTH = 60;

export type NameProblem =
  | 'missing_tuoyu'
  | 'missing_service_form'
  | 'no_service_form_selected'
  | 'too_short'
  | 'too_long';

export interface NameCheck {
  ok: boolean;
  problems: NameProblem[];
}

/** Why each problem refuses the name, in both languages, naming its source. */
export const NAME_PROBLEM_MESSAGES: Readonly<Record<NameProblem, LocalizedText>> = {
  missing_tuoyu: {
    zh: '名称须包含“托育”字样（巴政办发〔2021〕20号 (四)1）',
    en: 'The name must contain 托育 (Bayannur plan 巴政办发〔2021〕20号 (四)1)',
  },
  missing_service_form: {
    zh: '名称须注明服务形式：全日托、半日托、计时托或临时托（巴政办发〔2021〕20号 (四)1）',
    en: 'The name must state the service form: 全日托, 半日托, 计时托 or 临时托 (Bayannur plan 巴政办发〔2021〕20号 (四)1)',
  },
  no_service_form_selected: {
    zh: '请至少选择一种服务形式（巴政办发〔2021〕20号 (四)1 要求注明服务形式）',
    en: 'Select at least one service form (Bayannur plan 巴政办发〔2021〕20号 (四)1 requires it to be stated)',
  },
  too_short: {
    zh: `名称过短，至少 ${PROVIDER_NAME_MIN_LENGTH} 个字（平台规定，须为登记的完整名称）`,
    en: `The name is too short: at least ${PROVIDER_NAME_MIN_LENGTH} characters (platform rule: the full registered name)`,
  },
  too_long: {
    zh: `名称过长，最多 ${PROVIDER_NAME_MAX_LENGTH} 个字（平台规定）`,
    en: `The name is too long: at most ${PROVIDER_NAME_MAX_LENGTH} characters (platform rule)`,
  },
};

/** Kinds that register as institutions and so must state the service form in the name. */
const STATES_SERVICE_FORM: ReadonlySet<ProviderKind> = new Set(['institution', 'employer', 'medical']);

/** Kinds whose name must contain 托育; kindergarten classes carry the kindergarten's name. */
const NEEDS_TUOYU: ReadonlySet<ProviderKind> = new Set([
  'institution',
  'employer',
  'medical',
  'family_point',
]);

/**
 * Checks a provider's registered name against 巴政办发〔2021〕20号 (四)1:
 * institutions (`institution`, `employer`, `medical`) need 「托育」 and at least one of
 * 全日托/半日托/计时托/临时托 in the name; family care points need 「托育」 only; kindergarten
 * toddler classes are exempt from both because they are named after their kindergarten. Every kind
 * must select at least one service form, and the name is 4–60 characters (Unicode code points).
 * The name is checked as given: trim it before calling.
 */
export function checkProviderName(
  name: string,
  kind: ProviderKind,
  serviceForms: readonly ServiceForm[],
): NameCheck {
  const problems: NameProblem[] = [];
  if (NEEDS_TUOYU.has(kind) && !name.includes('托育')) problems.push('missing_tuoyu');
  if (STATES_SERVICE_FORM.has(kind) && !SERVICE_FORMS.some((f) => name.includes(SERVICE_FORM_NAMES[f].zh))) {
    problems.push('missing_service_form');
  }
  if (serviceForms.length === 0) problems.push('no_service_form_selected');
  // Count code points so a rare character outside the BMP counts as one.
  const length = [...name].length;
  if (length < PROVIDER_NAME_MIN_LENGTH) problems.push('too_short');
  if (length > PROVIDER_NAME_MAX_LENGTH) problems.push('too_long');
  return { ok: problems.length === 0, problems };
}
