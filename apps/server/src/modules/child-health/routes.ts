import {
  CheckupRecorded,
  FamilyDoctorBody,
  HealthChildCreated,
  HealthChildList,
  type HealthChildListItem,
  HealthChildQuery,
  HealthChildRecord,
  HealthChildStatusBody,
  HealthIndicator,
  HealthIndicatorQuery,
  HealthWorkCounts,
  IdParam,
  LinkMyChildBody,
  MyHealthChildren,
  Ok,
  RecordCheckupBody,
  RegisterHealthChildBody,
  ScopedHealthIndicator,
  VaccinationBody,
} from '@tuoyu/contracts';
import { labelOf } from '@tuoyu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import { type Column, sendListXlsx, sendXlsx } from '../../platform/excel';
import { recordCheckup } from './checkups';
import { publicHealthIndicator, scopedHealthIndicator } from './indicators';
import { linkMyChild, myHealthChildren } from './parents';
import { getHealthChild, setFamilyDoctor, setHealthChildStatus, setVaccination } from './record';
import { listChildren, registerChild } from './register';
import { healthWorkCounts } from './worklists';

const tags = ['child-health'];
const read = { access: { permission: 'child-health.read' as const } };
const manage = { access: { permission: 'child-health.manage' as const } };

const COLUMNS: Column<HealthChildListItem>[] = [
  { header: { zh: '姓名', en: 'Name' }, value: (r) => r.name },
  { header: { zh: '性别', en: 'Sex' }, width: 8, value: (r, l) => labelOf('sex', r.sex, l) },
  { header: { zh: '出生日期', en: 'Born' }, width: 12, value: (r) => r.birthDate },
  { header: { zh: '苏木乡镇(街道)', en: 'Township' }, value: (r) => r.townshipName },
  {
    header: { zh: '状态', en: 'Status' },
    width: 10,
    value: (r, l) => labelOf('healthChildStatus', r.status, l),
  },
  { header: { zh: '监护人手机', en: 'Guardian mobile' }, value: (r) => r.guardians[0]?.mobile ?? '' },
  { header: { zh: '下次检查月龄', en: 'Next check (months)' }, value: (r) => r.nextDue?.ageMonths ?? null },
  { header: { zh: '下次检查日期', en: 'Next check due' }, width: 12, value: (r) => r.nextDue?.dueOn ?? '' },
  {
    header: { zh: '下次检查状态', en: 'Next check status' },
    value: (r, l) => (r.nextDue ? labelOf('dueStatus', r.nextDue.status, l) : ''),
  },
  {
    header: { zh: '生长发育提示', en: 'Growth flags' },
    width: 20,
    value: (r, l) => r.flags.map((f) => labelOf('growthFlag', f, l)).join('、'),
  },
  { header: { zh: '最近检查', en: 'Last check-up' }, width: 12, value: (r) => r.lastCheckupOn ?? '' },
  {
    header: { zh: '新生儿访视', en: 'Newborn visit' },
    width: 10,
    value: (r, l) => yesNo(r.newbornVisited, l),
  },
  {
    header: { zh: '家庭医生签约', en: 'Family doctor' },
    width: 10,
    value: (r, l) => yesNo(r.familyDoctor, l),
  },
];
const yesNo = (v: boolean, l: 'zh' | 'en') => (v ? (l === 'zh' ? '是' : 'Yes') : l === 'zh' ? '否' : 'No');

