; The Windows installer around the PyInstaller folder, with the file association for workspaces:
;     pyinstaller build.spec --noconfirm && iscc /DVersion=0.1.0 resources\planner.iss   -> dist\Planner-0.1.0-setup.exe
; A workspace double-clicked in Explorer starts "Planner.exe FILE", which opens it (planner/app.py). The type
; matches the macOS bundle's document type (build.spec) and the Linux MIME entry (planner-mime.xml).
#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{36EDD972-8DC1-4B58-843C-6138E1BDE64B}
AppName=Planner
AppVersion={#Version}
AppPublisher=Planner
DefaultDirName={autopf}\Planner
DefaultGroupName=Planner
SourceDir=..
OutputDir=dist
OutputBaseFilename=Planner-{#Version}-setup
SetupIconFile=resources\planner.ico
UninstallDisplayIcon={app}\Planner.exe
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
; Tells Explorer to reread the associations below, so the icon and double-click work without a restart.
ChangesAssociations=yes

[Files]
Source: "dist\Planner\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{autoprograms}\Planner"; Filename: "{app}\Planner.exe"

[Registry]
; HKA: the machine's classes for an administrator's install, the user's own otherwise.
Root: HKA; Subkey: "Software\Classes\.planner"; ValueType: string; ValueName: ""; ValueData: "Planner.Workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.planner"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-planner-workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.planner\OpenWithProgids"; ValueType: string; ValueName: "Planner.Workspace"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Planner.Workspace"; ValueType: string; ValueName: ""; ValueData: "Planner workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Planner.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Planner.exe,0"
Root: HKA; Subkey: "Software\Classes\Planner.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Planner.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\Planner.exe\SupportedTypes"; ValueType: string; ValueName: ".planner"; ValueData: ""; Flags: uninsdeletekeyifempty
