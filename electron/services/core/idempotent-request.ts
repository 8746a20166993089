import type { Transaction } from 'kysely'
import type { Database } from '../../db/schema'
import { AppError } from './errors'

/**
 * The till makes a record's id before it sends, so a retried request arrives with the same id.
 * The same request again answers with the record already written; a different request under
 * that id is refused. Read inside the writing transaction, so two retries cannot both write.
 */
export async function alreadyRecorded(
  trx: Transaction<Database>,
  table: 'sales' | 'returns',
  id: string,
  requestHash: string,
): Promise<string | null> {
  const existing = await trx
    .selectFrom(table)
    .select(['id', 'request_hash'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!existing) return null
  if (existing.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_MISMATCH')
  return existing.id
}
