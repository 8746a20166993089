import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { toSVG } from 'bwip-js/generic'
import { describe, expect, it } from 'vitest'
import { csvField } from '../../electron/services/audit/audit-csv'
import { defuseFormula } from '../../electron/services/core/csv-formula-guard'
import { toIssueSpecs } from '../../electron/ipc/zod-issues'
import { contract } from '../../shared/contract'
import { errorMessage } from '../../shared/error-messages'
import { renderLabelPages } from '../../shared/labels/label-svg'
import { hasControlCharacters, withoutControlCharacters } from '../../shared/text-controls'

const ESC = '\u001b'
const forbidden = [
  ['NUL', '\u0000'],
  ['BEL', '\u0007'],
  ['ESC', ESC],
  ['CR', '\r'],
  ['vertical tab', '\u000b'],
  ['DEL', '\u007f'],
  ['C1 NEL', '\u0085'],
  ['C1 CSI', '\u009b'],
  ['right-to-left override', '\u202e'],
  ['left-to-right embedding', '\u202a'],
  ['first strong isolate', '\u2068'],
  ['pop directional isolate', '\u2069'],
] as const

const product = {
  name: 'Tas Anyaman',
  sku: 'TAS-1',
  barcode: null,
  categoryId: null,
  unit: 'pcs',
  price: 1,
  cost: 1,
  workshopId: null,
  active: true,
}

describe('control characters at the contract', () => {
  it('finds C0 (tab and newline only in multi-line text), DEL, C1 and bidi controls, and nothing in ordinary text', () => {
    for (const [name, char] of forbidden) {
      expect(hasControlCharacters(`Tas${char}Anyaman`), name).toBe(true)
      expect(hasControlCharacters(`Tas${char}Anyaman`, true), name).toBe(true)
    }
    expect(hasControlCharacters('a\tb')).toBe(true)
    expect(hasControlCharacters('a\nb')).toBe(true)
    expect(hasControlCharacters('a\tb\nc', true)).toBe(false)
    for (const ordinary of [
      'Gantungan Kunci “Enggang” – 15.000',
      'Café ñ ü',
      'تاس',
      '手提包 👜',
      '',
    ]) {
      expect(hasControlCharacters(ordinary), ordinary).toBe(false)
    }
    expect(withoutControlCharacters(`Tas${ESC}[31m\u202eAnyaman\u0000`)).toBe('Tas[31mAnyaman')
    expect(withoutControlCharacters('a\tb\nc', true)).toBe('a\tb\nc')
  })

  it('refuses them in single-line fields with a translated field message, in both languages', () => {
    for (const [name, char] of forbidden) {
      const parsed = contract['catalog:create'].input.safeParse({ ...product, name: `Tas${char}X` })
      expect(parsed.success, name).toBe(false)
      if (!parsed.success) {
        expect(toIssueSpecs(parsed.error)).toEqual([{ path: 'name', code: 'CONTROL_CHARACTER' }])
      }
    }
    expect(errorMessage('CONTROL_CHARACTER', 'id')).toMatch(/karakter kontrol/)
    expect(errorMessage('CONTROL_CHARACTER', 'en')).toMatch(/control character/)
    const samples: Array<[keyof typeof contract, unknown, string]> = [
      ['sales:void', { saleId: 's1', reason: `Batal${ESC}` }, 'reason'],
      ['shifts:cash', { kind: 'out', amount: 1, reason: 'Parkir\nmotor' }, 'reason'],
      ['catalog:addCategory', { name: '\u202eSET' }, 'name'],
      ['catalog:get', { id: `p${ESC}1` }, 'id'],
      [
        'till:hold',
        { cart: { id: '0190a000-0000-7000-8000-000000000001', lines: [] }, label: `A${ESC}` },
        'label',
      ],
      [
        'labels:render',
        { items: [], template: 'roll-50x30', options: { text: `x${ESC}` } },
        'options.text',
      ],
    ]
    for (const [channel, input, path] of samples) {
      const parsed = contract[channel].input.safeParse(input)
      expect(parsed.success, channel).toBe(false)
      if (!parsed.success) {
        expect(toIssueSpecs(parsed.error), channel).toContainEqual({
          path,
          code: 'CONTROL_CHARACTER',
        })
      }
    }
  })

  it('keeps tab and newline in multi-line notes, and refuses the rest there too', () => {
    const close = contract['shifts:close'].input
    expect(close.safeParse({ countedCash: 0, note: 'Kurang 2.000\n\tuang robek' }).success).toBe(
      true,
    )
    expect(close.safeParse({ countedCash: 0, note: `Kurang${ESC}` }).success).toBe(false)
    const cancel = contract['reports:cancelPnbpDeposit'].input
    expect(cancel.safeParse({ depositId: 'd1', reason: 'Salah\nketik' }).success).toBe(true)
    expect(cancel.safeParse({ depositId: 'd1', reason: `Salah${ESC}` }).success).toBe(false)
  })

  it('builds every text field of shared/ from the one helper: no bare z.string() without a strict pattern', () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (path.endsWith('.ts')) files.push(path)
      }
    }
    walk(join(process.cwd(), 'shared'))
    const loose: string[] = []
    for (const file of files) {
      if (file.endsWith(join('shared', 'schemas.ts'))) continue
      const source = readFileSync(file, 'utf8')
      for (const match of source.matchAll(/z\s*\.string\(\)/g)) {
        // A format-only string (PIN, date, hash, base64, file name) must carry its pattern.
        const chain = source.slice(match.index, match.index + 160)
        if (
          !/^z\s*\.string\(\)(\s*\.(trim|min|max|toUpperCase)\([^)]*\))*\s*\.regex\(/.test(chain)
        ) {
          loose.push(`${file}: ${chain.split('\n')[0]}`)
        }
      }
    }
    expect(loose).toEqual([])
  })
})

describe('what leaves the app', () => {
  it('never puts an ESC (or any control character) into label SVG, even from a name stored earlier', () => {
    const { pages } = renderLabelPages(
      {
        products: [
          {
            productId: 'p1',
            name: `Tas${ESC}[31m Anyaman\u202e`,
            price: 15_000,
            code: '2000000000015',
            copies: 1,
          },
        ],
        template: 'roll-50x30',
        options: { showPrice: true, text: `Karya${ESC}`, qrData: '', outline: false },
      },
      toSVG,
    )
    const page = pages[0]!
    expect(hasControlCharacters(page, true)).toBe(false)
    expect(page).toContain('Tas[31m')
  })

  it('defuses formulas in CSV cells, including those behind a leading tab or carriage return', () => {
    for (const cell of [
      '=1+1',
      '+1',
      '-1+1',
      '@SUM(A1)',
      '\t=cmd|" /C calc"!A0',
      '\r=1+1',
      '\tplain',
    ]) {
      expect(defuseFormula(cell), JSON.stringify(cell)).toBe(`'${cell}`)
    }
    for (const cell of ['-5', '42', 'Tas', ' = not at start'])
      expect(defuseFormula(cell)).toBe(cell)
    expect(csvField('\t=HYPERLINK("http://x")')).toBe(`"'\t=HYPERLINK(""http://x"")"`)
    expect(csvField('\r=1+1')).toBe(`"'\r=1+1"`)
  })
})
