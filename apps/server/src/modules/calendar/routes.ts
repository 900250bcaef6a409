import {
  CalendarImported,
  CalendarWarning,
  CalendarYear,
  CalendarYearParam,
  PutCalendarBody,
  WorkingDaysAnswer,
  WorkingDaysQuery,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, actorOf } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { todayInBeijing } from '../../platform/time';
import { calendarWorkbook, importCalendar } from './excel';
import * as service from './service';

export function calendarRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // Static paths win over /api/calendar/:year in Fastify's router, whatever the order here.
    app.get(
      '/api/calendar/working-days',
      {
        config: { access: 'public' },
        schema: {
          tags: ['calendar'],
          summary: '第 N 个工作日 The add-th working day after from (the start not counted)',
          querystring: WorkingDaysQuery,
          response: { 200: WorkingDaysAnswer },
        },
      },
      async (req) => service.workingDaysAfter(ctx.db, req.query.from, req.query.add),
    );
    app.get(
      '/api/calendar/warning',
      {
        config: { access: { permission: 'calendar.edit' } },
        schema: {
          tags: ['calendar'],
          summary: '节假日安排提醒 Next year’s schedule missing (from 1 November)',
          response: { 200: CalendarWarning },
        },
      },
      async () => ({ warning: await service.calendarWarning(ctx, todayInBeijing()) }),
    );
    app.get(
      '/api/calendar/:year',
      {
        config: { access: 'public' },
        schema: {
          tags: ['calendar'],
          summary: '节假日安排 A year’s weekday holidays and weekend make-up workdays',
          params: CalendarYearParam,
          response: { 200: CalendarYear },
        },
      },
      async (req) => service.getCalendarYear(ctx.db, req.params.year),
    );
    app.put(
      '/api/calendar/:year',
      {
        config: { access: { permission: 'calendar.edit' } },
        schema: {
          tags: ['calendar'],
          summary: '录入节假日安排 Replace a year’s official schedule (open deadlines move with it)',
          params: CalendarYearParam,
          body: PutCalendarBody,
          response: { 200: CalendarYear },
        },
      },
      async (req) => service.putCalendarYear(ctx, actorOf(req), req.params.year, req.body.days),
    );
    app.get(
      '/api/calendar/:year/template.xlsx',
      {
        config: { access: { permission: 'calendar.edit' } },
        schema: {
          tags: ['calendar'],
          summary: '节假日安排 Excel 模板 The year’s current days as an Excel template',
          params: CalendarYearParam,
        },
      },
      async (req, reply) =>
        reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="calendar-${req.params.year}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${req.params.year}年节假日安排.xlsx`)}`,
          )
          .send(await calendarWorkbook(ctx, req.params.year)),
    );
    app.post(
      '/api/calendar/:year/import',
      {
        config: { access: { permission: 'calendar.edit' } },
        schema: {
          tags: ['calendar'],
          summary: 'Excel 导入节假日安排 Import a year’s schedule (multipart field "file"); all rows or none',
          params: CalendarYearParam,
          response: { 200: CalendarImported },
        },
      },
      async (req) => {
        const part = req.isMultipart() ? await req.file() : undefined;
        if (part?.fieldname !== 'file')
          throw invalid({
            path: 'file',
            message: {
              zh: '请上传 Excel 文件（字段名 file）',
              en: 'Upload the Excel file in the field "file"',
            },
          });
        return importCalendar(ctx, actorOf(req), req.params.year, await part.toBuffer());
      },
    );
  };
}
