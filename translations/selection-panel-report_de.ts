<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>SelectionReport</name>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Directorate-General</source>
        <translation>Generaldirektion</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Place of employment</source>
        <translation>Dienstort</translation>
    </message>
    <message>
        <source>Staff category</source>
        <translation>Personalkategorie</translation>
    </message>
    <message>
        <source>Function group and grades</source>
        <translation>Funktionsgruppe und Besoldungsgruppen</translation>
    </message>
    <message>
        <source>Grades needing a justification</source>
        <translation>Besoldungsgruppen, die eine Begründung erfordern</translation>
    </message>
    <message>
        <source>Closing date for applications</source>
        <translation>Bewerbungsschluss</translation>
    </message>
    <message>
        <source>Order of priority (Article 29)</source>
        <translation>Rangfolge (Artikel 29)</translation>
    </message>
    <message>
        <source>Candidates invited to interview (best N)</source>
        <translation>Zum Gespräch eingeladene Bewerber (die N besten)</translation>
    </message>
    <message>
        <source>Lowest pre-selection total invited</source>
        <translation>Mindestgesamtpunktzahl der Vorauswahl für eine Einladung</translation>
    </message>
    <message>
        <source>Interview pass mark</source>
        <translation>Mindestpunktzahl des Gesprächs</translation>
    </message>
    <message>
        <source>Spread of marks flagged for discussion</source>
        <translation>Notenabstand, der zur Erörterung gemeldet wird</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>Eingegangene Bewerbungen</translation>
    </message>
    <message>
        <source>Inadmissible (received after the closing date)</source>
        <translation>Unzulässig (nach Bewerbungsschluss eingegangen)</translation>
    </message>
    <message>
        <source>Duplicate applications set aside</source>
        <translation>Zurückgestellte doppelte Bewerbungen</translation>
    </message>
    <message>
        <source>Found eligible by the panel</source>
        <translation>Erfüllen die Zulassungsbedingungen (Entscheidung des Ausschusses)</translation>
    </message>
    <message>
        <source>Found not eligible by the panel</source>
        <translation>Erfüllen die Zulassungsbedingungen nicht (Entscheidung des Ausschusses)</translation>
    </message>
    <message>
        <source>Awaiting the panel's decision</source>
        <translation>Entscheidung des Ausschusses ausstehend</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation>Zulässig</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Erfüllen die Zulassungsbedingungen</translation>
    </message>
    <message>
        <source>Invited to interview</source>
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
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Not reached yet: the interviews are not fully marked.</source>
        <translation>Noch nicht erreicht: Die Gespräche sind noch nicht vollständig bewertet.</translation>
    </message>
    <message>
        <source>No candidate interviewed reached the pass mark.</source>
        <translation>Kein befragter Bewerber hat die Mindestpunktzahl erreicht.</translation>
    </message>
    <message>
        <source>Not recorded yet: the chair has not recorded the panel's recommendation. By the rules, the best suitable candidate(s) of the highest tier: %1.</source>
        <translation>Noch nicht festgehalten: Der Vorsitz hat die Empfehlung des Ausschusses noch nicht festgehalten. Nach den Regeln der oder die besten geeigneten Bewerber der höchsten Stufe: %1.</translation>
    </message>
    <message>
        <source>The panel recommends %1.</source>
        <translation>Der Ausschuss empfiehlt %1.</translation>
    </message>
    <message>
        <source>%1; interview total %2; rank %3.</source>
        <translation>%1; Gesamtpunktzahl des Gesprächs %2; Rang %3.</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2.</source>
        <translation>Festgehalten von %1 am %2.</translation>
    </message>
    <message>
        <source>Justification for passing over a candidate ranked higher</source>
        <translation>Begründung für das Übergehen eines besser eingestuften Bewerbers</translation>
    </message>
    <message>
        <source>By the rules the recommendation would go to: %1. The panel recommends another suitable candidate, for this reason:</source>
        <translation>Nach den Regeln ginge die Empfehlung an: %1. Der Ausschuss empfiehlt aus folgendem Grund einen anderen geeigneten Bewerber:</translation>
    </message>
    <message>
        <source>The panel's reasons</source>
        <translation>Gründe des Ausschusses</translation>
    </message>
    <message>
        <source>Geographical balance</source>
        <translation>Geografische Ausgewogenheit</translation>
    </message>
    <message>
        <source>The vacancy names no under-represented Member State.</source>
        <translation>Die Stellenausschreibung nennt keinen unterrepräsentierten Mitgliedstaat.</translation>
    </message>
    <message>
        <source>The share of nationals of the under-represented Member States named by the vacancy (%1) at each stage. A candidate counts once when any of their nationalities is one of them.</source>
        <translation>Der Anteil der Staatsangehörigen der in der Stellenausschreibung genannten unterrepräsentierten Mitgliedstaaten (%1) in jeder Phase. Ein Bewerber zählt einmal, sobald eine seiner Staatsangehörigkeiten dazugehört.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <source>Of whom nationals</source>
        <translation>Davon Staatsangehörige</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>noch nicht erreicht</translation>
    </message>
    <message>
        <source>For reporting only: recruitment is strictly on merit, and these figures entered no mark, rank, shortlist or recommendation.</source>
        <translation>Nur zur Berichterstattung: Die Einstellung erfolgt ausschließlich nach Verdienst; diese Zahlen sind in keine Note, keine Rangfolge, keine Auswahlliste und keine Empfehlung eingeflossen.</translation>
    </message>
    <message>
        <source>Signatures of the panel</source>
        <translation>Unterschriften des Ausschusses</translation>
    </message>
    <message>
        <source>No panel has been appointed yet.</source>
        <translation>Es wurde noch kein Ausschuss benannt.</translation>
    </message>
    <message>
        <source>The members of the selection panel certify that this report is a faithful account of the panel's proceedings and decisions.</source>
        <translation>Die Mitglieder des Auswahlausschusses bestätigen, dass dieser Bericht die Beratungen und Entscheidungen des Ausschusses getreu wiedergibt.</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekretär/in</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Tier 1: priority candidates (Article 29(1)(a) to (c))</source>
        <translation>Stufe 1: vorrangige Bewerber (Artikel 29 Absatz 1 Buchstaben a bis c)</translation>
    </message>
    <message>
        <source>Tier 2: external candidates</source>
        <translation>Stufe 2: externe Bewerber</translation>
    </message>
    <message>
        <source>Tier 1: officials of the Commission</source>
        <translation>Stufe 1: Beamte der Kommission</translation>
    </message>
    <message>
        <source>Tier 2: officials of other institutions</source>
        <translation>Stufe 2: Beamte anderer Organe</translation>
    </message>
    <message>
        <source>Tier 3: laureates of competitions</source>
        <translation>Stufe 3: erfolgreiche Bewerber aus Auswahlverfahren</translation>
    </message>
    <message>
        <source>Tier 4: external candidates</source>
        <translation>Stufe 4: externe Bewerber</translation>
    </message>
    <message>
        <source>not fully marked</source>
        <translation>nicht vollständig bewertet</translation>
    </message>
    <message>
        <source>%1 (tie)</source>
        <translation>%1 (gleichauf)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>direct hierarchical link</source>
        <translation>direktes Vorgesetztenverhältnis</translation>
    </message>
    <message>
        <source>family link</source>
        <translation>familiäre Beziehung</translation>
    </message>
    <message>
        <source>former colleague</source>
        <translation>ehemaliger Kollege</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstiges</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Highest mark</source>
        <translation>Höchstnote</translation>
    </message>
    <message>
        <source>strict: officials of the Commission, officials of other institutions, laureates, then external candidates</source>
        <translation>streng: Beamte der Kommission, Beamte anderer Organe, erfolgreiche Bewerber aus Auswahlverfahren, dann externe Bewerber</translation>
    </message>
    <message>
        <source>grouped: the three priority categories together, then external candidates</source>
        <translation>zusammengefasst: die drei vorrangigen Kategorien gemeinsam, dann externe Bewerber</translation>
    </message>
    <message>
        <source>The vacancy</source>
        <translation>Die Stellenausschreibung</translation>
    </message>
    <message>
        <source>The selection panel</source>
        <translation>Der Auswahlausschuss</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Declared conflicts of interest</source>
        <translation>Erklärte Interessenkonflikte</translation>
    </message>
    <message>
        <source>No member declared a conflict of interest.</source>
        <translation>Kein Mitglied hat einen Interessenkonflikt erklärt.</translation>
    </message>
    <message>
        <source>A direct hierarchical or family link means that the member abstains: they neither mark the candidate nor see the candidate's marks. Any other declared conflict is on the record; the member may mark.</source>
        <translation>Bei einem direkten Vorgesetztenverhältnis oder einer familiären Beziehung enthält sich das Mitglied: Es bewertet den Bewerber nicht und sieht dessen Noten nicht. Jeder andere erklärte Konflikt wird festgehalten; das Mitglied darf bewerten.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Folge</translation>
    </message>
    <message>
        <source>abstains for this candidate</source>
        <translation>enthält sich bei diesem Bewerber</translation>
    </message>
    <message>
        <source>declared; marks</source>
        <translation>erklärt; bewertet</translation>
    </message>
    <message>
        <source>The evaluation grid</source>
        <translation>Das Bewertungsraster</translation>
    </message>
    <message>
        <source>The grid was frozen before any marking, on %1 by %2.</source>
        <translation>Das Raster wurde vor jeder Bewertung am %1 von %2 festgeschrieben.</translation>
    </message>
    <message>
        <source>Not reached yet: the grid is still a draft and has not been frozen. It is shown as it stands.</source>
        <translation>Noch nicht erreicht: Das Raster ist noch ein Entwurf und wurde nicht festgeschrieben. Es wird im jetzigen Stand wiedergegeben.</translation>
    </message>
    <message>
        <source>Each criterion's result is the median of the marks of the members who do not abstain, unless the chair recorded a consensus mark after discussion.</source>
        <translation>Das Ergebnis jedes Kriteriums ist der Median der Noten der Mitglieder, die sich nicht enthalten, sofern der Vorsitz nicht nach Erörterung eine Konsensnote festgehalten hat.</translation>
    </message>
    <message>
        <source>Each criterion's result is the mean of the marks of the members who do not abstain, unless the chair recorded a consensus mark after discussion.</source>
        <translation>Das Ergebnis jedes Kriteriums ist der Mittelwert der Noten der Mitglieder, die sich nicht enthalten, sofern der Vorsitz nicht nach Erörterung eine Konsensnote festgehalten hat.</translation>
    </message>
    <message>
        <source>Pre-selection criteria</source>
        <translation>Kriterien der Vorauswahl</translation>
    </message>
    <message>
        <source>Interview criteria</source>
        <translation>Kriterien des Gesprächs</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Interview questions</source>
        <translation>Fragen des Gesprächs</translation>
    </message>
    <message>
        <source>No question was set.</source>
        <translation>Es wurde keine Frage festgelegt.</translation>
    </message>
    <message>
        <source>Reopenings of the grid</source>
        <translation>Wiedereröffnungen des Rasters</translation>
    </message>
    <message>
        <source>The grid was never reopened.</source>
        <translation>Das Raster wurde nie wieder eröffnet.</translation>
    </message>
    <message>
        <source>Each reopening discarded every mark given until then, at both stages.</source>
        <translation>Jede Wiedereröffnung hat alle bis dahin vergebenen Noten beider Phasen verworfen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Mark sheets discarded</source>
        <translation>Verworfene Bewertungsbögen</translation>
    </message>
    <message>
        <source>Not reached yet: no candidate is fully marked at this stage.</source>
        <translation>Noch nicht erreicht: In dieser Phase ist noch kein Bewerber vollständig bewertet.</translation>
    </message>
    <message>
        <source>Not reached yet: marking starts once the grid is frozen.</source>
        <translation>Noch nicht erreicht: Die Bewertung beginnt, sobald das Raster festgeschrieben ist.</translation>
    </message>
    <message>
        <source>Pre-selection and shortlist</source>
        <translation>Vorauswahl und Auswahlliste</translation>
    </message>
    <message>
        <source>The grid sets no threshold for inviting candidates to interview, so there is no shortlist.</source>
        <translation>Das Raster legt keinen Schwellenwert für die Einladung zum Gespräch fest; daher gibt es keine Auswahlliste.</translation>
    </message>
    <message>
        <source>Candidates in the order of Article 29, then of their consolidated pre-selection total (out of %1). Equal totals share a rank: the panel settles a tie.</source>
        <translation>Bewerber in der Rangfolge des Artikels 29, dann nach ihrer zusammengefassten Gesamtpunktzahl der Vorauswahl (von %1). Gleiche Gesamtpunktzahlen teilen sich einen Rang; über Gleichstände entscheidet der Ausschuss.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Candidates invited to interview: %1.</source>
        <translation>Zum Gespräch eingeladene Bewerber: %1.</translation>
    </message>
    <message>
        <source>Eligible candidates not fully marked, hence not ranked: %1.</source>
        <translation>Bewerber, die die Zulassungsbedingungen erfüllen, aber nicht vollständig bewertet und daher nicht eingestuft sind: %1.</translation>
    </message>
    <message>
        <source>Interview results</source>
        <translation>Ergebnisse der Gespräche</translation>
    </message>
    <message>
        <source>Not reached yet: no interview is fully marked.</source>
        <translation>Noch nicht erreicht: Noch kein Gespräch ist vollständig bewertet.</translation>
    </message>
    <message>
        <source>The consolidated interview total of each candidate interviewed (out of %1); a candidate reaching the pass mark of %2 is suitable.</source>
        <translation>Die zusammengefasste Gesamtpunktzahl des Gesprächs jedes befragten Bewerbers (von %1); wer die Mindestpunktzahl von %2 erreicht, ist geeignet.</translation>
    </message>
    <message>
        <source>Interview total</source>
        <translation>Gesamtpunktzahl des Gesprächs</translation>
    </message>
    <message>
        <source>Final ranking by Article 29 tier</source>
        <translation>Endgültige Rangfolge nach Prioritätsstufen (Artikel 29)</translation>
    </message>
    <message>
        <source>Article 29 of the Staff Regulations comes first, merit second: the suitable candidates of a higher tier come before those of a lower one, whatever their totals. Within a tier, by interview total; equal totals share a rank.</source>
        <translation>Artikel 29 des Statuts geht vor, das Verdienst folgt: Die geeigneten Bewerber einer höheren Stufe stehen vor denen einer niedrigeren, unabhängig von ihrer Gesamtpunktzahl. Innerhalb einer Stufe nach der Gesamtpunktzahl des Gesprächs; gleiche Gesamtpunktzahlen teilen sich einen Rang.</translation>
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
        <source>Admissibility and eligibility</source>
        <translation>Zulässigkeit und Zulassungsbedingungen</translation>
    </message>
    <message>
        <source>Not reached yet: no application has been received.</source>
        <translation>Noch nicht erreicht: Es ist noch keine Bewerbung eingegangen.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Pre-check</source>
        <translation>Vorprüfung</translation>
    </message>
    <message>
        <source>Panel's decision</source>
        <translation>Entscheidung des Ausschusses</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>inadmissible: received late</source>
        <translation>unzulässig: verspätet eingegangen</translation>
    </message>
    <message>
        <source>duplicate set aside</source>
        <translation>Doppelbewerbung zurückgestellt</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>erfüllt die Zulassungsbedingungen nicht</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>erfüllt die Zulassungsbedingungen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Applications not admitted</source>
        <translation>Nicht zugelassene Bewerbungen</translation>
    </message>
    <message>
        <source>No application was found inadmissible or not eligible, or set aside.</source>
        <translation>Keine Bewerbung wurde als unzulässig befunden, keine erfüllt die Zulassungsbedingungen nicht, keine wurde zurückgestellt.</translation>
    </message>
    <message>
        <source>Decisions departing from the pre-check</source>
        <translation>Von der Vorprüfung abweichende Entscheidungen</translation>
    </message>
    <message>
        <source>Every decision of the panel confirms the automatic pre-check.</source>
        <translation>Jede Entscheidung des Ausschusses bestätigt die automatische Vorprüfung.</translation>
    </message>
    <message>
        <source>The pre-check reads the declared nationality, education and languages; the panel's decision may depart from it, with a written reason.</source>
        <translation>Die Vorprüfung liest die angegebene Staatsangehörigkeit, Ausbildung und Sprachkenntnisse; die Entscheidung des Ausschusses kann mit schriftlicher Begründung davon abweichen.</translation>
    </message>
    <message>
        <source>Selection report</source>
        <translation>Auswahlbericht</translation>
    </message>
    <message>
        <source>Restricted / selection procedure: confidential</source>
        <translation>Eingeschränkt / Auswahlverfahren: vertraulich</translation>
    </message>
    <message>
        <source>The proceedings of the selection panel are secret (Article 6 of Annex III to the Staff Regulations). This report gives the panel's consolidated results only: no individual member's marks or comments.</source>
        <translation>Die Beratungen des Auswahlausschusses sind geheim (Artikel 6 des Anhangs III des Statuts). Dieser Bericht enthält nur die zusammengefassten Ergebnisse des Ausschusses, keine Noten oder Bemerkungen einzelner Mitglieder.</translation>
    </message>
    <message>
        <source>Drawn up on %1 from the case file %2.</source>
        <translation>Erstellt am %1 aus der Verfahrensakte %2.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
</context>
</TS>
