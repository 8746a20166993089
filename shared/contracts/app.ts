import type { z } from 'zod'
import type { AppInfo, StartCheckDto } from '../app/app-dto'
import type { AboutDto } from '../setup/setup-dto'
import { emptyInput } from '../schemas'
import { channel } from './common'

/** The app itself: facts for the shell, Pengaturan → Tentang, and the start-up data check. */
export const appContract = {
  /** Version, device, who is signed in, whether setup is still due. */
  'app:info': channel<AppInfo>()(emptyInput),
  /** Pengaturan → Tentang: versions, data folder, till, chain size. */
  'app:about': channel<AboutDto>()(emptyInput),
  /** The start-up check of the data file, which runs beside the open window. */
  'app:startCheck': channel<StartCheckDto>()(emptyInput),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
