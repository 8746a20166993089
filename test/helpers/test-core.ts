import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Channel, InputOf, OutputOf } from '../../shared/contract'
import type { Role } from '../../shared/auth/auth-dto'
import { defaultRolePermissions, type Permission } from '../../shared/permissions'
import type { Result } from '../../shared/result'
import type { CallOptions, Caller } from '../../electron/ipc/caller'
import { chainKeyPath } from '../../electron/core/chain-key-store'
import { startCore, type Core } from '../../electron/core/start-core'
import type { Clock, IdSource } from '../../electron/services/core/context'
import type { OsPrinter } from '../../electron/printing/os-print/os-printer'
import type { ReportsWorkerOptions } from '../../electron/services/reports/worker-report-queries'
import type { WalCheckpointerOptions } from '../../electron/db/wal-checkpointer'

/** The reports worker from its TypeScript source, loaded through tsx as tests run it. */
export const reportsWorkerFromSource: ReportsWorkerOptions = {
  file: join(import.meta.dirname, '../../electron/services/reports/reports-worker.ts'),
  fromSource: true,
}

/** The checkpoint worker from its TypeScript source, loaded through tsx as tests run it. */
export const walCheckpointerFromSource: WalCheckpointerOptions = {
  file: join(import.meta.dirname, '../../electron/db/wal-checkpoint-worker.ts'),
  fromSource: true,
}

/** A caller with a role's default permissions, for permission tests. */
export function callerAs(role: Role, base: Caller, name: string = role): Caller {
  return {
    locale: base.locale,
    actor: {
      userId: base.actor?.userId ?? 'nobody',
      name,
      role,
      permissions: new Set<Permission>(defaultRolePermissions[role]),
    },
  }
}

export interface TestCore extends Core {
  dataDir: string
  /** Calls a channel through the real router as the local session. */
  call<C extends Channel>(
    channel: C,
    input: InputOf<C>,
    caller?: Caller,
    options?: CallOptions,
  ): Promise<Result<OutputOf<C>>>
  /** Like call, but throws on an error result: for arranging test data. */
  must<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>
  clock: FixedClock
  dispose(): Promise<void>
}

export interface FixedClock extends Clock {
  set(ms: number): void
  advance(ms: number): void
}

export function fixedClock(start = Date.UTC(2026, 10, 27, 3, 0, 0)): FixedClock {
  let now = start
  return { now: () => now, set: (ms) => (now = ms), advance: (ms) => (now += ms) }
}

/** Sequential, readable UUID-shaped ids so failures are easy to read. */
export function sequentialIds(prefix = '00000000'): IdSource {
  let n = 0
  return { next: () => `${prefix}-0000-7000-8000-${String(++n).padStart(12, '0')}` }
}

/** What the first-run wizard submits in tests: till KSG1, admin "Admin" with PIN 123456. */
export const TEST_ADMIN_PIN = '123456'
export function setupInput(
  overrides: { code?: string; name?: string } = {},
): InputOf<'setup:complete'> {
  return {
    locale: 'id',
    shop: {
      name: overrides.name ?? 'Galeri Lapas Narkotika Kasongan',
      address: 'Jl. Tjilik Riwut Km. 5\nKasongan, Katingan, Kalteng',
      phone: '0536 123456',
      npwp: '',
      receiptHeader: [],
      receiptFooter: ['Terima kasih', 'Hasil karya warga binaan'],
    },
    till: { code: overrides.code ?? 'KSG1', kind: 'showroom' },
    admin: { name: 'Admin', pin: TEST_ADMIN_PIN },
  }
}

/**
 * Runs the first-run wizard on a core started directly with `startCore` (drills, restarts on a
 * fresh folder): till `code` (default KSG1), admin "Admin" with TEST_ADMIN_PIN, signed in.
 */
export async function completeSetup(core: Core, code?: string): Promise<void> {
  const result = await core.call('setup:complete', setupInput(code ? { code } : {}))
  if (!result.ok) throw new Error(`setup:complete failed: ${result.code} ${result.message}`)
}

/**
 * A real core over a real SQLite file in a fresh temp folder, built by the migrations. Unless
 * `setup: false`, the wizard has run (till `code`, default KSG1) and its admin is signed in with
 * a shift open (`shift: false` leaves it closed), which is where a working till starts.
 */
export async function createTestCore(
  options: {
    ids?: IdSource
    osPrinter?: OsPrinter
    reportsWorker?: ReportsWorkerOptions
    walCheckpointer?: WalCheckpointerOptions
    setup?: boolean
    shift?: boolean
    code?: string
    /** When the till's clock starts (the wizard and the shift are written then). */
    start?: number
  } = {},
): Promise<TestCore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'etalase-test-'))
  const clock = fixedClock(options.start)
  const core = await startCore({
    dataDir,
    version: 'test',
    clock,
    ids: options.ids ?? sequentialIds(),
    ...(options.osPrinter ? { osPrinter: options.osPrinter } : {}),
    ...(options.reportsWorker ? { reportsWorker: options.reportsWorker } : {}),
    ...(options.walCheckpointer ? { walCheckpointer: options.walCheckpointer } : {}),
  })
  const test = asTestCore(core, dataDir, clock)
  if (options.setup !== false) {
    await test.must('setup:complete', setupInput(options.code ? { code: options.code } : {}))
    if (options.shift !== false) await test.must('shifts:open', { openingFloat: 0 })
  }
  return test
}

/**
 * A test core started again over the folder of one that was closed (`close()`, not
 * `dispose()`): the same clock object keeps its time, `ids` must not repeat the first run's
 * (a fresh prefix). The session lives in memory, so it starts locked: sign someone in.
 */
export async function reopenTestCore(
  dataDir: string,
  options: { clock: FixedClock; ids: IdSource },
): Promise<TestCore> {
  const core = await startCore({ dataDir, version: 'test', clock: options.clock, ids: options.ids })
  return asTestCore(core, dataDir, options.clock)
}

function asTestCore(core: Core, dataDir: string, clock: FixedClock): TestCore {
  const call = <C extends Channel>(
    channel: C,
    input: InputOf<C>,
    caller?: Caller,
    options?: CallOptions,
  ) => core.call(channel, input, caller, options)
  const must = async <C extends Channel>(channel: C, input: InputOf<C>) => {
    const result = await call(channel, input)
    if (!result.ok) throw new Error(`${channel} failed: ${result.code} ${result.message}`)
    return result.data
  }
  return {
    ...core,
    dataDir,
    clock,
    call,
    must,
    async dispose() {
      await core.close()
      rmSync(dataDir, { recursive: true, force: true })
      rmSync(chainKeyPath(dataDir), { force: true })
    },
  }
}

/**
 * Signs the wizard's admin ("Admin", TEST_ADMIN_PIN) in on a core restarted over a folder that
 * is already set up: the session lives in memory, so a restart starts locked.
 */
export async function signInAdmin(core: Core): Promise<void> {
  const candidates = await core.call('auth:candidates', {})
  if (!candidates.ok) throw new Error(`auth:candidates failed: ${candidates.code}`)
  const admin = candidates.data.find((c) => c.name === 'Admin' && c.role === 'admin')
  if (!admin) throw new Error('no Admin to sign in')
  const login = await core.call('auth:login', { userId: admin.id, pin: TEST_ADMIN_PIN })
  if (!login.ok) throw new Error(`auth:login failed: ${login.code} ${login.message}`)
}
