/** Excel columns of the credit records list. */
import type { CreditRecord } from '@tuoyu/contracts';
import { labelOf } from '@tuoyu/domain';
import type { Column } from '../../platform/excel';

export const creditColumns: Column<CreditRecord>[] = [
  { header: { zh: '类别', en: 'Kind' }, value: (r, l) => labelOf('creditKind', r.kind, l) },
  { header: { zh: '主体', en: 'Subject' }, value: (r, l) => labelOf('creditSubject', r.subjectType, l) },
  { header: { zh: '名称/姓名', en: 'Name' }, width: 24, value: (r) => r.subjectName },
  { header: { zh: '所属机构', en: 'Provider' }, width: 30, value: (r) => r.providerName },
  { header: { zh: '地区', en: 'Division' }, value: (r) => r.divisionName },
  { header: { zh: '事项', en: 'Title' }, width: 30, value: (r) => r.title },
  { header: { zh: '依据', en: 'Basis' }, width: 40, value: (r) => r.basis },
  { header: { zh: '决定日期', en: 'Decided on' }, width: 12, value: (r) => r.decidedOn },
  { header: { zh: '有效期至', en: 'Expires on' }, width: 12, value: (r) => r.expiresOn },
  {
    header: { zh: '状态', en: 'Status' },
    value: (r, l) => (r.active ? (l === 'zh' ? '有效' : 'active') : l === 'zh' ? '已过期' : 'expired'),
  },
];
