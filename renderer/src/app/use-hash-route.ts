import { useEffect, useState } from 'react'
import { isRoute, type Route } from './routes'

const current = (): Route => {
  const name = window.location.hash.replace(/^#\/?/, '')
  return isRoute(name) ? name : 'kasir'
}

/** The screen lives in the hash (`#/stok`), so a reload stays on the same screen. */
export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(current)
  useEffect(() => {
    const onChange = () => setRoute(current())
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return [route, (next) => (window.location.hash = `/${next}`)]
}
