import type { Locale } from '../locale'
import type { QrisErrorCode } from './qris-dynamic'

/** What each QRIS refusal means, for the person who pasted the code. */
export const qrisProblemMessages: Record<Locale, Record<QrisErrorCode, string>> = {
  id: {
    EMPTY: 'isian kosong',
    MALFORMED_TLV: 'struktur data rusak (bukan kode QR pembayaran)',
    MISSING_PAYLOAD_FORMAT: 'tanda format EMV (tag 00) tidak ada',
    CRC_MISSING: 'kode pemeriksa CRC (tag 63) tidak ada',
    CRC_MISMATCH: 'kode pemeriksa CRC tidak cocok — ada karakter yang salah ketik atau terpotong',
    NOT_QRIS: 'bukan QRIS (tidak ada data merchant ID.CO.*)',
    WRONG_CURRENCY: 'mata uang bukan Rupiah (360)',
    WRONG_COUNTRY: 'kode negara bukan ID',
    MISSING_MERCHANT_NAME: 'nama merchant (tag 59) tidak ada',
    MISSING_MERCHANT_CITY: 'kota merchant (tag 60) tidak ada',
    INVALID_AMOUNT: 'nominal tidak valid',
  },
  en: {
    EMPTY: 'nothing was entered',
    MALFORMED_TLV: 'the data structure is broken (not a payment QR code)',
    MISSING_PAYLOAD_FORMAT: 'the EMV format marker (tag 00) is missing',
    CRC_MISSING: 'the CRC check code (tag 63) is missing',
    CRC_MISMATCH: 'the CRC check code does not match — a character is mistyped or cut off',
    NOT_QRIS: 'not a QRIS code (no ID.CO.* merchant data)',
    WRONG_CURRENCY: 'the currency is not Rupiah (360)',
    WRONG_COUNTRY: 'the country code is not ID',
    MISSING_MERCHANT_NAME: 'the merchant name (tag 59) is missing',
    MISSING_MERCHANT_CITY: 'the merchant city (tag 60) is missing',
    INVALID_AMOUNT: 'invalid amount',
  },
}
