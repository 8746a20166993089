import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { auditActionName } from '../../shared/audit/audit-labels'
import { stockDocKinds } from '../../shared/stock/movement-reasons'

// The Audit screen and its CSV name every action in both languages; an action without a name
// shows as its code. This reads the action codes the services write and checks each has one.
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

const services = join(import.meta.dirname, '../../electron/services')
const source = sourceFiles(services)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n')

const written = new Set<string>([
  ...[...source.matchAll(/action: '([a-zA-Z.]+)'/g)].map((m) => m[1]!),
  // Chosen by a condition or built from a value.
  ...[...source.matchAll(/action: [^\n]*\? '([a-zA-Z.]+)' : '([a-zA-Z.]+)'/g)].flatMap((m) => [
    m[1]!,
    m[2]!,
  ]),
  // shift-print.service.ts names its action in a constant.
  'shift.printZ',
  'cash.in',
  'cash.out',
  ...stockDocKinds.map((kind) => `stock.${kind}`),
])

describe('audit action names', () => {
  it('finds the actions the services write', () => {
    expect(written.size).toBeGreaterThan(30)
    expect(source).toContain('action: `cash.${kind}`')
    expect(source).toContain('action: `stock.${input.kind}`')
    expect(source).toContain("const PRINT_ACTION = 'shift.printZ'")
  })

  it.each([...written].sort())('names %s in Indonesian and English', (code) => {
    expect(auditActionName(code, 'id')).not.toBe(code)
    expect(auditActionName(code, 'en')).not.toBe(code)
    expect(auditActionName(code, 'id')).not.toBe(auditActionName(code, 'en'))
  })
})
