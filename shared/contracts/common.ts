import type { z } from 'zod'

/**
 * One channel of the contract: its input schema and its output type (a type only, never a
 * value). Every area's contract file builds its channels with this.
 */
export const channel =
  <Output>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output })
