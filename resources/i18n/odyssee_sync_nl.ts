<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Before: {0}</source>
        <translation>Voor: {0}</translation>
    </message>
    <message>
        <source>After: {0}</source>
        <translation>Na: {0}</translation>
    </message>
    <message>
        <source>{0} (job #{1})</source>
        <translation>{0} (opdracht nr. {1})</translation>
    </message>
    <message>
        <source>job #{0}</source>
        <translation>opdracht nr. {0}</translation>
    </message>
    <message>
        <source>approval {0}</source>
        <translation>werkbon {0}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkstation</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Poging</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Alle taken</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Alle types</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle resultaten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Undo push…</source>
        <translation>Verzending ongedaan maken…</translation>
    </message>
    <message>
        <source>Send back to Odyssee the values it had before the push of the selected row (it asks first)</source>
        <translation>De waarden die Odyssee vóór de verzending van de geselecteerde rij had, terugzetten (er wordt eerst bevestiging gevraagd)</translation>
    </message>
    <message>
        <source>Undo this row…</source>
        <translation>Deze rij ongedaan maken…</translation>
    </message>
    <message>
        <source>Send back to Odyssee the values this record had before that push (it asks first)</source>
        <translation>De waarden die dit record vóór die verzending had, terugzetten in Odyssee (er wordt eerst bevestiging gevraagd)</translation>
    </message>
    <message>
        <source>Undo this push…</source>
        <translation>Deze verzending ongedaan maken…</translation>
    </message>
    <message>
        <source>The journal is empty: every record a push sends to Odyssee, and every completed job written to the ERP, will be listed here with its result.</source>
        <translation>Het logboek is leeg: elk record dat een verzending naar Odyssee stuurt en elke afgeronde opdracht die naar het ERP wordt geschreven, verschijnt hier met het resultaat.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>No request to Odyssee yet: each one this window sends is listed here, as it goes.</source>
        <translation>Nog geen verzoeken aan Odyssee: elk verzoek dat dit venster verzendt, verschijnt hier meteen.</translation>
    </message>
    <message>
        <source>Requests to Odyssee</source>
        <translation>Verzoeken aan Odyssee</translation>
    </message>
    <message>
        <source>Reading the journal</source>
        <translation>Het logboek lezen</translation>
    </message>
    <message>
        <source>Select a row of a push to undo that push</source>
        <translation>Selecteer een rij van een verzending om die verzending ongedaan te maken</translation>
    </message>
    <message>
        <source>Reading what the push did</source>
        <translation>Lezen wat de verzending deed</translation>
    </message>
    <message>
        <source>Undoing a push</source>
        <translation>Een verzending ongedaan maken</translation>
    </message>
    <message>
        <source>Sending back what push run {0} changed…</source>
        <translation>Terugzetten wat verzending nr. {0} wijzigde…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent back or archived</source>
        <translation>
            <numerusform>%Ln teruggezet of gearchiveerd</numerusform>
            <numerusform>%Ln teruggezet of gearchiveerd</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conflict: changed in Odyssee since, kept as it is</source>
        <translation>1 conflict: sindsdien gewijzigd in Odyssee, ongewijzigd gelaten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts: changed in Odyssee since, kept as they are</source>
        <translation>
            <numerusform>%Ln conflict: sindsdien gewijzigd in Odyssee, ongewijzigd gelaten</numerusform>
            <numerusform>%Ln conflicten: sindsdien gewijzigd in Odyssee, ongewijzigd gelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln mislukt</numerusform>
            <numerusform>%Ln mislukt</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo of push run {0} cancelled: {1}. The ERP still has its values: Pending pushes offers them again.</source>
        <translation>Ongedaan maken van verzending nr. {0} geannuleerd: {1}. Het ERP houdt zijn waarden: Te verzenden biedt ze opnieuw aan.</translation>
    </message>
    <message>
        <source>Undo of push run {0} done: {1}. The ERP still has its values: Pending pushes offers them again.</source>
        <translation>Verzending nr. {0} ongedaan gemaakt: {1}. Het ERP houdt zijn waarden: Te verzenden biedt ze opnieuw aan.</translation>
    </message>
    <message>
        <source>Pushing one company for the tour</source>
        <translation>Eén bedrijf verzenden voor de rondleiding</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) this session (the latest {0} are kept), {1} without success</source>
        <translation>
            <numerusform>%Ln verzoek in deze sessie (de laatste {0} worden bewaard), {1} zonder succes</numerusform>
            <numerusform>%Ln verzoeken in deze sessie (de laatste {0} worden bewaard), {1} zonder succes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) this session (the latest {0} are kept)</source>
        <translation>
            <numerusform>%Ln verzoek in deze sessie (de laatste {0} worden bewaard)</numerusform>
            <numerusform>%Ln verzoeken in deze sessie (de laatste {0} worden bewaard)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundQuestion</name>
    <message>
        <source>every minute</source>
        <translation>elke minuut</translation>
    </message>
    <message numerus="yes">
        <source>every %Ln minute(s)</source>
        <translation>
            <numerusform>elke %Ln minuut</numerusform>
            <numerusform>elke %Ln minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Work in the background?</source>
        <translation>Op de achtergrond werken?</translation>
    </message>
    <message>
        <source>May this window work by itself for “{0}”?</source>
        <translation>Mag dit venster zelf werken voor “{0}”?</translation>
    </message>
    <message>
        <source>While the window (or its tray icon) is open, it can fetch new work from Odyssee without you pressing a button. Nothing runs in the background until you say so here or in Settings.</source>
        <translation>Zolang het venster (of het pictogram in het systeemvak) open is, kan het nieuw werk uit Odyssee ophalen zonder dat u op een knop drukt. Er draait niets op de achtergrond zolang u dat hier of bij Instellingen niet toestaat.</translation>
    </message>
    <message>
        <source>Download new job approval PDFs as Odyssee makes them ({0}), into {1}</source>
        <translation>Nieuwe werkbon-pdf&apos;s downloaden zodra Odyssee ze maakt ({0}), naar {1}</translation>
    </message>
    <message>
        <source>Write completed work to the ERP by itself ({0})</source>
        <translation>Afgerond werk zelf naar het ERP schrijven ({0})</translation>
    </message>
    <message>
        <source>You can change this at any time in Settings.</source>
        <translation>U kunt dit altijd wijzigen bij Instellingen.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Inschakelen</translation>
    </message>
    <message>
        <source>The answer could not be saved: {0}</source>
        <translation>Het antwoord kon niet worden opgeslagen: {0}</translation>
    </message>
    <message>
        <source>Saving the answer</source>
        <translation>Het antwoord opslaan</translation>
    </message>
</context>
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
        <translation>Locaties</translation>
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
        <translation>Het verzoek dat voor de laatste pagina van deze lijst werd verzonden</translation>
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
        <translation>Open een profiel bij Instellingen om Odyssee te doorbladeren.</translation>
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
        <translation>Niets onder “{0}” voor het geselecteerde record.</translation>
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
        <translation>Demomodus: een gesimuleerde Odyssee op {0}. Niets hier raakt een echte omgeving. Nieuwe pdf&apos;s worden op de achtergrond gedownload, zoals een profiel doet zodra de eigenaar ermee heeft ingestemd (een echt profiel vraagt het eerst; bij Instellingen zet u het uit).</translation>
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
        <translation>Locaties</translation>
    </message>
    <message>
        <source>sites and installations</source>
        <translation>klantadressen en installaties</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>work orders, open and done</source>
        <translation>werkorders, open en afgerond</translation>
    </message>
    <message>
        <source>Job approvals</source>
        <translation>Werkbonnen</translation>
    </message>
    <message>
        <source>final approvals, without the daily ones</source>
        <translation>definitieve, zonder de dagelijkse</translation>
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
        <translation>Afgerond werk voor het ERP</translation>
    </message>
    <message>
        <source>Export work</source>
        <translation>Werk exporteren</translation>
    </message>
    <message>
        <source>final approvals not in the ERP yet</source>
        <translation>werkbonnen nog niet in het ERP</translation>
    </message>
    <message>
        <source>New job approval PDFs</source>
        <translation>Nieuwe werkbon-pdf&apos;s</translation>
    </message>
    <message>
        <source>Download PDFs</source>
        <translation>Pdf&apos;s downloaden</translation>
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
        <translation>Taak</translation>
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
        <translation>Voor dit profiel is nog niets verzonden, geëxporteerd of gedownload. Elke taak verschijnt hier met haar resultaat.</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Recente taken</translation>
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
        <translation>De recente taken lezen</translation>
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
        <translation>De werkbon-pdf&apos;s kunnen nog nergens heen: kies een downloadmap bij Instellingen.</translation>
    </message>
    <message>
        <source>No new job approval PDF on the server: every one Odyssee has made is downloaded.</source>
        <translation>Geen nieuwe werkbon-pdf op de server: alle pdf&apos;s die Odyssee maakte, zijn gedownload.</translation>
    </message>
    <message>
        <source>Nothing downloaded yet. Download the new PDFs (“Download all new”) and they are listed here.</source>
        <translation>Nog niets gedownload. Download de nieuwe pdf&apos;s (“Alle nieuwe downloaden”) en ze verschijnen hier.</translation>
    </message>
    <message>
        <source>No exported approval is waiting for its PDF.</source>
        <translation>Geen enkele geëxporteerde werkbon wacht nog op zijn pdf.</translation>
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
        <translation>Geen enkel programma opende de pdf: deze computer heeft misschien geen pdf-lezer. Installeer er een (uw IT-dienst kan dat) of open het bestand vanuit zijn map.</translation>
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
        <translation>Werkbon</translation>
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
        <translation>Werkbon-pdf&apos;s</translation>
    </message>
    <message>
        <source>The reports Odyssee makes of final job approvals, filed by job reference in your download folder.</source>
        <translation>De rapporten die Odyssee van definitieve werkbonnen maakt, per opdrachtreferentie geordend in uw downloadmap.</translation>
    </message>
    <message>
        <source>You can download from here when it has ended; the PDFs it saves show up here.</source>
        <translation>U kunt hier downloaden zodra dat klaar is; de pdf&apos;s die het opslaat, verschijnen hier.</translation>
    </message>
    <message>
        <source>Reading cancelled. Press Refresh to look again.</source>
        <translation>Lezen geannuleerd. Klik op Vernieuwen om opnieuw te kijken.</translation>
    </message>
    <message>
        <source>The job approval PDFs could not be read: see the message above.</source>
        <translation>De werkbon-pdf&apos;s konden niet worden gelezen: zie het bericht hierboven.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Job approval PDF lists</source>
        <translation>Lijsten van werkbon-pdf&apos;s</translation>
    </message>
    <message>
        <source>Final approvals exported to the ERP whose PDF Odyssee has not made yet</source>
        <translation>Definitieve werkbonnen die naar het ERP zijn geëxporteerd, maar waarvan Odyssee de pdf nog niet heeft gemaakt</translation>
    </message>
    <message>
        <source>Reading the job approval PDFs…</source>
        <translation>Werkbon-pdf&apos;s worden gelezen…</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Pdf-voorbeeld</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Select a downloaded PDF to preview it here.</source>
        <translation>Selecteer een gedownloade pdf om hem hier te bekijken.</translation>
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
        <translation>De pdf openen in het programma dat uw computer voor pdf&apos;s gebruikt</translation>
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
        <translation>Open een profiel om zijn werkbon-pdf&apos;s te zien.</translation>
    </message>
    <message>
        <source>Set a download folder in Settings to list and download job approval PDFs.</source>
        <translation>Kies een downloadmap bij Instellingen om werkbon-pdf&apos;s te tonen en te downloaden.</translation>
    </message>
    <message>
        <source>Reading the job approval PDFs</source>
        <translation>De werkbon-pdf&apos;s lezen</translation>
    </message>
    <message>
        <source>Looking for new job approval PDFs…</source>
        <translation>Zoeken naar nieuwe werkbon-pdf&apos;s…</translation>
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
            <numerusform>%Ln nieuwe pdf wordt gedownload…</numerusform>
            <numerusform>%Ln nieuwe pdf&apos;s worden gedownload…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %Ln PDF(s)…</source>
        <translation>
            <numerusform>%Ln pdf wordt gedownload…</numerusform>
            <numerusform>%Ln pdf&apos;s worden gedownload…</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading job approval PDFs</source>
        <translation>Werkbon-pdf&apos;s downloaden</translation>
    </message>
    <message numerus="yes">
        <source>Download cancelled after %Ln PDF(s).</source>
        <translation>
            <numerusform>Downloaden geannuleerd na %Ln pdf.</numerusform>
            <numerusform>Downloaden geannuleerd na %Ln pdf&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %Ln PDF(s), then stopped: {0}</source>
        <translation>
            <numerusform>%Ln pdf gedownload, daarna gestopt: {0}</numerusform>
            <numerusform>%Ln pdf&apos;s gedownload, daarna gestopt: {0}</numerusform>
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
            <numerusform>%Ln pdf gedownload; {0}</numerusform>
            <numerusform>%Ln pdf&apos;s gedownload; {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>the download folder</source>
        <translation>de downloadmap</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %Ln PDF(s) into {0}.</source>
        <translation>
            <numerusform>%Ln pdf gedownload naar {0}.</numerusform>
            <numerusform>%Ln pdf&apos;s gedownload naar {0}.</numerusform>
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
        <translation>Odyssee heeft deze pdf nog niet gemaakt. Meestal verschijnt hij binnen enkele minuten, soms pas na uren; hij staat dan onder “Nieuw op de server”.</translation>
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
        <translation>De pdf lezen</translation>
    </message>
    <message>
        <source>The PDF could not be read: {0}</source>
        <translation>De pdf kon niet worden gelezen: {0}</translation>
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
        <translation>Dit bestand is geen pdf die het voorbeeld kan tonen ({0}). Probeer “Extern openen”.</translation>
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
        <source>no download folder set</source>
        <translation>geen downloadmap ingesteld</translation>
    </message>
    <message>
        <source>Polling job approval PDFs</source>
        <translation>Werkbon-pdf&apos;s controleren</translation>
    </message>
    <message>
        <source>Polling completed work</source>
        <translation>Afgerond werk controleren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new completed job approval(s): {0} not in the ERP yet</source>
        <translation>
            <numerusform>%Ln nieuwe definitieve werkbon: {0} nog niet in het ERP</numerusform>
            <numerusform>%Ln nieuwe definitieve werkbonnen: {0} nog niet in het ERP</numerusform>
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
    <name>PushConfirmation</name>
    <message>
        <source>Send to Odyssee?</source>
        <translation>Naar Odyssee verzenden?</translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln change(s) to Odyssee?</source>
        <translation>
            <numerusform>%Ln wijziging naar Odyssee verzenden?</numerusform>
            <numerusform>%Ln wijzigingen naar Odyssee verzenden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln change(s)</source>
        <translation>
            <numerusform>%Ln wijziging verzenden</numerusform>
            <numerusform>%Ln wijzigingen verzenden</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}:&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;{0}:&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <source>The conflicts overwrite what was edited in Odyssee.</source>
        <translation>De conflicten overschrijven wat in Odyssee werd gewijzigd.</translation>
    </message>
    <message>
        <source>Not sent: {0}.</source>
        <translation>Niet verzonden: {0}.</translation>
    </message>
