// First: a buyer tab drops the till's run token before the API client can read it.
import './features/pembeli/buyer-tab-guard'
import '@mantine/core/styles.css'
import '@mantine/charts/styles.css'
import '@mantine/dates/styles.css'
import '@mantine/notifications/styles.css'
import './app/focus-ring.css'
import { Notifications } from '@mantine/notifications'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { ThemeProvider } from './app/ThemeProvider'
import { isBuyerLocation } from './features/pembeli/buyer-location'
import { BuyerScreen } from './features/pembeli/BuyerScreen'
import { setupI18n } from './i18n/setup'

setupI18n()

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
})

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ThemeProvider>
        <Notifications position="top-right" />
        {isBuyerLocation() ? <BuyerScreen /> : <App />}
      </ThemeProvider>
    </QueryClientProvider>
  </StrictMode>,
)
