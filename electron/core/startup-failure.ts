import { locales, type Locale } from '../../shared/locale'

/**
 * Reasons the app refuses to start that the person at the till can act on. They are shown
 * before any window or page exists (an Electron dialog, the browser-mode console), so both
 * languages are shown together, Indonesian first.
 */
export type StartupFailureCode =
  'ALREADY_RUNNING' | 'DATA_DIR_NOT_WRITABLE' | 'DATABASE_NEWER' | 'PRE_UPDATE_BACKUP_FAILED'

type Params = Record<string, string | number>

export class StartupFailure extends Error {
  constructor(
    readonly code: StartupFailureCode,
    readonly params: Params = {},
    options?: { cause?: unknown },
  ) {
    super(startupMessage(code, params, 'en'), options)
    this.name = 'StartupFailure'
  }
}

export const startupMessages: Record<Locale, Record<StartupFailureCode, string>> = {
  id: {
    ALREADY_RUNNING:
      'Etalase sudah berjalan dengan folder data ini ({holder}). Gunakan jendela Etalase yang sudah terbuka, atau tutup dulu yang itu. Folder data: {dataDir}',
    DATA_DIR_NOT_WRITABLE:
      'Folder data {dataDir} tidak dapat ditulisi oleh akun Windows/Linux ini ({reason}). Minta admin komputer memberi izin ubah (Modify) untuk grup Users pada folder itu, atau pasang ulang Etalase.',
    DATABASE_NEWER:
      'Data di {dataDir} sudah dipakai oleh versi Etalase yang lebih baru (pembaruan data yang tidak dikenal versi ini: {unknown}). Versi lama tidak boleh membukanya. Pasang Etalase versi terbaru (dari flashdisk pembaruan). Data tidak diubah.',
    PRE_UPDATE_BACKUP_FAILED:
      'Sebelum memperbarui data ke versi ini, Etalase harus membuat cadangan yang terverifikasi, tetapi gagal ({reason}). Data tidak diubah. Kosongkan ruang disk atau periksa folder {folder}, lalu buka Etalase lagi.',
  },
  en: {
    ALREADY_RUNNING:
      'Etalase is already running on this data folder ({holder}). Use the Etalase window that is already open, or close that one first. Data folder: {dataDir}',
    DATA_DIR_NOT_WRITABLE:
      'This Windows/Linux account cannot write to the data folder {dataDir} ({reason}). Ask the computer’s administrator to give the Users group Modify permission on that folder, or reinstall Etalase.',
    DATABASE_NEWER:
      'The data in {dataDir} has been used by a newer version of Etalase (data updates this version does not know: {unknown}). An older version must not open it. Install the latest Etalase (from the update USB stick). The data was not changed.',
    PRE_UPDATE_BACKUP_FAILED:
      'Before updating the data to this version, Etalase must make a verified backup, and it failed ({reason}). The data was not changed. Free disk space or check the folder {folder}, then open Etalase again.',
  },
}

export function startupMessage(code: StartupFailureCode, params: Params, locale: Locale): string {
  return startupMessages[locale][code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

/** Both languages, Indonesian first: what the dialog and the console show. */
export function bilingualStartupMessage(failure: StartupFailure): string {
  return locales.map((locale) => startupMessage(failure.code, failure.params, locale)).join('\n\n')
}

export const STARTUP_FAILURE_TITLE = 'Etalase tidak dapat dimulai / Etalase cannot start'
