import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { errnoOf, PrinterError } from '../printer-port'
import type { PrinterPort, SendOptions } from '../printer-port'
import { CommandTimeoutError } from './command-runner'
import type { CommandResult, CommandRunner } from './command-runner'
import { powershellArgs, WINDOWS_RAW_PRINT_SCRIPT } from './windows-raw-print'

export interface SpoolerPortOptions {
  printer: string
}

export interface SpoolerPortDeps {
  platform: NodeJS.Platform
  run: CommandRunner
  tempDir: string
}

const JOB_TITLE = 'Etalase'
/** PowerShell's start-up plus Add-Type's C# compile take seconds on a cold office PC. */
const WINDOWS_MIN_TIMEOUT_MS = 20_000

/**
 * The OS print queue in RAW mode: the queue passes our ESC/POS bytes to the printer
 * untouched. Success means the queue accepted the job; the spooler prints it afterwards, so
 * paper problems show in the OS queue rather than here.
 */
export function createSpoolerPort(options: SpoolerPortOptions, deps: SpoolerPortDeps): PrinterPort {
  const target = options.printer

  async function run(command: string, args: string[], extra: Parameters<CommandRunner>[2]) {
    let result: CommandResult
    try {
      result = await deps.run(command, args, extra)
    } catch (error) {
      if (error instanceof CommandTimeoutError)
        throw new PrinterError('PRINTER_TIMEOUT', { target })
      const code = errnoOf(error)
      const detail = code === 'ENOENT' ? `${command}: not installed` : `${command}: ${code}`
      throw new PrinterError('PRINTER_FAILED', { target, detail })
    }
    if (result.code !== 0) {
      const detail = result.stderr.trim().slice(0, 200) || `${command} exit ${result.code}`
      throw new PrinterError('PRINTER_FAILED', { target, detail })
    }
  }

  async function sendCups(bytes: Uint8Array, timeoutMs: number) {
    // `-o raw` keeps CUPS from running the bytes through a filter (which would print them
    // as text); the job arrives on stdin, so nothing is written to disk.
    const args = ['-d', options.printer, '-o', 'raw', '-t', JOB_TITLE]
    await run('lp', args, { input: bytes, timeoutMs })
  }

  async function sendWindows(bytes: Uint8Array, timeoutMs: number) {
    const folder = await mkdtemp(join(deps.tempDir, 'etalase-print-'))
    const file = join(folder, 'job.bin')
    try {
      await writeFile(file, bytes)
      await run('powershell.exe', powershellArgs(WINDOWS_RAW_PRINT_SCRIPT), {
        timeoutMs: Math.max(timeoutMs, WINDOWS_MIN_TIMEOUT_MS),
        env: {
          ETALASE_PRINTER: options.printer,
          ETALASE_PRINT_FILE: file,
          ETALASE_PRINT_TITLE: JOB_TITLE,
        },
      })
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  }

  return {
    target,
    async send(bytes: Uint8Array, { timeoutMs }: SendOptions): Promise<void> {
      if (deps.platform === 'win32') await sendWindows(bytes, timeoutMs)
      else await sendCups(bytes, timeoutMs)
    },
  }
}
