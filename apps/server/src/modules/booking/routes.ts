import {
  Booking,
  BookingBody,
  IdParam,
  MyBookingList,
  Ok,
  PageQuery,
  ProviderSlotList,
  Slot,
  SlotBody,
  SlotList,
  SlotRangeQuery,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import * as bookings from './bookings';
import * as slots from './slots';

export function bookingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/slots',
      {
        config: { access: { permission: 'slots.manage' } },
        schema: {
          tags: ['booking'],
          summary: '发布计时托/临时托时段 Publish a slot (own provider)',
          body: SlotBody,
          response: { 201: Slot },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await slots.createSlot(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.get(
      '/api/slots',
      {
        config: { access: { permission: 'slots.manage' } },
        schema: {
          tags: ['booking'],
          summary: '本机构时段 Own slots with places booked (≤ 31 days)',
          querystring: SlotRangeQuery,
          response: { 200: ProviderSlotList },
        },
      },
      async (req) => slots.listOwnSlots(ctx, callerOf(req), req.query),
    );
    app.delete(
      '/api/slots/:id',
      {
        config: { access: { permission: 'slots.manage' } },
        schema: {
          tags: ['booking'],
          summary: '删除时段 Withdraw a slot nobody has booked',
          params: IdParam,
          response: { 200: Ok },
        },
      },
      async (req) => slots.withdrawSlot(ctx, callerOf(req), actorOf(req), req.params.id),
    );
    app.get(
      '/api/public/providers/:id/slots',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: '可预约时段 Future slots of a listed provider (default 14 days, ≤ 31)',
          params: IdParam,
          querystring: SlotRangeQuery,
          response: { 200: SlotList },
        },
      },
      async (req) => slots.listPublicSlots(ctx, req.params.id, req.query),
    );
    app.post(
      '/api/slots/:id/bookings',
      {
        config: { access: { permission: 'bookings.book' } },
        schema: {
          tags: ['booking'],
          summary: '预约 Book a place (409 full or already booked, 422 age)',
          params: IdParam,
          body: BookingBody,
          response: { 201: Booking },
        },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(await bookings.bookSlot(ctx, callerOf(req), actorOf(req), req.params.id, req.body)),
    );
    app.delete(
      '/api/bookings/:id',
      {
        config: { access: { permission: 'bookings.book' } },
        schema: {
          tags: ['booking'],
          summary: '取消预约 Cancel before the slot starts',
          params: IdParam,
          response: { 200: Ok },
        },
      },
      async (req) => bookings.cancelBooking(ctx, callerOf(req), actorOf(req), req.params.id),
    );
    app.get(
      '/api/my/bookings',
      {
        config: { access: { permission: 'bookings.book' } },
        schema: {
          tags: ['booking'],
          summary: '我的预约 My bookings, newest first',
          querystring: PageQuery,
          response: { 200: MyBookingList },
        },
      },
      async (req) => bookings.listMyBookings(ctx, callerOf(req), req.query),
    );
  };
}
