import type { HealthIndicator } from '@tuoyu/contracts';
import type { Translate } from '../../shared/i18n';

/**
 * The rule I-2 was computed by, in plain words: the reporting period, the ages counted, and the
 * window in which a check-up satisfies its due date (±N days, or from the date to N−1 days after).
 */
export function ruleText(t: Translate, data: Pick<HealthIndicator, 'rule' | 'period'>): string {
  const { rule, period } = data;
  const window =
    rule.windowMode === 'after'
      ? t('ch.rule.after', { last: rule.windowDays - 1 })
      : t('ch.rule.around', { days: rule.windowDays });
  return t('ch.rule.text', {
    from: period.from,
    to: period.to,
    ages: rule.scheduleAges.join('、'),
    window,
  });
}
