<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessPayload</name>
    <message>
        <source>a link names another patient id and whether it links or unlinks</source>
            <translation>eine Verknüpfung nennt eine andere Patienten-ID und ob sie verknüpft oder löst</translation>
    </message>
    <message>
        <source>emergency access lasts 1 to 1440 minutes</source>
            <translation>ein Notfallzugriff dauert 1 bis 1440 Minuten</translation>
    </message>
    <message>
        <source>payload field &apos;%1&apos; must be a text of at most %2 characters</source>
            <translation>Nutzdatenfeld &apos;%1&apos; muss ein Text mit höchstens %2 Zeichen sein</translation>
    </message>
    <message>
        <source>payload is not a JSON object</source>
            <translation>Nutzdaten sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>payload must have exactly the fields %1</source>
            <translation>Nutzdaten müssen genau die Felder %1 enthalten</translation>
    </message>
    <message>
        <source>unknown amendment action</source>
            <translation>unbekannte Korrekturaktion</translation>
    </message>
    <message>
        <source>unknown chart access purpose</source>
            <translation>unbekannter Zweck des Aktenzugriffs</translation>
    </message>
</context>
<context>
    <name>AccessReportDocument</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not sealed yet: this node waits for its own chain after a restore)</source>
            <translation>%1 (noch nicht versiegelt: dieser Knoten wartet nach einer Wiederherstellung auf seine eigene Kette)</translation>
    </message>
    <message numerus="yes">
        <source>%n access(es), newest first; break-glass accesses in bold.</source>
            <translation>
                <numerusform>%n Zugriff, neueste zuerst; Notfallzugriffe fett.</numerusform>
                <numerusform>%n Zugriffe, neueste zuerst; Notfallzugriffe fett.</numerusform>
            </translation>
    </message>
    <message>
        <source>Access report</source>
            <translation>Zugriffsbericht</translation>
    </message>
    <message>
        <source>BREAK-GLASS: %1</source>
            <translation>NOTFALLZUGRIFF: %1</translation>
    </message>
    <message>
        <source>Break-glass: %1.</source>
            <translation>Notfallzugriffe: %1.</translation>
    </message>
    <message>
        <source>Clinic</source>
            <translation>Klinik</translation>
    </message>
    <message>
        <source>What</source>
            <translation>Was</translation>
    </message>
    <message>
        <source>When</source>
            <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
            <translation>Wer</translation>
    </message>
    <message>
        <source>Who opened this record</source>
            <translation>Wer diese Akte geöffnet hat</translation>
    </message>
    <message>
        <source>Written by %1 at %2 on %3 from the signed ledger of this node; writing it is itself recorded as an access. Accesses at other clinics appear once their nodes have synced.</source>
            <translation>Erstellt von %1 in %2 am %3 aus dem signierten Ledger dieses Knotens; auch das Erstellen ist als Zugriff protokolliert. Zugriffe in anderen Kliniken erscheinen, sobald deren Knoten synchronisiert haben.</translation>
    </message>
    <message>
        <source>born %1</source>
            <translation>geb. %1</translation>
    </message>
    <message>
        <source>exported the record</source>
            <translation>hat die Akte exportiert</translation>
    </message>
    <message>
        <source>issued an emergency card</source>
            <translation>hat einen Notfallausweis ausgestellt</translation>
    </message>
    <message>
        <source>opened the chart</source>
            <translation>hat die Akte geöffnet</translation>
    </message>
    <message>
        <source>opened the emergency summary</source>
            <translation>hat die Notfallübersicht geöffnet</translation>
    </message>
    <message>
        <source>patient id %1</source>
            <translation>Patienten-ID %1</translation>
    </message>
    <message>
        <source>wrote an access report</source>
            <translation>hat einen Zugriffsbericht erstellt</translation>
    </message>
</context>
<context>
    <name>AdminPayload</name>
    <message>
        <source>administrative payload field &apos;%1&apos; is missing or not a short string</source>
            <translation>administratives Nutzdatenfeld &apos;%1&apos; fehlt oder ist kein kurzer Text</translation>
    </message>
    <message>
        <source>administrative payload field &apos;%1&apos;: %2</source>
            <translation>administratives Nutzdatenfeld &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>administrative payload has unexpected fields</source>
            <translation>administrative Nutzdaten enthalten unerwartete Felder</translation>
    </message>
    <message>
        <source>administrative payload is not a JSON object</source>
            <translation>administrative Nutzdaten sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>administrative payload names an unknown role</source>
            <translation>administrative Nutzdaten nennen eine unbekannte Rolle</translation>
    </message>
    <message>
        <source>an enrolled user needs a name</source>
            <translation>ein angemeldeter Benutzer braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>Administration</name>
    <message>
        <source>the database could not be read: %1</source>
            <translation>die Datenbank ließ sich nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>AesGcm</name>
    <message>
        <source>an AES-256 key is 32 bytes</source>
            <translation>ein AES-256-Schlüssel ist 32 Bytes lang</translation>
    </message>
    <message>
        <source>authentication failed: wrong key or altered data</source>
            <translation>Authentifizierung fehlgeschlagen: falscher Schlüssel oder veränderte Daten</translation>
    </message>
    <message>
        <source>sealed data is too short</source>
            <translation>versiegelte Daten sind zu kurz</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1 is larger than %2 bytes</source>
            <translation>%1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
            <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot open directory %1: %2</source>
            <translation>Verzeichnis %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot sync directory %1: %2</source>
            <translation>Verzeichnis %1 kann nicht synchronisiert werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BackupArchive</name>
    <message>
        <source>a backup key is 32 bytes</source>
            <translation>ein Sicherungsschlüssel ist 32 Bytes lang</translation>
    </message>
    <message>
        <source>backup format version %1 is not supported by this program</source>
            <translation>Sicherungsformat-Version %1 wird von diesem Programm nicht unterstützt</translation>
    </message>
    <message>
        <source>cannot write the backup: %1</source>
            <translation>die Sicherung kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>chunk %1 of the archive is damaged (bad length)</source>
            <translation>Block %1 des Archivs ist beschädigt (falsche Länge)</translation>
    </message>
    <message>
        <source>chunk %1 of the archive is damaged (unknown flag)</source>
            <translation>Block %1 des Archivs ist beschädigt (unbekannte Kennung)</translation>
    </message>
    <message>
        <source>chunk %1 of the archive is damaged, missing or out of order (authentication failed)</source>
            <translation>Block %1 des Archivs ist beschädigt, fehlt oder steht an falscher Stelle (Authentifizierung fehlgeschlagen)</translation>
    </message>
    <message>
        <source>chunk size %1 in the backup header is out of bounds</source>
            <translation>Blockgröße %1 im Sicherungskopf liegt außerhalb der Grenzen</translation>
    </message>
    <message>
        <source>chunk size %1 is out of bounds</source>
            <translation>Blockgröße %1 liegt außerhalb der Grenzen</translation>
    </message>
    <message>
        <source>not a MediLock backup (unknown file signature)</source>
            <translation>keine MediLock-Sicherung (unbekannte Dateisignatur)</translation>
    </message>
    <message>
        <source>not a MediLock backup: the file is shorter than a backup header</source>
            <translation>keine MediLock-Sicherung: die Datei ist kürzer als ein Sicherungskopf</translation>
    </message>
    <message>
        <source>scrypt parameters in the backup header are out of bounds</source>
            <translation>scrypt-Parameter im Sicherungskopf liegen außerhalb der Grenzen</translation>
    </message>
    <message>
        <source>the archive ends before its contents do</source>
            <translation>das Archiv endet vor seinem Inhalt</translation>
    </message>
    <message>
        <source>the archive has bytes after its final chunk</source>
            <translation>das Archiv hat Bytes nach seinem letzten Block</translation>
    </message>
    <message>
        <source>the archive has more chunks than the format allows</source>
            <translation>das Archiv hat mehr Blöcke, als das Format erlaubt</translation>
    </message>
    <message>
        <source>the archive holds data after its end record</source>
            <translation>das Archiv enthält Daten nach seinem Endeintrag</translation>
    </message>
    <message>
        <source>the archive is truncated inside chunk %1</source>
            <translation>das Archiv ist innerhalb von Block %1 abgeschnitten</translation>
    </message>
    <message>
        <source>the archive is truncated: chunk %1 is missing</source>
            <translation>das Archiv ist abgeschnitten: Block %1 fehlt</translation>
    </message>
    <message>
        <source>the backup header is truncated</source>
            <translation>der Sicherungskopf ist abgeschnitten</translation>
    </message>
    <message>
        <source>the backup is larger than the archive format allows</source>
            <translation>die Sicherung ist größer, als das Archivformat erlaubt</translation>
    </message>
    <message>
        <source>the backup passphrase is empty</source>
            <translation>die Sicherungspassphrase ist leer</translation>
    </message>
    <message>
        <source>unknown key derivation %1 in the backup header</source>
            <translation>unbekannte Schlüsselableitung %1 im Sicherungskopf</translation>
    </message>
    <message>
        <source>wrong backup passphrase (or the archive header was altered)</source>
            <translation>falsche Sicherungspassphrase (oder der Archivkopf wurde verändert)</translation>
    </message>
</context>
<context>
    <name>Block</name>
    <message>
        <source>a block holds 1 to %1 entries</source>
            <translation>ein Block enthält 1 bis %1 Einträge</translation>
    </message>
    <message>
        <source>a block is limited to %1 bytes</source>
            <translation>ein Block ist auf %1 Bytes begrenzt</translation>
    </message>
    <message>
        <source>block %1 at height %2: entries do not match the entries root</source>
            <translation>Block %1 auf Höhe %2: Einträge passen nicht zur Eintragswurzel</translation>
    </message>
    <message>
        <source>block %1 of %2 at height %3: bad origin signature</source>
            <translation>Block %1 von %2 auf Höhe %3: ungültige Ursprungssignatur</translation>
    </message>
    <message>
        <source>block cumulative entry count is smaller than its own count</source>
            <translation>kumulative Eintragszahl des Blocks ist kleiner als seine eigene Zahl</translation>
    </message>
    <message>
        <source>block entry %1 truncated</source>
            <translation>Blockeintrag %1 abgeschnitten</translation>
    </message>
    <message>
        <source>block entry %1: %2</source>
            <translation>Blockeintrag %1: %2</translation>
    </message>
    <message>
        <source>block entry count %1 out of bounds</source>
            <translation>Anzahl der Blockeinträge %1 außerhalb der Grenzen</translation>
    </message>
    <message>
        <source>block has %1 unexpected bytes after its entries</source>
            <translation>Block hat %1 unerwartete Bytes nach seinen Einträgen</translation>
    </message>
    <message>
        <source>block header has %1 bytes, expected %2</source>
            <translation>Blockkopf hat %1 Bytes, erwartet %2</translation>
    </message>
    <message>
        <source>block header truncated</source>
            <translation>Blockkopf abgeschnitten</translation>
    </message>
    <message>
        <source>block holds %1 entries, its header says %2</source>
            <translation>Block enthält %1 Einträge, sein Kopf nennt %2</translation>
    </message>
    <message>
        <source>block of %1 bytes exceeds the limit</source>
            <translation>Block mit %1 Bytes überschreitet die Grenze</translation>
    </message>
    <message>
        <source>block previous hash must be zero exactly at height 0</source>
            <translation>der Vorgänger-Hash eines Blocks muss genau auf Höhe 0 null sein</translation>
    </message>
    <message>
        <source>block signature has %1 bytes</source>
            <translation>Blocksignatur hat %1 Bytes</translation>
    </message>
    <message>
        <source>block truncated</source>
            <translation>Block abgeschnitten</translation>
    </message>
    <message>
        <source>entry %1 (position %2 in block at height %3): bad signature</source>
            <translation>Eintrag %1 (Position %2 im Block auf Höhe %3): ungültige Signatur</translation>
    </message>
    <message>
        <source>first block&apos;s cumulative count must equal its entry count</source>
            <translation>die kumulative Zahl des ersten Blocks muss seiner Eintragszahl entsprechen</translation>
    </message>
    <message>
        <source>unknown block version %1</source>
            <translation>unbekannte Blockversion %1</translation>
    </message>
</context>
<context>
    <name>BlockStore</name>
    <message>
        <source>stored block %1 is damaged: %2</source>
            <translation>gespeicherter Block %1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>BreakGlassReviewModel</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not sealed yet: this node waits for its own chain after a restore)</source>
            <translation>%1 (noch nicht versiegelt: dieser Knoten wartet nach einer Wiederherstellung auf seine eigene Kette)</translation>
    </message>
    <message>
        <source>Clinic</source>
            <translation>Klinik</translation>
    </message>
    <message>
        <source>Patient</source>
            <translation>Patient</translation>
    </message>
    <message>
        <source>Reason</source>
            <translation>Grund</translation>
    </message>
    <message>
        <source>When</source>
            <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
            <translation>Wer</translation>
    </message>
</context>
<context>
    <name>ChartAccess</name>
    <message>
        <source>no patient with that id on this node</source>
            <translation>kein Patient mit dieser ID auf diesem Knoten</translation>
    </message>
    <message>
        <source>the headless node does not read charts; sign in as a user</source>
            <translation>der Knoten ohne Oberfläche liest keine Akten; melden Sie sich als Benutzer an</translation>
    </message>
</context>
<context>
    <name>ChartDocuments</name>
    <message>
        <source>give the document a title</source>
            <translation>geben Sie dem Dokument einen Titel</translation>
    </message>
    <message>
        <source>no such document in this chart</source>
            <translation>kein solches Dokument in dieser Akte</translation>
    </message>
    <message>
        <source>only PDF, PNG and JPEG files can be attached</source>
            <translation>nur PDF-, PNG- und JPEG-Dateien können angehängt werden</translation>
    </message>
    <message>
        <source>the document&apos;s content is not valid base64</source>
            <translation>der Inhalt des Dokuments ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB; attach a smaller scan or export</source>
            <translation>die Datei ist größer als %1 KiB; hängen Sie einen kleineren Scan oder Export an</translation>
    </message>
    <message>
        <source>this document record carries no content (only a reference to elsewhere)</source>
            <translation>dieser Dokumenteintrag hat keinen Inhalt (nur einen Verweis auf einen anderen Ort)</translation>
    </message>
