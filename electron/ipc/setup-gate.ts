import type { Channel } from '../../shared/contract'
import { AppError } from '../services/core/errors'

/** What answers on a till that is not set up: the app's facts, the language and the wizard. */
const openBeforeSetup: ReadonlySet<Channel> = new Set<Channel>([
  'app:info',
  'settings:setLocale',
  'data:recovery',
])

/** The wizard's own channels: refused once setup is done (Pengaturan has its own restore). */
const wizardOnly: ReadonlySet<Channel> = new Set<Channel>([
  'setup:complete',
  'setup:backupsIn',
  'setup:restore',
])

/**
 * The router's first check. There is no state in which someone works the till without a PIN:
 * until the wizard has written the first admin, every other channel is refused, whatever the
 * caller claims; after it, the wizard's channels are.
 */
export function setupGate(done: () => Promise<boolean>) {
  return async function admit(channel: Channel): Promise<void> {
    const isDone = await done()
    if (wizardOnly.has(channel)) {
      if (isDone) throw new AppError('SETUP_DONE')
      return
    }
    if (!isDone && !openBeforeSetup.has(channel)) throw new AppError('SETUP_REQUIRED')
  }
}
