<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>s15n::ui::ChangesPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/changespage.cpp" line="366"/>
        <source>%1: working on %n row(s)...</source>
        <translation>
            <numerusform>%1: working on %n row...</numerusform>
            <numerusform>%1: working on %n rows...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s15n::ui::ChildrenPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/childrenpage.cpp" line="515"/>
        <source>Backup %1 written to %2: %Ln row(s) of %3, %4.</source>
        <translation>
            <numerusform>Backup %1 written to %2: %Ln row of %3, %4.</numerusform>
            <numerusform>Backup %1 written to %2: %Ln rows of %3, %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/childrenpage.cpp" line="517"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s15n::ui::DataPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="250"/>
        <source>%n row(s) of %1 have changes that are not submitted. Drop them?</source>
        <translation>
            <numerusform>%n row of %1 has changes that are not submitted. Drop them?</numerusform>
            <numerusform>%n rows of %1 have changes that are not submitted. Drop them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="426"/>
        <source>Saving %n row(s) of %1...</source>
        <translation>
            <numerusform>Saving %n row of %1...</numerusform>
            <numerusform>Saving %n rows of %1...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="440"/>
        <source>Saved %n row(s) of %1; they are sent to the other nodes at the next sync.</source>
        <translation>
            <numerusform>Saved %n row of %1; it is sent to the other nodes at the next sync.</numerusform>
            <numerusform>Saved %n rows of %1; they are sent to the other nodes at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="509"/>
        <source>Set %n cell(s) to NULL; submit to save, or revert.</source>
        <translation>
            <numerusform>Set %n cell to NULL; submit to save, or revert.</numerusform>
            <numerusform>Set %n cells to NULL; submit to save, or revert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="538"/>
        <source>Delete %n row(s) of %1? They are deleted when you submit, here and, at the next sync, on the nodes this table syncs with.</source>
        <translation>
            <numerusform>Delete %n row of %1? It is deleted when you submit, here and, at the next sync, on the nodes this table syncs with.</numerusform>
            <numerusform>Delete %n rows of %1? They are deleted when you submit, here and, at the next sync, on the nodes this table syncs with.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="582"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/datapage.cpp" line="584"/>
        <source>%n row(s) changed, not submitted yet.</source>
        <translation>
            <numerusform>%n row changed, not submitted yet.</numerusform>
            <numerusform>%n rows changed, not submitted yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s15n::ui::LogPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/logpage.cpp" line="373"/>
        <source>Exporting the log to %1: %n entries written...</source>
        <translation>
            <numerusform>Exporting the log to %1: %n entry written...</numerusform>
            <numerusform>Exporting the log to %1: %n entries written...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/logpage.cpp" line="387"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/logpage.cpp" line="522"/>
        <source>Showing the newest %n entries; scroll down for more.</source>
        <translation>
            <numerusform>Showing the newest entry; scroll down for more.</numerusform>
            <numerusform>Showing the newest %n entries; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/logpage.cpp" line="524"/>
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s15n::ui::ParentDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/parentdialog.cpp" line="441"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
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
    <message numerus="yes">
        <location filename="../ui/dialogs/parentdialog.cpp" line="451"/>
        <source>%Ln row(s) wait for rows of tables that are not in the backup.</source>
        <translation>
            <numerusform>%Ln row wait for rows of tables that are not in the backup.</numerusform>
            <numerusform>%Ln rows wait for rows of tables that are not in the backup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s15n::ui::RepositoriesPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="48"/>
        <source>received %Ln row(s) (%1 applied here)</source>
        <translation>
            <numerusform>received %Ln row (%1 applied here)</numerusform>
            <numerusform>received %Ln rows (%1 applied here)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="51"/>
        <source>sent %Ln row(s) (%1 applied at the remote)</source>
        <translation>
            <numerusform>sent %Ln row (%1 applied at the remote)</numerusform>
            <numerusform>sent %Ln rows (%1 applied at the remote)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="55"/>
        <source>%Ln conflict(s) settled by the conflict policy.</source>
        <translation>
            <numerusform>%Ln conflict settled by the conflict policy.</numerusform>
            <numerusform>%Ln conflicts settled by the conflict policy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="58"/>
        <source>%Ln conflict(s) wait for you on the Changes page.</source>
        <translation>
            <numerusform>%Ln conflict wait for you on the Changes page.</numerusform>
            <numerusform>%Ln conflicts wait for you on the Changes page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="61"/>
        <source>%Ln row(s) refused by the strategy or the update policy.</source>
        <translation>
            <numerusform>%Ln row refused by the strategy or the update policy.</numerusform>
            <numerusform>%Ln rows refused by the strategy or the update policy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="64"/>
        <source>%Ln row(s) wait for rows they refer to.</source>
        <translation>
            <numerusform>%Ln row wait for rows they refer to.</numerusform>
            <numerusform>%Ln rows wait for rows they refer to.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/repositoriespage.cpp" line="67"/>
        <source>%Ln row(s) refused by the database; they are tried again next round.</source>
        <translation>
            <numerusform>%Ln row refused by the database; they are tried again next round.</numerusform>
            <numerusform>%Ln rows refused by the database; they are tried again next round.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s15n::ui::ResourceTableModel</name>
    <message numerus="yes">
        <location filename="../ui/models/resourcetablemodel.cpp" line="326"/>
        <source>Nothing was saved: the %n change(s) before it were undone too.</source>
        <translation>
            <numerusform>Nothing was saved: the change before it was undone too.</numerusform>
            <numerusform>Nothing was saved: the %n changes before it were undone too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/resourcetablemodel.cpp" line="597"/>
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>(%n byte)</numerusform>
            <numerusform>(%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s15n::ui::ResourcesTab</name>
    <message numerus="yes">
        <location filename="../ui/pages/resourcestab.cpp" line="169"/>
        <location filename="../ui/pages/resourcestab.cpp" line="349"/>
        <source>The remote of &apos;%1&apos; syncs %n table(s).</source>
        <translation>
            <numerusform>The remote of &apos;%1&apos; syncs %n table.</numerusform>
            <numerusform>The remote of &apos;%1&apos; syncs %n tables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s15n::ui::StatusArea</name>
    <message numerus="yes">
        <location filename="../ui/widgets/statusarea.cpp" line="376"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s15n::ui::TaskStatus</name>
    <message numerus="yes">
        <location filename="../ui/widgets/taskstatus.cpp" line="103"/>
        <source>%n resource(s) synced.</source>
        <translation>
            <numerusform>%n resource synced.</numerusform>
            <numerusform>%n resources synced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/taskstatus.cpp" line="106"/>
        <source>%1: pulling page %2 (%Ln row(s) received so far)</source>
        <translation>
            <numerusform>%1: pulling page %2 (%Ln row received so far)</numerusform>
            <numerusform>%1: pulling page %2 (%Ln rows received so far)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/taskstatus.cpp" line="111"/>
        <source>%1: pulled, %Ln row(s) received</source>
        <translation>
            <numerusform>%1: pulled, %Ln row received</numerusform>
            <numerusform>%1: pulled, %Ln rows received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/taskstatus.cpp" line="114"/>
        <source>%1: pushing page %2 (%Ln row(s) sent so far)</source>
        <translation>
            <numerusform>%1: pushing page %2 (%Ln row sent so far)</numerusform>
            <numerusform>%1: pushing page %2 (%Ln rows sent so far)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/taskstatus.cpp" line="119"/>
        <source>%1: pushed, %Ln row(s) sent</source>
        <translation>
            <numerusform>%1: pushed, %Ln row sent</numerusform>
            <numerusform>%1: pushed, %Ln rows sent</numerusform>
        </translation>
    </message>
</context>
</TS>
