/**
 * A file made in the main process (PDF, XLSX, CSV) on its way to the user. Bytes travel as
 * base64 so the same payload crosses Electron IPC and the browser-mode JSON bridge.
 */
export interface FilePayload {
  /** A plain file name with extension, no folders (e.g. `laporan-2026-11.xlsx`). */
  filename: string
  mime: string
  base64: string
}

export const fileMimes = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
} as const
