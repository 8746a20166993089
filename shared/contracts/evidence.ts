import { z } from 'zod'
import type { EvidenceStatusDto, RecoveryCodeDto } from '../evidence/evidence-dto'
import { emptyInput } from '../schemas'

const channel =
  <Output>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output })

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
} satisfies Record<string, { input: z.ZodType; output: unknown }>
