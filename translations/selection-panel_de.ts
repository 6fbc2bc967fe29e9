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
    <message>
        <source>The server refused that password.</source>
        <translation>Der Server hat dieses Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation>Am Server anmelden</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Passwort von %1 auf %2:</translation>
    </message>
    <message>
        <source>your database role</source>
        <translation>Ihre Datenbankrolle</translation>
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
    <name>sp::Problem</name>
    <message>
        <source>%1: consensus mark %2 is outside 0..%3</source>
        <translation>%1: Konsensnote %2 liegt außerhalb von 0..%3</translation>
    </message>
    <message>
        <source>a consensus mark needs a reason: it goes into the record</source>
        <translation>eine Konsensnote braucht eine Begründung: sie wird ins Protokoll aufgenommen</translation>
    </message>
    <message>
        <source>a %1 criterion has no id</source>
        <translation>ein Kriterium der Stufe %1 hat keine Kennung</translation>
    </message>
    <message>
        <source>%1 criterion &apos;%2&apos;: the id may hold only a-z, 0-9 and _</source>
        <translation>Kriterium „%2“ der Stufe %1: die Kennung darf nur a-z, 0-9 und _ enthalten</translation>
    </message>
    <message>
        <source>%1 criterion &apos;%2&apos; appears twice</source>
        <translation>Kriterium „%2“ der Stufe %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1 criterion &apos;%2&apos;: weight %3 must be at least 1</source>
        <translation>Kriterium „%2“ der Stufe %1: die Gewichtung %3 muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>%1 criterion &apos;%2&apos;: maximum mark %3 must be at least 1</source>
        <translation>Kriterium „%2“ der Stufe %1: die Höchstnote %3 muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>the grid has no pre-selection criterion</source>
        <translation>das Bewertungsraster hat kein Kriterium der Vorauswahl</translation>
    </message>
    <message>
        <source>the grid does not say who is invited to interview: give the best N, a minimum total or both</source>
        <translation>das Bewertungsraster legt nicht fest, wer zum Vorstellungsgespräch eingeladen wird: geben Sie die besten N, eine Mindestsumme oder beides an</translation>
    </message>
    <message>
        <source>best N %1 must be at least 1</source>
        <translation>die Zahl N der Besten (%1) muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>minimum total %1 is outside 0..%2, the highest pre-selection total</source>
        <translation>die Mindestsumme %1 liegt außerhalb von 0..%2, der höchsten Summe der Vorauswahl</translation>
    </message>
    <message>
        <source>the grid has interview criteria but no pass mark</source>
        <translation>das Bewertungsraster hat Kriterien für das Vorstellungsgespräch, aber keine Bestehensgrenze</translation>
    </message>
    <message>
        <source>the grid has a pass mark but no interview criterion</source>
        <translation>das Bewertungsraster hat eine Bestehensgrenze, aber kein Kriterium für das Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>pass mark %1 is outside 0..%2, the highest interview total</source>
        <translation>die Bestehensgrenze %1 liegt außerhalb von 0..%2, der höchsten Summe des Vorstellungsgesprächs</translation>
    </message>
    <message>
        <source>the spread flag %1 must be above 0</source>
        <translation>die Abweichungsschwelle %1 muss größer als 0 sein</translation>
    </message>
    <message>
        <source>the grid is already frozen</source>
        <translation>das Bewertungsraster ist bereits festgeschrieben</translation>
    </message>
    <message>
        <source>the grid is frozen: reopen it first, which discards the marks given so far</source>
        <translation>das Bewertungsraster ist festgeschrieben: öffnen Sie es zuerst wieder, wodurch die bisher vergebenen Noten verworfen werden</translation>
    </message>
    <message>
        <source>the grid is not frozen: there is nothing to reopen</source>
        <translation>das Bewertungsraster ist nicht festgeschrieben: es gibt nichts wieder zu öffnen</translation>
    </message>
    <message>
        <source>a reopening needs a written reason: it goes into the record</source>
        <translation>eine Wiederöffnung braucht eine schriftliche Begründung: sie wird ins Protokoll aufgenommen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a panel member</source>
        <translation>„%1“ ist kein Mitglied des Auswahlausschusses</translation>
    </message>
    <message>
        <source>%1 abstains for %2 (direct hierarchical link): no marking and no view of that candidate&apos;s marks</source>
        <translation>%1 enthält sich bei %2 (direktes Vorgesetztenverhältnis): keine Bewertung und keine Einsicht in die Noten dieser Person</translation>
    </message>
    <message>
        <source>%1 abstains for %2 (family link): no marking and no view of that candidate&apos;s marks</source>
        <translation>%1 enthält sich bei %2 (familiäre Beziehung): keine Bewertung und keine Einsicht in die Noten dieser Person</translation>
    </message>
    <message>
        <source>%1 abstains for %2 (former colleague): no marking and no view of that candidate&apos;s marks</source>
        <translation>%1 enthält sich bei %2 (ehemalige Kollegin oder ehemaliger Kollege): keine Bewertung und keine Einsicht in die Noten dieser Person</translation>
    </message>
    <message>
        <source>%1 abstains for %2 (other): no marking and no view of that candidate&apos;s marks</source>
        <translation>%1 enthält sich bei %2 (sonstiges): keine Bewertung und keine Einsicht in die Noten dieser Person</translation>
    </message>
    <message>
        <source>%1 is the secretary: the secretary does not mark</source>
        <translation>%1 ist Sekretär/in des Ausschusses: das Sekretariat bewertet nicht</translation>
    </message>
    <message>
        <source>the grid is not frozen: nobody marks pre-selection before it is</source>
        <translation>das Bewertungsraster ist nicht festgeschrieben: niemand bewertet die Vorauswahl, bevor es das ist</translation>
    </message>
    <message>
        <source>the grid is not frozen: nobody marks interview before it is</source>
        <translation>das Bewertungsraster ist nicht festgeschrieben: niemand bewertet das Vorstellungsgespräch, bevor es das ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a pre-selection criterion</source>
        <translation>„%1“ ist kein Kriterium der Vorauswahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an interview criterion</source>
        <translation>„%1“ ist kein Kriterium des Vorstellungsgesprächs</translation>
    </message>
    <message>
        <source>%1: mark %2 is outside 0..%3</source>
        <translation>%1: Note %2 liegt außerhalb von 0..%3</translation>
    </message>
    <message>
        <source>%1: no mark, and a submitted sheet marks every criterion</source>
        <translation>%1: keine Note, ein abgegebener Bewertungsbogen bewertet aber jedes Kriterium</translation>
    </message>
    <message>
        <source>%1 has already submitted the pre-selection marks for %2: a submitted sheet is final</source>
        <translation>%1 hat die Bewertung der Vorauswahl für %2 bereits abgegeben: ein abgegebener Bewertungsbogen ist endgültig</translation>
    </message>
    <message>
        <source>%1 has already submitted the interview marks for %2: a submitted sheet is final</source>
        <translation>%1 hat die Bewertung des Vorstellungsgesprächs für %2 bereits abgegeben: ein abgegebener Bewertungsbogen ist endgültig</translation>
    </message>
    <message>
        <source>%1 is the secretary: individual marks stay with the members who give them</source>
        <translation>%1 ist Sekretär/in des Ausschusses: die einzelnen Noten bleiben bei den Mitgliedern, die sie vergeben</translation>
    </message>
    <message>
        <source>%1 sees the others&apos; pre-selection marks for %2 only after submitting their own</source>
        <translation>%1 sieht die Noten der anderen zur Vorauswahl für %2 erst nach Abgabe der eigenen</translation>
    </message>
    <message>
        <source>%1 sees the others&apos; interview marks for %2 only after submitting their own</source>
        <translation>%1 sieht die Noten der anderen zum Vorstellungsgespräch für %2 erst nach Abgabe der eigenen</translation>
    </message>
    <message>
        <source>%1 sees the pre-selection results for %2 once every member has submitted: waiting for %3</source>
        <translation>%1 sieht die Ergebnisse der Vorauswahl für %2, sobald jedes Mitglied abgegeben hat: es fehlt noch %3</translation>
    </message>
    <message>
        <source>%1 sees the interview results for %2 once every member has submitted: waiting for %3</source>
        <translation>%1 sieht die Ergebnisse des Vorstellungsgesprächs für %2, sobald jedes Mitglied abgegeben hat: es fehlt noch %3</translation>
    </message>
    <message>
        <source>%1 is not the chair: only the chair records a consensus mark</source>
        <translation>%1 hat nicht den Vorsitz: nur der Vorsitz erfasst eine Konsensnote</translation>
    </message>
    <message>
        <source>a consensus mark for %1 follows the discussion of every member&apos;s pre-selection marks: waiting for %2</source>
        <translation>eine Konsensnote für %1 folgt auf die Erörterung der Noten aller Mitglieder zur Vorauswahl: es fehlt noch %2</translation>
    </message>
    <message>
        <source>a consensus mark for %1 follows the discussion of every member&apos;s interview marks: waiting for %2</source>
        <translation>eine Konsensnote für %1 folgt auf die Erörterung der Noten aller Mitglieder zum Vorstellungsgespräch: es fehlt noch %2</translation>
    </message>
    <message>
        <source>a panel member has no id</source>
        <translation>ein Ausschussmitglied hat keine Kennung</translation>
    </message>
    <message>
        <source>panel member id &apos;%1&apos; is used twice</source>
        <translation>die Mitgliedskennung „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>panel member &apos;%1&apos; has no name</source>
        <translation>das Ausschussmitglied „%1“ hat keinen Namen</translation>
    </message>
    <message>
        <source>the panel must have exactly one chair, it has %1</source>
        <translation>der Ausschuss muss genau einen Vorsitz haben, er hat %1</translation>
    </message>
    <message>
        <source>the panel has no member who marks</source>
        <translation>der Ausschuss hat kein Mitglied, das bewertet</translation>
    </message>
    <message>
        <source>the conflict names no candidate</source>
        <translation>der Interessenkonflikt nennt keine Bewerberin und keinen Bewerber</translation>
    </message>
    <message>
        <source>a conflict of nature &quot;other&quot; needs a note saying what it is</source>
        <translation>ein Interessenkonflikt der Art „other“ braucht einen Vermerk, worum es sich handelt</translation>
    </message>
    <message>
        <source>candidate %1 appears twice in the ranking</source>
        <translation>Bewerbung %1 kommt in der Rangfolge zweimal vor</translation>
    </message>
    <message>
        <source>%1 is not in the final ranking of interviewed candidates</source>
        <translation>%1 steht nicht in der endgültigen Rangfolge der zum Gespräch Eingeladenen</translation>
    </message>
    <message>
        <source>%1 has no complete interview total: they cannot be recommended</source>
        <translation>%1 hat keine vollständige Summe im Vorstellungsgespräch: kann nicht empfohlen werden</translation>
    </message>
    <message>
        <source>%1 is not suitable (interview total %2 below the pass mark): they cannot be recommended</source>
        <translation>%1 ist nicht geeignet (Summe im Vorstellungsgespräch %2 unter der Bestehensgrenze): kann nicht empfohlen werden</translation>
    </message>
    <message>
        <source>recommending %1 over %2 needs a written justification of why the suitable higher-tier candidates do not best fit the post (Article 29)</source>
        <translation>%1 statt %2 zu empfehlen erfordert eine schriftliche Begründung, warum die geeigneten Personen einer höheren Prioritätsstufe nicht am besten zur Stelle passen (Artikel 29)</translation>
    </message>
    <message>
        <source>recommending %1 over %2 needs a written justification of why the better-ranked suitable candidates do not best fit the post</source>
        <translation>%1 statt %2 zu empfehlen erfordert eine schriftliche Begründung, warum die besser platzierten geeigneten Personen nicht am besten zur Stelle passen</translation>
    </message>
    <message>
        <source>entry %1 follows entry %2: entries were deleted or are missing</source>
        <translation>Eintrag %1 folgt auf Eintrag %2: Einträge wurden gelöscht oder fehlen</translation>
    </message>
    <message>
        <source>entry %1 follows entry %2: the order was changed or is missing</source>
        <translation>Eintrag %1 folgt auf Eintrag %2: die Reihenfolge wurde geändert oder ein Eintrag fehlt</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it: an entry was deleted or reordered</source>
        <translation>Eintrag %1 folgt nicht auf den Eintrag davor: ein Eintrag wurde gelöscht oder verschoben</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert</translation>
    </message>
    <message>
        <source>the noted head &quot;%1&quot; is not of the form ENTRIES:HASH (at least 8 hexadecimal digits), as verify prints it</source>
        <translation>der notierte Stand „%1“ hat nicht die Form ENTRIES:HASH (mindestens 8 Hexadezimalziffern), wie verify ihn ausgibt</translation>
    </message>
    <message>
        <source>record entry %1 is not the one noted (its hash is %2, the noted one %3): the record was rewritten since</source>
        <translation>Protokolleintrag %1 ist nicht der notierte (sein Hash ist %2, der notierte %3): das Protokoll wurde seitdem umgeschrieben</translation>
    </message>
    <message>
        <source>the record has no entry %1 any more (it ends at %2): entries were deleted since it was noted</source>
        <translation>das Protokoll hat keinen Eintrag %1 mehr (es endet bei %2): seit der Notiz wurden Einträge gelöscht</translation>
    </message>
    <message>
        <source>say who decides (the panel member&apos;s name)</source>
        <translation>geben Sie an, wer entscheidet (den Namen des Ausschussmitglieds)</translation>
    </message>
    <message>
        <source>the pre-check is unknown: a decision needs a written reason</source>
        <translation>die Vorprüfung ist offen: eine Entscheidung braucht eine schriftliche Begründung</translation>
    </message>
    <message>
        <source>the pre-check found a criterion not met: deciding eligible overrides it and needs a written reason</source>
        <translation>die Vorprüfung hat ein nicht erfülltes Kriterium gefunden: die Entscheidung, dass die Zulassungsbedingungen erfüllt sind, weicht davon ab und braucht eine schriftliche Begründung</translation>
    </message>
    <message>
        <source>the pre-check found every criterion met: deciding not eligible overrides it and needs a reason naming the criterion that failed</source>
        <translation>die Vorprüfung hat alle Kriterien erfüllt gefunden: die Entscheidung, dass die Zulassungsbedingungen nicht erfüllt sind, weicht davon ab und braucht eine Begründung, die das nicht erfüllte Kriterium nennt</translation>
    </message>
    <message>
        <source>* ends a word (cert* finds certified, certificate); it cannot stand inside one: %1</source>
        <translation>* beendet ein Wort (cert* findet certified, certificate); es kann nicht mitten im Wort stehen: %1</translation>
    </message>
    <message>
        <source>* ends a word (cert*); it cannot stand alone</source>
        <translation>* beendet ein Wort (cert*); es kann nicht allein stehen</translation>
    </message>
    <message>
        <source>%1 has no letter or digit to look for</source>
        <translation>%1 enthält keinen Buchstaben und keine Ziffer zum Suchen</translation>
    </message>
    <message>
        <source>a quote (&quot;) is not closed: put one after the phrase</source>
        <translation>ein Anführungszeichen (&quot;) ist nicht geschlossen: setzen Sie eines nach die Wortgruppe</translation>
    </message>
    <message>
        <source>an empty phrase (&quot;&quot;) finds nothing: put words between the quotes</source>
        <translation>eine leere Wortgruppe (&quot;&quot;) findet nichts: setzen Sie Wörter zwischen die Anführungszeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letter or digit to look for</source>
        <translation>&quot;%1&quot; enthält keinen Buchstaben und keine Ziffer zum Suchen</translation>
    </message>
    <message>
        <source>* ends a phrase (&quot;threat model&quot;*), it cannot stand inside one</source>
        <translation>* beendet eine Wortgruppe (&quot;threat model&quot;*), es kann nicht darin stehen</translation>
    </message>
    <message>
        <source>put a space after the closing quote of &quot;%1&quot;</source>
        <translation>setzen Sie ein Leerzeichen nach das schließende Anführungszeichen von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>OR goes between two words or phrases (pentest OR oscp)</source>
        <translation>OR steht zwischen zwei Wörtern oder Wortgruppen (pentest OR oscp)</translation>
    </message>
    <message>
        <source>type a word or a &quot;phrase&quot; to look for</source>
        <translation>geben Sie ein Wort oder eine &quot;Wortgruppe&quot; zum Suchen ein</translation>
    </message>
    <message>
        <source>%1 is not in the proposed shortlist</source>
        <translation>%1 steht nicht auf der vorgeschlagenen Auswahlliste</translation>
    </message>
    <message>
        <source>%1 has two decisions</source>
        <translation>für %1 gibt es zwei Entscheidungen</translation>
    </message>
    <message>
        <source>%1: inviting differs from the proposal and needs a reason</source>
        <translation>%1: die Einladung weicht vom Vorschlag ab und braucht eine Begründung</translation>
    </message>
    <message>
        <source>%1: not inviting differs from the proposal and needs a reason</source>
        <translation>%1: die Nichteinladung weicht vom Vorschlag ab und braucht eine Begründung</translation>
    </message>
    <message>
        <source>%1 was changed outside the program: it differs from what record entry %2 wrote</source>
        <translation>%1 wurde außerhalb des Programms geändert: es weicht von dem ab, was Protokolleintrag %2 geschrieben hat</translation>
    </message>
    <message>
        <source>%1 was added outside the program: no record entry wrote it</source>
        <translation>%1 wurde außerhalb des Programms hinzugefügt: kein Protokolleintrag hat es geschrieben</translation>
    </message>
    <message>
        <source>%1 was deleted outside the program: record entry %2 wrote it and no entry removed it</source>
        <translation>%1 wurde außerhalb des Programms gelöscht: Protokolleintrag %2 hat es geschrieben und kein Eintrag hat es entfernt</translation>
    </message>
    <message>
        <source>the vacancy and its evaluation grid</source>
        <translation>die Stellenausschreibung und ihr Bewertungsraster</translation>
    </message>
    <message>
        <source>the grid&apos;s state (draft or frozen)</source>
        <translation>der Stand des Bewertungsrasters (Entwurf oder festgeschrieben)</translation>
    </message>
    <message>
        <source>reopening %1 of the grid</source>
        <translation>Wiederöffnung %1 des Bewertungsrasters</translation>
    </message>
    <message>
        <source>panel member %1</source>
        <translation>Ausschussmitglied %1</translation>
    </message>
    <message>
        <source>the setting %1</source>
        <translation>die Einstellung %1</translation>
    </message>
    <message>
        <source>the credentials (passphrase hash, signing key) of %1</source>
        <translation>die Zugangsdaten (Passphrase-Hash, Signaturschlüssel) von %1</translation>
    </message>
    <message>
        <source>import batch %1</source>
        <translation>Importvorgang %1</translation>
    </message>
    <message>
        <source>the procedure&apos;s %1</source>
        <translation>der Verfahrensbestandteil %1</translation>
    </message>
    <message>
        <source>%1&apos;s application data</source>
        <translation>die Bewerbungsdaten von %1</translation>
    </message>
    <message>
        <source>%1&apos;s application PDF</source>
        <translation>das Bewerbungs-PDF von %1</translation>
    </message>
    <message>
        <source>the eligibility decision on %1</source>
        <translation>die Zulassungsentscheidung zu %1</translation>
    </message>
    <message>
        <source>the declaration %1 ticked for %2</source>
        <translation>die Erklärung %1, angekreuzt für %2</translation>
    </message>
    <message>
        <source>the duplicate decision on %1</source>
        <translation>die Duplikatentscheidung zu %1</translation>
    </message>
    <message>
        <source>%1&apos;s conflict of interest with %2</source>
        <translation>der Interessenkonflikt von %1 mit %2</translation>
    </message>
    <message>
        <source>the %1 mark sheet of %2 for %3</source>
        <translation>der Bewertungsbogen %1 von %2 für %3</translation>
    </message>
    <message>
        <source>consensus mark %1 for %2</source>
        <translation>Konsensnote %1 für %2</translation>
    </message>
    <message>
        <source>the shortlist decision on %1</source>
        <translation>die Entscheidung zur Auswahlliste für %1</translation>
    </message>
    <message>
        <source>recommendation %1 of %2</source>
        <translation>Empfehlung %1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>entry %1 (%2 by %3)</source>
        <translation>Eintrag %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>entry %1 (%2 by %3, %4)</source>
        <translation>Eintrag %1 (%2 von %3, %4)</translation>
    </message>
    <message>
        <source>%1: unsigned (%2 had not signed in yet)</source>
        <translation>%1: nicht signiert (%2 hatte sich noch nicht angemeldet)</translation>
    </message>
    <message>
        <source>%1: not signed, though %2 signs every act: written or changed with another tool</source>
        <translation>%1: nicht signiert, obwohl %2 jede Handlung signiert: mit einem anderen Werkzeug geschrieben oder geändert</translation>
    </message>
    <message>
        <source>%1: signed with a key that is not %2&apos;s</source>
        <translation>%1: mit einem Schlüssel signiert, der nicht der von %2 ist</translation>
    </message>
    <message>
        <source>%1: the signature of %2 does not match the entry: it was changed after %2 signed it</source>
        <translation>%1: die Signatur von %2 passt nicht zum Eintrag: er wurde geändert, nachdem %2 ihn signiert hat</translation>
    </message>
    <message>
        <source>entry %1 (return of %2 imported by %3)</source>
        <translation>Eintrag %1 (Rückgabe von %2, importiert von %3)</translation>
    </message>
    <message>
        <source>entry %1 (return imported by %2): not the text of an imported return: changed with another tool</source>
        <translation>Eintrag %1 (Rückgabe, importiert von %2): nicht der Text einer importierten Rückgabe: mit einem anderen Werkzeug geändert</translation>
    </message>
    <message>
        <source>%1: signed with a key the record never registered for %2</source>
        <translation>%1: mit einem Schlüssel signiert, den das Protokoll für %2 nie registriert hat</translation>
    </message>
    <message>
        <source>%1: %2&apos;s signature does not match the return&apos;s text: it was changed after %2 signed it</source>
        <translation>%1: die Signatur von %2 passt nicht zum Text der Rückgabe: er wurde geändert, nachdem %2 ihn signiert hat</translation>
    </message>
    <message>
        <source>%1: the signed return is %2&apos;s, not %3&apos;s</source>
        <translation>%1: die signierte Rückgabe ist die von %2, nicht die von %3</translation>
    </message>
    <message>
        <source>%1: %2&apos;s signed sheet for %3 is not in the record</source>
        <translation>%1: der signierte Bewertungsbogen von %2 für %3 steht nicht im Protokoll</translation>
    </message>
    <message>
        <source>%1: not the sheet %2 signed for %3 in their return (entry %4): changed with another tool</source>
        <translation>%1: nicht der Bewertungsbogen, den %2 für %3 in der Rückgabe signiert hat (Eintrag %4): mit einem anderen Werkzeug geändert</translation>
    </message>
    <message>
        <source>%1: says it comes from %2&apos;s return (entry %3), which holds no sheet for %4</source>
        <translation>%1: gibt an, aus der Rückgabe von %2 zu stammen (Eintrag %3), die keinen Bewertungsbogen für %4 enthält</translation>
    </message>
    <message>
        <source>%1: says it comes from a signed return that was never imported</source>
        <translation>%1: gibt an, aus einer signierten Rückgabe zu stammen, die nie importiert wurde</translation>
    </message>
    <message>
        <source>no memory for a member&apos;s key</source>
        <translation>kein Speicher für den Schlüssel eines Mitglieds</translation>
    </message>
    <message>
        <source>not enough memory to seal the key (Argon2id)</source>
        <translation>nicht genug Speicher, um den Schlüssel zu versiegeln (Argon2id)</translation>
    </message>
    <message>
        <source>not enough memory to hash the passphrase (Argon2id)</source>
        <translation>nicht genug Speicher, um die Passphrase zu hashen (Argon2id)</translation>
    </message>
    <message>
        <source>a passphrase needs at least 8 characters</source>
        <translation>eine Passphrase braucht mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>libsodium konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>%1; %2; %3; and %4 more</source>
        <translation>%1; %2; %3; und %4 weitere</translation>
    </message>
    <message>
        <source>%1, %2, %3, and %4 more</source>
        <translation>%1, %2, %3 und %4 weitere</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>contains a line break or another control character</source>
        <translation>enthält einen Zeilenumbruch oder ein anderes Steuerzeichen</translation>
    </message>
    <message>
        <source>is longer than %1 characters: not a plausible e-mail address</source>
        <translation>ist länger als %1 Zeichen: keine plausible E-Mail-Adresse</translation>
    </message>
    <message>
        <source>is not a plausible e-mail address</source>
        <translation>ist keine plausible E-Mail-Adresse</translation>
    </message>
    <message>
        <source>entry %1: not a 2-letter country code (separate codes with &apos;;&apos;, e.g. FR;EL)</source>
        <translation>Eintrag %1: kein zweistelliger Ländercode (Codes mit „;“ trennen, z. B. FR;EL)</translation>
    </message>
    <message>
        <source>entries %1: not a 2-letter country code (separate codes with &apos;;&apos;, e.g. FR;EL)</source>
        <translation>Einträge %1: kein zweistelliger Ländercode (Codes mit „;“ trennen, z. B. FR;EL)</translation>
    </message>
    <message>
        <source>%1 is not a date and time like 2025-04-30T11:59:59+02:00</source>
        <translation>%1 ist kein Datum mit Uhrzeit wie 2025-04-30T11:59:59+02:00</translation>
    </message>
    <message>
        <source>%1 has no time zone: add a time-zone offset or Z, e.g. 2025-04-30T11:59:59+02:00</source>
        <translation>%1 hat keine Zeitzone: fügen Sie eine Zeitverschiebung oder Z hinzu, z. B. 2025-04-30T11:59:59+02:00</translation>
    </message>
    <message>
        <source>%1 is not a valid date and time</source>
        <translation>%1 ist kein gültiges Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>%1 has an invalid time-zone offset</source>
        <translation>%1 hat eine ungültige Zeitverschiebung</translation>
    </message>
    <message>
        <source>unknown category %1: use commission_official, institution_official, laureate or external</source>
        <translation>unbekannte Kategorie %1: verwenden Sie commission_official, institution_official, laureate oder external</translation>
    </message>
    <message>
        <source>unknown education %1: use post_secondary, secondary or none, or leave it empty if unknown</source>
        <translation>unbekannte Ausbildung %1: verwenden Sie post_secondary, secondary oder none, oder lassen Sie das Feld leer, wenn sie unbekannt ist</translation>
    </message>
    <message>
        <source>%1: write decimals with &apos;.&apos;, e.g. %2</source>
        <translation>%1: Dezimalstellen mit „.“ schreiben, z. B. %2</translation>
    </message>
    <message>
        <source>%1 is not a number of years</source>
        <translation>%1 ist keine Anzahl von Jahren</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 60 years</source>
        <translation>%1 muss zwischen 0 und 60 Jahren liegen</translation>
    </message>
    <message>
        <source>%1: separate the languages with spaces, e.g. en:C2 fr:B2</source>
        <translation>%1: trennen Sie die Sprachen mit Leerzeichen, z. B. en:C2 fr:B2</translation>
    </message>
    <message>
        <source>%1 is not code:level, e.g. en:C1</source>
        <translation>%1 hat nicht die Form Code:Niveau, z. B. en:C1</translation>
    </message>
    <message>
        <source>%1 is not an official EU language code</source>
        <translation>%1 ist kein Code einer EU-Amtssprache</translation>
    </message>
    <message>
        <source>%1: the level must be A1, A2, B1, B2, C1, C2 or native</source>
        <translation>%1: das Niveau muss A1, A2, B1, B2, C1, C2 oder native sein</translation>
    </message>
    <message>
        <source>language %1 is given twice</source>
        <translation>die Sprache %1 ist zweimal angegeben</translation>
    </message>
    <message>
        <source>%1 must be a file name inside the PDF folder (no absolute path, no &quot;..&quot;)</source>
        <translation>%1 muss ein Dateiname im PDF-Ordner sein (kein absoluter Pfad, kein &quot;..&quot;)</translation>
    </message>
    <message>
        <source>%1 is not a valid reference: at most 40 letters, digits and / _ . -</source>
        <translation>%1 ist keine gültige Referenz: höchstens 40 Buchstaben, Ziffern und / _ . -</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: no such file in %2</source>
        <translation>%1: keine solche Datei in %2</translation>
    </message>
    <message>
        <source>%1: is not a file inside the PDF folder</source>
        <translation>%1: ist keine Datei im PDF-Ordner</translation>
    </message>
    <message>
        <source>%1: is %2 MB, larger than the %3 MB an application PDF may have</source>
        <translation>%1: ist %2 MB groß, mehr als die %3 MB, die das PDF einer Bewerbung haben darf</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>Bewerbung %1</translation>
    </message>
    <message>
        <source>same PDF</source>
        <translation>gleiches PDF</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>probable duplicate of %1 (%2)</source>
        <translation>wahrscheinliches Duplikat von %1 (%2)</translation>
    </message>
    <message>
        <source>the PDF folder %1 does not exist</source>
        <translation>der PDF-Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>column without a name: ignored</source>
        <translation>Spalte ohne Namen: ignoriert</translation>
    </message>
    <message>
        <source>unknown column: ignored</source>
        <translation>unbekannte Spalte: ignoriert</translation>
    </message>
    <message>
        <source>the column appears twice (columns %1 and %2)</source>
        <translation>die Spalte kommt zweimal vor (Spalten %1 und %2)</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation>die erforderliche Spalte &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2 columns</source>
        <translation>die Zeile hat %1 Zellen, die Kopfzeile aber %2 Spalten</translation>
    </message>
    <message>
        <source>a reserve list is given but the category is %1, not laureate: check the category</source>
        <translation>eine Reserveliste ist angegeben, die Kategorie ist aber %1, nicht laureate: prüfen Sie die Kategorie</translation>
    </message>
    <message>
        <source>reference &quot;%1&quot; already exists in the case file</source>
        <translation>die Referenz &quot;%1&quot; ist in der Verfahrensakte bereits vorhanden</translation>
    </message>
    <message>
        <source>reference &quot;%1&quot; is already used in row %2</source>
        <translation>die Referenz &quot;%1&quot; wird bereits in Zeile %2 verwendet</translation>
    </message>
    <message>
        <source>the built-in example vacancy %1 is missing from the program</source>
        <translation>die eingebaute Beispiel-Stellenausschreibung %1 fehlt im Programm</translation>
    </message>
    <message>
        <source>the file is empty: it has no header row</source>
        <translation>die Datei ist leer: sie hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>a quote (&quot;) inside a field that does not start with one: put the whole field in quotes and double the inner quote (&quot;&quot;)</source>
        <translation>ein Anführungszeichen (&quot;) in einem Feld, das nicht mit einem beginnt: setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das innere (&quot;&quot;)</translation>
    </message>
    <message>
        <source>the quoted field starting on line %1 of the file has no closing quote</source>
        <translation>das Feld in Anführungszeichen, das in Zeile %1 der Datei beginnt, hat kein schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>text after the closing quote: a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>Text nach dem schließenden Anführungszeichen: ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden (&quot;&quot;)</translation>
    </message>
    <message>
        <source>contains a NUL byte: the file is not plain text; save it as CSV (UTF-8)</source>
        <translation>enthält ein NUL-Byte: die Datei ist kein reiner Text; speichern Sie sie als CSV (UTF-8)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1 at character %2 of the cell): save the file as CSV UTF-8</source>
        <translation>ungültiges UTF-8 (Byte 0x%1 an Zeichen %2 der Zelle): speichern Sie die Datei als CSV UTF-8</translation>
    </message>
    <message>
        <source>too many problems; stopped reading here</source>
        <translation>zu viele Probleme; das Lesen wurde hier beendet</translation>
    </message>
    <message>
        <source>the file is UTF-16; save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;)</source>
        <translation>die Datei ist UTF-16; speichern Sie sie als UTF-8 (in Excel: &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: %3</source>
        <translation>%1: Feld „%2“: %3</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>must be an integer from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2 (%3)</source>
        <translation>muss eine Zahl von %1 bis %2 sein (%3)</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>ist erforderlich, fehlt aber</translation>
    </message>
    <message>
        <source>is required but null</source>
        <translation>ist erforderlich, ist aber null</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object { ... }</source>
        <translation>ein Objekt { ... }</translation>
    </message>
    <message>
        <source>an array [ ... ]</source>
        <translation>ein Array [ ... ]</translation>
    </message>
    <message>
        <source>is not a known field (misspelt?)</source>
        <translation>ist kein bekanntes Feld (Tippfehler?)</translation>
    </message>
    <message>
        <source>must be an object { ... }, not %1</source>
        <translation>muss ein Objekt { ... } sein, nicht %1</translation>
    </message>
    <message>
        <source>not a column of the sheet nor a %1 criterion</source>
        <translation>weder eine Spalte des Bewertungsbogens noch ein Kriterium der Stufe %1</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>die Spalte kommt zweimal vor</translation>
    </message>
    <message>
        <source>the sheet has no reference column</source>
        <translation>der Bewertungsbogen hat keine Referenzspalte</translation>
    </message>
    <message>
        <source>no candidate reference</source>
        <translation>keine Bewerbungsreferenz</translation>
    </message>
    <message>
        <source>longer than %1 characters: not a candidate reference</source>
        <translation>länger als %1 Zeichen: keine Bewerbungsreferenz</translation>
    </message>
    <message>
        <source>%1 appears twice in the sheet</source>
        <translation>%1 kommt im Bewertungsbogen zweimal vor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not a whole marks return (%2): nothing was imported; ask the member to send it again</source>
        <translation>%1 ist keine vollständige Rückgabe von Bewertungen (%2): es wurde nichts importiert; bitten Sie das Mitglied, sie erneut zu senden</translation>
    </message>
    <message>
        <source>no text &apos;%1&apos;</source>
        <translation>kein Text „%1“</translation>
    </message>
    <message>
        <source>no whole number &apos;%1&apos;</source>
        <translation>keine ganze Zahl „%1“</translation>
    </message>
    <message>
        <source>a sheet that is not an object</source>
        <translation>ein Bewertungsbogen, der kein Objekt ist</translation>
    </message>
    <message>
        <source>no &apos;submitted&apos; for %1</source>
        <translation>kein „submitted“ für %1</translation>
    </message>
    <message>
        <source>no marks for %1</source>
        <translation>keine Noten für %1</translation>
    </message>
    <message>
        <source>a mark of %1 that is not a whole number</source>
        <translation>eine Note für %1, die keine ganze Zahl ist</translation>
    </message>
    <message>
        <source>an unknown stage</source>
        <translation>eine unbekannte Stufe</translation>
    </message>
    <message>
        <source>no &apos;sheets&apos;</source>
        <translation>kein „sheets“</translation>
    </message>
    <message>
        <source>not the signed text of a return</source>
        <translation>nicht der signierte Text einer Rückgabe</translation>
    </message>
    <message>
        <source>the signed text is damaged</source>
        <translation>der signierte Text ist beschädigt</translation>
    </message>
    <message>
        <source>truncated or damaged: %1 at byte %2</source>
        <translation>abgeschnitten oder beschädigt: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not the format %1</source>
        <translation>nicht das Format %1</translation>
    </message>
    <message>
        <source>version %1; this program reads version %2</source>
        <translation>Version %1; dieses Programm liest Version %2</translation>
    </message>
    <message>
        <source>no &apos;return&apos;</source>
        <translation>kein „return“</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>kann nicht schreiben</translation>
    </message>
    <message>
        <source>cannot replace</source>
        <translation>kann nicht ersetzen</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>kann den Ordner nicht anlegen</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: kann nicht schreiben</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: kann den Ordner nicht anlegen</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the folder cannot be written to (permission denied)</source>
        <translation>in den Ordner kann nicht geschrieben werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must use only a-z, 0-9 and _</source>
        <translation>„%1“ darf nur a-z, 0-9 und _ enthalten</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>a comma or a closing } is missing</source>
        <translation>ein Komma oder eine schließende } fehlt</translation>
    </message>
    <message>
        <source>a : is missing after a field name</source>
        <translation>ein : fehlt nach einem Feldnamen</translation>
    </message>
    <message>
        <source>a comma or a closing ] is missing</source>
        <translation>ein Komma oder eine schließende ] fehlt</translation>
    </message>
    <message>
        <source>a comma is missing between two values</source>
        <translation>zwischen zwei Werten fehlt ein Komma</translation>
    </message>
    <message>
        <source>a value is not valid (texts are in double quotes; numbers are plain, like 3 or 2.5, and not huge; true, false and null are lower case)</source>
        <translation>ein Wert ist ungültig (Texte stehen in doppelten Anführungszeichen; Zahlen werden einfach geschrieben, wie 3 oder 2.5, und sind nicht riesig; true, false und null werden kleingeschrieben)</translation>
    </message>
    <message>
        <source>a value is missing after a comma (no comma after the last item)</source>
        <translation>nach einem Komma fehlt ein Wert (kein Komma nach dem letzten Element)</translation>
    </message>
    <message>
        <source>the file ends too early, or a text is missing its closing &quot;</source>
        <translation>die Datei endet zu früh, oder einem Text fehlt das schließende &quot;</translation>
    </message>
    <message>
        <source>a \ escape in a text is not valid</source>
        <translation>ein \-Escape in einem Text ist ungültig</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>der Text ist kein gültiges UTF-8 (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <source>brackets are nested too deeply</source>
        <translation>Klammern sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>something follows the closing } of the file</source>
        <translation>nach der schließenden } der Datei folgt noch etwas</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a vacancy file may be at most %2 bytes (1 MB)</source>
        <translation>die Datei hat %1 Byte; eine Stellenausschreibungsdatei darf höchstens %2 Byte (1 MB) haben</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object { ... }</source>
        <translation>die Datei ist leer; erwartet wird ein JSON-Objekt { ... }</translation>
    </message>
    <message>
        <source>near %1: not valid JSON: %2</source>
        <translation>bei %1: kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object { ... }, not an array</source>
        <translation>die oberste Ebene muss ein JSON-Objekt { ... } sein, kein Array</translation>
    </message>
    <message>
        <source>the top level must be a JSON object { ... }, not a single value</source>
        <translation>die oberste Ebene muss ein JSON-Objekt { ... } sein, kein einzelner Wert</translation>
    </message>
    <message>
        <source>is required but missing: this is not a Selection Panel vacancy file (expected &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>ist erforderlich, fehlt aber: dies ist keine Stellenausschreibungsdatei von Selection Panel (erwartet: &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; a vacancy file has &quot;%2&quot;</source>
        <translation>ist &quot;%1&quot;; eine Stellenausschreibungsdatei hat &quot;%2&quot;</translation>
    </message>
    <message>
        <source>version %1 was written for a newer Selection Panel (this one reads version %2): update Selection Panel to open it</source>
        <translation>Version %1 wurde für ein neueres Selection Panel geschrieben (dieses liest Version %2): aktualisieren Sie Selection Panel, um sie zu öffnen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a two-letter country code</source>
        <translation>„%1“ ist kein zweistelliger Ländercode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an EU Member State (the EU-27, Greece as EL)</source>
        <translation>„%1“ ist kein EU-Mitgliedstaat (die EU-27, Griechenland als EL)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice (also at %2)</source>
        <translation>„%1“ ist zweimal aufgeführt (auch bei %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the 24 official EU languages (%2)</source>
        <translation>„%1“ ist keine der 24 Amtssprachen der EU (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CEFR level: use A1, A2, B1, B2, C1 or C2</source>
        <translation>„%1“ ist kein GER-Niveau: verwenden Sie A1, A2, B1, B2, C1 oder C2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is below the minimum grade &apos;%2&apos;</source>
        <translation>„%1“ liegt unter der Mindestbesoldungsgruppe „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside the grade range %2 to %3</source>
        <translation>„%1“ liegt außerhalb der Besoldungsgruppen %2 bis %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a local date and time like &quot;2025-04-30T12:00:00&quot;, without an offset or Z (the time zone is &apos;deadline.zone&apos;)</source>
        <translation>„%1“ muss ein lokales Datum mit Uhrzeit wie &quot;2025-04-30T12:00:00&quot; sein, ohne Zeitverschiebung oder Z (die Zeitzone ist &apos;deadline.zone&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date and time</source>
        <translation>„%1“ ist kein real existierendes Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known IANA time zone (e.g. &quot;Europe/Brussels&quot;)</source>
        <translation>„%1“ ist keine bekannte IANA-Zeitzone (z. B. &quot;Europe/Brussels&quot;)</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks go forward over it; choose another time</source>
        <translation>%1 gibt es in %2 nicht: die Uhren werden darüber vorgestellt; wählen Sie eine andere Uhrzeit</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks go back over it; choose a time that is not ambiguous</source>
        <translation>%1 kommt in %2 zweimal vor: die Uhren werden darüber zurückgestellt; wählen Sie eine eindeutige Uhrzeit</translation>
    </message>
    <message>
        <source>must list at least one Member State</source>
        <translation>muss mindestens einen Mitgliedstaat aufführen</translation>
    </message>
    <message>
        <source>must list at least two languages: a main and a second, different one</source>
        <translation>muss mindestens zwei Sprachen aufführen: eine Haupt- und eine davon verschiedene Zweitsprache</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already used by %2</source>
        <translation>„%1“ wird bereits von %2 verwendet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be &quot;preselection&quot; or &quot;interview&quot;</source>
        <translation>„%1“ muss &quot;preselection&quot; oder &quot;interview&quot; sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already used by %2, in the same stage</source>
        <translation>„%1“ wird bereits von %2 verwendet, in derselben Stufe</translation>
    </message>
    <message>
        <source>must contain at least one &quot;preselection&quot; criterion</source>
        <translation>muss mindestens ein Kriterium &quot;preselection&quot; enthalten</translation>
    </message>
    <message>
        <source>the highest weighted pre-selection total</source>
        <translation>die höchste gewichtete Summe der Vorauswahl</translation>
    </message>
    <message>
        <source>must give interview_best_n, interview_min_total or both: who is invited to interview</source>
        <translation>muss interview_best_n, interview_min_total oder beides angeben: wer zum Vorstellungsgespräch eingeladen wird</translation>
    </message>
    <message>
        <source>is required: it decides which interviewed candidates are suitable</source>
        <translation>ist erforderlich: sie entscheidet, welche Personen nach dem Vorstellungsgespräch geeignet sind</translation>
    </message>
    <message>
        <source>the highest weighted interview total</source>
        <translation>die höchste gewichtete Summe des Vorstellungsgesprächs</translation>
    </message>
    <message>
        <source>there are no &quot;interview&quot; criteria to mark</source>
        <translation>es gibt keine Kriterien &quot;interview&quot; zu bewerten</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be &quot;strict&quot; or &quot;grouped&quot;</source>
        <translation>„%1“ muss &quot;strict&quot; oder &quot;grouped&quot; sein</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>is a folder, not a vacancy file</source>
        <translation>ist ein Ordner, keine Stellenausschreibungsdatei</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes (1 MB): this is not a vacancy file</source>
        <translation>die Datei ist größer als %1 Byte (1 MB): dies ist keine Stellenausschreibungsdatei</translation>
    </message>
    <message>
        <source>%1 is not on the panel: no search</source>
        <translation>%1 gehört nicht zum Auswahlausschuss: keine Suche</translation>
    </message>
    <message>
        <source>no candidate %1</source>
        <translation>kein Bewerber %1</translation>
    </message>
    <message>
        <source>%1: cannot write: the disk is full; nothing was written</source>
        <translation>%1: kann nicht geschrieben werden: der Datenträger ist voll; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot open</source>
        <translation>%1: kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Selection Panel case file</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Verfahrensakte von Selection Panel</translation>
    </message>
    <message>
        <source>%1 is read-only (a read-only file, folder or file system): it can be opened read-only</source>
        <translation>%1 ist schreibgeschützt (eine schreibgeschützte Datei, ein schreibgeschützter Ordner oder ein schreibgeschütztes Dateisystem): sie kann schreibgeschützt geöffnet werden</translation>
    </message>
    <message>
        <source>%1 holds no procedure</source>
        <translation>%1 enthält kein Verfahren</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing can be changed</source>
        <translation>%1 ist schreibgeschützt geöffnet: nichts kann geändert werden</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Selection Panel (case file version %2; this program reads up to version %3): update Selection Panel to open it</source>
        <translation>%1 wurde von einer neueren Version von Selection Panel geschrieben (Verfahrensakte Version %2; dieses Programm liest bis Version %3): aktualisieren Sie Selection Panel, um sie zu öffnen</translation>
    </message>
    <message>
        <source>%1 was written by an older version (case file version %2) and must be upgraded: open it in Selection Panel once, or run selection-panel upgrade on it</source>
        <translation>%1 wurde von einer älteren Version geschrieben (Verfahrensakte Version %2) und muss aktualisiert werden: öffnen Sie sie einmal in Selection Panel oder führen Sie selection-panel upgrade darauf aus</translation>
    </message>
    <message>
        <source>%1 is the recommended candidate: erasing needs --force</source>
        <translation>%1 ist der empfohlene Bewerber: das Löschen erfordert --force</translation>
    </message>
    <message>
        <source>%1 is on the reserve list, which may still be within its retention period: erasing needs --force</source>
        <translation>%1 steht auf der Reserveliste, deren Aufbewahrungsfrist noch laufen kann: das Löschen erfordert --force</translation>
    </message>
    <message>
        <source>nothing was erased: %1; run verify on the case file</source>
        <translation>nichts wurde gelöscht: %1; führen Sie verify für die Verfahrensakte aus</translation>
    </message>
    <message>
        <source>no candidate to erase</source>
        <translation>kein Bewerber zu löschen</translation>
    </message>
    <message>
        <source>erasing needs who does it (--by) and why (--reason)</source>
        <translation>das Löschen erfordert, wer es vornimmt (--by) und warum (--reason)</translation>
    </message>
    <message>
        <source>sign-in refused: the member or the passphrase is not right</source>
        <translation>Anmeldung abgelehnt: das Mitglied oder die Passphrase stimmt nicht</translation>
    </message>
    <message>
        <source>this is a one-time code: choose your own passphrase to sign in with it</source>
        <translation>dies ist ein Einmalcode: wählen Sie Ihre eigene Passphrase, um sich damit anzumelden</translation>
    </message>
    <message>
        <source>sign in as %1 to issue a one-time code in their name</source>
        <translation>melden Sie sich als %1 an, um in dessen Namen einen Einmalcode auszustellen</translation>
    </message>
    <message>
        <source>%1 is not a member of the panel</source>
        <translation>%1 ist kein Mitglied des Auswahlausschusses</translation>
    </message>
    <message>
        <source>only the chair resets a member&apos;s passphrase</source>
        <translation>nur der Vorsitz setzt die Passphrase eines Mitglieds zurück</translation>
    </message>
    <message>
        <source>only the chair or the secretary issues a one-time code</source>
        <translation>nur der Vorsitz oder das Sekretariat stellt einen Einmalcode aus</translation>
    </message>
    <message>
        <source>%1: marked twice by %2 at preselection</source>
        <translation>%1: zweimal von %2 in der Vorauswahl bewertet</translation>
    </message>
    <message>
        <source>%1: marked twice by %2 at interview</source>
        <translation>%1: zweimal von %2 im Vorstellungsgespräch bewertet</translation>
    </message>
    <message>
        <source>%1 has no preselection marks for %2 to submit</source>
        <translation>%1 hat keine Bewertung der Vorauswahl für %2 abzugeben</translation>
    </message>
    <message>
        <source>%1 has no interview marks for %2 to submit</source>
        <translation>%1 hat keine Bewertung des Vorstellungsgesprächs für %2 abzugeben</translation>
    </message>
    <message>
        <source>say which panel member you are</source>
        <translation>geben Sie an, welches Ausschussmitglied Sie sind</translation>
    </message>
    <message>
        <source>%1 cannot be read as it is: the file %2 beside it was left by a program that stopped while writing, and holds changes (or their undoing) not yet in the case file. Open the case file once where it can be written to (in Selection Panel, or with selection-panel upgrade), which recovers it; or, if it is an unfinished copy, delete both files and copy again</source>
        <translation>%1 kann so nicht gelesen werden: die Datei %2 daneben wurde von einem Programm hinterlassen, das beim Schreiben angehalten wurde, und enthält Änderungen (oder deren Rücknahme), die noch nicht in der Verfahrensakte sind. Öffnen Sie die Verfahrensakte einmal dort, wo sie beschrieben werden kann (in Selection Panel oder mit selection-panel upgrade), wodurch sie wiederhergestellt wird; oder, wenn es eine unvollständige Kopie ist, löschen Sie beide Dateien und kopieren Sie erneut</translation>
    </message>
    <message>
        <source>%1 cannot be read: the disk is full (reading needs a little room beside the case file); free some space and try again</source>
        <translation>%1 kann nicht gelesen werden: der Datenträger ist voll (das Lesen braucht etwas Platz neben der Verfahrensakte); schaffen Sie Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the disk is full; free some space, or open it read-only</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: der Datenträger ist voll; schaffen Sie Platz oder öffnen Sie sie schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 cannot be read in its read-only folder or file system: copy it to a folder you can write to</source>
        <translation>%1 kann in ihrem schreibgeschützten Ordner oder Dateisystem nicht gelesen werden: kopieren Sie sie in einen Ordner, in den Sie schreiben können</translation>
    </message>
    <message>
        <source>a panel member needs an id without spaces</source>
        <translation>ein Ausschussmitglied braucht eine Kennung ohne Leerzeichen</translation>
    </message>
    <message>
        <source>panel member id &apos;%1&apos; is already used</source>
        <translation>die Mitgliedskennung „%1“ wird bereits verwendet</translation>
    </message>
    <message>
        <source>the panel already has a chair</source>
        <translation>der Auswahlausschuss hat bereits einen Vorsitz</translation>
    </message>
    <message>
        <source>%1 is not the chair: only the chair freezes the grid</source>
        <translation>%1 hat nicht den Vorsitz: nur der Vorsitz schreibt das Bewertungsraster fest</translation>
    </message>
    <message>
        <source>%1 is not the chair: only the chair reopens the grid</source>
        <translation>%1 hat nicht den Vorsitz: nur der Vorsitz öffnet das Bewertungsraster wieder</translation>
    </message>
    <message>
        <source>%1 is not eligible (screening: inadmissible): excluded from marking</source>
        <translation>%1 ist nicht zugelassen (Prüfung: unzulässig): von der Bewertung ausgeschlossen</translation>
    </message>
    <message>
        <source>%1 is not eligible (screening: superseded_duplicate): excluded from marking</source>
        <translation>%1 ist nicht zugelassen (Prüfung: Duplikat zurückgestellt): von der Bewertung ausgeschlossen</translation>
    </message>
    <message>
        <source>%1 is not eligible (screening: pending): excluded from marking</source>
        <translation>%1 ist nicht zugelassen (Prüfung: offen): von der Bewertung ausgeschlossen</translation>
    </message>
    <message>
        <source>%1 is not eligible (screening: not_eligible): excluded from marking</source>
        <translation>%1 ist nicht zugelassen (Prüfung: erfüllt die Zulassungsbedingungen nicht): von der Bewertung ausgeschlossen</translation>
    </message>
    <message>
        <source>%1 is not invited to interview: no interview marks</source>
        <translation>%1 ist nicht zum Vorstellungsgespräch eingeladen: keine Bewertung des Vorstellungsgesprächs</translation>
    </message>
    <message>
        <source>%1 abstains for %2 (direct hierarchical link): another member records this decision</source>
        <translation>%1 enthält sich bei %2 (direktes Vorgesetztenverhältnis): ein anderes Mitglied erfasst diese Entscheidung</translation>
    </message>
    <message>
        <source>%1 abstains for %2 (family link): another member records this decision</source>
        <translation>%1 enthält sich bei %2 (familiäre Beziehung): ein anderes Mitglied erfasst diese Entscheidung</translation>
    </message>
    <message>
        <source>%1 abstains for %2 (former colleague): another member records this decision</source>
        <translation>%1 enthält sich bei %2 (ehemalige Kollegin oder ehemaliger Kollege): ein anderes Mitglied erfasst diese Entscheidung</translation>
    </message>
    <message>
        <source>%1 abstains for %2 (other): another member records this decision</source>
        <translation>%1 enthält sich bei %2 (sonstiges): ein anderes Mitglied erfasst diese Entscheidung</translation>
    </message>
    <message>
        <source>%1 is not the chair: only the chair records the panel&apos;s shortlist decisions</source>
        <translation>%1 hat nicht den Vorsitz: nur der Vorsitz erfasst die Entscheidungen des Ausschusses zur Auswahlliste</translation>
    </message>
    <message>
        <source>%1: a shortlist decision needs a reason: a candidate not shortlisted may ask for it</source>
        <translation>%1: eine Entscheidung zur Auswahlliste braucht eine Begründung: ein nicht ausgewählter Bewerber kann sie verlangen</translation>
    </message>
    <message>
        <source>%1 is not the chair: only the chair records the panel&apos;s recommendation</source>
        <translation>%1 hat nicht den Vorsitz: nur der Vorsitz erfasst die Empfehlung des Ausschusses</translation>
    </message>
    <message>
        <source>say who withdraws the decision</source>
        <translation>geben Sie an, wer die Entscheidung zurücknimmt</translation>
    </message>
    <message>
        <source>unknown declaration &apos;%1&apos;; this vacancy has: %2</source>
        <translation>unbekannte Erklärung „%1“; diese Stellenausschreibung hat: %2</translation>
    </message>
    <message>
        <source>say who ticks the declaration</source>
        <translation>geben Sie an, wer die Erklärung ankreuzt</translation>
    </message>
    <message>
        <source>say who decides</source>
        <translation>geben Sie an, wer entscheidet</translation>
    </message>
    <message>
        <source>%1 is not flagged as a probable duplicate</source>
        <translation>%1 ist nicht als wahrscheinliches Duplikat markiert</translation>
    </message>
    <message>
        <source>%1: setting an application aside needs a reason</source>
        <translation>%1: das Zurückstellen einer Bewerbung braucht eine Begründung</translation>
    </message>
    <message>
        <source>sign in as %1 to act in their name: only %1 can, with their passphrase</source>
        <translation>melden Sie sich als %1 an, um in dessen Namen zu handeln: nur %1 kann das, mit der eigenen Passphrase</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was changed</source>
        <translation>%1: der Datenträger ist voll; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1: the case file is open read-only</source>
        <translation>%1: die Verfahrensakte ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>%1: the case file is busy in another process</source>
        <translation>%1: die Verfahrensakte wird von einem anderen Prozess verwendet</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>Vorbereiten einer Anweisung</translation>
    </message>
    <message>
        <source>writing to the case file</source>
        <translation>Schreiben in die Verfahrensakte</translation>
    </message>
    <message>
        <source>%1 is the workbook of %2 (%3): only their %4 marking is done in it; everything else is done in the case itself</source>
        <translation>%1 ist die Arbeitsmappe von %2 (%3): darin wird nur die eigene Bewertung %4 vorgenommen; alles andere geschieht in der Verfahrensakte selbst</translation>
    </message>
    <message>
        <source>this is the workbook of %1 (%2): %3 cannot mark in it</source>
        <translation>dies ist die Arbeitsmappe von %1 (%2): %3 kann darin nicht bewerten</translation>
    </message>
    <message>
        <source>this workbook is for %1 marking, not %2</source>
        <translation>diese Arbeitsmappe ist für die Bewertung %1, nicht %2</translation>
    </message>
    <message>
        <source>%1: cannot create</source>
        <translation>%1: kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: refused, nothing was imported: %2</source>
        <translation>%1: abgelehnt, nichts wurde importiert: %2</translation>
    </message>
    <message>
        <source>the grid was reopened on %1 by %2 (&quot;%3&quot;) after the workbook was exported, so these marks were given against a grid that no longer holds; export a new workbook</source>
        <translation>das Bewertungsraster wurde am %1 von %2 („%3“) wieder geöffnet, nachdem die Arbeitsmappe exportiert wurde; diese Noten wurden also nach einem Raster vergeben, das nicht mehr gilt; exportieren Sie eine neue Arbeitsmappe</translation>
    </message>
    <message>
        <source>%1 has no key in this case to check the return&apos;s signature with</source>
        <translation>%1 hat in dieser Verfahrensakte keinen Schlüssel, mit dem die Signatur der Rückgabe geprüft werden kann</translation>
    </message>
    <message>
        <source>signed with a key of %1 that has been replaced since (their passphrase was reset): export a new workbook</source>
        <translation>mit einem Schlüssel von %1 signiert, der inzwischen ersetzt wurde (die Passphrase wurde zurückgesetzt): exportieren Sie eine neue Arbeitsmappe</translation>
    </message>
    <message>
        <source>the signature is not %1&apos;s (key %2): the file was changed after it was signed, or was not signed by %1</source>
        <translation>die Signatur ist nicht die von %1 (Schlüssel %2): die Datei wurde nach dem Signieren geändert oder nicht von %1 signiert</translation>
    </message>
    <message>
        <source>%1 is not on the panel</source>
        <translation>%1 gehört nicht zum Auswahlausschuss</translation>
    </message>
    <message>
        <source>%1 is the secretary, who does not mark: no workbook</source>
        <translation>%1 ist Sekretär/in des Ausschusses und bewertet nicht: keine Arbeitsmappe</translation>
    </message>
    <message>
        <source>%1 has no passphrase of their own yet, so they could not sign in to their workbook: they sign in once in the case (with the one-time code, if they were given one) before their workbook is exported</source>
        <translation>%1 hat noch keine eigene Passphrase und könnte sich daher nicht an der Arbeitsmappe anmelden: das Mitglied meldet sich einmal in der Verfahrensakte an (mit dem Einmalcode, falls es einen erhalten hat), bevor seine Arbeitsmappe exportiert wird</translation>
    </message>
    <message>
        <source>the grid is not frozen: nobody marks, so no workbook yet</source>
        <translation>das Bewertungsraster ist nicht festgeschrieben: niemand bewertet, also noch keine Arbeitsmappe</translation>
    </message>
    <message>
        <source>nobody is invited to interview yet: interview workbooks are exported once the shortlist is drawn up</source>
        <translation>noch niemand ist zum Vorstellungsgespräch eingeladen: Arbeitsmappen für das Vorstellungsgespräch werden exportiert, sobald die Auswahlliste steht</translation>
    </message>
    <message>
        <source>%1 is not a member&apos;s workbook: marks are returned from a workbook (export-workbook)</source>
        <translation>%1 ist keine Arbeitsmappe eines Mitglieds: Bewertungen werden aus einer Arbeitsmappe zurückgegeben (export-workbook)</translation>
    </message>
    <message>
        <source>sign in as %1 first: the return is signed with their key</source>
        <translation>melden Sie sich zuerst als %1 an: die Rückgabe wird mit dessen Schlüssel signiert</translation>
    </message>
    <message>
        <source>%1 has submitted no sheet yet: nothing to return</source>
        <translation>%1 hat noch keinen Bewertungsbogen abgegeben: nichts zurückzugeben</translation>
    </message>
    <message>
        <source>it was made for another case (%1, case id %2), not this one (%3, case id %4)</source>
        <translation>sie wurde für eine andere Verfahrensakte erstellt (%1, Kennung %2), nicht für diese (%3, Kennung %4)</translation>
    </message>
    <message>
        <source>%1 is not on this case&apos;s panel</source>
        <translation>%1 gehört nicht zum Auswahlausschuss dieser Verfahrensakte</translation>
    </message>
    <message>
        <source>it was made against another grid than this case&apos;s</source>
        <translation>sie wurde nach einem anderen Bewertungsraster als dem dieser Verfahrensakte erstellt</translation>
    </message>
    <message>
        <source>this return was already imported on %1</source>
        <translation>diese Rückgabe wurde bereits am %1 importiert</translation>
    </message>
    <message>
        <source>it holds no sheet</source>
        <translation>sie enthält keinen Bewertungsbogen</translation>
    </message>
    <message>
        <source>%1: the sheet is not submitted</source>
        <translation>%1: der Bewertungsbogen ist nicht abgegeben</translation>
    </message>
    <message>
        <source>%1: %2 already submitted a preselection sheet in the case</source>
        <translation>%1: %2 hat in der Verfahrensakte bereits einen Bewertungsbogen der Vorauswahl abgegeben</translation>
    </message>
    <message>
        <source>%1: %2 already submitted a interview sheet in the case</source>
        <translation>%1: %2 hat in der Verfahrensakte bereits einen Bewertungsbogen des Vorstellungsgesprächs abgegeben</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the disk is full (the lock file %2 cannot be written); free some space, or open it read-only</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: der Datenträger ist voll (die Sperrdatei %2 kann nicht geschrieben werden); schaffen Sie Platz oder öffnen Sie sie schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: it is on a read-only file system; it can be opened read-only</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: sie liegt auf einem schreibgeschützten Dateisystem; sie kann schreibgeschützt geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: its folder %2 is read-only for you (the lock file %3 cannot be created); it can be opened read-only</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: ihr Ordner %2 ist für Sie schreibgeschützt (die Sperrdatei %3 kann nicht angelegt werden); sie kann schreibgeschützt geöffnet werden</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2</source>
        <translation>%1: die Sperrdatei %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: its lock file %2 is there but names no holder that can be found. If nobody has the case file open (check the other computers and programs that may use it), delete %2 and try again; it can be opened read-only</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: ihre Sperrdatei %2 ist vorhanden, nennt aber keinen auffindbaren Inhaber. Wenn niemand die Verfahrensakte geöffnet hat (prüfen Sie die anderen Computer und Programme, die sie verwenden können), löschen Sie %2 und versuchen Sie es erneut; sie kann schreibgeschützt geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is open for writing by process %2 on %3 since %4 UTC; it can be opened read-only</source>
        <translation>%1 ist seit %4 UTC vom Prozess %2 auf %3 zum Schreiben geöffnet; sie kann schreibgeschützt geöffnet werden</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>server address &apos;%1&apos;: %2</source>
        <translation>Serveradresse „%1“: %2</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>sie beginnt nicht mit postgresql://</translation>
    </message>
    <message>
        <source>it holds a password; leave it out and let libpq find it (~/.pgpass, PGPASSFILE, or its prompt)</source>
        <translation>sie enthält ein Passwort; lassen Sie es weg und libpq es finden (~/.pgpass, PGPASSFILE oder dessen Abfrage)</translation>
    </message>
    <message>
        <source>it names no database (postgresql://HOST/DATABASE?case=ID)</source>
        <translation>sie nennt keine Datenbank (postgresql://HOST/DATABASE?case=ID)</translation>
    </message>
    <message>
        <source>host=%1 is not a plain host or folder</source>
        <translation>host=%1 ist kein einfacher Host oder Ordner</translation>
    </message>
    <message>
        <source>%1=%2 holds characters libpq would misread</source>
        <translation>%1=%2 enthält Zeichen, die libpq falsch lesen würde</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter Selection Panel passes on (case, host, sslmode, sslrootcert, sslcert, sslkey, connect_timeout, ...)</source>
        <translation>„%1“ ist kein Parameter, den Selection Panel weitergibt (case, host, sslmode, sslrootcert, sslcert, sslkey, connect_timeout, ...)</translation>
    </message>
    <message>
        <source>it names no case (add ?case=ID)</source>
        <translation>sie nennt keine Verfahrensakte (fügen Sie ?case=ID hinzu)</translation>
    </message>
    <message>
        <source>%1: cannot read the admin&apos;s rights</source>
        <translation>%1: die Rechte des Administrators können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2 may not create roles; the admin who sets up cases needs CREATEROLE (ALTER ROLE %2 CREATEROLE) and owns the database</source>
        <translation>%1: %2 darf keine Rollen anlegen; der Administrator, der Verfahrensakten einrichtet, braucht CREATEROLE (ALTER ROLE %2 CREATEROLE) und besitzt die Datenbank</translation>
    </message>
    <message>
        <source>%1: the database&apos;s encoding is %2; a case needs UTF8 (CREATE DATABASE ... ENCODING &apos;UTF8&apos;)</source>
        <translation>%1: die Kodierung der Datenbank ist %2; eine Verfahrensakte braucht UTF8 (CREATE DATABASE ... ENCODING &apos;UTF8&apos;)</translation>
    </message>
    <message>
        <source>%1: case %2 exists already (schema %3); nothing was changed</source>
        <translation>%1: die Verfahrensakte %2 existiert bereits (Schema %3); nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1: the role %2 exists already, left by an earlier case %3 on this server (DROP ROLE it, or choose another case id); nothing was changed</source>
        <translation>%1: die Rolle %2 existiert bereits, hinterlassen von einer früheren Verfahrensakte %3 auf diesem Server (entfernen Sie sie mit DROP ROLE oder wählen Sie eine andere Kennung); nichts wurde geändert</translation>
    </message>
    <message>
        <source>member %1 has no name</source>
        <translation>das Mitglied %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>%1: there is no case %2 (run server-init first)</source>
        <translation>%1: es gibt keine Verfahrensakte %2 (führen Sie zuerst server-init aus)</translation>
    </message>
    <message>
        <source>%1: the role %2 exists already: %3 is on the panel, or was (nothing was changed)</source>
        <translation>%1: die Rolle %2 existiert bereits: %3 gehört zum Auswahlausschuss oder gehörte dazu (nichts wurde geändert)</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: apt-get install libqt6sql6-psql)</source>
        <translation>der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert (Debian: apt-get install libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>case id &apos;%1&apos; is not usable on a server: at most 24 lower-case letters and digits, single underscores between, starting with a letter</source>
        <translation>die Kennung „%1“ ist auf einem Server nicht verwendbar: höchstens 24 Kleinbuchstaben und Ziffern, einzelne Unterstriche dazwischen, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>member id &apos;%1&apos; is not usable on a server: at most 30 lower-case letters and digits, single underscores between, starting with a letter (and not &apos;owner&apos; or &apos;panel&apos;)</source>
        <translation>die Mitgliedskennung „%1“ ist auf einem Server nicht verwendbar: höchstens 30 Kleinbuchstaben und Ziffern, einzelne Unterstriche dazwischen, beginnend mit einem Buchstaben (und nicht &apos;owner&apos; oder &apos;panel&apos;)</translation>
    </message>
    <message>
        <source>on a server, members sign in with their own database password: the administrator sets it (selection-panel server-add-member)</source>
        <translation>auf einem Server melden sich die Mitglieder mit ihrem eigenen Datenbankpasswort an: der Administrator legt es fest (selection-panel server-add-member)</translation>
    </message>
    <message>
        <source>%1 is a case on a server: every member marks in it directly, no workbook is needed</source>
        <translation>%1 ist eine Akte auf einem Server: jedes Mitglied bewertet direkt darin, keine Arbeitsmappe ist nötig</translation>
    </message>
    <message>
        <source>%2: the server refused it (%1); nothing was changed</source>
        <translation>%2: der Server hat es abgelehnt (%1); nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1: another member&apos;s change came first; nothing was changed, try again</source>
        <translation>%1: die Änderung eines anderen Mitglieds kam zuerst; nichts wurde geändert, versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%2: the connection to the server was lost (%1); nothing was changed</source>
        <translation>%2: die Verbindung zum Server ist verloren gegangen (%1); nichts wurde geändert</translation>
    </message>
    <message>
        <source>you are signed in to the server as %2: an act in %1&apos;s name is theirs, signed in as their own role</source>
        <translation>Sie sind am Server als %2 angemeldet: eine Handlung im Namen von %1 ist deren Sache, angemeldet mit der eigenen Rolle</translation>
    </message>
    <message>
        <source>%1: there is no case %2 on this server, or you are not on its panel</source>
        <translation>%1: auf diesem Server gibt es keine Akte %2, oder Sie gehören nicht zu ihrem Ausschuss</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>%1: the role %2 is not on the panel of case %3</source>
        <translation>%1: die Rolle %2 gehört nicht zum Ausschuss der Akte %3</translation>
    </message>
    <message>
        <source>%1: case %2 holds no procedure: it was set up without a vacancy (selection-panel server-init --vacancy FILE sets one up)</source>
        <translation>%1: die Akte %2 enthält kein Verfahren: sie wurde ohne Stellenausschreibung eingerichtet (selection-panel server-init --vacancy DATEI richtet eine ein)</translation>
    </message>
    <message>
        <source>%1 fails its verification (%2): nothing was pushed; selection-panel verify says what is wrong</source>
        <translation>%1 besteht die Prüfung nicht (%2): nichts wurde hochgeladen; selection-panel verify sagt, was nicht stimmt</translation>
    </message>
    <message>
        <source>panel member id %1 cannot name a role on a server (lower-case letters and digits, single underscores between, at most 30): nothing was pushed</source>
        <translation>die Mitgliedskennung %1 kann keine Rolle auf einem Server benennen (Kleinbuchstaben und Ziffern, einzelne Unterstriche dazwischen, höchstens 30): nichts wurde hochgeladen</translation>
    </message>
    <message>
        <source>the vacancy has no valid deadline (&quot;%1&quot; in zone &quot;%2&quot;)</source>
        <translation>die Stellenausschreibung hat keine gültige Frist („%1“ in der Zeitzone „%2“)</translation>
    </message>
    <message>
        <source>time of receipt unknown</source>
        <translation>Eingangszeit unbekannt</translation>
    </message>
    <message>
        <source>received %1 (%2), after the deadline %3</source>
        <translation>eingegangen am %1 (%2), nach Ablauf der Frist am %3</translation>
    </message>
    <message>
        <source>received %1 (%2), by the deadline %3</source>
        <translation>eingegangen am %1 (%2), innerhalb der Frist bis %3</translation>
    </message>
    <message>
        <source>%1 year</source>
        <translation>%1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>post-secondary diploma</source>
        <translation>postsekundärer Abschluss</translation>
    </message>
    <message>
        <source>secondary diploma</source>
        <translation>Sekundarschulabschluss</translation>
    </message>
    <message>
        <source>no diploma</source>
        <translation>kein Abschluss</translation>
    </message>
    <message>
        <source>%2, professional experience not declared: at least %1 required</source>
        <translation>%2, Berufserfahrung nicht angegeben: mindestens %1 erforderlich</translation>
    </message>
    <message>
        <source>%2 with %3 of professional experience (at least %1 required)</source>
        <translation>%2, %3 Berufserfahrung (mindestens %1 erforderlich)</translation>
    </message>
    <message>
        <source>%2 with %3 of professional experience: at least %1 required</source>
        <translation>%2, %3 Berufserfahrung: mindestens %1 erforderlich</translation>
    </message>
    <message>
        <source>military-service obligations</source>
        <translation>Wehrdienstpflichten</translation>
    </message>
    <message>
        <source>character references</source>
        <translation>Leumundszeugnisse</translation>
    </message>
    <message>
        <source>qualification issued or recognised by an EU Member State authority</source>
        <translation>Abschluss, der von einer Behörde eines EU-Mitgliedstaats ausgestellt oder anerkannt wurde</translation>
    </message>
    <message>
        <source>EU national: %1</source>
        <translation>EU-Staatsangehörige(r): %1</translation>
    </message>
    <message>
        <source>no nationality declared</source>
        <translation>keine Staatsangehörigkeit angegeben</translation>
    </message>
    <message>
        <source>no EU nationality declared (%1)</source>
        <translation>keine EU-Staatsangehörigkeit angegeben (%1)</translation>
    </message>
    <message>
        <source>education not declared</source>
        <translation>Ausbildung nicht angegeben</translation>
    </message>
    <message>
        <source>no secondary or post-secondary diploma declared</source>
        <translation>kein Sekundar- oder postsekundärer Abschluss angegeben</translation>
    </message>
    <message>
        <source>no languages declared</source>
        <translation>keine Sprachen angegeben</translation>
    </message>
    <message>
        <source>%2; not official EU languages: %1</source>
        <translation>%2; keine Amtssprachen der EU: %1</translation>
    </message>
    <message>
        <source>%1 or better in %2, %3 or better in a second language %4</source>
        <translation>%1 oder besser in %2, %3 oder besser in einer zweiten Sprache %4</translation>
    </message>
    <message>
        <source>no official EU language declared</source>
        <translation>keine Amtssprache der EU angegeben</translation>
    </message>
    <message>
        <source>no official language at %1 or better (%2)</source>
        <translation>keine Amtssprache auf Niveau %1 oder besser (%2)</translation>
    </message>
    <message>
        <source>%1 or better in %2, but no second official language at %3 or better</source>
        <translation>%1 oder besser in %2, aber keine zweite Amtssprache auf Niveau %3 oder besser</translation>
    </message>
    <message>
        <source>%1: not yet ticked by the panel</source>
        <translation>%1: vom Ausschuss noch nicht angekreuzt</translation>
    </message>
    <message>
        <source>%1: ticked fulfilled by the panel</source>
        <translation>%1: vom Ausschuss als erfüllt angekreuzt</translation>
    </message>
    <message>
        <source>%1: ticked not fulfilled by the panel</source>
        <translation>%1: vom Ausschuss als nicht erfüllt angekreuzt</translation>
    </message>
    <message>
        <source>%1 Priority group</source>
        <translation>%1 Vorranggruppe</translation>
    </message>
    <message>
        <source>%1 Commission official</source>
        <translation>%1 Beamter der Kommission</translation>
    </message>
    <message>
        <source>%1 Official of another institution</source>
        <translation>%1 Beamter eines anderen Organs</translation>
    </message>
    <message>
        <source>%1 Laureate</source>
        <translation>%1 Erfolgreicher Bewerber eines Auswahlverfahrens</translation>
    </message>
    <message>
        <source>%1 External</source>
        <translation>%1 Extern</translation>
    </message>
    <message>
        <source>%1: a case on a server is backed up by its administrator, who sees every row: selection-panel backup URL OUT.selpanel</source>
        <translation>%1: Eine Akte auf einem Server sichert ihr Administrator, der jede Zeile sieht: selection-panel backup URL OUT.selpanel</translation>
    </message>
    <message>
        <source>%1: %2 cannot act as the case&apos;s owner (%3), who alone sees every row: a backup is made by the server&apos;s administrator; nothing was written</source>
        <translation>%1: %2 kann nicht als Eigentümer der Akte (%3) handeln, der allein jede Zeile sieht: eine Sicherung erstellt der Administrator des Servers; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1: there is no case %2</source>
        <translation>%1: Es gibt keine Akte %2</translation>
    </message>
    <message>
        <source>%1: the copy of case %2 fails its verification (%3); nothing was written</source>
        <translation>%1: Die Kopie der Akte %2 besteht die Prüfung nicht (%3); nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1: the case was set up by a newer version of Selection Panel (server version %2; this program works with version %3)</source>
        <translation>%1: Die Akte wurde mit einer neueren Version von Selection Panel angelegt (Serverversion %2; dieses Programm arbeitet mit Version %3)</translation>
    </message>
    <message>
        <source>%1: the case was set up by an earlier version of Selection Panel (server version %2; this program works with version %3): the server&apos;s administrator brings it up to date with selection-panel upgrade %1</source>
        <translation>%1: Die Akte wurde mit einer früheren Version von Selection Panel angelegt (Serverversion %2; dieses Programm arbeitet mit Version %3): Der Administrator des Servers bringt sie mit selection-panel upgrade %1 auf den neuesten Stand</translation>
    </message>
    <message>
        <source>%1: there is no case %2 on this server</source>
        <translation>%1: Auf diesem Server gibt es keine Akte %2</translation>
    </message>
    <message>
        <source>%1: %2 cannot act as the case&apos;s owner (%3): the case is brought up to date by the server&apos;s administrator; nothing was changed</source>
        <translation>%1: %2 kann nicht als Eigentümer der Akte (%3) handeln: Die Akte bringt der Administrator des Servers auf den neuesten Stand; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1: the case was set up by a newer version of Selection Panel (server version %2; this program works with version %3); nothing was changed</source>
        <translation>%1: Die Akte wurde mit einer neueren Version von Selection Panel angelegt (Serverversion %2; dieses Programm arbeitet mit Version %3); nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1: on a server, candidates are erased by the server&apos;s administrator, who sees every row of theirs (a panel member&apos;s role does not): nothing was erased</source>
        <translation>%1: Auf einem Server löscht der Administrator des Servers Bewerbende, da er jede ihrer Zeilen sieht (die Rolle eines Mitglieds des Auswahlausschusses nicht): nichts wurde gelöscht</translation>
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
    <name>sp::ui::ConnectionStatus</name>
    <message>
        <source>Connection to the server</source>
        <translation>Verbindung zum Server</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection to the server lost&lt;/b&gt;: reconnecting… What you type stays on screen and is saved when it is back.</source>
        <translation>&lt;b&gt;Verbindung zum Server verloren&lt;/b&gt;: neue Verbindung… Was Sie eingeben, bleibt auf dem Bildschirm und wird gespeichert, sobald sie zurück ist.</translation>
    </message>
    <message>
        <source>Connected to the server again</source>
        <translation>Wieder mit dem Server verbunden</translation>
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
    <name>sp::ui::GuardedApplication</name>
    <message>
        <source>Selection Panel</source>
        <translation>Selection Panel</translation>
    </message>
    <message>
        <source>This could not be done: %1</source>
        <translation>Das konnte nicht ausgeführt werden: %1</translation>
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
    <message>
        <source>Open case on &amp;server…</source>
        <translation>Akte auf einem &amp;Server öffnen…</translation>
    </message>
    <message>
        <source>Open case on server</source>
        <translation>Akte auf einem Server öffnen</translation>
    </message>
    <message>
        <source>The case&apos;s address, as your administrator gave it:
postgresql://ROLE@HOST/DATABASE?case=ID</source>
        <translation>Die Adresse der Akte, wie Ihr Administrator sie angegeben hat:
postgresql://ROLLE@HOST/DATENBANK?case=ID</translation>
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
    <message>
        <source>Not saved yet: no connection to the server. Saved once it is back.</source>
        <translation>Noch nicht gespeichert: keine Verbindung zum Server. Gespeichert, sobald sie zurück ist.</translation>
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
    <message>
        <source>%1 — on a server</source>
        <translation>%1 — auf einem Server</translation>
    </message>
</context>
</TS>
