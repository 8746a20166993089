import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** The app shell's header and navigation: screen checks exclude them (checked on their own). */
export const APP_SHELL = ['.mantine-AppShell-header', '.mantine-AppShell-navbar']

/**
 * Serious and critical axe violations on the page, minus the parts named in `exclude` (e.g.
 * the app shell, checked on its own), with what each failing node needs.
 */
export async function seriousViolations(page: Page, exclude: string[] = []) {
  let builder = new AxeBuilder({ page })
  for (const selector of exclude) builder = builder.exclude(selector)
  const results = await builder.analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    }))
}
