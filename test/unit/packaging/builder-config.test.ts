import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builderConfig } from '../../../electron-builder.config'

// What `npm run dist` builds, checked without building it. The package's contents are checked
// by test/integration/packaging/app-archive.test.ts, which packs the app.

const root = join(import.meta.dirname, '../../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  author: { name: string; email: string }
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
  scripts: Record<string, string>
}

describe('installer configuration', () => {
  it('builds a Windows NSIS x64 installer, a Linux AppImage and a .deb into dist/', () => {
    expect(builderConfig.directories.output).toBe('dist')
    expect(builderConfig.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(builderConfig.linux.target).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ])
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.config.ts')
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/) // exact pin
    expect(pkg.dependencies['electron-builder']).toBeUndefined()
  })

  it('names who makes it, with an e-mail, a category and a desktop entry (deb requires them)', () => {
    expect(pkg.author.name).toBeTruthy()
    expect(pkg.author.email).toMatch(/^[^@\s]+@[^@\s]+$/)
    expect(builderConfig.linux.maintainer).toMatch(/<[^@\s]+@[^@\s]+>$/)
    expect(builderConfig.linux.category).toBe('Office')
    expect(builderConfig.linux.desktop.entry).toMatchObject({ Name: 'Etalase' })
  })

  it('never phones home: no publish provider, no update feed, no auto-update code', () => {
    expect(builderConfig.publish).toBeNull()
    expect(pkg.scripts.dist).toContain('--publish never')
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain(
      'electron-updater',
    )
    const sources = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
        .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
        .map((e) => join(e.parentPath, e.name))
    for (const file of [...sources('electron'), ...sources('renderer/src'), ...sources('shared')]) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/autoUpdater|electron-updater/)
    }
  })

  it('flips the fuses: no RunAsNode, NODE_OPTIONS or --inspect; only the integrity-checked asar', () => {
    expect(builderConfig.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    })
  })

  it('installs per machine and never deletes the data', () => {
    expect(builderConfig.nsis).toMatchObject({
      perMachine: true,
      oneClick: false,
      deleteAppDataOnUninstall: false,
      include: 'resources/installer.nsh',
    })
    const script = readFileSync(join(root, builderConfig.nsis.include), 'utf8')
    const code = script
      .split('\n')
      .filter((line) => !line.trim().startsWith(';'))
      .join('\n')
    // The installer makes %PROGRAMDATA%\Etalase and lets the Users group (by SID, so any
    // Windows language) modify it; the uninstaller removes nothing.
    expect(code).toMatch(/ReadEnvStr \$0 "PROGRAMDATA"/)
    expect(code).toMatch(/CreateDirectory "\$0\\Etalase"/)
    expect(code).toMatch(/icacls "\$0\\Etalase" \/grant \*S-1-5-32-545:\(OI\)\(CI\)M/)
    expect(code).not.toMatch(/RMDir|Delete\b/i)
    expect(code).toMatch(/!macro customUnInstall\s*\n\s*!macroend/)
  })

  it('ships only what the main process loads, with the native binary outside the archive', () => {
    expect(builderConfig.asar).toBe(true)
    expect(builderConfig.files).toEqual(
      expect.arrayContaining(['out/**/*', '!out/main/web.js', '!**/*.map', 'package.json']),
    )
    expect(builderConfig.asarUnpack).toEqual(['node_modules/better-sqlite3/prebuilds/*.node'])
    expect(builderConfig.npmRebuild).toBe(false)
    // A platform-level `files` list would replace the top-level one (and ship the sources).
    expect('files' in builderConfig.win).toBe(false)
    expect('files' in builderConfig.linux).toBe(false)
    // Renderer libraries are bundled by Vite: devDependencies, never in the package.
    for (const lib of ['react', 'react-dom', '@mantine/core', 'recharts', 'i18next']) {
      expect(pkg.dependencies[lib], lib).toBeUndefined()
      expect(pkg.devDependencies[lib], lib).toBeDefined()
    }
  })

  it('points at icons that exist', () => {
    for (const file of [builderConfig.win.icon, builderConfig.nsis.installerIcon]) {
      expect(existsSync(join(root, file)), file).toBe(true)
    }
    expect(existsSync(join(root, builderConfig.linux.icon, '512x512.png'))).toBe(true)
  })
})
