<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>BrowsePage</name>
    <message>
        <source>{0} has no field {1} (at position {2})</source>
        <translation>{0} heeft geen veld {1} (op positie {2})</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>Gebruikte onderdelen</translation>
    </message>
    <message>
        <source>Time and other lines</source>
        <translation>Tijd en andere regels</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Werkbonnen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Browse Odyssee</source>
        <translation>Odyssee doorbladeren</translation>
    </message>
    <message>
        <source>Search code or name</source>
        <translation>Zoeken op code of naam</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>$filter, e.g.  {0}</source>
        <translation>$filter, bv.  {0}</translation>
    </message>
    <message>
        <source>Apply filter</source>
        <translation>Filter toepassen</translation>
    </message>
    <message>
        <source>No record to show. A search or a $filter may match none: clear them to see the whole list.</source>
        <translation>Geen records om te tonen. Misschien vindt een zoekopdracht of een $filter niets: wis ze om de hele lijst te zien.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a row to see all its fields here; a job or a company also shows its related records below.</source>
        <translation>Selecteer een rij om hier al haar velden te zien; een opdracht of een bedrijf toont eronder ook de gekoppelde records.</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Meer laden</translation>
    </message>
    <message>
        <source>The request sent for the last page of this list</source>
        <translation>Het verzoek dat voor de laatste pagina van deze lijst werd verstuurd</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Search {0}</source>
        <translation>Zoeken op {0}</translation>
    </message>
    <message>
        <source>or</source>
        <translation>of</translation>
    </message>
    <message>
        <source>{0} have no code or name to search: use $filter</source>
        <translation>{0} hebben geen code of naam om op te zoeken: gebruik $filter</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>{0} laden…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Open a profile in Settings to browse Odyssee.</source>
        <translation>Open een profiel in Instellingen om Odyssee te doorbladeren.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>{0} shown ({1} on the server)</source>
        <translation>{0} getoond ({1} op de server)</translation>
    </message>
    <message>
        <source>{0} of {1} loaded — scroll for more</source>
        <translation>{0} van {1} geladen — scroll voor meer</translation>
    </message>
    <message>
        <source>{0} loaded</source>
        <translation>{0} geladen</translation>
    </message>
    <message>
        <source>loading stopped</source>
        <translation>laden gestopt</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Standaardkolommen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) selected</source>
        <translation>
            <numerusform>%Ln rij geselecteerd</numerusform>
            <numerusform>%Ln rijen geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Details of {0}</source>
        <translation>Details van {0}</translation>
    </message>
    <message>
        <source>Nothing under “{0}” for the selected record.</source>
        <translation>Niets onder ‘{0}’ voor het geselecteerde record.</translation>
    </message>
</context>
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
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
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
        <source>(none)</source>
        <translation>(geen)</translation>
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
        <source>No download folder is set for this profile.</source>
        <translation>Voor dit profiel is geen downloadmap ingesteld.</translation>
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
    <name>RemoteTableModel</name>
    <message>
        <source>{0} ({1}): click to sort on the server</source>
        <translation>{0} ({1}): klik om op de server te sorteren</translation>
    </message>
