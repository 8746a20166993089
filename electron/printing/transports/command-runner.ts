import { spawn } from 'node:child_process'

export interface CommandResult {
  code: number | null
  stdout: string
  stderr: string
}

export interface CommandOptions {
  /** Written to the program's stdin, which is then closed. */
  input?: Uint8Array
  timeoutMs: number
  /** Added to the inherited environment; how values reach a script without any quoting. */
  env?: Record<string, string>
}

/** Runs a program without a shell (arguments are never parsed as a command line). */
export type CommandRunner = (
  command: string,
  args: readonly string[],
  options: CommandOptions,
) => Promise<CommandResult>

export class CommandTimeoutError extends Error {
  constructor(readonly command: string) {
    super(`${command} did not finish in time`)
    this.name = 'CommandTimeoutError'
  }
}

const MAX_OUTPUT = 64 * 1024

export const runCommand: CommandRunner = (command, args, options) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
      windowsHide: true,
    })
    let stdout = ''
    let stderr = ''
    let settled = false
    const settle = (action: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      action()
    }
    const timer = setTimeout(() => {
      child.kill()
      settle(() => reject(new CommandTimeoutError(command)))
    }, options.timeoutMs)
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (text: string) => {
      if (stdout.length < MAX_OUTPUT) stdout += text
    })
    child.stderr.on('data', (text: string) => {
      if (stderr.length < MAX_OUTPUT) stderr += text
    })
    // ENOENT (program not installed) arrives here; the caller names the missing program.
    child.on('error', (error) => settle(() => reject(error)))
    child.on('close', (code) => settle(() => resolve({ code, stdout, stderr })))
    // A program that exits without reading its input would otherwise raise EPIPE.
    child.stdin.on('error', () => {})
    child.stdin.end(options.input ? Buffer.from(options.input) : undefined)
  })
