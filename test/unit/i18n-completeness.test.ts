import { describe, expect, it } from 'vitest'
import { resources } from '../../renderer/src/i18n/resources'

type Tree = { readonly [key: string]: string | Tree }

/** Every leaf as [dotted key, text]. */
function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === 'string' ? [[path, value] as [string, string]] : leaves(value, path)
  })
}

/** The distinct `{{name}}` placeholders of a text (formats such as `{{n, number}}` included). */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]))].sort()

const namespaces = Object.keys(resources.id) as Array<keyof typeof resources.id>

describe('translations', () => {
  it('the checks themselves see nested keys and placeholders', () => {
    expect(leaves({ a: 'x', b: { c: 'y' } })).toEqual([
      ['a', 'x'],
      ['b.c', 'y'],
    ])
    expect(placeholders('Stok {{name}}: {{ count }} / {{total, number}} {{name}}')).toEqual([
      'count',
      'name',
      'total',
    ])
  })

  it('id and en register the same namespaces', () => {
    expect(Object.keys(resources.en).sort()).toEqual([...namespaces].sort())
  })

  describe.each(namespaces)('namespace %s', (ns) => {
    const id = new Map(leaves(resources.id[ns] as Tree))
    const en = new Map(leaves((resources.en as Record<string, Tree>)[ns] ?? {}))

    it('has exactly the same keys in id and en', () => {
      expect([...en.keys()].sort()).toEqual([...id.keys()].sort())
    })

    it('has no empty texts', () => {
      const empty = [...id, ...en].filter(([, text]) => text.trim() === '').map(([key]) => key)
      expect(empty).toEqual([])
    })

    it('uses the same {{placeholders}} in both languages', () => {
      const mismatched = [...id]
        .filter(([key, text]) => {
          const other = en.get(key)
          return other !== undefined && placeholders(text).join() !== placeholders(other).join()
        })
        .map(([key]) => key)
      expect(mismatched).toEqual([])
    })
  })
})
