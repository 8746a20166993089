import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractAll, getRawHeader, listPackage } from '@electron/asar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { productInput } from '../../helpers/builders'
import { receiveStock, type ChannelCall } from '../../helpers/receive-stock'
import { setupInput } from '../../helpers/test-core'

// Packs the app as `npm run dist` does (electron-builder, this repository's config) into an
// unpacked directory for Linux x64, with a stand-in for the Electron binary: the real one cannot
// be downloaded here. The stand-in carries Electron's fuse sentinel and wire, so the fuses
// electron-builder flips are read back from it. Then the archive is opened with @electron/asar,
// and the packed main process is booted in Node to prove nothing it needs was left out.

const root = join(import.meta.dirname, '../../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Electron's default wire: RunAsNode, cookies, NODE_OPTIONS, inspect, integrity, asar only, V8 snapshot, file:// */
const DEFAULT_WIRE = '10110001'
/** The whole package (archive + unpacked files) may not grow past this without a decision. */
const SIZE_BUDGET_BYTES = 40 * 1024 * 1024

let work: string
let resources: string
let archive: string
let entries: string[]
let packLog = ''

function standInElectron(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true })
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho stand-in\n# '),
    Buffer.from(SENTINEL),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(DEFAULT_WIRE),
    Buffer.from('\n'),
  ])
  writeFileSync(join(dir, 'electron'), binary)
  chmodSync(join(dir, 'electron'), 0o755)
  writeFileSync(join(dir, 'version'), pkg.devDependencies.electron!)
  writeFileSync(join(dir, 'LICENSE'), '')
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '')
}

/** The fuse wire read back from a binary: one '0' / '1' per fuse, in Electron's order. */
function fuseWire(file: string): string {
  const bytes = readFileSync(file)
  const at = bytes.indexOf(SENTINEL)
  expect(at).toBeGreaterThanOrEqual(0)
  const length = bytes[at + SENTINEL.length + 1]!
  const start = at + SENTINEL.length + 2
  return bytes.subarray(start, start + length).toString('latin1')
}

const sizeOf = (path: string): number =>
  statSync(path).isDirectory()
    ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0)
    : statSync(path).size

