import zxing from '@zxing/library'
import pngjs from 'pngjs'
import { labelTemplateIds } from '../../shared/labels/label-templates'
import type { RenderedLabels } from '../../shared/labels/label-svg'
import { barcodeElements } from '../unit/printing/svg-inspect'
import { expect, test } from './support/fixtures'

// Rasterises the label SVG pages that `labels:render` returns, in Chromium (the engine that
// will print them), and reads the barcodes back with zxing: the printed label scans.
//
// zxing and pngjs are CommonJS; under Playwright's ESM loader only their default export is
// visible (test/helpers/decode-image.ts uses named imports, which Vitest's bundler resolves
// but Node does not), so the few lines of decoding are repeated here.

const PX_PER_MM = 8

function decode(png: Buffer, formats: readonly zxing.BarcodeFormat[]): string {
  const { width, height, data } = pngjs.PNG.sync.read(png)
  const luminance = new Uint8ClampedArray(width * height)
  for (let i = 0; i < width * height; i++) {
    luminance[i] = Math.round(
      0.299 * (data[i * 4] ?? 255) +
        0.587 * (data[i * 4 + 1] ?? 255) +
        0.114 * (data[i * 4 + 2] ?? 255),
    )
  }
  const hints = new Map<zxing.DecodeHintType, unknown>([
    [zxing.DecodeHintType.POSSIBLE_FORMATS, [...formats]],
    [zxing.DecodeHintType.TRY_HARDER, true],
  ])
  const bitmap = new zxing.BinaryBitmap(
    new zxing.HybridBinarizer(new zxing.RGBLuminanceSource(luminance, width, height)),
  )
  const reader = formats.includes(zxing.BarcodeFormat.QR_CODE)
    ? new zxing.QRCodeReader()
    : new zxing.MultiFormatOneDReader(hints)
  return reader.decode(bitmap, hints).getText()
}

const oneDimensional = [zxing.BarcodeFormat.EAN_13, zxing.BarcodeFormat.CODE_128]

test.describe('label pages rasterised in Chromium', () => {
  for (const template of labelTemplateIds) {
    test(`${template}: every barcode scans to the product code`, async ({ page, web }) => {
      const api = async <T>(channel: string, input: unknown): Promise<T> => {
        const res = await fetch(`http://127.0.0.1:${web.port}/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${web.token}` },
          body: JSON.stringify(input),
        })
        const result = (await res.json()) as { ok: boolean; data: T; message?: string }
        if (!result.ok) throw new Error(`${channel}: ${result.message}`)
        return result.data
      }
      const product = (name: string, sku: string, barcode: string | null) =>
        api<{ id: string; barcode: string | null }>('catalog:create', {
          name,
          sku,
          barcode,
          categoryId: null,
          unit: 'pcs',
          price: 125_000,
          cost: 50_000,
          workshopId: null,
          active: true,
        })
      const ean = await product('Gantungan Kunci Getah Nyatu', 'GN-1', '4006381333931')
      const code128 = await product('Tas Anyaman Rotan Motif Dayak', 'TAS-1', 'TAS-ROTAN-1')
      const bare = await product('Batik Tulis Kasongan', 'BTK-1', null)
      const [assigned] = await api<Array<{ id: string; barcode: string }>>(
        'labels:assignBarcodes',
        { productIds: [bare.id] },
      )
      // An in-store code (GS1 prefixes 20–29), from this till's own block since issue 14.
      expect(assigned?.barcode).toMatch(/^2\d{12}$/)

      const rendered = await api<RenderedLabels>('labels:render', {
        items: [ean, code128, bare].map((p) => ({ productId: p.id, copies: 1 })),
        template,
        options: { qrData: 'https://lapaskasongan.id/galeri', text: 'Karya WBP Kasongan' },
      })
      const expected = ['4006381333931', 'TAS-ROTAN-1', assigned?.barcode]
      const scanned: string[] = []
      for (const svg of rendered.pages) {
        const { widthMm, heightMm } = template === 'a4-sheet' ? rendered.page : rendered.label
        const scaled = svg.replace(
          /width="([\d.]+)mm" height="([\d.]+)mm"/,
          `width="${widthMm * PX_PER_MM}" height="${heightMm * PX_PER_MM}"`,
        )
        await page.setViewportSize({
          width: Math.ceil(widthMm * PX_PER_MM),
          height: Math.ceil(heightMm * PX_PER_MM),
        })
        await page.setContent(`<body style="margin:0;background:#fff">${scaled}</body>`)
        for (const barcode of barcodeElements(svg)) {
          // Each label on its own: the barcode's own region, quiet zones included.
          const clip = {
            x: (barcode.translate.x + barcode.x - 4) * PX_PER_MM,
            y: (barcode.translate.y + barcode.y - 1) * PX_PER_MM,
            width: (barcode.width + 8) * PX_PER_MM,
            height: (barcode.height + 2) * PX_PER_MM,
          }
          const png = await page.screenshot({ clip })
          const text = decode(png, oneDimensional)
          expect(text).toBe(barcode.code)
          scanned.push(text)
        }
        if (template === 'roll-50x30') {
          const qr = await page.screenshot({
            clip: {
              x: (widthMm - 16) * PX_PER_MM,
              y: 0,
              width: 16 * PX_PER_MM,
              height: 16 * PX_PER_MM,
            },
          })
          expect(decode(qr, [zxing.BarcodeFormat.QR_CODE])).toBe('https://lapaskasongan.id/galeri')
        }
      }
      expect(scanned).toEqual(expected)
    })
  }
})
