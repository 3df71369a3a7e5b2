<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>DataTable</name>
    <message>
        <source>Copy rows as CSV</source>
        <translation>Copier les lignes en CSV</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Details of the message</source>
        <translation>Détails du message</translation>
    </message>
</context>
<context>
    <name>LeaseWatch</name>
    <message>
        <source>Checking who else is at work</source>
        <translation>Vérification des autres postes au travail</translation>
    </message>
</context>
<context>
    <name>ListDetailPage</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Wrong credentials</source>
        <translation>Identifiants incorrects</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>TLS problem</source>
        <translation>Problème TLS</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Adresse incorrecte</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>Demo mode: a simulated Odyssee at {0}. Nothing here touches a real tenant. New PDFs are downloaded in the background, as a profile does once its owner said yes (a real profile is asked first; Settings turns it off).</source>
        <translation>Mode démo&#xa0;: un Odyssee simulé à l&apos;adresse {0}. Rien ici ne touche un vrai environnement client. Les nouveaux PDF sont téléchargés en arrière-plan, comme le fait un profil dont le propriétaire a dit oui (un vrai profil le demande d&apos;abord&#xa0;&#xa0;; les Paramètres permettent de le désactiver).</translation>
    </message>
    <message>
        <source>Sign in: {0}.</source>
        <translation>Connexion&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>This profile is marked as production: the tenant your technicians work in.</source>
        <translation>Ce profil est marqué comme production&#xa0;: l&apos;environnement où travaillent vos techniciens.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>Last poll: none yet</source>
        <translation>Dernière vérification&#xa0;: pas encore</translation>
    </message>
    <message>
        <source>Demo: simulated Odyssee</source>
        <translation>Démo&#xa0;: Odyssee simulé</translation>
    </message>
    <message>
        <source>{0} — Demo — PRODUCTION</source>
        <translation>{0} — Démo — PRODUCTION</translation>
    </message>
    <message>
        <source>{0} — PRODUCTION</source>
        <translation>{0} — PRODUCTION</translation>
    </message>
    <message>
        <source>{0} — Demo</source>
        <translation>{0} — Démo</translation>
    </message>
    <message>
        <source>Profile: {0} {1}</source>
        <translation>Profil&#xa0;: {0} {1}</translation>
    </message>
    <message>
        <source>Profile: {0}</source>
        <translation>Profil&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Opening profile {0}…</source>
        <translation>Ouverture du profil {0}…</translation>
    </message>
    <message>
        <source>Opening profile…</source>
        <translation>Ouverture du profil…</translation>
    </message>
    <message>
        <source>Opening profile {0}</source>
        <translation>Ouverture du profil {0}</translation>
    </message>
    <message>
        <source>Opening the profile</source>
        <translation>Ouverture du profil</translation>
    </message>
    <message>
        <source>Closing the previous profile</source>
        <translation>Fermeture du profil précédent</translation>
    </message>
    <message>
        <source>No password saved.</source>
        <translation>Aucun mot de passe enregistré.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>Vérification de la connexion</translation>
    </message>
    <message>
        <source>Last poll: {0}</source>
        <translation>Dernière vérification&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>OverviewCount</name>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <source>customers and suppliers</source>
        <translation>clients et fournisseurs</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>sites and installations</source>
        <translation>sites et installations</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>work orders, open and done</source>
        <translation>ordres de travail, ouverts et terminés</translation>
    </message>
    <message>
        <source>Job approvals</source>
        <translation>Validations d&apos;intervention</translation>
    </message>
    <message>
        <source>final approvals, without the daily ones</source>
        <translation>validations finales, sans les journalières</translation>
    </message>
    <message>
        <source>Pending pushes</source>
        <translation>Envois en attente</translation>
    </message>
    <message>
        <source>Review pushes</source>
        <translation>Examiner les envois</translation>
    </message>
    <message>
        <source>ERP changes waiting for your approval</source>
        <translation>modifications de l&apos;ERP qui attendent votre accord</translation>
    </message>
    <message>
        <source>Completed work for the ERP</source>
        <translation>Travaux terminés pour l&apos;ERP</translation>
    </message>
    <message>
        <source>Export work</source>
        <translation>Exporter les travaux</translation>
    </message>
    <message>
        <source>final approvals not in the ERP yet</source>
        <translation>validations finales pas encore dans l&apos;ERP</translation>
    </message>
    <message>
        <source>New job approval PDFs</source>
        <translation>Nouveaux PDF de validation</translation>
    </message>
    <message>
        <source>Download PDFs</source>
        <translation>Télécharger les PDF</translation>
    </message>
    <message>
        <source>on the server, not downloaded yet</source>
        <translation>sur le serveur, pas encore téléchargés</translation>
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
        <translation>Exécution</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>No profile is open</source>
        <translation>Aucun profil n&apos;est ouvert</translation>
    </message>
    <message>
        <source>Set up a connection profile in Settings.</source>
        <translation>Configurez un profil de connexion dans les Paramètres.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Who else is at work</source>
        <translation>Qui d&apos;autre est au travail</translation>
    </message>
    <message>
        <source>No push, export or download has run for this profile yet. Each run will be listed here with its result.</source>
        <translation>Aucun envoi, export ou téléchargement n&apos;a encore été fait pour ce profil. Chacun sera listé ici avec son résultat.</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Dernières exécutions</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Profile “{0}” — demo tenant</source>
        <translation>Profil «&#xa0;{0}&#xa0;» — environnement de démo</translation>
    </message>
    <message>
        <source>Profile “{0}”</source>
        <translation>Profil «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Checking the connection to Odyssee at {0}…</source>
        <translation>Vérification de la connexion à Odyssee ({0})…</translation>
    </message>
    <message>
        <source>Counting {0}</source>
        <translation>Comptage&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Reading the recent runs</source>
        <translation>Lecture des dernières exécutions</translation>
    </message>
    <message>
        <source>The state of this profile is kept on this computer only ({0}).</source>
        <translation>L&apos;état de ce profil n&apos;est conservé que sur cet ordinateur ({0}).</translation>
    </message>
    <message>
        <source>The state is shared with the office: {0}.</source>
        <translation>L&apos;état est partagé avec le bureau&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Nobody else is pushing, exporting or downloading for this tenant now.</source>
        <translation>Personne d&apos;autre n&apos;envoie, n&apos;exporte ou ne télécharge pour cet environnement en ce moment.</translation>
    </message>
    <message>
        <source>Connected to Odyssee at {0}.</source>
        <translation>Connecté à Odyssee à l&apos;adresse {0}.</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;{0}&lt;/b&gt; in domain &lt;b&gt;{1}&lt;/b&gt;.</source>
        <translation>Connecté en tant que &lt;b&gt;{0}&lt;/b&gt; dans le domaine &lt;b&gt;{1}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les Paramètres</translation>
    </message>
    <message>
        <source>No profile is open: set up the connection to Odyssee in Settings first.</source>
        <translation>Aucun profil n&apos;est ouvert&#xa0;: configurez d&apos;abord la connexion à Odyssee dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>PdfsPage</name>
    <message>
        <source>Job approval PDFs have nowhere to go yet: set a download folder in Settings.</source>
        <translation>Les PDF de validation n&apos;ont pas encore de destination&#xa0;: choisissez un dossier de téléchargement dans les Paramètres.</translation>
    </message>
    <message>
        <source>No new job approval PDF on the server: every one Odyssee has made is downloaded.</source>
        <translation>Aucun nouveau PDF de validation sur le serveur&#xa0;: tous ceux qu&apos;Odyssee a générés sont téléchargés.</translation>
    </message>
    <message>
        <source>Nothing downloaded yet. Download the new PDFs (“Download all new”) and they are listed here.</source>
        <translation>Rien n&apos;a encore été téléchargé. Téléchargez les nouveaux PDF («&#xa0;Tout télécharger&#xa0;») et ils apparaîtront ici.</translation>
    </message>
    <message>
        <source>No exported approval is waiting for its PDF.</source>
        <translation>Aucune validation exportée n&apos;attend son PDF.</translation>
    </message>
    <message>
        <source>New on the server ({0})</source>
        <translation>Nouveaux sur le serveur ({0})</translation>
    </message>
    <message>
        <source>Downloaded ({0})</source>
        <translation>Téléchargés ({0})</translation>
    </message>
    <message>
        <source>Waiting for Odyssee ({0})</source>
        <translation>En attente d&apos;Odyssee ({0})</translation>
    </message>
    <message>
        <source>No program opened the PDF: this computer may have no PDF viewer. Install one (your IT department can), or open the file from its folder.</source>
        <translation>Aucun programme n&apos;a ouvert le PDF&#xa0;: cet ordinateur n&apos;a peut-être pas de lecteur PDF. Installez-en un (votre service informatique peut le faire) ou ouvrez le fichier depuis son dossier.</translation>
    </message>
    <message>
        <source>The folder could not be opened: this computer has no program set to show folders.</source>
        <translation>Le dossier n&apos;a pas pu être ouvert&#xa0;: aucun programme n&apos;est configuré sur cet ordinateur pour afficher les dossiers.</translation>
    </message>
    <message>
        <source>Job reference</source>
        <translation>Référence de l&apos;intervention</translation>
    </message>
    <message>
        <source>Job #</source>
        <translation>N° d&apos;intervention</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Exported to the ERP</source>
        <translation>Exporté vers l&apos;ERP</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>{0}
Saved as {1}</source>
        <translation>{0}
Enregistré sous {1}</translation>
    </message>
    <message>
        <source>{0} (missing: moved or deleted)</source>
        <translation>{0} (introuvable&#xa0;: déplacé ou supprimé)</translation>
    </message>
    <message>
        <source>No download folder is set for this profile.</source>
        <translation>Aucun dossier de téléchargement n&apos;est défini pour ce profil.</translation>
    </message>
    <message>
        <source>{0} B</source>
        <translation>{0} o</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} Ko</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} Mo</translation>
    </message>
    <message>
        <source>Job approval PDFs</source>
        <translation>PDF des validations</translation>
    </message>
    <message>
        <source>The reports Odyssee makes of final job approvals, filed by job reference in your download folder.</source>
        <translation>Les rapports qu&apos;Odyssee établit pour les validations finales, classés par référence d&apos;intervention dans votre dossier de téléchargement.</translation>
    </message>
    <message>
        <source>You can download from here when it has ended; the PDFs it saves show up here.</source>
        <translation>Vous pourrez télécharger d&apos;ici quand ce sera fini&#xa0;; les PDF enregistrés apparaîtront ici.</translation>
    </message>
    <message>
        <source>Reading cancelled. Press Refresh to look again.</source>
        <translation>Lecture annulée. Cliquez sur Actualiser pour relancer la recherche.</translation>
    </message>
    <message>
        <source>The job approval PDFs could not be read: see the message above.</source>
        <translation>Les PDF de validation n&apos;ont pas pu être lus&#xa0;: voyez le message ci-dessus.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Job approval PDF lists</source>
        <translation>Listes des PDF de validation</translation>
    </message>
    <message>
        <source>Final approvals exported to the ERP whose PDF Odyssee has not made yet</source>
        <translation>Validations finales exportées vers l&apos;ERP dont Odyssee n&apos;a pas encore généré le PDF</translation>
    </message>
    <message>
        <source>Reading the job approval PDFs…</source>
        <translation>Lecture des PDF de validation…</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Aperçu du PDF</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Select a downloaded PDF to preview it here.</source>
        <translation>Sélectionnez un PDF téléchargé pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>As wide as the preview</source>
        <translation>Aussi large que l&apos;aperçu</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>A whole page at a time</source>
        <translation>Une page entière à la fois</translation>
    </message>
    <message>
        <source>Open externally</source>
        <translation>Ouvrir à part</translation>
    </message>
    <message>
        <source>Open the PDF in the program your computer uses for PDFs</source>
        <translation>Ouvrir le PDF dans le programme que votre ordinateur utilise pour les PDF</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation>Afficher le fichier dans son dossier</translation>
    </message>
    <message>
        <source>Download selected</source>
        <translation>Télécharger la sélection</translation>
    </message>
    <message>
        <source>Download all new</source>
        <translation>Tout télécharger</translation>
    </message>
    <message>
        <source>Open a profile to see its job approval PDFs.</source>
        <translation>Ouvrez un profil pour voir ses PDF de validation.</translation>
    </message>
    <message>
        <source>Set a download folder in Settings to list and download job approval PDFs.</source>
        <translation>Choisissez un dossier de téléchargement dans les Paramètres pour lister et télécharger les PDF de validation.</translation>
    </message>
    <message>
        <source>Reading the job approval PDFs</source>
        <translation>Lecture des PDF de validation</translation>
    </message>
    <message>
        <source>Looking for new job approval PDFs…</source>
        <translation>Recherche de nouveaux PDF de validation…</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Télécharger à nouveau</translation>
    </message>
    <message>
        <source>Download the selected files anew (the same path)</source>
        <translation>Télécharger à nouveau les fichiers sélectionnés (même chemin)</translation>
    </message>
    <message>
        <source>Download only the selected files</source>
        <translation>Ne télécharger que les fichiers sélectionnés</translation>
    </message>
    <message>
        <source>Download folder: {0}</source>
        <translation>Dossier de téléchargement&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %Ln new PDF(s)…</source>
        <translation>
            <numerusform>Téléchargement de %Ln nouveau PDF…</numerusform>
            <numerusform>Téléchargement de %Ln nouveaux PDF…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %Ln PDF(s)…</source>
        <translation>
            <numerusform>Téléchargement de %Ln PDF…</numerusform>
            <numerusform>Téléchargement de %Ln PDF…</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading job approval PDFs</source>
        <translation>Téléchargement des PDF de validation</translation>
    </message>
    <message numerus="yes">
        <source>Download cancelled after %Ln PDF(s).</source>
        <translation>
            <numerusform>Téléchargement annulé après %Ln PDF.</numerusform>
            <numerusform>Téléchargement annulé après %Ln PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %Ln PDF(s), then stopped: {0}</source>
        <translation>
            <numerusform>%Ln PDF téléchargé, puis arrêt&#xa0;: {0}</numerusform>
            <numerusform>%Ln PDF téléchargés, puis arrêt&#xa0;: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed and will be tried again at the next download.</source>
        <translation>
            <numerusform>%Ln a échoué et sera retenté au prochain téléchargement.</numerusform>
            <numerusform>%Ln ont échoué et seront retentés au prochain téléchargement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %Ln PDF(s); {0}</source>
        <translation>
            <numerusform>%Ln PDF téléchargé&#xa0;; {0}</numerusform>
            <numerusform>%Ln PDF téléchargés&#xa0;; {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>the download folder</source>
        <translation>le dossier de téléchargement</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %Ln PDF(s) into {0}.</source>
        <translation>
            <numerusform>%Ln PDF téléchargé dans {0}.</numerusform>
            <numerusform>%Ln PDF téléchargés dans {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) selected</source>
        <translation>
            <numerusform>%Ln fichier sélectionné</numerusform>
            <numerusform>%Ln fichiers sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}

