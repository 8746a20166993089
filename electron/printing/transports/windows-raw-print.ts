// Sends a file's bytes to a Windows printer queue as a RAW job through the spooler API
// (winspool.drv: OpenPrinter / StartDocPrinter "RAW" / WritePrinter), compiled on the fly by
// PowerShell's Add-Type, so no native Node module is needed. Values arrive in environment
// variables, never inside the script text, so a queue name cannot inject code.
//
// UNTESTED HERE: this build machine is Linux. The script follows Microsoft's documented
// "send raw data to a printer" sample. Queues on the v4 (XPS) driver model may refuse RAW:
// install the printer with its vendor's ESC/POS driver or the "Generic / Text Only" driver.

export const WINDOWS_RAW_PRINT_SCRIPT = String.raw`
$ErrorActionPreference = 'Stop'
Add-Type -TypeDefinition @'
using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

public static class EtalaseRawPrinter {
  [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
  public class DocInfo1 {
    [MarshalAs(UnmanagedType.LPWStr)] public string DocName;
    [MarshalAs(UnmanagedType.LPWStr)] public string OutputFile;
    [MarshalAs(UnmanagedType.LPWStr)] public string DataType;
  }

  [DllImport("winspool.drv", EntryPoint = "OpenPrinterW", SetLastError = true, CharSet = CharSet.Unicode)]
  static extern bool OpenPrinter(string name, out IntPtr printer, IntPtr defaults);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool ClosePrinter(IntPtr printer);
  [DllImport("winspool.drv", EntryPoint = "StartDocPrinterW", SetLastError = true, CharSet = CharSet.Unicode)]
  static extern int StartDocPrinter(IntPtr printer, int level, [In] DocInfo1 info);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool EndDocPrinter(IntPtr printer);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool StartPagePrinter(IntPtr printer);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool EndPagePrinter(IntPtr printer);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool WritePrinter(IntPtr printer, byte[] bytes, int count, out int written);

  static Exception LastError(string step) {
    return new Exception(step + ": " + new Win32Exception(Marshal.GetLastWin32Error()).Message);
  }

  public static void Send(string name, string title, byte[] bytes) {
    IntPtr printer;
    if (!OpenPrinter(name, out printer, IntPtr.Zero)) throw LastError("OpenPrinter");
    try {
      DocInfo1 info = new DocInfo1();
      info.DocName = title;
      info.DataType = "RAW";
      if (StartDocPrinter(printer, 1, info) == 0) throw LastError("StartDocPrinter");
      try {
        if (!StartPagePrinter(printer)) throw LastError("StartPagePrinter");
        int written;
        if (!WritePrinter(printer, bytes, bytes.Length, out written)) throw LastError("WritePrinter");
        if (written != bytes.Length) throw new Exception("WritePrinter: short write");
        EndPagePrinter(printer);
      } finally {
        EndDocPrinter(printer);
      }
    } finally {
      ClosePrinter(printer);
    }
  }
}
'@
$bytes = [System.IO.File]::ReadAllBytes($env:ETALASE_PRINT_FILE)
[EtalaseRawPrinter]::Send($env:ETALASE_PRINTER, $env:ETALASE_PRINT_TITLE, $bytes)
`

/** Printer queue names, one per line. */
export const WINDOWS_LIST_PRINTERS_SCRIPT = 'Get-Printer | Select-Object -ExpandProperty Name'

/** COM port names (including Bluetooth virtual COM ports), one per line. */
export const WINDOWS_LIST_PORTS_SCRIPT = '[System.IO.Ports.SerialPort]::GetPortNames()'

/** `-EncodedCommand` takes base64 of UTF-16LE: no quoting rules of cmd or PowerShell apply. */
export function powershellArgs(script: string): string[] {
  const encoded = Buffer.from(script, 'utf16le').toString('base64')
  return ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encoded]
}
