<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>DataTable</name>
    <message>
        <source>Copy rows as CSV</source>
        <translation>Rijen kopiëren als CSV</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Dit bericht verbergen</translation>
    </message>
    <message>
        <source>Details of the message</source>
        <translation>Details van het bericht</translation>
    </message>
</context>
<context>
    <name>LeaseWatch</name>
    <message>
        <source>Checking who else is at work</source>
        <translation>Nagaan wie er nog aan het werk is</translation>
    </message>
</context>
<context>
    <name>ListDetailPage</name>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>Wrong credentials</source>
        <translation>Verkeerde aanmeldgegevens</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Onbereikbaar</translation>
    </message>
    <message>
        <source>TLS problem</source>
        <translation>TLS-probleem</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Verkeerd adres</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Onverwacht antwoord</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Demo mode: a simulated Odyssee at {0}. Nothing here touches a real tenant. New PDFs are downloaded in the background, as a profile does once its owner said yes (a real profile is asked first; Settings turns it off).</source>
        <translation>Demomodus: een gesimuleerde Odyssee op {0}. Niets hier raakt een echte omgeving. Nieuwe PDF&apos;s worden op de achtergrond gedownload, zoals een profiel doet zodra de eigenaar ermee heeft ingestemd (een echt profiel vraagt het eerst; bij Instellingen zet u het uit).</translation>
    </message>
    <message>
        <source>Sign in: {0}.</source>
        <translation>Aanmelden: {0}.</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTIE</translation>
    </message>
    <message>
        <source>This profile is marked as production: the tenant your technicians work in.</source>
        <translation>Dit profiel is gemarkeerd als productie: de omgeving waarin uw technici werken.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Geen profiel</translation>
    </message>
    <message>
        <source>Last poll: none yet</source>
        <translation>Laatste controle: nog geen</translation>
    </message>
    <message>
        <source>Demo: simulated Odyssee</source>
        <translation>Demo: gesimuleerde Odyssee</translation>
    </message>
    <message>
        <source>{0} — Demo — PRODUCTION</source>
        <translation>{0} — Demo — PRODUCTIE</translation>
    </message>
    <message>
        <source>{0} — PRODUCTION</source>
        <translation>{0} — PRODUCTIE</translation>
    </message>
    <message>
        <source>{0} — Demo</source>
        <translation>{0} — Demo</translation>
    </message>
    <message>
        <source>Profile: {0} {1}</source>
        <translation>Profiel: {0} {1}</translation>
    </message>
    <message>
        <source>Profile: {0}</source>
        <translation>Profiel: {0}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Opening profile {0}…</source>
        <translation>Profiel {0} wordt geopend…</translation>
    </message>
    <message>
        <source>Opening profile…</source>
        <translation>Profiel wordt geopend…</translation>
    </message>
    <message>
        <source>Opening profile {0}</source>
        <translation>Profiel {0} openen</translation>
    </message>
    <message>
        <source>Opening the profile</source>
        <translation>Het profiel openen</translation>
    </message>
    <message>
        <source>Closing the previous profile</source>
        <translation>Het vorige profiel sluiten</translation>
    </message>
    <message>
        <source>No password saved.</source>
        <translation>Geen wachtwoord opgeslagen.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verbinding wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>De verbinding controleren</translation>
    </message>
    <message>
        <source>Last poll: {0}</source>
        <translation>Laatste controle: {0}</translation>
    </message>
