import type { FilingList } from '@tuoyu/contracts';
import { labelOf } from '@tuoyu/domain';
import type { Column } from '../../platform/excel';

type Item = FilingList['items'][number];

export const filingColumns: Column<Item>[] = [
  { header: { zh: '机构名称', en: 'Provider' }, width: 36, value: (i) => i.providerName },
  { header: { zh: '机构类型', en: 'Kind' }, value: (i, lang) => labelOf('providerKind', i.kind, lang) },
  { header: { zh: '旗县区', en: 'County' }, value: (i) => i.divisionName },
  { header: { zh: '状态', en: 'Status' }, value: (i, lang) => labelOf('filingStatus', i.status, lang) },
  { header: { zh: '备案编号', en: 'Filing number' }, width: 20, value: (i) => i.filingNumber },
  { header: { zh: '版本', en: 'Version' }, width: 8, value: (i) => i.version },
  { header: { zh: '提交时间', en: 'Submitted' }, width: 22, value: (i) => i.submittedAt },
  { header: { zh: '办理期限', en: 'Due' }, value: (i) => i.dueDate },
  { header: { zh: '剩余工作日', en: 'Working days left' }, value: (i) => i.remainingWorkingDays },
  {
    header: { zh: '逾期', en: 'Overdue' },
    width: 8,
    value: (i, lang) => (i.overdue ? (lang === 'zh' ? '是' : 'yes') : ''),
  },
];
