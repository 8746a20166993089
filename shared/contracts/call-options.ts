import { z } from 'zod'
import { locales } from '../locale'
import { grantToken } from './approvals'

/**
 * Sent beside a call (never inside its input): single-use grants a supervisor issued for
 * exactly this call (`approvals:request`). No PIN ever travels with a call.
 */
export const callOptionsSchema = z
  .strictObject({
    grants: z.array(grantToken).min(1).max(4).optional(),
    locale: z.enum(locales).optional(),
  })
  .optional()
