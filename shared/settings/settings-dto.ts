/** Data shapes of the settings area (split out of the old shared/dto.ts). */

export interface PaymentMethodDto {
  id: string
  name: string
  kind: 'cash' | 'noncash'
  requiresReference: boolean
  active: boolean
}
