/**
 * The joint conference (联席会议, issue 12): its members, meetings with invited units, attendance and
 * agenda items, numbered minutes whose agreed matters become tracked tasks with red/yellow/green
 * lights, and each task's steps (progress, extension, completion, the office's decision).
 */
import {
  JC_ATTENDANCE,
  JC_LIGHTS,
  JC_MEETING_KINDS,
  JC_POSITIONS,
  JC_TASK_ACTIONS,
  JC_TASK_EVENT_KINDS,
  JC_TASK_STATUSES,
} from '@tuoyu/domain';
import { z } from 'zod';
import { IdParam, IsoDate, MultilineText, PageQuery, pageOf, Text } from './common';

export const JcMeetingKind = z.enum(JC_MEETING_KINDS);
export type JcMeetingKind = z.infer<typeof JcMeetingKind>;
export const JcPosition = z.enum(JC_POSITIONS);
export type JcPosition = z.infer<typeof JcPosition>;
export const JcAttendance = z.enum(JC_ATTENDANCE);
export type JcAttendance = z.infer<typeof JcAttendance>;
export const JcTaskStatus = z.enum(JC_TASK_STATUSES);
export type JcTaskStatus = z.infer<typeof JcTaskStatus>;
export const JcLight = z.enum(JC_LIGHTS);
export type JcLight = z.infer<typeof JcLight>;
export const JcTaskAction = z.enum(JC_TASK_ACTIONS);
export const JcTaskEventKind = z.enum(JC_TASK_EVENT_KINDS);

/** A member unit's code, as plan-units.csv gives it (hrss, finance, women …). */
export const UnitCode = z.string().trim().min(1).max(32);

// Members
export const JcMember = z.object({
  id: z.number().int(),
  unitCode: z.string(),
  position: JcPosition,
  name: z.string(),
  title: z.string(),
  fromOn: z.string(),
  toOn: z.string().nullable(),
  /** The mobile number masked (138****5678), or null when none is kept. */
  mobile: z.string().nullable(),
});
export type JcMember = z.infer<typeof JcMember>;
export const JcMembers = z.object({
  items: z.array(JcMember),
  proposals: z.array(
    z.object({
      id: z.number().int(),
      unitCode: z.string(),
      position: JcPosition,
      name: z.string(),
      title: z.string(),
      fromOn: z.string(),
      reason: z.string().nullable(),
      status: z.enum(['pending', 'approved', 'rejected']),
      createdAt: z.string(),
    }),
  ),
});
export type JcMembers = z.infer<typeof JcMembers>;
export const JcMembersQuery = z.object({ history: z.enum(['true', 'false']).optional() });

/** A unit proposes its member (分管负责同志) or liaison (联络员); the office confirms (annex 四). */
export const JcMemberProposalBody = z.object({
  position: z.enum(['member', 'liaison']),
  name: Text(64),
  title: Text(100),
  mobile: z.string().trim().max(20).optional(),
  fromOn: IsoDate,
  reason: Text(400).optional(),
});
export type JcMemberProposalBody = z.infer<typeof JcMemberProposalBody>;

/** The office appoints a holder of any position (the convener, deputy and director start empty). */
export const JcMemberBody = z.object({
  unitCode: UnitCode,
  position: JcPosition,
  name: Text(64),
  title: Text(100),
  mobile: z.string().trim().max(20).optional(),
  fromOn: IsoDate,
});
export type JcMemberBody = z.infer<typeof JcMemberBody>;

export const JcDecisionBody = z.object({ approve: z.boolean(), reason: Text(400).optional() });
export type JcDecisionBody = z.infer<typeof JcDecisionBody>;

// Meetings
export const CreateJcMeetingBody = z.object({
  kind: JcMeetingKind,
  title: Text(200),
  date: IsoDate,
  place: Text(200).optional(),
  chair: Text(64).optional(),
  unitCodes: z.array(UnitCode).min(1).max(40),
});
export type CreateJcMeetingBody = z.infer<typeof CreateJcMeetingBody>;

