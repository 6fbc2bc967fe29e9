<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>CaseFileOpener</name>
    <message>
        <source>Case file in use</source>
        <translation>Verfahrensakte wird verwendet</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You will see everything but cannot change anything.</source>
        <translation>%1

Schreibgeschützt öffnen? Sie sehen alles, können aber nichts ändern.</translation>
    </message>
    <message>
        <source>Cannot open case file</source>
        <translation>Verfahrensakte kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Selection Panel cannot open %1.

%2</source>
        <translation>Selection Panel kann %1 nicht öffnen.

%2</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Commission official</source>
        <translation>Beamter der Kommission</translation>
    </message>
    <message>
        <source>Official (other institution)</source>
        <translation>Beamter (andere Institution)</translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation>Erfolgreicher Bewerber eines Auswahlverfahrens</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4)</source>
        <translation>%1 %2 %3 (%4)</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>%1 is not possible: %2</source>
        <translation>%1 ist nicht möglich: %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 was not recorded: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Decide %1 eligible</source>
        <translation>Entscheiden, dass %1 die Zulassungsbedingungen erfüllt</translation>
    </message>
    <message>
        <source>Decide %1 not eligible</source>
        <translation>Entscheiden, dass %1 die Zulassungsbedingungen nicht erfüllt</translation>
    </message>
    <message>
        <source>Count %1 as the application</source>
        <translation>%1 als die gültige Bewerbung zählen</translation>
    </message>
    <message>
        <source>Set %1 aside as a duplicate</source>
        <translation>%1 als Duplikat zurückstellen</translation>
    </message>
    <message>
        <source>Save pre-selection marks for %1</source>
        <translation>Bewertung der Vorauswahl für %1 speichern</translation>
    </message>
    <message>
        <source>Save interview marks for %1</source>
        <translation>Bewertung des Vorstellungsgesprächs für %1 speichern</translation>
    </message>
    <message>
        <source>the marks for %1 have been submitted and are final</source>
        <translation>die Bewertung für %1 wurde abgegeben und ist endgültig</translation>
    </message>
    <message>
        <source>Clear %1 for %2</source>
        <translation>%1 für %2 zurücksetzen</translation>
    </message>
    <message>
        <source>Tick %1 fulfilled for %2</source>
        <translation>%1 für %2 als erfüllt ankreuzen</translation>
    </message>
    <message>
        <source>Tick %1 not fulfilled for %2</source>
        <translation>%1 für %2 als nicht erfüllt ankreuzen</translation>
    </message>
</context>
<context>
    <name>IrreversibleAct</name>
    <message>
        <source>Submit pre-selection marks for %1</source>
        <translation>Bewertung der Vorauswahl für %1 abgeben</translation>
    </message>
    <message>
        <source>Submit interview marks for %1</source>
        <translation>Bewertung des Vorstellungsgesprächs für %1 abgeben</translation>
    </message>
    <message>
        <source>Record a consensus mark for %1</source>
        <translation>Konsensnote für %1 erfassen</translation>
    </message>
    <message>
        <source>Invite %1 to interview</source>
        <translation>%1 zum Vorstellungsgespräch einladen</translation>
    </message>
    <message>
        <source>Decide not to invite %1 to interview</source>
        <translation>Entscheiden, %1 nicht zum Vorstellungsgespräch einzuladen</translation>
    </message>
    <message>
        <source>Recommend %1</source>
        <translation>%1 empfehlen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n application(s)</source>
        <translation>
            <numerusform>%n Bewerbung importieren</numerusform>
            <numerusform>%n Bewerbungen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the return %1</source>
        <translation>Rückgabe %1 importieren</translation>
    </message>
    <message>
        <source>Note in the record: %1</source>
        <translation>Im Protokoll vermerken: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>The language changes when you restart.</source>
        <translation>Die Sprache wechselt beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Applies after a restart of the application</source>
        <translation>Wirksam nach einem Neustart der Anwendung</translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <source>grid not frozen</source>
        <translation>Bewertungsraster nicht festgeschrieben</translation>
    </message>
    <message>
        <source>abstains</source>
        <translation>Enthaltung</translation>
    </message>
    <message>
        <source>to mark</source>
        <translation>zu bewerten</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>abgegeben</translation>
    </message>
    <message>
        <source>interview: grid not frozen</source>
        <translation>Vorstellungsgespräch: Bewertungsraster nicht festgeschrieben</translation>
    </message>
    <message>
        <source>interview: abstains</source>
        <translation>Vorstellungsgespräch: Enthaltung</translation>
    </message>
    <message>
        <source>interview: to mark</source>
        <translation>Vorstellungsgespräch: zu bewerten</translation>
    </message>
    <message>
        <source>interview: draft</source>
        <translation>Vorstellungsgespräch: Entwurf</translation>
    </message>
    <message>
        <source>interview: submitted</source>
        <translation>Vorstellungsgespräch: abgegeben</translation>
    </message>
</context>
<context>
    <name>RecordSecrecy</name>
    <message>
        <source>(hidden: you may not see these marks)</source>
        <translation>(verborgen: Sie dürfen diese Bewertung nicht sehen)</translation>
    </message>
    <message>
        <source>(hidden: you see the other members&apos; marks once you have submitted yours)</source>
        <translation>(verborgen: Sie sehen die Bewertungen der anderen Mitglieder, sobald Sie Ihre abgegeben haben)</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>inadmissible</source>
        <translation>unzulässig</translation>
    </message>
    <message>
        <source>duplicate set aside</source>
        <translation>Duplikat zurückgestellt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>erfüllt die Zulassungsbedingungen</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>erfüllt die Zulassungsbedingungen nicht</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>admissible</source>
        <translation>zulässig</translation>
    </message>
    <message>
        <source>inadmissible (late)</source>
        <translation>unzulässig (verspätet)</translation>
    </message>
</context>
<context>
    <name>SessionUser</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sp::ui</name>
    <message>
        <source>Workbooks not exported</source>
        <translation>Arbeitsmappen nicht exportiert</translation>
    </message>
    <message>
        <source>This is a member&apos;s workbook: workbooks are exported from the case.</source>
        <translation>Dies ist die Arbeitsmappe eines Mitglieds: Arbeitsmappen werden aus der Verfahrensakte exportiert.</translation>
    </message>
    <message>
        <source>Export member workbooks into</source>
        <translation>Arbeitsmappen der Mitglieder exportieren nach</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No workbook was written.</source>
        <translation>Es wurde keine Arbeitsmappe geschrieben.</translation>
    </message>
    <message>
        <source>Written, one for each member to mark the interviews:
