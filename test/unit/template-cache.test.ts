import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { chainKeyPath } from '../../electron/core/chain-key-store'
import {
  cachedTemplate,
  generatorVersion,
  partialDir,
  storeTemplate,
} from '../bench/template-cache'

const made: string[] = []
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A project tree with a migration and the generator, as the version reads them. */
function project(): string {
  const root = tempDir('etalase-cache-project-')
  mkdirSync(join(root, 'electron', 'db', 'migrations'), { recursive: true })
  mkdirSync(join(root, 'test', 'bench'), { recursive: true })
  writeFileSync(join(root, 'electron', 'db', 'migrations', '0001.ts'), 'create table a (x)')
  writeFileSync(join(root, 'test', 'bench', 'dataset.ts'), 'export const rows = 1')
  writeFileSync(join(root, 'README.md'), 'not part of the data')
  return root
}

const SIZE = { products: 10, saleLines: 20 }

describe('generatorVersion', () => {
  it('is the same for the same sources, and changes with the app, the generator, size or seed', () => {
    const root = project()
    const version = generatorVersion(SIZE, 1, root)
    expect(version).toMatch(/^10p-20l-[0-9a-f]{16}$/)
    expect(generatorVersion(SIZE, 1, root)).toBe(version)
    // A file outside what makes the data does not matter.
    writeFileSync(join(root, 'README.md'), 'edited')
    expect(generatorVersion(SIZE, 1, root)).toBe(version)

    writeFileSync(join(root, 'electron', 'db', 'migrations', '0001.ts'), 'create table a (y)')
    const afterMigration = generatorVersion(SIZE, 1, root)
    expect(afterMigration).not.toBe(version)
    writeFileSync(join(root, 'test', 'bench', 'dataset.ts'), 'export const rows = 2')
    expect(generatorVersion(SIZE, 1, root)).not.toBe(afterMigration)
    // A new file in the app is a new version too.
    const before = generatorVersion(SIZE, 1, root)
    writeFileSync(join(root, 'electron', 'db', 'migrations', '0002.ts'), '')
    expect(generatorVersion(SIZE, 1, root)).not.toBe(before)

    const now = generatorVersion(SIZE, 1, root)
    expect(generatorVersion(SIZE, 2, root)).not.toBe(now)
    expect(generatorVersion({ products: 10, saleLines: 21 }, 1, root)).not.toBe(now)
  })
})

describe('the cache folder', () => {
  it('trusts only a finished build, keeps one version, and moves the chain key with it', () => {
    const root = tempDir('etalase-cache-root-')
    // An older version and a half-built folder from a run that was killed.
    mkdirSync(join(root, 'old-version'))
    writeFileSync(chainKeyPath(join(root, 'old-version')), 'key')
    mkdirSync(join(root, 'v2.partial-1'))

    const building = partialDir('v2', root)
    mkdirSync(building)
    writeFileSync(join(building, 'etalase.sqlite'), 'data')
    writeFileSync(chainKeyPath(building), 'key of v2')
    expect(cachedTemplate('v2', root)).toBeNull()

    const stored = storeTemplate(building, 'v2', root)
    expect(stored).toBe(join(root, 'v2'))
    expect(cachedTemplate('v2', root)).toBe(stored)
    expect(existsSync(join(stored, 'etalase.sqlite'))).toBe(true)
    expect(readdirSync(root).sort()).toEqual(['v2', 'v2.chain-key'])
    expect(cachedTemplate('old-version', root)).toBeNull()
  })
})
