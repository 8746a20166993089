import type { auth as id } from '../id/auth'
import type { Translation } from '../../translation-type'

export const auth: Translation<typeof id> = {
  title: 'Sign in',
  subtitle: 'Choose your name, then enter your PIN.',
  users: 'Users',
  pin: 'PIN',
  submit: 'Sign in (Enter)',
  noUsers: 'No user has a PIN yet. Ask the admin.',
  lock: 'Lock / switch cashier (F10)',
  setupBanner:
    'No PIN set yet. Everyone works as Admin until the Admin creates PINs in Settings → Users.',
  approval: {
    title: 'Supervisor approval needed',
    body: 'This action needs approval. The supervisor picks their name and enters their PIN.',
    supervisor: 'Supervisor',
    pin: 'Supervisor PIN',
    submit: 'Approve',
    cancel: 'Cancel',
    action: 'Action',
    subject: 'For',
    amount: 'Amount',
    requester: 'Asked by',
    what: 'What is approved',
    choose: 'Choose the supervisor',
    nobody: 'Nobody else may approve this action.',
  },
  changePin: {
    title: 'Change your PIN',
    body: 'Hello {{name}}: your role now needs a PIN of at least {{min}} digits. Change your PIN to go on.',
    current: 'Current PIN',
    new: 'New PIN',
    repeat: 'Repeat the new PIN',
    mismatch: 'The new PIN and its repeat differ.',
    submit: 'Save the new PIN',
    later: 'Sign out',
  },
  roles: {
    admin: 'Admin',
    supervisor: 'Supervisor',
    cashier: 'Cashier',
    stock: 'Stock clerk',
  },
}
