export const auth = {
  title: 'Masuk',
  subtitle: 'Pilih nama Anda lalu masukkan PIN.',
  users: 'Pengguna',
  pin: 'PIN',
  submit: 'Masuk (Enter)',
  noUsers: 'Belum ada pengguna dengan PIN. Hubungi admin.',
  lock: 'Kunci / ganti kasir (F10)',
  setupBanner:
    'Belum ada PIN. Semua orang masuk sebagai Admin sampai Admin membuat PIN di Pengaturan → Pengguna.',
  approval: {
    title: 'Perlu persetujuan supervisor',
    body: 'Tindakan ini perlu persetujuan. Supervisor memilih namanya dan memasukkan PIN.',
    supervisor: 'Supervisor',
    pin: 'PIN supervisor',
    submit: 'Setujui',
    cancel: 'Batal',
  },
  roles: {
    admin: 'Admin',
    supervisor: 'Supervisor',
    cashier: 'Kasir',
    stock: 'Petugas stok',
  },
}
