import { useCallback, useMemo, type RefObject } from 'react'

/**
 * The till's home is the search box: a scan or a typed name goes there. `now` selects its
 * text at once; `afterDialog` waits one tick, because a closing Mantine modal gives focus
 * back to whatever opened it, and the search box must win over that.
 */
export function useSearchFocus(searchRef: RefObject<HTMLInputElement | null>) {
  const now = useCallback(() => {
    searchRef.current?.focus()
    searchRef.current?.select()
  }, [searchRef])
  return useMemo(() => ({ now, afterDialog: () => window.setTimeout(now, 0) }), [now])
}
