import { rmSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Each `npm run bench` starts a fresh reports/bench.json: every bench file merges its own
 * sections into it (see mergeReport), so what is in the file always comes from one run.
 */
export default function setup(): void {
  rmSync(join(process.cwd(), 'reports', 'bench.json'), { force: true })
}
