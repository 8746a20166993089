export const sync = {
  tab: 'Sinkronisasi',
  title: 'Hub (beberapa kasir)',
  description:
    'Kasir ini tetap berjualan tanpa jaringan. Bila tergabung ke hub PostgreSQL galeri, penjualan dan pergerakan stok dikirim ke hub, dan katalog, harga, pengguna serta stok lokasi bersama diambil dari hub.',
  notJoined: 'Kasir ini belum tergabung ke hub dan bekerja sendiri seperti biasa.',
  joinTitle: 'Gabung ke hub',
  host: 'Alamat hub',
  port: 'Port',
  database: 'Basis data',
  role: 'Nama peran kasir',
  password: 'Kata sandi kasir',
  credentialsHint: 'Nama peran dan kata sandi diberikan admin hub untuk kasir ini saja.',
  join: 'Gabung',
  joined: 'Tergabung ke {{host}}:{{port}} ({{database}}) sebagai {{role}}.',
  lastSync: 'Sinkronisasi terakhir: {{at}} {{zone}}',
  neverSynced: 'Belum pernah sinkron.',
  waiting: 'Baris menunggu dikirim: {{count}}',
  lastError: 'Sinkronisasi terakhir gagal ({{at}} {{zone}}): {{message}}',
  syncNow: 'Sinkronkan sekarang',
  synced:
    'Sinkron: {{uploaded}} baris terkirim, {{masterRows}} data induk dan {{sharedMovements}} pergerakan stok diterima.',
  leave: 'Keluar dari hub',
  leaveConfirm:
    'Keluar dari hub? Yang sudah terkirim tetap di hub; penjualan baru menunggu di kasir ini.',
  timeZone: 'WIB',
}
