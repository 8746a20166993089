import { z } from 'zod'
import type { BackupDto, RestoreResultDto } from '../data/data-dto'
import type { SessionUser } from '../auth/auth-dto'
import { locales } from '../locale'
import { requiredMultilineText, requiredText, shortText } from '../schemas'
import { ADMIN_PIN_PATTERN, TILL_CODE_PATTERN, tillKinds } from '../setup/setup-dto'
import { folderPath } from './data'
import { channel } from './common'

/** Receipt header / footer: a few short lines, blank ones dropped. */
const receiptLines = z
  .array(shortText(48))
  .max(6)
  .transform((lines) => lines.filter((line) => line !== ''))

export const setupInput = z.strictObject({
  locale: z.enum(locales),
  shop: z.strictObject({
    name: requiredText(80),
    address: requiredMultilineText(200),
    phone: requiredText(30).regex(/^[0-9 +()-]+$/),
    npwp: shortText(30)
      .regex(/^[0-9 .-]*$/)
      .default(''),
    receiptHeader: receiptLines.default([]),
    receiptFooter: receiptLines.default([]),
  }),
  till: z.strictObject({
    code: z.string().trim().toUpperCase().regex(TILL_CODE_PATTERN),
    kind: z.enum(tillKinds),
  }),
  admin: z.strictObject({
    name: requiredText(60),
    pin: z.string().regex(ADMIN_PIN_PATTERN),
  }),
})

/** `etalase-20261127-031500.sqlite`: a backup's plain file name, never a path. */
const backupFile = z
  .string()
  .max(120)
  .regex(/^etalase-[0-9A-Za-z-]+\.sqlite$/)

/** The wizard (answered only until setup is done), training mode and Tentang. */
export const setupContract = {
  /** Shop, till, first admin with PIN in one transaction; the admin is signed in after it. */
  'setup:complete': channel<SessionUser>()(setupInput),
  /** The backups in a folder (a USB stick on a new PC), before anything is set up. */
  'setup:backupsIn': channel<BackupDto[]>()(z.strictObject({ folder: folderPath })),
  /** Restores one of them as this till's data; the app reopens into it. */
  'setup:restore': channel<RestoreResultDto>()(
    z.strictObject({ folder: folderPath, file: backupFile }),
  ),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
