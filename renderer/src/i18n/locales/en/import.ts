import type { importNs as id } from '../id/import'
import type { Translation } from '../../translation-type'

export const importNs: Translation<typeof id> = {
  open: 'Import CSV/Excel',
  title: 'Import products and opening stock',
  intro:
    'The first row holds the column headers. Required: Name, SKU, Price. Optional: Barcode, Category, Workshop, Unit, Cost, Opening stock. Separators ; or , and numbers such as 1.500 or Rp 15.000 are read as written.',
  template: 'Download CSV template',
  file: 'CSV or Excel file (.xlsx)',
  filePlaceholder: 'Choose a file…',
  location: 'Opening stock location',
  reason: 'Opening stock source',
  reasons: {
    production_in: 'Production',
    purchase_in: 'Purchase',
    consignment_in: 'Consignment',
  },
  checking: 'Checking the file…',
  tooLarge: 'The file is too large (about 700 KB at most). Split it into several files.',
  onlyProblems: 'Show only rows with problems',
  recheck: 'Check the file again',
  confirm: 'Import {{count}} products',
  confirmBlocked_one: 'Fix {{count}} row to import',
  confirmBlocked_other: 'Fix {{count}} rows to import',
  makeBarcodes_one: 'Make a store barcode for {{count}} product without one',
  makeBarcodes_other: 'Make store barcodes for {{count}} products without one',
  makeBarcodesHint:
    'Store EAN-13 codes (20…) are given after the import, also to older products without a barcode, so everything can be scanned and labelled.',
  barcodesDone_one: '{{count}} product got a store barcode.',
  barcodesDone_other: '{{count}} products got a store barcode.',
  confirmNone: 'Import',
  done: '{{count}} products imported.',
  summary: {
    readyTitle: 'Ready to import',
    products: '{{count}} new products',
    newCategories: 'new categories: {{names}}',
    newWorkshops: 'new workshops: {{names}}',
    stock: 'opening stock {{units}} units ({{value}}) into {{location}}',
    errorsTitle: '{{count}} of {{total}} rows have problems',
    errorsBody:
      'Nothing is imported until every row is right. Fix the marked rows in the file, save it, then click Check the file again (or choose the file again).',
  },
  table: {
    label: 'Import preview',
    row: 'Row',
    problems: 'Problems',
    ok: 'Ready',
  },
  fields: {
    name: 'Name',
    sku: 'SKU',
    barcode: 'Barcode',
    category: 'Category',
    workshop: 'Workshop',
    unit: 'Unit',
    price: 'Price',
    cost: 'Cost',
    stock: 'Opening stock',
    active: 'Active',
  },
}
