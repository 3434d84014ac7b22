<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>s15n</name>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="33"/>
        <source>The settings of resource %1 are damaged.</source>
        <translation>La configuración del recurso %1 está dañada.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="27"/>
        <source>--mode is pull, push or both, not &apos;%1&apos;.</source>
        <translation>--mode admite pull, push o both, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="34"/>
        <source>--strategy is a comma-separated list of create, update, delete; &apos;%1&apos; is not.</source>
        <translation>--strategy admite una lista separada por comas de create, update, delete; &apos;%1&apos; no lo es.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="46"/>
        <source>--%1 is one of THIS, OTHER, NEWER, MASTER%2; &apos;%3&apos; is not.</source>
        <translation>--%1 admite THIS, OTHER, NEWER, MASTER%2; &apos;%3&apos; no lo es.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="48"/>
        <source>, MANUAL</source>
        <translation>, MANUAL</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychain.cpp" line="23"/>
        <source>The keychain (Secret Service) cannot be reached: %1. On a desktop, unlock your keyring; on a headless server, use PGPASSWORD or ~/.pgpass for the database.</source>
        <translation>No se puede acceder al llavero (Secret Service): %1. En un escritorio, desbloquee su llavero; en un servidor sin interfaz gráfica, use PGPASSWORD o ~/.pgpass para la base de datos.</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="102"/>
        <source>strategy does not allow delete</source>
        <translation>la estrategia no permite delete</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="107"/>
        <source>strategy does not allow create</source>
        <translation>la estrategia no permite create</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="111"/>
        <source>strategy does not allow update</source>
        <translation>la estrategia no permite update</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="133"/>
        <source>update policy THIS keeps the local copy</source>
        <translation>la política de actualización THIS conserva la copia local</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="136"/>
        <source>update policy MASTER: this node created the record</source>
        <translation>política de actualización MASTER: este nodo creó el registro</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="147"/>
        <source>deleted on both sides</source>
        <translation>eliminado en ambos lados</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="152"/>
        <source>conflict policy THIS</source>
        <translation>política de conflictos THIS</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="156"/>
        <source>conflict policy OTHER</source>
        <translation>política de conflictos OTHER</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="161"/>
        <source>conflict policy MASTER</source>
        <translation>política de conflictos MASTER</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="166"/>
        <source>conflict policy MASTER (creator not involved: newer wins)</source>
        <translation>política de conflictos MASTER (el creador no interviene: gana el más reciente)</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="170"/>
        <source>conflict policy NEWER</source>
        <translation>política de conflictos NEWER</translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="173"/>
        <source>conflict policy MANUAL: held for an administrator</source>
        <translation>política de conflictos MANUAL: retenido para un administrador</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="60"/>
        <source>job %1: %2 every %3 from %4</source>
        <translation>tarea programada %1: %2 cada %3 desde %4</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="63"/>
        <source> to %1</source>
        <translation> hasta %1</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="63"/>
        <source>, no end</source>
        <translation>, sin fin</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="64"/>
        <source>, %1 runs in all</source>
        <translation>, %1 ejecuciones en total</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="64"/>
        <source>, no run limit</source>
        <translation>, sin límite de ejecuciones</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="65"/>
        <source>, timeout %1</source>
        <translation>, tiempo límite %1</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="67"/>
        <source>; disabled</source>
        <translation>; desactivada</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="69"/>
        <source>; next run %1</source>
        <translation>; próxima ejecución %1</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="71"/>
        <source>; finished</source>
        <translation>; finalizada</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="85"/>
        <source>--%1 takes a duration like 30s, 15m, 2h, 1d, 1h30m or a number of seconds; &apos;%2&apos; is not one.</source>
        <translation>--%1 admite una duración como 30s, 15m, 2h, 1d, 1h30m o un número de segundos; &apos;%2&apos; no lo es.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="94"/>
        <source>--start takes &apos;now&apos; or a time like 2026-11-23T10:00 (local time), 2026-11-23T10:00Z (UTC) or 2026-11-23T10:00+02:00; &apos;%1&apos; is not one.</source>
        <translation>--start admite &apos;now&apos; o una hora como 2026-11-23T10:00 (hora local), 2026-11-23T10:00Z (UTC) o 2026-11-23T10:00+02:00; &apos;%1&apos; no lo es.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="106"/>
        <source>--end takes &apos;none&apos;, &apos;now&apos; or a time like 2026-11-23T18:00 (local time), 2026-11-23T18:00Z (UTC) or 2026-11-23T18:00+02:00; &apos;%1&apos; is not one.</source>
        <translation>--end admite &apos;none&apos;, &apos;now&apos; o una hora como 2026-11-23T18:00 (hora local), 2026-11-23T18:00Z (UTC) o 2026-11-23T18:00+02:00; &apos;%1&apos; no lo es.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="118"/>
        <source>--repeat takes a whole number of runs (0 = no limit); &apos;%1&apos; is not one.</source>
        <translation>--repeat admite un número entero de ejecuciones (0 = sin límite); &apos;%1&apos; no lo es.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="131"/>
        <source>&apos;%1&apos; is not a job ID (a number, see &apos;s15n job list&apos;).</source>
        <translation>&apos;%1&apos; no es un ID de tarea programada (un número, consulte &apos;s15n job list&apos;).</translation>
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
        <translation>No existe la tarea programada %1. Consulte &apos;s15n job list&apos;.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="44"/>
        <source>No sync round runner is set up.</source>
        <translation>No hay ningún ejecutor de rondas de sincronización configurado.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="48"/>
        <source>The sync round failed: %1</source>
        <translation>La ronda de sincronización falló: %1</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="50"/>
        <source>The sync round failed with an unknown exception.</source>
        <translation>La ronda de sincronización falló con una excepción desconocida.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="72"/>
        <source>Job %1 was aborted after %2 s (its timeout) and rolled back to its last checkpoint.</source>
        <translation>La tarea programada %1 se interrumpió tras %2 s (su tiempo límite) y se revirtió a su último punto de control.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="78"/>
        <source>Job %1 finished in %2.</source>
        <translation>La tarea programada %1 finalizó en %2.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="82"/>
        <source>Job %1 was cancelled after %2; it was rolled back to its last checkpoint and runs again when due.</source>
        <translation>La tarea programada %1 se canceló tras %2; se revirtió a su último punto de control y volverá a ejecutarse cuando corresponda.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="89"/>
        <source>Job %1 was stopped after %2 because s15n is stopping; it was rolled back to its last checkpoint and runs again when due.</source>
        <translation>La tarea programada %1 se detuvo tras %2 porque s15n se está deteniendo; se revirtió a su último punto de control y se ejecutará de nuevo cuando corresponda.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="95"/>
        <source>Job %1 failed after %2: %3</source>
        <translation>La tarea programada %1 falló tras %2: %3</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="50"/>
        <source>Cannot read the password of the repository &apos;%1&apos;: the keychain (Secret Service) cannot be reached.</source>
        <translation>No se puede leer la contraseña del repositorio &apos;%1&apos;: no se puede acceder al llavero (Secret Service).</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="54"/>
        <source>Cannot store the password of the repository &apos;%1&apos;: the keychain (Secret Service) cannot be reached.</source>
        <translation>No se puede guardar la contraseña del repositorio &apos;%1&apos;: no se puede acceder al llavero (Secret Service).</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="58"/>
        <source>Cannot forget the password of the repository &apos;%1&apos;: the keychain (Secret Service) cannot be reached.</source>
        <translation>No se puede olvidar la contraseña del repositorio &apos;%1&apos;: no se puede acceder al llavero (Secret Service).</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="63"/>
        <source>On a desktop, unlock your keyring and try again. On a server without one, set %1 to a file that only this user may read (for example %2) and run the command again. The keychain&apos;s own error shows with QT_LOGGING_RULES=&quot;s15n.secrets=true&quot;.</source>
        <translation>En un escritorio, desbloquee su llavero e inténtelo de nuevo. En un servidor sin llavero, defina %1 con la ruta de un archivo que solo este usuario pueda leer (por ejemplo %2) y vuelva a ejecutar el comando. El error propio del llavero se muestra con QT_LOGGING_RULES=&quot;s15n.secrets=true&quot;.</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="241"/>
        <source>Passwords are kept per node, but no node UUID was given.</source>
        <translation>Las contraseñas se guardan por nodo, pero no se indicó ningún UUID de nodo.</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="243"/>
        <source>The repository name is empty.</source>
        <translation>El nombre del repositorio está vacío.</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="58"/>
        <source>Wrong username or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="63"/>
        <source>There is no account named &apos;%1&apos;. &apos;s15n account list&apos; shows the accounts.</source>
        <translation>No existe ninguna cuenta llamada &apos;%1&apos;. &apos;s15n account list&apos; muestra las cuentas.</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="27"/>
        <source>The %1 file %2 does not exist or cannot be read.</source>
        <translation>El archivo de %1 %2 no existe o no se puede leer.</translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="154"/>
        <source>The metadata of row %1 in %2 is damaged.</source>
        <translation>Los metadatos de la fila %1 de %2 están dañados.</translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="179"/>
        <source>Row %1 of %2 refers in %3 to a row of %4 that does not exist; fix the data before exporting.</source>
        <translation>La fila %1 de %2 hace referencia en %3 a una fila de %4 que no existe; corrija los datos antes de exportar.</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesetup.cpp" line="49"/>
        <source>Cancelled, but undoing the node failed (%1); remove %2 or its s15n_ tables by hand.</source>
        <translation>Cancelado, pero no se pudo deshacer el nodo (%1); elimine %2 o sus tablas s15n_ manualmente.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="30"/>
        <source>an entry without a name</source>
        <translation>una entrada sin nombre</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="32"/>
        <source>an entry &quot;%1&quot; with a backslash in its path</source>
        <translation>una entrada &quot;%1&quot; con una barra invertida en su ruta</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="35"/>
        <source>an entry &quot;%1&quot; with an absolute path</source>
        <translation>una entrada &quot;%1&quot; con una ruta absoluta</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="38"/>
        <source>an entry name with control characters</source>
        <translation>un nombre de entrada con caracteres de control</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="42"/>
        <source>an entry &quot;%1&quot; that points outside its folder (..)</source>
        <translation>una entrada &quot;%1&quot; que apunta fuera de su carpeta (..)</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="44"/>
        <source>an entry &quot;%1&quot; that is a folder or has an empty path segment</source>
        <translation>una entrada &quot;%1&quot; que es una carpeta o tiene un segmento de ruta vacío</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="58"/>
        <source>The restore stopped because the disk holding the database is full (%1). Nothing was restored: the database is exactly as it was. Free some space and restore again.</source>
        <translation>La restauración se detuvo porque el disco que contiene la base de datos está lleno (%1). No se restauró nada: la base de datos está exactamente como estaba. Libere espacio y vuelva a restaurar.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="62"/>
        <source>The restore failed: %1 Nothing was restored: the database is exactly as it was.</source>
        <translation>La restauración falló: %1 No se restauró nada: la base de datos está exactamente como estaba.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="70"/>
        <source>The restore was cancelled. Nothing was restored: the database is exactly as it was.</source>
        <translation>Se canceló la restauración. No se restauró nada: la base de datos está exactamente como estaba.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="44"/>
        <source>The backup was cancelled.</source>
        <translation>Se canceló la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="92"/>
        <source>zip error %1 (is the disk full?)</source>
        <translation>error de zip %1 (¿está lleno el disco?)</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="93"/>
        <source>Cannot write the backup: %1</source>
        <translation>No se puede escribir la copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="37"/>
        <source>There is no child named &apos;%1&apos; here; &apos;s15n child list&apos; shows the children.</source>
        <translation>Aquí no hay ningún hijo llamado &apos;%1&apos;; &apos;s15n child list&apos; muestra los hijos.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="36"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="57"/>
        <location filename="../core/client/parentsetup.cpp" line="80"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="74"/>
        <source>Stopped while the parent wrote the backup.</source>
        <translation>Se detuvo mientras el padre escribía la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>s15n::AccountStore</name>
    <message>
        <location filename="../core/server/accountstore.cpp" line="88"/>
        <source>The account name is empty.</source>
        <translation>El nombre de la cuenta está vacío.</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="90"/>
        <source>The account name &apos;%1&apos; is longer than %2 characters.</source>
        <translation>El nombre de cuenta &apos;%1&apos; tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="94"/>
        <source>The account name &apos;%1&apos; may hold only letters A-Z and a-z, digits and . _ @ -</source>
        <translation>El nombre de cuenta &apos;%1&apos; solo puede contener letras A-Z y a-z, dígitos y . _ @ -</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="114"/>
        <location filename="../core/server/accountstore.cpp" line="223"/>
        <location filename="../core/server/accountstore.cpp" line="239"/>
        <source>Cannot read the accounts: %1</source>
        <translation>No se pueden leer las cuentas: %1</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="123"/>
        <location filename="../core/server/accountstore.cpp" line="157"/>
        <source>The password for &apos;%1&apos; is empty.</source>
        <translation>La contraseña de &apos;%1&apos; está vacía.</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="128"/>
        <source>An account named &apos;%1&apos; exists already; remove it first or change its password.</source>
        <translation>Ya existe una cuenta llamada &apos;%1&apos;; elimínela primero o cambie su contraseña.</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="145"/>
        <source>Cannot add the account &apos;%1&apos;: %2</source>
        <translation>No se puede añadir la cuenta &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="167"/>
        <source>Cannot change the password of &apos;%1&apos;: %2</source>
        <translation>No se puede cambiar la contraseña de &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="183"/>
        <source>Cannot change the account &apos;%1&apos;: %2</source>
        <translation>No se puede modificar la cuenta &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="199"/>
        <location filename="../core/server/accountstore.cpp" line="210"/>
        <source>Cannot remove the account &apos;%1&apos;: %2</source>
        <translation>No se puede eliminar la cuenta &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="201"/>
        <source>The account &apos;%1&apos; belongs to child &apos;%2&apos;: &apos;s15n child remove %3&apos; removes the child with its account.</source>
        <translation>La cuenta &apos;%1&apos; pertenece al hijo &apos;%2&apos;: &apos;s15n child remove %3&apos; elimina el hijo junto con su cuenta.</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="279"/>
        <source>Cannot check the password: %1</source>
        <translation>No se puede comprobar la contraseña: %1</translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="297"/>
        <source>The stored password of the account &apos;%1&apos; is damaged; set a new one with &apos;s15n account password %1&apos;.</source>
        <translation>La contraseña guardada de la cuenta &apos;%1&apos; está dañada; establezca una nueva con &apos;s15n account password %1&apos;.</translation>
    </message>
</context>
<context>
    <name>s15n::ApplyEngine</name>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="197"/>
        <source>Changes for &apos;%1&apos; arrived, but it is not a resource of this node. Add it with &apos;s15n resource add %1&apos; first.</source>
        <translation>Llegaron cambios para &apos;%1&apos;, pero no es un recurso de este nodo. Añádalo primero con &apos;s15n resource add %1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="213"/>
        <source>%1 is a push-only resource here: incoming changes are refused.</source>
        <translation>%1 es aquí un recurso de solo envío (push): se rechazan los cambios entrantes.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="219"/>
        <source>Row %1 of %2 carries a version dated %3, more than a day ahead of this node&apos;s clock: the sending node&apos;s clock is wrong. Correct it there; nothing from this page was applied.</source>
        <translation>La fila %1 de %2 contiene una versión con fecha %3, más de un día por delante del reloj de este nodo: el reloj del nodo emisor es incorrecto. Corríjalo allí; no se aplicó nada de esta página.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="228"/>
        <source>Row %1 of %2 has a field &apos;%3&apos;, which is not a column of %2 here (or is its local key or UUID column). Nothing from this page was applied.</source>
        <translation>La fila %1 de %2 tiene un campo &apos;%3&apos;, que aquí no es una columna de %2 (o es su clave local o su columna UUID). No se aplicó nada de esta página.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="235"/>
        <source>Row %1 of %2: field &apos;%3&apos; refers to %4, but here it is not a reference to that resource. Nothing from this page was applied.</source>
        <translation>Fila %1 de %2: el campo &apos;%3&apos; hace referencia a %4, pero aquí no es una referencia a ese recurso. No se aplicó nada de esta página.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="241"/>
        <source>Row %1 of %2: field &apos;%3&apos; must be a reference to %4. Nothing from this page was applied.</source>
        <translation>Fila %1 de %2: el campo &apos;%3&apos; debe ser una referencia a %4. No se aplicó nada de esta página.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="273"/>
        <source>These changes came from this very node; nothing to apply.</source>
        <translation>Estos cambios provienen de este mismo nodo; no hay nada que aplicar.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="275"/>
        <source>The changes do not say which node sent them.</source>
        <translation>Los cambios no indican qué nodo los envió.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="361"/>
        <source>skipped %1: %2</source>
        <translation>se omitió %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="366"/>
        <source>held %1: %2</source>
        <translation>se retuvo %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="375"/>
        <source>conflict on %1 kept ours: %2</source>
        <translation>conflicto en %1, se conservó la versión local (ours): %2</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="403"/>
        <source>failed %1: %2 (kept; tried again on the next round)</source>
        <translation>falló %1: %2 (se conserva; se reintentará en la próxima ronda)</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="410"/>
        <source>deletion of %1 waits until no rows refer to it</source>
        <translation>la eliminación de %1 espera hasta que ninguna fila haga referencia a ella</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="428"/>
        <source>conflict on %1 took theirs: %2</source>
        <translation>conflicto en %1, se aceptó la versión remota (theirs): %2</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="541"/>
        <source>Cannot keep row %1 of %2 aside.</source>
        <translation>No se puede apartar la fila %1 de %2.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="666"/>
        <source>dropped a row kept aside in %1: %2</source>
        <translation>se descartó una fila apartada en %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="739"/>
        <source>There is no held conflict %1. See &apos;s15n conflicts&apos;.</source>
        <translation>No existe ningún conflicto retenido %1. Consulte &apos;s15n conflicts&apos;.</translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="759"/>
        <source>The conflict could not be resolved.</source>
        <translation>No se pudo resolver el conflicto.</translation>
    </message>
</context>
<context>
    <name>s15n::BackupArchive</name>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="63"/>
        <source>The entry %1 of the backup %2 is damaged (zip error %3): download the backup again.</source>
        <translation>La entrada %1 de la copia de seguridad %2 está dañada (error de zip %3): descargue de nuevo la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="72"/>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="74"/>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="76"/>
        <source>The file %1 is empty, so it is not a backup (was the download interrupted?). Download the backup again.</source>
        <translation>El archivo %1 está vacío, así que no es una copia de seguridad (¿se interrumpió la descarga?). Descargue de nuevo la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="80"/>
        <source>%1 is an empty zip file, not an s15n backup (it has no %2).</source>
        <translation>%1 es un archivo zip vacío, no una copia de seguridad de s15n (no tiene %2).</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="88"/>
        <source>%1 is not a zip file, or it is damaged or truncated (was the download interrupted?). Download the backup again.</source>
        <translation>%1 no es un archivo zip, o está dañado o truncado (¿se interrumpió la descarga?). Descargue de nuevo la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="96"/>
        <source>The list of entries of %1 cannot be read: the zip is damaged. Download the backup again.</source>
        <translation>No se puede leer la lista de entradas de %1: el archivo zip está dañado. Descargue de nuevo la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="103"/>
        <source>%1 holds %2: it is not a backup made by s15n, and nothing was restored.</source>
        <translation>%1 contiene %2: no es una copia de seguridad hecha por s15n y no se restauró nada.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="106"/>
        <source>%1 holds the entry %2 twice: it is not a backup made by s15n, and nothing was restored.</source>
        <translation>%1 contiene dos veces la entrada %2: no es una copia de seguridad hecha por s15n y no se restauró nada.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="110"/>
        <source>The entry %1 of %2 is encrypted or compressed in a way s15n does not write: it is not a backup made by s15n.</source>
        <translation>La entrada %1 de %2 está cifrada o comprimida de una forma que s15n no usa: no es una copia de seguridad hecha por s15n.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="123"/>
        <source>%1 has no %2: it is not an s15n backup.</source>
        <translation>%1 no tiene %2: no es una copia de seguridad de s15n.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="126"/>
        <source>The %1 of %2 is too large to be an s15n manifest.</source>
        <translation>El archivo %1 de %2 es demasiado grande para ser un manifiesto de s15n.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="145"/>
        <source>The backup %1 lacks the entry %2 that its manifest names: it is incomplete. Download it again.</source>
        <translation>A la copia de seguridad %1 le falta la entrada %2 que nombra su manifiesto: está incompleta. Descárguela de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="149"/>
        <source>The entry %1 of %2 has %3 bytes, but its manifest says %4: the backup is damaged or was altered. Download it again.</source>
        <translation>La entrada %1 de %2 tiene %3 bytes, pero su manifiesto indica %4: la copia de seguridad está dañada o fue alterada. Descárguela de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="157"/>
        <source>The backup %1 holds an entry %2 that its manifest does not name: it was altered, and nothing was restored.</source>
        <translation>La copia de seguridad %1 contiene una entrada %2 que su manifiesto no nombra: fue alterada y no se restauró nada.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="177"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="197"/>
        <source>The entry %1 of %2 does not match its checksum in the manifest: the backup is damaged or was altered. Download it again.</source>
        <translation>La entrada %1 de %2 no coincide con su suma de comprobación del manifiesto: la copia de seguridad está dañada o fue alterada. Descárguela de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuparchive.cpp" line="208"/>
        <source>The backup %1 lacks the entry %2: it is incomplete.</source>
        <translation>A la copia de seguridad %1 le falta la entrada %2: está incompleta.</translation>
    </message>
</context>
<context>
    <name>s15n::BackupJobs</name>
    <message>
        <location filename="../core/server/backupjobs.cpp" line="124"/>
        <source>This server is writing %1 backups already; ask again in a few minutes.</source>
        <translation>Este servidor ya está escribiendo %1 copias de seguridad; vuelva a pedirla dentro de unos minutos.</translation>
    </message>
    <message>
        <location filename="../core/server/backupjobs.cpp" line="129"/>
        <source>Cannot make a folder for the backup in %1: %2</source>
        <translation>No se puede crear una carpeta para la copia de seguridad en %1: %2</translation>
    </message>
</context>
<context>
    <name>s15n::BackupManifest</name>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="490"/>
        <source>The backup&apos;s manifest is not valid: %1</source>
        <translation>El manifiesto de la copia de seguridad no es válido: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="493"/>
        <source>format %1 is not supported</source>
        <translation>el formato %1 no es compatible</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="495"/>
        <source>it names no parent node</source>
        <translation>no indica ningún nodo padre</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="497"/>
        <source>it has no creation time</source>
        <translation>no tiene fecha de creación</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="503"/>
        <source>the table name &quot;%1&quot; is not a plain identifier</source>
        <translation>el nombre de tabla &quot;%1&quot; no es un identificador simple</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="505"/>
        <source>&quot;%1&quot; is one of s15n&apos;s own tables</source>
        <translation>&quot;%1&quot; es una de las tablas propias de s15n</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="507"/>
        <source>the table %1 is named twice</source>
        <translation>la tabla %1 aparece dos veces</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="510"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="513"/>
        <source>the entry of %1 must be %2, not &quot;%3&quot;</source>
        <translation>la entrada de %1 debe ser %2, no &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="515"/>
        <source>the checksum of %1 is not a SHA-256</source>
        <translation>la suma de comprobación de %1 no es un SHA-256</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="517"/>
        <source>the counts of %1 are negative</source>
        <translation>los recuentos de %1 son negativos</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="521"/>
        <source>the column name &quot;%1&quot; of %2 is not a plain identifier</source>
        <translation>el nombre de columna &quot;%1&quot; de %2 no es un identificador simple</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="524"/>
        <source>the column %1 of %2 is named twice</source>
        <translation>la columna %1 de %2 aparece dos veces</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="527"/>
        <source>the column %1 of %2 has no type</source>
        <translation>la columna %1 de %2 no tiene tipo</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="529"/>
        <source>the type &quot;%1&quot; of %2.%3 is not a plain type name</source>
        <translation>el tipo &quot;%1&quot; de %2.%3 no es un nombre de tipo simple</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="534"/>
        <source>the reference of %1.%2 does not name a table and column</source>
        <translation>la referencia de %1.%2 no indica una tabla y una columna</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="538"/>
        <source>%1.%2 names a referenced table but is not a reference</source>
        <translation>%1.%2 indica una tabla referenciada, pero no es una referencia</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="540"/>
        <source>the default of %1.%2 is not a plain literal</source>
        <translation>el valor predeterminado de %1.%2 no es un literal simple</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="547"/>
        <source>the index name &quot;%1&quot; of %2 is not a plain identifier of its own</source>
        <translation>el nombre de índice &quot;%1&quot; de %2 no es un identificador simple propio</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="551"/>
        <source>the index name %1 is used twice</source>
        <translation>el nombre de índice %1 se usa dos veces</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="557"/>
        <source>an index of %1 names &quot;%2&quot;, which is not one of its columns (or twice)</source>
        <translation>un índice de %1 nombra &quot;%2&quot;, que no es una de sus columnas (o lo nombra dos veces)</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="565"/>
        <source>the UUID column &quot;%1&quot; is not a column of %2</source>
        <translation>la columna UUID &quot;%1&quot; no es una columna de %2</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="568"/>
        <source>the UUID column of %1 cannot be a reference</source>
        <translation>la columna UUID de %1 no puede ser una referencia</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="572"/>
        <source>the key column &quot;%1&quot; of %2 is not an integer column</source>
        <translation>la columna de clave &quot;%1&quot; de %2 no es una columna de enteros</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="575"/>
        <source>the key and UUID columns of %1 are the same</source>
        <translation>la columna de clave y la columna UUID de %1 son la misma</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="580"/>
        <source>the index name %1 is also a table&apos;s</source>
        <translation>el nombre de índice %1 es también el de una tabla</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="662"/>
        <source>manifest.xml is empty.</source>
        <translation>manifest.xml está vacío.</translation>
    </message>
</context>
<context>
    <name>s15n::BackupRestorer</name>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="181"/>
        <source>This backup comes from node %1 (%2), not from the parent %3 you set: download the backup from %3.</source>
        <translation>Esta copia de seguridad procede del nodo %1 (%2), no del padre %3 que usted indicó: descargue la copia de seguridad de %3.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="185"/>
        <source>This backup was made by this very node (%1): a node is never seeded from its own backup. Restore it on a child, which keeps its own UUID.</source>
        <translation>Esta copia de seguridad la hizo este mismo nodo (%1): un nodo nunca se inicializa a partir de su propia copia de seguridad. Restáurela en un hijo, que conserva su propio UUID.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="237"/>
        <source>%1 is a resource here with the UUID column %2, but the parent&apos;s uses %3. Remove the resource here (&apos;s15n resource remove %1&apos;) so the restore can set it up as the parent has it.</source>
        <translation>%1 es aquí un recurso con la columna UUID %2, pero el del padre usa %3. Elimine aquí el recurso (&apos;s15n resource remove %1&apos;) para que la restauración pueda configurarlo como lo tiene el padre.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="254"/>
        <source>The table %1 here already holds rows: a backup only seeds tables that hold none yet, so nothing was restored. Empty %1, or restore on a node without that data.</source>
        <translation>La tabla %1 ya contiene filas aquí: una copia de seguridad solo inicializa tablas que aún no tienen ninguna, así que no se restauró nada. Vacíe %1 o restaure en un nodo sin esos datos.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="260"/>
        <source>%1 is a resource here, but its table is missing. Remove the resource (&apos;s15n resource remove %1&apos;) and restore again.</source>
        <translation>%1 es aquí un recurso, pero falta su tabla. Elimine el recurso (&apos;s15n resource remove %1&apos;) y vuelva a restaurar.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="274"/>
        <source>s15n here still keeps records of rows of %1 (changes, versions or tombstones of rows made here before), which would mix with the parent&apos;s. Remove the resource (&apos;s15n resource remove %1&apos;), check that the table is empty, and restore again.</source>
        <translation>s15n aún conserva aquí registros de filas de %1 (cambios, versiones o marcas de eliminación de filas creadas aquí antes), que se mezclarían con los del padre. Elimine el recurso (&apos;s15n resource remove %1&apos;), compruebe que la tabla esté vacía y vuelva a restaurar.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="284"/>
        <source>In the backup, %1 refers to %2 (column %3), which was left out of it and is not a resource here: its rows could not refer to anything. Ask the parent for a backup that includes %2 (or leaves out %1 too), or make %2 a resource here first.</source>
        <translation>En la copia de seguridad, %1 hace referencia a %2 (columna %3), que quedó excluida de ella y no es un recurso aquí: sus filas no podrían hacer referencia a nada. Pida al padre una copia de seguridad que incluya %2 (o que excluya también %1), o convierta primero %2 en un recurso aquí.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="336"/>
        <source>%1 did not become a resource</source>
        <translation>%1 no se convirtió en un recurso</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="347"/>
        <location filename="../core/backup/backuprestorer.cpp" line="395"/>
        <source>the database ended the transaction by itself</source>
        <translation>la base de datos terminó la transacción por su cuenta</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="361"/>
        <source>The database refused rows: %1</source>
        <translation>La base de datos rechazó filas: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="416"/>
        <source>Cannot read the names in use here for %1: %2</source>
        <translation>No se pueden leer los nombres ya usados aquí para %1: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="421"/>
        <source>Cannot create the table %1: %2</source>
        <translation>No se puede crear la tabla %1: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="425"/>
        <source>Cannot index the table %1: %2</source>
        <translation>No se puede indexar la tabla %1: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="481"/>
        <source>The rows of %1 in the backup are not the parent&apos;s pages of %1, in order.</source>
        <translation>Las filas de %1 en la copia de seguridad no son las páginas de %1 del padre, en orden.</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="497"/>
        <source>The database refused rows of %1: %2</source>
        <translation>La base de datos rechazó filas de %1: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="509"/>
        <source>The rows of %1 in the backup cannot be read: %2</source>
        <translation>No se pueden leer las filas de %1 en la copia de seguridad: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/backuprestorer.cpp" line="515"/>
        <source>The rows of %1 in the backup do not match its manifest (%2 rows up to cursor %3, not %4 up to %5).</source>
        <translation>Las filas de %1 en la copia de seguridad no coinciden con su manifiesto (%2 filas hasta el cursor %3, no %4 hasta %5).</translation>
    </message>
</context>
<context>
    <name>s15n::BackupSchema</name>
    <message>
        <location filename="../core/backup/backupschema.cpp" line="393"/>
        <source>The table %1 here does not match the backup: its column %2 must refer to %3. Drop the empty table %1 so that the restore creates it, or correct it.</source>
        <translation>La tabla %1 de aquí no coincide con la copia de seguridad: su columna %2 debe hacer referencia a %3. Elimine la tabla vacía %1 para que la restauración la cree, o corríjala.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupschema.cpp" line="399"/>
        <source>The table %1 here does not match the backup: its column %2 refers to %3, but in the backup it holds plain values. Drop the empty table %1 so that the restore creates it, or correct it.</source>
        <translation>La tabla %1 de aquí no coincide con la copia de seguridad: su columna %2 hace referencia a %3, pero en la copia de seguridad contiene valores simples. Elimine la tabla vacía %1 para que la restauración la cree, o corríjala.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupschema.cpp" line="406"/>
        <source>The table %1 here lacks the column(s) %2 that the backup fills. Add them, or drop the empty table %1 so that the restore creates it.</source>
        <translation>A la tabla %1 de aquí le faltan las columnas %2 que rellena la copia de seguridad. Añádalas o elimine la tabla vacía %1 para que la restauración la cree.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupschema.cpp" line="414"/>
        <source>The table %1 here has a column %2 that must not be empty (NOT NULL, no default), which the backup&apos;s rows do not fill. Give it a default, or drop the empty table %1 so that the restore creates it.</source>
        <translation>La tabla %1 de aquí tiene una columna %2 que no puede estar vacía (NOT NULL, sin valor predeterminado) y que las filas de la copia de seguridad no rellenan. Asígnele un valor predeterminado o elimine la tabla vacía %1 para que la restauración la cree.</translation>
    </message>
</context>
<context>
    <name>s15n::BackupWriter</name>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="311"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="317"/>
        <source>The backup was cancelled; nothing was written to %1.</source>
        <translation>Se canceló la copia de seguridad; no se escribió nada en %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="322"/>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>No se puede escribir %1: %2 (¿está lleno el disco?)</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="367"/>
        <source>%1 is not a resource of this node, so there was nothing to leave out.</source>
        <translation>%1 no es un recurso de este nodo, así que no había nada que excluir.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="381"/>
        <source>%1 refers to %2 (column %3), which is left out: on the child, its rows that refer to %2 would wait for rows that never come, and a child that does not have %2 as a resource cannot restore this backup. Leave out %1 too, or include %2.</source>
        <translation>%1 hace referencia a %2 (columna %3), que queda excluida: en el hijo, sus filas que hacen referencia a %2 esperarían filas que nunca llegan, y un hijo que no tenga %2 como recurso no puede restaurar esta copia de seguridad. Excluya también %1 o incluya %2.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="391"/>
        <source>This node has no resources: there is nothing to back up.</source>
        <translation>Este nodo no tiene recursos: no hay nada de lo que hacer copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="392"/>
        <source>Every resource is left out: there is nothing to back up.</source>
        <translation>Todos los recursos están excluidos: no hay nada de lo que hacer copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>s15n::BulkLoader</name>
    <message>
        <location filename="../core/backup/bulkloader.cpp" line="128"/>
        <location filename="../core/backup/bulkloader.cpp" line="434"/>
        <source>Cannot record the versions of %1</source>
        <translation>No se pueden guardar las versiones de %1</translation>
    </message>
    <message>
        <location filename="../core/backup/bulkloader.cpp" line="140"/>
        <location filename="../core/backup/bulkloader.cpp" line="476"/>
        <source>Cannot record the version of row %1 of %2</source>
        <translation>No se puede guardar la versión de la fila %1 de %2</translation>
    </message>
    <message>
        <location filename="../core/backup/bulkloader.cpp" line="150"/>
        <source>Row %1 of %2 carries a version dated %3, more than a day ahead of this node&apos;s clock: the parent&apos;s clock is wrong. Correct it there and make the backup again.</source>
        <translation>La fila %1 de %2 contiene una versión con fecha %3, más de un día por delante del reloj de este nodo: el reloj del padre es incorrecto. Corríjalo allí y vuelva a hacer la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../core/backup/bulkloader.cpp" line="158"/>
        <source>Row %1 of %2 has a field &apos;%3&apos;, which is not a column of %2 here (or is its local key or UUID column).</source>
        <translation>La fila %1 de %2 tiene un campo &apos;%3&apos;, que aquí no es una columna de %2 (o es su clave local o su columna UUID).</translation>
    </message>
    <message>
        <location filename="../core/backup/bulkloader.cpp" line="166"/>
        <source>Row %1 of %2: the field &apos;%3&apos; does not refer to the table its column refers to here.</source>
        <translation>Fila %1 de %2: el campo &apos;%3&apos; no hace referencia a la tabla a la que aquí hace referencia su columna.</translation>
    </message>
    <message>
        <location filename="../core/backup/bulkloader.cpp" line="288"/>
        <location filename="../core/backup/bulkloader.cpp" line="382"/>
        <location filename="../core/backup/bulkloader.cpp" line="526"/>
        <source>The database refused row %1 of %2</source>
        <translation>La base de datos rechazó la fila %1 de %2</translation>
    </message>
    <message>
        <location filename="../core/backup/bulkloader.cpp" line="566"/>
        <location filename="../core/backup/bulkloader.cpp" line="584"/>
        <source>Cannot look up rows of %1</source>
        <translation>No se pueden buscar filas de %1</translation>
    </message>
