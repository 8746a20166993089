import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** The flags the e2e tests use: no sandbox (root in CI), no GPU, nothing phoning home. */
export const BENCH_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

function onPath(name: string): string | null {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null
  } catch {
    return null
  }
}

/**
 * CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a chromium on the PATH; null when
 * there is none, so the UI bench can skip and say why instead of failing.
 */
export function findBenchChromium(): { path: string } | { missing: string } {
  const configured = process.env.CHROMIUM_PATH
  if (configured) {
    return existsSync(configured)
      ? { path: configured }
      : { missing: `CHROMIUM_PATH=${configured} does not exist` }
  }
  const found = ['/usr/bin/chromium', onPath('chromium'), onPath('chromium-browser')].find(
    (path): path is string => !!path && existsSync(path),
  )
  return found
    ? { path: found }
    : {
        missing:
          'no Chromium at /usr/bin/chromium or on the PATH (apt-get install chromium, or set CHROMIUM_PATH)',
      }
}
