/** Data shapes of the auth area (split out of the old shared/dto.ts). */

export type Role = 'admin' | 'supervisor' | 'cashier' | 'stock'

export interface SessionUser {
  id: string
  name: string
  role: Role
  permissions: string[]
  /** Signed in with a PIN shorter than the role needs: only a PIN change is allowed. */
  pinChangeRequired: boolean
}

export interface UserDto {
  id: string
  name: string
  role: Role
  active: boolean
  hasPin: boolean
  lockedUntil: string | null
}

/** Who may sign in at the till: names only, never anything secret. */
export interface LoginCandidate {
  id: string
  name: string
  role: Role
}
