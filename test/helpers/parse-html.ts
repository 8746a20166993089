import { createRequire } from 'node:module'

// jsdom (a devDependency, the renderer tests' DOM) ships no types and @types/jsdom is not
// installed: the one constructor used here is typed by hand, its result by the DOM lib.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } }
}

/** Parses HTML the app made with a real parser (no script runs), as a printer would read it. */
export const parseHtml = (html: string): Document => new JSDOM(html).window.document
