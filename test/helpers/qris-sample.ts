import { referenceBuildEmv, type EmvEntry } from './emv-reference-parser'

/** A realistic static QRIS of the showroom (fictional ids), built by the reference encoder. */
export const sampleStaticQrisEntries: readonly EmvEntry[] = [
  ['00', '01'],
  ['01', '11'],
  [
    '26',
    referenceBuildEmv(
      [
        ['00', 'ID.CO.BANKKASONGAN.WWW'],
        ['01', '936009990001234567'],
        ['02', '000198765432'],
        ['03', 'UMI'],
      ],
      false,
    ),
  ],
  [
    '51',
    referenceBuildEmv(
      [
        ['00', 'ID.CO.QRIS.WWW'],
        ['02', 'ID1024312345678'],
        ['03', 'UMI'],
      ],
      false,
    ),
  ],
  ['52', '5947'],
  ['53', '360'],
  ['58', 'ID'],
  ['59', 'GALERI LAPAS KASONGAN'],
  ['60', 'KATINGAN'],
  ['61', '74461'],
  ['62', '0703A01'],
]

export const sampleStaticQris = referenceBuildEmv(sampleStaticQrisEntries)
