import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { errnoOf, PrinterError } from '../printer-port'
import type { PrinterPort, SendOptions } from '../printer-port'
import { CommandTimeoutError } from './command-runner'
import type { CommandRunner } from './command-runner'

// Serial, virtual COM and USB printer class devices, written as plain files. There is no
// native serialport module on purpose (it would need rebuilding for Electron): for USB-serial
// adapters and Bluetooth rfcomm links the line speed is whatever the OS/driver set up, and a
// USB printer-class device (/dev/usb/lp0) has no baud rate at all. When a baud rate is
// configured on Linux, `stty` sets it on the tty before the job, which is all a receipt
// printer needs (8N1, raw, no echo).

export interface DevicePortOptions {
  path: string
  baud: number | null
}

export interface DevicePortDeps {
  platform: NodeJS.Platform
  run: CommandRunner
}

const NOT_THERE = new Set(['ENOENT', 'ENODEV', 'ENXIO', 'ENOTDIR', 'EISDIR'])
const NOT_ALLOWED = new Set(['EACCES', 'EPERM'])

function deviceFailure(error: unknown, device: string): PrinterError {
  const code = errnoOf(error)
  if (NOT_THERE.has(code)) return new PrinterError('DEVICE_NOT_FOUND', { device })
  if (NOT_ALLOWED.has(code)) return new PrinterError('PRINTER_ACCESS_DENIED', { device })
  return new PrinterError('PRINTER_FAILED', { target: device, detail: code })
}

/** Windows opens COM10 and above only through the device namespace; `\\.\COM3` works for all. */
export function osDevicePath(path: string, platform: NodeJS.Platform): string {
  if (platform === 'win32' && /^(COM\d{1,3}|LPT\d)$/i.test(path))
    return `\\\\.\\${path.toUpperCase()}`
  return path
}

const isLinuxTty = (path: string) => /^\/dev\/(tty|rfcomm)/.test(path)

// No O_CREAT: a missing device must fail with ENOENT, not quietly become a file in /dev.
// O_NOCTTY keeps a serial printer from becoming this process's controlling terminal.
const WRITE_FLAGS = constants.O_WRONLY | (constants.O_NOCTTY ?? 0)

async function writeAll(path: string, bytes: Uint8Array, device: string): Promise<void> {
  let handle
  try {
    handle = await open(path, WRITE_FLAGS)
  } catch (error) {
    throw deviceFailure(error, device)
  }
  try {
    let offset = 0
    while (offset < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset)
      offset += bytesWritten
    }
  } catch (error) {
    throw deviceFailure(error, device)
  } finally {
    await handle.close().catch(() => {})
  }
}

/**
 * A write to a printer that is off or out of paper can block inside the driver. The deadline
 * fails the job for the cashier; the blocked write itself cannot be cancelled from Node and
 * finishes (or errors) in the background when the driver lets go.
 */
function withDeadline<T>(work: Promise<T>, timeoutMs: number, onTimeout: () => Error): Promise<T> {
  work.catch(() => {})
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), timeoutMs)
    work.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}

export function createDevicePort(options: DevicePortOptions, deps: DevicePortDeps): PrinterPort {
  const device = options.path
  const path = osDevicePath(options.path, deps.platform)

  async function setBaud(timeoutMs: number, baud: number): Promise<void> {
    let result
    try {
      result = await deps.run('stty', ['-F', path, String(baud), 'raw', '-echo'], { timeoutMs })
    } catch (error) {
      if (error instanceof CommandTimeoutError)
        throw new PrinterError('PRINTER_TIMEOUT', { target: device })
      throw new PrinterError('PRINTER_FAILED', {
        target: device,
        detail: `stty: ${errnoOf(error)}`,
      })
    }
    if (result.code !== 0) {
      if (/no such file|not found/i.test(result.stderr)) {
        throw new PrinterError('DEVICE_NOT_FOUND', { device })
      }
      const detail = result.stderr.trim().slice(0, 200) || `stty exit ${result.code}`
      throw new PrinterError('PRINTER_FAILED', { target: device, detail })
    }
  }

  return {
    target: device,
    async send(bytes: Uint8Array, { timeoutMs }: SendOptions): Promise<void> {
      if (options.baud !== null && deps.platform === 'linux' && isLinuxTty(path)) {
        await setBaud(timeoutMs, options.baud)
      }
      const timeout = () => new PrinterError('PRINTER_TIMEOUT', { target: device })
      await withDeadline(writeAll(path, bytes, device), timeoutMs, timeout)
    },
  }
}