</context>
<context>
    <name>s15n::CaptureTriggers</name>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="45"/>
        <source>Cannot add the UUID column %1 to %2: %3</source>
        <translation>No se puede añadir la columna UUID %1 a %2: %3</translation>
    </message>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="57"/>
        <source>Cannot fill the UUID column of %1: %2</source>
        <translation>No se puede rellenar la columna UUID de %1: %2</translation>
    </message>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="62"/>
        <source>The column %1 of %2 cannot identify rows (are there duplicate values?): %3</source>
        <translation>La columna %1 de %2 no puede identificar las filas (¿hay valores duplicados?): %3</translation>
    </message>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="119"/>
        <source>Cannot install the capture triggers on %1: %2</source>
        <translation>No se pueden instalar los triggers de captura en %1: %2</translation>
    </message>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="140"/>
        <source>Cannot remove the capture triggers of %1: %2</source>
        <translation>No se pueden eliminar los triggers de captura de %1: %2</translation>
    </message>
</context>
<context>
    <name>s15n::ChangesInspector</name>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="125"/>
        <source>This node is not registered at &apos;%1&apos; yet, so the remote has none of its changes to compare with. Run &apos;s15n repo register %1&apos; (or sync once).</source>
        <translation>Este nodo aún no está registrado en &apos;%1&apos;, por lo que el remoto no tiene ninguno de sus cambios con los que comparar. Ejecute &apos;s15n repo register %1&apos; (o sincronice una vez).</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="133"/>
        <source>No password is stored for repository &apos;%1&apos; in %2. Store it with &apos;s15n repo edit %1 --password&apos;.</source>
        <translation>No hay ninguna contraseña guardada para el repositorio &apos;%1&apos; en %2. Guárdela con &apos;s15n repo edit %1 --password&apos;.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="147"/>
        <source> A new password is stored with &apos;s15n repo edit %1 --password&apos;.</source>
        <translation> Guarde una nueva contraseña con &apos;s15n repo edit %1 --password&apos;.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="152"/>
        <source>The remote at %1 is node %2, not %3 as repository &apos;%4&apos; says; check the URL.</source>
        <translation>El remoto en %1 es el nodo %2, no %3 como indica el repositorio &apos;%4&apos;; compruebe la URL.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="169"/>
        <source>&apos;%1&apos; is not a resource of this node (&apos;s15n resource list&apos;).</source>
        <translation>&apos;%1&apos; no es un recurso de este nodo (&apos;s15n resource list&apos;).</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="172"/>
        <source>The remote &apos;%1&apos; does not sync &apos;%2&apos;.</source>
        <translation>El remoto &apos;%1&apos; no sincroniza &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="179"/>
        <source>%1 is a pull-only resource here: its changes are not pushed.</source>
        <translation>%1 es aquí un recurso de solo recepción (pull): sus cambios no se envían.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="331"/>
        <source>Held conflict %1 cannot be read: %2</source>
        <translation>No se puede leer el conflicto retenido %1: %2</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="369"/>
        <source>Name at least one row (its UUID).</source>
        <translation>Indique al menos una fila (su UUID).</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="372"/>
        <source>At most %1 rows can be named at a time.</source>
        <translation>Se pueden indicar como máximo %1 filas a la vez.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="376"/>
        <source>&apos;%1&apos; is not a row UUID (lower-case, without braces).</source>
        <translation>&apos;%1&apos; no es un UUID de fila (en minúsculas, sin llaves).</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="404"/>
        <source>Row %1 of %2 changed meanwhile; nothing was pushed. Look at the changes again.</source>
        <translation>La fila %1 de %2 cambió mientras tanto; no se envió nada. Vuelva a consultar los cambios.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="451"/>
        <source>Row %1 of %2 has no change waiting to be pushed to &apos;%3&apos; (&apos;s15n changes %3&apos; lists them); nothing was pushed.</source>
        <translation>La fila %1 de %2 no tiene ningún cambio pendiente de enviar a &apos;%3&apos; (&apos;s15n changes %3&apos; los muestra); no se envió nada.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="506"/>
        <source>These rows are %1 KiB as XML, more than the remote accepts (%2 KiB); push fewer at a time.</source>
        <translation>Estas filas ocupan %1 KiB como XML, más de lo que acepta el remoto (%2 KiB); envíe menos a la vez.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="524"/>
        <source>Pushed %1 rows of %2 (cursor %3 to %4): %5</source>
        <translation>Se enviaron %1 filas de %2 (cursor %3 a %4): %5</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="571"/>
        <source>The remote &apos;%1&apos; has no row %2 in %3; nothing was changed.</source>
        <translation>El remoto &apos;%1&apos; no tiene ninguna fila %2 en %3; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="578"/>
        <source>Row %1 of %2 is not in conflict: this node&apos;s version already includes the remote&apos;s, so there is nothing of theirs to take (push it instead). Nothing was changed.</source>
        <translation>La fila %1 de %2 no está en conflicto: la versión de este nodo ya incluye la del remoto, así que no hay nada de la versión remota (theirs) que aceptar (envíela en su lugar). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="590"/>
        <source>The rows were not taken: %1</source>
        <translation>No se aceptaron las filas: %1</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="597"/>
        <source>Took the remote&apos;s version of %1 rows of %2: %3</source>
        <translation>Se aceptó la versión remota de %1 filas de %2: %3</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="617"/>
        <source>There is no held conflict %1. See &apos;s15n conflicts&apos;.</source>
        <translation>No existe ningún conflicto retenido %1. Consulte &apos;s15n conflicts&apos;.</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="628"/>
        <source>Held conflict %1 on row %2 of %3: took theirs.</source>
        <translation>Conflicto retenido %1 en la fila %2 de %3: se aceptó la versión remota (theirs).</translation>
    </message>
    <message>
        <location filename="../core/client/changesinspector.cpp" line="631"/>
        <source>Held conflict %1 on row %2 of %3: kept ours.</source>
        <translation>Conflicto retenido %1 en la fila %2 de %3: se conservó la versión local (ours).</translation>
    </message>
</context>
<context>
    <name>s15n::ChildStore</name>
    <message>
        <location filename="../core/server/childstore.cpp" line="116"/>
        <source>The child&apos;s nickname is empty.</source>
        <translation>El alias del hijo está vacío.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="118"/>
        <source>The nickname &apos;%1&apos; is longer than %2 characters.</source>
        <translation>El alias &apos;%1&apos; tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="123"/>
        <source>The nickname &apos;%1&apos; starts or ends with a space; leave them out.</source>
        <translation>El alias &apos;%1&apos; empieza o termina con un espacio; quítelo.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="126"/>
        <source>The nickname &apos;%1&apos; may not hold quotes, backslashes, &apos;$&apos; or control characters.</source>
        <translation>El alias &apos;%1&apos; no puede contener comillas, barras invertidas, &apos;$&apos; ni caracteres de control.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="143"/>
        <source>&apos;%1&apos; is not a node UUID (one looks like 6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f; &apos;s15n info&apos; on the child shows it).</source>
        <translation>&apos;%1&apos; no es un UUID de nodo (un UUID tiene este aspecto: 6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f; &apos;s15n info&apos; lo muestra en el hijo).</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="157"/>
        <source>Cannot read the database&apos;s tables: %1</source>
        <translation>No se pueden leer las tablas de la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="160"/>
        <source>&apos;%1&apos; is one of s15n&apos;s own tables, which are never sent to any node; there is nothing to exclude.</source>
        <translation>&apos;%1&apos; es una de las tablas propias de s15n, que nunca se envían a ningún nodo; no hay nada que excluir.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="164"/>
        <source>There is no table &apos;%1&apos; in this node&apos;s database (&apos;s15n resource list&apos; shows the synced tables). Nothing was changed.</source>
        <translation>No hay ninguna tabla &apos;%1&apos; en la base de datos de este nodo (&apos;s15n resource list&apos; muestra las tablas sincronizadas). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="181"/>
        <source>%1 is this node&apos;s own UUID; give the UUID of the child (&apos;s15n info&apos; on the child shows it).</source>
        <translation>%1 es el UUID de este mismo nodo; indique el UUID del hijo (&apos;s15n info&apos; lo muestra en el hijo).</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="188"/>
        <source>Node %1 is child &apos;%2&apos; here already; one node is one child.</source>
        <translation>El nodo %1 ya es aquí el hijo &apos;%2&apos;; cada nodo es un solo hijo.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="196"/>
        <source>Node %1 (&apos;%2&apos;) is registered here with the account &apos;%3&apos;. A child logs in with its own account: remove that registration first (&apos;s15n peer remove %1&apos;), then the node registers again with the child&apos;s account.</source>
        <translation>El nodo %1 (&apos;%2&apos;) está registrado aquí con la cuenta &apos;%3&apos;. Un hijo inicia sesión con su propia cuenta: elimine primero ese registro (&apos;s15n peer remove %1&apos;); después el nodo se registra de nuevo con la cuenta del hijo.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="212"/>
        <location filename="../core/server/childstore.cpp" line="226"/>
        <location filename="../core/server/childstore.cpp" line="259"/>
        <location filename="../core/server/childstore.cpp" line="266"/>
        <source>Cannot read the children: %1</source>
        <translation>No se pueden leer los hijos: %1</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="280"/>
        <source>Cannot read the global exclusions: %1</source>
        <translation>No se pueden leer las exclusiones globales: %1</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="347"/>
        <source>Cannot read the resources: %1</source>
        <translation>No se pueden leer los recursos: %1</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="361"/>
        <source>Child &apos;%1&apos; receives &apos;%2&apos;, whose column &apos;%3&apos; refers to &apos;%4&apos;, which it does not receive: those rows of &apos;%2&apos; will wait at the child for rows of &apos;%4&apos; that never arrive. Exclude &apos;%2&apos; too, or allow &apos;%4&apos;.</source>
        <translation>El hijo &apos;%1&apos; recibe &apos;%2&apos;, cuya columna &apos;%3&apos; hace referencia a &apos;%4&apos;, que no recibe: esas filas de &apos;%2&apos; esperarán en el hijo filas de &apos;%4&apos; que nunca llegan. Excluya también &apos;%2&apos; o permita &apos;%4&apos;.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="386"/>
        <source>A child named &apos;%1&apos; exists already (&apos;s15n child list&apos;); choose another nickname, or change that child with &apos;s15n child edit %2&apos;. Nothing was added.</source>
        <translation>Ya existe un hijo llamado &apos;%1&apos; (&apos;s15n child list&apos;); elija otro alias o modifique ese hijo con &apos;s15n child edit %2&apos;. No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="399"/>
        <source>The account &apos;%1&apos; belongs to child &apos;%2&apos; already; every child gets a new account of its own: choose another --user. Nothing was added.</source>
        <translation>La cuenta &apos;%1&apos; ya pertenece al hijo &apos;%2&apos;; cada hijo recibe una cuenta nueva propia: elija otro --user. No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="402"/>
        <source>An account named &apos;%1&apos; exists already; every child gets a new account of its own: choose another --user. Nothing was added.</source>
        <translation>Ya existe una cuenta llamada &apos;%1&apos;; cada hijo recibe una cuenta nueva propia: elija otro --user. No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="408"/>
        <location filename="../core/server/childstore.cpp" line="441"/>
        <source>Nothing was added.</source>
        <translation>No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="417"/>
        <source>The password for child &apos;%1&apos; is empty; nothing was added.</source>
        <translation>La contraseña del hijo &apos;%1&apos; está vacía; no se añadió nada.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="430"/>
        <location filename="../core/server/childstore.cpp" line="438"/>
        <source>Cannot add the child &apos;%1&apos;: %2</source>
        <translation>No se puede añadir el hijo &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="470"/>
        <source>&apos;%1&apos; cannot be both excluded and allowed; nothing was changed.</source>
        <translation>&apos;%1&apos; no puede estar excluida y permitida a la vez; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="474"/>
        <source>The new password for child &apos;%1&apos; is empty; nothing was changed.</source>
        <translation>La nueva contraseña del hijo &apos;%1&apos; está vacía; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="496"/>
        <source>&apos;%1&apos; is not excluded for child &apos;%2&apos;; it excludes no table of its own.</source>
        <translation>&apos;%1&apos; no está excluida para el hijo &apos;%2&apos;; no excluye ninguna tabla propia.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="498"/>
        <source>&apos;%1&apos; is not excluded for child &apos;%2&apos;; its own exclusions are: %3.</source>
        <translation>&apos;%1&apos; no está excluida para el hijo &apos;%2&apos;; sus exclusiones propias son: %3.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="502"/>
        <source>&apos;%1&apos; is excluded for every child: &apos;s15n child exclusions --remove %1&apos; changes that.</source>
        <translation>&apos;%1&apos; está excluida para todos los hijos: &apos;s15n child exclusions --remove %1&apos; lo cambia.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="505"/>
        <location filename="../core/server/childstore.cpp" line="509"/>
        <location filename="../core/server/childstore.cpp" line="565"/>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="526"/>
        <source>Cannot change the child &apos;%1&apos;: %2</source>
        <translation>No se puede modificar el hijo &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="589"/>
        <source>Cannot remove the child &apos;%1&apos;: %2</source>
        <translation>No se puede eliminar el hijo &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="627"/>
        <source>&apos;%1&apos; cannot be both added and removed; nothing was changed.</source>
        <translation>&apos;%1&apos; no se puede añadir y eliminar a la vez; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="646"/>
        <source>&apos;%1&apos; is not a global exclusion; there are none. Nothing was changed.</source>
        <translation>&apos;%1&apos; no es una exclusión global; no hay ninguna. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="648"/>
        <source>&apos;%1&apos; is not a global exclusion; they are: %2. Nothing was changed.</source>
        <translation>&apos;%1&apos; no es una exclusión global; estas son: %2. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="653"/>
        <location filename="../core/server/childstore.cpp" line="659"/>
        <source>Cannot change the global exclusions: %1</source>
        <translation>No se pueden modificar las exclusiones globales: %1</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="676"/>
        <source>Node %1 is child &apos;%2&apos; here and must log in with that child&apos;s account &apos;%3&apos;, not &apos;%4&apos;. On the child use that account (&apos;s15n repo edit REPOSITORY --user %3 --password&apos;), or, if node %1 is no longer that child, clear its UUID here (&apos;s15n child edit %5 --clear-uuid&apos;).</source>
        <translation>El nodo %1 es aquí el hijo &apos;%2&apos; y debe iniciar sesión con la cuenta de ese hijo, &apos;%3&apos;, no con &apos;%4&apos;. En el hijo, use esa cuenta (&apos;s15n repo edit REPOSITORY --user %3 --password&apos;) o, si el nodo %1 ya no es ese hijo, borre aquí su UUID (&apos;s15n child edit %5 --clear-uuid&apos;).</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="692"/>
        <source>The account &apos;%1&apos; belongs to child &apos;%2&apos;, which is node %3; node %4 cannot use it. Give node %4 a child and account of its own here (&apos;s15n child add NICKNAME --user USER&apos;), or, if node %4 has replaced the child&apos;s node (reinstalled, restored), let it take over with &apos;s15n child edit %5 --uuid %4&apos; here.</source>
        <translation>La cuenta &apos;%1&apos; pertenece al hijo &apos;%2&apos;, que es el nodo %3; el nodo %4 no puede usarla. Asigne aquí al nodo %4 un hijo y una cuenta propios (&apos;s15n child add NICKNAME --user USER&apos;) o, si el nodo %4 ha sustituido al nodo del hijo (reinstalado, restaurado), deje que ocupe su lugar con &apos;s15n child edit %5 --uuid %4&apos; aquí.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="703"/>
        <source>Cannot record the UUID of child &apos;%1&apos;: %2</source>
        <translation>No se puede guardar el UUID del hijo &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="706"/>
        <source>Child &apos;%1&apos; got a UUID at the same time; try again.</source>
        <translation>El hijo &apos;%1&apos; recibió un UUID al mismo tiempo; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>s15n::CommandLine</name>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="170"/>
        <location filename="../core/cli/commandline.cpp" line="95"/>
        <source>s15n: %1</source>
        <translation>s15n: %1</translation>
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
        <translation>Uso: s15n VERB [opciones]

Nodo:
  init [--name NAME] [--sync-id N] [--sample-data]   crear este nodo
  info [--json]                                     mostrar este nodo
  db-password [--forget]                            guardar la contraseña de la base de datos (stdin) en el llavero
  settings [--proxy URL] [--listen ADDR:PORT] [--tls-cert F --tls-key F] [--json]
                                  proxy predeterminado y dónde escucha &apos;serve&apos;
Recursos (tablas sincronizadas):
  resource add TABLE [--uuid-column C] [--mode pull|push|both]
               [--strategy create,update,delete] [--update-policy P] [--conflict-policy P]
  resource edit TABLE [mismas opciones]
  resource list [--json]
  resource remove TABLE
Intercambio sin conexión:
  export RESOURCE [--since N] [--to NODE_UUID] --out FILE
  import FILE [--json]
  conflicts [--json]                  conflictos retenidos por la política MANUAL
  conflicts resolve ID --take theirs|ours
Servir a pares:
  serve [--listen ADDR:PORT] [--tls-cert F --tls-key F] [--no-worker] [--max-body-mb N]
  account add USER [--read-only] | account list [--json] | account remove USER
  account edit USER --read-only|--writable | account password USER (stdin)
  peer list [--json] | peer add UUID --name NAME --user ACCOUNT
  peer edit UUID --accept-pushes yes|no | peer remove UUID
  child add NICK --user U [--uuid UUID] [--exclude TABLE]... [--note TEXT]
                                  un servidor hijo, con una cuenta nueva (contraseña:
                                  se pide o por stdin) y las tablas que no puede recibir
  child edit NICK [--uuid UUID|--clear-uuid] [--exclude T]... [--allow T]...
                  [--password] [--note TEXT]
  child list [--json] | child remove NICK
  child exclusions [--add T]... [--remove T]... [--json]   tablas que ningún hijo recibe
  backup [--for-child NICK] --out FILE.zip   un zip con los datos de este nodo para
                                  inicializar un hijo (los hijos también lo obtienen por HTTP)
Sincronizar con un nodo remoto:
  parent set URL --user U (--zip FILE.zip | --fetch) [--parent-uuid UUID]
             [--name NAME]
                                  inicializar este nodo a partir de la copia de seguridad
                                  de su padre y añadir el padre como repositorio
  repo add NAME URL --user U [--proxy URL] [--uuid UUID] [--accept-pushes] [--ca-cert F]
  repo edit NAME [mismas opciones] [--password] | repo list [--json]
  repo remove NAME | repo register NAME
  sync [REPO] [--resource R]... [--timeout SECONDS]   traer y luego enviar
  changes [REPO] [--resource R]... [--json]   cambios aún no enviados, con y
                                  sin conflictos, y conflictos retenidos
  changes push REPO --resource R UUID... [--ours]   enviar estas filas (--ours:
                                  sobrescribir la versión del otro lado)
  changes take-theirs REPO --resource R UUID...   aceptar la versión del remoto
Programación y registro:
  job add REPO --every DURATION [--start T] [--end T] [--repeat N] [--timeout D]
  job edit ID [mismas opciones] [--enable|--disable] | job list [--json]
  job remove ID | job run ID
  log [--repo NAME] [--result success|warning|error|fatal] [--limit N] [--json]

Todos los verbos admiten --db PATH o --db postgresql://user@host:port/dbname; sin esta opción, s15n usa $S15N_DB, luego el nodo creado por &apos;s15n init&apos; y, por último, el archivo SQLite predeterminado.
Políticas: THIS, OTHER, NEWER, MASTER (y MANUAL para los conflictos).
</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="102"/>
        <source>The node&apos;s database: a SQLite file or a postgresql:// URL (no password in it).</source>
        <translation>La base de datos del nodo: un archivo SQLite o una URL postgresql:// (sin contraseña).</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="112"/>
        <source>s15n: %1
Usage: s15n %2</source>
        <translation>s15n: %1
Uso: s15n %2</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="116"/>
        <location filename="../core/cli/exchangecommands.cpp" line="42"/>
        <location filename="../core/cli/exchangecommands.cpp" line="167"/>
        <source>Usage: s15n %1</source>
        <translation>Uso: s15n %1</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="272"/>
        <source>s15n: unknown verb &apos;%1&apos;.</source>
        <translation>s15n: verbo desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="30"/>
        <source>Only changes after this cursor (default 0).</source>
        <translation>Solo los cambios posteriores a este cursor (predeterminado: 0).</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="32"/>
        <source>Leave out changes that came from this node.</source>
        <translation>Omitir los cambios que provienen de este nodo.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="34"/>
        <source>The file to write.</source>
        <translation>El archivo que se escribirá.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="36"/>
        <source>Rows per page (default 1000).</source>
        <translation>Filas por página (predeterminado: 1000).</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="48"/>
        <source>--since must be a cursor number (0 or more).</source>
        <translation>--since debe ser un número de cursor (0 o mayor).</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="55"/>
        <source>--page-size must be between 1 and 10000.</source>
        <translation>--page-size debe estar entre 1 y 10000.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="61"/>
        <source>--to must be a node UUID.</source>
        <translation>--to debe ser un UUID de nodo.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="69"/>
        <location filename="../core/cli/exchangecommands.cpp" line="78"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="79"/>
        <source>Exported %1 rows in %2 pages to %3; next time use --since %4.</source>
        <translation>Se exportaron %1 filas en %2 páginas a %3; la próxima vez use --since %4.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="92"/>
        <source>Print the counts as JSON.</source>
        <translation>Mostrar los recuentos en formato JSON.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="96"/>
        <source>Usage: s15n import FILE</source>
        <translation>Uso: s15n import FILE</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="99"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="102"/>
        <source>%1 is empty: it is not an s15n export. Nothing was applied.</source>
        <translation>%1 está vacío: no es una exportación de s15n. No se aplicó nada.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="127"/>
        <source>Imported %1 pages from %2 (%3): received %4, applied %5, conflicts resolved %6, held %7, skipped %8, waiting for referenced rows %9, failed %10, unchanged %11.</source>
        <translation>Se importaron %1 páginas desde %2 (%3): recibidos %4, aplicados %5, conflictos resueltos %6, retenidos %7, omitidos %8, en espera de filas referenciadas %9, fallidos %10, sin cambios %11.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="142"/>
        <source>  %1 of the applied rows had been waiting for rows that have now arrived.</source>
        <translation>  %1 de las filas aplicadas estaban esperando filas que ya han llegado.</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="113"/>
        <source>Only this resource (repeatable; exactly one with push and take-theirs).</source>
        <translation>Solo este recurso (repetible; exactamente uno con push y take-theirs).</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="116"/>
        <source>With push: overwrite the other side&apos;s version of rows in conflict.</source>
        <translation>Con push: sobrescribir la versión del otro lado de las filas en conflicto.</translation>
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
        <translation>Mostrar en formato JSON.</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="136"/>
        <source>Name the repository and at least one row UUID.
Usage: s15n %1</source>
        <translation>Indique el repositorio y al menos un UUID de fila.
Uso: s15n %1</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="139"/>
        <source>Name the rows&apos; resource with --resource TABLE (one).</source>
        <translation>Indique el recurso de las filas con --resource TABLE (uno).</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="144"/>
        <source>--ours goes with push.</source>
        <translation>--ours solo se usa con push.</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="165"/>
        <source>Pushed %1 rows to &apos;%2&apos;.</source>
        <translation>Se enviaron %1 filas a &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="165"/>
        <source>Took %1 rows from &apos;%2&apos;.</source>
        <translation>Se aceptaron %1 filas de &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="173"/>
        <source>changes takes at most one repository name.
Usage: s15n %1</source>
        <translation>changes admite como máximo un nombre de repositorio.
Uso: s15n %1</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="193"/>
        <source>s15n: the changes for &apos;%1&apos; cannot be compared: %2</source>
        <translation>s15n: no se pueden comparar los cambios para &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="216"/>
        <source>Repository &apos;%1&apos;: %2 changes without conflicts, %3 with conflicts.</source>
        <translation>Repositorio &apos;%1&apos;: %2 cambios sin conflictos, %3 con conflictos.</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="222"/>
        <source>Without conflicts:</source>
        <translation>Sin conflictos:</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="223"/>
        <source>With conflicts (also changed there):</source>
        <translation>Con conflictos (también cambiados allí):</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="228"/>
        <source>deleted here</source>
        <translation>eliminada aquí</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="229"/>
        <source>new here</source>
        <translation>nueva aquí</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="230"/>
        <source>changed here</source>
        <translation>cambiada aquí</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="238"/>
        <location filename="../core/cli/changescommands.cpp" line="272"/>
        <source>ours %1, theirs %2</source>
        <translation>local (ours) %1, remota (theirs) %2</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="260"/>
        <source>Held conflicts (MANUAL policy; &apos;s15n conflicts resolve ID --take theirs|ours&apos;):</source>
        <translation>Conflictos retenidos (política MANUAL; &apos;s15n conflicts resolve ID --take theirs|ours&apos;):</translation>
    </message>
    <message>
        <location filename="../core/cli/changescommands.cpp" line="277"/>
        <source>There are no repositories, and no conflicts are held.</source>
        <translation>No hay repositorios ni conflictos retenidos.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="156"/>
        <source>theirs or ours (with resolve).</source>
        <translation>theirs o ours (con resolve).</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="172"/>
        <source>The conflict ID must be a number (see &apos;s15n conflicts&apos;).</source>
        <translation>El ID del conflicto debe ser un número (consulte &apos;s15n conflicts&apos;).</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="174"/>
        <source>Say which version wins: --take theirs or --take ours.</source>
        <translation>Indique qué versión prevalece: --take theirs o --take ours.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="178"/>
        <source>Conflict %1 resolved: %2 kept.</source>
        <translation>Conflicto %1 resuelto: se conservó %2.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="204"/>
        <source>No conflicts are held.</source>
        <translation>No hay conflictos retenidos.</translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="209"/>
        <source>#%1 %2 row %3 (from node %4, received %5)</source>
        <translation>#%1 %2 fila %3 (del nodo %4, recibida %5)</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="26"/>
        <source>A name for this node.</source>
        <translation>Un nombre para este nodo.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="28"/>
        <source>1..64; 1 is the parent (primary).</source>
        <translation>1..64; 1 es el padre (principal).</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="29"/>
        <source>Load the sample supply-chain tables.</source>
        <translation>Cargar las tablas de ejemplo de cadena de suministro.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="34"/>
        <source>init takes no arguments besides its options.</source>
        <translation>init no admite argumentos aparte de sus opciones.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="41"/>
        <source>--sync-id must be a number from 1 to %1.</source>
        <translation>--sync-id debe ser un número del 1 al %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="45"/>
        <source>--name must not be empty.</source>
        <translation>--name no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="58"/>
        <source>Created node %1 (%2) in %3</source>
        <translation>Se creó el nodo %1 (%2) en %3</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="73"/>
        <source>info takes no arguments besides its options.</source>
        <translation>info no admite argumentos aparte de sus opciones.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="100"/>
        <source>UUID:           %1
</source>
        <translation>UUID:                 %1
</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="101"/>
        <source>Name:           %1
</source>
        <translation>Nombre:               %1
</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="102"/>
        <source>Sync ID:        %1
</source>
        <translation>ID de sincronización: %1
</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="102"/>
        <location filename="../core/cli/nodecommands.cpp" line="106"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="103"/>
        <source>Database:       %1
</source>
        <translation>Base de datos:        %1
</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="104"/>
        <source>Schema version: %1
</source>
        <translation>Versión del esquema:  %1
</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="105"/>
        <source>Resources:      %1
</source>
        <translation>Recursos:             %1