%1</source>
        <translation>Geschrieben, eine für jedes Mitglied, das die Vorstellungsgespräche bewertet:
%1</translation>
    </message>
    <message>
        <source>Written, one for each member to mark at pre-selection:
%1</source>
        <translation>Geschrieben, eine für jedes Mitglied, das in der Vorauswahl bewertet:
%1</translation>
    </message>
    <message>
        <source>

Not written:
%1</source>
        <translation>

Nicht geschrieben:
%1</translation>
    </message>
    <message>
        <source>Member workbooks</source>
        <translation>Arbeitsmappen der Mitglieder</translation>
    </message>
    <message>
        <source>Marks not returned</source>
        <translation>Bewertungen nicht zurückgegeben</translation>
    </message>
    <message>
        <source>This is the case itself: marks are returned from a member&apos;s workbook.</source>
        <translation>Dies ist die Verfahrensakte selbst: Bewertungen werden aus der Arbeitsmappe eines Mitglieds zurückgegeben.</translation>
    </message>
    <message>
        <source>Return my marks</source>
        <translation>Meine Bewertungen zurückgeben</translation>
    </message>
    <message>
        <source>Marks returns (*.json)</source>
        <translation>Bewertungsrückgaben (*.json)</translation>
    </message>
    <message>
        <source>Marks returned</source>
        <translation>Bewertungen zurückgegeben</translation>
    </message>
    <message>
        <source>Your submitted marks are in %1, signed with your key. Send that file to the panel&apos;s secretary, who imports it into the case.</source>
        <translation>Ihre eingereichten Bewertungen stehen in %1, mit Ihrem Schlüssel signiert. Senden Sie diese Datei an das Sekretariat des Ausschusses, das sie in die Verfahrensakte importiert.</translation>
    </message>
    <message>
        <source>Import returns</source>
        <translation>Rückgaben importieren</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2&apos;s %n sheet(s) submitted</source>
        <translation>
            <numerusform>%1: %n Bewertungsbogen von %2 eingereicht</numerusform>
            <numerusform>%1: %n Bewertungsbögen von %2 eingereicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Returns imported</source>
        <translation>Rückgaben importiert</translation>
    </message>
</context>
<context>
    <name>sp::ui::ApplicationSearchPane</name>
    <message>
        <source>Search all applications</source>
        <translation>Alle Bewerbungen durchsuchen</translation>
    </message>
    <message>
        <source>Search all applications: words, &quot;phrases&quot;, prefix*, OR</source>
        <translation>Alle Bewerbungen durchsuchen: Wörter, &quot;Wortfolgen&quot;, Präfix*, OR</translation>
    </message>
    <message>
        <source>Applications found</source>
        <translation>Gefundene Bewerbungen</translation>
    </message>
    <message>
        <source>Indexing the applications&apos; text for searching…</source>
        <translation>Der Text der Bewerbungen wird für die Suche indiziert…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>The applications could not be indexed: %1</source>
        <translation>Die Bewerbungen konnten nicht indiziert werden: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2 — page(s) %3</source>
        <translation>%1 %2 — Seite(n) %3</translation>
    </message>
    <message>
        <source>No application matches.</source>
        <translation>Keine Bewerbung passt.</translation>
    </message>
    <message>
        <source>%1 application(s) match.</source>
        <translation>%1 Bewerbung(en) passen.</translation>
    </message>
    <message>
        <source>%1 application(s) not indexed yet were not searched.</source>
        <translation>%1 noch nicht indizierte Bewerbung(en) wurden nicht durchsucht.</translation>
    </message>
</context>
<context>
    <name>sp::ui::CandidateListPane</name>
    <message>
        <source>Filter candidates</source>
        <translation>Bewerber filtern</translation>
    </message>
    <message>
        <source>Filter by reference, name or e-mail</source>
        <translation>Nach Aktenzeichen, Name oder E-Mail filtern</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <source>Show tier</source>
        <translation>Angezeigte Prioritätsstufe</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Angezeigter Status</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Show by my marks</source>
        <translation>Anzeige nach meiner Bewertung</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Still to mark</source>
        <translation>Noch zu bewerten</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;My marks:</source>
        <translation>&amp;Meine Bewertung:</translation>
    </message>
    <message>
        <source>Every tier</source>
        <translation>Alle Stufen</translation>
    </message>
</context>
<context>
    <name>sp::ui::CandidateTableModel</name>
    <message>
        <source>probable duplicate of %1 (%2)</source>
        <translation>wahrscheinliches Duplikat von %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 UTC</source>
        <translation>%1 (%2)
%3 UTC</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Staatsangehörigkeiten</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Pre-check</source>
        <translation>Vorprüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>My marks</source>
        <translation>Meine Bewertung</translation>
    </message>
</context>
<context>
    <name>sp::ui::ConsensusDialog</name>
    <message>
        <source>Consensus mark for %1</source>
        <translation>Konsensnote für %1</translation>
    </message>
    <message>
        <source>What the panel agreed after discussing the marks</source>
        <translation>Worauf sich der Ausschuss nach Erörterung der Noten geeinigt hat</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Kriterium:</translation>
    </message>
    <message>
        <source>&amp;Mark:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
</context>
<context>
    <name>sp::ui::EditHistory</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo: “%1” cannot be undone</source>
        <translation>&amp;Rückgängig: „%1“ kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
