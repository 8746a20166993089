import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { channelNames } from '../../shared/channels'

// One home per area: a channel's prefix names the handler file that defines it
// (`stock:*` in stock.handlers.ts). Printing answers two prefixes (receipts and labels) and the
// Z report's printing has its own file beside the shifts; nothing else may live elsewhere.
// A definition is a channel key followed by its `permission:`; wrappers that observe a channel
// (the data-safety and buyer-screen observers spread the original) are not definitions.

const handlersDir = join(__dirname, '../../electron/ipc/handlers')
const sharedHomes: Record<string, string[]> = {
  printing: ['print', 'labels'],
  'shift-print': ['shifts'],
}

function definitions(file: string): string[] {
  const text = readFileSync(join(handlersDir, file), 'utf8')
  const found = text.matchAll(/'([a-z]+:[A-Za-z]+)': \{\s*(?:\/\/[^\n]*\n\s*)*permission:/g)
  return [...found].map((m) => m[1]!)
}

describe('channel homes', () => {
  const files = readdirSync(handlersDir).filter((f) => f.endsWith('.handlers.ts'))
  const defined = new Map<string, string>()
  for (const file of files) for (const channel of definitions(file)) defined.set(channel, file)

  it('every channel of the contract is defined in exactly one handler file', () => {
    expect([...defined.keys()].sort()).toEqual([...channelNames].sort())
  })

  it('each handler file defines only channels of its own prefix', () => {
    const strays: string[] = []
    for (const [channel, file] of defined) {
      const area = file.replace(/\.handlers\.ts$/, '')
      const prefix = channel.split(':')[0]!
      const allowed = sharedHomes[area] ?? [area]
      if (!allowed.includes(prefix)) strays.push(`${channel} in ${file}`)
    }
    expect(strays).toEqual([])
  })
})
