import { join, posix, resolve, win32 } from 'node:path'

export const DB_FILE_NAME = 'etalase.sqlite'
export const APP_FOLDER_NAME = 'Etalase'

/**
 * Where the data lives: `--data-dir=<path>` beats `ETALASE_DATA_DIR` beats `fallback`.
 * Kept for callers that bring their own fallback (the verify tool); the shells use
 * chooseDataDir.
 */
export function resolveDataDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  fallback: string,
): string {
  const flag = argv.find((a) => a.startsWith('--data-dir='))
  if (flag) return resolve(flag.slice('--data-dir='.length))
  if (env.ETALASE_DATA_DIR) return resolve(env.ETALASE_DATA_DIR)
  return fallback
}

export const databasePath = (dataDir: string) => join(dataDir, DB_FILE_NAME)

export type DataDirSource = 'flag' | 'env' | 'machine' | 'user' | 'legacy'

export interface DataDirChoice {
  dir: string
  source: DataDirSource
}

export interface DataDirInput {
  platform: NodeJS.Platform
  env: Readonly<Record<string, string | undefined>>
  argv: readonly string[]
  /** The account's home folder (os.homedir()). */
  home: string
  /** Whether a folder already holds a database; only asked about older default folders. */
  hasDatabase?: (dir: string) => boolean
}

/**
 * The one data folder of this till, the same for Electron and browser mode:
 *
 * - `--data-dir=PATH`, then `ETALASE_DATA_DIR` (tests, a portable install, a second till).
 * - Windows: `%PROGRAMDATA%\Etalase`, one folder per machine, so every Windows account at the
 *   till sees the same books (the installer makes it writable for the Users group).
 * - Linux: `$XDG_CONFIG_HOME/Etalase` (`~/.config/Etalase`), per account. A per-machine folder
 *   (/var/lib/etalase) needs root to create and a group to share it; an AppImage has no
 *   installer step to do that, and a Linux till is one account in practice.
 * - macOS (development only): `~/Library/Application Support/Etalase`.
 *
 * Earlier builds kept the data in Electron's per-user folder (`%APPDATA%\Etalase`) or, in
 * browser mode, `~/.etalase`. When the new default holds no database but such an older folder
 * does, that folder is kept (`legacy`), so an update never opens empty books; README says how
 * to move it.
 */
export function chooseDataDir(input: DataDirInput): DataDirChoice {
  const { platform, env, argv, home } = input
  const path = platform === 'win32' ? win32 : posix
  const flag = argv.find((a) => a.startsWith('--data-dir='))
  const flagValue = flag?.slice('--data-dir='.length)
  if (flagValue) return { dir: path.resolve(flagValue), source: 'flag' }
  if (env.ETALASE_DATA_DIR) return { dir: path.resolve(env.ETALASE_DATA_DIR), source: 'env' }

  let chosen: DataDirChoice
  const legacy = [path.join(home, '.etalase')]
  if (platform === 'win32') {
    const programData = env.PROGRAMDATA || env.ALLUSERSPROFILE || 'C:\\ProgramData'
    chosen = { dir: path.join(programData, APP_FOLDER_NAME), source: 'machine' }
    legacy.unshift(path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME))
  } else if (platform === 'darwin') {
    const dir = path.join(home, 'Library', 'Application Support', APP_FOLDER_NAME)
    chosen = { dir, source: 'user' }
  } else {
    const config = env.XDG_CONFIG_HOME || path.join(home, '.config')
    chosen = { dir: path.join(config, APP_FOLDER_NAME), source: 'user' }
  }

  const hasDatabase = input.hasDatabase
  if (!hasDatabase || hasDatabase(chosen.dir)) return chosen
  const older = legacy.find((dir) => dir !== chosen.dir && hasDatabase(dir))
  return older ? { dir: older, source: 'legacy' } : chosen
}
