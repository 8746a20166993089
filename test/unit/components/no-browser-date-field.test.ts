import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/*
 * The browser's own date field (`<input type="date">`) follows the browser's or the OS's locale:
 * 12/07/2026 means 7 December on an English Chromium and 12 July in the app's tables (issue 15).
 * Every date field is the shared DateField (components/dates/), which follows the app's language.
 * This guard fails the moment a browser date, month or date-time field reappears in the renderer.
 */
const rendererRoot = join(__dirname, '../../../renderer/src')

// type="date", type='date', type={'date'}, type={"month"}, type: 'datetime-local', …
const browserDateType = /\btype\s*(?:=\s*\{?\s*|:\s*)["'`](?:date|month|week|datetime-local)["'`]/g

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(tsx?|jsx?)$/.test(entry.name) ? [path] : []
  })
}

function browserDateFields(source: string): string[] {
  return source.match(browserDateType) ?? []
}

describe('date fields follow the app language, not the browser', () => {
  it('recognises every spelling of a browser date field', () => {
    expect(browserDateFields('<TextInput type="date" />')).toHaveLength(1)
    expect(browserDateFields("<input type='month' />")).toHaveLength(1)
    expect(browserDateFields("<input type={'datetime-local'} />")).toHaveLength(1)
    expect(browserDateFields("const props = { type: 'date' }")).toHaveLength(1)
    expect(browserDateFields('<TextInput type="text" label="date" />')).toHaveLength(0)
  })

  it('has no browser date field anywhere in the renderer', () => {
    const files = sourceFiles(rendererRoot)
    expect(files.length).toBeGreaterThan(50)
    const offenders = files.flatMap((file) =>
      browserDateFields(readFileSync(file, 'utf8')).map(
        (hit) => `${relative(rendererRoot, file)}: ${hit}`,
      ),
    )
    expect(offenders).toEqual([])
  })
})
