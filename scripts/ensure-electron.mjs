// Electron's own postinstall (which downloads the binary) is not in allowScripts,
// because a failed download would fail the whole install on machines that can only
// reach the npm registry. We try it here instead and treat failure as a warning:
// `npm test` and `npm run web` do not need the binary; `npm start` falls back to browser mode.
import { existsSync, readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const electronDir = join(process.cwd(), 'node_modules', 'electron')
const installer = join(electronDir, 'install.js')

function binaryPresent() {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return false
  return existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()))
}

if (!existsSync(installer) || binaryPresent() || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  process.exit(0)
}
const result = spawnSync(process.execPath, [installer], {
  cwd: electronDir,
  stdio: 'inherit',
  timeout: 300_000,
})
if (result.status !== 0 || !binaryPresent()) {
  console.warn(
    '\n[etalase] The Electron binary could not be downloaded. `npm test` and `npm run web` work, and\n' +
      '          `npm start` runs the app in browser mode instead — see README → Troubleshooting.\n',
  )
}
