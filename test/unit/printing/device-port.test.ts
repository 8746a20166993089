import { execFileSync } from 'node:child_process'
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { constants } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CommandRunner } from '../../../electron/printing/transports/command-runner'
import { createDevicePort, osDevicePath } from '../../../electron/printing/transports/device-port'
import { GENEROUS_BOUND_MS } from '../../helpers/hang-bound'

const noCommands: CommandRunner = async () => {
  throw new Error('no command expected')
}

describe('device printer port (device files, serial, rfcomm)', () => {
  let dir: string
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'etalase-device-'))))
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('writes the bytes to the device path', async () => {
    const path = join(dir, 'lp0')
    writeFileSync(path, '')
    const bytes = Uint8Array.from({ length: 5000 }, (_, i) => i % 256)
    await createDevicePort({ path, baud: null }, { platform: 'linux', run: noCommands }).send(
      bytes,
      {
        timeoutMs: 1000,
      },
    )
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes)
  })

  it('never creates a missing device: DEVICE_NOT_FOUND names it', async () => {
    const path = join(dir, 'usb', 'lp9')
    const port = createDevicePort({ path, baud: null }, { platform: 'linux', run: noCommands })
    await expect(port.send(Uint8Array.of(1), { timeoutMs: 1000 })).rejects.toMatchObject({
      code: 'DEVICE_NOT_FOUND',
      params: { device: path },
    })
    const missing = join(dir, 'ttyUSB7')
    await expect(
      createDevicePort({ path: missing, baud: null }, { platform: 'linux', run: noCommands }).send(
        Uint8Array.of(1),
        { timeoutMs: 1000 },
      ),
    ).rejects.toMatchObject({ code: 'DEVICE_NOT_FOUND' })
    expect(() => readFileSync(missing)).toThrow()
  })

  it('a device that blocks (a FIFO nobody reads) fails with PRINTER_TIMEOUT', async () => {
    const path = join(dir, 'rfcomm0')
    execFileSync('mkfifo', [path])
    const port = createDevicePort({ path, baud: null }, { platform: 'linux', run: noCommands })
    const started = Date.now()
    await expect(port.send(Uint8Array.of(1, 2, 3), { timeoutMs: 300 })).rejects.toMatchObject({
      code: 'PRINTER_TIMEOUT',
      params: { target: path },
    })
    expect(Date.now() - started, 'cut off by the deadline, not hung').toBeLessThan(
      GENEROUS_BOUND_MS,
    )
    // Release the blocked open in the thread pool so the test leaves nothing behind.
    closeSync(openSync(path, constants.O_RDONLY | constants.O_NONBLOCK))
  })

  it('sets the baud rate with stty on Linux ttys when one is configured', async () => {
    const calls: Array<[string, readonly string[]]> = []
    const run: CommandRunner = async (command, args) => {
      calls.push([command, args])
      return { code: 0, stdout: '', stderr: '' }
    }
    const port = createDevicePort({ path: '/dev/null', baud: 9600 }, { platform: 'linux', run })
    await port.send(Uint8Array.of(1), { timeoutMs: 1000 })
    expect(calls).toEqual([])

    const tty = createDevicePort({ path: '/dev/ttyUSB0', baud: 19200 }, { platform: 'linux', run })
    await expect(tty.send(Uint8Array.of(1), { timeoutMs: 1000 })).rejects.toMatchObject({
      code: 'DEVICE_NOT_FOUND',
    })
    expect(calls).toEqual([['stty', ['-F', '/dev/ttyUSB0', '19200', 'raw', '-echo']]])
  })

  it('reports a failing stty with its message', async () => {
    const run: CommandRunner = async () => ({
      code: 1,
      stdout: '',
      stderr: 'stty: /dev/rfcomm0: Input/output error\n',
    })
    const port = createDevicePort({ path: '/dev/rfcomm0', baud: 9600 }, { platform: 'linux', run })
    await expect(port.send(Uint8Array.of(1), { timeoutMs: 1000 })).rejects.toMatchObject({
      code: 'PRINTER_FAILED',
      params: { target: '/dev/rfcomm0', detail: 'stty: /dev/rfcomm0: Input/output error' },
    })
  })

  it('opens Windows COM ports through the device namespace', () => {
    expect(osDevicePath('COM3', 'win32')).toBe('\\\\.\\COM3')
    expect(osDevicePath('com12', 'win32')).toBe('\\\\.\\COM12')
    expect(osDevicePath('\\\\.\\COM3', 'win32')).toBe('\\\\.\\COM3')
    expect(osDevicePath('/dev/usb/lp0', 'linux')).toBe('/dev/usb/lp0')
  })
})
