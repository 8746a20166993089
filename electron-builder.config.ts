import type { Configuration } from 'electron-builder'

/**
 * The installers: `npm run dist` (this OS), `npm run dist:win`, `npm run dist:linux`.
 * test/unit/packaging/builder-config.test.ts pins every choice below, and
 * test/integration/packaging/app-archive.test.ts packs the app with it.
 */

export const builderConfig = {
  appId: 'id.go.kemenkumham.lapaskasongan.etalase',
  productName: 'Etalase',
  copyright: 'Lapas Narkotika Kelas IIA Kasongan',
  directories: { output: 'dist', buildResources: 'resources' },

  // Only what the main process loads. The renderer is bundled by Vite into out/renderer, so
  // its libraries are devDependencies and never reach node_modules in the package; the
  // browser-mode server (out/main/web.js) has no use inside Electron. One list for every OS:
  // a platform-level `files` list replaces this one rather than adding to it.
  files: [
    'out/**/*',
    '!out/main/web.js',
    '!**/*.map',
    'package.json',
    // better-sqlite3 needs lib/ and the one prebuilt binary of the target; its C sources are 10 MB.
    '!node_modules/better-sqlite3/{deps,src,binding.gyp}{,/**}',
    '!node_modules/better-sqlite3/prebuilds/!(${platform}-${arch}).node',
    // Sources, browser bundles and other module formats of packages main loads one way only
    // (test/integration/packaging/app-archive.test.ts boots the packed app to prove it).
    '!node_modules/bwip-js/{src,barcode.ps}{,/**}',
    '!node_modules/bwip-js/dist/!(bwip-js-gen.mjs|bwipp.mjs)',
    '!node_modules/pdf-lib/{src,es,dist}{,/**}',
    '!node_modules/zod/src{,/**}',
    '!node_modules/exceljs/dist{,/**}',
    '!**/node_modules/**/{README,CHANGELOG,HISTORY}*',
    '!**/node_modules/**/*.{md,ts,mts,cts,map}',
  ],
  asar: true,
  // A native module cannot be loaded from inside an archive: Electron's dlopen takes it
  // from app.asar.unpacked. The worker files stay in the archive: since Electron 17 worker
  // threads read app.asar like the main thread (electron/electron#33216), and unpacking them
  // would also mean unpacking every chunk and package they import.
  asarUnpack: ['node_modules/better-sqlite3/prebuilds/*.node'],
  // better-sqlite3 13 is Node-API: its prebuilds load in Node and Electron alike.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,

  // Nothing phones home: no publish provider, so no app-update.yml and no update feed.
  publish: null,
  detectUpdateChannel: false,
  generateUpdatesFilesForAllChannels: false,

  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    // The session holds no cookies worth stealing, but encrypting costs nothing.
    enableCookieEncryption: true,
    // The renderer is loaded from file:// (module scripts and assets beside index.html).
    grantFileProtocolExtraPrivileges: true,
    loadBrowserProcessSpecificV8Snapshot: false,
  },

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'resources/icon.ico',
  },
  nsis: {
    // An assisted installer: the staff see where it goes and that it is for every account;
    // per machine (Program Files, elevated), so each Windows account at the till runs the same
    // app over the same data folder, %PROGRAMDATA%\Etalase (made writable in installer.nsh).
    oneClick: false,
    perMachine: true,
    allowElevation: true,
    allowToChangeInstallationDirectory: true,
    // The uninstaller never deletes the books; the data folder is outside the install folder.
    deleteAppDataOnUninstall: false,
    include: 'resources/installer.nsh',
    installerIcon: 'resources/icon.ico',
    uninstallerIcon: 'resources/icon.ico',
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Etalase',
    runAfterFinish: true,
    multiLanguageInstaller: true,
    installerLanguages: ['id_ID', 'en_US'],
    artifactName: 'Etalase-Setup-${version}-x64.${ext}',
  },

  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    icon: 'resources/icons',
    category: 'Office',
    executableName: 'etalase',
    maintainer: 'Lapas Narkotika Kelas IIA Kasongan <etalase@lapaskasongan.local>',
    vendor: 'Lapas Narkotika Kelas IIA Kasongan',
    synopsis: 'Kasir dan persediaan galeri / Showroom point of sale and stock',
    description:
      'Offline point-of-sale and inventory for the showroom of Lapas Narkotika Kelas IIA Kasongan.',
    desktop: {
      entry: {
        Name: 'Etalase',
        GenericName: 'Point of Sale',
        'GenericName[id]': 'Kasir',
        Comment: 'Showroom point of sale and stock',
        'Comment[id]': 'Kasir dan persediaan galeri',
        Keywords: 'kasir;pos;stok;struk;point of sale;stock;receipt;',
        StartupWMClass: 'Etalase',
      },
    },
  },
  deb: { priority: 'optional', packageCategory: 'misc' },
  appImage: { artifactName: 'Etalase-${version}-x86_64.${ext}' },
} satisfies Configuration

export default builderConfig
