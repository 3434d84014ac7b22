<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>s15n</name>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="30"/>
        <source>The settings of resource %1 are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="44"/>
        <source>MANUAL is a conflict policy only; the update policy is one of THIS, OTHER, NEWER, MASTER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="48"/>
        <source>The strategy must allow at least one of create, update, delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="26"/>
        <source>--mode is pull, push or both, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="33"/>
        <source>--strategy is a comma-separated list of create, update, delete; &apos;%1&apos; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="45"/>
        <source>--%1 is one of THIS, OTHER, NEWER, MASTER%2; &apos;%3&apos; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="47"/>
        <source>, MANUAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/keychain.cpp" line="19"/>
        <source>The keychain (Secret Service) cannot be reached: %1. On a desktop, unlock your keyring; on a headless server, use PGPASSWORD or ~/.pgpass for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="102"/>
        <source>strategy does not allow delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="107"/>
        <source>strategy does not allow create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="111"/>
        <source>strategy does not allow update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="133"/>
        <source>update policy THIS keeps the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="136"/>
        <source>update policy MASTER: this node created the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="147"/>
        <source>deleted on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="152"/>
        <source>conflict policy THIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="156"/>
        <source>conflict policy OTHER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="161"/>
        <source>conflict policy MASTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="166"/>
        <source>conflict policy MASTER (creator not involved: newer wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="170"/>
        <source>conflict policy NEWER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/policy.cpp" line="173"/>
        <source>conflict policy MANUAL: held for an administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::ApplyEngine</name>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="139"/>
        <source>Changes for &apos;%1&apos; arrived, but it is not a resource of this node. Add it with &apos;s15n resource add %1&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="155"/>
        <source>%1 is a push-only resource here: incoming changes are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="161"/>
        <source>Row %1 of %2 has a field &apos;%3&apos;, which is not a column of %2 here (or is its local key or UUID column). Nothing from this page was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="168"/>
        <source>Row %1 of %2: field &apos;%3&apos; refers to %4, but here it is not a reference to that resource. Nothing from this page was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="174"/>
        <source>Row %1 of %2: field &apos;%3&apos; must be a reference to %4. Nothing from this page was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="187"/>
        <source>These changes came from this very node; nothing to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="189"/>
        <source>The changes do not say which node sent them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="300"/>
        <source>skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="305"/>
        <source>held %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="317"/>
        <source>conflict on %1 kept ours: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="341"/>
        <source>failed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="347"/>
        <source>deletion of %1 waits until no rows refer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="363"/>
        <source>conflict on %1 took theirs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="485"/>
        <source>Cannot keep row %1 of %2 aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="586"/>
        <source>dropped a parked row of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="628"/>
        <source>There is no held conflict %1. See &apos;s15n conflicts&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="648"/>
        <source>The conflict could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::CaptureTriggers</name>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="45"/>
        <source>Cannot add the UUID column %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="52"/>
        <source>Cannot fill the UUID column of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="57"/>
        <source>The column %1 of %2 cannot identify rows (are there duplicate values?): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="104"/>
        <source>Cannot install the capture triggers on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="125"/>
        <source>Cannot remove the capture triggers of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::CommandLine</name>
    <message>
        <location filename="../core/cli/commandline.cpp" line="25"/>
        <source>Usage: s15n VERB [options]

Node:
  init [--name NAME] [--sync-id N] [--sample-data]   create this node
  info [--json]                                     show this node
  db-password                                       store the database password (stdin) in the keychain
Resources (synced tables):
  resource add TABLE [--uuid-column C] [--mode pull|push|both]
               [--strategy create,update,delete] [--update-policy P] [--conflict-policy P]
  resource edit TABLE [same options]
  resource list [--json]
  resource remove TABLE
Offline exchange:
  export RESOURCE [--since N] [--to NODE_UUID] --out FILE
  import FILE
  conflicts [--json]                  conflicts held by the MANUAL policy
  conflicts resolve ID --take theirs|ours

Every verb takes --db PATH or --db postgresql://user@host:port/dbname; without it s15n uses $S15N_DB, then the node made by &apos;s15n init&apos;, then the default SQLite file.
Policies: THIS, OTHER, NEWER, MASTER (and MANUAL for conflicts).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="54"/>
        <source>s15n: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="61"/>
        <source>The node&apos;s database: a SQLite file or a postgresql:// URL (no password in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="71"/>
        <source>s15n: %1
Usage: s15n %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="75"/>
        <location filename="../core/cli/exchangecommands.cpp" line="42"/>
        <location filename="../core/cli/exchangecommands.cpp" line="162"/>
        <source>Usage: s15n %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="153"/>
        <source>s15n: unknown verb &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="30"/>
        <source>Only changes after this cursor (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="32"/>
        <source>Leave out changes that came from this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="34"/>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="36"/>
        <source>Rows per page (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="48"/>
        <source>--since must be a cursor number (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="55"/>
        <source>--page-size must be between 1 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="61"/>
        <source>--to must be a node UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="69"/>
        <location filename="../core/cli/exchangecommands.cpp" line="78"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="79"/>
        <source>Exported %1 rows in %2 pages to %3; next time use --since %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="92"/>
        <source>Print the counts as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="96"/>
        <source>Usage: s15n import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="99"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="102"/>
        <source>%1 is empty: it is not an s15n export. Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="126"/>
        <source>Imported %1 pages from %2 (%3): received %4, applied %5, conflicts resolved %6, held %7, skipped %8, waiting for referenced rows %9, failed %10, unchanged %11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="149"/>
        <location filename="../core/cli/nodecommands.cpp" line="68"/>
        <location filename="../core/cli/resourcecommands.cpp" line="70"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="151"/>
        <source>theirs or ours (with resolve).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="167"/>
        <source>The conflict ID must be a number (see &apos;s15n conflicts&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="169"/>
        <source>Say which version wins: --take theirs or --take ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="173"/>
        <source>Conflict %1 resolved: %2 kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="199"/>
        <source>No conflicts are held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="204"/>
        <source>#%1 %2 row %3 (from node %4, received %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="26"/>
        <source>A name for this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="28"/>
        <source>1..64; 1 is the parent (primary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="29"/>
        <source>Load the sample supply-chain tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="34"/>
        <source>init takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="40"/>
        <source>--sync-id must be a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="57"/>
        <source>Created node %1 (%2) in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="97"/>
        <source>UUID:           %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="98"/>
        <source>Name:           %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="99"/>
        <source>Sync ID:        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="99"/>
        <location filename="../core/cli/nodecommands.cpp" line="103"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="100"/>
        <source>Database:       %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="101"/>
        <source>Schema version: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="102"/>
        <source>Resources:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="112"/>
        <source>Remove the stored password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="120"/>
        <source>Only a PostgreSQL database has a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="128"/>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="131"/>
        <source>Stored the password for %1 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="72"/>
        <source>The column that identifies rows everywhere (default uuid; added if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="75"/>
        <source>pull, push or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="76"/>
        <source>Allowed operations: create,update,delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="78"/>
        <source>THIS, OTHER, NEWER or MASTER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="81"/>
        <source>THIS, OTHER, NEWER, MASTER or MANUAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="90"/>
        <source>resource needs add, edit, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="109"/>
        <source>No resources. Add one with &apos;s15n resource add TABLE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="113"/>
        <source>TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="114"/>
        <source>UUID COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="115"/>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="116"/>
        <source>STRATEGY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="117"/>
        <source>UPDATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="118"/>
        <source>CONFLICT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="131"/>
        <source>resource %1 needs exactly one TABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="142"/>
        <source>%1 is now a resource (%2, strategy %3, update %4, conflict %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="151"/>
        <source>The UUID column of a resource cannot change; remove and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="165"/>
        <source>%1 is no longer synced; its data stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="168"/>
        <source>Unknown resource action &apos;%1&apos;: use add, edit, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="57"/>
        <source>No node database at %1. Create one with &apos;s15n init&apos; or give --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="61"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="66"/>
        <source>The Qt SQLite driver is missing: install libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="71"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="77"/>
        <source>Cannot set up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="85"/>
        <source>The Qt PostgreSQL driver is missing: install libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="95"/>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="170"/>
        <location filename="../core/storage/database.cpp" line="174"/>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="184"/>
        <location filename="../core/storage/database.cpp" line="188"/>
        <source>Cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::DatabaseLocation</name>
    <message>
        <location filename="../core/storage/databaselocation.cpp" line="23"/>
        <source>The database location is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databaselocation.cpp" line="29"/>
        <source>&apos;%1&apos; is not a valid PostgreSQL URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databaselocation.cpp" line="32"/>
        <source>Do not put the password in the database URL (it would show in process lists and shell history). Set PGPASSWORD or store it with &apos;s15n secret set&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databaselocation.cpp" line="42"/>
        <source>A PostgreSQL location looks like postgresql://user@host:port/dbname; &apos;%1&apos; lacks a host or database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databaselocation.cpp" line="49"/>
        <source>Unknown database URL &apos;%1&apos;: use a file path (SQLite) or postgresql://...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::Exporter</name>
    <message>
        <location filename="../core/sync/exporter.cpp" line="119"/>
        <source>Cannot read the changes of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="137"/>
        <source>The metadata of row %1 in %2 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="162"/>
        <source>Row %1 of %2 refers in %3 to a row of %4 that does not exist; fix the data before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="191"/>
        <source>%1 is a pull-only resource: its changes are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="214"/>
        <location filename="../core/sync/exporter.cpp" line="225"/>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::Importer</name>
    <message>
        <location filename="../core/sync/importer.cpp" line="28"/>
        <source>Page %1 (%2) was not applied: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/importer.cpp" line="32"/>
        <location filename="../core/sync/importer.cpp" line="49"/>
        <source> The %1 page(s) before it were applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/importer.cpp" line="46"/>
        <source>The file is not a valid s15n export (page %1): %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/importer.cpp" line="50"/>
        <source> Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/importer.cpp" line="53"/>
        <source>The file holds no pages of changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::Migrations</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="92"/>
        <source>Missing migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="100"/>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::Node</name>
    <message>
        <location filename="../core/storage/node.cpp" line="23"/>
        <source>The sync ID must be between 1 and %1 (1 = the parent), or 0 for none; %2 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="57"/>
        <source>%1 already holds an s15n node; it is never initialised twice (its UUID must not change). Use &apos;s15n info&apos; to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="95"/>
        <source>%1 is not an s15n node yet. Create one with &apos;s15n init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="98"/>
        <source>%1 was made by a newer s15n (schema %2); upgrade s15n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="121"/>
        <source>The node&apos;s UUID is missing or damaged in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::PageReader</name>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="40"/>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="48"/>
        <source>the document ends too early: it is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="49"/>
        <source>not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="71"/>
        <source>unexpected text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="74"/>
        <source>document type declarations are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="76"/>
        <location filename="../core/sync/pagereader.cpp" line="383"/>
        <source>unknown entity reference &amp;%1;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="89"/>
        <source>unexpected element &lt;%1&gt; in namespace %2 where &lt;%3&gt; belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="93"/>
        <source>unexpected element &lt;%1&gt; where &lt;%2&gt; belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="104"/>
        <source>&lt;%1&gt;: unknown attribute &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="112"/>
        <source>&lt;%1&gt;: attribute &quot;%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="140"/>
        <source>&lt;%1&gt;: format %2 is not supported (this program reads format %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="148"/>
        <source>&lt;%1&gt;: attribute &quot;node&quot; is not a lower-case UUID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="152"/>
        <source>&lt;%1&gt;: attributes &quot;node-name&quot; and &quot;node-name-base64&quot; exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="158"/>
        <source>&lt;%1&gt;: attribute &quot;node-name-base64&quot; is not valid base64 of UTF-16LE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="179"/>
        <source>unexpected element &lt;%1&gt; after the document element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="203"/>
        <source>&lt;page&gt;: resource name %1 is not a plain identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="211"/>
        <source>&lt;page&gt;: attribute &quot;%1&quot; is not a cursor (a non-negative integer): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="219"/>
        <source>&lt;page&gt;: attribute &quot;more&quot; is not true or false: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="230"/>
        <source>&lt;page&gt;: more than %1 rows in one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="249"/>
        <source>&lt;row&gt;: attribute &quot;uuid&quot; is not a lower-case UUID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="255"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: attribute &quot;version&quot; is not a version: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="262"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: attribute &quot;ancestry&quot; is not a list of at most %2 versions: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="273"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: attribute &quot;origin&quot; is not a lower-case UUID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="280"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: attribute &quot;deleted&quot; is not true or false: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="294"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: a deleted row must not have fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="311"/>
        <source>&lt;row uuid=&quot;%1&quot;&gt;: field &quot;%2&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="327"/>
        <source>&lt;f&gt;: field name %1 is not a plain identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="333"/>
        <source>&lt;f name=&quot;%1&quot;&gt;: unknown type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="337"/>
        <source>&lt;f name=&quot;%1&quot; type=&quot;ref&quot;&gt;: attribute &quot;table&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="341"/>
        <source>&lt;f name=&quot;%1&quot;&gt;: table name %2 is not a plain identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="345"/>
        <source>&lt;f name=&quot;%1&quot;&gt;: attribute &quot;table&quot; belongs only to type &quot;ref&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="351"/>
        <source>&lt;f name=&quot;%1&quot;&gt;: attribute &quot;encoding&quot; belongs only to type &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="354"/>
        <source>&lt;f name=&quot;%1&quot;&gt;: unknown encoding %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="380"/>
        <source>&lt;%1&gt;: unexpected element &lt;%2&gt; inside a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="399"/>
        <source>&lt;f name=&quot;%1&quot; type=&quot;%2&quot;&gt;: %3 is not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="405"/>
        <source>empty (a null field has no content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="411"/>
        <source>an integer in the 64-bit range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="418"/>
        <source>a real number (digits, &quot;nan&quot;, &quot;inf&quot; or &quot;-inf&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="426"/>
        <source>base64 of UTF-16LE text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="436"/>
        <source>base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="443"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagereader.cpp" line="449"/>
        <source>a lower-case row UUID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::PageWriter</name>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="212"/>
        <source>field name &quot;%1&quot; is not a plain identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="224"/>
        <source>field &quot;%1&quot; refers to table &quot;%2&quot;, which is not a plain identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="236"/>
        <source>field &quot;%1&quot; holds %2, which is not a valid %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="246"/>
        <source>row &quot;%1&quot; cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="249"/>
        <source>the row UUID is not lower-case 8-4-4-4-12 hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="251"/>
        <source>it has no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="254"/>
        <source>its ancestry holds a null version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="257"/>
        <source>it is deleted but has fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="265"/>
        <source>field &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="284"/>
        <source>startDocument() called twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="302"/>
        <source>writePage() called outside startDocument() ... endDocument()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="304"/>
        <source>resource name &quot;%1&quot; is not a plain identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="306"/>
        <source>page of &quot;%1&quot;: cursors must not be negative (since %2, cursor %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="331"/>
        <source>endDocument() called without startDocument()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="347"/>
        <source>could not write the change document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="348"/>
        <source>no device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="446"/>
        <source>the record document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="449"/>
        <source>a record document must hold one record, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="454"/>
        <source>a record document must hold one page, not more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::ResourceStore</name>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="84"/>
        <source>&apos;%1&apos; is not a resource of this node. See &apos;s15n resource list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="94"/>
        <source>&apos;%1&apos; is one of s15n&apos;s own tables; only the application&apos;s tables can be resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="102"/>
        <source>%1 is already a resource; change it with &apos;s15n resource edit&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="105"/>
        <source>The table name &apos;%1&apos; is not a plain identifier (letters, digits, underscore); s15n cannot sync it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="110"/>
        <source>&apos;%1&apos; is not a usable column name (letters, digits, underscore; not starting with a digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="115"/>
        <source>The UUID column cannot be the table&apos;s integer key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="118"/>
        <source>The column &apos;%1&apos; of %2 is not a plain identifier; s15n cannot sync this table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::RowMetadata</name>
    <message>
        <location filename="../core/capture/rowmetadata.cpp" line="63"/>
        <source>The metadata of row %1 in %2 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::SampleData</name>
    <message>
        <location filename="../core/sample/sampledata.cpp" line="33"/>
        <source>The sample data is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sample/sampledata.cpp" line="49"/>
        <source>Loading the sample data failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::SchemaCatalogue</name>
    <message>
        <location filename="../core/storage/schemacatalogue.cpp" line="88"/>
        <source>There is no table &apos;%1&apos; in this database. Tables: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/schemacatalogue.cpp" line="90"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::Transaction</name>
    <message>
        <location filename="../core/storage/database.cpp" line="227"/>
        <source>The transaction is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="12"/>
        <source>s15n administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="34"/>
        <source>Node %1
UUID: %2
Sync ID: %3
Database: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
