/** Daily health checks (晨午检) and the notifications abnormal results send to guardians. */
import { z } from 'zod';
import { IsoDate, MultilineText } from './common';
import { HealthCheckResult, HealthCheckSession } from './enums';

export const HealthCheckBody = z.object({
  childId: z.number().int().positive(),
  session: HealthCheckSession,
  result: HealthCheckResult,
  note: MultilineText(500, { min: 0 }).optional(),
});
export type HealthCheckBody = z.infer<typeof HealthCheckBody>;

export const HealthCheckCreated = z.object({
  id: z.number().int(),
  day: z.string(),
  notificationId: z.number().int().nullable(),
});

export const HealthCheckQuery = z.object({ date: IsoDate.optional() });

/** One class's day: children present, checks done per session, abnormal results. */
export const HealthCheckDay = z.object({
  date: z.string(),
  classes: z.array(
    z.object({
      classId: z.number().int(),
      className: z.string(),
      childrenPresent: z.number().int(),
      checkedMorning: z.number().int(),
      checkedNoon: z.number().int(),
      abnormal: z.number().int(),
    }),
  ),
});
export type HealthCheckDay = z.infer<typeof HealthCheckDay>;

export const Notification = z.object({
  id: z.number().int(),
  childId: z.number().int().nullable(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const NotificationList = z.object({ items: z.array(Notification) });

export type HealthCheckCreated = z.infer<typeof HealthCheckCreated>;
export type HealthCheckQuery = z.infer<typeof HealthCheckQuery>;
export type Notification = z.infer<typeof Notification>;
export type NotificationList = z.infer<typeof NotificationList>;
/** 我的消息: a recipient's notices with the provider that sent them. */
export const MyNotification = Notification.omit({ childId: true }).extend({ providerName: z.string() });
export type MyNotification = z.infer<typeof MyNotification>;
export const MyNotificationList = z.object({ items: z.array(MyNotification) });
export type MyNotificationList = z.infer<typeof MyNotificationList>;
