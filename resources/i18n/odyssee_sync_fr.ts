<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Before: {0}</source>
        <translation>Avant&#xa0;: {0}</translation>
    </message>
    <message>
        <source>After: {0}</source>
        <translation>Après&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} (job #{1})</source>
        <translation>{0} (intervention n° {1})</translation>
    </message>
    <message>
        <source>job #{0}</source>
        <translation>intervention n° {0}</translation>
    </message>
    <message>
        <source>approval {0}</source>
        <translation>bon {0}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Toutes les exécutions</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Undo push…</source>
        <translation>Défaire l&apos;envoi…</translation>
    </message>
    <message>
        <source>Send back to Odyssee the values it had before the push of the selected row (it asks first)</source>
        <translation>Renvoyer à Odyssee les valeurs qu&apos;il avait avant l&apos;envoi de la ligne sélectionnée (une confirmation est demandée)</translation>
    </message>
    <message>
        <source>Undo this row…</source>
        <translation>Défaire cette ligne…</translation>
    </message>
    <message>
        <source>Send back to Odyssee the values this record had before that push (it asks first)</source>
        <translation>Renvoyer à Odyssee les valeurs que cette fiche avait avant cet envoi (une confirmation est demandée)</translation>
    </message>
    <message>
        <source>Undo this push…</source>
        <translation>Défaire cet envoi…</translation>
    </message>
    <message>
        <source>The journal is empty: every record a push sends to Odyssee, and every completed job written to the ERP, will be listed here with its result.</source>
        <translation>Le journal est vide&#xa0;: chaque fiche envoyée à Odyssee et chaque intervention terminée écrite dans l&apos;ERP seront listées ici avec leur résultat.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>No request to Odyssee yet: each one this window sends is listed here, as it goes.</source>
        <translation>Aucune requête vers Odyssee pour l&apos;instant&#xa0;: chacune de celles que cette fenêtre envoie apparaît ici au fur et à mesure.</translation>
    </message>
    <message>
        <source>Requests to Odyssee</source>
        <translation>Requêtes vers Odyssee</translation>
    </message>
    <message>
        <source>Reading the journal</source>
        <translation>Lecture du journal</translation>
    </message>
    <message>
        <source>Select a row of a push to undo that push</source>
        <translation>Sélectionnez une ligne d&apos;un envoi pour défaire cet envoi</translation>
    </message>
    <message>
        <source>Reading what the push did</source>
        <translation>Lecture de ce que l&apos;envoi a fait</translation>
    </message>
    <message>
        <source>Undoing a push</source>
        <translation>Annulation d&apos;un envoi</translation>
    </message>
    <message>
        <source>Sending back what push run {0} changed…</source>
        <translation>Rétablissement de ce que l&apos;envoi n° {0} a modifié…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent back or archived</source>
        <translation>
            <numerusform>%Ln rétabli ou archivé</numerusform>
            <numerusform>%Ln rétablis ou archivés</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conflict: changed in Odyssee since, kept as it is</source>
        <translation>1 conflit&#xa0;: modifié dans Odyssee depuis, laissé tel quel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts: changed in Odyssee since, kept as they are</source>
        <translation>
            <numerusform>%Ln conflit&#xa0;: modifié dans Odyssee depuis, laissé tel quel</numerusform>
            <numerusform>%Ln conflits&#xa0;: modifiés dans Odyssee depuis, laissés tels quels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo of push run {0} cancelled: {1}. The ERP still has its values: Pending pushes offers them again.</source>
        <translation>Annulation de l&apos;envoi n° {0} interrompue&#xa0;: {1}. L&apos;ERP garde ses valeurs&#xa0;: Envois en attente les propose à nouveau.</translation>
    </message>
    <message>
        <source>Undo of push run {0} done: {1}. The ERP still has its values: Pending pushes offers them again.</source>
        <translation>Annulation de l&apos;envoi n° {0} terminée&#xa0;: {1}. L&apos;ERP garde ses valeurs&#xa0;: Envois en attente les propose à nouveau.</translation>
    </message>
    <message>
        <source>Pushing one company for the tour</source>
        <translation>Envoi d&apos;une société pour la visite guidée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) this session (the latest {0} are kept), {1} without success</source>
        <translation>
            <numerusform>%Ln requête pendant cette session (les {0} dernières sont gardées), {1} sans succès</numerusform>
            <numerusform>%Ln requêtes pendant cette session (les {0} dernières sont gardées), {1} sans succès</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) this session (the latest {0} are kept)</source>
        <translation>
            <numerusform>%Ln requête pendant cette session (les {0} dernières sont gardées)</numerusform>
            <numerusform>%Ln requêtes pendant cette session (les {0} dernières sont gardées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundQuestion</name>
    <message>
        <source>every minute</source>
        <translation>toutes les minutes</translation>
    </message>
    <message numerus="yes">
        <source>every %Ln minute(s)</source>
        <translation>
            <numerusform>toutes les %Ln minutes</numerusform>
            <numerusform>toutes les %Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Work in the background?</source>
        <translation>Travailler en arrière-plan&#xa0;?</translation>
    </message>
    <message>
        <source>May this window work by itself for “{0}”?</source>
        <translation>Cette fenêtre peut-elle travailler d&apos;elle-même pour «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>While the window (or its tray icon) is open, it can fetch new work from Odyssee without you pressing a button. Nothing runs in the background until you say so here or in Settings.</source>
        <translation>Tant que la fenêtre (ou son icône dans la zone de notification) est ouverte, elle peut aller chercher le nouveau travail dans Odyssee sans que vous cliquiez sur un bouton. Rien ne tourne en arrière-plan tant que vous ne l&apos;avez pas accepté ici ou dans les Paramètres.</translation>
    </message>
    <message>
        <source>Download new job approval PDFs as Odyssee makes them ({0}), into {1}</source>
        <translation>Télécharger les nouveaux PDF des bons d&apos;intervention dès qu&apos;Odyssee les génère ({0}), dans {1}</translation>
    </message>
    <message>
        <source>Write completed work to the ERP by itself ({0})</source>
        <translation>Écrire automatiquement le travail terminé dans l&apos;ERP ({0})</translation>
    </message>
    <message>
        <source>You can change this at any time in Settings.</source>
        <translation>Vous pouvez le modifier à tout moment dans les Paramètres.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>The answer could not be saved: {0}</source>
        <translation>La réponse n&apos;a pas pu être enregistrée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Saving the answer</source>
        <translation>Enregistrement de la réponse</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>{0} has no field {1} (at position {2})</source>
        <translation>{0} n&apos;a pas de champ {1} (à la position {2})</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>Pièces utilisées</translation>
    </message>
    <message>
        <source>Time and other lines</source>
        <translation>Temps et autres lignes</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Bons d&apos;intervention</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Browse Odyssee</source>
        <translation>Parcourir Odyssee</translation>
    </message>
    <message>
        <source>Search code or name</source>
        <translation>Rechercher un code ou un nom</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>$filter, e.g.  {0}</source>
        <translation>$filter, par ex.  {0}</translation>
    </message>
    <message>
        <source>Apply filter</source>
        <translation>Appliquer le filtre</translation>
    </message>
    <message>
        <source>No record to show. A search or a $filter may match none: clear them to see the whole list.</source>
        <translation>Aucune fiche à afficher. Une recherche ou un $filter ne trouve peut-être rien&#xa0;: effacez-les pour voir toute la liste.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Select a row to see all its fields here; a job or a company also shows its related records below.</source>
        <translation>Sélectionnez une ligne pour voir ici tous ses champs&#xa0;; une intervention ou une société affiche aussi ses fiches liées en dessous.</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger la suite</translation>
    </message>
    <message>
        <source>The request sent for the last page of this list</source>
        <translation>La requête envoyée pour la dernière page de cette liste</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Search {0}</source>
        <translation>Rechercher par {0}</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>{0} have no code or name to search: use $filter</source>
        <translation>Rien à rechercher dans «&#xa0;{0}&#xa0;» (ni code ni nom)&#xa0;: utilisez $filter</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>Chargement des {0}…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Open a profile in Settings to browse Odyssee.</source>
        <translation>Ouvrez un profil dans les Paramètres pour parcourir Odyssee.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>{0} shown ({1} on the server)</source>
        <translation>Affichage&#xa0;: {0} ({1} sur le serveur)</translation>
    </message>
    <message>
        <source>{0} of {1} loaded — scroll for more</source>
        <translation>{0} sur {1} — faites défiler pour charger la suite</translation>
    </message>
    <message>
        <source>{0} loaded</source>
        <translation>Affichage&#xa0;: {0}</translation>
    </message>
    <message>
        <source>loading stopped</source>
        <translation>chargement arrêté</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) selected</source>
        <translation>
            <numerusform>%Ln ligne sélectionnée</numerusform>
            <numerusform>%Ln lignes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Details of {0}</source>
        <translation>Détails&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Nothing under “{0}” for the selected record.</source>
        <translation>Rien dans «&#xa0;{0}&#xa0;» pour la fiche sélectionnée.</translation>
    </message>
</context>
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
        <translation>Vérification des autres postes actifs</translation>
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
        <translation>Mode démo&#xa0;: un Odyssee simulé à l&apos;adresse {0}. Rien ici ne touche un vrai environnement. Les nouveaux PDF sont téléchargés en arrière-plan, comme pour un profil dont le propriétaire l&apos;a accepté (un vrai profil le demande d&apos;abord&#xa0;; vous pouvez le désactiver dans les Paramètres).</translation>
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
        <translation>Sites</translation>
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
        <translation>Bons d&apos;intervention</translation>
    </message>
    <message>
        <source>final approvals, without the daily ones</source>
        <translation>bons finaux, sans les journaliers</translation>
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
        <translation>bons finaux pas encore dans l&apos;ERP</translation>
    </message>
    <message>
        <source>New job approval PDFs</source>
        <translation>Nouveaux PDF de bons d&apos;intervention</translation>
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
        <translation>Décompte</translation>
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
        <translation>Qui d&apos;autre travaille en ce moment</translation>
    </message>
    <message>
        <source>No push, export or download has run for this profile yet. Each run will be listed here with its result.</source>
        <translation>Aucun envoi, export ou téléchargement n&apos;a encore été lancé pour ce profil. Chaque exécution apparaîtra ici avec son résultat.</translation>
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
        <translation>Les PDF des bons d&apos;intervention n&apos;ont pas encore de destination&#xa0;: choisissez un dossier de téléchargement dans les Paramètres.</translation>
    </message>
    <message>
        <source>No new job approval PDF on the server: every one Odyssee has made is downloaded.</source>
        <translation>Aucun nouveau PDF de bon d&apos;intervention sur le serveur&#xa0;: tous ceux qu&apos;Odyssee a générés sont téléchargés.</translation>
    </message>
    <message>
        <source>Nothing downloaded yet. Download the new PDFs (“Download all new”) and they are listed here.</source>
        <translation>Rien n&apos;a encore été téléchargé. Téléchargez les nouveaux PDF («&#xa0;Tout télécharger&#xa0;») et ils apparaîtront ici.</translation>
    </message>
    <message>
        <source>No exported approval is waiting for its PDF.</source>
        <translation>Aucun bon d&apos;intervention exporté n&apos;attend son PDF.</translation>
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
        <translation>Bon d&apos;intervention</translation>
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
        <translation>PDF des bons d&apos;intervention</translation>
    </message>
    <message>
        <source>The reports Odyssee makes of final job approvals, filed by job reference in your download folder.</source>
        <translation>Les rapports qu&apos;Odyssee établit pour les bons d&apos;intervention finaux, classés par référence d&apos;intervention dans votre dossier de téléchargement.</translation>
    </message>
    <message>
        <source>You can download from here when it has ended; the PDFs it saves show up here.</source>
        <translation>Vous pourrez télécharger depuis cette page une fois l&apos;opération terminée&#xa0;; les PDF enregistrés apparaîtront ici.</translation>
    </message>
    <message>
        <source>Reading cancelled. Press Refresh to look again.</source>
        <translation>Lecture annulée. Cliquez sur Actualiser pour relancer la recherche.</translation>
    </message>
    <message>
        <source>The job approval PDFs could not be read: see the message above.</source>
        <translation>Les PDF des bons d&apos;intervention n&apos;ont pas pu être lus&#xa0;: voir le message ci-dessus.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Job approval PDF lists</source>
        <translation>Listes des PDF des bons d&apos;intervention</translation>
    </message>
    <message>
        <source>Final approvals exported to the ERP whose PDF Odyssee has not made yet</source>
        <translation>Bons d&apos;intervention finaux exportés vers l&apos;ERP dont Odyssee n&apos;a pas encore généré le PDF</translation>
    </message>
    <message>
        <source>Reading the job approval PDFs…</source>
        <translation>Lecture des PDF des bons d&apos;intervention…</translation>
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
        <translation>Ouvrir en externe</translation>
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
        <translation>Ouvrez un profil pour voir les PDF de ses bons d&apos;intervention.</translation>
    </message>
    <message>
        <source>Set a download folder in Settings to list and download job approval PDFs.</source>
        <translation>Choisissez un dossier de téléchargement dans les Paramètres pour lister et télécharger les PDF des bons d&apos;intervention.</translation>
    </message>
    <message>
        <source>Reading the job approval PDFs</source>
        <translation>Lecture des PDF des bons d&apos;intervention</translation>
    </message>
    <message>
        <source>Looking for new job approval PDFs…</source>
        <translation>Recherche de nouveaux PDF de bons d&apos;intervention…</translation>
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
        <translation>Téléchargement des PDF des bons d&apos;intervention</translation>
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
        <translation>Ce fichier n&apos;est pas un PDF que l&apos;aperçu peut afficher ({0}). Essayez «&#xa0;Ouvrir en externe&#xa0;».</translation>
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
        <source>no download folder set</source>
        <translation>aucun dossier de téléchargement défini</translation>
    </message>
    <message>
        <source>Polling job approval PDFs</source>
        <translation>Vérification des PDF des bons d&apos;intervention</translation>
    </message>
    <message>
        <source>Polling completed work</source>
        <translation>Vérification des travaux terminés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new completed job approval(s): {0} not in the ERP yet</source>
        <translation>
            <numerusform>%Ln nouveau bon d&apos;intervention final&#xa0;: {0} pas encore dans l&apos;ERP</numerusform>
            <numerusform>%Ln nouveaux bons d&apos;intervention finaux&#xa0;: {0} pas encore dans l&apos;ERP</numerusform>
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
    <name>PushConfirmation</name>
    <message>
        <source>Send to Odyssee?</source>
        <translation>Envoyer vers Odyssee&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln change(s) to Odyssee?</source>
        <translation>
            <numerusform>Envoyer %Ln modification vers Odyssee&#xa0;?</numerusform>
            <numerusform>Envoyer %Ln modifications vers Odyssee&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln change(s)</source>
        <translation>
            <numerusform>Envoyer %Ln modification</numerusform>
            <numerusform>Envoyer %Ln modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}:&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;{0}&#xa0;:&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <source>The conflicts overwrite what was edited in Odyssee.</source>
        <translation>Les conflits écrasent ce qui a été modifié dans Odyssee.</translation>
    </message>
    <message>
        <source>Not sent: {0}.</source>
        <translation>Non envoyées&#xa0;: {0}.</translation>
    </message>
