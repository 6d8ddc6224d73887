// The one Content-Security-Policy of the renderer, sent as a header by browser mode (main/web.ts)
// and by the desktop app's gongwen:// scheme (main/app.ts). renderer/index.html carries the same
// policy as a meta tag, for any load without headers; a test keeps the two in step. No remote
// origin appears anywhere: the app works offline and must never load code or fonts from the network.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React and Lexical set inline style attributes
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
