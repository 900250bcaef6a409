/** Excel columns of the incident list (the regulators' working list). */
import type { IncidentListItem } from '@tuoyu/contracts';
import { labelOf } from '@tuoyu/domain';
import type { Column } from '../../platform/excel';
import { beijingDateTime } from '../../platform/time';

export const incidentColumns: Column<IncidentListItem>[] = [
  { header: { zh: '编号', en: 'ID' }, width: 8, value: (r) => r.id },
  { header: { zh: '机构', en: 'Provider' }, width: 30, value: (r) => r.providerName },
  { header: { zh: '地区', en: 'Division' }, value: (r) => r.divisionName },
  { header: { zh: '类型', en: 'Type' }, value: (r, l) => labelOf('incidentType', r.type, l) },
  { header: { zh: '严重程度', en: 'Severity' }, value: (r, l) => labelOf('incidentSeverity', r.severity, l) },
  {
    header: { zh: '发生时间', en: 'Occurred (Beijing)' },
    width: 18,
    value: (r) => beijingDateTime(r.occurredAt),
  },
  {
    header: { zh: '报告时间', en: 'Reported (Beijing)' },
    width: 18,
    value: (r) => beijingDateTime(r.reportedAt),
  },
  { header: { zh: '迟报', en: 'Late' }, value: (r, l) => (r.late ? (l === 'zh' ? '是' : 'yes') : '') },
  { header: { zh: '涉及幼儿', en: 'Children' }, value: (r) => r.childCount },
  { header: { zh: '状态', en: 'Status' }, value: (r, l) => labelOf('incidentStatus', r.status, l) },
  {
    header: { zh: '预警确认', en: 'Alert acknowledged' },
    width: 18,
    value: (r) => (r.alert ? (r.acknowledgedAt ? beijingDateTime(r.acknowledgedAt) : '未确认') : ''),
  },
];
