/** 工作进展通报 list as Excel: number, title, period, status in words, receipts. */
import type { JcBulletinListItem, JcBulletinQuery } from '@tuoyu/contracts';
import { labelOf } from '@tuoyu/domain';
import type { FastifyReply } from 'fastify';
import type { AppContext, SessionUser } from '../../platform/context';
import { type Column, sendListXlsx } from '../../platform/excel';
import type { Lang } from '../../platform/i18n';
import { listBulletins } from './bulletins';

const COLUMNS: Column<JcBulletinListItem>[] = [
  { header: { zh: '文号', en: 'Number' }, width: 24, value: (r) => r.number ?? '' },
  { header: { zh: '标题', en: 'Title' }, width: 40, value: (r) => r.title },
  { header: { zh: '统计期间起', en: 'From' }, width: 12, value: (r) => r.periodFrom },
  { header: { zh: '统计期间止', en: 'To' }, width: 12, value: (r) => r.periodTo },
  {
    header: { zh: '状态', en: 'Status' },
    width: 10,
    value: (r, l) => labelOf('jcBulletinStatus', r.status, l),
  },
  { header: { zh: '成文日期', en: 'Dated' }, width: 12, value: (r) => r.issuedOn ?? '' },
  { header: { zh: '已签收单位', en: 'Acknowledged' }, width: 12, value: (r) => r.acknowledged },
  { header: { zh: '发送单位', en: 'Recipients' }, width: 12, value: (r) => r.recipients },
  {
    header: { zh: '公开摘要', en: 'Public summary' },
    width: 10,
    value: (r, l) => (r.public ? (l === 'zh' ? '是' : 'Yes') : ''),
  },
];

export const exportBulletins = (
  ctx: AppContext,
  caller: SessionUser,
  reply: FastifyReply,
  lang: Lang,
  q: JcBulletinQuery,
) =>
  sendListXlsx(reply, lang, { zh: '工作进展通报', en: 'Progress bulletins' }, COLUMNS, (pageSize) =>
    listBulletins(ctx, caller, { ...q, page: 1, pageSize }),
  );
