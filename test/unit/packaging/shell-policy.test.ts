import { describe, expect, it } from 'vitest'
import { shellPolicy } from '../../../electron/main/shell-policy'
import { secureWindowOptions } from '../../../electron/main/window-options'

const rendererFile = '/opt/Etalase/resources/app.asar/out/renderer/index.html'
const packagedPage = 'file:///opt/Etalase/resources/app.asar/out/renderer/index.html'

describe('the Electron shell in an installed app', () => {
  it('has no application menu, no DevTools, and shows only the page in the package', () => {
    const policy = shellPolicy({
      isPackaged: true,
      env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' },
      rendererFile,
    })
    expect(policy).toEqual({ applicationMenu: false, devTools: false, appUrl: packagedPage })
  })

  it('ignores ELECTRON_RENDERER_URL whatever it says', () => {
    for (const url of ['https://evil.example/', 'http://127.0.0.1:5173/', 'file:///tmp/x.html']) {
      expect(
        shellPolicy({ isPackaged: true, env: { ELECTRON_RENDERER_URL: url }, rendererFile }),
      ).toMatchObject({ appUrl: packagedPage })
    }
  })

  it('passes DevTools on to the window: off unless the policy allows them', () => {
    const off = secureWindowOptions('/p.cjs', { devTools: false }).webPreferences!
    expect(off.devTools).toBe(false)
    expect(secureWindowOptions('/p.cjs').webPreferences!.devTools).toBe(false)
    expect(secureWindowOptions('/p.cjs', { devTools: true }).webPreferences!.devTools).toBe(true)
  })
})

describe('the Electron shell from a source checkout (npm run dev)', () => {
  it('keeps the menu and DevTools and uses the local dev server', () => {
    expect(
      shellPolicy({
        isPackaged: false,
        env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' },
        rendererFile,
      }),
    ).toEqual({ applicationMenu: true, devTools: true, appUrl: 'http://localhost:5173/' })
  })

  it('accepts a dev server only on this machine over http', () => {
    for (const url of ['https://localhost:5173/', 'http://192.168.1.5:5173/', 'javascript:1', '']) {
      expect(
        shellPolicy({ isPackaged: false, env: { ELECTRON_RENDERER_URL: url }, rendererFile })
          .appUrl,
      ).toBe(packagedPage)
    }
    expect(shellPolicy({ isPackaged: false, env: {}, rendererFile }).appUrl).toBe(packagedPage)
  })
})
