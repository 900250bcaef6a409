/** The two registers as Excel: fields and roles in words, mobiles masked as in the lists. */
import type { JcAssociationMember, JcAssociationQuery, JcExpert, JcExpertQuery } from '@tuoyu/contracts';
import { labelOf } from '@tuoyu/domain';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../platform/context';
import { type Column, sendListXlsx } from '../../platform/excel';
import type { Lang } from '../../platform/i18n';
import { listMembers } from './association';
import { listExperts } from './experts';

const yesNo = (v: boolean, l: Lang) => (v ? (l === 'zh' ? '是' : 'Yes') : l === 'zh' ? '否' : 'No');

const EXPERT_COLUMNS: Column<JcExpert>[] = [
  { header: { zh: '姓名', en: 'Name' }, width: 12, value: (r) => r.name },
  {
    header: { zh: '专业领域', en: 'Field' },
    width: 10,
    value: (r, l) => labelOf('jcExpertField', r.field, l),
  },
  { header: { zh: '工作单位', en: 'Employer' }, width: 30, value: (r) => r.employer },
  { header: { zh: '职称职务', en: 'Title' }, width: 16, value: (r) => r.title },
  { header: { zh: '手机', en: 'Mobile' }, width: 14, value: (r) => r.mobile ?? '' },
  { header: { zh: '聘期起', en: 'Appointed from' }, width: 12, value: (r) => r.appointedFrom },
  { header: { zh: '聘期止', en: 'Appointed to' }, width: 12, value: (r) => r.appointedTo ?? '' },
  { header: { zh: '在聘', en: 'Active' }, width: 8, value: (r, l) => yesNo(r.active, l) },
];

const MEMBER_COLUMNS: Column<JcAssociationMember>[] = [
  { header: { zh: '机构名称', en: 'Provider' }, width: 36, value: (r) => r.providerName },
  { header: { zh: '行政区划', en: 'Division' }, width: 10, value: (r) => r.divisionCode },
  {
    header: { zh: '协会职务', en: 'Role' },
    width: 12,
    value: (r, l) => labelOf('jcAssociationRole', r.role, l),
  },
  { header: { zh: '入会日期', en: 'Joined on' }, width: 12, value: (r) => r.joinedOn },
  { header: { zh: '有效', en: 'Active' }, width: 8, value: (r, l) => yesNo(r.active, l) },
];

export const exportExperts = (ctx: AppContext, reply: FastifyReply, lang: Lang, f: JcExpertQuery) =>
  sendListXlsx(
    reply,
    lang,
    { zh: '专家指导委员会名单', en: 'Expert committee' },
    EXPERT_COLUMNS,
    (pageSize) => listExperts(ctx, { ...f, page: 1, pageSize }),
  );

export const exportMembers = (ctx: AppContext, reply: FastifyReply, lang: Lang, f: JcAssociationQuery) =>
  sendListXlsx(
    reply,
    lang,
    { zh: '行业协会会员单位', en: 'Association members' },
    MEMBER_COLUMNS,
    (pageSize) => listMembers(ctx, { ...f, page: 1, pageSize }),
  );
