import type { ChecklistCategory, ChecklistRisk } from '@tuoyu/domain';
import type { MessageKey } from '../../shared/i18n';

export const CATEGORY_KEYS: Record<ChecklistCategory, MessageKey> = {
  safety: 'plans.category.safety',
  fire: 'plans.category.fire',
  health: 'plans.category.health',
  food: 'plans.category.food',
  care: 'plans.category.care',
  management: 'plans.category.management',
};

export const RISK_KEYS: Record<ChecklistRisk, MessageKey> = {
  high: 'common.highRisk',
  medium: 'plans.risk.medium',
  low: 'plans.risk.low',
};

export const RISK_COLORS: Record<ChecklistRisk, string> = { high: 'red', medium: 'orange', low: 'green' };
