// Child process for the crash and power-loss drills: runs the real checkout service in a loop and reports
// on stdout what it saved and what was acknowledged. The parent kills it with SIGKILL at a
// random moment and then checks that nothing acknowledged was lost.
import { randomUUID } from 'node:crypto'
import { startCore } from '../../electron/core/start-core'

const [dataDir, productId] = process.argv.slice(2)
if (!dataDir || !productId) throw new Error('usage: checkout-worker <dataDir> <productId>')

const core = await startCore({ dataDir, version: 'drill' })
// The folder was set up by the wizard; a started till is locked until someone signs in (the
// session directly: a PIN check per start would only slow the drill).
core.signIn(
  core.database.raw
    .prepare("select id from users where role = 'admin' order by created_at")
    .pluck()
    .get() as string,
)
// The power-loss drill checkpoints often, so kills also land while pages are being copied
// from the WAL into the database file (the app keeps SQLite's default of 1000 pages).
const checkpointPages = Number(process.env.DRILL_WAL_AUTOCHECKPOINT ?? 0)
if (checkpointPages > 0) core.database.raw.pragma(`wal_autocheckpoint = ${checkpointPages}`)
const caller = await core.currentCaller()
const say = (line: string) => process.stdout.write(`${line}\n`)
say('READY')

for (let i = 0; ; i++) {
  const qty = 1 + (i % 3)
  const cart = {
    id: randomUUID(),
    lines: [{ productId, name: 'Drill', sku: 'DRILL', qty, listPrice: 15000, unitPrice: 15000 }],
  }
  say(`SAVING ${JSON.stringify(cart)}`)
  const saved = await core.call('till:saveCart', { cart }, caller)
  if (!saved.ok) throw new Error(saved.message)
  say(`SAVED ${cart.id}`)
  say(`PAYING ${cart.id}`)
  const sale = await core.call(
    'sales:checkout',
    { id: cart.id, lines: [{ productId, qty }], payments: [{ methodId: 'tunai', amount: 50000 }] },
    caller,
  )
  if (!sale.ok) throw new Error(sale.message)
  say(`ACK ${cart.id} ${sale.data.receiptNo}`)
}
