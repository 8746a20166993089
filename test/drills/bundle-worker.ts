import { build } from 'esbuild'
import { join } from 'node:path'

/**
 * Bundles a drill worker into one ESM file so each of the many child processes starts in
 * milliseconds (a TypeScript loader per child would dominate the drill's run time).
 */
export async function bundleWorker(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, 'worker.mjs')
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['better-sqlite3'],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  })
  return outfile
}
