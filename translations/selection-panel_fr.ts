<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CaseFileOpener</name>
    <message>
        <source>Case file in use</source>
        <translation>Dossier en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You will see everything but cannot change anything.</source>
        <translation>%1

L&apos;ouvrir en lecture seule&#xa0;? Vous verrez tout mais ne pourrez rien modifier.</translation>
    </message>
    <message>
        <source>Cannot open case file</source>
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <source>Selection Panel cannot open %1.

%2</source>
        <translation>Selection Panel ne peut pas ouvrir %1.

%2</translation>
    </message>
    <message>
        <source>The server refused that password.</source>
        <translation>Le serveur a refusé ce mot de passe.</translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation>Se connecter au serveur</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Mot de passe de %1 sur %2&#xa0;:</translation>
    </message>
    <message>
        <source>your database role</source>
        <translation>votre rôle de base de données</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Commission official</source>
        <translation>Fonctionnaire de la Commission</translation>
    </message>
    <message>
        <source>Official (other institution)</source>
        <translation>Fonctionnaire (autre institution)</translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation>Lauréat</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
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
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <source>%1 is not possible: %2</source>
        <translation>%1&#xa0;: impossible. %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>%1 was not recorded: %2</source>
        <translation>%1&#xa0;: non enregistré. %2</translation>
    </message>
    <message>
        <source>Decide %1 eligible</source>
        <translation>Décider que %1 remplit les conditions d&apos;admissibilité</translation>
    </message>
    <message>
        <source>Decide %1 not eligible</source>
        <translation>Décider que %1 ne remplit pas les conditions d&apos;admissibilité</translation>
    </message>
    <message>
        <source>Count %1 as the application</source>
        <translation>Compter %1 comme la candidature</translation>
    </message>
    <message>
        <source>Set %1 aside as a duplicate</source>
        <translation>Écarter %1 comme doublon</translation>
    </message>
    <message>
        <source>Save pre-selection marks for %1</source>
        <translation>Enregistrer les notes de présélection pour %1</translation>
    </message>
    <message>
        <source>Save interview marks for %1</source>
        <translation>Enregistrer les notes d&apos;entretien pour %1</translation>
    </message>
    <message>
        <source>the marks for %1 have been submitted and are final</source>
        <translation>les notes pour %1 ont été validées et sont définitives</translation>
    </message>
    <message>
        <source>Clear %1 for %2</source>
        <translation>Effacer %1 pour %2</translation>
    </message>
    <message>
        <source>Tick %1 fulfilled for %2</source>
        <translation>Cocher %1 remplie pour %2</translation>
    </message>
    <message>
        <source>Tick %1 not fulfilled for %2</source>
        <translation>Cocher %1 non remplie pour %2</translation>
    </message>
</context>
<context>
    <name>IrreversibleAct</name>
    <message>
        <source>Submit pre-selection marks for %1</source>
        <translation>Valider les notes de présélection pour %1</translation>
    </message>
    <message>
        <source>Submit interview marks for %1</source>
        <translation>Valider les notes d&apos;entretien pour %1</translation>
    </message>
    <message>
        <source>Record a consensus mark for %1</source>
        <translation>Enregistrer une note de consensus pour %1</translation>
    </message>
    <message>
        <source>Invite %1 to interview</source>
        <translation>Inviter %1 à l&apos;entretien</translation>
    </message>
    <message>
        <source>Decide not to invite %1 to interview</source>
        <translation>Décider de ne pas inviter %1 à l&apos;entretien</translation>
    </message>
    <message>
        <source>Recommend %1</source>
        <translation>Recommander %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n application(s)</source>
        <translation>
            <numerusform>Importer %n candidature</numerusform>
            <numerusform>Importer %n candidatures</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the return %1</source>
        <translation>Importer le renvoi %1</translation>
    </message>
    <message>
        <source>Note in the record: %1</source>
        <translation>Inscrire au registre&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>The language changes when you restart.</source>
        <translation>La langue change au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Applies after a restart of the application</source>
        <translation>Prend effet au redémarrage de l&apos;application</translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <source>grid not frozen</source>
        <translation>grille non figée</translation>
    </message>
    <message>
        <source>abstains</source>
        <translation>abstention</translation>
    </message>
    <message>
        <source>to mark</source>
        <translation>à noter</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>validées</translation>
    </message>
    <message>
        <source>interview: grid not frozen</source>
        <translation>entretien&#xa0;: grille non figée</translation>
    </message>
    <message>
        <source>interview: abstains</source>
        <translation>entretien&#xa0;: abstention</translation>
    </message>
    <message>
        <source>interview: to mark</source>
        <translation>entretien&#xa0;: à noter</translation>
    </message>
    <message>
        <source>interview: draft</source>
        <translation>entretien&#xa0;: brouillon</translation>
    </message>
    <message>
        <source>interview: submitted</source>
        <translation>entretien&#xa0;: validées</translation>
    </message>
