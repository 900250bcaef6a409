import { z } from 'zod';
import { ROLES } from './enums';

export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const LoginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
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
});
export type Me = z.infer<typeof Me>;

export const ChangePasswordBody = z.object({
  oldPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;
