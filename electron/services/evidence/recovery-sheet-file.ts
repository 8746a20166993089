import { fileMimes, type FilePayload } from '../../../shared/documents/file-payload'
import type { RecoverySheet } from '../../../shared/evidence/recovery-sheet'
import type { Locale } from '../../../shared/locale'
import { recoveryCodePdf } from '../../documents/lazy-documents'
import { dateTimeFormat } from '../documents/a4-head'

const labels = {
  id: {
    title: 'KODE PEMULIHAN KUNCI RANTAI',
    till: 'Kasir',
    keyId: 'Nomor kunci',
    made: 'Dicetak',
    paragraphs: [
      'Kode ini adalah kunci rantai kasir ini. Dengan kode ini catatan penjualan, stok dan audit dapat dibuktikan tidak diubah, juga bila file kunci hilang atau disk kasir rusak: Pengaturan > Data > Pulihkan kunci, atau npm run verify --key-file.',
      'Simpan lembar ini di brankas kantor, jangan di kasir atau di dekat komputer. Siapa pun yang memegang kode ini dapat menandatangani catatan atas nama kasir ini.',
      'Jangan difoto dan jangan dikirim lewat pesan. Untuk melihat kode lagi: Pengaturan > Data dengan PIN admin (tercatat di audit).',
    ],
    footer: 'Dicetak {date} oleh {name}',
  },
  en: {
    title: 'CHAIN KEY RECOVERY CODE',
    till: 'Till',
    keyId: 'Key number',
    made: 'Printed',
    paragraphs: [
      'This code is the chain key of this till. With it the sales, stock and audit records can be proven unaltered, also when the key file is lost or the till disk dies: Settings > Data > Restore key, or npm run verify --key-file.',
      'Keep this sheet in the office safe, never at the till or near the computer. Whoever holds this code can sign records in the name of this till.',
      'Do not photograph it or send it by message. To see the code again: Settings > Data with the admin PIN (recorded in the audit trail).',
    ],
    footer: 'Printed {date} by {name}',
  },
} satisfies Record<Locale, unknown>

/** The recovery code as a one-page A4 PDF for the safe, in the reader's language. */
export async function recoverySheetFile(input: {
  code: string
  keyId: string
  shop: string
  till: string
  printedBy: string
  now: number
  locale: Locale
}): Promise<FilePayload> {
  const l = labels[input.locale]
  const when = dateTimeFormat(input.locale).format(input.now)
  const sheet: RecoverySheet = {
    shop: input.shop,
    title: l.title,
    facts: [
      { label: l.till, value: input.till },
      { label: l.keyId, value: input.keyId },
      { label: l.made, value: when },
    ],
    code: input.code,
    paragraphs: l.paragraphs,
    footer: l.footer.replace('{date}', when).replace('{name}', input.printedBy),
  }
  const bytes = await recoveryCodePdf(sheet)
  return {
    filename: `kode-pemulihan-${input.till}-${input.keyId.slice(0, 8)}.pdf`,
    mime: fileMimes.pdf,
    base64: Buffer.from(bytes).toString('base64'),
  }
}
