/**
 * The one Content-Security-Policy for the renderer, in Electron and in browser mode:
 * no inline or eval script, nothing remote. `connect-src 'self'` lets browser mode reach
 * its own loopback API; Mantine injects styles at run time, hence 'unsafe-inline' for
 * styles only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')
