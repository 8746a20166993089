import { existsSync, readFileSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { chainKeyPath, retiredChainKeys } from '../core/chain-key-store'
import { parseChainKeyText } from '../core/chain-key-text'
import { databasePath } from '../core/data-dir'
import {
  formatAnchor,
  parseAnchor,
  registerChainFunctions,
  type ChainAnchor,
  type ChainKey,
} from '../db/ledger-chain'
import type { Database } from '../db/schema'
import { verifyEvidence } from '../services/evidence/evidence-check'

/**
 * `npm run verify -- --data-dir=PATH [--key-file=PATH] [--anchor SEQ:HASH]… [--anchors-file=PATH]`
 *
 * Read-only. Without a key it checks structure (every link present, signed, in order); with
 * the key (`--key-file`, a file holding the key or its recovery code, or else the key file
 * beside the data folder) it also proves each signature. Anchors, copied from Z reports,
 * backup manifests or Pengaturan → Data, prove the chain up to each is unchanged.
 * Exit 0 when everything holds, 1 when something failed, 2 when it cannot check at all.
 */

export interface VerifyArgs {
  dataDir: string
  keyFile: string | null
  anchors: ChainAnchor[]
}

/** Values of `--name=value` and `--name value`, in order. */
function flagValues(argv: readonly string[], name: string): string[] {
  const values: string[] = []
  argv.forEach((arg, i) => {
    if (arg.startsWith(`--${name}=`)) values.push(arg.slice(name.length + 3))
    else if (arg === `--${name}` && argv[i + 1] !== undefined) values.push(argv[i + 1]!)
  })
  return values
}

/** Anchors from a file: one `SEQ:HASH` a line, or a backup manifest (JSON with `anchor`). */
export function anchorsFromFile(text: string): ChainAnchor[] {
  const trimmed = text.trim()
  if (trimmed.startsWith('{')) {
    const anchor = (JSON.parse(trimmed) as { anchor?: ChainAnchor | null }).anchor
    return anchor ? [anchor] : []
  }
  return trimmed
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean)
    .map((line) => {
      const anchor = parseAnchor(line)
      if (!anchor) throw new Error(`not an anchor: ${line}`)
      return anchor
    })
}

export function parseVerifyArgs(argv: readonly string[], dataDir: string): VerifyArgs {
  const anchors: ChainAnchor[] = []
  for (const value of flagValues(argv, 'anchor')) {
    const anchor = parseAnchor(value)
    if (!anchor) throw new Error(`--anchor ${value}: expected SEQ:HASH, e.g. 1234:ab12cd34ef56ab78`)
    anchors.push(anchor)
  }
  for (const file of flagValues(argv, 'anchors-file')) {
    anchors.push(...anchorsFromFile(readFileSync(file, 'utf8')))
  }
  return { dataDir, keyFile: flagValues(argv, 'key-file')[0] ?? null, anchors }
}

function loadKey(args: VerifyArgs, print: (line: string) => void): ChainKey | null {
  const explicit = args.keyFile !== null
  const file = args.keyFile ?? chainKeyPath(args.dataDir)
  if (!existsSync(file)) {
    if (explicit) throw new Error(`key file not found: ${file}`)
    return null
  }
  const key = parseChainKeyText(readFileSync(file, 'utf8'))
  if (key) return key
  if (explicit) throw new Error(`${file} holds neither a chain key nor a recovery code`)
  // The Electron shell seals its key with the OS keystore; outside the app, give the
  // recovery code with --key-file.
  print(`kunci / key: ${file} is sealed by the OS keystore; pass --key-file with the recovery code`)
  return null
}

export async function runVerify(args: VerifyArgs, print: (line: string) => void): Promise<number> {
  const file = databasePath(args.dataDir)
  if (!existsSync(file)) {
    print(`data: ${args.dataDir}\nTidak ada database di sini. / There is no database here.`)
    return 2
  }
  const raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  registerChainFunctions(raw)
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) })
  try {
    const hasChain = raw
      .prepare("select 1 from sqlite_schema where type = 'table' and name = 'ledger_chain'")
      .get()
    if (!hasChain) {
      print(
        `data: ${args.dataDir}\nDatabase ini lebih tua dari rantai; jalankan aplikasi sekali untuk memperbaruinya. / This database predates the ledger chain; start the app once to upgrade it.`,
      )
      return 2
    }
    const key = loadKey(args, print)
    // A key restored from its recovery code retired the stand-in made when it was lost: the
    // links signed meanwhile are checked with that one (kept beside the key file).
    const retired = args.keyFile === null ? retiredChainKeys(chainKeyPath(args.dataDir)) : []
    const report = await verifyEvidence(raw, db, {
      keys: key ? [key, ...retired] : [],
      anchors: args.anchors,
    })
    print(`data: ${args.dataDir}`)
    for (const { check, failure } of report.checks) {
      print(failure ? `${check}: GAGAL / FAILED` : `${check}: ok`)
    }
    const { chain } = report
    if (chain.ok) {
      print(`rantai / chain: ${chain.checked} catatan / records`)
      print(
        chain.authenticated
          ? 'keaslian / authenticity: setiap tanda tangan cocok dengan kunci / every signature matches the key'
          : 'keaslian / authenticity: TIDAK DIPERIKSA, tanpa kunci; hanya struktur / NOT CHECKED, no key; structure only',
      )
      if (chain.head) print(`jangkar sekarang / current anchor: ${formatAnchor(chain.head)}`)
      for (const anchor of args.anchors) print(`jangkar / anchor ${formatAnchor(anchor)}: ok`)
    }
    if (report.first) {
      const { check, table, id, words } = report.first
      print(`PERTAMA GAGAL / FIRST FAILURE: ${check} — ${table} ${id}`)
      print(`  ${words.id}`)
      print(`  ${words.en}`)
      return 1
    }
    return 0
  } finally {
    await db.destroy()
  }
}
