import QRCode from 'qrcode'

export interface QrMatrix {
  size: number
  dark(row: number, column: number): boolean
}

/** The QR symbol as modules, error level M like the ESC/POS command (GS ( k, level 49). */
export function qrMatrix(data: string): QrMatrix {
  const { modules } = QRCode.create(data, { errorCorrectionLevel: 'M' })
  return { size: modules.size, dark: (row, column) => Boolean(modules.get(row, column)) }
}

/** Runs of dark modules per row: one rectangle each keeps the PDF and SVG small. */
export function qrRuns(matrix: QrMatrix): Array<{ row: number; column: number; length: number }> {
  const runs: Array<{ row: number; column: number; length: number }> = []
  for (let row = 0; row < matrix.size; row++) {
    let start = -1
    for (let column = 0; column <= matrix.size; column++) {
      const dark = column < matrix.size && matrix.dark(row, column)
      if (dark && start < 0) start = column
      if (!dark && start >= 0) {
        runs.push({ row, column: start, length: column - start })
        start = -1
      }
    }
  }
  return runs
}
