// `npm run security`: runs Electronegativity on the built app (out/), offline, and fails on
// any finding of MEDIUM severity or above that security/electronegativity-justifications.json
// does not justify. The release-list check is skipped: it needs the network and only reports
// Electron updates, which Dependabot-style review covers elsewhere.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const failAt = new Set(['MEDIUM', 'HIGH', 'CRITICAL'])
const run = (command, args) =>
  spawnSync(command, args, { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' })

if (!existsSync(join(root, 'out/main/index.js'))) {
  console.log('[security] no build in out/: building first')
  const build = run('npx', ['electron-vite', 'build'])
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr)
    process.exit(1)
  }
}

const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
).version
const scratch = mkdtempSync(join(tmpdir(), 'etalase-electronegativity-'))
const report = join(scratch, 'report.csv')
try {
  const scan = run('npx', [
    'electronegativity',
    '-i',
    join(root, 'out'),
    '-o',
    report,
    '-r',
    '-v',
    'false',
    '-e',
    electronVersion,
    '-x',
    'AvailableSecurityFixesGlobalCheck',
  ])
  if (!existsSync(report)) {
    console.error('[security] Electronegativity wrote no report:\n', scan.stdout, scan.stderr)
    process.exit(1)
  }
  const findings = parseCsv(readFileSync(report, 'utf8'))
  const { justifications } = JSON.parse(
    readFileSync(join(root, 'security/electronegativity-justifications.json'), 'utf8'),
  )
  for (const j of justifications) {
    if (!j.check || !j.file || typeof j.reason !== 'string' || j.reason.trim().length < 20) {
      console.error(
        `[security] justification without a check, file or real reason: ${JSON.stringify(j)}`,
      )
      process.exit(1)
    }
  }
  const used = new Set()
  const unjustified = []
  for (const finding of findings) {
    if (!failAt.has(finding.severity)) continue
    const match = justifications.find(
      (j) =>
        j.check === finding.issue &&
        finding.filename.replaceAll('\\', '/').endsWith(j.file) &&
        (!j.sample || finding.sample.includes(j.sample)),
    )
    if (match) used.add(match)
    else unjustified.push(finding)
  }
  const counted = findings.filter((f) => failAt.has(f.severity)).length
  console.log(
    `[security] Electronegativity ${electronVersion}: ${findings.length} findings, ${counted} MEDIUM or above, ${counted - unjustified.length} justified`,
  )
  for (const j of justifications) {
    if (!used.has(j))
      console.log(`[security] note: justification no longer needed: ${j.check} ${j.file}`)
  }
  if (unjustified.length > 0) {
    for (const f of unjustified) {
      console.error(
        `[security] UNJUSTIFIED ${f.severity} ${f.issue} ${f.filename}:${f.location}  ${f.sample}`,
      )
      console.error(`           ${f.description} (${f.url})`)
    }
    console.error(
      '[security] fix these, or add a reasoned entry to security/electronegativity-justifications.json',
    )
    process.exit(1)
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

/** Electronegativity's CSV: a header row, then quoted fields with "" for a quote. */
function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field.trim())
      field = ''
    } else if (c === '\n') {
      row.push(field.trim())
      rows.push(row)
      row = []
      field = ''
    } else if (c !== '\r') field += c
  }
  if (field || row.length) rows.push([...row, field.trim()])
  const [header, ...body] = rows
  const keys = header.map((h) => h.trim())
  return body
    .filter((r) => r.length >= keys.length)
    .map((r) => Object.fromEntries(keys.map((k, i) => [k, r[i]])))
}
