import { z } from 'zod'
import type { LoginCandidate, Role, SessionUser, UserDto } from '../auth/auth-dto'
import { permissions, type Permission } from '../permissions'
import { emptyInput, id, requiredText } from '../schemas'
import { channel } from './common'

const roles = ['admin', 'supervisor', 'cashier', 'stock'] as const
const pinSchema = z.string().regex(/^\d{4,8}$/)

/** Sign-in, people and the permission matrix (one service: auth). */
export const authContract = {
  'auth:candidates': channel<LoginCandidate[]>()(emptyInput),
  'auth:login': channel<SessionUser>()(z.strictObject({ userId: id, pin: pinSchema })),
  'auth:lock': channel<null>()(emptyInput),
  /** The signed-in person changes their own PIN (required when theirs is too short for the role). */
  'auth:changePin': channel<SessionUser>()(
    z.strictObject({ currentPin: pinSchema, newPin: pinSchema }),
  ),
  'users:list': channel<UserDto[]>()(emptyInput),
  'users:save': channel<UserDto[]>()(
    z.strictObject({
      id: id.optional(),
      name: requiredText(80),
      role: z.enum(roles),
      active: z.boolean(),
      pin: pinSchema.optional(),
    }),
  ),
  'permissions:matrix': channel<Record<Role, Permission[]>>()(emptyInput),
  'permissions:set': channel<Record<Role, Permission[]>>()(
    z.strictObject({ role: z.enum(roles), permission: z.enum(permissions), allowed: z.boolean() }),
  ),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
