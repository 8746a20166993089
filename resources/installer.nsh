; Included by electron-builder's NSIS installer (nsis.include in electron-builder.config.ts).
;
; Etalase keeps its books in ONE folder per machine, %PROGRAMDATA%\Etalase, so every Windows
; account at the till sees the same data (electron/core/data-dir.ts). A folder that an elevated
; installer creates under ProgramData is writable by administrators only; the till runs as a
; standard user. So the installer creates it and gives the Users group Modify rights on it,
; inherited by every file (the database, its -wal, backups). The group is named by its SID
; (S-1-5-32-545 = BUILTIN\Users) because its name is translated ("Pengguna" on Indonesian
; Windows). /T also fixes files an older version or an administrator left there. Should this
; ever fail, the app says at start that the folder is not writable (DATA_DIR_NOT_WRITABLE).

!macro customInstall
  ReadEnvStr $0 "PROGRAMDATA"
  ${If} $0 == ""
    SetShellVarContext all
    StrCpy $0 "$APPDATA"
  ${EndIf}
  CreateDirectory "$0\Etalase"
  nsExec::ExecToLog 'icacls "$0\Etalase" /grant *S-1-5-32-545:(OI)(CI)M /T /C /Q'
  Pop $1
  DetailPrint "Etalase data folder: $0\Etalase (icacls: $1)"
!macroend

; Uninstalling never touches %PROGRAMDATA%\Etalase: the books, backups and pre-update backups
; stay for the next installation (or to be copied to a new PC). Deliberately empty.
!macro customUnInstall
!macroend