</context>
<context>
    <name>OverviewCount</name>
    <message>
        <source>Browse</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>customers and suppliers</source>
        <translation>klanten en leveranciers</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>sites and installations</source>
        <translation>locaties en installaties</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>work orders, open and done</source>
        <translation>werkorders, open en afgewerkt</translation>
    </message>
    <message>
        <source>Job approvals</source>
        <translation>Goedkeuringen</translation>
    </message>
    <message>
        <source>final approvals, without the daily ones</source>
        <translation>eindgoedkeuringen, zonder de dagelijkse</translation>
    </message>
    <message>
        <source>Pending pushes</source>
        <translation>Te verzenden</translation>
    </message>
    <message>
        <source>Review pushes</source>
        <translation>Verzendingen nakijken</translation>
    </message>
    <message>
        <source>ERP changes waiting for your approval</source>
        <translation>ERP-wijzigingen die op uw goedkeuring wachten</translation>
    </message>
    <message>
        <source>Completed work for the ERP</source>
        <translation>Afgewerkt werk voor het ERP</translation>
    </message>
    <message>
        <source>Export work</source>
        <translation>Werk exporteren</translation>
    </message>
    <message>
        <source>final approvals not in the ERP yet</source>
        <translation>eindgoedkeuringen nog niet in het ERP</translation>
    </message>
    <message>
        <source>New job approval PDFs</source>
        <translation>Nieuwe goedkeurings-PDF&apos;s</translation>
    </message>
    <message>
        <source>Download PDFs</source>
        <translation>PDF&apos;s downloaden</translation>
    </message>
    <message>
        <source>on the server, not downloaded yet</source>
        <translation>op de server, nog niet gedownload</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Aantallen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>No profile is open</source>
        <translation>Er is geen profiel geopend</translation>
    </message>
    <message>
        <source>Set up a connection profile in Settings.</source>
        <translation>Stel een verbindingsprofiel in bij Instellingen.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>Who else is at work</source>
        <translation>Wie er nog aan het werk is</translation>
    </message>
    <message>
        <source>No push, export or download has run for this profile yet. Each run will be listed here with its result.</source>
        <translation>Voor dit profiel is nog niets verzonden, geëxporteerd of gedownload. Elke run verschijnt hier met zijn resultaat.</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Recente runs</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Profile “{0}” — demo tenant</source>
        <translation>Profiel “{0}” — demo-omgeving</translation>
    </message>
    <message>
        <source>Profile “{0}”</source>
        <translation>Profiel “{0}”</translation>
    </message>
    <message>
        <source>Checking the connection to Odyssee at {0}…</source>
        <translation>Verbinding met Odyssee op {0} wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Counting {0}</source>
        <translation>Tellen: {0}</translation>
    </message>
    <message>
        <source>Reading the recent runs</source>
        <translation>De recente runs lezen</translation>
    </message>
    <message>
        <source>The state of this profile is kept on this computer only ({0}).</source>
        <translation>De status van dit profiel wordt alleen op deze computer bijgehouden ({0}).</translation>
    </message>
    <message>
        <source>The state is shared with the office: {0}.</source>
        <translation>De status wordt gedeeld met het kantoor: {0}.</translation>
    </message>
    <message>
        <source>Nobody else is pushing, exporting or downloading for this tenant now.</source>
        <translation>Niemand anders is nu bezig met verzenden, exporteren of downloaden voor deze omgeving.</translation>
    </message>
    <message>
        <source>Connected to Odyssee at {0}.</source>
        <translation>Verbonden met Odyssee op {0}.</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;{0}&lt;/b&gt; in domain &lt;b&gt;{1}&lt;/b&gt;.</source>
        <translation>Aangemeld als &lt;b&gt;{0}&lt;/b&gt; in domein &lt;b&gt;{1}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Niet verbonden.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Open Settings</source>
        <translation>Instellingen openen</translation>
    </message>
    <message>
        <source>No profile is open: set up the connection to Odyssee in Settings first.</source>
        <translation>Er is geen profiel geopend: stel eerst de verbinding met Odyssee in bij Instellingen.</translation>
    </message>
</context>
<context>
    <name>PdfsPage</name>
    <message>
        <source>Job approval PDFs have nowhere to go yet: set a download folder in Settings.</source>
        <translation>De goedkeurings-PDF&apos;s kunnen nog nergens heen: kies een downloadmap bij Instellingen.</translation>
    </message>
    <message>
        <source>No new job approval PDF on the server: every one Odyssee has made is downloaded.</source>
        <translation>Geen nieuwe goedkeurings-PDF op de server: alle PDF&apos;s die Odyssee maakte, zijn gedownload.</translation>
    </message>
    <message>
        <source>Nothing downloaded yet. Download the new PDFs (“Download all new”) and they are listed here.</source>
        <translation>Nog niets gedownload. Download de nieuwe PDF&apos;s (“Alle nieuwe downloaden”) en ze verschijnen hier.</translation>
    </message>
    <message>
        <source>No exported approval is waiting for its PDF.</source>
        <translation>Geen geëxporteerde goedkeuring wacht op haar PDF.</translation>
    </message>
    <message>
        <source>New on the server ({0})</source>
        <translation>Nieuw op de server ({0})</translation>
    </message>
    <message>
        <source>Downloaded ({0})</source>
        <translation>Gedownload ({0})</translation>
    </message>
    <message>
        <source>Waiting for Odyssee ({0})</source>
        <translation>Wacht op Odyssee ({0})</translation>
    </message>
    <message>
        <source>No program opened the PDF: this computer may have no PDF viewer. Install one (your IT department can), or open the file from its folder.</source>
        <translation>Geen enkel programma opende de PDF: deze computer heeft misschien geen PDF-lezer. Installeer er een (uw IT-dienst kan dat) of open het bestand vanuit zijn map.</translation>
    </message>
    <message>
        <source>The folder could not be opened: this computer has no program set to show folders.</source>
        <translation>De map kon niet worden geopend: op deze computer is geen programma ingesteld om mappen te tonen.</translation>
    </message>
    <message>
        <source>Job reference</source>
        <translation>Referentie opdracht</translation>
    </message>
    <message>
        <source>Job #</source>
        <translation>Opdrachtnr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Gedownload op</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Exported to the ERP</source>
        <translation>Geëxporteerd naar het ERP</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Goedkeuring</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>{0}
