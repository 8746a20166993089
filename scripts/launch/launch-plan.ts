/**
 * What `npm start` does, decided from plain inputs so it can be unit-tested: run Electron where
 * its binary exists, otherwise the same app in browser mode, saying why in one line and
 * opening the system browser where there is one to open.
 */
export type Opener = { command: string; args: (url: string) => string[] }

export type LaunchPlan =
  { shell: 'electron' } | { shell: 'browser'; notice: string; opener: Opener | null }

export interface LaunchInput {
  electronBinary: string | null
  platform: NodeJS.Platform
  env: Readonly<Record<string, string | undefined>>
  argv: readonly string[]
  /** Whether a command exists on the PATH. */
  hasCommand: (command: string) => boolean
}

export const BROWSER_MODE_NOTICE =
  '[etalase] Electron tidak terpasang di sini / the Electron binary is not installed here (its download was blocked): starting the same app in browser mode.'

function opener(input: LaunchInput): Opener | null {
  const { platform, env, argv } = input
  if (argv.includes('--no-browser') || env.ETALASE_NO_BROWSER || env.CI) return null
  if (platform === 'win32') {
    // No shell in between: a URL with & or # reaches the default browser intact.
    return { command: 'rundll32', args: (url) => ['url.dll,FileProtocolHandler', url] }
  }
  if (platform === 'darwin') return { command: 'open', args: (url) => [url] }
  // Linux and the BSDs: only with a desktop session to show it in.
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null
  return input.hasCommand('xdg-open') ? { command: 'xdg-open', args: (url) => [url] } : null
}

export function launchPlan(input: LaunchInput): LaunchPlan {
  if (input.electronBinary) return { shell: 'electron' }
  return { shell: 'browser', notice: BROWSER_MODE_NOTICE, opener: opener(input) }
}
