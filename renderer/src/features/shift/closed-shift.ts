import type { ShiftDto } from '../../../../shared/shifts/shifts-dto'

/** A shift with its Z report: what the history and the Z screen show. */
export type ClosedShift = ShiftDto & { closed: NonNullable<ShiftDto['closed']> }

export const isClosed = (shift: ShiftDto): shift is ClosedShift => shift.closed !== null