</context>
<context>
    <name>RecordSecrecy</name>
    <message>
        <source>(hidden: you may not see these marks)</source>
        <translation>(masqué&#xa0;: vous ne pouvez pas voir ces notes)</translation>
    </message>
    <message>
        <source>(hidden: you see the other members&apos; marks once you have submitted yours)</source>
        <translation>(masqué&#xa0;: vous verrez les notes des autres membres une fois les vôtres validées)</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>inadmissible</source>
        <translation>irrecevable</translation>
    </message>
    <message>
        <source>duplicate set aside</source>
        <translation>doublon écarté</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>remplit les conditions d&apos;admissibilité</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>ne remplit pas les conditions d&apos;admissibilité</translation>
    </message>
    <message>
        <source>met</source>
        <translation>remplie</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non remplie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>admissible</source>
        <translation>recevable</translation>
    </message>
    <message>
        <source>inadmissible (late)</source>
        <translation>irrecevable (hors délai)</translation>
    </message>
</context>
<context>
    <name>SessionUser</name>
    <message>
        <source>Not signed in</source>
        <translation>Non identifié</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Identifié en tant que %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Identifié en tant que %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sp::Problem</name>
    <message>
        <source>%1: consensus mark %2 is outside 0..%3</source>
        <translation>%1&#xa0;: la note de consensus %2 est hors de 0..%3</translation>
    </message>
    <message>
        <source>a consensus mark needs a reason: it goes into the record</source>
        <translation>une note de consensus exige un motif&#xa0;: il est consigné au registre</translation>
    </message>
    <message>
        <source>a %1 criterion has no id</source>
        <translation>un critère de %1 n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>%1 criterion &apos;%2&apos;: the id may hold only a-z, 0-9 and _</source>
        <translation>critère de %1 «&#xa0;%2&#xa0;»&#xa0;: l’identifiant ne peut contenir que a-z, 0-9 et _</translation>
    </message>
    <message>
        <source>%1 criterion &apos;%2&apos; appears twice</source>
        <translation>le critère de %1 «&#xa0;%2&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>%1 criterion &apos;%2&apos;: weight %3 must be at least 1</source>
        <translation>critère de %1 «&#xa0;%2&#xa0;»&#xa0;: la pondération %3 doit être d’au moins 1</translation>
    </message>
    <message>
        <source>%1 criterion &apos;%2&apos;: maximum mark %3 must be at least 1</source>
        <translation>critère de %1 «&#xa0;%2&#xa0;»&#xa0;: la note maximale %3 doit être d’au moins 1</translation>
    </message>
    <message>
        <source>the grid has no pre-selection criterion</source>
        <translation>la grille n’a aucun critère de présélection</translation>
    </message>
    <message>
        <source>the grid does not say who is invited to interview: give the best N, a minimum total or both</source>
        <translation>la grille ne dit pas qui est invité à l’entretien&#xa0;: indiquez les N meilleurs, un total minimal ou les deux</translation>
    </message>
    <message>
        <source>best N %1 must be at least 1</source>
        <translation>le nombre N des meilleurs candidats (%1) doit être au moins 1</translation>
    </message>
    <message>
        <source>minimum total %1 is outside 0..%2, the highest pre-selection total</source>
        <translation>le total minimal %1 est hors de 0..%2, le total de présélection le plus élevé</translation>
    </message>
    <message>
        <source>the grid has interview criteria but no pass mark</source>
        <translation>la grille a des critères d’entretien mais pas de seuil de réussite</translation>
    </message>
    <message>
        <source>the grid has a pass mark but no interview criterion</source>
        <translation>la grille a un seuil de réussite mais aucun critère d’entretien</translation>
    </message>
    <message>
        <source>pass mark %1 is outside 0..%2, the highest interview total</source>
        <translation>le seuil de réussite %1 est hors de 0..%2, le total d’entretien le plus élevé</translation>
    </message>
    <message>
        <source>the spread flag %1 must be above 0</source>
        <translation>le seuil d’écart %1 doit être supérieur à 0</translation>
    </message>
    <message>
        <source>the grid is already frozen</source>
        <translation>la grille est déjà figée</translation>
    </message>
    <message>
        <source>the grid is frozen: reopen it first, which discards the marks given so far</source>
        <translation>la grille est figée&#xa0;: rouvrez-la d’abord, ce qui annule les notes attribuées jusqu’ici</translation>
    </message>
    <message>
        <source>the grid is not frozen: there is nothing to reopen</source>
        <translation>la grille n’est pas figée&#xa0;: il n’y a rien à rouvrir</translation>
    </message>
    <message>
        <source>a reopening needs a written reason: it goes into the record</source>
        <translation>une réouverture exige un motif écrit&#xa0;: il est consigné au registre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a panel member</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas membre du jury</translation>
    </message>
    <message>
        <source>%1 abstains for %2 (direct hierarchical link): no marking and no view of that candidate&apos;s marks</source>
        <translation>%1 s’abstient pour %2 (lien hiérarchique direct)&#xa0;: ni notation ni accès aux notes de ce candidat</translation>
    </message>
    <message>
        <source>%1 abstains for %2 (family link): no marking and no view of that candidate&apos;s marks</source>
        <translation>%1 s’abstient pour %2 (lien familial)&#xa0;: ni notation ni accès aux notes de ce candidat</translation>
    </message>
    <message>
        <source>%1 abstains for %2 (former colleague): no marking and no view of that candidate&apos;s marks</source>
        <translation>%1 s’abstient pour %2 (ancien collègue)&#xa0;: ni notation ni accès aux notes de ce candidat</translation>
    </message>
    <message>
        <source>%1 abstains for %2 (other): no marking and no view of that candidate&apos;s marks</source>
        <translation>%1 s’abstient pour %2 (autre)&#xa0;: ni notation ni accès aux notes de ce candidat</translation>
    </message>
    <message>
        <source>%1 is the secretary: the secretary does not mark</source>
        <translation>%1 est secrétaire du jury&#xa0;: le secrétaire ne note pas</translation>
    </message>
    <message>
        <source>the grid is not frozen: nobody marks pre-selection before it is</source>
        <translation>la grille n’est pas figée&#xa0;: personne ne note la présélection avant qu’elle le soit</translation>
    </message>
    <message>
        <source>the grid is not frozen: nobody marks interview before it is</source>
        <translation>la grille n’est pas figée&#xa0;: personne ne note l’entretien avant qu’elle le soit</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a pre-selection criterion</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un critère de présélection</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an interview criterion</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un critère d’entretien</translation>
    </message>
    <message>
        <source>%1: mark %2 is outside 0..%3</source>
        <translation>%1&#xa0;: la note %2 est hors de 0..%3</translation>
    </message>
    <message>
        <source>%1: no mark, and a submitted sheet marks every criterion</source>
        <translation>%1&#xa0;: aucune note, alors qu’une fiche validée note chaque critère</translation>
    </message>
    <message>
        <source>%1 has already submitted the pre-selection marks for %2: a submitted sheet is final</source>
        <translation>%1 a déjà validé les notes de présélection pour %2&#xa0;: une fiche validée est définitive</translation>
    </message>
    <message>
        <source>%1 has already submitted the interview marks for %2: a submitted sheet is final</source>
        <translation>%1 a déjà validé les notes d’entretien pour %2&#xa0;: une fiche validée est définitive</translation>
    </message>
    <message>
        <source>%1 is the secretary: individual marks stay with the members who give them</source>
        <translation>%1 est secrétaire du jury&#xa0;: les notes individuelles restent aux membres qui les attribuent</translation>
    </message>
    <message>
        <source>%1 sees the others&apos; pre-selection marks for %2 only after submitting their own</source>
        <translation>%1 ne voit les notes de présélection des autres pour %2 qu’après avoir validé les siennes</translation>
    </message>
    <message>
        <source>%1 sees the others&apos; interview marks for %2 only after submitting their own</source>
        <translation>%1 ne voit les notes d’entretien des autres pour %2 qu’après avoir validé les siennes</translation>
    </message>
    <message>
        <source>%1 sees the pre-selection results for %2 once every member has submitted: waiting for %3</source>
        <translation>%1 voit les résultats de présélection pour %2 une fois que chaque membre a validé&#xa0;: en attente de %3</translation>
    </message>
    <message>
        <source>%1 sees the interview results for %2 once every member has submitted: waiting for %3</source>
        <translation>%1 voit les résultats d’entretien pour %2 une fois que chaque membre a validé&#xa0;: en attente de %3</translation>
    </message>
    <message>
        <source>%1 is not the chair: only the chair records a consensus mark</source>
        <translation>%1 n’est pas président&#xa0;: seul le président enregistre une note de consensus</translation>
    </message>
    <message>
        <source>a consensus mark for %1 follows the discussion of every member&apos;s pre-selection marks: waiting for %2</source>
        <translation>une note de consensus pour %1 suit la discussion des notes de présélection de chaque membre&#xa0;: en attente de %2</translation>
    </message>
    <message>
        <source>a consensus mark for %1 follows the discussion of every member&apos;s interview marks: waiting for %2</source>
        <translation>une note de consensus pour %1 suit la discussion des notes d’entretien de chaque membre&#xa0;: en attente de %2</translation>
    </message>
    <message>
        <source>a panel member has no id</source>
        <translation>un membre du jury n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>panel member id &apos;%1&apos; is used twice</source>
        <translation>l’identifiant de membre «&#xa0;%1&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <source>panel member &apos;%1&apos; has no name</source>
        <translation>le membre du jury «&#xa0;%1&#xa0;» n’a pas de nom</translation>
    </message>
    <message>
        <source>the panel must have exactly one chair, it has %1</source>
        <translation>le jury doit avoir exactement un président, il en a %1</translation>
    </message>
    <message>
        <source>the panel has no member who marks</source>
        <translation>le jury n’a aucun membre qui note</translation>
    </message>
    <message>
        <source>the conflict names no candidate</source>
        <translation>le conflit ne désigne aucun candidat</translation>
    </message>
    <message>
        <source>a conflict of nature &quot;other&quot; needs a note saying what it is</source>
        <translation>un conflit de nature «&#xa0;autre&#xa0;» exige une note précisant de quoi il s’agit</translation>
    </message>
    <message>
        <source>candidate %1 appears twice in the ranking</source>
        <translation>le candidat %1 figure deux fois dans le classement</translation>
    </message>
    <message>
        <source>%1 is not in the final ranking of interviewed candidates</source>
        <translation>%1 ne figure pas dans le classement final des candidats reçus en entretien</translation>
    </message>
    <message>
        <source>%1 has no complete interview total: they cannot be recommended</source>
        <translation>%1 n’a pas de total d’entretien complet&#xa0;: ce candidat ne peut pas être recommandé</translation>
    </message>
    <message>
        <source>%1 is not suitable (interview total %2 below the pass mark): they cannot be recommended</source>
        <translation>%1 ne convient pas (total d’entretien %2 sous le seuil de réussite)&#xa0;: ce candidat ne peut pas être recommandé</translation>
    </message>
    <message>
        <source>recommending %1 over %2 needs a written justification of why the suitable higher-tier candidates do not best fit the post (Article 29)</source>
        <translation>recommander %1 plutôt que %2 exige une justification écrite expliquant pourquoi les candidats aptes d’un niveau de priorité supérieur ne correspondent pas le mieux au poste (article 29)</translation>
    </message>
    <message>
        <source>recommending %1 over %2 needs a written justification of why the better-ranked suitable candidates do not best fit the post</source>
        <translation>recommander %1 plutôt que %2 exige une justification écrite expliquant pourquoi les candidats aptes mieux classés ne correspondent pas le mieux au poste</translation>
    </message>
    <message>
        <source>entry %1 follows entry %2: entries were deleted or are missing</source>
        <translation>l’entrée %1 suit l’entrée %2&#xa0;: des entrées ont été supprimées ou manquent</translation>
    </message>
    <message>
        <source>entry %1 follows entry %2: the order was changed or is missing</source>
        <translation>l’entrée %1 suit l’entrée %2&#xa0;: l’ordre a été modifié ou une entrée manque</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it: an entry was deleted or reordered</source>
        <translation>l’entrée %1 ne suit pas l’entrée qui la précède&#xa0;: une entrée a été supprimée ou déplacée</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>l’entrée %1 a été modifiée après son écriture</translation>
    </message>
    <message>
        <source>the noted head &quot;%1&quot; is not of the form ENTRIES:HASH (at least 8 hexadecimal digits), as verify prints it</source>
        <translation>la tête du registre notée «&#xa0;%1&#xa0;» n’est pas de la forme ENTRIES:HASH (au moins 8 chiffres hexadécimaux), telle que verify l’affiche</translation>
    </message>
    <message>
        <source>record entry %1 is not the one noted (its hash is %2, the noted one %3): the record was rewritten since</source>
        <translation>l’entrée %1 du registre n’est pas celle qui a été notée (son hachage est %2, celui noté %3)&#xa0;: le registre a été réécrit depuis</translation>
    </message>
    <message>
        <source>the record has no entry %1 any more (it ends at %2): entries were deleted since it was noted</source>
        <translation>le registre n’a plus d’entrée %1 (il s’arrête à %2)&#xa0;: des entrées ont été supprimées depuis qu’elle a été notée</translation>
    </message>
    <message>
        <source>say who decides (the panel member&apos;s name)</source>
        <translation>indiquez qui décide (le nom du membre du jury)</translation>
    </message>
    <message>
        <source>the pre-check is unknown: a decision needs a written reason</source>
        <translation>la vérification préalable est indéterminée&#xa0;: une décision exige un motif écrit</translation>
    </message>
    <message>
        <source>the pre-check found a criterion not met: deciding eligible overrides it and needs a written reason</source>
        <translation>la vérification préalable a trouvé un critère non rempli&#xa0;: décider que le candidat remplit les conditions la contredit et exige un motif écrit</translation>
    </message>
    <message>
        <source>the pre-check found every criterion met: deciding not eligible overrides it and needs a reason naming the criterion that failed</source>
        <translation>la vérification préalable a trouvé tous les critères remplis&#xa0;: décider que le candidat ne remplit pas les conditions la contredit et exige un motif nommant le critère non rempli</translation>
    </message>
    <message>
        <source>* ends a word (cert* finds certified, certificate); it cannot stand inside one: %1</source>
        <translation>* termine un mot (cert* trouve certified, certificate)&#xa0;; il ne peut pas figurer à l’intérieur d’un mot&#xa0;: %1</translation>
    </message>
    <message>
        <source>* ends a word (cert*); it cannot stand alone</source>
        <translation>* termine un mot (cert*)&#xa0;; il ne peut pas figurer seul</translation>
    </message>
    <message>
        <source>%1 has no letter or digit to look for</source>
        <translation>%1 ne contient aucune lettre ni aucun chiffre à rechercher</translation>
    </message>
    <message>
        <source>a quote (&quot;) is not closed: put one after the phrase</source>
        <translation>un guillemet (&quot;) n’est pas fermé&#xa0;: ajoutez-en un après l’expression</translation>
    </message>
    <message>
        <source>an empty phrase (&quot;&quot;) finds nothing: put words between the quotes</source>
        <translation>une expression vide (&quot;&quot;) ne trouve rien&#xa0;: mettez des mots entre les guillemets</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letter or digit to look for</source>
        <translation>&quot;%1&quot; ne contient aucune lettre ni aucun chiffre à rechercher</translation>
    </message>
    <message>
        <source>* ends a phrase (&quot;threat model&quot;*), it cannot stand inside one</source>
        <translation>* termine une expression (&quot;threat model&quot;*), il ne peut pas figurer à l’intérieur</translation>
    </message>
    <message>
        <source>put a space after the closing quote of &quot;%1&quot;</source>
        <translation>mettez une espace après le guillemet fermant de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>OR goes between two words or phrases (pentest OR oscp)</source>
        <translation>OR se place entre deux mots ou expressions (pentest OR oscp)</translation>
    </message>
    <message>
        <source>type a word or a &quot;phrase&quot; to look for</source>
        <translation>saisissez un mot ou une &quot;expression&quot; à rechercher</translation>
    </message>
    <message>
        <source>%1 is not in the proposed shortlist</source>
        <translation>%1 ne figure pas dans la liste restreinte proposée</translation>
    </message>
    <message>
        <source>%1 has two decisions</source>
        <translation>%1 fait l’objet de deux décisions</translation>
    </message>
    <message>
        <source>%1: inviting differs from the proposal and needs a reason</source>
        <translation>%1&#xa0;: l’invitation s’écarte de la proposition et exige un motif</translation>
    </message>
    <message>
        <source>%1: not inviting differs from the proposal and needs a reason</source>
        <translation>%1&#xa0;: la non-invitation s’écarte de la proposition et exige un motif</translation>
    </message>
    <message>
        <source>%1 was changed outside the program: it differs from what record entry %2 wrote</source>
        <translation>%1 a été modifié hors du programme&#xa0;: il diffère de ce qu’a écrit l’entrée %2 du registre</translation>
    </message>
    <message>
        <source>%1 was added outside the program: no record entry wrote it</source>
        <translation>%1 a été ajouté hors du programme&#xa0;: aucune entrée du registre ne l’a écrit</translation>
    </message>
    <message>
        <source>%1 was deleted outside the program: record entry %2 wrote it and no entry removed it</source>
        <translation>%1 a été supprimé hors du programme&#xa0;: l’entrée %2 du registre l’a écrit et aucune entrée ne l’a retiré</translation>
    </message>
    <message>
        <source>the vacancy and its evaluation grid</source>
        <translation>l’avis de vacance et sa grille d’évaluation</translation>
    </message>
    <message>
        <source>the grid&apos;s state (draft or frozen)</source>
        <translation>l’état de la grille (brouillon ou figée)</translation>
    </message>
    <message>
        <source>reopening %1 of the grid</source>
        <translation>la réouverture %1 de la grille</translation>
    </message>
    <message>
        <source>panel member %1</source>
        <translation>le membre du jury %1</translation>
    </message>
    <message>
        <source>the setting %1</source>
        <translation>le paramètre %1</translation>
    </message>
    <message>
        <source>the credentials (passphrase hash, signing key) of %1</source>
        <translation>les identifiants (hachage de la phrase secrète, clé de signature) de %1</translation>
    </message>
    <message>
        <source>import batch %1</source>
        <translation>le lot d’importation %1</translation>
    </message>
    <message>
        <source>the procedure&apos;s %1</source>
        <translation>l’élément %1 de la procédure</translation>
    </message>
    <message>
        <source>%1&apos;s application data</source>
        <translation>les données de candidature de %1</translation>
    </message>
    <message>
        <source>%1&apos;s application PDF</source>
        <translation>le PDF de candidature de %1</translation>
    </message>
    <message>
        <source>the eligibility decision on %1</source>
        <translation>la décision d’admissibilité concernant %1</translation>
    </message>
    <message>
        <source>the declaration %1 ticked for %2</source>
        <translation>la déclaration %1 cochée pour %2</translation>
    </message>
    <message>
        <source>the duplicate decision on %1</source>
        <translation>la décision de doublon concernant %1</translation>
    </message>
    <message>
        <source>%1&apos;s conflict of interest with %2</source>
        <translation>le conflit d’intérêts de %1 avec %2</translation>
    </message>
    <message>
        <source>the %1 mark sheet of %2 for %3</source>
        <translation>la fiche de notation %1 de %2 pour %3</translation>
    </message>
    <message>
        <source>consensus mark %1 for %2</source>
        <translation>la note de consensus %1 pour %2</translation>
    </message>
    <message>
        <source>the shortlist decision on %1</source>
        <translation>la décision de liste restreinte concernant %1</translation>
    </message>
    <message>
        <source>recommendation %1 of %2</source>
        <translation>la recommandation %1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>entry %1 (%2 by %3)</source>
        <translation>entrée %1 (%2 par %3)</translation>
    </message>
    <message>
        <source>entry %1 (%2 by %3, %4)</source>
        <translation>entrée %1 (%2 par %3, %4)</translation>
    </message>
    <message>
        <source>%1: unsigned (%2 had not signed in yet)</source>
        <translation>%1&#xa0;: non signée (%2 ne s’était pas encore identifié)</translation>
    </message>
    <message>
        <source>%1: not signed, though %2 signs every act: written or changed with another tool</source>
        <translation>%1&#xa0;: non signée, alors que %2 signe chaque acte&#xa0;: écrite ou modifiée avec un autre outil</translation>
    </message>
    <message>
        <source>%1: signed with a key that is not %2&apos;s</source>
        <translation>%1&#xa0;: signée avec une clé qui n’est pas celle de %2</translation>
    </message>
    <message>
        <source>%1: the signature of %2 does not match the entry: it was changed after %2 signed it</source>
        <translation>%1&#xa0;: la signature de %2 ne correspond pas à l’entrée&#xa0;: celle-ci a été modifiée après que %2 l’a signée</translation>
    </message>
    <message>
        <source>entry %1 (return of %2 imported by %3)</source>
        <translation>entrée %1 (renvoi de %2 importé par %3)</translation>
    </message>
    <message>
        <source>entry %1 (return imported by %2): not the text of an imported return: changed with another tool</source>
        <translation>entrée %1 (renvoi importé par %2)&#xa0;: pas le texte d’un renvoi importé&#xa0;: modifiée avec un autre outil</translation>
    </message>
    <message>
        <source>%1: signed with a key the record never registered for %2</source>
        <translation>%1&#xa0;: signé avec une clé que le registre n’a jamais enregistrée pour %2</translation>
    </message>
    <message>
        <source>%1: %2&apos;s signature does not match the return&apos;s text: it was changed after %2 signed it</source>
        <translation>%1&#xa0;: la signature de %2 ne correspond pas au texte du renvoi&#xa0;: celui-ci a été modifié après que %2 l’a signé</translation>
    </message>
    <message>
        <source>%1: the signed return is %2&apos;s, not %3&apos;s</source>
        <translation>%1&#xa0;: le renvoi signé est celui de %2, pas celui de %3</translation>
    </message>
    <message>
        <source>%1: %2&apos;s signed sheet for %3 is not in the record</source>
        <translation>%1&#xa0;: la fiche signée de %2 pour %3 ne figure pas au registre</translation>
    </message>
    <message>
        <source>%1: not the sheet %2 signed for %3 in their return (entry %4): changed with another tool</source>
        <translation>%1&#xa0;: pas la fiche que %2 a signée pour %3 dans son renvoi (entrée %4)&#xa0;: modifiée avec un autre outil</translation>
    </message>
    <message>
        <source>%1: says it comes from %2&apos;s return (entry %3), which holds no sheet for %4</source>
        <translation>%1&#xa0;: se dit issue du renvoi de %2 (entrée %3), qui ne contient aucune fiche pour %4</translation>
    </message>
    <message>
        <source>%1: says it comes from a signed return that was never imported</source>
        <translation>%1&#xa0;: se dit issue d’un renvoi signé qui n’a jamais été importé</translation>
    </message>
    <message>
        <source>no memory for a member&apos;s key</source>
        <translation>mémoire insuffisante pour la clé d’un membre</translation>
    </message>
    <message>
        <source>not enough memory to seal the key (Argon2id)</source>
        <translation>mémoire insuffisante pour sceller la clé (Argon2id)</translation>
    </message>
    <message>
        <source>not enough memory to hash the passphrase (Argon2id)</source>
        <translation>mémoire insuffisante pour hacher la phrase secrète (Argon2id)</translation>
    </message>
    <message>
        <source>a passphrase needs at least 8 characters</source>
        <translation>une phrase secrète doit comporter au moins 8 caractères</translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>libsodium n’a pas pu être initialisé</translation>
    </message>
    <message>
        <source>%1; %2; %3; and %4 more</source>
        <translation>%1&#xa0;; %2&#xa0;; %3&#xa0;; et %4 de plus</translation>
    </message>
    <message>
        <source>%1, %2, %3, and %4 more</source>
        <translation>%1, %2, %3 et %4 de plus</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <source>contains a line break or another control character</source>
        <translation>contient un saut de ligne ou un autre caractère de contrôle</translation>
    </message>
    <message>
        <source>is longer than %1 characters: not a plausible e-mail address</source>
        <translation>dépasse %1 caractères&#xa0;: pas une adresse électronique plausible</translation>
    </message>
    <message>
        <source>is not a plausible e-mail address</source>
        <translation>n’est pas une adresse électronique plausible</translation>
    </message>
    <message>
        <source>entry %1: not a 2-letter country code (separate codes with &apos;;&apos;, e.g. FR;EL)</source>
        <translation>entrée %1&#xa0;: pas un code de pays à 2 lettres (séparez les codes par «&#xa0;;&#xa0;», p. ex. FR;EL)</translation>
    </message>
    <message>
        <source>entries %1: not a 2-letter country code (separate codes with &apos;;&apos;, e.g. FR;EL)</source>
        <translation>entrées %1&#xa0;: pas un code de pays à 2 lettres (séparez les codes par «&#xa0;;&#xa0;», p. ex. FR;EL)</translation>
    </message>
    <message>
        <source>%1 is not a date and time like 2025-04-30T11:59:59+02:00</source>
        <translation>%1 n’est pas une date et heure comme 2025-04-30T11:59:59+02:00</translation>
    </message>
    <message>
        <source>%1 has no time zone: add a time-zone offset or Z, e.g. 2025-04-30T11:59:59+02:00</source>
        <translation>%1 n’a pas de fuseau horaire&#xa0;: ajoutez un décalage horaire ou Z, p. ex. 2025-04-30T11:59:59+02:00</translation>
    </message>
    <message>
        <source>%1 is not a valid date and time</source>
        <translation>%1 n’est pas une date et heure valides</translation>
    </message>
    <message>
        <source>%1 has an invalid time-zone offset</source>
        <translation>%1 a un décalage horaire non valide</translation>
    </message>
    <message>
        <source>unknown category %1: use commission_official, institution_official, laureate or external</source>
        <translation>catégorie inconnue %1&#xa0;: utilisez commission_official, institution_official, laureate ou external</translation>
    </message>
    <message>
        <source>unknown education %1: use post_secondary, secondary or none, or leave it empty if unknown</source>
        <translation>formation inconnue %1&#xa0;: utilisez post_secondary, secondary ou none, ou laissez vide si elle est inconnue</translation>
    </message>
    <message>
        <source>%1: write decimals with &apos;.&apos;, e.g. %2</source>
        <translation>%1&#xa0;: écrivez les décimales avec «&#xa0;.&#xa0;», p. ex. %2</translation>
    </message>
    <message>
        <source>%1 is not a number of years</source>
        <translation>%1 n’est pas un nombre d’années</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 60 years</source>
        <translation>%1 doit être compris entre 0 et 60 ans</translation>
    </message>
    <message>
        <source>%1: separate the languages with spaces, e.g. en:C2 fr:B2</source>
        <translation>%1&#xa0;: séparez les langues par des espaces, p. ex. en:C2 fr:B2</translation>
    </message>
    <message>
        <source>%1 is not code:level, e.g. en:C1</source>
        <translation>%1 n’est pas de la forme code:niveau, p. ex. en:C1</translation>
    </message>
    <message>
        <source>%1 is not an official EU language code</source>
        <translation>%1 n’est pas un code de langue officielle de l’UE</translation>
    </message>
    <message>
        <source>%1: the level must be A1, A2, B1, B2, C1, C2 or native</source>
        <translation>%1&#xa0;: le niveau doit être A1, A2, B1, B2, C1, C2 ou native</translation>
    </message>
    <message>
        <source>language %1 is given twice</source>
        <translation>la langue %1 est indiquée deux fois</translation>
    </message>
    <message>
        <source>%1 must be a file name inside the PDF folder (no absolute path, no &quot;..&quot;)</source>
        <translation>%1 doit être un nom de fichier dans le dossier des PDF (pas de chemin absolu, pas de &quot;..&quot;)</translation>
    </message>
    <message>
        <source>%1 is not a valid reference: at most 40 letters, digits and / _ . -</source>
        <translation>%1 n’est pas une référence valide&#xa0;: au plus 40 lettres, chiffres et / _ . -</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: no such file in %2</source>
        <translation>%1&#xa0;: fichier introuvable dans %2</translation>
    </message>
    <message>
        <source>%1: is not a file inside the PDF folder</source>
        <translation>%1&#xa0;: n’est pas un fichier du dossier des PDF</translation>
    </message>
    <message>
        <source>%1: is %2 MB, larger than the %3 MB an application PDF may have</source>
        <translation>%1&#xa0;: fait %2 Mo, plus que les %3 Mo permis pour le PDF d’une candidature</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>candidature %1</translation>
    </message>
    <message>
        <source>same PDF</source>
        <translation>même PDF</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>même adresse électronique</translation>
    </message>
    <message>
        <source>probable duplicate of %1 (%2)</source>
        <translation>doublon probable de %1 (%2)</translation>
    </message>
    <message>
        <source>the PDF folder %1 does not exist</source>
        <translation>le dossier des PDF %1 n’existe pas</translation>
    </message>
    <message>
        <source>column without a name: ignored</source>
        <translation>colonne sans nom&#xa0;: ignorée</translation>
    </message>
    <message>
        <source>unknown column: ignored</source>
        <translation>colonne inconnue&#xa0;: ignorée</translation>
    </message>
    <message>
        <source>the column appears twice (columns %1 and %2)</source>
        <translation>la colonne figure deux fois (colonnes %1 et %2)</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation>la colonne obligatoire &quot;%1&quot; manque</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2 columns</source>
        <translation>la ligne a %1 cellules mais l’en-tête a %2 colonnes</translation>
    </message>
    <message>
        <source>a reserve list is given but the category is %1, not laureate: check the category</source>
        <translation>une liste de réserve est indiquée mais la catégorie est %1, pas laureate&#xa0;: vérifiez la catégorie</translation>
    </message>
    <message>
        <source>reference &quot;%1&quot; already exists in the case file</source>
        <translation>la référence &quot;%1&quot; existe déjà dans le dossier</translation>
    </message>
    <message>
        <source>reference &quot;%1&quot; is already used in row %2</source>
        <translation>la référence &quot;%1&quot; est déjà utilisée à la ligne %2</translation>
    </message>
    <message>
        <source>the built-in example vacancy %1 is missing from the program</source>
        <translation>l’avis de vacance d’exemple intégré %1 manque dans le programme</translation>
    </message>
    <message>
        <source>the file is empty: it has no header row</source>
        <translation>le fichier est vide&#xa0;: il n’a pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>a quote (&quot;) inside a field that does not start with one: put the whole field in quotes and double the inner quote (&quot;&quot;)</source>
        <translation>un guillemet (&quot;) dans un champ qui ne commence pas par un guillemet&#xa0;: mettez tout le champ entre guillemets et doublez le guillemet intérieur (&quot;&quot;)</translation>
    </message>
    <message>
        <source>the quoted field starting on line %1 of the file has no closing quote</source>
        <translation>le champ entre guillemets commençant à la ligne %1 du fichier n’a pas de guillemet fermant</translation>
    </message>
    <message>
        <source>text after the closing quote: a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>du texte après le guillemet fermant&#xa0;: un guillemet dans un champ entre guillemets doit être doublé (&quot;&quot;)</translation>
    </message>
    <message>
        <source>contains a NUL byte: the file is not plain text; save it as CSV (UTF-8)</source>
        <translation>contient un octet NUL&#xa0;: le fichier n’est pas du texte brut&#xa0;; enregistrez-le en CSV (UTF-8)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1 at character %2 of the cell): save the file as CSV UTF-8</source>
        <translation>UTF-8 non valide (octet 0x%1 au caractère %2 de la cellule)&#xa0;: enregistrez le fichier en CSV UTF-8</translation>
    </message>
    <message>
        <source>too many problems; stopped reading here</source>
        <translation>trop de problèmes&#xa0;; lecture arrêtée ici</translation>
    </message>
    <message>
        <source>the file is UTF-16; save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;)</source>
        <translation>le fichier est en UTF-16&#xa0;; enregistrez-le en UTF-8 (dans Excel&#xa0;: &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: %3</source>
        <translation>%1&#xa0;: champ «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
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
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>must be an integer from %1 to %2</source>
        <translation>doit être un entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>doit être un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2 (%3)</source>
        <translation>doit être un nombre de %1 à %2 (%3)</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>est obligatoire mais absent</translation>
    </message>
    <message>
        <source>is required but null</source>
        <translation>est obligatoire mais null</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>doit être %1, pas %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an object { ... }</source>
        <translation>un objet { ... }</translation>
    </message>
    <message>
        <source>an array [ ... ]</source>
        <translation>un tableau [ ... ]</translation>
    </message>
    <message>
        <source>is not a known field (misspelt?)</source>
        <translation>n’est pas un champ connu (faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <source>must be an object { ... }, not %1</source>
        <translation>doit être un objet { ... }, pas %1</translation>
    </message>
    <message>
        <source>not a column of the sheet nor a %1 criterion</source>
        <translation>ni une colonne de la fiche ni un critère de %1</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>la colonne figure deux fois</translation>
    </message>
    <message>
        <source>the sheet has no reference column</source>
        <translation>la fiche n’a pas de colonne de référence</translation>
    </message>
    <message>
        <source>no candidate reference</source>
        <translation>aucune référence de candidat</translation>
    </message>
    <message>
        <source>longer than %1 characters: not a candidate reference</source>
        <translation>dépasse %1 caractères&#xa0;: pas une référence de candidat</translation>
    </message>
    <message>
        <source>%1 appears twice in the sheet</source>
        <translation>%1 figure deux fois dans la fiche</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is not a whole marks return (%2): nothing was imported; ask the member to send it again</source>
        <translation>%1 n’est pas un renvoi de notes complet (%2)&#xa0;: rien n’a été importé&#xa0;; demandez au membre de le renvoyer</translation>
    </message>
    <message>
        <source>no text &apos;%1&apos;</source>
        <translation>pas de texte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no whole number &apos;%1&apos;</source>
        <translation>pas de nombre entier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a sheet that is not an object</source>
        <translation>une fiche qui n’est pas un objet</translation>
    </message>
    <message>
        <source>no &apos;submitted&apos; for %1</source>
        <translation>pas de «&#xa0;submitted&#xa0;» pour %1</translation>
    </message>
    <message>
        <source>no marks for %1</source>
        <translation>pas de notes pour %1</translation>
    </message>
    <message>
        <source>a mark of %1 that is not a whole number</source>
        <translation>une note de %1 qui n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>an unknown stage</source>
        <translation>une étape inconnue</translation>
    </message>
    <message>
        <source>no &apos;sheets&apos;</source>
        <translation>pas de «&#xa0;sheets&#xa0;»</translation>
    </message>
    <message>
        <source>not the signed text of a return</source>
        <translation>pas le texte signé d’un renvoi</translation>
    </message>
    <message>
        <source>the signed text is damaged</source>
        <translation>le texte signé est endommagé</translation>
    </message>
    <message>
        <source>truncated or damaged: %1 at byte %2</source>
        <translation>tronqué ou endommagé&#xa0;: %1 à l’octet %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>not the format %1</source>
        <translation>pas le format %1</translation>
    </message>
    <message>
        <source>version %1; this program reads version %2</source>
        <translation>version %1&#xa0;; ce programme lit la version %2</translation>
    </message>
    <message>
        <source>no &apos;return&apos;</source>
        <translation>pas de «&#xa0;return&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>impossible d’écrire</translation>
    </message>
    <message>
        <source>cannot replace</source>
        <translation>impossible de remplacer</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existe et n’est pas un dossier</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: impossible d’écrire&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1&#xa0;: impossible d’écrire</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>le système de fichiers est en lecture seule</translation>
    </message>
    <message>
        <source>the folder cannot be written to (permission denied)</source>
        <translation>le dossier n’est pas accessible en écriture (permission refusée)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must use only a-z, 0-9 and _</source>
        <translation>«&#xa0;%1&#xa0;» ne doit contenir que a-z, 0-9 et _</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>a comma or a closing } is missing</source>
        <translation>il manque une virgule ou une } fermante</translation>
    </message>
    <message>
        <source>a : is missing after a field name</source>
        <translation>il manque un : après un nom de champ</translation>
    </message>
    <message>
        <source>a comma or a closing ] is missing</source>
        <translation>il manque une virgule ou un ] fermant</translation>
    </message>
    <message>
        <source>a comma is missing between two values</source>
        <translation>il manque une virgule entre deux valeurs</translation>
    </message>
    <message>
        <source>a value is not valid (texts are in double quotes; numbers are plain, like 3 or 2.5, and not huge; true, false and null are lower case)</source>
        <translation>une valeur n’est pas valide (les textes sont entre guillemets doubles&#xa0;; les nombres s’écrivent simplement, comme 3 ou 2.5, et ne sont pas énormes&#xa0;; true, false et null sont en minuscules)</translation>
    </message>
    <message>
        <source>a value is missing after a comma (no comma after the last item)</source>
        <translation>il manque une valeur après une virgule (pas de virgule après le dernier élément)</translation>
    </message>
    <message>
        <source>the file ends too early, or a text is missing its closing &quot;</source>
        <translation>le fichier se termine trop tôt, ou un texte n’a pas de &quot; fermant</translation>
    </message>
    <message>
        <source>a \ escape in a text is not valid</source>
        <translation>un échappement \ dans un texte n’est pas valide</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>le texte n’est pas de l’UTF-8 valide (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>brackets are nested too deeply</source>
        <translation>les crochets sont imbriqués trop profondément</translation>
    </message>
    <message>
        <source>something follows the closing } of the file</source>
        <translation>quelque chose suit la } fermante du fichier</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a vacancy file may be at most %2 bytes (1 MB)</source>
        <translation>le fichier fait %1 octets&#xa0;; un fichier d’avis de vacance peut faire au plus %2 octets (1 Mo)</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object { ... }</source>
        <translation>le fichier est vide&#xa0;; un objet JSON { ... } est attendu</translation>
    </message>
    <message>
        <source>near %1: not valid JSON: %2</source>
        <translation>près de %1&#xa0;: JSON non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object { ... }, not an array</source>
        <translation>le niveau supérieur doit être un objet JSON { ... }, pas un tableau</translation>
    </message>
    <message>
        <source>the top level must be a JSON object { ... }, not a single value</source>
        <translation>le niveau supérieur doit être un objet JSON { ... }, pas une valeur isolée</translation>
    </message>
    <message>
        <source>is required but missing: this is not a Selection Panel vacancy file (expected &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>est obligatoire mais absent&#xa0;: ce n’est pas un fichier d’avis de vacance de Selection Panel (attendu&#xa0;: &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; a vacancy file has &quot;%2&quot;</source>
        <translation>vaut &quot;%1&quot;&#xa0;; un fichier d’avis de vacance a &quot;%2&quot;</translation>
    </message>
    <message>
        <source>version %1 was written for a newer Selection Panel (this one reads version %2): update Selection Panel to open it</source>
        <translation>la version %1 a été écrite pour un Selection Panel plus récent (celui-ci lit la version %2)&#xa0;: mettez Selection Panel à jour pour l’ouvrir</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a two-letter country code</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de pays à deux lettres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an EU Member State (the EU-27, Greece as EL)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un État membre de l’UE (l’UE à 27, la Grèce sous EL)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice (also at %2)</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois (aussi en %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the 24 official EU languages (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’une des 24 langues officielles de l’UE (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CEFR level: use A1, A2, B1, B2, C1 or C2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un niveau du CECR&#xa0;: utilisez A1, A2, B1, B2, C1 ou C2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is below the minimum grade &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» est inférieur au grade minimal «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside the grade range %2 to %3</source>
        <translation>«&#xa0;%1&#xa0;» est hors de l’éventail de grades %2 à %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a local date and time like &quot;2025-04-30T12:00:00&quot;, without an offset or Z (the time zone is &apos;deadline.zone&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» doit être une date et heure locales comme &quot;2025-04-30T12:00:00&quot;, sans décalage ni Z (le fuseau horaire est &apos;deadline.zone&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date and time</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et heure réelles</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known IANA time zone (e.g. &quot;Europe/Brussels&quot;)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire IANA connu (p. ex. &quot;Europe/Brussels&quot;)</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks go forward over it; choose another time</source>
        <translation>%1 n’existe pas dans %2&#xa0;: les horloges avancent à ce moment&#xa0;; choisissez une autre heure</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks go back over it; choose a time that is not ambiguous</source>
        <translation>%1 se produit deux fois dans %2&#xa0;: les horloges reculent à ce moment&#xa0;; choisissez une heure non ambiguë</translation>
    </message>
    <message>
        <source>must list at least one Member State</source>
        <translation>doit indiquer au moins un État membre</translation>
    </message>
    <message>
        <source>must list at least two languages: a main and a second, different one</source>
        <translation>doit indiquer au moins deux langues&#xa0;: une principale et une seconde, différente</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already used by %2</source>
        <translation>«&#xa0;%1&#xa0;» est déjà utilisé par %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be &quot;preselection&quot; or &quot;interview&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit être &quot;preselection&quot; ou &quot;interview&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already used by %2, in the same stage</source>
        <translation>«&#xa0;%1&#xa0;» est déjà utilisé par %2, dans la même étape</translation>
    </message>
    <message>
        <source>must contain at least one &quot;preselection&quot; criterion</source>
        <translation>doit contenir au moins un critère &quot;preselection&quot;</translation>
    </message>
    <message>
        <source>the highest weighted pre-selection total</source>
        <translation>le total pondéré de présélection le plus élevé</translation>
    </message>
    <message>
        <source>must give interview_best_n, interview_min_total or both: who is invited to interview</source>
        <translation>doit indiquer interview_best_n, interview_min_total ou les deux&#xa0;: qui est invité à l’entretien</translation>
    </message>
    <message>
        <source>is required: it decides which interviewed candidates are suitable</source>
        <translation>est obligatoire&#xa0;: il détermine quels candidats reçus en entretien sont aptes</translation>
    </message>
    <message>
        <source>the highest weighted interview total</source>
        <translation>le total pondéré d’entretien le plus élevé</translation>
    </message>
    <message>
        <source>there are no &quot;interview&quot; criteria to mark</source>
        <translation>il n’y a aucun critère &quot;interview&quot; à noter</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>doit être supérieur à 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be &quot;strict&quot; or &quot;grouped&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit être &quot;strict&quot; ou &quot;grouped&quot;</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a vacancy file</source>
        <translation>est un dossier, pas un fichier d’avis de vacance</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes (1 MB): this is not a vacancy file</source>
        <translation>le fichier dépasse %1 octets (1 Mo)&#xa0;: ce n’est pas un fichier d’avis de vacance</translation>
    </message>
    <message>
        <source>%1 is not on the panel: no search</source>
        <translation>%1 n’est pas membre du jury&#xa0;: pas de recherche</translation>
    </message>
    <message>
        <source>no candidate %1</source>
        <translation>aucun candidat %1</translation>
    </message>
    <message>
        <source>%1: cannot write: the disk is full; nothing was written</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: le disque est plein&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>%1: cannot open</source>
        <translation>%1&#xa0;: ouverture impossible</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Selection Panel case file</source>
        <translation>%1 est une base SQLite, mais pas un dossier Selection Panel</translation>
    </message>
    <message>
        <source>%1 is read-only (a read-only file, folder or file system): it can be opened read-only</source>
        <translation>%1 est en lecture seule (fichier, dossier ou système de fichiers en lecture seule)&#xa0;: il peut être ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1 holds no procedure</source>
        <translation>%1 ne contient aucune procédure</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing can be changed</source>
        <translation>%1 est ouvert en lecture seule&#xa0;: rien ne peut être modifié</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Selection Panel (case file version %2; this program reads up to version %3): update Selection Panel to open it</source>
        <translation>%1 a été écrit par une version plus récente de Selection Panel (dossier en version %2&#xa0;; ce programme lit jusqu’à la version %3)&#xa0;: mettez Selection Panel à jour pour l’ouvrir</translation>
    </message>
    <message>
        <source>%1 was written by an older version (case file version %2) and must be upgraded: open it in Selection Panel once, or run selection-panel upgrade on it</source>
        <translation>%1 a été écrit par une version plus ancienne (dossier en version %2) et doit être mis à niveau&#xa0;: ouvrez-le une fois dans Selection Panel, ou lancez selection-panel upgrade dessus</translation>
    </message>
    <message>
        <source>%1 is the recommended candidate: erasing needs --force</source>
        <translation>%1 est le candidat recommandé&#xa0;: l’effacement exige --force</translation>
    </message>
    <message>
        <source>%1 is on the reserve list, which may still be within its retention period: erasing needs --force</source>
        <translation>%1 figure sur la liste de réserve, dont la durée de conservation n’est peut-être pas écoulée&#xa0;: l’effacement exige --force</translation>
    </message>
    <message>
        <source>nothing was erased: %1; run verify on the case file</source>
        <translation>rien n’a été effacé&#xa0;: %1&#xa0;; lancez verify sur le dossier</translation>
    </message>
    <message>
        <source>no candidate to erase</source>
        <translation>aucun candidat à effacer</translation>
    </message>
    <message>
        <source>erasing needs who does it (--by) and why (--reason)</source>
        <translation>l’effacement exige qui l’effectue (--by) et pourquoi (--reason)</translation>
    </message>
    <message>
        <source>sign-in refused: the member or the passphrase is not right</source>
        <translation>identification refusée&#xa0;: le membre ou la phrase secrète n’est pas correct</translation>
    </message>
    <message>
        <source>this is a one-time code: choose your own passphrase to sign in with it</source>
        <translation>ceci est un code à usage unique&#xa0;: choisissez votre propre phrase secrète pour vous identifier avec</translation>
    </message>
    <message>
        <source>sign in as %1 to issue a one-time code in their name</source>
        <translation>identifiez-vous comme %1 pour émettre un code à usage unique en son nom</translation>
    </message>
    <message>
        <source>%1 is not a member of the panel</source>
        <translation>%1 n’est pas membre du jury</translation>
    </message>
    <message>
        <source>only the chair resets a member&apos;s passphrase</source>
        <translation>seul le président réinitialise la phrase secrète d’un membre</translation>
    </message>
    <message>
        <source>only the chair or the secretary issues a one-time code</source>
        <translation>seuls le président ou le secrétaire émettent un code à usage unique</translation>
    </message>
    <message>
        <source>%1: marked twice by %2 at preselection</source>
        <translation>%1&#xa0;: noté deux fois par %2 en présélection</translation>
    </message>
    <message>
        <source>%1: marked twice by %2 at interview</source>
        <translation>%1&#xa0;: noté deux fois par %2 à l’entretien</translation>
    </message>
    <message>
        <source>%1 has no preselection marks for %2 to submit</source>
        <translation>%1 n’a aucune note de présélection à valider pour %2</translation>
    </message>
    <message>
        <source>%1 has no interview marks for %2 to submit</source>
        <translation>%1 n’a aucune note d’entretien à valider pour %2</translation>
    </message>
    <message>
        <source>say which panel member you are</source>
        <translation>indiquez quel membre du jury vous êtes</translation>
    </message>
    <message>
        <source>%1 cannot be read as it is: the file %2 beside it was left by a program that stopped while writing, and holds changes (or their undoing) not yet in the case file. Open the case file once where it can be written to (in Selection Panel, or with selection-panel upgrade), which recovers it; or, if it is an unfinished copy, delete both files and copy again</source>
        <translation>%1 ne peut pas être lu tel quel&#xa0;: le fichier %2 à côté a été laissé par un programme arrêté en pleine écriture et contient des modifications (ou leur annulation) qui ne sont pas encore dans le dossier. Ouvrez le dossier une fois là où il peut être écrit (dans Selection Panel, ou avec selection-panel upgrade), ce qui le rétablit&#xa0;; ou, s’il s’agit d’une copie inachevée, supprimez les deux fichiers et copiez de nouveau</translation>
    </message>
    <message>
        <source>%1 cannot be read: the disk is full (reading needs a little room beside the case file); free some space and try again</source>
        <translation>%1 ne peut pas être lu&#xa0;: le disque est plein (la lecture demande un peu de place à côté du dossier)&#xa0;; libérez de l’espace et réessayez</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the disk is full; free some space, or open it read-only</source>
        <translation>%1 ne peut pas être ouvert en écriture&#xa0;: le disque est plein&#xa0;; libérez de l’espace, ou ouvrez-le en lecture seule</translation>
    </message>
    <message>
        <source>%1 cannot be read in its read-only folder or file system: copy it to a folder you can write to</source>
        <translation>%1 ne peut pas être lu dans son dossier ou système de fichiers en lecture seule&#xa0;: copiez-le dans un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <source>a panel member needs an id without spaces</source>
        <translation>un membre du jury a besoin d’un identifiant sans espaces</translation>
    </message>
    <message>
        <source>panel member id &apos;%1&apos; is already used</source>
        <translation>l’identifiant de membre «&#xa0;%1&#xa0;» est déjà utilisé</translation>
    </message>
    <message>
        <source>the panel already has a chair</source>
        <translation>le jury a déjà un président</translation>
    </message>
    <message>
        <source>%1 is not the chair: only the chair freezes the grid</source>
        <translation>%1 n’est pas président&#xa0;: seul le président fige la grille</translation>
    </message>
    <message>
        <source>%1 is not the chair: only the chair reopens the grid</source>
        <translation>%1 n’est pas président&#xa0;: seul le président rouvre la grille</translation>
    </message>
    <message>
        <source>%1 is not eligible (screening: inadmissible): excluded from marking</source>
        <translation>%1 ne remplit pas les conditions (examen&#xa0;: irrecevable)&#xa0;: exclu de la notation</translation>
    </message>
    <message>
        <source>%1 is not eligible (screening: superseded_duplicate): excluded from marking</source>
        <translation>%1 ne remplit pas les conditions (examen&#xa0;: doublon écarté)&#xa0;: exclu de la notation</translation>
    </message>
    <message>
        <source>%1 is not eligible (screening: pending): excluded from marking</source>
        <translation>%1 ne remplit pas les conditions (examen&#xa0;: en attente)&#xa0;: exclu de la notation</translation>
    </message>
    <message>
        <source>%1 is not eligible (screening: not_eligible): excluded from marking</source>
        <translation>%1 ne remplit pas les conditions (examen&#xa0;: ne remplit pas les conditions d’admissibilité)&#xa0;: exclu de la notation</translation>
    </message>
    <message>
        <source>%1 is not invited to interview: no interview marks</source>
        <translation>%1 n’est pas invité à l’entretien&#xa0;: pas de notes d’entretien</translation>
    </message>
    <message>
        <source>%1 abstains for %2 (direct hierarchical link): another member records this decision</source>
        <translation>%1 s’abstient pour %2 (lien hiérarchique direct)&#xa0;: un autre membre enregistre cette décision</translation>
    </message>
    <message>
        <source>%1 abstains for %2 (family link): another member records this decision</source>
        <translation>%1 s’abstient pour %2 (lien familial)&#xa0;: un autre membre enregistre cette décision</translation>
    </message>
    <message>
        <source>%1 abstains for %2 (former colleague): another member records this decision</source>
        <translation>%1 s’abstient pour %2 (ancien collègue)&#xa0;: un autre membre enregistre cette décision</translation>
    </message>
    <message>
        <source>%1 abstains for %2 (other): another member records this decision</source>
        <translation>%1 s’abstient pour %2 (autre motif)&#xa0;: un autre membre enregistre cette décision</translation>
    </message>
    <message>
        <source>%1 is not the chair: only the chair records the panel&apos;s shortlist decisions</source>
        <translation>%1 n’est pas président&#xa0;: seul le président enregistre les décisions du jury sur la liste restreinte</translation>
    </message>
    <message>
        <source>%1: a shortlist decision needs a reason: a candidate not shortlisted may ask for it</source>
        <translation>%1&#xa0;: une décision de liste restreinte exige un motif&#xa0;: un candidat non retenu peut le demander</translation>
    </message>
    <message>
        <source>%1 is not the chair: only the chair records the panel&apos;s recommendation</source>
        <translation>%1 n’est pas président&#xa0;: seul le président enregistre la recommandation du jury</translation>
    </message>
    <message>
        <source>say who withdraws the decision</source>
        <translation>indiquez qui retire la décision</translation>
    </message>
    <message>
        <source>unknown declaration &apos;%1&apos;; this vacancy has: %2</source>
        <translation>déclaration inconnue «&#xa0;%1&#xa0;»&#xa0;; cet avis de vacance a&#xa0;: %2</translation>
    </message>
    <message>
        <source>say who ticks the declaration</source>
        <translation>indiquez qui coche la déclaration</translation>
    </message>
    <message>
        <source>say who decides</source>
        <translation>indiquez qui décide</translation>
    </message>
    <message>
        <source>%1 is not flagged as a probable duplicate</source>
        <translation>%1 n’est pas signalé comme doublon probable</translation>
    </message>
    <message>
        <source>%1: setting an application aside needs a reason</source>
        <translation>%1&#xa0;: écarter une candidature exige un motif</translation>
    </message>
    <message>
        <source>sign in as %1 to act in their name: only %1 can, with their passphrase</source>
        <translation>identifiez-vous comme %1 pour agir en son nom&#xa0;: seul %1 le peut, avec sa phrase secrète</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was changed</source>
        <translation>%1&#xa0;: le disque est plein&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1: the case file is open read-only</source>
        <translation>%1&#xa0;: le dossier est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1: the case file is busy in another process</source>
        <translation>%1&#xa0;: le dossier est occupé par un autre processus</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>préparation d’une requête</translation>
    </message>
    <message>
        <source>writing to the case file</source>
        <translation>écriture dans le dossier</translation>
    </message>
    <message>
        <source>%1 is the workbook of %2 (%3): only their %4 marking is done in it; everything else is done in the case itself</source>
        <translation>%1 est le classeur de %2 (%3)&#xa0;: on n’y fait que sa notation %4&#xa0;; tout le reste se fait dans le dossier lui-même</translation>
    </message>
    <message>
        <source>this is the workbook of %1 (%2): %3 cannot mark in it</source>
        <translation>ceci est le classeur de %1 (%2)&#xa0;: %3 ne peut pas y noter</translation>
    </message>
    <message>
        <source>this workbook is for %1 marking, not %2</source>
        <translation>ce classeur est destiné à la notation %1, pas %2</translation>
    </message>
    <message>
        <source>%1: cannot create</source>
        <translation>%1&#xa0;: création impossible</translation>
    </message>
    <message>
        <source>%1: refused, nothing was imported: %2</source>
        <translation>%1&#xa0;: refusé, rien n’a été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the grid was reopened on %1 by %2 (&quot;%3&quot;) after the workbook was exported, so these marks were given against a grid that no longer holds; export a new workbook</source>
        <translation>la grille a été rouverte le %1 par %2 («&#xa0;%3&#xa0;») après l’export du classeur&#xa0;: ces notes ont donc été attribuées selon une grille qui ne vaut plus&#xa0;; exportez un nouveau classeur</translation>
    </message>
    <message>
        <source>%1 has no key in this case to check the return&apos;s signature with</source>
        <translation>%1 n’a aucune clé dans ce dossier pour vérifier la signature du renvoi</translation>
    </message>
    <message>
        <source>signed with a key of %1 that has been replaced since (their passphrase was reset): export a new workbook</source>
        <translation>signé avec une clé de %1 remplacée depuis (sa phrase secrète a été réinitialisée)&#xa0;: exportez un nouveau classeur</translation>
    </message>
    <message>
        <source>the signature is not %1&apos;s (key %2): the file was changed after it was signed, or was not signed by %1</source>
        <translation>la signature n’est pas celle de %1 (clé %2)&#xa0;: le fichier a été modifié après sa signature, ou n’a pas été signé par %1</translation>
    </message>
    <message>
        <source>%1 is not on the panel</source>
        <translation>%1 n’est pas membre du jury</translation>
    </message>
    <message>
        <source>%1 is the secretary, who does not mark: no workbook</source>
        <translation>%1 est secrétaire du jury et ne note pas&#xa0;: pas de classeur</translation>
    </message>
    <message>
        <source>%1 has no passphrase of their own yet, so they could not sign in to their workbook: they sign in once in the case (with the one-time code, if they were given one) before their workbook is exported</source>
        <translation>%1 n’a pas encore de phrase secrète à soi et ne pourrait donc pas s’identifier dans son classeur&#xa0;: il s’identifie une fois dans le dossier (avec le code à usage unique, s’il en a reçu un) avant l’export de son classeur</translation>
    </message>
    <message>
        <source>the grid is not frozen: nobody marks, so no workbook yet</source>
        <translation>la grille n’est pas figée&#xa0;: personne ne note, donc pas encore de classeur</translation>
    </message>
    <message>
        <source>nobody is invited to interview yet: interview workbooks are exported once the shortlist is drawn up</source>
        <translation>personne n’est encore invité à l’entretien&#xa0;: les classeurs d’entretien s’exportent une fois la liste restreinte établie</translation>
    </message>
    <message>
        <source>%1 is not a member&apos;s workbook: marks are returned from a workbook (export-workbook)</source>
        <translation>%1 n’est pas le classeur d’un membre&#xa0;: les notes se renvoient depuis un classeur (export-workbook)</translation>
    </message>
    <message>
        <source>sign in as %1 first: the return is signed with their key</source>
        <translation>identifiez-vous d’abord comme %1&#xa0;: le renvoi est signé avec sa clé</translation>
    </message>
    <message>
        <source>%1 has submitted no sheet yet: nothing to return</source>
        <translation>%1 n’a encore validé aucune fiche&#xa0;: rien à renvoyer</translation>
    </message>
    <message>
        <source>it was made for another case (%1, case id %2), not this one (%3, case id %4)</source>
        <translation>il a été établi pour un autre dossier (%1, identifiant %2), pas pour celui-ci (%3, identifiant %4)</translation>
    </message>
    <message>
        <source>%1 is not on this case&apos;s panel</source>
        <translation>%1 n’est pas membre du jury de ce dossier</translation>
    </message>
    <message>
        <source>it was made against another grid than this case&apos;s</source>
        <translation>il a été établi selon une autre grille que celle de ce dossier</translation>
    </message>
    <message>
        <source>this return was already imported on %1</source>
        <translation>ce renvoi a déjà été importé le %1</translation>
    </message>
    <message>
        <source>it holds no sheet</source>
        <translation>il ne contient aucune fiche</translation>
    </message>
    <message>
        <source>%1: the sheet is not submitted</source>
        <translation>%1&#xa0;: la fiche n’est pas validée</translation>
    </message>
    <message>
        <source>%1: %2 already submitted a preselection sheet in the case</source>
        <translation>%1&#xa0;: %2 a déjà validé une fiche de présélection dans le dossier</translation>
    </message>
    <message>
        <source>%1: %2 already submitted a interview sheet in the case</source>
        <translation>%1&#xa0;: %2 a déjà validé une fiche d’entretien dans le dossier</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the disk is full (the lock file %2 cannot be written); free some space, or open it read-only</source>
        <translation>%1 ne peut pas être ouvert en écriture&#xa0;: le disque est plein (le fichier de verrou %2 ne peut pas être écrit)&#xa0;; libérez de l’espace, ou ouvrez-le en lecture seule</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: it is on a read-only file system; it can be opened read-only</source>
        <translation>%1 ne peut pas être ouvert en écriture&#xa0;: il se trouve sur un système de fichiers en lecture seule&#xa0;; il peut être ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: its folder %2 is read-only for you (the lock file %3 cannot be created); it can be opened read-only</source>
        <translation>%1 ne peut pas être ouvert en écriture&#xa0;: son dossier %2 est en lecture seule pour vous (le fichier de verrou %3 ne peut pas être créé)&#xa0;; il peut être ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2</source>
        <translation>%1&#xa0;: impossible de créer le fichier de verrou %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: its lock file %2 is there but names no holder that can be found. If nobody has the case file open (check the other computers and programs that may use it), delete %2 and try again; it can be opened read-only</source>
        <translation>%1 ne peut pas être ouvert en écriture&#xa0;: son fichier de verrou %2 existe mais ne nomme aucun détenteur que l’on puisse trouver. Si personne n’a le dossier ouvert (vérifiez les autres ordinateurs et programmes qui peuvent l’utiliser), supprimez %2 et réessayez&#xa0;; il peut être ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1 is open for writing by process %2 on %3 since %4 UTC; it can be opened read-only</source>
        <translation>%1 est ouvert en écriture par le processus %2 sur %3 depuis le %4 UTC&#xa0;; il peut être ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>server address &apos;%1&apos;: %2</source>
        <translation>adresse de serveur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>elle ne commence pas par postgresql://</translation>
    </message>
    <message>
        <source>it holds a password; leave it out and let libpq find it (~/.pgpass, PGPASSFILE, or its prompt)</source>
        <translation>elle contient un mot de passe&#xa0;; omettez-le et laissez libpq le trouver (~/.pgpass, PGPASSFILE, ou sa demande)</translation>
    </message>
    <message>
        <source>it names no database (postgresql://HOST/DATABASE?case=ID)</source>
        <translation>elle ne nomme aucune base de données (postgresql://HOST/DATABASE?case=ID)</translation>
    </message>
    <message>
        <source>host=%1 is not a plain host or folder</source>
        <translation>host=%1 n’est ni un simple hôte ni un dossier</translation>
    </message>
    <message>
        <source>%1=%2 holds characters libpq would misread</source>
        <translation>%1=%2 contient des caractères que libpq lirait mal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter Selection Panel passes on (case, host, sslmode, sslrootcert, sslcert, sslkey, connect_timeout, ...)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un paramètre que Selection Panel transmet (case, host, sslmode, sslrootcert, sslcert, sslkey, connect_timeout, ...)</translation>
    </message>
    <message>
        <source>it names no case (add ?case=ID)</source>
        <translation>elle ne nomme aucun dossier (ajoutez ?case=ID)</translation>
    </message>
    <message>
        <source>%1: cannot read the admin&apos;s rights</source>
        <translation>%1&#xa0;: impossible de lire les droits de l’administrateur</translation>
    </message>
    <message>
        <source>%1: %2 may not create roles; the admin who sets up cases needs CREATEROLE (ALTER ROLE %2 CREATEROLE) and owns the database</source>
        <translation>%1&#xa0;: %2 ne peut pas créer de rôles&#xa0;; l’administrateur qui crée les dossiers a besoin de CREATEROLE (ALTER ROLE %2 CREATEROLE) et possède la base de données</translation>
    </message>
    <message>
        <source>%1: the database&apos;s encoding is %2; a case needs UTF8 (CREATE DATABASE ... ENCODING &apos;UTF8&apos;)</source>
        <translation>%1&#xa0;: l’encodage de la base de données est %2&#xa0;; un dossier exige UTF8 (CREATE DATABASE ... ENCODING &apos;UTF8&apos;)</translation>
    </message>
    <message>
        <source>%1: case %2 exists already (schema %3); nothing was changed</source>
        <translation>%1&#xa0;: le dossier %2 existe déjà (schéma %3)&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1: the role %2 exists already, left by an earlier case %3 on this server (DROP ROLE it, or choose another case id); nothing was changed</source>
        <translation>%1&#xa0;: le rôle %2 existe déjà, laissé par un dossier antérieur %3 sur ce serveur (supprimez-le avec DROP ROLE, ou choisissez un autre identifiant de dossier)&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>member %1 has no name</source>
        <translation>le membre %1 n’a pas de nom</translation>
    </message>
    <message>
        <source>%1: there is no case %2 (run server-init first)</source>
        <translation>%1&#xa0;: il n’y a pas de dossier %2 (lancez d’abord server-init)</translation>
    </message>
    <message>
        <source>%1: the role %2 exists already: %3 is on the panel, or was (nothing was changed)</source>
        <translation>%1&#xa0;: le rôle %2 existe déjà&#xa0;: %3 est membre du jury, ou l’a été (rien n’a été modifié)</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: apt-get install libqt6sql6-psql)</source>
        <translation>le pilote PostgreSQL de Qt (QPSQL) n’est pas installé (Debian&#xa0;: apt-get install libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>case id &apos;%1&apos; is not usable on a server: at most 24 lower-case letters and digits, single underscores between, starting with a letter</source>
        <translation>l’identifiant de dossier «&#xa0;%1&#xa0;» n’est pas utilisable sur un serveur&#xa0;: au plus 24 lettres minuscules et chiffres, des tirets bas isolés entre eux, en commençant par une lettre</translation>
    </message>
    <message>
        <source>member id &apos;%1&apos; is not usable on a server: at most 30 lower-case letters and digits, single underscores between, starting with a letter (and not &apos;owner&apos; or &apos;panel&apos;)</source>
        <translation>l’identifiant de membre «&#xa0;%1&#xa0;» n’est pas utilisable sur un serveur&#xa0;: au plus 30 lettres minuscules et chiffres, des tirets bas isolés entre eux, en commençant par une lettre (et ni &apos;owner&apos; ni &apos;panel&apos;)</translation>
    </message>
    <message>
        <source>on a server, members sign in with their own database password: the administrator sets it (selection-panel server-add-member)</source>
        <translation>sur un serveur, les membres se connectent avec leur propre mot de passe de base de données&#xa0;: l’administrateur le définit (selection-panel server-add-member)</translation>
    </message>
    <message>
        <source>%1 is a case on a server: every member marks in it directly, no workbook is needed</source>
        <translation>%1 est un dossier sur un serveur&#xa0;: chaque membre y note directement, aucun classeur n’est nécessaire</translation>
    </message>
    <message>
        <source>%2: the server refused it (%1); nothing was changed</source>
        <translation>%2&#xa0;: le serveur l’a refusé (%1)&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1: another member&apos;s change came first; nothing was changed, try again</source>
        <translation>%1&#xa0;: la modification d’un autre membre est passée avant&#xa0;; rien n’a été modifié, réessayez</translation>
    </message>
    <message>
        <source>%2: the connection to the server was lost (%1); nothing was changed</source>
        <translation>%2&#xa0;: la connexion au serveur a été perdue (%1)&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>you are signed in to the server as %2: an act in %1&apos;s name is theirs, signed in as their own role</source>
        <translation>vous êtes connecté au serveur en tant que %2&#xa0;: un acte au nom de %1 lui appartient, connecté avec son propre rôle</translation>
    </message>
    <message>
        <source>%1: there is no case %2 on this server, or you are not on its panel</source>
        <translation>%1&#xa0;: il n’y a pas de dossier %2 sur ce serveur, ou vous ne faites pas partie de son jury</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>ouverture de %1</translation>
    </message>
    <message>
        <source>%1: the role %2 is not on the panel of case %3</source>
        <translation>%1&#xa0;: le rôle %2 ne fait pas partie du jury du dossier %3</translation>
    </message>
    <message>
        <source>%1: case %2 holds no procedure: it was set up without a vacancy (selection-panel server-init --vacancy FILE sets one up)</source>
        <translation>%1&#xa0;: le dossier %2 ne contient aucune procédure&#xa0;: il a été créé sans avis de vacance (selection-panel server-init --vacancy FICHIER en crée un)</translation>
    </message>
    <message>
        <source>%1 fails its verification (%2): nothing was pushed; selection-panel verify says what is wrong</source>
        <translation>%1 échoue à la vérification (%2)&#xa0;: rien n’a été envoyé&#xa0;; selection-panel verify indique ce qui ne va pas</translation>
    </message>
    <message>
        <source>panel member id %1 cannot name a role on a server (lower-case letters and digits, single underscores between, at most 30): nothing was pushed</source>
        <translation>l’identifiant de membre %1 ne peut pas nommer un rôle sur un serveur (lettres minuscules et chiffres, un seul tiret bas entre eux, 30 au plus)&#xa0;: rien n’a été envoyé</translation>
    </message>
    <message>
        <source>the vacancy has no valid deadline (&quot;%1&quot; in zone &quot;%2&quot;)</source>
        <translation>l’avis de vacance n’a pas de date limite valable («&#xa0;%1&#xa0;» dans le fuseau «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>time of receipt unknown</source>
        <translation>heure de réception inconnue</translation>
    </message>
    <message>
        <source>received %1 (%2), after the deadline %3</source>
        <translation>reçue le %1 (%2), après la date limite du %3</translation>
    </message>
    <message>
        <source>received %1 (%2), by the deadline %3</source>
        <translation>reçue le %1 (%2), avant la date limite du %3</translation>
    </message>
    <message>
        <source>%1 year</source>
        <translation>%1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>post-secondary diploma</source>
        <translation>diplôme d’enseignement postsecondaire</translation>
    </message>
    <message>
        <source>secondary diploma</source>
        <translation>diplôme d’enseignement secondaire</translation>
    </message>
    <message>
        <source>no diploma</source>
        <translation>aucun diplôme</translation>
    </message>
    <message>
        <source>%2, professional experience not declared: at least %1 required</source>
        <translation>%2, expérience professionnelle non déclarée&#xa0;: au moins %1 requis</translation>
    </message>
    <message>
        <source>%2 with %3 of professional experience (at least %1 required)</source>
        <translation>%2 avec %3 d’expérience professionnelle (au moins %1 requis)</translation>
    </message>
    <message>
        <source>%2 with %3 of professional experience: at least %1 required</source>
        <translation>%2 avec %3 d’expérience professionnelle&#xa0;: au moins %1 requis</translation>
    </message>
    <message>
        <source>military-service obligations</source>
        <translation>obligations militaires</translation>
    </message>
    <message>
        <source>character references</source>
        <translation>garanties de moralité</translation>
    </message>
    <message>
        <source>qualification issued or recognised by an EU Member State authority</source>
        <translation>diplôme délivré ou reconnu par une autorité d’un État membre de l’UE</translation>
    </message>
    <message>
        <source>EU national: %1</source>
        <translation>ressortissant de l’UE&#xa0;: %1</translation>
    </message>
    <message>
        <source>no nationality declared</source>
        <translation>aucune nationalité déclarée</translation>
    </message>
    <message>
        <source>no EU nationality declared (%1)</source>
        <translation>aucune nationalité de l’UE déclarée (%1)</translation>
    </message>
    <message>
        <source>education not declared</source>
        <translation>formation non déclarée</translation>
    </message>
    <message>
        <source>no secondary or post-secondary diploma declared</source>
        <translation>aucun diplôme d’enseignement secondaire ou postsecondaire déclaré</translation>
    </message>
    <message>
        <source>no languages declared</source>
        <translation>aucune langue déclarée</translation>
    </message>
    <message>
        <source>%2; not official EU languages: %1</source>
        <translation>%2&#xa0;; langues qui ne sont pas des langues officielles de l’UE&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 or better in %2, %3 or better in a second language %4</source>
        <translation>%1 ou mieux en %2, %3 ou mieux dans une deuxième langue %4</translation>
    </message>
    <message>
        <source>no official EU language declared</source>
        <translation>aucune langue officielle de l’UE déclarée</translation>
    </message>
    <message>
        <source>no official language at %1 or better (%2)</source>
        <translation>aucune langue officielle au niveau %1 ou mieux (%2)</translation>
    </message>
    <message>
        <source>%1 or better in %2, but no second official language at %3 or better</source>
        <translation>%1 ou mieux en %2, mais aucune deuxième langue officielle au niveau %3 ou mieux</translation>
    </message>
    <message>
        <source>%1: not yet ticked by the panel</source>
        <translation>%1&#xa0;: pas encore cochée par le jury</translation>
    </message>
    <message>
        <source>%1: ticked fulfilled by the panel</source>
        <translation>%1&#xa0;: cochée remplie par le jury</translation>
    </message>
    <message>
        <source>%1: ticked not fulfilled by the panel</source>
        <translation>%1&#xa0;: cochée non remplie par le jury</translation>
    </message>
    <message>
        <source>%1 Priority group</source>
        <translation>%1 Groupe prioritaire</translation>
    </message>
    <message>
        <source>%1 Commission official</source>
        <translation>%1 Fonctionnaire de la Commission</translation>
    </message>
    <message>
        <source>%1 Official of another institution</source>
        <translation>%1 Fonctionnaire d’une autre institution</translation>
    </message>
    <message>
        <source>%1 Laureate</source>
        <translation>%1 Lauréat</translation>
    </message>
    <message>
        <source>%1 External</source>
        <translation>%1 Externe</translation>
    </message>
    <message>
        <source>%1: a case on a server is backed up by its administrator, who sees every row: selection-panel backup URL OUT.selpanel</source>
        <translation>%1&#xa0;: un dossier sur un serveur est sauvegardé par son administrateur, qui en voit toutes les lignes&#xa0;: selection-panel backup URL OUT.selpanel</translation>
    </message>
    <message>
        <source>%1: %2 cannot act as the case&apos;s owner (%3), who alone sees every row: a backup is made by the server&apos;s administrator; nothing was written</source>
        <translation>%1&#xa0;: %2 ne peut pas agir en tant que propriétaire du dossier (%3), seul à en voir toutes les lignes&#xa0;: une sauvegarde est faite par l&apos;administrateur du serveur&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1: there is no case %2</source>
        <translation>%1&#xa0;: il n&apos;y a pas de dossier %2</translation>
    </message>
    <message>
        <source>%1: the copy of case %2 fails its verification (%3); nothing was written</source>
        <translation>%1&#xa0;: la copie du dossier %2 échoue à la vérification (%3)&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1: the case was set up by a newer version of Selection Panel (server version %2; this program works with version %3)</source>
        <translation>%1&#xa0;: le dossier a été créé par une version plus récente de Selection Panel (version serveur %2&#xa0;; ce programme utilise la version %3)</translation>
    </message>
    <message>
        <source>%1: the case was set up by an earlier version of Selection Panel (server version %2; this program works with version %3): the server&apos;s administrator brings it up to date with selection-panel upgrade %1</source>
        <translation>%1&#xa0;: le dossier a été créé par une version antérieure de Selection Panel (version serveur %2&#xa0;; ce programme utilise la version %3)&#xa0;: l’administrateur du serveur le met à jour avec selection-panel upgrade %1</translation>
    </message>
    <message>
        <source>%1: there is no case %2 on this server</source>
        <translation>%1&#xa0;: il n’y a pas de dossier %2 sur ce serveur</translation>
    </message>
    <message>
        <source>%1: %2 cannot act as the case&apos;s owner (%3): the case is brought up to date by the server&apos;s administrator; nothing was changed</source>
        <translation>%1&#xa0;: %2 ne peut pas agir en tant que propriétaire du dossier (%3)&#xa0;: c’est l’administrateur du serveur qui met le dossier à jour&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1: the case was set up by a newer version of Selection Panel (server version %2; this program works with version %3); nothing was changed</source>
        <translation>%1&#xa0;: le dossier a été créé par une version plus récente de Selection Panel (version serveur %2&#xa0;; ce programme utilise la version %3)&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1: on a server, candidates are erased by the server&apos;s administrator, who sees every row of theirs (a panel member&apos;s role does not): nothing was erased</source>
        <translation>%1&#xa0;: sur un serveur, les candidats sont effacés par l’administrateur du serveur, qui voit chacune de leurs lignes (le rôle d’un membre du jury ne les voit pas)&#xa0;: rien n’a été effacé</translation>
    </message>
</context>
<context>
    <name>sp::ui</name>
    <message>
        <source>Workbooks not exported</source>
        <translation>Classeurs non exportés</translation>
    </message>
    <message>
        <source>This is a member&apos;s workbook: workbooks are exported from the case.</source>
        <translation>Ceci est le classeur d’un membre&#xa0;: les classeurs s’exportent depuis le dossier.</translation>
    </message>
    <message>
        <source>Export member workbooks into</source>
        <translation>Exporter les classeurs des membres dans</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No workbook was written.</source>
        <translation>Aucun classeur n’a été écrit.</translation>
    </message>
    <message>
        <source>Written, one for each member to mark the interviews:
%1</source>
        <translation>Écrits, un par membre qui note les entretiens&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Written, one for each member to mark at pre-selection:
%1</source>
        <translation>Écrits, un par membre qui note à la présélection&#xa0;:
%1</translation>
    </message>
    <message>
        <source>

Not written:
%1</source>
        <translation>

Non écrits :
%1</translation>
    </message>
    <message>
        <source>Member workbooks</source>
        <translation>Classeurs des membres</translation>
    </message>
    <message>
        <source>Marks not returned</source>
        <translation>Notes non renvoyées</translation>
    </message>
    <message>
        <source>This is the case itself: marks are returned from a member&apos;s workbook.</source>
        <translation>Ceci est le dossier lui-même&#xa0;: les notes se renvoient depuis le classeur d’un membre.</translation>
    </message>
    <message>
        <source>Return my marks</source>
        <translation>Renvoyer mes notes</translation>
    </message>
    <message>
        <source>Marks returns (*.json)</source>
        <translation>Renvois de notes (*.json)</translation>
    </message>
    <message>
        <source>Marks returned</source>
        <translation>Notes renvoyées</translation>
    </message>
    <message>
        <source>Your submitted marks are in %1, signed with your key. Send that file to the panel&apos;s secretary, who imports it into the case.</source>
        <translation>Vos notes soumises sont dans %1, signées avec votre clé. Envoyez ce fichier au secrétaire du comité, qui l’importe dans le dossier.</translation>
    </message>
    <message>
        <source>Import returns</source>
        <translation>Importer des renvois</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: illisible&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2&apos;s %n sheet(s) submitted</source>
        <translation>
            <numerusform>%1&#xa0;: %n fiche de %2 soumise</numerusform>
            <numerusform>%1&#xa0;: %n fiches de %2 soumises</numerusform>
        </translation>
    </message>
    <message>
        <source>Returns imported</source>
        <translation>Renvois importés</translation>
    </message>
</context>
<context>
    <name>sp::ui::ApplicationSearchPane</name>
    <message>
        <source>Search all applications</source>
        <translation>Rechercher dans toutes les candidatures</translation>
    </message>
    <message>
        <source>Search all applications: words, &quot;phrases&quot;, prefix*, OR</source>
        <translation>Rechercher dans toutes les candidatures&#xa0;: mots, &quot;expressions&quot;, préfixe*, OR</translation>
    </message>
    <message>
        <source>Applications found</source>
        <translation>Candidatures trouvées</translation>
    </message>
    <message>
        <source>Indexing the applications&apos; text for searching…</source>
        <translation>Indexation du texte des candidatures pour la recherche…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>The applications could not be indexed: %1</source>
        <translation>Les candidatures n&apos;ont pas pu être indexées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2 — page(s) %3</source>
        <translation>%1 %2 — page(s) %3</translation>
    </message>
    <message>
        <source>No application matches.</source>
        <translation>Aucune candidature ne correspond.</translation>
    </message>
    <message>
        <source>%1 application(s) match.</source>
        <translation>%1 candidature(s) correspondent.</translation>
    </message>
    <message>
        <source>%1 application(s) not indexed yet were not searched.</source>
        <translation>%1 candidature(s) pas encore indexée(s) n&apos;ont pas été parcourues.</translation>
    </message>
</context>
<context>
    <name>sp::ui::CandidateListPane</name>
    <message>
        <source>Filter candidates</source>
        <translation>Filtrer les candidats</translation>
    </message>
    <message>
        <source>Filter by reference, name or e-mail</source>
        <translation>Filtrer par référence, nom ou courriel</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Show tier</source>
        <translation>Niveau de priorité affiché</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Statut affiché</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Show by my marks</source>
        <translation>Affichage selon mes notes</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Still to mark</source>
        <translation>Encore à noter</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;My marks:</source>
        <translation>&amp;Mes notes&#xa0;:</translation>
    </message>
    <message>
        <source>Every tier</source>
        <translation>Tous les niveaux</translation>
    </message>
</context>
<context>
    <name>sp::ui::CandidateTableModel</name>
    <message>
        <source>probable duplicate of %1 (%2)</source>
        <translation>doublon probable de %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 UTC</source>
        <translation>%1 (%2)
%3 UTC</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Nationalités</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Pre-check</source>
        <translation>Vérification préalable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>My marks</source>
        <translation>Mes notes</translation>
    </message>
</context>
<context>
    <name>sp::ui::ConnectionStatus</name>
    <message>
        <source>Connection to the server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection to the server lost&lt;/b&gt;: reconnecting… What you type stays on screen and is saved when it is back.</source>
        <translation>&lt;b&gt;Connexion au serveur perdue&lt;/b&gt;&#xa0;: reconnexion… Ce que vous saisissez reste à l&apos;écran et sera enregistré à son retour.</translation>
    </message>
    <message>
        <source>Connected to the server again</source>
        <translation>De nouveau connecté au serveur</translation>
    </message>
</context>
<context>
    <name>sp::ui::ConsensusDialog</name>
    <message>
        <source>Consensus mark for %1</source>
        <translation>Note de consensus pour %1</translation>
    </message>
    <message>
        <source>What the panel agreed after discussing the marks</source>
        <translation>Ce que le jury a convenu après avoir discuté des notes</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Critère :</translation>
    </message>
    <message>
        <source>&amp;Mark:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
</context>
<context>
    <name>sp::ui::EditHistory</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Undo: “%1” cannot be undone</source>
        <translation>&amp;Annuler&#xa0;: «&#xa0;%1&#xa0;» ne peut pas être annulé</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>sp::ui::EligibilityPane</name>
    <message>
        <source>Admissibility</source>
        <translation>Recevabilité</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>Conditions d&apos;admissibilité</translation>
    </message>
    <message>
        <source>Declarations ticked from the documents</source>
        <translation>Déclarations cochées d&apos;après les pièces</translation>
    </message>
    <message>
        <source>Panel decision</source>
        <translation>Décision du jury</translation>
    </message>
    <message>
        <source>Recorded decision</source>
        <translation>Décision enregistrée</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Motif de la décision</translation>
    </message>
    <message>
        <source>Reason (required when the decision differs from the pre-check)</source>
        <translation>Motif (obligatoire si la décision diffère de la vérification préalable)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Remplit les conditions d&apos;admissibilité</translation>
    </message>
    <message>
        <source>Decide eligible</source>
        <translation>Décider&#xa0;: remplit les conditions</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Ne remplit pas les conditions d&apos;admissibilité</translation>
    </message>
    <message>
        <source>Decide not eligible</source>
        <translation>Décider&#xa0;: ne remplit pas les conditions</translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation>Doublon probable</translation>
    </message>
    <message>
        <source>This application and the other side by side</source>
        <translation>Cette candidature et l&apos;autre côte à côte</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>This application</source>
        <translation>Cette candidature</translation>
    </message>
    <message>
        <source>The other</source>
        <translation>L&apos;autre</translation>
    </message>
    <message>
        <source>Reason for the duplicate decision</source>
        <translation>Motif de la décision sur le doublon</translation>
    </message>
    <message>
        <source>Reason (required to set this application aside)</source>
        <translation>Motif (obligatoire pour écarter cette candidature)</translation>
    </message>
    <message>
        <source>This one counts</source>
        <translation>Celle-ci est retenue</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Admissibility&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recevabilité&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Eligibility pre-check&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vérification préalable des conditions d&apos;admissibilité&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>non cochée</translation>
    </message>
    <message>
        <source>✔ fulfilled</source>
        <translation>✔ remplie</translation>
    </message>
    <message>
        <source>✘ not fulfilled</source>
        <translation>✘ non remplie</translation>
    </message>
    <message>
        <source>No candidate selected.</source>
        <translation>Aucun candidat sélectionné.</translation>
    </message>
    <message>
        <source>%1 — %2, %3: %4 (%5)</source>
        <translation>%1 — %2, %3&#xa0;: %4 (%5)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Overall:</source>
        <translation>Résultat global&#xa0;:</translation>
    </message>
    <message>
        <source>Decided eligible by %1 on %2.</source>
        <translation>Remplit les conditions d&apos;admissibilité&#xa0;: décision de %1 le %2.</translation>
    </message>
    <message>
        <source>Decided not eligible by %1 on %2.</source>
        <translation>Ne remplit pas les conditions d&apos;admissibilité&#xa0;: décision de %1 le %2.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>No decision yet. The pre-check says: %1.</source>
        <translation>Pas encore de décision. Vérification préalable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Probable duplicate of %1 — %2</source>
        <translation>Doublon probable de %1 — %2</translation>
    </message>
    <message>
        <source>this one is set aside</source>
        <translation>celle-ci est écartée</translation>
    </message>
    <message>
        <source>which one counts?</source>
        <translation>laquelle est retenue&#xa0;?</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non identifié</translation>
    </message>
    <message>
        <source>Sign in first (File &gt; Sign in as…): every decision names who took it.</source>
        <translation>Identifiez-vous d&apos;abord (Fichier &gt; S&apos;identifier en tant que…)&#xa0;: chaque décision indique qui l&apos;a prise.</translation>
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
        <translation>Cela n&apos;a pas pu être fait&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sp::ui::ImportDialog</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>tout le fichier</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <source>Problems that prevent an import</source>
        <translation>Problèmes qui empêchent d&apos;importer</translation>
    </message>
    <message>
        <source>Warnings: imported anyway</source>
        <translation>Avertissements : importées quand même</translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows</source>
        <translation>&amp;Ignorer les lignes non valides</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Importer des candidatures</translation>
    </message>
    <message>
        <source>Applications CSV file</source>
        <translation>Fichier CSV des candidatures</translation>
    </message>
    <message>
        <source>The CSV file of the applications (or drop it here)</source>
        <translation>Le fichier CSV des candidatures (ou déposez-le ici)</translation>
    </message>
    <message>
        <source>Folder of the application PDFs</source>
        <translation>Dossier des PDF des candidatures</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Browse for the PDF folder</source>
        <translation>Choisir le dossier des PDF</translation>
    </message>
    <message>
        <source>Applications &amp;CSV:</source>
        <translation>&amp;CSV des candidatures :</translation>
    </message>
    <message>
        <source>&amp;PDF folder:</source>
        <translation>Dossier des &amp;PDF :</translation>
    </message>
    <message>
        <source>Rows checked</source>
        <translation>Lignes vérifiées</translation>
    </message>
    <message>
        <source>%v of %m rows checked</source>
        <translation>%v lignes vérifiées sur %m</translation>
    </message>
    <message>
        <source>Choose the CSV file and the PDF folder, then check them.</source>
        <translation>Choisissez le fichier CSV et le dossier des PDF, puis vérifiez-les.</translation>
    </message>
    <message>
        <source>Problems (rows that cannot be imported):</source>
        <translation>Problèmes (lignes qui ne peuvent pas être importées) :</translation>
    </message>
    <message>
        <source>Warnings (probable duplicates, imported anyway):</source>
        <translation>Avertissements (doublons probables, importés quand même) :</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Check cancelled: nothing was imported.</source>
        <translation>Vérification annulée : rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) ready to import.</source>
        <translation>
            <numerusform>%n candidature prête à importer.</numerusform>
            <numerusform>%n candidatures prêtes à importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) valid; %1 problem(s) to correct in the CSV file or the PDF folder.</source>
        <translation>
            <numerusform>%n candidature valide ; %1 problème(s) à corriger dans le fichier CSV ou le dossier des PDF.</numerusform>
            <numerusform>%n candidatures valides ; %1 problème(s) à corriger dans le fichier CSV ou le dossier des PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications not imported</source>
        <translation>Candidatures non importées</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
</context>
<context>
    <name>sp::ui::JustificationDialog</name>
    <message>
        <source>Recommend %1</source>
        <translation>Recommander %1</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
</context>
<context>
    <name>sp::ui::MainWindow</name>
    <message>
        <source>Candidates shown</source>
        <translation>Candidats affichés</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Utilisateur identifié</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Sign in as…</source>
        <translation>S&apos;&amp;identifier en tant que…</translation>
    </message>
    <message>
        <source>&amp;Export shortlist…</source>
        <translation>&amp;Exporter la liste restreinte…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Ranking…</source>
        <translation>&amp;Classement…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Next candidate needing my marks</source>
        <translation>Candidat &amp;suivant à noter par moi</translation>
    </message>
    <message>
        <source>No candidate in the list needs your marks.</source>
        <translation>Aucun candidat de la liste n&apos;attend vos notes.</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Export shortlist</source>
        <translation>Exporter la liste restreinte</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Shortlist written to %1</source>
        <translation>Liste restreinte enregistrée dans %1</translation>
    </message>
    <message>
        <source>Shortlist not exported</source>
        <translation>Liste restreinte non exportée</translation>
    </message>
    <message>
        <source>The shortlist could not be written to %1: %2</source>
        <translation>La liste restreinte n&apos;a pas pu être enregistrée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Selection Panel</source>
        <translation>Selection Panel</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>Application and assessment</source>
        <translation>Candidature et évaluation</translation>
    </message>
    <message>
        <source>&amp;Application PDF</source>
        <translation>PDF de la &amp;candidature</translation>
    </message>
    <message>
        <source>&amp;Eligibility</source>
        <translation>&amp;Conditions d&apos;admissibilité</translation>
    </message>
    <message>
        <source>&amp;Pre-selection</source>
        <translation>&amp;Présélection</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Entretien</translation>
    </message>
    <message>
        <source>No candidate selected.</source>
        <translation>Aucun candidat sélectionné.</translation>
    </message>
    <message>
        <source>This case file holds no candidates yet.</source>
        <translation>Ce dossier ne contient encore aucun candidat.</translation>
    </message>
    <message>
        <source>Case files (*%1);;All files (*)</source>
        <translation>Dossiers (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No candidate matches the filter.</source>
        <translation>Aucun candidat ne correspond au filtre.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 — %4</source>
        <translation>%1 — %2, %3 — %4</translation>
    </message>
    <message>
        <source>The application PDF cannot be read from the case file: %1</source>
        <translation>Le PDF de la candidature ne peut pas être lu dans le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — Selection Panel [read-only]</source>
        <translation>%1 — Selection Panel [lecture seule]</translation>
    </message>
    <message>
        <source>%1 — Selection Panel</source>
        <translation>%1 — Selection Panel</translation>
    </message>
    <message>
        <source>1 candidate</source>
        <translation>1 candidat</translation>
    </message>
    <message>
        <source>%1 candidates</source>
        <translation>%1 candidats</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un dossier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import applications…</source>
        <translation>&amp;Importer des candidatures…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Case file not created</source>
        <translation>Dossier non créé</translation>
    </message>
    <message>
        <source>The case file %1 could not be created: %2</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open a case file for writing to import applications into it.</source>
        <translation>Ouvrez un dossier en écriture pour y importer des candidatures.</translation>
    </message>
    <message>
        <source>Applications imported.</source>
        <translation>Candidatures importées.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Find in application PDF</source>
        <translation>Re&amp;chercher dans le PDF de la candidature</translation>
    </message>
    <message>
        <source>Procedure &amp;overview…</source>
        <translation>&amp;Vue d&apos;ensemble de la procédure…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Record of the &amp;procedure…</source>
        <translation>Registre de la &amp;procédure…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Record of the selected &amp;candidate…</source>
        <translation>Registre du ca&amp;ndidat sélectionné…</translation>
    </message>
    <message>
        <source>Case file damaged</source>
        <translation>Dossier endommagé</translation>
    </message>
    <message>
        <source>%1

Selection Panel has closed it so that nothing more is written to it. Restore the latest backup of the case file, or ask your IT support to examine it.</source>
        <translation>%1

Selection Panel l&apos;a fermé pour que rien de plus n&apos;y soit écrit. Restaurez la dernière sauvegarde du dossier, ou demandez à votre support informatique de l&apos;examiner.</translation>
    </message>
    <message>
        <source>Creating the example case…</source>
        <translation>Création du dossier d&apos;exemple…</translation>
    </message>
    <message>
        <source>Example not created</source>
        <translation>Exemple non créé</translation>
    </message>
    <message>
        <source>The example case file %1 could not be created: %2</source>
        <translation>Le dossier d&apos;exemple %1 n&apos;a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The example case is kept in %1.</source>
        <translation>Le dossier d&apos;exemple est conservé dans %1.</translation>
    </message>
    <message>
        <source>Export member &amp;workbooks…</source>
        <translation>Exporter les &amp;classeurs des membres…</translation>
    </message>
    <message>
        <source>Import re&amp;turns…</source>
        <translation>Importer des ren&amp;vois…</translation>
    </message>
    <message>
        <source>Re&amp;turn my marks…</source>
        <translation>Ren&amp;voyer mes notes…</translation>
    </message>
    <message>
        <source>Done: %1. This cannot be undone.</source>
        <translation>Fait&#xa0;: %1. Cela ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Export re&amp;port…</source>
        <translation>Exporter le ra&amp;pport de sélection…</translation>
    </message>
    <message>
        <source>Export selection report</source>
        <translation>Exporter le rapport de sélection</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Selection report written to %1</source>
        <translation>Rapport de sélection enregistré dans %1</translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation>Rapport non exporté</translation>
    </message>
    <message>
        <source>The selection report could not be written to %1: %2</source>
        <translation>Le rapport de sélection n&apos;a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>The report could not be entered in the record, so %1 was removed: %2</source>
        <translation>Le rapport n&apos;a pas pu être inscrit au registre ; %1 a donc été supprimé : %2</translation>
    </message>
    <message>
        <source>Open case on &amp;server…</source>
        <translation>Ouvrir un dossier sur un &amp;serveur…</translation>
    </message>
    <message>
        <source>Open case on server</source>
        <translation>Ouvrir un dossier sur un serveur</translation>
    </message>
    <message>
        <source>The case&apos;s address, as your administrator gave it:
postgresql://ROLE@HOST/DATABASE?case=ID</source>
        <translation>L’adresse du dossier, telle que votre administrateur l’a donnée&#xa0;:
postgresql://ROLE@HÔTE/BASE?case=ID</translation>
    </message>
</context>
<context>
    <name>sp::ui::MarkSheetPane</name>
    <message>
        <source>Mark sheet state</source>
        <translation>État de la fiche de notation</translation>
    </message>
    <message>
        <source>Your marks</source>
        <translation>Vos notes</translation>
    </message>
    <message>
        <source>Comment on your marks</source>
        <translation>Commentaire sur vos notes</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Return)</source>
        <translation>Valider (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Submit your marks</source>
        <translation>Valider vos notes</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>The other members&apos; marks</source>
        <translation>Notes des autres membres</translation>
    </message>
    <message>
        <source>&lt;b&gt;The panel&apos;s marks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes du jury&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Criterion&lt;/b&gt;</source>
        <translation>&lt;b&gt;Critère&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weight&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pondération&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Max&lt;/b&gt;</source>
        <translation>&lt;b&gt;Max.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mark&lt;/b&gt;</source>
        <translation>&lt;b&gt;Note&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mark for %1, 0 to %2</source>
        <translation>Note pour %1, de 0 à %2</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>No candidate selected.</source>
        <translation>Aucun candidat sélectionné.</translation>
    </message>
    <message>
        <source>Sign in as a panel member to mark (File &gt; Sign in as…).</source>
        <translation>Identifiez-vous en tant que membre du jury pour noter (Fichier &gt; S&apos;identifier en tant que…).</translation>
    </message>
    <message>
        <source>The case file is open read-only.</source>
        <translation>Le dossier est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Pre-selection marks for %1</source>
        <translation>Notes de présélection pour %1</translation>
    </message>
    <message>
        <source>Interview marks for %1</source>
        <translation>Notes d&apos;entretien pour %1</translation>
    </message>
    <message>
        <source>You cannot mark: %1</source>
        <translation>Vous ne pouvez pas noter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Submitted: your marks are final.</source>
        <translation>Validées&#xa0;: vos notes sont définitives.</translation>
    </message>
    <message>
        <source>Draft saved. Submit when every criterion is marked.</source>
        <translation>Brouillon enregistré. Validez lorsque tous les critères sont notés.</translation>
    </message>
    <message>
        <source>Not marked yet. Each mark is saved as a draft when you leave it.</source>
        <translation>Pas encore noté. Chaque note est enregistrée comme brouillon quand vous la quittez.</translation>
    </message>
    <message>
        <source>Hidden: sign in as a panel member.</source>
        <translation>Masquées&#xa0;: identifiez-vous en tant que membre du jury.</translation>
    </message>
    <message>
        <source>Hidden: %1</source>
        <translation>Masquées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>⚠ %1, to discuss</source>
        <translation>⚠ %1, à discuter</translation>
    </message>
    <message>
        <source>Weighted total: %1</source>
        <translation>Total pondéré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation>Incomplet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Submit marks</source>
        <translation>Valider les notes</translation>
    </message>
    <message>
        <source>Submit your marks for %1? Submitted marks are final; you will then see the other members&apos; marks.</source>
        <translation>Valider vos notes pour %1&#xa0;? Les notes validées sont définitives&#xa0;; vous verrez ensuite les notes des autres membres.</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Non validées</translation>
    </message>
    <message>
        <source>Record consensus…</source>
        <translation>Enregistrer un consensus…</translation>
    </message>
    <message>
        <source>Record the panel&apos;s consensus mark for a criterion</source>
        <translation>Enregistrer la note de consensus du jury pour un critère</translation>
    </message>
    <message>
        <source>(consensus: %1)</source>
        <translation>(consensus : %1)</translation>
    </message>
    <message>
        <source>Only the chair records a consensus mark, after the panel&apos;s discussion.</source>
        <translation>Seul le président enregistre une note de consensus, après la discussion du jury.</translation>
    </message>
    <message>
        <source>Every member expected to mark must submit their marks first.</source>
        <translation>Chaque membre appelé à noter doit d’abord soumettre ses notes.</translation>
    </message>
    <message>
        <source>Record the mark the panel agreed on for a criterion; it replaces the members&apos; aggregate.</source>
        <translation>Enregistrer la note convenue par le jury pour un critère ; elle remplace l’agrégat des membres.</translation>
    </message>
    <message>
        <source>Consensus not recorded</source>
        <translation>Consensus non enregistré</translation>
    </message>
    <message>
        <source>Working out who is invited to interview…</source>
        <translation>Détermination des candidats invités à l&apos;entretien…</translation>
    </message>
    <message>
        <source>Not saved yet: no connection to the server. Saved once it is back.</source>
        <translation>Pas encore enregistré&#xa0;: pas de connexion au serveur. Enregistré dès son retour.</translation>
    </message>
</context>
<context>
    <name>sp::ui::NewCaseDialog</name>
    <message>
        <source>The &amp;example vacancy built into the program (%1)</source>
        <translation>L&apos;avis de vacance d&apos;&amp;exemple intégré au programme (%1)</translation>
    </message>
    <message>
        <source>A &amp;vacancy file (JSON):</source>
        <translation>Un fichier d&apos;avis de &amp;vacance (JSON) :</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Vacancy file</source>
        <translation>Fichier de l&apos;avis de vacance</translation>
    </message>
    <message>
        <source>Case file to create</source>
        <translation>Dossier à créer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the vacancy file</source>
        <translation>Choisir le fichier de l&apos;avis de vacance</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Browse for the case file</source>
        <translation>Choisir l&apos;emplacement du dossier</translation>
    </message>
    <message>
        <source>&amp;Case file:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>The vacancy of the procedure:</source>
        <translation>L&apos;avis de vacance de la procédure :</translation>
    </message>
    <message>
        <source>Vacancy files (*.json);;All files (*)</source>
        <translation>Avis de vacance (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Case files (*%1)</source>
        <translation>Dossiers (*%1)</translation>
    </message>
</context>
<context>
    <name>sp::ui::PageThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>sp::ui::PdfPane</name>
    <message>
        <source>Application PDF</source>
        <translation>PDF de la candidature</translation>
    </message>
    <message>
        <source>Document shown</source>
        <translation>Document affiché</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>PDF message</source>
        <translation>Message sur le PDF</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Matches in the PDF</source>
        <translation>Résultats dans le PDF</translation>
    </message>
    <message>
        <source>No candidate selected.</source>
        <translation>Aucun candidat sélectionné.</translation>
    </message>
    <message>
        <source>PDF pages</source>
        <translation>Pages du PDF</translation>
    </message>
    <message>
        <source>This PDF cannot be displayed: %1.

The file may be damaged; the original application should be obtained again.</source>
        <translation>Ce PDF ne peut pas être affiché&#xa0;: %1.

Le fichier est peut-être endommagé&#xa0;; il convient d&apos;obtenir à nouveau la candidature originale.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>it is not a valid PDF file</source>
        <translation>ce n&apos;est pas un fichier PDF valide</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>il est protégé par un mot de passe</translation>
    </message>
    <message>
        <source>its data is incomplete</source>
        <translation>ses données sont incomplètes</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
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
        <translation>p. %1 — %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 résultats</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>sp::ui::ProcedureHeader</name>
    <message>
        <source>Procedure reference</source>
        <translation>Référence de la procédure</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>Intitulé du poste</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Grades</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Unité %1</translation>
    </message>
    <message>
        <source>Member&apos;s workbook</source>
        <translation>Classeur d’un membre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workbook of %1&lt;/b&gt; (%2) for %3 marking, exported from case %4 on %5. Only %1&apos;s marking is done here; when your sheets are submitted, File › Return my marks writes the signed file to send to the secretary.</source>
        <translation>&lt;b&gt;Classeur de %1&lt;/b&gt; (%2) pour la notation de %3, exporté du dossier %4 le %5. Seule la notation de %1 se fait ici&#xa0;; une fois vos fiches soumises, Fichier › Renvoyer mes notes écrit le fichier signé à envoyer au secrétaire.</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entretien</translation>
    </message>
    <message>
        <source>pre-selection</source>
        <translation>présélection</translation>
    </message>
</context>
<context>
    <name>sp::ui::ProcedureOverviewDialog</name>
    <message>
        <source>Applied</source>
        <translation>Candidatures reçues</translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation>Reçues dans les délais</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Remplissent les conditions</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Invités à l&apos;entretien</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>Aptes</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>the vacancy names no under-represented Member State</source>
        <translation>l&apos;avis de vacance ne cite aucun État membre sous-représenté</translation>
    </message>
    <message>
        <source>nationals of %1 (a candidate with any of these nationalities counts once), for reporting only:</source>
        <translation>ressortissants de %1 (un candidat ayant l&apos;une de ces nationalités compte une fois), pour information seulement&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4 %)</source>
        <translation>%1&#xa0;: %2 sur %3 (%4 %)</translation>
    </message>
    <message>
        <source>Geographical balance:</source>
        <translation>Équilibre géographique&#xa0;:</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Procedure overview — %1</source>
        <translation>Vue d&apos;ensemble de la procédure — %1</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Date limite&#xa0;:</translation>
    </message>
    <message>
        <source>Applications:</source>
        <translation>Candidatures&#xa0;:</translation>
    </message>
    <message>
        <source>Eligibility:</source>
        <translation>Conditions d&apos;admissibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Panel:</source>
        <translation>Jury&#xa0;:</translation>
    </message>
    <message>
        <source>Evaluation grid:</source>
        <translation>Grille d&apos;évaluation&#xa0;:</translation>
    </message>
    <message>
        <source>Pre-selection:</source>
        <translation>Présélection&#xa0;:</translation>
    </message>
    <message>
        <source>Pre-selection marking progress per member</source>
        <translation>Avancement de la notation de présélection par membre</translation>
    </message>
    <message>
        <source>Shortlist:</source>
        <translation>Liste restreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Interview:</source>
        <translation>Entretien&#xa0;:</translation>
    </message>
    <message>
        <source>Interview marking progress per member</source>
        <translation>Avancement de la notation des entretiens par membre</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Recommandation&#xa0;:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Validées</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Abstains</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1: %2 submitted</source>
        <translation>%1&#xa0;: %2 validées</translation>
    </message>
    <message>
        <source>%1 received, %2 late, %3 duplicates set aside</source>
        <translation>reçues&#xa0;: %1, hors délai&#xa0;: %2, doublons écartés&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 eligible, %2 not eligible, %3 awaiting the panel&apos;s decision</source>
        <translation>conditions remplies&#xa0;: %1, non remplies&#xa0;: %2, en attente de la décision du jury&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 members, %2 declared conflicts of interest</source>
        <translation>membres&#xa0;: %1, conflits d&apos;intérêts déclarés&#xa0;: %2</translation>
    </message>
    <message>
        <source>draft: the panel may still change it; nobody marks yet</source>
        <translation>brouillon&#xa0;: le jury peut encore la modifier&#xa0;; personne ne note encore</translation>
    </message>
    <message>
        <source>frozen: marking is open</source>
        <translation>figée&#xa0;: la notation est ouverte</translation>
    </message>
    <message>
        <source>frozen: marking is open (reopened %1 times)</source>
        <translation>figée&#xa0;: la notation est ouverte (rouverte %1&#xa0;fois)</translation>
    </message>
    <message>
        <source>%1 candidates to mark, %2 marked by every expected member</source>
        <translation>candidats à noter&#xa0;: %1, notés par tous les membres appelés à noter&#xa0;: %2</translation>
    </message>
    <message>
        <source>nobody invited to interview yet</source>
        <translation>personne n&apos;est encore invité à l&apos;entretien</translation>
    </message>
    <message>
        <source>%1 invited to interview</source>
        <translation>invités à l&apos;entretien&#xa0;: %1</translation>
    </message>
    <message>
        <source>not yet recorded</source>
        <translation>pas encore enregistrée</translation>
    </message>
    <message>
        <source>%1, recorded by the panel</source>
        <translation>%1, recommandation enregistrée par le jury</translation>
    </message>
</context>
<context>
    <name>sp::ui::RankingDialog</name>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Pre-selection</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Ranking by tier</source>
        <translation>Classement par niveau de priorité</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason for the invitation decision</source>
        <translation>Motif de la décision d&apos;invitation</translation>
    </message>
    <message>
        <source>Reason (always recorded: a candidate may ask)</source>
        <translation>Motif (toujours enregistré&#xa0;: un candidat peut le demander)</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>Do not invite</source>
        <translation>Ne pas inviter</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invité</translation>
    </message>
    <message>
        <source>not invited</source>
        <translation>non invité</translation>
    </message>
    <message>
        <source>(panel decision)</source>
        <translation>(décision du jury)</translation>
    </message>
    <message>
        <source>tied: the panel settles it</source>
        <translation>ex aequo&#xa0;: le jury tranche</translation>
    </message>
    <message>
        <source>No candidate takes part in this stage yet.</source>
        <translation>Aucun candidat ne participe encore à cette étape.</translation>
    </message>
    <message>
        <source>No candidate</source>
        <translation>Aucun candidat</translation>
    </message>
    <message>
        <source>Select a candidate in the ranking first.</source>
        <translation>Sélectionnez d&apos;abord un candidat dans le classement.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Recommend selected candidate…</source>
        <translation>Recommander le candidat sélectionné…</translation>
    </message>
    <message>
        <source>Only the chair records the panel&apos;s recommendation.</source>
        <translation>Seul le président enregistre la recommandation du jury.</translation>
    </message>
    <message>
        <source>The case file is open read-only.</source>
        <translation>Le dossier est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Record the selected candidate as the panel&apos;s recommendation to the appointing authority.</source>
        <translation>Enregistrer le candidat sélectionné comme recommandation du jury à l’autorité investie du pouvoir de nomination.</translation>
    </message>
    <message>
        <source>Recommended by the rules: nobody yet (no suitable candidate).</source>
        <translation>Recommandé selon les règles : personne pour l’instant (aucun candidat apte).</translation>
    </message>
    <message>
        <source>Recommended by the rules: tie at the top (%1): the panel must choose between %2.</source>
        <translation>Recommandé selon les règles : égalité en tête (%1) : le jury doit choisir entre %2.</translation>
    </message>
    <message>
        <source>Recommended by the rules: %1 (%2)</source>
        <translation>Recommandé selon les règles : %1 (%2)</translation>
    </message>
    <message>
        <source>Recorded by the panel: %1, by %2 on %3.</source>
        <translation>Enregistré par le jury : %1, par %2 le %3.</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Justification : %1</translation>
    </message>
    <message>
        <source>The panel has not recorded its recommendation yet.</source>
        <translation>Le jury n’a pas encore enregistré sa recommandation.</translation>
    </message>
    <message>
        <source>Justification (optional): why the panel recommends %1.</source>
        <translation>Justification (facultative) : pourquoi le jury recommande %1.</translation>
    </message>
    <message>
        <source>The rules recommend %1: say why %2 fits the post better.</source>
        <translation>Les règles recommandent %1 : expliquez pourquoi %2 convient mieux au poste.</translation>
    </message>
    <message>
        <source>Recommendation not recorded</source>
        <translation>Recommandation non enregistrée</translation>
    </message>
</context>
<context>
    <name>sp::ui::ReaderToolBar</name>
    <message>
        <source>PDF reader tools</source>
        <translation>Outils de lecture du PDF</translation>
    </message>
    <message>
        <source>Show page list</source>
        <translation>Afficher la liste des pages</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Dernière page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Find in PDF</source>
        <translation>Rechercher dans le PDF</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ajuster à la page</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
</context>
<context>
    <name>sp::ui::RecordDialog</name>
    <message>
        <source>Record of the procedure</source>
        <translation>Registre de la procédure</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Filter the record by text</source>
        <translation>Filtrer le registre par texte</translation>
    </message>
    <message>
        <source>Filter by what was done, before or after…</source>
        <translation>Filtrer par action, avant ou après…</translation>
    </message>
    <message>
        <source>Record entries</source>
        <translation>Entrées du registre</translation>
    </message>
    <message>
        <source>Before, of the selected entry</source>
        <translation>Avant, pour l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>After, of the selected entry</source>
        <translation>Après, pour l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Select an entry to read its text before the change.</source>
        <translation>Sélectionnez une entrée pour lire son texte avant la modification.</translation>
    </message>
    <message>
        <source>Select an entry to read its text after the change.</source>
        <translation>Sélectionnez une entrée pour lire son texte après la modification.</translation>
    </message>
    <message>
        <source>State of the record</source>
        <translation>État du registre</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the record again (%1)</source>
        <translation>Relire le registre (%1)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Candidat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre&#xa0;:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>The record could not be read: %1</source>
        <translation>Le registre n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Any candidate</source>
        <translation>Tous les candidats</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>member name (member id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%1 sur %n entrée affichée</numerusform>
            <numerusform>%1 sur %n entrées affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record intact: %n entries, hash chain verified; every stored mark and decision matches it.</source>
        <translation>
            <numerusform>Registre intact&#xa0;: %n entrée, chaîne de hachage vérifiée&#xa0;; chaque note et décision enregistrée y correspond.</numerusform>
            <numerusform>Registre intact&#xa0;: %n entrées, chaîne de hachage vérifiée&#xa0;; chaque note et décision enregistrée y correspond.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n stored row(s) were changed outside the program and no longer match the record, first: %1. Run verify on the case file.</source>
        <translation>
            <numerusform>Attention&#xa0;: %n ligne enregistrée a été modifiée en dehors du programme et ne correspond plus au registre, d&apos;abord&#xa0;: %1. Lancez verify sur le dossier.</numerusform>
            <numerusform>Attention&#xa0;: %n lignes enregistrées ont été modifiées en dehors du programme et ne correspondent plus au registre, d&apos;abord&#xa0;: %1. Lancez verify sur le dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Warning: the record was changed outside the program. The hash chain breaks at %1: do not rely on what the record says there.</source>
        <translation>Attention&#xa0;: le registre a été modifié en dehors du programme. La chaîne de hachage est rompue aux entrées suivantes&#xa0;: %1. Ne vous fiez pas à ce que le registre y indique.</translation>
    </message>
    <message>
        <source>The case file is open read-only: the export could not be entered in the record.</source>
        <translation>Le dossier est ouvert en lecture seule&#xa0;: l&apos;exportation ne pourrait pas être inscrite au registre.</translation>
    </message>
    <message>
        <source>Sign in first: the export is entered in the record under your name.</source>
        <translation>Identifiez-vous d&apos;abord&#xa0;: l&apos;exportation est inscrite au registre sous votre nom.</translation>
    </message>
    <message>
        <source>No entry to export: change the filters.</source>
        <translation>Aucune entrée à exporter&#xa0;: modifiez les filtres.</translation>
    </message>
    <message>
        <source>Write the entries shown to a CSV file; the export is entered in the record.</source>
        <translation>Enregistrer les entrées affichées dans un fichier CSV&#xa0;; l&apos;exportation est inscrite au registre.</translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Record not exported</source>
        <translation>Registre non exporté</translation>
    </message>
    <message>
        <source>The record could not be written to %1: %2</source>
        <translation>Le registre n&apos;a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export could not be entered in the record, so %1 was removed: %2</source>
        <translation>L&apos;exportation n&apos;a pas pu être inscrite au registre&#xa0;; %1 a donc été supprimé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entrée exportée vers %1.</numerusform>
            <numerusform>%n entrées exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sp::ui::RecordTableModel</name>
    <message>
        <source>Case file created</source>
        <translation>Dossier créé</translation>
    </message>
    <message>
        <source>Applications imported</source>
        <translation>Candidatures importées</translation>
    </message>
    <message>
        <source>Eligibility decided</source>
        <translation>Décision sur les conditions d&apos;admissibilité</translation>
    </message>
    <message>
        <source>Eligibility decision withdrawn</source>
        <translation>Décision sur les conditions d&apos;admissibilité retirée</translation>
    </message>
    <message>
        <source>Declaration ticked</source>
        <translation>Déclaration cochée</translation>
    </message>
    <message>
        <source>Duplicate resolved</source>
        <translation>Doublon tranché</translation>
    </message>
    <message>
        <source>Panel member added</source>
        <translation>Membre du jury ajouté</translation>
    </message>
    <message>
        <source>Conflict of interest declared</source>
        <translation>Conflit d&apos;intérêts déclaré</translation>
    </message>
    <message>
        <source>Aggregation of marks set</source>
        <translation>Mode d&apos;agrégation des notes défini</translation>
    </message>
    <message>
        <source>Grid changed</source>
        <translation>Grille d&apos;évaluation modifiée</translation>
    </message>
    <message>
        <source>Grid frozen</source>
        <translation>Grille d&apos;évaluation figée</translation>
    </message>
    <message>
        <source>Grid reopened</source>
        <translation>Grille d&apos;évaluation rouverte</translation>
    </message>
    <message>
        <source>Marks saved (draft)</source>
        <translation>Notes enregistrées (brouillon)</translation>
    </message>
    <message>
        <source>Marks submitted</source>
        <translation>Notes validées</translation>
    </message>
    <message>
        <source>Consensus mark recorded</source>
        <translation>Note de consensus enregistrée</translation>
    </message>
    <message>
        <source>Invitation to interview decided</source>
        <translation>Décision d&apos;invitation à l&apos;entretien</translation>
    </message>
    <message>
        <source>Recommendation recorded</source>
        <translation>Recommandation enregistrée</translation>
    </message>
    <message>
        <source>Candidate&apos;s personal data erased</source>
        <translation>Données à caractère personnel du candidat effacées</translation>
    </message>
    <message>
        <source>Candidate anonymised</source>
        <translation>Candidat anonymisé</translation>
    </message>
    <message>
        <source>Record exported</source>
        <translation>Registre exporté</translation>
    </message>
    <message>
        <source>This entry breaks the record&apos;s hash chain: %1</source>
        <translation>Cette entrée rompt la chaîne de hachage du registre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Duplicate decision withdrawn</source>
        <translation>Décision sur le doublon retirée</translation>
    </message>
    <message>
        <source>Selection report exported</source>
        <translation>Rapport de sélection exporté</translation>
    </message>
</context>
<context>
    <name>sp::ui::SignInDialog</name>
    <message>
        <source>Who is using Selection Panel?</source>
        <translation>Qui utilise Selection Panel&#xa0;?</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>S&apos;identifier</translation>
    </message>
    <message>
        <source>Choose your name on the panel:</source>
        <translation>Choisissez votre nom parmi les membres du jury&#xa0;:</translation>
    </message>
    <message>
        <source>Panel members</source>
        <translation>Membres du jury</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This case file has no panel yet. Your name signs the screening decisions:</source>
        <translation>Ce dossier n&apos;a pas encore de jury. Votre nom signe les décisions d&apos;examen des candidatures&#xa0;:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>no passphrase was entered</source>
        <translation>aucune phrase secrète n’a été saisie</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Identification refusée</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Choose your passphrase (at least 8 characters):</source>
        <translation>Choisissez votre phrase secrète (au moins 8 caractères)&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>The one-time code you were given:</source>
        <translation>Le code à usage unique qui vous a été remis&#xa0;:</translation>
    </message>
    <message>
        <source>Your passphrase:</source>
        <translation>Votre phrase secrète&#xa0;:</translation>
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
        <translation>Ouvrez le dossier d&apos;une procédure de sélection pour commencer.</translation>
    </message>
    <message>
        <source>Open case file…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>New case from a vacancy…</source>
        <translation>Nouveau dossier à partir d&apos;un avis de vacance…</translation>
    </message>
    <message>
        <source>Try the example</source>
        <translation>Essayer l&apos;exemple</translation>
    </message>
    <message>
        <source>A .selpanel file a colleague gave you or you saved.</source>
        <translation>Un fichier .selpanel reçu d&apos;un collègue ou que vous avez enregistré.</translation>
    </message>
    <message>
        <source>A new procedure: the vacancy built into the program or a vacancy definition (JSON).</source>
        <translation>Une nouvelle procédure&#xa0;: l&apos;avis de vacance intégré au programme ou une définition d&apos;avis de vacance (JSON).</translation>
    </message>
    <message>
        <source>A case of the example vacancy with invented candidates and their applications, kept in your documents folder, to see how the panel works.</source>
        <translation>Un dossier de l&apos;avis de vacance d&apos;exemple avec des candidats inventés et leurs candidatures, conservé dans votre dossier Documents, pour voir comment le jury travaille.</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Dossiers récents</translation>
    </message>
    <message>
        <source>Recent case files</source>
        <translation>Dossiers récents</translation>
    </message>
    <message>
        <source>No case file opened yet.</source>
        <translation>Aucun dossier ouvert jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — on a server</source>
        <translation>%1 — sur un serveur</translation>
    </message>
</context>
</TS>
