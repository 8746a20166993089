export const common = {
  appName: 'Etalase',
  nav: {
    label: 'Menu utama',
    kasir: 'Kasir',
    shift: 'Shift',
    riwayat: 'Riwayat',
    produk: 'Produk',
    stok: 'Stok',
    opname: 'Stock opname',
    laporan: 'Laporan',
    pesanan: 'Pesanan',
    audit: 'Audit',
    pengaturan: 'Pengaturan',
  },
  language: {
    label: 'Bahasa',
    id: 'Indonesia',
    en: 'English',
  },
  actions: {
    save: 'Simpan',
    cancel: 'Batal',
    close: 'Tutup',
    edit: 'Ubah',
    clear: 'Kosongkan',
    retry: 'Coba lagi',
  },
  status: {
    loading: 'Memuat…',
    saved: 'Tersimpan',
    empty: 'Belum ada data',
  },
  placeholder: {
    title: '{{screen}} — segera hadir',
    laporan:
      'Laporan penjualan per periode, produk, kegiatan kerja dan metode bayar, serta laporan hasil kerja (premi / PNBP / modal) akan tersedia di sini.',
  },
  pinToggle: { show: 'Tampilkan PIN', hide: 'Sembunyikan PIN' },
  location: 'Lokasi: {{name}}',
  user: 'Pengguna: {{name}}',
}
