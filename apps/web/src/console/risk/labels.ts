import type { RiskReasonCode, RiskTier } from '@tuoyu/domain';
import { enumKey } from '../../shared/i18n';

export const TIER_COLOR: Record<RiskTier, string> = { high: '#cf1322', normal: '#d48806', low: '#389e0d' };
export const TIER_TAG: Record<RiskTier, string> = { high: 'error', normal: 'warning', low: 'success' };
export const tierLabel = (tier: RiskTier) => enumKey('riskTier', tier);
export const reasonLabel = (code: RiskReasonCode) => enumKey('riskReason', code);
