import type { z } from 'zod'
import type { AppInfo } from '../app/app-dto'
import { emptyInput } from '../schemas'
import { channel } from './common'

/** App facts for the shell: version, device, who is signed in, whether setup is still due. */
export const appContract = {
  'app:info': channel<AppInfo>()(emptyInput),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
