import { z } from 'zod';
import { DivisionCode, ExactString, PageQuery, pageOf, Text } from './common';
import { Role, UserStatus } from './enums';

export const User = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  /** Masked in lists (138****0000). */
  mobile: z.string().nullable(),
  role: Role,
  divisionCode: z.string(),
  divisionName: z.string(),
  unit: z.string().nullable(),
  unitName: z.string().nullable(),
  status: UserStatus,
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

export const UserList = pageOf(User);
export type UserList = z.infer<typeof UserList>;

export const UserListQuery = PageQuery.extend({
  q: Text(64, { min: 0 }).optional(),
  role: Role.optional(),
  status: UserStatus.optional(),
  divisionCode: DivisionCode.optional(),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

const Username = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, { error: 'username: 3–32 lowercase letters, digits, . _ -' });

export const CreateUserBody = z.object({
  username: Username,
  displayName: Text(64),
  mobile: z.string().trim().optional(),
  role: Role,
  divisionCode: DivisionCode,
  unit: z.string().trim().max(32).nullish(),
  password: ExactString(200),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z
  .object({
    displayName: Text(64),
    mobile: z.string().trim().nullable(),
    role: Role,
    divisionCode: DivisionCode,
    unit: z.string().trim().max(32).nullable(),
    status: UserStatus,
    /** Clears a login lockout early. */
    unlock: z.literal(true),
  })
  .partial();
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const ResetPasswordBody = z.object({ newPassword: ExactString(200) });
export type ResetPasswordBody = z.infer<typeof ResetPasswordBody>;
