import type { setup as id } from '../id/setup'
import type { Translation } from '../../translation-type'

export const setup: Translation<typeof id> = {
  title: 'Setting up Etalase',
  intro: 'A few short steps before this till is used. Nothing is sent to the internet.',
  steps: {
    language: 'Language',
    shop: 'Shop',
    till: 'This till',
    admin: 'First admin',
    printer: 'Printer',
    backup: 'Backups',
    catalogue: 'Catalogue',
    recovery: 'Recovery code',
  },
  next: 'Next',
  back: 'Back',
  skip: 'Skip',
  language: {
    label: 'App language',
    hint: 'Can be changed at any time in the top right corner.',
  },
  restore: {
    offer: 'New or repaired PC? Restore the data from a backup',
    title: 'Restore from a backup',
    intro:
      'Plug in the backup USB stick, then type the folder that holds the etalase-….sqlite files (for example E:\\Etalase-backup).',
    folder: 'Backup folder',
    find: 'Find backups',
    none: 'No backups in this folder.',
    pick: 'Restore {{file}}',
    created: 'Made {{when}}',
    done: 'Data restored from {{file}}. Sign in with a PIN from that data.',
    cancel: 'Cancel',
  },
  shop: {
    name: 'Shop name',
    address: 'Address',
    addressHint: 'One receipt line per line.',
    phone: 'Phone',
    npwp: 'Tax number (NPWP, optional)',
    header: 'Receipt header (optional)',
    headerHint: 'Printed under the shop name, one line per line.',
    footer: 'Receipt footer (optional)',
    footerHint: 'Printed at the end of every receipt, e.g. a thank-you.',
  },
  till: {
    code: 'Till code',
    codeHint:
      '2–4 capital letters or digits, different for every till (e.g. KSG1, PMR1). It is in every receipt and document number; it cannot change once a sale exists.',
    codeInvalid: 'The till code must be 2–4 capital letters or digits, e.g. KSG1.',
    kind: 'Kind of till',
    showroom: 'Showroom till',
    booth: 'Exhibition booth till',
    preview: 'Example receipt number: {{example}}',
  },
  admin: {
    intro:
      'The first admin manages users, printers and backups. A PIN is required: nobody can use the app without one.',
    name: 'Admin name',
    pin: 'PIN (at least 6 digits)',
    pinConfirm: 'Repeat the PIN',
    pinInvalid: 'The PIN must be 6–8 digits.',
    pinMismatch: 'The PINs differ.',
    save: 'Save and continue',
    required: 'Required.',
  },
  printer: {
    intro:
      'Choose the receipt printer and print a test page. You can skip this and set it up later in Settings.',
  },
  backup: {
    intro:
      'Automatic backups always go to the data folder. Choose a second folder (USB stick) and how often. You can skip this.',
  },
  catalogue: {
    intro: 'How does the product catalogue start?',
    import: 'Import a catalogue file',
    importHint: 'CSV or Excel with products and opening stock.',
    empty: 'Start empty',
    emptyHint: 'Add products later on the Products screen.',
    training: 'Try it first (training mode)',
    trainingHint:
      'Opens separate practice books with a demo catalogue. Nothing reaches the real books.',
    finish: 'Finish',
  },
  recovery: {
    intro:
      'This till signs every record with a chain key kept outside the database. The code below is that key, in letters.',
    codeLabel: 'Chain key recovery code',
    loading: 'Fetching the recovery code…',
    purpose:
      'If the key file is lost or the till’s disk dies, this code restores the proof that the sales, stock and audit records were not altered (Settings → Data → Restore key).',
    safe: 'Write this code down or print it and keep it in the office safe, never at the till. Do not photograph it or send it by message.',
    later:
      'This is the only time the code is shown without a PIN. After this, it can be seen again only in Settings → Data with the admin PIN.',
    failed:
      'The recovery code cannot be shown here: {{message}} See it later in Settings → Data with the admin PIN.',
    confirm: 'I have written down or printed the code',
    finish: 'Finish',
  },
  training: {
    banner: 'TRAINING — not the real books. Receipts here are NOT PROOF OF PAYMENT.',
    enter: 'Try it first (training mode)',
    leave: 'Back to the real books',
  },
}