Saved as {1}</source>
        <translation>{0}
Opgeslagen als {1}</translation>
    </message>
    <message>
        <source>{0} (missing: moved or deleted)</source>
        <translation>{0} (ontbreekt: verplaatst of verwijderd)</translation>
    </message>
    <message>
        <source>No download folder is set for this profile.</source>
        <translation>Voor dit profiel is geen downloadmap ingesteld.</translation>
    </message>
    <message>
        <source>{0} B</source>
        <translation>{0} B</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} kB</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>Job approval PDFs</source>
        <translation>Goedkeurings-PDF&apos;s</translation>
    </message>
    <message>
        <source>The reports Odyssee makes of final job approvals, filed by job reference in your download folder.</source>
        <translation>De rapporten die Odyssee van eindgoedkeuringen maakt, per opdrachtreferentie geordend in uw downloadmap.</translation>
    </message>
    <message>
        <source>You can download from here when it has ended; the PDFs it saves show up here.</source>
        <translation>U kunt hier downloaden zodra dat klaar is; de PDF&apos;s die het opslaat, verschijnen hier.</translation>
    </message>
    <message>
        <source>Reading cancelled. Press Refresh to look again.</source>
        <translation>Lezen geannuleerd. Klik op Vernieuwen om opnieuw te kijken.</translation>
    </message>
    <message>
        <source>The job approval PDFs could not be read: see the message above.</source>
        <translation>De goedkeurings-PDF&apos;s konden niet worden gelezen: zie het bericht hierboven.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Job approval PDF lists</source>
        <translation>Lijsten van goedkeurings-PDF&apos;s</translation>
    </message>
    <message>
        <source>Final approvals exported to the ERP whose PDF Odyssee has not made yet</source>
        <translation>Eindgoedkeuringen geëxporteerd naar het ERP waarvan Odyssee de PDF nog niet heeft gemaakt</translation>
    </message>
    <message>
        <source>Reading the job approval PDFs…</source>
        <translation>Goedkeurings-PDF&apos;s worden gelezen…</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>PDF-voorbeeld</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Select a downloaded PDF to preview it here.</source>
        <translation>Selecteer een gedownloade PDF om hem hier te bekijken.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>As wide as the preview</source>
        <translation>Zo breed als het voorbeeld</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <source>A whole page at a time</source>
        <translation>Telkens een hele pagina</translation>
    </message>
    <message>
        <source>Open externally</source>
        <translation>Extern openen</translation>
    </message>
    <message>
        <source>Open the PDF in the program your computer uses for PDFs</source>
        <translation>De PDF openen in het programma dat uw computer voor PDF&apos;s gebruikt</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation>Het bestand in zijn map tonen</translation>
    </message>
    <message>
        <source>Download selected</source>
        <translation>Selectie downloaden</translation>
    </message>
    <message>
        <source>Download all new</source>
        <translation>Alle nieuwe downloaden</translation>
    </message>
    <message>
        <source>Open a profile to see its job approval PDFs.</source>
        <translation>Open een profiel om zijn goedkeurings-PDF&apos;s te zien.</translation>
    </message>
    <message>
        <source>Set a download folder in Settings to list and download job approval PDFs.</source>
        <translation>Kies een downloadmap bij Instellingen om goedkeurings-PDF&apos;s te tonen en te downloaden.</translation>
    </message>
    <message>
        <source>Reading the job approval PDFs</source>
        <translation>De goedkeurings-PDF&apos;s lezen</translation>
    </message>
    <message>
        <source>Looking for new job approval PDFs…</source>
        <translation>Zoeken naar nieuwe goedkeurings-PDF&apos;s…</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Opnieuw downloaden</translation>
    </message>
    <message>
        <source>Download the selected files anew (the same path)</source>
        <translation>De geselecteerde bestanden opnieuw downloaden (zelfde pad)</translation>
    </message>
    <message>
        <source>Download only the selected files</source>
        <translation>Alleen de geselecteerde bestanden downloaden</translation>
    </message>
    <message>
        <source>Download folder: {0}</source>
        <translation>Downloadmap: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %Ln new PDF(s)…</source>
        <translation>
            <numerusform>%Ln nieuwe PDF wordt gedownload…</numerusform>
            <numerusform>%Ln nieuwe PDF&apos;s worden gedownload…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %Ln PDF(s)…</source>
        <translation>
            <numerusform>%Ln PDF wordt gedownload…</numerusform>
            <numerusform>%Ln PDF&apos;s worden gedownload…</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading job approval PDFs</source>
        <translation>Goedkeurings-PDF&apos;s downloaden</translation>
    </message>
    <message numerus="yes">
        <source>Download cancelled after %Ln PDF(s).</source>
        <translation>
            <numerusform>Downloaden geannuleerd na %Ln PDF.</numerusform>
            <numerusform>Downloaden geannuleerd na %Ln PDF&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %Ln PDF(s), then stopped: {0}</source>
        <translation>
            <numerusform>%Ln PDF gedownload, daarna gestopt: {0}</numerusform>
            <numerusform>%Ln PDF&apos;s gedownload, daarna gestopt: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed and will be tried again at the next download.</source>
        <translation>
            <numerusform>%Ln mislukte en wordt bij de volgende download opnieuw geprobeerd.</numerusform>
            <numerusform>%Ln mislukten en worden bij de volgende download opnieuw geprobeerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %Ln PDF(s); {0}</source>
        <translation>
            <numerusform>%Ln PDF gedownload; {0}</numerusform>
            <numerusform>%Ln PDF&apos;s gedownload; {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>the download folder</source>
        <translation>de downloadmap</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %Ln PDF(s) into {0}.</source>
        <translation>
            <numerusform>%Ln PDF gedownload naar {0}.</numerusform>
            <numerusform>%Ln PDF&apos;s gedownload naar {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) selected</source>
        <translation>
            <numerusform>%Ln bestand geselecteerd</numerusform>
            <numerusform>%Ln bestanden geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}

