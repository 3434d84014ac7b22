<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>s15n</name>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="33"/>
        <source>The settings of resource %1 are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="47"/>
        <source>MANUAL is a conflict policy only; the update policy is one of THIS, OTHER, NEWER, MASTER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="51"/>
        <source>The strategy must allow at least one of create, update, delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="27"/>
        <source>--mode is pull, push or both, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="34"/>
        <source>--strategy is a comma-separated list of create, update, delete; &apos;%1&apos; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="46"/>
        <source>--%1 is one of THIS, OTHER, NEWER, MASTER%2; &apos;%3&apos; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="48"/>
        <source>, MANUAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/keychain.cpp" line="23"/>
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
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="60"/>
        <source>job %1: %2 every %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="63"/>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="63"/>
        <source>, no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="64"/>
        <source>, %1 runs in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="64"/>
        <source>, no run limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="65"/>
        <source>, timeout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="67"/>
        <source>; disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="69"/>
        <source>; next run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="71"/>
        <source>; finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="85"/>
        <source>--%1 takes a duration like 30s, 15m, 2h, 1d, 1h30m or a number of seconds; &apos;%2&apos; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="94"/>
        <source>--start takes &apos;now&apos; or a time like 2026-11-23T10:00 (local time), 2026-11-23T10:00Z (UTC) or 2026-11-23T10:00+02:00; &apos;%1&apos; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="106"/>
        <source>--end takes &apos;none&apos;, &apos;now&apos; or a time like 2026-11-23T18:00 (local time), 2026-11-23T18:00Z (UTC) or 2026-11-23T18:00+02:00; &apos;%1&apos; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="118"/>
        <source>--repeat takes a whole number of runs (0 = no limit); &apos;%1&apos; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="131"/>
        <source>&apos;%1&apos; is not a job ID (a number, see &apos;s15n job list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="44"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="45"/>
        <location filename="../core/schedule/worker.cpp" line="33"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="58"/>
        <source>There is no job %1. See &apos;s15n job list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="42"/>
        <source>No sync round runner is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="46"/>
        <source>The sync round failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="48"/>
        <source>The sync round failed with an unknown exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="63"/>
        <source>Job %1 was aborted after %2 s (its timeout) and rolled back to its last checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="69"/>
        <source>Job %1 finished in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="73"/>
        <source>Job %1 was stopped after %2 because s15n is stopping; it was rolled back to its last checkpoint and runs again when due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="79"/>
        <source>Job %1 failed after %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="50"/>
        <source>Cannot read the password of the repository &apos;%1&apos;: the keychain (Secret Service) cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="54"/>
        <source>Cannot store the password of the repository &apos;%1&apos;: the keychain (Secret Service) cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="58"/>
        <source>Cannot forget the password of the repository &apos;%1&apos;: the keychain (Secret Service) cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="63"/>
        <source>On a desktop, unlock your keyring and try again. On a server without one, set %1 to a file that only this user may read (for example %2) and run the command again. The keychain&apos;s own error shows with QT_LOGGING_RULES=&quot;s15n.secrets=true&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="241"/>
        <source>Passwords are kept per node, but no node UUID was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="243"/>
        <source>The repository name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="56"/>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="61"/>
        <source>There is no account named &apos;%1&apos;. &apos;s15n account list&apos; shows the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="27"/>
        <source>The %1 file %2 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::AccountStore</name>
    <message>
        <location filename="../core/server/accountstore.cpp" line="86"/>
        <source>The account name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="88"/>
        <source>The account name &apos;%1&apos; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="92"/>
        <source>The account name &apos;%1&apos; may hold only letters A-Z and a-z, digits and . _ @ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="112"/>
        <location filename="../core/server/accountstore.cpp" line="210"/>
        <location filename="../core/server/accountstore.cpp" line="226"/>
        <source>Cannot read the accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="121"/>
        <location filename="../core/server/accountstore.cpp" line="155"/>
        <source>The password for &apos;%1&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="126"/>
        <source>An account named &apos;%1&apos; exists already; remove it first or change its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="143"/>
        <source>Cannot add the account &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="165"/>
        <source>Cannot change the password of &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="181"/>
        <source>Cannot change the account &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="197"/>
        <source>Cannot remove the account &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="266"/>
        <source>Cannot check the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/accountstore.cpp" line="284"/>
        <source>The stored password of the account &apos;%1&apos; is damaged; set a new one with &apos;s15n account password %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::ApplyEngine</name>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="192"/>
        <source>Changes for &apos;%1&apos; arrived, but it is not a resource of this node. Add it with &apos;s15n resource add %1&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="208"/>
        <source>%1 is a push-only resource here: incoming changes are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="214"/>
        <source>Row %1 of %2 carries a version dated %3, more than a day ahead of this node&apos;s clock: the sending node&apos;s clock is wrong. Correct it there; nothing from this page was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="223"/>
        <source>Row %1 of %2 has a field &apos;%3&apos;, which is not a column of %2 here (or is its local key or UUID column). Nothing from this page was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="230"/>
        <source>Row %1 of %2: field &apos;%3&apos; refers to %4, but here it is not a reference to that resource. Nothing from this page was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="236"/>
        <source>Row %1 of %2: field &apos;%3&apos; must be a reference to %4. Nothing from this page was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="249"/>
        <source>These changes came from this very node; nothing to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="251"/>
        <source>The changes do not say which node sent them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="346"/>
        <source>skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="351"/>
        <source>held %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="360"/>
        <source>conflict on %1 kept ours: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="388"/>
        <source>failed %1: %2 (kept; tried again on the next round)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="395"/>
        <source>deletion of %1 waits until no rows refer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="413"/>
        <source>conflict on %1 took theirs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="526"/>
        <source>Cannot keep row %1 of %2 aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="651"/>
        <source>dropped a row kept aside in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="724"/>
        <source>There is no held conflict %1. See &apos;s15n conflicts&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/applyengine.cpp" line="744"/>
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
        <location filename="../core/capture/capturetriggers.cpp" line="57"/>
        <source>Cannot fill the UUID column of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="62"/>
        <source>The column %1 of %2 cannot identify rows (are there duplicate values?): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="119"/>
        <source>Cannot install the capture triggers on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/capturetriggers.cpp" line="140"/>
        <source>Cannot remove the capture triggers of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::CommandLine</name>
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
Syncing with a remote node:
  repo add NAME URL --user U [--proxy URL] [--uuid UUID] [--accept-pushes] [--ca-cert F]
  repo edit NAME [same options] [--password] | repo list [--json]
  repo remove NAME | repo register NAME
  sync [REPO] [--resource R]... [--timeout SECONDS]   pull, then push
Schedule and log:
  job add REPO --every DURATION [--start T] [--end T] [--repeat N] [--timeout D]
  job edit ID [same options] [--enable|--disable] | job list [--json]
  job remove ID | job run ID
  log [--repo NAME] [--result success|warning|error|fatal] [--limit N] [--json]

Every verb takes --db PATH or --db postgresql://user@host:port/dbname; without it s15n uses $S15N_DB, then the node made by &apos;s15n init&apos;, then the default SQLite file.
Policies: THIS, OTHER, NEWER, MASTER (and MANUAL for conflicts).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="77"/>
        <source>s15n: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="84"/>
        <source>The node&apos;s database: a SQLite file or a postgresql:// URL (no password in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="94"/>
        <source>s15n: %1
Usage: s15n %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="98"/>
        <location filename="../core/cli/exchangecommands.cpp" line="42"/>
        <location filename="../core/cli/exchangecommands.cpp" line="167"/>
        <source>Usage: s15n %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="234"/>
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
        <location filename="../core/cli/exchangecommands.cpp" line="127"/>
        <source>Imported %1 pages from %2 (%3): received %4, applied %5, conflicts resolved %6, held %7, skipped %8, waiting for referenced rows %9, failed %10, unchanged %11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="142"/>
        <source>  %1 of the applied rows had been waiting for rows that have now arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="154"/>
        <location filename="../core/cli/nodecommands.cpp" line="69"/>
        <location filename="../core/cli/repocommands.cpp" line="63"/>
        <location filename="../core/cli/resourcecommands.cpp" line="71"/>
        <location filename="../core/cli/servecommands.cpp" line="167"/>
        <location filename="../core/cli/settingscommands.cpp" line="25"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="156"/>
        <source>theirs or ours (with resolve).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="172"/>
        <source>The conflict ID must be a number (see &apos;s15n conflicts&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="174"/>
        <source>Say which version wins: --take theirs or --take ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="178"/>
        <source>Conflict %1 resolved: %2 kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="204"/>
        <source>No conflicts are held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/exchangecommands.cpp" line="209"/>
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
        <location filename="../core/cli/nodecommands.cpp" line="41"/>
        <source>--sync-id must be a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="45"/>
        <source>--name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="58"/>
        <source>Created node %1 (%2) in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="73"/>
        <source>info takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="100"/>
        <source>UUID:           %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="101"/>
        <source>Name:           %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="102"/>
        <source>Sync ID:        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="102"/>
        <location filename="../core/cli/nodecommands.cpp" line="106"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="103"/>
        <source>Database:       %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="104"/>
        <source>Schema version: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="105"/>
        <source>Resources:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="115"/>
        <source>Remove the stored password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="123"/>
        <source>Only a PostgreSQL database has a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="131"/>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/nodecommands.cpp" line="134"/>
        <source>Stored the password for %1 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="73"/>
        <source>The column that identifies rows everywhere (default uuid; added if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="76"/>
        <source>pull, push or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="77"/>
        <source>Allowed operations: create,update,delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="79"/>
        <source>THIS, OTHER, NEWER or MASTER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="82"/>
        <source>THIS, OTHER, NEWER, MASTER or MANUAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="91"/>
        <source>resource needs add, edit, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="110"/>
        <source>No resources. Add one with &apos;s15n resource add TABLE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="114"/>
        <source>TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="115"/>
        <source>UUID COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="59"/>
        <source>Print JSON: an array with every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="60"/>
        <source>Only the entries of this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="63"/>
        <source>Only entries with this result: success, warning, error or fatal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="66"/>
        <source>At most this many entries, newest first (default 200; 0 = all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="73"/>
        <source>log takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="80"/>
        <source>--result is success, warning, error or fatal; &apos;%1&apos; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="89"/>
        <source>--limit takes a number of entries (0 = all); &apos;%1&apos; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="106"/>
        <source>The log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="107"/>
        <source>No log entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="115"/>
        <source>peer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="122"/>
        <source>%1 (remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="137"/>
        <location filename="../core/cli/resourcecommands.cpp" line="116"/>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="137"/>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="137"/>
        <source>RESOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="137"/>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="138"/>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="138"/>
        <source>RECEIVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="138"/>
        <source>APPLIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="138"/>
        <source>CONFLICTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="138"/>
        <source>SKIPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="139"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="139"/>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/logcommands.cpp" line="139"/>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="117"/>
        <source>STRATEGY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="118"/>
        <source>UPDATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="119"/>
        <source>CONFLICT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="132"/>
        <source>resource %1 needs exactly one TABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="146"/>
        <source>Added the column %1 to %2 and gave every row a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="149"/>
        <source>%1 is now a resource (%2, strategy %3, update %4, conflict %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="158"/>
        <source>The UUID column of a resource cannot change; remove and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="167"/>
        <source>%1: %2, strategy %3, update %4, conflict %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="176"/>
        <source>%1 is no longer synced; its data stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/resourcecommands.cpp" line="179"/>
        <source>Unknown resource action &apos;%1&apos;: use add, edit, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="35"/>
        <location filename="../core/cli/jobcommands.cpp" line="141"/>
        <source>Print JSON (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="37"/>
        <source>Peers logging in with this account may pull but not push (add, edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="39"/>
        <source>Peers logging in with this account may pull and push (edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="51"/>
        <source>account needs add, edit, password, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="57"/>
        <source>Unknown account action &apos;%1&apos;: use add, edit, password, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="62"/>
        <source>--read-only goes with &apos;account add&apos; and &apos;account edit&apos; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="64"/>
        <source>--writable goes with &apos;account edit&apos; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="66"/>
        <source>account edit needs --read-only or --writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="68"/>
        <source>--json goes with &apos;account list&apos; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="71"/>
        <source>account list takes no USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="72"/>
        <source>account %1 needs exactly one USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="98"/>
        <source>No accounts. Add one with &apos;s15n account add USER&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="102"/>
        <source>USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="103"/>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <location filename="../core/cli/servecommands.cpp" line="218"/>
        <source>PUSHES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="104"/>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="108"/>
        <location filename="../core/cli/repocommands.cpp" line="143"/>
        <location filename="../core/cli/repocommands.cpp" line="144"/>
        <location filename="../core/cli/servecommands.cpp" line="216"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="108"/>
        <location filename="../core/cli/repocommands.cpp" line="143"/>
        <location filename="../core/cli/repocommands.cpp" line="144"/>
        <location filename="../core/cli/servecommands.cpp" line="216"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="117"/>
        <source>Removed the account %1; peers using it can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="125"/>
        <source>Peers logging in with %1 may now pull and push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="126"/>
        <source>Peers logging in with %1 may now pull but not push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="136"/>
        <source>An account named &apos;%1&apos; exists already; remove it first or change its password with &apos;s15n account password %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="141"/>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="142"/>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="144"/>
        <source>No password given for %1: type it at the prompt or give it as one line on stdin. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="147"/>
        <source>Again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="148"/>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="154"/>
        <source>Added the account %1; peers logging in with it may pull and push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="156"/>
        <source>Added the account %1; peers logging in with it may pull but not push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/accountcommands.cpp" line="164"/>
        <source>Changed the password of %1; peers must use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="143"/>
        <source>Time between runs: 30s, 15m, 2h, 1d, 1h30m or seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="146"/>
        <source>The first run: &apos;now&apos; (default for add) or an ISO-8601 time, local unless it ends in Z or an offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="150"/>
        <source>No run starts at or after this time; &apos;none&apos; for no end (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="152"/>
        <source>Runs in all; 0 = no limit (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="155"/>
        <source>A run still going after this is aborted and rolled back to its last checkpoint (default 10m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="158"/>
        <source>Add the job disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="159"/>
        <source>Enable the job (edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="160"/>
        <source>Disable the job (edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="171"/>
        <source>job needs add, edit, list, remove or run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="176"/>
        <source>Unknown job action &apos;%1&apos;: use add, edit, list, remove or run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="194"/>
        <source>--%1 does not go with &apos;job %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="197"/>
        <source>--enable and --disable together make no sense; give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="200"/>
        <source>job list takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="202"/>
        <source>job add needs exactly one REPO (a repository name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="203"/>
        <source>job %1 needs exactly one job ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="223"/>
        <source>No jobs. Add one with &apos;s15n job add REPO --every DURATION&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="229"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="229"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="231"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="233"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="247"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="247"/>
        <location filename="../core/cli/logcommands.cpp" line="137"/>
        <source>REPOSITORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="247"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="247"/>
        <source>EVERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="247"/>
        <source>TIMEOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="248"/>
        <source>START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="248"/>
        <source>END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="248"/>
        <source>RUNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="248"/>
        <source>NEXT RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="248"/>
        <source>LAST RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="249"/>
        <source>LAST RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="261"/>
        <source>job add needs --every DURATION (like 30s, 15m, 2h, 1d): the time between runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="271"/>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="295"/>
        <source>Changed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="306"/>
        <source>Removed job %1 (%2); the run in progress finishes, and it does not run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/jobcommands.cpp" line="308"/>
        <source>Removed job %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="65"/>
        <source>repo edit: the remote&apos;s new URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="66"/>
        <source>The account to log in with at the remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="69"/>
        <source>HTTP or SOCKS5 proxy, http://HOST:PORT or socks5://HOST:PORT (edit: &quot;&quot; for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="73"/>
        <source>The remote node&apos;s UUID; checked against what the remote says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="76"/>
        <source>Accept changes this remote pushes here (add: flag; edit: yes|no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="79"/>
        <source>PEM file of the certificate authority (or the self-signed certificate) to trust for an https:// remote (edit: &quot;&quot; for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="83"/>
        <source>repo edit: read a new password (prompt or stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="101"/>
        <source>repo needs add, edit, list, remove or register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="112"/>
        <source>--uuid takes a node UUID; &apos;%1&apos; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="134"/>
        <source>No repositories. Add one with &apos;s15n repo add NAME URL --user U&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="141"/>
        <source>(not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <location filename="../core/cli/servecommands.cpp" line="218"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <source>REMOTE UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="146"/>
        <source>REGISTERED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="153"/>
        <source>repo add needs NAME and URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="158"/>
        <source>&apos;%1&apos; is not a usable URL: give http://HOST:PORT or https://HOST:PORT[/path].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="170"/>
        <source>There is already a repository named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="172"/>
        <source>Password for %1 at %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="174"/>
        <source>No password was given (prompt or one line on stdin). Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="179"/>
        <source>Added repository &apos;%1&apos; (%2); its password is kept in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="183"/>
        <location filename="../core/cli/repocommands.cpp" line="245"/>
        <location filename="../core/cli/repocommands.cpp" line="322"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="186"/>
        <source>Registered this node at &apos;%1&apos; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="194"/>
        <source>repo %1 needs exactly one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="208"/>
        <source>Nothing to change: give --url, --user, --proxy, --uuid, --ca-cert, --accept-pushes or --password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="231"/>
        <source>New password for %1 at %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="233"/>
        <source>No password was given. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="237"/>
        <source>Repository &apos;%1&apos; changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="246"/>
        <source>Repository &apos;%1&apos; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="253"/>
        <source>This node is registered at &apos;%1&apos; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="259"/>
        <source>Unknown repo action &apos;%1&apos;: use add, edit, list, remove or register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="266"/>
        <source>Only this resource (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="268"/>
        <source>Print only errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="270"/>
        <source>Give up on a request when no data moved for this many seconds (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="282"/>
        <source>--timeout is a number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="287"/>
        <source>sync takes at most one repository name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="300"/>
        <source>There are no repositories to sync with; add one with &apos;s15n repo add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="318"/>
        <source>s15n: sync with &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/repocommands.cpp" line="324"/>
        <source>%1: pulled %2 (applied %3, conflicts %4, skipped %5, failed %6); pushed %7 (applied %8, conflicts %9, skipped %10, failed %11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="76"/>
        <source>Address and port to listen on (default 127.0.0.1:%1; port 0 picks a free one; 0.0.0.0:PORT for every interface).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="80"/>
        <source>PEM certificate (chain) for HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="82"/>
        <source>PEM private key for HTTPS (unencrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="84"/>
        <source>Do not run the scheduled jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="86"/>
        <source>Largest request body accepted, in MiB (default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="93"/>
        <source>serve takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="118"/>
        <source>--listen takes ADDRESS:PORT, for example 127.0.0.1:8470, 0.0.0.0:0 or [::1]:8470; &apos;%1&apos; is not that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="95"/>
        <source>HTTPS needs both --tls-cert and --tls-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="101"/>
        <source>--max-body-mb is a number of MiB from 1 to 4096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="137"/>
        <source>Stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="143"/>
        <source>Warning: SIGTERM cannot be caught; stopping may cut a page short (it is rolled back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="151"/>
        <source>Listening on %1://%2:%3 as node %4 (%5)%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="156"/>
        <source>, running scheduled jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="159"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="168"/>
        <source>The peer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="170"/>
        <source>The account the peer logs in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="172"/>
        <source>The peer&apos;s sync ID (1..64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="173"/>
        <source>yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="182"/>
        <source>peer needs list, add, edit or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="188"/>
        <source>--accept-pushes is yes or no, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="208"/>
        <source>No peers are registered here. A peer registers itself with &apos;s15n repo add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="218"/>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="218"/>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="218"/>
        <source>LAST SEEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="222"/>
        <source>peer %1 needs exactly one UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="225"/>
        <source>&apos;%1&apos; is not a node UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="232"/>
        <source>peer add needs --name and --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="234"/>
        <source>That is this node&apos;s own UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="239"/>
        <source>--sync-id is a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="250"/>
        <source>Node %1 is registered here already (&apos;s15n peer list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="253"/>
        <source>Registered node %1 (&apos;%2&apos;) with account %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="260"/>
        <source>peer edit needs --accept-pushes yes|no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="263"/>
        <source>Pushes from %1 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="263"/>
        <source>Pushes from %1 are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="272"/>
        <source>Node %1 is no longer registered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/servecommands.cpp" line="276"/>
        <source>Unknown peer action &apos;%1&apos;: use list, add, edit or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/workerglue.cpp" line="21"/>
        <location filename="../core/cli/workerglue.cpp" line="31"/>
        <source>s15n: the scheduled jobs do not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/workerglue.cpp" line="28"/>
        <source>s15n: scheduled jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="27"/>
        <source>Default proxy for repositories without one (http://HOST:PORT or socks5://HOST:PORT); empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="31"/>
        <source>Where &apos;s15n serve&apos; listens without --listen (ADDR:PORT); empty for 127.0.0.1:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="36"/>
        <source>PEM certificate &apos;s15n serve&apos; uses without --tls-cert; empty for plain HTTP (give --tls-key too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="39"/>
        <source>PEM private key that goes with --tls-cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="46"/>
        <source>settings takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="83"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="84"/>
        <source>Default proxy:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="88"/>
        <source>Serve on:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="90"/>
        <source>127.0.0.1:%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="93"/>
        <source>TLS certificate:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/settingscommands.cpp" line="96"/>
        <source>TLS key:           %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::CredentialStore</name>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="300"/>
        <source>the keychain (Secret Service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="302"/>
        <source>the file %1 (set by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="303"/>
        <source>the file %1, readable only by you (there is no Secret Service without a D-Bus session, as on a headless server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="336"/>
        <source>The password for the repository &apos;%1&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::CredentialsFile</name>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="100"/>
        <location filename="../core/secrets/credentialstore.cpp" line="127"/>
        <source>Cannot read the credentials file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="118"/>
        <source>Line %1 of the credentials file %2 is not KEY=PASSWORD; correct or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="137"/>
        <location filename="../core/secrets/credentialstore.cpp" line="229"/>
        <source>Cannot check the credentials file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="146"/>
        <source>The credentials file %1 is not a regular file; give %2 a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="150"/>
        <source>The credentials file %1 belongs to another user (uid %2); run s15n as that user, or give this user a file of its own with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="157"/>
        <source>The credentials file %1 holds passwords but other users may read or change it (mode %2). Make it private with: chmod 600 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="172"/>
        <location filename="../core/secrets/credentialstore.cpp" line="190"/>
        <source>Cannot write the credentials file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="175"/>
        <source>Cannot make the credentials file %1 private (mode 0600): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="202"/>
        <source>Cannot create the folder %1 for the credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="213"/>
        <source>Another program is changing the credentials file %1 (lock file %2). Try again; if none runs, remove the lock file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="58"/>
        <source>No node database at %1. Create one with &apos;s15n init&apos; or give --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="62"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="67"/>
        <source>The Qt SQLite driver is missing: install libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="72"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="81"/>
        <source>Cannot set up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="89"/>
        <source>The Qt PostgreSQL driver is missing: install libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="99"/>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="132"/>
        <source>The database %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="194"/>
        <source>Cannot switch %1 to WAL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="207"/>
        <location filename="../core/storage/database.cpp" line="211"/>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="221"/>
        <location filename="../core/storage/database.cpp" line="225"/>
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
        <source>Do not put the password in the database URL (it would show in process lists and shell history). Set PGPASSWORD or store it with &apos;s15n db-password&apos;.</source>
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
        <location filename="../core/sync/exporter.cpp" line="146"/>
        <source>Cannot read the changes of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="164"/>
        <source>The metadata of row %1 in %2 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="189"/>
        <source>Row %1 of %2 refers in %3 to a row of %4 that does not exist; fix the data before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="218"/>
        <source>%1 is a pull-only resource: its changes are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/exporter.cpp" line="241"/>
        <location filename="../core/sync/exporter.cpp" line="252"/>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::GuardedTcpServer</name>
    <message>
        <location filename="../core/server/guardedtcpserver.cpp" line="120"/>
        <source>The request was refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::Importer</name>
    <message>
        <location filename="../core/sync/importer.cpp" line="38"/>
        <source>Page %1 (%2) was not applied: %3%4 Fix the cause and run the import again: pages already applied are not applied twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/importer.cpp" line="43"/>
        <location filename="../core/sync/importer.cpp" line="60"/>
        <source> The %1 page(s) before it were applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/importer.cpp" line="57"/>
        <source>The file is not a valid s15n export (page %1): %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/importer.cpp" line="61"/>
        <source> Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/importer.cpp" line="64"/>
        <source>The file holds no pages of changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::JobStore</name>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="95"/>
        <source>A job needs the name of a repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="102"/>
        <source>There is no repository &apos;%1&apos;. Add it with &apos;s15n repo add&apos;, or see &apos;s15n repo list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="109"/>
        <source>The time between runs (every) must be at least 1 second; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="113"/>
        <source>The time between runs (every) must be at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="115"/>
        <source>The timeout must be at least 1 second; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="118"/>
        <source>The timeout must be at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="120"/>
        <source>A job needs a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="122"/>
        <source>The end time (%1) must be after the start time (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="126"/>
        <source>The number of runs (repeat) must be 0 (no limit) or more; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="149"/>
        <source>Cannot add the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="180"/>
        <source>Cannot change job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="188"/>
        <source>Cannot remove job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="208"/>
        <source>Cannot claim a run of job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="241"/>
        <source>Cannot record the run of job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/jobstore.cpp" line="254"/>
        <source>Cannot release the claim on job %1: %2</source>
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
        <location filename="../core/storage/node.cpp" line="26"/>
        <source>The sync ID must be between 1 and %1 (1 = the parent), or 0 for none; %2 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="60"/>
        <source>%1 already holds an s15n node; it is never initialised twice (its UUID must not change). Use &apos;s15n info&apos; to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="101"/>
        <source>%1 is not an s15n node yet. Create one with &apos;s15n init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="104"/>
        <source>%1 was made by a newer s15n (schema %2); upgrade s15n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/node.cpp" line="129"/>
        <source>The node&apos;s UUID is missing or damaged in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::NodeSettings</name>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="84"/>
        <source>The address to serve on takes ADDRESS:PORT, for example 127.0.0.1:8470, 0.0.0.0:8470 or [::1]:8470; &apos;%1&apos; is not that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="88"/>
        <source>HTTPS needs both a certificate file and a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="90"/>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="92"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/nodesettings.cpp" line="105"/>
        <source>&apos;%1&apos; is not a usable proxy: give http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::NodeSetup</name>
    <message>
        <location filename="../core/storage/nodesetup.cpp" line="49"/>
        <source>Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/nodesetup.cpp" line="58"/>
        <source>%1 Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/nodesetup.cpp" line="59"/>
        <source>%1 Undoing the node failed too (%2); remove %3 or its s15n_ tables by hand.</source>
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
        <location filename="../core/sync/pagewriter.cpp" line="349"/>
        <source>the device refused the data (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="350"/>
        <source>could not write the change document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="347"/>
        <source>no device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="448"/>
        <source>the record document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="451"/>
        <source>a record document must hold one record, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/pagewriter.cpp" line="456"/>
        <source>a record document must hold one page, not more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::PeerStore</name>
    <message>
        <location filename="../core/server/peerstore.cpp" line="47"/>
        <source>A peer needs a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/peerstore.cpp" line="56"/>
        <source>Node %1 is registered here with another account; only that account may speak for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/peerstore.cpp" line="103"/>
        <location filename="../core/server/peerstore.cpp" line="114"/>
        <source>No peer %1 is registered here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::RemoteClient</name>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="73"/>
        <source>%1 holds no PEM certificate (or cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="158"/>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="163"/>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="167"/>
        <source> (if the remote uses a self-signed certificate or its own certificate authority, give it with &apos;s15n repo edit NAME --ca-cert FILE&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="171"/>
        <source> (the remote closed the connection while %1 KiB were sent; a body over its limit, &apos;s15n serve --max-body-mb&apos;, does that)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="178"/>
        <source>Cannot reach %1 through the proxy %2: %3. Check that the proxy runs and lets the request through, that the remote runs &apos;s15n serve&apos;, and the URL; the next round tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="184"/>
        <source>Cannot reach %1: %2. Check that the remote runs &apos;s15n serve&apos;, the URL and the network; the next round tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="201"/>
        <source>%1 refused the user name &apos;%2&apos; or its password (401). Check both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="205"/>
        <source>%1 refused (403): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/remoteclient.cpp" line="206"/>
        <source>%1 answered %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::RepositorySetup</name>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="74"/>
        <location filename="../core/client/repositorysetup.cpp" line="215"/>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="94"/>
        <source>The remote at %1 is node %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="98"/>
        <source>%1 is this very node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="111"/>
        <source>Give the password of the user &apos;%1&apos; at the remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="130"/>
        <source>There is already a repository named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="132"/>
        <source>No password was given. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="136"/>
        <location filename="../core/client/repositorysetup.cpp" line="145"/>
        <location filename="../core/client/repositorysetup.cpp" line="149"/>
        <location filename="../core/client/repositorysetup.cpp" line="167"/>
        <source>%1 Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="140"/>
        <source>Stopped before the remote answered. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="158"/>
        <location filename="../core/client/repositorysetup.cpp" line="213"/>
        <source>Stopped while storing the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="171"/>
        <location filename="../core/client/repositorysetup.cpp" line="242"/>
        <source>Stopped while forgetting the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="184"/>
        <source>Registration at %1 failed: %2 To register by hand, run &apos;s15n repo register %3&apos; once the remote can be reached, or ask the remote&apos;s administrator to run &apos;s15n peer add %4 --name &quot;%5&quot; --user %6&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="233"/>
        <source>Repository &apos;%1&apos; still has %2 scheduled job(s); remove them first (&apos;s15n job list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="244"/>
        <source>The stored password could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="252"/>
        <source>Stopped while reading the password of repository &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="264"/>
        <source>No password is stored for repository &apos;%1&apos; in %2. Store it with &apos;s15n repo edit %1 --password&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorysetup.cpp" line="287"/>
        <source>No password is stored for repository &apos;%1&apos; in %2. Store it with &apos;s15n repo edit %1 --password&apos; (run with the same S15N_CREDENTIALS_FILE, or in the same desktop session, as the process that syncs).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::RepositoryStore</name>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="55"/>
        <source>&apos;%1&apos; is not a usable repository name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="62"/>
        <source>&apos;%1&apos; is not a usable URL: give http://HOST:PORT or https://HOST:PORT[/path], without a user name, password, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="67"/>
        <source>A repository needs a user name (--user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="88"/>
        <source>There is already a repository named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="111"/>
        <location filename="../core/client/repositorystore.cpp" line="122"/>
        <source>There is no repository named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/repositorystore.cpp" line="144"/>
        <source>There is no repository named &apos;%1&apos;. &apos;s15n repo list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::ResourceStore</name>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="87"/>
        <source>&apos;%1&apos; is not a resource of this node. See &apos;s15n resource list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="97"/>
        <source>&apos;%1&apos; is one of s15n&apos;s own tables; only the application&apos;s tables can be resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="105"/>
        <source>%1 is already a resource; change it with &apos;s15n resource edit&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="108"/>
        <source>The table name &apos;%1&apos; is not a plain identifier (letters, digits, underscore); s15n cannot sync it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="113"/>
        <source>&apos;%1&apos; is not a usable column name (letters, digits, underscore; not starting with a digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="118"/>
        <source>The UUID column cannot be the table&apos;s integer key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="121"/>
        <source>The column &apos;%1&apos; of %2 is not a plain identifier; s15n cannot sync this table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="191"/>
        <source>%1 is a WITHOUT ROWID table, which s15n cannot capture changes of. Use an ordinary table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="198"/>
        <source>The integer key %1 of %2 has no default, so rows arriving from other nodes could not be inserted. Make it an identity column (ALTER TABLE %2 ALTER COLUMN %1 ADD GENERATED BY DEFAULT AS IDENTITY) and add the resource again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="229"/>
        <source>The column %1 of %2 holds &apos;%3&apos;, which is not a lower-case UUID (like 0b1a8e72-c486-4599-bd57-733ac9e540c9). Choose another column with --uuid-column, or a new one for s15n to fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/capture/resourcestore.cpp" line="254"/>
        <source>%1 refers to %2 (column %3); remove %1 as a resource first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::RowMetadata</name>
    <message>
        <location filename="../core/capture/rowmetadata.cpp" line="53"/>
        <source>The metadata of row %1 in %2 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::SampleData</name>
    <message>
        <location filename="../core/sample/sampledata.cpp" line="33"/>
        <source>The database already has a table &apos;%1&apos;; the sample data needs a database without its tables (stores, names, items, transactions, transaction_lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sample/sampledata.cpp" line="51"/>
        <source>The sample data is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sample/sampledata.cpp" line="67"/>
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
    <name>s15n::SyncLog</name>
    <message>
        <location filename="../core/log/synclog.cpp" line="138"/>
        <source>Cannot write to the sync log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/log/synclog.cpp" line="181"/>
        <source>Cannot read the sync log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/log/synclog.cpp" line="198"/>
        <source>Log entry %1 has an unknown result &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::SyncRound</name>
    <message>
        <location filename="../core/client/syncround.cpp" line="93"/>
        <source>Registration at %1 failed: %2 To register by hand, run &apos;s15n repo register %3&apos; once the remote can be reached, or ask the remote&apos;s administrator to run &apos;s15n peer add %4 --name &quot;%5&quot; --user %6&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="103"/>
        <source>The remote at %1 is node %2, not %3 as this repository says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="115"/>
        <source>Registered at &apos;%1&apos; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="116"/>
        <source>Already registered at &apos;%1&apos; (%2); nothing duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="153"/>
        <source> A new password is stored with &apos;s15n repo edit %1 --password&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="160"/>
        <source>The remote at %1 is node %2, not %3 as repository &apos;%4&apos; says. Nothing was synced; check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="170"/>
        <source>The remote&apos;s clock is %1 s %2 of this node&apos;s. Versions stay ordered (hybrid clock), but fix the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="173"/>
        <source>ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="173"/>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="194"/>
        <source>%1 rows refused before were applied now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="214"/>
        <source>&apos;%1&apos; is not a resource of this node (&apos;s15n resource list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="215"/>
        <source>The remote does not sync &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="229"/>
        <source>The remote does not sync &apos;%1&apos;; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="245"/>
        <source> On this node, &apos;s15n repo register %1&apos; registers it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="258"/>
        <source>The round was cancelled; everything up to the last checkpoint is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="271"/>
        <source>Pulled %1 and pushed %2 changes in %3 and %4 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="295"/>
        <location filename="../core/client/syncround.cpp" line="374"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="315"/>
        <source>The remote&apos;s page of &apos;%1&apos; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="317"/>
        <source>it holds no page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="321"/>
        <source>The remote answered with changes of another node, resource or cursor; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="333"/>
        <source>A page of &apos;%1&apos; was not applied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="341"/>
        <location filename="../core/client/syncround.cpp" line="429"/>
        <source>Cursor %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="346"/>
        <source>%1: pulled %2 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="402"/>
        <source>Row %1 of %2 is %3 KiB as XML, more than the remote accepts (%4 KiB); raise the remote&apos;s limit with &apos;s15n serve --max-body-mb&apos;. The rows after it wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client/syncround.cpp" line="434"/>
        <source>%1: pushed %2 changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::SyncServer</name>
    <message>
        <location filename="../core/server/syncserver.cpp" line="61"/>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="64"/>
        <source>Cannot read the TLS key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="74"/>
        <source>%1 and %2 are not a PEM certificate and its unencrypted private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="86"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="93"/>
        <source>Refused a request from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="140"/>
        <location filename="../core/server/syncserver.cpp" line="161"/>
        <location filename="../core/server/syncserver.cpp" line="179"/>
        <source>There is nothing at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="183"/>
        <source>%1 takes %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="190"/>
        <source>This server cannot reach its database just now; the next round tries again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="222"/>
        <source>Log in with HTTP Basic authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="235"/>
        <source>Too many failed logins from %1; wait a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="243"/>
        <source>This server cannot check credentials just now (%1); the next round tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="254"/>
        <source>Wrong user name or password for &apos;%1&apos; from %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="258"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="282"/>
        <source>The request does not say which node sends it (X-S15n-Node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="289"/>
        <source>Node %1 is not registered here. On that node run &apos;s15n repo register REPOSITORY&apos;, or register it here with &apos;s15n peer add %1 --name &quot;%2&quot; --user %3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="294"/>
        <source>Node %1 is registered here with another account (&apos;%2&apos;, not &apos;%3&apos;). Log in with that account, or remove the registration here (&apos;s15n peer remove %1&apos;) so that the node registers again with its new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="333"/>
        <source>A node cannot register at itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="350"/>
        <source>Registered node &apos;%1&apos; (account %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="351"/>
        <source>Node &apos;%1&apos; registered again; nothing duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="369"/>
        <source>pull needs resource=TABLE, since=N (0 or more) and optionally limit=1..%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="379"/>
        <location filename="../core/server/syncserver.cpp" line="420"/>
        <location filename="../core/server/syncserver.cpp" line="478"/>
        <source>No resource named &apos;%1&apos; is synced here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="404"/>
        <source>Sent %1 changes to &apos;%2&apos; (cursor %3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="481"/>
        <source>Pushes are not accepted from account &apos;%1&apos;: it is read-only here, so nodes logging in with it may pull but not push (&apos;s15n account edit %1 --writable&apos; on this server changes that).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="486"/>
        <source>Pushes from node &apos;%1&apos; are not accepted here: repository &apos;%2&apos; does not accept them (&apos;s15n repo edit %2 --accept-pushes yes&apos; on this server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="490"/>
        <source>Pushes from node &apos;%1&apos; are not accepted here (&apos;s15n peer edit %2 --accept-pushes yes&apos; on this server changes that).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="500"/>
        <source>A push needs update-policy=THIS|OTHER|NEWER|MASTER and conflict-policy=THIS|OTHER|NEWER|MASTER|MANUAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="513"/>
        <source>The pushed page is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="514"/>
        <source>The push holds no page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="517"/>
        <source>A push carries exactly one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="519"/>
        <source>The pushed page says it comes from %1, not from node %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="522"/>
        <source>The pushed page is for &apos;%1&apos;, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="532"/>
        <source>The page was not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="551"/>
        <source>Page %1 to %2 from &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="575"/>
        <source>The clock of node %1 is %2 s %3 of this node&apos;s. Versions stay ordered (hybrid clock), but fix the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="579"/>
        <source>ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/syncserver.cpp" line="579"/>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::Transaction</name>
    <message>
        <location filename="../core/storage/database.cpp" line="264"/>
        <source>The transaction is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::Worker</name>
    <message>
        <location filename="../core/schedule/worker.cpp" line="378"/>
        <source>Job %1 is running already (since %2); it never runs twice at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="385"/>
        <source>Job %1 was just started by another process; it never runs twice at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="432"/>
        <source>Job %1 ran, but recording it failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::WorkerScheduler</name>
    <message>
        <location filename="../core/schedule/worker.cpp" line="198"/>
        <source>The worker cannot read the jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schedule/worker.cpp" line="286"/>
        <source>The worker cannot record the run of job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::messages</name>
    <message>
        <location filename="../core/protocol/messages.cpp" line="179"/>
        <source>The remote&apos;s node information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="206"/>
        <source>a &lt;resource&gt; element is incomplete or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="232"/>
        <source>The registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="240"/>
        <source>sync-id must be 0..64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="261"/>
        <source>The remote&apos;s answer to the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="269"/>
        <source>attribute &apos;new&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="289"/>
        <source>The remote&apos;s cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="296"/>
        <source>the cursor is for &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="324"/>
        <source>The remote&apos;s answer to the push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="350"/>
        <source>a &lt;record&gt; needs a uuid and an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="397"/>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::messages::Reader</name>
    <message>
        <location filename="../core/protocol/messages.cpp" line="47"/>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="52"/>
        <source>expected &lt;%1&gt;, found &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="55"/>
        <source>unsupported format &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="59"/>
        <source>a DTD is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="61"/>
        <source>empty document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="70"/>
        <source>unexpected element &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="76"/>
        <source>unexpected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="78"/>
        <source>the document ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="93"/>
        <source>attribute &apos;%1&apos; must be a number 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="102"/>
        <source>attribute &apos;%1&apos; must be a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="110"/>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="122"/>
        <source>%1 is not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/protocol/messages.cpp" line="131"/>
        <source>content after the root element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::ui::FirstRunPage</name>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="58"/>
        <source>&lt;h2&gt;Welcome to s15n&lt;/h2&gt;&lt;p&gt;This computer has no s15n node yet. Create one, or open the database of an existing node.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="76"/>
        <source>&amp;Create a new node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="78"/>
        <source>Open an &amp;existing node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="89"/>
        <source>New node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="92"/>
        <source>e.g. head-office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="93"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="97"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="99"/>
        <source>1 = the parent (primary) node; 2 to %1 = the other nodes; none = set it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="106"/>
        <source>&amp;Sync ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="107"/>
        <source>&amp;Load the sample data (a small supply-chain application to try s15n with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="124"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="126"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="158"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="161"/>
        <source>S&amp;QLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="163"/>
        <source>&amp;PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="180"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="182"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="193"/>
        <source>The database file of an existing node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="202"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="207"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="209"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="211"/>
        <source>Your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="212"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="215"/>
        <source>Empty: PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="216"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="217"/>
        <source>&amp;Remember the password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="254"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="257"/>
        <source>New node database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="259"/>
        <source>Open a node database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="272"/>
        <source>Choose a file for the new node&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="273"/>
        <source>Choose the database file of an existing node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="276"/>
        <source>There is no file %1. Choose the database file of an existing node, or create a new node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="281"/>
        <source>%1 is a folder; choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="290"/>
        <source>Enter the host name of the PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="292"/>
        <source>Enter the name of the PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="304"/>
        <source>Enter a name for the new node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="318"/>
        <source>Creating the node in %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="327"/>
        <source>%1 already holds an s15n node, which is never created twice. To use it, choose &quot;Open an existing node&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="330"/>
        <source>Could not create the node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="347"/>
        <source>Opening %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="350"/>
        <source>Could not open the node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="377"/>
        <source>The node was created, but its password could not be kept: %1 Open it with &quot;Remember the password&quot; unticked, or after unlocking the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="381"/>
        <source>The node opens, but its password could not be kept: %1 Untick &quot;Remember the password&quot;, or unlock the keyring, and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/firstrunpage.cpp" line="398"/>
        <source>The node in %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::ui::LogDetailsDialog</name>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="16"/>
        <source>Log Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="20"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="30"/>
        <source>%1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="36"/>
        <source>%1, reported by the remote node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="38"/>
        <source>Entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="39"/>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="40"/>
        <source>Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="41"/>
        <source>Peer node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="42"/>
        <source>Resource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="43"/>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="44"/>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="45"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="46"/>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="47"/>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="48"/>
        <source>Applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="49"/>
        <source>Conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="50"/>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="51"/>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="52"/>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="53"/>
        <source>%1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="59"/>
        <source>No message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logdetailsdialog.cpp" line="60"/>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::ui::LogModel</name>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="181"/>
        <source>%1 (remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="204"/>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="246"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="248"/>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="250"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="252"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="254"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="256"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="258"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="260"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="262"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="264"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="266"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="268"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="270"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="272"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="283"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="285"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="287"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="289"/>
        <source>Fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="297"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="299"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="302"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/logmodel.cpp" line="303"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::ui::LogPage</name>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="45"/>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="50"/>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="53"/>
        <source>Re&amp;sult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="58"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="59"/>
        <source>Show entries whose message, action, resource, repository or peer contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="66"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="69"/>
        <source>Read the log again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="70"/>
        <source>&amp;Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="72"/>
        <source>&amp;Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="74"/>
        <source>Save every entry that matches the filters as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="210"/>
        <source>All repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="269"/>
        <source>Export Log as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="270"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="277"/>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="280"/>
        <source>Exported the log to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="289"/>
        <source>Cannot create the file %1: %2. Choose a folder where you may create files, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="302"/>
        <source>Cannot export the log to %1: %2. Nothing was written; try again once the database can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/logpage.cpp" line="315"/>
        <source>Cannot write the file %1: %2. Check that the disk is not full and that you may write there, then try again; an existing file of that name was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/logpage.cpp" line="351"/>
        <source>Showing the newest %n entries; scroll down for more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/logpage.cpp" line="353"/>
        <source>%n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s15n::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="24"/>
        <source>s15n administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="41"/>
        <source>There is no node here yet. Create one, or open an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <source>Could not open the node at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>No node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>Repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>Node %1 (%2), sync ID %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>%1 - s15n administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::ui::RepositoriesPage</name>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="28"/>
        <source>The remote nodes this node syncs with. Add the parent with the user name and password its administrator made for this node; adding registers this node there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="62"/>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="62"/>
        <source>Add a remote node to sync with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="63"/>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="64"/>
        <source>Change the selected repository&apos;s URL, user, password, proxy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="65"/>
        <source>&amp;Remove...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="66"/>
        <source>Remove the selected repository and its stored password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="67"/>
        <source>Re&amp;gister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="68"/>
        <source>Register this node at the selected remote (when adding could not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="83"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="115"/>
        <source>Cannot read the repositories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="207"/>
        <source>Cannot edit the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="208"/>
        <source>%1 Select a repository in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="221"/>
        <source>Remove repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="222"/>
        <source>Remove the repository &apos;%1&apos; and its stored password? This node stops syncing with it; the remote keeps its data and its registration of this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="231"/>
        <source>Cannot remove the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="235"/>
        <source>Repository &apos;%1&apos; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="236"/>
        <source>Repository &apos;%1&apos; removed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="252"/>
        <source>This node is registered at &apos;%1&apos; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="260"/>
        <source>Registration at &apos;%1&apos; stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="264"/>
        <location filename="../ui/pages/repositoriespage.cpp" line="271"/>
        <source>Registration failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/repositoriespage.cpp" line="268"/>
        <source>Registering this node at &apos;%1&apos;...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::ui::RepositoryDialog</name>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="35"/>
        <source>Add a repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="42"/>
        <source>Edit repository %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="47"/>
        <source>unchanged (the stored password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="74"/>
        <source>e.g. parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="75"/>
        <source>This node&apos;s name for the remote: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. It cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="77"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="78"/>
        <source>https://parent.example:8471</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="79"/>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="80"/>
        <source>the account made for this node there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="81"/>
        <source>U&amp;ser name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="84"/>
        <source>Kept in %1, never in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="85"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="86"/>
        <source>none: the node&apos;s default proxy, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="87"/>
        <source>http://HOST:PORT or socks5://HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="88"/>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="89"/>
        <source>Accept changes this remote pushes here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="92"/>
        <source>optional: learnt from the remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="93"/>
        <source>The remote node&apos;s UUID, if you know it: the remote must be that node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="94"/>
        <source>Remote UU&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="97"/>
        <source>none: the system&apos;s authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="98"/>
        <source>PEM file of the certificate authority (or the self-signed certificate) to trust for an https:// remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="100"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="104"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="105"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="111"/>
        <source>CA &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="114"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="123"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="200"/>
        <source>Give the remote&apos;s URL: http://HOST:PORT or https://HOST:PORT[/path].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="205"/>
        <source>Give the user name: the account the remote&apos;s administrator made for this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="215"/>
        <source>&apos;%1&apos; is not a node UUID (like 123e4567-e89b-12d3-a456-426614174000); leave it empty to learn it from the remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="240"/>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="299"/>
        <source>Give the password of the user &apos;%1&apos; at the remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="257"/>
        <source>No password is stored for repository &apos;%1&apos;: type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="265"/>
        <source>Stopped; the connection was not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="267"/>
        <source>Connected: the remote is node &apos;%1&apos; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="277"/>
        <source>Asking %1 who it is...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="317"/>
        <source>Repository &apos;%1&apos; changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="332"/>
        <source>Added repository &apos;%1&apos;; its password is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="336"/>
        <source>This node is registered at &apos;%1&apos; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="340"/>
        <source>This node is not registered at the remote yet: %1 Here: select the repository and press Register once the remote can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="350"/>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="351"/>
        <source>Asking %1 who it is, then adding and registering...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/repositorydialog.cpp" line="375"/>
        <source>Stopping...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::ui::RepositoryModel</name>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="14"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="14"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="21"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="23"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="25"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="27"/>
        <source>Fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="111"/>
        <source>(node default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="117"/>
        <source>(not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="122"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="136"/>
        <source>The node&apos;s default proxy (Settings page), if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="139"/>
        <source>This node is registered at the remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="140"/>
        <source>Not registered at the remote yet: select it and press Register, or sync (a sync round registers first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="153"/>
        <source>Trusts the certificates in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="171"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="173"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="175"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="177"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="179"/>
        <source>Accepts pushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="181"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="183"/>
        <source>Remote UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="185"/>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/repositorymodel.cpp" line="187"/>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s15n::ui::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="30"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="33"/>
        <source>Copy this node&apos;s UUID, e.g. for the parent&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="39"/>
        <source>UUID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="43"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="47"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="48"/>
        <source>1 to %1; 1 is the parent (primary). None: not numbered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="50"/>
        <source>S&amp;ync ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="53"/>
        <source>none, or http://HOST:PORT or socks5://HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="54"/>
        <source>Used by repositories that have no proxy of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="55"/>
        <source>Default &amp;proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="58"/>
        <source>127.0.0.1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="59"/>
        <source>Where &apos;s15n serve&apos; answers peers, unless --listen says otherwise; 0.0.0.0:PORT for every interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="61"/>
        <source>Serve on (address:port):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="63"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="64"/>
        <source>TLS certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="65"/>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="66"/>
        <source>TLS key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="77"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="94"/>
        <source>none (plain HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="95"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="98"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="129"/>
        <source>The node needs a name: how other nodes and their administrators see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="154"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="157"/>
        <source>Saved. &apos;s15n serve&apos; uses the new address and TLS files when it starts next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