</context>
<context>
    <name>sp::ui::EligibilityPane</name>
    <message>
        <source>Admissibility</source>
        <translation>Zulässigkeit</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>Zulassungsbedingungen</translation>
    </message>
    <message>
        <source>Declarations ticked from the documents</source>
        <translation>Anhand der Unterlagen angekreuzte Erklärungen</translation>
    </message>
    <message>
        <source>Panel decision</source>
        <translation>Entscheidung des Auswahlausschusses</translation>
    </message>
    <message>
        <source>Recorded decision</source>
        <translation>Gespeicherte Entscheidung</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Begründung der Entscheidung</translation>
    </message>
    <message>
        <source>Reason (required when the decision differs from the pre-check)</source>
        <translation>Begründung (erforderlich, wenn die Entscheidung von der Vorprüfung abweicht)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Erfüllt die Zulassungsbedingungen</translation>
    </message>
    <message>
        <source>Decide eligible</source>
        <translation>Entscheiden: erfüllt die Bedingungen</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Erfüllt die Zulassungsbedingungen nicht</translation>
    </message>
    <message>
        <source>Decide not eligible</source>
        <translation>Entscheiden: erfüllt die Bedingungen nicht</translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation>Wahrscheinliches Duplikat</translation>
    </message>
    <message>
        <source>This application and the other side by side</source>
        <translation>Diese Bewerbung und die andere nebeneinander</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>This application</source>
        <translation>Diese Bewerbung</translation>
    </message>
    <message>
        <source>The other</source>
        <translation>Die andere</translation>
    </message>
    <message>
        <source>Reason for the duplicate decision</source>
        <translation>Begründung der Entscheidung über das Duplikat</translation>
    </message>
    <message>
        <source>Reason (required to set this application aside)</source>
        <translation>Begründung (erforderlich, um diese Bewerbung zurückzustellen)</translation>
    </message>
    <message>
        <source>This one counts</source>
        <translation>Diese zählt</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Admissibility&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zulässigkeit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Eligibility pre-check&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorprüfung der Zulassungsbedingungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>nicht angekreuzt</translation>
    </message>
    <message>
        <source>✔ fulfilled</source>
        <translation>✔ erfüllt</translation>
    </message>
    <message>
        <source>✘ not fulfilled</source>
        <translation>✘ nicht erfüllt</translation>
    </message>
    <message>
        <source>No candidate selected.</source>
        <translation>Kein Bewerber ausgewählt.</translation>
    </message>
    <message>
        <source>%1 — %2, %3: %4 (%5)</source>
        <translation>%1 — %2, %3: %4 (%5)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overall:</source>
        <translation>Gesamtergebnis:</translation>
    </message>
    <message>
        <source>Decided eligible by %1 on %2.</source>
        <translation>Erfüllt die Zulassungsbedingungen: Entscheidung von %1 am %2.</translation>
    </message>
    <message>
        <source>Decided not eligible by %1 on %2.</source>
        <translation>Erfüllt die Zulassungsbedingungen nicht: Entscheidung von %1 am %2.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>No decision yet. The pre-check says: %1.</source>
        <translation>Noch keine Entscheidung. Ergebnis der Vorprüfung: %1.</translation>
    </message>
    <message>
        <source>Probable duplicate of %1 — %2</source>
        <translation>Wahrscheinliches Duplikat von %1 — %2</translation>
    </message>
    <message>
        <source>this one is set aside</source>
        <translation>diese ist zurückgestellt</translation>
    </message>
    <message>
        <source>which one counts?</source>
        <translation>welche zählt?</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Sign in first (File &gt; Sign in as…): every decision names who took it.</source>
        <translation>Melden Sie sich zuerst an (Datei &gt; Anmelden als…): Jede Entscheidung nennt, wer sie getroffen hat.</translation>
    </message>
</context>
<context>
    <name>sp::ui::ImportDialog</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>ganze Datei</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Problems that prevent an import</source>
        <translation>Probleme, die den Import verhindern</translation>
    </message>
    <message>
        <source>Warnings: imported anyway</source>
        <translation>Warnungen: trotzdem importiert</translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows</source>
        <translation>Ungültige Zeilen ü&amp;berspringen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Bewerbungen importieren</translation>
    </message>
    <message>
        <source>Applications CSV file</source>
        <translation>CSV-Datei der Bewerbungen</translation>
    </message>
    <message>
        <source>The CSV file of the applications (or drop it here)</source>
        <translation>Die CSV-Datei der Bewerbungen (oder hier ablegen)</translation>
    </message>
    <message>
        <source>Folder of the application PDFs</source>
        <translation>Ordner der Bewerbungs-PDFs</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the PDF folder</source>
        <translation>PDF-Ordner auswählen</translation>
    </message>
    <message>
        <source>Applications &amp;CSV:</source>
        <translation>&amp;CSV der Bewerbungen:</translation>
    </message>
    <message>
        <source>&amp;PDF folder:</source>
        <translation>&amp;PDF-Ordner:</translation>
    </message>
    <message>
        <source>Rows checked</source>
        <translation>Geprüfte Zeilen</translation>
    </message>
    <message>
        <source>%v of %m rows checked</source>
        <translation>%v von %m Zeilen geprüft</translation>
    </message>
    <message>
        <source>Choose the CSV file and the PDF folder, then check them.</source>
        <translation>Wählen Sie die CSV-Datei und den PDF-Ordner und prüfen Sie sie dann.</translation>
    </message>
    <message>
        <source>Problems (rows that cannot be imported):</source>
        <translation>Probleme (Zeilen, die nicht importiert werden können):</translation>
    </message>
    <message>
        <source>Warnings (probable duplicates, imported anyway):</source>
        <translation>Warnungen (wahrscheinliche Duplikate, trotzdem importiert):</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>Check cancelled: nothing was imported.</source>
        <translation>Prüfung abgebrochen: nichts wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) ready to import.</source>
        <translation>
            <numerusform>%n Bewerbung bereit zum Importieren.</numerusform>
            <numerusform>%n Bewerbungen bereit zum Importieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) valid; %1 problem(s) to correct in the CSV file or the PDF folder.</source>
        <translation>
            <numerusform>%n Bewerbung gültig; %1 Problem(e) in der CSV-Datei oder im PDF-Ordner zu beheben.</numerusform>
            <numerusform>%n Bewerbungen gültig; %1 Problem(e) in der CSV-Datei oder im PDF-Ordner zu beheben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications not imported</source>
        <translation>Bewerbungen nicht importiert</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
