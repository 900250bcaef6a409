import type { User } from '@tuoyu/contracts';
import { labelOf } from '@tuoyu/domain';
import type { Column } from '../../platform/excel';

export const userColumns: Column<User>[] = [
  { header: { zh: '用户名', en: 'Username' }, value: (u) => u.username },
  { header: { zh: '姓名', en: 'Name' }, value: (u) => u.displayName },
  { header: { zh: '手机(脱敏)', en: 'Mobile (masked)' }, value: (u) => u.mobile },
  { header: { zh: '角色', en: 'Role' }, value: (u, lang) => labelOf('role', u.role, lang) },
  { header: { zh: '辖区代码', en: 'Division code' }, value: (u) => u.divisionCode },
  { header: { zh: '辖区', en: 'Division' }, value: (u) => u.divisionName },
  { header: { zh: '单位', en: 'Unit' }, width: 24, value: (u) => u.unitName },
  { header: { zh: '状态', en: 'Status' }, value: (u, lang) => labelOf('userStatus', u.status, lang) },
  { header: { zh: '最近登录', en: 'Last login' }, width: 22, value: (u) => u.lastLoginAt },
  { header: { zh: '创建时间', en: 'Created' }, width: 22, value: (u) => u.createdAt },
];