</context>
<context>
    <name>ChartSummary</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
            <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
            <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>(“%1”)</source>
            <translation>(„%1“)</translation>
    </message>
    <message>
        <source>Active problems</source>
            <translation>Aktive Probleme</translation>
    </message>
    <message>
        <source>Consent: not restricted — every opening is recorded in the access log.</source>
            <translation>Einwilligung: nicht eingeschränkt — jedes Öffnen wird im Zugriffsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Consent: restricted by the patient since %1 — others open this chart only by breaking the glass, stating a reason; each such access is recorded and reviewed.</source>
            <translation>Einwilligung: seit %1 vom Patienten eingeschränkt — andere öffnen diese Akte nur per Notfallzugriff mit Angabe eines Grundes; jeder solche Zugriff wird festgehalten und geprüft.</translation>
    </message>
    <message>
        <source>Current medications</source>
            <translation>Aktuelle Medikation</translation>
    </message>
    <message>
        <source>Latest observations</source>
            <translation>Letzte Befunde</translation>
    </message>
    <message>
        <source>None recorded</source>
            <translation>Nichts erfasst</translation>
    </message>
    <message>
        <source>Recent encounters</source>
            <translation>Letzte Kontakte</translation>
    </message>
    <message>
        <source>Your emergency access runs until %1.</source>
            <translation>Ihr Notfallzugriff gilt bis %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>  %1 signed by %2 of %3 (key %4)</source>
            <translation>  %1 signiert von %2 aus %3 (Schlüssel %4)</translation>
    </message>
    <message>
        <source>  %1 signed by an UNKNOWN key %2 (claims to be &quot;%3&quot;)</source>
            <translation>  %1 signiert von einem UNBEKANNTEN Schlüssel %2 (gibt sich als „%3“ aus)</translation>
    </message>
    <message>
        <source>  the Composition signed by an UNKNOWN node key %1 (claims to be &quot;%2&quot;)</source>
            <translation>  die Composition signiert von einem UNBEKANNTEN Knotenschlüssel %1 (gibt sich als „%2“ aus)</translation>
    </message>
    <message>
        <source>  the Composition signed by node %1 of %2 (key %3)</source>
            <translation>  die Composition signiert von Knoten %1 von %2 (Schlüssel %3)</translation>
    </message>
    <message>
        <source> (banned now)</source>
            <translation> (derzeit gesperrt)</translation>
    </message>
    <message>
        <source>%1: %2 imported, %3 already present, %4</source>
            <translation>%1: %2 importiert, %3 bereits vorhanden, %4</translation>
    </message>
    <message>
        <source>%1: %2, every signature valid</source>
            <translation>%1: %2, jede Signatur gültig</translation>
    </message>
    <message>
        <source>%1: larger than any export this node would check (512 MiB)</source>
            <translation>%1: größer als jeder Export, den dieser Knoten prüfen würde (512 MiB)</translation>
    </message>
    <message>
        <source>%1: signatures are valid but %2 signer keys are not known on this node&apos;s ledger (unknown authors or nodes)</source>
            <translation>%1: Die Signaturen sind gültig, aber %2 Signaturschlüssel sind im Ledger dieses Knotens nicht bekannt (unbekannte Autoren oder Knoten)</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
            <translation>
                <numerusform>%n Block</numerusform>
                <numerusform>%n Blöcke</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
            <translation>
                <numerusform>%n Ressource</numerusform>
                <numerusform>%n Ressourcen</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved reference(s)</source>
            <translation>
                <numerusform>%n nicht aufgelöster Verweis</numerusform>
                <numerusform>%n nicht aufgelöste Verweise</numerusform>
            </translation>
    </message>
    <message>
        <source>(not sealed yet: this node waits for its own chain after a restore)</source>
            <translation>(noch nicht versiegelt: dieser Knoten wartet nach einer Wiederherstellung auf seine eigene Kette)</translation>
    </message>
    <message>
        <source>--%1 is given twice</source>
            <translation>--%1 wurde zweimal angegeben</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
            <translation>--%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>--entries takes a number from 2500 to 20000000</source>
            <translation>--entries nimmt eine Zahl von 2500 bis 20000000</translation>
    </message>
    <message>
        <source>--patient ID is required</source>
            <translation>--patient ID ist erforderlich</translation>
    </message>
    <message>
        <source>ACCESS REPORT — %1 (born %2)</source>
            <translation>ZUGRIFFSBERICHT — %1 (geb. %2)</translation>
    </message>
    <message>
        <source>Active problems:</source>
            <translation>Aktive Probleme:</translation>
    </message>
    <message>
        <source>Allergies:</source>
            <translation>Allergien:</translation>
    </message>
    <message>
        <source>Allergies: NEVER RECORDED — ask before giving any drug</source>
            <translation>Allergien: NIE ERFASST — vor jeder Medikamentengabe erfragen</translation>
    </message>
    <message>
        <source>Allergies: no known allergies (confirmed by %1)</source>
            <translation>Allergien: keine bekannten Allergien (bestätigt von %1)</translation>
    </message>
    <message>
        <source>BREAK-GLASS: %1</source>
            <translation>NOTFALLZUGRIFF: %1</translation>
    </message>
    <message>
        <source>Blood group: %1</source>
            <translation>Blutgruppe: %1</translation>
    </message>
    <message>
        <source>Changed the passphrase of %1</source>
            <translation>Passphrase von %1 geändert</translation>
    </message>
    <message>
        <source>Created node for clinic &apos;%1&apos; in %2; administrator: %3</source>
            <translation>Knoten für Klinik &apos;%1&apos; in %2 angelegt; Administrator: %3</translation>
    </message>
    <message>
        <source>Current medications:</source>
            <translation>Aktuelle Medikation:</translation>
    </message>
    <message>
        <source>EMERGENCY SUMMARY — %1 (born %2, %3)</source>
            <translation>NOTFALLÜBERSICHT — %1 (geb. %2, %3)</translation>
    </message>
    <message>
        <source>Enrolled %1 as %2 (key %3)</source>
            <translation>%1 als %2 angemeldet (Schlüssel %3)</translation>
    </message>
    <message>
        <source>Paired with %1; a running node dials it within a second</source>
            <translation>Mit %1 gekoppelt; ein laufender Knoten verbindet sich innerhalb einer Sekunde</translation>
    </message>
    <message>
        <source>Re-keyed the database (key generation %1); the new key is wrapped for: %2</source>
            <translation>Datenbank neu verschlüsselt (Schlüsselgeneration %1); der neue Schlüssel ist eingehüllt für: %2</translation>
    </message>
    <message>
        <source>Revoked the key of %1; the database is re-keyed (key generation %2)</source>
            <translation>Schlüssel von %1 widerrufen; die Datenbank ist neu verschlüsselt (Schlüsselgeneration %2)</translation>
    </message>
    <message>
        <source>Rotated the key of %1 (new key %2; the old one is revoked as &apos;rotated&apos;)</source>
            <translation>Schlüssel von %1 erneuert (neuer Schlüssel %2; der alte ist als &apos;rotated&apos; widerrufen)</translation>
    </message>
    <message>
        <source>SIGNATURE VALID BUT NOT FROM A KNOWN NODE: key %1 is not certified on this node&apos;s ledger; do not rely on this card&apos;s content (issued %2)</source>
            <translation>SIGNATUR GÜLTIG, ABER NICHT VON EINEM BEKANNTEN KNOTEN: Schlüssel %1 ist im Ledger dieses Knotens nicht zertifiziert; verlassen Sie sich nicht auf den Inhalt dieser Karte (ausgestellt %2)</translation>
    </message>
    <message>
        <source>This clinic now trusts the clinic with root fingerprint %1</source>
            <translation>Diese Klinik vertraut jetzt der Klinik mit dem Stamm-Fingerabdruck %1</translation>
    </message>
    <message>
        <source>VALID: signed by node &quot;%1&quot; of clinic &quot;%2&quot; on %3 (node %4)</source>
            <translation>GÜLTIG: signiert von Knoten „%1“ der Klinik „%2“ am %3 (Knoten %4)</translation>
    </message>
    <message>
        <source>Written by %1 at %2; this report is itself recorded as an access.</source>
            <translation>Erstellt von %1 in %2; dieser Bericht ist selbst als Zugriff protokolliert.</translation>
    </message>
    <message>
        <source>backup failed: %1</source>
            <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>backup written to %1 (%2 bytes)</source>
            <translation>Sicherung nach %1 geschrieben (%2 Bytes)</translation>
    </message>
    <message>
        <source>behind %1, ahead %2, failed verifications %3, bans %4%5, equivocation alerts %6</source>
            <translation>zurück %1, voraus %2, fehlgeschlagene Prüfungen %3, Sperren %4%5, Warnungen vor Doppelsignatur %6</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>chart accesses recorded since the restore stay unsealed: %1</source>
            <translation>seit der Wiederherstellung erfasste Aktenzugriffe bleiben unversiegelt: %1</translation>
    </message>
    <message>
        <source>clinic name: %1</source>
            <translation>Klinikname: %1</translation>
    </message>
    <message>
        <source>clinic root: %1</source>
            <translation>Klinik-Stamm: %1</translation>
    </message>
    <message>
        <source>connected</source>
            <translation>verbunden</translation>
    </message>
    <message>
        <source>entries: %1, blocks: %2, patients: %3, users: %4</source>
            <translation>Einträge: %1, Blöcke: %2, Patienten: %3, Benutzer: %4</translation>
    </message>
    <message>
        <source>no passphrase given</source>
            <translation>keine Passphrase angegeben</translation>
    </message>
    <message>
        <source>no passphrase: use --passphrase-file or MEDILOCK_PASSPHRASE</source>
            <translation>keine Passphrase: verwenden Sie --passphrase-file oder MEDILOCK_PASSPHRASE</translation>
    </message>
    <message>
        <source>node key:    %1</source>
            <translation>Knotenschlüssel: %1</translation>
    </message>
    <message>
        <source>not connected</source>
            <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>not recorded</source>
            <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>only &apos;%1&apos; can change their own passphrase (use --as %1); an administrator can hand out a new one with &apos;user rotate %1&apos;</source>
            <translation>nur &apos;%1&apos; kann die eigene Passphrase ändern (verwenden Sie --as %1); ein Administrator kann mit &apos;user rotate %1&apos; eine neue ausgeben</translation>
    </message>
    <message>
        <source>passphrases are never taken from the command line; use --%1-file or the environment</source>
            <translation>Passphrasen werden nie von der Befehlszeile genommen; verwenden Sie --%1-file oder die Umgebung</translation>
    </message>
    <message>
        <source>restore failed: %1</source>
            <translation>Wiederherstellung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>restored and verified %n block(s) into %1</source>
            <translation>
                <numerusform>%n Block nach %1 wiederhergestellt und geprüft</numerusform>
                <numerusform>%n Blöcke nach %1 wiederhergestellt und geprüft</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>sealed %n chart access(es) recorded since the restore</source>
            <translation>
                <numerusform>%n seit der Wiederherstellung erfasster Aktenzugriff versiegelt</numerusform>
                <numerusform>%n seit der Wiederherstellung erfasste Aktenzugriffe versiegelt</numerusform>
            </translation>
    </message>
    <message>
        <source>state hash: %1</source>
            <translation>Zustands-Hash: %1</translation>
    </message>
    <message>
        <source>the card is not from a node known here</source>
            <translation>die Karte stammt nicht von einem hier bekannten Knoten</translation>
    </message>
    <message>
        <source>the node signs nothing until it has caught up with its own chain from a peer (start it with its peers), or an administrator of a clinic without peers runs &apos;medilock-cli resume-signing&apos;</source>
            <translation>der Knoten signiert nichts, bis er seine eigene Kette von einem Partner wieder eingeholt hat (starten Sie ihn mit seinen Partnern), oder ein Administrator einer Klinik ohne Partner führt &apos;medilock-cli resume-signing&apos; aus</translation>
    </message>
    <message>
        <source>the restored node signs again from its restored head</source>
            <translation>der wiederhergestellte Knoten signiert wieder ab seinem wiederhergestellten Kopf</translation>
    </message>
    <message>
        <source>tls cert:    %1</source>
            <translation>TLS-Zertifikat: %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see --help</source>
            <translation>unbekannter Befehl &apos;%1&apos;; siehe --help</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
            <translation>unbekannte Option --%1</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR --as USER user passwd USER</source>
            <translation>Aufruf: medilock-cli --data VERZ --as BENUTZER user passwd BENUTZER</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR backup --out FILE [--json]</source>
            <translation>Aufruf: medilock-cli --data VERZ backup --out DATEI [--json]</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR card --patient ID --out FILE.pdf [--png FILE.png] [--json]</source>
            <translation>Aufruf: medilock-cli --data VERZ card --patient ID --out DATEI.pdf [--png DATEI.png] [--json]</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR card verify (TEXT | --in FILE) [--json]</source>
            <translation>Aufruf: medilock-cli --data VERZ card verify (TEXT | --in DATEI) [--json]</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR import-fhir FILE... [--as USER] [--json]</source>
            <translation>Aufruf: medilock-cli --data VERZ import-fhir DATEI... [--as BENUTZER] [--json]</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR init --clinic NAME --admin USER</source>
            <translation>Aufruf: medilock-cli --data VERZ init --clinic NAME --admin BENUTZER</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR peer add HOST:PORT TLS_FINGERPRINT</source>
            <translation>Aufruf: medilock-cli --data VERZ peer add HOST:PORT TLS_FINGERABDRUCK</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR search TEXT [--json]</source>
            <translation>Aufruf: medilock-cli --data VERZ search TEXT [--json]</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR trust add CLINIC_ROOT_FINGERPRINT [--name NAME]</source>
            <translation>Aufruf: medilock-cli --data VERZ trust add KLINIK_STAMM_FINGERABDRUCK [--name NAME]</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR user add --name USER --role physician|nurse|reception|admin</source>
            <translation>Aufruf: medilock-cli --data VERZ user add --name BENUTZER --role physician|nurse|reception|admin</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR user revoke USER --reason TEXT</source>
            <translation>Aufruf: medilock-cli --data VERZ user revoke BENUTZER --reason TEXT</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR user rotate USER (the new passphrase from --new-passphrase-file)</source>
            <translation>Aufruf: medilock-cli --data VERZ user rotate BENUTZER (die neue Passphrase aus --new-passphrase-file)</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR verify-export FILE [--json]</source>
            <translation>Aufruf: medilock-cli --data VERZ verify-export DATEI [--json]</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data NEW_DIR [--as USER] restore --from FILE [--json]</source>
            <translation>Aufruf: medilock-cli --data NEUES_VERZ [--as BENUTZER] restore --from DATEI [--json]</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
            <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>verified %1 and %2 in %3 s</source>
            <translation>%1 und %2 in %3 s geprüft</translation>
    </message>
</context>
<context>
    <name>ClinicTrust</name>
    <message>
        <source>a clinic always trusts itself</source>
            <translation>eine Klinik vertraut immer sich selbst</translation>
    </message>
    <message>
        <source>a clinic root fingerprint is 64 hexadecimal digits (as &apos;medilock-cli id&apos; prints it)</source>
            <translation>ein Klinik-Stamm-Fingerabdruck besteht aus 64 Hexadezimalziffern (wie &apos;medilock-cli id&apos; ihn ausgibt)</translation>
    </message>
    <message>
        <source>only an administrator holding the clinic root key can trust another clinic</source>
            <translation>nur ein Administrator mit dem Klinik-Stammschlüssel kann einer anderen Klinik vertrauen</translation>
    </message>
    <message>
        <source>this clinic does not trust %1</source>
            <translation>diese Klinik vertraut %1 nicht</translation>
    </message>
</context>
<context>
    <name>ClinicalRecords</name>
    <message>
        <source>an emergency access lasts between 1 minute and 24 hours</source>
            <translation>ein Notfallzugriff dauert zwischen 1 Minute und 24 Stunden</translation>
    </message>
    <message>
        <source>choose a document</source>
            <translation>wählen Sie ein Dokument</translation>
    </message>
    <message>
        <source>choose an ICD-10 code</source>
            <translation>wählen Sie einen ICD-10-Code</translation>
    </message>
    <message>
        <source>choose the record to correct</source>
            <translation>wählen Sie den zu korrigierenden Eintrag</translation>
    </message>
    <message>
        <source>could not draw a random patient id</source>
            <translation>es konnte keine zufällige Patienten-ID erzeugt werden</translation>
    </message>
    <message>
        <source>enter at least one measurement</source>
            <translation>geben Sie mindestens einen Messwert ein</translation>
    </message>
    <message>
        <source>enter both the systolic and the diastolic pressure</source>
            <translation>geben Sie den systolischen und den diastolischen Druck ein</translation>
    </message>
    <message>
        <source>enter the medication</source>
            <translation>geben Sie das Medikament ein</translation>
    </message>
    <message>
        <source>enter the substance the patient is allergic to</source>
            <translation>geben Sie die Substanz ein, gegen die der Patient allergisch ist</translation>
    </message>
    <message>
        <source>no patient is selected</source>
            <translation>kein Patient ausgewählt</translation>
    </message>
    <message>
        <source>no patient with that id on this node</source>
            <translation>kein Patient mit dieser ID auf diesem Knoten</translation>
    </message>
    <message>
        <source>only a physician may break the glass</source>
            <translation>nur ein Arzt darf den Notfallzugriff auslösen</translation>
    </message>
    <message>
        <source>only a physician may record a consent directive</source>
            <translation>nur ein Arzt darf eine Einwilligungsverfügung erfassen</translation>
    </message>
    <message>
        <source>say why the record is wrong</source>
            <translation>geben Sie an, warum der Eintrag falsch ist</translation>
    </message>
    <message>
        <source>state why you need emergency access</source>
            <translation>begründen Sie, warum Sie Notfallzugriff benötigen</translation>
    </message>
    <message>
        <source>the patient&apos;s consent restricts this chart: break the glass, stating why, to open it</source>
            <translation>die Einwilligung des Patienten beschränkt diese Akte: lösen Sie den Notfallzugriff mit Begründung aus, um sie zu öffnen</translation>
    </message>
    <message>
        <source>the registration was signed but cannot be read back</source>
            <translation>die Registrierung wurde signiert, kann aber nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>write the note before signing it</source>
            <translation>schreiben Sie die Notiz, bevor Sie sie signieren</translation>
    </message>
    <message>
        <source>your role does not attach documents</source>
            <translation>Ihre Rolle hängt keine Dokumente an</translation>
    </message>
    <message>
        <source>your role does not edit registrations</source>
            <translation>Ihre Rolle bearbeitet keine Registrierungen</translation>
    </message>
    <message>
        <source>your role does not link registrations</source>
            <translation>Ihre Rolle verknüpft keine Registrierungen</translation>
    </message>
    <message>
        <source>your role does not open clinical charts; ask a physician or nurse</source>
            <translation>Ihre Rolle öffnet keine klinischen Akten; fragen Sie einen Arzt oder eine Pflegekraft</translation>
    </message>
    <message>
        <source>your role does not open clinical documents</source>
            <translation>Ihre Rolle öffnet keine klinischen Dokumente</translation>
    </message>
    <message>
        <source>your role does not open the emergency summary; ask a physician or nurse</source>
            <translation>Ihre Rolle öffnet die Notfallübersicht nicht; fragen Sie einen Arzt oder eine Pflegekraft</translation>
    </message>
</context>
<context>
    <name>ConsentGate</name>
    <message>
        <source>Chart restricted by the patient</source>
            <translation>Akte vom Patienten eingeschränkt</translation>
    </message>
    <message>
        <source>Chart restriction lifted by the patient</source>
            <translation>Einschränkung der Akte vom Patienten aufgehoben</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>a database already exists at %1</source>
            <translation>unter %1 gibt es bereits eine Datenbank</translation>
    </message>
    <message>
        <source>a database key is 32 bytes</source>
            <translation>ein Datenbankschlüssel ist 32 Bytes lang</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
            <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: wrong key or damaged database (%2)</source>
            <translation>%1 kann nicht gelesen werden: falscher Schlüssel oder beschädigte Datenbank (%2)</translation>
    </message>
    <message>
        <source>cannot set the database key: %1</source>
            <translation>der Datenbankschlüssel kann nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>database error preparing a statement: %1</source>
            <translation>Datenbankfehler beim Vorbereiten einer Anweisung: %1</translation>
    </message>
    <message>
        <source>database error: %1</source>
            <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>database is not open</source>
            <translation>Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>no database at %1</source>
            <translation>keine Datenbank unter %1</translation>
    </message>
    <message>
        <source>re-keying the database failed: %1</source>
            <translation>Neuverschlüsselung der Datenbank fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseRekey</name>
    <message>
        <source>cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
            <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot sync %1: %2</source>
            <translation>%1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <source>only an administrator holding the clinic root key can re-key the database</source>
            <translation>Nur eine Administratorin oder ein Administrator mit dem Stammschlüssel der Klinik kann die Datenbank neu verschlüsseln</translation>
    </message>
    <message>
        <source>the database is still in use by another connection of this program; close it and try again</source>
            <translation>Die Datenbank wird noch von einer anderen Verbindung dieses Programms benutzt; schließen Sie sie und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the database still has a write-ahead log; try again</source>
            <translation>Die Datenbank hat noch ein Write-Ahead-Log; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the re-encrypted copy does not hold the same rows as the database</source>
            <translation>Die neu verschlüsselte Kopie enthält nicht dieselben Zeilen wie die Datenbank</translation>
    </message>
    <message>
        <source>the re-encrypted copy does not pass its check: %1</source>
            <translation>Die neu verschlüsselte Kopie besteht ihre Prüfung nicht: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseSnapshot</name>
    <message>
        <source>cannot start the database snapshot: %1</source>
            <translation>die Datenbank-Momentaufnahme kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>the database snapshot failed: %1</source>
            <translation>die Datenbank-Momentaufnahme ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Ed25519</name>
    <message>
        <source>an Ed25519 private key is 32 bytes</source>
            <translation>ein privater Ed25519-Schlüssel ist 32 Bytes lang</translation>
    </message>
    <message>
        <source>an Ed25519 public key is 32 bytes, got %1</source>
            <translation>ein öffentlicher Ed25519-Schlüssel ist 32 Bytes lang, erhalten %1</translation>
    </message>
    <message>
        <source>could not derive the Ed25519 public key</source>
            <translation>der öffentliche Ed25519-Schlüssel konnte nicht abgeleitet werden</translation>
    </message>
    <message>
        <source>not a valid Ed25519 private key</source>
            <translation>kein gültiger privater Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>not a valid Ed25519 public key</source>
            <translation>kein gültiger öffentlicher Ed25519-Schlüssel</translation>
    </message>
</context>
<context>
    <name>EmergencyCard</name>
    <message>
        <source>Active problems</source>
            <translation>Aktive Probleme</translation>
    </message>
    <message>
        <source>Allergies</source>
            <translation>Allergien</translation>
    </message>
    <message>
        <source>Blood group</source>
            <translation>Blutgruppe</translation>
    </message>
    <message>
        <source>Born</source>
            <translation>Geboren</translation>
    </message>
    <message>
        <source>EMERGENCY CARD</source>
            <translation>NOTFALLKARTE</translation>
    </message>
    <message>
        <source>Emergency card</source>
            <translation>Notfallkarte</translation>
    </message>
    <message>
        <source>Issued</source>
            <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Medications</source>
            <translation>Medikamente</translation>
    </message>
    <message>
        <source>NEVER RECORDED - ask before giving any drug</source>
            <translation>NIE ERFASST - vor jeder Medikamentengabe erfragen</translation>
    </message>
    <message>
        <source>Name</source>
            <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
            <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Signed by node</source>
            <translation>Signiert von Knoten</translation>
    </message>
    <message>
        <source>The QR code carries this summary signed by the issuing MediLock node. Check it with &quot;medilock-cli card verify&quot; on any node. Information as of the issue time only.</source>
            <translation>Der QR-Code enthält diese Übersicht, signiert vom ausstellenden MediLock-Knoten. Prüfen Sie ihn mit „medilock-cli card verify“ auf einem beliebigen Knoten. Angaben nur zum Ausstellungszeitpunkt.</translation>
    </message>
    <message>
        <source>allergies are given although the card says there are none</source>
            <translation>Allergien sind angegeben, obwohl die Karte sagt, es gebe keine</translation>
    </message>
    <message>
        <source>allergies are said to be recorded but none is given</source>
            <translation>Allergien sollen erfasst sein, aber keine ist angegeben</translation>
    </message>
    <message>
        <source>cannot draw the PDF %1</source>
            <translation>das PDF %1 kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>cannot finish the PDF %1</source>
            <translation>das PDF %1 kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>choose where to save the emergency card</source>
            <translation>wählen Sie, wo die Notfallkarte gespeichert werden soll</translation>
    </message>
    <message>
        <source>drawing a PDF needs a QGuiApplication</source>
            <translation>zum Zeichnen eines PDF ist eine QGuiApplication nötig</translation>
    </message>
    <message>
        <source>no known allergies</source>
            <translation>keine bekannten Allergien</translation>
    </message>
    <message>
        <source>no node key to sign the card with</source>
            <translation>kein Knotenschlüssel, mit dem die Karte signiert werden kann</translation>
    </message>
    <message>
        <source>no patient is selected</source>
            <translation>kein Patient ausgewählt</translation>
    </message>
    <message>
        <source>no patient with that id on this node</source>
            <translation>kein Patient mit dieser ID auf diesem Knoten</translation>
    </message>
    <message>
        <source>none active</source>
            <translation>keine aktiven</translation>
    </message>
    <message>
        <source>none current</source>
            <translation>keine aktuellen</translation>
    </message>
    <message>
        <source>not recorded</source>
            <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>the QR module size must be between 1 and 64 pixels</source>
            <translation>die QR-Modulgröße muss zwischen 1 und 64 Pixeln liegen</translation>
    </message>
    <message>
        <source>the card has no issue time</source>
            <translation>die Karte hat keinen Ausstellungszeitpunkt</translation>
    </message>
    <message>
        <source>the card is signed but not in canonical form</source>
            <translation>die Karte ist signiert, aber nicht in kanonischer Form</translation>
    </message>
    <message>
        <source>the card&apos;s %1 line is not in canonical form</source>
            <translation>die Zeile %1 der Karte ist nicht in kanonischer Form</translation>
    </message>
    <message>
        <source>the card&apos;s allergies line is not in canonical form</source>
            <translation>die Allergiezeile der Karte ist nicht in kanonischer Form</translation>
    </message>
    <message>
        <source>the card&apos;s essentials do not fit in one QR code</source>
            <translation>die wesentlichen Angaben der Karte passen nicht in einen QR-Code</translation>
    </message>
    <message>
        <source>the card&apos;s issue time is malformed</source>
            <translation>der Ausstellungszeitpunkt der Karte ist fehlerhaft</translation>
    </message>
    <message>
        <source>the card&apos;s line %1 is not in canonical form</source>
            <translation>Zeile %1 der Karte ist nicht in kanonischer Form</translation>
    </message>
    <message>
        <source>the card&apos;s line %1 should begin with &quot;%2&quot;</source>
            <translation>Zeile %1 der Karte sollte mit „%2“ beginnen</translation>
    </message>
    <message>
        <source>the card&apos;s node key is malformed</source>
            <translation>der Knotenschlüssel der Karte ist fehlerhaft</translation>
    </message>
    <message>
        <source>the card&apos;s signature does not verify: it was altered or not signed by the key it names</source>
            <translation>die Signatur der Karte ist ungültig: sie wurde verändert oder nicht mit dem genannten Schlüssel signiert</translation>
    </message>
    <message>
        <source>the card&apos;s signature is malformed</source>
            <translation>die Signatur der Karte ist fehlerhaft</translation>
    </message>
    <message>
        <source>the card&apos;s text does not fit in a QR code</source>
            <translation>der Text der Karte passt nicht in einen QR-Code</translation>
    </message>
    <message>
        <source>the patient has no name to put on the card</source>
            <translation>der Patient hat keinen Namen für die Karte</translation>
    </message>
    <message>
        <source>the patient&apos;s consent restricts this chart: break the glass, stating why, to issue a card</source>
            <translation>die Einwilligung des Patienten schränkt diese Akte ein: Notfallzugriff mit Begründung, um eine Karte auszustellen</translation>
    </message>
    <message>
        <source>this is not a MediLock emergency card (version 1)</source>
            <translation>dies ist keine MediLock-Notfallkarte (Version 1)</translation>
    </message>
    <message>
        <source>this is not an emergency card: it is longer than any card</source>
            <translation>dies ist keine Notfallkarte: sie ist länger als jede Karte</translation>
    </message>
    <message>
        <source>this is not an emergency card: the text is not valid UTF-8</source>
            <translation>dies ist keine Notfallkarte: der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>unknown</source>
            <translation>unbekannt</translation>
    </message>
    <message>
        <source>your role does not read charts, so it cannot issue emergency cards</source>
            <translation>Ihre Rolle liest keine Akten und kann daher keine Notfallkarten ausstellen</translation>
    </message>
