// Reads the undo journal written by unsynced-writes-shim.c and "cuts the power": every page
// written since its file's last fsync/fdatasync is, independently, either on disk (the page
// as the process left it) or not (the page as it was at that flush). See the drill table in
// the README for what this models and what it does not.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'

export interface JournalRecord {
  kind: 'W' | 'T' | 'S' | 'X'
  path: string
  /** W: offset written; T: the new size. */
  a: number
  /** W: bytes written. */
  b: number
  /** The file's size before the call. */
  size: number
  /** W: the bytes the write overwrote (within the old size); T: the bytes it cut off. */
  prior: Buffer
}

const HEAD = 1 + 4

/** Parses the journal; a record cut short by the kill is dropped (its call never happened). */
export function readJournal(file: string): JournalRecord[] {
  const buf = existsSync(file) ? readFileSync(file) : Buffer.alloc(0)
  const records: JournalRecord[] = []
  let at = 0
  while (at + HEAD <= buf.length) {
    const kind = String.fromCharCode(buf[at]!) as JournalRecord['kind']
    const pathLen = buf.readUInt32LE(at + 1)
    const fixed = at + HEAD + pathLen
    if (fixed + 32 > buf.length) break
    const priorLen = Number(buf.readBigUInt64LE(fixed + 24))
    if (fixed + 32 + priorLen > buf.length) break
    records.push({
      kind,
      path: buf.toString('utf8', at + HEAD, fixed),
      a: Number(buf.readBigUInt64LE(fixed)),
      b: Number(buf.readBigUInt64LE(fixed + 8)),
      size: Number(buf.readBigUInt64LE(fixed + 16)),
      prior: buf.subarray(fixed + 32, fixed + 32 + priorLen),
    })
    at = fixed + 32 + priorLen
  }
  return records
}

function resized(buf: Buffer, size: number): Buffer {
  if (buf.length === size) return buf
  const out = Buffer.alloc(size)
  buf.copy(out, 0, 0, Math.min(size, buf.length))
  return out
}

/** The file as it was at its last flush: the unflushed calls undone, newest first. */
export function lastFlushedState(current: Buffer, unflushed: JournalRecord[]): Buffer {
  let state: Buffer = Buffer.from(current)
  for (const record of [...unflushed].reverse()) {
    if (record.kind === 'W') {
      state = resized(state, Math.max(state.length, record.a + record.prior.length))
      record.prior.copy(state, record.a)
      state = resized(state, record.size)
    } else if (record.kind === 'T') {
      state = resized(state, record.size)
      record.prior.copy(state, record.a)
    }
  }
  return state
}

export interface PowerLossStats {
  /** Calls seen by the shim, per file name (e.g. `etalase.sqlite-wal`). */
  writes: Map<string, number>
  flushes: Map<string, number>
  /** Writes the model does not cover (writev/pwritev on a tracked file): must stay 0. */
  unmodelled: number
  /** Pages that differed from the last flush when the power went, and how many were lost. */
  unflushedPages: number
  lostPages: number
  /** Files whose size went back to the size at their last flush. */
  sizesReverted: number
}

export const emptyStats = (): PowerLossStats => ({
  writes: new Map(),
  flushes: new Map(),
  unmodelled: 0,
  unflushedPages: 0,
  lostPages: 0,
  sizesReverted: 0,
})

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)

/**
 * Applies a power cut to the files named in the journal. `random` decides, per unflushed
 * page, whether it reached the disk (≥ `dropProbability`) or not, and per file whether a
 * changed size did; a page lost beyond the flushed size reads as zeros (a hole).
 */
export function cutPower(
  journalFile: string,
  random: () => number,
  dropProbability = 0.5,
  pageSize = 4096,
): PowerLossStats {
  const stats = emptyStats()
  const byFile = new Map<string, JournalRecord[]>()
  for (const record of readJournal(journalFile)) {
    if (record.kind === 'X') stats.unmodelled++
    if (record.kind === 'W') bump(stats.writes, basename(record.path))
    if (record.kind === 'S') bump(stats.flushes, basename(record.path))
    // A flush makes everything before it durable: keep only what came after the last one.
    const pending = record.kind === 'S' ? [] : (byFile.get(record.path) ?? [])
    if (record.kind === 'W' || record.kind === 'T') pending.push(record)
    byFile.set(record.path, pending)
  }
  for (const [path, unflushed] of byFile) {
    if (unflushed.length === 0) continue
    // Files are only written, truncated and flushed here; one removed or renamed behind the
    // model's back would make the cut meaningless, so it stops the drill.
    if (!existsSync(path)) throw new Error(`power-loss model: ${path} vanished (unlink/rename)`)
    const current = readFileSync(path)
    const flushed = lastFlushedState(current, unflushed)
    let size = current.length
    if (flushed.length !== current.length && random() < dropProbability) {
      size = flushed.length
      stats.sizesReverted++
    }
    const after = Buffer.alloc(size)
    for (let from = 0; from < size; from += pageSize) {
      const to = Math.min(from + pageSize, size)
      const now = resized(current.subarray(from, Math.min(to, current.length)), to - from)
      const then = resized(flushed.subarray(from, Math.min(to, flushed.length)), to - from)
      let page = now
      if (!now.equals(then)) {
        stats.unflushedPages++
        if (random() < dropProbability) {
          page = then
          stats.lostPages++
        }
      }
      page.copy(after, from)
    }
    writeFileSync(path, after)
  }
  return stats
}
