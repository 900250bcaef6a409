import type { FilingStatus } from '@tuoyu/contracts';
import {
  beijingDate,
  CLASS_TYPE_NAMES,
  type ClassType,
  FEE_UNIT_NAMES,
  type FeeUnit,
  formatYuan,
  type LocalizedText,
} from '@tuoyu/domain';

import dayjs from 'dayjs';
import { useCallback } from 'react';
import { type Lang, useLang } from '../../shared/i18n';
import './providers.css';

/** Picks the current language's text of a domain name (PROVIDER_KIND_NAMES, CLASS_TYPE_NAMES …). */
export function useLocalized(): (text: LocalizedText) => string {
  const lang = useLang();
  return useCallback((text: LocalizedText) => (lang === 'en' ? text.en : text.zh), [lang]);
}

/** Tag colours of the filing states: under review blue, returned orange, filed green, stopped red/grey. */
export const FILING_STATUS_COLOR: Readonly<Record<FilingStatus, string>> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  filed: 'success',
  change_submitted: 'processing',
  suspended: 'error',
  deregistered: 'default',
};

/** `¥1,680.00/月` (UX.md money convention). */
export function formatFee(amountFen: number, unit: FeeUnit, lang: Lang): string {
  const name = FEE_UNIT_NAMES[unit];
  return `${formatYuan(amountFen)}/${lang === 'en' ? name.en : name.zh}`;
}

export const classTypeName = (type: ClassType, lang: Lang) =>
  lang === 'en' ? CLASS_TYPE_NAMES[type].en : CLASS_TYPE_NAMES[type].zh;

/** `2026-11-29` — dates in tables (UX.md); an instant's date is its Beijing date. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return iso.length === 10 ? iso : beijingDate(iso);
}

/** `2026年11月29日` in documents (UX.md); `29 November 2026` in English. */
export function formatDocumentDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const d = dayjs(formatDate(iso));
  return lang === 'en' ? d.format('D MMMM YYYY') : `${d.year()}年${d.month() + 1}月${d.date()}日`;
}

/** A filing is under review: the 5-working-day clock runs (登记和备案办法). */
export const isUnderReview = (status: FilingStatus) =>
  status === 'submitted' || status === 'change_submitted';
