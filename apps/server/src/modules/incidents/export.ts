/** Excel columns of the incident list (the regulators' working list). */
import type { IncidentListItem } from '@tuoyu/contracts';
import { INCIDENT_SEVERITY_ZH, INCIDENT_TYPE_ZH } from '@tuoyu/domain';
import type { Column } from '../../platform/excel';
import { beijingDateTime } from '../../platform/time';

const STATUS = {
  open: { zh: '待跟进', en: 'open' },
  following: { zh: '跟进中', en: 'following' },
  closed: { zh: '已结案', en: 'closed' },
} as const;

export const incidentColumns: Column<IncidentListItem>[] = [
  { header: { zh: '编号', en: 'ID' }, width: 8, value: (r) => r.id },
  { header: { zh: '机构', en: 'Provider' }, width: 30, value: (r) => r.providerName },
  { header: { zh: '地区', en: 'Division' }, value: (r) => r.divisionName },
  { header: { zh: '类型', en: 'Type' }, value: (r, l) => (l === 'zh' ? INCIDENT_TYPE_ZH[r.type] : r.type) },
  {
    header: { zh: '严重程度', en: 'Severity' },
    value: (r, l) => (l === 'zh' ? INCIDENT_SEVERITY_ZH[r.severity] : r.severity),
  },
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
  { header: { zh: '状态', en: 'Status' }, value: (r, l) => STATUS[r.status][l] },
  {
    header: { zh: '预警确认', en: 'Alert acknowledged' },
    width: 18,
    value: (r) => (r.alert ? (r.acknowledgedAt ? beijingDateTime(r.acknowledgedAt) : '未确认') : ''),
  },
];