beforeAll(() => {
  if (!existsSync(join(root, 'out/main/index.js'))) {
    const build = spawnSync(
      process.execPath,
      [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
      { cwd: root, encoding: 'utf8' },
    )
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`)
  }
  work = mkdtempSync(join(tmpdir(), 'etalase-pack-'))
  standInElectron(join(work, 'electron-dist'))
  const pack = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/electron-builder/cli.js'),
      '--config',
      'electron-builder.config.ts',
      '--linux',
      'dir',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${join(work, 'electron-dist')}`,
      `-c.directories.output=${join(work, 'dist')}`,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
  )
  packLog = `${pack.stdout}\n${pack.stderr}`
  if (pack.status !== 0) throw new Error(`electron-builder failed:\n${packLog}`)
  resources = join(work, 'dist/linux-unpacked/resources')
  archive = join(resources, 'app.asar')
  entries = listPackage(archive, { isPack: false }).map((e) => e.replaceAll('\\', '/'))
}, 240_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the packed app (electron-builder --dir, Linux x64)', () => {
  it('has the fuses flipped in the Electron binary', () => {
    const wire = fuseWire(join(work, 'dist/linux-unpacked/etalase'))
    expect({
      runAsNode: wire[0],
      cookieEncryption: wire[1],
      nodeOptions: wire[2],
      nodeCliInspect: wire[3],
      embeddedAsarIntegrity: wire[4],
      onlyLoadAppFromAsar: wire[5],
    }).toEqual({
      runAsNode: '0',
      cookieEncryption: '1',
      nodeOptions: '0',
      nodeCliInspect: '0',
      embeddedAsarIntegrity: '1',
      onlyLoadAppFromAsar: '1',
    })
  })

  it('holds out/ and production node_modules only: no sources, maps, tests or browser-mode server', () => {
    const top = new Set(entries.map((e) => e.split('/')[1]))
    expect([...top].sort()).toEqual(['node_modules', 'out', 'package.json'])
    for (const file of [
      '/out/main/index.js',
      '/out/main/verify-worker.js',
      '/out/main/reports-worker.js',
      '/out/main/checkpoint-worker.js',
      '/out/main/xlsx-worker.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
    ]) {
      expect(entries, file).toContain(file)
    }
    expect(entries).not.toContain('/out/main/web.js')
    expect(entries.filter((e) => e.endsWith('.map'))).toEqual([])
    expect(entries.filter((e) => /\.tsx?$/.test(e) && !e.endsWith('.d.ts'))).toEqual([])
  })

  it('leaves the renderer libraries and the tooling out of node_modules', () => {
    const packages = new Set(
      entries
        .filter((e) => /^\/node_modules\/(@[^/]+\/)?[^/@]+$/.test(e))
        .map((e) => e.slice('/node_modules/'.length)),
    )
    for (const dep of Object.keys(pkg.dependencies)) expect(packages, dep).toContain(dep)
    for (const dev of [
      'react',
      'react-dom',
      '@mantine/core',
      '@tabler/icons-react',
      'recharts',
      'i18next',
      '@tanstack/react-query',
      'electron',
      'electron-builder',
      'vite',
      'vitest',
      'typescript',
    ]) {
      expect(packages.has(dev), dev).toBe(false)
    }
  })

  it('unpacks better-sqlite3’s native binary, for this platform only, without its C sources', () => {
    interface Node {
      files?: Record<string, Node>
      unpacked?: boolean
    }
    const at = (node: Node, ...path: string[]): Node =>
      path.reduce((n, name) => n.files?.[name] ?? {}, node)
    const header = getRawHeader(archive).header as Node
    const prebuilds = at(header, 'node_modules', 'better-sqlite3', 'prebuilds').files ?? {}
    expect(Object.keys(prebuilds)).toEqual(['linux-x64.node'])
    expect(prebuilds['linux-x64.node']!.unpacked).toBe(true)
    expect(
      existsSync(
        join(resources, 'app.asar.unpacked/node_modules/better-sqlite3/prebuilds/linux-x64.node'),
      ),
    ).toBe(true)
    expect(entries.some((e) => e.startsWith('/node_modules/better-sqlite3/deps'))).toBe(false)
    expect(entries.some((e) => e.startsWith('/node_modules/better-sqlite3/src'))).toBe(false)
  })

  it('stays within its size budget', () => {
    const bytes = sizeOf(archive) + sizeOf(join(resources, 'app.asar.unpacked'))
    console.log(`[package] app.asar + unpacked: ${(bytes / 1024 / 1024).toFixed(1)} MB`)
    expect(bytes).toBeLessThan(SIZE_BUDGET_BYTES)
  })

  it('declares as dependencies exactly the packages the built main process imports', () => {
    const files = readdirSync(join(root, 'out/main'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.js'))
      .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    const imported = new Set<string>()
    // Rollup writes static imports at the start of a line; dynamic ones as import("x").
    const patterns = [
      /^import\s[^;]*?from\s*"([^"]+)"/gm,
      /^import\s*"([^"]+)"/gm,
      /\bimport\(\s*"([^"]+)"\s*\)/g,
    ]
    for (const text of files) {
      for (const pattern of patterns) {
        for (const [, spec] of text.matchAll(pattern)) {
          if (spec!.startsWith('.')) continue
          const name = spec!.startsWith('@')
            ? spec!.split('/').slice(0, 2).join('/')
            : spec!.split('/')[0]!
          if (name === 'electron' || name.startsWith('node:') || builtinModules.includes(name))
            continue
          imported.add(name)
        }
      }
    }
    expect([...imported].sort()).toEqual(Object.keys(pkg.dependencies).sort())
  })
})

