import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

// One build produces: the Electron main process (index.js), the browser-mode server
// (web.js, the same services and router behind HTTP), the sandboxed preload (CommonJS,
// dependencies bundled, because a sandboxed preload cannot load ESM or node_modules)
// and the renderer.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          web: resolve('electron/web/server.ts'),
          // Backup verification runs in a worker thread (electron/services/backup/worker-verifier.ts).
          'verify-worker': resolve('electron/services/backup/verify-worker.ts'),
          // Laporan's aggregations run in a worker thread (electron/services/reports/reports-worker.ts).
          'reports-worker': resolve('electron/services/reports/reports-worker.ts'),
          // The write-ahead log is copied back in a worker thread (electron/db/wal-checkpointer.ts).
          'checkpoint-worker': resolve('electron/db/wal-checkpoint-worker.ts'),
          // Imported workbooks are read in a worker thread (electron/services/import/xlsx-in-worker.ts).
          'xlsx-worker': resolve('electron/services/import/xlsx-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        // The buyer's window gets its own preload: the push channel's subscribe and nothing else.
        input: {
          index: resolve('electron/preload/index.ts'),
          buyer: resolve('electron/preload/buyer.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    build: {
      outDir: resolve('out/renderer'),
      // Minified: the till's first paint waits for the page to parse its script (4.2 MB
      // unminified, about a second of a cold start on a 2-core laptop).
      minify: true,
      rollupOptions: {
        input: resolve('renderer/index.html'),
        // Function and class names kept (about 90 kB more): a renderer error in the log and a
        // CPU profile name the component (the till UI bench names the slowest one).
        output: {
          minify: {
            compress: { keepNames: { function: true, class: true } },
            mangle: { keepNames: true },
          },
        },
      },
    },
    plugins: [react()],
  },
})
