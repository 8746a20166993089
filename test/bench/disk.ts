import { closeSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { summarize, type Distribution } from './measure'

/**
 * How long the disk under `dir` takes to make a 4 KiB append durable. With WAL and
 * synchronous=FULL every committed sale waits for at least one of these, so this is the
 * floor beneath the floor: no code change gets a checkout below it.
 */
export function fsyncLatency(dir: string, samples = 200): Distribution {
  const file = join(dir, 'fsync-probe.bin')
  const fd = openSync(file, 'w')
  const page = Buffer.alloc(4096, 0x5a)
  const times: number[] = []
  try {
    for (let i = 0; i < samples; i++) {
      writeSync(fd, page)
      const start = process.hrtime.bigint()
      fsyncSync(fd)
      times.push(Number(process.hrtime.bigint() - start) / 1e6)
    }
  } finally {
    closeSync(fd)
    rmSync(file, { force: true })
  }
  return summarize(times)
}
