import type { CSSProperties } from 'react'

/**
 * Mantine's dimmed grey (#868e96) has 3.3:1 contrast on white, under WCAG AA's 4.5:1 for
 * small text; gray.7 passes. Scoped to the settings (descriptions are most of their text)
 * until the theme changes it app-wide.
 */
export const readableDimmed = {
  '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
} as CSSProperties
