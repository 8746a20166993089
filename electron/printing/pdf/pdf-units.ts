/** PDF user space is 1/72 inch. */
export const PT_PER_MM = 72 / 25.4

export const mmToPt = (mm: number): number => mm * PT_PER_MM
