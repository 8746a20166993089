import { execFileSync } from 'node:child_process'
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

/**
 * Waits until every dirty page on the machine is on disk (`sync`). Copying the 3 GB data set
 * leaves gigabytes for the kernel to write back over the next minute, and every fsync timed
 * meanwhile (a sale's commit) would queue behind it. Returns the seconds it took.
 */
export function flushDirtyPages(): number {
  const start = performance.now()
  if (process.platform !== 'win32') execFileSync('sync')
  return (performance.now() - start) / 1000
}
