import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Finds the Electron binary without `require('electron')`, which in Electron 45 tries to
 * download it and throws where the download is blocked. Used by `npm start` and by the
 * Electron-only specs to decide whether Electron can run here.
 */
export function electronBinary(
  root: string = process.cwd(),
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const candidate = join(override, platform === 'win32' ? 'electron.exe' : 'electron')
    return existsSync(candidate) ? candidate : null
  }
  const dir = join(root, 'node_modules', 'electron')
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}
