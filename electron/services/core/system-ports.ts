import { v7 as uuidv7 } from 'uuid'
import type { Clock, IdSource } from './context'

export const systemClock: Clock = { now: () => Date.now() }
export const uuidV7Ids: IdSource = { next: () => uuidv7() }
