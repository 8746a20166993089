import { tmpdir } from 'node:os'
import type { PrinterSettings } from '../../shared/printing/printer-settings'
import type { PrinterDetectionDto } from '../../shared/printing/printing-dto'
import { detectPrinters, nodeDetectDeps } from './detect-printers'
import type { PrinterPort } from './printer-port'
import { runCommand } from './transports/command-runner'
import type { CommandRunner } from './transports/command-runner'
import { createDevicePort } from './transports/device-port'
import { createNetworkPort } from './transports/network-port'
import { createSpoolerPort } from './transports/spooler-port'

export type PrinterConnection = Pick<
  PrinterSettings,
  'transport' | 'host' | 'port' | 'devicePath' | 'baud' | 'spoolerPrinter'
>

/** The machine's printing edge, handed to the printing service (tests hand in their own). */
export interface PrintingSystem {
  openPort(connection: PrinterConnection): PrinterPort
  detect(): Promise<PrinterDetectionDto>
}

export interface NodePrintingOptions {
  platform?: NodeJS.Platform
  run?: CommandRunner
}

export function createNodePrintingSystem(options: NodePrintingOptions = {}): PrintingSystem {
  const platform = options.platform ?? process.platform
  const run = options.run ?? runCommand
  return {
    openPort(connection) {
      switch (connection.transport) {
        case 'network':
          return createNetworkPort({ host: connection.host, port: connection.port })
        case 'device':
          return createDevicePort(
            { path: connection.devicePath, baud: connection.baud },
            { platform, run },
          )
        case 'spooler':
          return createSpoolerPort(
            { printer: connection.spoolerPrinter },
            { platform, run, tempDir: tmpdir() },
          )
        case 'none':
          throw new Error('No printer transport configured')
      }
    },
    detect: () => detectPrinters({ ...nodeDetectDeps(run), platform }),
  }
}
