import { z } from 'zod'
import type { LoginCandidate } from '../auth/auth-dto'
import { permissions } from '../permissions'
import { id } from '../schemas'
import { channel } from './common'

/** The random secret a grant is known by: 32 bytes, base64url. */
export const grantToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/)

/** What a supervisor's PIN buys: one call, named exactly. */
export interface ApprovalGrantDto {
  grant: string
  approverName: string
  expiresAt: string
}

/**
 * Single-use approvals. The dialog asks main for a grant with the supervisor's PIN and the
 * refused call (channel + the very input it will send); the call is then repeated carrying
 * only the grant. Spread into the main contract.
 */
export const approvalsContract = {
  /** People who may approve this permission, the asking cashier excluded. */
  'approvals:approvers': channel<LoginCandidate[]>()(
    z.strictObject({ permission: z.enum(permissions) }),
  ),
  'approvals:request': channel<ApprovalGrantDto>()(
    z.strictObject({
      supervisorId: id,
      pin: z.string().regex(/^\d{4,8}$/),
      permission: z.enum(permissions),
      channel: z
        .string()
        .regex(/^[a-z]+:[a-zA-Z]+$/)
        .max(60),
      /** The input the approved call will carry; main keeps only its hash. */
      input: z.unknown(),
    }),
  ),
}