</context>
<context>
    <name>PushPage</name>
    <message>
        <source>Creates</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <source>This profile names no ERP database, so there is nothing to compare with Odyssee. Set the ERP in Settings.</source>
        <translation>Dit profiel noemt geen ERP-database, dus er is niets om met Odyssee te vergelijken. Stel het ERP in bij Instellingen.</translation>
    </message>
    <message>
        <source>Unchecked rows are not sent and stay pending. Skip sets rows aside: they leave this list (see “Skipped”) until their ERP row changes or you bring them back. Invalid rows are never sent; correct them in the ERP.</source>
        <translation>Niet-aangevinkte rijen worden niet verzonden en blijven wachten. Overslaan zet rijen opzij: ze verdwijnen uit deze lijst (zie “Overgeslagen”) tot hun ERP-rij wijzigt of u ze terughaalt. Ongeldige rijen worden nooit verzonden; corrigeer ze in het ERP.</translation>
    </message>
    <message>
        <source>Skipped rows are not sent and not counted as pending until their ERP row changes. Bring back makes the selected ones pending again.</source>
        <translation>Overgeslagen rijen worden niet verzonden en niet als wachtend geteld tot hun ERP-rij wijzigt. Terughalen zet de geselecteerde rijen weer in de wachtrij.</translation>
    </message>
    <message>
        <source>No ERP database is set for this profile.</source>
        <translation>Voor dit profiel is geen ERP-database ingesteld.</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>nieuwe waarde</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>edited in Odyssee / problem</source>
        <translation>gewijzigd in Odyssee / probleem</translation>
    </message>
    <message>
        <source>What the ERP would change in Odyssee, row by row. Nothing is sent until you press Push.</source>
        <translation>Wat het ERP in Odyssee zou wijzigen, rij per rij. Er wordt niets verzonden tot u op Verzenden drukt.</translation>
    </message>
    <message>
        <source>You can push from here when it has ended; compare again then.</source>
        <translation>U kunt van hieruit verzenden zodra dat klaar is; vergelijk dan opnieuw.</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>Alleen wijzigingen</translation>
    </message>
    <message>
        <source>Hide the rows already equal in Odyssee (links) and those without a change</source>
        <translation>De rijen verbergen die al gelijk zijn in Odyssee (koppelingen) en die zonder wijziging</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>List only the rows skipped earlier: “Bring back” makes them pending again</source>
        <translation>Alleen de eerder overgeslagen rijen tonen: “Terughalen” zet ze weer in de wachtrij</translation>
    </message>
    <message>
        <source>Compare again</source>
        <translation>Opnieuw vergelijken</translation>
    </message>
    <message>
        <source>Read the ERP again and compare it with Odyssee</source>
        <translation>Het ERP opnieuw lezen en met Odyssee vergelijken</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Aanvinken:</translation>
    </message>
    <message>
        <source>Comparing the ERP with Odyssee…</source>
        <translation>Het ERP wordt met Odyssee vergeleken…</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <source>Select a row to see its fields: what Odyssee has now and what the ERP proposes.</source>
        <translation>Selecteer een rij om de velden te zien: wat Odyssee nu heeft en wat het ERP voorstelt.</translation>
    </message>
    <message>
        <source>Skip selected</source>
        <translation>Selectie overslaan</translation>
    </message>
    <message>
        <source>Set the selected rows aside: not sent, and out of this list until their ERP row changes</source>
        <translation>De geselecteerde rijen opzijzetten: niet verzonden en uit deze lijst tot hun ERP-rij wijzigt</translation>
    </message>
    <message>
        <source>Bring back selected</source>
        <translation>Selectie terughalen</translation>
    </message>
    <message>
        <source>Take back the skip: the selected rows are pending again</source>
        <translation>Het overslaan terugdraaien: de geselecteerde rijen wachten weer</translation>
    </message>
    <message>
        <source>Push checked</source>
        <translation>Aangevinkte verzenden</translation>
    </message>
    <message>
        <source>Open a profile to compare its ERP with Odyssee.</source>
        <translation>Open een profiel om het ERP ervan met Odyssee te vergelijken.</translation>
    </message>
    <message>
        <source>Comparing the ERP with Odyssee</source>
        <translation>Het ERP met Odyssee vergelijken</translation>
    </message>
    <message>
        <source>Reading the ERP and comparing it with Odyssee…</source>
        <translation>Het ERP wordt gelezen en met Odyssee vergeleken…</translation>
    </message>
    <message>
        <source>Comparison cancelled. Press “Compare again” to start it anew.</source>
        <translation>Vergelijking geannuleerd. Klik op “Opnieuw vergelijken” om opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>No comparison: see the message above.</source>
        <translation>Geen vergelijking: zie het bericht hierboven.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message numerus="yes">
        <source>Part of the comparison could not be made: {0} (and %Ln more problem(s))</source>
        <translation>
            <numerusform>Een deel van de vergelijking kon niet worden gemaakt: {0} (en nog %Ln probleem)</numerusform>
            <numerusform>Een deel van de vergelijking kon niet worden gemaakt: {0} (en nog %Ln problemen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the comparison could not be made: {0}</source>
        <translation>Een deel van de vergelijking kon niet worden gemaakt: {0}</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>Nog geen vergelijking.</translation>
    </message>
    <message>
        <source>nothing to push</source>
        <translation>niets te verzenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}:&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;{0}:&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <source>The mapping names no entity.</source>
        <translation>De mapping noemt geen enkel type.</translation>
    </message>
    <message numerus="yes">
        <source>Compared at {0} with %Ln request(s) to Odyssee.</source>
        <translation>
            <numerusform>Vergeleken op {0} met %Ln verzoek aan Odyssee.</numerusform>
            <numerusform>Vergeleken op {0} met %Ln verzoeken aan Odyssee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid: cannot be pushed</source>
        <translation>
            <numerusform>%Ln ongeldig: kan niet worden verzonden</numerusform>
            <numerusform>%Ln ongeldig: kunnen niet worden verzonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Push checked ({0})</source>
        <translation>Aangevinkte verzenden ({0})</translation>
    </message>
    <message>
        <source>Skipped ({0})</source>
        <translation>Overgeslagen ({0})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) selected</source>
        <translation>
            <numerusform>%Ln rij geselecteerd</numerusform>
            <numerusform>%Ln rijen geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be pushed: {0}</source>
        <translation>Kan niet worden verzonden: {0}</translation>
    </message>
    <message>
        <source>Someone edited this record in Odyssee since the last push. Check the row to overwrite their edit with the ERP&apos;s values.</source>
        <translation>Iemand heeft dit record in Odyssee gewijzigd sinds de laatste verzending. Vink de rij aan om die wijziging te overschrijven met de waarden uit het ERP.</translation>
    </message>
    <message>
        <source>{0}. It is not sent; “Bring back” makes it pending again.</source>
        <translation>{0}. De rij wordt niet verzonden; “Terughalen” zet ze weer in de wachtrij.</translation>
    </message>
    <message>
        <source>Skipping rows</source>
        <translation>Rijen overslaan</translation>
    </message>
    <message numerus="yes">
        <source>Skipping %Ln row(s)…</source>
        <translation>
            <numerusform>%Ln rij wordt overgeslagen…</numerusform>
            <numerusform>%Ln rijen worden overgeslagen…</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row skipped: not sent, and listed under “Skipped” until its ERP row changes.</source>
        <translation>1 rij overgeslagen: niet verzonden, en vermeld onder “Overgeslagen” tot de ERP-rij wijzigt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows skipped: not sent, and listed under “Skipped” until their ERP row changes.</source>
        <translation>
            <numerusform>%Ln rij overgeslagen: niet verzonden, en vermeld onder “Overgeslagen” tot de ERP-rij wijzigt.</numerusform>
            <numerusform>%Ln rijen overgeslagen: niet verzonden, en vermeld onder “Overgeslagen” tot hun ERP-rij wijzigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Terughalen</translation>
    </message>
    <message>
        <source>Bringing rows back</source>
        <translation>Rijen terughalen</translation>
    </message>
    <message numerus="yes">
        <source>Bringing back %Ln row(s)…</source>
        <translation>
            <numerusform>%Ln rij wordt teruggehaald…</numerusform>
            <numerusform>%Ln rijen worden teruggehaald…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) brought back: pending again.</source>
        <translation>
            <numerusform>%Ln rij teruggehaald: wacht weer.</numerusform>
            <numerusform>%Ln rijen teruggehaald: wachten weer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bring back %Ln row(s)</source>
        <translation>
            <numerusform>%Ln rij terughalen</numerusform>
            <numerusform>%Ln rijen terughalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skip %Ln row(s)</source>
        <translation>
            <numerusform>%Ln rij overslaan</numerusform>
            <numerusform>%Ln rijen overslaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip the unchecked rows ({0})</source>
        <translation>De niet-aangevinkte rijen overslaan ({0})</translation>
    </message>
    <message>
        <source>1 row unchecked (it stays pending)</source>
        <translation>1 rij niet aangevinkt (blijft wachten)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows unchecked (they stay pending)</source>
        <translation>
            <numerusform>%Ln rij niet aangevinkt (blijft wachten)</numerusform>
            <numerusform>%Ln rijen niet aangevinkt (blijven wachten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing to Odyssee</source>
        <translation>Verzenden naar Odyssee</translation>
    </message>
    <message numerus="yes">
        <source>Pushing %Ln change(s) to Odyssee…</source>
        <translation>
            <numerusform>%Ln wijziging wordt naar Odyssee verzonden…</numerusform>
            <numerusform>%Ln wijzigingen worden naar Odyssee verzonden…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln gedaan</numerusform>
            <numerusform>%Ln gedaan</numerusform>
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
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln niet verzonden</numerusform>
            <numerusform>%Ln niet verzonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchecked, still pending</source>
        <translation>
            <numerusform>%Ln niet aangevinkt, wacht nog</numerusform>
            <numerusform>%Ln niet aangevinkt, wachten nog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid, not sent</source>
        <translation>
            <numerusform>%Ln ongeldig, niet verzonden</numerusform>
            <numerusform>%Ln ongeldig, niet verzonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Push cancelled: {0}. The rest was not sent.</source>
        <translation>Verzending geannuleerd: {0}. De rest werd niet verzonden.</translation>
    </message>
    <message numerus="yes">
        <source>Pushed to Odyssee: {0} (%Ln request(s)).</source>
        <translation>
            <numerusform>Naar Odyssee verzonden: {0} (%Ln verzoek).</numerusform>
            <numerusform>Naar Odyssee verzonden: {0} (%Ln verzoeken).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushed with problems: {0}. The rows in red say why.</source>
        <translation>Verzonden met problemen: {0}. De rode rijen zeggen waarom.</translation>
    </message>
    <message>
        <source>No skipped rows: every ERP change is pending or pushed.</source>
        <translation>Geen overgeslagen rijen: elke ERP-wijziging wacht of is verzonden.</translation>
    </message>
    <message>
        <source>Nothing to review: Odyssee has every ERP change.</source>
        <translation>Niets na te kijken: Odyssee heeft elke ERP-wijziging.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped (see “Skipped”).</source>
        <translation>
            <numerusform>%Ln rij overgeslagen (zie “Overgeslagen”).</numerusform>
            <numerusform>%Ln rijen overgeslagen (zie “Overgeslagen”).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 ERP row is already in Odyssee with the same values: pushing only records which record is theirs (untick “Changes only” to see them).</source>
        <translation>1 ERP-rij staat al in Odyssee met dezelfde waarden: verzenden legt alleen vast welk record erbij hoort (vink “Alleen wijzigingen” uit om ze te zien).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ERP rows are already in Odyssee with the same values: pushing only records which record is theirs (untick “Changes only” to see them).</source>
        <translation>
            <numerusform>%Ln ERP-rij staat al in Odyssee met dezelfde waarden: verzenden legt alleen vast welk record erbij hoort (vink “Alleen wijzigingen” uit om ze te zien).</numerusform>
            <numerusform>%Ln ERP-rijen staan al in Odyssee met dezelfde waarden: verzenden legt alleen vast welk record bij elke rij hoort (vink “Alleen wijzigingen” uit om ze te zien).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row is unchanged since the last push.</source>
        <translation>1 rij is ongewijzigd sinds de laatste verzending.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows are unchanged since the last push.</source>
        <translation>
            <numerusform>%Ln rij is ongewijzigd sinds de laatste verzending.</numerusform>
            <numerusform>%Ln rijen zijn ongewijzigd sinds de laatste verzending.</numerusform>
        </translation>
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
    <name>SendConfirmation</name>
    <message>
        <source>{0} at {1}</source>
        <translation>{0} op {1}</translation>
    </message>
    <message>
        <source>Tenant: &lt;b&gt;{0}&lt;/b&gt; (profile “{1}”)</source>
        <translation>Omgeving: &lt;b&gt;{0}&lt;/b&gt; (profiel “{1}”)</translation>
    </message>
    <message>
        <source>PRODUCTION — the tenant your technicians work in: they see these changes at once.</source>
        <translation>PRODUCTIE — de omgeving waarin uw technici werken: zij zien deze wijzigingen meteen.</translation>
    </message>
    <message>
        <source>Not marked as production (a test or training tenant).</source>
        <translation>Niet gemarkeerd als productie (een test- of opleidingsomgeving).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Profile name</source>
        <translation>Profielnaam</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Aanmelden met</translation>
    </message>
    <message>
        <source>ERP database</source>
        <translation>ERP-database</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>Mappingbestand</translation>
    </message>
    <message>
        <source>Export completed work to</source>
        <translation>Afgerond werk naar</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Downloadmap</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>Bestandsnamen</translation>
    </message>
    <message>
        <source>New PDFs: check every</source>
        <translation>Nieuwe pdf&apos;s: controleren elke</translation>
    </message>
    <message>
        <source>Completed work: check every</source>
        <translation>Afgerond werk: controleren elke</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-bundel</translation>
    </message>
    <message>
        <source>Export completed work automatically when polling</source>
        <translation>Afgerond werk automatisch exporteren</translation>
    </message>
    <message>
        <source>Download new PDFs automatically when polling</source>
        <translation>Nieuwe pdf&apos;s automatisch downloaden</translation>
    </message>
    <message>
        <source>Outbox file format</source>
        <translation>Outbox-bestandsformaat</translation>
    </message>
    <message>
        <source>State database</source>
        <translation>Statusdatabase</translation>
    </message>
    <message>
        <source>Requests at once, at most</source>
        <translation>Max. verzoeken tegelijk</translation>
    </message>
    <message>
        <source>Production tenant</source>
        <translation>Productieomgeving</translation>
    </message>
    <message>
        <source>Run on its own</source>
        <translation>Automatisch uitvoeren</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Verkeerde gebruikersnaam of wachtwoord</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Onbereikbaar</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Beveiligde verbinding mislukt</translation>
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
        <source>Odyssee refused this password: check it, the user name and the domain.</source>
        <translation>Odyssee weigerde dit wachtwoord: controleer het, en ook de gebruikersnaam en het domein.</translation>
    </message>
    <message>
        <source>Nothing answered at this address: check it, and that this computer can reach it.</source>
        <translation>Niets antwoordde op dit adres: controleer het, en of deze computer het kan bereiken.</translation>
    </message>
    <message>
        <source>The secure connection failed: behind a company proxy, give its CA bundle here.</source>
        <translation>De beveiligde verbinding mislukte: achter een bedrijfsproxy geeft u hier de CA-bundel op.</translation>
    </message>
    <message>
        <source>This is not the address of an Odyssee API: it usually ends in /api.</source>
        <translation>Dit is niet het adres van een Odyssee-API: dat eindigt meestal op /api.</translation>
    </message>
    <message>
        <source>Something answered at this address, but not as Odyssee does.</source>
        <translation>Er antwoordde iets op dit adres, maar niet zoals Odyssee.</translation>
    </message>
    <message>
        <source>Odyssee refused this API key: check it, the user name and the domain.</source>
        <translation>Odyssee weigerde deze API-sleutel: controleer ze, en ook de gebruikersnaam en het domein.</translation>
    </message>
    <message>
        <source>Type the password first: none is saved for this profile.</source>
        <translation>Typ eerst het wachtwoord: voor dit profiel is er geen opgeslagen.</translation>
    </message>
    <message>
        <source>Type the API key first: none is saved for this profile.</source>
        <translation>Typ eerst de API-sleutel: voor dit profiel is er geen opgeslagen.</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <source>In minutes: type 5, or 2.5 or &quot;2 min 30 s&quot; for part of a minute.</source>
        <translation>In minuten: typ 5, of 2.5 of “2 min 30 s” voor een deel van een minuut.</translation>
    </message>
    <message>
        <source>No profile yet: “New profile” sets up the connection to Odyssee and your ERP.</source>
        <translation>Nog geen profiel: “Nieuw profiel” stelt de verbinding met Odyssee en uw ERP in.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <source>Open this profile</source>
        <translation>Dit profiel openen</translation>
    </message>
    <message>
        <source>Work with this profile in this window</source>
        <translation>Met dit profiel werken in dit venster</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Applies the next time the window opens.</source>
        <translation>Geldt vanaf de volgende keer dat het venster opent.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>bv. Productie</translation>
    </message>
    <message>
        <source>the domain you sign in to Odyssee with</source>
        <translation>het domein waarmee u zich bij Odyssee aanmeldt</translation>
    </message>
    <message>
        <source>e.g. APIUser</source>
        <translation>bv. APIUser</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Pasted Authorization header (API key)</source>
        <translation>Geplakte Authorization-header (API-sleutel)</translation>
    </message>
    <message>
        <source>Production tenant (real customers and technicians)</source>
        <translation>Productieomgeving (echte klanten en technici)</translation>
    </message>
    <message>
        <source>sqlite:///C:/ERP/erp.db  or  postgresql://user@host/erp</source>
        <translation>sqlite:///C:/ERP/erp.db  of  postgresql://user@host/erp</translation>
    </message>
    <message>
        <source>only when the address names a user</source>
        <translation>alleen als het adres een gebruiker noemt</translation>
    </message>
    <message>
        <source>the built-in default mapping</source>
        <translation>de ingebouwde standaardmapping</translation>
    </message>
    <message>
        <source>the ERP database&apos;s staging tables, a folder or https://…</source>
        <translation>de tussentabellen van de ERP-database, een map of https://…</translation>
    </message>
    <message>
        <source>a folder for job approval PDFs</source>
        <translation>een map voor werkbon-pdf&apos;s</translation>
    </message>
    <message>
        <source>The program finds how many requests Odyssee takes at once by itself, and never sends more than this. Lower it if your Odyssee or its proxy is shared with other programs.</source>
        <translation>Het programma zoekt zelf uit hoeveel verzoeken Odyssee tegelijk aankan, en stuurt er nooit meer dan dit. Verlaag het als uw Odyssee of de proxy ervan gedeeld wordt met andere programma&apos;s.</translation>
    </message>
    <message>
        <source>only for company proxies with their own certificates</source>
        <translation>alleen voor bedrijfsproxy&apos;s met eigen certificaten</translation>
    </message>
    <message>
        <source>Without it, the background check only counts the approvals ready for the ERP; you export them from the Work page.</source>
        <translation>Zonder dit telt de controle op de achtergrond alleen de werkbonnen die klaar zijn voor het ERP; u exporteert ze vanaf de pagina Afgerond werk.</translation>
    </message>
    <message>
        <source>While the window or its tray icon is open, new job approval PDFs are saved in the download folder without you pressing Download. Off until you turn it on.</source>
        <translation>Zolang het venster of het pictogram in het systeemvak open is, worden nieuwe werkbon-pdf&apos;s in de downloadmap opgeslagen zonder dat u op Downloaden drukt. Uit tot u het inschakelt.</translation>
    </message>
    <message>
        <source>ERP password</source>
        <translation>ERP-wachtwoord</translation>
    </message>
    <message>
        <source>Used only when completed work goes to a folder (the outbox), not to a database.</source>
        <translation>Alleen gebruikt als afgerond werk naar een map gaat (de outbox), niet naar een database.</translation>
    </message>
    <message>
        <source>empty: this computer only</source>
        <translation>leeg: alleen deze computer</translation>
    </message>
    <message>
        <source>A database the whole office shares for what was pushed, exported and downloaded, and for who is at work: e.g. postgresql+psycopg://sync@erp-db/erp?schema=odyssee_sync. Every workstation of this tenant and ERP gives the same address.</source>
        <translation>Een database die het hele kantoor deelt voor wat verzonden, geëxporteerd en gedownload is, en voor wie aan het werk is: bv. postgresql+psycopg://sync@erp-db/erp?schema=odyssee_sync. Elk werkstation van deze omgeving en dit ERP geeft hetzelfde adres op.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Open the state database with these settings and say who is at work</source>
        <translation>De statusdatabase met deze instellingen openen en zeggen wie aan het werk is</translation>
    </message>
    <message>
        <source>Shared with the office</source>
        <translation>Gedeeld met het kantoor</translation>
    </message>
    <message>
        <source>State password</source>
        <translation>Wachtwoord van de status</translation>
    </message>
    <message>
        <source>With a shared state, several workstations and a scheduled task work as one: each record is created once, each approval exported once, each PDF filed once, and everyone sees who is at work. To move this computer&apos;s history there, run odyssee-sync state migrate --to ADDRESS.</source>
        <translation>Met een gedeelde status werken meerdere werkstations en een geplande taak als één: elk record wordt één keer aangemaakt, elke werkbon één keer geëxporteerd, elke PDF één keer opgeslagen, en iedereen ziet wie aan het werk is. Om de geschiedenis van deze computer daarheen te verplaatsen, voert u odyssee-sync state migrate --to ADRES uit.</translation>
    </message>
    <message>
        <source>Job approval PDFs and polling</source>
        <translation>Werkbon-pdf&apos;s en controles</translation>
    </message>
    <message>
        <source>Placeholders such as {job_reference} and {file_name}; a / makes a sub-folder.</source>
        <translation>Plaatshouders zoals {job_reference} en {file_name}; een / maakt een submap.</translation>
    </message>
    <message>
        <source>Run on its own, every</source>
        <translation>Automatisch uitvoeren, elke</translation>
    </message>
    <message>
        <source>Each round exports completed work and downloads new PDFs. The operating system&apos;s scheduler starts it, also when this window is closed (and with no one logged in, where the computer allows it).</source>
        <translation>Elke ronde exporteert afgerond werk en downloadt nieuwe pdf&apos;s. De planner van het besturingssysteem start ze, ook als dit venster gesloten is (en zonder dat iemand is aangemeld, waar de computer dat toelaat).</translation>
    </message>
    <message>
        <source>Run automatically</source>
        <translation>Automatisch uitvoeren</translation>
    </message>
    <message>
        <source>Not in the demo: its Odyssee runs only while this window is open.</source>
        <translation>Niet in de demo: de Odyssee daarvan draait alleen zolang dit venster open is.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Toch opslaan</translation>
    </message>
    <message>
        <source>Save these settings although the connection test failed</source>
        <translation>Deze instellingen opslaan, hoewel de verbindingstest mislukte</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Test the connection, then save the profile</source>
        <translation>De verbinding testen en dan het profiel opslaan</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Kies een map</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Kies een bestand</translation>
    </message>
    <message>
        <source>Welcome. Set up the connection to your Odyssee tenant: its address, your domain, user name and password (kept in the system keyring, never in a file).</source>
        <translation>Welkom. Stel de verbinding met uw Odyssee-omgeving in: het adres, uw domein, gebruikersnaam en wachtwoord (bewaard in de wachtwoordkluis van het systeem, nooit in een bestand).</translation>
    </message>
    <message>
        <source>Save your changes to the profile &quot;{0}&quot;?</source>
        <translation>Uw wijzigingen aan het profiel “{0}” opslaan?</translation>
    </message>
    <message>
        <source>Save the new profile &quot;{0}&quot;?</source>
        <translation>Het nieuwe profiel “{0}” opslaan?</translation>
    </message>
    <message>
        <source>Save the new profile?</source>
        <translation>Het nieuwe profiel opslaan?</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Niet-opgeslagen instellingen</translation>
    </message>
    <message>
        <source>Changed, not saved yet: {0}.

Save tests the connection first, then saves; Discard forgets the changes.</source>
        <translation>Gewijzigd, nog niet opgeslagen: {0}.

Opslaan test eerst de verbinding en slaat dan op; Verwerpen vergeet de wijzigingen.</translation>
    </message>
    <message>
        <source>Reading the profiles</source>
        <translation>De profielen lezen</translation>
    </message>
    <message>
        <source>{0}  (open)</source>
        <translation>{0}  (open)</translation>
    </message>
    <message>
        <source>Saving the language</source>
        <translation>De taal opslaan</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is open in this window: open another profile first, then delete this one.</source>
        <translation>“{0}” is geopend in dit venster: open eerst een ander profiel en verwijder dan dit.</translation>
    </message>
    <message>
        <source>Delete the selected profile and its saved passwords</source>
        <translation>Het geselecteerde profiel en de opgeslagen wachtwoorden ervan verwijderen</translation>
    </message>
    <message>
        <source>The keyring keeps the password under this name.</source>
        <translation>De wachtwoordkluis bewaart het wachtwoord onder deze naam.</translation>
    </message>
    <message>
        <source>Set up when the profile is saved.</source>
        <translation>Wordt ingesteld wanneer het profiel wordt opgeslagen.</translation>
    </message>
    <message>
        <source>Looking for a schedule on this computer…</source>
        <translation>Zoeken naar een planning op deze computer…</translation>
    </message>
    <message>
        <source>Reading the schedule</source>
        <translation>De planning lezen</translation>
    </message>
    <message>
        <source>Looking in the keyring…</source>
        <translation>Zoeken in de wachtwoordkluis…</translation>
    </message>
    <message>
        <source>Reading the keyring</source>
        <translation>De wachtwoordkluis lezen</translation>
    </message>
    <message>
        <source>saved — type to replace</source>
        <translation>opgeslagen — typ om te vervangen</translation>
    </message>
    <message>
        <source>✖ The schedule is not changed: {0}</source>
        <translation>✖ De planning is niet gewijzigd: {0}</translation>
    </message>
    <message>
        <source>Not set up on this computer: completed work and PDFs come in while this window is open.</source>
        <translation>Niet ingesteld op deze computer: afgerond werk en pdf&apos;s komen binnen zolang dit venster open is.</translation>
    </message>
    <message>
        <source>Every {0} min. {1}</source>
        <translation>Elke {0} min. {1}</translation>
    </message>
    <message>
        <source>Set up on this computer: a round every {0} min.</source>
        <translation>Ingesteld op deze computer: een ronde elke {0} min.</translation>
    </message>
    <message>
        <source>Completed work goes to: {0}.</source>
        <translation>Afgerond werk gaat naar: {0}.</translation>
    </message>
    <message>
        <source>No export target yet: completed work is not written anywhere.</source>
        <translation>Nog geen exportbestemming: afgerond werk wordt nergens geschreven.</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Waarde van de header</translation>
    </message>
    <message>
        <source>Choosing the profile</source>
        <translation>Het profiel kiezen</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is open in this window and cannot be deleted: open another profile first.</source>
        <translation>“{0}” is geopend in dit venster en kan niet worden verwijderd: open eerst een ander profiel.</translation>
    </message>
    <message>
        <source>Delete the profile &quot;{0}&quot;?

Its saved passwords (Odyssee, ERP and state database) are deleted from the system keyring, and its schedule from this computer, if it has one. Its state is kept (journal, downloads, watermarks): on this computer, or in the database the office shares.</source>
        <translation>Het profiel “{0}” verwijderen?

De opgeslagen wachtwoorden ervan (Odyssee, ERP en statusdatabase) worden uit de wachtwoordkluis van het systeem verwijderd, en de planning van deze computer, als die er is. De status blijft bewaard (logboek, downloads, bijhoudpunten): op deze computer of in de database die het kantoor deelt.</translation>
    </message>
    <message>
        <source>No system keyring is available, so there were no saved passwords to delete.</source>
        <translation>Er is geen wachtwoordkluis van het systeem beschikbaar, dus er waren geen opgeslagen wachtwoorden om te verwijderen.</translation>
    </message>
    <message>
        <source>Its saved passwords may still be in the keyring: {0}</source>
        <translation>De opgeslagen wachtwoorden staan misschien nog in de wachtwoordkluis: {0}</translation>
    </message>
    <message>
        <source>Its saved passwords are deleted from the keyring.</source>
        <translation>De opgeslagen wachtwoorden zijn uit de wachtwoordkluis verwijderd.</translation>
    </message>
    <message>
        <source>Deleting the profile</source>
        <translation>Het profiel verwijderen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Profile &quot;{0}&quot; is deleted.{1} Its local state file is kept.</source>
        <translation>Profiel “{0}” is verwijderd.{1} Het lokale statusbestand blijft bewaard.</translation>
    </message>
    <message>
        <source>A profile named &quot;{0}&quot; already exists: choose another name.</source>
        <translation>Er bestaat al een profiel met de naam “{0}”: kies een andere naam.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>De verbinding wordt getest…</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>De verbinding testen</translation>
    </message>
    <message>
        <source>✔ Connection OK. {0} {1}</source>
        <translation>✔ Verbinding OK. {0} {1}</translation>
    </message>
    <message>
        <source>Opening the state database…</source>
        <translation>De statusdatabase wordt geopend…</translation>
    </message>
    <message>
        <source>✔ State database OK ({0}, shared with the office).</source>
        <translation>✔ Statusdatabase OK ({0}, gedeeld met het kantoor).</translation>
    </message>
    <message>
        <source>✔ State database OK ({0}, on this computer only).</source>
        <translation>✔ Statusdatabase OK ({0}, alleen op deze computer).</translation>
    </message>
    <message>
        <source>Last run: {0}, {1}.</source>
        <translation>Laatste taak: {0}, {1}.</translation>
    </message>
    <message>
        <source>Nothing has run there yet.</source>
        <translation>Daar is nog niets uitgevoerd.</translation>
    </message>
    <message>
        <source>Nobody is at work now.</source>
        <translation>Niemand is nu aan het werk.</translation>
    </message>
    <message>
        <source>Testing the state database</source>
        <translation>De statusdatabase testen</translation>
    </message>
    <message>
        <source>Testing the connection before saving…</source>
        <translation>De verbinding wordt getest voor het opslaan…</translation>
    </message>
    <message>
        <source>it was not tested</source>
        <translation>ze werd niet getest</translation>
    </message>
    <message>
        <source>Not saved: the connection test was cancelled.</source>
        <translation>Niet opgeslagen: de verbindingstest werd geannuleerd.</translation>
    </message>
    <message>
        <source>Not saved: the connection test failed ({0}). Correct it and save again, or choose Save anyway.</source>
        <translation>Niet opgeslagen: de verbindingstest mislukte ({0}). Corrigeer het en sla opnieuw op, of kies Toch opslaan.</translation>
    </message>
    <message>
        <source>Not saved: the connection test failed. Correct it and save again, or choose Save anyway.</source>
        <translation>Niet opgeslagen: de verbindingstest mislukte. Corrigeer het en sla opnieuw op, of kies Toch opslaan.</translation>
    </message>
    <message>
        <source>The ERP password is in the system keyring.</source>
        <translation>Het ERP-wachtwoord staat in de wachtwoordkluis van het systeem.</translation>
    </message>
    <message>
        <source>The ERP password is kept for this session only (no keyring).</source>
        <translation>Het ERP-wachtwoord wordt alleen voor deze sessie bewaard (geen wachtwoordkluis).</translation>
    </message>
    <message>
        <source>The state database password is in the system keyring.</source>
        <translation>Het wachtwoord van de statusdatabase staat in de wachtwoordkluis van het systeem.</translation>
    </message>
    <message>
        <source>The state database password is kept for this session only (no keyring).</source>
        <translation>Het wachtwoord van de statusdatabase wordt alleen voor deze sessie bewaard (geen wachtwoordkluis).</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>Het profiel opslaan</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>The password is in the system keyring.</source>
        <translation>Het wachtwoord staat in de wachtwoordkluis van het systeem.</translation>
    </message>
    <message>
        <source>Profile &quot;{0}&quot; is saved, but its password is not: {1}</source>
        <translation>Profiel “{0}” is opgeslagen, maar het wachtwoord niet: {1}</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Alleen voor deze sessie gebruiken</translation>
    </message>
    <message>
        <source>Profile &quot;{0}&quot; is saved as you asked, but its connection test failed: {1}.</source>
        <translation>Profiel “{0}” is opgeslagen zoals gevraagd, maar de verbindingstest mislukte: {1}.</translation>
    </message>
    <message>
        <source>Profile &quot;{0}&quot; is saved.</source>
        <translation>Profiel “{0}” is opgeslagen.</translation>
    </message>
    <message>
        <source>The password of &quot;{0}&quot; is kept for this session only; you will be asked again next time.</source>
        <translation>Het wachtwoord van “{0}” wordt alleen voor deze sessie bewaard; de volgende keer wordt het opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Its model could not be read: {0}</source>
        <translation>Het model ervan kon niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>No API key saved yet: type it and save.</source>
        <translation>Nog geen API-sleutel opgeslagen: typ ze en sla op.</translation>
    </message>
    <message>
        <source>No password saved yet: type it and save.</source>
        <translation>Nog geen wachtwoord opgeslagen: typ het en sla op.</translation>
    </message>
    <message>
        <source>Kept for this session only (no keyring).</source>
        <translation>Alleen voor deze sessie bewaard (geen wachtwoordkluis).</translation>
    </message>
    <message>
        <source>Saved in the system keyring.</source>
        <translation>Opgeslagen in de wachtwoordkluis van het systeem.</translation>
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
        <translation>Nu zoeken naar nieuwe pdf&apos;s en afgerond werk</translation>
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
        <translation>De controle van de pdf&apos;s is mislukt: {0}</translation>
    </message>
    <message>
        <source>The completed work poll failed: {0}</source>
        <translation>De controle van het afgeronde werk is mislukt: {0}</translation>
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
        <translation>De laatste taken lezen</translation>
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
        <translation>Draait verder in het systeemvak en zoekt naar nieuwe pdf&apos;s. Sluit af via het menu van het pictogram.</translation>
    </message>
</context>
<context>
    <name>UndoConfirmation</name>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <source>{0} {1} → {2}</source>
        <translation>{0} {1} → {2}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more field(s)</source>
        <translation>
            <numerusform>nog %Ln veld</numerusform>
            <numerusform>nog %Ln velden</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <source>Started {0} on {1} (user {2}): {3}</source>
        <translation>Gestart op {0} vanaf {1} (gebruiker {2}): {3}</translation>
    </message>
    <message>
        <source>Started {0}: {1}</source>
        <translation>Gestart op {0}: {1}</translation>
    </message>
    <message>
        <source>Send back {0} and archive {1}</source>
        <translation>{0} terugzetten en {1} archiveren</translation>
    </message>
    <message>
        <source>Archive {0}</source>
        <translation>{0} archiveren</translation>
    </message>
    <message>
        <source>Nothing to send back</source>
        <translation>Niets terug te zetten</translation>
    </message>
    <message>
        <source>Send back {0}</source>
        <translation>{0} terugzetten</translation>
    </message>
    <message>
        <source>Undo {0} in push run {1}?</source>
        <translation>{0} in verzending nr. {1} ongedaan maken?</translation>
    </message>
    <message>
        <source>Undo push run {0}?</source>
        <translation>Verzending nr. {0} ongedaan maken?</translation>
    </message>
    <message>
        <source>Undo in Odyssee?</source>
        <translation>Ongedaan maken in Odyssee?</translation>
    </message>
    <message>
        <source>Archive it instead (1 record this push created)</source>
        <translation>In plaats daarvan archiveren (1 record dat deze verzending aanmaakte)</translation>
    </message>
    <message numerus="yes">
        <source>Archive them instead (%Ln records this push created)</source>
        <translation>
            <numerusform>In plaats daarvan archiveren (%Ln record dat deze verzending aanmaakte)</numerusform>
            <numerusform>In plaats daarvan archiveren (%Ln records die deze verzending aanmaakte)</numerusform>
        </translation>
    </message>
    <message>
        <source>An archived record stays in Odyssee but is no longer offered to technicians</source>
        <translation>Een gearchiveerd record blijft in Odyssee, maar wordt niet meer aan technici aangeboden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to send back&lt;/b&gt;: no update of this push can be undone now.</source>
        <translation>&lt;b&gt;Niets terug te zetten&lt;/b&gt;: geen enkele bijwerking van deze verzending kan nu ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>1 record gets back the values Odyssee had before the push:</source>
        <translation>1 record krijgt de waarden terug die Odyssee vóór de verzending had:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records get back the values Odyssee had before the push:</source>
        <translation>
            <numerusform>%Ln record krijgt de waarden terug die Odyssee vóór de verzending had:</numerusform>
            <numerusform>%Ln records krijgen de waarden terug die Odyssee vóór de verzending had:</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… en nog {0}</translation>
    </message>
    <message>
        <source>1 record written again since this push: kept as it is (undo the later push first).</source>
        <translation>1 record is sinds deze verzending opnieuw geschreven: het blijft zoals het is (maak eerst de latere verzending ongedaan).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records written again since this push: kept as they are (undo the later push first).</source>
        <translation>
            <numerusform>%Ln record is sinds deze verzending opnieuw geschreven: het blijft zoals het is (maak eerst de latere verzending ongedaan).</numerusform>
            <numerusform>%Ln records zijn sinds deze verzending opnieuw geschreven: ze blijven zoals ze zijn (maak eerst de latere verzending ongedaan).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln create(s) cannot be undone: Odyssee keeps every record it creates.</source>
        <translation>
            <numerusform>%Ln aangemaakt record kan niet ongedaan worden gemaakt: Odyssee houdt elk record dat het aanmaakt.</numerusform>
            <numerusform>%Ln aangemaakte records kunnen niet ongedaan worden gemaakt: Odyssee houdt elk record dat het aanmaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) already undone or archived.</source>
        <translation>
            <numerusform>%Ln record al ongedaan gemaakt of gearchiveerd.</numerusform>
            <numerusform>%Ln records al ongedaan gemaakt of gearchiveerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>A record changed in Odyssee since the push keeps its values and is reported as a conflict. The ERP is not changed: the next comparison offers these rows as updates again.</source>
        <translation>Een record dat sinds de verzending in Odyssee werd gewijzigd, houdt zijn waarden en wordt als conflict gemeld. Het ERP verandert niet: de volgende vergelijking biedt deze rijen opnieuw aan om bij te werken.</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>Completed work has nowhere to go yet: set “Export completed work to” (the ERP database or a folder) in Settings.</source>
        <translation>Afgerond werk kan nog nergens heen: stel “Afgerond werk exporteren naar” (de ERP-database of een map) in bij Instellingen.</translation>
    </message>
    <message>
        <source>Site {0}</source>
        <translation>Locatie {0}</translation>
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
        <source>(no ERP reference)</source>
        <translation>(geen ERP-referentie)</translation>
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
        <translation>Reistijd</translation>
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
        <translation>Voor deze opdracht is geen tijd geregistreerd.</translation>
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
        <translation>Er wacht geen ander afgerond werk: elke definitieve werkbon is geëxporteerd. Nieuwe werkbonnen verschijnen hier zodra technici hun opdrachten afronden.</translation>
    </message>
    <message>
        <source>No completed work is waiting: every final job approval has been exported. New ones appear here when technicians finish their jobs.</source>
        <translation>Er wacht geen afgerond werk: elke definitieve werkbon is geëxporteerd. Nieuwe werkbonnen verschijnen hier zodra technici hun opdrachten afronden.</translation>
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
            <numerusform>Elke export probeert de tegengehouden werkbon vanzelf opnieuw. Wilt u hem sneller verzenden, los dan de oorzaak op die in Odyssee (of in het ERP) staat en klik op Opnieuw proberen.</numerusform>
            <numerusform>Elke export probeert de tegengehouden werkbonnen vanzelf opnieuw. Wilt u ze sneller verzenden, los dan de oorzaak op die in Odyssee (of in het ERP) staat en klik op Opnieuw proberen.</numerusform>
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
        <source>Job #{0}</source>
        <translation>Opdracht {0}</translation>
    </message>
    <message>
        <source>Customer {0}</source>
        <translation>Klant {0}</translation>
    </message>
    <message>
        <source>site {0}</source>
        <translation>locatie {0}</translation>
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
        <translation>onderdelen {0}, arbeid {1}, {2} u werk + {3} u reistijd</translation>
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
        <translation>Odyssee heeft nu alles wat nodig is: klik op Opnieuw proberen om hem te verzenden.</translation>
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
    <name>core</name>
    <message>
        <source> (did you mean &apos;{name}&apos;?)</source>
        <translation> (bedoelt u “{name}”?)</translation>
    </message>
    <message>
        <source>$orderby: {item!r} is not &apos;field&apos;, &apos;field asc&apos; or &apos;field desc&apos;</source>
        <translation>$orderby: {item!r} heeft niet de vorm “veld”, “veld asc” of “veld desc”</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a section; put settings under a section such as [Company]</source>
        <translation>“{name}” is geen sectie; zet instellingen onder een sectie, zoals [Company]</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(standaard)</translation>
    </message>
    <message>
        <source>(the address is not a database URL)</source>
        <translation>(het adres is geen database-URL)</translation>
    </message>
    <message>
        <source>A SQLite state database has no schemas; remove ?schema= from its URL.</source>
        <translation>Een SQLite-statusdatabase heeft geen schema&apos;s; verwijder ?schema= uit de URL.</translation>
    </message>
    <message>
        <source>A profile name is needed to find its password.</source>
        <translation>Er is een profielnaam nodig om het wachtwoord te vinden.</translation>
    </message>
    <message>
        <source>A profile named &quot;{name}&quot; already exists.</source>
        <translation>Er bestaat al een profiel met de naam “{name}”.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Een profiel moet een naam hebben.</translation>
    </message>
    <message>
        <source>A single {name} value does not fit in {size} bytes and {nodes} nodes: {value!r}</source>
        <translation>Eén enkele waarde van {name} past al niet in {size} bytes en {nodes} knooppunten: {value!r}</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>An empty password cannot be saved.</source>
        <translation>Een leeg wachtwoord kan niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Cannot connect to the ERP database: {why}</source>
        <translation>Kan geen verbinding maken met de ERP-database: {why}</translation>
    </message>
    <message>
        <source>Cannot read the ERP&apos;s staging tables: {why}</source>
        <translation>De tussentabellen van het ERP kunnen niet worden gelezen: {why}</translation>
    </message>
    <message>
        <source>Cannot send this number: it {problem}</source>
        <translation>Dit getal kan niet worden verzonden: het {problem}</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {why}</source>
        <translation>Er kan niet naar {path} worden geschreven: {why}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {why}</source>
        <translation>{path} kan niet worden geschreven: {why}</translation>
    </message>
    <message>
        <source>Connected to Odyssee at {url}.</source>
        <translation>Verbonden met Odyssee op {url}.</translation>
    </message>
    <message>
        <source>Copied {total} rows of state to {where}.</source>
        <translation>Er zijn {total} rijen van de status naar {where} gekopieerd.</translation>
    </message>
    <message>
        <source>Could not connect to Odyssee at {host} within {seconds:g} seconds ({url}).</source>
        <translation>Er kon binnen {seconds:g} seconden geen verbinding worden gemaakt met Odyssee op {host} ({url}).</translation>
    </message>
    <message>
        <source>Could not connect to Odyssee at {host}: {why}</source>
        <translation>Er kon geen verbinding worden gemaakt met Odyssee op {host}: {why}</translation>
    </message>
    <message>
        <source>Could not find the server {host} (DNS): check the base URL and the network.</source>
        <translation>De server {host} is niet gevonden (DNS): controleer de basis-URL en het netwerk.</translation>
    </message>
    <message>
        <source>Could not reach Odyssee.</source>
        <translation>Odyssee kon niet worden bereikt.</translation>
    </message>
    <message>
        <source>Could not talk to Odyssee ({url}): {why}</source>
        <translation>De communicatie met Odyssee is mislukt ({url}): {why}</translation>
    </message>
    <message>
        <source>Could not tell whether Odyssee created the {label} {id}: {problem}</source>
        <translation>Er kon niet worden nagegaan of Odyssee het record van type {label} met id {id} heeft aangemaakt: {problem}</translation>
    </message>
    <message>
        <source>Downloaded {name}</source>
        <translation>Gedownload: {name}</translation>
    </message>
    <message>
        <source>ERP database</source>
        <translation>ERP-database</translation>
    </message>
    <message>
        <source>ERP database password</source>
        <translation>wachtwoord van de ERP-database</translation>
    </message>
    <message>
        <source>ERP database {database} on {host}, staging tables</source>
        <translation>ERP-database {database} op {host}, tussentabellen</translation>
    </message>
    <message>
        <source>ERP database {where}, staging tables</source>
        <translation>ERP-database {where}, tussentabellen</translation>
    </message>
    <message>
        <source>Export of completed work</source>
        <translation>Export van afgerond werk</translation>
    </message>
    <message>
        <source>Exported {label}</source>
        <translation>Geëxporteerd: {label}</translation>
    </message>
    <message>
        <source>Invalid $filter: {problem}</source>
        <translation>De waarde van $filter is ongeldig: {problem}</translation>
    </message>
    <message>
        <source>Its job has no ERP reference (reference_back_office is empty).</source>
        <translation>De bijbehorende opdracht heeft geen ERP-referentie (reference_back_office is leeg).</translation>
    </message>
    <message>
        <source>Its job {jobs_id} was not found in Odyssee.</source>
        <translation>De bijbehorende opdracht {jobs_id} is niet gevonden in Odyssee.</translation>
    </message>
    <message>
        <source>Its schedule on this computer could not be removed: {why}</source>
        <translation>De planning op deze computer kon niet worden verwijderd: {why}</translation>
    </message>
    <message>
        <source>Its schedule on this computer is removed.</source>
        <translation>De planning op deze computer is verwijderd.</translation>
    </message>
    <message>
        <source>Line {line} has no valid {field} ({value!r}).</source>
        <translation>Regel {line} heeft geen geldige waarde voor {field} ({value!r}).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>No current profile is chosen; choose one of {profiles}.</source>
        <translation>Er is geen huidig profiel gekozen; kies er een uit {profiles}.</translation>
    </message>
    <message>
        <source>No database support for &apos;{driver}&apos; is installed.</source>
        <translation>Er is geen databaseondersteuning voor “{driver}” geïnstalleerd.</translation>
    </message>
    <message>
        <source>No download folder is set for job approval PDFs.</source>
        <translation>Er is geen downloadmap ingesteld voor werkbon-pdf&apos;s.</translation>
    </message>
    <message>
        <source>No export target: set where completed work goes (export_to).</source>
        <translation>Geen exportbestemming: stel in waar afgerond werk naartoe gaat (export_to).</translation>
    </message>
    <message>
        <source>No free connection to Odyssee within {seconds:g} seconds ({url}).</source>
        <translation>Binnen {seconds:g} seconden kwam er geen verbinding met Odyssee vrij ({url}).</translation>
    </message>
    <message>
        <source>No profile is set up yet; add one first.</source>
        <translation>Er is nog geen profiel ingesteld; voeg er eerst een toe.</translation>
    </message>
    <message>
        <source>No profile named &quot;{name}&quot;. Available profiles: {profiles}.</source>
        <translation>Er is geen profiel met de naam “{name}”. Beschikbare profielen: {profiles}.</translation>
    </message>
    <message>
        <source>No profile named &quot;{name}&quot;: no profile is set up yet.</source>
        <translation>Er is geen profiel met de naam “{name}”: er is nog geen profiel ingesteld.</translation>
    </message>
    <message>
        <source>No secret is saved to sign what goes to the web service at {where}: save it with `odyssee-sync login --export`, the same secret the service has.</source>
        <translation>Er is geen geheim opgeslagen om te ondertekenen wat naar de webservice op {where} gaat: sla met `odyssee-sync login --export` hetzelfde geheim op dat de webservice heeft.</translation>
    </message>
    <message>
        <source>No system keyring is available ({reason}). The password can be used for this session only; it will not be saved.</source>
        <translation>Er is geen wachtwoordkluis van het systeem beschikbaar ({reason}). Het wachtwoord kan alleen voor deze sessie worden gebruikt; het wordt niet opgeslagen.</translation>
    </message>
    <message>
        <source>No {kind} is saved for profile {name}: {hint}</source>
        <translation>Voor profiel {name} is geen {kind} opgeslagen: {hint}</translation>
    </message>
    <message>
        <source>No {kind} is saved for profile {name}: {hint} ({why}.)</source>
        <translation>Voor profiel {name} is geen {kind} opgeslagen: {hint} ({why}.)</translation>
    </message>
    <message>
        <source>Not a date: {value!r}</source>
        <translation>Geen datum: {value!r}</translation>
    </message>
    <message>
        <source>Not a date: {value!r} (the offset must be under 24 hours, the moment in UTC between 0001-01-01 and 9999-12-31)</source>
        <translation>Geen datum: {value!r} (het tijdzoneverschil moet kleiner zijn dan 24 uur en het tijdstip in UTC moet tussen 0001-01-01 en 9999-12-31 liggen)</translation>
    </message>
    <message>
        <source>Not a number: {value}</source>
        <translation>Geen getal: {value}</translation>
    </message>
    <message>
        <source>Not a valid Odyssee id (a GUID): {value!r}</source>
        <translation>Geen geldig Odyssee-id (een GUID): {value!r}</translation>
    </message>
    <message>
        <source>Not a valid date: {value!r}</source>
        <translation>Geen geldige datum: {value!r}</translation>
    </message>
    <message>
        <source>Nothing answers at {url}: the path looks wrong (the base URL usually ends in /api).</source>
        <translation>Op {url} antwoordt niets: het pad lijkt niet te kloppen (de basis-URL eindigt meestal op /api).</translation>
    </message>
    <message>
        <source>Nothing to undo in run {run}.</source>
        <translation>Er valt niets ongedaan te maken in taak {run}.</translation>
    </message>
    <message>
        <source>OData keywords are lower case: write {keyword!r}, not {word!r}</source>
        <translation>OData-sleutelwoorden worden in kleine letters geschreven: schrijf {keyword!r}, niet {word!r}</translation>
    </message>
    <message>
        <source>Odyssee already has another {entity} with the id {guid}; the next plan gives it a new id</source>
        <translation>Odyssee heeft al een ander record van type {entity} met id {guid}; de volgende vergelijking geeft dit record een nieuw id</translation>
    </message>
    <message>
        <source>Odyssee answered with a redirect ({status}) to {location}; use that address as the base URL.</source>
        <translation>Odyssee antwoordde met een doorverwijzing ({status}) naar {location}; gebruik dat adres als basis-URL.</translation>
    </message>
    <message>
        <source>Odyssee answered with a redirect ({status}).</source>
        <translation>Odyssee antwoordde met een doorverwijzing ({status}).</translation>
    </message>
    <message>
        <source>Odyssee answered with a web page instead of data ({url}); check the base URL.</source>
        <translation>Odyssee antwoordde met een webpagina in plaats van gegevens ({url}); controleer de basis-URL.</translation>
    </message>
    <message>
        <source>Odyssee answered {status} at {url}.</source>
        <translation>Odyssee antwoordde met {status} op {url}.</translation>
    </message>
    <message>
        <source>Odyssee answered {status} at {url}: {message}</source>
        <translation>Odyssee antwoordde met {status} op {url}: {message}</translation>
    </message>
    <message>
        <source>Odyssee answered {url} with a web page, not its model; check the base URL.</source>
        <translation>Odyssee antwoordde op {url} met een webpagina, niet met het datamodel; controleer de basis-URL.</translation>
    </message>
    <message>
        <source>Odyssee at {host} refused the connection: is the address right and the server up?</source>
        <translation>Odyssee op {host} weigerde de verbinding: klopt het adres en draait de server?</translation>
    </message>
    <message>
        <source>Odyssee at {url} answers, but has no User list (404).</source>
        <translation>Odyssee op {url} antwoordt, maar heeft geen User-lijst (404).</translation>
    </message>
    <message>
        <source>Odyssee changed it since the push (modified {moment}); nothing sent back</source>
        <translation>Odyssee heeft het sinds de verzending gewijzigd (laatste wijziging {moment}); niets teruggezet</translation>
    </message>
    <message>
        <source>Odyssee could not handle the request.</source>
        <translation>Odyssee kon het verzoek niet verwerken.</translation>
    </message>
    <message>
        <source>Odyssee did not answer in time.</source>
        <translation>Odyssee antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>Odyssee did not answer within {seconds:g} seconds ({url}).</source>
        <translation>Odyssee antwoordde niet binnen {seconds:g} seconden ({url}).</translation>
    </message>
    <message>
        <source>Odyssee did not report how many {label} rows there are ({url}).</source>
        <translation>Odyssee meldde niet hoeveel records van type {label} er zijn ({url}).</translation>
    </message>
    <message>
        <source>Odyssee does not allow this request (405) at {url}.</source>
        <translation>Odyssee staat dit verzoek naar {url} niet toe (405).</translation>
    </message>
    <message>
        <source>Odyssee does not allow this request (405) at {url}: {message}</source>
        <translation>Odyssee staat dit verzoek naar {url} niet toe (405): {message}</translation>
    </message>
    <message>
        <source>Odyssee does not allow {doing} a {label} (405).</source>
        <translation>Odyssee staat het {doing} van een {label} niet toe (405).</translation>
    </message>
    <message>
        <source>Odyssee does not allow {doing} a {label} (405): {message}</source>
        <translation>Odyssee staat het {doing} van een {label} niet toe (405): {message}</translation>
    </message>
    <message>
        <source>Odyssee does not know the address {url} (404): check the base URL and the entity name.</source>
        <translation>Odyssee kent het adres {url} niet (404): controleer de basis-URL en de naam van het type.</translation>
    </message>
    <message>
        <source>Odyssee had an internal error.</source>
        <translation>Bij Odyssee is een interne fout opgetreden.</translation>
    </message>
    <message>
        <source>Odyssee had {what} ({status}) at {url}.</source>
        <translation>Odyssee meldde {what} ({status}) op {url}.</translation>
    </message>
    <message>
        <source>Odyssee had {what} ({status}) at {url}: {message}</source>
        <translation>Odyssee meldde {what} ({status}) op {url}: {message}</translation>
    </message>
    <message>
        <source>Odyssee has no entity set &apos;{name}&apos; to push to{hint}; known: {known}</source>
        <translation>Odyssee heeft geen type “{name}” om naar te verzenden{hint}; bekende types: {known}</translation>
    </message>
    <message>
        <source>Odyssee has no field &apos;{field}&apos; on {entity}{hint}</source>
        <translation>Odyssee heeft geen veld “{field}” in {entity}{hint}</translation>
    </message>
    <message>
        <source>Odyssee has no such record or address.</source>
        <translation>Odyssee kent dit record of dit adres niet.</translation>
    </message>
    <message>
        <source>Odyssee has no {label} with id {id}.</source>
        <translation>Odyssee heeft geen {label} met id {id}.</translation>
    </message>
    <message>
        <source>Odyssee has {count} {entity} records with {field} &apos;{key}&apos; ({ids}); remove the duplicates in Odyssee first</source>
        <translation>Odyssee heeft {count} records van type {entity} met {field} “{key}” ({ids}); verwijder eerst de dubbele records in Odyssee</translation>
    </message>
    <message>
        <source>Odyssee is limiting requests (429).</source>
        <translation>Odyssee beperkt het aantal verzoeken (429).</translation>
    </message>
    <message>
        <source>Odyssee is limiting requests (429); it asks to wait {seconds:g} seconds.</source>
        <translation>Odyssee beperkt het aantal verzoeken (429) en vraagt om {seconds:g} seconden te wachten.</translation>
    </message>
    <message>
        <source>Odyssee is limiting the number of requests.</source>
        <translation>Odyssee beperkt het aantal verzoeken.</translation>
    </message>
    <message>
        <source>Odyssee is unavailable ({status}) at {url}.</source>
        <translation>Odyssee is niet beschikbaar ({status}) op {url}.</translation>
    </message>
    <message>
        <source>Odyssee is unavailable ({status}) at {url}: {message}</source>
        <translation>Odyssee is niet beschikbaar ({status}) op {url}: {message}</translation>
    </message>
    <message>
        <source>Odyssee keeps sending next-page links to {label} rows already read (it seems to ignore $skip); reading stopped after {rows} rows.</source>
        <translation>Odyssee blijft links naar een volgende pagina sturen met records van type {label} die al gelezen zijn (het lijkt $skip te negeren); het lezen is gestopt na {rows} records.</translation>
    </message>
    <message>
        <source>Odyssee keeps sending {label} rows beyond the {announced} it announced (@odata.count); reading stopped after {rows} rows.</source>
        <translation>Odyssee blijft records van type {label} sturen, meer dan de {announced} die het aankondigde (@odata.count); het lezen is gestopt na {rows} records.</translation>
    </message>
    <message>
        <source>Odyssee now has {count} {entity} records with {field} &apos;{key}&apos;; remove the duplicates in Odyssee first</source>
        <translation>Odyssee heeft nu {count} records van type {entity} met {field} “{key}”; verwijder eerst de dubbele records in Odyssee</translation>
    </message>
    <message>
        <source>Odyssee refused access (403) to {url}: the API user may not use this data.</source>
        <translation>Odyssee weigerde de toegang (403) tot {url}: de API-gebruiker mag deze gegevens niet gebruiken.</translation>
    </message>
    <message>
        <source>Odyssee refused the credentials (401) for {url}: check the user name, password and domain, or the API key.</source>
        <translation>Odyssee weigerde de aanmeldgegevens (401) voor {url}: controleer de gebruikersnaam, het wachtwoord en het domein, of de API-sleutel.</translation>
    </message>
    <message>
        <source>Odyssee refused the credentials.</source>
        <translation>Odyssee weigerde de aanmeldgegevens.</translation>
    </message>
    <message>
        <source>Odyssee refused the query as too large.</source>
        <translation>Odyssee weigerde de query omdat die te groot is.</translation>
    </message>
    <message>
        <source>Odyssee refused the request because its address is too long ({status}): {url}…</source>
        <translation>Odyssee weigerde het verzoek omdat het adres te lang is ({status}): {url}…</translation>
    </message>
    <message>
        <source>Odyssee refused the sign-in, so nothing was compared: {error}</source>
        <translation>Odyssee weigerde de aanmelding, dus er is niets vergeleken: {error}</translation>
    </message>
    <message>
        <source>Odyssee rejected the query ({status}).</source>
        <translation>Odyssee wees de query af ({status}).</translation>
    </message>
    <message>
        <source>Odyssee rejected the query as too large.</source>
        <translation>Odyssee wees de query af omdat die te groot is.</translation>
    </message>
    <message>
        <source>Odyssee rejected the query as too large: {reason}</source>
        <translation>Odyssee wees de query af omdat die te groot is: {reason}</translation>
    </message>
    <message>
        <source>Odyssee rejected the query: {reason}</source>
        <translation>Odyssee wees de query af: {reason}</translation>
    </message>
    <message>
        <source>Odyssee rejected the values.</source>
        <translation>Odyssee wees de waarden af.</translation>
    </message>
    <message>
        <source>Odyssee rejected the {label} ({status}).</source>
        <translation>Odyssee wees het record van type {label} af ({status}).</translation>
    </message>
    <message>
        <source>Odyssee rejected the {label}: {reason}</source>
        <translation>Odyssee wees het record van type {label} af: {reason}</translation>
    </message>
    <message>
        <source>Odyssee reported a conflict for the {label} (409) at {url}.</source>
        <translation>Odyssee meldde een conflict voor het record van type {label} (409) op {url}.</translation>
    </message>
    <message>
        <source>Odyssee reported a conflict for the {label}: {reason}</source>
        <translation>Odyssee meldde een conflict voor het record van type {label}: {reason}</translation>
    </message>
    <message>
        <source>Odyssee reported a conflict with the record&apos;s current state.</source>
        <translation>Odyssee meldde een conflict met de huidige toestand van het record.</translation>
    </message>
    <message>
        <source>Odyssee requires a {target} on every {entity}: map {field} to the ERP column holding its key</source>
        <translation>Odyssee vereist bij elk record van type {entity} een {target}: koppel {field} aan de ERP-kolom met de sleutel daarvan</translation>
    </message>
    <message>
        <source>Odyssee requires {field} on {entity}: map it under [{entity}.fields]</source>
        <translation>Odyssee vereist {field} bij {entity}: neem het op onder [{entity}.fields]</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer could not be decoded ({url}).</source>
        <translation>Het antwoord van Odyssee kon niet worden gedecodeerd ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer is larger than the assistant accepts.</source>
        <translation>Het antwoord van Odyssee is groter dan dit programma accepteert.</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer is larger than {size}, more than the assistant reads at once; it stopped reading ({url}).</source>
        <translation>Het antwoord van Odyssee is groter dan {size}, meer dan dit programma in één keer leest; het lezen is gestopt ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer is not a list of {label} rows ({url}).</source>
        <translation>Het antwoord van Odyssee is geen lijst met records van type {label} ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer is not a {label} record ({url}).</source>
        <translation>Het antwoord van Odyssee is geen record van type {label} ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer is not valid JSON ({url}): {excerpt}</source>
        <translation>Het antwoord van Odyssee is geen geldige JSON ({url}): {excerpt}</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer took more than {seconds:g} seconds in all; it was stopped ({url}).</source>
        <translation>Het antwoord van Odyssee duurde in totaal meer dan {seconds:g} seconden; het is afgebroken ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer took too long in all.</source>
        <translation>Het antwoord van Odyssee duurde in totaal te lang.</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer was not what the assistant expected.</source>
        <translation>Het antwoord van Odyssee was niet wat dit programma verwachtte.</translation>
    </message>
    <message>
        <source>Odyssee&apos;s file answer carries no content ({url}).</source>
        <translation>Het antwoord van Odyssee bevat geen bestandsinhoud ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s file answer is not valid JSON ({url}).</source>
        <translation>Het antwoord van Odyssee met het bestand is geen geldige JSON ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s file content is not valid Base64 ({url}).</source>
        <translation>De bestandsinhoud van Odyssee is geen geldige Base64 ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s file {id} does not start with {expected!r} as it should, so it is not what it claims to be; it was not kept.</source>
        <translation>Bestand {id} van Odyssee begint niet met {expected!r}, zoals het hoort, dus het is niet wat het beweert te zijn; het is niet bewaard.</translation>
    </message>
    <message>
        <source>Odyssee&apos;s file {id} has no content (DbFile.file_content is missing).</source>
        <translation>Bestand {id} van Odyssee heeft geen inhoud (DbFile.file_content ontbreekt).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s file {id} is larger than {size}, the most the profile accepts; it was not kept.</source>
        <translation>Bestand {id} van Odyssee is groter dan {size}, het maximum dat het profiel toestaat; het is niet bewaard.</translation>
    </message>
    <message>
        <source>Odyssee&apos;s next-page link is not a valid address: {link}</source>
        <translation>De link van Odyssee naar de volgende pagina is geen geldig adres: {link}</translation>
    </message>
    <message>
        <source>Odyssee&apos;s next-page link is not text ({url}).</source>
        <translation>De link van Odyssee naar de volgende pagina is geen tekst ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s next-page link points to another server ({host}); it was not followed, so your credentials stay with Odyssee.</source>
        <translation>De link van Odyssee naar de volgende pagina verwijst naar een andere server ({host}); die link is niet gevolgd, zodat uw aanmeldgegevens bij Odyssee blijven.</translation>
    </message>
    <message>
        <source>Odyssee&apos;s next-page link points to another server.</source>
        <translation>De link van Odyssee naar de volgende pagina verwijst naar een andere server.</translation>
    </message>
    <message>
        <source>Odyssee&apos;s next-page link repeats a page already read ({url}).</source>
        <translation>De link van Odyssee naar de volgende pagina verwijst naar een pagina die al gelezen is ({url}).</translation>
    </message>
    <message>
        <source>PDF download</source>
        <translation>Pdf-download</translation>
    </message>
    <message>
        <source>Profile &quot;{name}&quot; has no download folder; set one with `odyssee-sync profile add &quot;{name}&quot; --update --download-dir DIR`.</source>
        <translation>Profiel “{name}” heeft geen downloadmap; stel er een in met `odyssee-sync profile add &quot;{name}&quot; --update --download-dir DIR`.</translation>
    </message>
    <message>
        <source>Profile &quot;{name}&quot; has no export target; set one with `odyssee-sync profile add &quot;{name}&quot; --update --export-to URL|FOLDER`.</source>
        <translation>Profiel “{name}” heeft geen exportbestemming; stel er een in met `odyssee-sync profile add &quot;{name}&quot; --update --export-to URL|FOLDER`.</translation>
    </message>
    <message>
        <source>Profile {name} names no ERP database; set one with `odyssee-sync profile add &quot;{name}&quot; --update --erp-url URL`.</source>
        <translation>Profiel {name} noemt geen ERP-database; stel er een in met `odyssee-sync profile add &quot;{name}&quot; --update --erp-url URL`.</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Verzending</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Bezig met verzenden</translation>
    </message>
    <message>
        <source>Reading {entity} from the ERP failed: {why}</source>
        <translation>Het lezen van {entity} uit het ERP is mislukt: {why}</translation>
    </message>
    <message>
        <source>Reading {entity} keys from the ERP failed: {why}</source>
        <translation>Het lezen van de sleutels van {entity} uit het ERP is mislukt: {why}</translation>
    </message>
    <message>
        <source>Run every 1 to {maximum} minutes, not {minutes!r}.</source>
        <translation>Het interval moet tussen 1 en {maximum} minuten liggen, niet {minutes!r}.</translation>
    </message>
    <message>
        <source>Run {run} did nothing with {named}.</source>
        <translation>Taak {run} deed niets met {named}.</translation>
    </message>
    <message>
        <source>Run {run} is a run of {kind}, not a push: only a push can be undone.</source>
        <translation>Taak {run} is een taak van type “{kind}”, geen verzending: alleen een verzending kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Run {run} is an undo, and an undo is not undone: to send the ERP&apos;s values again, push (the next plan shows them).</source>
        <translation>Taak {run} maakte zelf iets ongedaan, en zo&apos;n taak wordt niet ongedaan gemaakt: start een verzending om de waarden van het ERP opnieuw te verzenden (de volgende vergelijking toont ze).</translation>
    </message>
    <message>
        <source>Task Scheduler refused the task: {problem}</source>
        <translation>Taakplanner heeft de taak geweigerd: {problem}</translation>
    </message>
    <message>
        <source>The CA bundle {path} cannot be read: {error}</source>
        <translation>De CA-bundel {path} kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>The ERP database has no table {tables}: create the staging tables first (their definition is in resources/demo_erp/schema.sql).</source>
        <translation>De ERP-database heeft geen tabel {tables}: maak eerst de tussentabellen aan (hun definitie staat in resources/demo_erp/schema.sql).</translation>
    </message>
    <message>
        <source>The ERP database refused approval {id} ({label}): {why}</source>
        <translation>De ERP-database weigerde werkbon {id} ({label}): {why}</translation>
    </message>
    <message>
        <source>The ERP database refused one of {count} approvals: {why}</source>
        <translation>De ERP-database weigerde een van de {count} werkbonnen: {why}</translation>
    </message>
    <message>
        <source>The ERP database refused the export: {why}</source>
        <translation>De ERP-database weigerde de export: {why}</translation>
    </message>
    <message>
        <source>The ERP table {table} has no column {column}.</source>
        <translation>De ERP-tabel {table} heeft geen kolom {column}.</translation>
    </message>
    <message>
        <source>The Odyssee address is not a valid http(s) URL.</source>
        <translation>Het Odyssee-adres is geen geldige http(s)-URL.</translation>
    </message>
    <message>
        <source>The Odyssee address is not usable: {url}</source>
        <translation>Het Odyssee-adres is niet bruikbaar: {url}</translation>
    </message>
    <message>
        <source>The Odyssee address must not contain a user name or password.</source>
        <translation>Het Odyssee-adres mag geen gebruikersnaam of wachtwoord bevatten.</translation>
    </message>
    <message>
        <source>The Odyssee address {address!r} has no host name.</source>
        <translation>Het Odyssee-adres {address!r} bevat geen hostnaam.</translation>
    </message>
    <message>
        <source>The Odyssee address {address!r} is not a valid URL.</source>
        <translation>Het Odyssee-adres {address!r} is geen geldige URL.</translation>
    </message>
    <message>
        <source>The Odyssee address {address!r} must not contain &apos;?&apos; or &apos;#&apos;.</source>
        <translation>Het Odyssee-adres {address!r} mag geen “?” of “#” bevatten.</translation>
    </message>
    <message>
        <source>The Odyssee address {address!r} must start with https:// (or http:// for a local server).</source>
        <translation>Het Odyssee-adres {address!r} moet beginnen met https:// (of http:// voor een lokale server).</translation>
    </message>
    <message>
        <source>The approval is no longer in Odyssee.</source>
        <translation>De werkbon staat niet meer in Odyssee.</translation>
    </message>
    <message>
        <source>The approval names no job (jobs_id is empty).</source>
        <translation>De werkbon noemt geen opdracht (jobs_id is leeg).</translation>
    </message>
    <message>
        <source>The connection to Odyssee was closed before it answered ({url}).</source>
        <translation>De verbinding met Odyssee werd verbroken voordat Odyssee antwoordde ({url}).</translation>
    </message>
    <message>
        <source>The copy to {where} is incomplete ({differences}).</source>
        <translation>De kopie naar {where} is onvolledig ({differences}).</translation>
    </message>
    <message>
        <source>The database driver for {driver} is not installed (missing module {module}); install it with pip.</source>
        <translation>Het databasestuurprogramma voor {driver} is niet geïnstalleerd (de module {module} ontbreekt); installeer het met pip.</translation>
    </message>
    <message>
        <source>The filter is empty</source>
        <translation>Het filter is leeg</translation>
    </message>
    <message>
        <source>The filter nests parentheses more than {depth} levels deep</source>
        <translation>De haakjes in het filter zijn meer dan {depth} niveaus diep genest</translation>
    </message>
    <message>
        <source>The keyring could not be read: {problem}</source>
        <translation>De wachtwoordkluis kon niet worden gelezen: {problem}</translation>
    </message>
    <message>
        <source>The keyring did not delete the password ({why}).</source>
        <translation>De wachtwoordkluis heeft het wachtwoord niet verwijderd ({why}).</translation>
    </message>
    <message>
        <source>The keyring did not give the password ({why}).</source>
        <translation>De wachtwoordkluis gaf het wachtwoord niet vrij ({why}).</translation>
    </message>
    <message>
        <source>The keyring did not save the password ({why}).</source>
        <translation>De wachtwoordkluis heeft het wachtwoord niet opgeslagen ({why}).</translation>
    </message>
    <message>
        <source>The list after &apos;in&apos; may hold values only</source>
        <translation>De lijst na “in” mag alleen waarden bevatten</translation>
    </message>
    <message>
        <source>The mapping has no section [{name}]; it maps {sections}.</source>
        <translation>De mapping heeft geen sectie [{name}]; ze bevat {sections}.</translation>
    </message>
    <message>
        <source>The naming template is empty; the default is {default}</source>
        <translation>Het sjabloon voor bestandsnamen is leeg; de standaard is {default}</translation>
    </message>
    <message>
        <source>The naming template needs {{file_name}} or {{approval_id}}, or every PDF gets the same name.</source>
        <translation>Het sjabloon voor bestandsnamen heeft {{file_name}} of {{approval_id}} nodig, anders krijgt elke pdf dezelfde naam.</translation>
    </message>
    <message>
        <source>The naming template uses {{{name}}}; the placeholders are {placeholders}</source>
        <translation>Het sjabloon voor bestandsnamen gebruikt {{{name}}}; de beschikbare plaatshouders zijn {placeholders}</translation>
    </message>
    <message>
        <source>The naming template {template!r} is not valid: {error}</source>
        <translation>Het sjabloon voor bestandsnamen {template!r} is ongeldig: {error}</translation>
    </message>
    <message>
        <source>The number {number} {problem}</source>
        <translation>Het getal {number} {problem}</translation>
    </message>
    <message>
        <source>The pasted value does not hold &quot;user:password@domain&quot;; copy the header value from the Odyssee portal again.</source>
        <translation>De geplakte waarde bevat geen “gebruiker:wachtwoord@domein”; kopieer de waarde van de header opnieuw uit het Odyssee-portaal.</translation>
    </message>
    <message>
        <source>The pasted value is empty; paste the whole Authorization value.</source>
        <translation>De geplakte waarde is leeg; plak de volledige Authorization-waarde.</translation>
    </message>
    <message>
        <source>The pasted value is not a Basic Authorization value (expected &quot;Basic &quot; followed by Base64 text).</source>
        <translation>De geplakte waarde is geen Basic-Authorization-waarde (verwacht: “Basic ” gevolgd door Base64-tekst).</translation>
    </message>
    <message>
        <source>The pasted value is not valid Base64 text.</source>
        <translation>De geplakte waarde is geen geldige Base64-tekst.</translation>
    </message>
    <message>
        <source>The pasted value uses the &quot;{scheme}&quot; scheme; Odyssee needs a &quot;Basic&quot; value.</source>
        <translation>De geplakte waarde gebruikt het schema “{scheme}”; Odyssee heeft een “Basic”-waarde nodig.</translation>
    </message>
    <message>
        <source>The profile name is too long ({length} characters; at most {maximum}).</source>
        <translation>De profielnaam is te lang ({length} tekens; maximaal {maximum}).</translation>
    </message>
    <message>
        <source>The profile name {name} contains control characters.</source>
        <translation>De profielnaam {name} bevat stuurtekens.</translation>
    </message>
    <message>
        <source>The query is {size} bytes long; Odyssee accepts at most {limit}. Split long &apos;or&apos; chains with Query.split_in.</source>
        <translation>De query is {size} bytes lang; Odyssee accepteert er maximaal {limit}. Splits lange “or”-ketens met Query.split_in.</translation>
    </message>
    <message>
        <source>The query option {option} is not supported</source>
        <translation>De queryoptie {option} wordt niet ondersteund</translation>
    </message>
    <message>
        <source>The schedule could not be written in {folder}: {why}.</source>
        <translation>De planning kon niet worden geschreven in {folder}: {why}.</translation>
    </message>
    <message>
        <source>The schema name {schema!r} is not valid: use letters, digits and _.</source>
        <translation>De schemanaam {schema!r} is ongeldig: gebruik letters, cijfers en _.</translation>
    </message>
    <message>
        <source>The secret file {path} belongs to another user; it must be this user&apos;s own.</source>
        <translation>Het geheimbestand {path} is van een andere gebruiker; het moet van deze gebruiker zelf zijn.</translation>
    </message>
    <message>
        <source>The secret file {path} can be read by other users (mode {mode}); make it readable by its owner only: chmod 600 {path}</source>
        <translation>Het geheimbestand {path} is leesbaar voor andere gebruikers (modus {mode}); maak het alleen leesbaar voor de eigenaar: chmod 600 {path}</translation>
    </message>
    <message>
        <source>The secret file {path} cannot be read: {why}.</source>
        <translation>Het geheimbestand {path} kan niet worden gelezen: {why}.</translation>
    </message>
    <message>
        <source>The secret file {path} is empty.</source>
        <translation>Het geheimbestand {path} is leeg.</translation>
    </message>
    <message>
        <source>The secret stored for profile {name} is not usable: {problem}</source>
        <translation>Het geheim dat voor profiel {name} is opgeslagen, is onbruikbaar: {problem}</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to Odyssee could not be set up.</source>
        <translation>De beveiligde verbinding (TLS) met Odyssee kon niet tot stand worden gebracht.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: {reason}. If your company uses its own certificates, set a CA bundle in the profile.</source>
        <translation>De beveiligde verbinding met {host} mislukte: {reason}. Als uw bedrijf eigen certificaten gebruikt, stel dan een CA-bundel in het profiel in.</translation>
    </message>
    <message>
        <source>The server has a field {name} ({theirs}) that this version does not know.</source>
        <translation>De server heeft een veld {name} ({theirs}) dat deze versie niet kent.</translation>
    </message>
    <message>
        <source>The server has an entity set {entity} that this version does not know.</source>
        <translation>De server heeft een type {entity} dat deze versie niet kent.</translation>
    </message>
    <message>
        <source>The server has no entity set {entity}, which your mapping sends rows to (and {more} more: odyssee-sync check --schema lists them).</source>
        <translation>De server heeft geen type {entity}, maar uw mapping verzendt er wel rijen naar (en nog {more} andere: odyssee-sync check --schema somt ze op).</translation>
    </message>
    <message>
        <source>The server has no entity set {entity}, which your mapping sends rows to.</source>
        <translation>De server heeft geen type {entity}, maar uw mapping verzendt er wel rijen naar.</translation>
    </message>
    <message>
        <source>The server has no entity set {entity}.</source>
        <translation>De server heeft geen type {entity}.</translation>
    </message>
    <message>
        <source>The server has no field {name}, which the push reads (and {more} more: odyssee-sync check --schema lists them).</source>
        <translation>De server heeft geen veld {name}, maar de verzending leest het wel (en nog {more} andere: odyssee-sync check --schema somt ze op).</translation>
    </message>
    <message>
        <source>The server has no field {name}, which the push reads.</source>
        <translation>De server heeft geen veld {name}, maar de verzending leest het wel.</translation>
    </message>
    <message>
        <source>The server has no field {name}, which your mapping sends (and {more} more: odyssee-sync check --schema lists them).</source>
        <translation>De server heeft geen veld {name}, maar uw mapping verzendt het wel (en nog {more} andere: odyssee-sync check --schema somt ze op).</translation>
    </message>
    <message>
        <source>The server has no field {name}, which your mapping sends.</source>
        <translation>De server heeft geen veld {name}, maar uw mapping verzendt het wel.</translation>
    </message>
    <message>
        <source>The server has no field {name}.</source>
        <translation>De server heeft geen veld {name}.</translation>
    </message>
    <message>
        <source>The server&apos;s $metadata declares a DOCTYPE or entities, which CSDL never does.</source>
        <translation>De $metadata van de server declareert een DOCTYPE of entiteiten, wat CSDL nooit doet.</translation>
    </message>
    <message>
        <source>The server&apos;s $metadata is not XML ({error}).</source>
        <translation>De $metadata van de server is geen XML ({error}).</translation>
    </message>
    <message>
        <source>The server&apos;s $metadata lists no entity sets: it is not an OData v4 CSDL document.</source>
        <translation>De $metadata van de server noemt geen enkel type: het is geen CSDL-document van OData v4.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s model differs in {n} places your mapping does not use (odyssee-sync check --schema lists them).</source>
        <translation>
            <numerusform>Het model van de server verschilt op {n} punt dat uw mapping niet gebruikt (odyssee-sync check --schema toont het).</numerusform>
            <numerusform>Het model van de server verschilt op {n} punten die uw mapping niet gebruikt (odyssee-sync check --schema somt ze op).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s model matches.</source>
        <translation>Het model van de server komt overeen.</translation>
    </message>
    <message>
        <source>The server&apos;s {name} is {theirs}, not {ours}, which the push reads (and {more} more: odyssee-sync check --schema lists them).</source>
        <translation>Op de server is {name} van het type {theirs}, niet {ours}, en de verzending leest dit veld (en nog {more} andere: odyssee-sync check --schema somt ze op).</translation>
    </message>
    <message>
        <source>The server&apos;s {name} is {theirs}, not {ours}, which the push reads.</source>
        <translation>Op de server is {name} van het type {theirs}, niet {ours}, en de verzending leest dit veld.</translation>
    </message>
    <message>
        <source>The server&apos;s {name} is {theirs}, not {ours}, which your mapping sends (and {more} more: odyssee-sync check --schema lists them).</source>
        <translation>Op de server is {name} van het type {theirs}, niet {ours}, en uw mapping verzendt dit veld (en nog {more} andere: odyssee-sync check --schema somt ze op).</translation>
    </message>
    <message>
        <source>The server&apos;s {name} is {theirs}, not {ours}, which your mapping sends.</source>
        <translation>Op de server is {name} van het type {theirs}, niet {ours}, en uw mapping verzendt dit veld.</translation>
    </message>
    <message>
        <source>The server&apos;s {name} is {theirs}, not {ours}.</source>
        <translation>Op de server is {name} van het type {theirs}, niet {ours}.</translation>
    </message>
    <message>
        <source>The state database ({where}) cannot be used: {why}.</source>
        <translation>De statusdatabase ({where}) kan niet worden gebruikt: {why}.</translation>
    </message>
    <message>
        <source>The state database ({where}) is closed.</source>
        <translation>De statusdatabase ({where}) is gesloten.</translation>
    </message>
    <message>
        <source>The state database ({where}) was written by a newer Odyssee Sync Assistant (schema revision {revision}; this one knows up to {known}). Update the program to use it.</source>
        <translation>De statusdatabase ({where}) is geschreven door een nieuwere versie van Odyssee Sync Assistant (schemaversie {revision}; deze versie kent alleen versies tot en met {known}). Werk het programma bij om deze database te gebruiken.</translation>
    </message>
    <message>
        <source>The state database already has tables named {tables} that this program did not make; give the state a database or a schema of its own (…?schema=odyssee_sync).</source>
        <translation>De statusdatabase bevat al tabellen met de naam {tables} die dit programma niet heeft gemaakt; geef de status een eigen database of een eigen schema (…?schema=odyssee_sync).</translation>
    </message>
    <message>
        <source>The state database cannot be used: {problem}</source>
        <translation>De statusdatabase kan niet worden gebruikt: {problem}</translation>
    </message>
    <message>
        <source>The state for {key} could not be created in {where}.</source>
        <translation>De status voor {key} kon niet worden aangemaakt in {where}.</translation>
    </message>
    <message>
        <source>The state on this computer changed after it was copied to {where} ({differences}). Nothing was copied: two histories are never merged; keep one of the two.</source>
        <translation>De status op deze computer is gewijzigd nadat ze naar {where} is gekopieerd ({differences}). Er is niets gekopieerd: twee geschiedenissen worden nooit samengevoegd; bewaar er één van beide.</translation>
    </message>
    <message>
        <source>The state was copied to {where} before; nothing more to copy.</source>
        <translation>De status is al eerder naar {where} gekopieerd; er is niets meer te kopiëren.</translation>
    </message>
    <message>
        <source>The states differ: {source} is not {destination}.</source>
        <translation>De statussen verschillen: {source} is niet {destination}.</translation>
    </message>
    <message>
        <source>The web service address must not hold a user or password: the secret that signs each POST is kept in the keyring (`odyssee-sync login --export`).</source>
        <translation>Het adres van de webservice mag geen gebruiker of wachtwoord bevatten: het geheim dat elke POST ondertekent, wordt bewaard in de wachtwoordkluis van het systeem (`odyssee-sync login --export`).</translation>
    </message>
    <message>
        <source>The web service address {address} is not a URL like https://host.example/path.</source>
        <translation>Het adres {address} van de webservice is geen URL zoals https://host.example/path.</translation>
    </message>
    <message>
        <source>The web service address {address} is plain http, which would send customer data unencrypted: use an https:// address (http:// is accepted only to this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation>Het adres {address} van de webservice gebruikt gewoon http, waardoor klantgegevens onversleuteld zouden worden verzonden: gebruik een https://-adres (http:// is alleen toegestaan naar deze computer zelf: localhost, 127.0.0.1 of ::1).</translation>
    </message>
    <message>
        <source>The web service at {where} answered {status} (to {where_to}: put that address in export_to), which is not a delivery.</source>
        <translation>De webservice op {where} antwoordde met {status} (naar {where_to}: zet dat adres in export_to); dat geldt niet als aflevering.</translation>
    </message>
    <message>
        <source>The web service at {where} answered {status}, which is not a delivery.</source>
        <translation>De webservice op {where} antwoordde met {status}; dat geldt niet als aflevering.</translation>
    </message>
    <message>
        <source>The web service at {where} did not take {label} after {count} attempts (the last: {problem}); the next export tries again.</source>
        <translation>De webservice op {where} heeft {label} na {count} pogingen niet aangenomen (laatste fout: {problem}); de volgende export probeert het opnieuw.</translation>
    </message>
    <message>
        <source>The web service at {where} refused approval {id} ({label}): {status}</source>
        <translation>De webservice op {where} weigerde werkbon {id} ({label}): {status}</translation>
    </message>
    <message>
        <source>The web service at {where} refused approval {id} ({label}): {status}: {said}</source>
        <translation>De webservice op {where} weigerde werkbon {id} ({label}): {status}: {said}</translation>
    </message>
    <message>
        <source>The web service at {where} refused the signature ({status}): it has another secret than the one saved for this profile; save the same one with `odyssee-sync login --export`.</source>
        <translation>De webservice op {where} weigerde de handtekening ({status}): de webservice heeft een ander geheim dan het geheim dat voor dit profiel is opgeslagen; sla hetzelfde geheim op met `odyssee-sync login --export`.</translation>
    </message>
    <message>
        <source>The web service at {where} refused the signature ({status}: {said}): it has another secret than the one saved for this profile; save the same one with `odyssee-sync login --export`.</source>
        <translation>De webservice op {where} weigerde de handtekening ({status}: {said}): de webservice heeft een ander geheim dan het geheim dat voor dit profiel is opgeslagen; sla hetzelfde geheim op met `odyssee-sync login --export`.</translation>
    </message>
    <message>
        <source>The {what} URL is not usable: {why}</source>
        <translation>De URL ({what}) is niet bruikbaar: {why}</translation>
    </message>
    <message>
        <source>The {what} URL is not valid; it should look like sqlite:///C:/ERP/erp.db or postgresql+psycopg://user@host/database.</source>
        <translation>De URL ({what}) is ongeldig; die moet eruitzien als sqlite:///C:/ERP/erp.db of postgresql+psycopg://user@host/database.</translation>
    </message>
    <message>
        <source>The {what} file {database} does not exist.</source>
        <translation>Het bestand {database} ({what}) bestaat niet.</translation>
    </message>
    <message>
        <source>There is no run {run} in this state.</source>
        <translation>Er staat geen taak {run} in deze status.</translation>
    </message>
    <message>
        <source>There is no run {run} to finish.</source>
        <translation>Er is geen taak {run} om af te ronden.</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>Bezig met ongedaan maken</translation>
    </message>
    <message>
        <source>Unexpected character {char!r}</source>
        <translation>Onverwacht teken {char!r}</translation>
    </message>
    <message>
        <source>Unexpected end of the filter: {expected}</source>
        <translation>Onverwacht einde van het filter: {expected}</translation>
    </message>
    <message>
        <source>Unexpected {token!r}: {expected}</source>
        <translation>{token!r} hoort hier niet: {expected}</translation>
    </message>
    <message>
        <source>Unknown function {name!r} (known: {known})</source>
        <translation>Onbekende functie {name!r} (bekende functies: {known})</translation>
    </message>
    <message>
        <source>Unterminated string: a closing &apos; is missing</source>
        <translation>Niet-afgesloten tekst: de afsluitende &apos; ontbreekt</translation>
    </message>
    <message>
        <source>Written, but not enabled ({problem}): run `systemctl --user enable --now {timer}` in a session of this user.</source>
        <translation>Planning geschreven, maar niet ingeschakeld ({problem}): voer `systemctl --user enable --now {timer}` uit in een sessie van deze gebruiker.</translation>
    </message>
    <message>
        <source>a gateway error</source>
        <translation>een gatewayfout</translation>
    </message>
    <message>
        <source>a gateway timeout</source>
        <translation>een gateway-time-out</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>a server error</source>
        <translation>een serverfout</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>een tabel</translation>
    </message>
    <message>
        <source>already archived (run {run}, {moment})</source>
        <translation>al gearchiveerd (taak {run}, {moment})</translation>
    </message>
    <message>
        <source>already archived in Odyssee</source>
        <translation>al gearchiveerd in Odyssee</translation>
    </message>
    <message>
        <source>already in Odyssee with these values</source>
        <translation>staat al met deze waarden in Odyssee</translation>
    </message>
    <message>
        <source>already pushed</source>
        <translation>al verzonden</translation>
    </message>
    <message>
        <source>already undone (run {run}, {moment})</source>
        <translation>al ongedaan gemaakt (taak {run}, {moment})</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>een interne fout</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>een onbekende computer</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>een onbekende gebruiker</translation>
    </message>
    <message>
        <source>appeared in Odyssee since the preview (created elsewhere) with other values; not created again. The next plan compares it.</source>
        <translation>sinds de vergelijking in Odyssee verschenen (elders aangemaakt) met andere waarden; niet opnieuw aangemaakt. De volgende vergelijking neemt het mee.</translation>
    </message>
    <message>
        <source>appeared in Odyssee since the preview, but the local state could not be saved: {error}</source>
        <translation>sinds de vergelijking in Odyssee verschenen, maar de lokale status kon niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <source>appeared in Odyssee since the preview, with these values; linked to it</source>
        <translation>sinds de vergelijking in Odyssee verschenen, met deze waarden; eraan gekoppeld</translation>
    </message>
    <message>
        <source>approval {id}</source>
        <translation>werkbon {id}</translation>
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
        <source>at an unknown time</source>
        <translation>op een onbekend tijdstip</translation>
    </message>
    <message>
        <source>at least 1 second</source>
        <translation>minstens 1 seconde</translation>
    </message>
    <message>
        <source>auth_mode &quot;password&quot; needs both a username and a domain</source>
        <translation>auth_mode “password” vereist zowel een gebruikersnaam als een domein</translation>
    </message>
    <message>
        <source>between 1 and {maximum} MB</source>
        <translation>tussen 1 en {maximum} MB</translation>
    </message>
    <message>
        <source>between 1 and {maximum} requests at once</source>
        <translation>tussen 1 en {maximum} verzoeken tegelijk</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>geannuleerd vóór de verzending</translation>
    </message>
    <message>
        <source>cancelled while it was being sent</source>
        <translation>geannuleerd tijdens de verzending</translation>
    </message>
    <message>
        <source>cannot be read ({why})</source>
        <translation>kan niet worden gelezen ({why})</translation>
    </message>
    <message>
        <source>cannot be read: {why}</source>
        <translation>kan niet worden gelezen: {why}</translation>
    </message>
    <message>
        <source>cannot be undone: Odyssee keeps every record it creates</source>
        <translation>kan niet ongedaan worden gemaakt: Odyssee houdt elk record dat het aanmaakt</translation>
    </message>
    <message>
        <source>cannot be undone: Odyssee keeps every record it creates; it can be archived instead</source>
        <translation>kan niet ongedaan worden gemaakt: Odyssee houdt elk record dat het aanmaakt; het kan wel worden gearchiveerd</translation>
    </message>
    <message>
        <source>cannot be undone: Odyssee keeps every record it creates; pushed by an earlier version, which did not journal its id</source>
        <translation>kan niet ongedaan worden gemaakt: Odyssee houdt elk record dat het aanmaakt; verzonden door een eerdere versie, die het id ervan niet in het logboek zette</translation>
    </message>
    <message>
        <source>cannot be undone: pushed by an earlier version, which did not journal when Odyssee stored it, so a later edit in Odyssee could not be told apart</source>
        <translation>kan niet ongedaan worden gemaakt: verzonden door een eerdere versie, die niet in het logboek zette wanneer Odyssee het opsloeg, zodat een latere wijziging in Odyssee er niet van te onderscheiden zou zijn</translation>
    </message>
    <message>
        <source>cannot list the ERP tables: {why}</source>
        <translation>de lijst van ERP-tabellen kan niet worden opgevraagd: {why}</translation>
    </message>
    <message>
        <source>cannot read the columns of &apos;{table}&apos;: {why}</source>
        <translation>de kolommen van “{table}” kunnen niet worden gelezen: {why}</translation>
    </message>
    <message>
        <source>changed again since the push ({action}, run {run}, {moment}); undoing this run would overwrite that</source>
        <translation>sinds de verzending opnieuw gewijzigd ({action}, taak {run}, {moment}); deze verzending ongedaan maken zou die wijziging overschrijven</translation>
    </message>
    <message>
        <source>changed in Odyssee since the preview ({fields}); not overwritten</source>
        <translation>sinds de vergelijking in Odyssee gewijzigd ({fields}); niet overschreven</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; holds {sample!r}, not a date and time</source>
        <translation>kolom “{column}” bevat {sample!r}, geen datum en tijd</translation>
    </message>
    <message>
        <source>column must be a non-empty ERP column name</source>
        <translation>column moet een niet-lege ERP-kolomnaam zijn</translation>
    </message>
    <message>
        <source>column {column} holds text that is not valid UTF-8 ({value}); correct it in the ERP</source>
        <translation>kolom {column} bevat tekst die geen geldige UTF-8 is ({value}); corrigeer dat in het ERP</translation>
    </message>
    <message>
        <source>company</source>
        <translation>bedrijf</translation>
    </message>
    <message>
        <source>comparisons cannot be chained; combine them with &apos;and&apos;</source>
        <translation>vergelijkingen kunnen niet aan elkaar worden geschakeld; combineer ze met “and”</translation>
    </message>
    <message>
        <source>constant: {error}</source>
        <translation>constant: {error}</translation>
    </message>
    <message>
        <source>could not check Odyssee for it just before the create: {error}</source>
        <translation>kon vlak voor het aanmaken niet in Odyssee worden gecontroleerd: {error}</translation>
    </message>
    <message>
        <source>could not re-read it before sending it back: {error}</source>
        <translation>kon vóór het terugzetten niet opnieuw worden gelezen: {error}</translation>
    </message>
    <message>
        <source>could not re-read it before the update: {error}</source>
        <translation>kon vóór het bijwerken niet opnieuw worden gelezen: {error}</translation>
    </message>
    <message>
        <source>created by an earlier, interrupted attempt</source>
        <translation>aangemaakt door een eerdere, onderbroken poging</translation>
    </message>
    <message>
        <source>created by an interrupted push</source>
        <translation>aangemaakt door een onderbroken verzending</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>aanmaken</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>db file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <source>delivered by an export that was interrupted before it recorded it</source>
        <translation>afgeleverd door een export die werd onderbroken voordat die het kon vastleggen</translation>
    </message>
    <message>
        <source>done in Odyssee, but the local state could not be saved: {error}</source>
        <translation>uitgevoerd in Odyssee, maar de lokale status kon niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <source>expected &quot;json&quot; or &quot;csv&quot;, got {value}</source>
        <translation>moet “json” of “csv” zijn, niet {value}</translation>
    </message>
    <message>
        <source>expected &quot;password&quot; or &quot;header&quot;, got {value}</source>
        <translation>moet “password” of “header” zijn, niet {value}</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; and the list of values after &apos;in&apos;</source>
        <translation>na “in” wordt “(” met de lijst van waarden verwacht</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end of the filter</source>
        <translation>er wordt “and”, “or” of het einde van het filter verwacht</translation>
    </message>
    <message>
        <source>expected a closing parenthesis</source>
        <translation>er wordt een sluithaakje verwacht</translation>
    </message>
    <message>
        <source>expected a database address such as sqlite:///erp.db or postgresql://user@host/db, got {value}</source>
        <translation>moet een databaseadres zijn zoals sqlite:///erp.db of postgresql://user@host/db, niet {value}</translation>
    </message>
    <message>
        <source>expected a field name or a value</source>
        <translation>er wordt een veldnaam of een waarde verwacht</translation>
    </message>
    <message>
        <source>expected a number of seconds, got {value}</source>
        <translation>moet een aantal seconden zijn, niet {value}</translation>
    </message>
    <message>
        <source>expected a positive number of seconds, got {value}</source>
        <translation>moet een positief aantal seconden zijn, niet {value}</translation>
    </message>
    <message>
        <source>expected a whole number of {unit}, got {value}</source>
        <translation>moet een geheel aantal {unit} zijn, niet {value}</translation>
    </message>
    <message>
        <source>expected an ERP column name or an inline table such as {{ column = &quot;…&quot;, transform = [&quot;trim&quot;] }}</source>
        <translation>verwacht: een ERP-kolomnaam of een tabel op één regel, zoals {{ column = &quot;…&quot;, transform = [&quot;trim&quot;] }}</translation>
    </message>
    <message>
        <source>expected an address without ?query or #fragment, got {value}</source>
        <translation>moet een adres zonder ?query of #fragment zijn, niet {value}</translation>
    </message>
    <message>
        <source>expected an http:// or https:// address with a host name, got {value}</source>
        <translation>moet een adres met http:// of https:// en een hostnaam zijn, niet {value}</translation>
    </message>
    <message>
        <source>expected text, got {value}</source>
        <translation>moet tekst zijn, niet {value}</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>moet true of false zijn, niet {value}</translation>
    </message>
    <message>
        <source>expected {expected}, got {value}</source>
        <translation>moet {expected} zijn, niet {value}</translation>
    </message>
    <message>
        <source>export target</source>
        <translation>exportbestemming</translation>
    </message>
    <message>
        <source>export target&apos;s secret</source>
        <translation>geheim van de exportbestemming</translation>
    </message>
    <message>
        <source>fields must be a table of Odyssee field = ERP column</source>
        <translation>fields moet een tabel zijn met Odyssee-veld = ERP-kolom</translation>
    </message>
    <message>
        <source>folder {path} ({format} files)</source>
        <translation>map {path} ({format}-bestanden)</translation>
    </message>
    <message>
        <source>give either column or constant, not both</source>
        <translation>geef column of constant op, niet allebei</translation>
    </message>
    <message>
        <source>give either table or query, not both</source>
        <translation>geef table of query op, niet allebei</translation>
    </message>
    <message>
        <source>has more than {places} decimal places</source>
        <translation>heeft meer dan {places} decimalen</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>in het geheugen</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>is geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>is geen eindig getal</translation>
    </message>
    <message>
        <source>is out of range: numbers go from -{high} to {high}</source>
        <translation>valt buiten het bereik: getallen gaan van -{high} tot {high}</translation>
    </message>
    <message>
        <source>is out of range: whole numbers go from {low} to {high}</source>
        <translation>valt buiten het bereik: gehele getallen gaan van {low} tot {high}</translation>
    </message>
    <message>
        <source>job</source>
        <translation>opdracht</translation>
    </message>
    <message>
        <source>job #{number}</source>
        <translation>opdracht nr. {number}</translation>
    </message>
    <message>
        <source>job approval</source>
        <translation>werkbon</translation>
    </message>
    <message>
        <source>job non part usage</source>
        <translation>tijdregel</translation>
    </message>
    <message>
        <source>job part usage</source>
        <translation>gebruikt onderdeel</translation>
    </message>
    <message>
        <source>job status</source>
        <translation>opdrachtstatus</translation>
    </message>
    <message>
        <source>job type</source>
        <translation>opdrachttype</translation>
    </message>
    <message>
        <source>launchd refused the agent: {problem}</source>
        <translation>launchd heeft de agent geweigerd: {problem}</translation>
    </message>
    <message>
        <source>maps nothing: add a section such as [Company]</source>
        <translation>bevat geen enkele sectie: voeg er een toe, zoals [Company]</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>must not contain &quot;:&quot;, got {value}</source>
        <translation>mag geen “:” bevatten, maar is {value}</translation>
    </message>
    <message>
        <source>must not contain &quot;@&quot;, got {value}</source>
        <translation>mag geen “@” bevatten, maar is {value}</translation>
    </message>
    <message>
        <source>no ERP source: add table = &quot;&lt;ERP table&gt;&quot; or query = &quot;SELECT …&quot;</source>
        <translation>geen ERP-bron: voeg table = &quot;&lt;ERP-tabel&gt;&quot; of query = &quot;SELECT …&quot; toe</translation>
    </message>
    <message>
        <source>no completed work to export</source>
        <translation>geen afgerond werk om te exporteren</translation>
    </message>
    <message>
        <source>no difference in rows</source>
        <translation>geen verschil in het aantal rijen</translation>
    </message>
    <message>
        <source>no key: name the ERP key column, e.g. key = &quot;code&quot; (it becomes {entity}.{field})</source>
        <translation>geen sleutel: geef de sleutelkolom in het ERP op, bv. key = &quot;code&quot; (die wordt {entity}.{field})</translation>
    </message>
    <message>
        <source>no keyring service was found</source>
        <translation>geen wachtwoordkluisdienst gevonden</translation>
    </message>
    <message>
        <source>no longer skipped: pending again</source>
        <translation>niet langer overgeslagen: weer te verzenden</translation>
    </message>
    <message>
        <source>no new PDFs</source>
        <translation>geen nieuwe pdf&apos;s</translation>
    </message>
    <message>
        <source>no new PDFs, {failed:,} failed: {first}</source>
        <translation>geen nieuwe pdf&apos;s, {failed:,} mislukt: {first}</translation>
    </message>
    <message>
        <source>no profiles (none is set up yet)</source>
        <translation>geen profielen (er is er nog geen ingesteld)</translation>
    </message>
    <message>
        <source>no user service manager</source>
        <translation>geen servicebeheerder voor de gebruiker</translation>
    </message>
    <message>
        <source>no valid id</source>
        <translation>geen geldig id</translation>
    </message>
    <message>
        <source>no valid {field} ({value!r})</source>
        <translation>geen geldige waarde voor {field} ({value!r})</translation>
    </message>
    <message>
        <source>not a record</source>
        <translation>geen record</translation>
    </message>
    <message>
        <source>not approved: still pending</source>
        <translation>niet goedgekeurd: nog te verzenden</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>geen geldige TOML: {reason}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>nothing to undo: it was not approved, so nothing was sent</source>
        <translation>niets ongedaan te maken: het was niet goedgekeurd, dus er is niets verzonden</translation>
    </message>
    <message>
        <source>nothing to undo: it was only linked to a record Odyssee already had with these values</source>
        <translation>niets ongedaan te maken: het werd alleen gekoppeld aan een record dat Odyssee al met deze waarden had</translation>
    </message>
    <message>
        <source>nothing to undo: the push did not change it ({result})</source>
        <translation>niets ongedaan te maken: de verzending heeft het niet gewijzigd ({result})</translation>
    </message>
    <message>
        <source>nothing to undo: the push did not change it ({result}: {message})</source>
        <translation>niets ongedaan te maken: de verzending heeft het niet gewijzigd ({result}: {message})</translation>
    </message>
    <message>
        <source>nothing to undo: the push wrote the values Odyssee already had</source>
        <translation>niets ongedaan te maken: de verzending schreef de waarden die Odyssee al had</translation>
    </message>
    <message>
        <source>nothing to undo: {action}</source>
        <translation>niets ongedaan te maken: {action}</translation>
    </message>
    <message>
        <source>nowhere yet (no export target is set)</source>
        <translation>nog nergens (geen exportbestemming ingesteld)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>wachtwoord</translation>
    </message>
    <message>
        <source>placeholders need a name like {{file_name}}, got {{{name}}}</source>
        <translation>plaatshouders moeten een naam hebben zoals {{file_name}}, niet {{{name}}}</translation>
    </message>
    <message>
        <source>project</source>
        <translation>locatie</translation>
    </message>
    <message>
        <source>project status</source>
        <translation>locatiestatus</translation>
    </message>
    <message>
        <source>project type</source>
        <translation>locatietype</translation>
    </message>
    <message>
        <source>protected must be a list of Odyssee field names, e.g. protected = [&quot;notes&quot;]</source>
        <translation>protected moet een lijst van Odyssee-veldnamen zijn, bv. protected = [&quot;notes&quot;]</translation>
    </message>
    <message>
        <source>re-export since {moment}</source>
        <translation>opnieuw exporteren vanaf {moment}</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>verzoeken</translation>
    </message>
    <message>
        <source>say where the value comes from: column = &quot;…&quot; or constant = …</source>
        <translation>geef aan waar de waarde vandaan komt: column = &quot;…&quot; of constant = …</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconden</translation>
    </message>
    <message>
        <source>sent back to Odyssee, but the local state could not be saved: {error}</source>
        <translation>teruggezet in Odyssee, maar de lokale status kon niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>skipped: not sent, hidden until its ERP row changes</source>
        <translation>overgeslagen: niet verzonden, verborgen tot de ERP-rij wijzigt</translation>
    </message>
    <message>
        <source>skipped: {holder}</source>
        <translation>overgeslagen: {holder}</translation>
    </message>
    <message>
        <source>state database</source>
        <translation>statusdatabase</translation>
    </message>
    <message>
        <source>state database password</source>
        <translation>wachtwoord van de statusdatabase</translation>
    </message>
    <message>
        <source>systemctl is not on this computer</source>
        <translation>systemctl is niet aanwezig op deze computer</translation>
    </message>
    <message>
        <source>the ERP column name is empty</source>
        <translation>de naam van de ERP-kolom is leeg</translation>
    </message>
    <message>
        <source>the ERP connection URL</source>
        <translation>de verbindings-URL van het ERP</translation>
    </message>
    <message>
        <source>the ERP database has no table or view &apos;{table}&apos;{hint}</source>
        <translation>de ERP-database heeft geen tabel of view “{table}”{hint}</translation>
    </message>
    <message>
        <source>the ERP key &apos;{key}&apos; is not unique for Odyssee: the ERP has {others}, and Odyssee tells keys apart without case or spaces at the end; make them differ in the ERP</source>
        <translation>de ERP-sleutel “{key}” is niet uniek voor Odyssee: het ERP heeft {others}, en Odyssee onderscheidt sleutels zonder op hoofdletters of spaties aan het einde te letten; maak ze verschillend in het ERP</translation>
    </message>
    <message>
        <source>the ERP table &apos;{table}&apos;</source>
        <translation>de ERP-tabel “{table}”</translation>
    </message>
    <message>
        <source>the certificate is for another host name</source>
        <translation>het certificaat is uitgegeven voor een andere hostnaam</translation>
    </message>
    <message>
        <source>the configured keyring {label} keeps passwords in a file, which this program does not use</source>
        <translation>de ingestelde wachtwoordkluis {label} bewaart wachtwoorden in een bestand, en dat gebruikt dit programma niet</translation>
    </message>
    <message>
        <source>the keyring could not be opened</source>
        <translation>de wachtwoordkluis kon niet worden geopend</translation>
    </message>
    <message>
        <source>the keyring is locked</source>
        <translation>de wachtwoordkluis is vergrendeld</translation>
    </message>
    <message>
        <source>the plan holds no valid Odyssee id for it ({odyssee_id!r})</source>
        <translation>de vergelijking bevat er geen geldig Odyssee-id voor ({odyssee_id!r})</translation>
    </message>
    <message>
        <source>the port is not a number in {value}</source>
        <translation>de poort in {value} is geen getal</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>de query</translation>
    </message>
    <message>
        <source>the query fails: {why}</source>
        <translation>de query mislukt: {why}</translation>
    </message>
    <message>
        <source>the row filter fails: {why}</source>
        <translation>het rijfilter mislukt: {why}</translation>
    </message>
    <message>
        <source>the server does not speak TLS on this port (is it http:// rather than https://?)</source>
        <translation>de server gebruikt geen TLS op deze poort (is het http:// in plaats van https://?)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted</source>
        <translation>het certificaat van de server wordt niet vertrouwd</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted ({detail})</source>
        <translation>het certificaat van de server wordt niet vertrouwd ({detail})</translation>
    </message>
    <message>
        <source>the {entity} known as {odyssee_id} is gone; found by {field}</source>
        <translation>het record van type {entity} dat als {odyssee_id} bekend was, is verdwenen; teruggevonden via {field}</translation>
    </message>
    <message>
        <source>the {entity} known as {odyssee_id} is no longer in Odyssee; it is created again</source>
        <translation>het record van type {entity} dat als {odyssee_id} bekend was, staat niet meer in Odyssee; het wordt opnieuw aangemaakt</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <source>this computer, {path}</source>
        <translation>deze computer, {path}</translation>
    </message>
    <message>
        <source>transform &apos;{transform}&apos; needs a number of decimal places from 0 to {places}, e.g. &apos;decimal:2&apos;</source>
        <translation>omzetting “{transform}” heeft een aantal decimalen van 0 tot {places} nodig, bv. “decimal:2”</translation>
    </message>
    <message>
        <source>transform must be a name or a list of names, e.g. transform = [&quot;trim&quot;, &quot;upper&quot;]</source>
        <translation>transform moet een naam of een lijst van namen zijn, bv. transform = [&quot;trim&quot;, &quot;upper&quot;]</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>onverwachte fout: {error}</translation>
    </message>
    <message>
        <source>unknown option &apos;{option}&apos;{hint}; known options: {known}</source>
        <translation>onbekende optie “{option}”{hint}; bekende opties: {known}</translation>
    </message>
    <message>
        <source>unknown setting &apos;{option}&apos;{hint}; known settings: {known}</source>
        <translation>onbekende instelling “{option}”{hint}; bekende instellingen: {known}</translation>
    </message>
    <message>
        <source>unknown transform &apos;{transform}&apos;{hint}; known transforms: {known}</source>
        <translation>onbekende omzetting “{transform}”{hint}; bekende omzettingen: {known}</translation>
    </message>
    <message>
        <source>updating</source>
        <translation>bijwerken</translation>
    </message>
    <message>
        <source>user</source>
        <translation>technicus</translation>
    </message>
    <message>
        <source>waits for {entity} {key}, which is not approved</source>
        <translation>wacht op {entity} {key} (niet goedgekeurd)</translation>
    </message>
    <message>
        <source>waits for {entity} {key}, which is skipped</source>
        <translation>wacht op {entity} {key} (overgeslagen)</translation>
    </message>
    <message>
        <source>waits for {entity} {key}, which was not pushed ({why})</source>
        <translation>wacht op {entity} {key} (niet verzonden: {why})</translation>
    </message>
    <message>
        <source>web service at {where} (signed POST)</source>
        <translation>webservice op {where} (ondertekende POST)</translation>
    </message>
    <message>
        <source>{action} skipped on {when}; hidden until its ERP row changes</source>
        <translation>actie “{action}” overgeslagen op {when}; verborgen tot de ERP-rij wijzigt</translation>
    </message>
    <message>
        <source>{backend} database {database} on {where}</source>
        <translation>{backend}-database {database} op {where}</translation>
    </message>
    <message>
        <source>{backend} database {database} on {where} as {user}</source>
        <translation>{backend}-database {database} op {where} als gebruiker {user}</translation>
    </message>
    <message>
        <source>{backend} database {database} on {where} as {user}, schema {schema}</source>
        <translation>{backend}-database {database} op {where} als gebruiker {user}, schema {schema}</translation>
    </message>
    <message>
        <source>{backend} database {database} on {where}, schema {schema}</source>
        <translation>{backend}-database {database} op {where}, schema {schema}</translation>
    </message>
    <message>
        <source>{count} approvals ready</source>
        <translation>Werkbonnen klaar: {count}</translation>
    </message>
    <message>
        <source>{done}; {stopped}</source>
        <translation>{done}; {stopped}</translation>
    </message>
    <message>
        <source>{entity} row {id!r}: {problem}; skipped.</source>
        <translation>rij {id!r} van {entity}: {problem}; overgeslagen.</translation>
    </message>
    <message>
        <source>{entity} {odyssee_id} is no longer in Odyssee</source>
        <translation>{entity} {odyssee_id} staat niet meer in Odyssee</translation>
    </message>
    <message>
        <source>{entity} {odyssee_id} is no longer in Odyssee; the next plan creates it again</source>
        <translation>{entity} {odyssee_id} staat niet meer in Odyssee; de volgende vergelijking stelt voor om het opnieuw aan te maken</translation>
    </message>
    <message>
        <source>{entity}: could not read Odyssee: {error}</source>
        <translation>{entity}: Odyssee kon niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>{entity}: {error}</source>
        <translation>{entity}: {error}</translation>
    </message>
    <message>
        <source>{entity}: {rows} rows read</source>
        <translation>{entity}: {rows} rijen gelezen</translation>
    </message>
    <message>
        <source>{error} ({lookup_error})</source>
        <translation>{error} ({lookup_error})</translation>
    </message>
    <message>
        <source>{field} is set by Odyssee itself and cannot be mapped</source>
        <translation>{field} wordt door Odyssee zelf ingevuld en kan niet worden gekoppeld</translation>
    </message>
    <message>
        <source>{field} is {entity}&apos;s ERP key and always comes from the ERP</source>
        <translation>{field} is de ERP-sleutel van {entity} en komt altijd uit het ERP</translation>
    </message>
    <message>
        <source>{field} is {entity}&apos;s ERP key: it always comes from the key column &apos;{key}&apos;; write {field} = &quot;{key}&quot; or leave it out</source>
        <translation>{field} is de ERP-sleutel van {entity}: die komt altijd uit de sleutelkolom “{key}”; schrijf {field} = &quot;{key}&quot; of laat het weg</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{job} ended: its lease was given back.</source>
        <translation>{job} is beëindigd: het werk is vrijgegeven.</translation>
    </message>
    <message>
        <source>{job} is running on {workstation} (user {user}) since {since}.</source>
        <translation>{job}: loopt op {workstation} (gebruiker {user}) sinds {since}.</translation>
    </message>
    <message>
        <source>{job} is running on {workstation} (user {user}, {program}) since {since}.</source>
        <translation>{job}: loopt op {workstation} (gebruiker {user}, {program}) sinds {since}.</translation>
    </message>
    <message>
        <source>{job} stopped: another program took its lease over while this one was not answering.</source>
        <translation>{job} is gestopt: een ander programma heeft het werk overgenomen terwijl dit programma niet reageerde.</translation>
    </message>
    <message>
        <source>{job} stopped: another program took its lease over while this one was not answering. {holder}</source>
        <translation>{job} is gestopt: een ander programma heeft het werk overgenomen terwijl dit programma niet reageerde. {holder}</translation>
    </message>
    <message>
        <source>{job} stopped: another program took its lease over; nothing more is written.</source>
        <translation>{job} is gestopt: een ander programma heeft het werk overgenomen; er wordt niets meer geschreven.</translation>
    </message>
    <message>
        <source>{job} stopped: its lease could not be confirmed in the state database ({why}).</source>
        <translation>{job} is gestopt: in de statusdatabase kon niet worden bevestigd dat dit programma het werk nog uitvoert ({why}).</translation>
    </message>
    <message>
        <source>{key} is {action} and cannot be skipped.</source>
        <translation>{key} is een actie “{action}” en kan niet worden overgeslagen.</translation>
    </message>
    <message>
        <source>{label} (approval {id})</source>
        <translation>{label} (werkbon {id})</translation>
    </message>
    <message>
        <source>{megabytes:g} MB</source>
        <translation>{megabytes:g} MB</translation>
    </message>
    <message numerus="yes">
        <source>{n:,} approvals exported</source>
        <translation>
            <numerusform>{n:,} werkbon geëxporteerd</numerusform>
            <numerusform>{n:,} werkbonnen geëxporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n:,} approvals ready for the ERP</source>
        <translation>
            <numerusform>{n:,} werkbon klaar voor het ERP</numerusform>
            <numerusform>{n:,} werkbonnen klaar voor het ERP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n:,} completed job approvals exported to the ERP</source>
        <translation>
            <numerusform>{n:,} werkbon van een afgeronde opdracht naar het ERP geëxporteerd</numerusform>
            <numerusform>{n:,} werkbonnen van afgeronde opdrachten naar het ERP geëxporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n:,} new PDFs downloaded</source>
        <translation>
            <numerusform>{n:,} nieuwe pdf gedownload</numerusform>
            <numerusform>{n:,} nieuwe pdf&apos;s gedownload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n:,} new PDFs downloaded, {failed:,} failed: {first}</source>
        <translation>
            <numerusform>{n:,} nieuwe pdf gedownload, {failed:,} mislukt: {first}</numerusform>
            <numerusform>{n:,} nieuwe pdf&apos;s gedownload, {failed:,} mislukt: {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n:,} new job approval PDFs downloaded</source>
        <translation>
            <numerusform>{n:,} nieuwe werkbon-pdf gedownload</numerusform>
            <numerusform>{n:,} nieuwe werkbon-pdf&apos;s gedownload</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}() takes two arguments, got {count}</source>
        <translation>{name}() verwacht twee argumenten, maar kreeg er {count}</translation>
    </message>
    <message>
        <source>{option} must be a non-empty text</source>
        <translation>{option} moet een niet-lege tekst zijn</translation>
    </message>
    <message>
        <source>{option} must be a single value</source>
        <translation>{option} moet één enkele waarde zijn</translation>
    </message>
    <message>
        <source>{option} must be a whole number of at least 0, not {value!r}</source>
        <translation>{option} moet een geheel getal van minstens 0 zijn, niet {value!r}</translation>
    </message>
    <message>
        <source>{option} must be true or false, not {value!r}</source>
        <translation>{option} moet true of false zijn, niet {value!r}</translation>
    </message>
    <message>
        <source>{option}: a time of day is not a value {field} can hold</source>
        <translation>{option}: een tijdstip van de dag is geen waarde die {field} kan bevatten</translation>
    </message>
    <message>
        <source>{option}: {error}</source>
        <translation>{option}: {error}</translation>
    </message>
    <message>
        <source>{option}: {name!r} is not a field name</source>
        <translation>{option}: {name!r} is geen veldnaam</translation>
    </message>
    <message>
        <source>{path} was written by a newer Odyssee Sync Assistant (settings version {version}; this one understands up to {known}). Update the program to use it.</source>
        <translation>{path} is geschreven door een nieuwere versie van Odyssee Sync Assistant (instellingenversie {version}; deze versie begrijpt alleen versies tot en met {known}). Werk het programma bij om dit bestand te gebruiken.</translation>
    </message>
    <message>
        <source>{path} would be written outside {root}; it was not written.</source>
        <translation>{path} zou buiten {root} worden geschreven; het is niet geschreven.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({why})</source>
        <translation>{path}: kan niet worden gelezen ({why})</translation>
    </message>
    <message>
        <source>{path}: current: expected a profile name, got {value}</source>
        <translation>{path}: current: moet een profielnaam zijn, niet {value}</translation>
    </message>
    <message>
        <source>{path}: line {line} is not UTF-8 text.</source>
        <translation>{path}: regel {line} is geen UTF-8-tekst.</translation>
    </message>
    <message>
        <source>{path}: not valid TOML: {why}</source>
        <translation>{path}: geen geldige TOML: {why}</translation>
    </message>
    <message>
        <source>{path}: profiles: expected a table of profiles, got {value}</source>
        <translation>{path}: profiles: moet een tabel met profielen zijn, niet {value}</translation>
    </message>
    <message>
        <source>{path}: settings version {version} can no longer be upgraded.</source>
        <translation>{path}: instellingenversie {version} kan niet meer worden bijgewerkt.</translation>
    </message>
    <message>
        <source>{path}: version: expected a whole number, got {value}</source>
        <translation>{path}: version: moet een geheel getal zijn, niet {value}</translation>
    </message>
    <message>
        <source>{path}: {where}.{key}: secrets are not kept in this file; remove this line and save the password with `odyssee-sync login` (system keyring)</source>
        <translation>{path}: {where}.{key}: geheimen worden niet in dit bestand bewaard; verwijder deze regel en sla het wachtwoord op met `odyssee-sync login` (wachtwoordkluis van het systeem)</translation>
    </message>
    <message>
        <source>{path}: {where}: a profile with this name is already defined</source>
        <translation>{path}: {where}: er is al een profiel met deze naam gedefinieerd</translation>
    </message>
    <message>
        <source>{path}: {where}: expected a table of settings, got {value}</source>
        <translation>{path}: {where}: moet een tabel met instellingen zijn, niet {value}</translation>
    </message>
    <message>
        <source>{problem} (at position {position})</source>
        <translation>{problem} (op positie {position})</translation>
    </message>
    <message>
        <source>{problem} (id {id} of the new {label}).</source>
        <translation>{problem} (id {id} van het nieuwe record van type {label}).</translation>
    </message>
    <message>
        <source>{problem}: {detail}</source>
        <translation>{problem}: {detail}</translation>
    </message>
    <message>
        <source>{sentence} ({reason})</source>
        <translation>{sentence} ({reason})</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <source>{source} has no column &apos;{column}&apos;{hint}</source>
        <translation>{source} heeft geen kolom “{column}”{hint}</translation>
    </message>
    <message>
        <source>{source} line {line}: {message}</source>
        <translation>{source} regel {line}: {message}</translation>
    </message>
    <message>
        <source>{source} line {line}: {where}: {message}</source>
        <translation>{source} regel {line}: {where}: {message}</translation>
    </message>
    <message>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <source>{source}: {where}: {message}</source>
        <translation>{source}: {where}: {message}</translation>
    </message>
    <message>
        <source>{table} {then} then, {now} now</source>
        <translation>{table}: toen {then}, nu {now}</translation>
    </message>
    <message>
        <source>{url} answers with a web page, not the Odyssee API: check the base URL (it usually ends in /api) and any proxy or network sign-in page.</source>
        <translation>{url} antwoordt met een webpagina, niet met de API van Odyssee: controleer de basis-URL (die eindigt meestal op /api) en een eventuele proxy of aanmeldpagina van het netwerk.</translation>
    </message>
    <message>
        <source>{value} is not a GUID</source>
        <translation>{value} is geen GUID</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} is geen datum</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} is geen getal</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} is geen geheel getal</translation>
    </message>
    <message>
        <source>{value} is not binary content</source>
        <translation>{value} is geen binaire inhoud</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} is geen tekst</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} is niet true of false</translation>
    </message>
    <message>
        <source>{value} is not {expected}</source>
        <translation>{value} is niet van het verwachte type ({expected})</translation>
    </message>
    <message numerus="yes">
        <source>{verdict} It also has {n} things this version does not know.</source>
        <translation>
            <numerusform>{verdict} De server heeft ook {n} element dat deze versie niet kent.</numerusform>
            <numerusform>{verdict} De server heeft ook {n} elementen die deze versie niet kent.</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} already holds another history for this tenant and ERP (started on {computer} by {user} on {day}, {journal} journal rows). Two histories are never merged: nothing was copied.</source>
        <translation>In {where} staat al een andere geschiedenis voor deze omgeving en dit ERP (op {day} gestart op {computer} door {user}, {journal} logboekrijen). Twee geschiedenissen worden nooit samengevoegd: er is niets gekopieerd.</translation>
    </message>
    <message>
        <source>{where}.{key}: {problem}</source>
        <translation>{where}.{key}: {problem}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{why} in {value}</source>
        <translation>{why} in {value}</translation>
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
    <name>news</name>
    <message>
        <source>user {0}</source>
        <translation>gebruiker {0}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Push is running on {0} ({1}) since {2}.</source>
        <translation>Op {0} ({1}) loopt sinds {2} een verzending.</translation>
    </message>
    <message>
        <source>Export of completed work is running on {0} ({1}) since {2}.</source>
        <translation>Op {0} ({1}) loopt sinds {2} een export van afgerond werk.</translation>
    </message>
    <message>
        <source>PDF download is running on {0} ({1}) since {2}.</source>
        <translation>Op {0} ({1}) loopt sinds {2} een pdf-download.</translation>
    </message>
    <message>
        <source>{0} is running on {1} ({2}) since {3}.</source>
        <translation>{0}: loopt op {1} ({2}) sinds {3}.</translation>
    </message>
    <message>
        <source>It is free when that ends, or {0} s after that program stops answering.</source>
        <translation>U kunt het hier doen zodra het daar klaar is, of {0} s nadat dat programma niet meer reageert.</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <source>skipped: {0}</source>
        <translation>overgeslagen: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new PDF(s) downloaded</source>
        <translation>
            <numerusform>%Ln nieuwe pdf gedownload</numerusform>
            <numerusform>%Ln nieuwe pdf&apos;s gedownload</numerusform>
        </translation>
    </message>
    <message>
        <source>no new PDFs</source>
        <translation>geen nieuwe pdf&apos;s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed: {0}</source>
        <translation>
            <numerusform>%Ln mislukt: {0}</numerusform>
            <numerusform>%Ln mislukt: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval(s) ready for the ERP</source>
        <translation>
            <numerusform>%Ln werkbon klaar voor het ERP</numerusform>
            <numerusform>%Ln werkbonnen klaar voor het ERP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval(s) exported</source>
        <translation>
            <numerusform>%Ln werkbon geëxporteerd</numerusform>
            <numerusform>%Ln werkbonnen geëxporteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>no completed work to export</source>
        <translation>geen afgerond werk om te exporteren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln held back</source>
        <translation>
            <numerusform>%Ln tegengehouden</numerusform>
            <numerusform>%Ln tegengehouden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new job approval PDF(s) downloaded</source>
        <translation>
            <numerusform>%Ln nieuwe werkbon-pdf gedownload</numerusform>
            <numerusform>%Ln nieuwe werkbon-pdf&apos;s gedownload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed job approval(s) exported to the ERP</source>
        <translation>
            <numerusform>%Ln definitieve werkbon geëxporteerd naar het ERP</numerusform>
            <numerusform>%Ln definitieve werkbonnen geëxporteerd naar het ERP</numerusform>
        </translation>
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
        <translation>Afgerond werk</translation>
    </message>
    <message>
        <source>Final job approvals with their parts and hours, exported to the ERP.</source>
        <translation>Definitieve werkbonnen met hun onderdelen en uren, geëxporteerd naar het ERP.</translation>
    </message>
    <message>
        <source>Job approval PDFs</source>
        <translation>Werkbon-pdf&apos;s</translation>
    </message>
    <message>
        <source>The PDFs of job approvals: downloaded as Odyssee makes them, previewed here.</source>
        <translation>De pdf&apos;s van de werkbonnen: gedownload zodra Odyssee ze maakt, hier te bekijken.</translation>
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
    <name>reasons</name>
    <message>
        <source>is not a number</source>
        <translation>is geen getal</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>is geen geheel getal</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>is geen datum</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>is niet waar of onwaar</translation>
    </message>
    <message>
        <source>is not a GUID</source>
        <translation>is geen GUID</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>is geen tekst</translation>
    </message>
    <message>
        <source>is not binary content</source>
        <translation>is geen binaire inhoud</translation>
    </message>
    <message>
        <source>{0} (column {1}): {2} {3}.</source>
        <translation>{0} (kolom {1}): {2} {3}.</translation>
    </message>
    <message>
        <source>{0}: {1} {2}.</source>
        <translation>{0}: {1} {2}.</translation>
    </message>
    <message>
        <source>{0} “{1}”: there is no {2} with this code in Odyssee, nor among the ERP rows to push.</source>
        <translation>{0} “{1}”: er is geen {2} met deze code in Odyssee, en ook niet bij de te verzenden ERP-rijen.</translation>
    </message>
    <message>
        <source>{0} “{1}”: there is no {2} with this code in Odyssee, and its ERP row is skipped (bring it back to push it).</source>
        <translation>{0} “{1}”: er is geen {2} met deze code in Odyssee, en de ERP-rij ervan is overgeslagen (haal de rij terug om ze te verzenden).</translation>
    </message>
    <message>
        <source>{0} “{1}”: there is no {2} with this code in Odyssee; include the {3} too, or push them first.</source>
        <translation>{0} “{1}”: er is geen {2} met deze code in Odyssee; neem ook de {3} mee, of verzend ze eerst.</translation>
    </message>
    <message>
        <source>{0} “{1}”: there is no {2} with this code in Odyssee, and its ERP row is invalid ({3}).</source>
        <translation>{0} “{1}”: er is geen {2} met deze code in Odyssee, en de ERP-rij ervan is ongeldig ({3}).</translation>
    </message>
    <message>
        <source>The field “{0}” is required.</source>
        <translation>Het veld “{0}” is verplicht.</translation>
    </message>
    <message>
        <source>The field “{0}” can hold at most {1} characters.</source>
        <translation>Het veld “{0}” mag hoogstens {1} tekens bevatten.</translation>
    </message>
    <message>
        <source>The field “{0}” must be between {1} and {2}.</source>
        <translation>Het veld “{0}” moet tussen {1} en {2} liggen.</translation>
    </message>
    <message>
        <source>The field “{0}” can have at most {1} decimals.</source>
        <translation>Het veld “{0}” mag hoogstens {1} decimalen hebben.</translation>
    </message>
    <message>
        <source>The field “{0}” must be one of: {1}.</source>
        <translation>Het veld “{0}” moet een van deze waarden hebben: {1}.</translation>
    </message>
    <message>
        <source>The ERP key (column {0}) is empty.</source>
        <translation>De ERP-sleutel (kolom {0}) is leeg.</translation>
    </message>
    <message>
        <source>“{0}” is empty, but Odyssee requires it on every {1}.</source>
        <translation>“{0}” is leeg, maar Odyssee vereist het altijd bij een {1}.</translation>
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
        <translation>Pdf-download</translation>
    </message>
    <message>
        <source>Undo of a push</source>
        <translation>Ongedaan maken van een verzending</translation>
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
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln niet verzonden</numerusform>
            <numerusform>%Ln niet verzonden</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>niets te doen</translation>
    </message>
    <message>
        <source>#{0} {1} ({2})</source>
        <translation>nr. {0} {1} ({2})</translation>
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
        <source>Sent back</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiveren</translation>
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
        <source>Brought back</source>
        <translation>Teruggehaald</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Technici</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Project types</source>
        <translation>Locatietypes</translation>
    </message>
    <message>
        <source>Project statuses</source>
        <translation>Locatiestatussen</translation>
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
        <translation>technicus</translation>
    </message>
    <message>
        <source>company</source>
        <translation>bedrijf</translation>
    </message>
    <message>
        <source>project</source>
        <translation>locatie</translation>
    </message>
    <message>
        <source>project type</source>
        <translation>locatietype</translation>
    </message>
    <message>
        <source>project status</source>
        <translation>locatiestatus</translation>
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
        <translation>Locatie (ERP-referentie)</translation>
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
        <translation>Eerste planning</translation>
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
        <translation>Klaar voor verzamelwerkbon</translation>
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
        <translation>Dagelijkse werkbon</translation>
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
        <translation>Locatie (id)</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation>Locatiestatus</translation>
    </message>
    <message>
        <source>Project status (id)</source>
        <translation>Locatiestatus (id)</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>Locatietype</translation>
    </message>
    <message>
        <source>Project type (id)</source>
        <translation>Locatietype (id)</translation>
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
        <translation>Ondertekend door klant</translation>
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
        <translation>Technicus (id)</translation>
    </message>
    <message>
        <source>Job #</source>
        <translation>Nr.</translation>
    </message>
</context>
</TS>
