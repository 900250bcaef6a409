import { z } from 'zod';
import { Permission } from './access';
import { ExactString, Text } from './common';
import { Role } from './enums';

export const LoginBody = z.object({
  username: Text(64),
  password: ExactString(200),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const Me = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  divisionCode: z.string(),
  divisionName: z.string(),
  unit: z.string().nullable(),
  unitName: z.string().nullable(),
  mustChangePassword: z.boolean(),
  /** The provider a provider manager or staff member works for. */
  providerId: z.number().int().nullable(),
  /** What the role may do (packages/contracts access.ts): the web's menu and buttons follow it. */
  permissions: z.array(Permission),
});
export type Me = z.infer<typeof Me>;

/** Whether anyone is logged in, for pages open to all: the same Me, or null (never a 401). */
export const Session = z.object({ user: Me.nullable() });
export type Session = z.infer<typeof Session>;

export const ChangePasswordBody = z.object({
  oldPassword: ExactString(200),
  newPassword: ExactString(200),
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;
