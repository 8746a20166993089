import { isBuyerLocation, takeBuyerKey } from './buyer-location'

// Imported first by main.tsx, so it runs before the API client reads session storage: a
// buyer tab keeps only its stream key and never the till's run token.
if (isBuyerLocation()) takeBuyerKey()
