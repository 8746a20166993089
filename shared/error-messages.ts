import type { ErrorCode } from './error-codes'
import type { Locale } from './locale'
import type { QrisErrorCode } from './qris/qris-dynamic'
import { qrisProblemMessages } from './qris/qris-problem-messages'

type Params = Record<string, string | number> | undefined

/**
 * Messages for every stable error code, in both languages. They live in shared/ so the
 * router (main) and the renderer speak with one voice. `{name}` placeholders are filled
 * from the error's params.
 */
const messages: Record<Locale, Record<ErrorCode, string>> = {
  id: {
    BAD_REQUEST: 'Permintaan tidak valid.',
    UNKNOWN_CHANNEL: 'Perintah tidak dikenal.',
    UNAUTHORIZED: 'Sesi tidak sah. Muat ulang aplikasi.',
    FORBIDDEN: 'Anda tidak berwenang melakukan tindakan ini.',
    VALIDATION: 'Periksa kembali isian yang ditandai.',
    NOT_FOUND: 'Data tidak ditemukan.',
    CONFLICT: 'Data berubah di tempat lain. Muat ulang lalu coba lagi.',
    DUPLICATE_BARCODE: 'Barcode ini sudah dipakai produk lain.',
    DUPLICATE_SKU: 'SKU ini sudah dipakai produk lain.',
    DUPLICATE_NAME: 'Nama ini sudah ada.',
    UNKNOWN_BARCODE: 'Barcode {barcode} tidak dikenal.',
    INSUFFICIENT_STOCK: 'Stok {name} tidak cukup: tersedia {available}, diminta {requested}.',
    INSUFFICIENT_PAYMENT: 'Pembayaran kurang {shortfall}.',
    NONCASH_EXCEEDS_DUE: 'Pembayaran non-tunai tidak boleh melebihi total tagihan.',
    REFERENCE_REQUIRED: 'Nomor referensi wajib diisi untuk {method}.',
    EMPTY_CART: 'Keranjang masih kosong.',
    INACTIVE_PRODUCT: 'Produk {name} tidak aktif.',
    IDEMPOTENCY_MISMATCH: 'Transaksi dengan nomor yang sama sudah tercatat dengan isi berbeda.',
    DISCOUNT_TOO_LARGE: 'Diskon melebihi harga.',
    REASON_REQUIRED: 'Alasan wajib diisi.',
    QRIS_INVALID: 'Kode QRIS tidak valid: {problem}.',
    ALREADY_VOIDED: 'Transaksi {receiptNo} sudah dibatalkan.',
    HAS_RETURNS: 'Transaksi {receiptNo} sudah memiliki retur; gunakan retur, bukan pembatalan.',
    SALE_VOIDED: 'Transaksi {receiptNo} sudah dibatalkan; tidak bisa diretur.',
    RETURN_EXCEEDS_SOLD: 'Retur {name} melebihi yang terjual: sisa yang bisa diretur {available}.',
    REFUND_MISMATCH: 'Jumlah pengembalian dana harus sama dengan nilai retur {expected}.',
    LOGIN_REQUIRED: 'Masuk dengan PIN terlebih dahulu.',
    WRONG_PIN: 'PIN salah. Sisa percobaan: {remaining}.',
    LOCKED_OUT: 'Terlalu banyak PIN salah. Coba lagi setelah {minutes} menit.',
    USER_INACTIVE: 'Pengguna ini tidak aktif.',
    OVERRIDE_REFUSED: 'Persetujuan ditolak: {name} tidak berwenang untuk tindakan ini.',
    LAST_ADMIN: 'Harus tetap ada minimal satu admin aktif dengan PIN.',
    RECOVERY_PIN_REQUIRED:
      'Kode pemulihan sudah pernah ditampilkan. Masukkan PIN admin Anda untuk melihatnya lagi.',
    RECOVERY_CODE_INVALID:
      'Ini bukan kode pemulihan: periksa 13 kelompok huruf dan angka yang tercetak, lalu ketik ulang.',
    RECOVERY_CODE_FOREIGN:
      'Kode pemulihan ini bukan kunci rantai kasir ini (tidak ada catatan yang ditandatangani dengannya). Kunci tidak diganti.',
    PRINTER_NOT_CONFIGURED: 'Printer struk belum diatur. Atur di Pengaturan › Printer.',
    PRINTER_UNREACHABLE:
      'Printer {target} tidak dapat dihubungi. Pastikan printer menyala, kabel jaringan atau Wi-Fi tersambung, dan alamat IP serta port benar.',
    PRINTER_TIMEOUT:
      'Printer {target} tidak menjawab. Periksa printer (lampu error, tutup, kertas), lalu coba lagi.',
    PRINTER_PAPER_OUT:
      'Kertas printer {target} habis. Pasang gulungan kertas baru, lalu coba lagi.',
    DEVICE_NOT_FOUND:
      'Printer di {device} tidak ditemukan. Periksa kabel USB atau sambungan Bluetooth, lalu coba lagi.',
    PRINTER_ACCESS_DENIED:
      'Aplikasi tidak diizinkan menulis ke {device}. Di Linux, tambahkan pengguna ke grup lp atau dialout.',
    PRINTER_FAILED: 'Printer {target} gagal mencetak: {detail}.',
    RECEIPT_ALREADY_PRINTED:
      'Struk {receiptNo} sudah tercetak. Untuk mencetak lagi, gunakan Cetak ulang (tercatat sebagai salinan).',
    REPRINT_NOT_RECORDED: 'Salinan struk {receiptNo} belum dicatat. Gunakan Cetak ulang.',
    PRODUCT_HAS_NO_BARCODE: 'Produk {name} belum punya barcode. Buat barcode toko terlebih dahulu.',
    IMAGE_INVALID: 'Gambar tidak dapat dibaca. Gunakan file PNG.',
    OS_PRINT_UNAVAILABLE:
      'Cetak lewat printer sistem hanya ada di aplikasi desktop Etalase. Simpan sebagai PDF, lalu cetak PDF itu.',
    OS_PRINT_FAILED: 'Printer sistem {printer} gagal mencetak: {reason}.',
    BUYER_SCREEN_UNAVAILABLE: 'Layar pembeli tidak dapat dibuka di sini.',
    SHIFT_REQUIRED: 'Buka shift kasir terlebih dahulu.',
    SHIFT_ALREADY_OPEN: 'Sudah ada shift terbuka di kasir ini (dibuka oleh {name}).',
    NO_OPEN_SHIFT: 'Tidak ada shift terbuka di kasir ini.',
    SHIFT_NOT_CLOSED: 'Shift ini belum ditutup, jadi belum punya laporan Z.',
    EXPORT_TOO_LARGE:
      'Terlalu banyak catatan ({count}) untuk diekspor sekaligus. Persempit rentang tanggal, lalu coba lagi.',
    STORAGE_FULL:
      'Penyimpanan penuh. Transaksi tidak disimpan; kosongkan ruang disk lalu coba lagi.',
    READ_ONLY_STORAGE: 'Folder data tidak dapat ditulisi. Transaksi tidak disimpan.',
    RECOVERY_MODE:
      'Database gagal diperiksa saat mulai. Aplikasi berjalan dalam mode pemulihan: pulihkan dari cadangan.',
    DATA_CHECKING:
      'Data sedang diperiksa setelah aplikasi dibuka. Pembayaran bisa dilakukan sebentar lagi, setelah pemeriksaan selesai.',
    BACKUP_INVALID:
      'Cadangan {file} tidak lolos pemeriksaan ({problem}) dan tidak dapat dipulihkan.',
    FOLDER_UNAVAILABLE: 'Folder {folder} tidak ada atau tidak dapat ditulisi.',
    RESTORE_UNAVAILABLE:
      'Pemulihan tidak tersedia di sini. Jalankan aplikasi Etalase untuk memulihkan.',
    RESTORE_FAILED: 'Pemulihan gagal. Data sebelumnya dibuka kembali tanpa perubahan; coba lagi.',
    RESTORE_SOURCE_LOST:
      'Cadangan {file} tidak dapat dibaca sampai selesai (flashdisk dicabut?). Data sebelumnya tetap dipakai tanpa perubahan.',
    RESTORE_DISK_FULL:
      'Disk data penuh: cadangan {file} tidak muat untuk dipulihkan. Data sebelumnya tetap dipakai; kosongkan ruang disk lalu coba lagi.',
    RESTORE_BUSY:
      'Database sedang dibuka oleh program lain (Etalase kedua atau alat pemeriksa). Tutup program itu, lalu pulihkan lagi. Tidak ada yang diubah.',
    RESTORE_PIN_REQUIRED: 'Masukkan PIN admin yang tercatat di cadangan ini untuk memulihkannya.',
    BACKUP_MANIFEST_MISMATCH:
      'Cadangan {file} tidak punya manifes yang cocok dengan rantai catatannya; dari layar pemulihan cadangan ini tidak dipulihkan.',
    BACKUP_ANCHOR_MISMATCH:
      'Rantai catatan di cadangan {file} tidak cocok dengan jangkar di manifesnya (#{seq}): isi cadangan ditulis ulang setelah dicadangkan. Cadangan ini tidak dipulihkan dari layar pemulihan; pilih cadangan lain.',
    BACKUP_NO_ADMIN:
      'Cadangan {file} tidak memuat admin ber-PIN, jadi tidak dapat dipulihkan dari layar pemulihan. Pilih cadangan lain.',
    DOCUMENT_STATE: 'Dokumen {docNo} sudah berubah status; tindakan ini tidak bisa dilakukan lagi.',
    LOCATION_INACTIVE: 'Lokasi {name} tidak aktif atau pamerannya sudah ditutup.',
    LOCATION_NOT_EMPTY:
      'Lokasi {name} masih menyimpan stok atau kiriman dalam perjalanan; kosongkan dahulu.',
    COUNT_EXCEEDS_EXPECTED: 'Jumlah {name} ({counted}) melebihi yang ada ({expected}).',
    SETTLE_EXCEEDS_PARTNER:
      '{partner} hanya memegang {available} {name}, tetapi penyelesaian mencatat {requested} (terjual + kembali + hilang).',
    SETTLEMENT_SALE:
      'Struk {receiptNo} adalah bagian dari penyelesaian titip jual {docNo}: tidak bisa dibatalkan atau diretur di kasir. Koreksi dengan penyelesaian baru.',
    COUNT_STATE:
      'Dokumen opname {countNo} sudah berstatus lain; tindakan ini tidak bisa dilakukan. Muat ulang lalu coba lagi.',
    COUNT_IN_PROGRESS:
      'Di lokasi ini sedang berjalan stock opname {countNo}. Selesaikan atau batalkan dulu.',
    OUT_OF_SCOPE: '{name} tidak termasuk cakupan opname ini.',
    UNCOUNTED_ITEMS: 'Masih ada {count} barang belum dihitung. Hitung, atau konfirmasi stoknya 0.',
    VARIANCE_REASON_REQUIRED: 'Selisih {name} besar: isi alasannya sebelum posting.',
    COUNT_BELOW_ZERO: 'Hitungan {name} tidak boleh kurang dari 0.',
    ALREADY_UNDONE: 'Hitungan ini sudah dibatalkan.',
    DEPOSIT_ALREADY_CANCELLED: 'Setoran PNBP ini sudah dibatalkan.',
    SESSION_MISMATCH: 'Sesi hitung ini bukan milik dokumen opname tersebut.',
    IMPORT_FILE_CHANGED:
      'Berkas berubah sejak pratinjau. Periksa ulang berkasnya, lalu impor lagi.',
    IMPORT_HAS_ERRORS:
      'Ada {count} baris bermasalah. Tidak ada yang diimpor; perbaiki berkasnya lalu coba lagi.',
    IMPORT_UNREADABLE:
      'Berkas tidak bisa dibaca. Simpan sebagai CSV atau Excel (.xlsx), lalu coba lagi.',
    IMPORT_UNSUPPORTED_FORMAT:
      'Format berkas tidak didukung. Gunakan CSV atau Excel (.xlsx); berkas .xls lama perlu disimpan ulang sebagai .xlsx.',
    IMPORT_MISSING_COLUMNS:
      'Kolom wajib tidak ada: {columns}. Baris pertama harus berisi judul kolom.',
    IMPORT_EMPTY: 'Berkas tidak berisi baris data.',
    IMPORT_TOO_MANY_ROWS: 'Berkas terlalu besar: paling banyak {max} baris sekali impor.',
    IMPORT_TOO_LARGE:
      'Berkas Excel ini terlalu besar setelah dibuka (lebih dari {max} MB, atau dibuat untuk mengembang: "zip bomb"). Tidak ada yang diimpor; simpan sebagai CSV atau bagi menjadi beberapa berkas.',
    DUPLICATE_IN_FILE: 'Sudah dipakai di baris {row} berkas ini.',
    INVALID_AMOUNT: 'Bukan angka bulat yang valid: “{value}”.',
    BARCODE_AS_NUMBER:
      'Excel mengubah barcode menjadi angka ({value}). Format kolom barcode sebagai Teks, lalu ketik ulang.',
    SETUP_REQUIRED:
      'Aplikasi belum disiapkan. Selesaikan langkah-langkah penyiapan terlebih dahulu.',
    SETUP_DONE: 'Aplikasi ini sudah disiapkan. Masuk dengan PIN Anda.',
    TILL_CODE_FROZEN: 'Kode kasir {code} sudah dipakai pada penjualan dan tidak dapat diubah lagi.',
    TRAINING_UNAVAILABLE: 'Mode latihan tidak tersedia di sini.',
    TRAINING_ONLY:
      'Katalog contoh hanya dapat dimuat di mode latihan, tidak di pembukuan sungguhan.',
    ORDER_STATE: 'Pesanan {orderNo} berstatus {status}: tindakan ini tidak bisa dilakukan.',
    PACKING_EXCEEDS_ORDERED:
      'Kemasan {name} melebihi pesanan: dipesan {ordered}, dikemas {packed}.',
    PACKING_INCOMPLETE:
      'Pesanan belum dikemas lengkap: {name} dipesan {ordered}, dikemas {packed}.',
    SHIP_EXCEEDS_ORDERED:
      'Pengiriman {name} melebihi sisa pesanan: sisa {remaining}, akan dikirim {qty}.',
    NOTHING_TO_SHIP: 'Tidak ada barang yang dikirim: isi jumlah kirim minimal satu baris.',
    PAYMENT_EXCEEDS_DUE: 'Pembayaran melebihi sisa tagihan {due}.',
    SETTLE_EXCEEDS_HELD: 'Jumlah melebihi uang pesanan yang masih ditahan {held}.',
    TOO_MANY_ATTEMPTS:
      'Terlalu banyak PIN salah di kasir ini. Tunggu {seconds} detik, lalu coba lagi.',
    APPROVAL_LOCKED_OUT:
      'Terlalu banyak PIN persetujuan salah dari sesi ini. Coba lagi setelah {minutes} menit.',
    NOT_APPROVABLE: 'Tindakan ini tidak bisa disetujui supervisor; minta admin melakukannya.',
    GRANT_INVALID: 'Persetujuan tidak dikenal. Minta persetujuan lagi.',
    GRANT_USED: 'Persetujuan ini sudah dipakai. Setiap persetujuan hanya berlaku sekali.',
    GRANT_EXPIRED: 'Persetujuan sudah kedaluwarsa (lebih dari 2 menit). Minta persetujuan lagi.',
    GRANT_MISMATCH:
      'Persetujuan ini untuk tindakan atau isian lain, atau untuk kasir lain. Minta persetujuan lagi.',
    PIN_TOO_SHORT: 'PIN untuk peran ini minimal {min} angka.',
    PIN_CHANGE_REQUIRED: 'Ganti PIN Anda dulu: peran Anda memerlukan PIN minimal {min} angka.',
    APPROVER_PIN_TOO_SHORT:
      'PIN {name} terlalu pendek untuk memberi persetujuan. {name} perlu masuk dan mengganti PIN (minimal {min} angka).',
    HUB_UNREACHABLE:
      'Hub di {host}:{port} tidak terjangkau. Penjualan tetap aman di kasir ini dan dikirim saat hub terjangkau lagi.',
    HUB_AUTH_FAILED:
      'Hub menolak nama peran atau kata sandi ini. Periksa kredensial kasir dari admin hub.',
    HUB_ROLE_TAKEN:
      'Kredensial ini sudah dipakai kasir (perangkat) lain. Minta admin hub membuat kredensial untuk kasir ini.',
    HUB_WRONG_TILL:
      'Kredensial ini untuk kasir {hubCode}, bukan untuk kasir ini. Minta kredensial yang benar dari admin hub.',
    HUB_NOT_JOINED: 'Kasir ini belum tergabung ke hub.',
    HUB_ALREADY_JOINED:
      'Kasir ini sudah tergabung ke hub. Keluar dulu sebelum bergabung ke hub lain.',
    HUB_REFUSED: 'Hub menolak permintaan: {detail}',
    INTERNAL: 'Terjadi kesalahan. Tidak ada data yang berubah.',
    CONNECTION_LOST:
      'Koneksi ke server Etalase terputus. Tidak ada data yang hilang: yang sudah tersimpan tetap aman. Pastikan Etalase berjalan, lalu coba lagi.',
    REQUIRED: 'Wajib diisi.',
    TOO_LONG: 'Terlalu panjang (maksimal {max}).',
    TOO_SMALL: 'Nilai minimal {min}.',
    TOO_BIG: 'Nilai maksimal {max}.',
    NOT_INTEGER: 'Harus bilangan bulat.',
    INVALID_FORMAT: 'Format tidak valid.',
    INVALID_VALUE: 'Nilai tidak valid.',
    CONTROL_CHARACTER:
      'Berisi karakter kontrol yang tidak terlihat (mis. ESC atau penanda arah teks). Ketik ulang tanpa menempel.',
  },
  en: {
    BAD_REQUEST: 'Invalid request.',
    UNKNOWN_CHANNEL: 'Unknown command.',
    UNAUTHORIZED: 'Session not valid. Reload the app.',
    FORBIDDEN: 'You are not allowed to do this.',
    VALIDATION: 'Please check the highlighted fields.',
    NOT_FOUND: 'Not found.',
    CONFLICT: 'The data changed elsewhere. Reload and try again.',
    DUPLICATE_BARCODE: 'This barcode is already used by another product.',
    DUPLICATE_SKU: 'This SKU is already used by another product.',
    DUPLICATE_NAME: 'This name already exists.',
    UNKNOWN_BARCODE: 'Unknown barcode {barcode}.',
    INSUFFICIENT_STOCK: 'Not enough stock of {name}: {available} available, {requested} requested.',
    INSUFFICIENT_PAYMENT: 'Payment is short by {shortfall}.',
    NONCASH_EXCEEDS_DUE: 'Non-cash payments may not exceed the amount due.',
    REFERENCE_REQUIRED: 'A reference number is required for {method}.',
    EMPTY_CART: 'The cart is empty.',
    INACTIVE_PRODUCT: 'Product {name} is inactive.',
    IDEMPOTENCY_MISMATCH: 'A sale with the same id was already recorded with different contents.',
    DISCOUNT_TOO_LARGE: 'The discount is larger than the price.',
    REASON_REQUIRED: 'A reason is required.',
    QRIS_INVALID: 'Not a valid QRIS code: {problem}.',
    ALREADY_VOIDED: 'Sale {receiptNo} is already voided.',
    HAS_RETURNS: 'Sale {receiptNo} already has returns; it cannot be voided, use a return.',
    SALE_VOIDED: 'Sale {receiptNo} was voided; it cannot be returned.',
    RETURN_EXCEEDS_SOLD:
      'Return of {name} exceeds what was sold: {available} can still be returned.',
    REFUND_MISMATCH: 'The refund must equal the value returned, {expected}.',
    LOGIN_REQUIRED: 'Please sign in with your PIN first.',
    WRONG_PIN: 'Wrong PIN. Attempts left: {remaining}.',
    LOCKED_OUT: 'Too many wrong PINs. Try again in {minutes} minutes.',
    USER_INACTIVE: 'This user is inactive.',
    OVERRIDE_REFUSED: 'Approval refused: {name} may not authorise this action.',
    LAST_ADMIN: 'At least one active admin with a PIN must remain.',
    RECOVERY_PIN_REQUIRED:
      'The recovery code was shown before. Enter your admin PIN to see it again.',
    RECOVERY_CODE_INVALID:
      'This is not a recovery code: check the 13 printed groups of letters and digits and type it again.',
    RECOVERY_CODE_FOREIGN:
      "This recovery code is not this till's chain key (no record was signed with it). The key was not replaced.",
    PRINTER_NOT_CONFIGURED: 'No receipt printer is set up. Set it up in Settings › Printer.',
    PRINTER_UNREACHABLE:
      'Cannot reach printer {target}. Check that it is on, the network cable or Wi-Fi is connected, and the IP address and port are right.',
    PRINTER_TIMEOUT:
      'Printer {target} did not answer. Check the printer (error light, cover, paper) and try again.',
    PRINTER_PAPER_OUT: 'Printer {target} is out of paper. Load a new roll and try again.',
    DEVICE_NOT_FOUND:
      'No printer found at {device}. Check the USB cable or Bluetooth connection and try again.',
    PRINTER_ACCESS_DENIED:
      'The app may not write to {device}. On Linux, add the user to the lp or dialout group.',
    PRINTER_FAILED: 'Printer {target} failed to print: {detail}.',
    RECEIPT_ALREADY_PRINTED:
      'Receipt {receiptNo} was already printed. To print it again, use Reprint (recorded as a copy).',
    REPRINT_NOT_RECORDED: 'The copy of receipt {receiptNo} has not been recorded. Use Reprint.',
    PRODUCT_HAS_NO_BARCODE: 'Product {name} has no barcode yet. Create an in-store barcode first.',
    IMAGE_INVALID: 'The image cannot be read. Use a PNG file.',
    OS_PRINT_UNAVAILABLE:
      'Printing through a system printer is only available in the Etalase desktop app. Save as PDF, then print the PDF.',
    OS_PRINT_FAILED: 'System printer {printer} failed to print: {reason}.',
    BUYER_SCREEN_UNAVAILABLE: 'The buyer screen cannot be opened here.',
    SHIFT_REQUIRED: 'Open a cashier shift first.',
    SHIFT_ALREADY_OPEN: 'A shift is already open on this till (opened by {name}).',
    NO_OPEN_SHIFT: 'There is no open shift on this till.',
    SHIFT_NOT_CLOSED: 'This shift is not closed yet, so it has no Z report.',
    EXPORT_TOO_LARGE:
      'Too many entries ({count}) to export at once. Narrow the date range and try again.',
    STORAGE_FULL: 'Storage is full. The sale was not saved; free disk space and try again.',
    READ_ONLY_STORAGE: 'The data folder is read-only. The sale was not saved.',
    RECOVERY_MODE:
      'The database failed its start-up check. The app is in recovery mode: restore from a backup.',
    DATA_CHECKING:
      'The data is still being checked after start-up. Payment opens in a moment, when the check is done.',
    BACKUP_INVALID: 'Backup {file} failed its check ({problem}) and cannot be restored.',
    FOLDER_UNAVAILABLE: 'Folder {folder} does not exist or cannot be written.',
    RESTORE_UNAVAILABLE: 'Restore is not available here. Run the Etalase app to restore.',
    RESTORE_FAILED: 'The restore failed. The previous data was reopened unchanged; try again.',
    RESTORE_SOURCE_LOST:
      'Backup {file} could not be read to the end (USB stick pulled?). The previous data is still in use, unchanged.',
    RESTORE_DISK_FULL:
      'The data disk is full: backup {file} does not fit to be restored. The previous data is still in use; free disk space and try again.',
    RESTORE_BUSY:
      'Another program has the database open (a second Etalase or a checking tool). Close it, then restore again. Nothing was changed.',
    RESTORE_PIN_REQUIRED: 'Enter the PIN of an admin recorded in this backup to restore it.',
    BACKUP_MANIFEST_MISMATCH:
      'Backup {file} has no manifest matching its record chain; it is not restored from the recovery screen.',
    BACKUP_ANCHOR_MISMATCH:
      'The record chain in backup {file} does not match the anchor in its manifest (#{seq}): the backup was rewritten after it was made. It is not restored from the recovery screen; choose another backup.',
    BACKUP_NO_ADMIN:
      'Backup {file} holds no admin with a PIN, so it cannot be restored from the recovery screen. Choose another backup.',
    DOCUMENT_STATE: 'Document {docNo} has already changed state; this can no longer be done.',
    LOCATION_INACTIVE: 'Location {name} is inactive or its exhibition is closed.',
    LOCATION_NOT_EMPTY: 'Location {name} still holds stock or goods in transit; empty it first.',
    COUNT_EXCEEDS_EXPECTED: 'The count of {name} ({counted}) is more than expected ({expected}).',
    SETTLE_EXCEEDS_PARTNER:
      '{partner} holds only {available} {name}, but the settlement records {requested} (sold + returned + missing).',
    SETTLEMENT_SALE:
      'Receipt {receiptNo} belongs to consignment settlement {docNo}: it cannot be voided or returned at the till. Correct it with a new settlement.',
    COUNT_STATE:
      'Stock count {countNo} has moved on to another state; this cannot be done now. Reload and try again.',
    COUNT_IN_PROGRESS:
      'Stock count {countNo} is already running at this location. Finish or cancel it first.',
    OUT_OF_SCOPE: '{name} is not part of this count.',
    UNCOUNTED_ITEMS:
      '{count} items have not been counted. Count them, or confirm their stock is 0.',
    VARIANCE_REASON_REQUIRED: 'The variance of {name} is large: give a reason before posting.',
    COUNT_BELOW_ZERO: 'The count of {name} cannot go below 0.',
    ALREADY_UNDONE: 'This count entry has already been undone.',
    DEPOSIT_ALREADY_CANCELLED: 'This PNBP deposit has already been cancelled.',
    SESSION_MISMATCH: 'This counting session does not belong to that stock count.',
    IMPORT_FILE_CHANGED: 'The file changed since the preview. Check the file again, then import.',
    IMPORT_HAS_ERRORS:
      '{count} rows have problems. Nothing was imported; fix the file and try again.',
    IMPORT_UNREADABLE: 'The file cannot be read. Save it as CSV or Excel (.xlsx) and try again.',
    IMPORT_UNSUPPORTED_FORMAT:
      'This file format is not supported. Use CSV or Excel (.xlsx); save old .xls files as .xlsx.',
    IMPORT_MISSING_COLUMNS:
      'Required columns are missing: {columns}. The first row must hold the column headers.',
    IMPORT_EMPTY: 'The file has no data rows.',
    IMPORT_TOO_MANY_ROWS: 'The file is too large: at most {max} rows per import.',
    IMPORT_TOO_LARGE:
      'This Excel file is too large once unpacked (over {max} MB, or built to inflate: a "zip bomb"). Nothing was imported; save it as CSV or split it into several files.',
    DUPLICATE_IN_FILE: 'Already used in row {row} of this file.',
    INVALID_AMOUNT: 'Not a valid whole number: “{value}”.',
    BARCODE_AS_NUMBER:
      'Excel turned the barcode into a number ({value}). Format the barcode column as Text and type it again.',
    SETUP_REQUIRED: 'The app is not set up yet. Finish the setup steps first.',
    SETUP_DONE: 'This app is already set up. Sign in with your PIN.',
    TILL_CODE_FROZEN: 'Till code {code} is already on sales and can no longer change.',
    TRAINING_UNAVAILABLE: 'Training mode is not available here.',
    TRAINING_ONLY:
      'The demo catalogue can only be loaded in training mode, never into the real books.',
    ORDER_STATE: 'Order {orderNo} is {status}: this cannot be done.',
    PACKING_EXCEEDS_ORDERED:
      'Packing of {name} is more than ordered: ordered {ordered}, packed {packed}.',
    PACKING_INCOMPLETE: 'The order is not fully packed: {name} ordered {ordered}, packed {packed}.',
    SHIP_EXCEEDS_ORDERED:
      'Shipping {name} is more than what is left of the order: {remaining} left, {qty} to ship.',
    NOTHING_TO_SHIP: 'Nothing to ship: enter a quantity on at least one line.',
    PAYMENT_EXCEEDS_DUE: 'The payment is more than the balance due {due}.',
    SETTLE_EXCEEDS_HELD: 'The amount is more than the order money still held {held}.',
    TOO_MANY_ATTEMPTS: 'Too many wrong PINs at this till. Wait {seconds} seconds, then try again.',
    APPROVAL_LOCKED_OUT:
      'Too many wrong approval PINs from this session. Try again in {minutes} minutes.',
    NOT_APPROVABLE: 'A supervisor cannot approve this action; ask an admin to do it.',
    GRANT_INVALID: 'Unknown approval. Ask for approval again.',
    GRANT_USED: 'This approval was already used. Each approval is valid once.',
    GRANT_EXPIRED: 'The approval has expired (more than 2 minutes). Ask for approval again.',
    GRANT_MISMATCH:
      'This approval is for another action, other input or another cashier. Ask for approval again.',
    PIN_TOO_SHORT: 'A PIN for this role has at least {min} digits.',
    PIN_CHANGE_REQUIRED: 'Change your PIN first: your role needs a PIN of at least {min} digits.',
    APPROVER_PIN_TOO_SHORT:
      "{name}'s PIN is too short to approve. {name} needs to sign in and change it (at least {min} digits).",
    HUB_UNREACHABLE:
      'The hub at {host}:{port} cannot be reached. Sales stay safe on this till and are sent when the hub is reachable again.',
    HUB_AUTH_FAILED:
      'The hub refused this role name or password. Check the till credentials from the hub admin.',
    HUB_ROLE_TAKEN:
      'These credentials are already used by another till (device). Ask the hub admin for credentials for this till.',
    HUB_WRONG_TILL:
      'These credentials are for till {hubCode}, not for this till. Ask the hub admin for the right ones.',
    HUB_NOT_JOINED: 'This till has not joined a hub.',
    HUB_ALREADY_JOINED: 'This till has already joined a hub. Leave it first to join another.',
    HUB_REFUSED: 'The hub refused the request: {detail}',
    INTERNAL: 'Something went wrong. Nothing was changed.',
    CONNECTION_LOST:
      'The connection to the Etalase server was lost. Nothing was lost: what was saved is safe. Make sure Etalase is running, then try again.',
    REQUIRED: 'Required.',
    TOO_LONG: 'Too long (at most {max}).',
    TOO_SMALL: 'Must be at least {min}.',
    TOO_BIG: 'Must be at most {max}.',
    NOT_INTEGER: 'Must be a whole number.',
    INVALID_FORMAT: 'Invalid format.',
    INVALID_VALUE: 'Invalid value.',
    CONTROL_CHARACTER:
      'Contains an invisible control character (such as ESC or a text-direction mark). Type it again instead of pasting.',
  },
}

/** Params that are themselves codes are translated before they are filled in. */
function translateParams(code: ErrorCode, locale: Locale, params: Params): Params {
  if (code === 'QRIS_INVALID' && params && typeof params.problem === 'string') {
    const text = qrisProblemMessages[locale][params.problem as QrisErrorCode]
    return { ...params, problem: text ?? params.problem }
  }
  return params
}

export function errorMessage(code: ErrorCode, locale: Locale, rawParams?: Params): string {
  const template = messages[locale][code]
  const params = translateParams(code, locale, rawParams)
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  )
}