</context>
<context>
    <name>sp::ui::JustificationDialog</name>
    <message>
        <source>Recommend %1</source>
        <translation>%1 empfehlen</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>sp::ui::MainWindow</name>
    <message>
        <source>Candidates shown</source>
        <translation>Angezeigte Bewerber</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Sign in as…</source>
        <translation>&amp;Anmelden als…</translation>
    </message>
    <message>
        <source>&amp;Export shortlist…</source>
        <translation>Auswahlliste e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Ranking…</source>
        <translation>&amp;Rangfolge…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Next candidate needing my marks</source>
        <translation>&amp;Nächster von mir zu bewertender Bewerber</translation>
    </message>
    <message>
        <source>No candidate in the list needs your marks.</source>
        <translation>Kein Bewerber in der Liste wartet auf Ihre Bewertung.</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Export shortlist</source>
        <translation>Auswahlliste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Shortlist written to %1</source>
        <translation>Auswahlliste in %1 gespeichert</translation>
    </message>
    <message>
        <source>Shortlist not exported</source>
        <translation>Auswahlliste nicht exportiert</translation>
    </message>
    <message>
        <source>The shortlist could not be written to %1: %2</source>
        <translation>Die Auswahlliste konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Selection Panel</source>
        <translation>Selection Panel</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Verfahrensakte öffnen</translation>
    </message>
    <message>
        <source>Application and assessment</source>
        <translation>Bewerbung und Bewertung</translation>
    </message>
    <message>
        <source>&amp;Application PDF</source>
        <translation>&amp;Bewerbungs-PDF</translation>
    </message>
    <message>
        <source>&amp;Eligibility</source>
        <translation>&amp;Zulassungsbedingungen</translation>
    </message>
    <message>
        <source>&amp;Pre-selection</source>
        <translation>&amp;Vorauswahl</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>Vorstellungs&amp;gespräch</translation>
    </message>
    <message>
        <source>No candidate selected.</source>
        <translation>Kein Bewerber ausgewählt.</translation>
    </message>
    <message>
        <source>This case file holds no candidates yet.</source>
        <translation>Diese Verfahrensakte enthält noch keine Bewerber.</translation>
    </message>
    <message>
        <source>Case files (*%1);;All files (*)</source>
        <translation>Verfahrensakten (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No candidate matches the filter.</source>
        <translation>Kein Bewerber entspricht dem Filter.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 — %4</source>
        <translation>%1 — %2, %3 — %4</translation>
    </message>
    <message>
        <source>The application PDF cannot be read from the case file: %1</source>
        <translation>Das Bewerbungs-PDF kann nicht aus der Verfahrensakte gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 — Selection Panel [read-only]</source>
        <translation>%1 — Selection Panel [schreibgeschützt]</translation>
    </message>
    <message>
        <source>%1 — Selection Panel</source>
        <translation>%1 — Selection Panel</translation>
    </message>
    <message>
        <source>1 candidate</source>
        <translation>1 Bewerber</translation>
    </message>
    <message>
        <source>%1 candidates</source>
        <translation>%1 Bewerber</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Neue Verfahrensakte…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import applications…</source>
        <translation>Bewerbungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Case file not created</source>
        <translation>Verfahrensakte nicht erstellt</translation>
    </message>
    <message>
        <source>The case file %1 could not be created: %2</source>
        <translation>Die Verfahrensakte %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Open a case file for writing to import applications into it.</source>
        <translation>Öffnen Sie eine Verfahrensakte zum Schreiben, um Bewerbungen zu importieren.</translation>
    </message>
    <message>
        <source>Applications imported.</source>
        <translation>Bewerbungen importiert.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Find in application PDF</source>
        <translation>Im Bewerbungs-PDF &amp;suchen</translation>
    </message>
    <message>
        <source>Procedure &amp;overview…</source>
        <translation>Verfahrensü&amp;bersicht…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Record of the &amp;procedure…</source>
        <translation>&amp;Protokoll des Verfahrens…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Record of the selected &amp;candidate…</source>
        <translation>Protokoll zum &amp;ausgewählten Bewerber…</translation>
    </message>
    <message>
        <source>Case file damaged</source>
        <translation>Verfahrensakte beschädigt</translation>
    </message>
    <message>
        <source>%1

Selection Panel has closed it so that nothing more is written to it. Restore the latest backup of the case file, or ask your IT support to examine it.</source>
        <translation>%1

Selection Panel hat sie geschlossen, damit nichts mehr hineingeschrieben wird. Stellen Sie die letzte Sicherung der Verfahrensakte wieder her oder lassen Sie sie von Ihrem IT-Support prüfen.</translation>
    </message>
    <message>
        <source>Creating the example case…</source>
        <translation>Die Beispielakte wird angelegt…</translation>
    </message>
    <message>
        <source>Example not created</source>
        <translation>Beispiel nicht angelegt</translation>
    </message>
    <message>
        <source>The example case file %1 could not be created: %2</source>
        <translation>Die Beispielakte %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The example case is kept in %1.</source>
        <translation>Die Beispielakte liegt in %1.</translation>
    </message>
    <message>
        <source>Export member &amp;workbooks…</source>
        <translation>&amp;Arbeitsmappen der Mitglieder exportieren…</translation>
    </message>
    <message>
        <source>Import re&amp;turns…</source>
        <translation>&amp;Rückgaben importieren…</translation>
    </message>
    <message>
        <source>Re&amp;turn my marks…</source>
        <translation>Meine Bewertungen &amp;zurückgeben…</translation>
    </message>
    <message>
        <source>Done: %1. This cannot be undone.</source>
        <translation>Erledigt: %1. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Export re&amp;port…</source>
        <translation>Auswahlbericht ex&amp;portieren…</translation>
    </message>
    <message>
        <source>Export selection report</source>
        <translation>Auswahlbericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Selection report written to %1</source>
        <translation>Auswahlbericht in %1 gespeichert</translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation>Bericht nicht exportiert</translation>
    </message>
    <message>
        <source>The selection report could not be written to %1: %2</source>
        <translation>Der Auswahlbericht konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The report could not be entered in the record, so %1 was removed: %2</source>
        <translation>Der Bericht konnte nicht im Protokoll vermerkt werden; %1 wurde daher gelöscht: %2</translation>
    </message>
</context>
<context>
    <name>sp::ui::MarkSheetPane</name>
    <message>
        <source>Mark sheet state</source>
        <translation>Stand des Bewertungsbogens</translation>
    </message>
    <message>
        <source>Your marks</source>
        <translation>Ihre Bewertung</translation>
    </message>
    <message>
        <source>Comment on your marks</source>
        <translation>Kommentar zu Ihrer Bewertung</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Return)</source>
        <translation>Abgeben (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Submit your marks</source>
        <translation>Ihre Bewertung abgeben</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>The other members&apos; marks</source>
        <translation>Bewertungen der anderen Mitglieder</translation>
    </message>
    <message>
        <source>&lt;b&gt;The panel&apos;s marks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bewertungen des Auswahlausschusses&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Criterion&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kriterium&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weight&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gewichtung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Max&lt;/b&gt;</source>
        <translation>&lt;b&gt;Max.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mark&lt;/b&gt;</source>
        <translation>&lt;b&gt;Punkte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mark for %1, 0 to %2</source>
        <translation>Punkte für %1, 0 bis %2</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>No candidate selected.</source>
        <translation>Kein Bewerber ausgewählt.</translation>
    </message>
    <message>
        <source>Sign in as a panel member to mark (File &gt; Sign in as…).</source>
        <translation>Melden Sie sich als Mitglied des Auswahlausschusses an, um zu bewerten (Datei &gt; Anmelden als…).</translation>
    </message>
    <message>
        <source>The case file is open read-only.</source>
        <translation>Die Verfahrensakte ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Pre-selection marks for %1</source>
        <translation>Bewertung der Vorauswahl für %1</translation>
    </message>
    <message>
        <source>Interview marks for %1</source>
        <translation>Bewertung des Vorstellungsgesprächs für %1</translation>
    </message>
    <message>
        <source>You cannot mark: %1</source>
        <translation>Sie können nicht bewerten: %1</translation>
    </message>
    <message>
        <source>Submitted: your marks are final.</source>
        <translation>Abgegeben: Ihre Bewertung ist endgültig.</translation>
    </message>
    <message>
        <source>Draft saved. Submit when every criterion is marked.</source>
        <translation>Entwurf gespeichert. Geben Sie ab, wenn alle Kriterien bewertet sind.</translation>
    </message>
    <message>
        <source>Not marked yet. Each mark is saved as a draft when you leave it.</source>
        <translation>Noch nicht bewertet. Jede Punktzahl wird beim Verlassen des Feldes als Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Hidden: sign in as a panel member.</source>
        <translation>Verborgen: Melden Sie sich als Mitglied des Auswahlausschusses an.</translation>
    </message>
    <message>
        <source>Hidden: %1</source>
        <translation>Verborgen: %1</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spannweite</translation>
    </message>
    <message>
        <source>⚠ %1, to discuss</source>
        <translation>⚠ %1, zu besprechen</translation>
    </message>
    <message>
        <source>Weighted total: %1</source>
        <translation>Gewichtete Gesamtpunktzahl: %1</translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation>Unvollständig: %1</translation>
    </message>
    <message>
        <source>Submit marks</source>
        <translation>Bewertung abgeben</translation>
    </message>
    <message>
        <source>Submit your marks for %1? Submitted marks are final; you will then see the other members&apos; marks.</source>
        <translation>Ihre Bewertung für %1 abgeben? Abgegebene Bewertungen sind endgültig; danach sehen Sie die Bewertungen der anderen Mitglieder.</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Nicht abgegeben</translation>
    </message>
    <message>
        <source>Record consensus…</source>
        <translation>Konsens erfassen…</translation>
    </message>
    <message>
        <source>Record the panel&apos;s consensus mark for a criterion</source>
        <translation>Die Konsensnote des Ausschusses für ein Kriterium erfassen</translation>
    </message>
    <message>
        <source>(consensus: %1)</source>
        <translation>(Konsens: %1)</translation>
    </message>
    <message>
        <source>Only the chair records a consensus mark, after the panel&apos;s discussion.</source>
        <translation>Nur der Vorsitz erfasst eine Konsensnote, nach der Erörterung im Ausschuss.</translation>
    </message>
    <message>
        <source>Every member expected to mark must submit their marks first.</source>
        <translation>Alle zur Bewertung vorgesehenen Mitglieder müssen zuerst ihre Noten abgeben.</translation>
    </message>
    <message>
        <source>Record the mark the panel agreed on for a criterion; it replaces the members&apos; aggregate.</source>
        <translation>Die vom Ausschuss vereinbarte Note für ein Kriterium erfassen; sie ersetzt den Gesamtwert der Mitglieder.</translation>
    </message>
    <message>
        <source>Consensus not recorded</source>
        <translation>Konsens nicht erfasst</translation>
    </message>
    <message>
        <source>Working out who is invited to interview…</source>
        <translation>Es wird ermittelt, wer zum Vorstellungsgespräch eingeladen ist…</translation>
    </message>
</context>
<context>
    <name>sp::ui::NewCaseDialog</name>
    <message>
        <source>The &amp;example vacancy built into the program (%1)</source>
        <translation>Die im Programm enthaltene &amp;Beispiel-Stellenausschreibung (%1)</translation>
    </message>
    <message>
        <source>A &amp;vacancy file (JSON):</source>
        <translation>Eine &amp;Stellenausschreibungsdatei (JSON):</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Neue Verfahrensakte</translation>
    </message>
    <message>
        <source>Vacancy file</source>
        <translation>Stellenausschreibungsdatei</translation>
    </message>
    <message>
        <source>Case file to create</source>
        <translation>Zu erstellende Verfahrensakte</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the vacancy file</source>
        <translation>Stellenausschreibungsdatei auswählen</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the case file</source>
        <translation>Speicherort der Verfahrensakte auswählen</translation>
    </message>
    <message>
        <source>&amp;Case file:</source>
        <translation>&amp;Verfahrensakte:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>The vacancy of the procedure:</source>
        <translation>Die Stellenausschreibung des Verfahrens:</translation>
    </message>
    <message>
        <source>Vacancy files (*.json);;All files (*)</source>
        <translation>Stellenausschreibungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Case files (*%1)</source>
        <translation>Verfahrensakten (*%1)</translation>
    </message>
</context>
<context>
    <name>sp::ui::PageThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>sp::ui::PdfPane</name>
    <message>
        <source>Application PDF</source>
        <translation>Bewerbungs-PDF</translation>
    </message>
    <message>
        <source>Document shown</source>
        <translation>Angezeigtes Dokument</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>PDF message</source>
        <translation>Hinweis zum PDF</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Matches in the PDF</source>
        <translation>Treffer im PDF</translation>
    </message>
    <message>
        <source>No candidate selected.</source>
        <translation>Kein Bewerber ausgewählt.</translation>
    </message>
    <message>
        <source>PDF pages</source>
        <translation>PDF-Seiten</translation>
    </message>
    <message>
        <source>This PDF cannot be displayed: %1.

The file may be damaged; the original application should be obtained again.</source>
        <translation>Dieses PDF kann nicht angezeigt werden: %1.

Die Datei ist möglicherweise beschädigt; die ursprüngliche Bewerbung sollte erneut angefordert werden.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>it is not a valid PDF file</source>
        <translation>es ist keine gültige PDF-Datei</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>es ist durch ein Passwort geschützt</translation>
    </message>
    <message>
        <source>its data is incomplete</source>
        <translation>seine Daten sind unvollständig</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>sp::ui::PdfReader</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>p. %1 — %2</source>
        <translation>S. %1 — %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>sp::ui::ProcedureHeader</name>
    <message>
        <source>Procedure reference</source>
        <translation>Aktenzeichen des Verfahrens</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>Stellenbezeichnung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Besoldungsgruppen</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Bewerbungsfrist</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Referat %1</translation>
    </message>
    <message>
        <source>Member&apos;s workbook</source>
        <translation>Arbeitsmappe eines Mitglieds</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workbook of %1&lt;/b&gt; (%2) for %3 marking, exported from case %4 on %5. Only %1&apos;s marking is done here; when your sheets are submitted, File › Return my marks writes the signed file to send to the secretary.</source>
        <translation>&lt;b&gt;Arbeitsmappe von %1&lt;/b&gt; (%2) für die Bewertung in der Phase %3, exportiert aus der Verfahrensakte %4 am %5. Hier wird nur die Bewertung von %1 vorgenommen; sind Ihre Bögen eingereicht, schreibt Datei › Meine Bewertungen zurückgeben die signierte Datei für das Sekretariat.</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>pre-selection</source>
        <translation>Vorauswahl</translation>
    </message>
</context>
<context>
    <name>sp::ui::ProcedureOverviewDialog</name>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation>Fristgerecht eingegangen</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Erfüllen die Zulassungsbedingungen</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Zum Gespräch eingeladen</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>Geeignet</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>the vacancy names no under-represented Member State</source>
        <translation>die Stellenausschreibung nennt keinen unterrepräsentierten Mitgliedstaat</translation>
    </message>
    <message>
        <source>nationals of %1 (a candidate with any of these nationalities counts once), for reporting only:</source>
        <translation>Staatsangehörige von %1 (wer eine dieser Staatsangehörigkeiten besitzt, zählt einmal), nur zur Berichterstattung:</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4 %)</source>
        <translation>%1: %2 von %3 (%4 %)</translation>
    </message>
    <message>
        <source>Geographical balance:</source>
        <translation>Geografische Ausgewogenheit:</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekretär/in</translation>
    </message>
    <message>
        <source>Procedure overview — %1</source>
        <translation>Verfahrensübersicht — %1</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Bewerbungsfrist:</translation>
    </message>
    <message>
        <source>Applications:</source>
        <translation>Bewerbungen:</translation>
    </message>
    <message>
        <source>Eligibility:</source>
        <translation>Zulassungsbedingungen:</translation>
    </message>
    <message>
        <source>Panel:</source>
        <translation>Auswahlausschuss:</translation>
    </message>
    <message>
        <source>Evaluation grid:</source>
        <translation>Bewertungsraster:</translation>
    </message>
    <message>
        <source>Pre-selection:</source>
        <translation>Vorauswahl:</translation>
    </message>
    <message>
        <source>Pre-selection marking progress per member</source>
        <translation>Fortschritt der Bewertung in der Vorauswahl je Mitglied</translation>
    </message>
    <message>
        <source>Shortlist:</source>
        <translation>Auswahlliste:</translation>
    </message>
    <message>
        <source>Interview:</source>
        <translation>Vorstellungsgespräch:</translation>
    </message>
    <message>
        <source>Interview marking progress per member</source>
        <translation>Fortschritt der Bewertung der Vorstellungsgespräche je Mitglied</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Empfehlung:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Abstains</source>
        <translation>Enthaltungen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: %2 submitted</source>
        <translation>%1: %2 abgegeben</translation>
    </message>
    <message>
        <source>%1 received, %2 late, %3 duplicates set aside</source>
        <translation>eingegangen: %1, verspätet: %2, zurückgestellte Duplikate: %3</translation>
    </message>
    <message>
        <source>%1 eligible, %2 not eligible, %3 awaiting the panel&apos;s decision</source>
        <translation>Zulassungsbedingungen erfüllt: %1, nicht erfüllt: %2, Entscheidung des Auswahlausschusses ausstehend: %3</translation>
    </message>
    <message>
        <source>%1 members, %2 declared conflicts of interest</source>
        <translation>Mitglieder: %1, erklärte Interessenkonflikte: %2</translation>
    </message>
    <message>
        <source>draft: the panel may still change it; nobody marks yet</source>
        <translation>Entwurf: Der Auswahlausschuss kann es noch ändern; noch bewertet niemand</translation>
    </message>
    <message>
        <source>frozen: marking is open</source>
        <translation>festgeschrieben: Die Bewertung ist eröffnet</translation>
    </message>
    <message>
        <source>frozen: marking is open (reopened %1 times)</source>
        <translation>festgeschrieben: Die Bewertung ist eröffnet (%1-mal wieder geöffnet)</translation>
    </message>
    <message>
        <source>%1 candidates to mark, %2 marked by every expected member</source>
        <translation>zu bewertende Bewerber: %1, von allen zur Bewertung vorgesehenen Mitgliedern bewertet: %2</translation>
    </message>
    <message>
        <source>nobody invited to interview yet</source>
        <translation>noch niemand zum Vorstellungsgespräch eingeladen</translation>
    </message>
    <message>
        <source>%1 invited to interview</source>
        <translation>zum Vorstellungsgespräch eingeladen: %1</translation>
    </message>
    <message>
        <source>not yet recorded</source>
        <translation>noch nicht erfasst</translation>
    </message>
    <message>
        <source>%1, recorded by the panel</source>
        <translation>%1, vom Auswahlausschuss erfasst</translation>
    </message>
