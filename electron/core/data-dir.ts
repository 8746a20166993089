import { join, resolve } from 'node:path'

export const DB_FILE_NAME = 'etalase.sqlite'

/**
 * Where the data lives: `--data-dir=<path>` beats `ETALASE_DATA_DIR` beats the platform's
 * user-data folder (passed in by the caller, since only Electron knows it). Tests and a
 * portable install use the first two.
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