</context>
<context>
    <name>RewindDialog</name>
    <message>
        <source>Re-export completed work</source>
        <translation>Afgerond werk opnieuw exporteren</translation>
    </message>
    <message>
        <source>Every final approval changed since this date is written to the ERP again. Rows the ERP already has are updated, never added twice; what the ERP marked as processed stays so.</source>
        <translation>Elke definitieve werkbon die sinds deze datum gewijzigd is, wordt opnieuw naar het ERP geschreven. Rijen die het ERP al heeft, worden bijgewerkt en nooit dubbel toegevoegd; wat het ERP als verwerkt heeft gemarkeerd, blijft zo.</translation>
    </message>
    <message>
        <source>Re-export</source>
        <translation>Opnieuw exporteren</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
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
    <name>WorkPage</name>
    <message>
        <source>Completed work has nowhere to go yet: set “Export completed work to” (the ERP database or a folder) in Settings.</source>
        <translation>Afgerond werk kan nog nergens heen: stel ‘Afgerond werk exporteren naar’ (de ERP-database of een map) in bij Instellingen.</translation>
    </message>
    <message>
        <source>Site {0}</source>
        <translation>Project {0}</translation>
    </message>
    <message>
        <source>Job #</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Job reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd op</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicus</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Parts amount</source>
        <translation>Bedrag onderdelen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>Tegengehouden sinds</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Why it is held back</source>
        <translation>Waarom hij wordt tegengehouden</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Verplaatsing</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Completed work</source>
        <translation>Afgerond werk</translation>
    </message>
    <message>
        <source>Final job approvals with their parts and hours, waiting to be written to the ERP.</source>
        <translation>Definitieve werkbonnen met hun onderdelen en uren, die nog naar het ERP moeten worden geschreven.</translation>
    </message>
    <message>
        <source>You can export from here when it has ended.</source>
        <translation>U kunt hier exporteren zodra dat klaar is.</translation>
    </message>
    <message>
        <source>Reading cancelled. Press Refresh to read the completed work again.</source>
        <translation>Lezen geannuleerd. Klik op Vernieuwen om het afgeronde werk opnieuw te lezen.</translation>
    </message>
    <message>
        <source>The completed work could not be read: see the message above.</source>
        <translation>Het afgeronde werk kon niet worden gelezen: zie het bericht hierboven.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Reading the completed work…</source>
        <translation>Afgerond werk lezen…</translation>
    </message>
    <message>
        <source>Approvals held back</source>
        <translation>Tegengehouden werkbonnen</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>Selectie opnieuw proberen</translation>
    </message>
    <message>
        <source>Try the selected held-back approvals again now</source>
        <translation>De geselecteerde tegengehouden werkbonnen nu opnieuw proberen</translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Alles opnieuw proberen</translation>
    </message>
    <message>
        <source>Try every held-back approval again now</source>
        <translation>Alle tegengehouden werkbonnen nu opnieuw proberen</translation>
    </message>
    <message>
        <source>Parts and hours</source>
        <translation>Onderdelen en uren</translation>
    </message>
    <message>
        <source>No parts were used on this job.</source>
        <translation>Voor deze opdracht zijn geen onderdelen gebruikt.</translation>
    </message>
    <message>
        <source>No time was written on this job.</source>
        <translation>Op deze opdracht is geen tijd geschreven.</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>Gebruikte onderdelen</translation>
    </message>
    <message>
        <source>Time lines</source>
        <translation>Tijdregels</translation>
    </message>
    <message>
        <source>Select an approval to see the parts and hours that go to the ERP with it.</source>
        <translation>Selecteer een werkbon om de onderdelen en uren te zien die ermee naar het ERP gaan.</translation>
    </message>
    <message>
        <source>Re-export since…</source>
        <translation>Opnieuw exporteren sinds…</translation>
    </message>
    <message>
        <source>Write every approval since a date to the ERP again</source>
        <translation>Elke werkbon sinds een datum opnieuw naar het ERP schrijven</translation>
    </message>
    <message>
        <source>Export selected</source>
        <translation>Selectie exporteren</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>Alles exporteren</translation>
    </message>
    <message>
        <source>Open a profile to see its completed work.</source>
        <translation>Open een profiel om het afgeronde werk ervan te zien.</translation>
    </message>
    <message>
        <source>Reading the completed work from Odyssee…</source>
        <translation>Afgerond werk uit Odyssee lezen…</translation>
    </message>
    <message>
        <source>No other completed work is waiting: every final job approval has been exported. New ones appear here when technicians finish their jobs.</source>
        <translation>Er wacht geen ander afgerond werk: elke definitieve werkbon is geëxporteerd. Nieuwe verschijnen hier zodra technici hun opdrachten afronden.</translation>
    </message>
    <message>
        <source>No completed work is waiting: every final job approval has been exported. New ones appear here when technicians finish their jobs.</source>
        <translation>Er wacht geen afgerond werk: elke definitieve werkbon is geëxporteerd. Nieuwe verschijnen hier zodra technici hun opdrachten afronden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval(s) held back: not in the ERP yet</source>
        <translation>
            <numerusform>%Ln werkbon tegengehouden: nog niet in het ERP</numerusform>
            <numerusform>%Ln werkbonnen tegengehouden: nog niet in het ERP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every export tries the held-back approval(s) again by itself. To send sooner, fix the cause shown in Odyssee (or in the ERP), then press Retry.</source>
        <translation>
            <numerusform>Elke export probeert de tegengehouden werkbon vanzelf opnieuw. Wilt u hem sneller versturen, los dan de oorzaak op die in Odyssee (of in het ERP) staat en klik op Opnieuw proberen.</numerusform>
            <numerusform>Elke export probeert de tegengehouden werkbonnen vanzelf opnieuw. Wilt u ze sneller versturen, los dan de oorzaak op die in Odyssee (of in het ERP) staat en klik op Opnieuw proberen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lezen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval(s) not in the ERP yet</source>
        <translation>
            <numerusform>%Ln werkbon nog niet in het ERP</numerusform>
            <numerusform>%Ln werkbonnen nog niet in het ERP</numerusform>
        </translation>
    </message>
    <message>
        <source>goes to {0}</source>
        <translation>gaat naar {0}</translation>
    </message>
    <message>
        <source>Export selected ({0})</source>
        <translation>Selectie exporteren ({0})</translation>
    </message>
    <message>
        <source>Retry selected ({0})</source>
        <translation>Selectie opnieuw proberen ({0})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval(s) selected</source>
        <translation>
            <numerusform>%Ln werkbon geselecteerd</numerusform>
            <numerusform>%Ln werkbonnen geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>(no ERP reference)</source>
        <translation>(geen ERP-referentie)</translation>
    </message>
    <message>
        <source>Job #{0}</source>
        <translation>Opdracht {0}</translation>
    </message>
    <message>
        <source>Customer {0}</source>
        <translation>Klant {0}</translation>
    </message>
    <message>
        <source>site {0}</source>
        <translation>project {0}</translation>
    </message>
    <message>
        <source>technician {0}</source>
        <translation>technicus {0}</translation>
    </message>
    <message>
        <source>signed by {0}</source>
        <translation>ondertekend door {0}</translation>
    </message>
    <message>
        <source>parts {0}, labour {1}, {2} h work + {3} h travel</source>
        <translation>onderdelen {0}, arbeid {1}, {2} u werk + {3} u verplaatsing</translation>
    </message>
    <message>
        <source>Remarks: {0}</source>
        <translation>Opmerkingen: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Held back since {0} (%Ln attempt(s), the last at {1}): {2}</source>
        <translation>
            <numerusform>Tegengehouden sinds {0} (%Ln poging, de laatste op {1}): {2}</numerusform>
            <numerusform>Tegengehouden sinds {0} (%Ln pogingen, de laatste op {1}): {2}</numerusform>
        </translation>
    </message>
    <message>
        <source>Odyssee has everything it needs now: Retry sends it.</source>
        <translation>Odyssee heeft nu alles wat nodig is: Opnieuw proberen verstuurt hem.</translation>
    </message>
    <message>
        <source>Not exported until solved: {0}</source>
        <translation>Niet geëxporteerd tot dit is opgelost: {0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Let op: {0}</translation>
    </message>
    <message>
        <source>Parts used ({0})</source>
        <translation>Gebruikte onderdelen ({0})</translation>
    </message>
    <message>
        <source>Time lines ({0})</source>
        <translation>Tijdregels ({0})</translation>
    </message>
    <message numerus="yes">
        <source>Trying %Ln held-back approval(s) again…</source>
        <translation>
            <numerusform>%Ln tegengehouden werkbon opnieuw proberen…</numerusform>
            <numerusform>%Ln tegengehouden werkbonnen opnieuw proberen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln approval(s) to the ERP…</source>
        <translation>
            <numerusform>%Ln werkbon naar het ERP exporteren…</numerusform>
            <numerusform>%Ln werkbonnen naar het ERP exporteren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %Ln approval(s).</source>
        <translation>
            <numerusform>Export geannuleerd na %Ln werkbon.</numerusform>
            <numerusform>Export geannuleerd na %Ln werkbonnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln, then stopped: {0}</source>
        <translation>
            <numerusform>%Ln geëxporteerd, daarna gestopt: {0}</numerusform>
            <numerusform>%Ln geëxporteerd, daarna gestopt: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln held back, not in the ERP yet: see the held-back list.</source>
        <translation>
            <numerusform>%Ln tegengehouden, nog niet in het ERP: zie de lijst van tegengehouden werkbonnen.</numerusform>
            <numerusform>%Ln tegengehouden, nog niet in het ERP: zie de lijst van tegengehouden werkbonnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln; {0}</source>
        <translation>
            <numerusform>%Ln geëxporteerd; {0}</numerusform>
            <numerusform>%Ln geëxporteerd; {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be written (details).</source>
        <translation>
            <numerusform>%Ln kon niet worden geschreven (details).</numerusform>
            <numerusform>%Ln konden niet worden geschreven (details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln approval(s) to {0}.</source>
        <translation>
            <numerusform>%Ln werkbon geëxporteerd naar {0}.</numerusform>
            <numerusform>%Ln werkbonnen geëxporteerd naar {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln approval(s).</source>
        <translation>
            <numerusform>%Ln werkbon geëxporteerd.</numerusform>
            <numerusform>%Ln werkbonnen geëxporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every approval since {0} is listed again; export them to write them to the ERP once more.</source>
        <translation>Elke werkbon sinds {0} staat weer in de lijst; exporteer ze om ze opnieuw naar het ERP te schrijven.</translation>
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
    <name>counts</name>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln probleem</numerusform>
            <numerusform>%Ln problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held back</source>
        <translation>
            <numerusform>%Ln tegengehouden</numerusform>
            <numerusform>%Ln tegengehouden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with problems</source>
        <translation>
            <numerusform>%Ln met problemen</numerusform>
            <numerusform>%Ln met problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>no export target set</source>
        <translation>geen exportbestemming ingesteld</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>(binary content, not loaded)</source>
        <translation>(binaire inhoud, niet geladen)</translation>
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
    <name>plan_model</name>
    <message>
        <source>create</source>
        <translation>aanmaken</translation>
    </message>
    <message>
        <source>update</source>
        <translation>bijwerken</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>link</source>
        <translation>koppelen</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message numerus="yes">
        <source>%Ln create(s)</source>
        <translation>
            <numerusform>%Ln nieuwe</numerusform>
            <numerusform>%Ln nieuwe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln update(s)</source>
        <translation>
            <numerusform>%Ln wijziging</numerusform>
            <numerusform>%Ln wijzigingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln koppeling</numerusform>
            <numerusform>%Ln koppelingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln ongeldig</numerusform>
            <numerusform>%Ln ongeldig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln overgeslagen</numerusform>
            <numerusform>%Ln overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln ongewijzigd</numerusform>
            <numerusform>%Ln ongewijzigd</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Niet verzonden</translation>
    </message>
    <message>
        <source>ERP key</source>
        <translation>ERP-sleutel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Wat verandert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln veld</numerusform>
            <numerusform>%Ln velden</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to push</source>
        <translation>niets te verzenden</translation>
    </message>
    <message>
        <source>new, {0}</source>
        <translation>nieuw, {0}</translation>
    </message>
    <message>
        <source> — after {0}</source>
        <translation> — na {0}</translation>
    </message>
    <message>
        <source>edited in Odyssee since the last push — {0}</source>
        <translation>gewijzigd in Odyssee sinds de laatste verzending — {0}</translation>
    </message>
    <message>
        <source>already in Odyssee with the same values: only linked</source>
        <translation>al in Odyssee met dezelfde waarden: alleen gekoppeld</translation>
    </message>
    <message>
        <source>no change since the last push</source>
        <translation>geen wijziging sinds de laatste verzending</translation>
    </message>
    <message>
        <source>no field changes</source>
        <translation>geen velden gewijzigd</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Cannot be pushed:</source>
        <translation>Kan niet worden verzonden:</translation>
    </message>
    <message>
        <source>Someone changed this record in Odyssee since the last push. Check it to overwrite their edit.</source>
        <translation>Iemand heeft dit record in Odyssee gewijzigd sinds de laatste verzending. Vink het aan om die wijziging te overschrijven.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>verandert</translation>
    </message>
    <message>
        <source>edited in Odyssee</source>
        <translation>gewijzigd in Odyssee</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>probleem</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gelijk</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Odyssee now</source>
        <translation>Nu in Odyssee</translation>
    </message>
    <message>
        <source>ERP proposes</source>
        <translation>Voorstel van het ERP</translation>
    </message>
    <message>
        <source>Last pushed</source>
        <translation>Laatst verzonden</translation>
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
<context>
    <name>words</name>
    <message>
        <source>Push to Odyssee</source>
        <translation>Verzending naar Odyssee</translation>
    </message>
    <message>
        <source>Export to the ERP</source>
        <translation>Export naar het ERP</translation>
    </message>
    <message>
        <source>PDF download</source>
        <translation>PDF-download</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Gedeeltelijk klaar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Onderbroken</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Bezig</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln verzonden</numerusform>
            <numerusform>%Ln verzonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln aangemaakt</numerusform>
            <numerusform>%Ln aangemaakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln bijgewerkt</numerusform>
            <numerusform>%Ln bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exported</source>
        <translation>
            <numerusform>%Ln geëxporteerd</numerusform>
            <numerusform>%Ln geëxporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln downloaded</source>
        <translation>
            <numerusform>%Ln gedownload</numerusform>
            <numerusform>%Ln gedownload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln mislukt</numerusform>
            <numerusform>%Ln mislukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with problems</source>
        <translation>
            <numerusform>%Ln met problemen</numerusform>
            <numerusform>%Ln met problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held back</source>
        <translation>
            <numerusform>%Ln tegengehouden</numerusform>
            <numerusform>%Ln tegengehouden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln overgeslagen</numerusform>
            <numerusform>%Ln overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not selected</source>
        <translation>
            <numerusform>%Ln niet geselecteerd</numerusform>
            <numerusform>%Ln niet geselecteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already there</source>
        <translation>
            <numerusform>%Ln al aanwezig</numerusform>
            <numerusform>%Ln al aanwezig</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>niets te doen</translation>
    </message>
    <message>
        <source>#{0} {1} ({2})</source>
        <translation>#{0} {1} ({2})</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ongeldig</translation>
    </message>
    <message>
        <source>Conflict: edited in Odyssee</source>
        <translation>Conflict: gewijzigd in Odyssee</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Niet goedgekeurd</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>Project types</source>
        <translation>Projecttypes</translation>
    </message>
    <message>
        <source>Project statuses</source>
        <translation>Projectstatussen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <source>Article categories</source>
        <translation>Artikelcategorieën</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>Job types</source>
        <translation>Opdrachttypes</translation>
    </message>
    <message>
        <source>Job statuses</source>
        <translation>Opdrachtstatussen</translation>
    </message>
    <message>
        <source>Job approvals</source>
        <translation>Werkbonnen</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>Gebruikte onderdelen</translation>
    </message>
    <message>
        <source>Time and other lines</source>
        <translation>Tijd en andere regels</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>user</source>
        <translation>gebruiker</translation>
    </message>
    <message>
        <source>company</source>
        <translation>bedrijf</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>project type</source>
        <translation>projecttype</translation>
    </message>
    <message>
        <source>project status</source>
        <translation>projectstatus</translation>
    </message>
    <message>
        <source>article</source>
        <translation>artikel</translation>
    </message>
    <message>
        <source>article category</source>
        <translation>artikelcategorie</translation>
    </message>
    <message>
        <source>job</source>
        <translation>opdracht</translation>
    </message>
    <message>
        <source>job type</source>
        <translation>opdrachttype</translation>
    </message>
    <message>
        <source>job status</source>
        <translation>opdrachtstatus</translation>
    </message>
    <message>
        <source>job approval</source>
        <translation>werkbon</translation>
    </message>
    <message>
        <source>part used</source>
        <translation>gebruikt onderdeel</translation>
    </message>
    <message>
        <source>time or other line</source>
        <translation>tijd- of andere regel</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>ERP reference</source>
        <translation>ERP-referentie</translation>
    </message>
    <message>
        <source>Project (ERP reference)</source>
        <translation>Project (ERP-referentie)</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Gewijzigd op</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Sales status</source>
        <translation>Verkoopstatus</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Korte omschrijving</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Bovenliggend</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <source>First planned</source>
        <translation>Eerst gepland</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <source>Ready for multi-approval</source>
        <translation>Klaar voor groepsgoedkeuring</translation>
    </message>
    <message>
        <source>Working date</source>
        <translation>Werkdatum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Bestandstype</translation>
    </message>
    <message>
        <source>MIME type</source>
        <translation>MIME-type</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Belongs to (id)</source>
        <translation>Hoort bij (id)</translation>
    </message>
    <message>
        <source>Job (id)</source>
        <translation>Opdracht (id)</translation>
    </message>
    <message>
        <source>Table (id)</source>
        <translation>Tabel (id)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Street 2</source>
        <translation>Straat 2</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <source>Additional email</source>
        <translation>Extra e-mail</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Article category (id)</source>
        <translation>Artikelcategorie (id)</translation>
    </message>
    <message>
        <source>Article (id)</source>
        <translation>Artikel (id)</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Streepjescode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Company (id)</source>
        <translation>Bedrijf (id)</translation>
    </message>
    <message>
        <source>Contact (id)</source>
        <translation>Contactpersoon (id)</translation>
    </message>
    <message>
        <source>Customer remarks</source>
        <translation>Opmerkingen van de klant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Equipment family (id)</source>
        <translation>Uitrustingsfamilie (id)</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Functies</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Daily approval</source>
        <translation>Dagelijkse goedkeuring</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Dummy</source>
        <translation>Fictief</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Ploegleider</translation>
    </message>
    <message>
        <source>Under warranty</source>
        <translation>Onder garantie</translation>
    </message>
    <message>
        <source>Working address</source>
        <translation>Werkadres</translation>
    </message>
    <message>
        <source>Job approval (id)</source>
        <translation>Werkbon (id)</translation>
    </message>
    <message>
        <source>Job status</source>
        <translation>Opdrachtstatus</translation>
    </message>
    <message>
        <source>Job status (id)</source>
        <translation>Opdrachtstatus (id)</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Opdrachttype</translation>
    </message>
    <message>
        <source>Job type (id)</source>
        <translation>Opdrachttype (id)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Line memo</source>
        <translation>Regelmemo</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Gsm</translation>
    </message>
    <message>
        <source>No stock</source>
        <translation>Geen voorraad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Parent (id)</source>
        <translation>Bovenliggend (id)</translation>
    </message>
    <message>
        <source>Project (id)</source>
        <translation>Project (id)</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation>Projectstatus</translation>
    </message>
    <message>
        <source>Project status (id)</source>
        <translation>Projectstatus (id)</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>Projecttype</translation>
    </message>
    <message>
        <source>Project type (id)</source>
        <translation>Projecttype (id)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Signed by company</source>
        <translation>Ondertekend door bedrijf</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Street number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>System job status (id)</source>
        <translation>Systeemstatus opdracht (id)</translation>
    </message>
    <message>
        <source>Use serial</source>
        <translation>Met serienummer</translation>
    </message>
    <message>
        <source>User (id)</source>
        <translation>Gebruiker (id)</translation>
    </message>
    <message>
        <source>Job #</source>
        <translation>Nr.</translation>
    </message>
</context>
</TS>