Not downloaded yet: download it to preview it here.</source>
        <translation>{0}

Nog niet gedownload: download het om het hier te bekijken.</translation>
    </message>
    <message>
        <source>Odyssee has not made this PDF yet. It usually appears within minutes, sometimes hours; it is then listed under “New on the server”.</source>
        <translation>Odyssee heeft deze PDF nog niet gemaakt. Meestal verschijnt hij binnen enkele minuten, soms pas na uren; hij staat dan onder “Nieuw op de server”.</translation>
    </message>
    <message>
        <source>The file is no longer at
{0}

Use “Download again” to fetch it anew.</source>
        <translation>Het bestand staat niet meer op
{0}

Gebruik “Opnieuw downloaden” om het opnieuw op te halen.</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>{0} wordt geopend…</translation>
    </message>
    <message>
        <source>Reading the PDF</source>
        <translation>De PDF lezen</translation>
    </message>
    <message>
        <source>The PDF could not be read: {0}</source>
        <translation>De PDF kon niet worden gelezen: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not a PDF the preview can show ({0}). Try “Open externally”.</source>
        <translation>Dit bestand is geen PDF die het voorbeeld kan tonen ({0}). Probeer “Extern openen”.</translation>
    </message>
    <message>
        <source>The file: {0}</source>
        <translation>Het bestand: {0}</translation>
    </message>
    <message>
        <source>The folder: {0}</source>
        <translation>De map: {0}</translation>
    </message>
