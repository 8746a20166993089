import { describe, expect, it } from 'vitest'
import { isAppUrl, secureWindowOptions } from '../../electron/main/window-options'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { readFileSync } from 'node:fs'

describe('window security settings', () => {
  const prefs = secureWindowOptions('/app/preload/index.cjs').webPreferences!

  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.sandbox).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.nodeIntegrationInWorker).toBe(false)
    expect(prefs.nodeIntegrationInSubFrames).toBe(false)
    expect(prefs.webSecurity).toBe(true)
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.allowRunningInsecureContent).toBe(false)
    expect(prefs.preload).toBe('/app/preload/index.cjs')
  })

  it('has a strict CSP: no inline or eval script, nothing remote', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/)
        return [name, values]
      }),
    )
    expect(directives['default-src']).toEqual(["'none'"])
    expect(directives['script-src']).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(directives['script-src']).not.toContain("'unsafe-inline'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/)
  })

  it('the renderer page carries the same script policy in its meta tag', () => {
    const html = readFileSync('renderer/index.html', 'utf8')
    expect(html).toContain("script-src 'self'")
    expect(html).not.toContain('unsafe-eval')
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>/)
  })

  it('allows navigation only to the app itself', () => {
    const app = 'file:///opt/etalase/out/renderer/index.html'
    expect(isAppUrl('file:///opt/etalase/out/renderer/index.html', app)).toBe(true)
    expect(isAppUrl('file:///etc/passwd', app)).toBe(false)
    expect(isAppUrl('https://example.com/', app)).toBe(false)
    expect(isAppUrl('http://localhost:5173/#/kasir', 'http://localhost:5173/')).toBe(true)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false)
    expect(isAppUrl('not a url', app)).toBe(false)
  })
})
