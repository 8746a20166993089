// `npm run verify -- --data-dir=PATH [--key-file=PATH] [--anchor SEQ:HASH]… [--anchors-file=PATH]`:
// checks a data folder without changing it (see verify-command.ts for what and how).
import { homedir } from 'node:os'
import { join } from 'node:path'
import { resolveDataDir } from '../core/data-dir'
import { parseVerifyArgs, runVerify } from './verify-command'

const dataDir = resolveDataDir(process.argv, process.env, join(homedir(), '.etalase'))
try {
  process.exit(await runVerify(parseVerifyArgs(process.argv, dataDir), (line) => console.log(line)))
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(2)
}
