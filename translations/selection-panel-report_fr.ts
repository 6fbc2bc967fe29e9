<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>SelectionReport</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Directorate-General</source>
        <translation>Direction générale</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Place of employment</source>
        <translation>Lieu d'affectation</translation>
    </message>
    <message>
        <source>Staff category</source>
        <translation>Catégorie de personnel</translation>
    </message>
    <message>
        <source>Function group and grades</source>
        <translation>Groupe de fonctions et grades</translation>
    </message>
    <message>
        <source>Grades needing a justification</source>
        <translation>Grades exigeant une justification</translation>
    </message>
    <message>
        <source>Closing date for applications</source>
        <translation>Date limite de candidature</translation>
    </message>
    <message>
        <source>Order of priority (Article 29)</source>
        <translation>Ordre de priorité (article 29)</translation>
    </message>
    <message>
        <source>Candidates invited to interview (best N)</source>
        <translation>Candidats invités à l'entretien (les N meilleurs)</translation>
    </message>
    <message>
        <source>Lowest pre-selection total invited</source>
        <translation>Total de présélection minimal pour être invité</translation>
    </message>
    <message>
        <source>Interview pass mark</source>
        <translation>Seuil de réussite de l'entretien</translation>
    </message>
    <message>
        <source>Spread of marks flagged for discussion</source>
        <translation>Écart de notes signalé pour discussion</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>Candidatures reçues</translation>
    </message>
    <message>
        <source>Inadmissible (received after the closing date)</source>
        <translation>Irrecevables (reçues après la date limite)</translation>
    </message>
    <message>
        <source>Duplicate applications set aside</source>
        <translation>Candidatures en double écartées</translation>
    </message>
    <message>
        <source>Found eligible by the panel</source>
        <translation>Remplissent les conditions d'admissibilité (décision du jury)</translation>
    </message>
    <message>
        <source>Found not eligible by the panel</source>
        <translation>Ne remplissent pas les conditions d'admissibilité (décision du jury)</translation>
    </message>
    <message>
        <source>Awaiting the panel's decision</source>
        <translation>En attente de la décision du jury</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation>Recevables</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Remplissent les conditions</translation>
    </message>
    <message>
        <source>Invited to interview</source>
        <translation>Invités à l'entretien</translation>
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
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Not reached yet: the interviews are not fully marked.</source>
        <translation>Étape non atteinte : les entretiens ne sont pas entièrement notés.</translation>
    </message>
    <message>
        <source>No candidate interviewed reached the pass mark.</source>
        <translation>Aucun candidat entendu n'a atteint le seuil de réussite.</translation>
    </message>
    <message>
        <source>Not recorded yet: the chair has not recorded the panel's recommendation. By the rules, the best suitable candidate(s) of the highest tier: %1.</source>
        <translation>Pas encore consignée : le président n'a pas encore consigné la recommandation du jury. Selon les règles, le ou les meilleurs candidats aptes du niveau de priorité le plus élevé : %1.</translation>
    </message>
    <message>
        <source>The panel recommends %1.</source>
        <translation>Le jury recommande %1.</translation>
    </message>
    <message>
        <source>%1; interview total %2; rank %3.</source>
        <translation>%1 ; total de l'entretien %2 ; rang %3.</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2.</source>
        <translation>Consignée par %1 le %2.</translation>
    </message>
    <message>
        <source>Justification for passing over a candidate ranked higher</source>
        <translation>Justification de l'écart par rapport à un candidat mieux classé</translation>
    </message>
    <message>
        <source>By the rules the recommendation would go to: %1. The panel recommends another suitable candidate, for this reason:</source>
        <translation>Selon les règles, la recommandation irait à : %1. Le jury recommande un autre candidat apte, pour le motif suivant :</translation>
    </message>
    <message>
        <source>The panel's reasons</source>
        <translation>Motifs du jury</translation>
    </message>
    <message>
        <source>Geographical balance</source>
        <translation>Équilibre géographique</translation>
    </message>
    <message>
        <source>The vacancy names no under-represented Member State.</source>
        <translation>L'avis de vacance ne mentionne aucun État membre sous-représenté.</translation>
    </message>
    <message>
        <source>The share of nationals of the under-represented Member States named by the vacancy (%1) at each stage. A candidate counts once when any of their nationalities is one of them.</source>
        <translation>La part des ressortissants des États membres sous-représentés désignés par l'avis de vacance (%1) à chaque étape. Un candidat est compté une seule fois dès que l'une de ses nationalités en fait partie.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Of whom nationals</source>
        <translation>Dont ressortissants</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>étape non atteinte</translation>
    </message>
    <message>
        <source>For reporting only: recruitment is strictly on merit, and these figures entered no mark, rank, shortlist or recommendation.</source>
        <translation>À titre d'information uniquement : le recrutement se fait strictement au mérite, et ces chiffres n'ont influé sur aucune note, aucun classement, aucune présélection ni aucune recommandation.</translation>
    </message>
    <message>
        <source>Signatures of the panel</source>
        <translation>Signatures du jury</translation>
    </message>
    <message>
        <source>No panel has been appointed yet.</source>
        <translation>Aucun jury n'a encore été désigné.</translation>
    </message>
    <message>
        <source>The members of the selection panel certify that this report is a faithful account of the panel's proceedings and decisions.</source>
        <translation>Les membres du jury de sélection certifient que le présent rapport rend fidèlement compte des travaux et des décisions du jury.</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Tier 1: priority candidates (Article 29(1)(a) to (c))</source>
        <translation>Niveau 1 : candidats prioritaires (article 29, paragraphe 1, points a) à c))</translation>
    </message>
    <message>
        <source>Tier 2: external candidates</source>
        <translation>Niveau 2 : candidats externes</translation>
    </message>
    <message>
        <source>Tier 1: officials of the Commission</source>
        <translation>Niveau 1 : fonctionnaires de la Commission</translation>
    </message>
    <message>
        <source>Tier 2: officials of other institutions</source>
        <translation>Niveau 2 : fonctionnaires des autres institutions</translation>
    </message>
    <message>
        <source>Tier 3: laureates of competitions</source>
        <translation>Niveau 3 : lauréats de concours</translation>
    </message>
    <message>
        <source>Tier 4: external candidates</source>
        <translation>Niveau 4 : candidats externes</translation>
    </message>
    <message>
        <source>not fully marked</source>
        <translation>notation incomplète</translation>
    </message>
    <message>
        <source>%1 (tie)</source>
        <translation>%1 (ex æquo)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>direct hierarchical link</source>
        <translation>lien hiérarchique direct</translation>
    </message>
    <message>
        <source>family link</source>
        <translation>lien familial</translation>
    </message>
    <message>
        <source>former colleague</source>
        <translation>ancien collègue</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Highest mark</source>
        <translation>Note maximale</translation>
    </message>
    <message>
        <source>strict: officials of the Commission, officials of other institutions, laureates, then external candidates</source>
        <translation>stricte : fonctionnaires de la Commission, fonctionnaires des autres institutions, lauréats, puis candidats externes</translation>
    </message>
    <message>
        <source>grouped: the three priority categories together, then external candidates</source>
        <translation>groupée : les trois catégories prioritaires ensemble, puis les candidats externes</translation>
    </message>
    <message>
        <source>The vacancy</source>
        <translation>L'avis de vacance</translation>
    </message>
    <message>
        <source>The selection panel</source>
        <translation>Le jury de sélection</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Declared conflicts of interest</source>
        <translation>Conflits d'intérêts déclarés</translation>
    </message>
    <message>
        <source>No member declared a conflict of interest.</source>
        <translation>Aucun membre n'a déclaré de conflit d'intérêts.</translation>
    </message>
    <message>
        <source>A direct hierarchical or family link means that the member abstains: they neither mark the candidate nor see the candidate's marks. Any other declared conflict is on the record; the member may mark.</source>
        <translation>Un lien hiérarchique direct ou un lien familial impose au membre de s'abstenir : il ne note pas le candidat et ne voit pas ses notes. Tout autre conflit déclaré est consigné ; le membre peut noter.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Conséquence</translation>
    </message>
    <message>
        <source>abstains for this candidate</source>
        <translation>s'abstient pour ce candidat</translation>
    </message>
    <message>
        <source>declared; marks</source>
        <translation>déclaré ; note</translation>
    </message>
    <message>
        <source>The evaluation grid</source>
        <translation>La grille d'évaluation</translation>
    </message>
    <message>
        <source>The grid was frozen before any marking, on %1 by %2.</source>
        <translation>La grille a été figée avant toute notation, le %1, par %2.</translation>
    </message>
    <message>
        <source>Not reached yet: the grid is still a draft and has not been frozen. It is shown as it stands.</source>
        <translation>Étape non atteinte : la grille est encore un projet et n'a pas été figée. Elle figure ici en l'état.</translation>
    </message>
    <message>
        <source>Each criterion's result is the median of the marks of the members who do not abstain, unless the chair recorded a consensus mark after discussion.</source>
        <translation>Le résultat de chaque critère est la médiane des notes des membres qui ne s'abstiennent pas, sauf si le président a consigné une note de consensus après discussion.</translation>
    </message>
    <message>
        <source>Each criterion's result is the mean of the marks of the members who do not abstain, unless the chair recorded a consensus mark after discussion.</source>
        <translation>Le résultat de chaque critère est la moyenne des notes des membres qui ne s'abstiennent pas, sauf si le président a consigné une note de consensus après discussion.</translation>
    </message>
    <message>
        <source>Pre-selection criteria</source>
        <translation>Critères de présélection</translation>
    </message>
    <message>
        <source>Interview criteria</source>
        <translation>Critères de l'entretien</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Interview questions</source>
        <translation>Questions de l'entretien</translation>
    </message>
    <message>
        <source>No question was set.</source>
        <translation>Aucune question n'a été fixée.</translation>
    </message>
    <message>
        <source>Reopenings of the grid</source>
        <translation>Réouvertures de la grille</translation>
    </message>
    <message>
        <source>The grid was never reopened.</source>
        <translation>La grille n'a jamais été rouverte.</translation>
    </message>
    <message>
        <source>Each reopening discarded every mark given until then, at both stages.</source>
        <translation>Chaque réouverture a annulé toutes les notes attribuées jusque-là, aux deux étapes.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Mark sheets discarded</source>
        <translation>Fiches de notation annulées</translation>
    </message>
    <message>
        <source>Not reached yet: no candidate is fully marked at this stage.</source>
        <translation>Étape non atteinte : aucun candidat n'est entièrement noté à cette étape.</translation>
    </message>
    <message>
        <source>Not reached yet: marking starts once the grid is frozen.</source>
        <translation>Étape non atteinte : la notation commence une fois la grille figée.</translation>
    </message>
    <message>
        <source>Pre-selection and shortlist</source>
        <translation>Présélection et liste restreinte</translation>
    </message>
    <message>
        <source>The grid sets no threshold for inviting candidates to interview, so there is no shortlist.</source>
        <translation>La grille ne fixe aucun seuil d'invitation à l'entretien : il n'y a donc pas de liste restreinte.</translation>
    </message>
    <message>
        <source>Candidates in the order of Article 29, then of their consolidated pre-selection total (out of %1). Equal totals share a rank: the panel settles a tie.</source>
        <translation>Candidats dans l'ordre de l'article 29, puis de leur total consolidé de présélection (sur %1). Des totaux égaux partagent le même rang : le jury départage les ex æquo.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Candidates invited to interview: %1.</source>
        <translation>Candidats invités à l'entretien : %1.</translation>
    </message>
    <message>
        <source>Eligible candidates not fully marked, hence not ranked: %1.</source>
        <translation>Candidats remplissant les conditions dont la notation est incomplète, donc non classés : %1.</translation>
    </message>
    <message>
        <source>Interview results</source>
        <translation>Résultats des entretiens</translation>
    </message>
    <message>
        <source>Not reached yet: no interview is fully marked.</source>
        <translation>Étape non atteinte : aucun entretien n'est entièrement noté.</translation>
    </message>
    <message>
        <source>The consolidated interview total of each candidate interviewed (out of %1); a candidate reaching the pass mark of %2 is suitable.</source>
        <translation>Le total consolidé de l'entretien de chaque candidat entendu (sur %1) ; un candidat qui atteint le seuil de réussite de %2 est apte.</translation>
    </message>
    <message>
        <source>Interview total</source>
        <translation>Total de l'entretien</translation>
    </message>
    <message>
        <source>Final ranking by Article 29 tier</source>
        <translation>Classement final par niveau de priorité (article 29)</translation>
    </message>
    <message>
        <source>Article 29 of the Staff Regulations comes first, merit second: the suitable candidates of a higher tier come before those of a lower one, whatever their totals. Within a tier, by interview total; equal totals share a rank.</source>
        <translation>L'article 29 du statut prime, le mérite vient ensuite : les candidats aptes d'un niveau de priorité plus élevé précèdent ceux d'un niveau inférieur, quels que soient leurs totaux. Au sein d'un même niveau, par total de l'entretien ; des totaux égaux partagent le même rang.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>rempli</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non rempli</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Admissibility and eligibility</source>
        <translation>Recevabilité et conditions d'admissibilité</translation>
    </message>
    <message>
        <source>Not reached yet: no application has been received.</source>
        <translation>Étape non atteinte : aucune candidature n'a été reçue.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Pre-check</source>
        <translation>Contrôle préalable</translation>
    </message>
    <message>
        <source>Panel's decision</source>
        <translation>Décision du jury</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>inadmissible: received late</source>
        <translation>irrecevable : reçue hors délai</translation>
    </message>
    <message>
        <source>duplicate set aside</source>
        <translation>doublon écarté</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>ne remplit pas les conditions d'admissibilité</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>remplit les conditions d'admissibilité</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Applications not admitted</source>
        <translation>Candidatures non retenues</translation>
    </message>
    <message>
        <source>No application was found inadmissible or not eligible, or set aside.</source>
        <translation>Aucune candidature n'a été jugée irrecevable, ni ne s'est vu refuser les conditions d'admissibilité, ni n'a été écartée.</translation>
    </message>
    <message>
        <source>Decisions departing from the pre-check</source>
        <translation>Décisions s’écartant du contrôle préalable</translation>
    </message>
    <message>
        <source>Every decision of the panel confirms the automatic pre-check.</source>
        <translation>Chaque décision du jury confirme le contrôle préalable automatique.</translation>
    </message>
    <message>
        <source>The pre-check reads the declared nationality, education and languages; the panel's decision may depart from it, with a written reason.</source>
        <translation>Le contrôle préalable porte sur la nationalité, les diplômes et les langues déclarés ; la décision du jury peut s'en écarter, par un motif écrit.</translation>
    </message>
    <message>
        <source>Selection report</source>
        <translation>Rapport de sélection</translation>
    </message>
    <message>
        <source>Restricted / selection procedure: confidential</source>
        <translation>Diffusion restreinte / procédure de sélection : confidentiel</translation>
    </message>
    <message>
        <source>The proceedings of the selection panel are secret (Article 6 of Annex III to the Staff Regulations). This report gives the panel's consolidated results only: no individual member's marks or comments.</source>
        <translation>Les travaux du jury de sélection sont secrets (article 6 de l'annexe III du statut). Le présent rapport ne donne que les résultats consolidés du jury : aucune note ni aucun commentaire d'un membre pris individuellement.</translation>
    </message>
    <message>
        <source>Drawn up on %1 from the case file %2.</source>
        <translation>Établi le %1 à partir du dossier %2.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
</TS>
