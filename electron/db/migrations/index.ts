import type { Migration } from 'kysely/migration'
import * as m0001 from './0001_foundation'
import * as m0002 from './0002_till'
import * as m0003 from './0003_printing'

/**
 * Static, ordered list: bundlers cannot see a folder scan, and order must never depend on
 * the file system. A test proves this list matches the files in this folder.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_till': m0002,
  '0003_printing': m0003,
}
