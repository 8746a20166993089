import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hasControlCharacters } from '../../shared/text-controls'
import { productInput, stockedProduct, tableCounts } from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

const ESC = '\u001b'
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

describe('control characters refused at the contract, through the real router', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('refuses an ESC in a product name with a translated field message and writes nothing', async () => {
    const before = await tableCounts(core)
    const result = await core.call('catalog:create', productInput({ name: `Tas${ESC}[31mAnyaman` }))
    expect(result).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      issues: [
        {
          path: 'name',
          code: 'CONTROL_CHARACTER',
          message: expect.stringMatching(/karakter kontrol/),
        },
      ],
    })
    await core.must('settings:setLocale', { locale: 'en' })
    expect(
      await core.call('catalog:create', productInput({ name: 'Tas\u202eAnyaman' })),
    ).toMatchObject({
      issues: [
        {
          path: 'name',
          code: 'CONTROL_CHARACTER',
          message: expect.stringMatching(/control character/),
        },
      ],
    })
    expect(await tableCounts(core)).toEqual(before)
  })

  it('refuses them per cell in a catalogue import', async () => {
    const csv = [
      'name,sku,price,category',
      'Tas\u202eAnyaman,TAS-1,15000,',
      'Tikar,TKR-1,20000,Anyaman\u0085Rotan',
      'Dompet,DMP-1,10000,',
    ].join('\n')
    const preview = await core.must('import:preview', { filename: 'katalog.csv', base64: b64(csv) })
    expect(preview.rows.map((r) => r.errors.map((e) => `${e.field}:${e.code}`))).toEqual([
      ['name:CONTROL_CHARACTER'],
      ['category:CONTROL_CHARACTER'],
      [],
    ])
  })

  it('keeps an ESC stored before the contract refused it out of the label SVG', async () => {
    const product = await stockedProduct(core, 0, { barcode: '4006381333931' })
    core.database.raw
      .prepare('update products set name = ? where id = ?')
      .run(`Tas${ESC}[31m`, product.id)
    const rendered = await core.must('labels:render', {
      items: [{ productId: product.id, copies: 1 }],
      template: 'roll-50x30',
    })
    expect(rendered.pages[0]).toContain('Tas[31m')
    for (const page of rendered.pages) expect(hasControlCharacters(page, true)).toBe(false)
  })
})
