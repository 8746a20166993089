/**
 * The chain key's recovery code on one A4 page for the admin's safe: who and what it is for,
 * the code in large monospace, and how it is used. Rendered in main
 * (electron/documents/recovery-code-pdf.ts); the words are in the reader's language.
 */
export interface RecoverySheet {
  /** The shop's name, on top. */
  shop: string
  title: string
  /** Label/value facts under the title: till, key id, date. */
  facts: { label: string; value: string }[]
  /** The code as shown on screen: 13 groups of 4 joined by `-`. */
  code: string
  /** Short paragraphs under the code. */
  paragraphs: string[]
  /** "Printed … by …" at the foot of the page. */
  footer: string
}
