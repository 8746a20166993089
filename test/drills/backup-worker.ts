// Child process for the backup drill: the real checkout service in a loop, with a backup
// started every few sales and not awaited, so sales and the backup's page steps interleave.
// It reports acknowledged sales and backups on stdout; the parent SIGKILLs it mid-backup.
import { randomUUID } from 'node:crypto'
import { startCore } from '../../electron/core/start-core'

const [dataDir, productId] = process.argv.slice(2)
if (!dataDir || !productId) throw new Error('usage: backup-worker <dataDir> <productId>')

const core = await startCore({ dataDir, version: 'drill' })
// The folder was set up by the wizard; a started till is locked until someone signs in (the
// session directly: a PIN check per start would only slow the drill).
core.signIn(
  core.database.raw
    .prepare("select id from users where role = 'admin' order by created_at")
    .pluck()
    .get() as string,
)
const caller = await core.currentCaller()
const say = (line: string) => process.stdout.write(`${line}\n`)
say('READY')

for (let i = 0; ; i++) {
  if (i % 8 === 3) {
    say('BACKUP_START')
    void core.dataSafety
      .backupNow('interval')
      .then((run) =>
        say(`BACKUP_DONE ${run.ok ? 'ok' : `failed:${run.problem}`} ${run.file} ${run.durationMs}`),
      )
  }
  const id = randomUUID()
  const sale = await core.call(
    'sales:checkout',
    { id, lines: [{ productId, qty: 1 }], payments: [{ methodId: 'tunai', amount: 20000 }] },
    caller,
  )
  if (!sale.ok) throw new Error(sale.message)
  say(`ACK ${id} ${sale.data.receiptNo}`)
  // Requests reach the real till as separate events (HTTP, IPC); a bare loop of resolved
  // promises would never let the backup's page steps (setImmediate) run at all.
  await new Promise((resolve) => setImmediate(resolve))
}