</context>
<context>
    <name>Poller</name>
    <message>
        <source>Polling job approval PDFs</source>
        <translation>Goedkeurings-PDF&apos;s controleren</translation>
    </message>
    <message>
        <source>Polling completed work</source>
        <translation>Afgewerkt werk controleren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new completed job approval(s): {0} not in the ERP yet</source>
        <translation>
            <numerusform>%Ln nieuwe afgewerkte goedkeuring: {0} nog niet in het ERP</numerusform>
            <numerusform>%Ln nieuwe afgewerkte goedkeuringen: {0} nog niet in het ERP</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Odyssee Sync</source>
        <translation>Odyssee Sync tonen</translation>
    </message>
    <message>
        <source>Check for new PDFs and completed work now</source>
        <translation>Nu zoeken naar nieuwe PDF&apos;s en afgewerkt werk</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>Controles pauzeren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>The PDF poll failed: {0}</source>
        <translation>De controle van de PDF&apos;s is mislukt: {0}</translation>
    </message>
    <message>
        <source>The completed work poll failed: {0}</source>
        <translation>De controle van het afgewerkte werk is mislukt: {0}</translation>
    </message>
    <message>
        <source>Polling paused.</source>
        <translation>Controles gepauzeerd.</translation>
    </message>
    <message>
        <source>Polling resumed.</source>
        <translation>Controles hervat.</translation>
    </message>
    <message>
        <source>Reading the last runs</source>
        <translation>De laatste runs lezen</translation>
    </message>
    <message>
        <source>{0} — polling paused</source>
        <translation>{0} — controles gepauzeerd</translation>
    </message>
    <message>
        <source>{0} — last poll {1}</source>
        <translation>{0} — laatste controle om {1}</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}, {3}</source>
        <translation>{0}, {1}: {2}, {3}</translation>
    </message>
    <message>
        <source>Still running in the tray and checking for new PDFs. Quit from the tray menu.</source>
        <translation>Draait verder in het systeemvak en zoekt naar nieuwe PDF&apos;s. Sluit af via het menu van het pictogram.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Choose the profile to work with, then press “Open this profile”.</source>
        <translation>Kies het profiel waarmee u wilt werken en klik dan op “Dit profiel openen”.</translation>
    </message>
    <message>
        <source>The profile &quot;{0}&quot; is already open in another Odyssee Sync Assistant window. Switch to that window, or open another profile.</source>
        <translation>Het profiel “{0}” is al geopend in een ander venster van Odyssee Sync Assistant. Ga naar dat venster of open een ander profiel.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>The state of the connection and of your Odyssee data at a glance.</source>
        <translation>De status van de verbinding en van uw Odyssee-gegevens in één oogopslag.</translation>
    </message>
    <message>
        <source>Browse Odyssee</source>
        <translation>Odyssee doorbladeren</translation>
    </message>
    <message>
        <source>Any Odyssee list, filtered and sorted on the server, with related records.</source>
        <translation>Elke lijst van Odyssee, gefilterd en gesorteerd op de server, met de gekoppelde records.</translation>
    </message>
    <message>
        <source>Pending pushes</source>
        <translation>Te verzenden</translation>
    </message>
    <message>
        <source>ERP changes waiting for your approval, field by field, then pushed to Odyssee.</source>
        <translation>ERP-wijzigingen die op uw goedkeuring wachten, veld per veld, en daarna naar Odyssee verzonden.</translation>
    </message>
    <message>
        <source>Completed work</source>
        <translation>Afgewerkt werk</translation>
    </message>
    <message>
        <source>Final job approvals with their parts and hours, exported to the ERP.</source>
        <translation>Eindgoedkeuringen met hun onderdelen en uren, geëxporteerd naar het ERP.</translation>
    </message>
    <message>
        <source>Job approval PDFs</source>
        <translation>Goedkeurings-PDF&apos;s</translation>
    </message>
    <message>
        <source>The PDFs of job approvals: downloaded as Odyssee makes them, previewed here.</source>
        <translation>De PDF&apos;s van goedkeuringen: gedownload zodra Odyssee ze maakt, hier te bekijken.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>The journal of every record sent or written, and the requests made to Odyssee.</source>
        <translation>Het logboek van elk verzonden of geschreven record, en de verzoeken aan Odyssee.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Connection profiles: Odyssee address and sign-in, ERP, folders, polling.</source>
        <translation>Verbindingsprofielen: adres en aanmelding voor Odyssee, ERP, mappen, controles.</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>Cancelled: the profile was closed.</source>
        <translation>Geannuleerd: het profiel werd gesloten.</translation>
    </message>
    <message>
        <source>No password is saved for this profile.</source>
        <translation>Voor dit profiel is geen wachtwoord opgeslagen.</translation>
    </message>
    <message>
        <source>The profile &quot;{0}&quot; is already open in another Odyssee Sync Assistant window.</source>
        <translation>Het profiel “{0}” is al geopend in een ander venster van Odyssee Sync Assistant.</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>no details</source>
        <translation>geen details</translation>
    </message>
    <message>
        <source>Something went wrong while {0}: {1}: {2}.</source>
        <translation>Er ging iets mis bij “{0}”: {1}: {2}.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}: {1}.</source>
        <translation>Er ging iets mis: {0}: {1}.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
</TS>
