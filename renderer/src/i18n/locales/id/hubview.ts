export const hubview = {
  scopeLabel: 'Cakupan',
  scopeThisTill: 'Kasir ini',
  scopeHub: 'Semua kasir (hub)',
  asOf: 'Per sinkronisasi terakhir: {{at}} {{zone}}',
  neverSynced: 'Belum pernah sinkron: angka kasir lain belum ada.',
  sharedOnly:
    'Penjualan kasir lain dihitung untuk lokasi yang dibagikan hub ke kasir ini; penjualan kasir ini sendiri selalu terkini.',
  till: 'Kasir',
  thisTill: '{{code}} (kasir ini)',
  unknownTill: 'Kasir tak dikenal',
  location: 'Lokasi',
  sales: 'Penjualan',
  total: 'Total',
  voided: 'Dibatalkan',
  allTotal: 'Jumlah semua kasir',
  empty: 'Tidak ada penjualan pada periode ini.',
  tab: 'Semua kasir (hub)',
  stockNote:
    'Stok setiap lokasi seperti yang diketahui hub: jumlah pergerakan dari semua kasir. Minus berarti terjual lebih dari stok selama jaringan putus; diselesaikan pada opname berikutnya.',
  product: 'Produk',
  onHand: 'Stok',
  noLevels: 'Belum ada stok dari hub.',
  allLocations: 'Semua lokasi',
  timeZone: 'WIB',
  hasilKerjaNote:
    'Hasil kerja seluruh galeri: penjualan kasir ini selalu terkini, kasir lain untuk lokasi yang dibagikan hub per sinkronisasi terakhir; dibagi dengan aturan bagi hasil kasir ini. PNBP: setoran dari semua kasir.',
}