</context>
<context>
    <name>EmergencyDocument</name>
    <message>
        <source> — criticality: %1</source>
            <translation> — Schweregrad: %1</translation>
    </message>
    <message>
        <source> — reaction: %1</source>
            <translation> — Reaktion: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
            <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
            <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <source>ALLERGIES</source>
            <translation>ALLERGIEN</translation>
    </message>
    <message>
        <source>Active problems</source>
            <translation>Aktive Probleme</translation>
    </message>
    <message>
        <source>Blood group</source>
            <translation>Blutgruppe</translation>
    </message>
    <message>
        <source>Current medications</source>
            <translation>Aktuelle Medikation</translation>
    </message>
    <message>
        <source>EMERGENCY SUMMARY</source>
            <translation>NOTFALLÜBERSICHT</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
            <translation>Notfallkontakte</translation>
    </message>
    <message>
        <source>Emergency summary</source>
            <translation>Notfallübersicht</translation>
    </message>
    <message>
        <source>Implanted devices</source>
            <translation>Implantate</translation>
    </message>
    <message>
        <source>Last encounter</source>
            <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Patient id %1</source>
            <translation>Patienten-ID %1</translation>
    </message>
    <message>
        <source>Printed by %1 at %2 on %3, from the signed records on this workstation. Check the live record before acting on a paper copy.</source>
            <translation>Gedruckt von %1 um %2 am %3 aus den signierten Einträgen dieses Arbeitsplatzes. Prüfen Sie die aktuelle Akte, bevor Sie nach einem Ausdruck handeln.</translation>
    </message>
    <message numerus="yes">
        <source>born %1 (%n year(s))</source>
            <translation>
                <numerusform>geb. %1 (%n Jahr)</numerusform>
                <numerusform>geb. %1 (%n Jahre)</numerusform>
            </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>choose where to save the PDF</source>
            <translation>wählen Sie, wo das PDF gespeichert werden soll</translation>
    </message>
    <message>
        <source>none recorded</source>
            <translation>nichts erfasst</translation>
    </message>
    <message>
        <source>unknown — not recorded</source>
            <translation>unbekannt — nicht erfasst</translation>
    </message>
</context>
<context>
    <name>EmergencyPage</name>
    <message>
        <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>an entry&apos;s payload is limited to %1 bytes</source>
            <translation>die Nutzdaten eines Eintrags sind auf %1 Bytes begrenzt</translation>
    </message>
    <message>
        <source>entry id is zero</source>
            <translation>Eintrags-ID ist null</translation>
    </message>
    <message>
        <source>entry kind %1 has a wrong patient id</source>
            <translation>Eintragsart %1 hat eine falsche Patienten-ID</translation>
    </message>
    <message>
        <source>entry kind %1 must not carry a patient id</source>
            <translation>Eintragsart %1 darf keine Patienten-ID tragen</translation>
    </message>
    <message>
        <source>entry kind %1 needs a patient id</source>
            <translation>Eintragsart %1 braucht eine Patienten-ID</translation>
    </message>
    <message>
        <source>entry length does not match its payload length</source>
            <translation>Eintragslänge passt nicht zur Länge der Nutzdaten</translation>
    </message>
    <message>
        <source>entry payload length %1 exceeds the limit</source>
            <translation>Länge der Nutzdaten %1 überschreitet die Grenze</translation>
    </message>
    <message>
        <source>entry too long (%1 bytes)</source>
            <translation>Eintrag zu lang (%1 Bytes)</translation>
    </message>
    <message>
        <source>entry too short (%1 bytes)</source>
            <translation>Eintrag zu kurz (%1 Bytes)</translation>
    </message>
    <message>
        <source>entry truncated</source>
            <translation>Eintrag abgeschnitten</translation>
    </message>
    <message>
        <source>unknown entry kind %1</source>
            <translation>unbekannte Eintragsart %1</translation>
    </message>
    <message>
        <source>unknown entry version %1</source>
            <translation>unbekannte Eintragsversion %1</translation>
    </message>
</context>
<context>
    <name>FhirCodeLabel</name>
    <message>
        <source>active</source>
            <translation>aktiv</translation>
    </message>
    <message>
        <source>amended</source>
            <translation>geändert</translation>
    </message>
    <message>
        <source>cancelled</source>
            <translation>storniert</translation>
    </message>
    <message>
        <source>completed</source>
            <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>confirmed</source>
            <translation>bestätigt</translation>
    </message>
    <message>
        <source>corrected</source>
            <translation>korrigiert</translation>
    </message>
    <message>
        <source>current</source>
            <translation>aktuell</translation>
    </message>
    <message>
        <source>draft</source>
            <translation>Entwurf</translation>
    </message>
    <message>
        <source>entered in error</source>
            <translation>fehlerhaft erfasst</translation>
    </message>
    <message>
        <source>final</source>
            <translation>endgültig</translation>
    </message>
    <message>
        <source>finished</source>
            <translation>beendet</translation>
    </message>
    <message>
        <source>high</source>
            <translation>hoch</translation>
    </message>
    <message>
        <source>in progress</source>
            <translation>laufend</translation>
    </message>
    <message>
        <source>inactive</source>
            <translation>inaktiv</translation>
    </message>
    <message>
        <source>intended</source>
            <translation>geplant</translation>
    </message>
    <message>
        <source>low</source>
            <translation>niedrig</translation>
    </message>
    <message>
        <source>not taken</source>
            <translation>nicht eingenommen</translation>
    </message>
    <message>
        <source>on hold</source>
            <translation>pausiert</translation>
    </message>
    <message>
        <source>planned</source>
            <translation>geplant</translation>
    </message>
    <message>
        <source>preliminary</source>
            <translation>vorläufig</translation>
    </message>
    <message>
        <source>provisional</source>
            <translation>vorläufig</translation>
    </message>
    <message>
        <source>recurrence</source>
            <translation>Rezidiv</translation>
    </message>
    <message>
        <source>refuted</source>
            <translation>widerlegt</translation>
    </message>
    <message>
        <source>registered</source>
            <translation>registriert</translation>
    </message>
    <message>
        <source>relapse</source>
            <translation>Rückfall</translation>
    </message>
    <message>
        <source>remission</source>
            <translation>Remission</translation>
    </message>
    <message>
        <source>resolved</source>
            <translation>abgeklungen</translation>
    </message>
    <message>
        <source>stopped</source>
            <translation>abgesetzt</translation>
    </message>
    <message>
        <source>superseded</source>
            <translation>ersetzt</translation>
    </message>
    <message>
        <source>unable to assess</source>
            <translation>nicht beurteilbar</translation>
    </message>
    <message>
        <source>unconfirmed</source>
            <translation>unbestätigt</translation>
    </message>
    <message>
        <source>unknown</source>
            <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>FhirCompositionSignature</name>
    <message>
        <source>no node key to sign the Composition with</source>
            <translation>kein Knotenschlüssel, mit dem die Composition signiert werden kann</translation>
    </message>
    <message>
        <source>the Composition is larger than a signed Composition may be</source>
            <translation>die Composition ist größer, als eine signierte Composition sein darf</translation>
    </message>
    <message>
        <source>the node signature has the wrong size</source>
            <translation>die Knotensignatur hat die falsche Größe</translation>
    </message>
    <message>
        <source>the node signature is not version 1</source>
            <translation>die Knotensignatur ist nicht Version 1</translation>
    </message>
    <message>
        <source>the node&apos;s Ed25519 signature does not verify</source>
            <translation>die Ed25519-Signatur des Knotens ist ungültig</translation>
    </message>
</context>
<context>
    <name>FhirExportVerifier</name>
    <message>
        <source>%1: a MediLock Provenance has exactly one target and one signature</source>
            <translation>%1: eine MediLock-Provenance hat genau ein Ziel und eine Signatur</translation>
    </message>
    <message>
        <source>%1: a second Provenance for %2</source>
            <translation>%1: eine zweite Provenance für %2</translation>
    </message>
    <message>
        <source>%1: no Provenance of the exporting node signs the Composition</source>
            <translation>%1: keine Provenance des exportierenden Knotens signiert die Composition</translation>
    </message>
    <message>
        <source>%1: no Provenance signs this resource</source>
            <translation>%1: keine Provenance signiert diese Ressource</translation>
    </message>
    <message>
        <source>%1: the Composition differs from what the exporting node signed</source>
            <translation>%1: die Composition weicht von dem ab, was der exportierende Knoten signiert hat</translation>
    </message>
    <message>
        <source>%1: the Composition&apos;s node signature is invalid: %2</source>
            <translation>%1: die Knotensignatur der Composition ist ungültig: %2</translation>
    </message>
    <message>
        <source>%1: the Provenance&apos;s target is not the signed entry&apos;s resource</source>
            <translation>%1: das Ziel der Provenance ist nicht die Ressource des signierten Eintrags</translation>
    </message>
    <message>
        <source>%1: the author named is not the key that signed the entry</source>
            <translation>%1: der genannte Autor ist nicht der Schlüssel, der den Eintrag signiert hat</translation>
    </message>
    <message>
        <source>%1: the entry&apos;s Ed25519 signature does not verify</source>
            <translation>%1: die Ed25519-Signatur des Eintrags ist ungültig</translation>
    </message>
    <message>
        <source>%1: the node named is not the key that signed the Composition</source>
            <translation>%1: der genannte Knoten ist nicht der Schlüssel, der die Composition signiert hat</translation>
    </message>
    <message>
        <source>%1: the resource differs from what its author signed</source>
            <translation>%1: die Ressource weicht von dem ab, was ihr Autor signiert hat</translation>
    </message>
    <message>
        <source>%1: the same resource appears twice</source>
            <translation>%1: dieselbe Ressource kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1: the signature data is not base64</source>
            <translation>%1: die Signaturdaten sind kein Base64</translation>
    </message>
    <message>
        <source>%1: the signature is not a MediLock entry (sigFormat)</source>
            <translation>%1: die Signatur ist kein MediLock-Eintrag (sigFormat)</translation>
    </message>
    <message>
        <source>%1: the signed Composition is not a JSON resource: %2</source>
            <translation>%1: die signierte Composition ist keine JSON-Ressource: %2</translation>
    </message>
    <message>
        <source>%1: the signed entry is malformed: %2</source>
            <translation>%1: der signierte Eintrag ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>%1: the signed payload is not a JSON resource: %2</source>
            <translation>%1: die signierten Nutzdaten sind keine JSON-Ressource: %2</translation>
    </message>
    <message>
        <source>a Provenance signs a resource that is not in the Bundle</source>
            <translation>eine Provenance signiert eine Ressource, die nicht im Bundle ist</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
            <translation>kein JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>not a FHIR Bundle</source>
            <translation>kein FHIR-Bundle</translation>
    </message>
</context>
<context>
    <name>FhirExporter</name>
    <message>
        <source>Allergies were never recorded for this patient.</source>
            <translation>Für diesen Patienten wurden nie Allergien erfasst.</translation>
    </message>
    <message>
        <source>Medications were never recorded for this patient.</source>
            <translation>Für diesen Patienten wurde nie Medikation erfasst.</translation>
    </message>
    <message>
        <source>No active problem recorded; earlier problems are resolved or inactive.</source>
            <translation>Kein aktives Problem erfasst; frühere Probleme sind abgeklungen oder inaktiv.</translation>
    </message>
    <message>
        <source>No current allergy or intolerance recorded.</source>
            <translation>Keine aktuelle Allergie oder Unverträglichkeit erfasst.</translation>
    </message>
    <message>
        <source>No current medication recorded.</source>
            <translation>Keine aktuelle Medikation erfasst.</translation>
    </message>
    <message>
        <source>Problems were never recorded for this patient.</source>
            <translation>Für diesen Patienten wurden nie Probleme erfasst.</translation>
    </message>
    <message>
        <source>no patient with that id on this node</source>
            <translation>kein Patient mit dieser ID auf diesem Knoten</translation>
    </message>
    <message>
        <source>the patient has no registration to summarise</source>
            <translation>der Patient hat keine Registrierung, die zusammengefasst werden könnte</translation>
    </message>
</context>
<context>
    <name>FhirImportPlan</name>
    <message>
        <source>%1 &apos;%2&apos; is not a valid date</source>
            <translation>%1 &apos;%2&apos; ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a valid resource id</source>
            <translation>%1 &apos;%2&apos; ist keine gültige Ressourcen-ID</translation>
    </message>
    <message>
        <source>%1 has no resource</source>
            <translation>%1 hat keine Ressource</translation>
    </message>
    <message>
        <source>%1 has no resourceType</source>
            <translation>%1 hat keinen resourceType</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
            <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <source>%1 is not a resource</source>
            <translation>%1 ist keine Ressource</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
            <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
            <translation>%1 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>%1.fullUrl is not a string</source>
            <translation>%1.fullUrl ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1: %2</source>
            <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 reference &apos;%3&apos; leads into a reference loop</source>
            <translation>%1: %2-Verweis &apos;%3&apos; führt in eine Verweisschleife</translation>
    </message>
    <message>
        <source>%1: a string is longer than %2 MiB</source>
            <translation>%1: eine Zeichenkette ist länger als %2 MiB</translation>
    </message>
    <message>
        <source>%1: fullUrl &apos;%2&apos; is used by two entries</source>
            <translation>%1: fullUrl &apos;%2&apos; wird von zwei Einträgen verwendet</translation>
    </message>
    <message>
        <source>%1: nested deeper than %2 levels</source>
            <translation>%1: tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>%1: request method &apos;%2&apos; cannot be imported: the ledger adds records, it never changes or deletes them</source>
            <translation>%1: Anfragemethode &apos;%2&apos; kann nicht importiert werden: das Ledger fügt Einträge hinzu, es ändert oder löscht sie nie</translation>
    </message>
    <message>
        <source>%1: the key appears twice in one object</source>
            <translation>%1: der Schlüssel kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>%1: the resource takes %2 KiB, more than one ledger record may hold (%3 KiB)</source>
            <translation>%1: die Ressource belegt %2 KiB, mehr als ein Ledger-Eintrag fassen kann (%3 KiB)</translation>
    </message>
    <message>
        <source>%1resourceType &apos;%2&apos; is not a FHIR resource type</source>
            <translation>%1resourceType &apos;%2&apos; ist kein FHIR-Ressourcentyp</translation>
    </message>
    <message>
        <source>Bundle.entry is not a list</source>
            <translation>Bundle.entry ist keine Liste</translation>
    </message>
    <message>
        <source>Bundle.type &apos;%1&apos; cannot be imported; expected transaction, batch, collection, searchset or document</source>
            <translation>Bundle.type &apos;%1&apos; kann nicht importiert werden; erwartet: transaction, batch, collection, searchset oder document</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
            <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>resourceType &apos;%1&apos; is not a FHIR resource type</source>
            <translation>resourceType &apos;%1&apos; ist kein FHIR-Ressourcentyp</translation>
    </message>
    <message>
        <source>the file does not hold a FHIR resource (a JSON object)</source>
            <translation>die Datei enthält keine FHIR-Ressource (ein JSON-Objekt)</translation>
    </message>
    <message>
        <source>the file has no resourceType</source>
            <translation>die Datei hat keinen resourceType</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
            <translation>die Datei ist größer als %1 MiB</translation>
    </message>
</context>
<context>
    <name>FhirImporter</name>
    <message>
        <source>%1: nothing imported: %2</source>
            <translation>%1: nichts importiert: %2</translation>
    </message>
    <message>
        <source>imports are signed by a user; sign in as one</source>
            <translation>Importe werden von einem Benutzer signiert; melden Sie sich als Benutzer an</translation>
    </message>
</context>
<context>
    <name>Hex</name>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal digit</source>
            <translation>&apos;%1&apos; ist keine Hexadezimalziffer</translation>
    </message>
    <message>
        <source>expected %1 hexadecimal digits, got %2</source>
            <translation>%1 Hexadezimalziffern erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>hexadecimal text has an odd number of digits</source>
            <translation>Hexadezimaltext hat eine ungerade Anzahl Ziffern</translation>
    </message>
