import type { ChainProblem } from '../../db/ledger-chain'

/** A finding told in both languages, Indonesian first, for `npm run verify` and the app. */
export interface Words {
  id: string
  en: string
}

/** What a broken chain link means, in words an auditor can act on. */
export function chainProblemWords(
  problem: ChainProblem,
  at: { seq: number; table: string; rowId: string },
): Words {
  const where = `${at.table} ${at.rowId} (#${at.seq})`
  switch (problem) {
    case 'changed':
      return {
        id: `Isi catatan ${where} diubah setelah dicatat: isinya tidak lagi cocok dengan hash rantai.`,
        en: `Record ${where} was changed after it was written: its content no longer matches its chain hash.`,
      }
    case 'missing':
      return {
        id: `Catatan ${where} dihapus: rantai masih menunjuknya, tabelnya tidak lagi memuatnya.`,
        en: `Record ${where} was deleted: the chain still points at it, the table no longer holds it.`,
      }
    case 'relinked':
      return {
        id: `Rantai disambung ulang di ${where}: mata rantai sebelumnya dihapus, disisipkan atau diurutkan ulang.`,
        en: `The chain was relinked at ${where}: an earlier link was deleted, inserted or re-ordered.`,
      }
    case 'unsigned':
      return {
        id: `Mata rantai ${where} tidak bertanda tangan: ditulis dengan pemicu tanda tangan dimatikan (mis. pembatalan palsu).`,
        en: `Link ${where} has no signature: it was written with the signing trigger dropped (e.g. a forged void).`,
      }
    case 'forged':
      return {
        id: `Tanda tangan ${where} tidak cocok dengan kunci rantai: rantai dihitung ulang tanpa kunci.`,
        en: `The signature of ${where} does not match the chain key: the chain was recomputed without the key.`,
      }
    case 'unknown_key':
      return {
        id: `Mata rantai ${where} ditandatangani kunci lain dari yang diberikan: berikan kunci itu, atau datanya ditulis di tempat lain.`,
        en: `Link ${where} was signed by a key other than the one given: give that key too, or the data was written elsewhere.`,
      }
    case 'truncated':
      return {
        id: `Rantai berakhir sebelum jangkar #${at.seq}: catatan di ujung rantai telah dihapus.`,
        en: `The chain ends before anchor #${at.seq}: records at the end of the chain were deleted.`,
      }
    case 'anchor_mismatch':
      return {
        id: `Mata rantai #${at.seq} tidak cocok dengan jangkar yang tercetak: rantai sampai titik itu ditulis ulang.`,
        en: `Link #${at.seq} does not match its printed anchor: the chain up to that point was rewritten.`,
      }
  }
}