describe('the packed main process, booted from the archive in Node', () => {
  let app: string
  let server: ChildProcess | null = null
  let ready: { port: number; token: string }
  let dataDir: string

  beforeAll(async () => {
    app = join(work, 'app')
    extractAll(archive, app)
    cpSync(join(resources, 'app.asar.unpacked'), app, { recursive: true })
    // Browser mode's server is not shipped; it is the same main-process code behind HTTP, so it
    // is dropped in beside the packed chunks it imports. Module resolution starts in the
    // extracted folder, outside this repository: only the packed node_modules can answer.
    cpSync(join(root, 'out/main/web.js'), join(app, 'out/main/web.js'))
    dataDir = join(work, 'data')
    const child = spawn(
      process.execPath,
      [join(app, 'out/main/web.js'), `--data-dir=${dataDir}`, '--port=0'],
      {
        cwd: app,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ETALASE_WEB_TOKEN: undefined },
      },
    )
    server = child
    ready = await new Promise((resolve, reject) => {
      let out = ''
      let err = ''
      child.stderr!.on('data', (c: Buffer) => (err += c.toString()))
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString()
        const line = out.split('\n').find((l) => l.startsWith('ETALASE_WEB_READY '))
        if (line) resolve(JSON.parse(line.slice('ETALASE_WEB_READY '.length)))
      })
      child.on('exit', (code) => reject(new Error(`packed app exited (${code}): ${err}`)))
    })
  }, 60_000)

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r))
      server.kill('SIGTERM')
      await exited
    }
  })

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const response = await fetch(`http://127.0.0.1:${ready.port}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ready.token}` },
      body: JSON.stringify(input),
    })
    const result = (await response.json()) as {
      ok: boolean
      data: T
      code?: string
      message?: string
    }
    if (!result.ok) throw new Error(`${channel}: ${result.code} ${result.message}`)
    return result.data
  }

  it('sells, backs up (verify worker), reports (reports worker), exports and prints labels', async () => {
    // A fresh data folder: the first-run wizard, then a shift (every sale needs one). The demo
    // catalogue only goes into the practice books, so the real books get a product of their own.
    await call('setup:complete', setupInput())
    await call('shifts:open', { openingFloat: 0 })
    const created = await call<{ id: string }>(
      'catalog:create',
      productInput({ name: 'Gantungan Kunci Getah Nyatu', sku: 'GN-001' }),
    )
    await receiveStock(call as ChannelCall, { productId: created.id, qty: 10 })
    const [product] = await call<Array<{ id: string; price: number }>>('catalog:search', {
      query: 'GN-001',
      limit: 5,
    })
    const sale = await call<{ receiptNo: string }>('sales:checkout', {
      id: randomUUID(),
      lines: [{ productId: product!.id, qty: 2 }],
      payments: [{ methodId: 'tunai', amount: product!.price * 2 }],
    })
    expect(sale.receiptNo).toBeTruthy()

    const backup = await call<{ ok: boolean; file: string }>('data:backupNow', {})
    expect(backup.ok).toBe(true)
    const manifest = JSON.parse(
      readFileSync(join(dataDir, 'backups', backup.file.replace(/\.sqlite$/, '.json')), 'utf8'),
    )
    expect(manifest.verification.ok).toBe(true)

    // Yesterday to tomorrow (UTC): the sale's business day is in WIB, seven hours ahead.
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
    const period = { from: day(-1), to: day(1), locationId: null }
    const report = await call<{ summary: { salesCount: number; grossSales: number } }>(
      'reports:sales',
      period,
    )
    expect(report.summary).toMatchObject({ salesCount: 1, grossSales: product!.price * 2 })

    const xlsx = await call<{ base64: string }>('reports:export', {
      report: 'sales',
      format: 'xlsx',
      period,
    })
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK')
    const pdf = await call<{ base64: string }>('reports:export', {
      report: 'sales',
      format: 'pdf',
      period,
    })
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    const labels = await call<{ base64: string }>('labels:pdf', {
      items: [{ productId: product!.id, copies: 1 }],
      template: 'roll-50x30',
    })
    expect(Buffer.from(labels.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
  })
})
