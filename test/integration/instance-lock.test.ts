import { spawn, type ChildProcess } from 'node:child_process'
import { chainKeyPath } from '../../electron/core/chain-key-store'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCoreHost, type CoreHost } from '../../electron/core/core-host'
import { databasePath } from '../../electron/core/data-dir'
import {
  acquireInstanceLock,
  LOCK_INFO_FILE_NAME,
  type LockHolder,
} from '../../electron/core/instance-lock'
import { bilingualStartupMessage, StartupFailure } from '../../electron/core/startup-failure'
import { productInput } from '../helpers/builders'
import { completeSetup, fixedClock } from '../helpers/test-core'

const holderScript = join(import.meta.dirname, '../helpers/lock-holder.ts')

/** Another process holding the folder, as a running Etalase would. */
function startHolder(dataDir: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    // tsx resolves the app's extension-less TypeScript imports in the child.
    const child = spawn(process.execPath, ['--import', 'tsx', holderScript, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.stdout.on('data', (c: Buffer) => {
      if (c.toString().includes('HOLDING')) resolve(child)
    })
    child.on('exit', (code) => reject(new Error(`lock holder exited (${code}): ${stderr}`)))
  })
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.removeAllListeners('exit')
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the start to be refused')
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(StartupFailure)
      return error as StartupFailure
    },
  )

describe('one Etalase per data folder', () => {
  let dataDir: string
  let first: CoreHost | null = null
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'etalase-lock-'))
  })
  afterEach(async () => {
    await first?.close()
    first = null
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(chainKeyPath(dataDir), { force: true })
  })

  const open = () =>
    openCoreHost({ dataDir, version: 'test', clock: fixedClock(), shell: 'browser' })

  it('refuses a second start on the same folder with a clear message; the first keeps working', async () => {
    first = await open()
    // The first till is set up and in use (the wizard's admin signed in).
    await completeSetup(first.core()!)
    const error = await refusal(open())
    expect(error.code).toBe('ALREADY_RUNNING')
    const text = bilingualStartupMessage(error)
    expect(text).toContain('Etalase sudah berjalan dengan folder data ini')
    expect(text).toContain('Etalase is already running on this data folder')
    expect(text).toContain(`pid ${process.pid}, browser`)

    const caller = await first.currentCaller()
    expect((await first.route('app:info', {}, caller)).ok).toBe(true)
    const saved = await first.route('catalog:create', productInput(), caller)
    expect(saved.ok).toBe(true)
  })

  it('is free again once the first closes', async () => {
    first = await open()
    await first.close()
    first = await open()
    expect(first.mode()).toBe('ready')
  })

  it('checks the lock before the database: a refused start never creates or opens it', async () => {
    const holder = await startHolder(dataDir)
    try {
      const error = await refusal(open())
      expect(error.code).toBe('ALREADY_RUNNING')
      expect(bilingualStartupMessage(error)).toContain(`pid ${holder.pid}, browser`)
      // Opening the database would have created etalase.sqlite in this empty folder.
      expect(existsSync(databasePath(dataDir))).toBe(false)
    } finally {
      await killed(holder)
    }
  })

  it('takes over the lock of a killed process at once', async () => {
    const holder = await startHolder(dataDir)
    const stale = JSON.parse(readFileSync(join(dataDir, LOCK_INFO_FILE_NAME), 'utf8')) as LockHolder
    expect(stale.pid).toBe(holder.pid)
    await killed(holder) // SIGKILL: the holder cleaned up nothing
    expect(existsSync(join(dataDir, LOCK_INFO_FILE_NAME))).toBe(true)

    first = await open()
    expect(first.mode()).toBe('ready')
    const now = JSON.parse(readFileSync(join(dataDir, LOCK_INFO_FILE_NAME), 'utf8')) as LockHolder
    expect(now.pid).toBe(process.pid)
  })

  it('says the folder is not writable when it cannot even make the lock', () => {
    const notAFolder = join(dataDir, 'file')
    writeFileSync(notAFolder, 'x')
    let caught: unknown
    try {
      acquireInstanceLock(join(notAFolder, 'data'), { mode: 'electron' })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(StartupFailure)
    expect((caught as StartupFailure).code).toBe('DATA_DIR_NOT_WRITABLE')
    expect(bilingualStartupMessage(caught as StartupFailure)).toContain('izin ubah (Modify)')
  })
})
