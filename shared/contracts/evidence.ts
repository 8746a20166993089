import { z } from 'zod'
import type { FilePayload } from '../documents/file-payload'
import type { EvidenceStatusDto, KeyRestoreDto, RecoveryCodeDto } from '../evidence/evidence-dto'
import { emptyInput, requiredText } from '../schemas'
import { channel } from './common'

/** Tamper-evidence channels: the current anchor and the chain key's recovery code. */
export const evidenceContract = {
  'evidence:status': channel<EvidenceStatusDto>()(emptyInput),
  /** The first showing needs no PIN; every later one the admin's own PIN. Admins only. */
  'evidence:recoveryCode': channel<RecoveryCodeDto>()(
    z.strictObject({
      pin: z
        .string()
        .regex(/^\d{4,8}$/)
        .nullable(),
    }),
  ),
  /**
   * The recovery code the admin holds, as a one-page PDF for the safe. Only the code of the key
   * in use is accepted (`RECOVERY_CODE_INVALID` otherwise); it reveals nothing, so no PIN.
   */
  'evidence:recoveryPdf': channel<FilePayload>()(z.strictObject({ code: requiredText(80) })),
  /**
   * A lost chain key back from its printed recovery code: accepted only when the chain holds
   * links signed by that key; the admin's own PIN is required and each attempt is audited.
   */
  'evidence:restoreKey': channel<KeyRestoreDto>()(
    z.strictObject({
      code: requiredText(80),
      pin: z.string().regex(/^\d{4,8}$/),
    }),
  ),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
