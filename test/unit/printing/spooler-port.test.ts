import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import {
  CommandTimeoutError,
  runCommand,
  type CommandOptions,
  type CommandRunner,
} from '../../../electron/printing/transports/command-runner'
import { createSpoolerPort } from '../../../electron/printing/transports/spooler-port'

interface Call {
  command: string
  args: readonly string[]
  options: CommandOptions
  file?: Uint8Array
}

function recorder(answer: Partial<Awaited<ReturnType<CommandRunner>>> = {}) {
  const calls: Call[] = []
  const run: CommandRunner = async (command, args, options) => {
    const call: Call = { command, args, options }
    // The Windows job file only exists while the command runs: read it now.
    if (options.env?.ETALASE_PRINT_FILE) {
      call.file = new Uint8Array(readFileSync(options.env.ETALASE_PRINT_FILE))
    }
    calls.push(call)
    return { code: 0, stdout: '', stderr: '', ...answer }
  }
  return { calls, run }
}

const bytes = Uint8Array.of(0x1b, 0x40, 0x41, 0x0a, 0x1d, 0x56, 66, 0)

describe('OS spooler port (RAW)', () => {
  it('CUPS: lp -d <printer> -o raw with the bytes on stdin', async () => {
    const { calls, run } = recorder()
    const port = createSpoolerPort(
      { printer: 'TM-T82' },
      { platform: 'linux', run, tempDir: tmpdir() },
    )
    expect(port.target).toBe('TM-T82')
    await port.send(bytes, { timeoutMs: 1000 })
    expect(calls).toEqual([
      {
        command: 'lp',
        args: ['-d', 'TM-T82', '-o', 'raw', '-t', 'Etalase'],
        options: { input: bytes, timeoutMs: 1000 },
      },
    ])
  })

  it('CUPS: a refused job is PRINTER_FAILED with lp’s own words', async () => {
    const { run } = recorder({ code: 1, stderr: 'lp: The printer or class does not exist.\n' })
    const port = createSpoolerPort(
      { printer: 'Nope' },
      { platform: 'linux', run, tempDir: tmpdir() },
    )
    await expect(port.send(bytes, { timeoutMs: 1000 })).rejects.toMatchObject({
      code: 'PRINTER_FAILED',
      params: { target: 'Nope', detail: 'lp: The printer or class does not exist.' },
    })
  })

  it('CUPS: lp missing or stuck gives a clear code', async () => {
    const missing: CommandRunner = async () => {
      throw Object.assign(new Error('spawn lp ENOENT'), { code: 'ENOENT' })
    }
    const port = createSpoolerPort(
      { printer: 'X' },
      { platform: 'linux', run: missing, tempDir: tmpdir() },
    )
    await expect(port.send(bytes, { timeoutMs: 1000 })).rejects.toMatchObject({
      code: 'PRINTER_FAILED',
      params: { detail: 'lp: not installed' },
    })
    const stuck: CommandRunner = async (command) => {
      throw new CommandTimeoutError(command)
    }
    const slow = createSpoolerPort(
      { printer: 'X' },
      { platform: 'linux', run: stuck, tempDir: tmpdir() },
    )
    await expect(slow.send(bytes, { timeoutMs: 1000 })).rejects.toMatchObject({
      code: 'PRINTER_TIMEOUT',
    })
  })

  it('Windows: a PowerShell winspool RAW job, values in the environment, bytes in a temp file', async () => {
    const { calls, run } = recorder()
    const port = createSpoolerPort(
      { printer: "POS-80 'Kasir' $(calc)" },
      { platform: 'win32', run, tempDir: tmpdir() },
    )
    await port.send(bytes, { timeoutMs: 1000 })
    const [call] = calls
    expect(call?.command).toBe('powershell.exe')
    expect(call?.args.slice(0, 5)).toEqual([
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
    ])
    const script = Buffer.from(call?.args[5] ?? '', 'base64').toString('utf16le')
    expect(script).toContain('WritePrinter')
    expect(script).toContain('info.DataType = "RAW"')
    expect(script).toContain('$env:ETALASE_PRINTER')
    expect(script).not.toContain('Kasir')
    expect(call?.options.env?.ETALASE_PRINTER).toBe("POS-80 'Kasir' $(calc)")
    expect(call?.file).toEqual(bytes)
    expect(call?.options.timeoutMs).toBeGreaterThanOrEqual(20_000)
    // The job file is removed afterwards.
    expect(() => readFileSync(call?.options.env?.ETALASE_PRINT_FILE ?? '')).toThrow()
  })
})

describe('runCommand', () => {
  it('feeds stdin and collects stdout without a shell', async () => {
    const result = await runCommand('cat', [], {
      input: Uint8Array.from(Buffer.from('halo $(id)')),
      timeoutMs: 5000,
    })
    expect(result).toEqual({ code: 0, stdout: 'halo $(id)', stderr: '' })
  })

  it('rejects a missing program with ENOENT and a stuck one with a timeout', async () => {
    await expect(
      runCommand('etalase-no-such-program', [], { timeoutMs: 5000 }),
    ).rejects.toMatchObject({
      code: 'ENOENT',
    })
    await expect(runCommand('sleep', ['5'], { timeoutMs: 200 })).rejects.toBeInstanceOf(
      CommandTimeoutError,
    )
  })
})
