// `npm start`: the app in Electron where its binary exists; otherwise one line saying why and
// the same app in browser mode (opening the system browser where there is one). Arguments
// after `--` reach the app: `npm start -- --data-dir=D:\Kasir --port=5200 --no-browser`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { delimiter, join, resolve } from 'node:path'
import { electronBinary } from './launch/electron-binary'
import { launchPlan } from './launch/launch-plan'

const root = resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const appArgs = args.filter((a) => a !== '--no-browser')
const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')

function hasCommand(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK)
      return true
    } catch {
      return false
    }
  })
}

function forwardSignals(child: ChildProcess): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal))
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

const plan = launchPlan({
  electronBinary: electronBinary(root),
  platform: process.platform,
  env: process.env,
  argv: args,
  hasCommand,
})

if (plan.shell === 'electron') {
  const previewArgs = appArgs.length > 0 ? ['preview', '--', ...appArgs] : ['preview']
  forwardSignals(spawn(process.execPath, [electronVite, ...previewArgs], { stdio: 'inherit' }))
} else {
  console.log(plan.notice)
  // ETALASE_START_NO_BUILD: the e2e suite runs on its own fresh build, which other specs are
  // serving at the same time; rebuilding out/ under them would pull it from under their feet.
  if (!process.env.ETALASE_START_NO_BUILD) {
    const build = spawnSync(process.execPath, [electronVite, 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    if (build.status !== 0) process.exit(build.status ?? 1)
  }
  const server = spawn(process.execPath, [join(root, 'out', 'main', 'web.js'), ...appArgs], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
  })
  forwardSignals(server)
  let pending = ''
  server.stdout?.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk)
    pending += chunk.toString()
    const line = pending.split('\n').find((l) => l.startsWith('ETALASE_WEB_READY '))
    if (!line) return
    pending = ''
    const { url } = JSON.parse(line.slice('ETALASE_WEB_READY '.length)) as { url: string }
    if (!plan.opener) return
    const browser = spawn(plan.opener.command, plan.opener.args(url), {
      stdio: 'ignore',
      detached: true,
    })
    browser.on('error', () => console.log(`[etalase] open ${url} in a browser`))
    browser.unref()
  })
}
