import { constants } from 'node:fs'
import { access, readdir } from 'node:fs/promises'
import { delimiter, join } from 'node:path'
import type { DetectedDeviceKind, PrinterDetectionDto } from '../../shared/printing/printing-dto'
import type { CommandRunner } from './transports/command-runner'
import {
  powershellArgs,
  WINDOWS_LIST_PORTS_SCRIPT,
  WINDOWS_LIST_PRINTERS_SCRIPT,
} from './transports/windows-raw-print'

export interface DetectDeps {
  platform: NodeJS.Platform
  run: CommandRunner
  /** The PATH to look for `lp` on. */
  path: string
  readdir: (folder: string) => Promise<string[]>
  isExecutable: (file: string) => Promise<boolean>
}

const LIST_TIMEOUT_MS = 4000

// Linux device nodes a receipt printer shows up as. /dev/ttyS* is left out: those legacy
// UARTs exist on most PCs whether or not anything is plugged in.
const linuxDevices: ReadonlyArray<{ folder: string; pattern: RegExp; kind: DetectedDeviceKind }> = [
  { folder: '/dev/usb', pattern: /^lp\d+$/, kind: 'usb-printer' },
  { folder: '/dev', pattern: /^ttyUSB\d+$/, kind: 'usb-serial' },
  { folder: '/dev', pattern: /^ttyACM\d+$/, kind: 'usb-acm' },
  { folder: '/dev', pattern: /^rfcomm\d+$/, kind: 'bluetooth' },
]

const naturalOrder = new Intl.Collator('en', { numeric: true })

async function linesOf(run: CommandRunner, command: string, args: string[]): Promise<string[]> {
  try {
    const result = await run(command, args, { timeoutMs: LIST_TIMEOUT_MS })
    if (result.code !== 0) return []
    return result.stdout
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
  } catch {
    return []
  }
}

async function onPath(deps: DetectDeps, program: string): Promise<boolean> {
  for (const folder of deps.path.split(delimiter)) {
    if (folder !== '' && (await deps.isExecutable(join(folder, program)))) return true
  }
  return false
}

async function unixDevices(deps: DetectDeps): Promise<PrinterDetectionDto['devices']> {
  const devices: PrinterDetectionDto['devices'] = []
  for (const { folder, pattern, kind } of linuxDevices) {
    const names = await deps.readdir(folder).catch(() => [] as string[])
    for (const name of names.filter((entry) => pattern.test(entry)).sort(naturalOrder.compare)) {
      devices.push({ path: `${folder}/${name}`, kind })
    }
  }
  return devices
}

async function darwinDevices(deps: DetectDeps): Promise<PrinterDetectionDto['devices']> {
  const names = await deps.readdir('/dev').catch(() => [] as string[])
  return names
    .filter((name) => /^cu\.(usbserial|usbmodem|wchusbserial|SLAB_USBtoUART)/.test(name))
    .sort(naturalOrder.compare)
    .map((name) => ({ path: `/dev/${name}`, kind: 'usb-serial' as const }))
}

/**
 * What this machine offers for a receipt printer: the OS spooler and its queues, and the
 * device nodes of USB, serial and Bluetooth printers. Only looks; never opens a device.
 */
export async function detectPrinters(deps: DetectDeps): Promise<PrinterDetectionDto> {
  const { platform } = deps
  let spooler: PrinterDetectionDto['spooler'] = { kind: null, available: false, printers: [] }
  let devices: PrinterDetectionDto['devices'] = []
  if (platform === 'win32') {
    const run = (script: string) => linesOf(deps.run, 'powershell.exe', powershellArgs(script))
    const [printers, ports] = await Promise.all([
      run(WINDOWS_LIST_PRINTERS_SCRIPT),
      run(WINDOWS_LIST_PORTS_SCRIPT),
    ])
    spooler = { kind: 'windows', available: true, printers }
    devices = [...new Set(ports)]
      .sort(naturalOrder.compare)
      .map((port) => ({ path: port, kind: 'serial' as const }))
  } else if (platform === 'linux' || platform === 'darwin') {
    const available = await onPath(deps, 'lp')
    const printers = available ? await linesOf(deps.run, 'lpstat', ['-e']) : []
    spooler = { kind: available ? 'cups' : null, available, printers }
    devices = platform === 'linux' ? await unixDevices(deps) : await darwinDevices(deps)
  }
  const has = (kind: DetectedDeviceKind) => devices.some((device) => device.kind === kind)
  return {
    platform:
      platform === 'linux' || platform === 'win32' || platform === 'darwin' ? platform : 'other',
    transports: { network: true, device: devices.length > 0, spooler: spooler.available },
    spooler,
    devices,
    found: {
      usbPrinter: has('usb-printer'),
      usbSerial: has('usb-serial') || has('serial'),
      usbAcm: has('usb-acm'),
      bluetooth: has('bluetooth'),
    },
  }
}

export const nodeDetectDeps = (run: CommandRunner): DetectDeps => ({
  platform: process.platform,
  run,
  path: process.env.PATH ?? '',
  readdir: (folder) => readdir(folder),
  isExecutable: (file) =>
    access(file, constants.X_OK).then(
      () => true,
      () => false,
    ),
})