Not downloaded yet: download it to preview it here.</source>
        <translation>{0}

Pas encore téléchargé&#xa0;: téléchargez-le pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>Odyssee has not made this PDF yet. It usually appears within minutes, sometimes hours; it is then listed under “New on the server”.</source>
        <translation>Odyssee n&apos;a pas encore généré ce PDF. Il apparaît en général en quelques minutes, parfois en quelques heures&#xa0;; il figure alors sous «&#xa0;Nouveaux sur le serveur&#xa0;».</translation>
    </message>
    <message>
        <source>The file is no longer at
{0}

Use “Download again” to fetch it anew.</source>
        <translation>Le fichier n&apos;est plus à l&apos;emplacement
{0}

Utilisez «&#xa0;Télécharger à nouveau&#xa0;» pour le récupérer.</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Ouverture de {0}…</translation>
    </message>
    <message>
        <source>Reading the PDF</source>
        <translation>Lecture du PDF</translation>
    </message>
    <message>
        <source>The PDF could not be read: {0}</source>
        <translation>Le PDF n&apos;a pas pu être lu&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not a PDF the preview can show ({0}). Try “Open externally”.</source>
        <translation>Ce fichier n&apos;est pas un PDF que l&apos;aperçu peut afficher ({0}). Essayez «&#xa0;Ouvrir à part&#xa0;».</translation>
    </message>
    <message>
        <source>The file: {0}</source>
        <translation>Le fichier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The folder: {0}</source>
        <translation>Le dossier&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Poller</name>
    <message>
        <source>Polling job approval PDFs</source>
        <translation>Vérification des PDF de validation</translation>
    </message>
    <message>
        <source>Polling completed work</source>
        <translation>Vérification des travaux terminés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new completed job approval(s): {0} not in the ERP yet</source>
        <translation>
            <numerusform>%Ln nouvelle validation terminée&#xa0;: {0} pas encore dans l&apos;ERP</numerusform>
            <numerusform>%Ln nouvelles validations terminées&#xa0;: {0} pas encore dans l&apos;ERP</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Odyssee Sync</source>
        <translation>Afficher Odyssee Sync</translation>
    </message>
    <message>
        <source>Check for new PDFs and completed work now</source>
        <translation>Chercher maintenant les nouveaux PDF et travaux terminés</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>Suspendre les vérifications</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The PDF poll failed: {0}</source>
        <translation>La vérification des PDF a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The completed work poll failed: {0}</source>
        <translation>La vérification des travaux terminés a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Polling paused.</source>
        <translation>Vérifications suspendues.</translation>
    </message>
    <message>
        <source>Polling resumed.</source>
        <translation>Vérifications reprises.</translation>
    </message>
    <message>
        <source>Reading the last runs</source>
        <translation>Lecture des dernières exécutions</translation>
    </message>
    <message>
        <source>{0} — polling paused</source>
        <translation>{0} — vérifications suspendues</translation>
    </message>
    <message>
        <source>{0} — last poll {1}</source>
        <translation>{0} — dernière vérification à {1}</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}, {3}</source>
        <translation>{0}, {1}&#xa0;: {2}, {3}</translation>
    </message>
    <message>
        <source>Still running in the tray and checking for new PDFs. Quit from the tray menu.</source>
        <translation>Toujours actif dans la zone de notification, à l&apos;affût des nouveaux PDF. Quittez depuis le menu de l&apos;icône.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Choose the profile to work with, then press “Open this profile”.</source>
        <translation>Choisissez le profil avec lequel travailler, puis cliquez sur «&#xa0;Ouvrir ce profil&#xa0;».</translation>
    </message>
    <message>
        <source>The profile &quot;{0}&quot; is already open in another Odyssee Sync Assistant window. Switch to that window, or open another profile.</source>
        <translation>Le profil «&#xa0;{0}&#xa0;» est déjà ouvert dans une autre fenêtre d&apos;Odyssee Sync Assistant. Passez à cette fenêtre ou ouvrez un autre profil.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>The state of the connection and of your Odyssee data at a glance.</source>
        <translation>L&apos;état de la connexion et de vos données Odyssee en un coup d&apos;œil.</translation>
    </message>
    <message>
        <source>Browse Odyssee</source>
        <translation>Parcourir Odyssee</translation>
    </message>
    <message>
        <source>Any Odyssee list, filtered and sorted on the server, with related records.</source>
        <translation>Toute liste d&apos;Odyssee, filtrée et triée sur le serveur, avec les fiches liées.</translation>
    </message>
    <message>
        <source>Pending pushes</source>
        <translation>Envois en attente</translation>
    </message>
    <message>
        <source>ERP changes waiting for your approval, field by field, then pushed to Odyssee.</source>
        <translation>Les modifications de l&apos;ERP qui attendent votre accord, champ par champ, puis envoyées à Odyssee.</translation>
    </message>
    <message>
        <source>Completed work</source>
        <translation>Travaux terminés</translation>
    </message>
    <message>
        <source>Final job approvals with their parts and hours, exported to the ERP.</source>
        <translation>Les validations finales avec leurs pièces et leurs heures, exportées vers l&apos;ERP.</translation>
    </message>
    <message>
        <source>Job approval PDFs</source>
        <translation>PDF des validations</translation>
    </message>
    <message>
        <source>The PDFs of job approvals: downloaded as Odyssee makes them, previewed here.</source>
        <translation>Les PDF des validations&#xa0;: téléchargés dès qu&apos;Odyssee les génère, affichés ici.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>The journal of every record sent or written, and the requests made to Odyssee.</source>
        <translation>Le journal de chaque fiche envoyée ou écrite, et les requêtes faites à Odyssee.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Connection profiles: Odyssee address and sign-in, ERP, folders, polling.</source>
        <translation>Profils de connexion&#xa0;: adresse et identifiants Odyssee, ERP, dossiers, vérifications.</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>Cancelled: the profile was closed.</source>
        <translation>Annulé&#xa0;: le profil a été fermé.</translation>
    </message>
    <message>
        <source>No password is saved for this profile.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>The profile &quot;{0}&quot; is already open in another Odyssee Sync Assistant window.</source>
        <translation>Le profil «&#xa0;{0}&#xa0;» est déjà ouvert dans une autre fenêtre d&apos;Odyssee Sync Assistant.</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>Something went wrong while {0}: {1}: {2}.</source>
        <translation>Un problème est survenu pendant l&apos;opération «&#xa0;{0}&#xa0;»&#xa0;: {1}&#xa0;: {2}.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}: {1}.</source>
        <translation>Un problème est survenu&#xa0;: {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
</TS>