</context>
<context>
    <name>sp::ui::RankingDialog</name>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Pre-selection</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Ranking by tier</source>
        <translation>Rangfolge nach Prioritätsstufe</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason for the invitation decision</source>
        <translation>Begründung der Einladungsentscheidung</translation>
    </message>
    <message>
        <source>Reason (always recorded: a candidate may ask)</source>
        <translation>Begründung (wird immer gespeichert: Bewerber können danach fragen)</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>Do not invite</source>
        <translation>Nicht einladen</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>not invited</source>
        <translation>nicht eingeladen</translation>
    </message>
    <message>
        <source>(panel decision)</source>
        <translation>(Entscheidung des Auswahlausschusses)</translation>
    </message>
    <message>
        <source>tied: the panel settles it</source>
        <translation>Gleichstand: Der Auswahlausschuss entscheidet</translation>
    </message>
    <message>
        <source>No candidate takes part in this stage yet.</source>
        <translation>An dieser Phase nimmt noch kein Bewerber teil.</translation>
    </message>
    <message>
        <source>No candidate</source>
        <translation>Kein Bewerber</translation>
    </message>
    <message>
        <source>Select a candidate in the ranking first.</source>
        <translation>Wählen Sie zuerst einen Bewerber in der Rangfolge aus.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Recommend selected candidate…</source>
        <translation>Ausgewählte Person empfehlen…</translation>
    </message>
    <message>
        <source>Only the chair records the panel&apos;s recommendation.</source>
        <translation>Nur der Vorsitz erfasst die Empfehlung des Ausschusses.</translation>
    </message>
    <message>
        <source>The case file is open read-only.</source>
        <translation>Die Verfahrensdatei ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Record the selected candidate as the panel&apos;s recommendation to the appointing authority.</source>
        <translation>Die ausgewählte Person als Empfehlung des Ausschusses an die Anstellungsbehörde erfassen.</translation>
    </message>
    <message>
        <source>Recommended by the rules: nobody yet (no suitable candidate).</source>
        <translation>Nach den Regeln empfohlen: noch niemand (keine geeignete Person).</translation>
    </message>
    <message>
        <source>Recommended by the rules: tie at the top (%1): the panel must choose between %2.</source>
        <translation>Nach den Regeln empfohlen: Gleichstand an der Spitze (%1): der Ausschuss muss zwischen %2 wählen.</translation>
    </message>
    <message>
        <source>Recommended by the rules: %1 (%2)</source>
        <translation>Nach den Regeln empfohlen: %1 (%2)</translation>
    </message>
    <message>
        <source>Recorded by the panel: %1, by %2 on %3.</source>
        <translation>Vom Ausschuss erfasst: %1, von %2 am %3.</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>The panel has not recorded its recommendation yet.</source>
        <translation>Der Ausschuss hat seine Empfehlung noch nicht erfasst.</translation>
    </message>
    <message>
        <source>Justification (optional): why the panel recommends %1.</source>
        <translation>Begründung (optional): warum der Ausschuss %1 empfiehlt.</translation>
    </message>
    <message>
        <source>The rules recommend %1: say why %2 fits the post better.</source>
        <translation>Die Regeln empfehlen %1: begründen Sie, warum %2 besser auf die Stelle passt.</translation>
    </message>
    <message>
        <source>Recommendation not recorded</source>
        <translation>Empfehlung nicht erfasst</translation>
    </message>