</context>
<context>
    <name>KeyWrap</name>
    <message>
        <source>a wrapped key is %1 bytes</source>
            <translation>Ein eingehüllter Schlüssel ist %1 Bytes lang</translation>
    </message>
    <message>
        <source>a wrapped key, its nonce or its recipient has the wrong size</source>
            <translation>Ein eingehüllter Schlüssel, seine Nonce oder sein Empfänger hat die falsche Größe</translation>
    </message>
    <message>
        <source>the wrapped database key does not open: wrong slot key or altered keyring</source>
            <translation>Der eingehüllte Datenbankschlüssel lässt sich nicht öffnen: falscher Slot-Schlüssel oder veränderter Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>&apos;%1&apos; is not a valid user name (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 64)</source>
            <translation>&apos;%1&apos; ist kein gültiger Benutzername (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, höchstens 64)</translation>
    </message>
    <message>
        <source>a database key is 32 bytes</source>
            <translation>Ein Datenbankschlüssel ist 32 Bytes lang</translation>
    </message>
    <message>
        <source>a keyring needs at least one slot</source>
            <translation>ein Schlüsselbund braucht mindestens einen Platz</translation>
    </message>
    <message>
        <source>a re-key of this node&apos;s database is unfinished; open the node once to complete it</source>
            <translation>Eine Neuverschlüsselung der Datenbank dieses Knotens ist nicht abgeschlossen; öffnen Sie den Knoten einmal, um sie abzuschließen</translation>
    </message>
    <message>
        <source>a version 1 slot cannot take part in a re-key</source>
            <translation>Ein Slot der Version 1 kann nicht an einer Neuverschlüsselung teilnehmen</translation>
    </message>
    <message>
        <source>bad re-key state</source>
            <translation>ungültiger Neuverschlüsselungszustand</translation>
    </message>
    <message>
        <source>bad sealed length</source>
            <translation>ungültige versiegelte Länge</translation>
    </message>
    <message>
        <source>bad slot name</source>
            <translation>ungültiger Platzname</translation>
    </message>
    <message>
        <source>cannot re-key while these keyring slots are still in the version 1 layout: %1 (each is upgraded when its owner next signs in; or revoke it)</source>
            <translation>Neuverschlüsselung nicht möglich, solange diese Slots des Schlüsselbunds noch im Format der Version 1 sind: %1 (jeder wird bei der nächsten Anmeldung seines Inhabers umgestellt; oder widerrufen Sie ihn)</translation>
    </message>
    <message>
        <source>duplicate slot</source>
            <translation>doppelter Platz</translation>
    </message>
    <message>
        <source>no re-key is pending</source>
            <translation>Keine Neuverschlüsselung ausstehend</translation>
    </message>
    <message>
        <source>not a MediLock keyring file</source>
            <translation>keine MediLock-Schlüsselbunddatei</translation>
    </message>
    <message>
        <source>scrypt parameters out of bounds</source>
            <translation>scrypt-Parameter außerhalb der Grenzen</translation>
    </message>
    <message>
        <source>slot secrets have the wrong size</source>
            <translation>die Geheimnisse des Platzes haben die falsche Größe</translation>
    </message>
    <message>
        <source>the keyring file is damaged at byte %1: %2</source>
            <translation>die Schlüsselbunddatei ist bei Byte %1 beschädigt: %2</translation>
    </message>
    <message>
        <source>the keyring file is damaged: %1 unexpected bytes at its end (byte %2)</source>
            <translation>Die Schlüsselbunddatei ist beschädigt: %1 unerwartete Bytes an ihrem Ende (Byte %2)</translation>
    </message>
    <message>
        <source>the keyring file is damaged: bad slot count</source>
            <translation>die Schlüsselbunddatei ist beschädigt: ungültige Anzahl der Plätze</translation>
    </message>
    <message>
        <source>the keyring is full (%1 slots)</source>
            <translation>der Schlüsselbund ist voll (%1 Plätze)</translation>
    </message>
    <message>
        <source>the keyring slot of &apos;%1&apos; has an altered public key</source>
            <translation>Der Schlüsselbund-Slot von „%1“ hat einen veränderten öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>the keyring slot of &apos;%1&apos; has an unknown layout</source>
            <translation>der Schlüsselbundplatz von &apos;%1&apos; hat einen unbekannten Aufbau</translation>
    </message>
    <message>
        <source>the keyring slot of &apos;%1&apos; is already in the version 2 layout</source>
            <translation>Der Schlüsselbund-Slot von „%1“ ist bereits im Format der Version 2</translation>
    </message>
    <message>
        <source>the keyring&apos;s key generation is exhausted</source>
            <translation>Die Schlüsselgeneration des Schlüsselbunds ist erschöpft</translation>
    </message>
    <message>
        <source>there is already a user &apos;%1&apos; on this node</source>
            <translation>auf diesem Knoten gibt es bereits einen Benutzer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no user &apos;%1&apos; on this node</source>
            <translation>auf diesem Knoten gibt es keinen Benutzer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>truncated</source>
            <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
            <translation>unbekannte Schlüsselableitung</translation>
    </message>
    <message>
        <source>unknown slot layout</source>
            <translation>unbekanntes Slot-Format</translation>
    </message>
    <message>
        <source>unsupported keyring version %1</source>
            <translation>nicht unterstützte Schlüsselbundversion %1</translation>
    </message>
    <message>
        <source>wrong passphrase for &apos;%1&apos;</source>
            <translation>falsche Passphrase für &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>%1 chart accesses already wait to be sealed on this restored node, the most it keeps; no further chart opens until it has caught up with its own chain from a peer, or an administrator without peers runs &apos;medilock-cli resume-signing&apos;</source>
            <translation>auf diesem wiederhergestellten Knoten warten bereits %1 Aktenzugriffe auf die Versiegelung, mehr hält er nicht vor; keine weitere Akte öffnet sich, bis er seine eigene Kette von einem Partner zurückerhalten hat oder ein Administrator ohne Partner &apos;medilock-cli resume-signing&apos; ausführt</translation>
    </message>
    <message>
        <source>a sealed block did not survive its own encoding</source>
            <translation>ein versiegelter Block hat seine eigene Kodierung nicht überstanden</translation>
    </message>
    <message>
        <source>a stored administrative entry is damaged: %1</source>
            <translation>ein gespeicherter administrativer Eintrag ist beschädigt: %1</translation>
    </message>
    <message>
        <source>bad signature</source>
            <translation>ungültige Signatur</translation>
    </message>
    <message>
        <source>block at height %1 of %2 does not follow a stored block</source>
            <translation>Block auf Höhe %1 von %2 folgt auf keinen gespeicherten Block</translation>
    </message>
    <message>
        <source>block at height %1 of %2: cumulative entry count does not add up</source>
            <translation>Block auf Höhe %1 von %2: kumulative Eintragszahl geht nicht auf</translation>
    </message>
    <message>
        <source>block at height %1 of %2: previous hash does not link to the stored chain</source>
            <translation>Block auf Höhe %1 von %2: Vorgänger-Hash verweist nicht auf die gespeicherte Kette</translation>
    </message>
    <message>
        <source>block origin %1 is not a node certified by a trusted clinic</source>
            <translation>Blockursprung %1 ist kein von einer vertrauenswürdigen Klinik zertifizierter Knoten</translation>
    </message>
    <message>
        <source>duplicate entry id</source>
            <translation>doppelte Eintrags-ID</translation>
    </message>
    <message>
        <source>entry %1 (position %2 in block at height %3 of %4): %5</source>
            <translation>Eintrag %1 (Position %2 im Block auf Höhe %3 von %4): %5</translation>
    </message>
    <message>
        <source>entry %1 in block at height %2 of %3: %4</source>
            <translation>Eintrag %1 im Block auf Höhe %2 von %3: %4</translation>
    </message>
    <message>
        <source>entry id already on the ledger</source>
            <translation>Eintrags-ID ist bereits im Ledger</translation>
    </message>
    <message>
        <source>not an access entry</source>
            <translation>kein Zugriffseintrag</translation>
    </message>
    <message>
        <source>only chart accesses are recorded this way</source>
            <translation>nur Zugriffe auf Akten werden so erfasst</translation>
    </message>
    <message>
        <source>origin %1 equivocated; nothing more is accepted from it</source>
            <translation>Ursprung %1 hat doppelt signiert; von ihm wird nichts mehr angenommen</translation>
    </message>
    <message>
        <source>origin %1 signed two blocks at height %2</source>
            <translation>Ursprung %1 hat auf Höhe %2 zwei Blöcke signiert</translation>
    </message>
    <message>
        <source>queued chart access no. %1 (queued at %2) is damaged: %3; nothing was sealed and every queued access stays queued</source>
            <translation>wartender Aktenzugriff Nr. %1 (eingereiht um %2) ist beschädigt: %3; nichts wurde versiegelt, alle wartenden Zugriffe bleiben in der Warteschlange</translation>
    </message>
    <message>
        <source>the entry is not the one that was queued</source>
            <translation>der Eintrag ist nicht der, der eingereiht wurde</translation>
    </message>
    <message>
        <source>the queued chart accesses do not validate: %1; nothing was sealed and every queued access stays queued</source>
            <translation>die wartenden Aktenzugriffe sind nicht gültig: %1; nichts wurde versiegelt, alle wartenden Zugriffe bleiben in der Warteschlange</translation>
    </message>
    <message>
        <source>this access is already on record</source>
            <translation>dieser Zugriff ist bereits erfasst</translation>
    </message>
    <message>
        <source>this node still waits for its own chain after a restore; queued chart accesses are sealed once it has caught up</source>
            <translation>dieser Knoten wartet nach einer Wiederherstellung noch auf seine eigene Kette; wartende Aktenzugriffe werden versiegelt, sobald er aufgeholt hat</translation>
    </message>
    <message>
        <source>this node was restored from a backup and signs nothing until it has caught up with its own chain from a peer; connect it to a peer, or an administrator without peers runs &apos;medilock-cli resume-signing&apos;</source>
            <translation>dieser Knoten wurde aus einer Sicherung wiederhergestellt und signiert nichts, bis er seine eigene Kette von einem Partner eingeholt hat; verbinden Sie ihn mit einem Partner, oder ein Administrator ohne Partner führt &apos;medilock-cli resume-signing&apos; aus</translation>
    </message>
</context>
<context>
    <name>LedgerVerifier</name>
    <message>
        <source>%1 stored entries belong to no stored block</source>
            <translation>%1 gespeicherte Einträge gehören zu keinem gespeicherten Block</translation>
    </message>
    <message>
        <source>bad origin signature</source>
            <translation>ungültige Ursprungssignatur</translation>
    </message>
    <message>
        <source>block %1</source>
            <translation>Block %1</translation>
    </message>
    <message>
        <source>block %1 (height %2 of origin %3)</source>
            <translation>Block %1 (Höhe %2 von Ursprung %3)</translation>
    </message>
    <message>
        <source>does not link to the previous block of its chain</source>
            <translation>verweist nicht auf den vorherigen Block seiner Kette</translation>
    </message>
    <message>
        <source>entry %1 in %2: %3</source>
            <translation>Eintrag %1 in %2: %3</translation>
    </message>
    <message>
        <source>entry %1 in %2: its stored fields differ from its signed bytes</source>
            <translation>Eintrag %1 in %2: seine gespeicherten Felder weichen von seinen signierten Bytes ab</translation>
    </message>
    <message>
        <source>its entries do not match its entries root</source>
            <translation>seine Einträge passen nicht zu seiner Eintragswurzel</translation>
    </message>
    <message>
        <source>its header does not hash to its name</source>
            <translation>sein Kopf ergibt nicht seinen Namen als Hash</translation>
    </message>
    <message>
        <source>its origin is not a certified node</source>
            <translation>sein Ursprung ist kein zertifizierter Knoten</translation>
    </message>
    <message>
        <source>the database structure is damaged: %1</source>
            <translation>die Datenbankstruktur ist beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>LoginThrottle</name>
    <message>
        <source>could not clear the failed-login record: %1</source>
            <translation>der Eintrag über fehlgeschlagene Anmeldungen konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>could not record the failed login: %1</source>
            <translation>die fehlgeschlagene Anmeldung konnte nicht aufgezeichnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>too many wrong passphrases for &apos;%1&apos;: wait %n second(s) before trying again</source>
            <translation>
                <numerusform>zu viele falsche Passphrasen für &apos;%1&apos;: warten Sie %n Sekunde, bevor Sie es erneut versuchen</numerusform>
                <numerusform>zu viele falsche Passphrasen für &apos;%1&apos;: warten Sie %n Sekunden, bevor Sie es erneut versuchen</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>NodeBackup</name>
    <message>
        <source>%1 already exists; restore into a new directory</source>
            <translation>%1 existiert bereits; stellen Sie in ein neues Verzeichnis wieder her</translation>
    </message>
    <message>
        <source>%1 in the backup is larger than allowed</source>
            <translation>%1 in der Sicherung ist größer als erlaubt</translation>
    </message>
    <message>
        <source>%1 is larger than a backup may hold</source>
            <translation>%1 ist größer, als eine Sicherung enthalten darf</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
            <translation>%1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>a backup passphrase needs at least 12 characters</source>
            <translation>eine Sicherungspassphrase braucht mindestens 12 Zeichen</translation>
    </message>
    <message>
        <source>a peer reported block %1 of this node&apos;s own chain, which is not stored here; signing now would fork the chain. Let the node catch up from that peer (or, if that peer is known to be wrong, override with --despite-peer-head)</source>
            <translation>ein Partner meldete Block %1 der eigenen Kette dieses Knotens, der hier nicht gespeichert ist; jetzt zu signieren würde die Kette spalten. Lassen Sie den Knoten von diesem Partner aufholen (oder, wenn dieser Partner bekanntermaßen falsch liegt, übergehen Sie mit --despite-peer-head)</translation>
    </message>
    <message>
        <source>cannot create a directory in %1: %2</source>
            <translation>in %1 kann kein Verzeichnis angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot create a scratch directory in %1: %2</source>
            <translation>in %1 kann kein Arbeitsverzeichnis angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
            <translation>das Verzeichnis %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot move the restored node to %1</source>
            <translation>der wiederhergestellte Knoten kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>only an administrator can back up the node</source>
            <translation>nur ein Administrator kann den Knoten sichern</translation>
    </message>
    <message>
        <source>only an administrator can let a restored node sign again</source>
            <translation>nur ein Administrator kann einen wiederhergestellten Knoten wieder signieren lassen</translation>
    </message>
    <message>
        <source>scrypt parameters out of bounds</source>
            <translation>scrypt-Parameter außerhalb der Grenzen</translation>
    </message>
    <message>
        <source>the backup holds %1 twice</source>
            <translation>die Sicherung enthält %1 zweimal</translation>
    </message>
    <message>
        <source>the backup holds a file this program does not restore</source>
            <translation>die Sicherung enthält eine Datei, die dieses Programm nicht wiederherstellt</translation>
    </message>
    <message>
        <source>the backup holds an unknown record type %1</source>
            <translation>die Sicherung enthält einen unbekannten Eintragstyp %1</translation>
    </message>
    <message>
        <source>the backup lacks the database or the keyring</source>
            <translation>der Sicherung fehlt die Datenbank oder der Schlüsselbund</translation>
    </message>
    <message>
        <source>the keyring changed while the backup was taken; run the backup again</source>
            <translation>der Schlüsselbund hat sich während der Sicherung geändert; führen Sie die Sicherung erneut aus</translation>
    </message>
    <message>
        <source>the restored ledger does not verify: %1</source>
            <translation>das wiederhergestellte Ledger besteht die Prüfung nicht: %1</translation>
    </message>
    <message>
        <source>the restored node does not open: %1</source>
            <translation>der wiederhergestellte Knoten lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>this node is not waiting for its own chain; there is nothing to override</source>
            <translation>dieser Knoten wartet nicht auf seine eigene Kette; es gibt nichts zu übergehen</translation>
    </message>
</context>
<context>
    <name>NodeLock</name>
    <message>
        <source>cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot return the node lock to shared use</source>
            <translation>Die Knotensperre kann nicht zur gemeinsamen Nutzung zurückgegeben werden</translation>
    </message>
    <message>
        <source>other programs have this node open (medilockd, the desktop application or another medilock-cli command); stop them and try again</source>
            <translation>Andere Programme haben diesen Knoten geöffnet (medilockd, die Desktop-Anwendung oder ein anderer medilock-cli-Befehl); beenden Sie sie und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the database of this node is being re-keyed; try again when that has finished</source>
            <translation>Die Datenbank dieses Knotens wird gerade neu verschlüsselt; versuchen Sie es erneut, wenn das abgeschlossen ist</translation>
    </message>
</context>
<context>
    <name>NodeMaintenance</name>
    <message>
        <source>A backup passphrase needs at least %1 characters.</source>
            <translation>Eine Sicherungs-Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>NodeService</name>
    <message>
        <source>--listen wants ADDR:PORT with a numeric address, not &apos;%1&apos;</source>
            <translation>--listen erwartet ADRESSE:PORT mit numerischer Adresse, nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>NodeSetup</name>
    <message>
        <source>%1 already holds a MediLock node</source>
            <translation>%1 enthält bereits einen MediLock-Knoten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 64)</source>
            <translation>&apos;%1&apos; ist kein gültiger Benutzername (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, höchstens 64)</translation>
    </message>
    <message>
        <source>a clinic name needs 1 to 120 characters</source>
            <translation>ein Klinikname braucht 1 bis 120 Zeichen</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
            <translation>das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>a passphrase needs at least %1 characters</source>
            <translation>eine Passphrase braucht mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>no passphrase: set %1 or pass a passphrase file</source>
            <translation>keine Passphrase: setzen Sie %1 oder geben Sie eine Passphrase-Datei an</translation>
    </message>
    <message>
        <source>the passphrase file %1 is empty</source>
            <translation>die Passphrase-Datei %1 ist leer</translation>
    </message>
</context>
<context>
    <name>PatientId</name>
    <message>
        <source>&apos;%1&apos; is not a patient id (32 hexadecimal digits)</source>
            <translation>&apos;%1&apos; ist keine Patienten-ID (32 Hexadezimalziffern)</translation>
    </message>
</context>
<context>
    <name>PatientRegistry</name>
    <message>
        <source>choose two different registrations</source>
            <translation>wählen Sie zwei verschiedene Registrierungen</translation>
    </message>
    <message>
        <source>no patient with that id on this node</source>
            <translation>kein Patient mit dieser ID auf diesem Knoten</translation>
    </message>
    <message>
        <source>nothing was changed</source>
            <translation>es wurde nichts geändert</translation>
    </message>
    <message>
        <source>these registrations are already linked as one person</source>
            <translation>diese Registrierungen sind bereits als eine Person verknüpft</translation>
    </message>
    <message>
        <source>these two registrations were not linked to each other</source>
            <translation>diese beiden Registrierungen waren nicht miteinander verknüpft</translation>
    </message>
</context>
<context>
    <name>PatientResource</name>
    <message>
        <source>Emergency contact</source>
            <translation>Notfallkontakt</translation>
    </message>
    <message>
        <source>choose the sex: male, female, other or unknown</source>
            <translation>wählen Sie das Geschlecht: männlich, weiblich, divers oder unbekannt</translation>
    </message>
    <message>
        <source>enter a birth date that is not in the future</source>
            <translation>geben Sie ein Geburtsdatum ein, das nicht in der Zukunft liegt</translation>
    </message>
    <message>
        <source>enter the family name and at least one given name</source>
            <translation>geben Sie den Nachnamen und mindestens einen Vornamen ein</translation>
    </message>
</context>
<context>
    <name>PeerHealthModel</name>
    <message>
        <source>Bans</source>
            <translation>Sperren</translation>
    </message>
    <message>
        <source>Blocks ahead</source>
            <translation>Blöcke voraus</translation>
    </message>
    <message>
        <source>Blocks behind</source>
            <translation>Blöcke zurück</translation>
    </message>
    <message>
        <source>Equivocation alerts</source>
            <translation>Equivokationswarnungen</translation>
    </message>
    <message>
        <source>Failed verifications</source>
            <translation>Fehlgeschlagene Prüfungen</translation>
    </message>
    <message>
        <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Peer</source>
            <translation>Peer</translation>
    </message>
    <message>
        <source>State</source>
            <translation>Zustand</translation>
    </message>
    <message>
        <source>TLS %1
node %2</source>
            <translation>TLS %1
Knoten %2</translation>
    </message>
    <message>
        <source>banned until %1</source>
            <translation>gesperrt bis %1</translation>
    </message>
    <message>
        <source>connected</source>
            <translation>verbunden</translation>
    </message>
    <message>
        <source>never</source>
            <translation>nie</translation>
    </message>
    <message>
        <source>not connected</source>
            <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>not known yet</source>
            <translation>noch unbekannt</translation>
    </message>
</context>
<context>
    <name>PeerPairing</name>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT</source>
            <translation>&apos;%1&apos; ist nicht HOST:PORT</translation>
    </message>
    <message>
        <source>a TLS fingerprint is 64 hexadecimal digits (see &apos;medilock-cli id&apos; on the peer)</source>
            <translation>ein TLS-Fingerabdruck besteht aus 64 Hexadezimalziffern (siehe &apos;medilock-cli id&apos; auf dem Partnerknoten)</translation>
    </message>
    <message>
        <source>only an administrator can pair peers</source>
            <translation>nur ein Administrator kann Partnerknoten koppeln</translation>
    </message>
    <message>
        <source>that is this node&apos;s own certificate</source>
            <translation>das ist das eigene Zertifikat dieses Knotens</translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <source>%1 entry must carry a Patient resource</source>
            <translation>%1-Eintrag muss eine Patient-Ressource enthalten</translation>
    </message>
    <message>
        <source>%1 entry: the payload has no valid resourceType</source>
            <translation>%1-Eintrag: die Nutzdaten haben keinen gültigen resourceType</translation>
    </message>
    <message>
        <source>%1 entry: the payload is not a FHIR JSON resource</source>
            <translation>%1-Eintrag: die Nutzdaten sind keine FHIR-JSON-Ressource</translation>
    </message>
    <message>
        <source>a patient cannot be linked to itself</source>
            <translation>ein Patient kann nicht mit sich selbst verknüpft werden</translation>
    </message>
    <message>
        <source>an amendment must name the entry it supersedes</source>
            <translation>eine Korrektur muss den Eintrag nennen, den sie ersetzt</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
            <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
            <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;OK</source>
            <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
            <translation>S&amp;peichern</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
            <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
            <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
            <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Delete</source>
            <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
            <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>A cryptographic self-test failed. MediLock will not run on this machine.</source>
            <translation>Ein kryptografischer Selbsttest ist fehlgeschlagen. MediLock läuft auf diesem Rechner nicht.</translation>
    </message>
    <message>
        <source>Language of the application: en, de or hi (default: the node&apos;s setting).</source>
            <translation>Sprache der Anwendung: en, de oder hi (Standard: die Einstellung des Knotens).</translation>
    </message>
    <message>
        <source>Lock after this many minutes without input.</source>
            <translation>Nach so vielen Minuten ohne Eingabe sperren.</translation>
    </message>
    <message>
        <source>MediLock</source>
            <translation>MediLock</translation>
    </message>
    <message>
        <source>MediLock clinical records</source>
            <translation>MediLock Patientenakten</translation>
    </message>
    <message>
        <source>Node directory.</source>
            <translation>Knotenverzeichnis.</translation>
    </message>
    <message>
        <source>User name to pre-fill.</source>
            <translation>Vorauszufüllender Benutzername.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
            <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
            <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Abort</source>
            <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Apply</source>
            <translation>Anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
            <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
            <translation>Schließen</translation>
    </message>
    <message>
        <source>Discard</source>
            <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
            <translation>Hilfe</translation>
    </message>
    <message>
        <source>Ignore</source>
            <translation>Ignorieren</translation>
    </message>
    <message>
        <source>OK</source>
            <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
            <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reset</source>
            <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Retry</source>
            <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save</source>
            <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select All</source>
            <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>ResourceSummary</name>
    <message>
        <source>the patient record is not a JSON object</source>
            <translation>der Patienteneintrag ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the record has no resourceType</source>
            <translation>der Eintrag hat keinen resourceType</translation>
    </message>
    <message>
        <source>the record is a %1, not a Patient</source>
            <translation>der Eintrag ist ein %1, kein Patient</translation>
    </message>
    <message>
        <source>the record is not a JSON object</source>
            <translation>der Eintrag ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the record is not valid JSON: %1 at byte %2</source>
            <translation>der Eintrag ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
            <translation>Administrator</translation>
    </message>
    <message>
        <source>Nurse</source>
            <translation>Pflegekraft</translation>
    </message>
    <message>
        <source>Physician</source>
            <translation>Arzt/Ärztin</translation>
    </message>
    <message>
        <source>Reception</source>
            <translation>Empfang</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>this node&apos;s database has schema version %1, newer than this program understands (%2); update MediLock</source>
            <translation>die Datenbank dieses Knotens hat die Schemaversion %1, neuer als dieses Programm versteht (%2); aktualisieren Sie MediLock</translation>
    </message>
