// Child process for the instance-lock tests: takes the data folder's lock as a running
// Etalase would, says HOLDING, and waits to be killed (SIGKILL: no clean-up runs).
import { acquireInstanceLock } from '../../electron/core/instance-lock'

const [dataDir] = process.argv.slice(2)
if (!dataDir) throw new Error('usage: lock-holder <dataDir>')
acquireInstanceLock(dataDir, { mode: 'browser' })
process.stdout.write('HOLDING\n')
setInterval(() => {}, 60_000)
