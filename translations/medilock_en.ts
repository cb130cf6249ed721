<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessReportDocument</name>
    <message numerus="yes">
        <source>%n access(es), newest first; break-glass accesses in bold.</source>
            <translation>
                <numerusform>%n access, newest first; break-glass accesses in bold.</numerusform>
                <numerusform>%n accesses, newest first; break-glass accesses in bold.</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n block(s)</source>
            <translation>
                <numerusform>%n block</numerusform>
                <numerusform>%n blocks</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
            <translation>
                <numerusform>%n resource</numerusform>
                <numerusform>%n resources</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved reference(s)</source>
            <translation>
                <numerusform>%n unresolved reference</numerusform>
                <numerusform>%n unresolved references</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>restored and verified %n block(s) into %1</source>
            <translation>
                <numerusform>restored and verified %n block into %1</numerusform>
                <numerusform>restored and verified %n blocks into %1</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>sealed %n chart access(es) recorded since the restore</source>
            <translation>
                <numerusform>sealed %n chart access recorded since the restore</numerusform>
                <numerusform>sealed %n chart accesses recorded since the restore</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>EmergencyDocument</name>
    <message numerus="yes">
        <source>born %1 (%n year(s))</source>
            <translation>
                <numerusform>born %1 (%n year)</numerusform>
                <numerusform>born %1 (%n years)</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>LoginThrottle</name>
    <message numerus="yes">
        <source>too many wrong passphrases for &apos;%1&apos;: wait %n second(s) before trying again</source>
            <translation>
                <numerusform>too many wrong passphrases for &apos;%1&apos;: wait %n second before trying again</numerusform>
                <numerusform>too many wrong passphrases for &apos;%1&apos;: wait %n seconds before trying again</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message numerus="yes">
        <source>%1; wait %n second(s) before trying again</source>
            <translation>
                <numerusform>%1; wait %n second before trying again</numerusform>
                <numerusform>%1; wait %n seconds before trying again</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <source>%1 of %n peer(s) connected</source>
            <translation>
                <numerusform>%1 of %n peer connected</numerusform>
                <numerusform>%1 of %n peers connected</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) behind</source>
            <translation>
                <numerusform>%n block behind</numerusform>
                <numerusform>%n blocks behind</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n equivocation alert(s)</source>
            <translation>
                <numerusform>%n equivocation alert</numerusform>
                <numerusform>%n equivocation alerts</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n failed verification(s)</source>
            <translation>
                <numerusform>%n failed verification</numerusform>
                <numerusform>%n failed verifications</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) banned</source>
            <translation>
                <numerusform>%n peer banned</numerusform>
                <numerusform>%n peers banned</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>medilock::ui::AccessReportButton</name>
    <message numerus="yes">
        <source>Access report of %1 written (%n access(es)).</source>
            <translation>
                <numerusform>Access report of %1 written (%n access).</numerusform>
                <numerusform>Access report of %1 written (%n accesses).</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>medilock::ui::BreakGlassDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>medilock::ui::BreakGlassReviewPane</name>
    <message numerus="yes">
        <source>%n break-glass access(es).</source>
            <translation>
                <numerusform>%n break-glass access.</numerusform>
                <numerusform>%n break-glass accesses.</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>medilock::ui::EmergencyPage</name>
    <message numerus="yes">
        <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>medilock::ui::PatientBanner</name>
    <message numerus="yes">
        <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>medilock::ui::ReceptionPage</name>
    <message numerus="yes">
        <source>%n patient(s)</source>
            <translation>
                <numerusform>%n patient</numerusform>
                <numerusform>%n patients</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>medilock::ui::VitalsPane</name>
    <message numerus="yes">
        <source>LOINC %1, %n measurement(s)</source>
            <translation>
                <numerusform>LOINC %1, %n measurement</numerusform>
                <numerusform>LOINC %1, %n measurements</numerusform>
            </translation>
    </message>
</context>
</TS>
