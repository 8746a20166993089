import { useState } from 'react'
import { CountDocumentView } from './CountDocumentView'
import { CountListView } from './CountListView'

/** Stock opname: the list of count documents, or one document being counted or reviewed. */
export function OpnameScreen() {
  const [openId, setOpenId] = useState<string | null>(null)
  return openId ? (
    <CountDocumentView id={openId} onBack={() => setOpenId(null)} />
  ) : (
    <CountListView onOpen={setOpenId} />
  )
}
