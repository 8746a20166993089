// `npm run verify -- --data-dir=PATH`: checks a data folder without changing it — SQLite's
// integrity and foreign keys, the ledger hash chain, stock levels against movements, and
// Laporan's daily rollups against the sales ledgers.
import { homedir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { databasePath, resolveDataDir } from '../core/data-dir'
import { registerChainFunctions, verifyLedgerChain } from '../db/ledger-chain'
import type { Database } from '../db/schema'
import { verifyReportRollups } from '../services/reports/report-rollups'
import { verifyStockLevels } from '../services/stock-ledger'

const dataDir = resolveDataDir(process.argv, process.env, join(homedir(), '.etalase'))
const raw = new BetterSqlite3(databasePath(dataDir), { readonly: true, fileMustExist: true })
registerChainFunctions(raw)
const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) })

const hasChain = raw
  .prepare("select 1 from sqlite_schema where type = 'table' and name = 'ledger_chain'")
  .get()
if (!hasChain) {
  console.log(
    `data: ${dataDir}\nThis database predates the ledger chain; start the app once to upgrade it.`,
  )
  process.exit(2)
}

const integrity = raw.pragma('integrity_check', { simple: true })
const foreignKeys = raw.pragma('foreign_key_check') as unknown[]
const chain = verifyLedgerChain(raw)
const stock = await verifyStockLevels(db)
const rollups = await verifyReportRollups(db)

console.log(`data: ${dataDir}`)
console.log(`integrity_check: ${String(integrity)}`)
console.log(`foreign keys: ${foreignKeys.length === 0 ? 'ok' : `${foreignKeys.length} violations`}`)
console.log(
  chain.ok
    ? `ledger chain: ok (${chain.checked} records)`
    : `ledger chain: BROKEN at #${chain.broken.seq} ${chain.broken.table} ${chain.broken.rowId} (${chain.broken.problem}) after ${chain.checked} good records`,
)
console.log(stock.length === 0 ? 'stock levels: ok' : `stock levels: ${stock.length} mismatches`)
console.log(
  rollups.length === 0 ? 'report rollups: ok' : `report rollups: ${rollups.length} mismatches`,
)
await db.destroy()
process.exit(
  integrity === 'ok' &&
    foreignKeys.length === 0 &&
    chain.ok &&
    stock.length === 0 &&
    rollups.length === 0
    ? 0
    : 1,
)
