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
  roles: {
    admin: 'Admin',
    supervisor: 'Supervisor',
    cashier: 'Cashier',
    stock: 'Stock clerk',
  },
}
