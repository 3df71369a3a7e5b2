<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <translation>Aucun enregistrement à afficher. Une recherche ou un $filter ne trouve peut-être rien&#xa0;: effacez-les pour voir toute la liste.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Select a row to see all its fields here; a job or a company also shows its related records below.</source>
        <translation>Sélectionnez une ligne pour voir ici tous ses champs&#xa0;; une intervention ou une société montre aussi ses enregistrements liés en dessous.</translation>
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
        <translation>Rechercher&#xa0;: {0}</translation>
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
        <translation>Chargement&#xa0;: {0}…</translation>
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
        <translation>Chargement&#xa0;: {0} sur {1} — faites défiler pour la suite</translation>
    </message>
    <message>
        <source>{0} loaded</source>
        <translation>Chargement&#xa0;: {0}</translation>
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
        <translation>Rien dans «&#xa0;{0}&#xa0;» pour l&apos;enregistrement sélectionné.</translation>
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
        <translation>Réexporter le travail terminé</translation>
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
    <name>WorkPage</name>
    <message>
        <source>Completed work has nowhere to go yet: set “Export completed work to” (the ERP database or a folder) in Settings.</source>
        <translation>Le travail terminé n&apos;a pas encore de destination&#xa0;: réglez «&#xa0;Exporter le travail terminé vers&#xa0;» (la base de données de l&apos;ERP ou un dossier) dans les Paramètres.</translation>
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
        <translation>Travail terminé</translation>
    </message>
    <message>
        <source>Final job approvals with their parts and hours, waiting to be written to the ERP.</source>
        <translation>Les bons d&apos;intervention finaux, avec leurs pièces et leurs heures, en attente d&apos;écriture dans l&apos;ERP.</translation>
    </message>
    <message>
        <source>You can export from here when it has ended.</source>
        <translation>Vous pourrez exporter d&apos;ici quand ce sera terminé.</translation>
    </message>
    <message>
        <source>Reading cancelled. Press Refresh to read the completed work again.</source>
        <translation>Lecture annulée. Cliquez sur Actualiser pour relire le travail terminé.</translation>
    </message>
    <message>
        <source>The completed work could not be read: see the message above.</source>
        <translation>Le travail terminé n&apos;a pas pu être lu&#xa0;: voyez le message ci-dessus.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reading the completed work…</source>
        <translation>Lecture du travail terminé…</translation>
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
        <translation>Ouvrez un profil pour voir son travail terminé.</translation>
    </message>
    <message>
        <source>Reading the completed work from Odyssee…</source>
        <translation>Lecture du travail terminé dans Odyssee…</translation>
    </message>
    <message>
        <source>No other completed work is waiting: every final job approval has been exported. New ones appear here when technicians finish their jobs.</source>
        <translation>Aucun autre travail terminé n&apos;attend&#xa0;: chaque bon d&apos;intervention final a été exporté. Les nouveaux apparaissent ici quand les techniciens terminent leurs interventions.</translation>
    </message>
    <message>
        <source>No completed work is waiting: every final job approval has been exported. New ones appear here when technicians finish their jobs.</source>
        <translation>Aucun travail terminé n&apos;attend&#xa0;: chaque bon d&apos;intervention final a été exporté. Les nouveaux apparaissent ici quand les techniciens terminent leurs interventions.</translation>
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
            <numerusform>Chaque export réessaie de lui-même le bon retenu. Pour l&apos;envoyer plus tôt, corrigez la cause indiquée dans Odyssee (ou dans l&apos;ERP), puis cliquez sur Réessayer.</numerusform>
            <numerusform>Chaque export réessaie de lui-même les bons retenus. Pour les envoyer plus tôt, corrigez la cause indiquée dans Odyssee (ou dans l&apos;ERP), puis cliquez sur Réessayer.</numerusform>
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
        <source>(no ERP reference)</source>
        <translation>(pas de référence ERP)</translation>
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
        <translation>Odyssee a maintenant tout ce qu&apos;il faut&#xa0;: Réessayer l&apos;envoie.</translation>
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
            <numerusform>%Ln retenu, pas encore dans l&apos;ERP&#xa0;: voyez la liste des bons retenus.</numerusform>
            <numerusform>%Ln retenus, pas encore dans l&apos;ERP&#xa0;: voyez la liste des bons retenus.</numerusform>
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
        <translation>aucune destination d&apos;export réglée</translation>
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
        <translation>Quelqu&apos;un a modifié cet enregistrement dans Odyssee depuis le dernier envoi. Cochez-le pour écraser sa modification.</translation>
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
        <source>Users</source>
        <translation>Utilisateurs</translation>
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
        <translation>utilisateur</translation>
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
        <translation>Prêt pour la validation groupée</translation>
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
        <translation>Validation journalière</translation>
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
        <translation>Signé par la société</translation>
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
        <translation>Numéro de série utilisé</translation>
    </message>
    <message>
        <source>User (id)</source>
        <translation>Utilisateur (id)</translation>
    </message>
    <message>
        <source>Job #</source>
        <translation>N°</translation>
    </message>
</context>
</TS>
