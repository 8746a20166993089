import { describe, expect, it } from 'vitest'
import { chooseDataDir, type DataDirInput } from '../../../electron/core/data-dir'

const windowsAccount = (user: string): DataDirInput => ({
  platform: 'win32',
  env: {
    PROGRAMDATA: 'C:\\ProgramData',
    ALLUSERSPROFILE: 'C:\\ProgramData',
    APPDATA: `C:\\Users\\${user}\\AppData\\Roaming`,
  },
  argv: ['Etalase.exe'],
  home: `C:\\Users\\${user}`,
})

const linuxAccount: DataDirInput = {
  platform: 'linux',
  env: {},
  argv: ['etalase'],
  home: '/home/kasir',
}

describe('the data folder', () => {
  it('is one folder per Windows machine, whichever account starts the app', () => {
    const kasir = chooseDataDir(windowsAccount('kasir'))
    const admin = chooseDataDir(windowsAccount('admin'))
    expect(kasir).toEqual({ dir: 'C:\\ProgramData\\Etalase', source: 'machine' })
    expect(admin).toEqual(kasir)
  })

  it('falls back to ALLUSERSPROFILE, then C:\\ProgramData, when PROGRAMDATA is missing', () => {
    const noProgramData = { ...windowsAccount('kasir'), env: { ALLUSERSPROFILE: 'D:\\All' } }
    expect(chooseDataDir(noProgramData).dir).toBe('D:\\All\\Etalase')
    expect(chooseDataDir({ ...windowsAccount('kasir'), env: {} }).dir).toBe(
      'C:\\ProgramData\\Etalase',
    )
  })

  it('takes --data-dir over ETALASE_DATA_DIR over the default, on every platform', () => {
    const win = windowsAccount('kasir')
    expect(chooseDataDir({ ...win, argv: ['x', '--data-dir=D:\\Kasir2'] })).toEqual({
      dir: 'D:\\Kasir2',
      source: 'flag',
    })
    expect(chooseDataDir({ ...win, env: { ...win.env, ETALASE_DATA_DIR: 'E:\\Usb' } })).toEqual({
      dir: 'E:\\Usb',
      source: 'env',
    })
    expect(
      chooseDataDir({
        ...linuxAccount,
        argv: ['x', '--data-dir=/srv/etalase'],
        env: { ETALASE_DATA_DIR: '/elsewhere' },
      }),
    ).toEqual({ dir: '/srv/etalase', source: 'flag' })
  })

  it('is the per-account config folder on Linux (the same as Electron userData)', () => {
    expect(chooseDataDir(linuxAccount)).toEqual({
      dir: '/home/kasir/.config/Etalase',
      source: 'user',
    })
    expect(chooseDataDir({ ...linuxAccount, env: { XDG_CONFIG_HOME: '/cfg' } }).dir).toBe(
      '/cfg/Etalase',
    )
  })

  it('is Application Support on macOS (development machines)', () => {
    expect(chooseDataDir({ ...linuxAccount, platform: 'darwin', home: '/Users/dev' }).dir).toBe(
      '/Users/dev/Library/Application Support/Etalase',
    )
  })

  it('keeps using an older default folder that holds the books while the new one is empty', () => {
    const win = windowsAccount('kasir')
    const oldWindows = 'C:\\Users\\kasir\\AppData\\Roaming\\Etalase'
    expect(chooseDataDir({ ...win, hasDatabase: (dir) => dir === oldWindows })).toEqual({
      dir: oldWindows,
      source: 'legacy',
    })
    // Once the machine folder has a database, it wins.
    expect(chooseDataDir({ ...win, hasDatabase: () => true }).source).toBe('machine')
    expect(chooseDataDir({ ...win, hasDatabase: () => false }).source).toBe('machine')
    expect(
      chooseDataDir({ ...linuxAccount, hasDatabase: (dir) => dir === '/home/kasir/.etalase' }),
    ).toEqual({ dir: '/home/kasir/.etalase', source: 'legacy' })
  })
})
