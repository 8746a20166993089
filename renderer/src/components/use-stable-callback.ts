import { useCallback, useLayoutEffect, useRef } from 'react'

/**
 * A function whose identity never changes but which always runs the latest `fn`. Handlers
 * passed this way let memoised parts of the till (cart rows, the search box) skip rendering
 * when a scan changes something else: a scan must paint its line within a frame or two.
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R) {
  const latest = useRef(fn)
  useLayoutEffect(() => {
    latest.current = fn
  })
  return useCallback((...args: A) => latest.current(...args), [])
}
