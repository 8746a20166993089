import type { trainingChannelNames } from '../../../shared/contracts/training.names'
import { AppError } from '../../services/core/errors'
import type { PartialHandlerTable } from '../handler-types'

export type Books = 'real' | 'training'

export interface TrainingFacts {
  /** True while these are the practice books. */
  training: boolean
  /** Closes these books and opens the other ones, signed in as `userId` (core-host.ts). */
  switchBooks?: (to: Books, userId: string) => Promise<void>
}

/** Mode latihan: the same person moves between the real books and the practice books. */
export function trainingHandlers(
  facts: TrainingFacts,
): PartialHandlerTable<(typeof trainingChannelNames)[number]> {
  const switchTo = async (to: Books, userId: string) => {
    if (!facts.switchBooks) throw new AppError('TRAINING_UNAVAILABLE')
    await facts.switchBooks(to, userId)
    return null
  }
  return {
    'training:enter': {
      permission: 'app.use',
      handle: async (_input, caller) => {
        if (facts.training) return null
        return switchTo('training', caller.actor.userId)
      },
    },
    'training:leave': {
      permission: 'app.use',
      handle: async (_input, caller) => {
        if (!facts.training) return null
        return switchTo('real', caller.actor.userId)
      },
    },
  }
}
