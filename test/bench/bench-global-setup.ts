import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { buildTemplate, defaultSize, SEED, TEMPLATE_ENV } from './bench-template'
import { flushDirtyPages } from './disk'
import {
  cachedTemplate,
  cacheEnabled,
  cacheRoot,
  generatorVersion,
  partialDir,
  storeTemplate,
} from './template-cache'

/**
 * Each `npm run bench` starts a fresh reports/bench.json: every bench file merges its own
 * sections into it (see mergeReport), so what is in the file always comes from one run.
 * The data set is generated here, once, or taken from the cache of the same generator version
 * (template-cache.ts); the bench files (forked after this runs, so they inherit the
 * environment) copy the template folder instead of generating their own.
 */
export default async function setup(): Promise<() => void> {
  rmSync(join(process.cwd(), 'reports', 'bench.json'), { force: true })
  const size = defaultSize()
  if (!cacheEnabled()) {
    const template = await buildTemplate(size, console.log)
    console.log(`[bench] data set written back to disk in ${flushDirtyPages().toFixed(1)} s`)
    process.env[TEMPLATE_ENV] = template
    return () => rmSync(template, { recursive: true, force: true })
  }
  const version = generatorVersion(size, SEED)
  const cached = cachedTemplate(version)
  if (cached) {
    console.log(`[bench] data set of this generator version from the cache: ${cached}`)
    process.env[TEMPLATE_ENV] = cached
    return () => undefined
  }
  const built = await buildTemplate(size, console.log, partialDir(version))
  console.log(`[bench] data set written back to disk in ${flushDirtyPages().toFixed(1)} s`)
  const stored = storeTemplate(built, version)
  console.log(
    `[bench] kept for the next run of this version in ${cacheRoot()} (BENCH_CACHE=0: off)`,
  )
  process.env[TEMPLATE_ENV] = stored
  return () => undefined
}
