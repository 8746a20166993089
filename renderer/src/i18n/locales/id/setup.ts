export const setup = {
  title: 'Penyiapan Etalase',
  intro: 'Beberapa langkah singkat sebelum kasir ini dipakai. Tidak ada yang terkirim ke internet.',
  steps: {
    language: 'Bahasa',
    shop: 'Toko',
    till: 'Kasir ini',
    admin: 'Admin pertama',
    printer: 'Printer',
    backup: 'Cadangan',
    catalogue: 'Katalog',
    recovery: 'Kode pemulihan',
  },
  next: 'Lanjut',
  back: 'Kembali',
  skip: 'Lewati',
  language: {
    label: 'Bahasa aplikasi',
    hint: 'Bisa diganti kapan saja di pojok kanan atas.',
  },
  restore: {
    offer: 'PC baru atau diperbaiki? Pulihkan data dari cadangan',
    title: 'Pulihkan dari cadangan',
    intro:
      'Colokkan flashdisk cadangan, lalu tulis folder tempat berkas etalase-….sqlite berada (misalnya E:\\Etalase-cadangan).',
    folder: 'Folder cadangan',
    find: 'Cari cadangan',
    none: 'Tidak ada cadangan di folder ini.',
    pick: 'Pulihkan {{file}}',
    created: 'Dibuat {{when}}',
    done: 'Data dipulihkan dari {{file}}. Masuk dengan PIN yang dipakai di data tersebut.',
    cancel: 'Batal',
  },
  shop: {
    name: 'Nama toko',
    address: 'Alamat',
    addressHint: 'Satu baris per baris di struk.',
    phone: 'Telepon',
    npwp: 'NPWP (boleh kosong)',
    header: 'Kepala struk (boleh kosong)',
    headerHint: 'Dicetak di bawah nama toko, satu baris per baris.',
    footer: 'Kaki struk (boleh kosong)',
    footerHint: 'Dicetak di akhir setiap struk, misalnya ucapan terima kasih.',
  },
  till: {
    code: 'Kode kasir',
    codeHint:
      '2–4 huruf kapital atau angka, berbeda untuk setiap kasir (misalnya KSG1, PMR1). Ada di setiap nomor struk dan dokumen; tidak bisa diubah setelah ada penjualan.',
    codeInvalid: 'Kode kasir harus 2–4 huruf kapital atau angka, misalnya KSG1.',
    kind: 'Jenis kasir',
    showroom: 'Kasir galeri (showroom)',
    booth: 'Kasir stan pameran',
    preview: 'Contoh nomor struk: {{example}}',
  },
  admin: {
    intro:
      'Admin pertama mengatur pengguna, printer dan cadangan. PIN wajib: tidak ada yang bisa memakai aplikasi tanpa PIN.',
    name: 'Nama admin',
    pin: 'PIN (minimal 6 angka)',
    pinConfirm: 'Ulangi PIN',
    pinInvalid: 'PIN harus 6–8 angka.',
    pinMismatch: 'PIN tidak sama.',
    save: 'Simpan dan lanjut',
    required: 'Wajib diisi.',
  },
  printer: {
    intro:
      'Pilih printer struk dan cetak halaman uji. Bisa dilewati dan diatur nanti di Pengaturan.',
  },
  backup: {
    intro:
      'Cadangan otomatis selalu dibuat di folder data. Pilih folder kedua (flashdisk) dan seberapa sering. Bisa dilewati.',
  },
  catalogue: {
    intro: 'Bagaimana katalog produk dimulai?',
    import: 'Impor berkas katalog',
    importHint: 'CSV atau Excel dengan produk dan stok awal.',
    empty: 'Mulai kosong',
    emptyHint: 'Tambahkan produk nanti di layar Produk.',
    training: 'Coba dulu (mode latihan)',
    trainingHint:
      'Membuka pembukuan latihan terpisah berisi katalog contoh. Tidak ada yang masuk ke pembukuan sungguhan.',
    finish: 'Selesai',
  },
  recovery: {
    intro:
      'Kasir ini menandatangani setiap catatan dengan kunci rantai yang disimpan di luar database. Kode di bawah adalah kunci itu, dalam huruf.',
    codeLabel: 'Kode pemulihan kunci rantai',
    loading: 'Mengambil kode pemulihan…',
    purpose:
      'Jika berkas kunci hilang atau disk kasir rusak, kode ini memulihkan bukti bahwa catatan penjualan, stok dan audit tidak diubah (Pengaturan → Data → Pulihkan kunci).',
    safe: 'Tulis atau cetak kode ini dan simpan di brankas kantor, jangan pernah di kasir. Jangan difoto dan jangan dikirim lewat pesan.',
    later:
      'Ini satu-satunya kali kode tampil tanpa PIN. Sesudah ini, kode hanya dapat dilihat lagi di Pengaturan → Data dengan PIN admin.',
    failed:
      'Kode pemulihan tidak dapat ditampilkan di sini: {{message}} Lihat kode nanti di Pengaturan → Data dengan PIN admin.',
    confirm: 'Saya sudah menulis atau mencetak kode ini',
    finish: 'Selesai',
  },
  training: {
    banner: 'LATIHAN — bukan pembukuan sungguhan. Struk di sini BUKAN BUKTI PEMBAYARAN.',
    enter: 'Coba dulu (mode latihan)',
    leave: 'Kembali ke pembukuan asli',
  },
}
