import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { homedir } from 'node:os'
import { basename, join, relative } from 'node:path'
import { chainKeyPath } from '../../electron/core/chain-key-store'
import type { DatasetSize } from './bench-template'

/**
 * The bench's data set kept between runs, by generator version (issue 18: "generate the large
 * data set once per run, or cache it by generator version"). Generating it takes about four
 * minutes of a run's ten; a run of the same code on this machine, a fresh clone included,
 * copies the cached folder instead.
 *
 * The version is a hash of everything that decides the folder's bytes: the size and seed, the
 * generator (dataset.ts and its words, bench-template.ts, the wizard's input) and the whole
 * app below it (electron/, shared/: migrations, triggers, services) with its locked
 * dependencies. Any change there is a new version and generates afresh. Nothing is trusted
 * that is not complete: a folder is renamed into place only after it was built and written
 * back to disk. One version is kept (about 3 GB at the full size).
 *
 * Where: `ETALASE_BENCH_CACHE`, else `~/.cache/etalase-bench`. `BENCH_CACHE=0` turns it off.
 */
const ROOT = process.cwd()
const VERSIONED_PATHS = [
  'electron',
  'shared',
  'test/bench/dataset.ts',
  'test/bench/craft-words.ts',
  'test/bench/bench-template.ts',
  'test/helpers/test-core.ts',
  'package-lock.json',
]

export const cacheEnabled = (): boolean => process.env.BENCH_CACHE !== '0'

export const cacheRoot = (): string =>
  process.env.ETALASE_BENCH_CACHE ?? join(homedir(), '.cache', 'etalase-bench')

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/** The generator version of a data set of this size and seed: a hash of what makes it. */
export function generatorVersion(size: DatasetSize, seed: number, root = ROOT): string {
  const hash = createHash('sha256')
  hash.update(JSON.stringify({ size, seed }))
  const files = VERSIONED_PATHS.map((path) => join(root, path))
    .filter((path) => existsSync(path))
    .flatMap(filesUnder)
    .map((file) => relative(root, file))
    .sort()
  for (const file of files) {
    hash.update(`\0${file}\0`)
    hash.update(readFileSync(join(root, file)))
  }
  return `${size.products}p-${size.saleLines}l-${hash.digest('hex').slice(0, 16)}`
}

/** The finished folder of this version, or null. */
export function cachedTemplate(version: string, root = cacheRoot()): string | null {
  const dir = join(root, version)
  return existsSync(dir) ? dir : null
}

/** Where to build a new version: a folder beside the cache's, on the same disk. */
export function partialDir(version: string, root = cacheRoot()): string {
  mkdirSync(root, { recursive: true })
  const dir = join(root, `${version}.partial-${process.pid}`)
  rmSync(dir, { recursive: true, force: true })
  rmSync(chainKeyPath(dir), { force: true })
  return dir
}

/**
 * Puts a finished build in place as `version`, with its chain key beside it, and removes every
 * other version and any half-built folder: one data set on disk at a time.
 */
export function storeTemplate(built: string, version: string, root = cacheRoot()): string {
  const keep = new Set([basename(built), basename(chainKeyPath(built))])
  for (const name of readdirSync(root)) {
    if (!keep.has(name)) rmSync(join(root, name), { recursive: true, force: true })
  }
  const dir = join(root, version)
  renameSync(built, dir)
  if (existsSync(chainKeyPath(built))) renameSync(chainKeyPath(built), chainKeyPath(dir))
  return dir
}
