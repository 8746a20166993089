// `npm run icons`: renders every icon the installers use from the one source image,
// resources/icon.svg, with resvg (a Rust renderer whose binary ships inside its npm package).
// Writes, and the repository commits:
//   resources/icon.png            512 px (window icon, README)
//   resources/icons/NxN.png       Linux desktop icons (AppImage, .deb), 16 to 512 px
//   resources/icon.ico            Windows: 16–48 px as 32-bit BMP, 64–256 px as PNG
// test/unit/packaging/icons.test.ts decodes them independently and compares them with a
// fresh render, so an edited SVG without `npm run icons` fails the tests.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { PNG } from 'pngjs'

const resources = resolve(import.meta.dirname, '..', 'resources')
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
/** Below this the ICO holds uncompressed bitmaps, which every Windows tool and NSIS reads. */
const PNG_FROM = 64

/**
 * PNG bytes and straight (not premultiplied) RGBA pixels of the source image at one size. The
 * pixels come from decoding that PNG: resvg's own pixel buffer is premultiplied, a DIB is not.
 */
export function render(svg, size) {
  const png = Buffer.from(
    new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' })
      .render()
      .asPng(),
  )
  return { png, rgba: PNG.sync.read(png).data, size }
}

/** A DIB as ICO stores it: BITMAPINFOHEADER, bottom-up BGRA rows, then the 1-bit AND mask. */
function bmpEntry({ rgba, size }) {
  const maskStride = Math.ceil(size / 32) * 4
  const header = Buffer.alloc(40)
  header.writeUInt32LE(40, 0)
  header.writeInt32LE(size, 4)
  header.writeInt32LE(size * 2, 8) // XOR bitmap + AND mask
  header.writeUInt16LE(1, 12)
  header.writeUInt16LE(32, 14)
  header.writeUInt32LE(size * size * 4 + maskStride * size, 20)
  const pixels = Buffer.alloc(size * size * 4)
  const mask = Buffer.alloc(maskStride * size)
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4
      const to = (row * size + x) * 4
      pixels[to] = rgba[from + 2]
      pixels[to + 1] = rgba[from + 1]
      pixels[to + 2] = rgba[from]
      pixels[to + 3] = rgba[from + 3]
      if (rgba[from + 3] === 0) mask[row * maskStride + (x >> 3)] |= 0x80 >> (x & 7)
    }
  }
  return Buffer.concat([header, pixels, mask])
}

/** ICONDIR, one 16-byte entry per image, then the images. */
export function encodeIco(images) {
  const dir = Buffer.alloc(6 + 16 * images.length)
  dir.writeUInt16LE(0, 0)
  dir.writeUInt16LE(1, 2)
  dir.writeUInt16LE(images.length, 4)
  const bodies = images.map((image) => (image.size >= PNG_FROM ? image.png : bmpEntry(image)))
  let offset = dir.length
  images.forEach((image, i) => {
    const at = 6 + 16 * i
    dir.writeUInt8(image.size >= 256 ? 0 : image.size, at)
    dir.writeUInt8(image.size >= 256 ? 0 : image.size, at + 1)
    dir.writeUInt8(0, at + 2)
    dir.writeUInt8(0, at + 3)
    dir.writeUInt16LE(1, at + 4)
    dir.writeUInt16LE(32, at + 6)
    dir.writeUInt32LE(bodies[i].length, at + 8)
    dir.writeUInt32LE(offset, at + 12)
    offset += bodies[i].length
  })
  return Buffer.concat([dir, ...bodies])
}

function main() {
  const svg = readFileSync(join(resources, 'icon.svg'), 'utf8')
  mkdirSync(join(resources, 'icons'), { recursive: true })
  const rendered = new Map()
  const at = (size) => rendered.get(size) ?? rendered.set(size, render(svg, size)).get(size)
  for (const size of LINUX_SIZES) {
    writeFileSync(join(resources, 'icons', `${size}x${size}.png`), at(size).png)
  }
  writeFileSync(join(resources, 'icon.png'), at(512).png)
  writeFileSync(join(resources, 'icon.ico'), encodeIco(ICO_SIZES.map(at)))
  console.log(
    `[icons] resources/icon.ico (${ICO_SIZES.join(', ')}), icons/*.png (${LINUX_SIZES.join(', ')}), icon.png`,
  )
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main()
