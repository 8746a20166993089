// Types for test-report-counts.mjs (a plain .mjs so CI can run it with any Node).

export interface RunnerCounts {
  runner: string
  passed: number
  failed: number
  skipped: number
  notes: string[]
}

export function countVitest(report: unknown): RunnerCounts
export function countPlaywright(report: unknown): RunnerCounts
export function missingReport(runner: string, stage: string): RunnerCounts
export function summaryLines(counts: RunnerCounts[]): { lines: string[]; failed: number }
