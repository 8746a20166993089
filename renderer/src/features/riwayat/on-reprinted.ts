import type { SaleDto } from '../../../../shared/dto'

/**
 * Called once the server has recorded a reprint; `sale.reprintCount` is the number of the
 * copy (SALINAN / COPY) to print. This is the hook for the printing work: send the receipt
 * document, with its copy banner, to the till's printer from here. Until then the copy is
 * only recorded, and the screen says so.
 */
export function onReprinted(sale: SaleDto): void {
  void sale
}