</context>
<context>
    <name>sp::ui::ReaderToolBar</name>
    <message>
        <source>PDF reader tools</source>
        <translation>PDF-Lesewerkzeuge</translation>
    </message>
    <message>
        <source>Show page list</source>
        <translation>Seitenliste anzeigen</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>An Breite anpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Find in PDF</source>
        <translation>Im PDF suchen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Anzahl der Seiten</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>sp::ui::RecordDialog</name>
    <message>
        <source>Record of the procedure</source>
        <translation>Protokoll des Verfahrens</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Filter the record by text</source>
        <translation>Protokoll nach Text filtern</translation>
    </message>
    <message>
        <source>Filter by what was done, before or after…</source>
        <translation>Nach Vorgang, Vorher oder Nachher filtern…</translation>
    </message>
    <message>
        <source>Record entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Before, of the selected entry</source>
        <translation>Vorher, zum ausgewählten Eintrag</translation>
    </message>
    <message>
        <source>After, of the selected entry</source>
        <translation>Nachher, zum ausgewählten Eintrag</translation>
    </message>
    <message>
        <source>Select an entry to read its text before the change.</source>
        <translation>Wählen Sie einen Eintrag aus, um seinen Text vor der Änderung zu lesen.</translation>
    </message>
    <message>
        <source>Select an entry to read its text after the change.</source>
        <translation>Wählen Sie einen Eintrag aus, um seinen Text nach der Änderung zu lesen.</translation>
    </message>
    <message>
        <source>State of the record</source>
        <translation>Zustand des Protokolls</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the record again (%1)</source>
        <translation>Protokoll neu einlesen (%1)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Bewerber:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>The record could not be read: %1</source>
        <translation>Das Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Any candidate</source>
        <translation>Alle Bewerber</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>member name (member id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%1 von %n Eintrag angezeigt</numerusform>
            <numerusform>%1 von %n Einträgen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record intact: %n entries, hash chain verified; every stored mark and decision matches it.</source>
        <translation>
            <numerusform>Protokoll unversehrt: %n Eintrag, Hash-Kette geprüft; jede gespeicherte Bewertung und Entscheidung stimmt damit überein.</numerusform>
            <numerusform>Protokoll unversehrt: %n Einträge, Hash-Kette geprüft; jede gespeicherte Bewertung und Entscheidung stimmt damit überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n stored row(s) were changed outside the program and no longer match the record, first: %1. Run verify on the case file.</source>
        <translation>
            <numerusform>Warnung: %n gespeicherte Zeile wurde außerhalb des Programms geändert und stimmt nicht mehr mit dem Protokoll überein, zuerst: %1. Führen Sie verify für die Verfahrensakte aus.</numerusform>
            <numerusform>Warnung: %n gespeicherte Zeilen wurden außerhalb des Programms geändert und stimmen nicht mehr mit dem Protokoll überein, zuerst: %1. Führen Sie verify für die Verfahrensakte aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>Warning: the record was changed outside the program. The hash chain breaks at %1: do not rely on what the record says there.</source>
        <translation>Warnung: Das Protokoll wurde außerhalb des Programms geändert. Die Hash-Kette ist unterbrochen bei %1: Verlassen Sie sich dort nicht auf die Angaben des Protokolls.</translation>
    </message>
    <message>
        <source>The case file is open read-only: the export could not be entered in the record.</source>
        <translation>Die Verfahrensakte ist schreibgeschützt geöffnet: Der Export könnte nicht im Protokoll vermerkt werden.</translation>
    </message>
    <message>
        <source>Sign in first: the export is entered in the record under your name.</source>
        <translation>Melden Sie sich zuerst an: Der Export wird unter Ihrem Namen im Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>No entry to export: change the filters.</source>
        <translation>Kein Eintrag zum Exportieren: Ändern Sie die Filter.</translation>
    </message>
    <message>
        <source>Write the entries shown to a CSV file; the export is entered in the record.</source>
        <translation>Die angezeigten Einträge in eine CSV-Datei schreiben; der Export wird im Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Record not exported</source>
        <translation>Protokoll nicht exportiert</translation>
    </message>
    <message>
        <source>The record could not be written to %1: %2</source>
        <translation>Das Protokoll konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The export could not be entered in the record, so %1 was removed: %2</source>
        <translation>Der Export konnte nicht im Protokoll vermerkt werden, daher wurde %1 gelöscht: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sp::ui::RecordTableModel</name>
    <message>
        <source>Case file created</source>
        <translation>Verfahrensakte erstellt</translation>
    </message>
    <message>
        <source>Applications imported</source>
        <translation>Bewerbungen importiert</translation>
    </message>
    <message>
        <source>Eligibility decided</source>
        <translation>Entscheidung über die Zulassungsbedingungen</translation>
    </message>
    <message>
        <source>Eligibility decision withdrawn</source>
        <translation>Entscheidung über die Zulassungsbedingungen zurückgenommen</translation>
    </message>
    <message>
        <source>Declaration ticked</source>
        <translation>Erklärung angekreuzt</translation>
    </message>
    <message>
        <source>Duplicate resolved</source>
        <translation>Duplikat geklärt</translation>
    </message>
    <message>
        <source>Panel member added</source>
        <translation>Mitglied des Auswahlausschusses hinzugefügt</translation>
    </message>
    <message>
        <source>Conflict of interest declared</source>
        <translation>Interessenkonflikt erklärt</translation>
    </message>
    <message>
        <source>Aggregation of marks set</source>
        <translation>Aggregation der Bewertungen festgelegt</translation>
    </message>
    <message>
        <source>Grid changed</source>
        <translation>Bewertungsraster geändert</translation>
    </message>
    <message>
        <source>Grid frozen</source>
        <translation>Bewertungsraster festgeschrieben</translation>
    </message>
    <message>
        <source>Grid reopened</source>
        <translation>Bewertungsraster wieder geöffnet</translation>
    </message>
    <message>
        <source>Marks saved (draft)</source>
        <translation>Bewertung gespeichert (Entwurf)</translation>
    </message>
    <message>
        <source>Marks submitted</source>
        <translation>Bewertung abgegeben</translation>
    </message>
    <message>
        <source>Consensus mark recorded</source>
        <translation>Konsensnote erfasst</translation>
    </message>
    <message>
        <source>Invitation to interview decided</source>
        <translation>Entscheidung über die Einladung zum Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Recommendation recorded</source>
        <translation>Empfehlung erfasst</translation>
    </message>
    <message>
        <source>Candidate&apos;s personal data erased</source>
        <translation>Personenbezogene Daten des Bewerbers gelöscht</translation>
    </message>
    <message>
        <source>Candidate anonymised</source>
        <translation>Bewerber anonymisiert</translation>
    </message>
    <message>
        <source>Record exported</source>
        <translation>Protokoll exportiert</translation>
    </message>
    <message>
        <source>This entry breaks the record&apos;s hash chain: %1</source>
        <translation>Dieser Eintrag unterbricht die Hash-Kette des Protokolls: %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Duplicate decision withdrawn</source>
        <translation>Entscheidung über das Duplikat zurückgenommen</translation>
    </message>
    <message>
        <source>Selection report exported</source>
        <translation>Auswahlbericht exportiert</translation>
    </message>
</context>
<context>
    <name>sp::ui::SignInDialog</name>
    <message>
        <source>Who is using Selection Panel?</source>
        <translation>Wer verwendet Selection Panel?</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Choose your name on the panel:</source>
        <translation>Wählen Sie Ihren Namen im Auswahlausschuss:</translation>
    </message>
    <message>
        <source>Panel members</source>
        <translation>Mitglieder des Auswahlausschusses</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This case file has no panel yet. Your name signs the screening decisions:</source>
        <translation>Diese Verfahrensakte hat noch keinen Auswahlausschuss. Ihr Name zeichnet die Prüfungsentscheidungen:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>no passphrase was entered</source>
        <translation>es wurde keine Passphrase eingegeben</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Choose your passphrase (at least 8 characters):</source>
        <translation>Wählen Sie Ihre Passphrase (mindestens 8 Zeichen):</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>The one-time code you were given:</source>
        <translation>Der Einmalcode, den Sie erhalten haben:</translation>
    </message>
    <message>
        <source>Your passphrase:</source>
        <translation>Ihre Passphrase:</translation>
    </message>
</context>
<context>
    <name>sp::ui::WelcomePane</name>
    <message>
        <source>Selection Panel</source>
        <translation>Selection Panel</translation>
    </message>
    <message>
        <source>Open the case file of a selection procedure to start.</source>
        <translation>Öffnen Sie zu Beginn die Verfahrensakte eines Auswahlverfahrens.</translation>
    </message>
    <message>
        <source>Open case file…</source>
        <translation>Verfahrensakte öffnen…</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Verfahrensakte öffnen</translation>
    </message>
    <message>
        <source>New case from a vacancy…</source>
        <translation>Neue Verfahrensakte zu einer Stellenausschreibung…</translation>
    </message>
    <message>
        <source>Try the example</source>
        <translation>Das Beispiel ausprobieren</translation>
    </message>
    <message>
        <source>A .selpanel file a colleague gave you or you saved.</source>
        <translation>Eine .selpanel-Datei, die Sie von Kollegen erhalten oder selbst gespeichert haben.</translation>
    </message>
    <message>
        <source>A new procedure: the vacancy built into the program or a vacancy definition (JSON).</source>
        <translation>Ein neues Verfahren: die im Programm enthaltene Stellenausschreibung oder eine Ausschreibungsdefinition (JSON).</translation>
    </message>
    <message>
        <source>A case of the example vacancy with invented candidates and their applications, kept in your documents folder, to see how the panel works.</source>
        <translation>Eine Verfahrensakte zur Beispielausschreibung mit erfundenen Bewerbern und ihren Bewerbungen, in Ihrem Dokumentenordner abgelegt, um die Arbeit des Ausschusses kennenzulernen.</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Recent case files</source>
        <translation>Zuletzt geöffnete Verfahrensakten</translation>
    </message>
    <message>
        <source>No case file opened yet.</source>
        <translation>Noch keine Verfahrensakte geöffnet.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
