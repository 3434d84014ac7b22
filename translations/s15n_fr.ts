<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>s15n</name>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="33"/>
        <source>The settings of resource %1 are damaged.</source>
        <translation>Les paramètres de la ressource %1 sont endommagés.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="27"/>
        <source>--mode is pull, push or both, not &apos;%1&apos;.</source>
        <translation>--mode vaut pull, push ou both, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="34"/>
        <source>--strategy is a comma-separated list of create, update, delete; &apos;%1&apos; is not.</source>
        <translation>--strategy est une liste de create, update, delete séparés par des virgules&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas une.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="46"/>
        <source>--%1 is one of THIS, OTHER, NEWER, MASTER%2; &apos;%3&apos; is not.</source>
        <translation>--%1 est l&apos;une des valeurs THIS, OTHER, NEWER, MASTER%2&#xa0;; «&#xa0;%3&#xa0;» n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="48"/>
        <source>, MANUAL</source>
        <translation>, MANUAL</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychain.cpp" line="23"/>
        <source>The keychain (Secret Service) cannot be reached: %1. On a desktop, unlock your keyring; on a headless server, use PGPASSWORD or ~/.pgpass for the database.</source>
        <translation>Le trousseau (Secret Service) est inaccessible&#xa0;: %1. Sur un poste de travail, déverrouillez votre trousseau&#xa0;; sur un serveur sans interface graphique, utilisez PGPASSWORD ou ~/.pgpass pour la base de données.</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="102"/>
        <source>strategy does not allow delete</source>
        <translation>la stratégie n&apos;autorise pas delete</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="107"/>
        <source>strategy does not allow create</source>
        <translation>la stratégie n&apos;autorise pas create</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="111"/>
        <source>strategy does not allow update</source>
        <translation>la stratégie n&apos;autorise pas update</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="133"/>
        <source>update policy THIS keeps the local copy</source>
        <translation>la politique de mise à jour THIS conserve la copie locale</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="136"/>
        <source>update policy MASTER: this node created the record</source>
        <translation>politique de mise à jour MASTER&#xa0;: ce nœud a créé l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="147"/>
        <source>deleted on both sides</source>
        <translation>supprimé des deux côtés</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="152"/>
        <source>conflict policy THIS</source>
        <translation>politique de conflit THIS</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="156"/>
        <source>conflict policy OTHER</source>
        <translation>politique de conflit OTHER</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="161"/>
        <source>conflict policy MASTER</source>
        <translation>politique de conflit MASTER</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="166"/>
        <source>conflict policy MASTER (creator not involved: newer wins)</source>
        <translation>politique de conflit MASTER (créateur non concerné&#xa0;: le plus récent l&apos;emporte)</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="170"/>
        <source>conflict policy NEWER</source>
        <translation>politique de conflit NEWER</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="173"/>
        <source>conflict policy MANUAL: held for an administrator</source>
        <translation>politique de conflit MANUAL&#xa0;: mis en attente pour un administrateur</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="60"/>
        <source>job %1: %2 every %3 from %4</source>
        <translation>tâche %1&#xa0;: %2 toutes les %3 à partir du %4</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="63"/>
        <source> to %1</source>
        <translation> jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="63"/>
        <source>, no end</source>
        <translation>, sans fin</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="64"/>
        <source>, %1 runs in all</source>
        <translation>, %1 exécutions au total</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="64"/>
        <source>, no run limit</source>
        <translation>, sans limite d&apos;exécutions</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="65"/>
        <source>, timeout %1</source>
        <translation>, délai maximal %1</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="67"/>
        <source>; disabled</source>
        <translation>; désactivée</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="69"/>
        <source>; next run %1</source>
        <translation>; prochaine exécution le %1</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="71"/>
        <source>; finished</source>
        <translation>; terminée</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="85"/>
        <source>--%1 takes a duration like 30s, 15m, 2h, 1d, 1h30m or a number of seconds; &apos;%2&apos; is not one.</source>
        <translation>--%1 attend une durée comme 30s, 15m, 2h, 1d, 1h30m ou un nombre de secondes&#xa0;; «&#xa0;%2&#xa0;» n&apos;en est pas une.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="94"/>
        <source>--start takes &apos;now&apos; or a time like 2026-11-23T10:00 (local time), 2026-11-23T10:00Z (UTC) or 2026-11-23T10:00+02:00; &apos;%1&apos; is not one.</source>
        <translation>--start attend «&#xa0;now&#xa0;» ou une heure comme 2026-11-23T10:00 (heure locale), 2026-11-23T10:00Z (UTC) ou 2026-11-23T10:00+02:00&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas une.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="106"/>
        <source>--end takes &apos;none&apos;, &apos;now&apos; or a time like 2026-11-23T18:00 (local time), 2026-11-23T18:00Z (UTC) or 2026-11-23T18:00+02:00; &apos;%1&apos; is not one.</source>
        <translation>--end attend «&#xa0;none&#xa0;», «&#xa0;now&#xa0;» ou une heure comme 2026-11-23T18:00 (heure locale), 2026-11-23T18:00Z (UTC) ou 2026-11-23T18:00+02:00&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas une.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="118"/>
        <source>--repeat takes a whole number of runs (0 = no limit); &apos;%1&apos; is not one.</source>
        <translation>--repeat attend un nombre entier d&apos;exécutions (0 = sans limite)&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="131"/>
        <source>&apos;%1&apos; is not a job ID (a number, see &apos;s15n job list&apos;).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de tâche (un nombre, voir «&#xa0;s15n job list&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="44"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="45"/>
        <location filename="../core/schedule/worker.cpp" line="35"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="58"/>
        <source>There is no job %1. See &apos;s15n job list&apos;.</source>
        <translation>La tâche %1 n&apos;existe pas. Voir «&#xa0;s15n job list&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="44"/>
        <source>No sync round runner is set up.</source>
        <translation>Aucun exécuteur de cycle de synchronisation n&apos;est configuré.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="48"/>
        <source>The sync round failed: %1</source>
        <translation>Le cycle de synchronisation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="50"/>
        <source>The sync round failed with an unknown exception.</source>
        <translation>Le cycle de synchronisation a échoué sur une exception inconnue.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="72"/>
        <source>Job %1 was aborted after %2 s (its timeout) and rolled back to its last checkpoint.</source>
        <translation>La tâche %1 a été interrompue après %2 s (son délai maximal) et ramenée à son dernier point de reprise.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="78"/>
        <source>Job %1 finished in %2.</source>
        <translation>La tâche %1 s&apos;est terminée en %2.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="82"/>
        <source>Job %1 was cancelled after %2; it was rolled back to its last checkpoint and runs again when due.</source>
        <translation>La tâche %1 a été annulée après %2&#xa0;; elle a été ramenée à son dernier point de reprise et s&apos;exécutera de nouveau à son échéance.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="89"/>
        <source>Job %1 was stopped after %2 because s15n is stopping; it was rolled back to its last checkpoint and runs again when due.</source>
        <translation>La tâche %1 a été arrêtée après %2 car s15n s&apos;arrête&#xa0;; elle a été ramenée à son dernier point de reprise et s&apos;exécutera de nouveau à sa prochaine échéance.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="95"/>
        <source>Job %1 failed after %2: %3</source>
        <translation>La tâche %1 a échoué après %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="50"/>
        <source>Cannot read the password of the repository &apos;%1&apos;: the keychain (Secret Service) cannot be reached.</source>
        <translation>Impossible de lire le mot de passe du dépôt «&#xa0;%1&#xa0;»&#xa0;: le trousseau (Secret Service) est inaccessible.</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="54"/>
        <source>Cannot store the password of the repository &apos;%1&apos;: the keychain (Secret Service) cannot be reached.</source>
        <translation>Impossible d&apos;enregistrer le mot de passe du dépôt «&#xa0;%1&#xa0;»&#xa0;: le trousseau (Secret Service) est inaccessible.</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="58"/>
        <source>Cannot forget the password of the repository &apos;%1&apos;: the keychain (Secret Service) cannot be reached.</source>
        <translation>Impossible d&apos;oublier le mot de passe du dépôt «&#xa0;%1&#xa0;»&#xa0;: le trousseau (Secret Service) est inaccessible.</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="63"/>
        <source>On a desktop, unlock your keyring and try again. On a server without one, set %1 to a file that only this user may read (for example %2) and run the command again. The keychain&apos;s own error shows with QT_LOGGING_RULES=&quot;s15n.secrets=true&quot;.</source>
        <translation>Sur un poste de travail, déverrouillez votre trousseau et réessayez. Sur un serveur qui n&apos;en a pas, définissez %1 sur un fichier que seul cet utilisateur peut lire (par exemple %2) et relancez la commande. L&apos;erreur propre au trousseau s&apos;affiche avec QT_LOGGING_RULES=&quot;s15n.secrets=true&quot;.</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="241"/>
        <source>Passwords are kept per node, but no node UUID was given.</source>
        <translation>Les mots de passe sont conservés par nœud, mais aucun UUID de nœud n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="243"/>
        <source>The repository name is empty.</source>
        <translation>Le nom du dépôt est vide.</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="58"/>
        <source>Wrong username or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="63"/>
        <source>There is no account named &apos;%1&apos;. &apos;s15n account list&apos; shows the accounts.</source>
        <translation>Il n&apos;existe aucun compte nommé «&#xa0;%1&#xa0;». «&#xa0;s15n account list&#xa0;» affiche les comptes.</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="27"/>
        <source>The %1 file %2 does not exist or cannot be read.</source>
        <translation>Le fichier de %1 %2 n&apos;existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="154"/>
        <source>The metadata of row %1 in %2 is damaged.</source>
        <translation>Les métadonnées de la ligne %1 dans %2 sont endommagées.</translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="179"/>
        <source>Row %1 of %2 refers in %3 to a row of %4 that does not exist; fix the data before exporting.</source>
        <translation>La ligne %1 de %2 fait référence, dans %3, à une ligne de %4 qui n&apos;existe pas&#xa0;; corrigez les données avant d&apos;exporter.</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesetup.cpp" line="49"/>
        <source>Cancelled, but undoing the node failed (%1); remove %2 or its s15n_ tables by hand.</source>
        <translation>Annulé, mais la création du nœud n&apos;a pas pu être défaite (%1)&#xa0;; supprimez %2 ou ses tables s15n_ à la main.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="30"/>
        <source>an entry without a name</source>
        <translation>une entrée sans nom</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="32"/>
        <source>an entry &quot;%1&quot; with a backslash in its path</source>
        <translation>une entrée «&#xa0;%1&#xa0;» avec une barre oblique inverse dans son chemin</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="35"/>
        <source>an entry &quot;%1&quot; with an absolute path</source>
        <translation>une entrée «&#xa0;%1&#xa0;» avec un chemin absolu</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="38"/>
        <source>an entry name with control characters</source>
        <translation>un nom d&apos;entrée contenant des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="42"/>
        <source>an entry &quot;%1&quot; that points outside its folder (..)</source>
        <translation>une entrée «&#xa0;%1&#xa0;» qui pointe hors de son dossier (..)</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="44"/>
        <source>an entry &quot;%1&quot; that is a folder or has an empty path segment</source>
        <translation>une entrée «&#xa0;%1&#xa0;» qui est un dossier ou dont le chemin a un segment vide</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="58"/>
        <source>The restore stopped because the disk holding the database is full (%1). Nothing was restored: the database is exactly as it was. Free some space and restore again.</source>
        <translation>La restauration s&apos;est arrêtée car le disque qui contient la base de données est plein (%1). Rien n&apos;a été restauré&#xa0;: la base de données est exactement dans son état antérieur. Libérez de l&apos;espace et relancez la restauration.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="62"/>
        <source>The restore failed: %1 Nothing was restored: the database is exactly as it was.</source>
        <translation>La restauration a échoué&#xa0;: %1 Rien n&apos;a été restauré&#xa0;: la base de données est exactement dans son état antérieur.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="70"/>
        <source>The restore was cancelled. Nothing was restored: the database is exactly as it was.</source>
        <translation>La restauration a été annulée. Rien n&apos;a été restauré&#xa0;: la base de données est exactement dans son état antérieur.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="44"/>
        <source>The backup was cancelled.</source>
        <translation>La sauvegarde a été annulée.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="92"/>
        <source>zip error %1 (is the disk full?)</source>
        <translation>erreur zip %1 (le disque est-il plein&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="93"/>
        <source>Cannot write the backup: %1</source>
        <translation>Impossible d&apos;écrire la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="37"/>
        <source>There is no child named &apos;%1&apos; here; &apos;s15n child list&apos; shows the children.</source>
        <translation>Il n&apos;existe ici aucun enfant nommé «&#xa0;%1&#xa0;»&#xa0;; «&#xa0;s15n child list&#xa0;» affiche les enfants.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="36"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="57"/>
        <location filename="../core/client/parentsetup.cpp" line="80"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="74"/>
        <source>Stopped while the parent wrote the backup.</source>
        <translation>Arrêté pendant que le parent écrivait la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>s15n::AccountStore</name>
    <message>
        <location filename="../core/server/accountstore.cpp" line="88"/>
        <source>The account name is empty.</source>
        <translation>Le nom du compte est vide.</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="90"/>
        <source>The account name &apos;%1&apos; is longer than %2 characters.</source>
        <translation>Le nom de compte «&#xa0;%1&#xa0;» dépasse %2 caractères.</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="94"/>
        <source>The account name &apos;%1&apos; may hold only letters A-Z and a-z, digits and . _ @ -</source>
        <translation>Le nom de compte «&#xa0;%1&#xa0;» ne peut contenir que des lettres A-Z et a-z, des chiffres et . _ @ -</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="114"/>
        <location filename="../core/server/accountstore.cpp" line="223"/>
        <location filename="../core/server/accountstore.cpp" line="239"/>
        <source>Cannot read the accounts: %1</source>
        <translation>Impossible de lire les comptes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="123"/>
        <location filename="../core/server/accountstore.cpp" line="157"/>
        <source>The password for &apos;%1&apos; is empty.</source>
        <translation>Le mot de passe de «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="128"/>
        <source>An account named &apos;%1&apos; exists already; remove it first or change its password.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; supprimez-le d&apos;abord ou changez son mot de passe.</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="145"/>
        <source>Cannot add the account &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;ajouter le compte «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="167"/>
        <source>Cannot change the password of &apos;%1&apos;: %2</source>
        <translation>Impossible de changer le mot de passe de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="183"/>
        <source>Cannot change the account &apos;%1&apos;: %2</source>
        <translation>Impossible de modifier le compte «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="199"/>
        <location filename="../core/server/accountstore.cpp" line="210"/>
        <source>Cannot remove the account &apos;%1&apos;: %2</source>
        <translation>Impossible de supprimer le compte «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="201"/>
        <source>The account &apos;%1&apos; belongs to child &apos;%2&apos;: &apos;s15n child remove %3&apos; removes the child with its account.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» appartient à l&apos;enfant «&#xa0;%2&#xa0;»&#xa0;: «&#xa0;s15n child remove %3&#xa0;» supprime l&apos;enfant avec son compte.</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="279"/>
        <source>Cannot check the password: %1</source>
        <translation>Impossible de vérifier le mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="297"/>
        <source>The stored password of the account &apos;%1&apos; is damaged; set a new one with &apos;s15n account password %1&apos;.</source>
        <translation>Le mot de passe enregistré du compte «&#xa0;%1&#xa0;» est endommagé&#xa0;; définissez-en un nouveau avec «&#xa0;s15n account password %1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>s15n::ApplyEngine</name>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="197"/>
        <source>Changes for &apos;%1&apos; arrived, but it is not a resource of this node. Add it with &apos;s15n resource add %1&apos; first.</source>
        <translation>Des modifications pour «&#xa0;%1&#xa0;» sont arrivées, mais ce n&apos;est pas une ressource de ce nœud. Ajoutez-la d&apos;abord avec «&#xa0;s15n resource add %1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="213"/>
        <source>%1 is a push-only resource here: incoming changes are refused.</source>
        <translation>%1 est ici une ressource en envoi seul (push)&#xa0;: les modifications entrantes sont refusées.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="219"/>
        <source>Row %1 of %2 carries a version dated %3, more than a day ahead of this node&apos;s clock: the sending node&apos;s clock is wrong. Correct it there; nothing from this page was applied.</source>
        <translation>La ligne %1 de %2 porte une version datée du %3, plus d&apos;un jour en avance sur l&apos;horloge de ce nœud&#xa0;: l&apos;horloge du nœud émetteur est fausse. Corrigez-la sur le nœud émetteur&#xa0;; rien de cette page n&apos;a été appliqué.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="228"/>
        <source>Row %1 of %2 has a field &apos;%3&apos;, which is not a column of %2 here (or is its local key or UUID column). Nothing from this page was applied.</source>
        <translation>La ligne %1 de %2 contient un champ «&#xa0;%3&#xa0;» qui n&apos;est pas ici une colonne de %2 (ou qui est sa clé locale ou sa colonne UUID). Rien de cette page n&apos;a été appliqué.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="235"/>
        <source>Row %1 of %2: field &apos;%3&apos; refers to %4, but here it is not a reference to that resource. Nothing from this page was applied.</source>
        <translation>Ligne %1 de %2&#xa0;: le champ «&#xa0;%3&#xa0;» fait référence à %4, mais ici ce n&apos;est pas une référence à cette ressource. Rien de cette page n&apos;a été appliqué.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="241"/>
        <source>Row %1 of %2: field &apos;%3&apos; must be a reference to %4. Nothing from this page was applied.</source>
        <translation>Ligne %1 de %2&#xa0;: le champ «&#xa0;%3&#xa0;» doit être une référence à %4. Rien de cette page n&apos;a été appliqué.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="273"/>
        <source>These changes came from this very node; nothing to apply.</source>
        <translation>Ces modifications proviennent de ce nœud même&#xa0;; rien à appliquer.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="275"/>
        <source>The changes do not say which node sent them.</source>
        <translation>Les modifications n&apos;indiquent pas quel nœud les a envoyées.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="361"/>
        <source>skipped %1: %2</source>
        <translation>ligne %1 ignorée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="366"/>
        <source>held %1: %2</source>
        <translation>ligne %1 mise en attente&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="375"/>
        <source>conflict on %1 kept ours: %2</source>
        <translation>conflit sur la ligne %1, version locale conservée (ours)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="403"/>
        <source>failed %1: %2 (kept; tried again on the next round)</source>
        <translation>échec de la ligne %1&#xa0;: %2 (conservée&#xa0;; nouvel essai au prochain cycle)</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="410"/>
        <source>deletion of %1 waits until no rows refer to it</source>
        <translation>la suppression de la ligne %1 attend qu&apos;aucune ligne n&apos;y fasse plus référence</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="428"/>
        <source>conflict on %1 took theirs: %2</source>
        <translation>conflit sur la ligne %1, version distante retenue (theirs)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="541"/>
        <source>Cannot keep row %1 of %2 aside.</source>
        <translation>Impossible de mettre de côté la ligne %1 de %2.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="666"/>
        <source>dropped a row kept aside in %1: %2</source>
        <translation>ligne mise de côté dans %1 abandonnée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="739"/>
        <source>There is no held conflict %1. See &apos;s15n conflicts&apos;.</source>
        <translation>Il n&apos;existe aucun conflit en attente %1. Voir «&#xa0;s15n conflicts&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="759"/>
        <source>The conflict could not be resolved.</source>
        <translation>Le conflit n&apos;a pas pu être résolu.</translation>
    </message>
</context>
<context>
    <name>s15n::BackupArchive</name>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="63"/>
        <source>The entry %1 of the backup %2 is damaged (zip error %3): download the backup again.</source>
        <translation>L&apos;entrée %1 de la sauvegarde %2 est endommagée (erreur zip %3)&#xa0;: téléchargez de nouveau la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="72"/>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="74"/>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="76"/>
        <source>The file %1 is empty, so it is not a backup (was the download interrupted?). Download the backup again.</source>
        <translation>Le fichier %1 est vide, ce n&apos;est donc pas une sauvegarde (le téléchargement a-t-il été interrompu&#xa0;?). Téléchargez de nouveau la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="80"/>
        <source>%1 is an empty zip file, not an s15n backup (it has no %2).</source>
        <translation>%1 est une archive zip vide, et non une sauvegarde s15n (elle ne contient pas de %2).</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="88"/>
        <source>%1 is not a zip file, or it is damaged or truncated (was the download interrupted?). Download the backup again.</source>
        <translation>%1 n&apos;est pas une archive zip, ou elle est endommagée ou tronquée (le téléchargement a-t-il été interrompu&#xa0;?). Téléchargez de nouveau la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="96"/>
        <source>The list of entries of %1 cannot be read: the zip is damaged. Download the backup again.</source>
        <translation>La liste des entrées de %1 est illisible&#xa0;: l&apos;archive zip est endommagée. Téléchargez de nouveau la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="103"/>
        <source>%1 holds %2: it is not a backup made by s15n, and nothing was restored.</source>
        <translation>%1 contient %2&#xa0;: ce n&apos;est pas une sauvegarde faite par s15n, et rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="106"/>
        <source>%1 holds the entry %2 twice: it is not a backup made by s15n, and nothing was restored.</source>
        <translation>%1 contient deux fois l&apos;entrée %2&#xa0;: ce n&apos;est pas une sauvegarde faite par s15n, et rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="110"/>
        <source>The entry %1 of %2 is encrypted or compressed in a way s15n does not write: it is not a backup made by s15n.</source>
        <translation>L&apos;entrée %1 de %2 est chiffrée ou compressée d&apos;une manière que s15n n&apos;utilise pas&#xa0;: ce n&apos;est pas une sauvegarde faite par s15n.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="123"/>
        <source>%1 has no %2: it is not an s15n backup.</source>
        <translation>%1 ne contient pas de %2&#xa0;: ce n&apos;est pas une sauvegarde s15n.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="126"/>
        <source>The %1 of %2 is too large to be an s15n manifest.</source>
        <translation>Le fichier %1 de %2 est trop volumineux pour être un manifeste s15n.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="145"/>
        <source>The backup %1 lacks the entry %2 that its manifest names: it is incomplete. Download it again.</source>
        <translation>Il manque à la sauvegarde %1 l&apos;entrée %2 que nomme son manifeste&#xa0;: elle est incomplète. Téléchargez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="149"/>
        <source>The entry %1 of %2 has %3 bytes, but its manifest says %4: the backup is damaged or was altered. Download it again.</source>
        <translation>L&apos;entrée %1 de %2 fait %3 octets, mais son manifeste en indique %4&#xa0;: la sauvegarde est endommagée ou a été modifiée. Téléchargez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="157"/>
        <source>The backup %1 holds an entry %2 that its manifest does not name: it was altered, and nothing was restored.</source>
        <translation>La sauvegarde %1 contient une entrée %2 que son manifeste ne nomme pas&#xa0;: elle a été modifiée, et rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="177"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="197"/>
        <source>The entry %1 of %2 does not match its checksum in the manifest: the backup is damaged or was altered. Download it again.</source>
        <translation>L&apos;entrée %1 de %2 ne correspond pas à sa somme de contrôle dans le manifeste&#xa0;: la sauvegarde est endommagée ou a été modifiée. Téléchargez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="208"/>
        <source>The backup %1 lacks the entry %2: it is incomplete.</source>
        <translation>Il manque l&apos;entrée %2 à la sauvegarde %1&#xa0;: elle est incomplète.</translation>
    </message>
</context>
<context>
    <name>s15n::BackupJobs</name>
    <message>
        <location filename="../core/server/backupjobs.cpp" line="124"/>
        <source>This server is writing %1 backups already; ask again in a few minutes.</source>
        <translation>Ce serveur écrit déjà %1 sauvegardes&#xa0;; redemandez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../core/server/backupjobs.cpp" line="129"/>
        <source>Cannot make a folder for the backup in %1: %2</source>
        <translation>Impossible de créer un dossier pour la sauvegarde dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>s15n::BackupManifest</name>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="490"/>
        <source>The backup&apos;s manifest is not valid: %1</source>
        <translation>Le manifeste de la sauvegarde n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="493"/>
        <source>format %1 is not supported</source>
        <translation>le format %1 n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="495"/>
        <source>it names no parent node</source>
        <translation>il ne nomme aucun nœud parent</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="497"/>
        <source>it has no creation time</source>
        <translation>il n&apos;a pas de date de création</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="503"/>
        <source>the table name &quot;%1&quot; is not a plain identifier</source>
        <translation>le nom de table &quot;%1&quot; n&apos;est pas un identifiant simple</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="505"/>
        <source>&quot;%1&quot; is one of s15n&apos;s own tables</source>
        <translation>&quot;%1&quot; est l&apos;une des tables propres à s15n</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="507"/>
        <source>the table %1 is named twice</source>
        <translation>la table %1 est nommée deux fois</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="510"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="513"/>
        <source>the entry of %1 must be %2, not &quot;%3&quot;</source>
        <translation>l&apos;entrée de %1 doit être %2, et non &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="515"/>
        <source>the checksum of %1 is not a SHA-256</source>
        <translation>la somme de contrôle de %1 n&apos;est pas un SHA-256</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="517"/>
        <source>the counts of %1 are negative</source>
        <translation>les décomptes de %1 sont négatifs</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="521"/>
        <source>the column name &quot;%1&quot; of %2 is not a plain identifier</source>
        <translation>le nom de colonne &quot;%1&quot; de %2 n&apos;est pas un identifiant simple</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="524"/>
        <source>the column %1 of %2 is named twice</source>
        <translation>la colonne %1 de %2 est nommée deux fois</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="527"/>
        <source>the column %1 of %2 has no type</source>
        <translation>la colonne %1 de %2 n&apos;a pas de type</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="529"/>
        <source>the type &quot;%1&quot; of %2.%3 is not a plain type name</source>
        <translation>le type &quot;%1&quot; de %2.%3 n&apos;est pas un simple nom de type</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="534"/>
        <source>the reference of %1.%2 does not name a table and column</source>
        <translation>la référence de %1.%2 ne nomme pas une table et une colonne</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="538"/>
        <source>%1.%2 names a referenced table but is not a reference</source>
        <translation>%1.%2 nomme une table référencée mais n&apos;est pas une référence</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="540"/>
        <source>the default of %1.%2 is not a plain literal</source>
        <translation>la valeur par défaut de %1.%2 n&apos;est pas un littéral simple</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="547"/>
        <source>the index name &quot;%1&quot; of %2 is not a plain identifier of its own</source>
        <translation>le nom d&apos;index «&#xa0;%1&#xa0;» de %2 n&apos;est pas un identifiant simple qui lui soit propre</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="551"/>
        <source>the index name %1 is used twice</source>
        <translation>le nom d&apos;index %1 est employé deux fois</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="557"/>
        <source>an index of %1 names &quot;%2&quot;, which is not one of its columns (or twice)</source>
        <translation>un index de %1 nomme «&#xa0;%2&#xa0;», qui n&apos;est pas une de ses colonnes (ou deux fois)</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="565"/>
        <source>the UUID column &quot;%1&quot; is not a column of %2</source>
        <translation>la colonne UUID &quot;%1&quot; n&apos;est pas une colonne de %2</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="568"/>
        <source>the UUID column of %1 cannot be a reference</source>
        <translation>la colonne UUID de %1 ne peut pas être une référence</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="572"/>
        <source>the key column &quot;%1&quot; of %2 is not an integer column</source>
        <translation>la colonne clé &quot;%1&quot; de %2 n&apos;est pas une colonne d&apos;entiers</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="575"/>
        <source>the key and UUID columns of %1 are the same</source>
        <translation>la colonne clé et la colonne UUID de %1 sont identiques</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="580"/>
        <source>the index name %1 is also a table&apos;s</source>
        <translation>le nom d&apos;index %1 est aussi celui d&apos;une table</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="662"/>
        <source>manifest.xml is empty.</source>
        <translation>manifest.xml est vide.</translation>
    </message>
</context>
<context>
    <name>s15n::BackupRestorer</name>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="181"/>
        <source>This backup comes from node %1 (%2), not from the parent %3 you set: download the backup from %3.</source>
        <translation>Cette sauvegarde provient du nœud %1 (%2), et non du parent %3 que vous avez indiqué&#xa0;: téléchargez la sauvegarde depuis %3.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="185"/>
        <source>This backup was made by this very node (%1): a node is never seeded from its own backup. Restore it on a child, which keeps its own UUID.</source>
        <translation>Cette sauvegarde a été faite par ce nœud même (%1)&#xa0;: un nœud n&apos;est jamais initialisé à partir de sa propre sauvegarde. Restaurez-la sur un enfant, qui conserve son propre UUID.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="237"/>
        <source>%1 is a resource here with the UUID column %2, but the parent&apos;s uses %3. Remove the resource here (&apos;s15n resource remove %1&apos;) so the restore can set it up as the parent has it.</source>
        <translation>%1 est ici une ressource avec la colonne UUID %2, mais celle du parent utilise %3. Supprimez la ressource ici («&#xa0;s15n resource remove %1&#xa0;») pour que la restauration puisse la configurer comme chez le parent.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="254"/>
        <source>The table %1 here already holds rows: a backup only seeds tables that hold none yet, so nothing was restored. Empty %1, or restore on a node without that data.</source>
        <translation>La table %1 contient déjà des lignes ici&#xa0;: une sauvegarde n&apos;alimente que des tables encore vides, donc rien n&apos;a été restauré. Videz %1, ou restaurez sur un nœud qui n&apos;a pas ces données.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="260"/>
        <source>%1 is a resource here, but its table is missing. Remove the resource (&apos;s15n resource remove %1&apos;) and restore again.</source>
        <translation>%1 est ici une ressource, mais sa table est absente. Supprimez la ressource («&#xa0;s15n resource remove %1&#xa0;») et relancez la restauration.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="274"/>
        <source>s15n here still keeps records of rows of %1 (changes, versions or tombstones of rows made here before), which would mix with the parent&apos;s. Remove the resource (&apos;s15n resource remove %1&apos;), check that the table is empty, and restore again.</source>
        <translation>s15n conserve encore ici des enregistrements de lignes de %1 (modifications, versions ou marqueurs de suppression de lignes créées ici auparavant), qui se mélangeraient à ceux du parent. Supprimez la ressource («&#xa0;s15n resource remove %1&#xa0;»), vérifiez que la table est vide et relancez la restauration.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="284"/>
        <source>In the backup, %1 refers to %2 (column %3), which was left out of it and is not a resource here: its rows could not refer to anything. Ask the parent for a backup that includes %2 (or leaves out %1 too), or make %2 a resource here first.</source>
        <translation>Dans la sauvegarde, %1 fait référence à %2 (colonne %3), qui en a été exclue et n&apos;est pas une ressource ici&#xa0;: ses lignes ne pourraient faire référence à rien. Demandez au parent une sauvegarde qui inclut %2 (ou qui exclut aussi %1), ou faites d&apos;abord de %2 une ressource ici.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="336"/>
        <source>%1 did not become a resource</source>
        <translation>%1 n&apos;est pas devenue une ressource</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="347"/>
        <location filename="../core/backup/backuprestorer.cpp" line="395"/>
        <source>the database ended the transaction by itself</source>
        <translation>la base de données a mis fin d&apos;elle-même à la transaction</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="361"/>
        <source>The database refused rows: %1</source>
        <translation>La base de données a refusé des lignes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="416"/>
        <source>Cannot read the names in use here for %1: %2</source>
        <translation>Impossible de lire les noms déjà employés ici pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="421"/>
        <source>Cannot create the table %1: %2</source>
        <translation>Impossible de créer la table %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="425"/>
        <source>Cannot index the table %1: %2</source>
        <translation>Impossible d&apos;indexer la table %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="481"/>
        <source>The rows of %1 in the backup are not the parent&apos;s pages of %1, in order.</source>
        <translation>Les lignes de %1 dans la sauvegarde ne sont pas les pages de %1 du parent, dans l&apos;ordre.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="497"/>
        <source>The database refused rows of %1: %2</source>
        <translation>La base de données a refusé des lignes de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="509"/>
        <source>The rows of %1 in the backup cannot be read: %2</source>
        <translation>Les lignes de %1 dans la sauvegarde sont illisibles&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="515"/>
        <source>The rows of %1 in the backup do not match its manifest (%2 rows up to cursor %3, not %4 up to %5).</source>
        <translation>Les lignes de %1 dans la sauvegarde ne correspondent pas à son manifeste (%2 lignes jusqu&apos;au curseur %3, et non %4 jusqu&apos;à %5).</translation>
    </message>
</context>
<context>
    <name>s15n::BackupSchema</name>
    <message>
        <location filename="../core/backup/backupschema.cpp" line="393"/>
        <source>The table %1 here does not match the backup: its column %2 must refer to %3. Drop the empty table %1 so that the restore creates it, or correct it.</source>
        <translation>La table %1 d&apos;ici ne correspond pas à la sauvegarde&#xa0;: sa colonne %2 doit faire référence à %3. Supprimez la table vide %1 pour que la restauration la crée, ou corrigez-la.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupschema.cpp" line="399"/>
        <source>The table %1 here does not match the backup: its column %2 refers to %3, but in the backup it holds plain values. Drop the empty table %1 so that the restore creates it, or correct it.</source>
        <translation>La table %1 d&apos;ici ne correspond pas à la sauvegarde&#xa0;: sa colonne %2 fait référence à %3, mais dans la sauvegarde elle contient de simples valeurs. Supprimez la table vide %1 pour que la restauration la crée, ou corrigez-la.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupschema.cpp" line="406"/>
        <source>The table %1 here lacks the column(s) %2 that the backup fills. Add them, or drop the empty table %1 so that the restore creates it.</source>
        <translation>Il manque à la table %1 d&apos;ici la ou les colonnes %2 que la sauvegarde remplit. Ajoutez-les, ou supprimez la table vide %1 pour que la restauration la crée.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupschema.cpp" line="414"/>
        <source>The table %1 here has a column %2 that must not be empty (NOT NULL, no default), which the backup&apos;s rows do not fill. Give it a default, or drop the empty table %1 so that the restore creates it.</source>
        <translation>La table %1 d&apos;ici a une colonne %2 qui ne doit pas être vide (NOT NULL, sans valeur par défaut), et que les lignes de la sauvegarde ne remplissent pas. Donnez-lui une valeur par défaut, ou supprimez la table vide %1 pour que la restauration la crée.</translation>
    </message>
</context>
<context>
    <name>s15n::BackupWriter</name>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="311"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="317"/>
        <source>The backup was cancelled; nothing was written to %1.</source>
        <translation>La sauvegarde a été annulée&#xa0;; rien n&apos;a été écrit dans %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="322"/>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2 (le disque est-il plein&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="367"/>
        <source>%1 is not a resource of this node, so there was nothing to leave out.</source>
        <translation>%1 n&apos;est pas une ressource de ce nœud&#xa0;: il n&apos;y avait donc rien à exclure.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="381"/>
        <source>%1 refers to %2 (column %3), which is left out: on the child, its rows that refer to %2 would wait for rows that never come, and a child that does not have %2 as a resource cannot restore this backup. Leave out %1 too, or include %2.</source>
        <translation>%1 fait référence à %2 (colonne %3), qui est exclue&#xa0;: sur l&apos;enfant, ses lignes qui font référence à %2 attendraient des lignes qui n&apos;arrivent jamais, et un enfant qui n&apos;a pas %2 comme ressource ne peut pas restaurer cette sauvegarde. Excluez aussi %1, ou incluez %2.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="391"/>
        <source>This node has no resources: there is nothing to back up.</source>
        <translation>Ce nœud n&apos;a aucune ressource&#xa0;: il n&apos;y a rien à sauvegarder.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="392"/>
        <source>Every resource is left out: there is nothing to back up.</source>
        <translation>Toutes les ressources sont exclues&#xa0;: il n&apos;y a rien à sauvegarder.</translation>
    </message>
</context>
<context>
    <name>s15n::BulkLoader</name>
    <message>
        <location filename="../core/backup/bulkloader.cpp" line="128"/>
        <location filename="../core/backup/bulkloader.cpp" line="434"/>
        <source>Cannot record the versions of %1</source>
        <translation>Impossible d&apos;enregistrer les versions de %1</translation>
    </message>
    <message>
        <location filename="../core/backup/bulkloader.cpp" line="140"/>
        <location filename="../core/backup/bulkloader.cpp" line="476"/>
        <source>Cannot record the version of row %1 of %2</source>
        <translation>Impossible d&apos;enregistrer la version de la ligne %1 de %2</translation>
    </message>
    <message>
        <location filename="../core/backup/bulkloader.cpp" line="150"/>
        <source>Row %1 of %2 carries a version dated %3, more than a day ahead of this node&apos;s clock: the parent&apos;s clock is wrong. Correct it there and make the backup again.</source>
        <translation>La ligne %1 de %2 porte une version datée du %3, plus d&apos;un jour en avance sur l&apos;horloge de ce nœud&#xa0;: l&apos;horloge du parent est fausse. Corrigez-la sur le parent et refaites la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/backup/bulkloader.cpp" line="158"/>
        <source>Row %1 of %2 has a field &apos;%3&apos;, which is not a column of %2 here (or is its local key or UUID column).</source>
        <translation>La ligne %1 de %2 contient un champ «&#xa0;%3&#xa0;» qui n&apos;est pas ici une colonne de %2 (ou qui est sa clé locale ou sa colonne UUID).</translation>
    </message>
    <message>
        <location filename="../core/backup/bulkloader.cpp" line="166"/>
        <source>Row %1 of %2: the field &apos;%3&apos; does not refer to the table its column refers to here.</source>
        <translation>Ligne %1 de %2&#xa0;: le champ «&#xa0;%3&#xa0;» ne fait pas référence à la table à laquelle sa colonne fait référence ici.</translation>
    </message>
    <message>
        <location filename="../core/backup/bulkloader.cpp" line="288"/>
        <location filename="../core/backup/bulkloader.cpp" line="382"/>
        <location filename="../core/backup/bulkloader.cpp" line="526"/>
        <source>The database refused row %1 of %2</source>
        <translation>La base de données a refusé la ligne %1 de %2</translation>
    </message>
    <message>
        <location filename="../core/backup/bulkloader.cpp" line="566"/>
        <location filename="../core/backup/bulkloader.cpp" line="584"/>
        <source>Cannot look up rows of %1</source>
        <translation>Impossible de rechercher des lignes de %1</translation>
    </message>
</context>
<context>
    <name>s15n::CaptureTriggers</name>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="45"/>
        <source>Cannot add the UUID column %1 to %2: %3</source>
        <translation>Impossible d&apos;ajouter la colonne UUID %1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="57"/>
        <source>Cannot fill the UUID column of %1: %2</source>
        <translation>Impossible de remplir la colonne UUID de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="62"/>
        <source>The column %1 of %2 cannot identify rows (are there duplicate values?): %3</source>
        <translation>La colonne %1 de %2 ne permet pas d&apos;identifier les lignes (y a-t-il des valeurs en double&#xa0;?)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="119"/>
        <source>Cannot install the capture triggers on %1: %2</source>
        <translation>Impossible d&apos;installer les déclencheurs de capture sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="140"/>
        <source>Cannot remove the capture triggers of %1: %2</source>
        <translation>Impossible de supprimer les déclencheurs de capture de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>s15n::ChangesInspector</name>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="125"/>
        <source>This node is not registered at &apos;%1&apos; yet, so the remote has none of its changes to compare with. Run &apos;s15n repo register %1&apos; (or sync once).</source>
        <translation>Ce nœud n&apos;est pas encore inscrit auprès de «&#xa0;%1&#xa0;»&#xa0;; le nœud distant n&apos;a donc aucune de ses modifications à comparer. Exécutez «&#xa0;s15n repo register %1&#xa0;» (ou synchronisez une fois).</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="133"/>
        <source>No password is stored for repository &apos;%1&apos; in %2. Store it with &apos;s15n repo edit %1 --password&apos;.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour le dépôt «&#xa0;%1&#xa0;» dans %2. Enregistrez-le avec «&#xa0;s15n repo edit %1 --password&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="147"/>
        <source> A new password is stored with &apos;s15n repo edit %1 --password&apos;.</source>
        <translation> Enregistrez un nouveau mot de passe avec «&#xa0;s15n repo edit %1 --password&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="152"/>
        <source>The remote at %1 is node %2, not %3 as repository &apos;%4&apos; says; check the URL.</source>
        <translation>Le nœud distant à l&apos;adresse %1 est le nœud %2, et non %3 comme l&apos;indique le dépôt «&#xa0;%4&#xa0;»&#xa0;; vérifiez l&apos;URL.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="169"/>
        <source>&apos;%1&apos; is not a resource of this node (&apos;s15n resource list&apos;).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une ressource de ce nœud («&#xa0;s15n resource list&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="172"/>
        <source>The remote &apos;%1&apos; does not sync &apos;%2&apos;.</source>
        <translation>Le nœud distant «&#xa0;%1&#xa0;» ne synchronise pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="179"/>
        <source>%1 is a pull-only resource here: its changes are not pushed.</source>
        <translation>%1 est ici une ressource en récupération seule&#xa0;: ses modifications ne sont pas envoyées.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="331"/>
        <source>Held conflict %1 cannot be read: %2</source>
        <translation>Impossible de lire le conflit en attente %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="369"/>
        <source>Name at least one row (its UUID).</source>
        <translation>Indiquez au moins une ligne (son UUID).</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="372"/>
        <source>At most %1 rows can be named at a time.</source>
        <translation>Vous pouvez indiquer au plus %1 lignes à la fois.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="376"/>
        <source>&apos;%1&apos; is not a row UUID (lower-case, without braces).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un UUID de ligne (en minuscules, sans accolades).</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="404"/>
        <source>Row %1 of %2 changed meanwhile; nothing was pushed. Look at the changes again.</source>
        <translation>La ligne %1 de %2 a été modifiée entre-temps&#xa0;; rien n&apos;a été envoyé. Consultez de nouveau les modifications.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="451"/>
        <source>Row %1 of %2 has no change waiting to be pushed to &apos;%3&apos; (&apos;s15n changes %3&apos; lists them); nothing was pushed.</source>
        <translation>La ligne %1 de %2 n&apos;a aucune modification en attente d&apos;envoi vers «&#xa0;%3&#xa0;» («&#xa0;s15n changes %3&#xa0;» les liste)&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="506"/>
        <source>These rows are %1 KiB as XML, more than the remote accepts (%2 KiB); push fewer at a time.</source>
        <translation>Ces lignes occupent %1 Kio en XML, plus que ce qu&apos;accepte le nœud distant (%2 Kio)&#xa0;; envoyez-en moins à la fois.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="524"/>
        <source>Pushed %1 rows of %2 (cursor %3 to %4): %5</source>
        <translation>%1 lignes de %2 envoyées (curseur de %3 à %4)&#xa0;: %5</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="571"/>
        <source>The remote &apos;%1&apos; has no row %2 in %3; nothing was changed.</source>
        <translation>Le nœud distant «&#xa0;%1&#xa0;» n&apos;a pas de ligne %2 dans %3&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="578"/>
        <source>Row %1 of %2 is not in conflict: this node&apos;s version already includes the remote&apos;s, so there is nothing of theirs to take (push it instead). Nothing was changed.</source>
        <translation>La ligne %1 de %2 n&apos;est pas en conflit&#xa0;: la version de ce nœud inclut déjà celle du nœud distant, il n&apos;y a donc rien à prendre de son côté (envoyez-la plutôt). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="590"/>
        <source>The rows were not taken: %1</source>
        <translation>Les lignes n&apos;ont pas été prises&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="597"/>
        <source>Took the remote&apos;s version of %1 rows of %2: %3</source>
        <translation>Version du nœud distant prise pour %1 lignes de %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="617"/>
        <source>There is no held conflict %1. See &apos;s15n conflicts&apos;.</source>
        <translation>Il n&apos;existe aucun conflit en attente %1. Voir «&#xa0;s15n conflicts&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="628"/>
        <source>Held conflict %1 on row %2 of %3: took theirs.</source>
        <translation>Conflit en attente %1 sur la ligne %2 de %3&#xa0;: version distante retenue (theirs).</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="631"/>
        <source>Held conflict %1 on row %2 of %3: kept ours.</source>
        <translation>Conflit en attente %1 sur la ligne %2 de %3&#xa0;: version locale conservée (ours).</translation>
    </message>
</context>
<context>
    <name>s15n::ChildStore</name>
    <message>
        <location filename="../core/server/childstore.cpp" line="116"/>
        <source>The child&apos;s nickname is empty.</source>
        <translation>Le surnom de l&apos;enfant est vide.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="118"/>
        <source>The nickname &apos;%1&apos; is longer than %2 characters.</source>
        <translation>Le surnom «&#xa0;%1&#xa0;» dépasse %2 caractères.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="123"/>
        <source>The nickname &apos;%1&apos; starts or ends with a space; leave them out.</source>
        <translation>Le surnom «&#xa0;%1&#xa0;» commence ou se termine par une espace&#xa0;; retirez les espaces en début et en fin.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="126"/>
        <source>The nickname &apos;%1&apos; may not hold quotes, backslashes, &apos;$&apos; or control characters.</source>
        <translation>Le surnom «&#xa0;%1&#xa0;» ne doit contenir ni guillemets, ni barres obliques inverses, ni «&#xa0;$&#xa0;», ni caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="143"/>
        <source>&apos;%1&apos; is not a node UUID (one looks like 6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f; &apos;s15n info&apos; on the child shows it).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un UUID de nœud (un UUID ressemble à 6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f&#xa0;; «&#xa0;s15n info&#xa0;» sur l&apos;enfant l&apos;affiche).</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="157"/>
        <source>Cannot read the database&apos;s tables: %1</source>
        <translation>Impossible de lire les tables de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="160"/>
        <source>&apos;%1&apos; is one of s15n&apos;s own tables, which are never sent to any node; there is nothing to exclude.</source>
        <translation>«&#xa0;%1&#xa0;» est l&apos;une des tables propres à s15n, qui ne sont jamais envoyées à aucun nœud&#xa0;; il n&apos;y a rien à exclure.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="164"/>
        <source>There is no table &apos;%1&apos; in this node&apos;s database (&apos;s15n resource list&apos; shows the synced tables). Nothing was changed.</source>
        <translation>Il n&apos;existe aucune table «&#xa0;%1&#xa0;» dans la base de données de ce nœud («&#xa0;s15n resource list&#xa0;» affiche les tables synchronisées). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="181"/>
        <source>%1 is this node&apos;s own UUID; give the UUID of the child (&apos;s15n info&apos; on the child shows it).</source>
        <translation>%1 est l&apos;UUID de ce nœud lui-même&#xa0;; indiquez l&apos;UUID de l&apos;enfant («&#xa0;s15n info&#xa0;» sur l&apos;enfant l&apos;affiche).</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="188"/>
        <source>Node %1 is child &apos;%2&apos; here already; one node is one child.</source>
        <translation>Le nœud %1 est déjà l&apos;enfant «&#xa0;%2&#xa0;» ici&#xa0;; un nœud ne peut être qu&apos;un seul enfant.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="196"/>
        <source>Node %1 (&apos;%2&apos;) is registered here with the account &apos;%3&apos;. A child logs in with its own account: remove that registration first (&apos;s15n peer remove %1&apos;), then the node registers again with the child&apos;s account.</source>
        <translation>Le nœud %1 («&#xa0;%2&#xa0;») est inscrit ici avec le compte «&#xa0;%3&#xa0;». Un enfant se connecte avec son propre compte&#xa0;: supprimez d&apos;abord cette inscription («&#xa0;s15n peer remove %1&#xa0;»), puis le nœud s&apos;inscrira de nouveau avec le compte de l&apos;enfant.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="212"/>
        <location filename="../core/server/childstore.cpp" line="226"/>
        <location filename="../core/server/childstore.cpp" line="259"/>
        <location filename="../core/server/childstore.cpp" line="266"/>
        <source>Cannot read the children: %1</source>
        <translation>Impossible de lire les enfants&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="280"/>
        <source>Cannot read the global exclusions: %1</source>
        <translation>Impossible de lire les exclusions globales&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="347"/>
        <source>Cannot read the resources: %1</source>
        <translation>Impossible de lire les ressources&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="361"/>
        <source>Child &apos;%1&apos; receives &apos;%2&apos;, whose column &apos;%3&apos; refers to &apos;%4&apos;, which it does not receive: those rows of &apos;%2&apos; will wait at the child for rows of &apos;%4&apos; that never arrive. Exclude &apos;%2&apos; too, or allow &apos;%4&apos;.</source>
        <translation>L&apos;enfant «&#xa0;%1&#xa0;» reçoit «&#xa0;%2&#xa0;», dont la colonne «&#xa0;%3&#xa0;» fait référence à «&#xa0;%4&#xa0;», qu&apos;il ne reçoit pas&#xa0;: ces lignes de «&#xa0;%2&#xa0;» attendront chez l&apos;enfant des lignes de «&#xa0;%4&#xa0;» qui n&apos;arriveront jamais. Excluez aussi «&#xa0;%2&#xa0;», ou autorisez «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="386"/>
        <source>A child named &apos;%1&apos; exists already (&apos;s15n child list&apos;); choose another nickname, or change that child with &apos;s15n child edit %2&apos;. Nothing was added.</source>
        <translation>Un enfant nommé «&#xa0;%1&#xa0;» existe déjà («&#xa0;s15n child list&#xa0;»)&#xa0;; choisissez un autre surnom, ou modifiez cet enfant avec «&#xa0;s15n child edit %2&#xa0;». Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="399"/>
        <source>The account &apos;%1&apos; belongs to child &apos;%2&apos; already; every child gets a new account of its own: choose another --user. Nothing was added.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» appartient déjà à l&apos;enfant «&#xa0;%2&#xa0;»&#xa0;; chaque enfant reçoit un nouveau compte qui lui est propre&#xa0;: choisissez un autre --user. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="402"/>
        <source>An account named &apos;%1&apos; exists already; every child gets a new account of its own: choose another --user. Nothing was added.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; chaque enfant reçoit un nouveau compte qui lui est propre&#xa0;: choisissez un autre --user. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="408"/>
        <location filename="../core/server/childstore.cpp" line="441"/>
        <source>Nothing was added.</source>
        <translation>Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="417"/>
        <source>The password for child &apos;%1&apos; is empty; nothing was added.</source>
        <translation>Le mot de passe de l&apos;enfant «&#xa0;%1&#xa0;» est vide&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="430"/>
        <location filename="../core/server/childstore.cpp" line="438"/>
        <source>Cannot add the child &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;ajouter l&apos;enfant «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="470"/>
        <source>&apos;%1&apos; cannot be both excluded and allowed; nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être à la fois exclue et autorisée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="474"/>
        <source>The new password for child &apos;%1&apos; is empty; nothing was changed.</source>
        <translation>Le nouveau mot de passe de l&apos;enfant «&#xa0;%1&#xa0;» est vide&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="496"/>
        <source>&apos;%1&apos; is not excluded for child &apos;%2&apos;; it excludes no table of its own.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas exclue pour l&apos;enfant «&#xa0;%2&#xa0;»&#xa0;; il n&apos;a aucune exclusion propre.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="498"/>
        <source>&apos;%1&apos; is not excluded for child &apos;%2&apos;; its own exclusions are: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas exclue pour l&apos;enfant «&#xa0;%2&#xa0;»&#xa0;; ses exclusions propres sont&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="502"/>
        <source>&apos;%1&apos; is excluded for every child: &apos;s15n child exclusions --remove %1&apos; changes that.</source>
        <translation>«&#xa0;%1&#xa0;» est exclue pour tous les enfants&#xa0;: «&#xa0;s15n child exclusions --remove %1&#xa0;» change cela.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="505"/>
        <location filename="../core/server/childstore.cpp" line="509"/>
        <location filename="../core/server/childstore.cpp" line="565"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="526"/>
        <source>Cannot change the child &apos;%1&apos;: %2</source>
        <translation>Impossible de modifier l&apos;enfant «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="589"/>
        <source>Cannot remove the child &apos;%1&apos;: %2</source>
        <translation>Impossible de supprimer l&apos;enfant «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="627"/>
        <source>&apos;%1&apos; cannot be both added and removed; nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être à la fois ajoutée et retirée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="646"/>
        <source>&apos;%1&apos; is not a global exclusion; there are none. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une exclusion globale&#xa0;; il n&apos;y en a aucune. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="648"/>
        <source>&apos;%1&apos; is not a global exclusion; they are: %2. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une exclusion globale&#xa0;; ce sont&#xa0;: %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="653"/>
        <location filename="../core/server/childstore.cpp" line="659"/>
        <source>Cannot change the global exclusions: %1</source>
        <translation>Impossible de modifier les exclusions globales&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="676"/>
        <source>Node %1 is child &apos;%2&apos; here and must log in with that child&apos;s account &apos;%3&apos;, not &apos;%4&apos;. On the child use that account (&apos;s15n repo edit REPOSITORY --user %3 --password&apos;), or, if node %1 is no longer that child, clear its UUID here (&apos;s15n child edit %5 --clear-uuid&apos;).</source>
        <translation>Le nœud %1 est ici l&apos;enfant «&#xa0;%2&#xa0;» et doit se connecter avec le compte de cet enfant, «&#xa0;%3&#xa0;», et non «&#xa0;%4&#xa0;». Sur l&apos;enfant, utilisez ce compte («&#xa0;s15n repo edit REPOSITORY --user %3 --password&#xa0;»), ou, si le nœud %1 n&apos;est plus cet enfant, effacez son UUID ici («&#xa0;s15n child edit %5 --clear-uuid&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="692"/>
        <source>The account &apos;%1&apos; belongs to child &apos;%2&apos;, which is node %3; node %4 cannot use it. Give node %4 a child and account of its own here (&apos;s15n child add NICKNAME --user USER&apos;), or, if node %4 has replaced the child&apos;s node (reinstalled, restored), let it take over with &apos;s15n child edit %5 --uuid %4&apos; here.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» appartient à l&apos;enfant «&#xa0;%2&#xa0;», qui est le nœud %3&#xa0;; le nœud %4 ne peut pas l&apos;utiliser. Donnez ici au nœud %4 un enfant et un compte qui lui soient propres («&#xa0;s15n child add NICKNAME --user USER&#xa0;»), ou, si le nœud %4 a remplacé le nœud de l&apos;enfant (réinstallé, restauré), laissez-le prendre le relais avec «&#xa0;s15n child edit %5 --uuid %4&#xa0;» ici.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="703"/>
        <source>Cannot record the UUID of child &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;UUID de l&apos;enfant «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="706"/>
        <source>Child &apos;%1&apos; got a UUID at the same time; try again.</source>
        <translation>L&apos;enfant «&#xa0;%1&#xa0;» a reçu un UUID au même moment&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>s15n::CommandLine</name>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="170"/>
        <location filename="../core/cli/commandline.cpp" line="95"/>
        <source>s15n: %1</source>
        <translation>s15n&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="28"/>
        <source>Usage: s15n VERB [options]

Node:
  init [--name NAME] [--sync-id N] [--sample-data]   create this node
  info [--json]                                     show this node
  db-password [--forget]                            store the database password (stdin) in the keychain
  settings [--proxy URL] [--listen ADDR:PORT] [--tls-cert F --tls-key F] [--json]
                                  default proxy, and where &apos;serve&apos; listens
Resources (synced tables):
  resource add TABLE [--uuid-column C] [--mode pull|push|both]
               [--strategy create,update,delete] [--update-policy P] [--conflict-policy P]
  resource edit TABLE [same options]
  resource list [--json]
  resource remove TABLE
Offline exchange:
  export RESOURCE [--since N] [--to NODE_UUID] --out FILE
  import FILE [--json]
  conflicts [--json]                  conflicts held by the MANUAL policy
  conflicts resolve ID --take theirs|ours
Serving peers:
  serve [--listen ADDR:PORT] [--tls-cert F --tls-key F] [--no-worker] [--max-body-mb N]
  account add USER [--read-only] | account list [--json] | account remove USER
  account edit USER --read-only|--writable | account password USER (stdin)
  peer list [--json] | peer add UUID --name NAME --user ACCOUNT
  peer edit UUID --accept-pushes yes|no | peer remove UUID
  child add NICK --user U [--uuid UUID] [--exclude TABLE]... [--note TEXT]
                                  a child server, with a new account (password:
                                  prompt or stdin) and the tables it may not receive
  child edit NICK [--uuid UUID|--clear-uuid] [--exclude T]... [--allow T]...
                  [--password] [--note TEXT]
  child list [--json] | child remove NICK
  child exclusions [--add T]... [--remove T]... [--json]   tables no child receives
  backup [--for-child NICK] --out FILE.zip   a zip of this node&apos;s data to seed a
                                  child (children also fetch it over HTTP)
Syncing with a remote node:
  parent set URL --user U (--zip FILE.zip | --fetch) [--parent-uuid UUID]
             [--name NAME]
                                  seed this node from its parent&apos;s backup and add
                                  the parent as a repository
  repo add NAME URL --user U [--proxy URL] [--uuid UUID] [--accept-pushes] [--ca-cert F]
  repo edit NAME [same options] [--password] | repo list [--json]
  repo remove NAME | repo register NAME
  sync [REPO] [--resource R]... [--timeout SECONDS]   pull, then push
  changes [REPO] [--resource R]... [--json]   changes not pushed yet, with and
                                  without conflicts, and held conflicts
  changes push REPO --resource R UUID... [--ours]   push these rows (--ours:
                                  overwrite the other side&apos;s version)
  changes take-theirs REPO --resource R UUID...   take the remote&apos;s version
Schedule and log:
  job add REPO --every DURATION [--start T] [--end T] [--repeat N] [--timeout D]
  job edit ID [same options] [--enable|--disable] | job list [--json]
  job remove ID | job run ID
  log [--repo NAME] [--result success|warning|error|fatal] [--limit N] [--json]

Every verb takes --db PATH or --db postgresql://user@host:port/dbname; without it s15n uses $S15N_DB, then the node made by &apos;s15n init&apos;, then the default SQLite file.
Policies: THIS, OTHER, NEWER, MASTER (and MANUAL for conflicts).
</source>
        <translation>Utilisation&#xa0;: s15n VERB [options]

Nœud&#xa0;:
  init [--name NAME] [--sync-id N] [--sample-data]   crée ce nœud
  info [--json]                                     affiche ce nœud
  db-password [--forget]                            enregistre le mot de passe de la base de données (stdin) dans le trousseau
  settings [--proxy URL] [--listen ADDR:PORT] [--tls-cert F --tls-key F] [--json]
                                  proxy par défaut et adresse d&apos;écoute de «&#xa0;serve&#xa0;»
Ressources (tables synchronisées)&#xa0;:
  resource add TABLE [--uuid-column C] [--mode pull|push|both]
               [--strategy create,update,delete] [--update-policy P] [--conflict-policy P]
  resource edit TABLE [same options]
  resource list [--json]
  resource remove TABLE
Échange hors ligne&#xa0;:
  export RESOURCE [--since N] [--to NODE_UUID] --out FILE
  import FILE [--json]
  conflicts [--json]                  conflits mis en attente par la politique MANUAL
  conflicts resolve ID --take theirs|ours
Service aux pairs&#xa0;:
  serve [--listen ADDR:PORT] [--tls-cert F --tls-key F] [--no-worker] [--max-body-mb N]
  account add USER [--read-only] | account list [--json] | account remove USER
  account edit USER --read-only|--writable | account password USER (stdin)
  peer list [--json] | peer add UUID --name NAME --user ACCOUNT
  peer edit UUID --accept-pushes yes|no | peer remove UUID
  child add NICK --user U [--uuid UUID] [--exclude TABLE]... [--note TEXT]
                                  un serveur enfant, avec un nouveau compte (mot de passe&#xa0;:
                                  invite ou stdin) et les tables qu&apos;il ne doit pas recevoir
  child edit NICK [--uuid UUID|--clear-uuid] [--exclude T]... [--allow T]...
                  [--password] [--note TEXT]
  child list [--json] | child remove NICK
  child exclusions [--add T]... [--remove T]... [--json]   tables qu&apos;aucun enfant ne reçoit
  backup [--for-child NICK] --out FILE.zip   un zip des données de ce nœud pour initialiser un
                                  enfant (les enfants le téléchargent aussi par HTTP)
Synchronisation avec un nœud distant&#xa0;:
  parent set URL --user U (--zip FILE.zip | --fetch) [--parent-uuid UUID]
             [--name NAME]
                                  initialise ce nœud à partir de la sauvegarde de son parent
                                  et ajoute le parent comme dépôt
  repo add NAME URL --user U [--proxy URL] [--uuid UUID] [--accept-pushes] [--ca-cert F]
  repo edit NAME [same options] [--password] | repo list [--json]
  repo remove NAME | repo register NAME
  sync [REPO] [--resource R]... [--timeout SECONDS]   récupère (pull), puis envoie (push)
  changes [REPO] [--resource R]... [--json]   modifications pas encore envoyées, avec et
                                  sans conflits, et conflits en attente
  changes push REPO --resource R UUID... [--ours]   envoie ces lignes (--ours&#xa0;:
                                  écrase la version de l&apos;autre côté)
  changes take-theirs REPO --resource R UUID...   prend la version du nœud distant
Planification et journal&#xa0;:
  job add REPO --every DURATION [--start T] [--end T] [--repeat N] [--timeout D]
  job edit ID [same options] [--enable|--disable] | job list [--json]
  job remove ID | job run ID
  log [--repo NAME] [--result success|warning|error|fatal] [--limit N] [--json]

Chaque verbe accepte --db PATH ou --db postgresql://user@host:port/dbname&#xa0;; sans cette option, s15n utilise $S15N_DB, puis le nœud créé par «&#xa0;s15n init&#xa0;», puis le fichier SQLite par défaut.
Politiques&#xa0;: THIS, OTHER, NEWER, MASTER (et MANUAL pour les conflits).
</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="102"/>
        <source>The node&apos;s database: a SQLite file or a postgresql:// URL (no password in it).</source>
        <translation>La base de données du nœud&#xa0;: un fichier SQLite ou une URL postgresql:// (sans mot de passe).</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="112"/>
        <source>s15n: %1
Usage: s15n %2</source>
        <translation>s15n&#xa0;: %1
Utilisation&#xa0;: s15n %2</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="116"/>
        <location filename="../core/cli/exchangecommands.cpp" line="42"/>
        <location filename="../core/cli/exchangecommands.cpp" line="167"/>
        <source>Usage: s15n %1</source>
        <translation>Utilisation&#xa0;: s15n %1</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="272"/>
        <source>s15n: unknown verb &apos;%1&apos;.</source>
        <translation>s15n&#xa0;: verbe inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="30"/>
        <source>Only changes after this cursor (default 0).</source>
        <translation>Uniquement les modifications postérieures à ce curseur (0 par défaut).</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="32"/>
        <source>Leave out changes that came from this node.</source>
        <translation>Exclure les modifications provenant de ce nœud.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="34"/>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="36"/>
        <source>Rows per page (default 1000).</source>
        <translation>Lignes par page (1000 par défaut).</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="48"/>
        <source>--since must be a cursor number (0 or more).</source>
        <translation>--since doit être un numéro de curseur (0 ou plus).</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="55"/>
        <source>--page-size must be between 1 and 10000.</source>
        <translation>--page-size doit être compris entre 1 et 10000.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="61"/>
        <source>--to must be a node UUID.</source>
        <translation>--to doit être un UUID de nœud.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="69"/>
        <location filename="../core/cli/exchangecommands.cpp" line="78"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="79"/>
        <source>Exported %1 rows in %2 pages to %3; next time use --since %4.</source>
        <translation>%1 lignes exportées en %2 pages vers %3&#xa0;; la prochaine fois, utilisez --since %4.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="92"/>
        <source>Print the counts as JSON.</source>
        <translation>Afficher les compteurs en JSON.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="96"/>
        <source>Usage: s15n import FILE</source>
        <translation>Utilisation&#xa0;: s15n import FILE</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="99"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="102"/>
        <source>%1 is empty: it is not an s15n export. Nothing was applied.</source>
        <translation>%1 est vide&#xa0;: ce n&apos;est pas un export s15n. Rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="127"/>
        <source>Imported %1 pages from %2 (%3): received %4, applied %5, conflicts resolved %6, held %7, skipped %8, waiting for referenced rows %9, failed %10, unchanged %11.</source>
        <translation>%1 pages importées depuis %2 (%3)&#xa0;: %4 reçues, %5 appliquées, %6 conflits résolus, %7 mises en attente, %8 ignorées, %9 en attente de lignes référencées, %10 en échec, %11 inchangées.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="142"/>
        <source>  %1 of the applied rows had been waiting for rows that have now arrived.</source>
        <translation>  %1 des lignes appliquées attendaient des lignes qui sont maintenant arrivées.</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="113"/>
        <source>Only this resource (repeatable; exactly one with push and take-theirs).</source>
        <translation>Uniquement cette ressource (répétable&#xa0;; exactement une avec push et take-theirs).</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="116"/>
        <source>With push: overwrite the other side&apos;s version of rows in conflict.</source>
        <translation>Avec push&#xa0;: écraser la version de l&apos;autre côté pour les lignes en conflit.</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="117"/>
        <location filename="../core/cli/exchangecommands.cpp" line="154"/>
        <location filename="../core/cli/nodecommands.cpp" line="69"/>
        <location filename="../core/cli/repocommands.cpp" line="63"/>
        <location filename="../core/cli/resourcecommands.cpp" line="71"/>
        <location filename="../core/cli/servecommands.cpp" line="167"/>
        <location filename="../core/cli/settingscommands.cpp" line="25"/>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="136"/>
        <source>Name the repository and at least one row UUID.
Usage: s15n %1</source>
        <translation>Indiquez le dépôt et au moins un UUID de ligne.
Utilisation&#xa0;: s15n %1</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="139"/>
        <source>Name the rows&apos; resource with --resource TABLE (one).</source>
        <translation>Indiquez la ressource des lignes avec --resource TABLE (une seule).</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="144"/>
        <source>--ours goes with push.</source>
        <translation>--ours s&apos;utilise avec push.</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="165"/>
        <source>Pushed %1 rows to &apos;%2&apos;.</source>
        <translation>%1 lignes envoyées à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="165"/>
        <source>Took %1 rows from &apos;%2&apos;.</source>
        <translation>%1 lignes prises depuis «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="173"/>
        <source>changes takes at most one repository name.
Usage: s15n %1</source>
        <translation>changes accepte au plus un nom de dépôt.
Utilisation&#xa0;: s15n %1</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="193"/>
        <source>s15n: the changes for &apos;%1&apos; cannot be compared: %2</source>
        <translation>s15n&#xa0;: impossible de comparer les modifications pour «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="216"/>
        <source>Repository &apos;%1&apos;: %2 changes without conflicts, %3 with conflicts.</source>
        <translation>Dépôt «&#xa0;%1&#xa0;»&#xa0;: %2 modifications sans conflit, %3 avec conflit.</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="222"/>
        <source>Without conflicts:</source>
        <translation>Sans conflit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="223"/>
        <source>With conflicts (also changed there):</source>
        <translation>Avec conflit (également modifiées de l&apos;autre côté)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="228"/>
        <source>deleted here</source>
        <translation>supprimée ici</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="229"/>
        <source>new here</source>
        <translation>nouvelle ici</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="230"/>
        <source>changed here</source>
        <translation>modifiée ici</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="238"/>
        <location filename="../core/cli/changescommands.cpp" line="272"/>
        <source>ours %1, theirs %2</source>
        <translation>locale (ours) %1, distante (theirs) %2</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="260"/>
        <source>Held conflicts (MANUAL policy; &apos;s15n conflicts resolve ID --take theirs|ours&apos;):</source>
        <translation>Conflits en attente (politique MANUAL&#xa0;; «&#xa0;s15n conflicts resolve ID --take theirs|ours&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="277"/>
        <source>There are no repositories, and no conflicts are held.</source>
        <translation>Il n&apos;y a aucun dépôt, et aucun conflit n&apos;est en attente.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="156"/>
        <source>theirs or ours (with resolve).</source>
        <translation>theirs ou ours (avec resolve).</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="172"/>
        <source>The conflict ID must be a number (see &apos;s15n conflicts&apos;).</source>
        <translation>L&apos;identifiant du conflit doit être un nombre (voir «&#xa0;s15n conflicts&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="174"/>
        <source>Say which version wins: --take theirs or --take ours.</source>
        <translation>Indiquez quelle version l&apos;emporte&#xa0;: --take theirs ou --take ours.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="178"/>
        <source>Conflict %1 resolved: %2 kept.</source>
        <translation>Conflit %1 résolu&#xa0;: version %2 conservée.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="204"/>
        <source>No conflicts are held.</source>
        <translation>Aucun conflit n&apos;est en attente.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="209"/>
        <source>#%1 %2 row %3 (from node %4, received %5)</source>
        <translation>#%1 %2 ligne %3 (du nœud %4, reçue le %5)</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="26"/>
        <source>A name for this node.</source>
        <translation>Un nom pour ce nœud.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="28"/>
        <source>1..64; 1 is the parent (primary).</source>
        <translation>1..64&#xa0;; 1 est le parent (nœud principal).</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="29"/>
        <source>Load the sample supply-chain tables.</source>
        <translation>Charger les tables d&apos;exemple de chaîne d&apos;approvisionnement.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="34"/>
        <source>init takes no arguments besides its options.</source>
        <translation>init n&apos;accepte aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="41"/>
        <source>--sync-id must be a number from 1 to %1.</source>
        <translation>--sync-id doit être un nombre de 1 à %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="45"/>
        <source>--name must not be empty.</source>
        <translation>--name ne doit pas être vide.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="58"/>
        <source>Created node %1 (%2) in %3</source>
        <translation>Nœud %1 (%2) créé dans %3</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="73"/>
        <source>info takes no arguments besides its options.</source>
        <translation>info n&apos;accepte aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="100"/>
        <source>UUID:           %1
</source>
        <translation>UUID&#xa0;:                  %1
</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="101"/>
        <source>Name:           %1
</source>
        <translation>Nom&#xa0;:                   %1
</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="102"/>
        <source>Sync ID:        %1
</source>
        <translation>ID de synchronisation&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="102"/>
        <location filename="../core/cli/nodecommands.cpp" line="106"/>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="103"/>
        <source>Database:       %1
</source>
        <translation>Base de données&#xa0;:       %1
</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="104"/>
        <source>Schema version: %1
</source>
        <translation>Version du schéma&#xa0;:     %1
</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="105"/>
        <source>Resources:      %1
</source>
        <translation>Ressources&#xa0;:            %1
</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="115"/>
        <source>Remove the stored password.</source>
        <translation>Supprimer le mot de passe enregistré.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="123"/>
        <source>Only a PostgreSQL database has a password.</source>
        <translation>Seule une base de données PostgreSQL a un mot de passe.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="131"/>
        <source>No password on standard input.</source>
        <translation>Aucun mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="134"/>
        <source>Stored the password for %1 in the keychain.</source>
        <translation>Mot de passe de %1 enregistré dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="73"/>
        <source>The column that identifies rows everywhere (default uuid; added if missing).</source>
        <translation>La colonne qui identifie les lignes sur tous les nœuds (uuid par défaut&#xa0;; ajoutée si absente).</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="76"/>
        <source>pull, push or both.</source>
        <translation>pull, push ou both.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="77"/>
        <source>Allowed operations: create,update,delete.</source>
        <translation>Opérations autorisées&#xa0;: create,update,delete.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="79"/>
        <source>THIS, OTHER, NEWER or MASTER.</source>
        <translation>THIS, OTHER, NEWER ou MASTER.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="82"/>
        <source>THIS, OTHER, NEWER, MASTER or MANUAL.</source>
        <translation>THIS, OTHER, NEWER, MASTER ou MANUAL.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="91"/>
        <source>resource needs add, edit, list or remove.</source>
        <translation>resource attend add, edit, list ou remove.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="110"/>
        <source>No resources. Add one with &apos;s15n resource add TABLE&apos;.</source>
        <translation>Aucune ressource. Ajoutez-en une avec «&#xa0;s15n resource add TABLE&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="114"/>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="115"/>
        <source>UUID COLUMN</source>
        <translation>COLONNE UUID</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="59"/>
        <source>Print JSON: an array with every field.</source>
        <translation>Afficher en JSON&#xa0;: un tableau avec tous les champs.</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="60"/>
        <source>Only the entries of this repository.</source>
        <translation>Uniquement les entrées de ce dépôt.</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="63"/>
        <source>Only entries with this result: success, warning, error or fatal.</source>
        <translation>Uniquement les entrées ayant ce résultat&#xa0;: success, warning, error ou fatal.</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="66"/>
        <source>At most this many entries, newest first (default 200; 0 = all).</source>
        <translation>Au plus ce nombre d&apos;entrées, les plus récentes d&apos;abord (200 par défaut&#xa0;; 0 = toutes).</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="73"/>
        <source>log takes no arguments besides its options.</source>
        <translation>log n&apos;accepte aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="80"/>
        <source>--result is success, warning, error or fatal; &apos;%1&apos; is not.</source>
        <translation>--result vaut success, warning, error ou fatal, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="89"/>
        <source>--limit takes a number of entries (0 = all); &apos;%1&apos; is not one.</source>
        <translation>--limit attend un nombre d&apos;entrées (0 = toutes)&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="106"/>
        <source>The log is empty.</source>
        <translation>Le journal est vide.</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="107"/>
        <source>No log entries match.</source>
        <translation>Aucune entrée du journal ne correspond.</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="115"/>
        <source>peer %1</source>
        <translation>pair %1</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="122"/>
        <source>%1 (remote)</source>
        <translation>%1 (côté distant)</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="137"/>
        <location filename="../core/cli/resourcecommands.cpp" line="116"/>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="137"/>
        <source>TIME</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="137"/>
        <source>RESOURCE</source>
        <translation>RESSOURCE</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="137"/>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="138"/>
        <source>RESULT</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="138"/>
        <source>RECEIVED</source>
        <translation>REÇUES</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="138"/>
        <source>APPLIED</source>
        <translation>APPLIQUÉES</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="138"/>
        <source>CONFLICTS</source>
        <translation>CONFLITS</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="138"/>
        <source>SKIPPED</source>
        <translation>IGNORÉES</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="139"/>
        <source>FAILED</source>
        <translation>ÉCHECS</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="139"/>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="139"/>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="117"/>
        <source>STRATEGY</source>
        <translation>STRATÉGIE</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="118"/>
        <source>UPDATE</source>
        <translation>MÀJ</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="119"/>
        <source>CONFLICT</source>
        <translation>CONFLIT</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="132"/>
        <source>resource %1 needs exactly one TABLE.</source>
        <translation>resource %1 attend exactement une TABLE.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="146"/>
        <source>Added the column %1 to %2 and gave every row a UUID.</source>
        <translation>Colonne %1 ajoutée à %2 et UUID attribué à chaque ligne.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="149"/>
        <source>%1 is now a resource (%2, strategy %3, update %4, conflict %5).</source>
        <translation>%1 est désormais une ressource (%2, stratégie %3, mise à jour %4, conflit %5).</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="158"/>
        <source>The UUID column of a resource cannot change; remove and add it again.</source>
        <translation>La colonne UUID d&apos;une ressource ne peut pas changer&#xa0;; supprimez la ressource puis ajoutez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="167"/>
        <source>%1: %2, strategy %3, update %4, conflict %5.</source>
        <translation>%1&#xa0;: %2, stratégie %3, mise à jour %4, conflit %5.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="176"/>
        <source>%1 is no longer synced; its data stays.</source>
        <translation>La table %1 n&apos;est plus synchronisée&#xa0;; ses données sont conservées.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="179"/>
        <source>Unknown resource action &apos;%1&apos;: use add, edit, list or remove.</source>
        <translation>Action de ressource inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez add, edit, list ou remove.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="33"/>
        <location filename="../core/cli/jobcommands.cpp" line="141"/>
        <source>Print JSON (list).</source>
        <translation>Afficher en JSON (list).</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="35"/>
        <source>Peers logging in with this account may pull but not push (add, edit).</source>
        <translation>Les pairs qui se connectent avec ce compte peuvent récupérer mais pas envoyer (add, edit).</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="37"/>
        <source>Peers logging in with this account may pull and push (edit).</source>
        <translation>Les pairs qui se connectent avec ce compte peuvent récupérer et envoyer (edit).</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="49"/>
        <source>account needs add, edit, password, list or remove.</source>
        <translation>account attend add, edit, password, list ou remove.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="55"/>
        <source>Unknown account action &apos;%1&apos;: use add, edit, password, list or remove.</source>
        <translation>Action de compte inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez add, edit, password, list ou remove.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="60"/>
        <source>--read-only goes with &apos;account add&apos; and &apos;account edit&apos; only.</source>
        <translation>--read-only ne s&apos;utilise qu&apos;avec «&#xa0;account add&#xa0;» et «&#xa0;account edit&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="62"/>
        <source>--writable goes with &apos;account edit&apos; only.</source>
        <translation>--writable ne s&apos;utilise qu&apos;avec «&#xa0;account edit&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="64"/>
        <source>account edit needs --read-only or --writable.</source>
        <translation>account edit attend --read-only ou --writable.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="66"/>
        <source>--json goes with &apos;account list&apos; only.</source>
        <translation>--json ne s&apos;utilise qu&apos;avec «&#xa0;account list&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="69"/>
        <source>account list takes no USER.</source>
        <translation>account list n&apos;accepte pas de USER.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="70"/>
        <source>account %1 needs exactly one USER.</source>
        <translation>account %1 attend exactement un USER.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="96"/>
        <source>No accounts. Add one with &apos;s15n account add USER&apos;.</source>
        <translation>Aucun compte. Ajoutez-en un avec «&#xa0;s15n account add USER&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="100"/>
        <source>USERNAME</source>
        <translation>NOM D&apos;UTILISATEUR</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="101"/>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <location filename="../core/cli/servecommands.cpp" line="218"/>
        <source>PUSHES</source>
        <translation>ENVOIS</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="102"/>
        <source>CREATED</source>
        <translation>CRÉÉ LE</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="106"/>
        <location filename="../core/cli/repocommands.cpp" line="143"/>
        <location filename="../core/cli/repocommands.cpp" line="144"/>
        <location filename="../core/cli/servecommands.cpp" line="216"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="106"/>
        <location filename="../core/cli/repocommands.cpp" line="143"/>
        <location filename="../core/cli/repocommands.cpp" line="144"/>
        <location filename="../core/cli/servecommands.cpp" line="216"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="115"/>
        <source>Removed the account %1; peers using it can no longer log in.</source>
        <translation>Compte %1 supprimé&#xa0;; les pairs qui l&apos;utilisent ne peuvent plus se connecter.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="123"/>
        <source>Peers logging in with %1 may now pull and push.</source>
        <translation>Les pairs qui se connectent avec %1 peuvent désormais récupérer et envoyer.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="124"/>
        <source>Peers logging in with %1 may now pull but not push.</source>
        <translation>Les pairs qui se connectent avec %1 peuvent désormais récupérer mais pas envoyer.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="134"/>
        <source>An account named &apos;%1&apos; exists already; remove it first or change its password with &apos;s15n account password %1&apos;.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; supprimez-le d&apos;abord ou changez son mot de passe avec «&#xa0;s15n account password %1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="140"/>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="140"/>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="207"/>
        <source>No password given for %1: type it at the prompt or give it as one line on stdin. Nothing was changed.</source>
        <translation>Aucun mot de passe indiqué pour %1&#xa0;: saisissez-le à l&apos;invite ou fournissez-le sur une ligne de l&apos;entrée standard. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="210"/>
        <source>Again: </source>
        <translation>Confirmation&#xa0;: </translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="211"/>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="149"/>
        <source>Added the account %1; peers logging in with it may pull and push.</source>
        <translation>Compte %1 ajouté&#xa0;; les pairs qui se connectent avec lui peuvent récupérer et envoyer.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="151"/>
        <source>Added the account %1; peers logging in with it may pull but not push.</source>
        <translation>Compte %1 ajouté&#xa0;; les pairs qui se connectent avec lui peuvent récupérer mais pas envoyer.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="159"/>
        <source>Changed the password of %1; peers must use the new one from now on.</source>
        <translation>Mot de passe de %1 modifié&#xa0;; les pairs doivent désormais utiliser le nouveau.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="143"/>
        <source>Time between runs: 30s, 15m, 2h, 1d, 1h30m or seconds.</source>
        <translation>Intervalle entre les exécutions&#xa0;: 30s, 15m, 2h, 1d, 1h30m ou un nombre de secondes.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="146"/>
        <source>The first run: &apos;now&apos; (default for add) or an ISO-8601 time, local unless it ends in Z or an offset.</source>
        <translation>Première exécution&#xa0;: «&#xa0;now&#xa0;» (par défaut pour add) ou une heure ISO-8601, locale sauf si elle se termine par Z ou un décalage horaire.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="150"/>
        <source>No run starts at or after this time; &apos;none&apos; for no end (default).</source>
        <translation>Aucune exécution ne démarre à partir de cette heure&#xa0;; «&#xa0;none&#xa0;» pour aucune fin (par défaut).</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="152"/>
        <source>Runs in all; 0 = no limit (default).</source>
        <translation>Nombre total d&apos;exécutions&#xa0;; 0 = sans limite (par défaut).</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="155"/>
        <source>A run still going after this is aborted and rolled back to its last checkpoint (default 10m).</source>
        <translation>Une exécution encore en cours après ce délai est interrompue et ramenée à son dernier point de reprise (10m par défaut).</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="158"/>
        <source>Add the job disabled.</source>
        <translation>Ajouter la tâche désactivée.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="159"/>
        <source>Enable the job (edit).</source>
        <translation>Activer la tâche (edit).</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="160"/>
        <source>Disable the job (edit).</source>
        <translation>Désactiver la tâche (edit).</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="171"/>
        <source>job needs add, edit, list, remove or run.</source>
        <translation>job attend add, edit, list, remove ou run.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="176"/>
        <source>Unknown job action &apos;%1&apos;: use add, edit, list, remove or run.</source>
        <translation>Action de tâche inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez add, edit, list, remove ou run.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="194"/>
        <source>--%1 does not go with &apos;job %2&apos;.</source>
        <translation>--%1 ne s&apos;utilise pas avec «&#xa0;job %2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="197"/>
        <source>--enable and --disable together make no sense; give one.</source>
        <translation>--enable et --disable ensemble n&apos;ont pas de sens&#xa0;; indiquez-en un seul.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="200"/>
        <source>job list takes no arguments besides its options.</source>
        <translation>job list n&apos;accepte aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="202"/>
        <source>job add needs exactly one REPO (a repository name).</source>
        <translation>job add attend exactement un REPO (un nom de dépôt).</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="203"/>
        <source>job %1 needs exactly one job ID.</source>
        <translation>job %1 attend exactement un identifiant de tâche.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="223"/>
        <source>No jobs. Add one with &apos;s15n job add REPO --every DURATION&apos;.</source>
        <translation>Aucune tâche planifiée. Ajoutez-en une avec «&#xa0;s15n job add REPO --every DURATION&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="229"/>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="229"/>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="231"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="233"/>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="247"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="247"/>
        <location filename="../core/cli/logcommands.cpp" line="137"/>
        <source>REPOSITORY</source>
        <translation>DÉPÔT</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="247"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="247"/>
        <source>EVERY</source>
        <translation>INTERVALLE</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="247"/>
        <source>TIMEOUT</source>
        <translation>DÉLAI MAX</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="248"/>
        <source>START</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="248"/>
        <source>END</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="248"/>
        <source>RUNS</source>
        <translation>EXÉCUTIONS</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="248"/>
        <source>NEXT RUN</source>
        <translation>PROCHAINE EXÉCUTION</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="248"/>
        <source>LAST RUN</source>
        <translation>DERNIÈRE EXÉCUTION</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="249"/>
        <source>LAST RESULT</source>
        <translation>DERNIER RÉSULTAT</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="261"/>
        <source>job add needs --every DURATION (like 30s, 15m, 2h, 1d): the time between runs.</source>
        <translation>job add attend --every DURATION (par exemple 30s, 15m, 2h, 1d)&#xa0;: l&apos;intervalle entre les exécutions.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="271"/>
        <source>Added %1.</source>
        <translation>Ajoutée&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="295"/>
        <source>Changed %1.</source>
        <translation>Modifiée&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="306"/>
        <source>Removed job %1 (%2); the run in progress finishes, and it does not run again.</source>
        <translation>Tâche %1 (%2) supprimée&#xa0;; l&apos;exécution en cours se termine, puis la tâche ne s&apos;exécutera plus.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="308"/>
        <source>Removed job %1 (%2).</source>
        <translation>Tâche %1 (%2) supprimée.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="65"/>
        <source>repo edit: the remote&apos;s new URL.</source>
        <translation>repo edit&#xa0;: la nouvelle URL du nœud distant.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="66"/>
        <source>The account to log in with at the remote.</source>
        <translation>Le compte avec lequel se connecter au nœud distant.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="69"/>
        <source>HTTP or SOCKS5 proxy, http://HOST:PORT or socks5://HOST:PORT (edit: &quot;&quot; for none).</source>
        <translation>Proxy HTTP ou SOCKS5, http://HOST:PORT ou socks5://HOST:PORT (edit&#xa0;: &quot;&quot; pour aucun).</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="73"/>
        <source>The remote node&apos;s UUID; checked against what the remote says.</source>
        <translation>L&apos;UUID du nœud distant&#xa0;; comparé à celui qu&apos;annonce le nœud distant.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="76"/>
        <source>Accept changes this remote pushes here (add: flag; edit: yes|no).</source>
        <translation>Accepter les modifications que ce nœud distant envoie ici (add&#xa0;: option sans valeur&#xa0;; edit&#xa0;: yes|no).</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="79"/>
        <source>PEM file of the certificate authority (or the self-signed certificate) to trust for an https:// remote (edit: &quot;&quot; for none).</source>
        <translation>Fichier PEM de l&apos;autorité de certification (ou du certificat auto-signé) à approuver pour un nœud distant en https:// (edit&#xa0;: &quot;&quot; pour aucun).</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="83"/>
        <source>repo edit: read a new password (prompt or stdin).</source>
        <translation>repo edit&#xa0;: lire un nouveau mot de passe (invite ou stdin).</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="101"/>
        <source>repo needs add, edit, list, remove or register.</source>
        <translation>repo attend add, edit, list, remove ou register.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="112"/>
        <source>--uuid takes a node UUID; &apos;%1&apos; is not one.</source>
        <translation>--uuid attend un UUID de nœud&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="134"/>
        <source>No repositories. Add one with &apos;s15n repo add NAME URL --user U&apos;.</source>
        <translation>Aucun dépôt. Ajoutez-en un avec «&#xa0;s15n repo add NAME URL --user U&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="141"/>
        <source>(not known yet)</source>
        <translation>(encore inconnu)</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <location filename="../core/cli/servecommands.cpp" line="218"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <source>REMOTE UUID</source>
        <translation>UUID DISTANT</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <source>REGISTERED</source>
        <translation>INSCRIT</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="153"/>
        <source>repo add needs NAME and URL.</source>
        <translation>repo add attend NAME et URL.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="97"/>
        <source>The zip file to write.</source>
        <translation>Le fichier zip à écrire.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="99"/>
        <source>Leave out what this child may not receive (its own and the global exclusions) and name it in the zip.</source>
        <translation>Exclure ce que cet enfant ne doit pas recevoir (ses propres exclusions et les exclusions globales) et indiquer l&apos;enfant dans le zip.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="110"/>
        <source>backup takes no arguments besides its options.</source>
        <translation>backup n&apos;accepte aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="113"/>
        <source>backup needs --out FILE.zip.</source>
        <translation>backup attend --out FILE.zip.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="137"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="137"/>
        <location filename="../core/cli/backupcommands.cpp" line="253"/>
        <location filename="../core/cli/backupcommands.cpp" line="260"/>
        <location filename="../core/cli/backupcommands.cpp" line="263"/>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="141"/>
        <source>%1 No backup was written.</source>
        <translation>%1 Aucune sauvegarde n&apos;a été écrite.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="147"/>
        <source>Wrote %1: %2 rows of %3 tables, %4 bytes%5.</source>
        <translation>Sauvegarde écrite dans %1&#xa0;: %2 lignes de %3 tables, %4 octets%5.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="154"/>
        <source>, for child &apos;%1&apos;</source>
        <translation>, pour l&apos;enfant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="157"/>
        <source>Left out: %1.</source>
        <translation>Tables exclues&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="167"/>
        <source>This child&apos;s account at the parent (made there by &apos;child add&apos;).</source>
        <translation>Le compte de cet enfant sur le parent (créé sur le parent par «&#xa0;child add&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="170"/>
        <source>The parent&apos;s backup zip, made there with &apos;s15n backup&apos; (or its Download data backup).</source>
        <translation>Le zip de sauvegarde du parent, fait sur le parent avec &apos;s15n backup&apos; (ou son «&#xa0;Télécharger une sauvegarde des données&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="174"/>
        <source>Fetch the backup from the parent over the web instead.</source>
        <translation>Télécharger plutôt la sauvegarde depuis le parent, par le réseau.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="176"/>
        <source>The parent&apos;s repository name here (default &apos;%1&apos;).</source>
        <translation>Le nom du dépôt du parent sur ce nœud («&#xa0;%1&#xa0;» par défaut).</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="180"/>
        <source>HTTP or SOCKS5 proxy, http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>Proxy HTTP ou SOCKS5, http://HOST:PORT ou socks5://HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="183"/>
        <source>PEM file of the certificate authority (or the self-signed certificate) to trust for an https:// parent.</source>
        <translation>Fichier PEM de l&apos;autorité de certification (ou du certificat auto-signé) à approuver pour un parent en https://.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="187"/>
        <source>The parent&apos;s UUID (&apos;s15n info&apos; there): checked against the parent, and needed with --zip when the parent cannot be reached.</source>
        <translation>L&apos;UUID du parent (&apos;s15n info&apos; sur le parent)&#xa0;: vérifié auprès du parent, et nécessaire avec --zip quand le parent est injoignable.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="200"/>
        <source>parent needs set: s15n %1</source>
        <translation>parent attend set&#xa0;: s15n %1</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="202"/>
        <source>parent set needs the parent&apos;s URL.</source>
        <translation>parent set attend l&apos;URL du parent.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="206"/>
        <source>Give either --zip FILE.zip (a backup downloaded from the parent) or --fetch (fetch it over the web).</source>
        <translation>Indiquez soit --zip FILE.zip (une sauvegarde téléchargée depuis le parent), soit --fetch (la télécharger par le réseau).</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="214"/>
        <location filename="../core/cli/repocommands.cpp" line="158"/>
        <source>&apos;%1&apos; is not a usable URL: give http://HOST:PORT or https://HOST:PORT[/path].</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL utilisable&#xa0;: indiquez http://HOST:PORT ou https://HOST:PORT[/path].</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="227"/>
        <source>--parent-uuid takes a node UUID; &apos;%1&apos; is not one.</source>
        <translation>--parent-uuid attend un UUID de nœud&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="237"/>
        <source>There is already a repository named &apos;%1&apos;; give another --name.</source>
        <translation>Il existe déjà un dépôt nommé «&#xa0;%1&#xa0;»&#xa0;; indiquez un autre --name.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="241"/>
        <source>No password was given (prompt or one line on stdin). Nothing was changed.</source>
        <translation>Aucun mot de passe n&apos;a été indiqué (invite ou une ligne sur stdin). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="250"/>
        <source>Asking the parent who it is</source>
        <translation>Demande d&apos;identification au parent</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="253"/>
        <source>The parent writes the backup</source>
        <translation>Le parent écrit la sauvegarde</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="257"/>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="257"/>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="260"/>
        <source>Checking the backup</source>
        <translation>Vérification de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="263"/>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="266"/>
        <source>Registering at the parent</source>
        <translation>Inscription auprès du parent</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="277"/>
        <source>Seeded from parent &apos;%1&apos; (%2): %3 rows of %4 tables%5.</source>
        <translation>Initialisé à partir du parent «&#xa0;%1&#xa0;» (%2)&#xa0;: %3 lignes de %4 tables%5.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="283"/>
        <source>; created %1</source>
        <translation>&#xa0;; tables créées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="287"/>
        <source>The backup was made for child &apos;%1&apos;.</source>
        <translation>La sauvegarde a été faite pour l&apos;enfant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="293"/>
        <source>Warning: the parent could not be reached; the zip comes from the parent UUID given, and this node registers there at its first sync.</source>
        <translation>Avertissement&#xa0;: le parent est injoignable&#xa0;; le zip vient bien du parent dont l&apos;UUID a été indiqué, et ce nœud s&apos;y inscrira à sa première synchronisation.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="299"/>
        <source>Registered this node at &apos;%1&apos;. Run &apos;s15n sync %2&apos; to bring what changed there since the backup.</source>
        <translation>Ce nœud est inscrit auprès de «&#xa0;%1&#xa0;». Lancez «&#xa0;s15n sync %2&#xa0;» pour récupérer ce qui y a changé depuis la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="170"/>
        <source>There is already a repository named &apos;%1&apos;.</source>
        <translation>Il existe déjà un dépôt nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="239"/>
        <location filename="../core/cli/repocommands.cpp" line="172"/>
        <source>Password for %1 at %2: </source>
        <translation>Mot de passe de %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="174"/>
        <source>No password was given (prompt or one line on stdin). Nothing was added.</source>
        <translation>Aucun mot de passe n&apos;a été indiqué (invite ou une ligne sur stdin). Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="289"/>
        <location filename="../core/cli/repocommands.cpp" line="179"/>
        <source>Added repository &apos;%1&apos; (%2); its password is kept in %3.</source>
        <translation>Dépôt «&#xa0;%1&#xa0;» (%2) ajouté&#xa0;; son mot de passe est conservé dans %3.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="145"/>
        <location filename="../core/cli/backupcommands.cpp" line="276"/>
        <location filename="../core/cli/backupcommands.cpp" line="297"/>
        <location filename="../core/cli/repocommands.cpp" line="183"/>
        <location filename="../core/cli/repocommands.cpp" line="245"/>
        <location filename="../core/cli/repocommands.cpp" line="323"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="186"/>
        <source>Registered this node at &apos;%1&apos; (%2).</source>
        <translation>Ce nœud est inscrit auprès de «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="194"/>
        <source>repo %1 needs exactly one NAME.</source>
        <translation>repo %1 attend exactement un NAME.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="208"/>
        <source>Nothing to change: give --url, --user, --proxy, --uuid, --ca-cert, --accept-pushes or --password.</source>
        <translation>Rien à modifier&#xa0;: indiquez --url, --user, --proxy, --uuid, --ca-cert, --accept-pushes ou --password.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="231"/>
        <source>New password for %1 at %2: </source>
        <translation>Nouveau mot de passe de %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="233"/>
        <source>No password was given. Nothing was changed.</source>
        <translation>Aucun mot de passe n&apos;a été indiqué. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="237"/>
        <source>Repository &apos;%1&apos; changed.</source>
        <translation>Dépôt «&#xa0;%1&#xa0;» modifié.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="246"/>
        <source>Repository &apos;%1&apos; removed.</source>
        <translation>Dépôt «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="253"/>
        <source>This node is registered at &apos;%1&apos; (%2).</source>
        <translation>Ce nœud est inscrit auprès de «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="259"/>
        <source>Unknown repo action &apos;%1&apos;: use add, edit, list, remove or register.</source>
        <translation>Action de dépôt inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez add, edit, list, remove ou register.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="266"/>
        <source>Only this resource (repeatable).</source>
        <translation>Uniquement cette ressource (option répétable).</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="102"/>
        <location filename="../core/cli/backupcommands.cpp" line="190"/>
        <location filename="../core/cli/repocommands.cpp" line="268"/>
        <source>Print only errors.</source>
        <translation>N&apos;afficher que les erreurs.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="270"/>
        <source>Give up on a request when no data moved for this many seconds (default %1).</source>
        <translation>Abandonner une requête lorsqu&apos;aucune donnée n&apos;a circulé pendant ce nombre de secondes (%1 par défaut).</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="282"/>
        <source>--timeout is a number of seconds from 1 to 3600.</source>
        <translation>--timeout est un nombre de secondes de 1 à 3600.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="287"/>
        <source>sync takes at most one repository name.</source>
        <translation>sync accepte au plus un nom de dépôt.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="300"/>
        <source>There are no repositories to sync with; add one with &apos;s15n repo add&apos;.</source>
        <translation>Il n&apos;y a aucun dépôt avec lequel synchroniser&#xa0;; ajoutez-en un avec «&#xa0;s15n repo add&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="319"/>
        <source>s15n: sync with &apos;%1&apos; failed: %2</source>
        <translation>s15n&#xa0;: la synchronisation avec «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="325"/>
        <source>%1: pulled %2 (applied %3, conflicts %4, skipped %5, failed %6); pushed %7 (applied %8, conflicts %9, skipped %10, failed %11).</source>
        <translation>%1&#xa0;: %2 récupérées (%3 appliquées, %4 conflits, %5 ignorées, %6 en échec)&#xa0;; %7 envoyées (%8 appliquées, %9 conflits, %10 ignorées, %11 en échec).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="76"/>
        <source>Address and port to listen on (default 127.0.0.1:%1; port 0 picks a free one; 0.0.0.0:PORT for every interface).</source>
        <translation>Adresse et port d&apos;écoute (127.0.0.1:%1 par défaut&#xa0;; le port 0 choisit un port libre&#xa0;; 0.0.0.0:PORT pour toutes les interfaces).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="80"/>
        <source>PEM certificate (chain) for HTTPS.</source>
        <translation>Certificat PEM (chaîne) pour HTTPS.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="82"/>
        <source>PEM private key for HTTPS (unencrypted).</source>
        <translation>Clé privée PEM pour HTTPS (non chiffrée).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="84"/>
        <source>Do not run the scheduled jobs.</source>
        <translation>Ne pas exécuter les tâches planifiées.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="86"/>
        <source>Largest request body accepted, in MiB (default 64).</source>
        <translation>Taille maximale acceptée pour le corps d&apos;une requête, en Mio (64 par défaut).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="93"/>
        <source>serve takes no arguments besides its options.</source>
        <translation>serve n&apos;accepte aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="118"/>
        <source>--listen takes ADDRESS:PORT, for example 127.0.0.1:8470, 0.0.0.0:0 or [::1]:8470; &apos;%1&apos; is not that.</source>
        <translation>--listen attend ADDRESS:PORT, par exemple 127.0.0.1:8470, 0.0.0.0:0 ou [::1]:8470&#xa0;; «&#xa0;%1&#xa0;» ne convient pas.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="95"/>
        <source>HTTPS needs both --tls-cert and --tls-key.</source>
        <translation>HTTPS nécessite à la fois --tls-cert et --tls-key.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="101"/>
        <source>--max-body-mb is a number of MiB from 1 to 4096.</source>
        <translation>--max-body-mb est un nombre de Mio de 1 à 4096.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="137"/>
        <source>Stopping.</source>
        <translation>Arrêt en cours.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="143"/>
        <source>Warning: SIGTERM cannot be caught; stopping may cut a page short (it is rolled back).</source>
        <translation>Avertissement&#xa0;: SIGTERM ne peut pas être intercepté&#xa0;; l&apos;arrêt risque d&apos;interrompre une page (elle est alors annulée).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="151"/>
        <source>Listening on %1://%2:%3 as node %4 (%5)%6.</source>
        <translation>En écoute sur %1://%2:%3 en tant que nœud %4 (%5)%6.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="156"/>
        <source>, running scheduled jobs</source>
        <translation>, exécution des tâches planifiées</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="159"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="168"/>
        <source>The peer&apos;s name.</source>
        <translation>Le nom du pair.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="170"/>
        <source>The account the peer logs in with.</source>
        <translation>Le compte avec lequel le pair se connecte.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="172"/>
        <source>The peer&apos;s sync ID (1..64).</source>
        <translation>L&apos;identifiant de synchronisation du pair (1..64).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="173"/>
        <source>yes or no.</source>
        <translation>yes ou no.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="182"/>
        <source>peer needs list, add, edit or remove.</source>
        <translation>peer attend list, add, edit ou remove.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="188"/>
        <source>--accept-pushes is yes or no, not &apos;%1&apos;.</source>
        <translation>--accept-pushes vaut yes ou no, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="208"/>
        <source>No peers are registered here. A peer registers itself with &apos;s15n repo add&apos;.</source>
        <translation>Aucun pair n&apos;est inscrit ici. Un pair s&apos;inscrit lui-même avec «&#xa0;s15n repo add&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="65"/>
        <source>Print JSON (list, exclusions).</source>
        <translation>Afficher en JSON (list, exclusions).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="66"/>
        <source>The new account the child logs in with (add).</source>
        <translation>Le nouveau compte avec lequel l&apos;enfant se connecte (add).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="69"/>
        <source>The child&apos;s node UUID (add, edit); without it, the child&apos;s first registration with its account fills it in.</source>
        <translation>L&apos;UUID du nœud de l&apos;enfant (add, edit)&#xa0;; sans lui, la première inscription de l&apos;enfant avec son compte le renseigne.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="73"/>
        <source>Forget the child&apos;s UUID; its next registration fills it in (edit).</source>
        <translation>Oublier l&apos;UUID de l&apos;enfant&#xa0;; sa prochaine inscription le renseigne (edit).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="75"/>
        <source>A table the child may not receive (add, edit; repeat it or give a comma-separated list).</source>
        <translation>Une table que l&apos;enfant ne doit pas recevoir (add, edit&#xa0;; répétez l&apos;option ou donnez une liste séparée par des virgules).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="78"/>
        <source>A table the child receives again (edit).</source>
        <translation>Une table que l&apos;enfant reçoit de nouveau (edit).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="81"/>
        <source>Set a new password for the child&apos;s account (edit; prompt or stdin).</source>
        <translation>Définir un nouveau mot de passe pour le compte de l&apos;enfant (edit&#xa0;; invite ou stdin).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="82"/>
        <source>A note about the child (add, edit).</source>
        <translation>Une note sur l&apos;enfant (add, edit).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="84"/>
        <source>A table no child receives (exclusions).</source>
        <translation>Une table qu&apos;aucun enfant ne reçoit (exclusions).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="86"/>
        <source>A table children receive again (exclusions).</source>
        <translation>Une table que les enfants reçoivent de nouveau (exclusions).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="102"/>
        <source>child needs add, edit, list, remove or exclusions.</source>
        <translation>child attend add, edit, list, remove ou exclusions.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="105"/>
        <source>Unknown child action &apos;%1&apos;: use add, edit, list, remove or exclusions.</source>
        <translation>Action d&apos;enfant inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez add, edit, list, remove ou exclusions.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="127"/>
        <source>--%1 goes with &apos;child %2&apos; only.</source>
        <translation>--%1 ne s&apos;utilise qu&apos;avec «&#xa0;child %2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="133"/>
        <source>child %1 needs exactly one NICK (in quotes if it has spaces).</source>
        <translation>child %1 attend exactement un NICK (entre guillemets s&apos;il contient des espaces).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="136"/>
        <source>child %1 takes no NICK.</source>
        <translation>child %1 n&apos;accepte pas de NICK.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="147"/>
        <source>Give --uuid or --clear-uuid, not both.</source>
        <translation>Indiquez --uuid ou --clear-uuid, mais pas les deux.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="156"/>
        <source>child add needs --user: the new account the child logs in with.</source>
        <translation>child add attend --user&#xa0;: le nouveau compte avec lequel l&apos;enfant se connecte.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="174"/>
        <source>It receives every resource.</source>
        <translation>Il reçoit toutes les ressources.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="175"/>
        <source>It does not receive: %1.</source>
        <translation>Il ne reçoit pas&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="179"/>
        <location filename="../core/cli/childcommands.cpp" line="246"/>
        <source>s15n: warning: %1</source>
        <translation>s15n&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="195"/>
        <source>No children. Add one with &apos;s15n child add NICK --user USER&apos;.</source>
        <translation>Aucun enfant. Ajoutez-en un avec «&#xa0;s15n child add NICK --user USER&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="200"/>
        <source>(at first sync)</source>
        <translation>(à la première synchronisation)</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="206"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="208"/>
        <location filename="../core/cli/servecommands.cpp" line="218"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="208"/>
        <location filename="../core/cli/servecommands.cpp" line="218"/>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="208"/>
        <source>NICKNAME</source>
        <translation>SURNOM</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="208"/>
        <source>EXCLUDED</source>
        <translation>EXCLUES</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="208"/>
        <source>LAST CONTACT</source>
        <translation>DERNIER CONTACT</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="212"/>
        <source>No child receives: %1 (&apos;s15n child exclusions&apos;).</source>
        <translation>Aucun enfant ne reçoit&#xa0;: %1 («&#xa0;s15n child exclusions&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="237"/>
        <source>No table is excluded for every child: children receive every resource but their own exclusions.</source>
        <translation>Aucune table n&apos;est exclue pour tous les enfants&#xa0;: les enfants reçoivent toutes les ressources, sauf leurs propres exclusions.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="239"/>
        <source>No child receives: %1.</source>
        <translation>Aucun enfant ne reçoit&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="258"/>
        <source>Removed child &apos;%1&apos; with its account %2 and its registration here; it can no longer sync with this node.</source>
        <translation>Enfant «&#xa0;%1&#xa0;» supprimé, avec son compte %2 et son inscription ici&#xa0;; il ne peut plus se synchroniser avec ce nœud.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="276"/>
        <source>Password for %1 (child %2): </source>
        <translation>Mot de passe de %1 (enfant %2)&#xa0;: </translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="283"/>
        <source>Added child &apos;%1&apos; with the account %2; its UUID is recorded when it first syncs with that account.</source>
        <translation>Enfant «&#xa0;%1&#xa0;» ajouté avec le compte %2&#xa0;; son UUID sera enregistré lors de sa première synchronisation avec ce compte.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="286"/>
        <source>Added child &apos;%1&apos; (node %2) with the account %3.</source>
        <translation>Enfant «&#xa0;%1&#xa0;» (nœud %2) ajouté avec le compte %3.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="303"/>
        <source>Nothing to change: give --uuid, --clear-uuid, --exclude, --allow, --password or --note.</source>
        <translation>Rien à modifier&#xa0;: indiquez --uuid, --clear-uuid, --exclude, --allow, --password ou --note.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="315"/>
        <source>New password for %1 (child %2): </source>
        <translation>Nouveau mot de passe de %1 (enfant %2)&#xa0;: </translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="322"/>
        <source>Changed child &apos;%1&apos;.</source>
        <translation>Enfant «&#xa0;%1&#xa0;» modifié.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="325"/>
        <source>Its UUID is recorded again when it next registers with its account.</source>
        <translation>Son UUID sera de nouveau enregistré lors de sa prochaine inscription avec son compte.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="326"/>
        <source>It is node %1.</source>
        <translation>C&apos;est le nœud %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="329"/>
        <source>Its account has a new password; the child must use it from now on.</source>
        <translation>Son compte a un nouveau mot de passe&#xa0;; l&apos;enfant doit désormais l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="218"/>
        <source>LAST SEEN</source>
        <translation>DERNIER CONTACT</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="222"/>
        <source>peer %1 needs exactly one UUID.</source>
        <translation>peer %1 attend exactement un UUID.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="225"/>
        <source>&apos;%1&apos; is not a node UUID.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un UUID de nœud.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="232"/>
        <source>peer add needs --name and --user.</source>
        <translation>peer add attend --name et --user.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="234"/>
        <source>That is this node&apos;s own UUID.</source>
        <translation>C&apos;est l&apos;UUID de ce nœud lui-même.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="239"/>
        <source>--sync-id is a number from 1 to 64.</source>
        <translation>--sync-id est un nombre de 1 à 64.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="250"/>
        <source>Node %1 is registered here already (&apos;s15n peer list&apos;).</source>
        <translation>Le nœud %1 est déjà inscrit ici («&#xa0;s15n peer list&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="253"/>
        <source>Registered node %1 (&apos;%2&apos;) with account %3.</source>
        <translation>Nœud %1 («&#xa0;%2&#xa0;») inscrit avec le compte %3.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="260"/>
        <source>peer edit needs --accept-pushes yes|no.</source>
        <translation>peer edit attend --accept-pushes yes|no.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="263"/>
        <source>Pushes from %1 are accepted.</source>
        <translation>Les envois de %1 sont acceptés.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="263"/>
        <source>Pushes from %1 are refused.</source>
        <translation>Les envois de %1 sont refusés.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="272"/>
        <source>Node %1 is no longer registered here.</source>
        <translation>Le nœud %1 n&apos;est plus inscrit ici.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="276"/>
        <source>Unknown peer action &apos;%1&apos;: use list, add, edit or remove.</source>
        <translation>Action de pair inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez list, add, edit ou remove.</translation>
    </message>
    <message>
        <location filename="../core/cli/workerglue.cpp" line="21"/>
        <location filename="../core/cli/workerglue.cpp" line="31"/>
        <source>s15n: the scheduled jobs do not run: %1</source>
        <translation>s15n&#xa0;: les tâches planifiées ne s&apos;exécutent pas&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/workerglue.cpp" line="28"/>
        <source>s15n: scheduled jobs: %1</source>
        <translation>s15n&#xa0;: tâches planifiées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="27"/>
        <source>Default proxy for repositories without one (http://HOST:PORT or socks5://HOST:PORT); empty for none.</source>
        <translation>Proxy par défaut pour les dépôts qui n&apos;en ont pas (http://HOST:PORT ou socks5://HOST:PORT)&#xa0;; vide pour aucun.</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="31"/>
        <source>Where &apos;s15n serve&apos; listens without --listen (ADDR:PORT); empty for 127.0.0.1:%1.</source>
        <translation>Adresse d&apos;écoute de «&#xa0;s15n serve&#xa0;» sans --listen (ADDR:PORT)&#xa0;; vide pour 127.0.0.1:%1.</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="36"/>
        <source>PEM certificate &apos;s15n serve&apos; uses without --tls-cert; empty for plain HTTP (give --tls-key too).</source>
        <translation>Certificat PEM qu&apos;utilise «&#xa0;s15n serve&#xa0;» sans --tls-cert&#xa0;; vide pour du HTTP simple (indiquez aussi --tls-key).</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="39"/>
        <source>PEM private key that goes with --tls-cert.</source>
        <translation>Clé privée PEM associée à --tls-cert.</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="46"/>
        <source>settings takes no arguments besides its options.</source>
        <translation>settings n&apos;accepte aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="83"/>
        <source>(none)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="84"/>
        <source>Default proxy:     %1</source>
        <translation>Proxy par défaut&#xa0;:   %1</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="88"/>
        <source>Serve on:          %1</source>
        <translation>Adresse d&apos;écoute&#xa0;:   %1</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="90"/>
        <source>127.0.0.1:%1 (default)</source>
        <translation>127.0.0.1:%1 (par défaut)</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="93"/>
        <source>TLS certificate:   %1</source>
        <translation>Certificat TLS&#xa0;:     %1</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="96"/>
        <source>TLS key:           %1</source>
        <translation>Clé TLS&#xa0;:            %1</translation>
    </message>
</context>
<context>
    <name>s15n::CredentialStore</name>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="300"/>
        <source>the keychain (Secret Service)</source>
        <translation>le trousseau (Secret Service)</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="302"/>
        <source>the file %1 (set by %2)</source>
        <translation>le fichier %1 (défini par %2)</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="303"/>
        <source>the file %1, readable only by you (there is no Secret Service without a D-Bus session, as on a headless server)</source>
        <translation>le fichier %1, lisible par vous seul (il n&apos;y a pas de Secret Service sans session D-Bus, comme sur un serveur sans interface graphique)</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="336"/>
        <source>The password for the repository &apos;%1&apos; is empty.</source>
        <translation>Le mot de passe du dépôt «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
</context>
<context>
    <name>s15n::CredentialsFile</name>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="100"/>
        <location filename="../core/secrets/credentialstore.cpp" line="127"/>
        <source>Cannot read the credentials file %1: %2</source>
        <translation>Impossible de lire le fichier d&apos;identifiants %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="118"/>
        <source>Line %1 of the credentials file %2 is not KEY=PASSWORD; correct or remove it.</source>
        <translation>La ligne %1 du fichier d&apos;identifiants %2 n&apos;est pas de la forme KEY=PASSWORD&#xa0;; corrigez-la ou supprimez-la.</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="137"/>
        <location filename="../core/secrets/credentialstore.cpp" line="229"/>
        <source>Cannot check the credentials file %1: %2</source>
        <translation>Impossible de vérifier le fichier d&apos;identifiants %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="146"/>
        <source>The credentials file %1 is not a regular file; give %2 a file path.</source>
        <translation>Le fichier d&apos;identifiants %1 n&apos;est pas un fichier ordinaire&#xa0;; donnez à %2 le chemin d&apos;un fichier.</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="150"/>
        <source>The credentials file %1 belongs to another user (uid %2); run s15n as that user, or give this user a file of its own with %3.</source>
        <translation>Le fichier d&apos;identifiants %1 appartient à un autre utilisateur (uid %2)&#xa0;; exécutez s15n sous cet utilisateur, ou donnez à cet utilisateur son propre fichier avec %3.</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="157"/>
        <source>The credentials file %1 holds passwords but other users may read or change it (mode %2). Make it private with: chmod 600 %3</source>
        <translation>Le fichier d&apos;identifiants %1 contient des mots de passe, mais d&apos;autres utilisateurs peuvent le lire ou le modifier (mode %2). Rendez-le privé avec&#xa0;: chmod 600 %3</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="172"/>
        <location filename="../core/secrets/credentialstore.cpp" line="190"/>
        <source>Cannot write the credentials file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;identifiants %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="175"/>
        <source>Cannot make the credentials file %1 private (mode 0600): %2</source>
        <translation>Impossible de rendre privé le fichier d&apos;identifiants %1 (mode 0600)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="202"/>
        <source>Cannot create the folder %1 for the credentials file.</source>
        <translation>Impossible de créer le dossier %1 pour le fichier d&apos;identifiants.</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="213"/>
        <source>Another program is changing the credentials file %1 (lock file %2). Try again; if none runs, remove the lock file.</source>
        <translation>Un autre programme modifie le fichier d&apos;identifiants %1 (fichier de verrou %2). Réessayez&#xa0;; si aucun programme n&apos;est en cours, supprimez le fichier de verrou.</translation>
    </message>
</context>
<context>
    <name>s15n::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="58"/>
        <source>No node database at %1. Create one with &apos;s15n init&apos; or give --db.</source>
        <translation>Aucune base de données de nœud à l&apos;emplacement %1. Créez-en une avec «&#xa0;s15n init&#xa0;» ou indiquez --db.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="62"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="67"/>
        <source>The Qt SQLite driver is missing: install libqt6sql6-sqlite.</source>
        <translation>Le pilote SQLite de Qt est absent&#xa0;: installez libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="72"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="81"/>
        <source>Cannot set up %1: %2</source>
        <translation>Impossible de configurer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="89"/>
        <source>The Qt PostgreSQL driver is missing: install libqt6sql6-psql.</source>
        <translation>Le pilote PostgreSQL de Qt est absent&#xa0;: installez libqt6sql6-psql.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="99"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="132"/>
        <source>The database %1 cannot be reached: %2</source>
        <translation>La base de données %1 est inaccessible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="194"/>
        <source>Cannot switch %1 to WAL: %2</source>
        <translation>Impossible de passer %1 en mode WAL&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="207"/>
        <location filename="../core/storage/database.cpp" line="211"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="221"/>
        <location filename="../core/storage/database.cpp" line="225"/>
        <source>Cannot commit: %1</source>
        <translation>Impossible de valider la transaction&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>s15n::DatabaseLocation</name>
    <message>
        <location filename="../core/storage/databaselocation.cpp" line="23"/>
        <source>The database location is empty.</source>
        <translation>L&apos;emplacement de la base de données est vide.</translation>
    </message>
    <message>
        <location filename="../core/storage/databaselocation.cpp" line="29"/>
        <source>&apos;%1&apos; is not a valid PostgreSQL URL: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL PostgreSQL valide&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/databaselocation.cpp" line="32"/>
        <source>Do not put the password in the database URL (it would show in process lists and shell history). Set PGPASSWORD or store it with &apos;s15n db-password&apos;.</source>
        <translation>Ne mettez pas le mot de passe dans l&apos;URL de la base de données (il apparaîtrait dans la liste des processus et l&apos;historique du shell). Définissez PGPASSWORD ou enregistrez-le avec «&#xa0;s15n db-password&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/storage/databaselocation.cpp" line="42"/>
        <source>A PostgreSQL location looks like postgresql://user@host:port/dbname; &apos;%1&apos; lacks a host or database name.</source>
        <translation>Un emplacement PostgreSQL se présente sous la forme postgresql://user@host:port/dbname&#xa0;; il manque un hôte ou un nom de base de données à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/storage/databaselocation.cpp" line="49"/>
        <source>Unknown database URL &apos;%1&apos;: use a file path (SQLite) or postgresql://...</source>
        <translation>URL de base de données inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez un chemin de fichier (SQLite) ou postgresql://...</translation>
    </message>
</context>
<context>
    <name>s15n::EntryWriter</name>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="260"/>
        <source>Cannot write the rows of %1: %2</source>
        <translation>Impossible d&apos;écrire les lignes de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>s15n::Exclusions</name>
    <message>
        <location filename="../core/server/childstore.cpp" line="98"/>
        <source>Table &apos;%1&apos; is not sent to child &apos;%2&apos;: remove it from the child&apos;s exclusions (&apos;s15n child edit %3 --allow %1&apos;) and from the global exclusions (&apos;s15n child exclusions --remove %1&apos;) on the parent.</source>
        <translation>La table «&#xa0;%1&#xa0;» n&apos;est pas envoyée à l&apos;enfant «&#xa0;%2&#xa0;»&#xa0;: sur le parent, retirez-la des exclusions de l&apos;enfant («&#xa0;s15n child edit %3 --allow %1&#xa0;») et des exclusions globales («&#xa0;s15n child exclusions --remove %1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="103"/>
        <source>Table &apos;%1&apos; is not sent to child &apos;%2&apos;: remove it from the child&apos;s exclusions on the parent (&apos;s15n child edit %3 --allow %1&apos;).</source>
        <translation>La table «&#xa0;%1&#xa0;» n&apos;est pas envoyée à l&apos;enfant «&#xa0;%2&#xa0;»&#xa0;: retirez-la des exclusions de l&apos;enfant sur le parent («&#xa0;s15n child edit %3 --allow %1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="106"/>
        <source>Table &apos;%1&apos; is not sent to any child, so not to child &apos;%2&apos; either: remove it from the global exclusions on the parent (&apos;s15n child exclusions --remove %1&apos;).</source>
        <translation>La table «&#xa0;%1&#xa0;» n&apos;est envoyée à aucun enfant, donc pas non plus à l&apos;enfant «&#xa0;%2&#xa0;»&#xa0;: retirez-la des exclusions globales sur le parent («&#xa0;s15n child exclusions --remove %1&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>s15n::Exporter</name>
    <message>
        <location filename="../core/sync/exporter.cpp" line="218"/>
        <source>Cannot read the changes of %1: %2</source>
        <translation>Impossible de lire les modifications de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="272"/>
        <source>Cannot read rows of %1: %2</source>
        <translation>Impossible de lire les lignes de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="294"/>
        <source>%1 is a pull-only resource: its changes are not sent.</source>
        <translation>%1 est une ressource en récupération seule (pull)&#xa0;: ses modifications ne sont pas envoyées.</translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="317"/>
        <location filename="../core/sync/exporter.cpp" line="328"/>
        <source>Cannot write the export: %1</source>
        <translation>Impossible d&apos;écrire l&apos;export&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>s15n::GuardedTcpServer</name>
    <message>
        <location filename="../core/server/guardedtcpserver.cpp" line="120"/>
        <source>The request was refused: %1.</source>
        <translation>La requête a été refusée&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>s15n::Importer</name>
    <message>
        <location filename="../core/sync/importer.cpp" line="38"/>
        <source>Page %1 (%2) was not applied: %3%4 Fix the cause and run the import again: pages already applied are not applied twice.</source>
        <translation>La page %1 (%2) n&apos;a pas été appliquée&#xa0;: %3%4 Corrigez la cause et relancez l&apos;import&#xa0;: les pages déjà appliquées ne le sont pas une seconde fois.</translation>
    </message>
    <message>
        <location filename="../core/sync/importer.cpp" line="43"/>
        <location filename="../core/sync/importer.cpp" line="60"/>
        <source> The %1 page(s) before it were applied.</source>
        <translation> Les %1 page(s) précédente(s) ont été appliquées.</translation>
    </message>
    <message>
        <location filename="../core/sync/importer.cpp" line="57"/>
        <source>The file is not a valid s15n export (page %1): %2%3</source>
        <translation>Le fichier n&apos;est pas un export s15n valide (page %1)&#xa0;: %2%3</translation>
    </message>
    <message>
        <location filename="../core/sync/importer.cpp" line="61"/>
        <source> Nothing was applied.</source>
        <translation> Rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <location filename="../core/sync/importer.cpp" line="64"/>
        <source>The file holds no pages of changes.</source>
        <translation>Le fichier ne contient aucune page de modifications.</translation>
    </message>
</context>
<context>
    <name>s15n::JobStore</name>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="95"/>
        <source>A job needs the name of a repository.</source>
        <translation>Une tâche planifiée a besoin du nom d&apos;un dépôt.</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="102"/>
        <source>There is no repository &apos;%1&apos;. Add it with &apos;s15n repo add&apos;, or see &apos;s15n repo list&apos;.</source>
        <translation>Le dépôt «&#xa0;%1&#xa0;» n&apos;existe pas. Ajoutez-le avec «&#xa0;s15n repo add&#xa0;» ou consultez «&#xa0;s15n repo list&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="109"/>
        <source>The time between runs (every) must be at least 1 second; %1 is not.</source>
        <translation>L&apos;intervalle entre les exécutions (every) doit être d&apos;au moins 1 seconde&#xa0;; %1 ne convient pas.</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="113"/>
        <source>The time between runs (every) must be at most %1 days.</source>
        <translation>L&apos;intervalle entre les exécutions (every) doit être d&apos;au plus %1 jours.</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="115"/>
        <source>The timeout must be at least 1 second; %1 is not.</source>
        <translation>Le délai maximal doit être d&apos;au moins 1 seconde&#xa0;; %1 ne convient pas.</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="118"/>
        <source>The timeout must be at most %1 days.</source>
        <translation>Le délai maximal doit être d&apos;au plus %1 jours.</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="120"/>
        <source>A job needs a start time.</source>
        <translation>Une tâche planifiée a besoin d&apos;une heure de début.</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="122"/>
        <source>The end time (%1) must be after the start time (%2).</source>
        <translation>L&apos;heure de fin (%1) doit être postérieure à l&apos;heure de début (%2).</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="126"/>
        <source>The number of runs (repeat) must be 0 (no limit) or more; %1 is not.</source>
        <translation>Le nombre d&apos;exécutions (repeat) doit être 0 (sans limite) ou plus&#xa0;; %1 ne convient pas.</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="149"/>
        <source>Cannot add the job: %1</source>
        <translation>Impossible d&apos;ajouter la tâche&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="180"/>
        <source>Cannot change job %1: %2</source>
        <translation>Impossible de modifier la tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="188"/>
        <source>Cannot remove job %1: %2</source>
        <translation>Impossible de supprimer la tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="208"/>
        <source>Cannot claim a run of job %1: %2</source>
        <translation>Impossible de réserver une exécution de la tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="241"/>
        <source>Cannot record the run of job %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;exécution de la tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="254"/>
        <source>Cannot release the claim on job %1: %2</source>
        <translation>Impossible de libérer la réservation de la tâche %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>s15n::ManifestReader</name>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="84"/>
        <source>The backup&apos;s manifest.xml is not valid (line %1, column %2): %3</source>
        <translation>Le manifest.xml de la sauvegarde n&apos;est pas valide (ligne %1, colonne %2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="94"/>
        <location filename="../core/backup/backupmanifest.cpp" line="124"/>
        <source>the document ends too early: it is truncated</source>
        <translation>le document se termine trop tôt&#xa0;: il est tronqué</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="95"/>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="107"/>
        <source>elements in a namespace are not allowed: &lt;%1&gt;</source>
        <translation>les éléments dans un espace de noms ne sont pas autorisés&#xa0;: &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="116"/>
        <source>unexpected text &quot;%1&quot;</source>
        <translation>texte inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="118"/>
        <source>a DTD is not allowed</source>
        <translation>une DTD n&apos;est pas autorisée</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="120"/>
        <source>unknown entity &amp;%1;</source>
        <translation>entité inconnue &amp;%1;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="146"/>
        <source>&lt;%1&gt;: unknown attribute &quot;%2&quot;</source>
        <translation>&lt;%1&gt;&#xa0;: attribut inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="155"/>
        <source>&lt;%1&gt;: the attribute &quot;%2&quot; is missing</source>
        <translation>&lt;%1&gt;&#xa0;: l&apos;attribut &quot;%2&quot; est absent</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="174"/>
        <source>&lt;%1&gt;: &quot;%2&quot; and &quot;%3&quot; cannot both be given</source>
        <translation>&lt;%1&gt;&#xa0;: &quot;%2&quot; et &quot;%3&quot; ne peuvent pas être indiqués ensemble</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="179"/>
        <source>&lt;%1&gt;: &quot;%2&quot; is not valid base64 text</source>
        <translation>&lt;%1&gt;&#xa0;: &quot;%2&quot; n&apos;est pas du texte base64 valide</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="195"/>
        <source>&lt;%1&gt;: &quot;%2&quot; is not a non-negative integer: &quot;%3&quot;</source>
        <translation>&lt;%1&gt;&#xa0;: &quot;%2&quot; n&apos;est pas un entier positif ou nul&#xa0;: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="208"/>
        <source>&lt;%1&gt;: &quot;%2&quot; is not true or false: &quot;%3&quot;</source>
        <translation>&lt;%1&gt;&#xa0;: &quot;%2&quot; ne vaut ni true ni false&#xa0;: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="220"/>
        <source>this is not an s15n backup manifest (the root element is &lt;%1&gt;, not &lt;%2&gt;)</source>
        <translation>ce n&apos;est pas un manifeste de sauvegarde s15n (l&apos;élément racine est &lt;%1&gt;, et non &lt;%2&gt;)</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="227"/>
        <source>the format &quot;%1&quot; is not a number</source>
        <translation>le format &quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="229"/>
        <source>This backup was made by a newer s15n (format %1); this s15n reads format %2: upgrade s15n on this node.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de s15n (format %1)&#xa0;; ce s15n lit le format %2&#xa0;: mettez à jour s15n sur ce nœud.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="236"/>
        <source>format %1 is not supported (this s15n reads format %2)</source>
        <translation>le format %1 n&apos;est pas pris en charge (ce s15n lit le format %2)</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="254"/>
        <source>&lt;%1&gt;: &quot;parent&quot; is not a node UUID: &quot;%2&quot;</source>
        <translation>&lt;%1&gt;&#xa0;: &quot;parent&quot; n&apos;est pas un UUID de nœud&#xa0;: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="265"/>
        <source>&lt;%1&gt;: &quot;created&quot; is not a UTC time like 2025-11-23T10:00:00.000Z: &quot;%2&quot;</source>
        <translation>&lt;%1&gt;&#xa0;: &quot;created&quot; n&apos;est pas une heure UTC telle que 2025-11-23T10:00:00.000Z&#xa0;: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="275"/>
        <source>&lt;%1&gt;: &quot;dialect&quot; is neither sqlite nor postgresql: &quot;%2&quot;</source>
        <translation>&lt;%1&gt;&#xa0;: &quot;dialect&quot; ne vaut ni sqlite ni postgresql&#xa0;: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="284"/>
        <source>unknown element &lt;%1&gt; in &lt;%2&gt;</source>
        <translation>élément inconnu &lt;%1&gt; dans &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="302"/>
        <source>unexpected content after &lt;/%1&gt;</source>
        <translation>contenu inattendu après &lt;/%1&gt;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="320"/>
        <source>&lt;resource&gt;: &quot;mode&quot; is not pull, push or both: &quot;%1&quot;</source>
        <translation>&lt;resource&gt;&#xa0;: &quot;mode&quot; ne vaut pas pull, push ou both&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="326"/>
        <source>&lt;resource&gt;: &quot;strategy&quot; is not a list of create, update, delete: &quot;%1&quot;</source>
        <translation>&lt;resource&gt;&#xa0;: &quot;strategy&quot; n&apos;est pas une liste de create, update, delete&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="336"/>
        <source>&lt;resource&gt;: &quot;%1&quot; is not THIS, OTHER, NEWER, MASTER or MANUAL: &quot;%2&quot;</source>
        <translation>&lt;resource&gt;&#xa0;: &quot;%1&quot; ne vaut pas THIS, OTHER, NEWER, MASTER ou MANUAL&#xa0;: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="346"/>
        <source>&lt;resource&gt;: &quot;sha256&quot; is not 64 lower-case hex digits: &quot;%1&quot;</source>
        <translation>&lt;resource&gt;&#xa0;: &quot;sha256&quot; n&apos;est pas composé de 64 chiffres hexadécimaux en minuscules&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="362"/>
        <source>unknown element &lt;%1&gt; in &lt;resource&gt;</source>
        <translation>élément inconnu &lt;%1&gt; dans &lt;resource&gt;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="364"/>
        <source>&lt;column&gt; after &lt;index&gt; in &lt;resource&gt;</source>
        <translation>&lt;column&gt; après &lt;index&gt; dans &lt;resource&gt;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="384"/>
        <source>&lt;index&gt; must be empty, but holds &lt;%1&gt;</source>
        <translation>&lt;index&gt; doit être vide, mais contient &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="400"/>
        <source>&lt;column name=&quot;%1&quot;&gt;: &quot;type&quot; is not int, real, text, blob, bool or ref: &quot;%2&quot;</source>
        <translation>&lt;column name=&quot;%1&quot;&gt;&#xa0;: &quot;type&quot; ne vaut pas int, real, text, blob, bool ou ref&#xa0;: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="410"/>
        <source>&lt;column name=&quot;%1&quot;&gt;: &quot;table&quot; and &quot;ref-column&quot; belong to type ref only</source>
        <translation>&lt;column name=&quot;%1&quot;&gt;&#xa0;: &quot;table&quot; et &quot;ref-column&quot; ne concernent que le type ref</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="416"/>
        <source>&lt;column&gt; must be empty, but holds &lt;%1&gt;</source>
        <translation>&lt;column&gt; doit être vide, mais contient &lt;%1&gt;</translation>
    </message>
</context>
<context>
    <name>s15n::Migrations</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="92"/>
        <source>Missing migration %1.</source>
        <translation>Migration %1 manquante.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="100"/>
        <source>Migration %1 failed: %2</source>
        <translation>La migration %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>s15n::Node</name>
    <message>
        <location filename="../core/storage/node.cpp" line="27"/>
        <source>The sync ID must be between 1 and %1 (1 = the parent), or 0 for none; %2 is not.</source>
        <translation>L&apos;identifiant de synchronisation doit être compris entre 1 et %1 (1 = le parent), ou 0 pour aucun&#xa0;; %2 ne convient pas.</translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="61"/>
        <source>%1 already holds an s15n node; it is never initialised twice (its UUID must not change). Use &apos;s15n info&apos; to see it.</source>
        <translation>%1 contient déjà un nœud s15n&#xa0;; un nœud n&apos;est jamais initialisé deux fois (son UUID ne doit pas changer). Utilisez «&#xa0;s15n info&#xa0;» pour l&apos;afficher.</translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="102"/>
        <source>%1 is not an s15n node yet. Create one with &apos;s15n init&apos;.</source>
        <translation>%1 n&apos;est pas encore un nœud s15n. Créez-en un avec «&#xa0;s15n init&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="105"/>
        <source>%1 was made by a newer s15n (schema %2); upgrade s15n.</source>
        <translation>%1 a été créé par une version plus récente de s15n (schéma %2)&#xa0;; mettez s15n à jour.</translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="130"/>
        <source>The node&apos;s UUID is missing or damaged in %1.</source>
        <translation>L&apos;UUID du nœud est absent ou endommagé dans %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="174"/>
        <source>The node needs a name.</source>
        <translation>Le nœud doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>s15n::NodeSettings</name>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="93"/>
        <source>The address to serve on takes ADDRESS:PORT, for example 127.0.0.1:8470, 0.0.0.0:8470 or [::1]:8470; &apos;%1&apos; is not that.</source>
        <translation>L&apos;adresse d&apos;écoute s&apos;écrit ADDRESS:PORT, par exemple 127.0.0.1:8470, 0.0.0.0:8470 ou [::1]:8470&#xa0;; «&#xa0;%1&#xa0;» ne convient pas.</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="97"/>
        <source>HTTPS needs both a certificate file and a key file.</source>
        <translation>HTTPS nécessite à la fois un fichier de certificat et un fichier de clé.</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="99"/>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="101"/>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="114"/>
        <source>&apos;%1&apos; is not a usable proxy: give http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un proxy utilisable&#xa0;: indiquez http://HOST:PORT ou socks5://HOST:PORT.</translation>
    </message>
</context>
<context>
    <name>s15n::NodeSetup</name>
    <message>
        <location filename="../core/storage/nodesetup.cpp" line="59"/>
        <source>Cancelled: nothing was created.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été créé.</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesetup.cpp" line="78"/>
        <source>Nothing was created.</source>
        <translation>Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesetup.cpp" line="94"/>
        <source>%1 Nothing was created.</source>
        <translation>%1 Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesetup.cpp" line="95"/>
        <source>%1 Undoing the node failed too (%2); remove %3 or its s15n_ tables by hand.</source>
        <translation>%1 L&apos;annulation du nœud a également échoué (%2)&#xa0;; supprimez %3 ou ses tables s15n_ à la main.</translation>
    </message>
</context>
<context>
    <name>s15n::PageReader</name>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="99"/>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="227"/>
        <source>the document ends too early: it is truncated</source>
        <translation>le document se termine trop tôt&#xa0;: il est tronqué</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="228"/>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="250"/>
        <source>unexpected text %1</source>
        <translation>texte inattendu %1</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="253"/>
        <source>document type declarations are not allowed</source>
        <translation>les déclarations de type de document ne sont pas autorisées</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="255"/>
        <location filename="../core/sync/pagereader.cpp" line="571"/>
        <source>unknown entity reference &amp;%1;</source>
        <translation>référence d&apos;entité inconnue &amp;%1;</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="268"/>
        <source>unexpected element &lt;%1&gt; in namespace %2 where &lt;%3&gt; belongs</source>
        <translation>élément &lt;%1&gt; inattendu dans l&apos;espace de noms %2, là où &lt;%3&gt; est attendu</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="272"/>
        <source>unexpected element &lt;%1&gt; where &lt;%2&gt; belongs</source>
        <translation>élément &lt;%1&gt; inattendu là où &lt;%2&gt; est attendu</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="283"/>
        <source>&lt;%1&gt;: unknown attribute &quot;%2&quot;</source>
        <translation>&lt;%1&gt;&#xa0;: attribut inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="291"/>
        <source>&lt;%1&gt;: attribute &quot;%2&quot; is missing</source>
        <translation>&lt;%1&gt;&#xa0;: l&apos;attribut &quot;%2&quot; est absent</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="324"/>
        <source>&lt;%1&gt;: format %2 is not supported (this program reads format %3)</source>
        <translation>&lt;%1&gt;&#xa0;: le format %2 n&apos;est pas pris en charge (ce programme lit le format %3)</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="332"/>
        <source>&lt;%1&gt;: attribute &quot;node&quot; is not a lower-case UUID: %2</source>
        <translation>&lt;%1&gt;&#xa0;: l&apos;attribut &quot;node&quot; n&apos;est pas un UUID en minuscules&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="336"/>
        <source>&lt;%1&gt;: attributes &quot;node-name&quot; and &quot;node-name-base64&quot; exclude each other</source>
        <translation>&lt;%1&gt;&#xa0;: les attributs &quot;node-name&quot; et &quot;node-name-base64&quot; s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="342"/>
        <source>&lt;%1&gt;: attribute &quot;node-name-base64&quot; is not valid base64 of UTF-16LE</source>
        <translation>&lt;%1&gt;&#xa0;: l&apos;attribut &quot;node-name-base64&quot; n&apos;est pas du base64 valide d&apos;UTF-16LE</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="367"/>
        <source>unexpected element &lt;%1&gt; after the document element</source>
        <translation>élément &lt;%1&gt; inattendu après l&apos;élément racine du document</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="391"/>
        <source>&lt;page&gt;: resource name %1 is not a plain identifier</source>
        <translation>&lt;page&gt;&#xa0;: le nom de ressource %1 n&apos;est pas un identifiant simple</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="399"/>
        <source>&lt;page&gt;: attribute &quot;%1&quot; is not a cursor (a non-negative integer): %2</source>
        <translation>&lt;page&gt;&#xa0;: l&apos;attribut &quot;%1&quot; n&apos;est pas un curseur (un entier positif ou nul)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="407"/>
        <source>&lt;page&gt;: attribute &quot;more&quot; is not true or false: %1</source>
        <translation>&lt;page&gt;&#xa0;: l&apos;attribut &quot;more&quot; ne vaut ni true ni false&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="418"/>
        <source>&lt;page&gt;: more than %1 rows in one page</source>
        <translation>&lt;page&gt;&#xa0;: plus de %1 lignes dans une même page</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="437"/>
        <source>&lt;row&gt;: attribute &quot;uuid&quot; is not a lower-case UUID: %1</source>
        <translation>&lt;row&gt;&#xa0;: l&apos;attribut &quot;uuid&quot; n&apos;est pas un UUID en minuscules&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="443"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: attribute &quot;version&quot; is not a version: %2</source>
        <translation>&lt;row uuid=&quot;%1&quot;&gt;&#xa0;: l&apos;attribut &quot;version&quot; n&apos;est pas une version&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="450"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: attribute &quot;ancestry&quot; is not a list of at most %2 versions: %3</source>
        <translation>&lt;row uuid=&quot;%1&quot;&gt;&#xa0;: l&apos;attribut &quot;ancestry&quot; n&apos;est pas une liste d&apos;au plus %2 versions&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="461"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: attribute &quot;origin&quot; is not a lower-case UUID: %2</source>
        <translation>&lt;row uuid=&quot;%1&quot;&gt;&#xa0;: l&apos;attribut &quot;origin&quot; n&apos;est pas un UUID en minuscules&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="468"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: attribute &quot;deleted&quot; is not true or false: %2</source>
        <translation>&lt;row uuid=&quot;%1&quot;&gt;&#xa0;: l&apos;attribut &quot;deleted&quot; ne vaut ni true ni false&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="482"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: a deleted row must not have fields</source>
        <translation>&lt;row uuid=&quot;%1&quot;&gt;&#xa0;: une ligne supprimée ne doit pas avoir de champs</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="499"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: field &quot;%2&quot; appears twice</source>
        <translation>&lt;row uuid=&quot;%1&quot;&gt;&#xa0;: le champ &quot;%2&quot; apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="515"/>
        <source>&lt;f&gt;: field name %1 is not a plain identifier</source>
        <translation>&lt;f&gt;&#xa0;: le nom de champ %1 n&apos;est pas un identifiant simple</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="521"/>
        <source>&lt;f name=&quot;%1&quot;&gt;: unknown type %2</source>
        <translation>&lt;f name=&quot;%1&quot;&gt;&#xa0;: type inconnu %2</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="525"/>
        <source>&lt;f name=&quot;%1&quot; type=&quot;ref&quot;&gt;: attribute &quot;table&quot; is missing</source>
        <translation>&lt;f name=&quot;%1&quot; type=&quot;ref&quot;&gt;&#xa0;: l&apos;attribut &quot;table&quot; est absent</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="529"/>
        <source>&lt;f name=&quot;%1&quot;&gt;: table name %2 is not a plain identifier</source>
        <translation>&lt;f name=&quot;%1&quot;&gt;&#xa0;: le nom de table %2 n&apos;est pas un identifiant simple</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="533"/>
        <source>&lt;f name=&quot;%1&quot;&gt;: attribute &quot;table&quot; belongs only to type &quot;ref&quot;</source>
        <translation>&lt;f name=&quot;%1&quot;&gt;&#xa0;: l&apos;attribut &quot;table&quot; n&apos;est valable que pour le type &quot;ref&quot;</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="539"/>
        <source>&lt;f name=&quot;%1&quot;&gt;: attribute &quot;encoding&quot; belongs only to type &quot;text&quot;</source>
        <translation>&lt;f name=&quot;%1&quot;&gt;&#xa0;: l&apos;attribut &quot;encoding&quot; n&apos;est valable que pour le type &quot;text&quot;</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="542"/>
        <source>&lt;f name=&quot;%1&quot;&gt;: unknown encoding %2</source>
        <translation>&lt;f name=&quot;%1&quot;&gt;&#xa0;: encodage inconnu %2</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="568"/>
        <source>&lt;%1&gt;: unexpected element &lt;%2&gt; inside a value</source>
        <translation>&lt;%1&gt;&#xa0;: élément &lt;%2&gt; inattendu à l&apos;intérieur d&apos;une valeur</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="587"/>
        <source>&lt;f name=&quot;%1&quot; type=&quot;%2&quot;&gt;: %3 is not %4</source>
        <translation>&lt;f name=&quot;%1&quot; type=&quot;%2&quot;&gt;&#xa0;: %3 n&apos;est pas %4</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="593"/>
        <source>empty (a null field has no content)</source>
        <translation>vide (un champ nul n&apos;a pas de contenu)</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="599"/>
        <source>an integer in the 64-bit range</source>
        <translation>un entier dans la plage des 64 bits</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="606"/>
        <source>a real number (digits, &quot;nan&quot;, &quot;inf&quot; or &quot;-inf&quot;)</source>
        <translation>un nombre réel (chiffres, &quot;nan&quot;, &quot;inf&quot; ou &quot;-inf&quot;)</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="614"/>
        <source>base64 of UTF-16LE text</source>
        <translation>du texte UTF-16LE encodé en base64</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="624"/>
        <source>base64</source>
        <translation>du base64</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="631"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="637"/>
        <source>a lower-case row UUID</source>
        <translation>un UUID de ligne en minuscules</translation>
    </message>
</context>
<context>
    <name>s15n::PageWriter</name>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="214"/>
        <source>field name &quot;%1&quot; is not a plain identifier</source>
        <translation>le nom de champ &quot;%1&quot; n&apos;est pas un identifiant simple</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="226"/>
        <source>field &quot;%1&quot; refers to table &quot;%2&quot;, which is not a plain identifier</source>
        <translation>le champ &quot;%1&quot; fait référence à la table &quot;%2&quot;, dont le nom n&apos;est pas un identifiant simple</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="238"/>
        <source>field &quot;%1&quot; holds %2, which is not a valid %3</source>
        <translation>le champ &quot;%1&quot; contient %2, qui n&apos;est pas une valeur %3 valide</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="248"/>
        <source>row &quot;%1&quot; cannot be written: %2</source>
        <translation>la ligne &quot;%1&quot; ne peut pas être écrite&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="251"/>
        <source>the row UUID is not lower-case 8-4-4-4-12 hex</source>
        <translation>l&apos;UUID de la ligne n&apos;est pas au format hexadécimal 8-4-4-4-12 en minuscules</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="253"/>
        <source>it has no version</source>
        <translation>elle n&apos;a pas de version</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="256"/>
        <source>its ancestry holds a null version</source>
        <translation>son ascendance contient une version nulle</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="259"/>
        <source>it is deleted but has fields</source>
        <translation>elle est supprimée mais possède des champs</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="267"/>
        <source>field &quot;%1&quot; appears twice</source>
        <translation>le champ &quot;%1&quot; apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="539"/>
        <source>startDocument() called twice</source>
        <translation>startDocument() appelé deux fois</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="560"/>
        <source>writePage() called outside startDocument() ... endDocument()</source>
        <translation>writePage() appelé en dehors de startDocument() ... endDocument()</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="562"/>
        <source>resource name &quot;%1&quot; is not a plain identifier</source>
        <translation>le nom de ressource &quot;%1&quot; n&apos;est pas un identifiant simple</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="564"/>
        <source>page of &quot;%1&quot;: cursors must not be negative (since %2, cursor %3)</source>
        <translation>page de &quot;%1&quot;&#xa0;: les curseurs ne doivent pas être négatifs (depuis %2, curseur %3)</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="592"/>
        <source>endDocument() called without startDocument()</source>
        <translation>endDocument() appelé sans startDocument()</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="611"/>
        <source>the device refused the data (is the disk full?)</source>
        <translation>le périphérique a refusé les données (le disque est-il plein&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="612"/>
        <source>could not write the change document: %1</source>
        <translation>impossible d&apos;écrire le document de modifications&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="609"/>
        <source>no device</source>
        <translation>aucun périphérique</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="732"/>
        <source>the record document is empty</source>
        <translation>le document d&apos;enregistrement est vide</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="735"/>
        <source>a record document must hold one record, not %1</source>
        <translation>un document d&apos;enregistrement doit contenir un seul enregistrement, et non %1</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="740"/>
        <source>a record document must hold one page, not more</source>
        <translation>un document d&apos;enregistrement doit contenir une seule page, pas davantage</translation>
    </message>
</context>
<context>
    <name>s15n::ParentSetup</name>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="123"/>
        <source>There is already a repository named &apos;%1&apos;.</source>
        <translation>Il existe déjà un dépôt nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="125"/>
        <source>Give the password of the user &apos;%1&apos; at the parent.</source>
        <translation>Indiquez le mot de passe de l&apos;utilisateur «&#xa0;%1&#xa0;» sur le parent.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="127"/>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="129"/>
        <source>%1 is this node&apos;s own UUID, not its parent&apos;s: give the UUID that &apos;s15n info&apos; shows on the parent.</source>
        <translation>%1 est l&apos;UUID de ce nœud, pas celui de son parent&#xa0;: donnez l&apos;UUID que «&#xa0;s15n info&#xa0;» affiche sur le parent.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="142"/>
        <source>Stopped before the parent answered.</source>
        <translation>Arrêté avant la réponse du parent.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="150"/>
        <source>%1 Fetching the backup needs the parent; or download it there and give the zip file.</source>
        <translation>%1 Le téléchargement de la sauvegarde nécessite le parent&#xa0;; sinon, téléchargez-la sur le parent et indiquez le fichier zip.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="156"/>
        <source>%1 Without the parent, whether the zip comes from it cannot be checked: give the parent&apos;s UUID too (&apos;s15n info&apos; on the parent shows it), or try again when it can be reached.</source>
        <translation>%1 Sans le parent, impossible de vérifier que le zip vient de lui&#xa0;: indiquez aussi l&apos;UUID du parent (&apos;s15n info&apos; sur le parent l&apos;affiche), ou réessayez quand il sera joignable.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="171"/>
        <location filename="../core/client/parentsetup.cpp" line="239"/>
        <source>Repository &apos;%1&apos; is this parent already.</source>
        <translation>Le dépôt «&#xa0;%1&#xa0;» correspond déjà à ce parent.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="178"/>
        <source>Cannot make a temporary folder for the download: %1</source>
        <translation>Impossible de créer un dossier temporaire pour le téléchargement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="213"/>
        <source>The backup holds tables that the account &apos;%1&apos; does not receive from the parent: %2. %3 Use the backup made for this child (&apos;s15n backup --for-child NICK&apos; on the parent), or fetch it.</source>
        <translation>La sauvegarde contient des tables que le compte «&#xa0;%1&#xa0;» ne reçoit pas du parent&#xa0;: %2. %3 Utilisez la sauvegarde faite pour cet enfant (&apos;s15n backup --for-child NICK&apos; sur le parent), ou téléchargez-la depuis le parent.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="218"/>
        <source>It was made for no particular child.</source>
        <translation>Elle a été faite pour aucun enfant en particulier.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="219"/>
        <source>It was made for child &apos;%1&apos;.</source>
        <translation>Elle a été faite pour l&apos;enfant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="252"/>
        <source>The backup holds no rows of %1, which this child receives from the parent: syncs bring only their new changes once they are tables and resources here (&apos;s15n resource add&apos;). The backup made for this child has them all.</source>
        <translation>La sauvegarde ne contient aucune ligne de %1, que cet enfant reçoit du parent&#xa0;: les synchronisations n&apos;en apporteront que les nouvelles modifications, une fois ces tables créées et devenues des ressources ici (&apos;s15n resource add&apos;). La sauvegarde faite pour cet enfant les contient toutes.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="264"/>
        <source>Seeded from the backup of parent &apos;%1&apos; (%2): %3 rows of %4 tables; the first sync brings what changed there since.</source>
        <translation>Initialisé à partir de la sauvegarde du parent «&#xa0;%1&#xa0;» (%2)&#xa0;: %3 lignes de %4 tables&#xa0;; la première synchronisation apportera ce qui y a changé depuis.</translation>
    </message>
</context>
<context>
    <name>s15n::PeerStore</name>
    <message>
        <location filename="../core/server/peerstore.cpp" line="49"/>
        <source>A peer needs a UUID.</source>
        <translation>Un pair a besoin d&apos;un UUID.</translation>
    </message>
    <message>
        <location filename="../core/server/peerstore.cpp" line="60"/>
        <source>Node %1 is registered here with another account; only that account may speak for it.</source>
        <translation>Le nœud %1 est inscrit ici avec un autre compte&#xa0;; seul ce compte peut agir en son nom.</translation>
    </message>
    <message>
        <location filename="../core/server/peerstore.cpp" line="110"/>
        <location filename="../core/server/peerstore.cpp" line="121"/>
        <source>No peer %1 is registered here.</source>
        <translation>Aucun pair %1 n&apos;est inscrit ici.</translation>
    </message>
</context>
<context>
    <name>s15n::ProgressLines</name>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="72"/>
        <source>%1: %2% (%3 of %4 %5)</source>
        <translation>%1&#xa0;: %2&#xa0;% (%3 sur %4 %5)</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="80"/>
        <source>, table %1</source>
        <translation>, table %1</translation>
    </message>
</context>
<context>
    <name>s15n::ReadSnapshot</name>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="66"/>
        <source>Cannot start reading the data: %1</source>
        <translation>Impossible de commencer la lecture des données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>s15n::RemoteClient</name>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="75"/>
        <source>%1 holds no PEM certificate (or cannot be read).</source>
        <translation>%1 ne contient aucun certificat PEM (ou ne peut pas être lu).</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="184"/>
        <source>The request to %1 was cancelled.</source>
        <translation>La requête vers %1 a été annulée.</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="186"/>
        <source>Cannot keep what %1 sends: %2</source>
        <translation>Impossible de conserver ce que %1 envoie&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="191"/>
        <source>no answer within %1 s</source>
        <translation>aucune réponse dans un délai de %1 s</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="195"/>
        <source> (if the remote uses a self-signed certificate or its own certificate authority, give it with &apos;s15n repo edit NAME --ca-cert FILE&apos;)</source>
        <translation> (si le nœud distant utilise un certificat auto-signé ou sa propre autorité de certification, indiquez ce certificat avec «&#xa0;s15n repo edit NAME --ca-cert FILE&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="199"/>
        <source> (the remote closed the connection while %1 KiB were sent; a body over its limit, &apos;s15n serve --max-body-mb&apos;, does that)</source>
        <translation> (le nœud distant a fermé la connexion alors que %1 Kio avaient été envoyés&#xa0;; c&apos;est ce qui se produit pour un corps de requête au-delà de sa limite, «&#xa0;s15n serve --max-body-mb&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="202"/>
        <source> The next round tries again.</source>
        <translation> Le prochain cycle réessaiera.</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="207"/>
        <source>Cannot reach %1 through the proxy %2: %3. Check that the proxy runs and lets the request through, that the remote runs &apos;s15n serve&apos;, and the URL.</source>
        <translation>Impossible de joindre %1 via le proxy %2&#xa0;: %3. Vérifiez que le proxy fonctionne et laisse passer la requête, que le nœud distant exécute «&#xa0;s15n serve&#xa0;», ainsi que l&apos;URL.</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="212"/>
        <source>Cannot reach %1: %2. Check that the remote runs &apos;s15n serve&apos;, the URL and the network.</source>
        <translation>Impossible de joindre %1&#xa0;: %2. Vérifiez que le nœud distant exécute «&#xa0;s15n serve&#xa0;», ainsi que l&apos;URL et le réseau.</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="230"/>
        <source>%1 refused the user name &apos;%2&apos; or its password (401). Check both.</source>
        <translation>%1 a refusé le nom d&apos;utilisateur «&#xa0;%2&#xa0;» ou son mot de passe (401). Vérifiez les deux.</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="234"/>
        <source>%1 refused (403): %2</source>
        <translation>%1 a refusé la requête (403)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="235"/>
        <source>%1 answered %2: %3</source>
        <translation>%1 a répondu %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="327"/>
        <source>The remote&apos;s rows of &apos;%1&apos; are not valid: %2</source>
        <translation>Les lignes de «&#xa0;%1&#xa0;» envoyées par le nœud distant ne sont pas valides&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="329"/>
        <source>it holds no page</source>
        <translation>elle ne contient aucune page</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="333"/>
        <source>The remote answered with rows of another resource than &apos;%1&apos;.</source>
        <translation>Le nœud distant a répondu avec les lignes d&apos;une autre ressource que «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>s15n::RepositorySetup</name>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="74"/>
        <location filename="../core/client/repositorysetup.cpp" line="233"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="94"/>
        <source>The remote at %1 is node %2, not %3.</source>
        <translation>Le nœud distant à l&apos;adresse %1 est le nœud %2, et non %3.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="98"/>
        <source>%1 is this very node.</source>
        <translation>%1 est ce nœud même.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="111"/>
        <source>Give the password of the user &apos;%1&apos; at the remote.</source>
        <translation>Indiquez le mot de passe de l&apos;utilisateur «&#xa0;%1&#xa0;» sur le nœud distant.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="130"/>
        <source>There is already a repository named &apos;%1&apos;.</source>
        <translation>Il existe déjà un dépôt nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="132"/>
        <source>No password was given. Nothing was added.</source>
        <translation>Aucun mot de passe n&apos;a été indiqué. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="136"/>
        <location filename="../core/client/repositorysetup.cpp" line="145"/>
        <location filename="../core/client/repositorysetup.cpp" line="149"/>
        <location filename="../core/client/repositorysetup.cpp" line="155"/>
        <source>%1 Nothing was added.</source>
        <translation>%1 Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="140"/>
        <source>Stopped before the remote answered. Nothing was added.</source>
        <translation>Arrêté avant la réponse du nœud distant. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="171"/>
        <location filename="../core/client/repositorysetup.cpp" line="231"/>
        <source>Stopped while storing the password.</source>
        <translation>Arrêté pendant l&apos;enregistrement du mot de passe.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="186"/>
        <location filename="../core/client/repositorysetup.cpp" line="260"/>
        <source>Stopped while forgetting the password.</source>
        <translation>Arrêté pendant l&apos;oubli du mot de passe.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="202"/>
        <source>Registration at %1 failed: %2 To register by hand, run &apos;s15n repo register %3&apos; once the remote can be reached, or ask the remote&apos;s administrator to run &apos;s15n peer add %4 --name &quot;%5&quot; --user %6&apos;.</source>
        <translation>L&apos;inscription auprès de %1 a échoué&#xa0;: %2 Pour vous inscrire à la main, exécutez «&#xa0;s15n repo register %3&#xa0;» une fois le nœud distant joignable, ou demandez à l&apos;administrateur du nœud distant d&apos;exécuter «&#xa0;s15n peer add %4 --name &quot;%5&quot; --user %6&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="251"/>
        <source>Repository &apos;%1&apos; still has %2 scheduled job(s); remove them first (&apos;s15n job list&apos;).</source>
        <translation>Le dépôt «&#xa0;%1&#xa0;» a encore %2 tâche(s) planifiée(s)&#xa0;; supprimez-les d&apos;abord («&#xa0;s15n job list&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="262"/>
        <source>The stored password could not be removed: %1</source>
        <translation>Le mot de passe enregistré n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="270"/>
        <source>Stopped while reading the password of repository &apos;%1&apos;.</source>
        <translation>Arrêté pendant la lecture du mot de passe du dépôt «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="277"/>
        <source>No password is stored for repository &apos;%1&apos; in %2. Store it with &apos;s15n repo edit %1 --password&apos;.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour le dépôt «&#xa0;%1&#xa0;» dans %2. Enregistrez-le avec «&#xa0;s15n repo edit %1 --password&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="305"/>
        <source>%1 Check the URL of repository &apos;%2&apos;.</source>
        <translation>%1 Vérifiez l&apos;URL du dépôt «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="331"/>
        <source>No password is stored for repository &apos;%1&apos; in %2. Store it with &apos;s15n repo edit %1 --password&apos; (run with the same S15N_CREDENTIALS_FILE, or in the same desktop session, as the process that syncs).</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour le dépôt «&#xa0;%1&#xa0;» dans %2. Enregistrez-le avec «&#xa0;s15n repo edit %1 --password&#xa0;» (en l&apos;exécutant avec le même S15N_CREDENTIALS_FILE, ou dans la même session de bureau, que le processus qui synchronise).</translation>
    </message>
</context>
<context>
    <name>s15n::RepositoryStore</name>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="55"/>
        <source>&apos;%1&apos; is not a usable repository name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de dépôt utilisable&#xa0;: utilisez de 1 à 64 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="62"/>
        <source>&apos;%1&apos; is not a usable URL: give http://HOST:PORT or https://HOST:PORT[/path], without a user name, password, query or fragment.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL utilisable&#xa0;: indiquez http://HOST:PORT ou https://HOST:PORT[/path], sans nom d&apos;utilisateur, mot de passe, requête ni fragment.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="67"/>
        <source>A repository needs a user name (--user).</source>
        <translation>Un dépôt a besoin d&apos;un nom d&apos;utilisateur (--user).</translation>
    </message>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="88"/>
        <source>There is already a repository named &apos;%1&apos;.</source>
        <translation>Il existe déjà un dépôt nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="111"/>
        <location filename="../core/client/repositorystore.cpp" line="122"/>
        <source>There is no repository named &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucun dépôt nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="144"/>
        <source>There is no repository named &apos;%1&apos;. &apos;s15n repo list&apos; shows them.</source>
        <translation>Il n&apos;existe aucun dépôt nommé «&#xa0;%1&#xa0;». «&#xa0;s15n repo list&#xa0;» affiche les dépôts.</translation>
    </message>
</context>
<context>
    <name>s15n::ResourceStore</name>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="49"/>
        <source>MANUAL is a conflict policy only; the update policy is one of THIS, OTHER, NEWER, MASTER.</source>
        <translation>MANUAL n&apos;est qu&apos;une politique de conflit&#xa0;; la politique de mise à jour est l&apos;une de THIS, OTHER, NEWER, MASTER.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="53"/>
        <source>The strategy must allow at least one of create, update, delete.</source>
        <translation>La stratégie doit autoriser au moins l&apos;une des opérations create, update, delete.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="87"/>
        <source>&apos;%1&apos; is not a resource of this node. See &apos;s15n resource list&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une ressource de ce nœud. Voir «&#xa0;s15n resource list&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="111"/>
        <source>&apos;%1&apos; is one of s15n&apos;s own tables; only the application&apos;s tables can be resources.</source>
        <translation>«&#xa0;%1&#xa0;» est l&apos;une des tables propres à s15n&#xa0;; seules les tables de l&apos;application peuvent être des ressources.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="119"/>
        <source>%1 is already a resource; change it with &apos;s15n resource edit&apos;.</source>
        <translation>%1 est déjà une ressource&#xa0;; modifiez-la avec «&#xa0;s15n resource edit&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="122"/>
        <source>The table name &apos;%1&apos; is not a plain identifier (letters, digits, underscore); s15n cannot sync it.</source>
        <translation>Le nom de table «&#xa0;%1&#xa0;» n&apos;est pas un identifiant simple (lettres, chiffres, tiret bas)&#xa0;; s15n ne peut pas la synchroniser.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="127"/>
        <source>&apos;%1&apos; is not a usable column name (letters, digits, underscore; not starting with a digit).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de colonne utilisable (lettres, chiffres, tiret bas&#xa0;; ne commençant pas par un chiffre).</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="132"/>
        <source>The UUID column cannot be the table&apos;s integer key.</source>
        <translation>La colonne UUID ne peut pas être la clé entière de la table.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="135"/>
        <source>The column &apos;%1&apos; of %2 is not a plain identifier; s15n cannot sync this table.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» de %2 n&apos;est pas un identifiant simple&#xa0;; s15n ne peut pas synchroniser cette table.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="196"/>
        <source>%1 is a WITHOUT ROWID table, which s15n cannot capture changes of. Use an ordinary table.</source>
        <translation>%1 est une table WITHOUT ROWID, dont s15n ne peut pas capturer les modifications. Utilisez une table ordinaire.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="203"/>
        <source>The integer key %1 of %2 has no default, so rows arriving from other nodes could not be inserted. Make it an identity column (ALTER TABLE %2 ALTER COLUMN %1 ADD GENERATED BY DEFAULT AS IDENTITY) and add the resource again.</source>
        <translation>La clé entière %1 de %2 n&apos;a pas de valeur par défaut&#xa0;: les lignes provenant d&apos;autres nœuds ne pourraient donc pas être insérées. Faites-en une colonne d&apos;identité (ALTER TABLE %2 ALTER COLUMN %1 ADD GENERATED BY DEFAULT AS IDENTITY) et ajoutez de nouveau la ressource.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="234"/>
        <source>The column %1 of %2 holds &apos;%3&apos;, which is not a lower-case UUID (like 0b1a8e72-c486-4599-bd57-733ac9e540c9). Choose another column with --uuid-column, or a new one for s15n to fill.</source>
        <translation>La colonne %1 de %2 contient «&#xa0;%3&#xa0;», qui n&apos;est pas un UUID en minuscules (comme 0b1a8e72-c486-4599-bd57-733ac9e540c9). Choisissez une autre colonne avec --uuid-column, ou une nouvelle colonne que s15n remplira.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="259"/>
        <source>%1 refers to %2 (column %3); remove %1 as a resource first.</source>
        <translation>%1 fait référence à %2 (colonne %3)&#xa0;; retirez d&apos;abord %1 des ressources.</translation>
    </message>
</context>
<context>
    <name>s15n::RowMetadata</name>
    <message>
        <location filename="../core/capture/rowmetadata.cpp" line="53"/>
        <source>The metadata of row %1 in %2 is damaged.</source>
        <translation>Les métadonnées de la ligne %1 dans %2 sont endommagées.</translation>
    </message>
</context>
<context>
    <name>s15n::SampleData</name>
    <message>
        <location filename="../core/sample/sampledata.cpp" line="33"/>
        <source>The database already has a table &apos;%1&apos;; the sample data needs a database without its tables (stores, names, items, transactions, transaction_lines).</source>
        <translation>La base de données contient déjà une table «&#xa0;%1&#xa0;»&#xa0;; les données d&apos;exemple nécessitent une base sans leurs tables (stores, names, items, transactions, transaction_lines).</translation>
    </message>
    <message>
        <location filename="../core/sample/sampledata.cpp" line="51"/>
        <source>The sample data is missing from this build.</source>
        <translation>Les données d&apos;exemple sont absentes de cette version du programme.</translation>
    </message>
    <message>
        <location filename="../core/sample/sampledata.cpp" line="67"/>
        <source>Loading the sample data failed: %1</source>
        <translation>Le chargement des données d&apos;exemple a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>s15n::SchemaCatalogue</name>
    <message>
        <location filename="../core/storage/schemacatalogue.cpp" line="88"/>
        <source>There is no table &apos;%1&apos; in this database. Tables: %2.</source>
        <translation>Il n&apos;existe aucune table «&#xa0;%1&#xa0;» dans cette base de données. Tables&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacatalogue.cpp" line="90"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>s15n::SyncLog</name>
    <message>
        <location filename="../core/log/synclog.cpp" line="138"/>
        <source>Cannot write to the sync log: %1</source>
        <translation>Impossible d&apos;écrire dans le journal de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/log/synclog.cpp" line="181"/>
        <source>Cannot read the sync log: %1</source>
        <translation>Impossible de lire le journal de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/log/synclog.cpp" line="198"/>
        <source>Log entry %1 has an unknown result &apos;%2&apos;.</source>
        <translation>L&apos;entrée de journal %1 a un résultat inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>s15n::SyncRound</name>
    <message>
        <location filename="../core/client/syncround.cpp" line="102"/>
        <source>Registration at %1 failed: %2</source>
        <translation>L&apos;inscription auprès de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="105"/>
        <source>Registration at %1 failed: %2 To register by hand, run &apos;s15n repo register %3&apos; once the remote can be reached, or ask the remote&apos;s administrator to run &apos;s15n peer add %4 --name &quot;%5&quot; --user %6&apos;.</source>
        <translation>L&apos;inscription auprès de %1 a échoué&#xa0;: %2 Pour vous inscrire à la main, exécutez «&#xa0;s15n repo register %3&#xa0;» une fois le nœud distant joignable, ou demandez à l&apos;administrateur du nœud distant d&apos;exécuter «&#xa0;s15n peer add %4 --name &quot;%5&quot; --user %6&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="115"/>
        <source>The remote at %1 is node %2, not %3 as this repository says.</source>
        <translation>Le nœud distant à l&apos;adresse %1 est le nœud %2, et non %3 comme l&apos;indique ce dépôt.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="127"/>
        <source>Registered at &apos;%1&apos; (%2).</source>
        <translation>Inscrit auprès de «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="128"/>
        <source>Already registered at &apos;%1&apos; (%2); nothing duplicated.</source>
        <translation>Déjà inscrit auprès de «&#xa0;%1&#xa0;» (%2)&#xa0;; aucun doublon créé.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="166"/>
        <source> A new password is stored with &apos;s15n repo edit %1 --password&apos;.</source>
        <translation> Enregistrez un nouveau mot de passe avec «&#xa0;s15n repo edit %1 --password&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="173"/>
        <source>The remote at %1 is node %2, not %3 as repository &apos;%4&apos; says. Nothing was synced; check the URL.</source>
        <translation>Le nœud distant à l&apos;adresse %1 est le nœud %2, et non %3 comme l&apos;indique le dépôt «&#xa0;%4&#xa0;». Rien n&apos;a été synchronisé&#xa0;; vérifiez l&apos;URL.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="183"/>
        <source>The remote&apos;s clock is %1 s %2 of this node&apos;s. Versions stay ordered (hybrid clock), but fix the clock.</source>
        <translation>L&apos;horloge du nœud distant a %1 s %2 par rapport à celle de ce nœud. Les versions restent ordonnées (horloge hybride), mais corrigez l&apos;horloge.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="186"/>
        <source>ahead</source>
        <translation>d&apos;avance</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="186"/>
        <source>behind</source>
        <translation>de retard</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="207"/>
        <source>%1 rows refused before were applied now.</source>
        <translation>%1 lignes refusées précédemment ont maintenant été appliquées.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="227"/>
        <source>&apos;%1&apos; is not a resource of this node (&apos;s15n resource list&apos;).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une ressource de ce nœud («&#xa0;s15n resource list&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="228"/>
        <source>The remote does not sync &apos;%1&apos;.</source>
        <translation>Le nœud distant ne synchronise pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="249"/>
        <source>The remote does not sync &apos;%1&apos;; skipped.</source>
        <translation>Le nœud distant ne synchronise pas «&#xa0;%1&#xa0;»&#xa0;; ignorée.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="268"/>
        <source> On this node, &apos;s15n repo register %1&apos; registers it again.</source>
        <translation> Sur ce nœud, «&#xa0;s15n repo register %1&#xa0;» l&apos;inscrit de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="281"/>
        <source>The round was cancelled; everything up to the last checkpoint is kept.</source>
        <translation>Le cycle a été annulé&#xa0;; tout ce qui précède le dernier point de reprise est conservé.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="297"/>
        <source>Pulled %1 and pushed %2 changes in %3 and %4 pages.</source>
        <translation>%1 modifications récupérées et %2 envoyées, en %3 et %4 pages.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="323"/>
        <location filename="../core/client/syncround.cpp" line="411"/>
        <location filename="../core/client/syncround.cpp" line="427"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="343"/>
        <source>The remote&apos;s page of &apos;%1&apos; is not valid: %2</source>
        <translation>La page de «&#xa0;%1&#xa0;» envoyée par le nœud distant n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="345"/>
        <source>it holds no page</source>
        <translation>elle ne contient aucune page</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="349"/>
        <source>The remote answered with changes of another node, resource or cursor; nothing was applied.</source>
        <translation>Le nœud distant a répondu avec les modifications d&apos;un autre nœud, d&apos;une autre ressource ou d&apos;un autre curseur&#xa0;; rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="366"/>
        <source>A page of &apos;%1&apos; was not applied: %2</source>
        <translation>Une page de «&#xa0;%1&#xa0;» n&apos;a pas été appliquée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="373"/>
        <location filename="../core/client/syncround.cpp" line="483"/>
        <source>Cursor %1 to %2.</source>
        <translation>Curseur de %1 à %2.</translation>
    </message>
    <message>
        <location filename="../core/client/roundprogress.cpp" line="13"/>
        <source>%1: pulled %2 changes</source>
        <translation>%1&#xa0;: %2 modifications récupérées</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="457"/>
        <source>Row %1 of %2 is %3 KiB as XML, more than the remote accepts (%4 KiB); raise the remote&apos;s limit with &apos;s15n serve --max-body-mb&apos;. The rows after it wait.</source>
        <translation>La ligne %1 de %2 occupe %3 Kio en XML, plus que ce qu&apos;accepte le nœud distant (%4 Kio)&#xa0;; augmentez la limite du nœud distant avec «&#xa0;s15n serve --max-body-mb&#xa0;». Les lignes suivantes sont en attente.</translation>
    </message>
    <message>
        <location filename="../core/client/roundprogress.cpp" line="16"/>
        <source>%1: pushed %2 changes</source>
        <translation>%1&#xa0;: %2 modifications envoyées</translation>
    </message>
</context>
<context>
    <name>s15n::SyncServer</name>
    <message>
        <location filename="../core/server/syncserver.cpp" line="59"/>
        <source>Wrote the backup for child &apos;%1&apos;: %2 rows, %3 bytes.</source>
        <translation>Sauvegarde écrite pour l&apos;enfant «&#xa0;%1&#xa0;»&#xa0;: %2 lignes, %3 octets.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="63"/>
        <location filename="../core/server/syncserver.cpp" line="466"/>
        <source>The backup for child &apos;%1&apos; failed: %2</source>
        <translation>La sauvegarde pour l&apos;enfant «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="77"/>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>Impossible de lire le certificat TLS %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="80"/>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>Impossible de lire la clé TLS %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="90"/>
        <source>%1 and %2 are not a PEM certificate and its unencrypted private key.</source>
        <translation>%1 et %2 ne sont pas un certificat PEM et sa clé privée non chiffrée.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="102"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossible d&apos;écouter sur %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="109"/>
        <source>Refused a request from %1: %2</source>
        <translation>Requête de %1 refusée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="156"/>
        <location filename="../core/server/syncserver.cpp" line="198"/>
        <location filename="../core/server/syncserver.cpp" line="218"/>
        <source>There is nothing at %1.</source>
        <translation>Il n&apos;y a rien à %1.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="174"/>
        <source>Cannot read the backup %1: %2</source>
        <translation>Impossible de lire la sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="221"/>
        <source>%1 takes GET and POST only.</source>
        <translation>%1 n&apos;accepte que GET et POST.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="228"/>
        <source>%1 takes %2 only.</source>
        <translation>%1 n&apos;accepte que %2.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="235"/>
        <source>This server cannot reach its database just now; the next round tries again. (%1)</source>
        <translation>Ce serveur ne peut pas joindre sa base de données pour le moment&#xa0;; le prochain cycle réessaiera. (%1)</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="282"/>
        <source>Log in with HTTP Basic authentication.</source>
        <translation>Connectez-vous avec l&apos;authentification HTTP Basic.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="295"/>
        <source>Too many failed logins from %1; wait a minute.</source>
        <translation>Trop d&apos;échecs de connexion depuis %1&#xa0;; patientez une minute.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="303"/>
        <source>This server cannot check credentials just now (%1); the next round tries again.</source>
        <translation>Ce serveur ne peut pas vérifier les identifiants pour le moment (%1)&#xa0;; le prochain cycle réessaiera.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="314"/>
        <source>Wrong user name or password for &apos;%1&apos; from %2; nothing was changed.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect pour «&#xa0;%1&#xa0;» depuis %2&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="318"/>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="349"/>
        <source>The request does not say which node sends it (X-S15n-Node).</source>
        <translation>La requête n&apos;indique pas quel nœud l&apos;envoie (X-S15n-Node).</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="356"/>
        <source>Node %1 is not registered here. On that node run &apos;s15n repo register REPOSITORY&apos;, or register it here with &apos;s15n peer add %1 --name &quot;%2&quot; --user %3&apos;.</source>
        <translation>Le nœud %1 n&apos;est pas inscrit ici. Sur le nœud concerné, exécutez «&#xa0;s15n repo register REPOSITORY&#xa0;», ou inscrivez-le ici avec «&#xa0;s15n peer add %1 --name &quot;%2&quot; --user %3&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="361"/>
        <source>Node %1 is registered here with another account (&apos;%2&apos;, not &apos;%3&apos;). Log in with that account, or remove the registration here (&apos;s15n peer remove %1&apos;) so that the node registers again with its new account.</source>
        <translation>Le nœud %1 est inscrit ici avec un autre compte («&#xa0;%2&#xa0;», et non «&#xa0;%3&#xa0;»). Connectez-vous avec ce compte, ou supprimez l&apos;inscription ici («&#xa0;s15n peer remove %1&#xa0;») afin que le nœud s&apos;inscrive de nouveau avec son nouveau compte.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="408"/>
        <source>Account &apos;%1&apos; belongs to child &apos;%2&apos;, which is node %3, not %4. If this node replaces it, run &apos;s15n child edit %5 --clear-uuid&apos; on this server first.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» appartient à l&apos;enfant «&#xa0;%2&#xa0;», qui est le nœud %3, pas %4. Si ce nœud le remplace, exécutez d&apos;abord &apos;s15n child edit %5 --clear-uuid&apos; sur ce serveur.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="433"/>
        <source>Account &apos;%1&apos; is not a child&apos;s account here, and backups are made for children only. Add the child on this server (&apos;s15n child add NICKNAME --user USER&apos;) and log in with its account.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n&apos;est pas ici le compte d&apos;un enfant, et les sauvegardes ne sont faites que pour les enfants. Ajoutez l&apos;enfant sur ce serveur («&#xa0;s15n child add NICKNAME --user USER&#xa0;») et connectez-vous avec son compte.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="404"/>
        <source>Child &apos;%1&apos; is gone.</source>
        <translation>L&apos;enfant «&#xa0;%1&#xa0;» n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="412"/>
        <source>an unnamed node</source>
        <translation>un nœud anonyme</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="447"/>
        <source>Writing a backup for child &apos;%1&apos; (%2).</source>
        <translation>Écriture d&apos;une sauvegarde pour l&apos;enfant «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="457"/>
        <source>There is no backup &apos;%1&apos; for child &apos;%2&apos; here (a finished backup is kept %3 minutes); ask for a new one.</source>
        <translation>Il n&apos;existe ici aucune sauvegarde «&#xa0;%1&#xa0;» pour l&apos;enfant «&#xa0;%2&#xa0;» (une sauvegarde terminée est conservée %3 minutes)&#xa0;; demandez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="467"/>
        <source>Sending the backup for child &apos;%1&apos; (%2 bytes).</source>
        <translation>Envoi de la sauvegarde pour l&apos;enfant «&#xa0;%1&#xa0;» (%2 octets).</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="500"/>
        <source>A node cannot register at itself.</source>
        <translation>Un nœud ne peut pas s&apos;inscrire auprès de lui-même.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="518"/>
        <source>Registered node &apos;%1&apos; (account %2).</source>
        <translation>Nœud «&#xa0;%1&#xa0;» inscrit (compte %2).</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="519"/>
        <source>Node &apos;%1&apos; registered again; nothing duplicated.</source>
        <translation>Nœud «&#xa0;%1&#xa0;» inscrit de nouveau&#xa0;; aucun doublon créé.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="522"/>
        <source>It is child &apos;%1&apos;, whose UUID is recorded now.</source>
        <translation>C&apos;est l&apos;enfant «&#xa0;%1&#xa0;», dont l&apos;UUID est maintenant enregistré.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="540"/>
        <source>pull needs resource=TABLE, since=N (0 or more) and optionally limit=1..%1.</source>
        <translation>pull nécessite resource=TABLE, since=N (0 ou plus) et, facultativement, limit=1..%1.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="550"/>
        <location filename="../core/server/syncserver.cpp" line="598"/>
        <location filename="../core/server/syncserver.cpp" line="642"/>
        <location filename="../core/server/syncserver.cpp" line="700"/>
        <source>No resource named &apos;%1&apos; is synced here.</source>
        <translation>Aucune ressource nommée «&#xa0;%1&#xa0;» n&apos;est synchronisée ici.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="575"/>
        <source>Sent %1 changes to &apos;%2&apos; (cursor %3 to %4).</source>
        <translation>%1 modifications envoyées à «&#xa0;%2&#xa0;» (curseur de %3 à %4).</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="628"/>
        <source>Sent the current state of %1 of %2 rows asked for by &apos;%3&apos;.</source>
        <translation>État actuel envoyé pour %1 des %2 lignes demandées par «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="703"/>
        <source>Pushes are not accepted from account &apos;%1&apos;: it is read-only here, so nodes logging in with it may pull but not push (&apos;s15n account edit %1 --writable&apos; on this server changes that).</source>
        <translation>Les envois du compte «&#xa0;%1&#xa0;» ne sont pas acceptés&#xa0;: ce compte est ici en lecture seule, les nœuds qui l&apos;utilisent peuvent donc récupérer (pull) mais pas envoyer (push). «&#xa0;s15n account edit %1 --writable&#xa0;» sur ce serveur permet de changer cela.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="708"/>
        <source>Pushes from node &apos;%1&apos; are not accepted here: repository &apos;%2&apos; does not accept them (&apos;s15n repo edit %2 --accept-pushes yes&apos; on this server).</source>
        <translation>Les envois du nœud «&#xa0;%1&#xa0;» ne sont pas acceptés ici&#xa0;: le dépôt «&#xa0;%2&#xa0;» ne les accepte pas («&#xa0;s15n repo edit %2 --accept-pushes yes&#xa0;» sur ce serveur).</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="712"/>
        <source>Pushes from node &apos;%1&apos; are not accepted here (&apos;s15n peer edit %2 --accept-pushes yes&apos; on this server changes that).</source>
        <translation>Les envois du nœud «&#xa0;%1&#xa0;» ne sont pas acceptés ici («&#xa0;s15n peer edit %2 --accept-pushes yes&#xa0;» sur ce serveur permet de changer cela).</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="722"/>
        <source>A push needs update-policy=THIS|OTHER|NEWER|MASTER and conflict-policy=THIS|OTHER|NEWER|MASTER|MANUAL.</source>
        <translation>Un envoi nécessite update-policy=THIS|OTHER|NEWER|MASTER et conflict-policy=THIS|OTHER|NEWER|MASTER|MANUAL.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="735"/>
        <source>The pushed page is not valid: %1.</source>
        <translation>La page envoyée n&apos;est pas valide&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="736"/>
        <source>The push holds no page.</source>
        <translation>L&apos;envoi ne contient aucune page.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="739"/>
        <source>A push carries exactly one page.</source>
        <translation>Un envoi contient exactement une page.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="741"/>
        <source>The pushed page says it comes from %1, not from node %2.</source>
        <translation>La page envoyée indique provenir de %1, et non du nœud %2.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="744"/>
        <source>The pushed page is for &apos;%1&apos;, not &apos;%2&apos;.</source>
        <translation>La page envoyée concerne «&#xa0;%1&#xa0;», et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="754"/>
        <source>The page was not applied: %1</source>
        <translation>La page n&apos;a pas été appliquée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="773"/>
        <source>Page %1 to %2 from &apos;%3&apos;.</source>
        <translation>Page de %1 à %2 reçue de «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="797"/>
        <source>The clock of node %1 is %2 s %3 of this node&apos;s. Versions stay ordered (hybrid clock), but fix the clock.</source>
        <translation>L&apos;horloge du nœud %1 a %2 s %3 par rapport à celle de ce nœud. Les versions restent ordonnées (horloge hybride), mais corrigez l&apos;horloge.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="801"/>
        <source>ahead</source>
        <translation>d&apos;avance</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="801"/>
        <source>behind</source>
        <translation>de retard</translation>
    </message>
</context>
<context>
    <name>s15n::Transaction</name>
    <message>
        <location filename="../core/storage/database.cpp" line="264"/>
        <source>The transaction is already finished.</source>
        <translation>La transaction est déjà terminée.</translation>
    </message>
</context>
<context>
    <name>s15n::Worker</name>
    <message>
        <location filename="../core/schedule/worker.cpp" line="399"/>
        <source>Job %1 is running already (since %2); it never runs twice at once.</source>
        <translation>La tâche %1 est déjà en cours d&apos;exécution (depuis %2)&#xa0;; elle ne s&apos;exécute jamais deux fois simultanément.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="403"/>
        <source>Job %1 was cancelled before it started.</source>
        <translation>La tâche %1 a été annulée avant de démarrer.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="408"/>
        <source>Job %1 was just started by another process; it never runs twice at once.</source>
        <translation>La tâche %1 vient d&apos;être lancée par un autre processus&#xa0;; elle ne s&apos;exécute jamais deux fois simultanément.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="474"/>
        <source>Job %1 ran, but recording it failed: %2</source>
        <translation>La tâche %1 s&apos;est exécutée, mais son enregistrement a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>s15n::WorkerScheduler</name>
    <message>
        <location filename="../core/schedule/worker.cpp" line="214"/>
        <source>The worker cannot read the jobs: %1</source>
        <translation>Le processus d&apos;exécution ne peut pas lire les tâches planifiées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="302"/>
        <source>The worker cannot record the run of job %1: %2</source>
        <translation>Le processus d&apos;exécution ne peut pas enregistrer l&apos;exécution de la tâche %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>s15n::messages</name>
    <message>
        <location filename="../core/protocol/messages.cpp" line="181"/>
        <source>The remote&apos;s node information</source>
        <translation>La description du nœud distant</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="208"/>
        <source>a &lt;resource&gt; element is incomplete or invalid</source>
        <translation>un élément &lt;resource&gt; est incomplet ou non valide</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="234"/>
        <source>The registration</source>
        <translation>L&apos;inscription</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="242"/>
        <source>sync-id must be 0..64</source>
        <translation>sync-id doit être compris entre 0 et 64</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="263"/>
        <source>The remote&apos;s answer to the registration</source>
        <translation>La réponse du nœud distant à l&apos;inscription</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="271"/>
        <source>attribute &apos;new&apos; must be true or false</source>
        <translation>l&apos;attribut &apos;new&apos; doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="291"/>
        <source>The remote&apos;s cursor</source>
        <translation>Le curseur du nœud distant</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="298"/>
        <source>the cursor is for &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>le curseur concerne «&#xa0;%1&#xa0;», et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="319"/>
        <source>The parent&apos;s backup state</source>
        <translation>L&apos;état de la sauvegarde du parent</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="330"/>
        <source>&apos;%1&apos; is not a backup id</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de sauvegarde</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="356"/>
        <source>The list of rows</source>
        <translation>La liste des lignes</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="367"/>
        <source>&apos;%1&apos; is not a row UUID (lower-case, without braces)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un UUID de ligne (en minuscules, sans accolades)</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="371"/>
        <source>&lt;row&gt; must be empty</source>
        <translation>&lt;row&gt; doit être vide</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="378"/>
        <source>The list of rows names more than %1 rows; ask for at most %1 at a time.</source>
        <translation>La liste des lignes en désigne plus de %1&#xa0;; demandez-en au plus %1 à la fois.</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="410"/>
        <source>The remote&apos;s answer to the push</source>
        <translation>La réponse du nœud distant à l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="436"/>
        <source>a &lt;record&gt; needs a uuid and an outcome</source>
        <translation>un élément &lt;record&gt; nécessite un uuid et un résultat (outcome)</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="483"/>
        <source>(no reason given)</source>
        <translation>(aucune raison indiquée)</translation>
    </message>
</context>
<context>
    <name>s15n::messages::Reader</name>
    <message>
        <location filename="../core/protocol/messages.cpp" line="49"/>
        <source>the answer is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="54"/>
        <source>expected &lt;%1&gt;, found &lt;%2&gt;</source>
        <translation>&lt;%1&gt; attendu, &lt;%2&gt; trouvé</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="57"/>
        <source>unsupported format &apos;%1&apos;</source>
        <translation>format «&#xa0;%1&#xa0;» non pris en charge</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="61"/>
        <source>a DTD is not allowed</source>
        <translation>une DTD n&apos;est pas autorisée</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="63"/>
        <source>empty document</source>
        <translation>document vide</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="72"/>
        <source>unexpected element &lt;%1&gt;</source>
        <translation>élément &lt;%1&gt; inattendu</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="78"/>
        <source>unexpected text</source>
        <translation>texte inattendu</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="80"/>
        <source>the document ends too early</source>
        <translation>le document se termine trop tôt</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="95"/>
        <source>attribute &apos;%1&apos; must be a number 0 or more</source>
        <translation>l&apos;attribut &apos;%1&apos; doit être un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="104"/>
        <source>attribute &apos;%1&apos; must be a UUID</source>
        <translation>l&apos;attribut &apos;%1&apos; doit être un UUID</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="112"/>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="124"/>
        <source>%1 is not valid: %2.</source>
        <translation>%1 n&apos;est pas valide&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="133"/>
        <source>content after the root element</source>
        <translation>contenu après l&apos;élément racine</translation>
    </message>
</context>
<context>
    <name>s15n::ui::AdminArguments</name>
    <message>
        <location filename="../ui/adminarguments.cpp" line="48"/>
        <source>The s15n administration application: this node&apos;s repositories, the changes not
pushed yet, its data, the sync log and its settings. It opens the node &apos;s15n&apos;
would use ($S15N_DB, else the one remembered, else the default file).</source>
        <translation>L&apos;application d&apos;administration de s15n&#xa0;: les dépôts de ce nœud, les modifications
pas encore envoyées, ses données, le journal de synchronisation et ses paramètres.
Elle ouvre le nœud qu&apos;utiliserait «&#xa0;s15n&#xa0;» ($S15N_DB, sinon celui mémorisé,
sinon le fichier par défaut).</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="53"/>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="55"/>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="58"/>
        <source>Show the application in this language (%1) instead of the system&apos;s.</source>
        <translation>Afficher l&apos;application dans cette langue (%1) au lieu de celle du système.</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="63"/>
        <source>Save a picture of each page as &lt;dir&gt;/&lt;page&gt;.png and quit (packaging/screenshots.sh).</source>
        <translation>Enregistrer une image de chaque page sous &lt;dir&gt;/&lt;page&gt;.png et quitter (packaging/screenshots.sh).</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="85"/>
        <source>s15n-admin: there is no translation for the language &apos;%1&apos;; the languages available are %2. Going on in English.</source>
        <translation>s15n-admin&#xa0;: il n&apos;existe aucune traduction pour la langue «&#xa0;%1&#xa0;»&#xa0;; les langues disponibles sont %2. Poursuite en anglais.</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="96"/>
        <source>Usage: s15n-admin [options]</source>
        <translation>Utilisation&#xa0;: s15n-admin [options]</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="98"/>
        <source>Qt&apos;s own options (-platform NAME, -style NAME, -reverse...) are accepted as well.
The command-line tool is &apos;s15n&apos; (s15n --help).</source>
        <translation>Les options propres à Qt (-platform NAME, -style NAME, -reverse...) sont également acceptées.
L&apos;outil en ligne de commande est «&#xa0;s15n&#xa0;» (s15n --help).</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="110"/>
        <source>s15n-admin: %1
See &apos;s15n-admin --help&apos;.</source>
        <translation>s15n-admin&#xa0;: %1
Voir «&#xa0;s15n-admin --help&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="116"/>
        <source>unexpected argument &apos;%1&apos;; s15n-admin takes only options.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»&#xa0;; s15n-admin n&apos;accepte que des options.</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="121"/>
        <source>--screenshots needs a folder.</source>
        <translation>--screenshots attend un dossier.</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ChangesModel</name>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="78"/>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="74"/>
        <source>new (not at the remote)</source>
        <translation>nouvelle (absente du nœud distant)</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="73"/>
        <source>deleted (not at the remote)</source>
        <translation>supprimée (absente du nœud distant)</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="76"/>
        <source>deleted here, changed there</source>
        <translation>supprimée ici, modifiée de l&apos;autre côté</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="80"/>
        <source>updated here, deleted there</source>
        <translation>modifiée ici, supprimée de l&apos;autre côté</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="84"/>
        <source>changed on both sides, to the same values</source>
        <translation>modifiée des deux côtés, avec les mêmes valeurs</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="85"/>
        <source>changed on both sides; differs: %1</source>
        <translation>modifiée des deux côtés&#xa0;; diffère&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="89"/>
        <source>updated: %1</source>
        <translation>modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="89"/>
        <source>updated (no field changed)</source>
        <translation>modifiée (aucun champ changé)</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="111"/>
        <source>deleted here</source>
        <translation>supprimée ici</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="113"/>
        <source>deleted there</source>
        <translation>supprimée de l&apos;autre côté</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="116"/>
        <source>differs: %1</source>
        <translation>diffère&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="118"/>
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="197"/>
        <location filename="../ui/models/changesmodel.cpp" line="200"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="216"/>
        <source>The row&apos;s name or code (its first text field that reads like one)</source>
        <translation>Le nom ou le code de la ligne (son premier champ texte qui y ressemble)</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="218"/>
        <source>When the remote&apos;s version of the row was made</source>
        <translation>Quand la version de la ligne sur le nœud distant a été créée</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="220"/>
        <source>When this node&apos;s version of the row was made</source>
        <translation>Quand la version de la ligne sur ce nœud a été créée</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="229"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="231"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="237"/>
        <source>Their version</source>
        <translation>Version distante</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="239"/>
        <source>Row UUID</source>
        <translation>UUID de ligne</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="233"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="235"/>
        <source>Our version</source>
        <translation>Version locale</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ChangesPage</name>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="72"/>
        <source>Local changes not pushed yet. Those without a conflict can be pushed now; a conflict (the remote changed the row too) needs you to choose a version. Refresh asks the remote.</source>
        <translation>Modifications locales pas encore envoyées. Celles sans conflit peuvent être envoyées maintenant&#xa0;; un conflit (le nœud distant a lui aussi modifié la ligne) vous demande de choisir une version. Actualiser interroge le nœud distant.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="84"/>
        <source>&amp;Repository:</source>
        <translation>&amp;Dépôt&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="91"/>
        <source>R&amp;esource:</source>
        <translation>R&amp;essource&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="95"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="103"/>
        <source>&amp;Push selected</source>
        <translation>En&amp;voyer la sélection</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="107"/>
        <source>Send the selected rows to the remote now.</source>
        <translation>Envoyer maintenant les lignes sélectionnées au nœud distant.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="108"/>
        <source>Push &amp;ours (overwrite theirs)</source>
        <translation>Envoyer la version &amp;locale (écraser la distante)</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="110"/>
        <source>Send our version of the selected rows; the remote&apos;s changes to them are lost.</source>
        <translation>Envoyer la version locale des lignes sélectionnées&#xa0;; les modifications du nœud distant sur ces lignes sont perdues.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="112"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre la version distante</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="114"/>
        <source>Replace our version of the selected rows with the remote&apos;s; our changes to them are lost.</source>
        <translation>Remplacer la version locale des lignes sélectionnées par celle du nœud distant&#xa0;; les modifications locales de ces lignes sont perdues.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="116"/>
        <source>&amp;Keep ours</source>
        <translation>&amp;Garder la version locale</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="118"/>
        <source>Take t&amp;heirs</source>
        <translation>Prendre la version dis&amp;tante</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="143"/>
        <source>Without conflicts</source>
        <translation>Sans conflit</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="145"/>
        <source>With conflicts</source>
        <translation>Avec conflit</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="147"/>
        <source>Held (MANUAL policy)</source>
        <translation>En attente (politique MANUEL)</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="148"/>
        <source>Field by field</source>
        <translation>Champ par champ</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="182"/>
        <source>Press Refresh to ask the remote.</source>
        <translation>Cliquez sur Actualiser pour interroger le nœud distant.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="250"/>
        <source>Cannot read the repositories: %1</source>
        <translation>Impossible de lire les dépôts&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="256"/>
        <source>All resources</source>
        <translation>Toutes les ressources</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="260"/>
        <source>Cannot read the resources: %1</source>
        <translation>Impossible de lire les ressources&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="281"/>
        <source>Add a repository on the Repositories page first.</source>
        <translation>Ajoutez d&apos;abord un dépôt sur la page Dépôts.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="298"/>
        <source>Refresh cancelled.</source>
        <translation>Actualisation annulée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="41"/>
        <location filename="../ui/pages/changespage.cpp" line="455"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="98"/>
        <source>Ask the remote for its versions of the changed rows.</source>
        <translation>Demander au nœud distant ses versions des lignes modifiées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="299"/>
        <source>Cannot ask &apos;%1&apos; for its versions: %2 Check the connection on the Repositories page, then refresh.</source>
        <translation>Impossible de demander ses versions à «&#xa0;%1&#xa0;»&#xa0;: %2 Vérifiez la connexion sur la page Dépôts, puis actualisez.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="308"/>
        <source>&apos;%1&apos; answered: %2 without conflicts, %3 with conflicts, %4 held.</source>
        <translation>«&#xa0;%1&#xa0;» a répondu&#xa0;: %2 sans conflit, %3 en conflit, %4 en attente.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="320"/>
        <source>Asking &apos;%1&apos;...</source>
        <translation>Interrogation de «&#xa0;%1&#xa0;»...</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="322"/>
        <location filename="../ui/pages/changespage.cpp" line="368"/>
        <source>Cannot open the database: %1</source>
        <translation>Impossible d&apos;ouvrir la base de données&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/changespage.cpp" line="366"/>
        <source>%1: working on %n row(s)...</source>
        <translation>
            <numerusform>%1&#xa0;: traitement de %n ligne...</numerusform>
            <numerusform>%1&#xa0;: traitement de %n lignes...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="397"/>
        <source>Push our version of the selected rows? The remote&apos;s changes to them will be overwritten.</source>
        <translation>Envoyer la version locale des lignes sélectionnées&#xa0;? Les modifications du nœud distant sur ces lignes seront écrasées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="407"/>
        <source>Push ours</source>
        <translation>Envoyer la version locale</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="409"/>
        <source>Push</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="414"/>
        <source>Take the remote&apos;s version of the selected rows? Our changes to them will be lost.</source>
        <translation>Prendre la version du nœud distant pour les lignes sélectionnées&#xa0;? Les modifications locales de ces lignes seront perdues.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="418"/>
        <location filename="../ui/pages/changespage.cpp" line="430"/>
        <source>Take theirs</source>
        <translation>Prendre la version distante</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="427"/>
        <source>Take the remote&apos;s version of the selected held conflicts?</source>
        <translation>Prendre la version du nœud distant pour les conflits en attente sélectionnés&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="428"/>
        <source>Keep our version of the selected held conflicts?</source>
        <translation>Garder la version locale pour les conflits en attente sélectionnés&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="430"/>
        <source>Keep ours</source>
        <translation>Garder la version locale</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="439"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="443"/>
        <source>%1 (%2): took theirs</source>
        <translation>%1 (%2)&#xa0;: version distante retenue</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="443"/>
        <source>%1 (%2): kept ours</source>
        <translation>%1 (%2)&#xa0;: version locale conservée</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="464"/>
        <source>%1: %2 applied, %3 conflicts resolved, %4 held, %5 skipped, %6 waiting, %7 failed, %8 unchanged.</source>
        <translation>%1&#xa0;: %2 appliquées, %3 conflits résolus, %4 mises en attente, %5 ignorées, %6 en attente de lignes référencées, %7 en échec, %8 inchangées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="476"/>
        <source>  %1: %2</source>
        <translation>  %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="477"/>
        <source>  %1: %2 (%3)</source>
        <translation>  %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="493"/>
        <source>%1 cancelled.</source>
        <translation>%1&#xa0;: opération annulée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="494"/>
        <source>%1 cancelled while waiting for the remote, which may have received the last request: refresh to see where things stand.</source>
        <translation>%1&#xa0;: opération annulée pendant l&apos;attente du nœud distant, qui a peut-être reçu la dernière requête&#xa0;: actualisez pour faire le point.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="501"/>
        <source>%1 failed: %2 Nothing else was done; check the connection and the rows, then refresh and try again.</source>
        <translation>%1 a échoué&#xa0;: %2 Rien d&apos;autre n&apos;a été fait&#xa0;; vérifiez la connexion et les lignes, puis actualisez et réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="506"/>
        <source>%1 failed</source>
        <translation>%1 a échoué</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="551"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ChildDialog</name>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="36"/>
        <source>Add a child</source>
        <translation>Ajouter un enfant</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="43"/>
        <source>Edit child %1</source>
        <translation>Modifier l&apos;enfant %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="49"/>
        <source>The account the child logs in with; it cannot be renamed.</source>
        <translation>Le compte avec lequel l&apos;enfant se connecte&#xa0;; il ne peut pas être renommé.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="50"/>
        <location filename="../ui/dialogs/childdialog.cpp" line="51"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="68"/>
        <source>e.g. Clinic 4</source>
        <translation>p. ex. Clinique 4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="70"/>
        <source>This node&apos;s name for the child; it need not match the child&apos;s own name. It cannot be changed later.</source>
        <translation>Le nom que ce nœud donne à l&apos;enfant&#xa0;; il n&apos;a pas à correspondre au nom que l&apos;enfant se donne lui-même. Il ne pourra plus être modifié.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="72"/>
        <source>&amp;Nickname:</source>
        <translation>&amp;Surnom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="74"/>
        <source>optional: recorded when the child first syncs</source>
        <translation>facultatif&#xa0;: enregistré lors de la première synchronisation de l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="75"/>
        <source>The child&apos;s node UUID (its Settings page or &apos;s15n info&apos; shows it). Left empty, the child&apos;s first registration with its account fills it in; emptied, the next one does.</source>
        <translation>L&apos;UUID du nœud de l&apos;enfant (sa page Paramètres ou «&#xa0;s15n info&#xa0;» l&apos;affiche). Laissé vide, il est renseigné par la première inscription de l&apos;enfant avec son compte&#xa0;; vidé, par la suivante.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="78"/>
        <source>Child&apos;s UU&amp;ID:</source>
        <translation>UU&amp;ID de l&apos;enfant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="79"/>
        <source>a new account for this child</source>
        <translation>un nouveau compte pour cet enfant</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="80"/>
        <source>The child logs in with this account. It is made here for this child only: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;.</source>
        <translation>L&apos;enfant se connecte avec ce compte. Il est créé ici pour cet enfant seulement&#xa0;: de 1 à 64 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;», «&#xa0;@&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="82"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="85"/>
        <source>Only a salted hash of it is kept here; give the password to the child&apos;s administrator.</source>
        <translation>Seule une empreinte salée en est conservée ici&#xa0;; communiquez le mot de passe à l&apos;administrateur de l&apos;enfant.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="87"/>
        <source>New &amp;password:</source>
        <translation>Nouveau &amp;mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="87"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="90"/>
        <source>A&amp;gain:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="94"/>
        <source>Checked tables never reach this child: its catalogue does not list them, and it may neither pull nor push them.</source>
        <translation>Les tables cochées ne parviennent jamais à cet enfant&#xa0;: son catalogue ne les mentionne pas, et il ne peut ni les récupérer ni les envoyer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="97"/>
        <source>Not &amp;sent to this child:</source>
        <translation>&amp;Non envoyées à cet enfant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="101"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="102"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="132"/>
        <source>No child receives this table (the global exclusions on the Children page).</source>
        <translation>Aucun enfant ne reçoit cette table (les exclusions globales de la page Enfants).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="146"/>
        <source>Cannot read this node&apos;s resources: %1</source>
        <translation>Impossible de lire les ressources de ce nœud&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="224"/>
        <source>Leave it empty to have the child&apos;s first sync fill it in.</source>
        <translation>Laissez-le vide pour que la première synchronisation de l&apos;enfant le renseigne.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="237"/>
        <source>Give a password for the account %1, twice: the child logs in with it. Nothing was added.</source>
        <translation>Indiquez deux fois un mot de passe pour le compte %1&#xa0;: l&apos;enfant se connecte avec. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="243"/>
        <source>The two passwords differ: type the same one in both fields. Nothing was added.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;: saisissez le même dans les deux champs. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="252"/>
        <source>Added child &apos;%1&apos; with the account %2; its UUID is recorded when it first syncs with that account.</source>
        <translation>Enfant «&#xa0;%1&#xa0;» ajouté avec le compte %2&#xa0;; son UUID sera enregistré lors de sa première synchronisation avec ce compte.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="255"/>
        <source>Added child &apos;%1&apos; (node %2) with the account %3.</source>
        <translation>Enfant «&#xa0;%1&#xa0;» (nœud %2) ajouté avec le compte %3.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="276"/>
        <source>Leave it empty to have the child&apos;s next registration fill it in.</source>
        <translation>Laissez-le vide pour que la prochaine inscription de l&apos;enfant le renseigne.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="305"/>
        <source>Type the new password in both fields, or leave both empty to keep the password. Nothing was changed.</source>
        <translation>Saisissez le nouveau mot de passe dans les deux champs, ou laissez-les vides tous les deux pour conserver le mot de passe. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="310"/>
        <source>The two passwords differ: type the same one in both fields, or leave both empty to keep the password. Nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;: saisissez le même dans les deux champs, ou laissez-les vides tous les deux pour conserver le mot de passe. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="330"/>
        <source>Changed child &apos;%1&apos;.</source>
        <translation>Enfant «&#xa0;%1&#xa0;» modifié.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="333"/>
        <source>Its UUID is recorded again when it next registers with its account.</source>
        <translation>Son UUID sera de nouveau enregistré lors de sa prochaine inscription avec son compte.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="334"/>
        <source>It is node %1.</source>
        <translation>C&apos;est le nœud %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="336"/>
        <source>Its account has a new password; the child must use it from now on.</source>
        <translation>Son compte a un nouveau mot de passe&#xa0;; l&apos;enfant doit désormais l&apos;utiliser.</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ChildModel</name>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="105"/>
        <source>(not known yet)</source>
        <translation>(encore inconnu)</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="110"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="116"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="127"/>
        <source>Recorded when the child first syncs with its account.</source>
        <translation>Enregistré lors de la première synchronisation de l&apos;enfant avec son compte.</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="130"/>
        <source>The account the child logs in with; only this child may use it.</source>
        <translation>Le compte avec lequel l&apos;enfant se connecte&#xa0;; seul cet enfant peut l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="136"/>
        <source>It receives every resource.</source>
        <translation>Il reçoit toutes les ressources.</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="137"/>
        <source>It does not receive: %1.</source>
        <translation>Il ne reçoit pas&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="140"/>
        <source>No child receives: %1 (the global exclusions).</source>
        <translation>Aucun enfant ne reçoit&#xa0;: %1 (les exclusions globales).</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="147"/>
        <source>The child has not synced with this node yet.</source>
        <translation>L&apos;enfant ne s&apos;est pas encore synchronisé avec ce nœud.</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="150"/>
        <source>Added %1.</source>
        <translation>Ajouté le %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="168"/>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="170"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="172"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="174"/>
        <source>Excluded tables</source>
        <translation>Tables exclues</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="176"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="178"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ChildrenPage</name>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="42"/>
        <source>for no particular child</source>
        <translation>pour aucun enfant en particulier</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="43"/>
        <source>for child &apos;%1&apos;</source>
        <translation>pour l&apos;enfant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="60"/>
        <source>The child servers that sync with this node, each with an account of its own. Add a child, give its administrator the user name and password, and seed it with a data backup.</source>
        <translation>Les serveurs enfants qui se synchronisent avec ce nœud, chacun avec son propre compte. Ajoutez un enfant, communiquez à son administrateur le nom d&apos;utilisateur et le mot de passe, puis initialisez-le avec une sauvegarde des données.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="90"/>
        <source>&amp;Add...</source>
        <translation>&amp;Ajouter...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="91"/>
        <source>Add a child server, with a new account for it.</source>
        <translation>Ajouter un serveur enfant, avec un nouveau compte pour lui.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="92"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="93"/>
        <source>Change the selected child&apos;s UUID, excluded tables, password or note.</source>
        <translation>Modifier, pour l&apos;enfant sélectionné, l&apos;UUID, les tables exclues, le mot de passe ou la note.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="94"/>
        <source>&amp;Remove...</source>
        <translation>&amp;Supprimer...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="95"/>
        <source>Remove the selected child with its account and registration: it can no longer sync with this node.</source>
        <translation>Supprimer l&apos;enfant sélectionné avec son compte et son inscription&#xa0;: il ne pourra plus se synchroniser avec ce nœud.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="97"/>
        <source>&amp;Download data backup...</source>
        <translation>&amp;Télécharger une sauvegarde des données...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="98"/>
        <source>Save a backup zip of this node&apos;s data to seed the selected child: every resource but the tables it does not receive.</source>
        <translation>Enregistrer un zip de sauvegarde des données de ce nœud pour initialiser l&apos;enfant sélectionné&#xa0;: toutes les ressources, sauf les tables qu&apos;il ne reçoit pas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="100"/>
        <source>Backup for &amp;no particular child...</source>
        <translation>Sauvegarde pour aucun enfant en &amp;particulier...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="101"/>
        <source>Save a backup zip of this node&apos;s data leaving out only the tables no child receives.</source>
        <translation>Enregistrer un zip de sauvegarde des données de ce nœud en excluant seulement les tables qu&apos;aucun enfant ne reçoit.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="119"/>
        <source>Global e&amp;xclusions...</source>
        <translation>E&amp;xclusions globales...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="121"/>
        <source>Choose the tables that no child receives.</source>
        <translation>Choisir les tables qu&apos;aucun enfant ne reçoit.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="128"/>
        <source>Stopping the backup...</source>
        <translation>Arrêt de la sauvegarde...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="155"/>
        <source>Cannot read the children: %1</source>
        <translation>Impossible de lire les enfants&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="166"/>
        <source>Every child receives every resource but its own exclusions.</source>
        <translation>Chaque enfant reçoit toutes les ressources, sauf ses propres exclusions.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="167"/>
        <location filename="../ui/pages/childrenpage.cpp" line="395"/>
        <source>No child receives: %1.</source>
        <translation>Aucun enfant ne reçoit&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="222"/>
        <source>Backup zip files (*.zip);;All files (*)</source>
        <translation>Fichiers zip de sauvegarde (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="235"/>
        <source>It receives every resource.</source>
        <translation>Il reçoit toutes les ressources.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="236"/>
        <source>It does not receive: %1.</source>
        <translation>Il ne reçoit pas&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="239"/>
        <location filename="../ui/pages/childrenpage.cpp" line="401"/>
        <location filename="../ui/pages/childrenpage.cpp" line="522"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="277"/>
        <source>Select a child in the list first.</source>
        <translation>Sélectionnez d&apos;abord un enfant dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="278"/>
        <location filename="../ui/pages/childrenpage.cpp" line="296"/>
        <source>There is no child named &apos;%1&apos; any more.</source>
        <translation>Il n&apos;existe plus d&apos;enfant nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="279"/>
        <source>Cannot edit the child</source>
        <translation>Impossible de modifier l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="298"/>
        <location filename="../ui/pages/childrenpage.cpp" line="311"/>
        <source>Cannot remove the child</source>
        <translation>Impossible de supprimer l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="304"/>
        <source>Remove child</source>
        <translation>Supprimer l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="305"/>
        <source>Remove the child &apos;%1&apos;? Its account %2 and its registration here are removed too: it can no longer sync with this node. The data stays.</source>
        <translation>Supprimer l&apos;enfant «&#xa0;%1&#xa0;»&#xa0;? Son compte %2 et son inscription ici seront supprimés aussi&#xa0;: il ne pourra plus se synchroniser avec ce nœud. Les données restent.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="315"/>
        <source>Removed child &apos;%1&apos; with its account %2 and its registration here; it can no longer sync with this node.</source>
        <translation>Enfant «&#xa0;%1&#xa0;» supprimé, avec son compte %2 et son inscription ici&#xa0;; il ne peut plus se synchroniser avec ce nœud.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="337"/>
        <source>Cannot change the global exclusions</source>
        <translation>Impossible de modifier les exclusions globales</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="343"/>
        <source>Tables no child receives</source>
        <translation>Tables qu&apos;aucun enfant ne reçoit</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="346"/>
        <source>Checked tables are sent to no child, whatever its own exclusions. Peers with ordinary accounts still receive them.</source>
        <translation>Les tables cochées ne sont envoyées à aucun enfant, quelles que soient ses propres exclusions. Les pairs dotés de comptes ordinaires les reçoivent toujours.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="393"/>
        <source>No table is excluded for every child: children receive every resource but their own exclusions.</source>
        <translation>Aucune table n&apos;est exclue pour tous les enfants&#xa0;: les enfants reçoivent toutes les ressources, sauf leurs propres exclusions.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="430"/>
        <source>Save the backup for no particular child</source>
        <translation>Enregistrer la sauvegarde pour aucun enfant en particulier</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="431"/>
        <source>Save the backup for child &apos;%1&apos;</source>
        <translation>Enregistrer la sauvegarde pour l&apos;enfant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="479"/>
        <source>Writing the backup %1 to %2: reading the data...</source>
        <translation>Écriture de la sauvegarde %1 dans %2&#xa0;: lecture des données...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="502"/>
        <source>Writing the backup %1: reading the data...</source>
        <translation>Écriture de la sauvegarde %1&#xa0;: lecture des données...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="503"/>
        <source>Writing the backup %1: %2 (%3 of %4 rows)...</source>
        <translation>Écriture de la sauvegarde %1&#xa0;: %2 (%3 lignes sur %4)...</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/childrenpage.cpp" line="515"/>
        <source>Backup %1 written to %2: %Ln row(s) of %3, %4.</source>
        <translation>
            <numerusform>Sauvegarde %1 écrite dans %2&#xa0;: %Ln ligne de %3, %4.</numerusform>
            <numerusform>Sauvegarde %1 écrite dans %2&#xa0;: %Ln lignes de %3, %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/childrenpage.cpp" line="517"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="519"/>
        <source>Nothing is left out.</source>
        <translation>Rien n&apos;est exclu.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="520"/>
        <source>Left out: %1.</source>
        <translation>Tables exclues&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="532"/>
        <source>The backup %1 was cancelled: no file was written, and a file of that name was left as it was.</source>
        <translation>La sauvegarde %1 a été annulée&#xa0;: aucun fichier n&apos;a été écrit, et un fichier de ce nom a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="540"/>
        <source>The backup %1 failed: %2 No backup file was written.</source>
        <translation>La sauvegarde %1 a échoué&#xa0;: %2 Aucun fichier de sauvegarde n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="542"/>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
</context>
<context>
    <name>s15n::ui::DataPage</name>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="86"/>
        <source>&amp;Table:</source>
        <translation>&amp;Table&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="90"/>
        <source>The synced tables (resources) of this node</source>
        <translation>Les tables synchronisées (ressources) de ce nœud</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="95"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="98"/>
        <source>The column to search</source>
        <translation>La colonne dans laquelle chercher</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="102"/>
        <source>Rows containing...</source>
        <translation>Lignes contenant...</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="108"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="110"/>
        <source>Read the tables and rows again</source>
        <translation>Relire les tables et les lignes</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="147"/>
        <source>&amp;Add Row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="149"/>
        <source>A new row at the top; stored when you submit</source>
        <translation>Une nouvelle ligne en haut&#xa0;; enregistrée lors de la validation</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="132"/>
        <location filename="../ui/pages/datapage.cpp" line="150"/>
        <source>&amp;Delete Rows...</source>
        <translation>&amp;Supprimer des lignes...</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="56"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="123"/>
        <source>Set to &amp;NULL</source>
        <translation>Mettre à &amp;NULL</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="128"/>
        <source>Set the selected cells to NULL (no value); saved when you submit. Not for required columns.</source>
        <translation>Mettre les cellules sélectionnées à NULL (aucune valeur)&#xa0;; enregistré lors de la validation. Impossible pour les colonnes obligatoires.</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="153"/>
        <source>Delete the selected rows when you submit</source>
        <translation>Supprimer les lignes sélectionnées lors de la validation</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="154"/>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="156"/>
        <source>Drop every change not submitted yet</source>
        <translation>Abandonner toutes les modifications pas encore validées</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="158"/>
        <source>&amp;Submit</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="160"/>
        <source>Save every change in one transaction: all of them or none</source>
        <translation>Enregistrer toutes les modifications en une seule transaction&#xa0;: toutes ou aucune</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="249"/>
        <source>Changes Not Submitted</source>
        <translation>Modifications non validées</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="250"/>
        <source>%n row(s) of %1 have changes that are not submitted. Drop them?</source>
        <translation>
            <numerusform>%n ligne de %1 a des modifications non validées. Les abandonner&#xa0;?</numerusform>
            <numerusform>%n lignes de %1 ont des modifications non validées. Les abandonner&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="277"/>
        <source>The resources cannot be read: %1</source>
        <translation>Impossible de lire les ressources&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="294"/>
        <source>This node has no resources yet: add a table on the Resources tab to see its rows here.</source>
        <translation>Ce nœud n&apos;a encore aucune ressource&#xa0;: ajoutez une table dans l&apos;onglet Ressources pour voir ses lignes ici.</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="306"/>
        <source>%1 is not a resource of this node.</source>
        <translation>%1 n&apos;est pas une ressource de ce nœud.</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="386"/>
        <source>Any column</source>
        <translation>Toutes les colonnes</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="403"/>
        <source>The filter applies once the changes are submitted or reverted.</source>
        <translation>Le filtre s&apos;appliquera une fois les modifications validées ou annulées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="419"/>
        <source>There are no changes to submit.</source>
        <translation>Il n&apos;y a aucune modification à valider.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="426"/>
        <source>Saving %n row(s) of %1...</source>
        <translation>
            <numerusform>Enregistrement de %n ligne de %1...</numerusform>
            <numerusform>Enregistrement de %n lignes de %1...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="440"/>
        <source>Saved %n row(s) of %1; they are sent to the other nodes at the next sync.</source>
        <translation>
            <numerusform>%n ligne de %1 enregistrée&#xa0;; elle sera envoyée aux autres nœuds lors de la prochaine synchronisation.</numerusform>
            <numerusform>%n lignes de %1 enregistrées&#xa0;; elles seront envoyées aux autres nœuds lors de la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="457"/>
        <source>Changes Not Saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="463"/>
        <source>The changes were dropped.</source>
        <translation>Les modifications ont été abandonnées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="488"/>
        <source>Fill in the new row, then submit. The UUID is filled in when it is stored.</source>
        <translation>Remplissez la nouvelle ligne, puis validez. L&apos;UUID est renseigné lors de l&apos;enregistrement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="509"/>
        <source>Set %n cell(s) to NULL; submit to save, or revert.</source>
        <translation>
            <numerusform>%n cellule mise à NULL&#xa0;; validez pour enregistrer, ou annulez.</numerusform>
            <numerusform>%n cellules mises à NULL&#xa0;; validez pour enregistrer, ou annulez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="537"/>
        <source>Delete Rows</source>
        <translation>Supprimer des lignes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="538"/>
        <source>Delete %n row(s) of %1? They are deleted when you submit, here and, at the next sync, on the nodes this table syncs with.</source>
        <translation>
            <numerusform>Supprimer %n ligne de %1&#xa0;? Elle sera supprimée lors de la validation, ici et, à la prochaine synchronisation, sur les nœuds avec lesquels cette table est synchronisée.</numerusform>
            <numerusform>Supprimer %n lignes de %1&#xa0;? Elles seront supprimées lors de la validation, ici et, à la prochaine synchronisation, sur les nœuds avec lesquels cette table est synchronisée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="547"/>
        <source>Marked for deletion; submit to delete, or revert.</source>
        <translation>Marquée pour suppression&#xa0;; validez pour supprimer, ou annulez.</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="571"/>
        <source>Submit or revert the changes first: the filter reads the rows again.</source>
        <translation>Validez ou annulez d&apos;abord les modifications&#xa0;: le filtre relit les lignes.</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="573"/>
        <source>Show the rows whose column contains this text</source>
        <translation>Afficher les lignes dont la colonne contient ce texte</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="581"/>
        <source>%1 rows shown so far; more are read as you scroll.</source>
        <translation>%1 lignes affichées pour l&apos;instant&#xa0;; les suivantes sont lues au fil du défilement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="582"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n ligne.</numerusform>
            <numerusform>%n lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="584"/>
        <source>%n row(s) changed, not submitted yet.</source>
        <translation>
            <numerusform>%n ligne modifiée, pas encore validée.</numerusform>
            <numerusform>%n lignes modifiées, pas encore validées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s15n::ui::FieldComparisonModel</name>
    <message>
        <location filename="../ui/models/fieldcomparisonmodel.cpp" line="31"/>
        <source>(no value: no row)</source>
        <translation>(aucune valeur&#xa0;: pas de ligne)</translation>
    </message>
    <message>
        <location filename="../ui/models/fieldcomparisonmodel.cpp" line="88"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/models/fieldcomparisonmodel.cpp" line="90"/>
        <source>Ours (this node)</source>
        <translation>Version locale (ce nœud)</translation>
    </message>
    <message>
        <location filename="../ui/models/fieldcomparisonmodel.cpp" line="92"/>
        <source>Theirs (the remote)</source>
        <translation>Version distante (le nœud distant)</translation>
    </message>
</context>
<context>
    <name>s15n::ui::FirstRunPage</name>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="60"/>
        <source>&lt;h2&gt;Welcome to s15n&lt;/h2&gt;&lt;p&gt;This computer has no s15n node yet. Create one, or open the database of an existing node.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans s15n&lt;/h2&gt;&lt;p&gt;Cet ordinateur n&apos;a pas encore de nœud s15n. Créez-en un ou ouvrez la base de données d&apos;un nœud existant.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="79"/>
        <source>&amp;Create a new node</source>
        <translation>&amp;Créer un nouveau nœud</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="81"/>
        <source>Open an &amp;existing node</source>
        <translation>&amp;Ouvrir un nœud existant</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="92"/>
        <source>New node</source>
        <translation>Nouveau nœud</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="95"/>
        <source>e.g. head-office</source>
        <translation>p. ex. siege-social</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="96"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="100"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="102"/>
        <source>1 = the parent (primary) node; 2 to %1 = the other nodes; none = set it later.</source>
        <translation>1 = le nœud parent (principal)&#xa0;; 2 à %1 = les autres nœuds&#xa0;; aucun = à définir plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="109"/>
        <source>&amp;Sync ID:</source>
        <translation>&amp;ID de synchronisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="112"/>
        <source>&amp;Load the sample data (a small supply-chain application to try s15n with)</source>
        <translation>Charger les &amp;données d&apos;exemple (une petite application de chaîne d&apos;approvisionnement pour essayer s15n)</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="118"/>
        <source>Seed &amp;this node from its parent&apos;s backup (define the parent next)</source>
        <translation>Initiali&amp;ser ce nœud à partir de la sauvegarde de son parent (définir ensuite le parent)</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="122"/>
        <source>For a child: once the node is made, the Define Parent dialog fetches the parent&apos;s backup, or takes the zip downloaded there.</source>
        <translation>Pour un enfant&#xa0;: une fois le nœud créé, la boîte de dialogue Définir le parent télécharge la sauvegarde du parent, ou prend le zip téléchargé sur le parent.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="142"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="144"/>
        <source>Stop, and undo what was made so far (Esc)</source>
        <translation>Arrêter, et défaire ce qui a déjà été fait (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="150"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="153"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="188"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="191"/>
        <source>S&amp;QLite file</source>
        <translation>Fichier S&amp;QLite</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="193"/>
        <source>&amp;PostgreSQL</source>
        <translation>&amp;PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="211"/>
        <source>&amp;Browse...</source>
        <translation>P&amp;arcourir...</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="213"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="228"/>
        <source>The database file of an existing node</source>
        <translation>Le fichier de base de données d&apos;un nœud existant</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="237"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="242"/>
        <source>P&amp;ort:</source>
        <translation>Po&amp;rt&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="244"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="246"/>
        <source>Your login name</source>
        <translation>Votre nom de connexion</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="247"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="250"/>
        <source>Empty: PGPASSWORD or ~/.pgpass</source>
        <translation>Vide&#xa0;: PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="251"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="252"/>
        <source>&amp;Remember the password in the keychain</source>
        <translation>Mémoriser le mot de passe dans le &amp;trousseau</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="296"/>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="315"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de données SQLite (*.sqlite *.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="318"/>
        <source>New node database</source>
        <translation>Base de données du nouveau nœud</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="320"/>
        <source>Open a node database</source>
        <translation>Ouvrir la base de données d&apos;un nœud</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="333"/>
        <source>Choose a file for the new node&apos;s database.</source>
        <translation>Choisissez un fichier pour la base de données du nouveau nœud.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="334"/>
        <source>Choose the database file of an existing node.</source>
        <translation>Choisissez le fichier de base de données d&apos;un nœud existant.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="337"/>
        <source>There is no file %1. Choose the database file of an existing node, or create a new node.</source>
        <translation>Le fichier %1 n&apos;existe pas. Choisissez le fichier de base de données d&apos;un nœud existant, ou créez un nouveau nœud.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="342"/>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 est un dossier&#xa0;; choisissez un fichier.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="351"/>
        <source>Enter the host name of the PostgreSQL server.</source>
        <translation>Saisissez le nom d&apos;hôte du serveur PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="353"/>
        <source>Enter the name of the PostgreSQL database.</source>
        <translation>Saisissez le nom de la base de données PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="365"/>
        <source>Enter a name for the new node.</source>
        <translation>Saisissez un nom pour le nouveau nœud.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="380"/>
        <source>Creating the node in %1...</source>
        <translation>Création du nœud dans %1...</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="394"/>
        <source>%1 already holds an s15n node, which is never created twice. To use it, choose &quot;Open an existing node&quot;.</source>
        <translation>%1 contient déjà un nœud s15n, qui n&apos;est jamais créé deux fois. Pour l&apos;utiliser, choisissez «&#xa0;Ouvrir un nœud existant&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="397"/>
        <source>Could not create the node: %1</source>
        <translation>Impossible de créer le nœud&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="415"/>
        <source>Opening %1...</source>
        <translation>Ouverture de %1...</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="420"/>
        <source>Cancelled: no node was opened.</source>
        <translation>Annulé&#xa0;: aucun nœud n&apos;a été ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="421"/>
        <source>Could not open the node: %1</source>
        <translation>Impossible d&apos;ouvrir le nœud&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="460"/>
        <source>The node was created, but its password could not be kept: %1 Open it with &quot;Remember the password&quot; unticked, or after unlocking the keyring.</source>
        <translation>Le nœud a été créé, mais son mot de passe n&apos;a pas pu être conservé&#xa0;: %1 Ouvrez-le avec «&#xa0;Mémoriser le mot de passe&#xa0;» décoché, ou après avoir déverrouillé le trousseau.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="464"/>
        <source>The node opens, but its password could not be kept: %1 Untick &quot;Remember the password&quot;, or unlock the keyring, and open it again.</source>
        <translation>Le nœud s&apos;ouvre, mais son mot de passe n&apos;a pas pu être conservé&#xa0;: %1 Décochez «&#xa0;Mémoriser le mot de passe&#xa0;», ou déverrouillez le trousseau, puis ouvrez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="481"/>
        <source>The node in %1 is ready.</source>
        <translation>Le nœud situé dans %1 est prêt.</translation>
    </message>
</context>
<context>
    <name>s15n::ui::JobDialog</name>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="48"/>
        <source>Add a job for %1</source>
        <translation>Ajouter une tâche pour %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="55"/>
        <source>Edit job %1 of %2</source>
        <translation>Modifier la tâche %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="66"/>
        <source>A sync round with &apos;%1&apos; at the start time, then again and again at this interval. &apos;s15n serve&apos; runs the scheduled rounds on this node&apos;s database; Run now runs one here.</source>
        <translation>Un cycle de synchronisation avec «&#xa0;%1&#xa0;» à l&apos;heure de début, puis de nouveau à cet intervalle, encore et encore. «&#xa0;s15n serve&#xa0;» exécute les cycles planifiés sur la base de données de ce nœud&#xa0;; Exécuter maintenant en exécute un ici.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="76"/>
        <source>Enabled: the rounds run as scheduled</source>
        <translation>Activée&#xa0;: les cycles s&apos;exécutent comme prévu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="90"/>
        <source>The first round (local time); later rounds follow at the interval.</source>
        <translation>Le premier cycle (heure locale)&#xa0;; les cycles suivants ont lieu à l&apos;intervalle indiqué.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="91"/>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="94"/>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="100"/>
        <source>No round starts at or after this time (local time).</source>
        <translation>Aucun cycle ne démarre à partir de cette heure (heure locale).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="111"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="116"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="118"/>
        <source>Rounds in all; 0 = no limit.</source>
        <translation>Nombre total de cycles&#xa0;; 0 = sans limite.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="119"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répétitions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="129"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="129"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="129"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="129"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="142"/>
        <source>The time between the starts of two rounds.</source>
        <translation>Le temps entre les débuts de deux cycles.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="144"/>
        <source>E&amp;very:</source>
        <translation>&amp;Intervalle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="146"/>
        <source>A round still going after this is aborted and rolled back to its last checkpoint.</source>
        <translation>Un cycle encore en cours après ce délai est interrompu et ramené à son dernier point de reprise.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="149"/>
        <source>&amp;Timeout:</source>
        <translation>Délai ma&amp;ximal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="235"/>
        <source>The end (%1) must be after the start (%2). Choose a later end, or clear Until for no end.</source>
        <translation>La fin (%1) doit être postérieure au début (%2). Choisissez une fin plus tardive, ou décochez «&#xa0;Jusqu&apos;au&#xa0;» pour ne fixer aucune fin.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="240"/>
        <source>Every must be at least 1 second.</source>
        <translation>L&apos;intervalle doit être d&apos;au moins 1 seconde.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="242"/>
        <source>The timeout must be at least 1 second.</source>
        <translation>Le délai maximal doit être d&apos;au moins 1 seconde.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="245"/>
        <source>Every must be at most %1 days.</source>
        <translation>L&apos;intervalle doit être d&apos;au plus %1 jours.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="247"/>
        <source>The timeout must be at most %1 days.</source>
        <translation>Le délai maximal doit être d&apos;au plus %1 jours.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="278"/>
        <source>Job %1 changed: every %2 from %3.</source>
        <translation>Tâche %1 modifiée&#xa0;: toutes les %2 à partir du %3.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="279"/>
        <source>Job %1 added: every %2 from %3.</source>
        <translation>Tâche %1 ajoutée&#xa0;: toutes les %2 à partir du %3.</translation>
    </message>
</context>
<context>
    <name>s15n::ui::JobModel</name>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="149"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="149"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="153"/>
        <source>No end</source>
        <translation>Sans fin</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="155"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="164"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="167"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="171"/>
        <source>Running since %1</source>
        <translation>En cours depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="174"/>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="177"/>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="178"/>
        <source>Due now</source>
        <translation>À exécuter maintenant</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="192"/>
        <source>No run starts at or after %1.</source>
        <translation>Aucune exécution ne démarre à partir du %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="195"/>
        <source>Runs in all; then the job is finished.</source>
        <translation>Nombre total d&apos;exécutions&#xa0;; ensuite, la tâche est terminée.</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="197"/>
        <source>A run still going after this is aborted and rolled back to its last checkpoint.</source>
        <translation>Une exécution encore en cours après ce délai est interrompue et ramenée à son dernier point de reprise.</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="202"/>
        <source>Scheduled runs are made by &apos;s15n serve&apos; (its worker) on this node&apos;s database; Run now runs one here.</source>
        <translation>Les exécutions planifiées sont effectuées par «&#xa0;s15n serve&#xa0;» (son processus d&apos;exécution) sur la base de données de ce nœud&#xa0;; Exécuter maintenant en exécute une ici.</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="221"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="223"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="225"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="227"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="229"/>
        <source>Repeat</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="231"/>
        <source>Every</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="233"/>
        <source>Timeout</source>
        <translation>Délai maximal</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="235"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="237"/>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="239"/>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
</context>
<context>
    <name>s15n::ui::KeywordNames</name>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="22"/>
        <source>pull</source>
        <extracomment>A log entry&apos;s mode: a step that brought changes from the other node.</extracomment>
        <translation>récupération</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="24"/>
        <source>push</source>
        <extracomment>A log entry&apos;s mode: a step that sent changes to the other node.</extracomment>
        <translation>envoi</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="29"/>
        <source>incoming</source>
        <extracomment>A log entry&apos;s direction: the rows came into this node&apos;s database.</extracomment>
        <translation>entrant</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="31"/>
        <source>outgoing</source>
        <extracomment>A log entry&apos;s direction: the rows went out of this node&apos;s database.</extracomment>
        <translation>sortant</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="39"/>
        <source>round</source>
        <extracomment>Log action: a whole sync round with a repository.</extracomment>
        <translation>cycle</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="41"/>
        <source>pull page</source>
        <extracomment>Log action: one page of changes received from the remote node.</extracomment>
        <translation>récupération de page</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="43"/>
        <source>push page</source>
        <extracomment>Log action: one page of this node&apos;s changes sent to the remote node.</extracomment>
        <translation>envoi de page</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="45"/>
        <source>register</source>
        <extracomment>Log action: this node registering at a remote node, or a node registering here.</extracomment>
        <translation>inscription</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="47"/>
        <source>clock</source>
        <extracomment>Log action: the clocks of the two nodes were compared (a warning when they differ).</extracomment>
        <translation>horloge</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="49"/>
        <source>retry failed</source>
        <extracomment>Log action: rows refused in an earlier round were tried again.</extracomment>
        <translation>nouvel essai des échecs</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="52"/>
        <source>resource</source>
        <extracomment>Log action: about one resource (table) of the round, e.g. skipped because the remote does not sync it.</extracomment>
        <translation>ressource</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="54"/>
        <source>job</source>
        <extracomment>Log action: a scheduled job ran (s15n serve&apos;s worker, or Run now).</extracomment>
        <translation>tâche planifiée</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="57"/>
        <source>changes</source>
        <extracomment>Log action: this node&apos;s pending changes were compared with the remote&apos;s.</extracomment>
        <translation>modifications</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="59"/>
        <source>push item</source>
        <extracomment>Log action: one changed record sent to the remote on its own (Changes page).</extracomment>
        <translation>envoi d&apos;une ligne</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="61"/>
        <source>push ours</source>
        <extracomment>Log action: this node&apos;s version sent to overwrite the remote&apos;s anyway (Changes page).</extracomment>
        <translation>envoi de la version locale</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="63"/>
        <source>take theirs</source>
        <extracomment>Log action: the remote&apos;s version taken here (Changes page).</extracomment>
        <translation>prise de la version distante</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="65"/>
        <source>resolve theirs</source>
        <extracomment>Log action: a held conflict settled with the remote&apos;s version.</extracomment>
        <translation>résolution par la version distante</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="67"/>
        <source>resolve ours</source>
        <extracomment>Log action: a held conflict settled with this node&apos;s version.</extracomment>
        <translation>résolution par la version locale</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="70"/>
        <source>serve</source>
        <extracomment>Log action: the server itself (e.g. a request it refused).</extracomment>
        <translation>service</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="72"/>
        <source>authenticate</source>
        <extracomment>Log action: the server checked a node&apos;s user name and password.</extracomment>
        <translation>authentification</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="74"/>
        <source>authorize</source>
        <extracomment>Log action: the server checked that a node may do what it asked.</extracomment>
        <translation>autorisation</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="76"/>
        <source>serve pull</source>
        <extracomment>Log action: the server sent a page of changes to a node that pulls.</extracomment>
        <translation>service de récupération</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="78"/>
        <source>serve push</source>
        <extracomment>Log action: the server received a page of changes from a node that pushes.</extracomment>
        <translation>service d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="80"/>
        <source>serve rows</source>
        <extracomment>Log action: the server sent the current state of rows a node asked for.</extracomment>
        <translation>service de lignes</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="82"/>
        <source>backup</source>
        <extracomment>Log action: the server wrote, or sent, a backup zip to seed a child.</extracomment>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="84"/>
        <source>restore</source>
        <extracomment>Log action: this node was seeded from its parent&apos;s backup zip.</extracomment>
        <translation>restauration</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="89"/>
        <source>create</source>
        <extracomment>A strategy operation: incoming changes may create records here.</extracomment>
        <translation>créer</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="91"/>
        <source>update</source>
        <extracomment>A strategy operation: incoming changes may update records here.</extracomment>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="93"/>
        <source>delete</source>
        <extracomment>A strategy operation: incoming changes may delete records here.</extracomment>
        <translation>supprimer</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="125"/>
        <source>Success</source>
        <extracomment>The result of a log entry or a job&apos;s last run.</extracomment>
        <translation>Réussite</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="128"/>
        <source>Warning</source>
        <extracomment>The result of a log entry or a job&apos;s last run.</extracomment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="131"/>
        <source>Error</source>
        <extracomment>The result of a log entry or a job&apos;s last run.</extracomment>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="134"/>
        <source>Fatal</source>
        <extracomment>The result of a log entry or a job&apos;s last run: the round could not go on at all.</extracomment>
        <translation>Erreur fatale</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="165"/>
        <source>Pull only</source>
        <extracomment>A resource&apos;s mode (s15n resource --mode pull).</extracomment>
        <translation>Récupération seule</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="168"/>
        <source>Push only</source>
        <extracomment>A resource&apos;s mode (s15n resource --mode push).</extracomment>
        <translation>Envoi seul</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="171"/>
        <source>Pull and push</source>
        <extracomment>A resource&apos;s mode (s15n resource --mode both).</extracomment>
        <translation>Récupération et envoi</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="198"/>
        <source>, </source>
        <extracomment>Between the operations of a strategy: &quot;create, update&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="207"/>
        <source>THIS</source>
        <extracomment>A policy (Sahana Eden&apos;s THIS): keep this node&apos;s version. Upper case like the others.</extracomment>
        <translation>CE NŒUD</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="210"/>
        <source>OTHER</source>
        <extracomment>A policy (Sahana Eden&apos;s OTHER): take the other node&apos;s version.</extracomment>
        <translation>AUTRE NŒUD</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="213"/>
        <source>NEWER</source>
        <extracomment>A policy (Sahana Eden&apos;s NEWER): the newer version wins.</extracomment>
        <translation>PLUS RÉCENT</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="217"/>
        <source>MASTER</source>
        <extracomment>A policy (Sahana Eden&apos;s MASTER): the version of the node that created the record wins.</extracomment>
        <translation>CRÉATEUR</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="221"/>
        <source>MANUAL</source>
        <extracomment>A conflict policy (MANUAL): an administrator settles the conflict on the Changes page.</extracomment>
        <translation>MANUEL</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="236"/>
        <source>Keep this node&apos;s version.</source>
        <translation>Conserver la version de ce nœud.</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="238"/>
        <source>Take the other node&apos;s version.</source>
        <translation>Prendre la version de l&apos;autre nœud.</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="240"/>
        <source>The newer version wins.</source>
        <translation>La version la plus récente l&apos;emporte.</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="242"/>
        <source>The version of the node that created the record wins.</source>
        <translation>La version du nœud qui a créé l&apos;enregistrement l&apos;emporte.</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="244"/>
        <source>Hold the conflict for an administrator to settle on the Changes page.</source>
        <translation>Mettre le conflit en attente pour qu&apos;un administrateur le règle sur la page Modifications.</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="256"/>
        <source>%1d</source>
        <extracomment>Days in a duration such as 1d2h30m (the short form s15n&apos;s CLI takes).</extracomment>
        <translation>%1 j</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="259"/>
        <source>%1h</source>
        <extracomment>Hours in a duration such as 1d2h30m.</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="262"/>
        <source>%1m</source>
        <extracomment>Minutes in a duration such as 1d2h30m.</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="265"/>
        <source>%1s</source>
        <extracomment>Seconds in a duration such as 1d2h30m5s.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="277"/>
        <source>%1%2</source>
        <extracomment>Joins the parts of a duration, larger unit first: 1h and 30m make 1h30m. Put a space between them if the units are words (&quot;1 h 30 min&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ListTable</name>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="111"/>
        <location filename="../ui/widgets/listtable.cpp" line="191"/>
        <source>Fit columns to the window</source>
        <translation>Ajuster les colonnes à la fenêtre</translation>
    </message>
</context>
<context>
    <name>s15n::ui::LogDetailsDialog</name>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="17"/>
        <source>Log Entry %1</source>
        <translation>Entrée de journal %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="21"/>
        <source>(none)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="31"/>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="37"/>
        <source>%1, reported by the remote node</source>
        <translation>%1, selon le nœud distant</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="39"/>
        <source>Entry:</source>
        <translation>Entrée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="40"/>
        <source>Time:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="41"/>
        <source>Repository:</source>
        <translation>Dépôt&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="42"/>
        <source>Peer node:</source>
        <translation>Nœud pair&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="43"/>
        <source>Resource:</source>
        <translation>Ressource&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="51"/>
        <source>%1 (%2)</source>
        <extracomment>A log entry&apos;s mode, direction or action: the words for people, then the keyword stored (as in the CSV export and `s15n log`).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="53"/>
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="55"/>
        <source>Direction:</source>
        <translation>Sens&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="57"/>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="59"/>
        <source>Result:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="60"/>
        <source>Received:</source>
        <translation>Reçues&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="61"/>
        <source>Applied:</source>
        <translation>Appliquées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="62"/>
        <source>Conflicts:</source>
        <translation>Conflits&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="63"/>
        <source>Skipped:</source>
        <translation>Ignorées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="64"/>
        <source>Failed:</source>
        <translation>En échec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="65"/>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="66"/>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="72"/>
        <source>No message</source>
        <translation>Aucun message</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="73"/>
        <source>Message:</source>
        <translation>Message&#xa0;:</translation>
    </message>
</context>
<context>
    <name>s15n::ui::LogModel</name>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="184"/>
        <source>%1 (remote)</source>
        <translation>%1 (côté distant)</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="207"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="262"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="264"/>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="266"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="268"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="270"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="272"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="274"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="276"/>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="278"/>
        <source>Applied</source>
        <translation>Appliquées</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="280"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="282"/>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="284"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="286"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="288"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="303"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="305"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="308"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="309"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>s15n::ui::LogPage</name>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="49"/>
        <source>&amp;Repository:</source>
        <translation>&amp;Dépôt&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="54"/>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="57"/>
        <source>Re&amp;sult:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="62"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="63"/>
        <source>Show entries whose message, action, resource, repository or peer contains this text</source>
        <translation>Afficher les entrées dont le message, l&apos;action, la ressource, le dépôt ou le pair contient ce texte</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="70"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="73"/>
        <source>Read the log again (F5)</source>
        <translation>Relire le journal (F5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="74"/>
        <source>&amp;Details...</source>
        <translation>Dé&amp;tails...</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="76"/>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Exporter en CSV...</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="78"/>
        <source>Save every entry that matches the filters as a CSV file</source>
        <translation>Enregistrer toutes les entrées correspondant aux filtres dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="136"/>
        <source>Cancel Export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="138"/>
        <source>Stop the export; no file is written</source>
        <translation>Arrêter l&apos;export&#xa0;; aucun fichier n&apos;est écrit</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="255"/>
        <source>All repositories</source>
        <translation>Tous les dépôts</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="314"/>
        <source>Export Log as CSV</source>
        <translation>Exporter le journal en CSV</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="315"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="357"/>
        <source>Exporting the log to %1...</source>
        <translation>Export du journal vers %1...</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="367"/>
        <source>Cancelling the export...</source>
        <translation>Annulation de l&apos;export...</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/logpage.cpp" line="373"/>
        <source>Exporting the log to %1: %n entries written...</source>
        <translation>
            <numerusform>Export du journal vers %1&#xa0;: %n entrée écrite...</numerusform>
            <numerusform>Export du journal vers %1&#xa0;: %n entrées écrites...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/logpage.cpp" line="387"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n entrée exportée vers %1.</numerusform>
            <numerusform>%n entrées exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="392"/>
        <source>Export cancelled: no file was written, and a file of that name was left as it was.</source>
        <translation>Export annulé&#xa0;: aucun fichier n&apos;a été écrit, et un éventuel fichier de ce nom a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="400"/>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="438"/>
        <source>Cannot create the file %1: %2. Choose a folder where you may create files, and try again.</source>
        <translation>Impossible de créer le fichier %1&#xa0;: %2. Choisissez un dossier dans lequel vous pouvez créer des fichiers, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="348"/>
        <location filename="../ui/pages/logpage.cpp" line="455"/>
        <source>Cannot export the log to %1: %2. Nothing was written; try again once the database can be read.</source>
        <translation>Impossible d&apos;exporter le journal vers %1&#xa0;: %2. Rien n&apos;a été écrit&#xa0;; réessayez dès que la base de données peut être lue.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="428"/>
        <source>Cannot write the file %1: %2. Check that the disk is not full and that you may write there, then try again; an existing file of that name was left as it was.</source>
        <translation>Impossible d&apos;écrire le fichier %1&#xa0;: %2. Vérifiez que le disque n&apos;est pas plein et que vous avez le droit d&apos;y écrire, puis réessayez&#xa0;; un fichier existant de ce nom a été laissé tel quel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/logpage.cpp" line="522"/>
        <source>Showing the newest %n entries; scroll down for more.</source>
        <translation>
            <numerusform>Affichage de %n entrée, la plus récente&#xa0;; faites défiler vers le bas pour en voir davantage.</numerusform>
            <numerusform>Affichage des %n entrées les plus récentes&#xa0;; faites défiler vers le bas pour en voir davantage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/logpage.cpp" line="524"/>
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s15n::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>s15n administration</source>
        <translation>Administration de s15n</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>Could not open the node at %1: %2</source>
        <translation>Impossible d&apos;ouvrir le nœud situé dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>No node</source>
        <translation>Aucun nœud</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;About s15n</source>
        <translation>À &amp;propos de s15n</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>&lt;h3&gt;s15n %1&lt;/h3&gt;&lt;p&gt;s15n keeps the tables of SQLite and PostgreSQL databases in sync between nodes that are often offline. This application administers one node: its remote repositories, the tables it shares with them, when it syncs, and what happened.&lt;/p&gt;&lt;p&gt;Licence: not chosen yet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;s15n %1&lt;/h3&gt;&lt;p&gt;s15n maintient synchronisées les tables de bases de données SQLite et PostgreSQL entre des nœuds souvent hors ligne. Cette application administre un nœud&#xa0;: ses dépôts distants, les tables qu&apos;il partage avec eux, quand il se synchronise et ce qui s&apos;est passé.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: pas encore choisie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>About s15n</source>
        <translation>À propos de s15n</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>Opening %1 was cancelled. Open it again, open another node, or create a new one.</source>
        <translation>L&apos;ouverture de %1 a été annulée. Ouvrez-le de nouveau, ouvrez un autre nœud ou créez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>Check that the PostgreSQL server is running and can be reached from this computer, and the user name and password; then click Open to try again, or create a new node.</source>
        <translation>Vérifiez que le serveur PostgreSQL est en cours d&apos;exécution et joignable depuis cet ordinateur, ainsi que le nom d&apos;utilisateur et le mot de passe&#xa0;; cliquez ensuite sur Ouvrir pour réessayer, ou créez un nouveau nœud.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>Open the database file of an existing node, or create a new node.</source>
        <translation>Ouvrez le fichier de base de données d&apos;un nœud existant, ou créez un nouveau nœud.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <source>Repositories</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>Node %1, sync ID %2</source>
        <translation>Nœud %1, ID de synchronisation %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>Node %1
UUID %2
Database %3</source>
        <translation>Nœud %1
UUID %2
Base de données %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>%1 - s15n administration</source>
        <translation>%1 - Administration de s15n</translation>
    </message>
</context>
<context>
    <name>s15n::ui::OpeningPage</name>
    <message>
        <location filename="../ui/pages/openingpage.cpp" line="27"/>
        <source>Opening %1...</source>
        <translation>Ouverture de %1...</translation>
    </message>
    <message>
        <location filename="../ui/pages/openingpage.cpp" line="41"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/pages/openingpage.cpp" line="43"/>
        <source>Stop waiting, and open or create another node (Esc)</source>
        <translation>Cesser d&apos;attendre, et ouvrir ou créer un autre nœud (Échap)</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ParentDialog</name>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="61"/>
        <source>Define the parent</source>
        <translation>Définir le parent</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="76"/>
        <source>Seeds this node from its parent&apos;s backup and adds the parent as a repository. Do it once, on a new node: the parent&apos;s tables must not exist here yet, or be empty. The parent&apos;s administrator makes this node&apos;s account there (Add Child) and can download the backup for it.</source>
        <translation>Initialise ce nœud à partir de la sauvegarde de son parent et ajoute le parent comme dépôt. À faire une seule fois, sur un nouveau nœud&#xa0;: les tables du parent ne doivent pas encore exister ici, ou doivent être vides. L&apos;administrateur du parent crée le compte de ce nœud sur le parent (Ajouter un enfant) et peut y télécharger la sauvegarde qui lui est destinée.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="95"/>
        <source>https://parent.example:8471</source>
        <translation>https://parent.example:8471</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="96"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="97"/>
        <source>this node&apos;s account at the parent</source>
        <translation>le compte de ce nœud sur le parent</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="98"/>
        <source>The user name the parent&apos;s administrator made for this node with Add Child.</source>
        <translation>Le nom d&apos;utilisateur que l&apos;administrateur du parent a créé pour ce nœud avec Ajouter un enfant.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="100"/>
        <source>U&amp;ser name:</source>
        <translation>Nom d&apos;utili&amp;sateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="103"/>
        <source>Kept in %1, never in the database.</source>
        <translation>Conservé dans %1, jamais dans la base de données.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="104"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="107"/>
        <source>This node&apos;s name for the parent&apos;s repository: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. It cannot be changed later.</source>
        <translation>Le nom que ce nœud donne au dépôt du parent&#xa0;: de 1 à 64 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;». Il ne pourra plus être modifié.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="109"/>
        <source>Repository &amp;name:</source>
        <translation>&amp;Nom du dépôt&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="111"/>
        <source>needed only with a zip when the parent cannot be reached</source>
        <translation>nécessaire seulement avec un zip quand le parent est injoignable</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="112"/>
        <source>The parent&apos;s node UUID (&apos;s15n info&apos; on the parent, or its Settings page). Checked against the parent, and against the zip when the parent cannot be reached.</source>
        <translation>L&apos;UUID du nœud parent (&apos;s15n info&apos; sur le parent, ou sa page Paramètres). Vérifié auprès du parent, et auprès du zip quand le parent est injoignable.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="115"/>
        <source>Parent&apos;s UU&amp;ID:</source>
        <translation>UU&amp;ID du parent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="116"/>
        <source>none: the node&apos;s default proxy, if any</source>
        <translation>aucun&#xa0;: le proxy par défaut du nœud, s&apos;il y en a un</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="117"/>
        <source>http://HOST:PORT or socks5://HOST:PORT</source>
        <translation>http://HOST:PORT ou socks5://HOST:PORT</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="118"/>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="120"/>
        <source>none: the system&apos;s authorities</source>
        <translation>aucun&#xa0;: les autorités du système</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="121"/>
        <source>PEM file of the certificate authority (or the self-signed certificate) to trust for an https:// parent.</source>
        <translation>Fichier PEM de l&apos;autorité de certification (ou du certificat auto-signé) à approuver pour un parent en https://.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="123"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="128"/>
        <source>CA certificate</source>
        <translation>Certificat de l&apos;autorité de certification</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="129"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="135"/>
        <source>CA &amp;certificate:</source>
        <translation>&amp;Certificat de l&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="147"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="169"/>
        <source>&amp;Define parent</source>
        <translation>&amp;Définir le parent</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="179"/>
        <source>The backup</source>
        <translation>La sauvegarde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="181"/>
        <source>&amp;Fetch the backup from the parent</source>
        <translation>&amp;Télécharger la sauvegarde depuis le parent</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="183"/>
        <source>The parent writes a backup for this node&apos;s account and it is downloaded now: the parent must be reachable.</source>
        <translation>Le parent écrit une sauvegarde pour le compte de ce nœud, qui est téléchargée aussitôt&#xa0;: le parent doit être joignable.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="185"/>
        <source>Use a backup file I down&amp;loaded</source>
        <translation>Uti&amp;liser un fichier de sauvegarde que j&apos;ai téléchargé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="187"/>
        <source>The zip the parent&apos;s administrator downloaded for this node (Children page there, or &apos;s15n backup --for-child&apos;). Works while the parent cannot be reached; the first sync then checks it.</source>
        <translation>Le zip que l&apos;administrateur du parent a téléchargé pour ce nœud (page Enfants du parent, ou «&#xa0;s15n backup --for-child&#xa0;»). Fonctionne même si le parent est injoignable&#xa0;; la première synchronisation le vérifie ensuite.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="200"/>
        <source>the parent&apos;s backup zip</source>
        <translation>le zip de sauvegarde du parent</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="201"/>
        <source>Br&amp;owse...</source>
        <translation>Parc&amp;ourir...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="206"/>
        <source>The parent&apos;s backup</source>
        <translation>La sauvegarde du parent</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="207"/>
        <source>Backup zips (*.zip);;All files (*)</source>
        <translation>Zips de sauvegarde (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="266"/>
        <source>Stop; the database stays as it was.</source>
        <translation>Arrêter&#xa0;; la base de données reste telle qu&apos;elle était.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="284"/>
        <source>Give the parent&apos;s URL: http://HOST:PORT or https://HOST:PORT[/path].</source>
        <translation>Indiquez l&apos;URL du parent&#xa0;: http://HOST:PORT ou https://HOST:PORT[/path].</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="288"/>
        <source>Give the user name: the account the parent&apos;s administrator made for this node (Add Child).</source>
        <translation>Indiquez le nom d&apos;utilisateur&#xa0;: le compte que l&apos;administrateur du parent a créé pour ce nœud (Ajouter un enfant).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="293"/>
        <source>Give the password of the user &apos;%1&apos; at the parent.</source>
        <translation>Indiquez le mot de passe de l&apos;utilisateur «&#xa0;%1&#xa0;» sur le parent.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="301"/>
        <source>&apos;%1&apos; is not a node UUID (like 6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un UUID de nœud (comme 6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="311"/>
        <source>Choose the backup zip downloaded at the parent, or fetch the backup from the parent.</source>
        <translation>Choisissez le zip de sauvegarde téléchargé sur le parent, ou téléchargez la sauvegarde depuis le parent.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="314"/>
        <source>There is no file %1. Choose the backup zip downloaded at the parent.</source>
        <translation>Le fichier %1 n&apos;existe pas. Choisissez le zip de sauvegarde téléchargé sur le parent.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="356"/>
        <source>Parent defined, with warnings</source>
        <translation>Parent défini, avec des avertissements</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="356"/>
        <source>Parent defined</source>
        <translation>Parent défini</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="365"/>
        <source>Cancelled. %1</source>
        <translation>Annulé. %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="374"/>
        <source>Asking %1 who it is...</source>
        <translation>Demande d&apos;identification à %1...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="375"/>
        <source>Asking %1 who it is, then checking %2...</source>
        <translation>Demande d&apos;identification à %1, puis vérification de %2...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="387"/>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="390"/>
        <source>Asking the parent who it is...</source>
        <translation>Demande d&apos;identification au parent...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="392"/>
        <source>The parent writes the backup: %1</source>
        <translation>Le parent écrit la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="393"/>
        <source>The parent writes the backup...</source>
        <translation>Le parent écrit la sauvegarde...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="396"/>
        <source>Downloading the backup: %1 of %2</source>
        <translation>Téléchargement de la sauvegarde&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="398"/>
        <source>Downloading the backup: %1</source>
        <translation>Téléchargement de la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="400"/>
        <source>Checking the backup: %1</source>
        <translation>Vérification de la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="402"/>
        <source>Restoring: %1</source>
        <translation>Restauration&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="404"/>
        <source>The data is restored; registering this node at the parent...</source>
        <translation>Les données sont restaurées&#xa0;; inscription de ce nœud auprès du parent...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="414"/>
        <source>Table: %1</source>
        <translation>Table&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="427"/>
        <source>The data is restored and the repository stored; only the registration at the parent is left.</source>
        <translation>Les données sont restaurées et le dépôt enregistré&#xa0;; il ne reste que l&apos;inscription auprès du parent.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="439"/>
        <source>Seeded this node from the backup of parent &apos;%1&apos; (%2): %3 in %4.</source>
        <translation>Ce nœud a été initialisé à partir de la sauvegarde du parent «&#xa0;%1&#xa0;» (%2)&#xa0;: %3 dans %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/parentdialog.cpp" line="441"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/parentdialog.cpp" line="442"/>
        <source>%Ln table(s)</source>
        <translation>
            <numerusform>%Ln table</numerusform>
            <numerusform>%Ln tables</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="444"/>
        <source>Downloaded %1.</source>
        <translation>Téléchargé&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="446"/>
        <source>Created the tables %1.</source>
        <translation>Tables créées&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="448"/>
        <source>Kept this node&apos;s own sync settings of %1.</source>
        <translation>Les paramètres de synchronisation propres à ce nœud ont été conservés pour %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/parentdialog.cpp" line="451"/>
        <source>%Ln row(s) wait for rows of tables that are not in the backup.</source>
        <translation>
            <numerusform>%Ln ligne attend des lignes de tables qui ne sont pas dans la sauvegarde.</numerusform>
            <numerusform>%Ln lignes attendent des lignes de tables qui ne sont pas dans la sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="453"/>
        <source>Added repository &apos;%1&apos; (%2); its password is kept in %3.</source>
        <translation>Dépôt «&#xa0;%1&#xa0;» (%2) ajouté&#xa0;; son mot de passe est conservé dans %3.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="456"/>
        <source>The parent could not be reached; the zip comes from the parent UUID you gave, and this node registers there at its first sync.</source>
        <translation>Le parent est injoignable&#xa0;; le zip vient bien du parent dont vous avez indiqué l&apos;UUID, et ce nœud s&apos;y inscrira à sa première synchronisation.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="459"/>
        <source>This node is registered at the parent. Sync now brings what changed there since the backup.</source>
        <translation>Ce nœud est inscrit auprès du parent. Synchroniser maintenant apporte ce qui y a changé depuis la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="462"/>
        <source>This node is not registered at the parent yet: %1 On the Repositories page, select &apos;%2&apos; and press Register once the parent can be reached.</source>
        <translation>Ce nœud n&apos;est pas encore inscrit auprès du parent&#xa0;: %1 Sur la page Dépôts, sélectionnez «&#xa0;%2&#xa0;» et cliquez sur Inscrire dès que le parent est joignable.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="466"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="498"/>
        <source>Stopping; nothing will be changed...</source>
        <translation>Arrêt en cours&#xa0;; rien ne sera modifié...</translation>
    </message>
</context>
<context>
    <name>s15n::ui::RepositoriesPage</name>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="84"/>
        <source>The remote nodes this node syncs with. Add the parent with the user name and password its administrator made for this node; adding registers this node there.</source>
        <translation>Les nœuds distants avec lesquels ce nœud se synchronise. Ajoutez le parent avec le nom d&apos;utilisateur et le mot de passe que son administrateur a créés pour ce nœud&#xa0;; l&apos;ajout inscrit ce nœud auprès de lui.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="124"/>
        <source>&amp;Add...</source>
        <translation>&amp;Ajouter...</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="124"/>
        <source>Add a remote node to sync with.</source>
        <translation>Ajouter un nœud distant avec lequel se synchroniser.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="129"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="130"/>
        <source>Change the selected repository&apos;s URL, user, password, proxy...</source>
        <translation>Modifier, pour le dépôt sélectionné, l&apos;URL, l&apos;utilisateur, le mot de passe, le proxy...</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="131"/>
        <source>&amp;Remove...</source>
        <translation>&amp;Supprimer...</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="132"/>
        <source>Remove the selected repository and its stored password.</source>
        <translation>Supprimer le dépôt sélectionné et son mot de passe enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="133"/>
        <source>Re&amp;gister</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="134"/>
        <source>Register this node at the selected remote (when adding could not).</source>
        <translation>Inscrire ce nœud auprès du nœud distant sélectionné (si l&apos;ajout n&apos;a pas pu le faire).</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="44"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="46"/>
        <source>Synced with &apos;%1&apos; in %2: %3; %4.</source>
        <translation>Synchronisé avec «&#xa0;%1&#xa0;» en %2&#xa0;: %3&#xa0;; %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="48"/>
        <source>received %Ln row(s) (%1 applied here)</source>
        <translation>
            <numerusform>%Ln ligne reçue (appliquées ici&#xa0;: %1)</numerusform>
            <numerusform>%Ln lignes reçues (appliquées ici&#xa0;: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="51"/>
        <source>sent %Ln row(s) (%1 applied at the remote)</source>
        <translation>
            <numerusform>%Ln ligne envoyée (appliquées sur le nœud distant&#xa0;: %1)</numerusform>
            <numerusform>%Ln lignes envoyées (appliquées sur le nœud distant&#xa0;: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="55"/>
        <source>%Ln conflict(s) settled by the conflict policy.</source>
        <translation>
            <numerusform>%Ln conflit réglé par la politique de conflit.</numerusform>
            <numerusform>%Ln conflits réglés par la politique de conflit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="58"/>
        <source>%Ln conflict(s) wait for you on the Changes page.</source>
        <translation>
            <numerusform>%Ln conflit vous attend sur la page Modifications.</numerusform>
            <numerusform>%Ln conflits vous attendent sur la page Modifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="61"/>
        <source>%Ln row(s) refused by the strategy or the update policy.</source>
        <translation>
            <numerusform>%Ln ligne refusée par la stratégie ou la politique de mise à jour.</numerusform>
            <numerusform>%Ln lignes refusées par la stratégie ou la politique de mise à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="64"/>
        <source>%Ln row(s) wait for rows they refer to.</source>
        <translation>
            <numerusform>%Ln ligne attend des lignes auxquelles elle fait référence.</numerusform>
            <numerusform>%Ln lignes attendent des lignes auxquelles elles font référence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="67"/>
        <source>%Ln row(s) refused by the database; they are tried again next round.</source>
        <translation>
            <numerusform>%Ln ligne refusée par la base de données&#xa0;; elle sera retentée au prochain cycle.</numerusform>
            <numerusform>%Ln lignes refusées par la base de données&#xa0;; elles seront retentées au prochain cycle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="71"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="126"/>
        <source>Define &amp;Parent...</source>
        <translation>Définir le &amp;parent...</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="127"/>
        <source>Seed this new node from its parent&apos;s backup and add the parent as a repository.</source>
        <translation>Initialiser ce nouveau nœud à partir de la sauvegarde de son parent et ajouter le parent comme dépôt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="140"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="141"/>
        <location filename="../ui/pages/repositoriespage.cpp" line="274"/>
        <source>Sync with the selected repository now: pull its changes, then push this node&apos;s (Ctrl+Shift+S).</source>
        <translation>Synchroniser maintenant avec le dépôt sélectionné&#xa0;: récupérer ses modifications, puis envoyer celles de ce nœud (Ctrl+Maj+S).</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="154"/>
        <source>Stopping the sync with &apos;%1&apos;: rolling back to its last checkpoint...</source>
        <translation>Arrêt de la synchronisation avec «&#xa0;%1&#xa0;»&#xa0;: retour à son dernier point de reprise...</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="164"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="167"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="217"/>
        <source>Cannot read the repositories: %1</source>
        <translation>Impossible de lire les dépôts&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="273"/>
        <source>Waits until the job&apos;s round (Run now) ends.</source>
        <translation>Attend la fin du cycle de la tâche (Exécuter maintenant).</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="330"/>
        <source>Cannot edit the repository</source>
        <translation>Impossible de modifier le dépôt</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="331"/>
        <source>%1 Select a repository in the list first.</source>
        <translation>%1 Sélectionnez d&apos;abord un dépôt dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="344"/>
        <source>Remove repository</source>
        <translation>Supprimer le dépôt</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="345"/>
        <source>Remove the repository &apos;%1&apos; and its stored password? This node stops syncing with it; the remote keeps its data and its registration of this node.</source>
        <translation>Supprimer le dépôt «&#xa0;%1&#xa0;» et son mot de passe enregistré&#xa0;? Ce nœud cessera de se synchroniser avec lui&#xa0;; le nœud distant conserve ses données et l&apos;inscription de ce nœud.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="354"/>
        <source>Cannot remove the repository</source>
        <translation>Impossible de supprimer le dépôt</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="358"/>
        <source>Repository &apos;%1&apos; removed.</source>
        <translation>Dépôt «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="359"/>
        <source>Repository &apos;%1&apos; removed. %2</source>
        <translation>Dépôt «&#xa0;%1&#xa0;» supprimé. %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="375"/>
        <source>This node is registered at &apos;%1&apos; (%2).</source>
        <translation>Ce nœud est inscrit auprès de «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="383"/>
        <source>Registration at &apos;%1&apos; stopped.</source>
        <translation>Inscription auprès de «&#xa0;%1&#xa0;» interrompue.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="387"/>
        <location filename="../ui/pages/repositoriespage.cpp" line="394"/>
        <source>Registration failed</source>
        <translation>Échec de l&apos;inscription</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="391"/>
        <source>Registering this node at &apos;%1&apos;...</source>
        <translation>Inscription de ce nœud auprès de «&#xa0;%1&#xa0;»...</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="422"/>
        <source>Each step is on the Log page.</source>
        <translation>Chaque étape figure sur la page Journal.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="429"/>
        <source>The sync with &apos;%1&apos; was cancelled; what arrived up to its last checkpoint is kept, and the next round goes on from there.</source>
        <translation>La synchronisation avec «&#xa0;%1&#xa0;» a été annulée&#xa0;; ce qui est arrivé jusqu&apos;à son dernier point de reprise est conservé, et le prochain cycle reprendra à partir de là.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="435"/>
        <location filename="../ui/pages/repositoriespage.cpp" line="452"/>
        <source>The sync with &apos;%1&apos; failed: %2</source>
        <translation>La synchronisation avec «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="438"/>
        <location filename="../ui/pages/repositoriespage.cpp" line="454"/>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="448"/>
        <source>Syncing with &apos;%1&apos;: asking the remote...</source>
        <translation>Synchronisation avec «&#xa0;%1&#xa0;»&#xa0;: interrogation du nœud distant...</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="471"/>
        <source>Syncing with &apos;%1&apos;: </source>
        <translation>Synchronisation avec «&#xa0;%1&#xa0;»&#xa0;: </translation>
    </message>
</context>
<context>
    <name>s15n::ui::RepositoryDialog</name>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="35"/>
        <source>Add a repository</source>
        <translation>Ajouter un dépôt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="42"/>
        <source>Edit repository %1</source>
        <translation>Modifier le dépôt %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="47"/>
        <source>unchanged (the stored password)</source>
        <translation>inchangé (le mot de passe enregistré)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="74"/>
        <source>e.g. parent</source>
        <translation>p. ex. parent</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="75"/>
        <source>This node&apos;s name for the remote: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. It cannot be changed later.</source>
        <translation>Le nom que ce nœud donne au nœud distant&#xa0;: de 1 à 64 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;». Il ne pourra plus être modifié.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="78"/>
        <source>https://parent.example:8471</source>
        <translation>https://parent.example:8471</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="79"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="80"/>
        <source>the account made for this node there</source>
        <translation>le compte créé pour ce nœud sur le nœud distant</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="81"/>
        <source>U&amp;ser name:</source>
        <translation>Nom d&apos;utili&amp;sateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="84"/>
        <source>Kept in %1, never in the database.</source>
        <translation>Conservé dans %1, jamais dans la base de données.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="85"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="86"/>
        <source>none: the node&apos;s default proxy, if any</source>
        <translation>aucun&#xa0;: le proxy par défaut du nœud, s&apos;il y en a un</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="87"/>
        <source>http://HOST:PORT or socks5://HOST:PORT</source>
        <translation>http://HOST:PORT ou socks5://HOST:PORT</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="88"/>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="89"/>
        <source>Accept changes this remote pushes here</source>
        <translation>Accepter les modifications que ce nœud distant envoie ici</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="92"/>
        <source>optional: learnt from the remote</source>
        <translation>facultatif&#xa0;: obtenu auprès du nœud distant</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="93"/>
        <source>The remote node&apos;s UUID, if you know it: the remote must be that node.</source>
        <translation>L&apos;UUID du nœud distant, si vous le connaissez&#xa0;: le nœud distant doit être ce nœud.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="94"/>
        <source>Remote UU&amp;ID:</source>
        <translation>UU&amp;ID distant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="97"/>
        <source>none: the system&apos;s authorities</source>
        <translation>aucun&#xa0;: les autorités du système</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="98"/>
        <source>PEM file of the certificate authority (or the self-signed certificate) to trust for an https:// remote.</source>
        <translation>Fichier PEM de l&apos;autorité de certification (ou du certificat auto-signé) à approuver pour un nœud distant en https://.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="100"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="104"/>
        <source>CA certificate</source>
        <translation>Certificat de l&apos;autorité de certification</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="105"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="111"/>
        <source>CA &amp;certificate:</source>
        <translation>&amp;Certificat de l&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="116"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="125"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="202"/>
        <source>Give the remote&apos;s URL: http://HOST:PORT or https://HOST:PORT[/path].</source>
        <translation>Indiquez l&apos;URL du nœud distant&#xa0;: http://HOST:PORT ou https://HOST:PORT[/path].</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="207"/>
        <source>Give the user name: the account the remote&apos;s administrator made for this node.</source>
        <translation>Indiquez le nom d&apos;utilisateur&#xa0;: le compte que l&apos;administrateur du nœud distant a créé pour ce nœud.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="217"/>
        <source>&apos;%1&apos; is not a node UUID (like 123e4567-e89b-12d3-a456-426614174000); leave it empty to learn it from the remote.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un UUID de nœud (comme 123e4567-e89b-12d3-a456-426614174000)&#xa0;; laissez le champ vide pour l&apos;obtenir auprès du nœud distant.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="242"/>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="301"/>
        <source>Give the password of the user &apos;%1&apos; at the remote.</source>
        <translation>Indiquez le mot de passe de l&apos;utilisateur «&#xa0;%1&#xa0;» sur le nœud distant.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="259"/>
        <source>No password is stored for repository &apos;%1&apos;: type it.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour le dépôt «&#xa0;%1&#xa0;»&#xa0;: saisissez-le.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="267"/>
        <source>Stopped; the connection was not tested.</source>
        <translation>Arrêté&#xa0;; la connexion n&apos;a pas été testée.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="269"/>
        <source>Connected: the remote is node &apos;%1&apos; (%2).</source>
        <translation>Connecté&#xa0;: le nœud distant est le nœud «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="279"/>
        <source>Asking %1 who it is...</source>
        <translation>Demande d&apos;identification à %1...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="319"/>
        <source>Repository &apos;%1&apos; changed.</source>
        <translation>Dépôt «&#xa0;%1&#xa0;» modifié.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="334"/>
        <source>Added repository &apos;%1&apos;; its password is kept in %2.</source>
        <translation>Dépôt «&#xa0;%1&#xa0;» ajouté&#xa0;; son mot de passe est conservé dans %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="338"/>
        <source>This node is registered at &apos;%1&apos; (%2).</source>
        <translation>Ce nœud est inscrit auprès de «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="342"/>
        <source>This node is not registered at the remote yet: %1 Here: select the repository and press Register once the remote can be reached.</source>
        <translation>Ce nœud n&apos;est pas encore inscrit auprès du nœud distant&#xa0;: %1 Ici, sélectionnez le dépôt et cliquez sur Inscrire dès que le nœud distant est joignable.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="352"/>
        <source>Saving...</source>
        <translation>Enregistrement...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="353"/>
        <source>Asking %1 who it is, then adding and registering...</source>
        <translation>Demande d&apos;identification à %1, puis ajout et inscription...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="377"/>
        <source>Stopping...</source>
        <translation>Arrêt...</translation>
    </message>
</context>
<context>
    <name>s15n::ui::RepositoryModel</name>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="16"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="16"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="98"/>
        <source>(node default)</source>
        <translation>(valeur par défaut du nœud)</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="104"/>
        <source>(not known yet)</source>
        <translation>(encore inconnu)</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="109"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="123"/>
        <source>The node&apos;s default proxy (Settings page), if any.</source>
        <translation>Le proxy par défaut du nœud (page Paramètres), s&apos;il y en a un.</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="126"/>
        <source>This node is registered at the remote.</source>
        <translation>Ce nœud est inscrit auprès du nœud distant.</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="127"/>
        <source>Not registered at the remote yet: select it and press Register, or sync (a sync round registers first).</source>
        <translation>Pas encore inscrit auprès du nœud distant&#xa0;: sélectionnez-le et cliquez sur Inscrire, ou synchronisez (un cycle de synchronisation commence par l&apos;inscription).</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="140"/>
        <source>Trusts the certificates in %1.</source>
        <translation>Fait confiance aux certificats de %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="158"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="160"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="162"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="164"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="166"/>
        <source>Accepts pushes</source>
        <translation>Accepte les envois</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="168"/>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="170"/>
        <source>Remote UUID</source>
        <translation>UUID distant</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="172"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="174"/>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ResourceDialog</name>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="44"/>
        <source>%1, strategy %2, update %3, conflict %4</source>
        <translation>%1, stratégie %2, mise à jour %3, conflit %4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="61"/>
        <source>Add a resource from this node&apos;s tables</source>
        <translation>Ajouter une ressource à partir des tables de ce nœud</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="63"/>
        <source>The tables of this node&apos;s database that are not synced yet. The settings apply with every repository of this node.</source>
        <translation>Les tables de la base de données de ce nœud qui ne sont pas encore synchronisées. Les paramètres s&apos;appliquent avec chaque dépôt de ce nœud.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="78"/>
        <source>Add a resource from the catalogue of &apos;%1&apos;</source>
        <translation>Ajouter une ressource à partir du catalogue de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="88"/>
        <source>Edit resource %1</source>
        <translation>Modifier la ressource %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="92"/>
        <source>The UUID column of a resource cannot change; remove the resource and add it again to use another.</source>
        <translation>La colonne UUID d&apos;une ressource ne peut pas changer&#xa0;; supprimez la ressource et ajoutez-la de nouveau pour en utiliser une autre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="94"/>
        <source>These settings apply with every repository of this node.</source>
        <translation>Ces paramètres s&apos;appliquent avec chaque dépôt de ce nœud.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="113"/>
        <source>&amp;Table:</source>
        <translation>&amp;Table&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="116"/>
        <source>The column that identifies each row on every node. If the table has no such column, s15n adds it and gives every row a UUID.</source>
        <translation>La colonne qui identifie chaque ligne sur chaque nœud. Si la table n&apos;a pas de telle colonne, s15n l&apos;ajoute et attribue un UUID à chaque ligne.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="118"/>
        <source>&amp;UUID column:</source>
        <translation>Colonne &amp;UUID&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="124"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="134"/>
        <source>cr&amp;eate</source>
        <extracomment>Strategy check box: incoming changes may create records here (see KeywordNames &quot;create&quot;).</extracomment>
        <translation>c&amp;réer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="136"/>
        <source>upd&amp;ate</source>
        <extracomment>Strategy check box: incoming changes may update records here (see KeywordNames &quot;update&quot;).</extracomment>
        <translation>mettre à &amp;jour</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="138"/>
        <source>de&amp;lete</source>
        <extracomment>Strategy check box: incoming changes may delete records here (see KeywordNames &quot;delete&quot;).</extracomment>
        <translation>&amp;supprimer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="140"/>
        <source>Incoming changes may:</source>
        <translation>Les modifications entrantes peuvent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="144"/>
        <source>Who wins a plain update (%1 is for conflicts only).</source>
        <translation>Qui l&apos;emporte lors d&apos;une simple mise à jour (%1 est réservé aux conflits).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="150"/>
        <source>Who wins when both sides changed a record since they last agreed; %1 holds it for an administrator.</source>
        <translation>Qui l&apos;emporte lorsque les deux côtés ont modifié un enregistrement depuis leur dernier accord&#xa0;; %1 le met en attente pour un administrateur.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="268"/>
        <source>At the remote of &apos;%1&apos;: %2. Proposed here with its policies seen from this node (%3 and %4 swapped). The settings apply with every repository of this node.</source>
        <translation>Sur le nœud distant de «&#xa0;%1&#xa0;»&#xa0;: %2. Proposée ici avec ses politiques vues depuis ce nœud (%3 et %4 inversés). Les paramètres s&apos;appliquent avec chaque dépôt de ce nœud.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="147"/>
        <source>Update &amp;policy:</source>
        <translation>&amp;Politique de mise à jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="154"/>
        <source>C&amp;onflict policy:</source>
        <translation>Politique de &amp;conflit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="240"/>
        <source>%1 is a resource of this node already; change its settings with Edit.</source>
        <translation>%1 est déjà une ressource de ce nœud&#xa0;; modifiez ses paramètres avec Modifier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="243"/>
        <source>The table %1 does not exist in this node&apos;s database, so it cannot be synced here yet. Create it here with the same columns as at the remote, or seed this node from the parent&apos;s backup (a later version of s15n does that), then add it again.</source>
        <translation>La table %1 n&apos;existe pas dans la base de données de ce nœud&#xa0;; elle ne peut donc pas encore être synchronisée ici. Créez-la ici avec les mêmes colonnes que sur le nœud distant, ou initialisez ce nœud à partir de la sauvegarde du parent (une version ultérieure de s15n le permettra), puis ajoutez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="323"/>
        <source>The remote&apos;s catalogue lists no resources: nothing to add.</source>
        <translation>Le catalogue du nœud distant ne contient aucune ressource&#xa0;: rien à ajouter.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="324"/>
        <source>Every table of this node is a resource already: nothing to add.</source>
        <translation>Chaque table de ce nœud est déjà une ressource&#xa0;: rien à ajouter.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="327"/>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="357"/>
        <source>%1 Nothing was added.</source>
        <translation>%1 Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="330"/>
        <source>Give the UUID column: the column that identifies each row on every node (uuid if unsure; s15n adds it when missing).</source>
        <translation>Indiquez la colonne UUID&#xa0;: la colonne qui identifie chaque ligne sur chaque nœud (uuid en cas de doute&#xa0;; s15n l&apos;ajoute si elle manque).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="339"/>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="358"/>
        <source>%1 is now a resource (%2).</source>
        <translation>%1 est désormais une ressource (%2).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="360"/>
        <source>Added the column %1 to %2 and gave every row a UUID.</source>
        <translation>Colonne %1 ajoutée à %2 et UUID attribué à chaque ligne.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="368"/>
        <source>Adding %1: its UUID column if needed, the capture triggers, and its rows as changes to send...</source>
        <translation>Ajout de %1&#xa0;: sa colonne UUID si nécessaire, les déclencheurs de capture et ses lignes comme modifications à envoyer...</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ResourceModel</name>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="162"/>
        <source>Not asked yet</source>
        <translation>Pas encore interrogé</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="164"/>
        <source>Asking...</source>
        <translation>Interrogation...</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="166"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="168"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="168"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="181"/>
        <source>The column that identifies each row on every node.</source>
        <translation>La colonne qui identifie chaque ligne sur chaque nœud.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="183"/>
        <source>Changes come from remotes; this node&apos;s stay here.</source>
        <translation>Les modifications viennent des nœuds distants&#xa0;; celles de ce nœud restent ici.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="184"/>
        <source>This node&apos;s changes go to remotes; theirs do not come here.</source>
        <translation>Les modifications de ce nœud vont vers les nœuds distants&#xa0;; les leurs ne viennent pas ici.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="186"/>
        <source>Changes go both ways.</source>
        <translation>Les modifications circulent dans les deux sens.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="188"/>
        <source>What incoming changes may do here.</source>
        <translation>Ce que les modifications entrantes peuvent faire ici.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="190"/>
        <source>Plain updates: %1</source>
        <translation>Mises à jour simples&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="192"/>
        <source>Conflicts: %1</source>
        <translation>Conflits&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="195"/>
        <source>Select a repository in the list above: this column says whether its remote syncs each table too.</source>
        <translation>Sélectionnez un dépôt dans la liste ci-dessus&#xa0;: cette colonne indique si son nœud distant synchronise aussi chaque table.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="199"/>
        <source>The remote of &apos;%1&apos; is asked when this tab shows; &quot;Ask the remote&quot; asks it now.</source>
        <translation>Le nœud distant de «&#xa0;%1&#xa0;» est interrogé à l&apos;affichage de cet onglet&#xa0;; «&#xa0;Interroger le nœud distant&#xa0;» l&apos;interroge tout de suite.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="203"/>
        <source>Asking the remote of &apos;%1&apos; which tables it syncs...</source>
        <translation>Interrogation du nœud distant de «&#xa0;%1&#xa0;» sur les tables qu&apos;il synchronise...</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="205"/>
        <source>The remote of &apos;%1&apos; could not be asked: %2
&quot;Ask the remote&quot; asks again.</source>
        <translation>Le nœud distant de «&#xa0;%1&#xa0;» n&apos;a pas pu être interrogé&#xa0;: %2
«&#xa0;Interroger le nœud distant&#xa0;» l&apos;interroge de nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="211"/>
        <source>The remote of &apos;%1&apos; syncs this table too.</source>
        <translation>Le nœud distant de «&#xa0;%1&#xa0;» synchronise aussi cette table.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="212"/>
        <source>The remote of &apos;%1&apos; does not sync this table: rounds with it leave it out. Its administrator can add it there.</source>
        <translation>Le nœud distant de «&#xa0;%1&#xa0;» ne synchronise pas cette table&#xa0;: les cycles avec lui la laissent de côté. Son administrateur peut l&apos;y ajouter.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="229"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="231"/>
        <source>UUID column</source>
        <translation>Colonne UUID</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="233"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="235"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="237"/>
        <source>Update policy</source>
        <translation>Politique de mise à jour</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="239"/>
        <source>Conflict policy</source>
        <translation>Politique de conflit</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="241"/>
        <source>At the remote</source>
        <translation>Sur le nœud distant</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ResourceTableModel</name>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="74"/>
        <source>The table %1 has no column %2, which s15n uses to identify its rows. Check the resource on the Resources tab.</source>
        <translation>La table %1 n&apos;a pas de colonne %2, que s15n utilise pour identifier ses lignes. Vérifiez la ressource dans l&apos;onglet Ressources.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="82"/>
        <location filename="../ui/models/resourcetablemodel.cpp" line="100"/>
        <source>The table %1 cannot be read: %2</source>
        <translation>Impossible de lire la table %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="120"/>
        <source>The table %1 has no column %2.</source>
        <translation>La table %1 n&apos;a pas de colonne %2.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="123"/>
        <source>The table %1 has no column to search.</source>
        <translation>La table %1 n&apos;a aucune colonne dans laquelle chercher.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="154"/>
        <source>The filter cannot be applied: %1</source>
        <translation>Impossible d&apos;appliquer le filtre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="171"/>
        <location filename="../ui/models/resourcetablemodel.cpp" line="425"/>
        <source>a new row</source>
        <translation>une nouvelle ligne</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="174"/>
        <source>the row with %1 %2</source>
        <translation>la ligne dont %1 vaut %2</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="177"/>
        <source>deleting %1</source>
        <translation>la suppression de %1</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="254"/>
        <source>A new row of %1 is still empty: fill it in, or delete it. Nothing was saved.</source>
        <translation>Une nouvelle ligne de %1 est encore vide&#xa0;: remplissez-la ou supprimez-la. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="265"/>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/resourcetablemodel.cpp" line="326"/>
        <source>Nothing was saved: the %n change(s) before it were undone too.</source>
        <translation>
            <numerusform>Rien n&apos;a été enregistré&#xa0;: %n modification qui la précédait a également été annulée.</numerusform>
            <numerusform>Rien n&apos;a été enregistré&#xa0;: les %n modifications qui la précédaient ont également été annulées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="328"/>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="336"/>
        <source>The database refused %1 of %2: %3

%4 Your edits are still shown: correct the marked rows and submit again, or revert them.</source>
        <translation>La base de données a refusé %1 dans %2&#xa0;: %3

%4 Vos modifications sont toujours affichées&#xa0;: corrigez les lignes signalées et validez de nouveau, ou annulez-les.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="314"/>
        <location filename="../ui/models/resourcetablemodel.cpp" line="345"/>
        <source>Nothing was saved: %1

Your edits are still shown; submit again, or revert them.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: %1

Vos modifications sont toujours affichées&#xa0;; validez de nouveau, ou annulez-les.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="258"/>
        <source>The database is busy: a sync (or another program) is writing to it. Nothing was saved; your edits are still shown. Try again in a moment.</source>
        <translation>La base de données est occupée&#xa0;: une synchronisation (ou un autre programme) y écrit. Rien n&apos;a été enregistré&#xa0;; vos modifications sont toujours affichées. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="331"/>
        <source>%1

%2 Your edits are still shown: correct the marked rows and submit again, or revert them.

(The database said: %3)</source>
        <translation>%1

%2 Vos modifications sont toujours affichées&#xa0;: corrigez les lignes signalées et validez de nouveau, ou annulez-les.

(Message de la base de données&#xa0;: %3)</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="350"/>
        <source>The changes were saved, but the rows cannot be read again: %1</source>
        <translation>Les modifications ont été enregistrées, mais les lignes ne peuvent pas être relues&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="425"/>
        <source>A new row</source>
        <translation>Une nouvelle ligne</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="427"/>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="427"/>
        <source>row %1</source>
        <translation>la ligne %1</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="470"/>
        <source>%1&apos;s %2 %3</source>
        <extracomment>e.g. &quot;Row 3&apos;s code &apos;A&apos;&quot;</extracomment>
        <translation>%1&#xa0;: la valeur %3 de %2</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="488"/>
        <source>%1 is also the new %2 of %3, and the values of %2 must be unique: change one of them.</source>
        <translation>%1 est aussi la nouvelle valeur de %2 pour %3, et les valeurs de %2 doivent être uniques&#xa0;: modifiez l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="524"/>
        <source>%1 is already used by the row with %2 %3 (not among the rows shown), and the values of %4 must be unique: choose another value.</source>
        <translation>%1 est déjà utilisée par la ligne dont %2 vaut %3 (qui ne fait pas partie des lignes affichées), et les valeurs de %4 doivent être uniques&#xa0;: choisissez une autre valeur.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="536"/>
        <source>%1 is already used by %2, which is to change to %3 in the same submit. The database checks each row as it is written, so two rows cannot swap values in one submit: change one of them to a temporary value, submit, then set the final value.</source>
        <translation>%1 est déjà utilisée par %2, qui doit passer à %3 dans la même validation. La base de données vérifie chaque ligne au moment où elle est écrite&#xa0;; deux lignes ne peuvent donc pas échanger leurs valeurs en une seule validation&#xa0;: donnez d&apos;abord une valeur temporaire à l&apos;une d&apos;elles, validez, puis définissez la valeur finale.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="541"/>
        <source>%1 is already used by %2, and the values of %3 must be unique: choose another value.</source>
        <translation>%1 est déjà utilisée par %2, et les valeurs de %3 doivent être uniques&#xa0;: choisissez une autre valeur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/resourcetablemodel.cpp" line="597"/>
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>(%n octet)</numerusform>
            <numerusform>(%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="626"/>
        <source>Changed to NULL; not saved until you submit</source>
        <translation>Mise à NULL&#xa0;; non enregistrée tant que vous n&apos;avez pas validé</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="627"/>
        <source>Changed; not saved until you submit</source>
        <translation>Modifiée&#xa0;; non enregistrée tant que vous n&apos;avez pas validé</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="629"/>
        <source>Identifies the row on every node; it cannot be changed</source>
        <translation>Identifie la ligne sur chaque nœud&#xa0;; elle ne peut pas être modifiée</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="633"/>
        <source>NULL (no value)</source>
        <translation>NULL (aucune valeur)</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="670"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="672"/>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="680"/>
        <source>New row; stored when you submit</source>
        <translation>Nouvelle ligne&#xa0;; enregistrée lors de la validation</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="682"/>
        <source>Changed row; saved when you submit</source>
        <translation>Ligne modifiée&#xa0;; enregistrée lors de la validation</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="684"/>
        <source>Deleted when you submit</source>
        <translation>Supprimée lors de la validation</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="691"/>
        <source>Identifies each row on every node; read-only, filled in for new rows</source>
        <translation>Identifie chaque ligne sur chaque nœud&#xa0;; en lecture seule, renseignée pour les nouvelles lignes</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="693"/>
        <source>This node&apos;s own key for the row (other tables refer to it); leave it empty in a new row to have the database choose it</source>
        <translation>La clé propre à ce nœud pour la ligne (d&apos;autres tables y font référence)&#xa0;; laissez-la vide dans une nouvelle ligne pour que la base de données la choisisse</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="696"/>
        <source>Binary data; it cannot be edited here</source>
        <translation>Données binaires&#xa0;; elles ne peuvent pas être modifiées ici</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="699"/>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ResourcesTab</name>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="37"/>
        <source>Resources apply to every repository of this node: each table below is synced, with these settings, with every remote that syncs it too.</source>
        <translation>Les ressources s&apos;appliquent à chaque dépôt de ce nœud&#xa0;: chaque table ci-dessous est synchronisée, avec ces paramètres, avec chaque nœud distant qui la synchronise aussi.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="66"/>
        <source>Add from &amp;local tables...</source>
        <translation>Ajouter depuis les tables &amp;locales...</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="67"/>
        <source>Sync one of this node&apos;s tables that is not synced yet.</source>
        <translation>Synchroniser l&apos;une des tables de ce nœud qui n&apos;est pas encore synchronisée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="69"/>
        <source>Add from the remote&apos;s &amp;catalogue...</source>
        <translation>Ajouter depuis le &amp;catalogue du nœud distant...</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="70"/>
        <source>Ask the selected repository&apos;s remote which tables it syncs, and sync one of them here too.</source>
        <translation>Demander au nœud distant du dépôt sélectionné quelles tables il synchronise, et synchroniser l&apos;une d&apos;elles ici aussi.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="72"/>
        <source>Ed&amp;it...</source>
        <translation>Modi&amp;fier...</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="73"/>
        <source>Change the selected resource&apos;s mode, strategy and policies.</source>
        <translation>Modifier le mode, la stratégie et les politiques de la ressource sélectionnée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="74"/>
        <source>Remo&amp;ve...</source>
        <translation>Supp&amp;rimer...</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="75"/>
        <source>Stop syncing the selected table; its data stays.</source>
        <translation>Arrêter de synchroniser la table sélectionnée&#xa0;; ses données sont conservées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="185"/>
        <source>Cannot read the resources: %1</source>
        <translation>Impossible de lire les ressources&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="230"/>
        <source>Select a repository in the list above first.</source>
        <translation>Sélectionnez d&apos;abord un dépôt dans la liste ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="231"/>
        <source>Ask the remote of &apos;%1&apos; which tables it syncs, and sync one of them here too.</source>
        <translation>Demander au nœud distant de «&#xa0;%1&#xa0;» quelles tables il synchronise, et synchroniser l&apos;une d&apos;elles ici aussi.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="269"/>
        <location filename="../ui/pages/resourcestab.cpp" line="342"/>
        <source>Cannot read this node&apos;s tables: %1</source>
        <translation>Impossible de lire les tables de ce nœud&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="271"/>
        <location filename="../ui/pages/resourcestab.cpp" line="344"/>
        <source>Cannot add a resource</source>
        <translation>Impossible d&apos;ajouter une ressource</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="280"/>
        <source>Every table of this node&apos;s database is a resource already. Create the table in the database first, then add it here.</source>
        <translation>Chaque table de la base de données de ce nœud est déjà une ressource. Créez d&apos;abord la table dans la base de données, puis ajoutez-la ici.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="283"/>
        <source>No table to add</source>
        <translation>Aucune table à ajouter</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="300"/>
        <source>Stopped; the remote of &apos;%1&apos; was not asked.</source>
        <translation>Arrêté&#xa0;; le nœud distant de «&#xa0;%1&#xa0;» n&apos;a pas été interrogé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="307"/>
        <location filename="../ui/pages/resourcestab.cpp" line="318"/>
        <source>Cannot read the remote&apos;s catalogue</source>
        <translation>Impossible de lire le catalogue du nœud distant</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="314"/>
        <source>Asking the remote of &apos;%1&apos; which tables it syncs...</source>
        <translation>Interrogation du nœud distant de «&#xa0;%1&#xa0;» sur les tables qu&apos;il synchronise...</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="332"/>
        <source>The remote of &apos;%1&apos; syncs no tables yet: its administrator adds them there first.</source>
        <translation>Le nœud distant de «&#xa0;%1&#xa0;» ne synchronise encore aucune table&#xa0;: son administrateur doit d&apos;abord les y ajouter.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="336"/>
        <source>Nothing to add</source>
        <translation>Rien à ajouter</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/resourcestab.cpp" line="169"/>
        <location filename="../ui/pages/resourcestab.cpp" line="349"/>
        <source>The remote of &apos;%1&apos; syncs %n table(s).</source>
        <translation>
            <numerusform>Le nœud distant de «&#xa0;%1&#xa0;» synchronise %n table.</numerusform>
            <numerusform>Le nœud distant de «&#xa0;%1&#xa0;» synchronise %n tables.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="76"/>
        <source>Ask the re&amp;mote</source>
        <translation>Interroger le nœud &amp;distant</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="77"/>
        <source>Ask the selected repository&apos;s remote again which tables it syncs (the &quot;At the remote&quot; column).</source>
        <translation>Demander de nouveau au nœud distant du dépôt sélectionné quelles tables il synchronise (la colonne «&#xa0;Sur le nœud distant&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="362"/>
        <source>Cannot edit the resource</source>
        <translation>Impossible de modifier la ressource</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="363"/>
        <source>%1 Select a resource in the list first.</source>
        <translation>%1 Sélectionnez d&apos;abord une ressource dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="376"/>
        <source>Remove resource</source>
        <translation>Supprimer la ressource</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="377"/>
        <source>Stop syncing the table &apos;%1&apos; with every repository? Its capture triggers and s15n&apos;s records of it (changes waiting to be sent, versions, conflicts, cursors) are removed from this node. The table and its data stay; adding it again later sends all of its rows again.</source>
        <translation>Arrêter de synchroniser la table «&#xa0;%1&#xa0;» avec tous les dépôts&#xa0;? Ses déclencheurs de capture et les enregistrements que s15n conserve à son sujet (modifications en attente d&apos;envoi, versions, conflits, curseurs) sont supprimés de ce nœud. La table et ses données sont conservées&#xa0;; l&apos;ajouter de nouveau plus tard renverra toutes ses lignes.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="389"/>
        <location filename="../ui/pages/resourcestab.cpp" line="403"/>
        <source>Cannot remove the resource</source>
        <translation>Impossible de supprimer la ressource</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="393"/>
        <source>%1 is no longer synced; its data stays.</source>
        <translation>%1 n&apos;est plus synchronisée&#xa0;; ses données sont conservées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="399"/>
        <source>Removing the resource %1...</source>
        <translation>Suppression de la ressource %1...</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ScheduleTab</name>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="28"/>
        <source>Pulled %1 (applied %2, conflicts %3, skipped %4, failed %5); pushed %6 (applied %7, conflicts %8, skipped %9, failed %10).</source>
        <translation>%1 récupérées (%2 appliquées, %3 conflits, %4 ignorées, %5 en échec)&#xa0;; %6 envoyées (%7 appliquées, %8 conflits, %9 ignorées, %10 en échec).</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="75"/>
        <source>A&amp;dd job...</source>
        <translation>A&amp;jouter une tâche...</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="76"/>
        <source>Schedule sync rounds with the selected repository.</source>
        <translation>Planifier des cycles de synchronisation avec le dépôt sélectionné.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="77"/>
        <source>Edi&amp;t job...</source>
        <translation>Mo&amp;difier la tâche...</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="78"/>
        <source>Change the selected job&apos;s schedule.</source>
        <translation>Modifier la planification de la tâche sélectionnée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="79"/>
        <source>Remove jo&amp;b...</source>
        <translation>Supprimer la tâc&amp;he...</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="80"/>
        <source>Remove the selected job; the log keeps its past runs.</source>
        <translation>Supprimer la tâche sélectionnée&#xa0;; le journal conserve ses exécutions passées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="81"/>
        <source>Run &amp;now</source>
        <translation>E&amp;xécuter maintenant</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="82"/>
        <location filename="../ui/pages/scheduletab.cpp" line="169"/>
        <source>Run the selected job&apos;s sync round now, whether it is due or not.</source>
        <translation>Exécuter maintenant le cycle de synchronisation de la tâche sélectionnée, qu&apos;il soit arrivé à échéance ou non.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="92"/>
        <source>Stop the round; it is rolled back to its last checkpoint.</source>
        <translation>Arrêter le cycle&#xa0;; il est ramené à son dernier point de reprise.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="117"/>
        <source>Select a repository in the list above to see its scheduled jobs.</source>
        <translation>Sélectionnez un dépôt dans la liste ci-dessus pour voir ses tâches planifiées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="118"/>
        <source>Scheduled sync rounds with &apos;%1&apos;. &apos;s15n serve&apos; runs them when they are due (its worker, on this node&apos;s database); Run now runs one here.</source>
        <translation>Cycles de synchronisation planifiés avec «&#xa0;%1&#xa0;». «&#xa0;s15n serve&#xa0;» les exécute à leur échéance (son processus d&apos;exécution, sur la base de données de ce nœud)&#xa0;; Exécuter maintenant en exécute un ici.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="129"/>
        <source>Cannot read the jobs: %1</source>
        <translation>Impossible de lire les tâches planifiées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="168"/>
        <source>Waits until the sync with &apos;%1&apos; ends.</source>
        <translation>Attend la fin de la synchronisation avec «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="177"/>
        <source>Job %1 with &apos;%2&apos;: </source>
        <translation>Tâche %1 avec «&#xa0;%2&#xa0;»&#xa0;: </translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="223"/>
        <source>Cannot edit the job</source>
        <translation>Impossible de modifier la tâche</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="224"/>
        <source>%1 Select a job in the list first.</source>
        <translation>%1 Sélectionnez d&apos;abord une tâche dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="240"/>
        <location filename="../ui/pages/scheduletab.cpp" line="256"/>
        <source>Cannot remove the job</source>
        <translation>Impossible de supprimer la tâche</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="245"/>
        <source>Remove job</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="246"/>
        <source>Remove job %1 of &apos;%2&apos;? Its run in progress finishes; then it does not run again. The log keeps its past runs.</source>
        <translation>Supprimer la tâche %1 de «&#xa0;%2&#xa0;»&#xa0;? Son exécution en cours se termine, puis elle ne s&apos;exécutera plus. Le journal conserve ses exécutions passées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="248"/>
        <source>Remove job %1 of &apos;%2&apos;? Its scheduled rounds stop; the log keeps its past runs.</source>
        <translation>Supprimer la tâche %1 de «&#xa0;%2&#xa0;»&#xa0;? Ses cycles planifiés s&apos;arrêtent&#xa0;; le journal conserve ses exécutions passées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="260"/>
        <source>Job %1 removed.</source>
        <translation>Tâche %1 supprimée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="299"/>
        <source>Each step is on the Log page.</source>
        <translation>Chaque étape figure sur la page Journal.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="305"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="316"/>
        <location filename="../ui/pages/scheduletab.cpp" line="329"/>
        <source>Run now failed</source>
        <translation>Échec de l&apos;exécution immédiate</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="321"/>
        <source>Running job %1: a sync round with &apos;%2&apos;...</source>
        <translation>Exécution de la tâche %1&#xa0;: un cycle de synchronisation avec «&#xa0;%2&#xa0;»...</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="95"/>
        <source>Stopping job %1: rolling back to its last checkpoint...</source>
        <translation>Arrêt de la tâche %1&#xa0;: retour à son dernier point de reprise...</translation>
    </message>
</context>
<context>
    <name>s15n::ui::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="30"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="32"/>
        <source>Copy this node&apos;s UUID, e.g. for the parent&apos;s administrator</source>
        <translation>Copier l&apos;UUID de ce nœud, par exemple pour l&apos;administrateur du parent</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="38"/>
        <source>UUID:</source>
        <translation>UUID&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="42"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="46"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="47"/>
        <source>1 to %1; 1 is the parent (primary). None: not numbered.</source>
        <translation>1 à %1&#xa0;; 1 est le parent (principal). Aucun&#xa0;: non numéroté.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="49"/>
        <source>S&amp;ync ID:</source>
        <translation>&amp;ID de synchronisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="52"/>
        <source>none, or http://HOST:PORT or socks5://HOST:PORT</source>
        <translation>aucun, ou http://HOST:PORT ou socks5://HOST:PORT</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="53"/>
        <source>Used by repositories that have no proxy of their own</source>
        <translation>Utilisé par les dépôts qui n&apos;ont pas leur propre proxy</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="54"/>
        <source>Default &amp;proxy:</source>
        <translation>&amp;Proxy par défaut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="57"/>
        <source>127.0.0.1:%1</source>
        <translation>127.0.0.1:%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="58"/>
        <source>Where &apos;s15n serve&apos; answers peers, unless --listen says otherwise; 0.0.0.0:PORT for every interface</source>
        <translation>Adresse à laquelle «&#xa0;s15n serve&#xa0;» répond aux pairs, sauf si --listen en indique une autre&#xa0;; 0.0.0.0:PORT pour toutes les interfaces</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="60"/>
        <source>Serve on (address:port):</source>
        <translation>Servir sur (adresse:port)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="62"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="63"/>
        <source>TLS certificate:</source>
        <translation>Certificat TLS&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="64"/>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Clés PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="65"/>
        <source>TLS key:</source>
        <translation>Clé TLS&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="76"/>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="93"/>
        <source>none (plain HTTP)</source>
        <translation>non défini (HTTP simple)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="95"/>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="98"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="129"/>
        <source>The node needs a name: how other nodes and their administrators see it.</source>
        <translation>Le nœud a besoin d&apos;un nom&#xa0;: c&apos;est ainsi que les autres nœuds et leurs administrateurs le voient.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="150"/>
        <source>Could not save: %1</source>
        <translation>Impossible d&apos;enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="153"/>
        <source>Saved. &apos;s15n serve&apos; uses the new address and TLS files when it starts next.</source>
        <translation>Enregistré. «&#xa0;s15n serve&#xa0;» utilisera la nouvelle adresse et les nouveaux fichiers TLS à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>s15n::ui::StatusArea</name>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="148"/>
        <location filename="../ui/widgets/statusarea.cpp" line="157"/>
        <source>Serving: unknown</source>
        <translation>Service&#xa0;: inconnu</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="158"/>
        <source>The address to serve on in the settings (&apos;%1&apos;) is not ADDRESS:PORT.</source>
        <translation>L&apos;adresse de service indiquée dans les paramètres («&#xa0;%1&#xa0;») n&apos;est pas au format ADDRESS:PORT.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="181"/>
        <source>Asking %1...</source>
        <translation>Interrogation de %1...</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="182"/>
        <source>Checking whether s15n serve answers for this node at %1.</source>
        <translation>Vérification que s15n serve répond pour ce nœud à l&apos;adresse %1.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="222"/>
        <source>Something answers at %1, with a certificate that is not this node&apos;s</source>
        <translation>Quelque chose répond à l&apos;adresse %1, avec un certificat qui n&apos;est pas celui de ce nœud</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="226"/>
        <source>Not serving at %1</source>
        <translation>Pas de service à l&apos;adresse %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="227"/>
        <source>s15n serve is not running at %1: %2</source>
        <translation>s15n serve ne s&apos;exécute pas à l&apos;adresse %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="230"/>
        <source>nothing answered at %1 within %2 s.</source>
        <translation>rien n&apos;a répondu à l&apos;adresse %1 en %2 s.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="247"/>
        <source>Serving on %1</source>
        <translation>En service sur %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="248"/>
        <source>s15n serve answers for this node at %1.</source>
        <translation>s15n serve répond pour ce nœud à l&apos;adresse %1.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="251"/>
        <source>Not serving: another node answers at %1</source>
        <translation>Pas de service&#xa0;: un autre nœud répond à l&apos;adresse %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="252"/>
        <source>The server at %1 is node %2, not this node (%3): another node&apos;s s15n serve uses this node&apos;s address.</source>
        <translation>Le serveur à l&apos;adresse %1 est le nœud %2, et non ce nœud (%3)&#xa0;: le s15n serve d&apos;un autre nœud utilise l&apos;adresse de ce nœud.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="257"/>
        <location filename="../ui/widgets/statusarea.cpp" line="261"/>
        <source>Something answers at %1</source>
        <translation>Quelque chose répond à l&apos;adresse %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="258"/>
        <source>An s15n server answers at %1 but does not say which node it serves.</source>
        <translation>Un serveur s15n répond à l&apos;adresse %1 mais n&apos;indique pas quel nœud il sert.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="262"/>
        <source>The program answering at %1 is not s15n serve (HTTP %2).</source>
        <translation>Le programme qui répond à l&apos;adresse %1 n&apos;est pas s15n serve (HTTP %2).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="275"/>
        <source>Next run: unknown</source>
        <translation>Prochaine exécution&#xa0;: inconnue</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="293"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="301"/>
        <source>Syncing with %1 (since %2)</source>
        <translation>Synchronisation avec %1 (depuis %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="304"/>
        <source>No scheduled runs</source>
        <translation>Aucune exécution planifiée</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="306"/>
        <source>Next run: %1, due now</source>
        <translation>Prochaine exécution&#xa0;: %1, à exécuter maintenant</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="308"/>
        <source>Next run: %1 at %2</source>
        <translation>Prochaine exécution&#xa0;: %1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="312"/>
        <source>Scheduled runs:
%1</source>
        <translation>Exécutions planifiées&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="327"/>
        <source>%1 (runs when s15n serve runs)</source>
        <translation>%1 (s&apos;exécute quand s15n serve tourne)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="330"/>
        <source>Scheduled jobs are run by s15n serve (its worker), and it is not serving this node at %1. Start it on this node&apos;s database, e.g. &apos;s15n serve --db %2&apos; (or its systemd service, s15n-serve.service); until then no job runs. Run now on the Repositories page&apos;s Schedule tab, or Sync now, syncs once from here.</source>
        <translation>Les tâches planifiées sont exécutées par s15n serve (son processus d&apos;exécution), qui ne sert pas ce nœud à l&apos;adresse %1. Démarrez-le sur la base de données de ce nœud, par exemple «&#xa0;s15n serve --db %2&#xa0;» (ou son service systemd, s15n-serve.service)&#xa0;; d&apos;ici là, aucune tâche ne s&apos;exécute. Exécuter maintenant, dans l&apos;onglet Planification de la page Dépôts, ou Synchroniser maintenant synchronise une fois depuis ici.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="345"/>
        <source>Repositories: unknown</source>
        <translation>Dépôts&#xa0;: inconnus</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="350"/>
        <source>No repositories</source>
        <translation>Aucun dépôt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="361"/>
        <location filename="../ui/widgets/statusarea.cpp" line="362"/>
        <source>%1: never synced</source>
        <translation>%1&#xa0;: jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="369"/>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="371"/>
        <source>%1: %2 at %3</source>
        <translation>%1&#xa0;: %2 à %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="372"/>
        <source>%1: %2 at %3: %4</source>
        <translation>%1&#xa0;: %2 à %3&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/statusarea.cpp" line="376"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="379"/>
        <source>Last sync round:
%1</source>
        <translation>Dernier cycle de synchronisation&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>s15n::ui::TaskStatus</name>
    <message>
        <location filename="../ui/widgets/taskstatus.cpp" line="29"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/widgets/taskstatus.cpp" line="83"/>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <location filename="../ui/widgets/taskstatus.cpp" line="91"/>
        <source>Resources synced: %1 of %2.</source>
        <translation>Ressources synchronisées&#xa0;: %1 sur %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/taskstatus.cpp" line="103"/>
        <source>%n resource(s) synced.</source>
        <translation>
            <numerusform>%n ressource synchronisée.</numerusform>
            <numerusform>%n ressources synchronisées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/taskstatus.cpp" line="106"/>
        <source>%1: pulling page %2 (%Ln row(s) received so far)</source>
        <translation>
            <numerusform>%1&#xa0;: récupération de la page %2 (%Ln ligne reçue jusqu&apos;ici)</numerusform>
            <numerusform>%1&#xa0;: récupération de la page %2 (%Ln lignes reçues jusqu&apos;ici)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/taskstatus.cpp" line="110"/>
        <source>%1: nothing new to pull</source>
        <translation>%1&#xa0;: rien de nouveau à récupérer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/taskstatus.cpp" line="111"/>
        <source>%1: pulled, %Ln row(s) received</source>
        <translation>
            <numerusform>%1&#xa0;: récupération terminée, %Ln ligne reçue</numerusform>
            <numerusform>%1&#xa0;: récupération terminée, %Ln lignes reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/taskstatus.cpp" line="114"/>
        <source>%1: pushing page %2 (%Ln row(s) sent so far)</source>
        <translation>
            <numerusform>%1&#xa0;: envoi de la page %2 (%Ln ligne envoyée jusqu&apos;ici)</numerusform>
            <numerusform>%1&#xa0;: envoi de la page %2 (%Ln lignes envoyées jusqu&apos;ici)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/taskstatus.cpp" line="118"/>
        <source>%1: nothing to push</source>
        <translation>%1&#xa0;: rien à envoyer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/taskstatus.cpp" line="119"/>
        <source>%1: pushed, %Ln row(s) sent</source>
        <translation>
            <numerusform>%1&#xa0;: envoi terminé, %Ln ligne envoyée</numerusform>
            <numerusform>%1&#xa0;: envoi terminé, %Ln lignes envoyées</numerusform>
        </translation>
    </message>
</context>
</TS>
