import type { Services } from '../../core/services'
import { AppError } from '../../services/core/errors'
import type { PartialHandlerTable } from '../handler-types'

export interface DemoFacts {
  /** The separate practice books (mode latihan), never the real ledger. */
  training: boolean
}

export function demoHandlers(
  services: Services,
  facts: DemoFacts,
): PartialHandlerTable<'demo:seed' | 'demo:decline'> {
  return {
    'demo:seed': {
      permission: 'manage.products',
      handle: async (_input, caller) => {
        // The demo catalogue never enters the real books: only the training folder takes it.
        if (!facts.training) throw new AppError('TRAINING_ONLY')
        return { products: await services.demo.seed(caller.actor) }
      },
    },
    'demo:decline': {
      permission: 'app.use',
      handle: async () => {
        await services.demo.decline()
        return null
      },
    },
  }
}