</context>
<context>
    <name>Scrypt</name>
    <message>
        <source>out of memory</source>
            <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>scrypt is not available in this OpenSSL</source>
            <translation>scrypt ist in diesem OpenSSL nicht verfügbar</translation>
    </message>
    <message>
        <source>scrypt key derivation failed</source>
            <translation>scrypt-Schlüsselableitung fehlgeschlagen</translation>
    </message>
    <message>
        <source>scrypt parameters out of bounds</source>
            <translation>scrypt-Parameter außerhalb der Grenzen</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>cryptographic self-test failed: %1</source>
            <translation>kryptografischer Selbsttest fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 holds no MediLock data (empty or replaced database)</source>
            <translation>%1 enthält keine MediLock-Daten (leere oder ersetzte Datenbank)</translation>
    </message>
    <message>
        <source>%1 holds no MediLock node; create one with &apos;medilock-cli init&apos;</source>
            <translation>%1 enthält keinen MediLock-Knoten; legen Sie einen mit &apos;medilock-cli init&apos; an</translation>
    </message>
    <message numerus="yes">
        <source>%1; wait %n second(s) before trying again</source>
            <translation>
                <numerusform>%1; warten Sie %n Sekunde, bevor Sie es erneut versuchen</numerusform>
                <numerusform>%1; warten Sie %n Sekunden, bevor Sie es erneut versuchen</numerusform>
            </translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a keyring slot but is not an enrolled, active user of this clinic</source>
            <translation>&apos;%1&apos; hat einen Schlüsselbundplatz, ist aber kein angemeldeter, aktiver Benutzer dieser Klinik</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name</source>
            <translation>&apos;%1&apos; ist kein gültiger Benutzername</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 64)</source>
            <translation>&apos;%1&apos; ist kein gültiger Benutzername (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, höchstens 64)</translation>
    </message>
    <message>
        <source>only an administrator holding the clinic root key can enrol users</source>
            <translation>nur ein Administrator mit dem Klinik-Stammschlüssel kann Benutzer anmelden</translation>
    </message>
    <message>
        <source>the clinic root key in this keyring slot does not belong to this clinic</source>
            <translation>der Klinik-Stammschlüssel in diesem Schlüsselbundplatz gehört nicht zu dieser Klinik</translation>
    </message>
    <message>
        <source>the node keyring slot does not hold this node&apos;s key</source>
            <translation>der Knotenplatz des Schlüsselbunds enthält nicht den Schlüssel dieses Knotens</translation>
    </message>
    <message>
        <source>the node&apos;s identity in its database is damaged</source>
            <translation>die Identität des Knotens in seiner Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>there is already a user &apos;%1&apos; in this clinic</source>
            <translation>in dieser Klinik gibt es bereits einen Benutzer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is already a user &apos;%1&apos; on this node</source>
            <translation>auf diesem Knoten gibt es bereits einen Benutzer &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>%1 message is truncated or malformed</source>
            <translation>%1-Nachricht ist abgeschnitten oder fehlerhaft</translation>
    </message>
    <message>
        <source>a block of %1 bytes is outside 1..%2</source>
            <translation>ein Block mit %1 Bytes liegt außerhalb von 1..%2</translation>
    </message>
    <message>
        <source>an equivocation proof signature does not verify</source>
            <translation>die Signatur eines Doppelsignatur-Nachweises ist ungültig</translation>
    </message>
    <message>
        <source>block %1 of the message: %2</source>
            <translation>Block %1 der Nachricht: %2</translation>
    </message>
    <message>
        <source>blocks message carries %1 blocks, more than %2</source>
            <translation>Blocks-Nachricht enthält %1 Blöcke, mehr als %2</translation>
    </message>
    <message>
        <source>equivocation proof carries an invalid block header</source>
            <translation>Doppelsignatur-Nachweis enthält einen ungültigen Blockkopf</translation>
    </message>
    <message>
        <source>equivocation proof carries the same header twice</source>
            <translation>Doppelsignatur-Nachweis enthält zweimal denselben Kopf</translation>
    </message>
    <message>
        <source>equivocation proof headers do not match its origin and height</source>
            <translation>die Köpfe des Doppelsignatur-Nachweises passen nicht zu Ursprung und Höhe</translation>
    </message>
    <message>
        <source>frame length %1 is outside 1..%2</source>
            <translation>Rahmenlänge %1 liegt außerhalb von 1..%2</translation>
    </message>
    <message>
        <source>get-blocks asks for %1 blocks, outside 1..%2</source>
            <translation>get-blocks fordert %1 Blöcke an, außerhalb von 1..%2</translation>
    </message>
    <message>
        <source>hello heads are not in strictly ascending origin order</source>
            <translation>die Kettenköpfe im Hello sind nicht streng aufsteigend nach Ursprung geordnet</translation>
    </message>
    <message>
        <source>hello lists %1 chain heads, more than %2</source>
            <translation>Hello nennt %1 Kettenköpfe, mehr als %2</translation>
    </message>
    <message>
        <source>message of type %1 has %2 trailing bytes</source>
            <translation>Nachricht vom Typ %1 hat %2 überzählige Bytes</translation>
    </message>
    <message>
        <source>this node&apos;s TLS certificate cannot be loaded</source>
            <translation>das TLS-Zertifikat dieses Knotens kann nicht geladen werden</translation>
    </message>
    <message>
        <source>this node&apos;s TLS key cannot be loaded</source>
            <translation>der TLS-Schlüssel dieses Knotens kann nicht geladen werden</translation>
    </message>
    <message>
        <source>unknown goodbye reason %1</source>
            <translation>unbekannter Abschiedsgrund %1</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
            <translation>unbekannter Nachrichtentyp %1</translation>
    </message>
    <message>
        <source>unsupported sync protocol version %1</source>
            <translation>nicht unterstützte Version des Synchronisationsprotokolls %1</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <source>%1 of %n peer(s) connected</source>
            <translation>
                <numerusform>%1 von %n Partnerknoten verbunden</numerusform>
                <numerusform>%1 von %n Partnerknoten verbunden</numerusform>
            </translation>
    </message>
    <message>
        <source>%1: %2, last contact %3, %4 blocks behind, %5 ahead</source>
            <translation>%1: %2, letzter Kontakt %3, %4 Blöcke zurück, %5 voraus</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) behind</source>
            <translation>
                <numerusform>%n Block zurück</numerusform>
                <numerusform>%n Blöcke zurück</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n equivocation alert(s)</source>
            <translation>
                <numerusform>%n Warnung vor Doppelsignatur</numerusform>
                <numerusform>%n Warnungen vor Doppelsignatur</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n failed verification(s)</source>
            <translation>
                <numerusform>%n fehlgeschlagene Prüfung</numerusform>
                <numerusform>%n fehlgeschlagene Prüfungen</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) banned</source>
            <translation>
                <numerusform>%n Partnerknoten gesperrt</numerusform>
                <numerusform>%n Partnerknoten gesperrt</numerusform>
            </translation>
    </message>
    <message>
        <source>Sync: %1</source>
            <translation>Synchronisation: %1</translation>
    </message>
    <message>
        <source>connected</source>
            <translation>verbunden</translation>
    </message>
    <message>
        <source>never</source>
            <translation>nie</translation>
    </message>
    <message>
        <source>not connected</source>
            <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>restored from a backup: no record is signed until this node&apos;s own chain is back from a peer; chart openings are kept and sealed then</source>
            <translation>aus einer Sicherung wiederhergestellt: kein Eintrag wird signiert, bis die eigene Kette dieses Knotens von einem Partner zurück ist; das Öffnen von Akten wird festgehalten und dann versiegelt</translation>
    </message>
    <message>
        <source>up to date</source>
            <translation>aktuell</translation>
    </message>
</context>
<context>
    <name>TlsIdentity</name>
    <message>
        <source>cannot create the TLS certificate</source>
            <translation>das TLS-Zertifikat kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot encode the TLS certificate</source>
            <translation>das TLS-Zertifikat kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>cannot encode the TLS identity</source>
            <translation>die TLS-Identität kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>cannot generate the TLS key</source>
            <translation>der TLS-Schlüssel kann nicht erzeugt werden</translation>
    </message>
    <message>
        <source>the stored TLS certificate cannot be read</source>
            <translation>das gespeicherte TLS-Zertifikat kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the stored TLS key cannot be read</source>
            <translation>der gespeicherte TLS-Schlüssel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the stored TLS key does not match its certificate</source>
            <translation>der gespeicherte TLS-Schlüssel passt nicht zu seinem Zertifikat</translation>
    </message>
</context>
<context>
    <name>TrustState</name>
    <message>
        <source>%1 entry signed by %2 after that user was revoked</source>
            <translation>%1-Eintrag, signiert von %2, nachdem dieser Benutzer widerrufen wurde</translation>
    </message>
    <message>
        <source>%1 entry signed by %2 before that user was enrolled</source>
            <translation>%1-Eintrag, signiert von %2, bevor dieser Benutzer angemeldet wurde</translation>
    </message>
    <message>
        <source>%1 entry signed by %2, a key no trusted clinic enrolled</source>
            <translation>%1-Eintrag, signiert von %2, einem Schlüssel, den keine vertrauenswürdige Klinik angemeldet hat</translation>
    </message>
    <message>
        <source>%1 entry signed by %2, which is not a trusted clinic root</source>
            <translation>%1-Eintrag, signiert von %2, das kein vertrauenswürdiger Klinik-Stamm ist</translation>
    </message>
    <message>
        <source>%1 entry signed by a user of a clinic this node does not trust</source>
            <translation>%1-Eintrag, signiert von einem Benutzer einer Klinik, der dieser Knoten nicht vertraut</translation>
    </message>
    <message>
        <source>%1 may not sign %2 entries (role %3)</source>
            <translation>%1 darf keine %2-Einträge signieren (Rolle %3)</translation>
    </message>
    <message>
        <source>a clinic can revoke only users it enrolled</source>
            <translation>eine Klinik kann nur Benutzer widerrufen, die sie selbst angemeldet hat</translation>
    </message>
    <message>
        <source>user key %1 is already enrolled by another clinic</source>
            <translation>Benutzerschlüssel %1 ist bereits von einer anderen Klinik angemeldet</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>MediLock has no translation for the language &apos;%1&apos;; choose one of %2</source>
            <translation>MediLock hat keine Übersetzung für die Sprache &apos;%1&apos;; wählen Sie eine von %2</translation>
    </message>
    <message>
        <source>cannot save the language setting in %1</source>
            <translation>die Spracheinstellung kann nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>the %1 translation is missing from this build</source>
            <translation>die Übersetzung %1 fehlt in diesem Build</translation>
    </message>
</context>
<context>
    <name>UserKeys</name>
    <message>
        <source>%1; and the previous keyring could not be put back: %2</source>
            <translation>%1; und der vorherige Schlüsselbund konnte nicht zurückgelegt werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no keyring slot on this node; rotate the key on the node they sign in on</source>
            <translation>&apos;%1&apos; hat auf diesem Knoten keinen Schlüsselbundplatz; erneuern Sie den Schlüssel auf dem Knoten, an dem sich die Person anmeldet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is revoked and their keyring slot removed, but the database was not re-keyed: %2; run &apos;medilock-cli rekey&apos; when that is resolved</source>
            <translation>„%1“ ist widerrufen und der Schlüsselbund-Slot entfernt, aber die Datenbank wurde nicht neu verschlüsselt: %2; führen Sie „medilock-cli rekey“ aus, sobald das behoben ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is revoked, but the database was not re-keyed: %2; run &apos;medilock-cli rekey&apos; when that is resolved</source>
            <translation>„%1“ ist widerrufen, aber die Datenbank wurde nicht neu verschlüsselt: %2; führen Sie „medilock-cli rekey“ aus, sobald das behoben ist</translation>
    </message>
    <message>
        <source>an administrator cannot revoke their own key; ask another administrator</source>
            <translation>ein Administrator kann seinen eigenen Schlüssel nicht widerrufen; fragen Sie einen anderen Administrator</translation>
    </message>
    <message>
        <source>give a reason for the revocation (1 to %1 characters)</source>
            <translation>geben Sie einen Grund für den Widerruf an (1 bis %1 Zeichen)</translation>
    </message>
    <message>
        <source>only an administrator holding the clinic root key can rotate or revoke keys</source>
            <translation>nur ein Administrator mit dem Klinik-Stammschlüssel kann Schlüssel erneuern oder widerrufen</translation>
    </message>
    <message>
        <source>the enrolment of &apos;%1&apos; cannot be read</source>
            <translation>die Anmeldung von &apos;%1&apos; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no active user &apos;%1&apos; in this clinic</source>
            <translation>in dieser Klinik gibt es keinen aktiven Benutzer &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>Enrolled</source>
            <translation>Registriert</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
            <translation>Schlüssel-Fingerabdruck</translation>
    </message>
    <message>
        <source>Role</source>
            <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
            <translation>Status</translation>
    </message>
    <message>
        <source>User</source>
            <translation>Benutzer</translation>
    </message>
    <message>
        <source>active</source>
            <translation>aktiv</translation>
    </message>
    <message>
        <source>revoked %1</source>
            <translation>widerrufen %1</translation>
    </message>
</context>
<context>
    <name>VitalSeries</name>
    <message>
        <source>Diastolic blood pressure</source>
            <translation>Diastolischer Blutdruck</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
            <translation>Systolischer Blutdruck</translation>
    </message>
</context>
<context>
    <name>X25519</name>
    <message>
        <source>X25519 key agreement failed (invalid public key)</source>
            <translation>X25519-Schlüsselvereinbarung fehlgeschlagen (ungültiger öffentlicher Schlüssel)</translation>
    </message>
    <message>
        <source>an X25519 key is 32 bytes</source>
            <translation>Ein X25519-Schlüssel ist 32 Bytes lang</translation>
    </message>
    <message>
        <source>an X25519 private key is 32 bytes</source>
            <translation>Ein privater X25519-Schlüssel ist 32 Bytes lang</translation>
    </message>
</context>
<context>
    <name>medilock::ledger::sync::LanDiscovery</name>
    <message>
        <source>cannot listen for LAN announcements on UDP port %1: %2</source>
            <translation>auf UDP-Port %1 kann nicht auf LAN-Ankündigungen gewartet werden: %2</translation>
    </message>
</context>
<context>
    <name>medilock::ledger::sync::PeerSession</name>
    <message>
        <source>a block that does not link, and no block below it</source>
            <translation>ein Block, der nicht anschließt, und kein Block darunter</translation>
    </message>
    <message>
        <source>a block whose previous hash links to nothing</source>
            <translation>ein Block, dessen Vorgänger-Hash auf nichts verweist</translation>
    </message>
    <message>
        <source>a message before hello</source>
            <translation>eine Nachricht vor dem Hello</translation>
    </message>
    <message>
        <source>a second hello</source>
            <translation>ein zweites Hello</translation>
    </message>
    <message>
        <source>an answer with blocks other than those asked for</source>
            <translation>eine Antwort mit anderen Blöcken als angefordert</translation>
    </message>
    <message>
        <source>blocks nobody asked for</source>
            <translation>Blöcke, die niemand angefordert hat</translation>
    </message>
    <message>
        <source>blocks that never link to the chain</source>
            <translation>Blöcke, die nie an die Kette anschließen</translation>
    </message>
    <message>
        <source>cannot read blocks to answer a request: %1</source>
            <translation>Blöcke zur Beantwortung einer Anfrage können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read local chain heads: %1</source>
            <translation>lokale Kettenköpfe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the stored chain: %1</source>
            <translation>die gespeicherte Kette kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot record an equivocation proof: %1</source>
            <translation>ein Doppelsignatur-Nachweis kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>invalid block at height %1 of %2: %3</source>
            <translation>ungültiger Block auf Höhe %1 von %2: %3</translation>
    </message>
    <message>
        <source>invalid block at height %1: %2</source>
            <translation>ungültiger Block auf Höhe %1: %2</translation>
    </message>
    <message>
        <source>more blocks than asked for</source>
            <translation>mehr Blöcke als angefordert</translation>
    </message>
    <message>
        <source>more than %1 requests in flight</source>
            <translation>mehr als %1 offene Anfragen</translation>
    </message>
    <message>
        <source>no hello in time</source>
            <translation>kein Hello innerhalb der Frist</translation>
    </message>
    <message>
        <source>protocol violation: %1</source>
            <translation>Protokollverletzung: %1</translation>
    </message>
    <message>
        <source>said goodbye (reason %1)</source>
            <translation>hat sich verabschiedet (Grund %1)</translation>
    </message>
    <message>
        <source>silent for too long; disconnecting</source>
            <translation>zu lange still; Verbindung wird getrennt</translation>
    </message>
    <message>
        <source>the peer does not read: more than %1 bytes wait to be sent</source>
            <translation>der Partner liest nicht: mehr als %1 Bytes warten auf den Versand</translation>
    </message>
    <message>
        <source>the peer stopped reading</source>
            <translation>der Partner hat aufgehört zu lesen</translation>
    </message>
</context>
<context>
    <name>medilock::ledger::sync::SyncNode</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
            <translation>auf %1:%2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>connected to itself</source>
            <translation>mit sich selbst verbunden</translation>
    </message>
    <message>
        <source>duplicate connection</source>
            <translation>doppelte Verbindung</translation>
    </message>
    <message>
        <source>filled the pending set</source>
            <translation>hat die Warteschlange gefüllt</translation>
    </message>
    <message>
        <source>more blocks of unknown origin than the pending set holds</source>
            <translation>mehr Blöcke unbekannten Ursprungs, als die Warteschlange fasst</translation>
    </message>
    <message>
        <source>the blocks just received could not be committed</source>
            <translation>die soeben empfangenen Blöcke konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the peer&apos;s node key is not the one its clinic bound to its certificate</source>
            <translation>der Knotenschlüssel des Partners ist nicht der, den seine Klinik an sein Zertifikat gebunden hat</translation>
    </message>
    <message>
        <source>the peer&apos;s own node signed two blocks at height %1</source>
            <translation>der eigene Knoten des Partners hat auf Höhe %1 zwei Blöcke signiert</translation>
    </message>
</context>
<context>
    <name>medilock::ui::AccessLogModel</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Clinic</source>
            <translation>Klinik</translation>
    </message>
    <message>
        <source>Recorded and signed by %1 on this node, which was restored from a backup; it is sealed into the ledger once the node has caught up with its own chain from a peer.</source>
            <translation>Von %1 auf diesem Knoten erfasst und signiert, der aus einer Sicherung wiederhergestellt wurde; der Zugriff wird ins Ledger versiegelt, sobald der Knoten seine eigene Kette von einem Partner aufgeholt hat.</translation>
    </message>
    <message>
        <source>What</source>
            <translation>Was</translation>
    </message>
    <message>
        <source>When</source>
            <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
            <translation>Wer</translation>
    </message>
</context>
<context>
    <name>medilock::ui::AccessReportButton</name>
    <message>
        <source>Access &amp;report</source>
            <translation>Zugriffs&amp;bericht</translation>
    </message>
    <message>
        <source>Access report</source>
            <translation>Zugriffsbericht</translation>
    </message>
    <message numerus="yes">
        <source>Access report of %1 written (%n access(es)).</source>
            <translation>
                <numerusform>Zugriffsbericht für %1 erstellt (%n Zugriff).</numerusform>
                <numerusform>Zugriffsbericht für %1 erstellt (%n Zugriffe).</numerusform>
            </translation>
    </message>
    <message>
        <source>Access report: who opened this chart</source>
            <translation>Zugriffsbericht: wer diese Akte geöffnet hat</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
            <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
            <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save the access report as PDF</source>
            <translation>Zugriffsbericht als PDF speichern</translation>
    </message>
    <message>
        <source>access-report.pdf</source>
            <translation>zugriffsbericht.pdf</translation>
    </message>
</context>
<context>
    <name>medilock::ui::AdministrationPage</name>
    <message>
        <source>&amp;Break-glass review</source>
            <translation>Ü&amp;berprüfung der Notfallzugriffe</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
            <translation>&amp;Ledger</translation>
    </message>
    <message>
        <source>&amp;Users</source>
            <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Administration — %1&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Verwaltung — %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Administration</source>
            <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Clinic a&amp;nd trust</source>
            <translation>Klinik u&amp;nd Vertrauen</translation>
    </message>
    <message>
        <source>Peers and s&amp;ync</source>
            <translation>Peers und S&amp;ynchronisation</translation>
    </message>
</context>
<context>
    <name>medilock::ui::AllergyDialog</name>
    <message>
        <source>&amp;Criticality:</source>
            <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
            <translation>&amp;Reaktion:</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
            <translation>S&amp;ubstanz:</translation>
    </message>
    <message>
        <source>Criticality</source>
            <translation>Schweregrad</translation>
    </message>
    <message>
        <source>High — may be life-threatening</source>
            <translation>Hoch — möglicherweise lebensbedrohlich</translation>
    </message>
    <message>
        <source>Low</source>
            <translation>Niedrig</translation>
    </message>
    <message>
        <source>Reaction</source>
            <translation>Reaktion</translation>
    </message>
    <message>
        <source>Record an allergy</source>
            <translation>Allergie erfassen</translation>
    </message>
    <message>
        <source>Substance</source>
            <translation>Substanz</translation>
    </message>
    <message>
        <source>The patient has &amp;no known allergies</source>
            <translation>Der Patient hat &amp;keine bekannten Allergien</translation>
    </message>
    <message>
        <source>Unable to assess</source>
            <translation>Nicht beurteilbar</translation>
    </message>
    <message>
        <source>e.g. Penicillin, peanuts, latex</source>
            <translation>z. B. Penicillin, Erdnüsse, Latex</translation>
    </message>
    <message>
        <source>e.g. anaphylaxis, hives</source>
            <translation>z. B. Anaphylaxie, Urtikaria</translation>
    </message>
