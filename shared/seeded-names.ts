/**
 * The names the app itself gives the rows it creates on first start (bootstrap): the two
 * standing locations and the default payment methods. They are stored in Indonesian, the
 * shop's language, and are the app's own words rather than the user's: the screens show them in
 * the reader's language (`seededWord` → a translation key). A row the user renamed keeps the
 * name they gave it, in every language.
 */
export const seededLocationNames = { showroom: 'Galeri', storeroom: 'Gudang' } as const

export const seededPaymentMethods = [
  { id: 'tunai', name: 'Tunai', kind: 'cash', requiresReference: false },
  { id: 'qris', name: 'QRIS', kind: 'noncash', requiresReference: true },
  { id: 'transfer', name: 'Transfer Bank', kind: 'noncash', requiresReference: true },
  { id: 'edc', name: 'Kartu (EDC)', kind: 'noncash', requiresReference: true },
] as const

export type SeededWord = 'galeri' | 'gudang' | 'tunai' | 'transfer' | 'edc'

// QRIS is a brand, the same word in every language: it has no entry.
const wordByName: ReadonlyMap<string, SeededWord> = new Map([
  [seededLocationNames.showroom, 'galeri'],
  [seededLocationNames.storeroom, 'gudang'],
  ['Tunai', 'tunai'],
  ['Transfer Bank', 'transfer'],
  ['Kartu (EDC)', 'edc'],
])

/**
 * Which of the app's own words a stored name is, or null for a name a person chose. Matched on
 * the exact stored text, so a renamed row ("Gudang Belakang", "Cash drawer 2") is never
 * translated; the screens only see names, not which row a name came from.
 */
export function seededWord(name: string): SeededWord | null {
  return wordByName.get(name) ?? null
}
