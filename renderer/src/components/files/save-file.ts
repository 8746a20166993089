import type { FilePayload } from '../../../../shared/documents/file-payload'

/**
 * Hands a file made in main to the user. A download link works in both shells: the browser
 * saves to its download folder, Electron shows its save dialog so the user chooses where.
 */
export function saveFile(file: FilePayload): void {
  const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.filename
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke later: Chromium reads the blob asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
