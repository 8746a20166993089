import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// The e2e specs share one scanner, one set of screen helpers, one axe check and one static
// QRIS sample (test/e2e/support, test/helpers/qris-sample.ts). A local copy drifts: the three
// copies of the scanner once differed in comments and could have differed in timing. This
// keeps new specs from growing copies again.

const e2e = join(import.meta.dirname, '../e2e')
const specs = readdirSync(e2e, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.spec.ts'))
  .map((f) => ({ file: f, text: readFileSync(join(e2e, f), 'utf8') }))

const shared = [
  'hardwareScan',
  'scan',
  'scanInto',
  'signIn',
  'openScreen',
  'goToScreen',
  'openHistory',
  'openShiftScreen',
  'openShift',
  'openSettingsTab',
  'focusNothing',
  'ready',
  'tillReady',
  'enterCode',
  'sellOne',
  'seriousViolations',
  'scannable',
  'salesCount',
  'onHand',
]
const definition = new RegExp(
  String.raw`(?:function\s+|const\s+)(${shared.join('|')})\b\s*(?:[=(<])`,
  'g',
)

describe('e2e specs use the shared support instead of local copies', () => {
  it('finds the specs', () => {
    expect(specs.length).toBeGreaterThan(10)
  })

  it('no spec defines its own scanner, screen helper, axe check or arrangement helper', () => {
    const copies = specs.flatMap(({ file, text }) =>
      [...text.matchAll(definition)].map((m) => `${file}: ${m[1]}`),
    )
    expect(copies).toEqual([])
  })

  it('only support/scanner.ts sends raw key events; no spec builds its own QRIS or axe run', () => {
    const offenders = specs.flatMap(({ file, text }) => [
      ...(text.includes('Input.dispatchKeyEvent') ? [`${file}: Input.dispatchKeyEvent`] : []),
      ...(text.includes('referenceBuildEmv(') ? [`${file}: referenceBuildEmv`] : []),
      ...(text.includes('new AxeBuilder(') ? [`${file}: new AxeBuilder`] : []),
    ])
    expect(offenders).toEqual([])
  })
})