</context>
<context>
    <name>medilock::ui::AmendDialog</name>
    <message>
        <source>&amp;Reason:</source>
            <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Sign correction</source>
            <translation>Korrektur &amp;signieren</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
            <translation>Als fehlerhaft markieren</translation>
    </message>
    <message>
        <source>Reason</source>
            <translation>Grund</translation>
    </message>
    <message>
        <source>Record:</source>
            <translation>Eintrag:</translation>
    </message>
    <message>
        <source>e.g. recorded on the wrong patient</source>
            <translation>z. B. beim falschen Patienten erfasst</translation>
    </message>
</context>
<context>
    <name>medilock::ui::BackupDialog</name>
    <message>
        <source>&amp;Again:</source>
            <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Save backup as…</source>
            <translation>Sicherung &amp;speichern unter…</translation>
    </message>
    <message>
        <source>A backup under way cannot be cancelled; the window closes once it has ended.</source>
            <translation>Eine laufende Sicherung lässt sich nicht abbrechen; das Fenster schließt sich erst, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>Back up the node</source>
            <translation>Knoten sichern</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
            <translation>Sicherungs-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
            <translation>Sicherungs-Passphrase</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
            <translation>Sicherungs-Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Backup progress</source>
            <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <source>Key derivation and snapshot of the database…</source>
            <translation>Schlüsselableitung und Momentaufnahme der Datenbank…</translation>
    </message>
    <message>
        <source>MediLock backups (*.mlbak)</source>
            <translation>MediLock-Sicherungen (*.mlbak)</translation>
    </message>
    <message>
        <source>Save the backup as</source>
            <translation>Sicherung speichern unter</translation>
    </message>
    <message>
        <source>Step 1 of 2: snapshot of the database…</source>
            <translation>Schritt 1 von 2: Momentaufnahme der Datenbank…</translation>
    </message>
    <message>
        <source>Step 2 of 2: writing the archive…</source>
            <translation>Schritt 2 von 2: Archiv wird geschrieben…</translation>
    </message>
    <message>
        <source>The two backup passphrases differ; type them again.</source>
            <translation>Die beiden Sicherungs-Passphrasen unterscheiden sich; bitte erneut eingeben.</translation>
    </message>
    <message>
        <source>Writes an encrypted archive of this node: the database, the keyring and the settings, taken while the application keeps running. The archive opens only with the backup passphrase (at least %1 characters): keep it apart from the archive. Without it the backup cannot be restored.</source>
            <translation>Schreibt ein verschlüsseltes Archiv dieses Knotens: die Datenbank, den Schlüsselbund und die Einstellungen, aufgenommen während die Anwendung weiterläuft. Das Archiv öffnet sich nur mit der Sicherungs-Passphrase (mindestens %1 Zeichen): Bewahren Sie sie getrennt vom Archiv auf. Ohne sie lässt sich die Sicherung nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>✓ Backup written to %1 (%2).</source>
            <translation>✓ Sicherung geschrieben nach %1 (%2).</translation>
    </message>
    <message>
        <source>✗ The backup failed: %1</source>
            <translation>✗ Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>medilock::ui::BreakGlassDialog</name>
    <message>
        <source> (“%1”, since %2)</source>
            <translation> („%1“, seit %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
    </message>
    <message>
        <source>&amp;Access for:</source>
            <translation>&amp;Zugriff für:</translation>
    </message>
    <message>
        <source>&amp;Break the glass and open</source>
            <translation>&amp;Notfallzugriff auslösen und öffnen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
            <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>. You may open it in an emergency: your reason and the time are signed and recorded, shown in the chart&apos;s access log and reviewed by the patient&apos;s clinic.</source>
            <translation>. Im Notfall dürfen Sie sie öffnen: Ihr Grund und die Uhrzeit werden signiert und gespeichert, im Zugriffsprotokoll der Akte angezeigt und von der Klinik des Patienten geprüft.</translation>
    </message>
    <message>
        <source>How long the access lasts</source>
            <translation>Wie lange der Zugriff dauert</translation>
    </message>
    <message>
        <source>Reason for emergency access</source>
            <translation>Grund für den Notfallzugriff</translation>
    </message>
    <message>
        <source>Restricted chart — break the glass</source>
            <translation>Eingeschränkte Akte — Notfallzugriff</translation>
    </message>
    <message>
        <source>The patient&apos;s consent restricts this chart</source>
            <translation>Die Einwilligung des Patienten schränkt diese Akte ein</translation>
    </message>
    <message>
        <source>e.g. unconscious in the emergency department</source>
            <translation>z. B. bewusstlos in der Notaufnahme</translation>
    </message>
</context>
<context>
    <name>medilock::ui::BreakGlassReviewPane</name>
    <message numerus="yes">
        <source>%n break-glass access(es).</source>
            <translation>
                <numerusform>%n Notfallzugriff.</numerusform>
                <numerusform>%n Notfallzugriffe.</numerusform>
            </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
            <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Break-glass accesses to review</source>
            <translation>Zu prüfende Notfallzugriffe</translation>
    </message>
    <message>
        <source>Emergency accesses to this clinic&apos;s patients whose consent restricts their chart, from any clinic, newest first. Each reason was signed by the person who gave it.</source>
            <translation>Notfallzugriffe auf Patienten dieser Klinik, deren Einwilligung die Akte sperrt, aus jeder Klinik, neueste zuerst. Jeder Grund ist von der Person signiert, die ihn angegeben hat.</translation>
    </message>
</context>
<context>
    <name>medilock::ui::ChartPage</name>
    <message>
        <source>%1 — signed by %2 on %3</source>
            <translation>%1 — signiert von %2 am %3</translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
            <translation>&amp;Allergien</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
            <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
            <translation>&amp;Medikation</translation>
    </message>
    <message>
        <source>&amp;Notes and encounters</source>
            <translation>&amp;Notizen und Kontakte</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
            <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
            <translation>Über&amp;sicht</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
            <translation>Zei&amp;tverlauf</translation>
    </message>
    <message>
        <source>&amp;Vitals</source>
            <translation>&amp;Vitalwerte</translation>
    </message>
    <message>
        <source>Access &amp;log</source>
            <translation>Zugriffsprotoko&amp;ll</translation>
    </message>
    <message>
        <source>Allergy…</source>
            <translation>Allergie…</translation>
    </message>
    <message>
        <source>Back to the patient search</source>
            <translation>Zurück zur Patientensuche</translation>
    </message>
    <message>
        <source>Chart summary</source>
            <translation>Aktenübersicht</translation>
    </message>
    <message>
        <source>Condition…</source>
            <translation>Diagnose…</translation>
    </message>
    <message>
        <source>Emergency summary of this patient</source>
            <translation>Notfallübersicht dieses Patienten</translation>
    </message>
    <message>
        <source>Emergency view</source>
            <translation>Notfallansicht</translation>
    </message>
    <message>
        <source>Mark &amp;entered in error…</source>
            <translation>Als f&amp;ehlerhaft markieren…</translation>
    </message>
    <message>
        <source>Medication…</source>
            <translation>Medikation…</translation>
    </message>
    <message>
        <source>Note…</source>
            <translation>Notiz…</translation>
    </message>
    <message>
        <source>Opening the chart…</source>
            <translation>Akte wird geöffnet…</translation>
    </message>
    <message>
        <source>Vitals…</source>
            <translation>Vitalwerte…</translation>
    </message>
    <message>
        <source>Who opened this chart</source>
            <translation>Wer diese Akte geöffnet hat</translation>
    </message>
    <message>
        <source>← &amp;Search</source>
            <translation>← &amp;Suche</translation>
    </message>
</context>
<context>
    <name>medilock::ui::ClinicPane</name>
    <message>
        <source>%1 — %2</source>
            <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Root fingerprint:</source>
            <translation>&amp;Root-Fingerabdruck:</translation>
    </message>
    <message>
        <source>&amp;Trust this clinic</source>
            <translation>Dieser Klinik ver&amp;trauen</translation>
    </message>
    <message>
        <source>64 hexadecimal digits</source>
            <translation>64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Clinic root</source>
            <translation>Klinik-Root</translation>
    </message>
    <message>
        <source>Clinic root fingerprint (give it to clinics that should trust this one):</source>
            <translation>Fingerabdruck des Klinik-Roots (an Kliniken geben, die dieser vertrauen sollen):</translation>
    </message>
    <message>
        <source>Clinic:</source>
            <translation>Klinik:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
            <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Name of the clinic to trust</source>
            <translation>Name der Klinik, der vertraut werden soll</translation>
    </message>
    <message>
        <source>Node key fingerprint:</source>
            <translation>Fingerabdruck des Knotenschlüssels:</translation>
    </message>
    <message>
        <source>QR code: %1</source>
            <translation>QR-Code: %1</translation>
    </message>
    <message>
        <source>Root fingerprint of the clinic to trust</source>
            <translation>Root-Fingerabdruck der Klinik, der vertraut werden soll</translation>
    </message>
    <message>
        <source>Stop trustin&amp;g…</source>
            <translation>Nicht mehr vertrauen…</translation>
    </message>
    <message>
        <source>Stop trusting %1? Records its nodes sent before stay; new blocks from its nodes are refused from now on.</source>
            <translation>%1 nicht mehr vertrauen? Einträge, die ihre Knoten bisher gesendet haben, bleiben; neue Blöcke ihrer Knoten werden ab jetzt abgelehnt.</translation>
    </message>
    <message>
        <source>Stop trusting a clinic</source>
            <translation>Einer Klinik nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Stop trusting the selected clinic</source>
            <translation>Der gewählten Klinik nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>TLS certificate</source>
            <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>TLS certificate fingerprint (give it to nodes that pair with this one):</source>
            <translation>Fingerabdruck des TLS-Zertifikats (an Knoten geben, die sich mit diesem koppeln):</translation>
    </message>
    <message>
        <source>The clinic is no longer trusted.</source>
            <translation>Der Klinik wird nicht mehr vertraut.</translation>
    </message>
    <message>
        <source>The clinic is trusted.</source>
            <translation>Der Klinik wird vertraut.</translation>
    </message>
    <message>
        <source>This clinic and node</source>
            <translation>Diese Klinik und dieser Knoten</translation>
    </message>
    <message>
        <source>This node accepts records from the nodes of these clinics and of its own.</source>
            <translation>Dieser Knoten nimmt Einträge von den Knoten dieser Kliniken und der eigenen an.</translation>
    </message>
    <message>
        <source>Trusted clinics</source>
            <translation>Vertrauenswürdige Kliniken</translation>
    </message>
</context>
<context>
    <name>medilock::ui::ConditionDialog</name>
    <message>
        <source>&amp;Find:</source>
            <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;ICD-10:</source>
            <translation>&amp;ICD-10:</translation>
    </message>
    <message>
        <source>Choose a code from the list.</source>
            <translation>Wählen Sie einen Code aus der Liste.</translation>
    </message>
    <message>
        <source>Filter ICD-10 codes</source>
            <translation>ICD-10-Codes filtern</translation>
    </message>
    <message>
        <source>ICD-10 codes</source>
            <translation>ICD-10-Codes</translation>
    </message>
    <message>
        <source>Record a condition</source>
            <translation>Diagnose erfassen</translation>
    </message>
    <message>
        <source>Type a code or words, e.g. G40 or epilepsy</source>
            <translation>Code oder Begriffe eingeben, z. B. G40 oder Epilepsie</translation>
    </message>
</context>
<context>
    <name>medilock::ui::ConsentButton</name>
    <message>
        <source>Lift restriction…</source>
            <translation>Einschränkung aufheben…</translation>
    </message>
    <message>
        <source>Record that the patient lifts the restriction of their chart</source>
            <translation>Festhalten, dass der Patient die Einschränkung seiner Akte aufhebt</translation>
    </message>
    <message>
        <source>Record that the patient restricts access to their chart</source>
            <translation>Festhalten, dass der Patient den Zugriff auf seine Akte einschränkt</translation>
    </message>
    <message>
        <source>Recorded that the patient lifted the restriction of their chart.</source>
            <translation>Festgehalten: Der Patient hat die Einschränkung seiner Akte aufgehoben.</translation>
    </message>
    <message>
        <source>Recorded the patient&apos;s restriction: this chart now opens only by breaking the glass.</source>
            <translation>Einschränkung des Patienten festgehalten: Diese Akte öffnet sich nun nur noch per Notfallzugriff.</translation>
    </message>
    <message>
        <source>Restrict access…</source>
            <translation>Zugriff einschränken…</translation>
    </message>
</context>
<context>
    <name>medilock::ui::ConsentDialog</name>
    <message>
        <source>&amp;Patient&apos;s words:</source>
            <translation>&amp;Worte des Patienten:</translation>
    </message>
    <message>
        <source>&amp;Sign and lift</source>
            <translation>&amp;Signieren und aufheben</translation>
    </message>
    <message>
        <source>&amp;Sign the restriction</source>
            <translation>Einschränkung &amp;signieren</translation>
    </message>
    <message>
        <source>Lift the chart&apos;s restriction</source>
            <translation>Einschränkung der Akte aufheben</translation>
    </message>
    <message>
        <source>Restrict access to this chart</source>
            <translation>Zugriff auf diese Akte einschränken</translation>
    </message>
    <message>
        <source>Sign the lifting of the restriction</source>
            <translation>Die Aufhebung der Einschränkung signieren</translation>
    </message>
    <message>
        <source>Sign the patient&apos;s restriction</source>
            <translation>Die Einschränkung des Patienten signieren</translation>
    </message>
    <message>
        <source>The patient asks that their chart be restricted. Once you sign this, everyone else — and you too, from your next opening — must break the glass to open it, stating a reason. Each such access is signed, shown in the chart&apos;s access log and reviewed by the patient&apos;s clinic.</source>
            <translation>Der Patient wünscht, dass seine Akte eingeschränkt wird. Sobald Sie dies signieren, müssen alle anderen — und ab Ihrem nächsten Öffnen auch Sie — zum Öffnen den Notfallzugriff auslösen und einen Grund angeben. Jeder solche Zugriff wird signiert, im Zugriffsprotokoll der Akte angezeigt und von der Klinik des Patienten geprüft.</translation>
    </message>
    <message>
        <source>The patient lifts the restriction of their chart. Once you sign this, physicians and nurses open it without breaking the glass; every opening is still recorded in the chart&apos;s access log.</source>
            <translation>Der Patient hebt die Einschränkung seiner Akte auf. Sobald Sie dies signieren, öffnen Ärzte und Pflegekräfte sie ohne Notfallzugriff; jedes Öffnen wird weiterhin im Zugriffsprotokoll der Akte festgehalten.</translation>
    </message>
    <message>
        <source>What the patient asked</source>
            <translation>Was der Patient verlangt hat</translation>
    </message>
    <message>
        <source>e.g. only my family doctor</source>
            <translation>z. B. nur mein Hausarzt</translation>
    </message>
    <message>
        <source>e.g. the patient withdrew the restriction</source>
            <translation>z. B. der Patient hat die Einschränkung zurückgenommen</translation>
    </message>
</context>
<context>
    <name>medilock::ui::DocumentDialog</name>
    <message>
        <source>%1 (%2 KiB)</source>
            <translation>%1 (%2 KiB)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
            <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Attach a document</source>
            <translation>Dokument anhängen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Choose a document</source>
            <translation>Dokument wählen</translation>
    </message>
    <message>
        <source>Choose the PDF or image file to attach</source>
            <translation>PDF- oder Bilddatei zum Anhängen wählen</translation>
    </message>
    <message>
        <source>Choose the file to attach.</source>
            <translation>Wählen Sie die anzuhängende Datei.</translation>
    </message>
    <message>
        <source>Document title</source>
            <translation>Dokumenttitel</translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg)</source>
            <translation>Dokumente und Bilder (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>File:</source>
            <translation>Datei:</translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG, at most %1 KiB.</source>
            <translation>PDF, PNG oder JPEG, höchstens %1 KiB.</translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB; attach a smaller scan or export.</source>
            <translation>Die Datei ist größer als %1 KiB; hängen Sie einen kleineren Scan oder Export an.</translation>
    </message>
    <message>
        <source>e.g. Discharge letter, cardiology</source>
            <translation>z. B. Entlassbrief, Kardiologie</translation>
    </message>
    <message>
        <source>no file chosen</source>
            <translation>keine Datei gewählt</translation>
    </message>
</context>
<context>
    <name>medilock::ui::DocumentsPane</name>
    <message>
        <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Attac&amp;h…</source>
            <translation>An&amp;hängen…</translation>
    </message>
    <message>
        <source>Attach a PDF or image to the chart</source>
            <translation>PDF oder Bild an die Akte anhängen</translation>
    </message>
    <message>
        <source>Documents</source>
            <translation>Dokumente</translation>
    </message>
    <message>
        <source>Open the selected document</source>
            <translation>Ausgewähltes Dokument öffnen</translation>
    </message>
    <message>
        <source>cannot create a private temporary directory</source>
            <translation>es kann kein privates temporäres Verzeichnis angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the document for viewing: %1</source>
            <translation>das Dokument kann nicht zur Anzeige geschrieben werden: %1</translation>
    </message>
    <message>
        <source>document</source>
            <translation>Dokument</translation>
    </message>
    <message>
        <source>no application on this computer opens %1</source>
            <translation>kein Programm auf diesem Computer öffnet %1</translation>
    </message>
</context>
<context>
    <name>medilock::ui::EditorDialog</name>
    <message>
        <source>&amp;Sign and save</source>
            <translation>&amp;Signieren und speichern</translation>
    </message>
</context>
<context>
    <name>medilock::ui::EmergencyCardButton</name>
    <message>
        <source>Emergency car&amp;d…</source>
            <translation>Notfall&amp;karte…</translation>
    </message>
    <message>
        <source>Emergency card of %1 saved to %2.</source>
            <translation>Notfallkarte von %1 gespeichert unter %2.</translation>
    </message>
    <message>
        <source>Emergency card: save a signed card with a QR code as PDF</source>
            <translation>Notfallkarte: eine signierte Karte mit QR-Code als PDF speichern</translation>
    </message>
    <message>
        <source>Save the emergency card as PDF</source>
            <translation>Notfallkarte als PDF speichern</translation>
    </message>
    <message>
        <source>Save the patient&apos;s signed emergency card as PDF (%1)</source>
            <translation>Die signierte Notfallkarte des Patienten als PDF speichern (%1)</translation>
    </message>
    <message>
        <source>The emergency card was not saved: %1</source>
            <translation>Die Notfallkarte wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>emergency-card.pdf</source>
            <translation>notfallkarte.pdf</translation>
    </message>
</context>
<context>
    <name>medilock::ui::EmergencyPage</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
            <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 — %3 (%4)</source>
            <translation>%1&lt;br&gt;%2 — %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
            <translation>
                <numerusform>%n Jahr</numerusform>
                <numerusform>%n Jahre</numerusform>
            </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&lt;i&gt;none recorded&lt;/i&gt;</source>
            <translation>&lt;i&gt;nichts erfasst&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;unknown — not recorded&lt;/i&gt;</source>
            <translation>&lt;i&gt;unbekannt — nicht erfasst&lt;/i&gt;</translation>
    </message>
    <message>
        <source>ALLERGIES:
%1</source>
            <translation>ALLERGIEN:
%1</translation>
    </message>
    <message>
        <source>Active problems</source>
            <translation>Aktive Probleme</translation>
    </message>
    <message>
        <source>Back to the patient search</source>
            <translation>Zurück zur Patientensuche</translation>
    </message>
    <message>
        <source>Blood group</source>
            <translation>Blutgruppe</translation>
    </message>
    <message>
        <source>Current medications</source>
            <translation>Aktuelle Medikation</translation>
    </message>
    <message>
        <source>EMERGENCY — %1, %2, %3</source>
            <translation>NOTFALL — %1, %2, %3</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
            <translation>Notfallkontakte</translation>
    </message>
    <message>
        <source>Emergency summary</source>
            <translation>Notfallübersicht</translation>
    </message>
    <message>
        <source>Full &amp;chart</source>
            <translation>Vollständige &amp;Akte</translation>
    </message>
    <message>
        <source>Implanted devices</source>
            <translation>Implantate</translation>
    </message>
    <message>
        <source>Last encounter</source>
            <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Open the full chart</source>
            <translation>Vollständige Akte öffnen</translation>
    </message>
    <message>
        <source>Opening the emergency summary…</source>
            <translation>Notfallübersicht wird geöffnet…</translation>
    </message>
    <message>
        <source>Print the emergency summary</source>
            <translation>Notfallübersicht drucken</translation>
    </message>
    <message>
        <source>Print the emergency summary (%1)</source>
            <translation>Notfallübersicht drucken (%1)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
            <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
            <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Save the emergency summary as PDF</source>
            <translation>Notfallübersicht als PDF speichern</translation>
    </message>
    <message>
        <source>Save the emergency summary as a PDF file</source>
            <translation>Notfallübersicht als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>age unknown</source>
            <translation>Alter unbekannt</translation>
    </message>
    <message>
        <source>emergency-summary.pdf</source>
            <translation>notfalluebersicht.pdf</translation>
    </message>
    <message>
        <source>none recorded</source>
            <translation>nichts erfasst</translation>
    </message>
    <message>
        <source>the emergency summary is not open</source>
            <translation>die Notfallübersicht ist nicht geöffnet</translation>
    </message>
    <message>
        <source>← &amp;Search</source>
            <translation>← &amp;Suche</translation>
    </message>
</context>
<context>
    <name>medilock::ui::EnrolUserDialog</name>
    <message>
        <source>&amp;Again:</source>
            <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
            <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Enrol a user</source>
            <translation>Benutzer registrieren</translation>
    </message>
    <message>
        <source>First passphrase</source>
            <translation>Erste Passphrase</translation>
    </message>
    <message>
        <source>First passphrase again</source>
            <translation>Erste Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Role</source>
            <translation>Rolle</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
            <translation>Die beiden Passphrasen unterscheiden sich; bitte erneut eingeben.</translation>
    </message>
    <message>
        <source>The user&apos;s key is enrolled on the ledger, signed by the clinic root; hand the first passphrase over in person.</source>
            <translation>Der Schlüssel des Benutzers wird im Ledger registriert, signiert vom Klinik-Root; die erste Passphrase persönlich übergeben.</translation>
    </message>
    <message>
        <source>User name</source>
            <translation>Benutzername</translation>
    </message>
</context>
<context>
    <name>medilock::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Applies when MediLock starts next</source>
            <translation>Gilt ab dem nächsten Start von MediLock</translation>
    </message>
    <message>
        <source>Language set to %1; it applies when MediLock starts next.</source>
            <translation>Sprache auf %1 gesetzt; sie gilt ab dem nächsten Start von MediLock.</translation>
    </message>
</context>
<context>
    <name>medilock::ui::LedgerPane</name>
    <message>
        <source>Backup and re-key</source>
            <translation>Sicherung und Neuverschlüsselung</translation>
    </message>
    <message>
        <source>Ledger verification</source>
            <translation>Ledger-Prüfung</translation>
    </message>
    <message>
        <source>Re-checks every block and entry from the stored bytes: signatures, hashes, chains, roles and revocations. The application stays usable meanwhile.</source>
            <translation>Prüft jeden Block und Eintrag anhand der gespeicherten Bytes: Signaturen, Hashes, Ketten, Rollen und Widerrufe. Die Anwendung bleibt währenddessen benutzbar.</translation>
    </message>
    <message>
        <source>Verification progress</source>
            <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Verify led&amp;ger</source>
            <translation>Led&amp;ger prüfen</translation>
    </message>
    <message>
        <source>Verify the whole ledger</source>
            <translation>Das ganze Ledger prüfen</translation>
    </message>
    <message>
        <source>Verifying…</source>
            <translation>Prüfe…</translation>
    </message>
    <message>
        <source>✓ The ledger verified: %1 blocks, %2 entries.</source>
            <translation>✓ Das Ledger ist geprüft: %1 Blöcke, %2 Einträge.</translation>
    </message>
    <message>
        <source>✗ The ledger did NOT verify: %1</source>
            <translation>✗ Das Ledger hat die Prüfung NICHT bestanden: %1</translation>
    </message>
</context>
<context>
    <name>medilock::ui::LinkPatientsDialog</name>
    <message>
        <source>%1 — born %2 — %3 — id %4</source>
            <translation>%1 — geb. %2 — %3 — ID %4</translation>
    </message>
    <message>
        <source>&amp;Sign: same person</source>
            <translation>&amp;Signieren: dieselbe Person</translation>
    </message>
    <message>
        <source>&amp;Sign: undo the link</source>
            <translation>&amp;Signieren: Verknüpfung aufheben</translation>
    </message>
    <message>
        <source>First:</source>
            <translation>Erste:</translation>
    </message>
    <message>
        <source>Link registrations</source>
            <translation>Registrierungen verknüpfen</translation>
    </message>
    <message>
        <source>Link these registrations as one person: each chart then shows the records of both. Check name, birth date and identifiers with the patient first.</source>
            <translation>Diese Registrierungen als eine Person verknüpfen: jede Akte zeigt dann die Einträge beider. Prüfen Sie zuerst Name, Geburtsdatum und Kennungen mit dem Patienten.</translation>
    </message>
    <message>
        <source>Second:</source>
            <translation>Zweite:</translation>
    </message>
    <message>
        <source>These registrations are linked as one person. Undoing the link separates their charts again; the link and its undoing both stay on the record.</source>
            <translation>Diese Registrierungen sind als eine Person verknüpft. Das Aufheben trennt ihre Akten wieder; die Verknüpfung und ihre Aufhebung bleiben beide im Verlauf.</translation>
    </message>
</context>
<context>
    <name>medilock::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
            <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MediLock is locked&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;MediLock ist gesperrt&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Checking…</source>
            <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Locked after a period without activity. %1 (%2), enter your passphrase to continue.</source>
            <translation>Nach einer Zeit ohne Aktivität gesperrt. %1 (%2), geben Sie Ihre Passphrase ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Passphrase</source>
            <translation>Passphrase</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
            <translation>Falsche Passphrase.</translation>
    </message>
</context>
<context>
    <name>medilock::ui::LoginDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
            <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MediLock&lt;/h2&gt;&lt;p&gt;Sign in to open this clinic&apos;s records.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;MediLock&lt;/h2&gt;&lt;p&gt;Melden Sie sich an, um die Akten dieser Klinik zu öffnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enter your user name and passphrase.</source>
            <translation>Geben Sie Benutzername und Passphrase ein.</translation>
    </message>
    <message>
        <source>MediLock — Sign in</source>
            <translation>MediLock — Anmelden</translation>
    </message>
    <message>
        <source>Passphrase</source>
            <translation>Passphrase</translation>
    </message>
    <message>
        <source>Sign in to the restored node in %1.</source>
            <translation>Melden Sie sich am wiederhergestellten Knoten in %1 an.</translation>
    </message>
    <message>
        <source>Unlocking</source>
            <translation>Wird entsperrt</translation>
    </message>
    <message>
        <source>User name</source>
            <translation>Benutzername</translation>
    </message>
</context>
<context>
    <name>medilock::ui::MainWindow</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
            <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <source>&amp;Emergency view</source>
            <translation>&amp;Notfallansicht</translation>
    </message>
    <message>
        <source>&amp;File</source>
            <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
            <translation>Patient &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
            <translation>Jetzt s&amp;perren</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
            <translation>&amp;Neuer Patient…</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
            <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
            <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Verify emergency card…</source>
            <translation>Notfallkarte &amp;prüfen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;%1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Ba&amp;ck up…</source>
            <translation>Si&amp;chern…</translation>
    </message>
    <message>
        <source>Clinic root:</source>
            <translation>Klinik-Stamm:</translation>
    </message>
    <message>
        <source>MediLock — %1</source>
            <translation>MediLock — %1</translation>
    </message>
    <message>
        <source>New &amp;note…</source>
            <translation>Neue &amp;Notiz…</translation>
    </message>
    <message>
        <source>Node key:</source>
            <translation>Knotenschlüssel:</translation>
    </message>
    <message>
        <source>Re-&amp;key database…</source>
            <translation>Datenban&amp;k neu verschlüsseln…</translation>
    </message>
    <message>
        <source>Registered %1.</source>
            <translation>%1 registriert.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
            <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Signed in as:</source>
            <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Sync did not start: %1</source>
            <translation>Synchronisation nicht gestartet: %1</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
            <translation>TLS-Zertifikat:</translation>
    </message>
    <message>
        <source>The patient&apos;s consent restricts this chart; only a physician may break the glass.</source>
            <translation>Die Einwilligung des Patienten schränkt diese Akte ein; nur ein Arzt darf den Notfallzugriff auslösen.</translation>
    </message>
    <message>
        <source>This &amp;node</source>
            <translation>Dieser &amp;Knoten</translation>
    </message>
    <message>
        <source>This node</source>
            <translation>Dieser Knoten</translation>
    </message>
</context>
<context>
    <name>medilock::ui::MedicationDialog</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Dosage:</source>
            <translation>&amp;Dosierung:</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
            <translation>&amp;Medikament:</translation>
    </message>
    <message>
        <source>&amp;Sign and save</source>
            <translation>&amp;Signieren und speichern</translation>
    </message>
    <message>
        <source>Dosage</source>
            <translation>Dosierung</translation>
    </message>
    <message>
        <source>Medication</source>
            <translation>Medikament</translation>
    </message>
    <message>
        <source>Record a medication</source>
            <translation>Medikation erfassen</translation>
    </message>
    <message>
        <source>Sign &amp;anyway</source>
            <translation>&amp;Trotzdem signieren</translation>
    </message>
    <message>
        <source>Warning: the patient is allergic to %1. Sign only if you are sure.</source>
            <translation>Warnung: Der Patient ist allergisch gegen %1. Signieren Sie nur, wenn Sie sicher sind.</translation>
    </message>
    <message>
        <source>e.g. 1 capsule three times a day for 7 days</source>
            <translation>z. B. 1 Kapsel dreimal täglich für 7 Tage</translation>
    </message>
    <message>
        <source>e.g. Amoxicillin 500 mg capsule</source>
            <translation>z. B. Amoxicillin 500 mg Kapsel</translation>
    </message>
</context>
<context>
    <name>medilock::ui::NoNodeDialog</name>
    <message>
        <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MediLock&lt;/h2&gt;&lt;p&gt;There is no MediLock node in &lt;b&gt;%1&lt;/b&gt; yet.&lt;/p&gt;&lt;p&gt;If this workstation&apos;s node was lost, for instance with a replaced disk, restore it here from a backup archive: you need the archive, its backup passphrase and the passphrase of one of its users.&lt;/p&gt;&lt;p&gt;A new clinic is set up by its administrator with &lt;tt&gt;medilock-cli init&lt;/tt&gt;; a further workstation of a clinic gets its node from the administrator.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;MediLock&lt;/h2&gt;&lt;p&gt;In &lt;b&gt;%1&lt;/b&gt; gibt es noch keinen MediLock-Knoten.&lt;/p&gt;&lt;p&gt;Ist der Knoten dieses Arbeitsplatzes verloren gegangen, etwa mit einer ausgetauschten Festplatte, stellen Sie ihn hier aus einem Sicherungsarchiv wieder her: Sie brauchen das Archiv, seine Sicherungs-Passphrase und die Passphrase eines seiner Benutzer.&lt;/p&gt;&lt;p&gt;Eine neue Klinik richtet ihr Administrator mit &lt;tt&gt;medilock-cli init&lt;/tt&gt; ein; einen weiteren Arbeitsplatz einer Klinik richtet der Administrator ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>MediLock — No node here yet</source>
            <translation>MediLock — Hier gibt es noch keinen Knoten</translation>
    </message>
</context>
<context>
    <name>medilock::ui::NoteDialog</name>
    <message>
        <source>&amp;Encounter:</source>
            <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Consultation</source>
            <translation>Sprechstunde</translation>
    </message>
    <message>
        <source>Emergency</source>
            <translation>Notfall</translation>
    </message>
    <message>
        <source>Encounter type</source>
            <translation>Kontaktart</translation>
    </message>
    <message>
        <source>Follow-up</source>
            <translation>Nachkontrolle</translation>
    </message>
    <message>
        <source>Home visit</source>
            <translation>Hausbesuch</translation>
    </message>
    <message>
        <source>New encounter note</source>
            <translation>Neue Kontaktnotiz</translation>
    </message>
    <message>
        <source>Note</source>
            <translation>Notiz</translation>
    </message>
    <message>
        <source>Reason for the visit, findings, plan…</source>
            <translation>Anlass des Besuchs, Befunde, Vorgehen…</translation>
    </message>
    <message>
        <source>Telephone</source>
            <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>medilock::ui::PassphraseDialog</name>
    <message>
        <source>%1 gets a new signing key. The old key is revoked on the ledger (reason “rotated”) and cannot be used again; what it signed before stays valid. %1 signs in with the passphrase below from now on.</source>
            <translation>%1 erhält einen neuen Signaturschlüssel. Der alte Schlüssel wird im Ledger widerrufen (Grund „rotated“) und kann nicht mehr verwendet werden; was er vorher signiert hat, bleibt gültig. %1 meldet sich ab jetzt mit der Passphrase unten an.</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
            <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
            <translation>Passphrase ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
            <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Rotate key</source>
            <translation>Schlüssel &amp;rotieren</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
            <translation>A&amp;ktuelle Passphrase:</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
            <translation>Meine Passphrase ändern</translation>
    </message>
    <message>
        <source>Current passphrase</source>
            <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
            <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
            <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Rotate the key of %1</source>
            <translation>Schlüssel von %1 rotieren</translation>
    </message>
    <message>
        <source>The two new passphrases differ; type them again.</source>
            <translation>Die beiden neuen Passphrasen unterscheiden sich; bitte erneut eingeben.</translation>
    </message>
</context>
<context>
    <name>medilock::ui::PatientBanner</name>
    <message numerus="yes">
        <source>%n year(s)</source>
            <translation>
                <numerusform>%n Jahr</numerusform>
                <numerusform>%n Jahre</numerusform>
            </translation>
    </message>
    <message>
        <source>ALLERGIES: %1</source>
            <translation>ALLERGIEN: %1</translation>
    </message>
    <message>
        <source>Allergies never recorded — ask the patient</source>
            <translation>Allergien nie erfasst — Patienten fragen</translation>
    </message>
    <message>
        <source>No known allergies</source>
            <translation>Keine bekannten Allergien</translation>
    </message>
    <message>
        <source>No known allergies — confirmed by %1 on %2</source>
            <translation>Keine bekannten Allergien — bestätigt von %1 am %2</translation>
    </message>
    <message>
        <source>Patient %1</source>
            <translation>Patient %1</translation>
    </message>
    <message>
        <source>birth date unknown</source>
            <translation>Geburtsdatum unbekannt</translation>
    </message>
    <message>
        <source>blood group %1</source>
            <translation>Blutgruppe %1</translation>
    </message>
    <message>
        <source>blood group unknown</source>
            <translation>Blutgruppe unbekannt</translation>
    </message>
    <message>
        <source>born %1</source>
            <translation>geb. %1</translation>
    </message>
    <message>
        <source>high risk</source>
            <translation>hohes Risiko</translation>
    </message>
</context>
<context>
    <name>medilock::ui::PatientListModel</name>
    <message>
        <source>%1 (%2 y)</source>
            <translation>%1 (%2 J.)</translation>
    </message>
    <message>
        <source>Born</source>
            <translation>Geboren</translation>
    </message>
    <message>
        <source>Female</source>
            <translation>Weiblich</translation>
    </message>
    <message>
        <source>Identifier</source>
            <translation>Kennung</translation>
    </message>
    <message>
        <source>Male</source>
            <translation>Männlich</translation>
    </message>
    <message>
        <source>Name</source>
            <translation>Name</translation>
    </message>
    <message>
        <source>Other</source>
            <translation>Divers</translation>
    </message>
    <message>
        <source>Phone</source>
            <translation>Telefon</translation>
    </message>
    <message>
        <source>Registered at %1</source>
            <translation>Registriert bei %1</translation>
    </message>
    <message>
        <source>Sex</source>
            <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Unknown</source>
            <translation>Unbekannt</translation>
    </message>
    <message>
        <source>unknown</source>
            <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>medilock::ui::PeersPane</name>
    <message>
        <source>&amp;Address:</source>
            <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
            <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, as the peer&apos;s administration page shows</source>
            <translation>64 Hexadezimalziffern, wie die Verwaltung des Peers sie zeigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sync health&lt;/b&gt;</source>
            <translation>&lt;b&gt;Zustand der Synchronisation&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Equivocation alerts</source>
            <translation>Equivokationswarnungen</translation>
    </message>
    <message>
        <source>Node %1 signed two blocks at height %2 (found %3)</source>
            <translation>Knoten %1 hat zwei Blöcke auf Höhe %2 signiert (gefunden %3)</translation>
    </message>
    <message>
        <source>Pair &amp;with peer</source>
            <translation>Mit Peer &amp;koppeln</translation>
    </message>
    <message>
        <source>Pair with a peer node</source>
            <translation>Mit einem Peer-Knoten koppeln</translation>
    </message>
    <message>
        <source>Pair with this peer</source>
            <translation>Mit diesem Peer koppeln</translation>
    </message>
    <message>
        <source>Paired with %1; the running node dials it within a second.</source>
            <translation>Mit %1 gekoppelt; der laufende Knoten verbindet sich innerhalb einer Sekunde.</translation>
    </message>
    <message>
        <source>Peer TLS certificate fingerprint</source>
            <translation>Fingerabdruck des TLS-Zertifikats des Peers</translation>
    </message>
    <message>
        <source>Peer address</source>
            <translation>Adresse des Peers</translation>
    </message>
    <message>
        <source>Proof: both signed block headers</source>
            <translation>Beweis: beide signierten Block-Header</translation>
    </message>
    <message>
        <source>Select an alert to see its proof: two blocks of one node at one height, both signed by it (header and signature of each, hexadecimal).</source>
            <translation>Eine Warnung auswählen, um ihren Beweis zu sehen: zwei Blöcke eines Knotens auf einer Höhe, beide von ihm signiert (Header und Signatur jedes Blocks, hexadezimal).</translation>
    </message>
    <message>
        <source>Sync health of each peer</source>
            <translation>Zustand der Synchronisation je Peer</translation>
    </message>
    <message>
        <source>TLS fingerprin&amp;t:</source>
            <translation>TLS-Fingerabdruc&amp;k:</translation>
    </message>
    <message>
        <source>host:port</source>
            <translation>host:port</translation>
    </message>
</context>
<context>
    <name>medilock::ui::ReceptionPage</name>
    <message numerus="yes">
        <source>%n patient(s)</source>
            <translation>
                <numerusform>%n Patient</numerusform>
                <numerusform>%n Patienten</numerusform>
            </translation>
    </message>
    <message>
        <source>&amp;Emergency view</source>
            <translation>&amp;Notfallansicht</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
            <translation>&amp;Verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
            <translation>&amp;Neuer Patient…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Find a patient&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Patienten suchen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
            <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit demographics (Ctrl+Shift+D)</source>
            <translation>Stammdaten bearbeiten (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Edit the selected patient&apos;s demographics</source>
            <translation>Stammdaten des ausgewählten Patienten bearbeiten</translation>
    </message>
    <message>
        <source>Emergency summary (Ctrl+E)</source>
            <translation>Notfallübersicht (Strg+E)</translation>
    </message>
    <message>
        <source>Link the two selected registrations as one person, or undo their link</source>
            <translation>Die zwei ausgewählten Registrierungen als eine Person verknüpfen oder ihre Verknüpfung aufheben</translation>
    </message>
    <message>
        <source>Linked as one person.</source>
            <translation>Als eine Person verknüpft.</translation>
    </message>
    <message>
        <source>No patient matches.</source>
            <translation>Kein Patient gefunden.</translation>
    </message>
    <message>
        <source>Open &amp;chart</source>
            <translation>&amp;Akte öffnen</translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s chart</source>
            <translation>Akte des ausgewählten Patienten öffnen</translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s emergency summary</source>
            <translation>Notfallübersicht des ausgewählten Patienten öffnen</translation>
    </message>
    <message>
        <source>Patient search</source>
            <translation>Patientensuche</translation>
    </message>
    <message>
        <source>Patients found</source>
            <translation>Gefundene Patienten</translation>
    </message>
    <message>
        <source>Register a new patient</source>
            <translation>Neuen Patienten registrieren</translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
            <translation>Neuen Patienten registrieren (Strg+N)</translation>
    </message>
    <message>
        <source>Search by name, birth date (2001-04-07), phone or identifier</source>
            <translation>Suche nach Name, Geburtsdatum (2001-04-07), Telefon oder Kennung</translation>
    </message>
    <message>
        <source>Select two registrations (Ctrl+click), then link them as one person or undo their link (Ctrl+Shift+L)</source>
            <translation>Zwei Registrierungen auswählen (Strg+Klick), dann als eine Person verknüpfen oder die Verknüpfung aufheben (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Signed the new demographics of %1.</source>
            <translation>Die neuen Stammdaten von %1 wurden signiert.</translation>
    </message>
    <message>
        <source>The link was undone.</source>
            <translation>Die Verknüpfung wurde aufgehoben.</translation>
    </message>
</context>
<context>
    <name>medilock::ui::RecordListModel</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (superseded)</source>
            <translation>%1 (ersetzt)</translation>
    </message>
    <message>
        <source>Clinic</source>
            <translation>Klinik</translation>
    </message>
    <message>
        <source>Detail</source>
            <translation>Details</translation>
    </message>
    <message>
        <source>Entered in error: %1</source>
            <translation>Fehlerhaft erfasst: %1</translation>
    </message>
    <message>
        <source>Record</source>
            <translation>Eintrag</translation>
    </message>
    <message>
        <source>Replaced by a later entry</source>
            <translation>Durch einen späteren Eintrag ersetzt</translation>
    </message>
    <message>
        <source>Replaced: %1</source>
            <translation>Ersetzt: %1</translation>
    </message>
    <message>
        <source>Retracted: %1</source>
            <translation>Zurückgezogen: %1</translation>
    </message>
    <message>
        <source>Signature</source>
            <translation>Signatur</translation>
    </message>
    <message>
        <source>Signed %1</source>
            <translation>Signiert %1</translation>
    </message>
    <message>
        <source>Signed after its author&apos;s key was revoked.</source>
            <translation>Signiert, nachdem der Schlüssel des Autors widerrufen wurde.</translation>
    </message>
    <message>
        <source>Signed by</source>
            <translation>Signiert von</translation>
    </message>
    <message>
        <source>Status</source>
            <translation>Status</translation>
    </message>
    <message>
        <source>The signature was checked when this entry was stored.</source>
            <translation>Die Signatur wurde beim Speichern dieses Eintrags geprüft.</translation>
    </message>
    <message>
        <source>When</source>
            <translation>Wann</translation>
    </message>
    <message>
        <source>administrator</source>
            <translation>Administrator</translation>
    </message>
    <message>
        <source>clinic</source>
            <translation>Klinik</translation>
    </message>
    <message>
        <source>criticality: %1</source>
            <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>nurse</source>
            <translation>Pflegekraft</translation>
    </message>
    <message>
        <source>physician</source>
            <translation>Arzt/Ärztin</translation>
    </message>
    <message>
        <source>reaction: %1</source>
            <translation>Reaktion: %1</translation>
    </message>
    <message>
        <source>reception</source>
            <translation>Empfang</translation>
    </message>
    <message>
        <source>unknown role</source>
            <translation>unbekannte Rolle</translation>
    </message>
    <message>
        <source>✓ verified</source>
            <translation>✓ geprüft</translation>
    </message>
    <message>
        <source>✗ signer revoked</source>
            <translation>✗ Unterzeichner widerrufen</translation>
    </message>
</context>
<context>
    <name>medilock::ui::RegisterPatientDialog</name>
    <message>
        <source>%1 — born %2 — %3 — %4</source>
            <translation>%1 — geb. %2 — %3 — %4</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
            <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Birth date*:</source>
            <translation>&amp;Geburtsdatum*:</translation>
    </message>
    <message>
        <source>&amp;Family name*:</source>
            <translation>&amp;Nachname*:</translation>
    </message>
    <message>
        <source>&amp;Given names*:</source>
            <translation>&amp;Vornamen*:</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
            <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
            <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
            <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>&amp;Sex*:</source>
            <translation>Ge&amp;schlecht*:</translation>
    </message>
    <message>
        <source>&amp;Sign changes</source>
            <translation>Änderungen &amp;signieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;This patient may already be registered.&lt;/b&gt; Check the list; if it is a different person, choose &lt;i&gt;Register anyway&lt;/i&gt;.</source>
            <translation>&lt;b&gt;Dieser Patient ist möglicherweise bereits registriert.&lt;/b&gt; Prüfen Sie die Liste; handelt es sich um eine andere Person, wählen Sie &lt;i&gt;Trotzdem registrieren&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Address</source>
            <translation>Adresse</translation>
    </message>
    <message>
        <source>Birth date</source>
            <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Blood gro&amp;up:</source>
            <translation>Blut&amp;gruppe:</translation>
    </message>
    <message>
        <source>Blood group</source>
            <translation>Blutgruppe</translation>
    </message>
    <message>
        <source>Choose the sex (&quot;Unknown&quot; if it is not known).</source>
            <translation>Wählen Sie das Geschlecht („Unbekannt“, wenn es nicht bekannt ist).</translation>
    </message>
    <message>
        <source>Edit demographics — %1</source>
            <translation>Stammdaten bearbeiten — %1</translation>
    </message>
    <message>
        <source>Emergency contact</source>
            <translation>Notfallkontakt</translation>
    </message>
    <message>
        <source>Emergency contact name</source>
            <translation>Name des Notfallkontakts</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
            <translation>Telefon des Notfallkontakts</translation>
    </message>
    <message>
        <source>Emergency contact relationship</source>
            <translation>Beziehung des Notfallkontakts</translation>
    </message>
    <message>
        <source>Enter at least one given name.</source>
            <translation>Geben Sie mindestens einen Vornamen ein.</translation>
    </message>
    <message>
        <source>Enter the birth date.</source>
            <translation>Geben Sie das Geburtsdatum ein.</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
            <translation>Geben Sie den Nachnamen ein.</translation>
    </message>
    <message>
        <source>Family name</source>
            <translation>Nachname</translation>
    </message>
    <message>
        <source>Given names</source>
            <translation>Vornamen</translation>
    </message>
    <message>
        <source>Identifier</source>
            <translation>Kennung</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
            <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>Name:</source>
            <translation>Name:</translation>
    </message>
    <message>
        <source>Phone</source>
            <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone:</source>
            <translation>Telefon:</translation>
    </message>
    <message>
        <source>Register &amp;anyway</source>
            <translation>&amp;Trotzdem registrieren</translation>
    </message>
    <message>
        <source>Register a patient</source>
            <translation>Patienten registrieren</translation>
    </message>
    <message>
        <source>Relationship:</source>
            <translation>Beziehung:</translation>
    </message>
    <message>
        <source>Sex</source>
            <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Sign the changed demographics</source>
            <translation>Geänderte Stammdaten signieren</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
            <translation>Das Geburtsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>not entered</source>
            <translation>nicht eingegeben</translation>
    </message>
    <message>
        <source>unknown</source>
            <translation>unbekannt</translation>
    </message>
    <message>
        <source>— choose —</source>
            <translation>— auswählen —</translation>
    </message>
</context>
<context>
    <name>medilock::ui::RekeyDialog</name>
    <message>
        <source>&amp;Re-key now</source>
            <translation>Jetzt neu &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>A re-key cannot be cancelled once it runs.</source>
            <translation>Eine laufende Neuverschlüsselung lässt sich nicht abbrechen.</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
            <translation>Kopie wird geprüft…</translation>
    </message>
    <message>
        <source>Copying the database under the new key…</source>
            <translation>Datenbank wird unter dem neuen Schlüssel kopiert…</translation>
    </message>
    <message>
        <source>Done.</source>
            <translation>Fertig.</translation>
    </message>
    <message>
        <source>Preparing the new key…</source>
            <translation>Neuer Schlüssel wird vorbereitet…</translation>
    </message>
    <message>
        <source>Re-key progress</source>
            <translation>Fortschritt der Neuverschlüsselung</translation>
    </message>
    <message>
        <source>Re-key the database</source>
            <translation>Datenbank neu verschlüsseln</translation>
    </message>
    <message>
        <source>Starting sync again…</source>
            <translation>Synchronisation wird wieder gestartet…</translation>
    </message>
    <message>
        <source>Stopping sync…</source>
            <translation>Synchronisation wird angehalten…</translation>
    </message>
    <message>
        <source>Switching to the new database file…</source>
            <translation>Wechsel zur neuen Datenbankdatei…</translation>
    </message>
    <message>
        <source>Sync did not start again: %1</source>
            <translation>Die Synchronisation ist nicht wieder gestartet: %1</translation>
    </message>
    <message>
        <source>The database gets a new random key: it is copied under the new key, checked row for row and swapped in, and the new key is sealed for every keyring slot on this node. A database key that left with someone opens nothing written from now on; copies and backups taken before keep the old key. Sync stops meanwhile and starts again afterwards. No other program may have the node open. An interruption leaves a node that opens with every record.</source>
            <translation>Die Datenbank erhält einen neuen zufälligen Schlüssel: Sie wird unter dem neuen Schlüssel kopiert, Zeile für Zeile geprüft und ausgetauscht, und der neue Schlüssel wird für jeden Schlüsselbund-Eintrag dieses Knotens versiegelt. Ein Datenbankschlüssel, den jemand mitgenommen hat, öffnet nichts, was ab jetzt geschrieben wird; zuvor angelegte Kopien und Sicherungen behalten den alten Schlüssel. Die Synchronisation hält währenddessen an und startet danach wieder. Kein anderes Programm darf den Knoten geöffnet haben. Eine Unterbrechung hinterlässt einen Knoten, der sich mit allen Einträgen öffnet.</translation>
    </message>
    <message>
        <source>✓ The database is re-keyed (key generation %1); the new key is sealed for: %2.</source>
            <translation>✓ Die Datenbank ist neu verschlüsselt (Schlüsselgeneration %1); der neue Schlüssel ist versiegelt für: %2.</translation>
    </message>
    <message>
        <source>✗ The database was not re-keyed: %1</source>
            <translation>✗ Die Datenbank wurde nicht neu verschlüsselt: %1</translation>
    </message>
</context>
<context>
    <name>medilock::ui::RestoreDialog</name>
    <message>
        <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
            <translation>An&amp;melden</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>A restore under way cannot be cancelled; the window can be closed once it has ended.</source>
            <translation>Eine laufende Wiederherstellung lässt sich nicht abbrechen; das Fenster lässt sich erst schließen, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backup &amp;archive:</source>
            <translation>Sicherungs-&amp;Archiv:</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
            <translation>Sicherungs-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Backup archive</source>
            <translation>Sicherungsarchiv</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
            <translation>Sicherungs-Passphrase</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
            <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Brings a node back from an encrypted backup archive, for instance on a workstation whose disk was replaced. You need the archive, its backup passphrase, and the user name and passphrase of a user of the backed-up node. The restored ledger is verified block for block before the node is put in place; if anything fails, nothing is written.</source>
            <translation>Holt einen Knoten aus einem verschlüsselten Sicherungsarchiv zurück, etwa auf einem Arbeitsplatz, dessen Festplatte ausgetauscht wurde. Sie brauchen das Archiv, seine Sicherungs-Passphrase sowie Benutzername und Passphrase eines Benutzers des gesicherten Knotens. Das wiederhergestellte Ledger wird Block für Block geprüft, bevor der Knoten an seinen Platz kommt; schlägt etwas fehl, wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Choose a new directory to restore into.</source>
            <translation>Wählen Sie ein neues Verzeichnis, in das wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>Choose a new, empty directory for the restored node</source>
            <translation>Neues, leeres Verzeichnis für den wiederhergestellten Knoten wählen</translation>
    </message>
    <message>
        <source>Choose the backup archive</source>
            <translation>Sicherungsarchiv wählen</translation>
    </message>
    <message>
        <source>Choose the backup archive to restore.</source>
            <translation>Wählen Sie das Sicherungsarchiv, das wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>Enter the backup passphrase, and the user name and passphrase of a user of the backed-up node.</source>
            <translation>Geben Sie die Sicherungs-Passphrase ein sowie Benutzername und Passphrase eines Benutzers des gesicherten Knotens.</translation>
    </message>
    <message>
        <source>MediLock backups (*.mlbak)</source>
            <translation>MediLock-Sicherungen (*.mlbak)</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
            <translation>Passp&amp;hrase:</translation>
    </message>
    <message>
        <source>Restore &amp;into (a new directory):</source>
            <translation>Wiederherstellen &amp;nach (neues Verzeichnis):</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
            <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore into this directory</source>
            <translation>In dieses Verzeichnis wiederherstellen</translation>
    </message>
    <message>
        <source>Restore into:</source>
            <translation>Wiederherstellen nach:</translation>
    </message>
    <message>
        <source>Restore progress</source>
            <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <source>Step 1 of 2: decrypting the archive…</source>
            <translation>Schritt 1 von 2: Archiv wird entschlüsselt…</translation>
    </message>
    <message>
        <source>Step 2 of 2: verifying every block and entry of the restored ledger…</source>
            <translation>Schritt 2 von 2: jeder Block und jeder Eintrag des wiederhergestellten Ledgers wird geprüft…</translation>
    </message>
    <message>
        <source>This node signs nothing until it has caught up with its own chain from a peer: it cannot know what it signed after the backup was taken. Start it where its usual peers can be reached. Until then no record can be signed; charts and the emergency view still open, each access is kept signed until it can be sealed, and the status bar says that the node is waiting.</source>
            <translation>Dieser Knoten signiert nichts, bis er seine eigene Kette von einem Partner nachgeholt hat: Er kann nicht wissen, was er nach der Sicherung signiert hat. Starten Sie ihn dort, wo seine üblichen Partner erreichbar sind. Bis dahin lässt sich kein Eintrag signieren; Akten und die Notfallansicht öffnen sich weiterhin, jeder Zugriff wird signiert aufbewahrt, bis er versiegelt werden kann, und die Statusleiste zeigt, dass der Knoten wartet.</translation>
    </message>
    <message>
        <source>To open this node at a later start, start MediLock with --data %1.</source>
            <translation>Um diesen Knoten bei einem späteren Start zu öffnen, starten Sie MediLock mit --data %1.</translation>
    </message>
    <message>
        <source>User name</source>
            <translation>Benutzername</translation>
    </message>
    <message>
        <source>Your passphrase</source>
            <translation>Ihre Passphrase</translation>
    </message>
    <message>
        <source>✓ Restored into %1 and verified: %2 blocks, %3 entries.</source>
            <translation>✓ Wiederhergestellt nach %1 und geprüft: %2 Blöcke, %3 Einträge.</translation>
    </message>
    <message>
        <source>✗ Nothing was restored: %1</source>
            <translation>✗ Es wurde nichts wiederhergestellt: %1</translation>
    </message>
</context>
<context>
    <name>medilock::ui::RevokeUserDialog</name>
    <message>
        <source>&amp;Revoke for good</source>
            <translation>Endgültig &amp;widerrufen</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
            <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Reason for the revocation</source>
            <translation>Grund für den Widerruf</translation>
    </message>
    <message>
        <source>Revoke %1</source>
            <translation>%1 widerrufen</translation>
    </message>
    <message>
        <source>This cannot be undone. %1&apos;s key is revoked on the ledger and their keyring slot on this node is removed: every node refuses what the key signs from now on. What it signed before stays valid. The database is then re-keyed, so the database key %1 may have kept opens nothing written from now on; sync stops meanwhile. No other program may have the node open.</source>
            <translation>Dies lässt sich nicht rückgängig machen. Der Schlüssel von %1 wird im Ledger widerrufen und der Schlüsselbund-Eintrag auf diesem Knoten entfernt: Jeder Knoten weist ab jetzt zurück, was der Schlüssel signiert. Was er vorher signiert hat, bleibt gültig. Danach wird die Datenbank neu verschlüsselt, sodass der Datenbankschlüssel, den %1 behalten haben könnte, nichts öffnet, was ab jetzt geschrieben wird; die Synchronisation hält währenddessen an. Kein anderes Programm darf den Knoten geöffnet haben.</translation>
    </message>
    <message>
        <source>e.g. left the clinic</source>
            <translation>z. B. hat die Klinik verlassen</translation>
    </message>
</context>
<context>
    <name>medilock::ui::SyncStatusLabel</name>
    <message>
        <source>Sync needs attention: %1</source>
            <translation>Synchronisation braucht Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <source>Sync status</source>
            <translation>Synchronisationsstatus</translation>
    </message>
    <message>
        <source>Sync status unavailable</source>
            <translation>Synchronisationsstatus nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>medilock::ui::UsersPane</name>
    <message>
        <source>%1 has a new key.</source>
            <translation>%1 hat einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is revoked; the database is re-keyed.</source>
            <translation>%1 ist widerrufen; die Datenbank ist neu verschlüsselt.</translation>
    </message>
    <message>
        <source>&amp;Enrol user…</source>
            <translation>Benutzer &amp;registrieren…</translation>
    </message>
    <message>
        <source>Change &amp;my passphrase…</source>
            <translation>&amp;Meine Passphrase ändern…</translation>
    </message>
    <message>
        <source>Enrol a user</source>
            <translation>Benutzer registrieren</translation>
    </message>
    <message>
        <source>Enrolled %1.</source>
            <translation>%1 registriert.</translation>
    </message>
    <message>
        <source>R&amp;otate key…</source>
            <translation>Schlüssel r&amp;otieren…</translation>
    </message>
    <message>
        <source>Revo&amp;ke…</source>
            <translation>Wider&amp;rufen…</translation>
    </message>
    <message>
        <source>Revoke the selected user</source>
            <translation>Gewählten Benutzer widerrufen</translation>
    </message>
    <message>
        <source>Rotate the selected user&apos;s key</source>
            <translation>Schlüssel des gewählten Benutzers rotieren</translation>
    </message>
    <message>
        <source>Users of this clinic</source>
            <translation>Benutzer dieser Klinik</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
            <translation>Ihre Passphrase ist geändert.</translation>
    </message>
</context>
<context>
    <name>medilock::ui::VerifyCardDialog</name>
    <message>
        <source>&amp;Verify</source>
            <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>NOT VALID: do not rely on this card.</source>
            <translation>UNGÜLTIG: verlassen Sie sich nicht auf diese Karte.</translation>
    </message>
    <message>
        <source>Paste the text read from the card&apos;s QR code (a phone&apos;s scanner app or &quot;zbarimg --raw&quot; shows it). It is checked here, offline.</source>
            <translation>Fügen Sie den aus dem QR-Code der Karte gelesenen Text ein (eine Scanner-App auf dem Telefon oder „zbarimg --raw“ zeigt ihn). Er wird hier offline geprüft.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
            <translation>Grund: %1</translation>
    </message>
    <message>
        <source>SIGNATURE VALID BUT NOT FROM A KNOWN NODE: the key %1 is not certified on this node&apos;s ledger; do not rely on this card&apos;s content (issued %2).</source>
            <translation>SIGNATUR GÜLTIG, ABER NICHT VON EINEM BEKANNTEN KNOTEN: der Schlüssel %1 ist im Ledger dieses Knotens nicht zertifiziert; verlassen Sie sich nicht auf den Inhalt dieser Karte (ausgestellt %2).</translation>
    </message>
    <message>
        <source>Text of the emergency card&apos;s QR code</source>
            <translation>Text des QR-Codes der Notfallkarte</translation>
    </message>
    <message>
        <source>The card says what the issuing node knew when it was issued.</source>
            <translation>Die Karte gibt wieder, was der ausstellende Knoten zum Zeitpunkt der Ausstellung wusste.</translation>
    </message>
    <message>
        <source>VALID: signed by %1 on %2.</source>
            <translation>GÜLTIG: signiert von %1 am %2.</translation>
    </message>
    <message>
        <source>Verify an emergency card</source>
            <translation>Eine Notfallkarte prüfen</translation>
    </message>
    <message>
        <source>Verify the pasted card</source>
            <translation>Die eingefügte Karte prüfen</translation>
    </message>
    <message>
        <source>an unknown node (key %1)</source>
            <translation>einem unbekannten Knoten (Schlüssel %1)</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; of clinic &quot;%2&quot;</source>
            <translation>Knoten „%1“ der Klinik „%2“</translation>
    </message>
</context>
<context>
    <name>medilock::ui::VitalsDialog</name>
    <message>
        <source>%</source>
            <translation>%</translation>
    </message>
    <message>
        <source>&amp;Diastolic pressure:</source>
            <translation>&amp;Diastolischer Druck:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
            <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Pulse:</source>
            <translation>&amp;Puls:</translation>
    </message>
    <message>
        <source>&amp;Respiratory rate:</source>
            <translation>&amp;Atemfrequenz:</translation>
    </message>
    <message>
        <source>&amp;Systolic pressure:</source>
            <translation>&amp;Systolischer Druck:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
            <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
            <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>/min</source>
            <translation>/min</translation>
    </message>
    <message>
        <source>Out of range or not a number: %1.</source>
            <translation>Außerhalb des Bereichs oder keine Zahl: %1.</translation>
    </message>
    <message>
        <source>Record vital signs</source>
            <translation>Vitalzeichen erfassen</translation>
    </message>
    <message>
        <source>S&amp;pO₂:</source>
            <translation>S&amp;pO₂:</translation>
    </message>
    <message>
        <source>cm</source>
            <translation>cm</translation>
    </message>
    <message>
        <source>kg</source>
            <translation>kg</translation>
    </message>
    <message>
        <source>mmHg</source>
            <translation>mmHg</translation>
    </message>
    <message>
        <source>°C</source>
            <translation>°C</translation>
    </message>
</context>
<context>
    <name>medilock::ui::VitalsPane</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
            <translation>Datum</translation>
    </message>
    <message numerus="yes">
        <source>LOINC %1, %n measurement(s)</source>
            <translation>
                <numerusform>LOINC %1, %n Messung</numerusform>
                <numerusform>LOINC %1, %n Messungen</numerusform>
            </translation>
    </message>
    <message>
        <source>No vital signs recorded</source>
            <translation>Keine Vitalzeichen erfasst</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
            <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Show:</source>
            <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Vital signs over time</source>
            <translation>Vitalzeichen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Vital signs to plot</source>
            <translation>Darzustellende Vitalzeichen</translation>
    </message>
    <message>
        <source>Vitals</source>
            <translation>Vitalwerte</translation>
    </message>
</context>
</TS>
