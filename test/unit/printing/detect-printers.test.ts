import { describe, expect, it } from 'vitest'
import { detectPrinters, type DetectDeps } from '../../../electron/printing/detect-printers'
import { createNodePrintingSystem } from '../../../electron/printing/printing-system'
import type { CommandRunner } from '../../../electron/printing/transports/command-runner'

function deps(overrides: Partial<DetectDeps> & { files?: Record<string, string[]> }): DetectDeps {
  const files = overrides.files ?? {}
  return {
    platform: 'linux',
    run: async () => ({ code: 0, stdout: '', stderr: '' }),
    path: '/usr/local/bin:/usr/bin',
    readdir: async (folder) => {
      const entries = files[folder]
      if (!entries) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      return entries
    },
    isExecutable: async () => false,
    ...overrides,
  }
}

describe('printer detection', () => {
  it('Linux: lists printer device nodes and CUPS queues', async () => {
    const run: CommandRunner = async (command, args) => {
      expect([command, args]).toEqual(['lpstat', ['-e']])
      return { code: 0, stdout: 'TM-T82\nXP-58\n', stderr: '' }
    }
    const found = await detectPrinters(
      deps({
        run,
        isExecutable: async (file) => file === '/usr/bin/lp',
        files: {
          '/dev/usb': ['lp1', 'lp0', 'hiddev0'],
          '/dev': ['ttyUSB10', 'ttyUSB2', 'ttyACM0', 'rfcomm0', 'ttyS0', 'null', 'usb'],
        },
      }),
    )
    expect(found).toEqual({
      platform: 'linux',
      transports: { network: true, device: true, spooler: true },
      spooler: { kind: 'cups', available: true, printers: ['TM-T82', 'XP-58'] },
      devices: [
        { path: '/dev/usb/lp0', kind: 'usb-printer' },
        { path: '/dev/usb/lp1', kind: 'usb-printer' },
        { path: '/dev/ttyUSB2', kind: 'usb-serial' },
        { path: '/dev/ttyUSB10', kind: 'usb-serial' },
        { path: '/dev/ttyACM0', kind: 'usb-acm' },
        { path: '/dev/rfcomm0', kind: 'bluetooth' },
      ],
      found: { usbPrinter: true, usbSerial: true, usbAcm: true, bluetooth: true },
    })
  })

  it('Linux without CUPS or devices: all false but the network', async () => {
    const found = await detectPrinters(deps({ files: { '/dev': ['null', 'tty0', 'ttyS0'] } }))
    expect(found).toEqual({
      platform: 'linux',
      transports: { network: true, device: false, spooler: false },
      spooler: { kind: null, available: false, printers: [] },
      devices: [],
      found: { usbPrinter: false, usbSerial: false, usbAcm: false, bluetooth: false },
    })
  })

  it('Windows: queues from Get-Printer and COM ports, through PowerShell', async () => {
    const run: CommandRunner = async (command, args) => {
      expect(command).toBe('powershell.exe')
      const script = Buffer.from(args.at(-1) ?? '', 'base64').toString('utf16le')
      if (script.includes('Get-Printer')) {
        return { code: 0, stdout: 'POS-80\r\nMicrosoft Print to PDF\r\n', stderr: '' }
      }
      return { code: 0, stdout: 'COM4\r\nCOM3\r\n', stderr: '' }
    }
    const found = await detectPrinters(deps({ platform: 'win32', run }))
    expect(found.spooler).toEqual({
      kind: 'windows',
      available: true,
      printers: ['POS-80', 'Microsoft Print to PDF'],
    })
    expect(found.devices).toEqual([
      { path: 'COM3', kind: 'serial' },
      { path: 'COM4', kind: 'serial' },
    ])
    expect(found.transports).toEqual({ network: true, device: true, spooler: true })
  })

  it('a failing lpstat leaves an empty list, never an error', async () => {
    const run: CommandRunner = async () => ({
      code: 1,
      stdout: '',
      stderr: 'scheduler not running',
    })
    const found = await detectPrinters(deps({ run, isExecutable: async () => true }))
    expect(found.spooler).toEqual({ kind: 'cups', available: true, printers: [] })
  })

  it('runs on this machine and answers with booleans', async () => {
    const found = await createNodePrintingSystem().detect()
    expect(found.platform).toBe(process.platform === 'linux' ? 'linux' : found.platform)
    for (const value of [
      ...Object.values(found.transports),
      ...Object.values(found.found),
      found.spooler.available,
    ]) {
      expect(typeof value).toBe('boolean')
    }
    expect(found.transports.network).toBe(true)
    expect(Array.isArray(found.devices)).toBe(true)
    expect(Array.isArray(found.spooler.printers)).toBe(true)
  })
})
