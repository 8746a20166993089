import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrations } from '../../electron/db/migrations'

describe('migration list', () => {
  it('names exactly the migration files, in order', () => {
    const files = readdirSync(join(process.cwd(), 'electron/db/migrations'))
      .filter((f) => /^\d{4}_.+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort()
    expect(Object.keys(migrations)).toEqual(files)
  })

  it('numbers migrations without gaps', () => {
    const numbers = Object.keys(migrations).map((name) => Number(name.slice(0, 4)))
    expect(numbers).toEqual(numbers.map((_, i) => i + 1))
  })
})
