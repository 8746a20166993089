import type { Page } from '@playwright/test'
import { apiCall } from './api'
import { giveAdminPin } from './arrange'
import { importDemoCatalogue } from './first-run'
import type { WebApp } from './web-app'

// The people and the supervisor dialog the approval specs share: a cashier who is refused,
// a supervisor who approves with their PIN, and the dialog between them.

export const ADMIN_PIN = '246810'
export const SARI = { name: 'Sari', pin: '135790' }
export const BUDI = { name: 'Budi', pin: '1234' }

/**
 * Sari (supervisor) and Budi (cashier) next to an admin with a PIN, then the app locked so
 * the page signs someone in; the demo catalogue first unless `demo: false`.
 */
export async function setUpPeople(web: WebApp, { demo = true }: { demo?: boolean } = {}) {
  if (demo) await importDemoCatalogue(web)
  await giveAdminPin(web, ADMIN_PIN)
  await apiCall(web, 'users:save', {
    name: SARI.name,
    role: 'supervisor',
    active: true,
    pin: SARI.pin,
  })
  const users = await apiCall(web, 'users:save', {
    name: BUDI.name,
    role: 'cashier',
    active: true,
    pin: BUDI.pin,
  })
  await apiCall(web, 'auth:lock', {})
  return { sari: users.find((u) => u.name === SARI.name)! }
}

export const approvalDialog = (page: Page, title = 'Perlu persetujuan supervisor') =>
  page.getByRole('dialog', { name: title })

/** Picks the approver in the open dialog's supervisor list. */
export async function chooseApprover(page: Page, name: string, label = 'Supervisor') {
  const dialog = page
    .getByRole('dialog')
    .filter({ has: page.getByRole('combobox', { name: label }) })
  await dialog.getByRole('combobox', { name: label, exact: true }).click()
  await page.getByRole('option', { name }).click()
}
