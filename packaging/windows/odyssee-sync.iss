; Windows installer of the frozen bundle (Inno Setup 6). On Windows, from the repository:
;   bash packaging/build.sh
;   iscc /DAppVersion=0.1.0 packaging\windows\odyssee-sync.iss
; makes dist\odyssee-sync-0.1.0-setup.exe. It installs for the current user only (no
; administrator rights): the keyring entries and the data folders it offers to remove on
; uninstall are that user's. Not built or run in our CI, which has no Windows.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z packaging\windows\odyssee-sync.iss
#endif
#define AppName "Odyssee Sync Assistant"
#define GuiExe "odyssee-sync-gui.exe"
#define CliExe "odyssee-sync.exe"
; The same as gui/app.py's APP_USER_MODEL_ID, so the pinned shortcut and the window share one
; taskbar button (a test checks that they agree).
#define AppUserModelID "OdysseeSync.OdysseeSyncAssistant"
; platformdirs' folder for the user's settings, state, cache and logs (core/paths.py).
#define DataFolder "{localappdata}\OdysseeSync\odyssee-sync"

[Setup]
; Never change AppId: Windows and winget recognise an installed copy (and upgrade it) by it.
AppId={{C34A7441-3908-408D-A13B-1301352B1B20}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=OdysseeSync
DefaultDirName={autopf}\Odyssee Sync
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=odyssee-sync-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\odyssee-sync.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[CustomMessages]
en.DemoShortcut=Odyssee Sync Assistant demo
fr.DemoShortcut=Démo d'Odyssee Sync Assistant
nl.DemoShortcut=Demo van Odyssee Sync Assistant
en.AskRemoveSecrets=Also delete the passwords that Odyssee Sync Assistant saved in Windows Credential Manager?
fr.AskRemoveSecrets=Supprimer aussi les mots de passe qu'Odyssee Sync Assistant a enregistrés dans le Gestionnaire d'identification de Windows ?
nl.AskRemoveSecrets=Ook de wachtwoorden verwijderen die Odyssee Sync Assistant in Windows Referentiebeheer heeft opgeslagen?
en.AskRemoveData=Also delete the settings, history and logs of Odyssee Sync Assistant on this computer?%n%n%1%n%nDownloaded PDFs and the ERP are not touched. Keep them if you will install it again.
fr.AskRemoveData=Supprimer aussi les réglages, l'historique et les journaux d'Odyssee Sync Assistant sur cet ordinateur ?%n%n%1%n%nLes PDF téléchargés et l'ERP ne sont pas touchés. Gardez-les si vous comptez le réinstaller.
nl.AskRemoveData=Ook de instellingen, de geschiedenis en de logbestanden van Odyssee Sync Assistant op deze computer verwijderen?%n%n%1%n%nGedownloade pdf's en het ERP blijven ongemoeid. Bewaar ze als u het later opnieuw installeert.

[Files]
Source: "..\..\dist\odyssee-sync\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; AppUserModelID: "{#AppUserModelID}"
Name: "{autoprograms}\{cm:DemoShortcut}"; Filename: "{app}\{#GuiExe}"; Parameters: "demo"; AppUserModelID: "{#AppUserModelID}"

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  ResultCode: Integer;
  DataFolder: String;
begin
  if CurUninstallStep <> usUninstall then
    exit;
  // Asked once the user confirmed the uninstall, while the program's files are still there.
  // A silent uninstall (winget's) keeps both: the default answer is No.
  if SuppressibleMsgBox(CustomMessage('AskRemoveSecrets'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
    // The keyring entries of every profile (services odyssee-sync, odyssee-sync-erp and
    // odyssee-sync-state, the profile name as user name); it reads the profiles, so it runs
    // before their folder goes.
    Exec(ExpandConstant('{app}\{#CliExe}'), 'profile remove-secrets --all', '', SW_HIDE, ewWaitUntilTerminated, ResultCode);
  DataFolder := ExpandConstant('{#DataFolder}');
  if DirExists(DataFolder) and
     (SuppressibleMsgBox(FmtMessage(CustomMessage('AskRemoveData'), [DataFolder]), mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES) then
  begin
    DelTree(DataFolder, True, True, True);
    RemoveDir(ExtractFileDir(DataFolder));  // OdysseeSync, when nothing else is in it
  end;
end;
