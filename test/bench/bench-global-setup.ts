import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { buildTemplate, defaultSize, TEMPLATE_ENV } from './bench-template'
import { flushDirtyPages } from './disk'

/**
 * Each `npm run bench` starts a fresh reports/bench.json: every bench file merges its own
 * sections into it (see mergeReport), so what is in the file always comes from one run.
 * The data set is generated here, once; the bench files (forked after this runs, so they
 * inherit the environment) copy the template folder instead of generating their own.
 */
export default async function setup(): Promise<() => void> {
  rmSync(join(process.cwd(), 'reports', 'bench.json'), { force: true })
  const template = await buildTemplate(defaultSize(), console.log)
  console.log(`[bench] data set written back to disk in ${flushDirtyPages().toFixed(1)} s`)
  process.env[TEMPLATE_ENV] = template
  return () => rmSync(template, { recursive: true, force: true })
}
