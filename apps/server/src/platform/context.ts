/** What every service needs, built once at start and handed down (no globals). */
import type { Permission, Role } from '@tuoyu/contracts';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config';
import type { Db, Engine } from '../db';
import type { AuditActor } from './audit';
import type { Keys } from './crypto';
import type { Lang } from './i18n';
import { type Scope, scopeOf } from './scope';

export interface AppContext {
  db: Db;
  engine: Engine;
  keys: Keys;
  config: Config;
}

/** The logged-in caller, as the session resolves it on every request. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  divisionCode: string;
  unit: string | null;
  mustChangePassword: boolean;
  providerId: number | null;
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    lang: Lang;
  }
  interface FastifyContextConfig {
    /** Who may call the route; every /api route declares it (the auth plugin refuses one that does not). */
    access?: RouteAccess;
  }
}

/**
 * A route's declared access: 'public' (no login), 'authenticated' (any logged-in account), the
 * permission the caller's role must hold (packages/contracts access.ts), or — for me, logout and
 * the own password change — any logged-in account even while a password change is pending.
 */
export type RouteAccess =
  | 'public'
  | 'authenticated'
  | { permission: Permission }
  | { authenticated: true; allowPendingPasswordChange: true };

/** The caller of a route that requires login (the access hook has already refused anonymous calls). */
export function callerOf(req: FastifyRequest): SessionUser {
  if (!req.user) throw new Error('callerOf on an anonymous request');
  return req.user;
}

export const scopeOfRequest = (req: FastifyRequest): Scope => scopeOf(callerOf(req));

export function actorOf(req: FastifyRequest): AuditActor {
  return {
    actorId: req.user?.id ?? null,
    actorUsername: req.user?.username ?? null,
    actorRole: req.user?.role ?? null,
    requestId: req.id,
    ip: req.ip,
  };
}
