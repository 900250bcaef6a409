import type { InspectionListItem } from '@tuoyu/contracts';
import { labelOf } from '@tuoyu/domain';
import type { Column } from '../../platform/excel';

const yes = (b: boolean, lang: 'zh' | 'en') => (b ? (lang === 'zh' ? '是' : 'yes') : '');

export const inspectionColumns: Column<InspectionListItem>[] = [
  { header: { zh: '编号', en: 'No.' }, width: 8, value: (r) => r.id },
  { header: { zh: '机构', en: 'Provider' }, width: 28, value: (r) => r.providerName },
  { header: { zh: '辖区', en: 'Division' }, value: (r) => r.divisionName },
  { header: { zh: '类型', en: 'Kind' }, value: (r, l) => labelOf('inspectionKind', r.kind, l) },
  { header: { zh: '检查表', en: 'Checklist' }, width: 24, value: (r) => r.checklistName },
  { header: { zh: '检查人员', en: 'Inspectors' }, width: 28, value: (r) => r.inspectorNames.join('、') },
  { header: { zh: '完成期限', en: 'Due by' }, value: (r) => r.dueBy },
  { header: { zh: '状态', en: 'Status' }, value: (r, l) => labelOf('inspectionStatus', r.status, l) },
  { header: { zh: '检查日期', en: 'Inspected on' }, value: (r) => r.inspectedOn },
  {
    header: { zh: '结果', en: 'Result' },
    value: (r, l) => (r.result ? labelOf('inspectionResult', r.result, l) : null),
  },
  { header: { zh: '不合格项', en: 'Failed items' }, value: (r) => r.failedCount },
  { header: { zh: '待整改', en: 'Open' }, value: (r) => r.openCount },
  { header: { zh: '待复核', en: 'To verify' }, value: (r) => r.rectifiedCount },
  { header: { zh: '公示期限', en: 'Publish by' }, value: (r) => r.publishDue },
  { header: { zh: '公示时间', en: 'Published' }, width: 22, value: (r) => r.publishedAt },
  { header: { zh: '逾期公示', en: 'Published late' }, value: (r, l) => yes(r.publishedLate, l) },
  { header: { zh: '逾期', en: 'Overdue' }, value: (r, l) => yes(r.overdue, l) },
];
