import type { Locator } from '@playwright/test'
import { expect, test } from './support/fixtures'

/** Inputs by their accessible name: a label's required-asterisk is aria-hidden, not part of it. */
const field = (scope: Locator, name: string) => scope.getByRole('textbox', { name, exact: true })

test('switching to English in Pengaturan applies at once and survives a reload', async ({
  page,
  openApp,
}) => {
  await openApp({ demo: 'decline' })
  const nav = page.getByRole('navigation')
  await nav.getByRole('link', { name: 'Pengaturan' }).click()
  await expect(page.getByRole('heading', { name: 'Pengaturan' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Bahasa Indonesia' })).toBeChecked()

  await page.getByRole('radio', { name: 'English' }).click()
  await expect(nav.getByRole('link', { name: 'Products' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await page.reload()
  await expect(nav.getByRole('link', { name: 'Products' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await page.getByRole('radio', { name: 'Bahasa Indonesia' }).click()
  await expect(nav.getByRole('link', { name: 'Produk' })).toBeVisible()
  await page.reload()
  await expect(nav.getByRole('link', { name: 'Produk' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
})

test('in English the product form and the server messages speak English', async ({
  page,
  openApp,
}) => {
  await openApp({ demo: 'decline' })
  await page.getByRole('navigation').getByRole('link', { name: 'Pengaturan' }).click()
  await page.getByRole('radio', { name: 'English' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Products' }).click()

  await page.getByRole('button', { name: 'New product' }).click()
  const form = page.getByRole('dialog', { name: 'New product' })
  await field(form, 'Product name').fill('Woven rattan basket')
  await field(form, 'SKU').fill('AN-001')
  await field(form, 'Selling price').fill('-1')
  await field(form, 'Cost').fill('0')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(field(form, 'Selling price')).toHaveAccessibleDescription('Must be at least 0.')
  await expect(form.getByRole('alert')).toHaveText('Please check the highlighted fields.')
})
