import { sql } from 'kysely'
import { connectHub } from '../../electron/hub/hub-admin'
import { receiveStock } from '../helpers/receive-stock'
import { apiCall, viaApi } from './support/api'
import { expect, test } from './support/fixtures'
import { startPrintedHub, type PrintedHub } from './support/hub-cli'
import { goToScreen } from './support/screens'

// Issue 17 through the UI: Pengaturan → Sinkronisasi against a real hub started with
// `npm run hub`, joined with the credentials it printed. A wrong password is refused in words,
// a sale waits until "sync now" and then sits on the hub, and the till leaves the hub.

test.describe.configure({ timeout: 240_000 })

const words = {
  id: {
    settings: 'Pengaturan',
    tab: 'Sinkronisasi',
    host: 'Alamat hub',
    port: 'Port',
    database: 'Basis data',
    role: 'Nama peran kasir',
    password: 'Kata sandi kasir',
    join: 'Gabung',
    wrongPassword: 'Hub menolak nama peran atau kata sandi ini.',
    joined: (h: PrintedHub) =>
      `Tergabung ke ${h.host}:${h.port} (${h.database}) sebagai ${h.role}.`,
    never: 'Belum pernah sinkron.',
    waiting: 'Baris menunggu dikirim: ',
    syncNow: 'Sinkronkan sekarang',
    synced: /^Sinkron: \d+ baris terkirim/,
    lastSync: /^Sinkronisasi terakhir: .+ WIB$/,
    leave: 'Keluar dari hub',
    notJoined: 'Kasir ini belum tergabung ke hub',
  },
  en: {
    settings: 'Settings',
    tab: 'Sync',
    host: 'Hub address',
    port: 'Port',
    database: 'Database',
    role: 'Till role name',
    password: 'Till password',
    join: 'Join',
    wrongPassword: 'The hub refused this role name or password.',
    joined: (h: PrintedHub) => `Joined ${h.host}:${h.port} (${h.database}) as ${h.role}.`,
    never: 'Not synced yet.',
    waiting: 'Rows waiting to be sent: ',
    syncNow: 'Sync now',
    synced: /^Synced: \d+ rows sent/,
    lastSync: /^Last sync: .+ WIB$/,
    leave: 'Leave the hub',
    notJoined: 'This till has not joined a hub',
  },
} as const

for (const lang of ['id', 'en'] as const) {
  test(`join a real hub with the printed credentials, sync a sale, leave (${lang})`, async ({
    page,
    web,
    openApp,
  }) => {
    const w = words[lang]
    const hub = await startPrintedHub('KSG1')
    try {
      await openApp()
      if (lang === 'en') {
        await page.getByRole('radiogroup', { name: 'Bahasa' }).getByText('EN').click()
      }
      await goToScreen(page, w.settings, w.settings)
      await page.getByRole('tab', { name: w.tab, exact: true }).click()
      await expect(page.getByText(w.notJoined)).toBeVisible()

      // What the admin's terminal printed, typed in; first with a wrong password.
      await page.getByRole('textbox', { name: w.host }).fill(hub.host)
      await page.getByRole('textbox', { name: w.port }).fill(String(hub.port))
      await page.getByRole('textbox', { name: w.database }).fill(hub.database)
      await page.getByRole('textbox', { name: w.role }).fill(hub.role)
      const password = page.getByRole('textbox', { name: w.password })
      await password.fill(`${hub.password}-salah`)
      await page.getByRole('button', { name: w.join, exact: true }).click()
      await expect(page.getByRole('alert')).toContainText(w.wrongPassword)
      await expect(page.getByText(w.notJoined)).toBeVisible()
      await page.screenshot({ path: test.info().outputPath(`sync-wrong-password-${lang}.png`) })

      await password.fill(hub.password)
      await page.getByRole('button', { name: w.join, exact: true }).click()
      await expect(page.getByText(w.joined(hub))).toBeVisible()
      await expect(page.getByText(w.never)).toBeVisible()

      // A sale on this till waits in the outbox until "sync now".
      const product = await apiCall(web, 'catalog:create', {
        name: 'Gantungan Kunci Hub',
        sku: 'HUB-01',
        barcode: null,
        categoryId: null,
        unit: 'pcs',
        price: 15_000,
        cost: 6_000,
        workshopId: null,
        active: true,
      })
      await receiveStock(viaApi(web), { productId: product.id, qty: 3 })
      const saleId = crypto.randomUUID()
      await apiCall(web, 'sales:checkout', {
        id: saleId,
        lines: [{ productId: product.id, qty: 1 }],
        payments: [{ methodId: 'tunai', amount: 15_000 }],
      })
      await page.reload()
      await page.getByRole('tab', { name: w.tab, exact: true }).click()
      const waiting = page.getByTestId('sync-waiting')
      await expect(waiting).toHaveText(new RegExp(`^${w.waiting}[1-9]\\d*$`))

      await page.getByRole('button', { name: w.syncNow }).click()
      await expect(page.getByRole('status').filter({ hasText: w.synced })).toBeVisible({
        timeout: 60_000,
      })
      await expect(waiting).toHaveText(`${w.waiting}0`)
      await expect(page.getByText(w.lastSync)).toBeVisible()
      await page.screenshot({ path: test.info().outputPath(`sync-joined-${lang}.png`) })

      // The sale is on the hub, as the hub's own administrator reads it.
      const admin = connectHub(
        {
          host: hub.host,
          port: hub.port,
          database: hub.database,
          user: hub.admin.user,
          password: hub.admin.password,
        },
        1,
      )
      try {
        const { rows } = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM ledger_rows WHERE row_id = ${saleId}`.execute(admin)
        expect(rows[0]?.n).toBe(1)
      } finally {
        await admin.destroy()
      }

      // Leaving asks first (a browser confirm), then the till works alone again.
      page.once('dialog', (dialog) => void dialog.accept())
      await page.getByRole('button', { name: w.leave }).click()
      await expect(page.getByText(w.notJoined)).toBeVisible()
      await expect(page.getByRole('button', { name: w.join, exact: true })).toBeVisible()
    } finally {
      await hub.stop()
    }
  })
}
