/** The Electron app exposes `window.etalase`; browser mode talks HTTP and has no OS print. */
export const isDesktopApp = (): boolean => typeof window !== 'undefined' && !!window.etalase
