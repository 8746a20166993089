import type { common as id } from '../id/common'
import type { Translation } from '../../translation-type'

export const common: Translation<typeof id> = {
  appName: 'Etalase',
  nav: {
    label: 'Main menu',
    kasir: 'Till',
    shift: 'Shift',
    riwayat: 'History',
    produk: 'Products',
    stok: 'Stock',
    opname: 'Stock opname',
    laporan: 'Reports',
    pesanan: 'Orders',
    audit: 'Audit',
    pengaturan: 'Settings',
  },
  language: {
    label: 'Language',
    id: 'Indonesia',
    en: 'English',
  },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    edit: 'Edit',
    clear: 'Clear',
    retry: 'Retry',
  },
  status: {
    loading: 'Loading…',
    saved: 'Saved',
    empty: 'Nothing here yet',
  },
  placeholder: {
    title: '{{screen}} — coming soon',
    laporan:
      'Sales by period, product, workshop and payment method, and the monthly work-programme report (premi / PNBP / modal) will be here.',
  },
  seeded: {
    galeri: 'Gallery',
    gudang: 'Storeroom',
    tunai: 'Cash',
    transfer: 'Bank transfer',
    edc: 'Card (EDC)',
  },
  dates: {
    placeholder: 'dd/mm/yyyy',
    monthPlaceholder: 'Pick a month',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    previousDecade: 'Previous decade',
    nextDecade: 'Next decade',
    level: 'Pick another month or year',
  },
  pinToggle: { show: 'Show PIN', hide: 'Hide PIN' },
  location: 'Location: {{name}}',
  user: 'User: {{name}}',
}
