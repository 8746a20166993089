/** The Berita Acara Stock Opname as a file: the A4 PDF with the store's name and address. */
import { fileMimes, type FilePayload } from '../../../shared/documents/file-payload'
import type { Locale } from '../../../shared/locale'
import { renderA4ReportPdf } from '../../documents/lazy-documents'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import type { SettingsService } from '../settings/settings.service'
import { beritaAcaraDocument } from './berita-acara'
import { countDocument } from './count-read'

export function createBeritaAcaraFile(ctx: ServiceContext, settings: SettingsService) {
  const { db } = ctx

  /** Berita Acara Stock Opname: A4 PDF with the count table and three signature lines. */
  async function beritaAcara(actor: Actor, locale: Locale, id: string): Promise<FilePayload> {
    const doc = await countDocument(db, actor, id)
    if (doc.state === 'draft' || doc.state === 'counting') {
      throw new AppError('COUNT_STATE', { countNo: doc.countNo })
    }
    const store = {
      name: (await settings.get('store.name')) ?? 'Etalase',
      address: (await settings.get('store.address')) ?? [],
    }
    const bytes = await renderA4ReportPdf(
      beritaAcaraDocument({
        doc,
        locale,
        store,
        printedBy: actor.name,
        printedAt: ctx.clock.now(),
      }),
    )
    return {
      filename: `berita-acara-${doc.countNo}.pdf`,
      mime: fileMimes.pdf,
      base64: Buffer.from(bytes).toString('base64'),
    }
  }

  return beritaAcara
}
