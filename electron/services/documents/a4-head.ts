import type { A4ReportDocument } from '../../../shared/documents/a4-report'
import { fileMimes, type FilePayload } from '../../../shared/documents/file-payload'
import type { Locale } from '../../../shared/locale'
import { renderA4ReportPdf } from '../../documents/lazy-documents'
import type { Actor, ServiceContext } from '../core/context'
import type { SettingsService } from '../settings/settings.service'

// The head every A4 document of the shop shares (stock documents, consignment statements and
// receipts): the shop's name and address on top, dates in the reader's language and WIB, a
// "printed on … by …" footer, and the rendered file.

export const dateFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: 'Asia/Jakarta',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
export const dateTimeFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: 'Asia/Jakarta',
    dateStyle: 'short',
    timeStyle: 'short',
  })
/** Noon UTC of a calendar date: the same day in WIB whatever the formatter does. */
export const isoDay = (date: string) => Date.parse(`${date}T12:00:00Z`)
export const qty = (n: number) => new Intl.NumberFormat('id-ID').format(n)
export const safeName = (text: string) => text.replace(/[^A-Za-z0-9-]+/g, '-')

/** Who the document is printed for: their name goes in the footer, their language in the text. */
export interface PdfReader {
  actor: Actor
  locale: Locale
}

/** The shop's header lines, the footer (a `{date}` / `{name}` template) and the date format. */
export async function a4Head(
  ctx: ServiceContext,
  settings: SettingsService,
  reader: PdfReader,
  printedTemplate: string,
) {
  const header = [
    (await settings.get('store.name')) ?? 'Etalase',
    ...((await settings.get('store.address')) ?? []),
  ]
  const footer = printedTemplate
    .replace('{date}', dateTimeFormat(reader.locale).format(ctx.clock.now()))
    .replace('{name}', reader.actor.name)
  return { header, footer, day: dateFormat(reader.locale) }
}

export async function a4File(doc: A4ReportDocument, filename: string): Promise<FilePayload> {
  const bytes = await renderA4ReportPdf(doc)
  return { filename, mime: fileMimes.pdf, base64: Buffer.from(bytes).toString('base64') }
}
