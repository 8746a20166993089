import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

function onPath(name: string): string | null {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null
  } catch {
    return null
  }
}

/**
 * CHROMIUM_PATH, then Debian's chromium on the PATH, then Playwright's own download.
 * Fails loudly with the fix rather than letting every e2e test time out.
 */
export function findChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    onPath('chromium'),
    onPath('chromium-browser'),
    (() => {
      try {
        return chromium.executablePath()
      } catch {
        return undefined
      }
    })(),
  ]
  const found = candidates.find((path): path is string => !!path && existsSync(path))
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one of: Debian/Ubuntu ' +
        '`sudo apt-get install -y chromium`; or `npx playwright install chromium`; or set ' +
        'CHROMIUM_PATH to a Chromium/Chrome executable.',
    )
  }
  return found
}
