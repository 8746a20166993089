import { MAX_LOGO_DATA_URL } from '../../../../../shared/printing/printer-settings'

/** Wider than any receipt head (576 dots on 80 mm): main scales it to the paper anyway. */
const MAX_WIDTH_PX = 576

export class LogoTooBigError extends Error {}

/**
 * Any image the browser can read (PNG, JPG, WebP…) as the PNG data URL main expects, scaled
 * down to receipt width so it stays well under the size the bridge accepts. Transparent
 * areas become white, as on paper.
 */
export async function imageFileToPngDataUrl(file: File): Promise<string> {
  const bitmap = await createImageBitmap(file)
  const scale = Math.min(1, MAX_WIDTH_PX / bitmap.width)
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.round(bitmap.width * scale))
  canvas.height = Math.max(1, Math.round(bitmap.height * scale))
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no 2d canvas')
  context.fillStyle = '#fff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
  bitmap.close()
  const url = canvas.toDataURL('image/png')
  if (url.length > MAX_LOGO_DATA_URL) throw new LogoTooBigError()
  return url
}
