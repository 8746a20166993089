// `npm run hub -- --data-dir=PATH [--port=N] [--listen=ADDR] [--till=KSG1 --till=KSG2 …]
//  [--share=KSG1:LOCATION_ID …] [--price=PRODUCT_ID:PRICE:COST[:EFFECTIVE_ISO] …]
//  [--split=VALID_FROM:PREMI%:PNBP%:MODAL%[:BASIS[:WORKSHOP_ID]] …] [--split-user=USER_ID]`
// Starts the showroom's hub (PostgreSQL from Debian's package) with the schema migrated, issues
// credentials for the tills named, and prints what each till types into Pengaturan →
// Sinkronisasi. Runs until Ctrl+C, then stops the server.
import { sql } from 'kysely'
import {
  connectHub,
  createTillRole,
  migrateHub,
  publishPriceVersion,
  publishSplitRule,
  shareLocation,
} from '../electron/hub/hub-admin'
import { startPgServer } from '../electron/hub/pg-server'

const DATABASE = 'etalase_hub'

function args(name: string): string[] {
  const prefix = `--${name}=`
  return process.argv.filter((a) => a.startsWith(prefix)).map((a) => a.slice(prefix.length))
}

const dataDir = args('data-dir')[0] ?? process.env.ETALASE_HUB_DIR
if (!dataDir) {
  console.error('usage: npm run hub -- --data-dir=PATH [--port=N] [--listen=ADDR] [--till=CODE]')
  process.exit(2)
}
// A fixed default port: the tills keep the address they joined with.
const port = args('port')[0] ?? '5433'
const listen = args('listen')[0]

const server = await startPgServer({
  dataDir,
  port: Number(port),
  ...(listen ? { listen } : {}),
})
const address = (database: string) => ({
  host: server.host,
  port: server.port,
  database,
  user: server.superuser,
  password: server.superPassword,
})
const root = connectHub(address('postgres'), 1)
const { rows } = await sql<{
  n: number
}>`SELECT count(*)::int AS n FROM pg_database WHERE datname = ${DATABASE}`.execute(root)
if (rows[0]?.n === 0) await sql.raw(`CREATE DATABASE ${DATABASE}`).execute(root)
await root.destroy()
const admin = connectHub(address(DATABASE))
const version = await migrateHub(admin)
console.log(`Etalase hub: PostgreSQL on ${server.host}:${server.port}, schema version ${version}`)
console.log(`  admin: psql -h ${server.host} -p ${server.port} -U ${server.superuser} ${DATABASE}`)
console.log(`  (admin password in ${dataDir}/superuser.password)`)
for (const code of args('till')) {
  try {
    const credentials = await createTillRole(admin, code)
    console.log(`Till ${code} — Pengaturan → Sinkronisasi → Gabung:`)
    console.log(`  address ${server.host}  port ${server.port}  database ${DATABASE}`)
    console.log(`  role ${credentials.role}  password ${credentials.password}`)
  } catch (error) {
    console.error(`Till ${code}: ${(error as Error).message}`)
  }
}
for (const share of args('share')) {
  const [code, location] = share.split(':')
  if (code && location) await shareLocation(admin, code, location)
}
// A price is published as a version (never an overwrite); tills apply it when it is due.
for (const price of args('price')) {
  // Product ids have no colon; the ISO time after the third one may have several.
  const [productId, amount, cost, ...time] = price.split(':')
  const effective = time.join(':')
  const effectiveAt = effective ? Date.parse(effective) : Date.now()
  if (!productId || !Number.isFinite(effectiveAt)) {
    console.error(`Price ${price}: expected PRODUCT_ID:PRICE:COST[:EFFECTIVE_ISO]`)
    continue
  }
  try {
    await publishPriceVersion(admin, {
      productId,
      price: Number(amount),
      cost: Number(cost),
      effectiveAt,
    })
    console.log(
      `Price of ${productId}: ${amount} (cost ${cost}) from ${new Date(effectiveAt).toISOString()}`,
    )
  } catch (error) {
    console.error(`Price ${price}: ${(error as Error).message}`)
  }
}
// A revenue split is published as a version valid from a date (default rule without a
// workshop id); each till splits the sales of that day on by it, earlier sales keep theirs.
const splitUser = args('split-user')[0]
for (const split of args('split')) {
  const [validFrom, premi, pnbp, modal, basis, workshopId] = split.split(':')
  const bp = (percent: string | undefined) => Math.round(Number(percent) * 100)
  try {
    if (!validFrom) throw new Error('expected VALID_FROM:PREMI%:PNBP%:MODAL%[:BASIS[:WORKSHOP_ID]]')
    await publishSplitRule(admin, {
      validFrom,
      premiBp: bp(premi),
      pnbpBp: bp(pnbp),
      modalBp: bp(modal),
      basis: (basis || 'net_sales') as 'net_sales' | 'gross_profit',
      workshopId: workshopId || null,
      ...(splitUser ? { userId: splitUser } : {}),
    })
    console.log(
      `Split ${premi}/${pnbp}/${modal} % (premi/PNBP/modal) of ${basis || 'net_sales'} for ${workshopId || 'every workshop without its own'} from ${validFrom}`,
    )
  } catch (error) {
    console.error(`Split ${split}: ${(error as Error).message}`)
  }
}
await admin.destroy()

const stop = () => {
  server.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
if (process.argv.includes('--once')) stop()
console.log('Running. Ctrl+C stops the hub.')
setInterval(() => undefined, 1 << 30)