export const JcMeetingListItem = z.object({
  id: z.number().int(),
  kind: JcMeetingKind,
  title: z.string(),
  date: z.string(),
  place: z.string().nullable(),
  chair: z.string().nullable(),
  status: z.enum(['planned', 'held']),
  minutesNo: z.string().nullable(),
});
export type JcMeetingListItem = z.infer<typeof JcMeetingListItem>;
export const JcMeetingList = z.object({ items: z.array(JcMeetingListItem) });
export type JcMeetingList = z.infer<typeof JcMeetingList>;
export const JcMeetingQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const JcMeeting = JcMeetingListItem.extend({
  units: z.array(
    z.object({
      unitCode: z.string(),
      attendance: JcAttendance.nullable(),
      substitute: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
  agenda: z.array(
    z.object({
      id: z.number().int(),
      unitCode: z.string().nullable(),
      title: z.string(),
      detail: z.string().nullable(),
      status: z.string(),
    }),
  ),
  minutes: z
    .object({
      minutesNo: z.string(),
      summary: z.string(),
      reportToCityGovernment: z.boolean(),
      matters: z.array(
        z.object({
          id: z.number().int(),
          title: z.string(),
          detail: z.string(),
          cityGovernmentApproval: z.enum(['pending', 'approved']).nullable(),
          taskIds: z.array(z.number().int()),
        }),
      ),
    })
    .nullable(),
});
export type JcMeeting = z.infer<typeof JcMeeting>;

export const JcAgendaBody = z.object({ title: Text(200), detail: MultilineText(2000).optional() });
export type JcAgendaBody = z.infer<typeof JcAgendaBody>;
/** `/api/jc/meetings/:id/agenda/:itemId/decision`: the office accepts or declines a proposed item. */
export const JcAgendaItemParam = IdParam.extend({ itemId: z.coerce.number().int().positive() });

export const JcAttendanceBody = z.object({
  items: z
    .array(
      z.object({
        unitCode: UnitCode,
        status: JcAttendance,
        substitute: Text(64).optional(),
        reason: Text(400).optional(),
      }),
    )
    .min(1)
    .max(40),
});
export type JcAttendanceBody = z.infer<typeof JcAttendanceBody>;

// Minutes
export const JcMinutesBody = z.object({
  summary: MultilineText(20_000),
  matters: z
    .array(
      z.object({
        title: Text(200),
        detail: MultilineText(5000),
        tasks: z
          .array(
            z.object({
              /** The task's own title; the matter's title when absent. */
              title: Text(200).optional(),
              leadUnit: UnitCode,
              coUnits: z.array(UnitCode).max(20).default([]),
              dueOn: IsoDate,
              output: Text(400),
            }),
          )
          .max(30),
      }),
    )
    .min(1)
    .max(50),
  reportToCityGovernment: z.boolean().optional(),
});
export type JcMinutesBody = z.infer<typeof JcMinutesBody>;
export const JcMinutesCreated = z.object({
  minutesNo: z.string(),
  matterIds: z.array(z.number().int()),
  taskIds: z.array(z.number().int()),
});
export type JcMinutesCreated = z.infer<typeof JcMinutesCreated>;

/** GET /api/jc/meetings/:id/minutes: the minutes as printed, each matter with its tasks. */
export const JcMinutes = z.object({
  meetingId: z.number().int(),
  meetingKind: JcMeetingKind,
  meetingTitle: z.string(),
  date: z.string(),
  place: z.string().nullable(),
  chair: z.string().nullable(),
  minutesNo: z.string(),
  summary: z.string(),
  reportToCityGovernment: z.boolean(),
  createdAt: z.string(),
  /** The units recorded as present, in person or by a substitute. */
  attended: z.array(z.string()),
  matters: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      detail: z.string(),
      cityGovernmentApproval: z.enum(['pending', 'approved']).nullable(),
      tasks: z.array(
        z.object({
          id: z.number().int(),
          title: z.string(),
          leadUnit: z.string(),
          coUnits: z.array(z.string()),
          dueOn: z.string(),
          output: z.string(),
        }),
      ),
    }),
  ),
});
export type JcMinutes = z.infer<typeof JcMinutes>;

// Tasks
export const JcTaskQuery = PageQuery.extend({
  unit: UnitCode.optional(),
  status: JcTaskStatus.optional(),
  light: JcLight.optional(),
});
export type JcTaskQuery = z.infer<typeof JcTaskQuery>;

export const JcTaskListItem = z.object({
  id: z.number().int(),
  title: z.string(),
  leadUnit: z.string(),
  coUnits: z.array(z.string()),
  dueOn: z.string(),
  status: JcTaskStatus,
  /** Null on a done task: it is finished. */
  light: JcLight.nullable(),
  lastProgressAt: z.string().nullable(),
});
export type JcTaskListItem = z.infer<typeof JcTaskListItem>;
export const JcTaskList = pageOf(JcTaskListItem);
export type JcTaskList = z.infer<typeof JcTaskList>;

export const JcTaskEvent = z.object({
  id: z.number().int(),
  kind: JcTaskEventKind,
  unitCode: z.string().nullable(),
  text: z.string().nullable(),
  percent: z.number().int().nullable(),
  dueOn: z.string().nullable(),
  approve: z.boolean().nullable(),
  reason: z.string().nullable(),
  at: z.string(),
});
export const JcTask = JcTaskListItem.extend({
  matterId: z.number().int(),
  matterTitle: z.string(),
  minutesNo: z.string(),
  output: z.string(),
  doneOn: z.string().nullable(),
  events: z.array(JcTaskEvent),
  /** What the caller may do on the task now. */
  actions: z.array(JcTaskAction),
});
export type JcTask = z.infer<typeof JcTask>;

export const JcProgressBody = z.object({
  text: MultilineText(2000),
  percent: z.number().int().min(0).max(100).optional(),
});
export type JcProgressBody = z.infer<typeof JcProgressBody>;
export const JcExtensionBody = z.object({ dueOn: IsoDate, reason: Text(400) });
export type JcExtensionBody = z.infer<typeof JcExtensionBody>;
export const JcCompletionBody = z.object({ text: MultilineText(2000) });
export type JcCompletionBody = z.infer<typeof JcCompletionBody>;

/** 催办: the office's notice to a task's units (issue 12 item 4). */
export const JcUrgeBody = z.object({ text: MultilineText(1000) });
export type JcUrgeBody = z.infer<typeof JcUrgeBody>;
