import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type CompiledShim = { path: string; skipReason: null } | { path: null; skipReason: string }

/**
 * Compiles the LD_PRELOAD shim into a temp folder at test time (gcc is on the dev machines
 * and on CI). Where it cannot be built or loaded, says why, so the drill is skipped with a
 * printed reason rather than silently.
 */
export function compileShim(): CompiledShim {
  if (process.platform !== 'linux') {
    return {
      path: null,
      skipReason: `LD_PRELOAD interposition needs Linux (this is ${process.platform})`,
    }
  }
  const source = join(import.meta.dirname, 'unsynced-writes-shim.c')
  const path = join(mkdtempSync(join(tmpdir(), 'etalase-power-loss-shim-')), 'shim.so')
  const gcc = spawnSync(
    'gcc',
    ['-shared', '-fPIC', '-O2', '-Wall', '-Werror', '-o', path, source, '-ldl', '-lpthread'],
    { encoding: 'utf8' },
  )
  if (gcc.error) return { path: null, skipReason: `no C compiler (gcc: ${gcc.error.message})` }
  if (gcc.status !== 0) throw new Error(`the power-loss shim does not compile:\n${gcc.stderr}`)
  return { path, skipReason: null }
}
