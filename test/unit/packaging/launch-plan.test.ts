import { describe, expect, it } from 'vitest'
import { launchPlan, type LaunchInput } from '../../../scripts/launch/launch-plan'

const base: LaunchInput = {
  electronBinary: null,
  platform: 'linux',
  env: { DISPLAY: ':0' },
  argv: [],
  hasCommand: (c) => c === 'xdg-open',
}
const URL = 'http://127.0.0.1:5199/#token=abc'
const openerOf = (input: Partial<LaunchInput>) => {
  const plan = launchPlan({ ...base, ...input })
  if (plan.shell !== 'browser') throw new Error('expected browser mode')
  return plan.opener ? [plan.opener.command, ...plan.opener.args(URL)] : null
}

describe('npm start', () => {
  it('runs Electron wherever its binary exists', () => {
    expect(launchPlan({ ...base, electronBinary: '/x/electron' })).toEqual({ shell: 'electron' })
    expect(
      launchPlan({ ...base, electronBinary: 'C:\\e\\electron.exe', platform: 'win32' }),
    ).toEqual({ shell: 'electron' })
  })

  it('falls back to browser mode with one line saying why', () => {
    const plan = launchPlan(base)
    expect(plan.shell).toBe('browser')
    const notice = plan.shell === 'browser' ? plan.notice : ''
    expect(notice.split('\n')).toHaveLength(1)
    expect(notice).toContain('Electron binary is not installed here')
    expect(notice).toContain('browser mode')
  })

  it('opens the system browser: xdg-open on a Linux desktop, open on macOS, the URL handler on Windows', () => {
    expect(openerOf({})).toEqual(['xdg-open', URL])
    expect(openerOf({ env: { WAYLAND_DISPLAY: 'wayland-0' } })).toEqual(['xdg-open', URL])
    expect(openerOf({ platform: 'darwin', env: {} })).toEqual(['open', URL])
    expect(openerOf({ platform: 'win32', env: {} })).toEqual([
      'rundll32',
      'url.dll,FileProtocolHandler',
      URL,
    ])
  })

  it('only prints the address where there is no browser to open', () => {
    expect(openerOf({ env: {} })).toBeNull() // a server: no display
    expect(openerOf({ hasCommand: () => false })).toBeNull() // no xdg-open
    expect(openerOf({ env: { DISPLAY: ':0', CI: 'true' } })).toBeNull()
    expect(openerOf({ env: { DISPLAY: ':0', ETALASE_NO_BROWSER: '1' } })).toBeNull()
    expect(openerOf({ argv: ['--no-browser'], platform: 'win32' })).toBeNull()
  })
})