</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="115"/>
        <source>Remove the stored password.</source>
        <translation>Eliminar la contraseña guardada.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="123"/>
        <source>Only a PostgreSQL database has a password.</source>
        <translation>Solo una base de datos PostgreSQL tiene contraseña.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="131"/>
        <source>No password on standard input.</source>
        <translation>No hay ninguna contraseña en la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="134"/>
        <source>Stored the password for %1 in the keychain.</source>
        <translation>Se guardó la contraseña de %1 en el llavero.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="73"/>
        <source>The column that identifies rows everywhere (default uuid; added if missing).</source>
        <translation>La columna que identifica las filas en todas partes (predeterminada: uuid; se añade si falta).</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="76"/>
        <source>pull, push or both.</source>
        <translation>pull, push o both.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="77"/>
        <source>Allowed operations: create,update,delete.</source>
        <translation>Operaciones permitidas: create,update,delete.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="79"/>
        <source>THIS, OTHER, NEWER or MASTER.</source>
        <translation>THIS, OTHER, NEWER o MASTER.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="82"/>
        <source>THIS, OTHER, NEWER, MASTER or MANUAL.</source>
        <translation>THIS, OTHER, NEWER, MASTER o MANUAL.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="91"/>
        <source>resource needs add, edit, list or remove.</source>
        <translation>resource requiere add, edit, list o remove.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="110"/>
        <source>No resources. Add one with &apos;s15n resource add TABLE&apos;.</source>
        <translation>No hay recursos. Añada uno con &apos;s15n resource add TABLE&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="114"/>
        <source>TABLE</source>
        <translation>TABLA</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="115"/>
        <source>UUID COLUMN</source>
        <translation>COLUMNA UUID</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="59"/>
        <source>Print JSON: an array with every field.</source>
        <translation>Mostrar en formato JSON: una matriz con todos los campos.</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="60"/>
        <source>Only the entries of this repository.</source>
        <translation>Solo las entradas de este repositorio.</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="63"/>
        <source>Only entries with this result: success, warning, error or fatal.</source>
        <translation>Solo las entradas con este resultado: success, warning, error o fatal.</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="66"/>
        <source>At most this many entries, newest first (default 200; 0 = all).</source>
        <translation>Como máximo esta cantidad de entradas, las más recientes primero (predeterminado: 200; 0 = todas).</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="73"/>
        <source>log takes no arguments besides its options.</source>
        <translation>log no admite argumentos aparte de sus opciones.</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="80"/>
        <source>--result is success, warning, error or fatal; &apos;%1&apos; is not.</source>
        <translation>--result admite success, warning, error o fatal; &apos;%1&apos; no lo es.</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="89"/>
        <source>--limit takes a number of entries (0 = all); &apos;%1&apos; is not one.</source>
        <translation>--limit admite un número de entradas (0 = todas); &apos;%1&apos; no lo es.</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="106"/>
        <source>The log is empty.</source>
        <translation>El registro está vacío.</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="107"/>
        <source>No log entries match.</source>
        <translation>Ninguna entrada del registro coincide.</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="115"/>
        <source>peer %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="122"/>
        <source>%1 (remote)</source>
        <translation>%1 (remoto)</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="137"/>
        <location filename="../core/cli/resourcecommands.cpp" line="116"/>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="137"/>
        <source>TIME</source>
        <translation>HORA</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="137"/>
        <source>RESOURCE</source>
        <translation>RECURSO</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="137"/>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="138"/>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="138"/>
        <source>RECEIVED</source>
        <translation>RECIBIDOS</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="138"/>
        <source>APPLIED</source>
        <translation>APLICADOS</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="138"/>
        <source>CONFLICTS</source>
        <translation>CONFLICTOS</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="138"/>
        <source>SKIPPED</source>
        <translation>OMITIDOS</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="139"/>
        <source>FAILED</source>
        <translation>FALLIDOS</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="139"/>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="139"/>
        <source>MESSAGE</source>
        <translation>MENSAJE</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="117"/>
        <source>STRATEGY</source>
        <translation>ESTRATEGIA</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="118"/>
        <source>UPDATE</source>
        <translation>ACTUALIZ.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="119"/>
        <source>CONFLICT</source>
        <translation>CONFLICTO</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="132"/>
        <source>resource %1 needs exactly one TABLE.</source>
        <translation>resource %1 requiere exactamente una TABLE.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="146"/>
        <source>Added the column %1 to %2 and gave every row a UUID.</source>
        <translation>Se añadió la columna %1 a %2 y se asignó un UUID a cada fila.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="149"/>
        <source>%1 is now a resource (%2, strategy %3, update %4, conflict %5).</source>
        <translation>%1 es ahora un recurso (%2, estrategia %3, actualización %4, conflicto %5).</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="158"/>
        <source>The UUID column of a resource cannot change; remove and add it again.</source>
        <translation>La columna UUID de un recurso no puede cambiar; elimínelo y vuelva a añadirlo.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="167"/>
        <source>%1: %2, strategy %3, update %4, conflict %5.</source>
        <translation>%1: %2, estrategia %3, actualización %4, conflicto %5.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="176"/>
        <source>%1 is no longer synced; its data stays.</source>
        <translation>%1 ya no se sincroniza; sus datos se conservan.</translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="179"/>
        <source>Unknown resource action &apos;%1&apos;: use add, edit, list or remove.</source>
        <translation>Acción de recurso desconocida &apos;%1&apos;: use add, edit, list o remove.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="33"/>
        <location filename="../core/cli/jobcommands.cpp" line="141"/>
        <source>Print JSON (list).</source>
        <translation>Mostrar en formato JSON (list).</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="35"/>
        <source>Peers logging in with this account may pull but not push (add, edit).</source>
        <translation>Los pares que inicien sesión con esta cuenta pueden traer cambios, pero no enviarlos (add, edit).</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="37"/>
        <source>Peers logging in with this account may pull and push (edit).</source>
        <translation>Los pares que inicien sesión con esta cuenta pueden traer y enviar cambios (edit).</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="49"/>
        <source>account needs add, edit, password, list or remove.</source>
        <translation>account requiere add, edit, password, list o remove.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="55"/>
        <source>Unknown account action &apos;%1&apos;: use add, edit, password, list or remove.</source>
        <translation>Acción de cuenta desconocida &apos;%1&apos;: use add, edit, password, list o remove.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="60"/>
        <source>--read-only goes with &apos;account add&apos; and &apos;account edit&apos; only.</source>
        <translation>--read-only solo se usa con &apos;account add&apos; y &apos;account edit&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="62"/>
        <source>--writable goes with &apos;account edit&apos; only.</source>
        <translation>--writable solo se usa con &apos;account edit&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="64"/>
        <source>account edit needs --read-only or --writable.</source>
        <translation>account edit requiere --read-only o --writable.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="66"/>
        <source>--json goes with &apos;account list&apos; only.</source>
        <translation>--json solo se usa con &apos;account list&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="69"/>
        <source>account list takes no USER.</source>
        <translation>account list no admite USER.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="70"/>
        <source>account %1 needs exactly one USER.</source>
        <translation>account %1 requiere exactamente un USER.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="96"/>
        <source>No accounts. Add one with &apos;s15n account add USER&apos;.</source>
        <translation>No hay cuentas. Añada una con &apos;s15n account add USER&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="100"/>
        <source>USERNAME</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="101"/>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <location filename="../core/cli/servecommands.cpp" line="218"/>
        <source>PUSHES</source>
        <translation>ENVÍOS</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="102"/>
        <source>CREATED</source>
        <translation>CREADA</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="106"/>
        <location filename="../core/cli/repocommands.cpp" line="143"/>
        <location filename="../core/cli/repocommands.cpp" line="144"/>
        <location filename="../core/cli/servecommands.cpp" line="216"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="106"/>
        <location filename="../core/cli/repocommands.cpp" line="143"/>
        <location filename="../core/cli/repocommands.cpp" line="144"/>
        <location filename="../core/cli/servecommands.cpp" line="216"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="115"/>
        <source>Removed the account %1; peers using it can no longer log in.</source>
        <translation>Se eliminó la cuenta %1; los pares que la usan ya no pueden iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="123"/>
        <source>Peers logging in with %1 may now pull and push.</source>
        <translation>Los pares que inicien sesión con %1 ahora pueden traer y enviar cambios.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="124"/>
        <source>Peers logging in with %1 may now pull but not push.</source>
        <translation>Los pares que inicien sesión con %1 ahora pueden traer cambios, pero no enviarlos.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="134"/>
        <source>An account named &apos;%1&apos; exists already; remove it first or change its password with &apos;s15n account password %1&apos;.</source>
        <translation>Ya existe una cuenta llamada &apos;%1&apos;; elimínela primero o cambie su contraseña con &apos;s15n account password %1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="140"/>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="140"/>
        <source>New password for %1: </source>
        <translation>Nueva contraseña de %1: </translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="207"/>
        <source>No password given for %1: type it at the prompt or give it as one line on stdin. Nothing was changed.</source>
        <translation>No se indicó ninguna contraseña para %1: escríbala cuando se le solicite o indíquela como una línea en stdin. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="210"/>
        <source>Again: </source>
        <translation>Repita la contraseña: </translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="211"/>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>Las dos contraseñas no coinciden. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="149"/>
        <source>Added the account %1; peers logging in with it may pull and push.</source>
        <translation>Se añadió la cuenta %1; los pares que inicien sesión con ella pueden traer y enviar cambios.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="151"/>
        <source>Added the account %1; peers logging in with it may pull but not push.</source>
        <translation>Se añadió la cuenta %1; los pares que inicien sesión con ella pueden traer cambios, pero no enviarlos.</translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="159"/>
        <source>Changed the password of %1; peers must use the new one from now on.</source>
        <translation>Se cambió la contraseña de %1; a partir de ahora los pares deben usar la nueva.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="143"/>
        <source>Time between runs: 30s, 15m, 2h, 1d, 1h30m or seconds.</source>
        <translation>Tiempo entre ejecuciones: 30s, 15m, 2h, 1d, 1h30m o segundos.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="146"/>
        <source>The first run: &apos;now&apos; (default for add) or an ISO-8601 time, local unless it ends in Z or an offset.</source>
        <translation>La primera ejecución: &apos;now&apos; (predeterminado para add) o una hora ISO-8601, local salvo que termine en Z o en un desfase horario.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="150"/>
        <source>No run starts at or after this time; &apos;none&apos; for no end (default).</source>
        <translation>Ninguna ejecución comienza en esta hora o después; &apos;none&apos; para no tener fin (predeterminado).</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="152"/>
        <source>Runs in all; 0 = no limit (default).</source>
        <translation>Ejecuciones en total; 0 = sin límite (predeterminado).</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="155"/>
        <source>A run still going after this is aborted and rolled back to its last checkpoint (default 10m).</source>
        <translation>Una ejecución que siga en curso tras este tiempo se interrumpe y se revierte a su último punto de control (predeterminado: 10m).</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="158"/>
        <source>Add the job disabled.</source>
        <translation>Añadir la tarea programada desactivada.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="159"/>
        <source>Enable the job (edit).</source>
        <translation>Activar la tarea programada (edit).</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="160"/>
        <source>Disable the job (edit).</source>
        <translation>Desactivar la tarea programada (edit).</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="171"/>
        <source>job needs add, edit, list, remove or run.</source>
        <translation>job requiere add, edit, list, remove o run.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="176"/>
        <source>Unknown job action &apos;%1&apos;: use add, edit, list, remove or run.</source>
        <translation>Acción de tarea programada desconocida &apos;%1&apos;: use add, edit, list, remove o run.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="194"/>
        <source>--%1 does not go with &apos;job %2&apos;.</source>
        <translation>--%1 no se usa con &apos;job %2&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="197"/>
        <source>--enable and --disable together make no sense; give one.</source>
        <translation>--enable y --disable juntos no tienen sentido; indique solo uno.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="200"/>
        <source>job list takes no arguments besides its options.</source>
        <translation>job list no admite argumentos aparte de sus opciones.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="202"/>
        <source>job add needs exactly one REPO (a repository name).</source>
        <translation>job add requiere exactamente un REPO (un nombre de repositorio).</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="203"/>
        <source>job %1 needs exactly one job ID.</source>
        <translation>job %1 requiere exactamente un ID de tarea programada.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="223"/>
        <source>No jobs. Add one with &apos;s15n job add REPO --every DURATION&apos;.</source>
        <translation>No hay tareas programadas. Añada una con &apos;s15n job add REPO --every DURATION&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="229"/>
        <source>enabled</source>
        <translation>activada</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="229"/>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="231"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="233"/>
        <source>finished</source>
        <translation>finalizada</translation>
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
        <translation>REPOSITORIO</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="247"/>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="247"/>
        <source>EVERY</source>
        <translation>CADA</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="247"/>
        <source>TIMEOUT</source>
        <translation>TIEMPO LÍMITE</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="248"/>
        <source>START</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="248"/>
        <source>END</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="248"/>
        <source>RUNS</source>
        <translation>EJECUCIONES</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="248"/>
        <source>NEXT RUN</source>
        <translation>PRÓXIMA EJECUCIÓN</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="248"/>
        <source>LAST RUN</source>
        <translation>ÚLTIMA EJECUCIÓN</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="249"/>
        <source>LAST RESULT</source>
        <translation>ÚLTIMO RESULTADO</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="261"/>
        <source>job add needs --every DURATION (like 30s, 15m, 2h, 1d): the time between runs.</source>
        <translation>job add requiere --every DURATION (como 30s, 15m, 2h, 1d): el tiempo entre ejecuciones.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="271"/>
        <source>Added %1.</source>
        <translation>Se añadió: %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="295"/>
        <source>Changed %1.</source>
        <translation>Se modificó: %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="306"/>
        <source>Removed job %1 (%2); the run in progress finishes, and it does not run again.</source>
        <translation>Se eliminó la tarea programada %1 (%2); la ejecución en curso termina y no volverá a ejecutarse.</translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="308"/>
        <source>Removed job %1 (%2).</source>
        <translation>Se eliminó la tarea programada %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="65"/>
        <source>repo edit: the remote&apos;s new URL.</source>
        <translation>repo edit: la nueva URL del remoto.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="66"/>
        <source>The account to log in with at the remote.</source>
        <translation>La cuenta con la que iniciar sesión en el remoto.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="69"/>
        <source>HTTP or SOCKS5 proxy, http://HOST:PORT or socks5://HOST:PORT (edit: &quot;&quot; for none).</source>
        <translation>Proxy HTTP o SOCKS5, http://HOST:PORT o socks5://HOST:PORT (edit: &quot;&quot; para ninguno).</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="73"/>
        <source>The remote node&apos;s UUID; checked against what the remote says.</source>
        <translation>El UUID del nodo remoto; se compara con lo que indica el remoto.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="76"/>
        <source>Accept changes this remote pushes here (add: flag; edit: yes|no).</source>
        <translation>Aceptar los cambios que este remoto envíe aquí (add: indicador; edit: yes|no).</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="79"/>
        <source>PEM file of the certificate authority (or the self-signed certificate) to trust for an https:// remote (edit: &quot;&quot; for none).</source>
        <translation>Archivo PEM de la autoridad de certificación (o del certificado autofirmado) en la que confiar para un remoto https:// (edit: &quot;&quot; para ninguno).</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="83"/>
        <source>repo edit: read a new password (prompt or stdin).</source>
        <translation>repo edit: leer una nueva contraseña (solicitud interactiva o stdin).</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="101"/>
        <source>repo needs add, edit, list, remove or register.</source>
        <translation>repo requiere add, edit, list, remove o register.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="112"/>
        <source>--uuid takes a node UUID; &apos;%1&apos; is not one.</source>
        <translation>--uuid admite un UUID de nodo; &apos;%1&apos; no lo es.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="134"/>
        <source>No repositories. Add one with &apos;s15n repo add NAME URL --user U&apos;.</source>
        <translation>No hay repositorios. Añada uno con &apos;s15n repo add NAME URL --user U&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="141"/>
        <source>(not known yet)</source>
        <translation>(aún no se conoce)</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <location filename="../core/cli/servecommands.cpp" line="218"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <source>REMOTE UUID</source>
        <translation>UUID REMOTO</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <source>REGISTERED</source>
        <translation>REGISTRADO</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="153"/>
        <source>repo add needs NAME and URL.</source>
        <translation>repo add requiere NAME y URL.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="97"/>
        <source>The zip file to write.</source>
        <translation>El archivo zip que se escribirá.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="99"/>
        <source>Leave out what this child may not receive (its own and the global exclusions) and name it in the zip.</source>
        <translation>Excluir lo que este hijo no puede recibir (sus exclusiones propias y las globales) y anotar su alias en el zip.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="110"/>
        <source>backup takes no arguments besides its options.</source>
        <translation>backup no admite argumentos aparte de sus opciones.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="113"/>
        <source>backup needs --out FILE.zip.</source>
        <translation>backup requiere --out FILE.zip.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="137"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="137"/>
        <location filename="../core/cli/backupcommands.cpp" line="253"/>
        <location filename="../core/cli/backupcommands.cpp" line="260"/>
        <location filename="../core/cli/backupcommands.cpp" line="263"/>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="141"/>
        <source>%1 No backup was written.</source>
        <translation>%1 No se escribió ninguna copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="147"/>
        <source>Wrote %1: %2 rows of %3 tables, %4 bytes%5.</source>
        <translation>Se escribió %1: %2 filas de %3 tablas, %4 bytes%5.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="154"/>
        <source>, for child &apos;%1&apos;</source>
        <translation>, para el hijo &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="157"/>
        <source>Left out: %1.</source>
        <translation>Excluidas: %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="167"/>
        <source>This child&apos;s account at the parent (made there by &apos;child add&apos;).</source>
        <translation>La cuenta de este hijo en el padre (creada allí con &apos;child add&apos;).</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="170"/>
        <source>The parent&apos;s backup zip, made there with &apos;s15n backup&apos; (or its Download data backup).</source>
        <translation>El zip de copia de seguridad del padre, hecho allí con &apos;s15n backup&apos; (o con su «Descargar copia de seguridad de los datos»).</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="174"/>
        <source>Fetch the backup from the parent over the web instead.</source>
        <translation>Obtener en su lugar la copia de seguridad del padre por la web.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="176"/>
        <source>The parent&apos;s repository name here (default &apos;%1&apos;).</source>
        <translation>El nombre del repositorio del padre aquí (predeterminado: &apos;%1&apos;).</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="180"/>
        <source>HTTP or SOCKS5 proxy, http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>Proxy HTTP o SOCKS5, http://HOST:PORT o socks5://HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="183"/>
        <source>PEM file of the certificate authority (or the self-signed certificate) to trust for an https:// parent.</source>
        <translation>Archivo PEM de la autoridad de certificación (o del certificado autofirmado) en la que confiar para un padre https://.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="187"/>
        <source>The parent&apos;s UUID (&apos;s15n info&apos; there): checked against the parent, and needed with --zip when the parent cannot be reached.</source>
        <translation>El UUID del padre (&apos;s15n info&apos; allí): se comprueba con el padre, y hace falta con --zip cuando no se puede contactar con el padre.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="200"/>
        <source>parent needs set: s15n %1</source>
        <translation>parent requiere set: s15n %1</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="202"/>
        <source>parent set needs the parent&apos;s URL.</source>
        <translation>parent set requiere la URL del padre.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="206"/>
        <source>Give either --zip FILE.zip (a backup downloaded from the parent) or --fetch (fetch it over the web).</source>
        <translation>Indique --zip FILE.zip (una copia de seguridad descargada del padre) o --fetch (obtenerla por la web).</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="214"/>
        <location filename="../core/cli/repocommands.cpp" line="158"/>
        <source>&apos;%1&apos; is not a usable URL: give http://HOST:PORT or https://HOST:PORT[/path].</source>
        <translation>&apos;%1&apos; no es una URL utilizable: indique http://HOST:PORT o https://HOST:PORT[/path].</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="227"/>
        <source>--parent-uuid takes a node UUID; &apos;%1&apos; is not one.</source>
        <translation>--parent-uuid espera un UUID de nodo; &apos;%1&apos; no lo es.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="237"/>
        <source>There is already a repository named &apos;%1&apos;; give another --name.</source>
        <translation>Ya existe un repositorio llamado &apos;%1&apos;; indique otro --name.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="241"/>
        <source>No password was given (prompt or one line on stdin). Nothing was changed.</source>
        <translation>No se indicó ninguna contraseña (solicitud interactiva o una línea en stdin). No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="250"/>
        <source>Asking the parent who it is</source>
        <translation>Preguntando al padre quién es</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="253"/>
        <source>The parent writes the backup</source>
        <translation>El padre escribe la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="257"/>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="257"/>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="260"/>
        <source>Checking the backup</source>
        <translation>Comprobando la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="263"/>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="266"/>
        <source>Registering at the parent</source>
        <translation>Registrándose en el padre</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="277"/>
        <source>Seeded from parent &apos;%1&apos; (%2): %3 rows of %4 tables%5.</source>
        <translation>Inicializado a partir del padre &apos;%1&apos; (%2): %3 filas de %4 tablas%5.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="283"/>
        <source>; created %1</source>
        <translation>; se crearon %1</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="287"/>
        <source>The backup was made for child &apos;%1&apos;.</source>
        <translation>La copia de seguridad se hizo para el hijo &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="293"/>
        <source>Warning: the parent could not be reached; the zip comes from the parent UUID given, and this node registers there at its first sync.</source>
        <translation>Aviso: no se pudo contactar con el padre; el zip viene del padre cuyo UUID se indicó, y este nodo se registrará allí en su primera sincronización.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="299"/>
        <source>Registered this node at &apos;%1&apos;. Run &apos;s15n sync %2&apos; to bring what changed there since the backup.</source>
        <translation>Se registró este nodo en &apos;%1&apos;. Ejecute &apos;s15n sync %2&apos; para traer lo que cambió allí desde la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="170"/>
        <source>There is already a repository named &apos;%1&apos;.</source>
        <translation>Ya existe un repositorio llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="239"/>
        <location filename="../core/cli/repocommands.cpp" line="172"/>
        <source>Password for %1 at %2: </source>
        <translation>Contraseña de %1 en %2: </translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="174"/>
        <source>No password was given (prompt or one line on stdin). Nothing was added.</source>
        <translation>No se indicó ninguna contraseña (solicitud interactiva o una línea en stdin). No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="289"/>
        <location filename="../core/cli/repocommands.cpp" line="179"/>
        <source>Added repository &apos;%1&apos; (%2); its password is kept in %3.</source>
        <translation>Se añadió el repositorio &apos;%1&apos; (%2); su contraseña se guarda en %3.</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="145"/>
        <location filename="../core/cli/backupcommands.cpp" line="276"/>
        <location filename="../core/cli/backupcommands.cpp" line="297"/>
        <location filename="../core/cli/repocommands.cpp" line="183"/>
        <location filename="../core/cli/repocommands.cpp" line="245"/>
        <location filename="../core/cli/repocommands.cpp" line="323"/>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="186"/>
        <source>Registered this node at &apos;%1&apos; (%2).</source>
        <translation>Se registró este nodo en &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="194"/>
        <source>repo %1 needs exactly one NAME.</source>
        <translation>repo %1 requiere exactamente un NAME.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="208"/>
        <source>Nothing to change: give --url, --user, --proxy, --uuid, --ca-cert, --accept-pushes or --password.</source>
        <translation>Nada que cambiar: indique --url, --user, --proxy, --uuid, --ca-cert, --accept-pushes o --password.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="231"/>
        <source>New password for %1 at %2: </source>
        <translation>Nueva contraseña de %1 en %2: </translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="233"/>
        <source>No password was given. Nothing was changed.</source>
        <translation>No se indicó ninguna contraseña. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="237"/>
        <source>Repository &apos;%1&apos; changed.</source>
        <translation>Se modificó el repositorio &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="246"/>
        <source>Repository &apos;%1&apos; removed.</source>
        <translation>Se eliminó el repositorio &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="253"/>
        <source>This node is registered at &apos;%1&apos; (%2).</source>
        <translation>Este nodo está registrado en &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="259"/>
        <source>Unknown repo action &apos;%1&apos;: use add, edit, list, remove or register.</source>
        <translation>Acción de repositorio desconocida &apos;%1&apos;: use add, edit, list, remove o register.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="266"/>
        <source>Only this resource (repeatable).</source>
        <translation>Solo este recurso (se puede repetir).</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="102"/>
        <location filename="../core/cli/backupcommands.cpp" line="190"/>
        <location filename="../core/cli/repocommands.cpp" line="268"/>
        <source>Print only errors.</source>
        <translation>Mostrar solo los errores.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="270"/>
        <source>Give up on a request when no data moved for this many seconds (default %1).</source>
        <translation>Abandonar una solicitud cuando no se hayan transferido datos durante esta cantidad de segundos (predeterminado: %1).</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="282"/>
        <source>--timeout is a number of seconds from 1 to 3600.</source>
        <translation>--timeout es un número de segundos de 1 a 3600.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="287"/>
        <source>sync takes at most one repository name.</source>
        <translation>sync admite como máximo un nombre de repositorio.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="300"/>
        <source>There are no repositories to sync with; add one with &apos;s15n repo add&apos;.</source>
        <translation>No hay repositorios con los que sincronizar; añada uno con &apos;s15n repo add&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="319"/>
        <source>s15n: sync with &apos;%1&apos; failed: %2</source>
        <translation>s15n: falló la sincronización con &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="325"/>
        <source>%1: pulled %2 (applied %3, conflicts %4, skipped %5, failed %6); pushed %7 (applied %8, conflicts %9, skipped %10, failed %11).</source>
        <translation>%1: traídos %2 (aplicados %3, conflictos %4, omitidos %5, fallidos %6); enviados %7 (aplicados %8, conflictos %9, omitidos %10, fallidos %11).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="76"/>
        <source>Address and port to listen on (default 127.0.0.1:%1; port 0 picks a free one; 0.0.0.0:PORT for every interface).</source>
        <translation>Dirección y puerto en los que escuchar (predeterminado: 127.0.0.1:%1; el puerto 0 elige uno libre; 0.0.0.0:PORT para todas las interfaces).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="80"/>
        <source>PEM certificate (chain) for HTTPS.</source>
        <translation>Certificado PEM (cadena) para HTTPS.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="82"/>
        <source>PEM private key for HTTPS (unencrypted).</source>
        <translation>Clave privada PEM para HTTPS (sin cifrar).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="84"/>
        <source>Do not run the scheduled jobs.</source>
        <translation>No ejecutar las tareas programadas.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="86"/>
        <source>Largest request body accepted, in MiB (default 64).</source>
        <translation>Tamaño máximo aceptado del cuerpo de una solicitud, en MiB (predeterminado: 64).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="93"/>
        <source>serve takes no arguments besides its options.</source>
        <translation>serve no admite argumentos aparte de sus opciones.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="118"/>
        <source>--listen takes ADDRESS:PORT, for example 127.0.0.1:8470, 0.0.0.0:0 or [::1]:8470; &apos;%1&apos; is not that.</source>
        <translation>--listen admite ADDRESS:PORT, por ejemplo 127.0.0.1:8470, 0.0.0.0:0 o [::1]:8470; &apos;%1&apos; no lo es.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="95"/>
        <source>HTTPS needs both --tls-cert and --tls-key.</source>
        <translation>HTTPS requiere tanto --tls-cert como --tls-key.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="101"/>
        <source>--max-body-mb is a number of MiB from 1 to 4096.</source>
        <translation>--max-body-mb es un número de MiB de 1 a 4096.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="137"/>
        <source>Stopping.</source>
        <translation>Deteniendo.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="143"/>
        <source>Warning: SIGTERM cannot be caught; stopping may cut a page short (it is rolled back).</source>
        <translation>Advertencia: no se puede capturar SIGTERM; al detenerse puede quedar una página a medias (se revierte).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="151"/>
        <source>Listening on %1://%2:%3 as node %4 (%5)%6.</source>
        <translation>Escuchando en %1://%2:%3 como nodo %4 (%5)%6.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="156"/>
        <source>, running scheduled jobs</source>
        <translation>, ejecutando las tareas programadas</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="159"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="168"/>
        <source>The peer&apos;s name.</source>
        <translation>El nombre del par.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="170"/>
        <source>The account the peer logs in with.</source>
        <translation>La cuenta con la que inicia sesión el par.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="172"/>
        <source>The peer&apos;s sync ID (1..64).</source>
        <translation>El ID de sincronización del par (1..64).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="173"/>
        <source>yes or no.</source>
        <translation>yes o no.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="182"/>
        <source>peer needs list, add, edit or remove.</source>
        <translation>peer requiere list, add, edit o remove.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="188"/>
        <source>--accept-pushes is yes or no, not &apos;%1&apos;.</source>
        <translation>--accept-pushes admite yes o no, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="208"/>
        <source>No peers are registered here. A peer registers itself with &apos;s15n repo add&apos;.</source>
        <translation>No hay pares registrados aquí. Un par se registra a sí mismo con &apos;s15n repo add&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="65"/>
        <source>Print JSON (list, exclusions).</source>
        <translation>Mostrar en formato JSON (list, exclusions).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="66"/>
        <source>The new account the child logs in with (add).</source>
        <translation>La cuenta nueva con la que el hijo inicia sesión (add).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="69"/>
        <source>The child&apos;s node UUID (add, edit); without it, the child&apos;s first registration with its account fills it in.</source>
        <translation>El UUID del nodo del hijo (add, edit); si no se indica, lo rellena el primer registro del hijo con su cuenta.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="73"/>
        <source>Forget the child&apos;s UUID; its next registration fills it in (edit).</source>
        <translation>Olvidar el UUID del hijo; su próximo registro lo rellena (edit).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="75"/>
        <source>A table the child may not receive (add, edit; repeat it or give a comma-separated list).</source>
        <translation>Una tabla que el hijo no puede recibir (add, edit; repita la opción o indique una lista separada por comas).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="78"/>
        <source>A table the child receives again (edit).</source>
        <translation>Una tabla que el hijo vuelve a recibir (edit).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="81"/>
        <source>Set a new password for the child&apos;s account (edit; prompt or stdin).</source>
        <translation>Establecer una nueva contraseña para la cuenta del hijo (edit; se pide o por stdin).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="82"/>
        <source>A note about the child (add, edit).</source>
        <translation>Una nota sobre el hijo (add, edit).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="84"/>
        <source>A table no child receives (exclusions).</source>
        <translation>Una tabla que ningún hijo recibe (exclusions).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="86"/>
        <source>A table children receive again (exclusions).</source>
        <translation>Una tabla que los hijos vuelven a recibir (exclusions).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="102"/>
        <source>child needs add, edit, list, remove or exclusions.</source>
        <translation>child necesita add, edit, list, remove o exclusions.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="105"/>
        <source>Unknown child action &apos;%1&apos;: use add, edit, list, remove or exclusions.</source>
        <translation>Acción de child desconocida &apos;%1&apos;: use add, edit, list, remove o exclusions.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="127"/>
        <source>--%1 goes with &apos;child %2&apos; only.</source>
        <translation>--%1 solo se usa con &apos;child %2&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="133"/>
        <source>child %1 needs exactly one NICK (in quotes if it has spaces).</source>
        <translation>child %1 necesita exactamente un NICK (entre comillas si tiene espacios).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="136"/>
        <source>child %1 takes no NICK.</source>
        <translation>child %1 no admite ningún NICK.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="147"/>
        <source>Give --uuid or --clear-uuid, not both.</source>
        <translation>Indique --uuid o --clear-uuid, no ambos.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="156"/>
        <source>child add needs --user: the new account the child logs in with.</source>
        <translation>child add necesita --user: la cuenta nueva con la que el hijo inicia sesión.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="174"/>
        <source>It receives every resource.</source>
        <translation>Recibe todos los recursos.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="175"/>
        <source>It does not receive: %1.</source>
        <translation>No recibe: %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="179"/>
        <location filename="../core/cli/childcommands.cpp" line="246"/>
        <source>s15n: warning: %1</source>
        <translation>s15n: advertencia: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="195"/>
        <source>No children. Add one with &apos;s15n child add NICK --user USER&apos;.</source>
        <translation>No hay hijos. Añada uno con &apos;s15n child add NICK --user USER&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="200"/>
        <source>(at first sync)</source>
        <translation>(en la primera sincronización)</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="206"/>
        <source>never</source>
        <translation>nunca</translation>
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
        <translation>CUENTA</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="208"/>
        <source>NICKNAME</source>
        <translation>ALIAS</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="208"/>
        <source>EXCLUDED</source>
        <translation>EXCLUIDAS</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="208"/>
        <source>LAST CONTACT</source>
        <translation>ÚLTIMO CONTACTO</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="212"/>
        <source>No child receives: %1 (&apos;s15n child exclusions&apos;).</source>
        <translation>Ningún hijo recibe: %1 (&apos;s15n child exclusions&apos;).</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="237"/>
        <source>No table is excluded for every child: children receive every resource but their own exclusions.</source>
        <translation>Ninguna tabla está excluida para todos los hijos: los hijos reciben todos los recursos salvo sus propias exclusiones.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="239"/>
        <source>No child receives: %1.</source>
        <translation>Ningún hijo recibe: %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="258"/>
        <source>Removed child &apos;%1&apos; with its account %2 and its registration here; it can no longer sync with this node.</source>
        <translation>Se eliminó el hijo &apos;%1&apos; con su cuenta %2 y su registro aquí; ya no puede sincronizarse con este nodo.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="276"/>
        <source>Password for %1 (child %2): </source>
        <translation>Contraseña de %1 (hijo %2): </translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="283"/>
        <source>Added child &apos;%1&apos; with the account %2; its UUID is recorded when it first syncs with that account.</source>
        <translation>Se añadió el hijo &apos;%1&apos; con la cuenta %2; su UUID se guarda cuando se sincroniza por primera vez con esa cuenta.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="286"/>
        <source>Added child &apos;%1&apos; (node %2) with the account %3.</source>
        <translation>Se añadió el hijo &apos;%1&apos; (nodo %2) con la cuenta %3.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="303"/>
        <source>Nothing to change: give --uuid, --clear-uuid, --exclude, --allow, --password or --note.</source>
        <translation>Nada que cambiar: indique --uuid, --clear-uuid, --exclude, --allow, --password o --note.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="315"/>
        <source>New password for %1 (child %2): </source>
        <translation>Nueva contraseña de %1 (hijo %2): </translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="322"/>
        <source>Changed child &apos;%1&apos;.</source>
        <translation>Se modificó el hijo &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="325"/>
        <source>Its UUID is recorded again when it next registers with its account.</source>
        <translation>Su UUID se guardará de nuevo cuando vuelva a registrarse con su cuenta.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="326"/>
        <source>It is node %1.</source>
        <translation>Es el nodo %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/childcommands.cpp" line="329"/>
        <source>Its account has a new password; the child must use it from now on.</source>
        <translation>Su cuenta tiene una contraseña nueva; el hijo debe usarla a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="218"/>
        <source>LAST SEEN</source>
        <translation>ÚLTIMA CONEXIÓN</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="222"/>
        <source>peer %1 needs exactly one UUID.</source>
        <translation>peer %1 requiere exactamente un UUID.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="225"/>
        <source>&apos;%1&apos; is not a node UUID.</source>
        <translation>&apos;%1&apos; no es un UUID de nodo.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="232"/>
        <source>peer add needs --name and --user.</source>
        <translation>peer add requiere --name y --user.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="234"/>
        <source>That is this node&apos;s own UUID.</source>
        <translation>Ese es el UUID de este mismo nodo.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="239"/>
        <source>--sync-id is a number from 1 to 64.</source>
        <translation>--sync-id es un número de 1 a 64.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="250"/>
        <source>Node %1 is registered here already (&apos;s15n peer list&apos;).</source>
        <translation>El nodo %1 ya está registrado aquí (&apos;s15n peer list&apos;).</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="253"/>
        <source>Registered node %1 (&apos;%2&apos;) with account %3.</source>
        <translation>Se registró el nodo %1 (&apos;%2&apos;) con la cuenta %3.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="260"/>
        <source>peer edit needs --accept-pushes yes|no.</source>
        <translation>peer edit requiere --accept-pushes yes|no.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="263"/>
        <source>Pushes from %1 are accepted.</source>
        <translation>Se aceptan los envíos (push) de %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="263"/>
        <source>Pushes from %1 are refused.</source>
        <translation>Se rechazan los envíos (push) de %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="272"/>
        <source>Node %1 is no longer registered here.</source>
        <translation>El nodo %1 ya no está registrado aquí.</translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="276"/>
        <source>Unknown peer action &apos;%1&apos;: use list, add, edit or remove.</source>
        <translation>Acción de par desconocida &apos;%1&apos;: use list, add, edit o remove.</translation>
    </message>
    <message>
        <location filename="../core/cli/workerglue.cpp" line="21"/>
        <location filename="../core/cli/workerglue.cpp" line="31"/>
        <source>s15n: the scheduled jobs do not run: %1</source>
        <translation>s15n: las tareas programadas no se ejecutan: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/workerglue.cpp" line="28"/>
        <source>s15n: scheduled jobs: %1</source>
        <translation>s15n: tareas programadas: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="27"/>
        <source>Default proxy for repositories without one (http://HOST:PORT or socks5://HOST:PORT); empty for none.</source>
        <translation>Proxy predeterminado para los repositorios que no tienen uno (http://HOST:PORT o socks5://HOST:PORT); vacío para ninguno.</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="31"/>
        <source>Where &apos;s15n serve&apos; listens without --listen (ADDR:PORT); empty for 127.0.0.1:%1.</source>
        <translation>Dónde escucha &apos;s15n serve&apos; sin --listen (ADDR:PORT); vacío para 127.0.0.1:%1.</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="36"/>
        <source>PEM certificate &apos;s15n serve&apos; uses without --tls-cert; empty for plain HTTP (give --tls-key too).</source>
        <translation>Certificado PEM que usa &apos;s15n serve&apos; sin --tls-cert; vacío para HTTP sin cifrar (indique también --tls-key).</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="39"/>
        <source>PEM private key that goes with --tls-cert.</source>
        <translation>Clave privada PEM correspondiente a --tls-cert.</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="46"/>
        <source>settings takes no arguments besides its options.</source>
        <translation>settings no admite argumentos aparte de sus opciones.</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="83"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="84"/>
        <source>Default proxy:     %1</source>
        <translation>Proxy predeterminado: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="88"/>
        <source>Serve on:          %1</source>
        <translation>Servir en:            %1</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="90"/>
        <source>127.0.0.1:%1 (default)</source>
        <translation>127.0.0.1:%1 (predeterminado)</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="93"/>
        <source>TLS certificate:   %1</source>
        <translation>Certificado TLS:      %1</translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="96"/>
        <source>TLS key:           %1</source>
        <translation>Clave TLS:            %1</translation>
    </message>
</context>
<context>
    <name>s15n::CredentialStore</name>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="300"/>
        <source>the keychain (Secret Service)</source>
        <translation>el llavero (Secret Service)</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="302"/>
        <source>the file %1 (set by %2)</source>
        <translation>el archivo %1 (definido por %2)</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="303"/>
        <source>the file %1, readable only by you (there is no Secret Service without a D-Bus session, as on a headless server)</source>
        <translation>el archivo %1, legible solo por usted (no hay Secret Service sin una sesión D-Bus, como ocurre en un servidor sin interfaz gráfica)</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="336"/>
        <source>The password for the repository &apos;%1&apos; is empty.</source>
        <translation>La contraseña del repositorio &apos;%1&apos; está vacía.</translation>
    </message>
</context>
<context>
    <name>s15n::CredentialsFile</name>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="100"/>
        <location filename="../core/secrets/credentialstore.cpp" line="127"/>
        <source>Cannot read the credentials file %1: %2</source>
        <translation>No se puede leer el archivo de credenciales %1: %2</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="118"/>
        <source>Line %1 of the credentials file %2 is not KEY=PASSWORD; correct or remove it.</source>
        <translation>La línea %1 del archivo de credenciales %2 no tiene el formato KEY=PASSWORD; corríjala o elimínela.</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="137"/>
        <location filename="../core/secrets/credentialstore.cpp" line="229"/>
        <source>Cannot check the credentials file %1: %2</source>
        <translation>No se puede comprobar el archivo de credenciales %1: %2</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="146"/>
        <source>The credentials file %1 is not a regular file; give %2 a file path.</source>
        <translation>El archivo de credenciales %1 no es un archivo normal; indique en %2 la ruta de un archivo.</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="150"/>
        <source>The credentials file %1 belongs to another user (uid %2); run s15n as that user, or give this user a file of its own with %3.</source>
        <translation>El archivo de credenciales %1 pertenece a otro usuario (uid %2); ejecute s15n como ese usuario o asigne a este usuario un archivo propio con %3.</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="157"/>
        <source>The credentials file %1 holds passwords but other users may read or change it (mode %2). Make it private with: chmod 600 %3</source>
        <translation>El archivo de credenciales %1 contiene contraseñas, pero otros usuarios pueden leerlo o modificarlo (modo %2). Hágalo privado con: chmod 600 %3</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="172"/>
        <location filename="../core/secrets/credentialstore.cpp" line="190"/>
        <source>Cannot write the credentials file %1: %2</source>
        <translation>No se puede escribir el archivo de credenciales %1: %2</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="175"/>
        <source>Cannot make the credentials file %1 private (mode 0600): %2</source>
        <translation>No se puede hacer privado el archivo de credenciales %1 (modo 0600): %2</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="202"/>
        <source>Cannot create the folder %1 for the credentials file.</source>
        <translation>No se puede crear la carpeta %1 para el archivo de credenciales.</translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="213"/>
        <source>Another program is changing the credentials file %1 (lock file %2). Try again; if none runs, remove the lock file.</source>
        <translation>Otro programa está modificando el archivo de credenciales %1 (archivo de bloqueo %2). Inténtelo de nuevo; si no hay ninguno en ejecución, elimine el archivo de bloqueo.</translation>
    </message>
</context>
<context>
    <name>s15n::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="58"/>
        <source>No node database at %1. Create one with &apos;s15n init&apos; or give --db.</source>
        <translation>No hay ninguna base de datos de nodo en %1. Cree una con &apos;s15n init&apos; o indique --db.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="62"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="67"/>
        <source>The Qt SQLite driver is missing: install libqt6sql6-sqlite.</source>
        <translation>Falta el controlador SQLite de Qt: instale libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="72"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="81"/>
        <source>Cannot set up %1: %2</source>
        <translation>No se puede configurar %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="89"/>
        <source>The Qt PostgreSQL driver is missing: install libqt6sql6-psql.</source>
        <translation>Falta el controlador PostgreSQL de Qt: instale libqt6sql6-psql.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="99"/>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="132"/>
        <source>The database %1 cannot be reached: %2</source>
        <translation>No se puede acceder a la base de datos %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="194"/>
        <source>Cannot switch %1 to WAL: %2</source>
        <translation>No se puede cambiar %1 a WAL: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="207"/>
        <location filename="../core/storage/database.cpp" line="211"/>
        <source>Cannot start a transaction: %1</source>
        <translation>No se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="221"/>
        <location filename="../core/storage/database.cpp" line="225"/>
        <source>Cannot commit: %1</source>
        <translation>No se puede confirmar la transacción: %1</translation>
    </message>
</context>
<context>
    <name>s15n::DatabaseLocation</name>
    <message>
        <location filename="../core/storage/databaselocation.cpp" line="23"/>
        <source>The database location is empty.</source>
        <translation>La ubicación de la base de datos está vacía.</translation>
    </message>
    <message>
        <location filename="../core/storage/databaselocation.cpp" line="29"/>
        <source>&apos;%1&apos; is not a valid PostgreSQL URL: %2</source>
        <translation>&apos;%1&apos; no es una URL de PostgreSQL válida: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/databaselocation.cpp" line="32"/>
        <source>Do not put the password in the database URL (it would show in process lists and shell history). Set PGPASSWORD or store it with &apos;s15n db-password&apos;.</source>
        <translation>No incluya la contraseña en la URL de la base de datos (se vería en las listas de procesos y en el historial del shell). Defina PGPASSWORD o guárdela con &apos;s15n db-password&apos;.</translation>
    </message>
    <message>
        <location filename="../core/storage/databaselocation.cpp" line="42"/>
        <source>A PostgreSQL location looks like postgresql://user@host:port/dbname; &apos;%1&apos; lacks a host or database name.</source>
        <translation>Una ubicación de PostgreSQL tiene la forma postgresql://user@host:port/dbname; a &apos;%1&apos; le falta el host o el nombre de la base de datos.</translation>
    </message>
    <message>
        <location filename="../core/storage/databaselocation.cpp" line="49"/>
        <source>Unknown database URL &apos;%1&apos;: use a file path (SQLite) or postgresql://...</source>
        <translation>URL de base de datos desconocida &apos;%1&apos;: use una ruta de archivo (SQLite) o postgresql://...</translation>
    </message>
</context>
<context>
    <name>s15n::EntryWriter</name>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="260"/>
        <source>Cannot write the rows of %1: %2</source>
        <translation>No se pueden escribir las filas de %1: %2</translation>
    </message>
</context>
<context>
    <name>s15n::Exclusions</name>
    <message>
        <location filename="../core/server/childstore.cpp" line="98"/>
        <source>Table &apos;%1&apos; is not sent to child &apos;%2&apos;: remove it from the child&apos;s exclusions (&apos;s15n child edit %3 --allow %1&apos;) and from the global exclusions (&apos;s15n child exclusions --remove %1&apos;) on the parent.</source>
        <translation>La tabla &apos;%1&apos; no se envía al hijo &apos;%2&apos;: quítela de las exclusiones del hijo (&apos;s15n child edit %3 --allow %1&apos;) y de las exclusiones globales (&apos;s15n child exclusions --remove %1&apos;) en el padre.</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="103"/>
        <source>Table &apos;%1&apos; is not sent to child &apos;%2&apos;: remove it from the child&apos;s exclusions on the parent (&apos;s15n child edit %3 --allow %1&apos;).</source>
        <translation>La tabla &apos;%1&apos; no se envía al hijo &apos;%2&apos;: quítela de las exclusiones del hijo en el padre (&apos;s15n child edit %3 --allow %1&apos;).</translation>
    </message>
    <message>
        <location filename="../core/server/childstore.cpp" line="106"/>
        <source>Table &apos;%1&apos; is not sent to any child, so not to child &apos;%2&apos; either: remove it from the global exclusions on the parent (&apos;s15n child exclusions --remove %1&apos;).</source>
        <translation>La tabla &apos;%1&apos; no se envía a ningún hijo, así que tampoco al hijo &apos;%2&apos;: quítela de las exclusiones globales en el padre (&apos;s15n child exclusions --remove %1&apos;).</translation>
    </message>
</context>
<context>
    <name>s15n::Exporter</name>
    <message>
        <location filename="../core/sync/exporter.cpp" line="218"/>
        <source>Cannot read the changes of %1: %2</source>
        <translation>No se pueden leer los cambios de %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="272"/>
        <source>Cannot read rows of %1: %2</source>
        <translation>No se pueden leer las filas de %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="294"/>
        <source>%1 is a pull-only resource: its changes are not sent.</source>
        <translation>%1 es un recurso de solo recepción (pull): sus cambios no se envían.</translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="317"/>
        <location filename="../core/sync/exporter.cpp" line="328"/>
        <source>Cannot write the export: %1</source>
        <translation>No se puede escribir la exportación: %1</translation>
    </message>
</context>
<context>
    <name>s15n::GuardedTcpServer</name>
    <message>
        <location filename="../core/server/guardedtcpserver.cpp" line="120"/>
        <source>The request was refused: %1.</source>
        <translation>Se rechazó la solicitud: %1.</translation>
    </message>
</context>
<context>
    <name>s15n::Importer</name>
    <message>
        <location filename="../core/sync/importer.cpp" line="38"/>
        <source>Page %1 (%2) was not applied: %3%4 Fix the cause and run the import again: pages already applied are not applied twice.</source>
        <translation>La página %1 (%2) no se aplicó: %3%4 Corrija la causa y vuelva a ejecutar la importación: las páginas ya aplicadas no se aplican dos veces.</translation>
    </message>
    <message>
        <location filename="../core/sync/importer.cpp" line="43"/>
        <location filename="../core/sync/importer.cpp" line="60"/>
        <source> The %1 page(s) before it were applied.</source>
        <translation> Las páginas anteriores (%1) sí se aplicaron.</translation>
    </message>
    <message>
        <location filename="../core/sync/importer.cpp" line="57"/>
        <source>The file is not a valid s15n export (page %1): %2%3</source>
        <translation>El archivo no es una exportación de s15n válida (página %1): %2%3</translation>
    </message>
    <message>
        <location filename="../core/sync/importer.cpp" line="61"/>
        <source> Nothing was applied.</source>
        <translation> No se aplicó nada.</translation>
    </message>
    <message>
        <location filename="../core/sync/importer.cpp" line="64"/>
        <source>The file holds no pages of changes.</source>
        <translation>El archivo no contiene ninguna página de cambios.</translation>
    </message>
</context>
<context>
    <name>s15n::JobStore</name>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="95"/>
        <source>A job needs the name of a repository.</source>
        <translation>Una tarea programada necesita el nombre de un repositorio.</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="102"/>
        <source>There is no repository &apos;%1&apos;. Add it with &apos;s15n repo add&apos;, or see &apos;s15n repo list&apos;.</source>
        <translation>No existe el repositorio &apos;%1&apos;. Añádalo con &apos;s15n repo add&apos; o consulte &apos;s15n repo list&apos;.</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="109"/>
        <source>The time between runs (every) must be at least 1 second; %1 is not.</source>
        <translation>El tiempo entre ejecuciones (every) debe ser de al menos 1 segundo; %1 no lo es.</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="113"/>
        <source>The time between runs (every) must be at most %1 days.</source>
        <translation>El tiempo entre ejecuciones (every) debe ser como máximo de %1 días.</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="115"/>
        <source>The timeout must be at least 1 second; %1 is not.</source>
        <translation>El tiempo límite debe ser de al menos 1 segundo; %1 no lo es.</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="118"/>
        <source>The timeout must be at most %1 days.</source>
        <translation>El tiempo límite debe ser como máximo de %1 días.</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="120"/>
        <source>A job needs a start time.</source>
        <translation>Una tarea programada necesita una hora de inicio.</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="122"/>
        <source>The end time (%1) must be after the start time (%2).</source>
        <translation>La hora de fin (%1) debe ser posterior a la hora de inicio (%2).</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="126"/>
        <source>The number of runs (repeat) must be 0 (no limit) or more; %1 is not.</source>
        <translation>El número de ejecuciones (repeat) debe ser 0 (sin límite) o mayor; %1 no lo es.</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="149"/>
        <source>Cannot add the job: %1</source>
        <translation>No se puede añadir la tarea programada: %1</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="180"/>
        <source>Cannot change job %1: %2</source>
        <translation>No se puede modificar la tarea programada %1: %2</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="188"/>
        <source>Cannot remove job %1: %2</source>
        <translation>No se puede eliminar la tarea programada %1: %2</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="208"/>
        <source>Cannot claim a run of job %1: %2</source>
        <translation>No se puede reservar una ejecución de la tarea programada %1: %2</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="241"/>
        <source>Cannot record the run of job %1: %2</source>
        <translation>No se puede registrar la ejecución de la tarea programada %1: %2</translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="254"/>
        <source>Cannot release the claim on job %1: %2</source>
        <translation>No se puede liberar la reserva de la tarea programada %1: %2</translation>
    </message>
</context>
<context>
    <name>s15n::ManifestReader</name>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="84"/>
        <source>The backup&apos;s manifest.xml is not valid (line %1, column %2): %3</source>
        <translation>El manifest.xml de la copia de seguridad no es válido (línea %1, columna %2): %3</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="94"/>
        <location filename="../core/backup/backupmanifest.cpp" line="124"/>
        <source>the document ends too early: it is truncated</source>
        <translation>el documento termina demasiado pronto: está truncado</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="95"/>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formado: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="107"/>
        <source>elements in a namespace are not allowed: &lt;%1&gt;</source>
        <translation>no se permiten elementos en un espacio de nombres: &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="116"/>
        <source>unexpected text &quot;%1&quot;</source>
        <translation>texto inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="118"/>
        <source>a DTD is not allowed</source>
        <translation>no se permite una DTD</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="120"/>
        <source>unknown entity &amp;%1;</source>
        <translation>entidad desconocida &amp;%1;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="146"/>
        <source>&lt;%1&gt;: unknown attribute &quot;%2&quot;</source>
        <translation>&lt;%1&gt;: atributo desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="155"/>
        <source>&lt;%1&gt;: the attribute &quot;%2&quot; is missing</source>
        <translation>&lt;%1&gt;: falta el atributo &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="174"/>
        <source>&lt;%1&gt;: &quot;%2&quot; and &quot;%3&quot; cannot both be given</source>
        <translation>&lt;%1&gt;: no se pueden indicar &quot;%2&quot; y &quot;%3&quot; a la vez</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="179"/>
        <source>&lt;%1&gt;: &quot;%2&quot; is not valid base64 text</source>
        <translation>&lt;%1&gt;: &quot;%2&quot; no es texto base64 válido</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="195"/>
        <source>&lt;%1&gt;: &quot;%2&quot; is not a non-negative integer: &quot;%3&quot;</source>
        <translation>&lt;%1&gt;: &quot;%2&quot; no es un entero no negativo: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="208"/>
        <source>&lt;%1&gt;: &quot;%2&quot; is not true or false: &quot;%3&quot;</source>
        <translation>&lt;%1&gt;: &quot;%2&quot; no es true ni false: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="220"/>
        <source>this is not an s15n backup manifest (the root element is &lt;%1&gt;, not &lt;%2&gt;)</source>
        <translation>esto no es un manifiesto de copia de seguridad de s15n (el elemento raíz es &lt;%1&gt;, no &lt;%2&gt;)</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="227"/>
        <source>the format &quot;%1&quot; is not a number</source>
        <translation>el formato &quot;%1&quot; no es un número</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="229"/>
        <source>This backup was made by a newer s15n (format %1); this s15n reads format %2: upgrade s15n on this node.</source>
        <translation>Esta copia de seguridad la hizo un s15n más reciente (formato %1); este s15n lee el formato %2: actualice s15n en este nodo.</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="236"/>
        <source>format %1 is not supported (this s15n reads format %2)</source>
        <translation>el formato %1 no es compatible (este s15n lee el formato %2)</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="254"/>
        <source>&lt;%1&gt;: &quot;parent&quot; is not a node UUID: &quot;%2&quot;</source>
        <translation>&lt;%1&gt;: &quot;parent&quot; no es un UUID de nodo: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="265"/>
        <source>&lt;%1&gt;: &quot;created&quot; is not a UTC time like 2025-11-23T10:00:00.000Z: &quot;%2&quot;</source>
        <translation>&lt;%1&gt;: &quot;created&quot; no es una hora UTC como 2025-11-23T10:00:00.000Z: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="275"/>
        <source>&lt;%1&gt;: &quot;dialect&quot; is neither sqlite nor postgresql: &quot;%2&quot;</source>
        <translation>&lt;%1&gt;: &quot;dialect&quot; no es ni sqlite ni postgresql: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="284"/>
        <source>unknown element &lt;%1&gt; in &lt;%2&gt;</source>
        <translation>elemento desconocido &lt;%1&gt; en &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="302"/>
        <source>unexpected content after &lt;/%1&gt;</source>
        <translation>contenido inesperado después de &lt;/%1&gt;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="320"/>
        <source>&lt;resource&gt;: &quot;mode&quot; is not pull, push or both: &quot;%1&quot;</source>
        <translation>&lt;resource&gt;: &quot;mode&quot; no es pull, push ni both: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="326"/>
        <source>&lt;resource&gt;: &quot;strategy&quot; is not a list of create, update, delete: &quot;%1&quot;</source>
        <translation>&lt;resource&gt;: &quot;strategy&quot; no es una lista de create, update, delete: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="336"/>
        <source>&lt;resource&gt;: &quot;%1&quot; is not THIS, OTHER, NEWER, MASTER or MANUAL: &quot;%2&quot;</source>
        <translation>&lt;resource&gt;: &quot;%1&quot; no es THIS, OTHER, NEWER, MASTER ni MANUAL: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="346"/>
        <source>&lt;resource&gt;: &quot;sha256&quot; is not 64 lower-case hex digits: &quot;%1&quot;</source>
        <translation>&lt;resource&gt;: &quot;sha256&quot; no son 64 dígitos hexadecimales en minúsculas: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="362"/>
        <source>unknown element &lt;%1&gt; in &lt;resource&gt;</source>
        <translation>elemento desconocido &lt;%1&gt; en &lt;resource&gt;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="364"/>
        <source>&lt;column&gt; after &lt;index&gt; in &lt;resource&gt;</source>
        <translation>&lt;column&gt; después de &lt;index&gt; en &lt;resource&gt;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="384"/>
        <source>&lt;index&gt; must be empty, but holds &lt;%1&gt;</source>
        <translation>&lt;index&gt; debe estar vacío, pero contiene &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="400"/>
        <source>&lt;column name=&quot;%1&quot;&gt;: &quot;type&quot; is not int, real, text, blob, bool or ref: &quot;%2&quot;</source>
        <translation>&lt;column name=&quot;%1&quot;&gt;: &quot;type&quot; no es int, real, text, blob, bool ni ref: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="410"/>
        <source>&lt;column name=&quot;%1&quot;&gt;: &quot;table&quot; and &quot;ref-column&quot; belong to type ref only</source>
        <translation>&lt;column name=&quot;%1&quot;&gt;: &quot;table&quot; y &quot;ref-column&quot; solo corresponden al tipo ref</translation>
    </message>
    <message>
        <location filename="../core/backup/backupmanifest.cpp" line="416"/>
        <source>&lt;column&gt; must be empty, but holds &lt;%1&gt;</source>
        <translation>&lt;column&gt; debe estar vacío, pero contiene &lt;%1&gt;</translation>
    </message>
</context>
<context>
    <name>s15n::Migrations</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="92"/>
        <source>Missing migration %1.</source>
        <translation>Falta la migración %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="100"/>
        <source>Migration %1 failed: %2</source>
        <translation>La migración %1 falló: %2</translation>
    </message>
</context>
<context>
    <name>s15n::Node</name>
    <message>
        <location filename="../core/storage/node.cpp" line="27"/>
        <source>The sync ID must be between 1 and %1 (1 = the parent), or 0 for none; %2 is not.</source>
        <translation>El ID de sincronización debe estar entre 1 y %1 (1 = el padre), o ser 0 para ninguno; %2 no lo es.</translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="61"/>
        <source>%1 already holds an s15n node; it is never initialised twice (its UUID must not change). Use &apos;s15n info&apos; to see it.</source>
        <translation>%1 ya contiene un nodo de s15n; un nodo nunca se inicializa dos veces (su UUID no debe cambiar). Use &apos;s15n info&apos; para verlo.</translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="102"/>
        <source>%1 is not an s15n node yet. Create one with &apos;s15n init&apos;.</source>
        <translation>%1 todavía no es un nodo de s15n. Cree uno con &apos;s15n init&apos;.</translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="105"/>
        <source>%1 was made by a newer s15n (schema %2); upgrade s15n.</source>
        <translation>%1 fue creado por una versión más reciente de s15n (esquema %2); actualice s15n.</translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="130"/>
        <source>The node&apos;s UUID is missing or damaged in %1.</source>
        <translation>Falta el UUID del nodo en %1 o está dañado.</translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="174"/>
        <source>The node needs a name.</source>
        <translation>El nodo necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>s15n::NodeSettings</name>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="93"/>
        <source>The address to serve on takes ADDRESS:PORT, for example 127.0.0.1:8470, 0.0.0.0:8470 or [::1]:8470; &apos;%1&apos; is not that.</source>
        <translation>La dirección en la que servir admite ADDRESS:PORT, por ejemplo 127.0.0.1:8470, 0.0.0.0:8470 o [::1]:8470; &apos;%1&apos; no lo es.</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="97"/>
        <source>HTTPS needs both a certificate file and a key file.</source>
        <translation>HTTPS requiere tanto un archivo de certificado como un archivo de clave.</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="99"/>
        <source>certificate</source>
        <translation>certificado</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="101"/>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="114"/>
        <source>&apos;%1&apos; is not a usable proxy: give http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>&apos;%1&apos; no es un proxy utilizable: indique http://HOST:PORT o socks5://HOST:PORT.</translation>
    </message>
</context>
<context>
    <name>s15n::NodeSetup</name>
    <message>
        <location filename="../core/storage/nodesetup.cpp" line="59"/>
        <source>Cancelled: nothing was created.</source>
        <translation>Cancelado: no se creó nada.</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesetup.cpp" line="78"/>
        <source>Nothing was created.</source>
        <translation>No se creó nada.</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesetup.cpp" line="94"/>
        <source>%1 Nothing was created.</source>
        <translation>%1 No se creó nada.</translation>
    </message>
    <message>
        <location filename="../core/storage/nodesetup.cpp" line="95"/>
        <source>%1 Undoing the node failed too (%2); remove %3 or its s15n_ tables by hand.</source>
        <translation>%1 Tampoco se pudo deshacer el nodo (%2); elimine %3 o sus tablas s15n_ manualmente.</translation>
    </message>
</context>
<context>
    <name>s15n::PageReader</name>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="99"/>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="227"/>
        <source>the document ends too early: it is truncated</source>
        <translation>el documento termina demasiado pronto: está truncado</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="228"/>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formado: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="250"/>
        <source>unexpected text %1</source>
        <translation>texto inesperado %1</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="253"/>
        <source>document type declarations are not allowed</source>
        <translation>no se permiten declaraciones de tipo de documento</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="255"/>
        <location filename="../core/sync/pagereader.cpp" line="571"/>
        <source>unknown entity reference &amp;%1;</source>
        <translation>referencia a entidad desconocida &amp;%1;</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="268"/>
        <source>unexpected element &lt;%1&gt; in namespace %2 where &lt;%3&gt; belongs</source>
        <translation>elemento inesperado &lt;%1&gt; en el espacio de nombres %2 donde corresponde &lt;%3&gt;</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="272"/>
        <source>unexpected element &lt;%1&gt; where &lt;%2&gt; belongs</source>
        <translation>elemento inesperado &lt;%1&gt; donde corresponde &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="283"/>
        <source>&lt;%1&gt;: unknown attribute &quot;%2&quot;</source>
        <translation>&lt;%1&gt;: atributo desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="291"/>
        <source>&lt;%1&gt;: attribute &quot;%2&quot; is missing</source>
        <translation>&lt;%1&gt;: falta el atributo &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="324"/>
        <source>&lt;%1&gt;: format %2 is not supported (this program reads format %3)</source>
        <translation>&lt;%1&gt;: el formato %2 no es compatible (este programa lee el formato %3)</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="332"/>
        <source>&lt;%1&gt;: attribute &quot;node&quot; is not a lower-case UUID: %2</source>
        <translation>&lt;%1&gt;: el atributo &quot;node&quot; no es un UUID en minúsculas: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="336"/>
        <source>&lt;%1&gt;: attributes &quot;node-name&quot; and &quot;node-name-base64&quot; exclude each other</source>
        <translation>&lt;%1&gt;: los atributos &quot;node-name&quot; y &quot;node-name-base64&quot; se excluyen mutuamente</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="342"/>
        <source>&lt;%1&gt;: attribute &quot;node-name-base64&quot; is not valid base64 of UTF-16LE</source>
        <translation>&lt;%1&gt;: el atributo &quot;node-name-base64&quot; no es base64 válido de UTF-16LE</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="367"/>
        <source>unexpected element &lt;%1&gt; after the document element</source>
        <translation>elemento inesperado &lt;%1&gt; después del elemento raíz del documento</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="391"/>
        <source>&lt;page&gt;: resource name %1 is not a plain identifier</source>
        <translation>&lt;page&gt;: el nombre de recurso %1 no es un identificador simple</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="399"/>
        <source>&lt;page&gt;: attribute &quot;%1&quot; is not a cursor (a non-negative integer): %2</source>
        <translation>&lt;page&gt;: el atributo &quot;%1&quot; no es un cursor (un entero no negativo): %2</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="407"/>
        <source>&lt;page&gt;: attribute &quot;more&quot; is not true or false: %1</source>
        <translation>&lt;page&gt;: el atributo &quot;more&quot; no es true ni false: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="418"/>
        <source>&lt;page&gt;: more than %1 rows in one page</source>
        <translation>&lt;page&gt;: más de %1 filas en una sola página</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="437"/>
        <source>&lt;row&gt;: attribute &quot;uuid&quot; is not a lower-case UUID: %1</source>
        <translation>&lt;row&gt;: el atributo &quot;uuid&quot; no es un UUID en minúsculas: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="443"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: attribute &quot;version&quot; is not a version: %2</source>
        <translation>&lt;row uuid=&quot;%1&quot;&gt;: el atributo &quot;version&quot; no es una versión: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="450"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: attribute &quot;ancestry&quot; is not a list of at most %2 versions: %3</source>
        <translation>&lt;row uuid=&quot;%1&quot;&gt;: el atributo &quot;ancestry&quot; no es una lista de como máximo %2 versiones: %3</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="461"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: attribute &quot;origin&quot; is not a lower-case UUID: %2</source>
        <translation>&lt;row uuid=&quot;%1&quot;&gt;: el atributo &quot;origin&quot; no es un UUID en minúsculas: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="468"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: attribute &quot;deleted&quot; is not true or false: %2</source>
        <translation>&lt;row uuid=&quot;%1&quot;&gt;: el atributo &quot;deleted&quot; no es true ni false: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="482"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: a deleted row must not have fields</source>
        <translation>&lt;row uuid=&quot;%1&quot;&gt;: una fila eliminada no debe tener campos</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="499"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: field &quot;%2&quot; appears twice</source>
        <translation>&lt;row uuid=&quot;%1&quot;&gt;: el campo &quot;%2&quot; aparece dos veces</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="515"/>
        <source>&lt;f&gt;: field name %1 is not a plain identifier</source>
        <translation>&lt;f&gt;: el nombre de campo %1 no es un identificador simple</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="521"/>
        <source>&lt;f name=&quot;%1&quot;&gt;: unknown type %2</source>
        <translation>&lt;f name=&quot;%1&quot;&gt;: tipo desconocido %2</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="525"/>
        <source>&lt;f name=&quot;%1&quot; type=&quot;ref&quot;&gt;: attribute &quot;table&quot; is missing</source>
        <translation>&lt;f name=&quot;%1&quot; type=&quot;ref&quot;&gt;: falta el atributo &quot;table&quot;</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="529"/>
        <source>&lt;f name=&quot;%1&quot;&gt;: table name %2 is not a plain identifier</source>
        <translation>&lt;f name=&quot;%1&quot;&gt;: el nombre de tabla %2 no es un identificador simple</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="533"/>
        <source>&lt;f name=&quot;%1&quot;&gt;: attribute &quot;table&quot; belongs only to type &quot;ref&quot;</source>
        <translation>&lt;f name=&quot;%1&quot;&gt;: el atributo &quot;table&quot; solo corresponde al tipo &quot;ref&quot;</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="539"/>
        <source>&lt;f name=&quot;%1&quot;&gt;: attribute &quot;encoding&quot; belongs only to type &quot;text&quot;</source>
        <translation>&lt;f name=&quot;%1&quot;&gt;: el atributo &quot;encoding&quot; solo corresponde al tipo &quot;text&quot;</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="542"/>
        <source>&lt;f name=&quot;%1&quot;&gt;: unknown encoding %2</source>
        <translation>&lt;f name=&quot;%1&quot;&gt;: codificación desconocida %2</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="568"/>
        <source>&lt;%1&gt;: unexpected element &lt;%2&gt; inside a value</source>
        <translation>&lt;%1&gt;: elemento inesperado &lt;%2&gt; dentro de un valor</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="587"/>
        <source>&lt;f name=&quot;%1&quot; type=&quot;%2&quot;&gt;: %3 is not %4</source>
        <translation>&lt;f name=&quot;%1&quot; type=&quot;%2&quot;&gt;: %3 no es %4</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="593"/>
        <source>empty (a null field has no content)</source>
        <translation>vacío (un campo nulo no tiene contenido)</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="599"/>
        <source>an integer in the 64-bit range</source>
        <translation>un entero en el rango de 64 bits</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="606"/>
        <source>a real number (digits, &quot;nan&quot;, &quot;inf&quot; or &quot;-inf&quot;)</source>
        <translation>un número real (dígitos, &quot;nan&quot;, &quot;inf&quot; o &quot;-inf&quot;)</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="614"/>
        <source>base64 of UTF-16LE text</source>
        <translation>texto UTF-16LE en base64</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="624"/>
        <source>base64</source>
        <translation>base64</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="631"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="637"/>
        <source>a lower-case row UUID</source>
        <translation>un UUID de fila en minúsculas</translation>
    </message>
</context>
<context>
    <name>s15n::PageWriter</name>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="214"/>
        <source>field name &quot;%1&quot; is not a plain identifier</source>
        <translation>el nombre de campo &quot;%1&quot; no es un identificador simple</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="226"/>
        <source>field &quot;%1&quot; refers to table &quot;%2&quot;, which is not a plain identifier</source>
        <translation>el campo &quot;%1&quot; hace referencia a la tabla &quot;%2&quot;, que no es un identificador simple</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="238"/>
        <source>field &quot;%1&quot; holds %2, which is not a valid %3</source>
        <translation>el campo &quot;%1&quot; contiene %2, que no es un valor %3 válido</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="248"/>
        <source>row &quot;%1&quot; cannot be written: %2</source>
        <translation>no se puede escribir la fila &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="251"/>
        <source>the row UUID is not lower-case 8-4-4-4-12 hex</source>
        <translation>el UUID de la fila no está en hexadecimal 8-4-4-4-12 en minúsculas</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="253"/>
        <source>it has no version</source>
        <translation>no tiene versión</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="256"/>
        <source>its ancestry holds a null version</source>
        <translation>su ascendencia contiene una versión nula</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="259"/>
        <source>it is deleted but has fields</source>
        <translation>está eliminada pero tiene campos</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="267"/>
        <source>field &quot;%1&quot; appears twice</source>
        <translation>el campo &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="539"/>
        <source>startDocument() called twice</source>
        <translation>startDocument() se llamó dos veces</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="560"/>
        <source>writePage() called outside startDocument() ... endDocument()</source>
        <translation>writePage() se llamó fuera de startDocument() ... endDocument()</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="562"/>
        <source>resource name &quot;%1&quot; is not a plain identifier</source>
        <translation>el nombre de recurso &quot;%1&quot; no es un identificador simple</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="564"/>
        <source>page of &quot;%1&quot;: cursors must not be negative (since %2, cursor %3)</source>
        <translation>página de &quot;%1&quot;: los cursores no deben ser negativos (since %2, cursor %3)</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="592"/>
        <source>endDocument() called without startDocument()</source>
        <translation>endDocument() se llamó sin startDocument()</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="611"/>
        <source>the device refused the data (is the disk full?)</source>
        <translation>el dispositivo rechazó los datos (¿está lleno el disco?)</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="612"/>
        <source>could not write the change document: %1</source>
        <translation>no se pudo escribir el documento de cambios: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="609"/>
        <source>no device</source>
        <translation>no hay dispositivo</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="732"/>
        <source>the record document is empty</source>
        <translation>el documento de registro está vacío</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="735"/>
        <source>a record document must hold one record, not %1</source>
        <translation>un documento de registro debe contener un registro, no %1</translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="740"/>
        <source>a record document must hold one page, not more</source>
        <translation>un documento de registro debe contener una página, no más</translation>
    </message>
</context>
<context>
    <name>s15n::ParentSetup</name>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="123"/>
        <source>There is already a repository named &apos;%1&apos;.</source>
        <translation>Ya existe un repositorio llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="125"/>
        <source>Give the password of the user &apos;%1&apos; at the parent.</source>
        <translation>Indique la contraseña del usuario &apos;%1&apos; en el padre.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="127"/>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="129"/>
        <source>%1 is this node&apos;s own UUID, not its parent&apos;s: give the UUID that &apos;s15n info&apos; shows on the parent.</source>
        <translation>%1 es el UUID de este nodo, no el de su padre: indique el UUID que muestra &apos;s15n info&apos; en el padre.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="142"/>
        <source>Stopped before the parent answered.</source>
        <translation>Se detuvo antes de que el padre respondiera.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="150"/>
        <source>%1 Fetching the backup needs the parent; or download it there and give the zip file.</source>
        <translation>%1 Para obtener la copia de seguridad hace falta el padre; o descárguela allí e indique el archivo zip.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="156"/>
        <source>%1 Without the parent, whether the zip comes from it cannot be checked: give the parent&apos;s UUID too (&apos;s15n info&apos; on the parent shows it), or try again when it can be reached.</source>
        <translation>%1 Sin el padre no se puede comprobar que el zip venga de él: indique también el UUID del padre (&apos;s15n info&apos; en el padre lo muestra), o vuelva a intentarlo cuando se pueda contactar con él.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="171"/>
        <location filename="../core/client/parentsetup.cpp" line="239"/>
        <source>Repository &apos;%1&apos; is this parent already.</source>
        <translation>El repositorio &apos;%1&apos; ya es este padre.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="178"/>
        <source>Cannot make a temporary folder for the download: %1</source>
        <translation>No se puede crear una carpeta temporal para la descarga: %1</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="213"/>
        <source>The backup holds tables that the account &apos;%1&apos; does not receive from the parent: %2. %3 Use the backup made for this child (&apos;s15n backup --for-child NICK&apos; on the parent), or fetch it.</source>
        <translation>La copia de seguridad contiene tablas que la cuenta &apos;%1&apos; no recibe del padre: %2. %3 Use la copia de seguridad hecha para este hijo (&apos;s15n backup --for-child NICK&apos; en el padre), u obténgala del padre.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="218"/>
        <source>It was made for no particular child.</source>
        <translation>Se hizo para ningún hijo en particular.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="219"/>
        <source>It was made for child &apos;%1&apos;.</source>
        <translation>Se hizo para el hijo &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="252"/>
        <source>The backup holds no rows of %1, which this child receives from the parent: syncs bring only their new changes once they are tables and resources here (&apos;s15n resource add&apos;). The backup made for this child has them all.</source>
        <translation>La copia de seguridad no contiene filas de %1, que este hijo recibe del padre: las sincronizaciones solo traerán sus cambios nuevos, una vez que sean tablas y recursos aquí (&apos;s15n resource add&apos;). La copia de seguridad hecha para este hijo las contiene todas.</translation>
    </message>
    <message>
        <location filename="../core/client/parentsetup.cpp" line="264"/>
        <source>Seeded from the backup of parent &apos;%1&apos; (%2): %3 rows of %4 tables; the first sync brings what changed there since.</source>
        <translation>Inicializado a partir de la copia de seguridad del padre &apos;%1&apos; (%2): %3 filas de %4 tablas; la primera sincronización trae lo que cambió allí desde entonces.</translation>
    </message>
</context>
<context>
    <name>s15n::PeerStore</name>
    <message>
        <location filename="../core/server/peerstore.cpp" line="49"/>
        <source>A peer needs a UUID.</source>
        <translation>Un par necesita un UUID.</translation>
    </message>
    <message>
        <location filename="../core/server/peerstore.cpp" line="60"/>
        <source>Node %1 is registered here with another account; only that account may speak for it.</source>
        <translation>El nodo %1 está registrado aquí con otra cuenta; solo esa cuenta puede actuar en su nombre.</translation>
    </message>
    <message>
        <location filename="../core/server/peerstore.cpp" line="110"/>
        <location filename="../core/server/peerstore.cpp" line="121"/>
        <source>No peer %1 is registered here.</source>
        <translation>No hay ningún par %1 registrado aquí.</translation>
    </message>
</context>
<context>
    <name>s15n::ProgressLines</name>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="72"/>
        <source>%1: %2% (%3 of %4 %5)</source>
        <translation>%1: %2% (%3 de %4 %5)</translation>
    </message>
    <message>
        <location filename="../core/cli/backupcommands.cpp" line="80"/>
        <source>, table %1</source>
        <translation>, tabla %1</translation>
    </message>
</context>
<context>
    <name>s15n::ReadSnapshot</name>
    <message>
        <location filename="../core/backup/backupwriter.cpp" line="66"/>
        <source>Cannot start reading the data: %1</source>
        <translation>No se puede empezar a leer los datos: %1</translation>
    </message>
</context>
<context>
    <name>s15n::RemoteClient</name>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="75"/>
        <source>%1 holds no PEM certificate (or cannot be read).</source>
        <translation>%1 no contiene ningún certificado PEM (o no se puede leer).</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="184"/>
        <source>The request to %1 was cancelled.</source>
        <translation>Se canceló la solicitud a %1.</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="186"/>
        <source>Cannot keep what %1 sends: %2</source>
        <translation>No se puede guardar lo que envía %1: %2</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="191"/>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="195"/>
        <source> (if the remote uses a self-signed certificate or its own certificate authority, give it with &apos;s15n repo edit NAME --ca-cert FILE&apos;)</source>
        <translation> (si el remoto usa un certificado autofirmado o su propia autoridad de certificación, indíquelo con &apos;s15n repo edit NAME --ca-cert FILE&apos;)</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="199"/>
        <source> (the remote closed the connection while %1 KiB were sent; a body over its limit, &apos;s15n serve --max-body-mb&apos;, does that)</source>
        <translation> (el remoto cerró la conexión cuando se habían enviado %1 KiB; eso ocurre cuando el cuerpo supera su límite, &apos;s15n serve --max-body-mb&apos;)</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="202"/>
        <source> The next round tries again.</source>
        <translation> La próxima ronda lo volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="207"/>
        <source>Cannot reach %1 through the proxy %2: %3. Check that the proxy runs and lets the request through, that the remote runs &apos;s15n serve&apos;, and the URL.</source>
        <translation>No se puede acceder a %1 a través del proxy %2: %3. Compruebe que el proxy está en ejecución y deja pasar la solicitud, que el remoto ejecuta &apos;s15n serve&apos; y la URL.</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="212"/>
        <source>Cannot reach %1: %2. Check that the remote runs &apos;s15n serve&apos;, the URL and the network.</source>
        <translation>No se puede acceder a %1: %2. Compruebe que el remoto ejecuta &apos;s15n serve&apos;, la URL y la red.</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="230"/>
        <source>%1 refused the user name &apos;%2&apos; or its password (401). Check both.</source>
        <translation>%1 rechazó el nombre de usuario &apos;%2&apos; o su contraseña (401). Compruebe ambos.</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="234"/>
        <source>%1 refused (403): %2</source>
        <translation>%1 rechazó la solicitud (403): %2</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="235"/>
        <source>%1 answered %2: %3</source>
        <translation>%1 respondió %2: %3</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="327"/>
        <source>The remote&apos;s rows of &apos;%1&apos; are not valid: %2</source>
        <translation>Las filas del remoto de &apos;%1&apos; no son válidas: %2</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="329"/>
        <source>it holds no page</source>
        <translation>no contiene ninguna página</translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="333"/>
        <source>The remote answered with rows of another resource than &apos;%1&apos;.</source>
        <translation>El remoto respondió con filas de un recurso distinto de &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>s15n::RepositorySetup</name>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="74"/>
        <location filename="../core/client/repositorysetup.cpp" line="233"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="94"/>
        <source>The remote at %1 is node %2, not %3.</source>
        <translation>El remoto en %1 es el nodo %2, no %3.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="98"/>
        <source>%1 is this very node.</source>
        <translation>%1 es este mismo nodo.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="111"/>
        <source>Give the password of the user &apos;%1&apos; at the remote.</source>
        <translation>Indique la contraseña del usuario &apos;%1&apos; en el remoto.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="130"/>
        <source>There is already a repository named &apos;%1&apos;.</source>
        <translation>Ya existe un repositorio llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="132"/>
        <source>No password was given. Nothing was added.</source>
        <translation>No se indicó ninguna contraseña. No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="136"/>
        <location filename="../core/client/repositorysetup.cpp" line="145"/>
        <location filename="../core/client/repositorysetup.cpp" line="149"/>
        <location filename="../core/client/repositorysetup.cpp" line="155"/>
        <source>%1 Nothing was added.</source>
        <translation>%1 No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="140"/>
        <source>Stopped before the remote answered. Nothing was added.</source>
        <translation>Se detuvo antes de que el remoto respondiera. No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="171"/>
        <location filename="../core/client/repositorysetup.cpp" line="231"/>
        <source>Stopped while storing the password.</source>
        <translation>Se detuvo mientras se guardaba la contraseña.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="186"/>
        <location filename="../core/client/repositorysetup.cpp" line="260"/>
        <source>Stopped while forgetting the password.</source>
        <translation>Se detuvo mientras se olvidaba la contraseña.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="202"/>
        <source>Registration at %1 failed: %2 To register by hand, run &apos;s15n repo register %3&apos; once the remote can be reached, or ask the remote&apos;s administrator to run &apos;s15n peer add %4 --name &quot;%5&quot; --user %6&apos;.</source>
        <translation>El registro en %1 falló: %2 Para registrarse manualmente, ejecute &apos;s15n repo register %3&apos; cuando se pueda acceder al remoto, o pida al administrador del remoto que ejecute &apos;s15n peer add %4 --name &quot;%5&quot; --user %6&apos;.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="251"/>
        <source>Repository &apos;%1&apos; still has %2 scheduled job(s); remove them first (&apos;s15n job list&apos;).</source>
        <translation>El repositorio &apos;%1&apos; todavía tiene tareas programadas (%2); elimínelas primero (&apos;s15n job list&apos;).</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="262"/>
        <source>The stored password could not be removed: %1</source>
        <translation>No se pudo eliminar la contraseña guardada: %1</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="270"/>
        <source>Stopped while reading the password of repository &apos;%1&apos;.</source>
        <translation>Se detuvo mientras se leía la contraseña del repositorio &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="277"/>
        <source>No password is stored for repository &apos;%1&apos; in %2. Store it with &apos;s15n repo edit %1 --password&apos;.</source>
        <translation>No hay ninguna contraseña guardada para el repositorio &apos;%1&apos; en %2. Guárdela con &apos;s15n repo edit %1 --password&apos;.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="305"/>
        <source>%1 Check the URL of repository &apos;%2&apos;.</source>
        <translation>%1 Compruebe la URL del repositorio &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="331"/>
        <source>No password is stored for repository &apos;%1&apos; in %2. Store it with &apos;s15n repo edit %1 --password&apos; (run with the same S15N_CREDENTIALS_FILE, or in the same desktop session, as the process that syncs).</source>
        <translation>No hay ninguna contraseña guardada para el repositorio &apos;%1&apos; en %2. Guárdela con &apos;s15n repo edit %1 --password&apos; (ejecútelo con el mismo S15N_CREDENTIALS_FILE, o en la misma sesión de escritorio, que el proceso que sincroniza).</translation>
    </message>
</context>
<context>
    <name>s15n::RepositoryStore</name>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="55"/>
        <source>&apos;%1&apos; is not a usable repository name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>&apos;%1&apos; no es un nombre de repositorio utilizable: use de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="62"/>
        <source>&apos;%1&apos; is not a usable URL: give http://HOST:PORT or https://HOST:PORT[/path], without a user name, password, query or fragment.</source>
        <translation>&apos;%1&apos; no es una URL utilizable: indique http://HOST:PORT o https://HOST:PORT[/path], sin nombre de usuario, contraseña, consulta ni fragmento.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="67"/>
        <source>A repository needs a user name (--user).</source>
        <translation>Un repositorio necesita un nombre de usuario (--user).</translation>
    </message>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="88"/>
        <source>There is already a repository named &apos;%1&apos;.</source>
        <translation>Ya existe un repositorio llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="111"/>
        <location filename="../core/client/repositorystore.cpp" line="122"/>
        <source>There is no repository named &apos;%1&apos;.</source>
        <translation>No existe ningún repositorio llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="144"/>
        <source>There is no repository named &apos;%1&apos;. &apos;s15n repo list&apos; shows them.</source>
        <translation>No existe ningún repositorio llamado &apos;%1&apos;. &apos;s15n repo list&apos; los muestra.</translation>
    </message>
</context>
<context>
    <name>s15n::ResourceStore</name>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="49"/>
        <source>MANUAL is a conflict policy only; the update policy is one of THIS, OTHER, NEWER, MASTER.</source>
        <translation>MANUAL es solo una política de conflictos; la política de actualización es una de THIS, OTHER, NEWER, MASTER.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="53"/>
        <source>The strategy must allow at least one of create, update, delete.</source>
        <translation>La estrategia debe permitir al menos una de create, update, delete.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="87"/>
        <source>&apos;%1&apos; is not a resource of this node. See &apos;s15n resource list&apos;.</source>
        <translation>&apos;%1&apos; no es un recurso de este nodo. Consulte &apos;s15n resource list&apos;.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="111"/>
        <source>&apos;%1&apos; is one of s15n&apos;s own tables; only the application&apos;s tables can be resources.</source>
        <translation>&apos;%1&apos; es una de las tablas propias de s15n; solo las tablas de la aplicación pueden ser recursos.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="119"/>
        <source>%1 is already a resource; change it with &apos;s15n resource edit&apos;.</source>
        <translation>%1 ya es un recurso; modifíquelo con &apos;s15n resource edit&apos;.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="122"/>
        <source>The table name &apos;%1&apos; is not a plain identifier (letters, digits, underscore); s15n cannot sync it.</source>
        <translation>El nombre de tabla &apos;%1&apos; no es un identificador simple (letras, dígitos, guion bajo); s15n no puede sincronizarla.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="127"/>
        <source>&apos;%1&apos; is not a usable column name (letters, digits, underscore; not starting with a digit).</source>
        <translation>&apos;%1&apos; no es un nombre de columna utilizable (letras, dígitos, guion bajo; sin empezar por un dígito).</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="132"/>
        <source>The UUID column cannot be the table&apos;s integer key.</source>
        <translation>La columna UUID no puede ser la clave entera de la tabla.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="135"/>
        <source>The column &apos;%1&apos; of %2 is not a plain identifier; s15n cannot sync this table.</source>
        <translation>La columna &apos;%1&apos; de %2 no es un identificador simple; s15n no puede sincronizar esta tabla.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="196"/>
        <source>%1 is a WITHOUT ROWID table, which s15n cannot capture changes of. Use an ordinary table.</source>
        <translation>%1 es una tabla WITHOUT ROWID, de la que s15n no puede capturar cambios. Use una tabla normal.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="203"/>
        <source>The integer key %1 of %2 has no default, so rows arriving from other nodes could not be inserted. Make it an identity column (ALTER TABLE %2 ALTER COLUMN %1 ADD GENERATED BY DEFAULT AS IDENTITY) and add the resource again.</source>
        <translation>La clave entera %1 de %2 no tiene valor predeterminado, por lo que no se podrían insertar las filas que lleguen de otros nodos. Conviértala en una columna de identidad (ALTER TABLE %2 ALTER COLUMN %1 ADD GENERATED BY DEFAULT AS IDENTITY) y vuelva a añadir el recurso.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="234"/>
        <source>The column %1 of %2 holds &apos;%3&apos;, which is not a lower-case UUID (like 0b1a8e72-c486-4599-bd57-733ac9e540c9). Choose another column with --uuid-column, or a new one for s15n to fill.</source>
        <translation>La columna %1 de %2 contiene &apos;%3&apos;, que no es un UUID en minúsculas (como 0b1a8e72-c486-4599-bd57-733ac9e540c9). Elija otra columna con --uuid-column, o una nueva para que s15n la rellene.</translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="259"/>
        <source>%1 refers to %2 (column %3); remove %1 as a resource first.</source>
        <translation>%1 hace referencia a %2 (columna %3); primero quite %1 como recurso.</translation>
    </message>
</context>
<context>
    <name>s15n::RowMetadata</name>
    <message>
        <location filename="../core/capture/rowmetadata.cpp" line="53"/>
        <source>The metadata of row %1 in %2 is damaged.</source>
        <translation>Los metadatos de la fila %1 de %2 están dañados.</translation>
    </message>
</context>
<context>
    <name>s15n::SampleData</name>
    <message>
        <location filename="../core/sample/sampledata.cpp" line="33"/>
        <source>The database already has a table &apos;%1&apos;; the sample data needs a database without its tables (stores, names, items, transactions, transaction_lines).</source>
        <translation>La base de datos ya tiene una tabla &apos;%1&apos;; los datos de ejemplo requieren una base de datos sin sus tablas (stores, names, items, transactions, transaction_lines).</translation>
    </message>
    <message>
        <location filename="../core/sample/sampledata.cpp" line="51"/>
        <source>The sample data is missing from this build.</source>
        <translation>Los datos de ejemplo no están incluidos en esta compilación.</translation>
    </message>
    <message>
        <location filename="../core/sample/sampledata.cpp" line="67"/>
        <source>Loading the sample data failed: %1</source>
        <translation>Falló la carga de los datos de ejemplo: %1</translation>
    </message>
</context>
<context>
    <name>s15n::SchemaCatalogue</name>
    <message>
        <location filename="../core/storage/schemacatalogue.cpp" line="88"/>
        <source>There is no table &apos;%1&apos; in this database. Tables: %2.</source>
        <translation>No existe la tabla &apos;%1&apos; en esta base de datos. Tablas: %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacatalogue.cpp" line="90"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>s15n::SyncLog</name>
    <message>
        <location filename="../core/log/synclog.cpp" line="138"/>
        <source>Cannot write to the sync log: %1</source>
        <translation>No se puede escribir en el registro de sincronización: %1</translation>
    </message>
    <message>
        <location filename="../core/log/synclog.cpp" line="181"/>
        <source>Cannot read the sync log: %1</source>
        <translation>No se puede leer el registro de sincronización: %1</translation>
    </message>
    <message>
        <location filename="../core/log/synclog.cpp" line="198"/>
        <source>Log entry %1 has an unknown result &apos;%2&apos;.</source>
        <translation>La entrada de registro %1 tiene un resultado desconocido &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>s15n::SyncRound</name>
    <message>
        <location filename="../core/client/syncround.cpp" line="102"/>
        <source>Registration at %1 failed: %2</source>
        <translation>El registro en %1 falló: %2</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="105"/>
        <source>Registration at %1 failed: %2 To register by hand, run &apos;s15n repo register %3&apos; once the remote can be reached, or ask the remote&apos;s administrator to run &apos;s15n peer add %4 --name &quot;%5&quot; --user %6&apos;.</source>
        <translation>El registro en %1 falló: %2 Para registrarse manualmente, ejecute &apos;s15n repo register %3&apos; cuando se pueda acceder al remoto, o pida al administrador del remoto que ejecute &apos;s15n peer add %4 --name &quot;%5&quot; --user %6&apos;.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="115"/>
        <source>The remote at %1 is node %2, not %3 as this repository says.</source>
        <translation>El remoto en %1 es el nodo %2, no %3 como indica este repositorio.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="127"/>
        <source>Registered at &apos;%1&apos; (%2).</source>
        <translation>Registrado en &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="128"/>
        <source>Already registered at &apos;%1&apos; (%2); nothing duplicated.</source>
        <translation>Ya estaba registrado en &apos;%1&apos; (%2); no se duplicó nada.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="166"/>
        <source> A new password is stored with &apos;s15n repo edit %1 --password&apos;.</source>
        <translation> Guarde una nueva contraseña con &apos;s15n repo edit %1 --password&apos;.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="173"/>
        <source>The remote at %1 is node %2, not %3 as repository &apos;%4&apos; says. Nothing was synced; check the URL.</source>
        <translation>El remoto en %1 es el nodo %2, no %3 como indica el repositorio &apos;%4&apos;. No se sincronizó nada; compruebe la URL.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="183"/>
        <source>The remote&apos;s clock is %1 s %2 of this node&apos;s. Versions stay ordered (hybrid clock), but fix the clock.</source>
        <translation>El reloj del remoto está %2 %1 s respecto al de este nodo. Las versiones siguen ordenadas (reloj híbrido), pero corrija el reloj.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="186"/>
        <source>ahead</source>
        <translation>adelantado</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="186"/>
        <source>behind</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="207"/>
        <source>%1 rows refused before were applied now.</source>
        <translation>Se aplicaron ahora %1 filas que antes se habían rechazado.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="227"/>
        <source>&apos;%1&apos; is not a resource of this node (&apos;s15n resource list&apos;).</source>
        <translation>&apos;%1&apos; no es un recurso de este nodo (&apos;s15n resource list&apos;).</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="228"/>
        <source>The remote does not sync &apos;%1&apos;.</source>
        <translation>El remoto no sincroniza &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="249"/>
        <source>The remote does not sync &apos;%1&apos;; skipped.</source>
        <translation>El remoto no sincroniza &apos;%1&apos;; se omitió.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="268"/>
        <source> On this node, &apos;s15n repo register %1&apos; registers it again.</source>
        <translation> En este nodo, &apos;s15n repo register %1&apos; lo vuelve a registrar.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="281"/>
        <source>The round was cancelled; everything up to the last checkpoint is kept.</source>
        <translation>Se canceló la ronda; se conserva todo lo realizado hasta el último punto de control.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="297"/>
        <source>Pulled %1 and pushed %2 changes in %3 and %4 pages.</source>
        <translation>Se trajeron %1 cambios y se enviaron %2 en %3 y %4 páginas.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="323"/>
        <location filename="../core/client/syncround.cpp" line="411"/>
        <location filename="../core/client/syncround.cpp" line="427"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="343"/>
        <source>The remote&apos;s page of &apos;%1&apos; is not valid: %2</source>
        <translation>La página de &apos;%1&apos; del remoto no es válida: %2</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="345"/>
        <source>it holds no page</source>
        <translation>no contiene ninguna página</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="349"/>
        <source>The remote answered with changes of another node, resource or cursor; nothing was applied.</source>
        <translation>El remoto respondió con cambios de otro nodo, recurso o cursor; no se aplicó nada.</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="366"/>
        <source>A page of &apos;%1&apos; was not applied: %2</source>
        <translation>No se aplicó una página de &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="373"/>
        <location filename="../core/client/syncround.cpp" line="483"/>
        <source>Cursor %1 to %2.</source>
        <translation>Cursor %1 a %2.</translation>
    </message>
    <message>
        <location filename="../core/client/roundprogress.cpp" line="13"/>
        <source>%1: pulled %2 changes</source>
        <translation>%1: %2 cambios traídos</translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="457"/>
        <source>Row %1 of %2 is %3 KiB as XML, more than the remote accepts (%4 KiB); raise the remote&apos;s limit with &apos;s15n serve --max-body-mb&apos;. The rows after it wait.</source>
        <translation>La fila %1 de %2 ocupa %3 KiB como XML, más de lo que acepta el remoto (%4 KiB); aumente el límite del remoto con &apos;s15n serve --max-body-mb&apos;. Las filas posteriores quedan en espera.</translation>
    </message>
    <message>
        <location filename="../core/client/roundprogress.cpp" line="16"/>
        <source>%1: pushed %2 changes</source>
        <translation>%1: %2 cambios enviados</translation>
    </message>
</context>
<context>
    <name>s15n::SyncServer</name>
    <message>
        <location filename="../core/server/syncserver.cpp" line="59"/>
        <source>Wrote the backup for child &apos;%1&apos;: %2 rows, %3 bytes.</source>
        <translation>Se escribió la copia de seguridad para el hijo &apos;%1&apos;: %2 filas, %3 bytes.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="63"/>
        <location filename="../core/server/syncserver.cpp" line="466"/>
        <source>The backup for child &apos;%1&apos; failed: %2</source>
        <translation>Falló la copia de seguridad para el hijo &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="77"/>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>No se puede leer el certificado TLS %1: %2</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="80"/>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>No se puede leer la clave TLS %1: %2</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="90"/>
        <source>%1 and %2 are not a PEM certificate and its unencrypted private key.</source>
        <translation>%1 y %2 no son un certificado PEM y su clave privada sin cifrar.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="102"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>No se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="109"/>
        <source>Refused a request from %1: %2</source>
        <translation>Se rechazó una solicitud de %1: %2</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="156"/>
        <location filename="../core/server/syncserver.cpp" line="198"/>
        <location filename="../core/server/syncserver.cpp" line="218"/>
        <source>There is nothing at %1.</source>
        <translation>No hay nada en %1.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="174"/>
        <source>Cannot read the backup %1: %2</source>
        <translation>No se puede leer la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="221"/>
        <source>%1 takes GET and POST only.</source>
        <translation>%1 solo admite GET y POST.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="228"/>
        <source>%1 takes %2 only.</source>
        <translation>%1 solo admite %2.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="235"/>
        <source>This server cannot reach its database just now; the next round tries again. (%1)</source>
        <translation>Este servidor no puede acceder a su base de datos en este momento; la próxima ronda lo volverá a intentar. (%1)</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="282"/>
        <source>Log in with HTTP Basic authentication.</source>
        <translation>Inicie sesión con autenticación HTTP Basic.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="295"/>
        <source>Too many failed logins from %1; wait a minute.</source>
        <translation>Demasiados inicios de sesión fallidos desde %1; espere un minuto.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="303"/>
        <source>This server cannot check credentials just now (%1); the next round tries again.</source>
        <translation>Este servidor no puede comprobar las credenciales en este momento (%1); la próxima ronda lo volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="314"/>
        <source>Wrong user name or password for &apos;%1&apos; from %2; nothing was changed.</source>
        <translation>Nombre de usuario o contraseña incorrectos para &apos;%1&apos; desde %2; no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="318"/>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="349"/>
        <source>The request does not say which node sends it (X-S15n-Node).</source>
        <translation>La solicitud no indica qué nodo la envía (X-S15n-Node).</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="356"/>
        <source>Node %1 is not registered here. On that node run &apos;s15n repo register REPOSITORY&apos;, or register it here with &apos;s15n peer add %1 --name &quot;%2&quot; --user %3&apos;.</source>
        <translation>El nodo %1 no está registrado aquí. En ese nodo, ejecute &apos;s15n repo register REPOSITORY&apos;, o regístrelo aquí con &apos;s15n peer add %1 --name &quot;%2&quot; --user %3&apos;.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="361"/>
        <source>Node %1 is registered here with another account (&apos;%2&apos;, not &apos;%3&apos;). Log in with that account, or remove the registration here (&apos;s15n peer remove %1&apos;) so that the node registers again with its new account.</source>
        <translation>El nodo %1 está registrado aquí con otra cuenta (&apos;%2&apos;, no &apos;%3&apos;). Inicie sesión con esa cuenta, o elimine el registro aquí (&apos;s15n peer remove %1&apos;) para que el nodo se vuelva a registrar con su nueva cuenta.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="408"/>
        <source>Account &apos;%1&apos; belongs to child &apos;%2&apos;, which is node %3, not %4. If this node replaces it, run &apos;s15n child edit %5 --clear-uuid&apos; on this server first.</source>
        <translation>La cuenta &apos;%1&apos; pertenece al hijo &apos;%2&apos;, que es el nodo %3, no %4. Si este nodo lo reemplaza, ejecute antes &apos;s15n child edit %5 --clear-uuid&apos; en este servidor.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="433"/>
        <source>Account &apos;%1&apos; is not a child&apos;s account here, and backups are made for children only. Add the child on this server (&apos;s15n child add NICKNAME --user USER&apos;) and log in with its account.</source>
        <translation>La cuenta &apos;%1&apos; no es aquí la cuenta de un hijo, y las copias de seguridad solo se hacen para hijos. Añada el hijo en este servidor (&apos;s15n child add NICKNAME --user USER&apos;) e inicie sesión con su cuenta.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="404"/>
        <source>Child &apos;%1&apos; is gone.</source>
        <translation>El hijo &apos;%1&apos; ya no existe.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="412"/>
        <source>an unnamed node</source>
        <translation>un nodo sin nombre</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="447"/>
        <source>Writing a backup for child &apos;%1&apos; (%2).</source>
        <translation>Escribiendo una copia de seguridad para el hijo &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="457"/>
        <source>There is no backup &apos;%1&apos; for child &apos;%2&apos; here (a finished backup is kept %3 minutes); ask for a new one.</source>
        <translation>Aquí no hay ninguna copia de seguridad &apos;%1&apos; para el hijo &apos;%2&apos; (una copia de seguridad terminada se conserva %3 minutos); pida una nueva.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="467"/>
        <source>Sending the backup for child &apos;%1&apos; (%2 bytes).</source>
        <translation>Enviando la copia de seguridad para el hijo &apos;%1&apos; (%2 bytes).</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="500"/>
        <source>A node cannot register at itself.</source>
        <translation>Un nodo no puede registrarse en sí mismo.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="518"/>
        <source>Registered node &apos;%1&apos; (account %2).</source>
        <translation>Se registró el nodo &apos;%1&apos; (cuenta %2).</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="519"/>
        <source>Node &apos;%1&apos; registered again; nothing duplicated.</source>
        <translation>El nodo &apos;%1&apos; se registró de nuevo; no se duplicó nada.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="522"/>
        <source>It is child &apos;%1&apos;, whose UUID is recorded now.</source>
        <translation>Es el hijo &apos;%1&apos;, cuyo UUID se guarda ahora.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="540"/>
        <source>pull needs resource=TABLE, since=N (0 or more) and optionally limit=1..%1.</source>
        <translation>pull requiere resource=TABLE, since=N (0 o mayor) y, opcionalmente, limit=1..%1.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="550"/>
        <location filename="../core/server/syncserver.cpp" line="598"/>
        <location filename="../core/server/syncserver.cpp" line="642"/>
        <location filename="../core/server/syncserver.cpp" line="700"/>
        <source>No resource named &apos;%1&apos; is synced here.</source>
        <translation>Aquí no se sincroniza ningún recurso llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="575"/>
        <source>Sent %1 changes to &apos;%2&apos; (cursor %3 to %4).</source>
        <translation>Se enviaron %1 cambios a &apos;%2&apos; (cursor %3 a %4).</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="628"/>
        <source>Sent the current state of %1 of %2 rows asked for by &apos;%3&apos;.</source>
        <translation>Se envió el estado actual de %1 de las %2 filas solicitadas por &apos;%3&apos;.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="703"/>
        <source>Pushes are not accepted from account &apos;%1&apos;: it is read-only here, so nodes logging in with it may pull but not push (&apos;s15n account edit %1 --writable&apos; on this server changes that).</source>
        <translation>No se aceptan envíos (push) de la cuenta &apos;%1&apos;: aquí es de solo lectura, por lo que los nodos que inicien sesión con ella pueden traer cambios, pero no enviarlos (&apos;s15n account edit %1 --writable&apos; en este servidor lo cambia).</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="708"/>
        <source>Pushes from node &apos;%1&apos; are not accepted here: repository &apos;%2&apos; does not accept them (&apos;s15n repo edit %2 --accept-pushes yes&apos; on this server).</source>
        <translation>Aquí no se aceptan envíos (push) del nodo &apos;%1&apos;: el repositorio &apos;%2&apos; no los acepta (&apos;s15n repo edit %2 --accept-pushes yes&apos; en este servidor).</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="712"/>
        <source>Pushes from node &apos;%1&apos; are not accepted here (&apos;s15n peer edit %2 --accept-pushes yes&apos; on this server changes that).</source>
        <translation>Aquí no se aceptan envíos (push) del nodo &apos;%1&apos; (&apos;s15n peer edit %2 --accept-pushes yes&apos; en este servidor lo cambia).</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="722"/>
        <source>A push needs update-policy=THIS|OTHER|NEWER|MASTER and conflict-policy=THIS|OTHER|NEWER|MASTER|MANUAL.</source>
        <translation>Un envío (push) requiere update-policy=THIS|OTHER|NEWER|MASTER y conflict-policy=THIS|OTHER|NEWER|MASTER|MANUAL.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="735"/>
        <source>The pushed page is not valid: %1.</source>
        <translation>La página enviada no es válida: %1.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="736"/>
        <source>The push holds no page.</source>
        <translation>El envío no contiene ninguna página.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="739"/>
        <source>A push carries exactly one page.</source>
        <translation>Un envío contiene exactamente una página.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="741"/>
        <source>The pushed page says it comes from %1, not from node %2.</source>
        <translation>La página enviada indica que proviene de %1, no del nodo %2.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="744"/>
        <source>The pushed page is for &apos;%1&apos;, not &apos;%2&apos;.</source>
        <translation>La página enviada es para &apos;%1&apos;, no para &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="754"/>
        <source>The page was not applied: %1</source>
        <translation>No se aplicó la página: %1</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="773"/>
        <source>Page %1 to %2 from &apos;%3&apos;.</source>
        <translation>Página %1 a %2 de &apos;%3&apos;.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="797"/>
        <source>The clock of node %1 is %2 s %3 of this node&apos;s. Versions stay ordered (hybrid clock), but fix the clock.</source>
        <translation>El reloj del nodo %1 está %3 %2 s respecto al de este nodo. Las versiones siguen ordenadas (reloj híbrido), pero corrija el reloj.</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="801"/>
        <source>ahead</source>
        <translation>adelantado</translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="801"/>
        <source>behind</source>
        <translation>atrasado</translation>
    </message>
</context>
<context>
    <name>s15n::Transaction</name>
    <message>
        <location filename="../core/storage/database.cpp" line="264"/>
        <source>The transaction is already finished.</source>
        <translation>La transacción ya ha finalizado.</translation>
    </message>
</context>
<context>
    <name>s15n::Worker</name>
    <message>
        <location filename="../core/schedule/worker.cpp" line="399"/>
        <source>Job %1 is running already (since %2); it never runs twice at once.</source>
        <translation>La tarea programada %1 ya está en ejecución (desde %2); nunca se ejecuta dos veces a la vez.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="403"/>
        <source>Job %1 was cancelled before it started.</source>
        <translation>La tarea programada %1 se canceló antes de empezar.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="408"/>
        <source>Job %1 was just started by another process; it never runs twice at once.</source>
        <translation>Otro proceso acaba de iniciar la tarea programada %1; nunca se ejecuta dos veces a la vez.</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="474"/>
        <source>Job %1 ran, but recording it failed: %2</source>
        <translation>La tarea programada %1 se ejecutó, pero no se pudo registrar: %2</translation>
    </message>
</context>
<context>
    <name>s15n::WorkerScheduler</name>
    <message>
        <location filename="../core/schedule/worker.cpp" line="214"/>
        <source>The worker cannot read the jobs: %1</source>
        <translation>El proceso de trabajo no puede leer las tareas programadas: %1</translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="302"/>
        <source>The worker cannot record the run of job %1: %2</source>
        <translation>El proceso de trabajo no puede registrar la ejecución de la tarea programada %1: %2</translation>
    </message>
</context>
<context>
    <name>s15n::messages</name>
    <message>
        <location filename="../core/protocol/messages.cpp" line="181"/>
        <source>The remote&apos;s node information</source>
        <translation>La información de nodo del remoto</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="208"/>
        <source>a &lt;resource&gt; element is incomplete or invalid</source>
        <translation>un elemento &lt;resource&gt; está incompleto o no es válido</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="234"/>
        <source>The registration</source>
        <translation>La solicitud de registro</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="242"/>
        <source>sync-id must be 0..64</source>
        <translation>sync-id debe estar entre 0 y 64</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="263"/>
        <source>The remote&apos;s answer to the registration</source>
        <translation>La respuesta del remoto al registro</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="271"/>
        <source>attribute &apos;new&apos; must be true or false</source>
        <translation>el atributo &apos;new&apos; debe ser true o false</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="291"/>
        <source>The remote&apos;s cursor</source>
        <translation>La información de cursor del remoto</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="298"/>
        <source>the cursor is for &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>el cursor es para &apos;%1&apos;, no para &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="319"/>
        <source>The parent&apos;s backup state</source>
        <translation>El estado de la copia de seguridad del padre</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="330"/>
        <source>&apos;%1&apos; is not a backup id</source>
        <translation>&apos;%1&apos; no es un identificador de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="356"/>
        <source>The list of rows</source>
        <translation>La lista de filas</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="367"/>
        <source>&apos;%1&apos; is not a row UUID (lower-case, without braces)</source>
        <translation>&apos;%1&apos; no es un UUID de fila (en minúsculas, sin llaves)</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="371"/>
        <source>&lt;row&gt; must be empty</source>
        <translation>&lt;row&gt; debe estar vacío</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="378"/>
        <source>The list of rows names more than %1 rows; ask for at most %1 at a time.</source>
        <translation>La lista de filas indica más de %1 filas; solicite como máximo %1 a la vez.</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="410"/>
        <source>The remote&apos;s answer to the push</source>
        <translation>La respuesta del remoto al envío</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="436"/>
        <source>a &lt;record&gt; needs a uuid and an outcome</source>
        <translation>un &lt;record&gt; necesita un uuid y un resultado</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="483"/>
        <source>(no reason given)</source>
        <translation>(no se indicó ningún motivo)</translation>
    </message>
</context>
<context>
    <name>s15n::messages::Reader</name>
    <message>
        <location filename="../core/protocol/messages.cpp" line="49"/>
        <source>the answer is empty</source>
        <translation>la respuesta está vacía</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="54"/>
        <source>expected &lt;%1&gt;, found &lt;%2&gt;</source>
        <translation>se esperaba &lt;%1&gt;, se encontró &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="57"/>
        <source>unsupported format &apos;%1&apos;</source>
        <translation>formato no compatible &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="61"/>
        <source>a DTD is not allowed</source>
        <translation>no se permite una DTD</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="63"/>
        <source>empty document</source>
        <translation>documento vacío</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="72"/>
        <source>unexpected element &lt;%1&gt;</source>
        <translation>elemento inesperado &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="78"/>
        <source>unexpected text</source>
        <translation>texto inesperado</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="80"/>
        <source>the document ends too early</source>
        <translation>el documento termina demasiado pronto</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="95"/>
        <source>attribute &apos;%1&apos; must be a number 0 or more</source>
        <translation>el atributo &apos;%1&apos; debe ser un número igual o mayor que 0</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="104"/>
        <source>attribute &apos;%1&apos; must be a UUID</source>
        <translation>el atributo &apos;%1&apos; debe ser un UUID</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="112"/>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="124"/>
        <source>%1 is not valid: %2.</source>
        <translation>%1 no es válida: %2.</translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="133"/>
        <source>content after the root element</source>
        <translation>contenido después del elemento raíz</translation>
    </message>
</context>
<context>
    <name>s15n::ui::AdminArguments</name>
    <message>
        <location filename="../ui/adminarguments.cpp" line="48"/>
        <source>The s15n administration application: this node&apos;s repositories, the changes not
pushed yet, its data, the sync log and its settings. It opens the node &apos;s15n&apos;
would use ($S15N_DB, else the one remembered, else the default file).</source>
        <translation>La aplicación de administración de s15n: los repositorios de este nodo, los cambios
aún no enviados, sus datos, el registro de sincronización y su configuración. Abre el
nodo que usaría &apos;s15n&apos; ($S15N_DB; si no, el recordado; si no, el archivo predeterminado).</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="53"/>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="55"/>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="58"/>
        <source>Show the application in this language (%1) instead of the system&apos;s.</source>
        <translation>Mostrar la aplicación en este idioma (%1) en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="63"/>
        <source>Save a picture of each page as &lt;dir&gt;/&lt;page&gt;.png and quit (packaging/screenshots.sh).</source>
        <translation>Guardar una imagen de cada página como &lt;dir&gt;/&lt;page&gt;.png y salir (packaging/screenshots.sh).</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="85"/>
        <source>s15n-admin: there is no translation for the language &apos;%1&apos;; the languages available are %2. Going on in English.</source>
        <translation>s15n-admin: no hay traducción para el idioma &apos;%1&apos;; los idiomas disponibles son %2. Se continúa en inglés.</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="96"/>
        <source>Usage: s15n-admin [options]</source>
        <translation>Uso: s15n-admin [opciones]</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="98"/>
        <source>Qt&apos;s own options (-platform NAME, -style NAME, -reverse...) are accepted as well.
The command-line tool is &apos;s15n&apos; (s15n --help).</source>
        <translation>También se aceptan las opciones propias de Qt (-platform NAME, -style NAME, -reverse...).
La herramienta de línea de comandos es &apos;s15n&apos; (s15n --help).</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="110"/>
        <source>s15n-admin: %1
See &apos;s15n-admin --help&apos;.</source>
        <translation>s15n-admin: %1
Consulte &apos;s15n-admin --help&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="116"/>
        <source>unexpected argument &apos;%1&apos;; s15n-admin takes only options.</source>
        <translation>argumento inesperado &apos;%1&apos;; s15n-admin solo admite opciones.</translation>
    </message>
    <message>
        <location filename="../ui/adminarguments.cpp" line="121"/>
        <source>--screenshots needs a folder.</source>
        <translation>--screenshots necesita una carpeta.</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ChangesModel</name>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="78"/>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="74"/>
        <source>new (not at the remote)</source>
        <translation>nueva (no está en el remoto)</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="73"/>
        <source>deleted (not at the remote)</source>
        <translation>eliminada (no está en el remoto)</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="76"/>
        <source>deleted here, changed there</source>
        <translation>eliminada aquí, cambiada allí</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="80"/>
        <source>updated here, deleted there</source>
        <translation>actualizada aquí, eliminada allí</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="84"/>
        <source>changed on both sides, to the same values</source>
        <translation>cambiada en ambos lados, con los mismos valores</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="85"/>
        <source>changed on both sides; differs: %1</source>
        <translation>cambiada en ambos lados; difiere: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="89"/>
        <source>updated: %1</source>
        <translation>actualizada: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="89"/>
        <source>updated (no field changed)</source>
        <translation>actualizada (no cambió ningún campo)</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="111"/>
        <source>deleted here</source>
        <translation>eliminada aquí</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="113"/>
        <source>deleted there</source>
        <translation>eliminada allí</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="116"/>
        <source>differs: %1</source>
        <translation>difiere: %1</translation>
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
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="216"/>
        <source>The row&apos;s name or code (its first text field that reads like one)</source>
        <translation>El nombre o código de la fila (su primer campo de texto que parece serlo)</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="218"/>
        <source>When the remote&apos;s version of the row was made</source>
        <translation>Cuándo se creó la versión de la fila en el remoto</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="220"/>
        <source>When this node&apos;s version of the row was made</source>
        <translation>Cuándo se creó la versión de la fila en este nodo</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="229"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="231"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="237"/>
        <source>Their version</source>
        <translation>Versión remota</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="239"/>
        <source>Row UUID</source>
        <translation>UUID de fila</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="233"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../ui/models/changesmodel.cpp" line="235"/>
        <source>Our version</source>
        <translation>Versión local</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ChangesPage</name>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="72"/>
        <source>Local changes not pushed yet. Those without a conflict can be pushed now; a conflict (the remote changed the row too) needs you to choose a version. Refresh asks the remote.</source>
        <translation>Cambios locales aún no enviados. Los que no tienen conflicto se pueden enviar ahora; un conflicto (el remoto también cambió la fila) requiere que elija una versión. Actualizar consulta al remoto.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="84"/>
        <source>&amp;Repository:</source>
        <translation>&amp;Repositorio:</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="91"/>
        <source>R&amp;esource:</source>
        <translation>Rec&amp;urso:</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="95"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="103"/>
        <source>&amp;Push selected</source>
        <translation>&amp;Enviar las seleccionadas</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="107"/>
        <source>Send the selected rows to the remote now.</source>
        <translation>Enviar ahora al remoto las filas seleccionadas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="108"/>
        <source>Push &amp;ours (overwrite theirs)</source>
        <translation>Enviar la versión &amp;local (sobrescribir la remota)</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="110"/>
        <source>Send our version of the selected rows; the remote&apos;s changes to them are lost.</source>
        <translation>Enviar la versión local de las filas seleccionadas; se pierden los cambios del remoto en ellas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="112"/>
        <source>&amp;Take theirs</source>
        <translation>Aceptar la versión re&amp;mota</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="114"/>
        <source>Replace our version of the selected rows with the remote&apos;s; our changes to them are lost.</source>
        <translation>Reemplazar la versión local de las filas seleccionadas por la del remoto; se pierden los cambios locales en ellas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="116"/>
        <source>&amp;Keep ours</source>
        <translation>&amp;Conservar la versión local</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="118"/>
        <source>Take t&amp;heirs</source>
        <translation>Aceptar la versión remo&amp;ta</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="143"/>
        <source>Without conflicts</source>
        <translation>Sin conflictos</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="145"/>
        <source>With conflicts</source>
        <translation>Con conflictos</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="147"/>
        <source>Held (MANUAL policy)</source>
        <translation>Retenidos (política MANUAL)</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="148"/>
        <source>Field by field</source>
        <translation>Campo por campo</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="182"/>
        <source>Press Refresh to ask the remote.</source>
        <translation>Pulse Actualizar para consultar al remoto.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="250"/>
        <source>Cannot read the repositories: %1</source>
        <translation>No se pueden leer los repositorios: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="256"/>
        <source>All resources</source>
        <translation>Todos los recursos</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="260"/>
        <source>Cannot read the resources: %1</source>
        <translation>No se pueden leer los recursos: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="281"/>
        <source>Add a repository on the Repositories page first.</source>
        <translation>Añada primero un repositorio en la página Repositorios.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="298"/>
        <source>Refresh cancelled.</source>
        <translation>Se canceló la actualización.</translation>
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
        <translation>Pedir al remoto sus versiones de las filas cambiadas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="299"/>
        <source>Cannot ask &apos;%1&apos; for its versions: %2 Check the connection on the Repositories page, then refresh.</source>
        <translation>No se pueden pedir a &apos;%1&apos; sus versiones: %2 Compruebe la conexión en la página Repositorios y vuelva a actualizar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="308"/>
        <source>&apos;%1&apos; answered: %2 without conflicts, %3 with conflicts, %4 held.</source>
        <translation>«%1» respondió: %2 sin conflictos, %3 con conflictos, %4 retenidos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="320"/>
        <source>Asking &apos;%1&apos;...</source>
        <translation>Preguntando a &apos;%1&apos;...</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="322"/>
        <location filename="../ui/pages/changespage.cpp" line="368"/>
        <source>Cannot open the database: %1</source>
        <translation>No se puede abrir la base de datos: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/changespage.cpp" line="366"/>
        <source>%1: working on %n row(s)...</source>
        <translation>
            <numerusform>%1: procesando %n fila...</numerusform>
            <numerusform>%1: procesando %n filas...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="397"/>
        <source>Push our version of the selected rows? The remote&apos;s changes to them will be overwritten.</source>
        <translation>¿Enviar la versión local de las filas seleccionadas? Se sobrescribirán los cambios del remoto en ellas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="407"/>
        <source>Push ours</source>
        <translation>Enviar la versión local</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="409"/>
        <source>Push</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="414"/>
        <source>Take the remote&apos;s version of the selected rows? Our changes to them will be lost.</source>
        <translation>¿Aceptar la versión remota de las filas seleccionadas? Se perderán los cambios locales en ellas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="418"/>
        <location filename="../ui/pages/changespage.cpp" line="430"/>
        <source>Take theirs</source>
        <translation>Aceptar la versión remota</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="427"/>
        <source>Take the remote&apos;s version of the selected held conflicts?</source>
        <translation>¿Aceptar la versión remota de los conflictos retenidos seleccionados?</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="428"/>
        <source>Keep our version of the selected held conflicts?</source>
        <translation>¿Conservar la versión local de los conflictos retenidos seleccionados?</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="430"/>
        <source>Keep ours</source>
        <translation>Conservar la versión local</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="439"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="443"/>
        <source>%1 (%2): took theirs</source>
        <translation>%1 (%2): se aceptó la versión remota</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="443"/>
        <source>%1 (%2): kept ours</source>
        <translation>%1 (%2): se conservó la versión local</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="464"/>
        <source>%1: %2 applied, %3 conflicts resolved, %4 held, %5 skipped, %6 waiting, %7 failed, %8 unchanged.</source>
        <translation>%1: %2 aplicados, %3 conflictos resueltos, %4 retenidos, %5 omitidos, %6 en espera, %7 fallidos, %8 sin cambios.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="476"/>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="477"/>
        <source>  %1: %2 (%3)</source>
        <translation>  %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="493"/>
        <source>%1 cancelled.</source>
        <translation>%1: cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="494"/>
        <source>%1 cancelled while waiting for the remote, which may have received the last request: refresh to see where things stand.</source>
        <translation>%1: cancelado mientras se esperaba al remoto, que puede haber recibido la última solicitud; actualice para ver cómo ha quedado todo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="501"/>
        <source>%1 failed: %2 Nothing else was done; check the connection and the rows, then refresh and try again.</source>
        <translation>%1 falló: %2 No se hizo nada más; compruebe la conexión y las filas, luego actualice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="506"/>
        <source>%1 failed</source>
        <translation>%1 falló</translation>
    </message>
    <message>
        <location filename="../ui/pages/changespage.cpp" line="551"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ChildDialog</name>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="36"/>
        <source>Add a child</source>
        <translation>Añadir un hijo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="43"/>
        <source>Edit child %1</source>
        <translation>Editar el hijo %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="49"/>
        <source>The account the child logs in with; it cannot be renamed.</source>
        <translation>La cuenta con la que el hijo inicia sesión; no se puede cambiar de nombre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="50"/>
        <location filename="../ui/dialogs/childdialog.cpp" line="51"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="68"/>
        <source>e.g. Clinic 4</source>
        <translation>p. ej., Clínica 4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="70"/>
        <source>This node&apos;s name for the child; it need not match the child&apos;s own name. It cannot be changed later.</source>
        <translation>El nombre que este nodo da al hijo; no tiene por qué coincidir con el nombre propio del hijo. No se puede cambiar más adelante.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="72"/>
        <source>&amp;Nickname:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="74"/>
        <source>optional: recorded when the child first syncs</source>
        <translation>opcional: se guarda cuando el hijo se sincroniza por primera vez</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="75"/>
        <source>The child&apos;s node UUID (its Settings page or &apos;s15n info&apos; shows it). Left empty, the child&apos;s first registration with its account fills it in; emptied, the next one does.</source>
        <translation>El UUID del nodo del hijo (lo muestra su página Configuración o &apos;s15n info&apos;). Si se deja vacío, lo rellena el primer registro del hijo con su cuenta; si se vacía, lo rellena el siguiente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="78"/>
        <source>Child&apos;s UU&amp;ID:</source>
        <translation>UU&amp;ID del hijo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="79"/>
        <source>a new account for this child</source>
        <translation>una cuenta nueva para este hijo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="80"/>
        <source>The child logs in with this account. It is made here for this child only: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;.</source>
        <translation>El hijo inicia sesión con esta cuenta. Se crea aquí solo para este hijo: de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="82"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="85"/>
        <source>Only a salted hash of it is kept here; give the password to the child&apos;s administrator.</source>
        <translation>Aquí solo se guarda un hash con sal de la contraseña; entréguela al administrador del hijo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="87"/>
        <source>New &amp;password:</source>
        <translation>Nueva con&amp;traseña:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="87"/>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="90"/>
        <source>A&amp;gain:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="94"/>
        <source>Checked tables never reach this child: its catalogue does not list them, and it may neither pull nor push them.</source>
        <translation>Las tablas marcadas nunca llegan a este hijo: su catálogo no las incluye y no puede traerlas ni enviarlas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="97"/>
        <source>Not &amp;sent to this child:</source>
        <translation>&amp;No se envían a este hijo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="101"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="102"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="132"/>
        <source>No child receives this table (the global exclusions on the Children page).</source>
        <translation>Ningún hijo recibe esta tabla (las exclusiones globales de la página Hijos).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="146"/>
        <source>Cannot read this node&apos;s resources: %1</source>
        <translation>No se pueden leer los recursos de este nodo: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="224"/>
        <source>Leave it empty to have the child&apos;s first sync fill it in.</source>
        <translation>Déjelo vacío para que lo rellene la primera sincronización del hijo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="237"/>
        <source>Give a password for the account %1, twice: the child logs in with it. Nothing was added.</source>
        <translation>Indique dos veces una contraseña para la cuenta %1: el hijo inicia sesión con ella. No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="243"/>
        <source>The two passwords differ: type the same one in both fields. Nothing was added.</source>
        <translation>Las dos contraseñas no coinciden: escriba la misma en ambos campos. No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="252"/>
        <source>Added child &apos;%1&apos; with the account %2; its UUID is recorded when it first syncs with that account.</source>
        <translation>Se añadió el hijo &apos;%1&apos; con la cuenta %2; su UUID se guarda cuando se sincroniza por primera vez con esa cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="255"/>
        <source>Added child &apos;%1&apos; (node %2) with the account %3.</source>
        <translation>Se añadió el hijo &apos;%1&apos; (nodo %2) con la cuenta %3.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="276"/>
        <source>Leave it empty to have the child&apos;s next registration fill it in.</source>
        <translation>Déjelo vacío para que lo rellene el próximo registro del hijo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="305"/>
        <source>Type the new password in both fields, or leave both empty to keep the password. Nothing was changed.</source>
        <translation>Escriba la nueva contraseña en ambos campos, o deje ambos vacíos para conservar la contraseña. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="310"/>
        <source>The two passwords differ: type the same one in both fields, or leave both empty to keep the password. Nothing was changed.</source>
        <translation>Las dos contraseñas no coinciden: escriba la misma en ambos campos, o deje ambos vacíos para conservar la contraseña. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="330"/>
        <source>Changed child &apos;%1&apos;.</source>
        <translation>Se modificó el hijo &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="333"/>
        <source>Its UUID is recorded again when it next registers with its account.</source>
        <translation>Su UUID se guardará de nuevo cuando vuelva a registrarse con su cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="334"/>
        <source>It is node %1.</source>
        <translation>Es el nodo %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/childdialog.cpp" line="336"/>
        <source>Its account has a new password; the child must use it from now on.</source>
        <translation>Su cuenta tiene una contraseña nueva; el hijo debe usarla a partir de ahora.</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ChildModel</name>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="105"/>
        <source>(not known yet)</source>
        <translation>(aún no se conoce)</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="110"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="116"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="127"/>
        <source>Recorded when the child first syncs with its account.</source>
        <translation>Se guarda cuando el hijo se sincroniza por primera vez con su cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="130"/>
        <source>The account the child logs in with; only this child may use it.</source>
        <translation>La cuenta con la que el hijo inicia sesión; solo este hijo puede usarla.</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="136"/>
        <source>It receives every resource.</source>
        <translation>Recibe todos los recursos.</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="137"/>
        <source>It does not receive: %1.</source>
        <translation>No recibe: %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="140"/>
        <source>No child receives: %1 (the global exclusions).</source>
        <translation>Ningún hijo recibe: %1 (las exclusiones globales).</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="147"/>
        <source>The child has not synced with this node yet.</source>
        <translation>El hijo aún no se ha sincronizado con este nodo.</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="150"/>
        <source>Added %1.</source>
        <translation>Se añadió el %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="168"/>
        <source>Nickname</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="170"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="172"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="174"/>
        <source>Excluded tables</source>
        <translation>Tablas excluidas</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="176"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ui/models/childmodel.cpp" line="178"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ChildrenPage</name>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="42"/>
        <source>for no particular child</source>
        <translation>para ningún hijo en concreto</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="43"/>
        <source>for child &apos;%1&apos;</source>
        <translation>para el hijo &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="60"/>
        <source>The child servers that sync with this node, each with an account of its own. Add a child, give its administrator the user name and password, and seed it with a data backup.</source>
        <translation>Los servidores hijos que se sincronizan con este nodo, cada uno con su propia cuenta. Añada un hijo, entregue a su administrador el nombre de usuario y la contraseña, e inicialícelo con una copia de seguridad de los datos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="90"/>
        <source>&amp;Add...</source>
        <translation>&amp;Añadir...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="91"/>
        <source>Add a child server, with a new account for it.</source>
        <translation>Añadir un servidor hijo, con una cuenta nueva para él.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="92"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="93"/>
        <source>Change the selected child&apos;s UUID, excluded tables, password or note.</source>
        <translation>Cambiar el UUID, las tablas excluidas, la contraseña o la nota del hijo seleccionado.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="94"/>
        <source>&amp;Remove...</source>
        <translation>E&amp;liminar...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="95"/>
        <source>Remove the selected child with its account and registration: it can no longer sync with this node.</source>
        <translation>Eliminar el hijo seleccionado con su cuenta y su registro: ya no podrá sincronizarse con este nodo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="97"/>
        <source>&amp;Download data backup...</source>
        <translation>&amp;Descargar copia de seguridad de los datos...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="98"/>
        <source>Save a backup zip of this node&apos;s data to seed the selected child: every resource but the tables it does not receive.</source>
        <translation>Guardar un zip de copia de seguridad de los datos de este nodo para inicializar el hijo seleccionado: todos los recursos salvo las tablas que no recibe.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="100"/>
        <source>Backup for &amp;no particular child...</source>
        <translation>Copia de seguridad para &amp;ningún hijo en concreto...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="101"/>
        <source>Save a backup zip of this node&apos;s data leaving out only the tables no child receives.</source>
        <translation>Guardar un zip de copia de seguridad de los datos de este nodo excluyendo solo las tablas que ningún hijo recibe.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="119"/>
        <source>Global e&amp;xclusions...</source>
        <translation>E&amp;xclusiones globales...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="121"/>
        <source>Choose the tables that no child receives.</source>
        <translation>Elegir las tablas que ningún hijo recibe.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="128"/>
        <source>Stopping the backup...</source>
        <translation>Deteniendo la copia de seguridad...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="155"/>
        <source>Cannot read the children: %1</source>
        <translation>No se pueden leer los hijos: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="166"/>
        <source>Every child receives every resource but its own exclusions.</source>
        <translation>Cada hijo recibe todos los recursos salvo sus propias exclusiones.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="167"/>
        <location filename="../ui/pages/childrenpage.cpp" line="395"/>
        <source>No child receives: %1.</source>
        <translation>Ningún hijo recibe: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="222"/>
        <source>Backup zip files (*.zip);;All files (*)</source>
        <translation>Archivos zip de copia de seguridad (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="235"/>
        <source>It receives every resource.</source>
        <translation>Recibe todos los recursos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="236"/>
        <source>It does not receive: %1.</source>
        <translation>No recibe: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="239"/>
        <location filename="../ui/pages/childrenpage.cpp" line="401"/>
        <location filename="../ui/pages/childrenpage.cpp" line="522"/>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="277"/>
        <source>Select a child in the list first.</source>
        <translation>Seleccione primero un hijo en la lista.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="278"/>
        <location filename="../ui/pages/childrenpage.cpp" line="296"/>
        <source>There is no child named &apos;%1&apos; any more.</source>
        <translation>Ya no hay ningún hijo llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="279"/>
        <source>Cannot edit the child</source>
        <translation>No se puede editar el hijo</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="298"/>
        <location filename="../ui/pages/childrenpage.cpp" line="311"/>
        <source>Cannot remove the child</source>
        <translation>No se puede eliminar el hijo</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="304"/>
        <source>Remove child</source>
        <translation>Eliminar hijo</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="305"/>
        <source>Remove the child &apos;%1&apos;? Its account %2 and its registration here are removed too: it can no longer sync with this node. The data stays.</source>
        <translation>¿Eliminar el hijo &apos;%1&apos;? También se eliminan su cuenta %2 y su registro aquí: ya no podrá sincronizarse con este nodo. Los datos se conservan.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="315"/>
        <source>Removed child &apos;%1&apos; with its account %2 and its registration here; it can no longer sync with this node.</source>
        <translation>Se eliminó el hijo &apos;%1&apos; con su cuenta %2 y su registro aquí; ya no puede sincronizarse con este nodo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="337"/>
        <source>Cannot change the global exclusions</source>
        <translation>No se pueden modificar las exclusiones globales</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="343"/>
        <source>Tables no child receives</source>
        <translation>Tablas que ningún hijo recibe</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="346"/>
        <source>Checked tables are sent to no child, whatever its own exclusions. Peers with ordinary accounts still receive them.</source>
        <translation>Las tablas marcadas no se envían a ningún hijo, sean cuales sean sus propias exclusiones. Los pares con cuentas normales siguen recibiéndolas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="393"/>
        <source>No table is excluded for every child: children receive every resource but their own exclusions.</source>
        <translation>Ninguna tabla está excluida para todos los hijos: los hijos reciben todos los recursos salvo sus propias exclusiones.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="430"/>
        <source>Save the backup for no particular child</source>
        <translation>Guardar la copia de seguridad para ningún hijo en concreto</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="431"/>
        <source>Save the backup for child &apos;%1&apos;</source>
        <translation>Guardar la copia de seguridad para el hijo &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="479"/>
        <source>Writing the backup %1 to %2: reading the data...</source>
        <translation>Escribiendo la copia de seguridad %1 en %2: leyendo los datos...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="502"/>
        <source>Writing the backup %1: reading the data...</source>
        <translation>Escribiendo la copia de seguridad %1: leyendo los datos...</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="503"/>
        <source>Writing the backup %1: %2 (%3 of %4 rows)...</source>
        <translation>Escribiendo la copia de seguridad %1: %2 (%3 de %4 filas)...</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/childrenpage.cpp" line="515"/>
        <source>Backup %1 written to %2: %Ln row(s) of %3, %4.</source>
        <translation>
            <numerusform>Copia de seguridad %1 escrita en %2: %Ln fila de %3, %4.</numerusform>
            <numerusform>Copia de seguridad %1 escrita en %2: %Ln filas de %3, %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/childrenpage.cpp" line="517"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n recurso</numerusform>
            <numerusform>%n recursos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="519"/>
        <source>Nothing is left out.</source>
        <translation>No se excluye nada.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="520"/>
        <source>Left out: %1.</source>
        <translation>Excluidas: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="532"/>
        <source>The backup %1 was cancelled: no file was written, and a file of that name was left as it was.</source>
        <translation>Se canceló la copia de seguridad %1: no se escribió ningún archivo, y un archivo con ese nombre se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="540"/>
        <source>The backup %1 failed: %2 No backup file was written.</source>
        <translation>Falló la copia de seguridad %1: %2 No se escribió ningún archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../ui/pages/childrenpage.cpp" line="542"/>
        <source>Backup failed</source>
        <translation>Falló la copia de seguridad</translation>
    </message>
</context>
<context>
    <name>s15n::ui::DataPage</name>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="86"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tabla:</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="90"/>
        <source>The synced tables (resources) of this node</source>
        <translation>Las tablas sincronizadas (recursos) de este nodo</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="95"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="98"/>
        <source>The column to search</source>
        <translation>La columna en la que buscar</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="102"/>
        <source>Rows containing...</source>
        <translation>Filas que contienen...</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="108"/>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="110"/>
        <source>Read the tables and rows again</source>
        <translation>Volver a leer las tablas y las filas</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="147"/>
        <source>&amp;Add Row</source>
        <translation>&amp;Añadir fila</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="149"/>
        <source>A new row at the top; stored when you submit</source>
        <translation>Una fila nueva al principio; se guarda al confirmar</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="132"/>
        <location filename="../ui/pages/datapage.cpp" line="150"/>
        <source>&amp;Delete Rows...</source>
        <translation>&amp;Eliminar filas...</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="56"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="123"/>
        <source>Set to &amp;NULL</source>
        <translation>Establecer en &amp;NULL</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="128"/>
        <source>Set the selected cells to NULL (no value); saved when you submit. Not for required columns.</source>
        <translation>Establecer las celdas seleccionadas en NULL (sin valor); se guarda al confirmar. No se aplica a las columnas obligatorias.</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="153"/>
        <source>Delete the selected rows when you submit</source>
        <translation>Eliminar las filas seleccionadas al confirmar</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="154"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="156"/>
        <source>Drop every change not submitted yet</source>
        <translation>Descartar todos los cambios aún no confirmados</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="158"/>
        <source>&amp;Submit</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="160"/>
        <source>Save every change in one transaction: all of them or none</source>
        <translation>Guardar todos los cambios en una sola transacción: todos o ninguno</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="249"/>
        <source>Changes Not Submitted</source>
        <translation>Cambios sin confirmar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="250"/>
        <source>%n row(s) of %1 have changes that are not submitted. Drop them?</source>
        <translation>
            <numerusform>%n fila de %1 tiene cambios sin confirmar. ¿Descartarlos?</numerusform>
            <numerusform>%n filas de %1 tienen cambios sin confirmar. ¿Descartarlos?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="277"/>
        <source>The resources cannot be read: %1</source>
        <translation>No se pueden leer los recursos: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="294"/>
        <source>This node has no resources yet: add a table on the Resources tab to see its rows here.</source>
        <translation>Este nodo aún no tiene recursos: añada una tabla en la pestaña Recursos para ver aquí sus filas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="306"/>
        <source>%1 is not a resource of this node.</source>
        <translation>%1 no es un recurso de este nodo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="386"/>
        <source>Any column</source>
        <translation>Cualquier columna</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="403"/>
        <source>The filter applies once the changes are submitted or reverted.</source>
        <translation>El filtro se aplica cuando se confirman o se revierten los cambios.</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="419"/>
        <source>There are no changes to submit.</source>
        <translation>No hay cambios que confirmar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="426"/>
        <source>Saving %n row(s) of %1...</source>
        <translation>
            <numerusform>Guardando %n fila de %1...</numerusform>
            <numerusform>Guardando %n filas de %1...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="440"/>
        <source>Saved %n row(s) of %1; they are sent to the other nodes at the next sync.</source>
        <translation>
            <numerusform>Se guardó %n fila de %1; se envía a los demás nodos en la próxima sincronización.</numerusform>
            <numerusform>Se guardaron %n filas de %1; se envían a los demás nodos en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="457"/>
        <source>Changes Not Saved</source>
        <translation>Cambios no guardados</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="463"/>
        <source>The changes were dropped.</source>
        <translation>Se descartaron los cambios.</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="488"/>
        <source>Fill in the new row, then submit. The UUID is filled in when it is stored.</source>
        <translation>Rellene la fila nueva y luego confirme. El UUID se rellena al guardarla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="509"/>
        <source>Set %n cell(s) to NULL; submit to save, or revert.</source>
        <translation>
            <numerusform>Se estableció %n celda en NULL; confirme para guardar, o revierta.</numerusform>
            <numerusform>Se establecieron %n celdas en NULL; confirme para guardar, o revierta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="537"/>
        <source>Delete Rows</source>
        <translation>Eliminar filas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="538"/>
        <source>Delete %n row(s) of %1? They are deleted when you submit, here and, at the next sync, on the nodes this table syncs with.</source>
        <translation>
            <numerusform>¿Eliminar %n fila de %1? Se elimina al confirmar, aquí y, en la próxima sincronización, en los nodos con los que se sincroniza esta tabla.</numerusform>
            <numerusform>¿Eliminar %n filas de %1? Se eliminan al confirmar, aquí y, en la próxima sincronización, en los nodos con los que se sincroniza esta tabla.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="547"/>
        <source>Marked for deletion; submit to delete, or revert.</source>
        <translation>Marcada para eliminar; confirme para eliminarla, o revierta.</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="571"/>
        <source>Submit or revert the changes first: the filter reads the rows again.</source>
        <translation>Confirme o revierta primero los cambios: el filtro vuelve a leer las filas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="573"/>
        <source>Show the rows whose column contains this text</source>
        <translation>Mostrar las filas cuya columna contiene este texto</translation>
    </message>
    <message>
        <location filename="../ui/pages/datapage.cpp" line="581"/>
        <source>%1 rows shown so far; more are read as you scroll.</source>
        <translation>%1 filas mostradas hasta ahora; se leen más al desplazarse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="582"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n fila.</numerusform>
            <numerusform>%n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="584"/>
        <source>%n row(s) changed, not submitted yet.</source>
        <translation>
            <numerusform>%n fila cambiada, aún sin confirmar.</numerusform>
            <numerusform>%n filas cambiadas, aún sin confirmar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s15n::ui::FieldComparisonModel</name>
    <message>
        <location filename="../ui/models/fieldcomparisonmodel.cpp" line="31"/>
        <source>(no value: no row)</source>
        <translation>(sin valor: no hay fila)</translation>
    </message>
    <message>
        <location filename="../ui/models/fieldcomparisonmodel.cpp" line="88"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../ui/models/fieldcomparisonmodel.cpp" line="90"/>
        <source>Ours (this node)</source>
        <translation>Versión local (este nodo)</translation>
    </message>
    <message>
        <location filename="../ui/models/fieldcomparisonmodel.cpp" line="92"/>
        <source>Theirs (the remote)</source>
        <translation>Versión remota (el remoto)</translation>
    </message>
</context>
<context>
    <name>s15n::ui::FirstRunPage</name>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="60"/>
        <source>&lt;h2&gt;Welcome to s15n&lt;/h2&gt;&lt;p&gt;This computer has no s15n node yet. Create one, or open the database of an existing node.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a s15n&lt;/h2&gt;&lt;p&gt;Este equipo todavía no tiene ningún nodo de s15n. Cree uno o abra la base de datos de un nodo existente.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="79"/>
        <source>&amp;Create a new node</source>
        <translation>&amp;Crear un nodo nuevo</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="81"/>
        <source>Open an &amp;existing node</source>
        <translation>&amp;Abrir un nodo existente</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="92"/>
        <source>New node</source>
        <translation>Nodo nuevo</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="95"/>
        <source>e.g. head-office</source>
        <translation>p. ej., oficina-central</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="96"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="100"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="102"/>
        <source>1 = the parent (primary) node; 2 to %1 = the other nodes; none = set it later.</source>
        <translation>1 = el nodo padre (principal); 2 a %1 = los demás nodos; ninguno = asignarlo más adelante.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="109"/>
        <source>&amp;Sync ID:</source>
        <translation>&amp;ID de sincronización:</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="112"/>
        <source>&amp;Load the sample data (a small supply-chain application to try s15n with)</source>
        <translation>Car&amp;gar los datos de ejemplo (una pequeña aplicación de cadena de suministro para probar s15n)</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="118"/>
        <source>Seed &amp;this node from its parent&apos;s backup (define the parent next)</source>
        <translation>Inicializar &amp;este nodo a partir de la copia de seguridad de su padre (después se define el padre)</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="122"/>
        <source>For a child: once the node is made, the Define Parent dialog fetches the parent&apos;s backup, or takes the zip downloaded there.</source>
        <translation>Para un hijo: una vez creado el nodo, el diálogo Definir el padre obtiene la copia de seguridad del padre o usa el zip descargado allí.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="142"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="144"/>
        <source>Stop, and undo what was made so far (Esc)</source>
        <translation>Detener y deshacer lo realizado hasta ahora (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="150"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="153"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="188"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="191"/>
        <source>S&amp;QLite file</source>
        <translation>Archivo S&amp;QLite</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="193"/>
        <source>&amp;PostgreSQL</source>
        <translation>&amp;PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="211"/>
        <source>&amp;Browse...</source>
        <translation>E&amp;xaminar...</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="213"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="228"/>
        <source>The database file of an existing node</source>
        <translation>El archivo de base de datos de un nodo existente</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="237"/>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="242"/>
        <source>P&amp;ort:</source>
        <translation>Puert&amp;o:</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="244"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="246"/>
        <source>Your login name</source>
        <translation>Su nombre de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="247"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="250"/>
        <source>Empty: PGPASSWORD or ~/.pgpass</source>
        <translation>Vacío: PGPASSWORD o ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="251"/>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="252"/>
        <source>&amp;Remember the password in the keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="296"/>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="315"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos SQLite (*.sqlite *.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="318"/>
        <source>New node database</source>
        <translation>Base de datos del nodo nuevo</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="320"/>
        <source>Open a node database</source>
        <translation>Abrir la base de datos de un nodo</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="333"/>
        <source>Choose a file for the new node&apos;s database.</source>
        <translation>Elija un archivo para la base de datos del nodo nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="334"/>
        <source>Choose the database file of an existing node.</source>
        <translation>Elija el archivo de base de datos de un nodo existente.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="337"/>
        <source>There is no file %1. Choose the database file of an existing node, or create a new node.</source>
        <translation>No existe el archivo %1. Elija el archivo de base de datos de un nodo existente o cree un nodo nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="342"/>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 es una carpeta; elija un archivo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="351"/>
        <source>Enter the host name of the PostgreSQL server.</source>
        <translation>Introduzca el nombre de host del servidor PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="353"/>
        <source>Enter the name of the PostgreSQL database.</source>
        <translation>Introduzca el nombre de la base de datos PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="365"/>
        <source>Enter a name for the new node.</source>
        <translation>Introduzca un nombre para el nodo nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="380"/>
        <source>Creating the node in %1...</source>
        <translation>Creando el nodo en %1...</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="394"/>
        <source>%1 already holds an s15n node, which is never created twice. To use it, choose &quot;Open an existing node&quot;.</source>
        <translation>%1 ya contiene un nodo de s15n, que nunca se crea dos veces. Para usarlo, elija &quot;Abrir un nodo existente&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="397"/>
        <source>Could not create the node: %1</source>
        <translation>No se pudo crear el nodo: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="415"/>
        <source>Opening %1...</source>
        <translation>Abriendo %1...</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="420"/>
        <source>Cancelled: no node was opened.</source>
        <translation>Cancelado: no se abrió ningún nodo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="421"/>
        <source>Could not open the node: %1</source>
        <translation>No se pudo abrir el nodo: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="460"/>
        <source>The node was created, but its password could not be kept: %1 Open it with &quot;Remember the password&quot; unticked, or after unlocking the keyring.</source>
        <translation>Se creó el nodo, pero no se pudo guardar su contraseña: %1 Ábralo con &quot;Recordar la contraseña&quot; desmarcado, o después de desbloquear el llavero.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="464"/>
        <source>The node opens, but its password could not be kept: %1 Untick &quot;Remember the password&quot;, or unlock the keyring, and open it again.</source>
        <translation>El nodo se abre, pero no se pudo guardar su contraseña: %1 Desmarque &quot;Recordar la contraseña&quot; o desbloquee el llavero, y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="481"/>
        <source>The node in %1 is ready.</source>
        <translation>El nodo en %1 está listo.</translation>
    </message>
</context>
<context>
    <name>s15n::ui::JobDialog</name>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="48"/>
        <source>Add a job for %1</source>
        <translation>Añadir una tarea programada para %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="55"/>
        <source>Edit job %1 of %2</source>
        <translation>Editar la tarea programada %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="66"/>
        <source>A sync round with &apos;%1&apos; at the start time, then again and again at this interval. &apos;s15n serve&apos; runs the scheduled rounds on this node&apos;s database; Run now runs one here.</source>
        <translation>Una ronda de sincronización con &apos;%1&apos; a la hora de inicio y, después, una y otra vez con este intervalo. &apos;s15n serve&apos; ejecuta las rondas programadas en la base de datos de este nodo; Ejecutar ahora ejecuta una aquí.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="76"/>
        <source>Enabled: the rounds run as scheduled</source>
        <translation>Habilitada: las rondas se ejecutan según lo programado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="90"/>
        <source>The first round (local time); later rounds follow at the interval.</source>
        <translation>La primera ronda (hora local); las siguientes se suceden con el intervalo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="91"/>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="94"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="100"/>
        <source>No round starts at or after this time (local time).</source>
        <translation>Ninguna ronda empieza a partir de esta hora (hora local).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="111"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="116"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="118"/>
        <source>Rounds in all; 0 = no limit.</source>
        <translation>Rondas en total; 0 = sin límite.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="119"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeticiones:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="129"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="129"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="129"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="129"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="142"/>
        <source>The time between the starts of two rounds.</source>
        <translation>El tiempo entre los inicios de dos rondas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="144"/>
        <source>E&amp;very:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="146"/>
        <source>A round still going after this is aborted and rolled back to its last checkpoint.</source>
        <translation>Una ronda que siga en curso tras este tiempo se interrumpe y se revierte a su último punto de control.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="149"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo límite:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="235"/>
        <source>The end (%1) must be after the start (%2). Choose a later end, or clear Until for no end.</source>
        <translation>El fin (%1) debe ser posterior al inicio (%2). Elija un fin posterior o desmarque Hasta para que no haya fin.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="240"/>
        <source>Every must be at least 1 second.</source>
        <translation>El intervalo (Cada) debe ser de al menos 1 segundo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="242"/>
        <source>The timeout must be at least 1 second.</source>
        <translation>El tiempo límite debe ser de al menos 1 segundo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="245"/>
        <source>Every must be at most %1 days.</source>
        <translation>El intervalo (Cada) debe ser como máximo de %1 días.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="247"/>
        <source>The timeout must be at most %1 days.</source>
        <translation>El tiempo límite debe ser como máximo de %1 días.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="278"/>
        <source>Job %1 changed: every %2 from %3.</source>
        <translation>Se cambió la tarea programada %1: cada %2 desde %3.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/jobdialog.cpp" line="279"/>
        <source>Job %1 added: every %2 from %3.</source>
        <translation>Se añadió la tarea programada %1: cada %2 desde %3.</translation>
    </message>
</context>
<context>
    <name>s15n::ui::JobModel</name>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="149"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="149"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="153"/>
        <source>No end</source>
        <translation>Sin fin</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="155"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="164"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="167"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="171"/>
        <source>Running since %1</source>
        <translation>En ejecución desde %1</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="174"/>
        <source>Disabled</source>
        <translation>Deshabilitada</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="177"/>
        <source>Finished</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="178"/>
        <source>Due now</source>
        <translation>Pendiente ahora</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="192"/>
        <source>No run starts at or after %1.</source>
        <translation>Ninguna ejecución empieza a partir de %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="195"/>
        <source>Runs in all; then the job is finished.</source>
        <translation>Ejecuciones en total; después, la tarea programada finaliza.</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="197"/>
        <source>A run still going after this is aborted and rolled back to its last checkpoint.</source>
        <translation>Una ejecución que siga en curso tras este tiempo se interrumpe y se revierte a su último punto de control.</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="202"/>
        <source>Scheduled runs are made by &apos;s15n serve&apos; (its worker) on this node&apos;s database; Run now runs one here.</source>
        <translation>Las ejecuciones programadas las realiza &apos;s15n serve&apos; (su proceso de trabajo) en la base de datos de este nodo; Ejecutar ahora ejecuta una aquí.</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="221"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="223"/>
        <source>Enabled</source>
        <translation>Habilitada</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="225"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="227"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="229"/>
        <source>Repeat</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="231"/>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="233"/>
        <source>Timeout</source>
        <translation>Tiempo límite</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="235"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="237"/>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <location filename="../ui/models/jobmodel.cpp" line="239"/>
        <source>Next run</source>
        <translation>Próxima ejecución</translation>
    </message>
</context>
<context>
    <name>s15n::ui::KeywordNames</name>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="22"/>
        <source>pull</source>
        <extracomment>A log entry&apos;s mode: a step that brought changes from the other node.</extracomment>
        <translation>traer</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="24"/>
        <source>push</source>
        <extracomment>A log entry&apos;s mode: a step that sent changes to the other node.</extracomment>
        <translation>enviar</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="29"/>
        <source>incoming</source>
        <extracomment>A log entry&apos;s direction: the rows came into this node&apos;s database.</extracomment>
        <translation>entrante</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="31"/>
        <source>outgoing</source>
        <extracomment>A log entry&apos;s direction: the rows went out of this node&apos;s database.</extracomment>
        <translation>saliente</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="39"/>
        <source>round</source>
        <extracomment>Log action: a whole sync round with a repository.</extracomment>
        <translation>ronda</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="41"/>
        <source>pull page</source>
        <extracomment>Log action: one page of changes received from the remote node.</extracomment>
        <translation>traer página</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="43"/>
        <source>push page</source>
        <extracomment>Log action: one page of this node&apos;s changes sent to the remote node.</extracomment>
        <translation>enviar página</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="45"/>
        <source>register</source>
        <extracomment>Log action: this node registering at a remote node, or a node registering here.</extracomment>
        <translation>registrar</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="47"/>
        <source>clock</source>
        <extracomment>Log action: the clocks of the two nodes were compared (a warning when they differ).</extracomment>
        <translation>reloj</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="49"/>
        <source>retry failed</source>
        <extracomment>Log action: rows refused in an earlier round were tried again.</extracomment>
        <translation>reintentar fallidas</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="52"/>
        <source>resource</source>
        <extracomment>Log action: about one resource (table) of the round, e.g. skipped because the remote does not sync it.</extracomment>
        <translation>recurso</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="54"/>
        <source>job</source>
        <extracomment>Log action: a scheduled job ran (s15n serve&apos;s worker, or Run now).</extracomment>
        <translation>tarea programada</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="57"/>
        <source>changes</source>
        <extracomment>Log action: this node&apos;s pending changes were compared with the remote&apos;s.</extracomment>
        <translation>cambios</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="59"/>
        <source>push item</source>
        <extracomment>Log action: one changed record sent to the remote on its own (Changes page).</extracomment>
        <translation>enviar fila</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="61"/>
        <source>push ours</source>
        <extracomment>Log action: this node&apos;s version sent to overwrite the remote&apos;s anyway (Changes page).</extracomment>
        <translation>enviar la versión local</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="63"/>
        <source>take theirs</source>
        <extracomment>Log action: the remote&apos;s version taken here (Changes page).</extracomment>
        <translation>aceptar la versión remota</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="65"/>
        <source>resolve theirs</source>
        <extracomment>Log action: a held conflict settled with the remote&apos;s version.</extracomment>
        <translation>resolver con la versión remota</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="67"/>
        <source>resolve ours</source>
        <extracomment>Log action: a held conflict settled with this node&apos;s version.</extracomment>
        <translation>resolver con la versión local</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="70"/>
        <source>serve</source>
        <extracomment>Log action: the server itself (e.g. a request it refused).</extracomment>
        <translation>servidor</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="72"/>
        <source>authenticate</source>
        <extracomment>Log action: the server checked a node&apos;s user name and password.</extracomment>
        <translation>autenticar</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="74"/>
        <source>authorize</source>
        <extracomment>Log action: the server checked that a node may do what it asked.</extracomment>
        <translation>autorizar</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="76"/>
        <source>serve pull</source>
        <extracomment>Log action: the server sent a page of changes to a node that pulls.</extracomment>
        <translation>servidor: traer</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="78"/>
        <source>serve push</source>
        <extracomment>Log action: the server received a page of changes from a node that pushes.</extracomment>
        <translation>servidor: enviar</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="80"/>
        <source>serve rows</source>
        <extracomment>Log action: the server sent the current state of rows a node asked for.</extracomment>
        <translation>servidor: filas</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="82"/>
        <source>backup</source>
        <extracomment>Log action: the server wrote, or sent, a backup zip to seed a child.</extracomment>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="84"/>
        <source>restore</source>
        <extracomment>Log action: this node was seeded from its parent&apos;s backup zip.</extracomment>
        <translation>restaurar</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="89"/>
        <source>create</source>
        <extracomment>A strategy operation: incoming changes may create records here.</extracomment>
        <translation>crear</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="91"/>
        <source>update</source>
        <extracomment>A strategy operation: incoming changes may update records here.</extracomment>
        <translation>actualizar</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="93"/>
        <source>delete</source>
        <extracomment>A strategy operation: incoming changes may delete records here.</extracomment>
        <translation>eliminar</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="125"/>
        <source>Success</source>
        <extracomment>The result of a log entry or a job&apos;s last run.</extracomment>
        <translation>Correcto</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="128"/>
        <source>Warning</source>
        <extracomment>The result of a log entry or a job&apos;s last run.</extracomment>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="131"/>
        <source>Error</source>
        <extracomment>The result of a log entry or a job&apos;s last run.</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="134"/>
        <source>Fatal</source>
        <extracomment>The result of a log entry or a job&apos;s last run: the round could not go on at all.</extracomment>
        <translation>Fatal</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="165"/>
        <source>Pull only</source>
        <extracomment>A resource&apos;s mode (s15n resource --mode pull).</extracomment>
        <translation>Solo traer</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="168"/>
        <source>Push only</source>
        <extracomment>A resource&apos;s mode (s15n resource --mode push).</extracomment>
        <translation>Solo enviar</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="171"/>
        <source>Pull and push</source>
        <extracomment>A resource&apos;s mode (s15n resource --mode both).</extracomment>
        <translation>Traer y enviar</translation>
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
        <translation>ESTE</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="210"/>
        <source>OTHER</source>
        <extracomment>A policy (Sahana Eden&apos;s OTHER): take the other node&apos;s version.</extracomment>
        <translation>OTRO</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="213"/>
        <source>NEWER</source>
        <extracomment>A policy (Sahana Eden&apos;s NEWER): the newer version wins.</extracomment>
        <translation>MÁS RECIENTE</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="217"/>
        <source>MASTER</source>
        <extracomment>A policy (Sahana Eden&apos;s MASTER): the version of the node that created the record wins.</extracomment>
        <translation>MAESTRO</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="221"/>
        <source>MANUAL</source>
        <extracomment>A conflict policy (MANUAL): an administrator settles the conflict on the Changes page.</extracomment>
        <translation>RESOLUCIÓN MANUAL</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="236"/>
        <source>Keep this node&apos;s version.</source>
        <translation>Conservar la versión de este nodo.</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="238"/>
        <source>Take the other node&apos;s version.</source>
        <translation>Aceptar la versión del otro nodo.</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="240"/>
        <source>The newer version wins.</source>
        <translation>Prevalece la versión más reciente.</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="242"/>
        <source>The version of the node that created the record wins.</source>
        <translation>Prevalece la versión del nodo que creó el registro.</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="244"/>
        <source>Hold the conflict for an administrator to settle on the Changes page.</source>
        <translation>Retener el conflicto para que un administrador lo resuelva en la página Cambios.</translation>
    </message>
    <message>
        <location filename="../ui/models/keywordnames.cpp" line="256"/>
        <source>%1d</source>
        <extracomment>Days in a duration such as 1d2h30m (the short form s15n&apos;s CLI takes).</extracomment>
        <translation>%1 d</translation>
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
        <translation>Ajustar las columnas a la ventana</translation>
    </message>
</context>
<context>
    <name>s15n::ui::LogDetailsDialog</name>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="17"/>
        <source>Log Entry %1</source>
        <translation>Entrada de registro %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="21"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="31"/>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="37"/>
        <source>%1, reported by the remote node</source>
        <translation>%1, notificado por el nodo remoto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="39"/>
        <source>Entry:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="40"/>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="41"/>
        <source>Repository:</source>
        <translation>Repositorio:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="42"/>
        <source>Peer node:</source>
        <translation>Nodo par:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="43"/>
        <source>Resource:</source>
        <translation>Recurso:</translation>
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
        <translation>Modo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="55"/>
        <source>Direction:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="57"/>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="59"/>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="60"/>
        <source>Received:</source>
        <translation>Recibidos:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="61"/>
        <source>Applied:</source>
        <translation>Aplicados:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="62"/>
        <source>Conflicts:</source>
        <translation>Conflictos:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="63"/>
        <source>Skipped:</source>
        <translation>Omitidos:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="64"/>
        <source>Failed:</source>
        <translation>Fallidos:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="65"/>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="66"/>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="72"/>
        <source>No message</source>
        <translation>Sin mensaje</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="73"/>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
</context>
<context>
    <name>s15n::ui::LogModel</name>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="184"/>
        <source>%1 (remote)</source>
        <translation>%1 (remoto)</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="207"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="262"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="264"/>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="266"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="268"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="270"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="272"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="274"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="276"/>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="278"/>
        <source>Applied</source>
        <translation>Aplicados</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="280"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="282"/>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="284"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="286"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="288"/>
        <source>Message</source>
        <translation>Mensaje</translation>
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
        <translation>&amp;Repositorio:</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="54"/>
        <source>All results</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="57"/>
        <source>Re&amp;sult:</source>
        <translation>Resu&amp;ltado:</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="62"/>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="63"/>
        <source>Show entries whose message, action, resource, repository or peer contains this text</source>
        <translation>Mostrar las entradas cuyo mensaje, acción, recurso, repositorio o par contenga este texto</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="70"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="73"/>
        <source>Read the log again (F5)</source>
        <translation>Volver a leer el registro (F5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="74"/>
        <source>&amp;Details...</source>
        <translation>&amp;Detalles...</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="76"/>
        <source>&amp;Export CSV...</source>
        <translation>E&amp;xportar CSV...</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="78"/>
        <source>Save every entry that matches the filters as a CSV file</source>
        <translation>Guardar como archivo CSV todas las entradas que coincidan con los filtros</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="136"/>
        <source>Cancel Export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="138"/>
        <source>Stop the export; no file is written</source>
        <translation>Detener la exportación; no se escribe ningún archivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="255"/>
        <source>All repositories</source>
        <translation>Todos los repositorios</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="314"/>
        <source>Export Log as CSV</source>
        <translation>Exportar el registro como CSV</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="315"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="357"/>
        <source>Exporting the log to %1...</source>
        <translation>Exportando el registro a %1...</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="367"/>
        <source>Cancelling the export...</source>
        <translation>Cancelando la exportación...</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/logpage.cpp" line="373"/>
        <source>Exporting the log to %1: %n entries written...</source>
        <translation>
            <numerusform>Exportando el registro a %1: %n entrada escrita...</numerusform>
            <numerusform>Exportando el registro a %1: %n entradas escritas...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/logpage.cpp" line="387"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Se exportó %n entrada a %1.</numerusform>
            <numerusform>Se exportaron %n entradas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="392"/>
        <source>Export cancelled: no file was written, and a file of that name was left as it was.</source>
        <translation>Exportación cancelada: no se escribió ningún archivo y, si ya existía un archivo con ese nombre, se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="400"/>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="438"/>
        <source>Cannot create the file %1: %2. Choose a folder where you may create files, and try again.</source>
        <translation>No se puede crear el archivo %1: %2. Elija una carpeta en la que pueda crear archivos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="348"/>
        <location filename="../ui/pages/logpage.cpp" line="455"/>
        <source>Cannot export the log to %1: %2. Nothing was written; try again once the database can be read.</source>
        <translation>No se puede exportar el registro a %1: %2. No se escribió nada; inténtelo de nuevo cuando se pueda leer la base de datos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="428"/>
        <source>Cannot write the file %1: %2. Check that the disk is not full and that you may write there, then try again; an existing file of that name was left as it was.</source>
        <translation>No se puede escribir el archivo %1: %2. Compruebe que el disco no esté lleno y que tenga permiso de escritura allí, e inténtelo de nuevo; el archivo existente con ese nombre se dejó como estaba.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/logpage.cpp" line="522"/>
        <source>Showing the newest %n entries; scroll down for more.</source>
        <translation>
            <numerusform>Se muestra la entrada más reciente (%n); desplácese hacia abajo para ver más.</numerusform>
            <numerusform>Se muestran las %n entradas más recientes; desplácese hacia abajo para ver más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/logpage.cpp" line="524"/>
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrada.</numerusform>
            <numerusform>%n entradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s15n::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>s15n administration</source>
        <translation>Administración de s15n</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>Could not open the node at %1: %2</source>
        <translation>No se pudo abrir el nodo en %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>No node</source>
        <translation>Ningún nodo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;About s15n</source>
        <translation>&amp;Acerca de s15n</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>&lt;h3&gt;s15n %1&lt;/h3&gt;&lt;p&gt;s15n keeps the tables of SQLite and PostgreSQL databases in sync between nodes that are often offline. This application administers one node: its remote repositories, the tables it shares with them, when it syncs, and what happened.&lt;/p&gt;&lt;p&gt;Licence: not chosen yet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;s15n %1&lt;/h3&gt;&lt;p&gt;s15n mantiene sincronizadas las tablas de bases de datos SQLite y PostgreSQL entre nodos que a menudo están sin conexión. Esta aplicación administra un nodo: sus repositorios remotos, las tablas que comparte con ellos, cuándo se sincroniza y qué ha ocurrido.&lt;/p&gt;&lt;p&gt;Licencia: aún sin elegir.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>About s15n</source>
        <translation>Acerca de s15n</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>Opening %1 was cancelled. Open it again, open another node, or create a new one.</source>
        <translation>Se canceló la apertura de %1. Vuelva a abrirlo, abra otro nodo o cree uno nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>Check that the PostgreSQL server is running and can be reached from this computer, and the user name and password; then click Open to try again, or create a new node.</source>
        <translation>Compruebe que el servidor PostgreSQL está en ejecución y es accesible desde este equipo, así como el nombre de usuario y la contraseña; después, haga clic en Abrir para volver a intentarlo, o cree un nodo nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>Open the database file of an existing node, or create a new node.</source>
        <translation>Abra el archivo de base de datos de un nodo existente o cree un nodo nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <source>Repositories</source>
        <translation>Repositorios</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>Children</source>
        <translation>Hijos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>Node %1, sync ID %2</source>
        <translation>Nodo %1, ID de sincronización %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>Node %1
UUID %2
Database %3</source>
        <translation>Nodo %1
UUID %2
Base de datos %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>%1 - s15n administration</source>
        <translation>%1 - Administración de s15n</translation>
    </message>
</context>
<context>
    <name>s15n::ui::OpeningPage</name>
    <message>
        <location filename="../ui/pages/openingpage.cpp" line="27"/>
        <source>Opening %1...</source>
        <translation>Abriendo %1...</translation>
    </message>
    <message>
        <location filename="../ui/pages/openingpage.cpp" line="41"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/pages/openingpage.cpp" line="43"/>
        <source>Stop waiting, and open or create another node (Esc)</source>
        <translation>Dejar de esperar y abrir o crear otro nodo (Esc)</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ParentDialog</name>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="61"/>
        <source>Define the parent</source>
        <translation>Definir el padre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="76"/>
        <source>Seeds this node from its parent&apos;s backup and adds the parent as a repository. Do it once, on a new node: the parent&apos;s tables must not exist here yet, or be empty. The parent&apos;s administrator makes this node&apos;s account there (Add Child) and can download the backup for it.</source>
        <translation>Inicializa este nodo a partir de la copia de seguridad de su padre y añade el padre como repositorio. Hágalo una sola vez, en un nodo nuevo: las tablas del padre aún no deben existir aquí, o deben estar vacías. El administrador del padre crea allí la cuenta de este nodo (Añadir un hijo) y puede descargar la copia de seguridad para él.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="95"/>
        <source>https://parent.example:8471</source>
        <translation>https://parent.example:8471</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="96"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="97"/>
        <source>this node&apos;s account at the parent</source>
        <translation>la cuenta de este nodo en el padre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="98"/>
        <source>The user name the parent&apos;s administrator made for this node with Add Child.</source>
        <translation>El nombre de usuario que el administrador del padre creó para este nodo con Añadir un hijo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="100"/>
        <source>U&amp;ser name:</source>
        <translation>Nombre de u&amp;suario:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="103"/>
        <source>Kept in %1, never in the database.</source>
        <translation>Se guarda en %1, nunca en la base de datos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="104"/>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="107"/>
        <source>This node&apos;s name for the parent&apos;s repository: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. It cannot be changed later.</source>
        <translation>El nombre que este nodo da al repositorio del padre: de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;. No se puede cambiar más adelante.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="109"/>
        <source>Repository &amp;name:</source>
        <translation>&amp;Nombre del repositorio:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="111"/>
        <source>needed only with a zip when the parent cannot be reached</source>
        <translation>solo hace falta con un zip cuando no se puede contactar con el padre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="112"/>
        <source>The parent&apos;s node UUID (&apos;s15n info&apos; on the parent, or its Settings page). Checked against the parent, and against the zip when the parent cannot be reached.</source>
        <translation>El UUID del nodo padre (&apos;s15n info&apos; en el padre, o su página Configuración). Se comprueba con el padre, y con el zip cuando no se puede contactar con el padre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="115"/>
        <source>Parent&apos;s UU&amp;ID:</source>
        <translation>UU&amp;ID del padre:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="116"/>
        <source>none: the node&apos;s default proxy, if any</source>
        <translation>ninguno: el proxy predeterminado del nodo, si lo hay</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="117"/>
        <source>http://HOST:PORT or socks5://HOST:PORT</source>
        <translation>http://HOST:PORT o socks5://HOST:PORT</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="118"/>
        <source>Pro&amp;xy:</source>
        <translation>Servidor pro&amp;xy:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="120"/>
        <source>none: the system&apos;s authorities</source>
        <translation>ninguno: las autoridades del sistema</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="121"/>
        <source>PEM file of the certificate authority (or the self-signed certificate) to trust for an https:// parent.</source>
        <translation>Archivo PEM de la autoridad de certificación (o del certificado autofirmado) en la que confiar para un padre https://.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="123"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="128"/>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="129"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="135"/>
        <source>CA &amp;certificate:</source>
        <translation>Certificado de &amp;CA:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="147"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="169"/>
        <source>&amp;Define parent</source>
        <translation>&amp;Definir el padre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="179"/>
        <source>The backup</source>
        <translation>La copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="181"/>
        <source>&amp;Fetch the backup from the parent</source>
        <translation>&amp;Obtener la copia de seguridad del padre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="183"/>
        <source>The parent writes a backup for this node&apos;s account and it is downloaded now: the parent must be reachable.</source>
        <translation>El padre escribe una copia de seguridad para la cuenta de este nodo y se descarga ahora: el padre debe estar accesible.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="185"/>
        <source>Use a backup file I down&amp;loaded</source>
        <translation>Usar un archivo de copia de seguridad que descar&amp;gué</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="187"/>
        <source>The zip the parent&apos;s administrator downloaded for this node (Children page there, or &apos;s15n backup --for-child&apos;). Works while the parent cannot be reached; the first sync then checks it.</source>
        <translation>El zip que el administrador del padre descargó para este nodo (en la página Hijos de allí, o con &apos;s15n backup --for-child&apos;). Funciona aunque no se pueda acceder al padre; después, la primera sincronización lo comprueba.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="200"/>
        <source>the parent&apos;s backup zip</source>
        <translation>el zip de la copia de seguridad del padre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="201"/>
        <source>Br&amp;owse...</source>
        <translation>Exa&amp;minar...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="206"/>
        <source>The parent&apos;s backup</source>
        <translation>La copia de seguridad del padre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="207"/>
        <source>Backup zips (*.zip);;All files (*)</source>
        <translation>Archivos zip de copia de seguridad (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="266"/>
        <source>Stop; the database stays as it was.</source>
        <translation>Detener; la base de datos queda como estaba.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="284"/>
        <source>Give the parent&apos;s URL: http://HOST:PORT or https://HOST:PORT[/path].</source>
        <translation>Indique la URL del padre: http://HOST:PORT o https://HOST:PORT[/path].</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="288"/>
        <source>Give the user name: the account the parent&apos;s administrator made for this node (Add Child).</source>
        <translation>Indique el nombre de usuario: la cuenta que el administrador del padre creó para este nodo (Añadir un hijo).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="293"/>
        <source>Give the password of the user &apos;%1&apos; at the parent.</source>
        <translation>Indique la contraseña del usuario &apos;%1&apos; en el padre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="301"/>
        <source>&apos;%1&apos; is not a node UUID (like 6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f).</source>
        <translation>&apos;%1&apos; no es un UUID de nodo (como 6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="311"/>
        <source>Choose the backup zip downloaded at the parent, or fetch the backup from the parent.</source>
        <translation>Elija el zip de la copia de seguridad descargado en el padre, u obtenga la copia de seguridad del padre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="314"/>
        <source>There is no file %1. Choose the backup zip downloaded at the parent.</source>
        <translation>No existe el archivo %1. Elija el zip de la copia de seguridad descargado en el padre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="356"/>
        <source>Parent defined, with warnings</source>
        <translation>Padre definido, con advertencias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="356"/>
        <source>Parent defined</source>
        <translation>Padre definido</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="365"/>
        <source>Cancelled. %1</source>
        <translation>Cancelado. %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="374"/>
        <source>Asking %1 who it is...</source>
        <translation>Preguntando a %1 quién es...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="375"/>
        <source>Asking %1 who it is, then checking %2...</source>
        <translation>Preguntando a %1 quién es y luego comprobando %2...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="387"/>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 filas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="390"/>
        <source>Asking the parent who it is...</source>
        <translation>Preguntando al padre quién es...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="392"/>
        <source>The parent writes the backup: %1</source>
        <translation>El padre escribe la copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="393"/>
        <source>The parent writes the backup...</source>
        <translation>El padre escribe la copia de seguridad...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="396"/>
        <source>Downloading the backup: %1 of %2</source>
        <translation>Descargando la copia de seguridad: %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="398"/>
        <source>Downloading the backup: %1</source>
        <translation>Descargando la copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="400"/>
        <source>Checking the backup: %1</source>
        <translation>Comprobando la copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="402"/>
        <source>Restoring: %1</source>
        <translation>Restaurando: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="404"/>
        <source>The data is restored; registering this node at the parent...</source>
        <translation>Los datos están restaurados; registrando este nodo en el padre...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="414"/>
        <source>Table: %1</source>
        <translation>Tabla: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="427"/>
        <source>The data is restored and the repository stored; only the registration at the parent is left.</source>
        <translation>Los datos están restaurados y el repositorio guardado; solo falta el registro en el padre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="439"/>
        <source>Seeded this node from the backup of parent &apos;%1&apos; (%2): %3 in %4.</source>
        <translation>Se inicializó este nodo a partir de la copia de seguridad del padre &apos;%1&apos; (%2): %3 en %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/parentdialog.cpp" line="441"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/parentdialog.cpp" line="442"/>
        <source>%Ln table(s)</source>
        <translation>
            <numerusform>%Ln tabla</numerusform>
            <numerusform>%Ln tablas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="444"/>
        <source>Downloaded %1.</source>
        <translation>Se descargaron %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="446"/>
        <source>Created the tables %1.</source>
        <translation>Se crearon las tablas %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="448"/>
        <source>Kept this node&apos;s own sync settings of %1.</source>
        <translation>Se conservó la configuración de sincronización propia de este nodo para %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/parentdialog.cpp" line="451"/>
        <source>%Ln row(s) wait for rows of tables that are not in the backup.</source>
        <translation>
            <numerusform>%Ln fila espera filas de tablas que no están en la copia de seguridad.</numerusform>
            <numerusform>%Ln filas esperan filas de tablas que no están en la copia de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="453"/>
        <source>Added repository &apos;%1&apos; (%2); its password is kept in %3.</source>
        <translation>Se añadió el repositorio &apos;%1&apos; (%2); su contraseña se guarda en %3.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="456"/>
        <source>The parent could not be reached; the zip comes from the parent UUID you gave, and this node registers there at its first sync.</source>
        <translation>No se pudo contactar con el padre; el zip viene del padre cuyo UUID indicó, y este nodo se registrará allí en su primera sincronización.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="459"/>
        <source>This node is registered at the parent. Sync now brings what changed there since the backup.</source>
        <translation>Este nodo está registrado en el padre. Con Sincronizar ahora se trae lo que cambió allí desde la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="462"/>
        <source>This node is not registered at the parent yet: %1 On the Repositories page, select &apos;%2&apos; and press Register once the parent can be reached.</source>
        <translation>Este nodo todavía no está registrado en el padre: %1 En la página Repositorios, seleccione &apos;%2&apos; y pulse Registrar cuando se pueda acceder al padre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="466"/>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/parentdialog.cpp" line="498"/>
        <source>Stopping; nothing will be changed...</source>
        <translation>Deteniendo; no se modificará nada...</translation>
    </message>
</context>
<context>
    <name>s15n::ui::RepositoriesPage</name>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="84"/>
        <source>The remote nodes this node syncs with. Add the parent with the user name and password its administrator made for this node; adding registers this node there.</source>
        <translation>Los nodos remotos con los que se sincroniza este nodo. Añada el nodo padre con el nombre de usuario y la contraseña que su administrador creó para este nodo; al añadirlo, este nodo se registra allí.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="124"/>
        <source>&amp;Add...</source>
        <translation>&amp;Añadir...</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="124"/>
        <source>Add a remote node to sync with.</source>
        <translation>Añadir un nodo remoto con el que sincronizar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="129"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="130"/>
        <source>Change the selected repository&apos;s URL, user, password, proxy...</source>
        <translation>Cambiar el repositorio seleccionado: URL, usuario, contraseña, proxy...</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="131"/>
        <source>&amp;Remove...</source>
        <translation>E&amp;liminar...</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="132"/>
        <source>Remove the selected repository and its stored password.</source>
        <translation>Eliminar el repositorio seleccionado y su contraseña guardada.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="133"/>
        <source>Re&amp;gister</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="134"/>
        <source>Register this node at the selected remote (when adding could not).</source>
        <translation>Registrar este nodo en el remoto seleccionado (si no se pudo al añadirlo).</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="44"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="46"/>
        <source>Synced with &apos;%1&apos; in %2: %3; %4.</source>
        <translation>Sincronizado con &apos;%1&apos; en %2: %3; %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="48"/>
        <source>received %Ln row(s) (%1 applied here)</source>
        <translation>
            <numerusform>%Ln fila recibida (aplicadas aquí: %1)</numerusform>
            <numerusform>%Ln filas recibidas (aplicadas aquí: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="51"/>
        <source>sent %Ln row(s) (%1 applied at the remote)</source>
        <translation>
            <numerusform>%Ln fila enviada (aplicadas en el remoto: %1)</numerusform>
            <numerusform>%Ln filas enviadas (aplicadas en el remoto: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="55"/>
        <source>%Ln conflict(s) settled by the conflict policy.</source>
        <translation>
            <numerusform>%Ln conflicto resuelto por la política de conflictos.</numerusform>
            <numerusform>%Ln conflictos resueltos por la política de conflictos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="58"/>
        <source>%Ln conflict(s) wait for you on the Changes page.</source>
        <translation>
            <numerusform>%Ln conflicto le espera en la página Cambios.</numerusform>
            <numerusform>%Ln conflictos le esperan en la página Cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="61"/>
        <source>%Ln row(s) refused by the strategy or the update policy.</source>
        <translation>
            <numerusform>%Ln fila rechazada por la estrategia o la política de actualización.</numerusform>
            <numerusform>%Ln filas rechazadas por la estrategia o la política de actualización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="64"/>
        <source>%Ln row(s) wait for rows they refer to.</source>
        <translation>
            <numerusform>%Ln fila espera filas a las que hace referencia.</numerusform>
            <numerusform>%Ln filas esperan filas a las que hacen referencia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="67"/>
        <source>%Ln row(s) refused by the database; they are tried again next round.</source>
        <translation>
            <numerusform>%Ln fila rechazada por la base de datos; se volverá a intentar en la próxima ronda.</numerusform>
            <numerusform>%Ln filas rechazadas por la base de datos; se volverán a intentar en la próxima ronda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="71"/>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="126"/>
        <source>Define &amp;Parent...</source>
        <translation>Definir el &amp;padre...</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="127"/>
        <source>Seed this new node from its parent&apos;s backup and add the parent as a repository.</source>
        <translation>Inicializar este nodo nuevo a partir de la copia de seguridad de su padre y añadir el padre como repositorio.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="140"/>
        <source>S&amp;ync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="141"/>
        <location filename="../ui/pages/repositoriespage.cpp" line="274"/>
        <source>Sync with the selected repository now: pull its changes, then push this node&apos;s (Ctrl+Shift+S).</source>
        <translation>Sincronizar ahora con el repositorio seleccionado: traer sus cambios y luego enviar los de este nodo (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="154"/>
        <source>Stopping the sync with &apos;%1&apos;: rolling back to its last checkpoint...</source>
        <translation>Deteniendo la sincronización con &apos;%1&apos;: revirtiendo a su último punto de control...</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="164"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="167"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="217"/>
        <source>Cannot read the repositories: %1</source>
        <translation>No se pueden leer los repositorios: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="273"/>
        <source>Waits until the job&apos;s round (Run now) ends.</source>
        <translation>Espera hasta que termine la ronda de la tarea programada (Ejecutar ahora).</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="330"/>
        <source>Cannot edit the repository</source>
        <translation>No se puede editar el repositorio</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="331"/>
        <source>%1 Select a repository in the list first.</source>
        <translation>%1 Primero seleccione un repositorio en la lista.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="344"/>
        <source>Remove repository</source>
        <translation>Eliminar repositorio</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="345"/>
        <source>Remove the repository &apos;%1&apos; and its stored password? This node stops syncing with it; the remote keeps its data and its registration of this node.</source>
        <translation>¿Eliminar el repositorio &apos;%1&apos; y su contraseña guardada? Este nodo dejará de sincronizarse con él; el remoto conserva sus datos y el registro de este nodo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="354"/>
        <source>Cannot remove the repository</source>
        <translation>No se puede eliminar el repositorio</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="358"/>
        <source>Repository &apos;%1&apos; removed.</source>
        <translation>Se eliminó el repositorio &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="359"/>
        <source>Repository &apos;%1&apos; removed. %2</source>
        <translation>Se eliminó el repositorio &apos;%1&apos;. %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="375"/>
        <source>This node is registered at &apos;%1&apos; (%2).</source>
        <translation>Este nodo está registrado en &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="383"/>
        <source>Registration at &apos;%1&apos; stopped.</source>
        <translation>Se detuvo el registro en &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="387"/>
        <location filename="../ui/pages/repositoriespage.cpp" line="394"/>
        <source>Registration failed</source>
        <translation>Falló el registro</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="391"/>
        <source>Registering this node at &apos;%1&apos;...</source>
        <translation>Registrando este nodo en &apos;%1&apos;...</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="422"/>
        <source>Each step is on the Log page.</source>
        <translation>Cada paso figura en la página Registro.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="429"/>
        <source>The sync with &apos;%1&apos; was cancelled; what arrived up to its last checkpoint is kept, and the next round goes on from there.</source>
        <translation>Se canceló la sincronización con &apos;%1&apos;; se conserva lo que llegó hasta su último punto de control y la próxima ronda continúa desde ahí.</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="435"/>
        <location filename="../ui/pages/repositoriespage.cpp" line="452"/>
        <source>The sync with &apos;%1&apos; failed: %2</source>
        <translation>La sincronización con &apos;%1&apos; falló: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="438"/>
        <location filename="../ui/pages/repositoriespage.cpp" line="454"/>
        <source>Sync failed</source>
        <translation>Falló la sincronización</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="448"/>
        <source>Syncing with &apos;%1&apos;: asking the remote...</source>
        <translation>Sincronizando con &apos;%1&apos;: consultando al remoto...</translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="471"/>
        <source>Syncing with &apos;%1&apos;: </source>
        <translation>Sincronizando con &apos;%1&apos;: </translation>
    </message>
</context>
<context>
    <name>s15n::ui::RepositoryDialog</name>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="35"/>
        <source>Add a repository</source>
        <translation>Añadir un repositorio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="42"/>
        <source>Edit repository %1</source>
        <translation>Editar el repositorio %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="47"/>
        <source>unchanged (the stored password)</source>
        <translation>sin cambios (la contraseña guardada)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="74"/>
        <source>e.g. parent</source>
        <translation>p. ej., padre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="75"/>
        <source>This node&apos;s name for the remote: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. It cannot be changed later.</source>
        <translation>El nombre que este nodo da al remoto: de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;. No se puede cambiar más adelante.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="78"/>
        <source>https://parent.example:8471</source>
        <translation>https://parent.example:8471</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="79"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="80"/>
        <source>the account made for this node there</source>
        <translation>la cuenta creada allí para este nodo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="81"/>
        <source>U&amp;ser name:</source>
        <translation>Nombre de u&amp;suario:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="84"/>
        <source>Kept in %1, never in the database.</source>
        <translation>Se guarda en %1, nunca en la base de datos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="85"/>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="86"/>
        <source>none: the node&apos;s default proxy, if any</source>
        <translation>ninguno: el proxy predeterminado del nodo, si lo hay</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="87"/>
        <source>http://HOST:PORT or socks5://HOST:PORT</source>
        <translation>http://HOST:PORT o socks5://HOST:PORT</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="88"/>
        <source>Pro&amp;xy:</source>
        <translation>Servidor pro&amp;xy:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="89"/>
        <source>Accept changes this remote pushes here</source>
        <translation>Aceptar los cambios que este remoto envíe aquí</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="92"/>
        <source>optional: learnt from the remote</source>
        <translation>opcional: se obtiene del remoto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="93"/>
        <source>The remote node&apos;s UUID, if you know it: the remote must be that node.</source>
        <translation>El UUID del nodo remoto, si lo conoce: el remoto debe ser ese nodo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="94"/>
        <source>Remote UU&amp;ID:</source>
        <translation>UU&amp;ID remoto:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="97"/>
        <source>none: the system&apos;s authorities</source>
        <translation>ninguno: las autoridades del sistema</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="98"/>
        <source>PEM file of the certificate authority (or the self-signed certificate) to trust for an https:// remote.</source>
        <translation>Archivo PEM de la autoridad de certificación (o del certificado autofirmado) en la que confiar para un remoto https://.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="100"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="104"/>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="105"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="111"/>
        <source>CA &amp;certificate:</source>
        <translation>Certificado de &amp;CA:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="116"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="125"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="202"/>
        <source>Give the remote&apos;s URL: http://HOST:PORT or https://HOST:PORT[/path].</source>
        <translation>Indique la URL del remoto: http://HOST:PORT o https://HOST:PORT[/path].</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="207"/>
        <source>Give the user name: the account the remote&apos;s administrator made for this node.</source>
        <translation>Indique el nombre de usuario: la cuenta que el administrador del remoto creó para este nodo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="217"/>
        <source>&apos;%1&apos; is not a node UUID (like 123e4567-e89b-12d3-a456-426614174000); leave it empty to learn it from the remote.</source>
        <translation>&apos;%1&apos; no es un UUID de nodo (como 123e4567-e89b-12d3-a456-426614174000); déjelo vacío para obtenerlo del remoto.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="242"/>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="301"/>
        <source>Give the password of the user &apos;%1&apos; at the remote.</source>
        <translation>Indique la contraseña del usuario &apos;%1&apos; en el remoto.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="259"/>
        <source>No password is stored for repository &apos;%1&apos;: type it.</source>
        <translation>No hay ninguna contraseña guardada para el repositorio &apos;%1&apos;: escríbala.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="267"/>
        <source>Stopped; the connection was not tested.</source>
        <translation>Detenido; no se probó la conexión.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="269"/>
        <source>Connected: the remote is node &apos;%1&apos; (%2).</source>
        <translation>Conectado: el remoto es el nodo &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="279"/>
        <source>Asking %1 who it is...</source>
        <translation>Preguntando a %1 quién es...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="319"/>
        <source>Repository &apos;%1&apos; changed.</source>
        <translation>Se modificó el repositorio &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="334"/>
        <source>Added repository &apos;%1&apos;; its password is kept in %2.</source>
        <translation>Se añadió el repositorio &apos;%1&apos;; su contraseña se guarda en %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="338"/>
        <source>This node is registered at &apos;%1&apos; (%2).</source>
        <translation>Este nodo está registrado en &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="342"/>
        <source>This node is not registered at the remote yet: %1 Here: select the repository and press Register once the remote can be reached.</source>
        <translation>Este nodo todavía no está registrado en el remoto: %1 Aquí: seleccione el repositorio y pulse Registrar cuando se pueda acceder al remoto.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="352"/>
        <source>Saving...</source>
        <translation>Guardando...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="353"/>
        <source>Asking %1 who it is, then adding and registering...</source>
        <translation>Preguntando a %1 quién es; después se añadirá y registrará...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="377"/>
        <source>Stopping...</source>
        <translation>Deteniendo...</translation>
    </message>
</context>
<context>
    <name>s15n::ui::RepositoryModel</name>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="16"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="16"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="98"/>
        <source>(node default)</source>
        <translation>(predeterminado del nodo)</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="104"/>
        <source>(not known yet)</source>
        <translation>(aún no se conoce)</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="109"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="123"/>
        <source>The node&apos;s default proxy (Settings page), if any.</source>
        <translation>El proxy predeterminado del nodo (página Configuración), si lo hay.</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="126"/>
        <source>This node is registered at the remote.</source>
        <translation>Este nodo está registrado en el remoto.</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="127"/>
        <source>Not registered at the remote yet: select it and press Register, or sync (a sync round registers first).</source>
        <translation>Todavía no está registrado en el remoto: selecciónelo y pulse Registrar, o sincronice (una ronda de sincronización registra primero).</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="140"/>
        <source>Trusts the certificates in %1.</source>
        <translation>Confía en los certificados de %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="158"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="160"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="162"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="164"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="166"/>
        <source>Accepts pushes</source>
        <translation>Acepta envíos</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="168"/>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="170"/>
        <source>Remote UUID</source>
        <translation>UUID remoto</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="172"/>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="174"/>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ResourceDialog</name>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="44"/>
        <source>%1, strategy %2, update %3, conflict %4</source>
        <translation>%1, estrategia %2, actualización %3, conflicto %4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="61"/>
        <source>Add a resource from this node&apos;s tables</source>
        <translation>Añadir un recurso a partir de las tablas de este nodo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="63"/>
        <source>The tables of this node&apos;s database that are not synced yet. The settings apply with every repository of this node.</source>
        <translation>Las tablas de la base de datos de este nodo que aún no se sincronizan. La configuración se aplica con todos los repositorios de este nodo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="78"/>
        <source>Add a resource from the catalogue of &apos;%1&apos;</source>
        <translation>Añadir un recurso del catálogo de &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="88"/>
        <source>Edit resource %1</source>
        <translation>Editar el recurso %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="92"/>
        <source>The UUID column of a resource cannot change; remove the resource and add it again to use another.</source>
        <translation>La columna UUID de un recurso no puede cambiar; elimine el recurso y vuelva a añadirlo para usar otra.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="94"/>
        <source>These settings apply with every repository of this node.</source>
        <translation>Esta configuración se aplica con todos los repositorios de este nodo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="113"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tabla:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="116"/>
        <source>The column that identifies each row on every node. If the table has no such column, s15n adds it and gives every row a UUID.</source>
        <translation>La columna que identifica cada fila en todos los nodos. Si la tabla no tiene esa columna, s15n la añade y asigna un UUID a cada fila.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="118"/>
        <source>&amp;UUID column:</source>
        <translation>Columna &amp;UUID:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="124"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="134"/>
        <source>cr&amp;eate</source>
        <extracomment>Strategy check box: incoming changes may create records here (see KeywordNames &quot;create&quot;).</extracomment>
        <translation>c&amp;rear</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="136"/>
        <source>upd&amp;ate</source>
        <extracomment>Strategy check box: incoming changes may update records here (see KeywordNames &quot;update&quot;).</extracomment>
        <translation>&amp;actualizar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="138"/>
        <source>de&amp;lete</source>
        <extracomment>Strategy check box: incoming changes may delete records here (see KeywordNames &quot;delete&quot;).</extracomment>
        <translation>&amp;eliminar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="140"/>
        <source>Incoming changes may:</source>
        <translation>Los cambios entrantes pueden:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="144"/>
        <source>Who wins a plain update (%1 is for conflicts only).</source>
        <translation>Quién prevalece en una actualización simple (%1 es solo para conflictos).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="150"/>
        <source>Who wins when both sides changed a record since they last agreed; %1 holds it for an administrator.</source>
        <translation>Quién prevalece cuando ambos lados cambiaron un registro desde la última vez que coincidieron; %1 lo retiene para un administrador.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="268"/>
        <source>At the remote of &apos;%1&apos;: %2. Proposed here with its policies seen from this node (%3 and %4 swapped). The settings apply with every repository of this node.</source>
        <translation>En el remoto de &apos;%1&apos;: %2. Se propone aquí con sus políticas vistas desde este nodo (%3 y %4 intercambiadas). La configuración se aplica con todos los repositorios de este nodo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="147"/>
        <source>Update &amp;policy:</source>
        <translation>&amp;Política de actualización:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="154"/>
        <source>C&amp;onflict policy:</source>
        <translation>Política de &amp;conflictos:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="240"/>
        <source>%1 is a resource of this node already; change its settings with Edit.</source>
        <translation>%1 ya es un recurso de este nodo; cambie su configuración con Editar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="243"/>
        <source>The table %1 does not exist in this node&apos;s database, so it cannot be synced here yet. Create it here with the same columns as at the remote, or seed this node from the parent&apos;s backup (a later version of s15n does that), then add it again.</source>
        <translation>La tabla %1 no existe en la base de datos de este nodo, por lo que aún no se puede sincronizar aquí. Créela aquí con las mismas columnas que en el remoto, o inicialice este nodo a partir de la copia de seguridad del nodo padre (una versión posterior de s15n lo hace), y vuelva a añadirla.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="323"/>
        <source>The remote&apos;s catalogue lists no resources: nothing to add.</source>
        <translation>El catálogo del remoto no contiene recursos: no hay nada que añadir.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="324"/>
        <source>Every table of this node is a resource already: nothing to add.</source>
        <translation>Todas las tablas de este nodo ya son recursos: no hay nada que añadir.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="327"/>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="357"/>
        <source>%1 Nothing was added.</source>
        <translation>%1 No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="330"/>
        <source>Give the UUID column: the column that identifies each row on every node (uuid if unsure; s15n adds it when missing).</source>
        <translation>Indique la columna UUID: la columna que identifica cada fila en todos los nodos (uuid si no está seguro; s15n la añade si falta).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="339"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="358"/>
        <source>%1 is now a resource (%2).</source>
        <translation>%1 es ahora un recurso (%2).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="360"/>
        <source>Added the column %1 to %2 and gave every row a UUID.</source>
        <translation>Se añadió la columna %1 a %2 y se asignó un UUID a cada fila.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/resourcedialog.cpp" line="368"/>
        <source>Adding %1: its UUID column if needed, the capture triggers, and its rows as changes to send...</source>
        <translation>Añadiendo %1: su columna UUID si es necesario, los triggers de captura y sus filas como cambios por enviar...</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ResourceModel</name>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="162"/>
        <source>Not asked yet</source>
        <translation>Aún no consultado</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="164"/>
        <source>Asking...</source>
        <translation>Consultando...</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="166"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="168"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="168"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="181"/>
        <source>The column that identifies each row on every node.</source>
        <translation>La columna que identifica cada fila en todos los nodos.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="183"/>
        <source>Changes come from remotes; this node&apos;s stay here.</source>
        <translation>Los cambios llegan de los remotos; los de este nodo se quedan aquí.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="184"/>
        <source>This node&apos;s changes go to remotes; theirs do not come here.</source>
        <translation>Los cambios de este nodo van a los remotos; los de ellos no llegan aquí.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="186"/>
        <source>Changes go both ways.</source>
        <translation>Los cambios van en ambos sentidos.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="188"/>
        <source>What incoming changes may do here.</source>
        <translation>Lo que pueden hacer aquí los cambios entrantes.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="190"/>
        <source>Plain updates: %1</source>
        <translation>Actualizaciones simples: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="192"/>
        <source>Conflicts: %1</source>
        <translation>Conflictos: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="195"/>
        <source>Select a repository in the list above: this column says whether its remote syncs each table too.</source>
        <translation>Seleccione un repositorio en la lista de arriba: esta columna indica si su remoto también sincroniza cada tabla.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="199"/>
        <source>The remote of &apos;%1&apos; is asked when this tab shows; &quot;Ask the remote&quot; asks it now.</source>
        <translation>Se consulta al remoto de &apos;%1&apos; cuando se muestra esta pestaña; &quot;Preguntar al remoto&quot; lo consulta ahora.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="203"/>
        <source>Asking the remote of &apos;%1&apos; which tables it syncs...</source>
        <translation>Preguntando al remoto de &apos;%1&apos; qué tablas sincroniza...</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="205"/>
        <source>The remote of &apos;%1&apos; could not be asked: %2
&quot;Ask the remote&quot; asks again.</source>
        <translation>No se pudo consultar al remoto de &apos;%1&apos;: %2
&quot;Preguntar al remoto&quot; vuelve a consultarlo.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="211"/>
        <source>The remote of &apos;%1&apos; syncs this table too.</source>
        <translation>El remoto de &apos;%1&apos; también sincroniza esta tabla.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="212"/>
        <source>The remote of &apos;%1&apos; does not sync this table: rounds with it leave it out. Its administrator can add it there.</source>
        <translation>El remoto de &apos;%1&apos; no sincroniza esta tabla: las rondas con él la omiten. Su administrador puede añadirla allí.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="229"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="231"/>
        <source>UUID column</source>
        <translation>Columna UUID</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="233"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="235"/>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="237"/>
        <source>Update policy</source>
        <translation>Política de actualización</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="239"/>
        <source>Conflict policy</source>
        <translation>Política de conflictos</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcemodel.cpp" line="241"/>
        <source>At the remote</source>
        <translation>En el remoto</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ResourceTableModel</name>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="74"/>
        <source>The table %1 has no column %2, which s15n uses to identify its rows. Check the resource on the Resources tab.</source>
        <translation>La tabla %1 no tiene ninguna columna %2, que s15n usa para identificar sus filas. Compruebe el recurso en la pestaña Recursos.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="82"/>
        <location filename="../ui/models/resourcetablemodel.cpp" line="100"/>
        <source>The table %1 cannot be read: %2</source>
        <translation>No se puede leer la tabla %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="120"/>
        <source>The table %1 has no column %2.</source>
        <translation>La tabla %1 no tiene ninguna columna %2.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="123"/>
        <source>The table %1 has no column to search.</source>
        <translation>La tabla %1 no tiene ninguna columna en la que buscar.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="154"/>
        <source>The filter cannot be applied: %1</source>
        <translation>No se puede aplicar el filtro: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="171"/>
        <location filename="../ui/models/resourcetablemodel.cpp" line="425"/>
        <source>a new row</source>
        <translation>una fila nueva</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="174"/>
        <source>the row with %1 %2</source>
        <translation>la fila con %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="177"/>
        <source>deleting %1</source>
        <translation>al eliminar %1</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="254"/>
        <source>A new row of %1 is still empty: fill it in, or delete it. Nothing was saved.</source>
        <translation>Una fila nueva de %1 sigue vacía: rellénela o elimínela. No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="265"/>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/resourcetablemodel.cpp" line="326"/>
        <source>Nothing was saved: the %n change(s) before it were undone too.</source>
        <translation>
            <numerusform>No se guardó nada: también se deshizo el cambio anterior (%n).</numerusform>
            <numerusform>No se guardó nada: también se deshicieron los %n cambios anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="328"/>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="336"/>
        <source>The database refused %1 of %2: %3

%4 Your edits are still shown: correct the marked rows and submit again, or revert them.</source>
        <translation>La base de datos rechazó %1 de %2: %3

%4 Sus ediciones se siguen mostrando: corrija las filas marcadas y vuelva a confirmar, o reviértalas.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="314"/>
        <location filename="../ui/models/resourcetablemodel.cpp" line="345"/>
        <source>Nothing was saved: %1

Your edits are still shown; submit again, or revert them.</source>
        <translation>No se guardó nada: %1

Sus ediciones se siguen mostrando; vuelva a confirmar, o reviértalas.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="258"/>
        <source>The database is busy: a sync (or another program) is writing to it. Nothing was saved; your edits are still shown. Try again in a moment.</source>
        <translation>La base de datos está ocupada: una sincronización (u otro programa) está escribiendo en ella. No se guardó nada; sus ediciones se siguen mostrando. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="331"/>
        <source>%1

%2 Your edits are still shown: correct the marked rows and submit again, or revert them.

(The database said: %3)</source>
        <translation>%1

%2 Sus ediciones se siguen mostrando: corrija las filas marcadas y vuelva a confirmar, o reviértalas.

(La base de datos indicó: %3)</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="350"/>
        <source>The changes were saved, but the rows cannot be read again: %1</source>
        <translation>Se guardaron los cambios, pero no se pueden volver a leer las filas: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="425"/>
        <source>A new row</source>
        <translation>una fila nueva</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="427"/>
        <source>Row %1</source>
        <translation>la fila %1</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="427"/>
        <source>row %1</source>
        <translation>la fila %1</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="470"/>
        <source>%1&apos;s %2 %3</source>
        <extracomment>e.g. &quot;Row 3&apos;s code &apos;A&apos;&quot;</extracomment>
        <translation>El valor %3 de %2 en %1</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="488"/>
        <source>%1 is also the new %2 of %3, and the values of %2 must be unique: change one of them.</source>
        <translation>%1 es también el nuevo valor de %2 de %3, y los valores de %2 deben ser únicos: cambie uno de ellos.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="524"/>
        <source>%1 is already used by the row with %2 %3 (not among the rows shown), and the values of %4 must be unique: choose another value.</source>
        <translation>%1 ya está en uso en la fila con %2 %3 (que no está entre las filas mostradas), y los valores de %4 deben ser únicos: elija otro valor.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="536"/>
        <source>%1 is already used by %2, which is to change to %3 in the same submit. The database checks each row as it is written, so two rows cannot swap values in one submit: change one of them to a temporary value, submit, then set the final value.</source>
        <translation>%1 ya está en uso en %2, que va a cambiar a %3 en la misma confirmación. La base de datos comprueba cada fila a medida que se escribe, por lo que dos filas no pueden intercambiar sus valores en una misma confirmación: cambie una de ellas a un valor temporal, confirme y, después, asigne el valor definitivo.</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="541"/>
        <source>%1 is already used by %2, and the values of %3 must be unique: choose another value.</source>
        <translation>%1 ya está en uso en %2, y los valores de %3 deben ser únicos: elija otro valor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/resourcetablemodel.cpp" line="597"/>
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>(%n byte)</numerusform>
            <numerusform>(%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="626"/>
        <source>Changed to NULL; not saved until you submit</source>
        <translation>Cambiado a NULL; no se guarda hasta que confirme</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="627"/>
        <source>Changed; not saved until you submit</source>
        <translation>Cambiado; no se guarda hasta que confirme</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="629"/>
        <source>Identifies the row on every node; it cannot be changed</source>
        <translation>Identifica la fila en todos los nodos; no se puede cambiar</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="633"/>
        <source>NULL (no value)</source>
        <translation>NULL (sin valor)</translation>
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
        <translation>Fila nueva; se guarda al confirmar</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="682"/>
        <source>Changed row; saved when you submit</source>
        <translation>Fila cambiada; se guarda al confirmar</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="684"/>
        <source>Deleted when you submit</source>
        <translation>Se elimina al confirmar</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="691"/>
        <source>Identifies each row on every node; read-only, filled in for new rows</source>
        <translation>Identifica cada fila en todos los nodos; solo lectura, se rellena en las filas nuevas</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="693"/>
        <source>This node&apos;s own key for the row (other tables refer to it); leave it empty in a new row to have the database choose it</source>
        <translation>La clave propia de este nodo para la fila (otras tablas hacen referencia a ella); déjela vacía en una fila nueva para que la elija la base de datos</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="696"/>
        <source>Binary data; it cannot be edited here</source>
        <translation>Datos binarios; no se pueden editar aquí</translation>
    </message>
    <message>
        <location filename="../ui/models/resourcetablemodel.cpp" line="699"/>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ResourcesTab</name>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="37"/>
        <source>Resources apply to every repository of this node: each table below is synced, with these settings, with every remote that syncs it too.</source>
        <translation>Los recursos se aplican a todos los repositorios de este nodo: cada tabla de abajo se sincroniza, con esta configuración, con todos los remotos que también la sincronizan.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="66"/>
        <source>Add from &amp;local tables...</source>
        <translation>Añadir desde tablas l&amp;ocales...</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="67"/>
        <source>Sync one of this node&apos;s tables that is not synced yet.</source>
        <translation>Sincronizar una de las tablas de este nodo que aún no se sincroniza.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="69"/>
        <source>Add from the remote&apos;s &amp;catalogue...</source>
        <translation>Añadir desde el &amp;catálogo del remoto...</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="70"/>
        <source>Ask the selected repository&apos;s remote which tables it syncs, and sync one of them here too.</source>
        <translation>Preguntar al remoto del repositorio seleccionado qué tablas sincroniza y sincronizar aquí también una de ellas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="72"/>
        <source>Ed&amp;it...</source>
        <translation>Ed&amp;itar...</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="73"/>
        <source>Change the selected resource&apos;s mode, strategy and policies.</source>
        <translation>Cambiar el modo, la estrategia y las políticas del recurso seleccionado.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="74"/>
        <source>Remo&amp;ve...</source>
        <translation>Elimi&amp;nar...</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="75"/>
        <source>Stop syncing the selected table; its data stays.</source>
        <translation>Dejar de sincronizar la tabla seleccionada; sus datos se conservan.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="185"/>
        <source>Cannot read the resources: %1</source>
        <translation>No se pueden leer los recursos: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="230"/>
        <source>Select a repository in the list above first.</source>
        <translation>Seleccione primero un repositorio en la lista de arriba.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="231"/>
        <source>Ask the remote of &apos;%1&apos; which tables it syncs, and sync one of them here too.</source>
        <translation>Preguntar al remoto de &apos;%1&apos; qué tablas sincroniza y sincronizar aquí también una de ellas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="269"/>
        <location filename="../ui/pages/resourcestab.cpp" line="342"/>
        <source>Cannot read this node&apos;s tables: %1</source>
        <translation>No se pueden leer las tablas de este nodo: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="271"/>
        <location filename="../ui/pages/resourcestab.cpp" line="344"/>
        <source>Cannot add a resource</source>
        <translation>No se puede añadir un recurso</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="280"/>
        <source>Every table of this node&apos;s database is a resource already. Create the table in the database first, then add it here.</source>
        <translation>Todas las tablas de la base de datos de este nodo ya son recursos. Cree primero la tabla en la base de datos y luego añádala aquí.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="283"/>
        <source>No table to add</source>
        <translation>No hay ninguna tabla que añadir</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="300"/>
        <source>Stopped; the remote of &apos;%1&apos; was not asked.</source>
        <translation>Detenido; no se consultó al remoto de &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="307"/>
        <location filename="../ui/pages/resourcestab.cpp" line="318"/>
        <source>Cannot read the remote&apos;s catalogue</source>
        <translation>No se puede leer el catálogo del remoto</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="314"/>
        <source>Asking the remote of &apos;%1&apos; which tables it syncs...</source>
        <translation>Preguntando al remoto de &apos;%1&apos; qué tablas sincroniza...</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="332"/>
        <source>The remote of &apos;%1&apos; syncs no tables yet: its administrator adds them there first.</source>
        <translation>El remoto de &apos;%1&apos; aún no sincroniza ninguna tabla: su administrador debe añadirlas allí primero.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="336"/>
        <source>Nothing to add</source>
        <translation>No hay nada que añadir</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/resourcestab.cpp" line="169"/>
        <location filename="../ui/pages/resourcestab.cpp" line="349"/>
        <source>The remote of &apos;%1&apos; syncs %n table(s).</source>
        <translation>
            <numerusform>El remoto de &apos;%1&apos; sincroniza %n tabla.</numerusform>
            <numerusform>El remoto de &apos;%1&apos; sincroniza %n tablas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="76"/>
        <source>Ask the re&amp;mote</source>
        <translation>Preguntar al re&amp;moto</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="77"/>
        <source>Ask the selected repository&apos;s remote again which tables it syncs (the &quot;At the remote&quot; column).</source>
        <translation>Volver a preguntar al remoto del repositorio seleccionado qué tablas sincroniza (la columna &quot;En el remoto&quot;).</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="362"/>
        <source>Cannot edit the resource</source>
        <translation>No se puede editar el recurso</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="363"/>
        <source>%1 Select a resource in the list first.</source>
        <translation>%1 Seleccione primero un recurso en la lista.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="376"/>
        <source>Remove resource</source>
        <translation>Eliminar recurso</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="377"/>
        <source>Stop syncing the table &apos;%1&apos; with every repository? Its capture triggers and s15n&apos;s records of it (changes waiting to be sent, versions, conflicts, cursors) are removed from this node. The table and its data stay; adding it again later sends all of its rows again.</source>
        <translation>¿Dejar de sincronizar la tabla &apos;%1&apos; con todos los repositorios? Sus triggers de captura y los registros que s15n guarda de ella (cambios pendientes de enviar, versiones, conflictos, cursores) se eliminan de este nodo. La tabla y sus datos se conservan; si se vuelve a añadir más adelante, se envían de nuevo todas sus filas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="389"/>
        <location filename="../ui/pages/resourcestab.cpp" line="403"/>
        <source>Cannot remove the resource</source>
        <translation>No se puede eliminar el recurso</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="393"/>
        <source>%1 is no longer synced; its data stays.</source>
        <translation>%1 ya no se sincroniza; sus datos se conservan.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resourcestab.cpp" line="399"/>
        <source>Removing the resource %1...</source>
        <translation>Eliminando el recurso %1...</translation>
    </message>
</context>
<context>
    <name>s15n::ui::ScheduleTab</name>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="28"/>
        <source>Pulled %1 (applied %2, conflicts %3, skipped %4, failed %5); pushed %6 (applied %7, conflicts %8, skipped %9, failed %10).</source>
        <translation>Traídos %1 (aplicados %2, conflictos %3, omitidos %4, fallidos %5); enviados %6 (aplicados %7, conflictos %8, omitidos %9, fallidos %10).</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="75"/>
        <source>A&amp;dd job...</source>
        <translation>Aña&amp;dir tarea programada...</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="76"/>
        <source>Schedule sync rounds with the selected repository.</source>
        <translation>Programar rondas de sincronización con el repositorio seleccionado.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="77"/>
        <source>Edi&amp;t job...</source>
        <translation>Edi&amp;tar tarea programada...</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="78"/>
        <source>Change the selected job&apos;s schedule.</source>
        <translation>Cambiar la programación de la tarea programada seleccionada.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="79"/>
        <source>Remove jo&amp;b...</source>
        <translation>Eli&amp;minar tarea programada...</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="80"/>
        <source>Remove the selected job; the log keeps its past runs.</source>
        <translation>Eliminar la tarea programada seleccionada; el registro conserva sus ejecuciones anteriores.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="81"/>
        <source>Run &amp;now</source>
        <translation>Ejecutar a&amp;hora</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="82"/>
        <location filename="../ui/pages/scheduletab.cpp" line="169"/>
        <source>Run the selected job&apos;s sync round now, whether it is due or not.</source>
        <translation>Ejecutar ahora la ronda de sincronización de la tarea programada seleccionada, le toque o no.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="92"/>
        <source>Stop the round; it is rolled back to its last checkpoint.</source>
        <translation>Detener la ronda; se revierte a su último punto de control.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="117"/>
        <source>Select a repository in the list above to see its scheduled jobs.</source>
        <translation>Seleccione un repositorio en la lista de arriba para ver sus tareas programadas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="118"/>
        <source>Scheduled sync rounds with &apos;%1&apos;. &apos;s15n serve&apos; runs them when they are due (its worker, on this node&apos;s database); Run now runs one here.</source>
        <translation>Rondas de sincronización programadas con &apos;%1&apos;. &apos;s15n serve&apos; las ejecuta cuando corresponde (su proceso de trabajo, en la base de datos de este nodo); Ejecutar ahora ejecuta una aquí.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="129"/>
        <source>Cannot read the jobs: %1</source>
        <translation>No se pueden leer las tareas programadas: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="168"/>
        <source>Waits until the sync with &apos;%1&apos; ends.</source>
        <translation>Espera hasta que termine la sincronización con &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="177"/>
        <source>Job %1 with &apos;%2&apos;: </source>
        <translation>Tarea programada %1 con &apos;%2&apos;: </translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="223"/>
        <source>Cannot edit the job</source>
        <translation>No se puede editar la tarea programada</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="224"/>
        <source>%1 Select a job in the list first.</source>
        <translation>%1 Seleccione primero una tarea programada en la lista.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="240"/>
        <location filename="../ui/pages/scheduletab.cpp" line="256"/>
        <source>Cannot remove the job</source>
        <translation>No se puede eliminar la tarea programada</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="245"/>
        <source>Remove job</source>
        <translation>Eliminar tarea programada</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="246"/>
        <source>Remove job %1 of &apos;%2&apos;? Its run in progress finishes; then it does not run again. The log keeps its past runs.</source>
        <translation>¿Eliminar la tarea programada %1 de &apos;%2&apos;? Su ejecución en curso termina; después no vuelve a ejecutarse. El registro conserva sus ejecuciones anteriores.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="248"/>
        <source>Remove job %1 of &apos;%2&apos;? Its scheduled rounds stop; the log keeps its past runs.</source>
        <translation>¿Eliminar la tarea programada %1 de &apos;%2&apos;? Sus rondas programadas se detienen; el registro conserva sus ejecuciones anteriores.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="260"/>
        <source>Job %1 removed.</source>
        <translation>Se eliminó la tarea programada %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="299"/>
        <source>Each step is on the Log page.</source>
        <translation>Cada paso figura en la página Registro.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="305"/>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="316"/>
        <location filename="../ui/pages/scheduletab.cpp" line="329"/>
        <source>Run now failed</source>
        <translation>Falló Ejecutar ahora</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="321"/>
        <source>Running job %1: a sync round with &apos;%2&apos;...</source>
        <translation>Ejecutando la tarea programada %1: una ronda de sincronización con &apos;%2&apos;...</translation>
    </message>
    <message>
        <location filename="../ui/pages/scheduletab.cpp" line="95"/>
        <source>Stopping job %1: rolling back to its last checkpoint...</source>
        <translation>Deteniendo la tarea programada %1: revirtiendo a su último punto de control...</translation>
    </message>
</context>
<context>
    <name>s15n::ui::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="30"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="32"/>
        <source>Copy this node&apos;s UUID, e.g. for the parent&apos;s administrator</source>
        <translation>Copiar el UUID de este nodo, p. ej., para el administrador del nodo padre</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="38"/>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="42"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="46"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="47"/>
        <source>1 to %1; 1 is the parent (primary). None: not numbered.</source>
        <translation>1 a %1; 1 es el padre (principal). Ninguno: sin número.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="49"/>
        <source>S&amp;ync ID:</source>
        <translation>&amp;ID de sincronización:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="52"/>
        <source>none, or http://HOST:PORT or socks5://HOST:PORT</source>
        <translation>ninguno, o http://HOST:PORT o socks5://HOST:PORT</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="53"/>
        <source>Used by repositories that have no proxy of their own</source>
        <translation>Lo usan los repositorios que no tienen un proxy propio</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="54"/>
        <source>Default &amp;proxy:</source>
        <translation>&amp;Proxy predeterminado:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="57"/>
        <source>127.0.0.1:%1</source>
        <translation>127.0.0.1:%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="58"/>
        <source>Where &apos;s15n serve&apos; answers peers, unless --listen says otherwise; 0.0.0.0:PORT for every interface</source>
        <translation>Dónde responde &apos;s15n serve&apos; a los pares, salvo que --listen indique otra cosa; 0.0.0.0:PORT para todas las interfaces</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="60"/>
        <source>Serve on (address:port):</source>
        <translation>Servir en (dirección:puerto):</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="62"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="63"/>
        <source>TLS certificate:</source>
        <translation>Certificado TLS:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="64"/>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Claves PEM (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="65"/>
        <source>TLS key:</source>
        <translation>Clave TLS:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="76"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="93"/>
        <source>none (plain HTTP)</source>
        <translation>ninguno (HTTP sin cifrar)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="95"/>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="98"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="129"/>
        <source>The node needs a name: how other nodes and their administrators see it.</source>
        <translation>El nodo necesita un nombre: es como lo ven los demás nodos y sus administradores.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="150"/>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="153"/>
        <source>Saved. &apos;s15n serve&apos; uses the new address and TLS files when it starts next.</source>
        <translation>Guardado. &apos;s15n serve&apos; usará la nueva dirección y los archivos TLS la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>s15n::ui::StatusArea</name>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="148"/>
        <location filename="../ui/widgets/statusarea.cpp" line="157"/>
        <source>Serving: unknown</source>
        <translation>Sirviendo: desconocido</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="158"/>
        <source>The address to serve on in the settings (&apos;%1&apos;) is not ADDRESS:PORT.</source>
        <translation>La dirección en la que servir indicada en la configuración (&apos;%1&apos;) no tiene la forma ADDRESS:PORT.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="181"/>
        <source>Asking %1...</source>
        <translation>Preguntando a %1...</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="182"/>
        <source>Checking whether s15n serve answers for this node at %1.</source>
        <translation>Comprobando si s15n serve responde por este nodo en %1.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="222"/>
        <source>Something answers at %1, with a certificate that is not this node&apos;s</source>
        <translation>Algo responde en %1, con un certificado que no es el de este nodo</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="226"/>
        <source>Not serving at %1</source>
        <translation>Sin servir en %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="227"/>
        <source>s15n serve is not running at %1: %2</source>
        <translation>s15n serve no se está ejecutando en %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="230"/>
        <source>nothing answered at %1 within %2 s.</source>
        <translation>nada respondió en %1 en %2 s.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="247"/>
        <source>Serving on %1</source>
        <translation>Sirviendo en %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="248"/>
        <source>s15n serve answers for this node at %1.</source>
        <translation>s15n serve responde por este nodo en %1.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="251"/>
        <source>Not serving: another node answers at %1</source>
        <translation>Sin servir: otro nodo responde en %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="252"/>
        <source>The server at %1 is node %2, not this node (%3): another node&apos;s s15n serve uses this node&apos;s address.</source>
        <translation>El servidor en %1 es el nodo %2, no este nodo (%3): el s15n serve de otro nodo usa la dirección de este nodo.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="257"/>
        <location filename="../ui/widgets/statusarea.cpp" line="261"/>
        <source>Something answers at %1</source>
        <translation>Algo responde en %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="258"/>
        <source>An s15n server answers at %1 but does not say which node it serves.</source>
        <translation>Un servidor s15n responde en %1, pero no indica a qué nodo sirve.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="262"/>
        <source>The program answering at %1 is not s15n serve (HTTP %2).</source>
        <translation>El programa que responde en %1 no es s15n serve (HTTP %2).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="275"/>
        <source>Next run: unknown</source>
        <translation>Próxima ejecución: desconocida</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="293"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="301"/>
        <source>Syncing with %1 (since %2)</source>
        <translation>Sincronizando con %1 (desde %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="304"/>
        <source>No scheduled runs</source>
        <translation>No hay ejecuciones programadas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="306"/>
        <source>Next run: %1, due now</source>
        <translation>Próxima ejecución: %1, pendiente ahora</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="308"/>
        <source>Next run: %1 at %2</source>
        <translation>Próxima ejecución: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="312"/>
        <source>Scheduled runs:
%1</source>
        <translation>Ejecuciones programadas:
%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="327"/>
        <source>%1 (runs when s15n serve runs)</source>
        <translation>%1 (se ejecuta cuando s15n serve está en marcha)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="330"/>
        <source>Scheduled jobs are run by s15n serve (its worker), and it is not serving this node at %1. Start it on this node&apos;s database, e.g. &apos;s15n serve --db %2&apos; (or its systemd service, s15n-serve.service); until then no job runs. Run now on the Repositories page&apos;s Schedule tab, or Sync now, syncs once from here.</source>
        <translation>Las tareas programadas las ejecuta s15n serve (su proceso de trabajo), y no está sirviendo este nodo en %1. Inícielo sobre la base de datos de este nodo, p. ej., &apos;s15n serve --db %2&apos; (o su servicio de systemd, s15n-serve.service); hasta entonces no se ejecuta ninguna tarea. Ejecutar ahora, en la pestaña Programación de la página Repositorios, o Sincronizar ahora sincronizan una vez desde aquí.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="345"/>
        <source>Repositories: unknown</source>
        <translation>Repositorios: desconocido</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="350"/>
        <source>No repositories</source>
        <translation>No hay repositorios</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="361"/>
        <location filename="../ui/widgets/statusarea.cpp" line="362"/>
        <source>%1: never synced</source>
        <translation>%1: nunca sincronizado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="369"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="371"/>
        <source>%1: %2 at %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="372"/>
        <source>%1: %2 at %3: %4</source>
        <translation>%1: %2, %3: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/statusarea.cpp" line="376"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/statusarea.cpp" line="379"/>
        <source>Last sync round:
%1</source>
        <translation>Última ronda de sincronización:
%1</translation>
    </message>
</context>
<context>
    <name>s15n::ui::TaskStatus</name>
    <message>
        <location filename="../ui/widgets/taskstatus.cpp" line="29"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/taskstatus.cpp" line="83"/>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <location filename="../ui/widgets/taskstatus.cpp" line="91"/>
        <source>Resources synced: %1 of %2.</source>
        <translation>Recursos sincronizados: %1 de %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/taskstatus.cpp" line="103"/>
        <source>%n resource(s) synced.</source>
        <translation>
            <numerusform>%n recurso sincronizado.</numerusform>
            <numerusform>%n recursos sincronizados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/taskstatus.cpp" line="106"/>
        <source>%1: pulling page %2 (%Ln row(s) received so far)</source>
        <translation>
            <numerusform>%1: trayendo la página %2 (%Ln fila recibida hasta ahora)</numerusform>
            <numerusform>%1: trayendo la página %2 (%Ln filas recibidas hasta ahora)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/taskstatus.cpp" line="110"/>
        <source>%1: nothing new to pull</source>
        <translation>%1: no hay nada nuevo que traer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/taskstatus.cpp" line="111"/>
        <source>%1: pulled, %Ln row(s) received</source>
        <translation>
            <numerusform>%1: traído, %Ln fila recibida</numerusform>
            <numerusform>%1: traído, %Ln filas recibidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/taskstatus.cpp" line="114"/>
        <source>%1: pushing page %2 (%Ln row(s) sent so far)</source>
        <translation>
            <numerusform>%1: enviando la página %2 (%Ln fila enviada hasta ahora)</numerusform>
            <numerusform>%1: enviando la página %2 (%Ln filas enviadas hasta ahora)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/taskstatus.cpp" line="118"/>
        <source>%1: nothing to push</source>
        <translation>%1: no hay nada que enviar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/taskstatus.cpp" line="119"/>
        <source>%1: pushed, %Ln row(s) sent</source>
        <translation>
            <numerusform>%1: enviado, %Ln fila enviada</numerusform>
            <numerusform>%1: enviado, %Ln filas enviadas</numerusform>
        </translation>
    </message>
</context>
</TS>