export function childHealthRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/child-health/children',
      {
        config: manage,
        schema: {
          tags,
          summary: '登记儿童 Register a child',
          body: RegisterHealthChildBody,
          response: { 201: HealthChildCreated },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await registerChild(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.get(
      '/api/child-health/children',
      {
        config: read,
        schema: {
          tags,
          summary: '儿童健康档案（脱敏） The register, masked',
          querystring: HealthChildQuery,
          response: { 200: HealthChildList },
        },
      },
      async (req) => listChildren(ctx, callerOf(req), req.query),
    );
    app.get(
      '/api/child-health/children/export.xlsx',
      {
        config: read,
        schema: { tags, summary: '导出儿童健康档案 Export the register', querystring: HealthChildQuery },
      },
      async (req, reply) =>
        sendListXlsx(
          reply,
          req.lang,
          { zh: '儿童健康档案', en: 'Child health register' },
          COLUMNS,
          (pageSize) => listChildren(ctx, callerOf(req), { ...req.query, page: 1, pageSize }),
        ),
    );
    app.get(
      '/api/child-health/children/:id',
      {
        config: read,
        schema: {
          tags,
          summary: '儿童健康档案（完整，读取留痕） One record in full (audited)',
          params: IdParam,
          response: { 200: HealthChildRecord },
        },
      },
      async (req) => getHealthChild(ctx, callerOf(req), actorOf(req), req.params.id),
    );
    app.post(
      '/api/child-health/children/:id/checkups',
      {
        config: manage,
        schema: {
          tags,
          summary: '记录访视或健康检查 Record a visit or check-up',
          params: IdParam,
          body: RecordCheckupBody,
          response: { 201: CheckupRecorded },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await recordCheckup(ctx, callerOf(req), actorOf(req), req.params.id, req.body)),
    );
    app.post(
      '/api/child-health/children/:id/status',
      {
        config: manage,
        schema: {
          tags,
          summary: '迁移、迁出或死亡 Move, move out or death',
          params: IdParam,
          body: HealthChildStatusBody,
          response: { 200: Ok },
        },
      },
      async (req) => setHealthChildStatus(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.put(
      '/api/child-health/children/:id/family-doctor',
      {
        config: manage,
        schema: {
          tags,
          summary: '家庭医生签约 Family-doctor contract',
          params: IdParam,
          body: FamilyDoctorBody,
          response: { 200: Ok },
        },
      },
      async (req) => setFamilyDoctor(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.put(
      '/api/child-health/children/:id/vaccination',
      {
        config: manage,
        schema: {
          tags,
          summary: '预防接种状态（免疫规划系统确认） Vaccination status',
          params: IdParam,
          body: VaccinationBody,
          response: { 200: Ok },
        },
      },
      async (req) => setVaccination(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/api/child-health/work-counts',
      {
        config: manage,
        schema: { tags, summary: '待办数量 Work-list counts', response: { 200: HealthWorkCounts } },
      },
      async (req) => healthWorkCounts(ctx, callerOf(req)),
    );
    app.get(
      '/api/child-health/indicators',
      {
        config: { access: { permission: 'child-health.indicators' } },
        schema: {
          tags,
          summary: '系统管理率（辖区） I-2 in scope',
          querystring: HealthIndicatorQuery,
          response: { 200: ScopedHealthIndicator },
        },
      },
      async (req) => scopedHealthIndicator(ctx, callerOf(req), req.query),
    );
    app.get(
      '/api/child-health/indicators/unmanaged.xlsx',
      {
        config: { access: { permission: 'child-health.indicators' } },
        schema: {
          tags,
          summary: '导出未达管理要求的儿童 Export children not managed',
          querystring: HealthIndicatorQuery,
        },
      },
      async (req, reply) => {
        const r = await scopedHealthIndicator(ctx, callerOf(req), req.query);
        return sendXlsx(
          reply,
          req.lang,
          { zh: '未系统管理儿童', en: 'Children not managed' },
          [
            { header: { zh: '姓名', en: 'Name' }, value: (u) => u.name },
            { header: { zh: '苏木乡镇(街道)', en: 'Township' }, value: (u) => u.townshipName },
            { header: { zh: '出生日期', en: 'Born' }, value: (u) => u.birthDate },
            {
              header: { zh: '未按时检查的月龄', en: 'Missed ages (months)' },
              width: 24,
              value: (u) => u.missedAges.join('、'),
            },
          ],
          r.unmanaged,
        );
      },
    );
    app.get(
      '/api/public/indicators/health-management',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: '3岁以下儿童系统管理率 I-2, by county',
          querystring: HealthIndicatorQuery.pick({ year: true }),
          response: { 200: HealthIndicator },
        },
      },
      async (req) => publicHealthIndicator(ctx, req.query.year),
    );
    app.post(
      '/api/my/children',
      {
        config: { access: { permission: 'child-health.own' } },
        schema: {
          tags,
          summary: '关联我的孩子 Link my child',
          body: LinkMyChildBody,
          response: { 201: HealthChildCreated },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await linkMyChild(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.get(
      '/api/my/children',
      {
        config: { access: { permission: 'child-health.own' } },
        schema: { tags, summary: '我的孩子 My children', response: { 200: MyHealthChildren } },
      },
      async (req) => myHealthChildren(ctx, callerOf(req)),
    );
  };
}
