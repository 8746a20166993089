import type { Migration } from 'kysely/migration'
import * as m0001 from './0001_foundation'

/**
 * Static, ordered list: bundlers cannot see a folder scan, and order must never depend on
 * the file system. A test proves this list matches the files in this folder.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
}