</context>
<context>
    <name>PushPage</name>
    <message>
        <source>Creates</source>
        <translation>Créations</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <source>This profile names no ERP database, so there is nothing to compare with Odyssee. Set the ERP in Settings.</source>
        <translation>Ce profil n&apos;indique aucune base de données ERP&#xa0;: il n&apos;y a donc rien à comparer avec Odyssee. Indiquez l&apos;ERP dans les Paramètres.</translation>
    </message>
    <message>
        <source>Unchecked rows are not sent and stay pending. Skip sets rows aside: they leave this list (see “Skipped”) until their ERP row changes or you bring them back. Invalid rows are never sent; correct them in the ERP.</source>
        <translation>Les lignes décochées ne sont pas envoyées et restent en attente. Écarter met des lignes de côté&#xa0;: elles quittent cette liste (voir «&#xa0;Écartées&#xa0;») jusqu&apos;à ce que leur ligne ERP change ou que vous les rétablissiez. Les lignes invalides ne sont jamais envoyées&#xa0;; corrigez-les dans l&apos;ERP.</translation>
    </message>
    <message>
        <source>Skipped rows are not sent and not counted as pending until their ERP row changes. Bring back makes the selected ones pending again.</source>
        <translation>Les lignes écartées ne sont ni envoyées ni comptées comme en attente jusqu&apos;à ce que leur ligne ERP change. Rétablir remet les lignes sélectionnées en attente.</translation>
    </message>
    <message>
        <source>No ERP database is set for this profile.</source>
        <translation>Aucune base de données ERP n&apos;est définie pour ce profil.</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>nouvelle valeur</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>edited in Odyssee / problem</source>
        <translation>modifié dans Odyssee / problème</translation>
    </message>
    <message>
        <source>What the ERP would change in Odyssee, row by row. Nothing is sent until you press Push.</source>
        <translation>Ce que l&apos;ERP modifierait dans Odyssee, ligne par ligne. Rien n&apos;est envoyé avant que vous cliquiez sur Envoyer.</translation>
    </message>
    <message>
        <source>You can push from here when it has ended; compare again then.</source>
        <translation>Vous pourrez envoyer d&apos;ici une fois terminé&#xa0;; comparez alors à nouveau.</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>Modifications seulement</translation>
    </message>
    <message>
        <source>Hide the rows already equal in Odyssee (links) and those without a change</source>
        <translation>Masquer les lignes déjà identiques dans Odyssee (liaisons) et celles sans modification</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Écartées</translation>
    </message>
    <message>
        <source>List only the rows skipped earlier: “Bring back” makes them pending again</source>
        <translation>N&apos;afficher que les lignes écartées auparavant&#xa0;: «&#xa0;Rétablir&#xa0;» les remet en attente</translation>
    </message>
    <message>
        <source>Compare again</source>
        <translation>Comparer à nouveau</translation>
    </message>
    <message>
        <source>Read the ERP again and compare it with Odyssee</source>
        <translation>Relire l&apos;ERP et le comparer avec Odyssee</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Cocher&#xa0;:</translation>
    </message>
    <message>
        <source>Comparing the ERP with Odyssee…</source>
        <translation>Comparaison de l&apos;ERP avec Odyssee…</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Select a row to see its fields: what Odyssee has now and what the ERP proposes.</source>
        <translation>Sélectionnez une ligne pour voir ses champs&#xa0;: ce qu&apos;Odyssee contient maintenant et ce que l&apos;ERP propose.</translation>
    </message>
    <message>
        <source>Skip selected</source>
        <translation>Écarter la sélection</translation>
    </message>
    <message>
        <source>Set the selected rows aside: not sent, and out of this list until their ERP row changes</source>
        <translation>Mettre les lignes sélectionnées de côté&#xa0;: non envoyées, et hors de cette liste jusqu&apos;à ce que leur ligne ERP change</translation>
    </message>
    <message>
        <source>Bring back selected</source>
        <translation>Rétablir la sélection</translation>
    </message>
    <message>
        <source>Take back the skip: the selected rows are pending again</source>
        <translation>Revenir sur l&apos;écart&#xa0;: les lignes sélectionnées sont de nouveau en attente</translation>
    </message>
    <message>
        <source>Push checked</source>
        <translation>Envoyer les lignes cochées</translation>
    </message>
    <message>
        <source>Open a profile to compare its ERP with Odyssee.</source>
        <translation>Ouvrez un profil pour comparer son ERP avec Odyssee.</translation>
    </message>
    <message>
        <source>Comparing the ERP with Odyssee</source>
        <translation>Comparaison de l&apos;ERP avec Odyssee</translation>
    </message>
    <message>
        <source>Reading the ERP and comparing it with Odyssee…</source>
        <translation>Lecture de l&apos;ERP et comparaison avec Odyssee…</translation>
    </message>
    <message>
        <source>Comparison cancelled. Press “Compare again” to start it anew.</source>
        <translation>Comparaison annulée. Cliquez sur «&#xa0;Comparer à nouveau&#xa0;» pour la relancer.</translation>
    </message>
    <message>
        <source>No comparison: see the message above.</source>
        <translation>Pas de comparaison&#xa0;: voyez le message ci-dessus.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message numerus="yes">
        <source>Part of the comparison could not be made: {0} (and %Ln more problem(s))</source>
        <translation>
            <numerusform>Une partie de la comparaison n&apos;a pas pu être faite&#xa0;: {0} (et %Ln autre problème)</numerusform>
            <numerusform>Une partie de la comparaison n&apos;a pas pu être faite&#xa0;: {0} (et %Ln autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the comparison could not be made: {0}</source>
        <translation>Une partie de la comparaison n&apos;a pas pu être faite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>Pas encore de comparaison.</translation>
    </message>
    <message>
        <source>nothing to push</source>
        <translation>rien à envoyer</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}:&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;{0}&#xa0;:&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <source>The mapping names no entity.</source>
        <translation>La correspondance ne nomme aucun type de fiche.</translation>
    </message>
    <message numerus="yes">
        <source>Compared at {0} with %Ln request(s) to Odyssee.</source>
        <translation>
            <numerusform>Comparé le {0} avec %Ln requête vers Odyssee.</numerusform>
            <numerusform>Comparé le {0} avec %Ln requêtes vers Odyssee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid: cannot be pushed</source>
        <translation>
            <numerusform>%Ln invalide&#xa0;: ne peut pas être envoyée</numerusform>
            <numerusform>%Ln invalides&#xa0;: ne peuvent pas être envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>Push checked ({0})</source>
        <translation>Envoyer les lignes cochées ({0})</translation>
    </message>
    <message>
        <source>Skipped ({0})</source>
        <translation>Écartées ({0})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) selected</source>
        <translation>
            <numerusform>%Ln ligne sélectionnée</numerusform>
            <numerusform>%Ln lignes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be pushed: {0}</source>
        <translation>Ne peut pas être envoyée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Someone edited this record in Odyssee since the last push. Check the row to overwrite their edit with the ERP&apos;s values.</source>
        <translation>Quelqu&apos;un a modifié cette fiche dans Odyssee depuis le dernier envoi. Cochez la ligne pour écraser sa modification avec les valeurs de l&apos;ERP.</translation>
    </message>
    <message>
        <source>{0}. It is not sent; “Bring back” makes it pending again.</source>
        <translation>{0}. Elle n&apos;est pas envoyée&#xa0;; «&#xa0;Rétablir&#xa0;» la remet en attente.</translation>
    </message>
    <message>
        <source>Skipping rows</source>
        <translation>Écart des lignes</translation>
    </message>
    <message numerus="yes">
        <source>Skipping %Ln row(s)…</source>
        <translation>
            <numerusform>Écart de %Ln ligne…</numerusform>
            <numerusform>Écart de %Ln lignes…</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row skipped: not sent, and listed under “Skipped” until its ERP row changes.</source>
        <translation>1 ligne écartée&#xa0;: non envoyée, et listée sous «&#xa0;Écartées&#xa0;» jusqu&apos;à ce que sa ligne ERP change.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows skipped: not sent, and listed under “Skipped” until their ERP row changes.</source>
        <translation>
            <numerusform>%Ln ligne écartée&#xa0;: non envoyée, et listée sous «&#xa0;Écartées&#xa0;» jusqu&apos;à ce que sa ligne ERP change.</numerusform>
            <numerusform>%Ln lignes écartées&#xa0;: non envoyées, et listées sous «&#xa0;Écartées&#xa0;» jusqu&apos;à ce que leur ligne ERP change.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Bringing rows back</source>
        <translation>Rétablissement des lignes</translation>
    </message>
    <message numerus="yes">
        <source>Bringing back %Ln row(s)…</source>
        <translation>
            <numerusform>Rétablissement de %Ln ligne…</numerusform>
            <numerusform>Rétablissement de %Ln lignes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) brought back: pending again.</source>
        <translation>
            <numerusform>%Ln ligne rétablie&#xa0;: de nouveau en attente.</numerusform>
            <numerusform>%Ln lignes rétablies&#xa0;: de nouveau en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bring back %Ln row(s)</source>
        <translation>
            <numerusform>Rétablir %Ln ligne</numerusform>
            <numerusform>Rétablir %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skip %Ln row(s)</source>
        <translation>
            <numerusform>Écarter %Ln ligne</numerusform>
            <numerusform>Écarter %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip the unchecked rows ({0})</source>
        <translation>Écarter les lignes décochées ({0})</translation>
    </message>
    <message>
        <source>1 row unchecked (it stays pending)</source>
        <translation>1 ligne décochée (elle reste en attente)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows unchecked (they stay pending)</source>
        <translation>
            <numerusform>%Ln ligne décochée (elle reste en attente)</numerusform>
            <numerusform>%Ln lignes décochées (elles restent en attente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing to Odyssee</source>
        <translation>Envoi vers Odyssee</translation>
    </message>
    <message numerus="yes">
        <source>Pushing %Ln change(s) to Odyssee…</source>
        <translation>
            <numerusform>Envoi de %Ln modification vers Odyssee…</numerusform>
            <numerusform>Envoi de %Ln modifications vers Odyssee…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln fait</numerusform>
            <numerusform>%Ln faits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln non envoyé</numerusform>
            <numerusform>%Ln non envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchecked, still pending</source>
        <translation>
            <numerusform>%Ln décochée, toujours en attente</numerusform>
            <numerusform>%Ln décochées, toujours en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid, not sent</source>
        <translation>
            <numerusform>%Ln invalide, non envoyée</numerusform>
            <numerusform>%Ln invalides, non envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>Push cancelled: {0}. The rest was not sent.</source>
        <translation>Envoi annulé&#xa0;: {0}. Le reste n&apos;a pas été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Pushed to Odyssee: {0} (%Ln request(s)).</source>
        <translation>
            <numerusform>Envoyé vers Odyssee&#xa0;: {0} (%Ln requête).</numerusform>
            <numerusform>Envoyé vers Odyssee&#xa0;: {0} (%Ln requêtes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushed with problems: {0}. The rows in red say why.</source>
        <translation>Envoyé avec des problèmes&#xa0;: {0}. Les lignes en rouge disent pourquoi.</translation>
    </message>
    <message>
        <source>No skipped rows: every ERP change is pending or pushed.</source>
        <translation>Aucune ligne écartée&#xa0;: chaque modification de l&apos;ERP est en attente ou envoyée.</translation>
    </message>
    <message>
        <source>Nothing to review: Odyssee has every ERP change.</source>
        <translation>Rien à examiner&#xa0;: Odyssee a toutes les modifications de l&apos;ERP.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped (see “Skipped”).</source>
        <translation>
            <numerusform>%Ln ligne écartée (voir «&#xa0;Écartées&#xa0;»).</numerusform>
            <numerusform>%Ln lignes écartées (voir «&#xa0;Écartées&#xa0;»).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 ERP row is already in Odyssee with the same values: pushing only records which record is theirs (untick “Changes only” to see them).</source>
        <translation>1 ligne ERP est déjà dans Odyssee avec les mêmes valeurs&#xa0;: l&apos;envoi note seulement quelle fiche lui correspond (décochez «&#xa0;Modifications seulement&#xa0;» pour la voir).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ERP rows are already in Odyssee with the same values: pushing only records which record is theirs (untick “Changes only” to see them).</source>
        <translation>
            <numerusform>%Ln ligne ERP est déjà dans Odyssee avec les mêmes valeurs&#xa0;: l&apos;envoi note seulement quelle fiche lui correspond (décochez «&#xa0;Modifications seulement&#xa0;» pour la voir).</numerusform>
            <numerusform>%Ln lignes ERP sont déjà dans Odyssee avec les mêmes valeurs&#xa0;: l&apos;envoi note seulement quelle fiche leur correspond (décochez «&#xa0;Modifications seulement&#xa0;» pour les voir).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row is unchanged since the last push.</source>
        <translation>1 ligne est inchangée depuis le dernier envoi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows are unchanged since the last push.</source>
        <translation>
            <numerusform>%Ln ligne est inchangée depuis le dernier envoi.</numerusform>
            <numerusform>%Ln lignes sont inchangées depuis le dernier envoi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteTableModel</name>
    <message>
        <source>{0} ({1}): click to sort on the server</source>
        <translation>{0} ({1})&#xa0;: cliquez pour trier sur le serveur</translation>
    </message>
</context>
<context>
    <name>RewindDialog</name>
    <message>
        <source>Re-export completed work</source>
        <translation>Réexporter les travaux terminés</translation>
    </message>
    <message>
        <source>Every final approval changed since this date is written to the ERP again. Rows the ERP already has are updated, never added twice; what the ERP marked as processed stays so.</source>
        <translation>Chaque bon d&apos;intervention final modifié depuis cette date est réécrit dans l&apos;ERP. Les lignes que l&apos;ERP possède déjà sont mises à jour, jamais ajoutées deux fois&#xa0;; ce que l&apos;ERP a marqué comme traité le reste.</translation>
    </message>
    <message>
        <source>Re-export</source>
        <translation>Réexporter</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
</context>
<context>
    <name>SendConfirmation</name>
    <message>
        <source>{0} at {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <source>Tenant: &lt;b&gt;{0}&lt;/b&gt; (profile “{1}”)</source>
        <translation>Environnement&#xa0;: &lt;b&gt;{0}&lt;/b&gt; (profil «&#xa0;{1}&#xa0;»)</translation>
    </message>
    <message>
        <source>PRODUCTION — the tenant your technicians work in: they see these changes at once.</source>
        <translation>PRODUCTION — l&apos;environnement où travaillent vos techniciens&#xa0;: ils voient ces modifications immédiatement.</translation>
    </message>
    <message>
        <source>Not marked as production (a test or training tenant).</source>
        <translation>Pas marqué comme production (un environnement de test ou de formation).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Connexion avec</translation>
    </message>
    <message>
        <source>ERP database</source>
        <translation>Base de données ERP</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>Fichier de correspondance</translation>
    </message>
    <message>
        <source>Export completed work to</source>
        <translation>Exporter le travail terminé vers</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Dossier de téléchargement</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>Noms des fichiers</translation>
    </message>
    <message>
        <source>New PDFs: check every</source>
        <translation>Nouveaux PDF&#xa0;: vérifier toutes les</translation>
    </message>
    <message>
        <source>Completed work: check every</source>
        <translation>Travail terminé&#xa0;: vérifier toutes les</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Certificats d&apos;autorité (CA)</translation>
    </message>
    <message>
        <source>Export completed work automatically when polling</source>
        <translation>Exporter automatiquement le travail terminé</translation>
    </message>
    <message>
        <source>Download new PDFs automatically when polling</source>
        <translation>Télécharger automatiquement les nouveaux PDF</translation>
    </message>
    <message>
        <source>Outbox file format</source>
        <translation>Format des fichiers d&apos;envoi</translation>
    </message>
    <message>
        <source>State database</source>
        <translation>Base de données d&apos;état</translation>
    </message>
    <message>
        <source>Requests at once, at most</source>
        <translation>Requêtes simultanées (max.)</translation>
    </message>
    <message>
        <source>Production tenant</source>
        <translation>Environnement de production</translation>
    </message>
    <message>
        <source>Run on its own</source>
        <translation>Exécution automatique</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
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
        <source>Odyssee refused this password: check it, the user name and the domain.</source>
        <translation>Odyssee a refusé ce mot de passe&#xa0;: vérifiez-le, ainsi que le nom d&apos;utilisateur et le domaine.</translation>
    </message>
    <message>
        <source>Nothing answered at this address: check it, and that this computer can reach it.</source>
        <translation>Rien n&apos;a répondu à cette adresse&#xa0;: vérifiez-la, et que cet ordinateur peut l&apos;atteindre.</translation>
    </message>
    <message>
        <source>The secure connection failed: behind a company proxy, give its CA bundle here.</source>
        <translation>La connexion sécurisée a échoué&#xa0;: derrière un proxy d&apos;entreprise, indiquez ici ses certificats d&apos;autorité.</translation>
    </message>
    <message>
        <source>This is not the address of an Odyssee API: it usually ends in /api.</source>
        <translation>Ce n&apos;est pas l&apos;adresse d&apos;une API Odyssee&#xa0;: elle se termine généralement par /api.</translation>
    </message>
    <message>
        <source>Something answered at this address, but not as Odyssee does.</source>
        <translation>Quelque chose a répondu à cette adresse, mais pas comme Odyssee.</translation>
    </message>
    <message>
        <source>Odyssee refused this API key: check it, the user name and the domain.</source>
        <translation>Odyssee a refusé cette clé API&#xa0;: vérifiez-la, ainsi que le nom d&apos;utilisateur et le domaine.</translation>
    </message>
    <message>
        <source>Type the password first: none is saved for this profile.</source>
        <translation>Saisissez d&apos;abord le mot de passe&#xa0;: aucun n&apos;est enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>Type the API key first: none is saved for this profile.</source>
        <translation>Saisissez d&apos;abord la clé API&#xa0;: aucune n&apos;est enregistrée pour ce profil.</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>In minutes: type 5, or 2.5 or &quot;2 min 30 s&quot; for part of a minute.</source>
        <translation>En minutes&#xa0;: tapez 5, ou 2.5 ou «&#xa0;2 min 30 s&#xa0;» pour une partie de minute.</translation>
    </message>
    <message>
        <source>No profile yet: “New profile” sets up the connection to Odyssee and your ERP.</source>
        <translation>Aucun profil pour l&apos;instant&#xa0;: «&#xa0;Nouveau profil&#xa0;» configure la connexion à Odyssee et à votre ERP.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Open this profile</source>
        <translation>Ouvrir ce profil</translation>
    </message>
    <message>
        <source>Work with this profile in this window</source>
        <translation>Travailler avec ce profil dans cette fenêtre</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Applies the next time the window opens.</source>
        <translation>S&apos;applique à la prochaine ouverture de la fenêtre.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <source>the domain you sign in to Odyssee with</source>
        <translation>le domaine avec lequel vous vous connectez à Odyssee</translation>
    </message>
    <message>
        <source>e.g. APIUser</source>
        <translation>p. ex. APIUser</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Pasted Authorization header (API key)</source>
        <translation>En-tête Authorization collé (clé API)</translation>
    </message>
    <message>
        <source>Production tenant (real customers and technicians)</source>
        <translation>Environnement de production (vrais clients et techniciens)</translation>
    </message>
    <message>
        <source>sqlite:///C:/ERP/erp.db  or  postgresql://user@host/erp</source>
        <translation>sqlite:///C:/ERP/erp.db  ou  postgresql://user@host/erp</translation>
    </message>
    <message>
        <source>only when the address names a user</source>
        <translation>seulement si l&apos;adresse nomme un utilisateur</translation>
    </message>
    <message>
        <source>the built-in default mapping</source>
        <translation>la correspondance intégrée par défaut</translation>
    </message>
    <message>
        <source>the ERP database&apos;s staging tables, a folder or https://…</source>
        <translation>les tables de transit de la base ERP, un dossier ou https://…</translation>
    </message>
    <message>
        <source>a folder for job approval PDFs</source>
        <translation>un dossier pour les PDF des bons d&apos;intervention</translation>
    </message>
    <message>
        <source>The program finds how many requests Odyssee takes at once by itself, and never sends more than this. Lower it if your Odyssee or its proxy is shared with other programs.</source>
        <translation>Le programme détermine lui-même combien de requêtes Odyssee accepte à la fois, et n&apos;en envoie jamais plus que ce nombre. Diminuez-le si votre Odyssee ou son proxy est partagé avec d&apos;autres programmes.</translation>
    </message>
    <message>
        <source>only for company proxies with their own certificates</source>
        <translation>seulement pour les proxys d&apos;entreprise avec leurs propres certificats</translation>
    </message>
    <message>
        <source>Without it, the background check only counts the approvals ready for the ERP; you export them from the Work page.</source>
        <translation>Sans cela, la vérification en arrière-plan compte seulement les bons prêts pour l&apos;ERP&#xa0;; vous les exportez depuis la page Travail terminé.</translation>
    </message>
    <message>
        <source>While the window or its tray icon is open, new job approval PDFs are saved in the download folder without you pressing Download. Off until you turn it on.</source>
        <translation>Tant que la fenêtre ou son icône de notification est ouverte, les nouveaux PDF des bons d&apos;intervention sont enregistrés dans le dossier de téléchargement sans que vous cliquiez sur Télécharger. Désactivé tant que vous ne l&apos;activez pas.</translation>
    </message>
    <message>
        <source>ERP password</source>
        <translation>Mot de passe ERP</translation>
    </message>
    <message>
        <source>Used only when completed work goes to a folder (the outbox), not to a database.</source>
        <translation>Utilisé seulement quand le travail terminé va dans un dossier (la boîte d&apos;envoi), pas dans une base de données.</translation>
    </message>
    <message>
        <source>empty: this computer only</source>
        <translation>vide&#xa0;: cet ordinateur seulement</translation>
    </message>
    <message>
        <source>A database the whole office shares for what was pushed, exported and downloaded, and for who is at work: e.g. postgresql+psycopg://sync@erp-db/erp?schema=odyssee_sync. Every workstation of this tenant and ERP gives the same address.</source>
        <translation>Une base de données que tout le bureau partage pour ce qui a été envoyé, exporté et téléchargé, et pour savoir qui travaille&#xa0;: p. ex. postgresql+psycopg://sync@erp-db/erp?schema=odyssee_sync. Chaque poste de cet environnement et de cet ERP indique la même adresse.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Open the state database with these settings and say who is at work</source>
        <translation>Ouvrir la base de données d&apos;état avec ces réglages et dire qui travaille</translation>
    </message>
    <message>
        <source>Shared with the office</source>
        <translation>Partagé avec le bureau</translation>
    </message>
    <message>
        <source>State password</source>
        <translation>Mot de passe de l&apos;état</translation>
    </message>
    <message>
        <source>With a shared state, several workstations and a scheduled task work as one: each record is created once, each approval exported once, each PDF filed once, and everyone sees who is at work. To move this computer&apos;s history there, run odyssee-sync state migrate --to ADDRESS.</source>
        <translation>Avec un état partagé, plusieurs postes et une tâche planifiée travaillent comme un seul&#xa0;: chaque fiche est créée une fois, chaque bon exporté une fois, chaque PDF classé une fois, et chacun voit qui travaille. Pour y déplacer l&apos;historique de cet ordinateur, lancez odyssee-sync state migrate --to ADRESSE.</translation>
    </message>
    <message>
        <source>Job approval PDFs and polling</source>
        <translation>PDF des bons d&apos;intervention et vérifications</translation>
    </message>
    <message>
        <source>Placeholders such as {job_reference} and {file_name}; a / makes a sub-folder.</source>
        <translation>Des variables comme {job_reference} et {file_name}&#xa0;; un / crée un sous-dossier.</translation>
    </message>
    <message>
        <source>Run on its own, every</source>
        <translation>Exécuter automatiquement, toutes les</translation>
    </message>
    <message>
        <source>Each round exports completed work and downloads new PDFs. The operating system&apos;s scheduler starts it, also when this window is closed (and with no one logged in, where the computer allows it).</source>
        <translation>Chaque passage exporte le travail terminé et télécharge les nouveaux PDF. Le planificateur du système d&apos;exploitation le lance, même quand cette fenêtre est fermée (et sans personne de connecté, si l&apos;ordinateur le permet).</translation>
    </message>
    <message>
        <source>Run automatically</source>
        <translation>Exécution automatique</translation>
    </message>
    <message>
        <source>Not in the demo: its Odyssee runs only while this window is open.</source>
        <translation>Pas dans la démo&#xa0;: son Odyssee ne tourne que tant que cette fenêtre est ouverte.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Save these settings although the connection test failed</source>
        <translation>Enregistrer ces réglages bien que le test de connexion ait échoué</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Test the connection, then save the profile</source>
        <translation>Tester la connexion, puis enregistrer le profil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Welcome. Set up the connection to your Odyssee tenant: its address, your domain, user name and password (kept in the system keyring, never in a file).</source>
        <translation>Bienvenue. Configurez la connexion à votre environnement Odyssee&#xa0;: son adresse, votre domaine, votre nom d&apos;utilisateur et votre mot de passe (gardé dans le trousseau du système, jamais dans un fichier).</translation>
    </message>
    <message>
        <source>Save your changes to the profile &quot;{0}&quot;?</source>
        <translation>Enregistrer vos modifications du profil «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Save the new profile &quot;{0}&quot;?</source>
        <translation>Enregistrer le nouveau profil «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Save the new profile?</source>
        <translation>Enregistrer le nouveau profil&#xa0;?</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Réglages non enregistrés</translation>
    </message>
    <message>
        <source>Changed, not saved yet: {0}.

Save tests the connection first, then saves; Discard forgets the changes.</source>
        <translation>Modifié, pas encore enregistré&#xa0;: {0}.

Enregistrer teste d&apos;abord la connexion, puis enregistre&#xa0;; Ne pas tenir compte oublie les modifications.</translation>
    </message>
    <message>
        <source>Reading the profiles</source>
        <translation>Lecture des profils</translation>
    </message>
    <message>
        <source>{0}  (open)</source>
        <translation>{0}  (ouvert)</translation>
    </message>
    <message>
        <source>Saving the language</source>
        <translation>Enregistrement de la langue</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is open in this window: open another profile first, then delete this one.</source>
        <translation>«&#xa0;{0}&#xa0;» est ouvert dans cette fenêtre&#xa0;: ouvrez d&apos;abord un autre profil, puis supprimez celui-ci.</translation>
    </message>
    <message>
        <source>Delete the selected profile and its saved passwords</source>
        <translation>Supprimer le profil sélectionné et ses mots de passe enregistrés</translation>
    </message>
    <message>
        <source>The keyring keeps the password under this name.</source>
        <translation>Le trousseau garde le mot de passe sous ce nom.</translation>
    </message>
    <message>
        <source>Set up when the profile is saved.</source>
        <translation>Configuré à l&apos;enregistrement du profil.</translation>
    </message>
    <message>
        <source>Looking for a schedule on this computer…</source>
        <translation>Recherche d&apos;une planification sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Reading the schedule</source>
        <translation>Lecture de la planification</translation>
    </message>
    <message>
        <source>Looking in the keyring…</source>
        <translation>Recherche dans le trousseau…</translation>
    </message>
    <message>
        <source>Reading the keyring</source>
        <translation>Lecture du trousseau</translation>
    </message>
    <message>
        <source>saved — type to replace</source>
        <translation>enregistré — tapez pour remplacer</translation>
    </message>
    <message>
        <source>✖ The schedule is not changed: {0}</source>
        <translation>✖ La planification n&apos;est pas modifiée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Not set up on this computer: completed work and PDFs come in while this window is open.</source>
        <translation>Pas configuré sur cet ordinateur&#xa0;: le travail terminé et les PDF arrivent tant que cette fenêtre est ouverte.</translation>
    </message>
    <message>
        <source>Every {0} min. {1}</source>
        <translation>Toutes les {0} min. {1}</translation>
    </message>
    <message>
        <source>Set up on this computer: a round every {0} min.</source>
        <translation>Configuré sur cet ordinateur&#xa0;: un passage toutes les {0} min.</translation>
    </message>
    <message>
        <source>Completed work goes to: {0}.</source>
        <translation>Le travail terminé va vers&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>No export target yet: completed work is not written anywhere.</source>
        <translation>Pas encore de destination d&apos;export&#xa0;: le travail terminé n&apos;est écrit nulle part.</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Valeur de l&apos;en-tête</translation>
    </message>
    <message>
        <source>Choosing the profile</source>
        <translation>Choix du profil</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is open in this window and cannot be deleted: open another profile first.</source>
        <translation>«&#xa0;{0}&#xa0;» est ouvert dans cette fenêtre et ne peut pas être supprimé&#xa0;: ouvrez d&apos;abord un autre profil.</translation>
    </message>
    <message>
        <source>Delete the profile &quot;{0}&quot;?

Its saved passwords (Odyssee, ERP and state database) are deleted from the system keyring, and its schedule from this computer, if it has one. Its state is kept (journal, downloads, watermarks): on this computer, or in the database the office shares.</source>
        <translation>Supprimer le profil «&#xa0;{0}&#xa0;»&#xa0;?

Ses mots de passe enregistrés (Odyssee, ERP et base de données d&apos;état) sont supprimés du trousseau du système, et sa planification de cet ordinateur, s&apos;il en a une. Son état est conservé (journal, téléchargements, repères)&#xa0;: sur cet ordinateur, ou dans la base de données que le bureau partage.</translation>
    </message>
    <message>
        <source>No system keyring is available, so there were no saved passwords to delete.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: il n&apos;y avait donc pas de mot de passe enregistré à supprimer.</translation>
    </message>
    <message>
        <source>Its saved passwords may still be in the keyring: {0}</source>
        <translation>Ses mots de passe enregistrés sont peut-être encore dans le trousseau&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Its saved passwords are deleted from the keyring.</source>
        <translation>Ses mots de passe enregistrés sont supprimés du trousseau.</translation>
    </message>
    <message>
        <source>Deleting the profile</source>
        <translation>Suppression du profil</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Profile &quot;{0}&quot; is deleted.{1} Its local state file is kept.</source>
        <translation>Le profil «&#xa0;{0}&#xa0;» est supprimé.{1} Son fichier d&apos;état local est conservé.</translation>
    </message>
    <message>
        <source>A profile named &quot;{0}&quot; already exists: choose another name.</source>
        <translation>Un profil nommé «&#xa0;{0}&#xa0;» existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <source>✔ Connection OK. {0} {1}</source>
        <translation>✔ Connexion OK. {0} {1}</translation>
    </message>
    <message>
        <source>Opening the state database…</source>
        <translation>Ouverture de la base de données d&apos;état…</translation>
    </message>
    <message>
        <source>✔ State database OK ({0}, shared with the office).</source>
        <translation>✔ Base de données d&apos;état OK ({0}, partagée avec le bureau).</translation>
    </message>
    <message>
        <source>✔ State database OK ({0}, on this computer only).</source>
        <translation>✔ Base de données d&apos;état OK ({0}, sur cet ordinateur seulement).</translation>
    </message>
    <message>
        <source>Last run: {0}, {1}.</source>
        <translation>Dernière exécution&#xa0;: {0}, {1}.</translation>
    </message>
    <message>
        <source>Nothing has run there yet.</source>
        <translation>Rien n&apos;y a encore été exécuté.</translation>
    </message>
    <message>
        <source>Nobody is at work now.</source>
        <translation>Personne ne travaille en ce moment.</translation>
    </message>
    <message>
        <source>Testing the state database</source>
        <translation>Test de la base de données d&apos;état</translation>
    </message>
    <message>
        <source>Testing the connection before saving…</source>
        <translation>Test de la connexion avant l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>it was not tested</source>
        <translation>il n&apos;a pas été testé</translation>
    </message>
    <message>
        <source>Not saved: the connection test was cancelled.</source>
        <translation>Non enregistré&#xa0;: le test de connexion a été annulé.</translation>
    </message>
    <message>
        <source>Not saved: the connection test failed ({0}). Correct it and save again, or choose Save anyway.</source>
        <translation>Non enregistré&#xa0;: le test de connexion a échoué ({0}). Corrigez et enregistrez à nouveau, ou choisissez Enregistrer quand même.</translation>
    </message>
    <message>
        <source>Not saved: the connection test failed. Correct it and save again, or choose Save anyway.</source>
        <translation>Non enregistré&#xa0;: le test de connexion a échoué. Corrigez et enregistrez à nouveau, ou choisissez Enregistrer quand même.</translation>
    </message>
    <message>
        <source>The ERP password is in the system keyring.</source>
        <translation>Le mot de passe ERP est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The ERP password is kept for this session only (no keyring).</source>
        <translation>Le mot de passe ERP est gardé pour cette session seulement (pas de trousseau).</translation>
    </message>
    <message>
        <source>The state database password is in the system keyring.</source>
        <translation>Le mot de passe de la base de données d&apos;état est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The state database password is kept for this session only (no keyring).</source>
        <translation>Le mot de passe de la base de données d&apos;état est gardé pour cette session seulement (pas de trousseau).</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>Enregistrement du profil</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The password is in the system keyring.</source>
        <translation>Le mot de passe est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Profile &quot;{0}&quot; is saved, but its password is not: {1}</source>
        <translation>Le profil «&#xa0;{0}&#xa0;» est enregistré, mais pas son mot de passe&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Utiliser pour cette session seulement</translation>
    </message>
    <message>
        <source>Profile &quot;{0}&quot; is saved as you asked, but its connection test failed: {1}.</source>
        <translation>Le profil «&#xa0;{0}&#xa0;» est enregistré comme demandé, mais son test de connexion a échoué&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Profile &quot;{0}&quot; is saved.</source>
        <translation>Le profil «&#xa0;{0}&#xa0;» est enregistré.</translation>
    </message>
    <message>
        <source>The password of &quot;{0}&quot; is kept for this session only; you will be asked again next time.</source>
        <translation>Le mot de passe de «&#xa0;{0}&#xa0;» est gardé pour cette session seulement&#xa0;; il vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Its model could not be read: {0}</source>
        <translation>Son modèle n&apos;a pas pu être lu&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No API key saved yet: type it and save.</source>
        <translation>Aucune clé API enregistrée pour l&apos;instant&#xa0;: saisissez-la et enregistrez.</translation>
    </message>
    <message>
        <source>No password saved yet: type it and save.</source>
        <translation>Aucun mot de passe enregistré pour l&apos;instant&#xa0;: saisissez-le et enregistrez.</translation>
    </message>
    <message>
        <source>Kept for this session only (no keyring).</source>
        <translation>Gardé pour cette session seulement (pas de trousseau).</translation>
    </message>
    <message>
        <source>Saved in the system keyring.</source>
        <translation>Enregistré dans le trousseau du système.</translation>
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
    <name>UndoConfirmation</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>«&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>{0} {1} → {2}</source>
        <translation>{0} {1} → {2}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more field(s)</source>
        <translation>
            <numerusform>%Ln autre champ</numerusform>
            <numerusform>%Ln autres champs</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <source>Started {0} on {1} (user {2}): {3}</source>
        <translation>Lancé le {0} sur {1} (utilisateur {2})&#xa0;: {3}</translation>
    </message>
    <message>
        <source>Started {0}: {1}</source>
        <translation>Lancé le {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Send back {0} and archive {1}</source>
        <translation>Rétablir {0} et archiver {1}</translation>
    </message>
    <message>
        <source>Archive {0}</source>
        <translation>Archiver {0}</translation>
    </message>
    <message>
        <source>Nothing to send back</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>Send back {0}</source>
        <translation>Rétablir {0}</translation>
    </message>
    <message>
        <source>Undo {0} in push run {1}?</source>
        <translation>Défaire {0} dans l&apos;envoi n° {1}&#xa0;?</translation>
    </message>
    <message>
        <source>Undo push run {0}?</source>
        <translation>Défaire l&apos;envoi n° {0}&#xa0;?</translation>
    </message>
    <message>
        <source>Undo in Odyssee?</source>
        <translation>Défaire dans Odyssee&#xa0;?</translation>
    </message>
    <message>
        <source>Archive it instead (1 record this push created)</source>
        <translation>L&apos;archiver plutôt (1 fiche créée par cet envoi)</translation>
    </message>
    <message numerus="yes">
        <source>Archive them instead (%Ln records this push created)</source>
        <translation>
            <numerusform>Les archiver plutôt (%Ln fiche créée par cet envoi)</numerusform>
            <numerusform>Les archiver plutôt (%Ln fiches créées par cet envoi)</numerusform>
        </translation>
    </message>
    <message>
        <source>An archived record stays in Odyssee but is no longer offered to technicians</source>
        <translation>Une fiche archivée reste dans Odyssee mais n&apos;est plus proposée aux techniciens</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to send back&lt;/b&gt;: no update of this push can be undone now.</source>
        <translation>&lt;b&gt;Rien à rétablir&lt;/b&gt;&#xa0;: aucune mise à jour de cet envoi ne peut être défaite maintenant.</translation>
    </message>
    <message>
        <source>1 record gets back the values Odyssee had before the push:</source>
        <translation>1 fiche retrouve les valeurs qu&apos;Odyssee avait avant l&apos;envoi&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records get back the values Odyssee had before the push:</source>
        <translation>
            <numerusform>%Ln fiche retrouve les valeurs qu&apos;Odyssee avait avant l&apos;envoi&#xa0;:</numerusform>
            <numerusform>%Ln fiches retrouvent les valeurs qu&apos;Odyssee avait avant l&apos;envoi&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… et {0} de plus</translation>
    </message>
    <message>
        <source>1 record written again since this push: kept as it is (undo the later push first).</source>
        <translation>1 fiche réécrite depuis cet envoi&#xa0;: laissée telle quelle (défaites d&apos;abord l&apos;envoi suivant).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records written again since this push: kept as they are (undo the later push first).</source>
        <translation>
            <numerusform>%Ln fiche réécrite depuis cet envoi&#xa0;: laissée telle quelle (défaites d&apos;abord l&apos;envoi suivant).</numerusform>
            <numerusform>%Ln fiches réécrites depuis cet envoi&#xa0;: laissées telles quelles (défaites d&apos;abord l&apos;envoi suivant).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln create(s) cannot be undone: Odyssee keeps every record it creates.</source>
        <translation>
            <numerusform>%Ln création ne peut pas être défaite&#xa0;: Odyssee garde chaque fiche qu&apos;il crée.</numerusform>
            <numerusform>%Ln créations ne peuvent pas être défaites&#xa0;: Odyssee garde chaque fiche qu&apos;il crée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) already undone or archived.</source>
        <translation>
            <numerusform>%Ln fiche déjà défaite ou archivée.</numerusform>
            <numerusform>%Ln fiches déjà défaites ou archivées.</numerusform>
        </translation>
    </message>
    <message>
        <source>A record changed in Odyssee since the push keeps its values and is reported as a conflict. The ERP is not changed: the next comparison offers these rows as updates again.</source>
        <translation>Une fiche modifiée dans Odyssee depuis l&apos;envoi garde ses valeurs et est signalée comme conflit. L&apos;ERP n&apos;est pas modifié&#xa0;: la prochaine comparaison propose de nouveau ces lignes comme mises à jour.</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>Completed work has nowhere to go yet: set “Export completed work to” (the ERP database or a folder) in Settings.</source>
        <translation>Les travaux terminés n&apos;ont pas encore de destination&#xa0;: réglez «&#xa0;Exporter les travaux terminés vers&#xa0;» (la base de données de l&apos;ERP ou un dossier) dans les Paramètres.</translation>
    </message>
    <message>
        <source>Site {0}</source>
        <translation>Site {0}</translation>
    </message>
    <message>
        <source>Job #</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Job reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Validé le</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Parts amount</source>
        <translation>Montant des pièces</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>(no ERP reference)</source>
        <translation>(pas de référence ERP)</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>Retenu depuis</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Why it is held back</source>
        <translation>Pourquoi il est retenu</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Completed work</source>
        <translation>Travaux terminés</translation>
    </message>
    <message>
        <source>Final job approvals with their parts and hours, waiting to be written to the ERP.</source>
        <translation>Les bons d&apos;intervention finaux, avec leurs pièces et leurs heures, en attente d&apos;écriture dans l&apos;ERP.</translation>
    </message>
    <message>
        <source>You can export from here when it has ended.</source>
        <translation>Vous pourrez exporter depuis cette page une fois l&apos;opération terminée.</translation>
    </message>
    <message>
        <source>Reading cancelled. Press Refresh to read the completed work again.</source>
        <translation>Lecture annulée. Cliquez sur Actualiser pour relire les travaux terminés.</translation>
    </message>
    <message>
        <source>The completed work could not be read: see the message above.</source>
        <translation>Les travaux terminés n&apos;ont pas pu être lus&#xa0;: voir le message ci-dessus.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reading the completed work…</source>
        <translation>Lecture des travaux terminés…</translation>
    </message>
    <message>
        <source>Approvals held back</source>
        <translation>Bons d&apos;intervention retenus</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>Réessayer la sélection</translation>
    </message>
    <message>
        <source>Try the selected held-back approvals again now</source>
        <translation>Réessayer maintenant les bons retenus sélectionnés</translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Tout réessayer</translation>
    </message>
    <message>
        <source>Try every held-back approval again now</source>
        <translation>Réessayer maintenant tous les bons retenus</translation>
    </message>
    <message>
        <source>Parts and hours</source>
        <translation>Pièces et heures</translation>
    </message>
    <message>
        <source>No parts were used on this job.</source>
        <translation>Aucune pièce n&apos;a été utilisée pour cette intervention.</translation>
    </message>
    <message>
        <source>No time was written on this job.</source>
        <translation>Aucun temps n&apos;a été saisi pour cette intervention.</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>Pièces utilisées</translation>
    </message>
    <message>
        <source>Time lines</source>
        <translation>Lignes de temps</translation>
    </message>
    <message>
        <source>Select an approval to see the parts and hours that go to the ERP with it.</source>
        <translation>Sélectionnez un bon d&apos;intervention pour voir les pièces et les heures qui partent avec lui dans l&apos;ERP.</translation>
    </message>
    <message>
        <source>Re-export since…</source>
        <translation>Réexporter depuis…</translation>
    </message>
    <message>
        <source>Write every approval since a date to the ERP again</source>
        <translation>Réécrire dans l&apos;ERP chaque bon d&apos;intervention depuis une date</translation>
    </message>
    <message>
        <source>Export selected</source>
        <translation>Exporter la sélection</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>Open a profile to see its completed work.</source>
        <translation>Ouvrez un profil pour voir ses travaux terminés.</translation>
    </message>
    <message>
        <source>Reading the completed work from Odyssee…</source>
        <translation>Lecture des travaux terminés dans Odyssee…</translation>
    </message>
    <message>
        <source>No other completed work is waiting: every final job approval has been exported. New ones appear here when technicians finish their jobs.</source>
        <translation>Aucun autre travail terminé en attente&#xa0;: chaque bon d&apos;intervention final a été exporté. Les nouveaux bons apparaissent ici quand les techniciens terminent leurs interventions.</translation>
    </message>
    <message>
        <source>No completed work is waiting: every final job approval has been exported. New ones appear here when technicians finish their jobs.</source>
        <translation>Aucun travail terminé en attente&#xa0;: chaque bon d&apos;intervention final a été exporté. Les nouveaux bons apparaissent ici quand les techniciens terminent leurs interventions.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval(s) held back: not in the ERP yet</source>
        <translation>
            <numerusform>%Ln bon d&apos;intervention retenu&#xa0;: pas encore dans l&apos;ERP</numerusform>
            <numerusform>%Ln bons d&apos;intervention retenus&#xa0;: pas encore dans l&apos;ERP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every export tries the held-back approval(s) again by itself. To send sooner, fix the cause shown in Odyssee (or in the ERP), then press Retry.</source>
        <translation>
            <numerusform>Chaque export retente automatiquement le bon retenu. Pour l&apos;envoyer plus tôt, corrigez la cause indiquée dans Odyssee (ou dans l&apos;ERP), puis cliquez sur Réessayer.</numerusform>
            <numerusform>Chaque export retente automatiquement les bons retenus. Pour les envoyer plus tôt, corrigez la cause indiquée dans Odyssee (ou dans l&apos;ERP), puis cliquez sur Réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval(s) not in the ERP yet</source>
        <translation>
            <numerusform>%Ln bon d&apos;intervention pas encore dans l&apos;ERP</numerusform>
            <numerusform>%Ln bons d&apos;intervention pas encore dans l&apos;ERP</numerusform>
        </translation>
    </message>
    <message>
        <source>goes to {0}</source>
        <translation>vers {0}</translation>
    </message>
    <message>
        <source>Export selected ({0})</source>
        <translation>Exporter la sélection ({0})</translation>
    </message>
    <message>
        <source>Retry selected ({0})</source>
        <translation>Réessayer la sélection ({0})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval(s) selected</source>
        <translation>
            <numerusform>%Ln bon d&apos;intervention sélectionné</numerusform>
            <numerusform>%Ln bons d&apos;intervention sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Job #{0}</source>
        <translation>Intervention n° {0}</translation>
    </message>
    <message>
        <source>Customer {0}</source>
        <translation>Client {0}</translation>
    </message>
    <message>
        <source>site {0}</source>
        <translation>site {0}</translation>
    </message>
    <message>
        <source>technician {0}</source>
        <translation>technicien {0}</translation>
    </message>
    <message>
        <source>signed by {0}</source>
        <translation>signé par {0}</translation>
    </message>
    <message>
        <source>parts {0}, labour {1}, {2} h work + {3} h travel</source>
        <translation>pièces {0}, main-d&apos;œuvre {1}, {2} h de travail + {3} h de déplacement</translation>
    </message>
    <message>
        <source>Remarks: {0}</source>
        <translation>Remarques&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Held back since {0} (%Ln attempt(s), the last at {1}): {2}</source>
        <translation>
            <numerusform>Retenu depuis le {0} (%Ln essai, le dernier le {1})&#xa0;: {2}</numerusform>
            <numerusform>Retenu depuis le {0} (%Ln essais, le dernier le {1})&#xa0;: {2}</numerusform>
        </translation>
    </message>
    <message>
        <source>Odyssee has everything it needs now: Retry sends it.</source>
        <translation>Odyssee a maintenant tout ce qu&apos;il faut&#xa0;: cliquez sur Réessayer pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Not exported until solved: {0}</source>
        <translation>Pas exporté tant que ce n&apos;est pas résolu&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>À noter&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Parts used ({0})</source>
        <translation>Pièces utilisées ({0})</translation>
    </message>
    <message>
        <source>Time lines ({0})</source>
        <translation>Lignes de temps ({0})</translation>
    </message>
    <message numerus="yes">
        <source>Trying %Ln held-back approval(s) again…</source>
        <translation>
            <numerusform>Nouvel essai de %Ln bon d&apos;intervention retenu…</numerusform>
            <numerusform>Nouvel essai de %Ln bons d&apos;intervention retenus…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln approval(s) to the ERP…</source>
        <translation>
            <numerusform>Export de %Ln bon d&apos;intervention vers l&apos;ERP…</numerusform>
            <numerusform>Export de %Ln bons d&apos;intervention vers l&apos;ERP…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %Ln approval(s).</source>
        <translation>
            <numerusform>Export annulé après %Ln bon d&apos;intervention.</numerusform>
            <numerusform>Export annulé après %Ln bons d&apos;intervention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln, then stopped: {0}</source>
        <translation>
            <numerusform>%Ln exporté, puis arrêt&#xa0;: {0}</numerusform>
            <numerusform>%Ln exportés, puis arrêt&#xa0;: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln held back, not in the ERP yet: see the held-back list.</source>
        <translation>
            <numerusform>%Ln retenu, pas encore dans l&apos;ERP&#xa0;: consultez la liste des bons retenus.</numerusform>
            <numerusform>%Ln retenus, pas encore dans l&apos;ERP&#xa0;: consultez la liste des bons retenus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln; {0}</source>
        <translation>
            <numerusform>%Ln exporté&#xa0;; {0}</numerusform>
            <numerusform>%Ln exportés&#xa0;; {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be written (details).</source>
        <translation>
            <numerusform>%Ln n&apos;a pas pu être écrit (détails).</numerusform>
            <numerusform>%Ln n&apos;ont pas pu être écrits (détails).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln approval(s) to {0}.</source>
        <translation>
            <numerusform>%Ln bon d&apos;intervention exporté vers {0}.</numerusform>
            <numerusform>%Ln bons d&apos;intervention exportés vers {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln approval(s).</source>
        <translation>
            <numerusform>%Ln bon d&apos;intervention exporté.</numerusform>
            <numerusform>%Ln bons d&apos;intervention exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every approval since {0} is listed again; export them to write them to the ERP once more.</source>
        <translation>Chaque bon d&apos;intervention depuis le {0} est de nouveau listé&#xa0;; exportez-les pour les réécrire dans l&apos;ERP.</translation>
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
    <name>core</name>
    <message>
        <source> (did you mean &apos;{name}&apos;?)</source>
        <translation> (vouliez-vous dire «&#xa0;{name}&#xa0;»&#xa0;?)</translation>
    </message>
    <message>
        <source>$orderby: {item!r} is not &apos;field&apos;, &apos;field asc&apos; or &apos;field desc&apos;</source>
        <translation>$orderby&#xa0;: {item!r} n&apos;est ni &apos;champ&apos;, ni &apos;champ asc&apos;, ni &apos;champ desc&apos;</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a section; put settings under a section such as [Company]</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas une section&#xa0;; placez les réglages sous une section, par exemple [Company]</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>(the address is not a database URL)</source>
        <translation>(l&apos;adresse n&apos;est pas une URL de base de données)</translation>
    </message>
    <message>
        <source>A SQLite state database has no schemas; remove ?schema= from its URL.</source>
        <translation>Une base de données d&apos;état SQLite n&apos;a pas de schéma&#xa0;; retirez ?schema= de son URL.</translation>
    </message>
    <message>
        <source>A profile name is needed to find its password.</source>
        <translation>Il faut un nom de profil pour trouver son mot de passe.</translation>
    </message>
    <message>
        <source>A profile named &quot;{name}&quot; already exists.</source>
        <translation>Un profil nommé «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>A single {name} value does not fit in {size} bytes and {nodes} nodes: {value!r}</source>
        <translation>Une seule valeur de {name} ne tient pas dans {size} octets et {nodes} nœuds&#xa0;: {value!r}</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clé API</translation>
    </message>
    <message>
        <source>An empty password cannot be saved.</source>
        <translation>Un mot de passe vide ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot connect to the ERP database: {why}</source>
        <translation>Impossible de se connecter à la base de données ERP&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Cannot read the ERP&apos;s staging tables: {why}</source>
        <translation>Impossible de lire les tables de transit de l&apos;ERP&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Cannot send this number: it {problem}</source>
        <translation>Impossible d&apos;envoyer ce nombre&#xa0;: il {problem}</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {why}</source>
        <translation>Impossible d&apos;écrire dans {path}&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {why}</source>
        <translation>Impossible d&apos;écrire le fichier {path}&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Connected to Odyssee at {url}.</source>
        <translation>Connexion à Odyssee établie ({url}).</translation>
    </message>
    <message>
        <source>Copied {total} rows of state to {where}.</source>
        <translation>L&apos;état a été copié (destination&#xa0;: {where})&#xa0;; lignes copiées&#xa0;: {total}.</translation>
    </message>
    <message>
        <source>Could not connect to Odyssee at {host} within {seconds:g} seconds ({url}).</source>
        <translation>Impossible de se connecter à Odyssee sur {host} en {seconds:g} secondes ({url}).</translation>
    </message>
    <message>
        <source>Could not connect to Odyssee at {host}: {why}</source>
        <translation>Impossible de se connecter à Odyssee sur {host}&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Could not find the server {host} (DNS): check the base URL and the network.</source>
        <translation>Serveur {host} introuvable (DNS)&#xa0;: vérifiez l&apos;URL de base et le réseau.</translation>
    </message>
    <message>
        <source>Could not reach Odyssee.</source>
        <translation>Impossible de joindre Odyssee.</translation>
    </message>
    <message>
        <source>Could not talk to Odyssee ({url}): {why}</source>
        <translation>Impossible de communiquer avec Odyssee ({url})&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Could not tell whether Odyssee created the {label} {id}: {problem}</source>
        <translation>Impossible de savoir si Odyssee a créé la fiche {id} (type {label})&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Downloaded {name}</source>
        <translation>Téléchargé&#xa0;: {name}</translation>
    </message>
    <message>
        <source>ERP database</source>
        <translation>base de données ERP</translation>
    </message>
    <message>
        <source>ERP database password</source>
        <translation>mot de passe de la base de données ERP</translation>
    </message>
    <message>
        <source>ERP database {database} on {host}, staging tables</source>
        <translation>la base de données ERP {database} sur {host}, tables de transit</translation>
    </message>
    <message>
        <source>ERP database {where}, staging tables</source>
        <translation>la base de données ERP {where}, tables de transit</translation>
    </message>
    <message>
        <source>Export of completed work</source>
        <translation>L&apos;export des travaux terminés</translation>
    </message>
    <message>
        <source>Exported {label}</source>
        <translation>Exporté&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Invalid $filter: {problem}</source>
        <translation>$filter invalide&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Its job has no ERP reference (reference_back_office is empty).</source>
        <translation>Son intervention n&apos;a pas de référence ERP (reference_back_office est vide).</translation>
    </message>
    <message>
        <source>Its job {jobs_id} was not found in Odyssee.</source>
        <translation>Son intervention {jobs_id} est introuvable dans Odyssee.</translation>
    </message>
    <message>
        <source>Its schedule on this computer could not be removed: {why}</source>
        <translation>Sa planification sur cet ordinateur n&apos;a pas pu être supprimée&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Its schedule on this computer is removed.</source>
        <translation>Sa planification sur cet ordinateur est supprimée.</translation>
    </message>
    <message>
        <source>Line {line} has no valid {field} ({value!r}).</source>
        <translation>La ligne {line} n&apos;a pas de valeur valide pour {field} ({value!r}).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>No current profile is chosen; choose one of {profiles}.</source>
        <translation>Aucun profil actuel n&apos;est choisi&#xa0;; choisissez-en un parmi {profiles}.</translation>
    </message>
    <message>
        <source>No database support for &apos;{driver}&apos; is installed.</source>
        <translation>Aucun pilote n&apos;est installé pour les bases de données «&#xa0;{driver}&#xa0;».</translation>
    </message>
    <message>
        <source>No download folder is set for job approval PDFs.</source>
        <translation>Aucun dossier de téléchargement n&apos;est défini pour les PDF des bons d&apos;intervention.</translation>
    </message>
    <message>
        <source>No export target: set where completed work goes (export_to).</source>
        <translation>Aucune destination d&apos;export&#xa0;: indiquez où vont les travaux terminés (export_to).</translation>
    </message>
    <message>
        <source>No free connection to Odyssee within {seconds:g} seconds ({url}).</source>
        <translation>Aucune connexion à Odyssee ne s&apos;est libérée en {seconds:g} secondes ({url}).</translation>
    </message>
    <message>
        <source>No profile is set up yet; add one first.</source>
        <translation>Aucun profil n&apos;est encore configuré&#xa0;; ajoutez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>No profile named &quot;{name}&quot;. Available profiles: {profiles}.</source>
        <translation>Aucun profil ne s&apos;appelle «&#xa0;{name}&#xa0;». Profils disponibles&#xa0;: {profiles}.</translation>
    </message>
    <message>
        <source>No profile named &quot;{name}&quot;: no profile is set up yet.</source>
        <translation>Aucun profil ne s&apos;appelle «&#xa0;{name}&#xa0;»&#xa0;: aucun profil n&apos;est encore configuré.</translation>
    </message>
    <message>
        <source>No secret is saved to sign what goes to the web service at {where}: save it with `odyssee-sync login --export`, the same secret the service has.</source>
        <translation>Aucun secret n&apos;est enregistré pour signer ce qui part vers le service web sur {where}&#xa0;: enregistrez avec `odyssee-sync login --export` le même secret que celui du service.</translation>
    </message>
    <message>
        <source>No system keyring is available ({reason}). The password can be used for this session only; it will not be saved.</source>
        <translation>Aucun trousseau système n&apos;est disponible ({reason}). Le mot de passe ne peut servir que pour cette session&#xa0;; il ne sera pas enregistré.</translation>
    </message>
    <message>
        <source>No {kind} is saved for profile {name}: {hint}</source>
        <translation>Vous n&apos;avez pas enregistré de {kind} pour le profil {name}&#xa0;: {hint}</translation>
    </message>
    <message>
        <source>No {kind} is saved for profile {name}: {hint} ({why}.)</source>
        <translation>Vous n&apos;avez pas enregistré de {kind} pour le profil {name}&#xa0;: {hint} ({why}.)</translation>
    </message>
    <message>
        <source>Not a date: {value!r}</source>
        <translation>Ce n&apos;est pas une date&#xa0;: {value!r}</translation>
    </message>
    <message>
        <source>Not a date: {value!r} (the offset must be under 24 hours, the moment in UTC between 0001-01-01 and 9999-12-31)</source>
        <translation>Ce n&apos;est pas une date&#xa0;: {value!r} (le décalage horaire doit être inférieur à 24 heures, et le moment en UTC compris entre 0001-01-01 et 9999-12-31)</translation>
    </message>
    <message>
        <source>Not a number: {value}</source>
        <translation>Ce n&apos;est pas un nombre&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Not a valid Odyssee id (a GUID): {value!r}</source>
        <translation>Id Odyssee invalide (un GUID est attendu)&#xa0;: {value!r}</translation>
    </message>
    <message>
        <source>Not a valid date: {value!r}</source>
        <translation>Date invalide&#xa0;: {value!r}</translation>
    </message>
    <message>
        <source>Nothing answers at {url}: the path looks wrong (the base URL usually ends in /api).</source>
        <translation>Rien ne répond à l&apos;adresse {url}&#xa0;: le chemin semble incorrect (l&apos;URL de base se termine généralement par /api).</translation>
    </message>
    <message>
        <source>Nothing to undo in run {run}.</source>
        <translation>Rien à défaire dans l&apos;exécution n° {run}.</translation>
    </message>
    <message>
        <source>OData keywords are lower case: write {keyword!r}, not {word!r}</source>
        <translation>Les mots-clés OData s&apos;écrivent en minuscules&#xa0;: écrivez {keyword!r}, et non {word!r}</translation>
    </message>
    <message>
        <source>Odyssee already has another {entity} with the id {guid}; the next plan gives it a new id</source>
        <translation>Odyssee a déjà une autre fiche {entity} avec l&apos;id {guid}&#xa0;; la prochaine comparaison lui attribuera un nouvel id</translation>
    </message>
    <message>
        <source>Odyssee answered with a redirect ({status}) to {location}; use that address as the base URL.</source>
        <translation>Odyssee a répondu par une redirection ({status}) vers {location}&#xa0;; indiquez cette adresse comme URL de base.</translation>
    </message>
    <message>
        <source>Odyssee answered with a redirect ({status}).</source>
        <translation>Odyssee a répondu par une redirection ({status}).</translation>
    </message>
    <message>
        <source>Odyssee answered with a web page instead of data ({url}); check the base URL.</source>
        <translation>Odyssee a répondu par une page web au lieu de données ({url})&#xa0;; vérifiez l&apos;URL de base.</translation>
    </message>
    <message>
        <source>Odyssee answered {status} at {url}.</source>
        <translation>Odyssee a répondu avec le code {status} à l&apos;adresse {url}.</translation>
    </message>
    <message>
        <source>Odyssee answered {status} at {url}: {message}</source>
        <translation>Odyssee a répondu avec le code {status} à l&apos;adresse {url}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Odyssee answered {url} with a web page, not its model; check the base URL.</source>
        <translation>Odyssee a répondu à {url} par une page web, et non par son modèle&#xa0;; vérifiez l&apos;URL de base.</translation>
    </message>
    <message>
        <source>Odyssee at {host} refused the connection: is the address right and the server up?</source>
        <translation>Odyssee ({host}) a refusé la connexion&#xa0;: l&apos;adresse est-elle correcte et le serveur est-il en service&#xa0;?</translation>
    </message>
    <message>
        <source>Odyssee at {url} answers, but has no User list (404).</source>
        <translation>Odyssee répond à l&apos;adresse {url}, mais n&apos;a pas de liste User (404).</translation>
    </message>
    <message>
        <source>Odyssee changed it since the push (modified {moment}); nothing sent back</source>
        <translation>Odyssee a modifié la fiche depuis l&apos;envoi (modification&#xa0;: {moment})&#xa0;; rien n&apos;a été rétabli</translation>
    </message>
    <message>
        <source>Odyssee could not handle the request.</source>
        <translation>Odyssee n&apos;a pas pu traiter la requête.</translation>
    </message>
    <message>
        <source>Odyssee did not answer in time.</source>
        <translation>Odyssee n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Odyssee did not answer within {seconds:g} seconds ({url}).</source>
        <translation>Odyssee n&apos;a pas répondu en {seconds:g} secondes ({url}).</translation>
    </message>
    <message>
        <source>Odyssee did not report how many {label} rows there are ({url}).</source>
        <translation>Odyssee n&apos;a pas indiqué le nombre de fiches de type {label} ({url}).</translation>
    </message>
    <message>
        <source>Odyssee does not allow this request (405) at {url}.</source>
        <translation>Odyssee n&apos;autorise pas cette requête (405) à l&apos;adresse {url}.</translation>
    </message>
    <message>
        <source>Odyssee does not allow this request (405) at {url}: {message}</source>
        <translation>Odyssee n&apos;autorise pas cette requête (405) à l&apos;adresse {url}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Odyssee does not allow {doing} a {label} (405).</source>
        <translation>Odyssee ne permet pas de {doing} une fiche de type {label} (405).</translation>
    </message>
    <message>
        <source>Odyssee does not allow {doing} a {label} (405): {message}</source>
        <translation>Odyssee ne permet pas de {doing} une fiche de type {label} (405)&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Odyssee does not know the address {url} (404): check the base URL and the entity name.</source>
        <translation>Odyssee ne connaît pas l&apos;adresse {url} (404)&#xa0;: vérifiez l&apos;URL de base et le nom du type de fiche.</translation>
    </message>
    <message>
        <source>Odyssee had an internal error.</source>
        <translation>Odyssee a rencontré une erreur interne.</translation>
    </message>
    <message>
        <source>Odyssee had {what} ({status}) at {url}.</source>
        <translation>Odyssee a rencontré {what} ({status}) à l&apos;adresse {url}.</translation>
    </message>
    <message>
        <source>Odyssee had {what} ({status}) at {url}: {message}</source>
        <translation>Odyssee a rencontré {what} ({status}) à l&apos;adresse {url}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Odyssee has no entity set &apos;{name}&apos; to push to{hint}; known: {known}</source>
        <translation>Odyssee n&apos;a aucun type de fiche «&#xa0;{name}&#xa0;» vers lequel envoyer{hint}&#xa0;; types connus&#xa0;: {known}</translation>
    </message>
    <message>
        <source>Odyssee has no field &apos;{field}&apos; on {entity}{hint}</source>
        <translation>Odyssee n&apos;a pas de champ «&#xa0;{field}&#xa0;» pour {entity}{hint}</translation>
    </message>
    <message>
        <source>Odyssee has no such record or address.</source>
        <translation>Odyssee ne connaît pas cette fiche ou cette adresse.</translation>
    </message>
    <message>
        <source>Odyssee has no {label} with id {id}.</source>
        <translation>Odyssee n&apos;a aucune fiche de type {label} avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>Odyssee has {count} {entity} records with {field} &apos;{key}&apos; ({ids}); remove the duplicates in Odyssee first</source>
        <translation>Odyssee a {count} fiches {entity} dont le champ {field} vaut «&#xa0;{key}&#xa0;» ({ids})&#xa0;; supprimez d&apos;abord les doublons dans Odyssee</translation>
    </message>
    <message>
        <source>Odyssee is limiting requests (429).</source>
        <translation>Odyssee limite les requêtes (429).</translation>
    </message>
    <message>
        <source>Odyssee is limiting requests (429); it asks to wait {seconds:g} seconds.</source>
        <translation>Odyssee limite les requêtes (429) et demande d&apos;attendre {seconds:g} secondes.</translation>
    </message>
    <message>
        <source>Odyssee is limiting the number of requests.</source>
        <translation>Odyssee limite le nombre de requêtes.</translation>
    </message>
    <message>
        <source>Odyssee is unavailable ({status}) at {url}.</source>
        <translation>Odyssee est indisponible ({status}) à l&apos;adresse {url}.</translation>
    </message>
    <message>
        <source>Odyssee is unavailable ({status}) at {url}: {message}</source>
        <translation>Odyssee est indisponible ({status}) à l&apos;adresse {url}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Odyssee keeps sending next-page links to {label} rows already read (it seems to ignore $skip); reading stopped after {rows} rows.</source>
        <translation>Odyssee renvoie sans cesse des liens de page suivante vers des fiches de type {label} déjà lues ($skip semble ignoré)&#xa0;; la lecture s&apos;est arrêtée après {rows} fiches.</translation>
    </message>
    <message>
        <source>Odyssee keeps sending {label} rows beyond the {announced} it announced (@odata.count); reading stopped after {rows} rows.</source>
        <translation>Odyssee continue d&apos;envoyer des fiches de type {label} au-delà des {announced} annoncées (@odata.count)&#xa0;; la lecture s&apos;est arrêtée après {rows} fiches.</translation>
    </message>
    <message>
        <source>Odyssee now has {count} {entity} records with {field} &apos;{key}&apos;; remove the duplicates in Odyssee first</source>
        <translation>Odyssee a maintenant {count} fiches {entity} dont le champ {field} vaut «&#xa0;{key}&#xa0;»&#xa0;; supprimez d&apos;abord les doublons dans Odyssee</translation>
    </message>
    <message>
        <source>Odyssee refused access (403) to {url}: the API user may not use this data.</source>
        <translation>Odyssee a refusé l&apos;accès (403) à {url}&#xa0;: l&apos;utilisateur de l&apos;API n&apos;a pas le droit d&apos;utiliser ces données.</translation>
    </message>
    <message>
        <source>Odyssee refused the credentials (401) for {url}: check the user name, password and domain, or the API key.</source>
        <translation>Odyssee a refusé les identifiants (401) pour {url}&#xa0;: vérifiez le nom d&apos;utilisateur, le mot de passe et le domaine, ou la clé API.</translation>
    </message>
    <message>
        <source>Odyssee refused the credentials.</source>
        <translation>Odyssee a refusé les identifiants.</translation>
    </message>
    <message>
        <source>Odyssee refused the query as too large.</source>
        <translation>Odyssee a refusé la requête, jugée trop volumineuse.</translation>
    </message>
    <message>
        <source>Odyssee refused the request because its address is too long ({status}): {url}…</source>
        <translation>Odyssee a refusé la requête, car son adresse est trop longue ({status})&#xa0;: {url}…</translation>
    </message>
    <message>
        <source>Odyssee refused the sign-in, so nothing was compared: {error}</source>
        <translation>Odyssee a refusé la connexion, rien n&apos;a donc été comparé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Odyssee rejected the query ({status}).</source>
        <translation>Odyssee a refusé la requête ({status}).</translation>
    </message>
    <message>
        <source>Odyssee rejected the query as too large.</source>
        <translation>Odyssee a refusé la requête, jugée trop volumineuse.</translation>
    </message>
    <message>
        <source>Odyssee rejected the query as too large: {reason}</source>
        <translation>Odyssee a refusé la requête, jugée trop volumineuse&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Odyssee rejected the query: {reason}</source>
        <translation>Odyssee a refusé la requête&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Odyssee rejected the values.</source>
        <translation>Odyssee a refusé les valeurs.</translation>
    </message>
    <message>
        <source>Odyssee rejected the {label} ({status}).</source>
        <translation>Odyssee a refusé la fiche de type {label} ({status}).</translation>
    </message>
    <message>
        <source>Odyssee rejected the {label}: {reason}</source>
        <translation>Odyssee a refusé la fiche de type {label}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Odyssee reported a conflict for the {label} (409) at {url}.</source>
        <translation>Odyssee signale un conflit sur la fiche de type {label} (409) à l&apos;adresse {url}.</translation>
    </message>
    <message>
        <source>Odyssee reported a conflict for the {label}: {reason}</source>
        <translation>Odyssee signale un conflit sur la fiche de type {label}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Odyssee reported a conflict with the record&apos;s current state.</source>
        <translation>Odyssee signale un conflit avec l&apos;état actuel de la fiche.</translation>
    </message>
    <message>
        <source>Odyssee requires a {target} on every {entity}: map {field} to the ERP column holding its key</source>
        <translation>Odyssee exige une fiche {target} liée à chaque fiche {entity}&#xa0;: associez {field} à la colonne ERP qui contient sa clé</translation>
    </message>
    <message>
        <source>Odyssee requires {field} on {entity}: map it under [{entity}.fields]</source>
        <translation>Odyssee exige le champ {field} pour {entity}&#xa0;: associez-le à une colonne sous [{entity}.fields]</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer could not be decoded ({url}).</source>
        <translation>La réponse d&apos;Odyssee n&apos;a pas pu être décodée ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer is larger than the assistant accepts.</source>
        <translation>La réponse d&apos;Odyssee dépasse la taille que l&apos;assistant accepte.</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer is larger than {size}, more than the assistant reads at once; it stopped reading ({url}).</source>
        <translation>La réponse d&apos;Odyssee dépasse {size}, soit plus que ce que l&apos;assistant lit en une fois&#xa0;; il a arrêté la lecture ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer is not a list of {label} rows ({url}).</source>
        <translation>La réponse d&apos;Odyssee n&apos;est pas une liste de fiches de type {label} ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer is not a {label} record ({url}).</source>
        <translation>La réponse d&apos;Odyssee n&apos;est pas une fiche de type {label} ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer is not valid JSON ({url}): {excerpt}</source>
        <translation>La réponse d&apos;Odyssee n&apos;est pas du JSON valide ({url})&#xa0;: {excerpt}</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer took more than {seconds:g} seconds in all; it was stopped ({url}).</source>
        <translation>La réponse d&apos;Odyssee a pris plus de {seconds:g} secondes au total&#xa0;; elle a été interrompue ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer took too long in all.</source>
        <translation>La réponse d&apos;Odyssee a pris trop de temps au total.</translation>
    </message>
    <message>
        <source>Odyssee&apos;s answer was not what the assistant expected.</source>
        <translation>La réponse d&apos;Odyssee ne correspond pas à ce qu&apos;attendait l&apos;assistant.</translation>
    </message>
    <message>
        <source>Odyssee&apos;s file answer carries no content ({url}).</source>
        <translation>La réponse d&apos;Odyssee pour ce fichier ne contient pas le fichier ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s file answer is not valid JSON ({url}).</source>
        <translation>La réponse d&apos;Odyssee pour ce fichier n&apos;est pas du JSON valide ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s file content is not valid Base64 ({url}).</source>
        <translation>Le contenu du fichier renvoyé par Odyssee n&apos;est pas du Base64 valide ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s file {id} does not start with {expected!r} as it should, so it is not what it claims to be; it was not kept.</source>
        <translation>Le fichier Odyssee {id} ne commence pas par {expected!r} comme il le devrait&#xa0;: ce n&apos;est donc pas ce qu&apos;il prétend être&#xa0;; il n&apos;a pas été conservé.</translation>
    </message>
    <message>
        <source>Odyssee&apos;s file {id} has no content (DbFile.file_content is missing).</source>
        <translation>Le fichier Odyssee {id} n&apos;a pas de contenu (DbFile.file_content est absent).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s file {id} is larger than {size}, the most the profile accepts; it was not kept.</source>
        <translation>Le fichier Odyssee {id} dépasse {size}, la taille maximale acceptée par le profil&#xa0;; il n&apos;a pas été conservé.</translation>
    </message>
    <message>
        <source>Odyssee&apos;s next-page link is not a valid address: {link}</source>
        <translation>Le lien de page suivante envoyé par Odyssee n&apos;est pas une adresse valide&#xa0;: {link}</translation>
    </message>
    <message>
        <source>Odyssee&apos;s next-page link is not text ({url}).</source>
        <translation>Le lien de page suivante envoyé par Odyssee n&apos;est pas du texte ({url}).</translation>
    </message>
    <message>
        <source>Odyssee&apos;s next-page link points to another server ({host}); it was not followed, so your credentials stay with Odyssee.</source>
        <translation>Le lien de page suivante envoyé par Odyssee pointe vers un autre serveur ({host})&#xa0;; il n&apos;a pas été suivi, pour que vos identifiants ne quittent pas Odyssee.</translation>
    </message>
    <message>
        <source>Odyssee&apos;s next-page link points to another server.</source>
        <translation>Le lien de page suivante envoyé par Odyssee pointe vers un autre serveur.</translation>
    </message>
    <message>
        <source>Odyssee&apos;s next-page link repeats a page already read ({url}).</source>
        <translation>Le lien de page suivante envoyé par Odyssee renvoie à une page déjà lue ({url}).</translation>
    </message>
    <message>
        <source>PDF download</source>
        <translation>Le téléchargement des PDF</translation>
    </message>
    <message>
        <source>Profile &quot;{name}&quot; has no download folder; set one with `odyssee-sync profile add &quot;{name}&quot; --update --download-dir DIR`.</source>
        <translation>Le profil «&#xa0;{name}&#xa0;» n&apos;a pas de dossier de téléchargement&#xa0;; définissez-en un avec `odyssee-sync profile add &quot;{name}&quot; --update --download-dir DIR`.</translation>
    </message>
    <message>
        <source>Profile &quot;{name}&quot; has no export target; set one with `odyssee-sync profile add &quot;{name}&quot; --update --export-to URL|FOLDER`.</source>
        <translation>Le profil «&#xa0;{name}&#xa0;» n&apos;a pas de destination d&apos;export&#xa0;; définissez-en une avec `odyssee-sync profile add &quot;{name}&quot; --update --export-to URL|FOLDER`.</translation>
    </message>
    <message>
        <source>Profile {name} names no ERP database; set one with `odyssee-sync profile add &quot;{name}&quot; --update --erp-url URL`.</source>
        <translation>Le profil {name} n&apos;indique aucune base de données ERP&#xa0;; indiquez-en une avec `odyssee-sync profile add &quot;{name}&quot; --update --erp-url URL`.</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>L&apos;envoi</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Reading {entity} from the ERP failed: {why}</source>
        <translation>La lecture des fiches {entity} dans l&apos;ERP a échoué&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Reading {entity} keys from the ERP failed: {why}</source>
        <translation>La lecture des clés des fiches {entity} dans l&apos;ERP a échoué&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Run every 1 to {maximum} minutes, not {minutes!r}.</source>
        <translation>Choisissez un intervalle de 1 à {maximum} minutes, et non {minutes!r}.</translation>
    </message>
    <message>
        <source>Run {run} did nothing with {named}.</source>
        <translation>L&apos;exécution n° {run} n&apos;a pas touché à {named}.</translation>
    </message>
    <message>
        <source>Run {run} is a run of {kind}, not a push: only a push can be undone.</source>
        <translation>L&apos;exécution n° {run} est de type {kind}, ce n&apos;est pas un envoi&#xa0;: seul un envoi peut être défait.</translation>
    </message>
    <message>
        <source>Run {run} is an undo, and an undo is not undone: to send the ERP&apos;s values again, push (the next plan shows them).</source>
        <translation>L&apos;exécution n° {run} est une annulation, et une annulation ne se défait pas&#xa0;: pour renvoyer les valeurs de l&apos;ERP, lancez un envoi (la prochaine comparaison les affiche).</translation>
    </message>
    <message>
        <source>Task Scheduler refused the task: {problem}</source>
        <translation>Le Planificateur de tâches a refusé la tâche&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The CA bundle {path} cannot be read: {error}</source>
        <translation>Impossible de lire le fichier de certificats d&apos;autorité (CA) {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The ERP database has no table {tables}: create the staging tables first (their definition is in resources/demo_erp/schema.sql).</source>
        <translation>La base de données ERP n&apos;a pas de table {tables}&#xa0;: créez d&apos;abord les tables de transit (leur définition se trouve dans resources/demo_erp/schema.sql).</translation>
    </message>
    <message>
        <source>The ERP database refused approval {id} ({label}): {why}</source>
        <translation>La base de données ERP a refusé le bon d&apos;intervention {id} ({label})&#xa0;: {why}</translation>
    </message>
    <message>
        <source>The ERP database refused one of {count} approvals: {why}</source>
        <translation>La base de données ERP a refusé l&apos;un des {count} bons d&apos;intervention&#xa0;: {why}</translation>
    </message>
    <message>
        <source>The ERP database refused the export: {why}</source>
        <translation>La base de données ERP a refusé l&apos;export&#xa0;: {why}</translation>
    </message>
    <message>
        <source>The ERP table {table} has no column {column}.</source>
        <translation>La table ERP {table} n&apos;a pas de colonne {column}.</translation>
    </message>
    <message>
        <source>The Odyssee address is not a valid http(s) URL.</source>
        <translation>L&apos;adresse Odyssee n&apos;est pas une URL http(s) valide.</translation>
    </message>
    <message>
        <source>The Odyssee address is not usable: {url}</source>
        <translation>L&apos;adresse Odyssee est inutilisable&#xa0;: {url}</translation>
    </message>
    <message>
        <source>The Odyssee address must not contain a user name or password.</source>
        <translation>L&apos;adresse Odyssee ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The Odyssee address {address!r} has no host name.</source>
        <translation>L&apos;adresse Odyssee {address!r} n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The Odyssee address {address!r} is not a valid URL.</source>
        <translation>L&apos;adresse Odyssee {address!r} n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The Odyssee address {address!r} must not contain &apos;?&apos; or &apos;#&apos;.</source>
        <translation>L&apos;adresse Odyssee {address!r} ne doit contenir ni &apos;?&apos; ni &apos;#&apos;.</translation>
    </message>
    <message>
        <source>The Odyssee address {address!r} must start with https:// (or http:// for a local server).</source>
        <translation>L&apos;adresse Odyssee {address!r} doit commencer par https:// (ou http:// pour un serveur local).</translation>
    </message>
    <message>
        <source>The approval is no longer in Odyssee.</source>
        <translation>Le bon d&apos;intervention n&apos;est plus dans Odyssee.</translation>
    </message>
    <message>
        <source>The approval names no job (jobs_id is empty).</source>
        <translation>Le bon d&apos;intervention n&apos;indique aucune intervention (jobs_id est vide).</translation>
    </message>
    <message>
        <source>The connection to Odyssee was closed before it answered ({url}).</source>
        <translation>La connexion à Odyssee a été coupée avant toute réponse ({url}).</translation>
    </message>
    <message>
        <source>The copy to {where} is incomplete ({differences}).</source>
        <translation>La copie est incomplète (destination&#xa0;: {where}&#xa0;; {differences}).</translation>
    </message>
    <message>
        <source>The database driver for {driver} is not installed (missing module {module}); install it with pip.</source>
        <translation>Le pilote de base de données pour {driver} n&apos;est pas installé (module {module} manquant)&#xa0;; installez-le avec pip.</translation>
    </message>
    <message>
        <source>The filter is empty</source>
        <translation>Le filtre est vide</translation>
    </message>
    <message>
        <source>The filter nests parentheses more than {depth} levels deep</source>
        <translation>Le filtre imbrique des parenthèses sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <source>The keyring could not be read: {problem}</source>
        <translation>Le trousseau n&apos;a pas pu être lu&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The keyring did not delete the password ({why}).</source>
        <translation>Le trousseau n&apos;a pas supprimé le mot de passe ({why}).</translation>
    </message>
    <message>
        <source>The keyring did not give the password ({why}).</source>
        <translation>Le trousseau n&apos;a pas fourni le mot de passe ({why}).</translation>
    </message>
    <message>
        <source>The keyring did not save the password ({why}).</source>
        <translation>Le trousseau n&apos;a pas enregistré le mot de passe ({why}).</translation>
    </message>
    <message>
        <source>The list after &apos;in&apos; may hold values only</source>
        <translation>La liste après &apos;in&apos; ne peut contenir que des valeurs</translation>
    </message>
    <message>
        <source>The mapping has no section [{name}]; it maps {sections}.</source>
        <translation>La correspondance n&apos;a pas de section [{name}]&#xa0;; sections présentes&#xa0;: {sections}.</translation>
    </message>
    <message>
        <source>The naming template is empty; the default is {default}</source>
        <translation>Le modèle de nom des fichiers est vide&#xa0;; le modèle par défaut est {default}</translation>
    </message>
    <message>
        <source>The naming template needs {{file_name}} or {{approval_id}}, or every PDF gets the same name.</source>
        <translation>Le modèle de nom des fichiers doit contenir {{file_name}} ou {{approval_id}}, sinon tous les PDF reçoivent le même nom.</translation>
    </message>
    <message>
        <source>The naming template uses {{{name}}}; the placeholders are {placeholders}</source>
        <translation>Le modèle de nom des fichiers utilise {{{name}}}, qui n&apos;est pas une variable reconnue&#xa0;; les variables disponibles sont&#xa0;: {placeholders}</translation>
    </message>
    <message>
        <source>The naming template {template!r} is not valid: {error}</source>
        <translation>Le modèle de nom des fichiers {template!r} n&apos;est pas valide&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The number {number} {problem}</source>
        <translation>Le nombre {number} {problem}</translation>
    </message>
    <message>
        <source>The pasted value does not hold &quot;user:password@domain&quot;; copy the header value from the Odyssee portal again.</source>
        <translation>La valeur collée ne contient pas «&#xa0;user:password@domain&#xa0;»&#xa0;; copiez à nouveau la valeur de l&apos;en-tête depuis le portail Odyssee.</translation>
    </message>
    <message>
        <source>The pasted value is empty; paste the whole Authorization value.</source>
        <translation>La valeur collée est vide&#xa0;; collez toute la valeur de l&apos;en-tête Authorization.</translation>
    </message>
    <message>
        <source>The pasted value is not a Basic Authorization value (expected &quot;Basic &quot; followed by Base64 text).</source>
        <translation>La valeur collée n&apos;est pas une valeur Authorization de type Basic (il faut &quot;Basic &quot; suivi d&apos;un texte Base64).</translation>
    </message>
    <message>
        <source>The pasted value is not valid Base64 text.</source>
        <translation>La valeur collée n&apos;est pas un texte Base64 valide.</translation>
    </message>
    <message>
        <source>The pasted value uses the &quot;{scheme}&quot; scheme; Odyssee needs a &quot;Basic&quot; value.</source>
        <translation>La valeur collée utilise le schéma «&#xa0;{scheme}&#xa0;»&#xa0;; Odyssee demande une valeur «&#xa0;Basic&#xa0;».</translation>
    </message>
    <message>
        <source>The profile name is too long ({length} characters; at most {maximum}).</source>
        <translation>Le nom du profil est trop long ({length} caractères&#xa0;; {maximum} au maximum).</translation>
    </message>
    <message>
        <source>The profile name {name} contains control characters.</source>
        <translation>Le nom du profil {name} contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The query is {size} bytes long; Odyssee accepts at most {limit}. Split long &apos;or&apos; chains with Query.split_in.</source>
        <translation>La requête fait {size} octets, alors qu&apos;Odyssee en accepte au plus {limit}. Découpez les longues chaînes de &apos;or&apos; avec Query.split_in.</translation>
    </message>
    <message>
        <source>The query option {option} is not supported</source>
        <translation>L&apos;option de requête {option} n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>The schedule could not be written in {folder}: {why}.</source>
        <translation>La planification n&apos;a pas pu être écrite dans {folder}&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>The schema name {schema!r} is not valid: use letters, digits and _.</source>
        <translation>Le nom de schéma {schema!r} n&apos;est pas valide&#xa0;: utilisez des lettres, des chiffres et _.</translation>
    </message>
    <message>
        <source>The secret file {path} belongs to another user; it must be this user&apos;s own.</source>
        <translation>Le fichier de secret {path} appartient à un autre utilisateur&#xa0;; il doit appartenir à l&apos;utilisateur qui lance le programme.</translation>
    </message>
    <message>
        <source>The secret file {path} can be read by other users (mode {mode}); make it readable by its owner only: chmod 600 {path}</source>
        <translation>Le fichier de secret {path} est lisible par d&apos;autres utilisateurs (mode {mode})&#xa0;; rendez-le lisible par son seul propriétaire&#xa0;: chmod 600 {path}</translation>
    </message>
    <message>
        <source>The secret file {path} cannot be read: {why}.</source>
        <translation>Le fichier de secret {path} est illisible&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>The secret file {path} is empty.</source>
        <translation>Le fichier de secret {path} est vide.</translation>
    </message>
    <message>
        <source>The secret stored for profile {name} is not usable: {problem}</source>
        <translation>Le secret enregistré pour le profil {name} est inutilisable&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to Odyssee could not be set up.</source>
        <translation>Impossible d&apos;établir la connexion sécurisée (TLS) avec Odyssee.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: {reason}. If your company uses its own certificates, set a CA bundle in the profile.</source>
        <translation>La connexion sécurisée à {host} a échoué&#xa0;: {reason}. Si votre entreprise utilise ses propres certificats, indiquez ses certificats d&apos;autorité (CA) dans le profil.</translation>
    </message>
    <message>
        <source>The server has a field {name} ({theirs}) that this version does not know.</source>
        <translation>Le serveur a un champ {name} ({theirs}) que cette version ne connaît pas.</translation>
    </message>
    <message>
        <source>The server has an entity set {entity} that this version does not know.</source>
        <translation>Le serveur a un type de fiche {entity} que cette version ne connaît pas.</translation>
    </message>
    <message>
        <source>The server has no entity set {entity}, which your mapping sends rows to (and {more} more: odyssee-sync check --schema lists them).</source>
        <translation>Le serveur n&apos;a pas de type de fiche {entity}, alors que votre correspondance y envoie des lignes (et {more} de plus&#xa0;: odyssee-sync check --schema les liste).</translation>
    </message>
    <message>
        <source>The server has no entity set {entity}, which your mapping sends rows to.</source>
        <translation>Le serveur n&apos;a pas de type de fiche {entity}, alors que votre correspondance y envoie des lignes.</translation>
    </message>
    <message>
        <source>The server has no entity set {entity}.</source>
        <translation>Le serveur n&apos;a pas de type de fiche {entity}.</translation>
    </message>
    <message>
        <source>The server has no field {name}, which the push reads (and {more} more: odyssee-sync check --schema lists them).</source>
        <translation>Le serveur n&apos;a pas de champ {name}, alors que l&apos;envoi le lit (et {more} de plus&#xa0;: odyssee-sync check --schema les liste).</translation>
    </message>
    <message>
        <source>The server has no field {name}, which the push reads.</source>
        <translation>Le serveur n&apos;a pas de champ {name}, alors que l&apos;envoi le lit.</translation>
    </message>
    <message>
        <source>The server has no field {name}, which your mapping sends (and {more} more: odyssee-sync check --schema lists them).</source>
        <translation>Le serveur n&apos;a pas de champ {name}, alors que votre correspondance l&apos;envoie (et {more} de plus&#xa0;: odyssee-sync check --schema les liste).</translation>
    </message>
    <message>
        <source>The server has no field {name}, which your mapping sends.</source>
        <translation>Le serveur n&apos;a pas de champ {name}, alors que votre correspondance l&apos;envoie.</translation>
    </message>
    <message>
        <source>The server has no field {name}.</source>
        <translation>Le serveur n&apos;a pas de champ {name}.</translation>
    </message>
    <message>
        <source>The server&apos;s $metadata declares a DOCTYPE or entities, which CSDL never does.</source>
        <translation>Le $metadata du serveur déclare un DOCTYPE ou des entités, ce que CSDL ne fait jamais.</translation>
    </message>
    <message>
        <source>The server&apos;s $metadata is not XML ({error}).</source>
        <translation>Le $metadata du serveur n&apos;est pas du XML ({error}).</translation>
    </message>
    <message>
        <source>The server&apos;s $metadata lists no entity sets: it is not an OData v4 CSDL document.</source>
        <translation>Le $metadata du serveur ne liste aucun type de fiche (EntitySet)&#xa0;: ce n&apos;est pas un document CSDL OData v4.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s model differs in {n} places your mapping does not use (odyssee-sync check --schema lists them).</source>
        <translation>
            <numerusform>Le modèle du serveur diffère sur {n} point que votre correspondance n&apos;utilise pas (odyssee-sync check --schema le liste).</numerusform>
            <numerusform>Le modèle du serveur diffère sur {n} points que votre correspondance n&apos;utilise pas (odyssee-sync check --schema les liste).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s model matches.</source>
        <translation>Le modèle du serveur correspond à cette version.</translation>
    </message>
    <message>
        <source>The server&apos;s {name} is {theirs}, not {ours}, which the push reads (and {more} more: odyssee-sync check --schema lists them).</source>
        <translation>Sur le serveur, le champ {name}, que l&apos;envoi lit, est de type {theirs} et non {ours} (et {more} de plus&#xa0;: odyssee-sync check --schema les liste).</translation>
    </message>
    <message>
        <source>The server&apos;s {name} is {theirs}, not {ours}, which the push reads.</source>
        <translation>Sur le serveur, le champ {name}, que l&apos;envoi lit, est de type {theirs} et non {ours}.</translation>
    </message>
    <message>
        <source>The server&apos;s {name} is {theirs}, not {ours}, which your mapping sends (and {more} more: odyssee-sync check --schema lists them).</source>
        <translation>Sur le serveur, le champ {name}, que votre correspondance envoie, est de type {theirs} et non {ours} (et {more} de plus&#xa0;: odyssee-sync check --schema les liste).</translation>
    </message>
    <message>
        <source>The server&apos;s {name} is {theirs}, not {ours}, which your mapping sends.</source>
        <translation>Sur le serveur, le champ {name}, que votre correspondance envoie, est de type {theirs} et non {ours}.</translation>
    </message>
    <message>
        <source>The server&apos;s {name} is {theirs}, not {ours}.</source>
        <translation>Sur le serveur, le champ {name} est de type {theirs} et non {ours}.</translation>
    </message>
    <message>
        <source>The state database ({where}) cannot be used: {why}.</source>
        <translation>La base de données d&apos;état ({where}) est inutilisable&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>The state database ({where}) is closed.</source>
        <translation>La base de données d&apos;état ({where}) est fermée.</translation>
    </message>
    <message>
        <source>The state database ({where}) was written by a newer Odyssee Sync Assistant (schema revision {revision}; this one knows up to {known}). Update the program to use it.</source>
        <translation>La base de données d&apos;état ({where}) a été écrite par une version plus récente d&apos;Odyssee Sync Assistant (révision de schéma {revision}&#xa0;; cette version-ci connaît jusqu&apos;à la révision {known}). Mettez le programme à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The state database already has tables named {tables} that this program did not make; give the state a database or a schema of its own (…?schema=odyssee_sync).</source>
        <translation>La base de données d&apos;état contient déjà des tables nommées {tables} que ce programme n&apos;a pas créées&#xa0;; donnez à l&apos;état sa propre base de données ou son propre schéma (…?schema=odyssee_sync).</translation>
    </message>
    <message>
        <source>The state database cannot be used: {problem}</source>
        <translation>La base de données d&apos;état est inutilisable&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The state for {key} could not be created in {where}.</source>
        <translation>L&apos;état {key} n&apos;a pas pu être créé (emplacement&#xa0;: {where}).</translation>
    </message>
    <message>
        <source>The state on this computer changed after it was copied to {where} ({differences}). Nothing was copied: two histories are never merged; keep one of the two.</source>
        <translation>L&apos;état de cet ordinateur a changé depuis sa copie (destination&#xa0;: {where}&#xa0;; {differences}). Rien n&apos;a été copié&#xa0;: deux historiques ne sont jamais fusionnés&#xa0;; gardez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>The state was copied to {where} before; nothing more to copy.</source>
        <translation>L&apos;état a déjà été copié (destination&#xa0;: {where})&#xa0;; il n&apos;y a plus rien à copier.</translation>
    </message>
    <message>
        <source>The states differ: {source} is not {destination}.</source>
        <translation>Les états diffèrent&#xa0;: {source} n&apos;est pas {destination}.</translation>
    </message>
    <message>
        <source>The web service address must not hold a user or password: the secret that signs each POST is kept in the keyring (`odyssee-sync login --export`).</source>
        <translation>L&apos;adresse du service web ne doit contenir ni nom d&apos;utilisateur ni mot de passe&#xa0;: le secret qui signe chaque POST est conservé dans le trousseau du système (`odyssee-sync login --export`).</translation>
    </message>
    <message>
        <source>The web service address {address} is not a URL like https://host.example/path.</source>
        <translation>L&apos;adresse du service web {address} n&apos;est pas une URL du type https://host.example/path.</translation>
    </message>
    <message>
        <source>The web service address {address} is plain http, which would send customer data unencrypted: use an https:// address (http:// is accepted only to this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation>L&apos;adresse du service web {address} est en http simple, ce qui enverrait les données des clients sans chiffrement&#xa0;: utilisez une adresse https:// (http:// n&apos;est accepté que vers cet ordinateur&#xa0;: localhost, 127.0.0.1 ou ::1).</translation>
    </message>
    <message>
        <source>The web service at {where} answered {status} (to {where_to}: put that address in export_to), which is not a delivery.</source>
        <translation>Le service web sur {where} a répondu avec le code {status} (redirection vers {where_to}&#xa0;: indiquez cette adresse dans export_to), ce qui ne confirme pas la livraison.</translation>
    </message>
    <message>
        <source>The web service at {where} answered {status}, which is not a delivery.</source>
        <translation>Le service web sur {where} a répondu avec le code {status}, ce qui ne confirme pas la livraison.</translation>
    </message>
    <message>
        <source>The web service at {where} did not take {label} after {count} attempts (the last: {problem}); the next export tries again.</source>
        <translation>Le service web sur {where} n&apos;a pas accepté le bon d&apos;intervention ({label}) après {count} tentatives (dernière erreur&#xa0;: {problem})&#xa0;; le prochain export réessaiera.</translation>
    </message>
    <message>
        <source>The web service at {where} refused approval {id} ({label}): {status}</source>
        <translation>Le service web sur {where} a refusé le bon d&apos;intervention {id} ({label})&#xa0;: {status}</translation>
    </message>
    <message>
        <source>The web service at {where} refused approval {id} ({label}): {status}: {said}</source>
        <translation>Le service web sur {where} a refusé le bon d&apos;intervention {id} ({label})&#xa0;: {status}&#xa0;: {said}</translation>
    </message>
    <message>
        <source>The web service at {where} refused the signature ({status}): it has another secret than the one saved for this profile; save the same one with `odyssee-sync login --export`.</source>
        <translation>Le service web sur {where} a refusé la signature ({status})&#xa0;: son secret diffère de celui enregistré pour ce profil&#xa0;; enregistrez le même avec `odyssee-sync login --export`.</translation>
    </message>
    <message>
        <source>The web service at {where} refused the signature ({status}: {said}): it has another secret than the one saved for this profile; save the same one with `odyssee-sync login --export`.</source>
        <translation>Le service web sur {where} a refusé la signature ({status}&#xa0;: {said})&#xa0;: son secret diffère de celui enregistré pour ce profil&#xa0;; enregistrez le même avec `odyssee-sync login --export`.</translation>
    </message>
    <message>
        <source>The {what} URL is not usable: {why}</source>
        <translation>L&apos;URL de {what} est inutilisable&#xa0;: {why}</translation>
    </message>
    <message>
        <source>The {what} URL is not valid; it should look like sqlite:///C:/ERP/erp.db or postgresql+psycopg://user@host/database.</source>
        <translation>L&apos;URL de {what} n&apos;est pas valide&#xa0;; elle devrait ressembler à sqlite:///C:/ERP/erp.db ou postgresql+psycopg://user@host/database.</translation>
    </message>
    <message>
        <source>The {what} file {database} does not exist.</source>
        <translation>Le fichier de {what} {database} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no run {run} in this state.</source>
        <translation>Cet état ne contient aucune exécution n° {run}.</translation>
    </message>
    <message>
        <source>There is no run {run} to finish.</source>
        <translation>Il n&apos;y a aucune exécution n° {run} à terminer.</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>Annulation de l&apos;envoi en cours</translation>
    </message>
    <message>
        <source>Unexpected character {char!r}</source>
        <translation>Caractère inattendu {char!r}</translation>
    </message>
    <message>
        <source>Unexpected end of the filter: {expected}</source>
        <translation>Fin inattendue du filtre&#xa0;: {expected}</translation>
    </message>
    <message>
        <source>Unexpected {token!r}: {expected}</source>
        <translation>Élément inattendu {token!r}&#xa0;: {expected}</translation>
    </message>
    <message>
        <source>Unknown function {name!r} (known: {known})</source>
        <translation>Fonction inconnue {name!r} (fonctions connues&#xa0;: {known})</translation>
    </message>
    <message>
        <source>Unterminated string: a closing &apos; is missing</source>
        <translation>Chaîne non terminée&#xa0;: il manque le &apos; fermant</translation>
    </message>
    <message>
        <source>Written, but not enabled ({problem}): run `systemctl --user enable --now {timer}` in a session of this user.</source>
        <translation>Planification écrite, mais pas activée ({problem})&#xa0;: lancez `systemctl --user enable --now {timer}` dans une session de cet utilisateur.</translation>
    </message>
    <message>
        <source>a gateway error</source>
        <translation>une erreur de passerelle</translation>
    </message>
    <message>
        <source>a gateway timeout</source>
        <translation>un dépassement de délai de la passerelle</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a server error</source>
        <translation>une erreur serveur</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>already archived (run {run}, {moment})</source>
        <translation>déjà archivée (exécution n° {run}, {moment})</translation>
    </message>
    <message>
        <source>already archived in Odyssee</source>
        <translation>déjà archivée dans Odyssee</translation>
    </message>
    <message>
        <source>already in Odyssee with these values</source>
        <translation>déjà dans Odyssee avec ces valeurs</translation>
    </message>
    <message>
        <source>already pushed</source>
        <translation>déjà envoyée</translation>
    </message>
    <message>
        <source>already undone (run {run}, {moment})</source>
        <translation>déjà défaite (exécution n° {run}, {moment})</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>une erreur interne</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>un ordinateur inconnu</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un utilisateur inconnu</translation>
    </message>
    <message>
        <source>appeared in Odyssee since the preview (created elsewhere) with other values; not created again. The next plan compares it.</source>
        <translation>apparue dans Odyssee depuis la comparaison (créée ailleurs) avec d&apos;autres valeurs&#xa0;; pas recréée. La prochaine comparaison en tiendra compte.</translation>
    </message>
    <message>
        <source>appeared in Odyssee since the preview, but the local state could not be saved: {error}</source>
        <translation>apparue dans Odyssee depuis la comparaison, mais l&apos;état local n&apos;a pas pu être enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>appeared in Odyssee since the preview, with these values; linked to it</source>
        <translation>apparue dans Odyssee depuis la comparaison, avec ces valeurs&#xa0;; liée à la fiche existante</translation>
    </message>
    <message>
        <source>approval {id}</source>
        <translation>bon {id}</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>article category</source>
        <translation>catégorie d&apos;articles</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>at least 1 second</source>
        <translation>au moins 1 seconde</translation>
    </message>
    <message>
        <source>auth_mode &quot;password&quot; needs both a username and a domain</source>
        <translation>la connexion par mot de passe (auth_mode &quot;password&quot;) demande à la fois un nom d&apos;utilisateur et un domaine</translation>
    </message>
    <message>
        <source>between 1 and {maximum} MB</source>
        <translation>entre 1 et {maximum} Mo</translation>
    </message>
    <message>
        <source>between 1 and {maximum} requests at once</source>
        <translation>entre 1 et {maximum} requêtes simultanées</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>annulée avant l&apos;envoi</translation>
    </message>
    <message>
        <source>cancelled while it was being sent</source>
        <translation>annulée pendant l&apos;envoi</translation>
    </message>
    <message>
        <source>cannot be read ({why})</source>
        <translation>le fichier est illisible ({why})</translation>
    </message>
    <message>
        <source>cannot be read: {why}</source>
        <translation>illisible&#xa0;: {why}</translation>
    </message>
    <message>
        <source>cannot be undone: Odyssee keeps every record it creates</source>
        <translation>impossible à défaire&#xa0;: Odyssee garde chaque fiche qu&apos;il crée</translation>
    </message>
    <message>
        <source>cannot be undone: Odyssee keeps every record it creates; it can be archived instead</source>
        <translation>impossible à défaire&#xa0;: Odyssee garde chaque fiche qu&apos;il crée&#xa0;; cette fiche peut en revanche être archivée</translation>
    </message>
    <message>
        <source>cannot be undone: Odyssee keeps every record it creates; pushed by an earlier version, which did not journal its id</source>
        <translation>impossible à défaire&#xa0;: Odyssee garde chaque fiche qu&apos;il crée&#xa0;; elle a été envoyée par une version antérieure, qui n&apos;inscrivait pas son id au journal</translation>
    </message>
    <message>
        <source>cannot be undone: pushed by an earlier version, which did not journal when Odyssee stored it, so a later edit in Odyssee could not be told apart</source>
        <translation>impossible à défaire&#xa0;: l&apos;envoi a été fait par une version antérieure, qui n&apos;inscrivait pas au journal le moment où Odyssee enregistrait la fiche&#xa0;; une modification ultérieure dans Odyssee ne pourrait donc pas être distinguée</translation>
    </message>
    <message>
        <source>cannot list the ERP tables: {why}</source>
        <translation>impossible de lister les tables de l&apos;ERP&#xa0;: {why}</translation>
    </message>
    <message>
        <source>cannot read the columns of &apos;{table}&apos;: {why}</source>
        <translation>impossible de lire les colonnes de «&#xa0;{table}&#xa0;»&#xa0;: {why}</translation>
    </message>
    <message>
        <source>changed again since the push ({action}, run {run}, {moment}); undoing this run would overwrite that</source>
        <translation>modifiée à nouveau depuis l&apos;envoi ({action}, exécution n° {run}, {moment})&#xa0;; défaire cet envoi écraserait cette modification</translation>
    </message>
    <message>
        <source>changed in Odyssee since the preview ({fields}); not overwritten</source>
        <translation>modifiée dans Odyssee depuis la comparaison ({fields})&#xa0;; rien n&apos;a été écrasé</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; holds {sample!r}, not a date and time</source>
        <translation>la colonne «&#xa0;{column}&#xa0;» contient {sample!r}, et non une date et une heure</translation>
    </message>
    <message>
        <source>column must be a non-empty ERP column name</source>
        <translation>column doit être un nom de colonne ERP non vide</translation>
    </message>
    <message>
        <source>column {column} holds text that is not valid UTF-8 ({value}); correct it in the ERP</source>
        <translation>la colonne {column} contient du texte qui n&apos;est pas de l&apos;UTF-8 valide ({value})&#xa0;; corrigez-le dans l&apos;ERP</translation>
    </message>
    <message>
        <source>company</source>
        <translation>société</translation>
    </message>
    <message>
        <source>comparisons cannot be chained; combine them with &apos;and&apos;</source>
        <translation>les comparaisons ne peuvent pas s&apos;enchaîner&#xa0;; combinez-les avec &apos;and&apos;</translation>
    </message>
    <message>
        <source>constant: {error}</source>
        <translation>constant&#xa0;: {error}</translation>
    </message>
    <message>
        <source>could not check Odyssee for it just before the create: {error}</source>
        <translation>impossible de vérifier dans Odyssee juste avant la création&#xa0;: {error}</translation>
    </message>
    <message>
        <source>could not re-read it before sending it back: {error}</source>
        <translation>impossible de relire la fiche avant de la rétablir&#xa0;: {error}</translation>
    </message>
    <message>
        <source>could not re-read it before the update: {error}</source>
        <translation>impossible de relire la fiche avant la mise à jour&#xa0;: {error}</translation>
    </message>
    <message>
        <source>created by an earlier, interrupted attempt</source>
        <translation>créée par une tentative antérieure, interrompue</translation>
    </message>
    <message>
        <source>created by an interrupted push</source>
        <translation>créée par un envoi interrompu</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>db file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>delivered by an export that was interrupted before it recorded it</source>
        <translation>livré par un export interrompu avant d&apos;avoir pu l&apos;enregistrer</translation>
    </message>
    <message>
        <source>done in Odyssee, but the local state could not be saved: {error}</source>
        <translation>effectué dans Odyssee, mais l&apos;état local n&apos;a pas pu être enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>expected &quot;json&quot; or &quot;csv&quot;, got {value}</source>
        <translation>il faut &quot;json&quot; ou &quot;csv&quot;, et non {value}</translation>
    </message>
    <message>
        <source>expected &quot;password&quot; or &quot;header&quot;, got {value}</source>
        <translation>il faut &quot;password&quot; ou &quot;header&quot;, et non {value}</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; and the list of values after &apos;in&apos;</source>
        <translation>il faut &apos;(&apos; puis la liste des valeurs après &apos;in&apos;</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end of the filter</source>
        <translation>il faut &apos;and&apos;, &apos;or&apos; ou la fin du filtre</translation>
    </message>
    <message>
        <source>expected a closing parenthesis</source>
        <translation>il faut une parenthèse fermante</translation>
    </message>
    <message>
        <source>expected a database address such as sqlite:///erp.db or postgresql://user@host/db, got {value}</source>
        <translation>il faut une adresse de base de données, par exemple sqlite:///erp.db ou postgresql://user@host/db, et non {value}</translation>
    </message>
    <message>
        <source>expected a field name or a value</source>
        <translation>il faut un nom de champ ou une valeur</translation>
    </message>
    <message>
        <source>expected a number of seconds, got {value}</source>
        <translation>il faut un nombre de secondes, et non {value}</translation>
    </message>
    <message>
        <source>expected a positive number of seconds, got {value}</source>
        <translation>il faut un nombre de secondes positif, et non {value}</translation>
    </message>
    <message>
        <source>expected a whole number of {unit}, got {value}</source>
        <translation>il faut un nombre entier de {unit}, et non {value}</translation>
    </message>
    <message>
        <source>expected an ERP column name or an inline table such as {{ column = &quot;…&quot;, transform = [&quot;trim&quot;] }}</source>
        <translation>il faut un nom de colonne ERP ou une table en ligne, par exemple {{ column = &quot;…&quot;, transform = [&quot;trim&quot;] }}</translation>
    </message>
    <message>
        <source>expected an address without ?query or #fragment, got {value}</source>
        <translation>il faut une adresse sans ?requête ni #fragment, et non {value}</translation>
    </message>
    <message>
        <source>expected an http:// or https:// address with a host name, got {value}</source>
        <translation>il faut une adresse http:// ou https:// avec un nom d&apos;hôte, et non {value}</translation>
    </message>
    <message>
        <source>expected text, got {value}</source>
        <translation>il faut du texte, et non {value}</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>il faut true ou false, et non {value}</translation>
    </message>
    <message>
        <source>expected {expected}, got {value}</source>
        <translation>il faut {expected}, et non {value}</translation>
    </message>
    <message>
        <source>export target</source>
        <translation>destination d&apos;export</translation>
    </message>
    <message>
        <source>export target&apos;s secret</source>
        <translation>secret de la destination d&apos;export</translation>
    </message>
    <message>
        <source>fields must be a table of Odyssee field = ERP column</source>
        <translation>fields doit être une table de la forme champ Odyssee = colonne ERP</translation>
    </message>
    <message>
        <source>folder {path} ({format} files)</source>
        <translation>le dossier {path} (fichiers {format})</translation>
    </message>
    <message>
        <source>give either column or constant, not both</source>
        <translation>indiquez column ou constant, pas les deux</translation>
    </message>
    <message>
        <source>give either table or query, not both</source>
        <translation>indiquez table ou query, pas les deux</translation>
    </message>
    <message>
        <source>has more than {places} decimal places</source>
        <translation>a plus de {places} décimales</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>en mémoire</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>is out of range: numbers go from -{high} to {high}</source>
        <translation>est hors limites&#xa0;: les nombres vont de -{high} à {high}</translation>
    </message>
    <message>
        <source>is out of range: whole numbers go from {low} to {high}</source>
        <translation>est hors limites&#xa0;: les nombres entiers vont de {low} à {high}</translation>
    </message>
    <message>
        <source>job</source>
        <translation>intervention</translation>
    </message>
    <message>
        <source>job #{number}</source>
        <translation>intervention n° {number}</translation>
    </message>
    <message>
        <source>job approval</source>
        <translation>bon d&apos;intervention</translation>
    </message>
    <message>
        <source>job non part usage</source>
        <translation>ligne de temps ou autre</translation>
    </message>
    <message>
        <source>job part usage</source>
        <translation>pièce utilisée</translation>
    </message>
    <message>
        <source>job status</source>
        <translation>statut d&apos;intervention</translation>
    </message>
    <message>
        <source>job type</source>
        <translation>type d&apos;intervention</translation>
    </message>
    <message>
        <source>launchd refused the agent: {problem}</source>
        <translation>launchd a refusé l&apos;agent&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>maps nothing: add a section such as [Company]</source>
        <translation>aucune correspondance définie&#xa0;: ajoutez une section, par exemple [Company]</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must not contain &quot;:&quot;, got {value}</source>
        <translation>ne doit pas contenir «&#xa0;:&#xa0;» (valeur indiquée&#xa0;: {value})</translation>
    </message>
    <message>
        <source>must not contain &quot;@&quot;, got {value}</source>
        <translation>ne doit pas contenir «&#xa0;@&#xa0;» (valeur indiquée&#xa0;: {value})</translation>
    </message>
    <message>
        <source>no ERP source: add table = &quot;&lt;ERP table&gt;&quot; or query = &quot;SELECT …&quot;</source>
        <translation>aucune source ERP&#xa0;: ajoutez table = &quot;&lt;table ERP&gt;&quot; ou query = &quot;SELECT …&quot;</translation>
    </message>
    <message>
        <source>no completed work to export</source>
        <translation>aucun travail terminé à exporter</translation>
    </message>
    <message>
        <source>no difference in rows</source>
        <translation>aucune différence dans le nombre de lignes</translation>
    </message>
    <message>
        <source>no key: name the ERP key column, e.g. key = &quot;code&quot; (it becomes {entity}.{field})</source>
        <translation>aucune clé&#xa0;: indiquez la colonne clé de l&apos;ERP, par exemple key = &quot;code&quot; (elle devient {entity}.{field})</translation>
    </message>
    <message>
        <source>no keyring service was found</source>
        <translation>aucun service de trousseau n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>no longer skipped: pending again</source>
        <translation>plus écartée&#xa0;: de nouveau en attente</translation>
    </message>
    <message>
        <source>no new PDFs</source>
        <translation>aucun nouveau PDF</translation>
    </message>
    <message>
        <source>no new PDFs, {failed:,} failed: {first}</source>
        <translation>aucun nouveau PDF, {failed:,} en échec&#xa0;: {first}</translation>
    </message>
    <message>
        <source>no profiles (none is set up yet)</source>
        <translation>aucun profil (aucun n&apos;est encore configuré)</translation>
    </message>
    <message>
        <source>no user service manager</source>
        <translation>aucun gestionnaire de services utilisateur</translation>
    </message>
    <message>
        <source>no valid id</source>
        <translation>aucun id valide</translation>
    </message>
    <message>
        <source>no valid {field} ({value!r})</source>
        <translation>aucune valeur valide pour {field} ({value!r})</translation>
    </message>
    <message>
        <source>not a record</source>
        <translation>ce n&apos;est pas une fiche</translation>
    </message>
    <message>
        <source>not approved: still pending</source>
        <translation>sans votre accord&#xa0;: toujours en attente</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>TOML invalide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>nothing to undo: it was not approved, so nothing was sent</source>
        <translation>rien à défaire&#xa0;: sans votre accord, rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>nothing to undo: it was only linked to a record Odyssee already had with these values</source>
        <translation>rien à défaire&#xa0;: la ligne a seulement été liée à une fiche qu&apos;Odyssee avait déjà avec ces valeurs</translation>
    </message>
    <message>
        <source>nothing to undo: the push did not change it ({result})</source>
        <translation>rien à défaire&#xa0;: l&apos;envoi n&apos;a rien modifié ({result})</translation>
    </message>
    <message>
        <source>nothing to undo: the push did not change it ({result}: {message})</source>
        <translation>rien à défaire&#xa0;: l&apos;envoi n&apos;a rien modifié ({result}&#xa0;: {message})</translation>
    </message>
    <message>
        <source>nothing to undo: the push wrote the values Odyssee already had</source>
        <translation>rien à défaire&#xa0;: l&apos;envoi a écrit les valeurs qu&apos;Odyssee avait déjà</translation>
    </message>
    <message>
        <source>nothing to undo: {action}</source>
        <translation>rien à défaire&#xa0;: {action}</translation>
    </message>
    <message>
        <source>nowhere yet (no export target is set)</source>
        <translation>nulle part pour l&apos;instant (aucune destination d&apos;export n&apos;est définie)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>placeholders need a name like {{file_name}}, got {{{name}}}</source>
        <translation>les variables doivent avoir un nom, par exemple {{file_name}}, et non {{{name}}}</translation>
    </message>
    <message>
        <source>project</source>
        <translation>site</translation>
    </message>
    <message>
        <source>project status</source>
        <translation>statut de site</translation>
    </message>
    <message>
        <source>project type</source>
        <translation>type de site</translation>
    </message>
    <message>
        <source>protected must be a list of Odyssee field names, e.g. protected = [&quot;notes&quot;]</source>
        <translation>protected doit être une liste de noms de champs Odyssee, par exemple protected = [&quot;notes&quot;]</translation>
    </message>
    <message>
        <source>re-export since {moment}</source>
        <translation>réexport depuis le {moment}</translation>
    </message>
    <message>
        <source>record</source>
        <translation>fiche</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requêtes</translation>
    </message>
    <message>
        <source>say where the value comes from: column = &quot;…&quot; or constant = …</source>
        <translation>indiquez d&apos;où vient la valeur&#xa0;: column = &quot;…&quot; ou constant = …</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>sent back to Odyssee, but the local state could not be saved: {error}</source>
        <translation>valeurs rétablies dans Odyssee, mais l&apos;état local n&apos;a pas pu être enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>écartée</translation>
    </message>
    <message>
        <source>skipped: not sent, hidden until its ERP row changes</source>
        <translation>écartée&#xa0;: non envoyée, masquée jusqu&apos;à ce que sa ligne ERP change</translation>
    </message>
    <message>
        <source>skipped: {holder}</source>
        <translation>vérification reportée&#xa0;: {holder}</translation>
    </message>
    <message>
        <source>state database</source>
        <translation>base de données d&apos;état</translation>
    </message>
    <message>
        <source>state database password</source>
        <translation>mot de passe de la base de données d&apos;état</translation>
    </message>
    <message>
        <source>systemctl is not on this computer</source>
        <translation>systemctl n&apos;est pas installé sur cet ordinateur</translation>
    </message>
    <message>
        <source>the ERP column name is empty</source>
        <translation>le nom de la colonne ERP est vide</translation>
    </message>
    <message>
        <source>the ERP connection URL</source>
        <translation>l&apos;URL de connexion à l&apos;ERP</translation>
    </message>
    <message>
        <source>the ERP database has no table or view &apos;{table}&apos;{hint}</source>
        <translation>la base de données ERP n&apos;a ni table ni vue «&#xa0;{table}&#xa0;»{hint}</translation>
    </message>
    <message>
        <source>the ERP key &apos;{key}&apos; is not unique for Odyssee: the ERP has {others}, and Odyssee tells keys apart without case or spaces at the end; make them differ in the ERP</source>
        <translation>la clé ERP «&#xa0;{key}&#xa0;» n&apos;est pas unique pour Odyssee&#xa0;: l&apos;ERP contient {others}, et Odyssee compare les clés sans tenir compte des majuscules ni des espaces finaux&#xa0;; rendez-les différentes dans l&apos;ERP</translation>
    </message>
    <message>
        <source>the ERP table &apos;{table}&apos;</source>
        <translation>la table ERP «&#xa0;{table}&#xa0;»</translation>
    </message>
    <message>
        <source>the certificate is for another host name</source>
        <translation>le certificat a été émis pour un autre nom d&apos;hôte</translation>
    </message>
    <message>
        <source>the configured keyring {label} keeps passwords in a file, which this program does not use</source>
        <translation>le trousseau configuré, {label}, conserve les mots de passe dans un fichier, et ce programme ne l&apos;utilise pas</translation>
    </message>
    <message>
        <source>the keyring could not be opened</source>
        <translation>le trousseau n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>the keyring is locked</source>
        <translation>le trousseau est verrouillé</translation>
    </message>
    <message>
        <source>the plan holds no valid Odyssee id for it ({odyssee_id!r})</source>
        <translation>la comparaison ne contient aucun id Odyssee valide pour cette fiche ({odyssee_id!r})</translation>
    </message>
    <message>
        <source>the port is not a number in {value}</source>
        <translation>le port n&apos;est pas un nombre dans {value}</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>la requête</translation>
    </message>
    <message>
        <source>the query fails: {why}</source>
        <translation>la requête échoue&#xa0;: {why}</translation>
    </message>
    <message>
        <source>the row filter fails: {why}</source>
        <translation>le filtre des lignes échoue&#xa0;: {why}</translation>
    </message>
    <message>
        <source>the server does not speak TLS on this port (is it http:// rather than https://?)</source>
        <translation>le serveur n&apos;utilise pas TLS sur ce port (l&apos;adresse serait-elle en http:// plutôt qu&apos;en https://&#xa0;?)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted</source>
        <translation>le certificat du serveur n&apos;est pas reconnu comme fiable</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted ({detail})</source>
        <translation>le certificat du serveur n&apos;est pas reconnu comme fiable ({detail})</translation>
    </message>
    <message>
        <source>the {entity} known as {odyssee_id} is gone; found by {field}</source>
        <translation>la fiche {entity} connue sous l&apos;id {odyssee_id} a disparu&#xa0;; une fiche a été retrouvée par {field}</translation>
    </message>
    <message>
        <source>the {entity} known as {odyssee_id} is no longer in Odyssee; it is created again</source>
        <translation>la fiche {entity} connue sous l&apos;id {odyssee_id} n&apos;est plus dans Odyssee&#xa0;; elle sera recréée</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>this computer, {path}</source>
        <translation>cet ordinateur, {path}</translation>
    </message>
    <message>
        <source>transform &apos;{transform}&apos; needs a number of decimal places from 0 to {places}, e.g. &apos;decimal:2&apos;</source>
        <translation>la transformation «&#xa0;{transform}&#xa0;» demande un nombre de décimales de 0 à {places}, par exemple «&#xa0;decimal:2&#xa0;»</translation>
    </message>
    <message>
        <source>transform must be a name or a list of names, e.g. transform = [&quot;trim&quot;, &quot;upper&quot;]</source>
        <translation>transform doit être un nom ou une liste de noms, par exemple transform = [&quot;trim&quot;, &quot;upper&quot;]</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erreur inattendue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>unknown option &apos;{option}&apos;{hint}; known options: {known}</source>
        <translation>option «&#xa0;{option}&#xa0;» inconnue{hint}&#xa0;; options connues&#xa0;: {known}</translation>
    </message>
    <message>
        <source>unknown setting &apos;{option}&apos;{hint}; known settings: {known}</source>
        <translation>réglage «&#xa0;{option}&#xa0;» inconnu{hint}&#xa0;; réglages connus&#xa0;: {known}</translation>
    </message>
    <message>
        <source>unknown transform &apos;{transform}&apos;{hint}; known transforms: {known}</source>
        <translation>transformation «&#xa0;{transform}&#xa0;» inconnue{hint}&#xa0;; transformations connues&#xa0;: {known}</translation>
    </message>
    <message>
        <source>updating</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>user</source>
        <translation>technicien</translation>
    </message>
    <message>
        <source>waits for {entity} {key}, which is not approved</source>
        <translation>attend la fiche {entity} {key}, qui n&apos;a pas reçu votre accord</translation>
    </message>
    <message>
        <source>waits for {entity} {key}, which is skipped</source>
        <translation>attend la fiche {entity} {key}, qui est écartée</translation>
    </message>
    <message>
        <source>waits for {entity} {key}, which was not pushed ({why})</source>
        <translation>attend la fiche {entity} {key}, qui n&apos;a pas été envoyée ({why})</translation>
    </message>
    <message>
        <source>web service at {where} (signed POST)</source>
        <translation>le service web sur {where} (POST signé)</translation>
    </message>
    <message>
        <source>{action} skipped on {when}; hidden until its ERP row changes</source>
        <translation>écartée le {when} ({action})&#xa0;; masquée jusqu&apos;à ce que sa ligne ERP change</translation>
    </message>
    <message>
        <source>{backend} database {database} on {where}</source>
        <translation>base de données {backend} {database} sur {where}</translation>
    </message>
    <message>
        <source>{backend} database {database} on {where} as {user}</source>
        <translation>base de données {backend} {database} sur {where}, utilisateur {user}</translation>
    </message>
    <message>
        <source>{backend} database {database} on {where} as {user}, schema {schema}</source>
        <translation>base de données {backend} {database} sur {where}, utilisateur {user}, schéma {schema}</translation>
    </message>
    <message>
        <source>{backend} database {database} on {where}, schema {schema}</source>
        <translation>base de données {backend} {database} sur {where}, schéma {schema}</translation>
    </message>
    <message>
        <source>{count} approvals ready</source>
        <translation>Bons d&apos;intervention prêts&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{done}; {stopped}</source>
        <translation>{done}&#xa0;; {stopped}</translation>
    </message>
    <message>
        <source>{entity} row {id!r}: {problem}; skipped.</source>
        <translation>Fiche {entity} {id!r}&#xa0;: {problem}&#xa0;; elle est ignorée.</translation>
    </message>
    <message>
        <source>{entity} {odyssee_id} is no longer in Odyssee</source>
        <translation>la fiche {entity} {odyssee_id} n&apos;est plus dans Odyssee</translation>
    </message>
    <message>
        <source>{entity} {odyssee_id} is no longer in Odyssee; the next plan creates it again</source>
        <translation>la fiche {entity} {odyssee_id} n&apos;est plus dans Odyssee&#xa0;; la prochaine comparaison proposera de la recréer</translation>
    </message>
    <message>
        <source>{entity}: could not read Odyssee: {error}</source>
        <translation>{entity}&#xa0;: impossible de lire Odyssee&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{entity}: {error}</source>
        <translation>{entity}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{entity}: {rows} rows read</source>
        <translation>{entity}&#xa0;: {rows} lignes lues</translation>
    </message>
    <message>
        <source>{error} ({lookup_error})</source>
        <translation>{error} ({lookup_error})</translation>
    </message>
    <message>
        <source>{field} is set by Odyssee itself and cannot be mapped</source>
        <translation>{field} est rempli par Odyssee lui-même et ne peut pas être associé à une colonne</translation>
    </message>
    <message>
        <source>{field} is {entity}&apos;s ERP key and always comes from the ERP</source>
        <translation>{field} est la clé ERP de {entity} et vient toujours de l&apos;ERP</translation>
    </message>
    <message>
        <source>{field} is {entity}&apos;s ERP key: it always comes from the key column &apos;{key}&apos;; write {field} = &quot;{key}&quot; or leave it out</source>
        <translation>{field} est la clé ERP de {entity}&#xa0;: il vient toujours de la colonne clé «&#xa0;{key}&#xa0;»&#xa0;; écrivez {field} = &quot;{key}&quot; ou supprimez-le</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}&#xa0;; {rest}</translation>
    </message>
    <message>
        <source>{job} ended: its lease was given back.</source>
        <translation>{job} a pris fin&#xa0;: la main a été rendue.</translation>
    </message>
    <message>
        <source>{job} is running on {workstation} (user {user}) since {since}.</source>
        <translation>{job} est en cours sur {workstation} (utilisateur {user}) depuis {since}.</translation>
    </message>
    <message>
        <source>{job} is running on {workstation} (user {user}, {program}) since {since}.</source>
        <translation>{job} est en cours sur {workstation} (utilisateur {user}, {program}) depuis {since}.</translation>
    </message>
    <message>
        <source>{job} stopped: another program took its lease over while this one was not answering.</source>
        <translation>{job} s&apos;arrête&#xa0;: un autre programme a pris la main pendant que celui-ci ne répondait pas.</translation>
    </message>
    <message>
        <source>{job} stopped: another program took its lease over while this one was not answering. {holder}</source>
        <translation>{job} s&apos;arrête&#xa0;: un autre programme a pris la main pendant que celui-ci ne répondait pas. {holder}</translation>
    </message>
    <message>
        <source>{job} stopped: another program took its lease over; nothing more is written.</source>
        <translation>{job} s&apos;arrête&#xa0;: un autre programme a pris la main&#xa0;; plus rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>{job} stopped: its lease could not be confirmed in the state database ({why}).</source>
        <translation>{job} s&apos;arrête&#xa0;: impossible de confirmer dans la base de données d&apos;état que ce programme a toujours la main ({why}).</translation>
    </message>
    <message>
        <source>{key} is {action} and cannot be skipped.</source>
        <translation>{key} est une action «&#xa0;{action}&#xa0;» et ne peut pas être écartée.</translation>
    </message>
    <message>
        <source>{label} (approval {id})</source>
        <translation>{label} (bon {id})</translation>
    </message>
    <message>
        <source>{megabytes:g} MB</source>
        <translation>{megabytes:g} Mo</translation>
    </message>
    <message numerus="yes">
        <source>{n:,} approvals exported</source>
        <translation>
            <numerusform>{n:,} bon d&apos;intervention exporté</numerusform>
            <numerusform>{n:,} bons d&apos;intervention exportés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n:,} approvals ready for the ERP</source>
        <translation>
            <numerusform>{n:,} bon d&apos;intervention prêt pour l&apos;ERP</numerusform>
            <numerusform>{n:,} bons d&apos;intervention prêts pour l&apos;ERP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n:,} completed job approvals exported to the ERP</source>
        <translation>
            <numerusform>{n:,} bon d&apos;intervention final exporté vers l&apos;ERP</numerusform>
            <numerusform>{n:,} bons d&apos;intervention finaux exportés vers l&apos;ERP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n:,} new PDFs downloaded</source>
        <translation>
            <numerusform>{n:,} nouveau PDF téléchargé</numerusform>
            <numerusform>{n:,} nouveaux PDF téléchargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n:,} new PDFs downloaded, {failed:,} failed: {first}</source>
        <translation>
            <numerusform>{n:,} nouveau PDF téléchargé, {failed:,} en échec&#xa0;: {first}</numerusform>
            <numerusform>{n:,} nouveaux PDF téléchargés, {failed:,} en échec&#xa0;: {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n:,} new job approval PDFs downloaded</source>
        <translation>
            <numerusform>{n:,} nouveau PDF de bon d&apos;intervention téléchargé</numerusform>
            <numerusform>{n:,} nouveaux PDF de bons d&apos;intervention téléchargés</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}() takes two arguments, got {count}</source>
        <translation>{name}() attend deux arguments, mais en a reçu {count}</translation>
    </message>
    <message>
        <source>{option} must be a non-empty text</source>
        <translation>{option} doit être un texte non vide</translation>
    </message>
    <message>
        <source>{option} must be a single value</source>
        <translation>{option} doit être une valeur unique</translation>
    </message>
    <message>
        <source>{option} must be a whole number of at least 0, not {value!r}</source>
        <translation>{option} doit être un nombre entier supérieur ou égal à 0, et non {value!r}</translation>
    </message>
    <message>
        <source>{option} must be true or false, not {value!r}</source>
        <translation>{option} doit valoir true ou false, et non {value!r}</translation>
    </message>
    <message>
        <source>{option}: a time of day is not a value {field} can hold</source>
        <translation>{option}&#xa0;: une heure du jour n&apos;est pas une valeur que {field} peut contenir</translation>
    </message>
    <message>
        <source>{option}: {error}</source>
        <translation>{option}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{option}: {name!r} is not a field name</source>
        <translation>{option}&#xa0;: {name!r} n&apos;est pas un nom de champ</translation>
    </message>
    <message>
        <source>{path} was written by a newer Odyssee Sync Assistant (settings version {version}; this one understands up to {known}). Update the program to use it.</source>
        <translation>{path} a été écrit par une version plus récente d&apos;Odyssee Sync Assistant (version de paramètres {version}&#xa0;; cette version-ci comprend jusqu&apos;à la version {known}). Mettez le programme à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>{path} would be written outside {root}; it was not written.</source>
        <translation>{path} se trouverait hors de {root}&#xa0;; le fichier n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({why})</source>
        <translation>{path}&#xa0;: lecture impossible ({why})</translation>
    </message>
    <message>
        <source>{path}: current: expected a profile name, got {value}</source>
        <translation>{path}&#xa0;: current&#xa0;: il faut un nom de profil, et non {value}</translation>
    </message>
    <message>
        <source>{path}: line {line} is not UTF-8 text.</source>
        <translation>{path}&#xa0;: la ligne {line} n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>{path}: not valid TOML: {why}</source>
        <translation>{path}&#xa0;: TOML invalide&#xa0;: {why}</translation>
    </message>
    <message>
        <source>{path}: profiles: expected a table of profiles, got {value}</source>
        <translation>{path}&#xa0;: profiles&#xa0;: il faut une table de profils, et non {value}</translation>
    </message>
    <message>
        <source>{path}: settings version {version} can no longer be upgraded.</source>
        <translation>{path}&#xa0;: la version de paramètres {version} ne peut plus être mise à niveau.</translation>
    </message>
    <message>
        <source>{path}: version: expected a whole number, got {value}</source>
        <translation>{path}&#xa0;: version&#xa0;: il faut un nombre entier, et non {value}</translation>
    </message>
    <message>
        <source>{path}: {where}.{key}: secrets are not kept in this file; remove this line and save the password with `odyssee-sync login` (system keyring)</source>
        <translation>{path}&#xa0;: {where}.{key}&#xa0;: les secrets ne sont pas conservés dans ce fichier&#xa0;; supprimez cette ligne et enregistrez le mot de passe avec `odyssee-sync login` (trousseau du système)</translation>
    </message>
    <message>
        <source>{path}: {where}: a profile with this name is already defined</source>
        <translation>{path}&#xa0;: {where}&#xa0;: un profil portant ce nom est déjà défini</translation>
    </message>
    <message>
        <source>{path}: {where}: expected a table of settings, got {value}</source>
        <translation>{path}&#xa0;: {where}&#xa0;: il faut une table de réglages, et non {value}</translation>
    </message>
    <message>
        <source>{problem} (at position {position})</source>
        <translation>{problem} (à la position {position})</translation>
    </message>
    <message>
        <source>{problem} (id {id} of the new {label}).</source>
        <translation>{problem} (id {id} de la nouvelle fiche de type {label}).</translation>
    </message>
    <message>
        <source>{problem}: {detail}</source>
        <translation>{problem}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{sentence} ({reason})</source>
        <translation>{sentence} ({reason})</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <source>{source} has no column &apos;{column}&apos;{hint}</source>
        <translation>{source} n&apos;a pas de colonne «&#xa0;{column}&#xa0;»{hint}</translation>
    </message>
    <message>
        <source>{source} line {line}: {message}</source>
        <translation>{source}, ligne {line}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{source} line {line}: {where}: {message}</source>
        <translation>{source}, ligne {line}&#xa0;: {where}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{source}: {message}</source>
        <translation>{source}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{source}: {where}: {message}</source>
        <translation>{source}&#xa0;: {where}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{table} {then} then, {now} now</source>
        <translation>{table}&#xa0;: {then} avant, {now} maintenant</translation>
    </message>
    <message>
        <source>{url} answers with a web page, not the Odyssee API: check the base URL (it usually ends in /api) and any proxy or network sign-in page.</source>
        <translation>{url} répond par une page web, et non par l&apos;API Odyssee&#xa0;: vérifiez l&apos;URL de base (elle se termine généralement par /api) et toute page de connexion d&apos;un proxy ou du réseau.</translation>
    </message>
    <message>
        <source>{value} is not a GUID</source>
        <translation>{value} n&apos;est pas un GUID</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} n&apos;est pas une date</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>{value} is not binary content</source>
        <translation>{value} n&apos;est pas un contenu binaire</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} n&apos;est ni vrai ni faux</translation>
    </message>
    <message>
        <source>{value} is not {expected}</source>
        <translation>{value} n&apos;est pas du type attendu ({expected})</translation>
    </message>
    <message numerus="yes">
        <source>{verdict} It also has {n} things this version does not know.</source>
        <translation>
            <numerusform>{verdict} Il comporte aussi {n} élément que cette version ne connaît pas.</numerusform>
            <numerusform>{verdict} Il comporte aussi {n} éléments que cette version ne connaît pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} already holds another history for this tenant and ERP (started on {computer} by {user} on {day}, {journal} journal rows). Two histories are never merged: nothing was copied.</source>
        <translation>La destination ({where}) contient déjà un autre historique pour cet environnement et cet ERP (commencé sur {computer} par {user} le {day}&#xa0;; lignes de journal&#xa0;: {journal}). Deux historiques ne sont jamais fusionnés&#xa0;: rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>{where}.{key}: {problem}</source>
        <translation>{where}.{key}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{why} in {value}</source>
        <translation>{why} dans {value}</translation>
    </message>
</context>
<context>
    <name>counts</name>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problème</numerusform>
            <numerusform>%Ln problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held back</source>
        <translation>
            <numerusform>%Ln retenu</numerusform>
            <numerusform>%Ln retenus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with problems</source>
        <translation>
            <numerusform>%Ln avec problèmes</numerusform>
            <numerusform>%Ln avec problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>no export target set</source>
        <translation>aucune destination d&apos;export définie</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(binary content, not loaded)</source>
        <translation>(contenu binaire, non chargé)</translation>
    </message>
</context>
<context>
    <name>news</name>
    <message>
        <source>user {0}</source>
        <translation>utilisateur {0}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Push is running on {0} ({1}) since {2}.</source>
        <translation>Un envoi est en cours sur {0} ({1}) depuis {2}.</translation>
    </message>
    <message>
        <source>Export of completed work is running on {0} ({1}) since {2}.</source>
        <translation>Un export des travaux terminés est en cours sur {0} ({1}) depuis {2}.</translation>
    </message>
    <message>
        <source>PDF download is running on {0} ({1}) since {2}.</source>
        <translation>Un téléchargement des PDF est en cours sur {0} ({1}) depuis {2}.</translation>
    </message>
    <message>
        <source>{0} is running on {1} ({2}) since {3}.</source>
        <translation>{0}&#xa0;: en cours sur {1} ({2}) depuis {3}.</translation>
    </message>
    <message>
        <source>It is free when that ends, or {0} s after that program stops answering.</source>
        <translation>Vous pourrez le lancer ici dès qu&apos;il sera terminé, ou {0}&#xa0;s après que ce programme aura cessé de répondre.</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}&#xa0;; {1}</translation>
    </message>
    <message>
        <source>skipped: {0}</source>
        <translation>vérification reportée&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new PDF(s) downloaded</source>
        <translation>
            <numerusform>%Ln nouveau PDF téléchargé</numerusform>
            <numerusform>%Ln nouveaux PDF téléchargés</numerusform>
        </translation>
    </message>
    <message>
        <source>no new PDFs</source>
        <translation>aucun nouveau PDF</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed: {0}</source>
        <translation>
            <numerusform>%Ln en échec&#xa0;: {0}</numerusform>
            <numerusform>%Ln en échec&#xa0;: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval(s) ready for the ERP</source>
        <translation>
            <numerusform>%Ln bon d&apos;intervention prêt pour l&apos;ERP</numerusform>
            <numerusform>%Ln bons d&apos;intervention prêts pour l&apos;ERP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval(s) exported</source>
        <translation>
            <numerusform>%Ln bon d&apos;intervention exporté</numerusform>
            <numerusform>%Ln bons d&apos;intervention exportés</numerusform>
        </translation>
    </message>
    <message>
        <source>no completed work to export</source>
        <translation>aucun travail terminé à exporter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln held back</source>
        <translation>
            <numerusform>%Ln retenu</numerusform>
            <numerusform>%Ln retenus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new job approval PDF(s) downloaded</source>
        <translation>
            <numerusform>%Ln nouveau PDF de bon d&apos;intervention téléchargé</numerusform>
            <numerusform>%Ln nouveaux PDF de bons d&apos;intervention téléchargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed job approval(s) exported to the ERP</source>
        <translation>
            <numerusform>%Ln bon d&apos;intervention final exporté vers l&apos;ERP</numerusform>
            <numerusform>%Ln bons d&apos;intervention finaux exportés vers l&apos;ERP</numerusform>
        </translation>
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
        <translation>Les bons d&apos;intervention finaux, avec leurs pièces et leurs heures, exportés vers l&apos;ERP.</translation>
    </message>
    <message>
        <source>Job approval PDFs</source>
        <translation>PDF des bons</translation>
    </message>
    <message>
        <source>The PDFs of job approvals: downloaded as Odyssee makes them, previewed here.</source>
        <translation>Les PDF des bons d&apos;intervention&#xa0;: téléchargés dès qu&apos;Odyssee les génère, affichés ici.</translation>
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
    <name>plan_model</name>
    <message>
        <source>create</source>
        <translation>création</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>link</source>
        <translation>liaison</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln create(s)</source>
        <translation>
            <numerusform>%Ln création</numerusform>
            <numerusform>%Ln créations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln update(s)</source>
        <translation>
            <numerusform>%Ln mise à jour</numerusform>
            <numerusform>%Ln mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln liaison</numerusform>
            <numerusform>%Ln liaisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalide</numerusform>
            <numerusform>%Ln invalides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln écarté</numerusform>
            <numerusform>%Ln écartés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln inchangé</numerusform>
            <numerusform>%Ln inchangés</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Pas envoyé</translation>
    </message>
    <message>
        <source>ERP key</source>
        <translation>Clé ERP</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln champ</numerusform>
            <numerusform>%Ln champs</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to push</source>
        <translation>rien à envoyer</translation>
    </message>
    <message>
        <source>new, {0}</source>
        <translation>nouveau, {0}</translation>
    </message>
    <message>
        <source> — after {0}</source>
        <translation> — après {0}</translation>
    </message>
    <message>
        <source>edited in Odyssee since the last push — {0}</source>
        <translation>modifié dans Odyssee depuis le dernier envoi — {0}</translation>
    </message>
    <message>
        <source>already in Odyssee with the same values: only linked</source>
        <translation>déjà dans Odyssee avec les mêmes valeurs&#xa0;: seulement lié</translation>
    </message>
    <message>
        <source>no change since the last push</source>
        <translation>aucun changement depuis le dernier envoi</translation>
    </message>
    <message>
        <source>no field changes</source>
        <translation>aucun champ ne change</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Cannot be pushed:</source>
        <translation>Ne peut pas être envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>Someone changed this record in Odyssee since the last push. Check it to overwrite their edit.</source>
        <translation>Quelqu&apos;un a modifié cette fiche dans Odyssee depuis le dernier envoi. Cochez-la pour écraser sa modification.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>change</translation>
    </message>
    <message>
        <source>edited in Odyssee</source>
        <translation>modifié dans Odyssee</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Odyssee now</source>
        <translation>Odyssee actuellement</translation>
    </message>
    <message>
        <source>ERP proposes</source>
        <translation>Proposé par l&apos;ERP</translation>
    </message>
    <message>
        <source>Last pushed</source>
        <translation>Dernier envoi</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>is not a number</source>
        <translation>n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>n&apos;est pas une date</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>n&apos;est ni vrai ni faux</translation>
    </message>
    <message>
        <source>is not a GUID</source>
        <translation>n&apos;est pas un GUID</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>is not binary content</source>
        <translation>n&apos;est pas un contenu binaire</translation>
    </message>
    <message>
        <source>{0} (column {1}): {2} {3}.</source>
        <translation>{0} (colonne {1})&#xa0;: {2} {3}.</translation>
    </message>
    <message>
        <source>{0}: {1} {2}.</source>
        <translation>{0}&#xa0;: {1} {2}.</translation>
    </message>
    <message>
        <source>{0} “{1}”: there is no {2} with this code in Odyssee, nor among the ERP rows to push.</source>
        <translation>{0} «&#xa0;{1}&#xa0;»&#xa0;: il n&apos;y a pas de {2} avec ce code dans Odyssee, ni parmi les lignes ERP à envoyer.</translation>
    </message>
    <message>
        <source>{0} “{1}”: there is no {2} with this code in Odyssee, and its ERP row is skipped (bring it back to push it).</source>
        <translation>{0} «&#xa0;{1}&#xa0;»&#xa0;: il n&apos;y a pas de {2} avec ce code dans Odyssee, et sa ligne ERP est écartée (rétablissez-la pour l&apos;envoyer).</translation>
    </message>
    <message>
        <source>{0} “{1}”: there is no {2} with this code in Odyssee; include the {3} too, or push them first.</source>
        <translation>{0} «&#xa0;{1}&#xa0;»&#xa0;: il n&apos;y a pas de {2} avec ce code dans Odyssee&#xa0;; incluez aussi les {3}, ou envoyez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>{0} “{1}”: there is no {2} with this code in Odyssee, and its ERP row is invalid ({3}).</source>
        <translation>{0} «&#xa0;{1}&#xa0;»&#xa0;: il n&apos;y a pas de {2} avec ce code dans Odyssee, et sa ligne ERP est invalide ({3}).</translation>
    </message>
    <message>
        <source>The field “{0}” is required.</source>
        <translation>Le champ «&#xa0;{0}&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>The field “{0}” can hold at most {1} characters.</source>
        <translation>Le champ «&#xa0;{0}&#xa0;» accepte au plus {1} caractères.</translation>
    </message>
    <message>
        <source>The field “{0}” must be between {1} and {2}.</source>
        <translation>Le champ «&#xa0;{0}&#xa0;» doit être compris entre {1} et {2}.</translation>
    </message>
    <message>
        <source>The field “{0}” can have at most {1} decimals.</source>
        <translation>Le champ «&#xa0;{0}&#xa0;» accepte au plus {1} décimales.</translation>
    </message>
    <message>
        <source>The field “{0}” must be one of: {1}.</source>
        <translation>Le champ «&#xa0;{0}&#xa0;» doit prendre l&apos;une de ces valeurs&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>The ERP key (column {0}) is empty.</source>
        <translation>La clé ERP (colonne {0}) est vide.</translation>
    </message>
    <message>
        <source>“{0}” is empty, but Odyssee requires it on every {1}.</source>
        <translation>«&#xa0;{0}&#xa0;» est vide, mais Odyssee l&apos;exige pour chaque {1}.</translation>
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
<context>
    <name>words</name>
    <message>
        <source>Push to Odyssee</source>
        <translation>Envoi vers Odyssee</translation>
    </message>
    <message>
        <source>Export to the ERP</source>
        <translation>Export vers l&apos;ERP</translation>
    </message>
    <message>
        <source>PDF download</source>
        <translation>Téléchargement des PDF</translation>
    </message>
    <message>
        <source>Undo of a push</source>
        <translation>Annulation d&apos;un envoi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Partiellement terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln envoyé</numerusform>
            <numerusform>%Ln envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln créé</numerusform>
            <numerusform>%Ln créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mis à jour</numerusform>
            <numerusform>%Ln mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exported</source>
        <translation>
            <numerusform>%Ln exporté</numerusform>
            <numerusform>%Ln exportés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln downloaded</source>
        <translation>
            <numerusform>%Ln téléchargé</numerusform>
            <numerusform>%Ln téléchargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with problems</source>
        <translation>
            <numerusform>%Ln avec problèmes</numerusform>
            <numerusform>%Ln avec problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held back</source>
        <translation>
            <numerusform>%Ln retenu</numerusform>
            <numerusform>%Ln retenus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln écarté</numerusform>
            <numerusform>%Ln écartés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not selected</source>
        <translation>
            <numerusform>%Ln non sélectionné</numerusform>
            <numerusform>%Ln non sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already there</source>
        <translation>
            <numerusform>%Ln déjà présent</numerusform>
            <numerusform>%Ln déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln non envoyé</numerusform>
            <numerusform>%Ln non envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>rien à faire</translation>
    </message>
    <message>
        <source>#{0} {1} ({2})</source>
        <translation>n° {0} {1} ({2})</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Défait</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivage</translation>
    </message>
    <message>
        <source>Conflict: edited in Odyssee</source>
        <translation>Conflit&#xa0;: modifié dans Odyssee</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Remis en attente</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Project types</source>
        <translation>Types de site</translation>
    </message>
    <message>
        <source>Project statuses</source>
        <translation>Statuts de site</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Article categories</source>
        <translation>Catégories d&apos;articles</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Job types</source>
        <translation>Types d&apos;intervention</translation>
    </message>
    <message>
        <source>Job statuses</source>
        <translation>Statuts d&apos;intervention</translation>
    </message>
    <message>
        <source>Job approvals</source>
        <translation>Bons d&apos;intervention</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>Pièces utilisées</translation>
    </message>
    <message>
        <source>Time and other lines</source>
        <translation>Temps et autres lignes</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>user</source>
        <translation>technicien</translation>
    </message>
    <message>
        <source>company</source>
        <translation>société</translation>
    </message>
    <message>
        <source>project</source>
        <translation>site</translation>
    </message>
    <message>
        <source>project type</source>
        <translation>type de site</translation>
    </message>
    <message>
        <source>project status</source>
        <translation>statut de site</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>article category</source>
        <translation>catégorie d&apos;articles</translation>
    </message>
    <message>
        <source>job</source>
        <translation>intervention</translation>
    </message>
    <message>
        <source>job type</source>
        <translation>type d&apos;intervention</translation>
    </message>
    <message>
        <source>job status</source>
        <translation>statut d&apos;intervention</translation>
    </message>
    <message>
        <source>job approval</source>
        <translation>bon d&apos;intervention</translation>
    </message>
    <message>
        <source>part used</source>
        <translation>pièce utilisée</translation>
    </message>
    <message>
        <source>time or other line</source>
        <translation>ligne de temps ou autre</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ERP reference</source>
        <translation>Référence ERP</translation>
    </message>
    <message>
        <source>Project (ERP reference)</source>
        <translation>Site (référence ERP)</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Sales status</source>
        <translation>Statut commercial</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Description courte</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>First planned</source>
        <translation>Première planification</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Ready for multi-approval</source>
        <translation>Prêt pour un bon groupé</translation>
    </message>
    <message>
        <source>Working date</source>
        <translation>Date de travail</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>MIME type</source>
        <translation>Type MIME</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Belongs to (id)</source>
        <translation>Appartient à (id)</translation>
    </message>
    <message>
        <source>Job (id)</source>
        <translation>Intervention (id)</translation>
    </message>
    <message>
        <source>Table (id)</source>
        <translation>Table (id)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Street 2</source>
        <translation>Rue 2</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Additional email</source>
        <translation>E-mail supplémentaire</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Article category (id)</source>
        <translation>Catégorie d&apos;articles (id)</translation>
    </message>
    <message>
        <source>Article (id)</source>
        <translation>Article (id)</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Company (id)</source>
        <translation>Société (id)</translation>
    </message>
    <message>
        <source>Contact (id)</source>
        <translation>Contact (id)</translation>
    </message>
    <message>
        <source>Customer remarks</source>
        <translation>Remarques du client</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Equipment family (id)</source>
        <translation>Famille d&apos;équipement (id)</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Daily approval</source>
        <translation>Bon journalier</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Dummy</source>
        <translation>Fictif</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Under warranty</source>
        <translation>Sous garantie</translation>
    </message>
    <message>
        <source>Working address</source>
        <translation>Adresse d&apos;intervention</translation>
    </message>
    <message>
        <source>Job approval (id)</source>
        <translation>Bon d&apos;intervention (id)</translation>
    </message>
    <message>
        <source>Job status</source>
        <translation>Statut d&apos;intervention</translation>
    </message>
    <message>
        <source>Job status (id)</source>
        <translation>Statut d&apos;intervention (id)</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Type d&apos;intervention</translation>
    </message>
    <message>
        <source>Job type (id)</source>
        <translation>Type d&apos;intervention (id)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Line memo</source>
        <translation>Mémo de ligne</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>GSM</translation>
    </message>
    <message>
        <source>No stock</source>
        <translation>Sans stock</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Parent (id)</source>
        <translation>Parent (id)</translation>
    </message>
    <message>
        <source>Project (id)</source>
        <translation>Site (id)</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation>Statut de site</translation>
    </message>
    <message>
        <source>Project status (id)</source>
        <translation>Statut de site (id)</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>Type de site</translation>
    </message>
    <message>
        <source>Project type (id)</source>
        <translation>Type de site (id)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Signed by company</source>
        <translation>Signé par le client</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Street number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>System job status (id)</source>
        <translation>Statut système d&apos;intervention (id)</translation>
    </message>
    <message>
        <source>Use serial</source>
        <translation>Suivi par numéro de série</translation>
    </message>
    <message>
        <source>User (id)</source>
        <translation>Technicien (id)</translation>
    </message>
    <message>
        <source>Job #</source>
        <translation>N°</translation>
    </message>
</context>
</TS>
