<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>infodoc::app::BackupCommands</name>
    <message>
        <source>backups verify takes the backup file.</source>
        <translation>backups verify prend le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>backups %1 takes no other argument.</source>
        <translation>backups %1 ne prend pas d’autre argument.</translation>
    </message>
    <message>
        <source>backups takes policy, run, list or verify FILE.</source>
        <translation>backups prend policy, run, list ou verify FICHIER.</translation>
    </message>
    <message>
        <source>Give --on or --off, not both.</source>
        <translation>Donnez --on ou --off, pas les deux.</translation>
    </message>
    <message>
        <source>--%1 takes a number of backups.</source>
        <translation>--%1 prend un nombre de sauvegardes.</translation>
    </message>
    <message>
        <source>--at takes a time of day (HH:MM) or never.</source>
        <translation>--at prend une heure (HH:MM) ou never.</translation>
    </message>
    <message>
        <source>--at-close takes yes or no.</source>
        <translation>--at-close prend yes ou no.</translation>
    </message>
    <message>
        <source>Automatic backups: on</source>
        <translation>Sauvegardes automatiques&#xa0;: activées</translation>
    </message>
    <message>
        <source>Automatic backups: off</source>
        <translation>Sauvegardes automatiques&#xa0;: désactivées</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Kept: %1 daily, %2 weekly, %3 monthly</source>
        <translation>Gardées&#xa0;: %1 quotidiennes, %2 hebdomadaires, %3 mensuelles</translation>
    </message>
    <message>
        <source>Written: %1%2</source>
        <translation>Écrites&#xa0;: %1%2</translation>
    </message>
    <message>
        <source>when the program closes</source>
        <translation>à la fermeture du programme</translation>
    </message>
    <message>
        <source>not when the program closes</source>
        <translation>pas à la fermeture du programme</translation>
    </message>
    <message>
        <source>, and every day at %1</source>
        <translation>, et chaque jour à %1</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2 records, %3 attached files)</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: %1 (%2 notices, %3 fichiers joints)</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Aucune sauvegarde automatique pour l’instant.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>La sauvegarde %1 est endommagée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup %1 is sound: %2 records, %3 attached files.</source>
        <translation>La sauvegarde %1 est saine&#xa0;: %2 notices, %3 fichiers joints.</translation>
    </message>
</context>
<context>
    <name>infodoc::app::CirculationCommands</name>
    <message>
        <source>Unknown card: no borrower has the card %1.</source>
        <translation>Carte inconnue&#xa0;: aucun emprunteur n’a la carte %1.</translation>
    </message>
    <message>
        <source>borrower %1 takes a card number.</source>
        <translation>borrower %1 prend un numéro de carte.</translation>
    </message>
    <message>
        <source>borrower %1 takes no other argument.</source>
        <translation>borrower %1 ne prend pas d’autre argument.</translation>
    </message>
    <message>
        <source>warning: borrower %1 may be the same person as %2 (card %3).</source>
        <translation>attention&#xa0;: l’emprunteur %1 est peut-être la même personne que %2 (carte %3).</translation>
    </message>
    <message>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit prend un nombre entier positif.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>retour le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>hold</source>
        <translation>réservation</translation>
    </message>
    <message>
        <source>Borrower %1 deleted; their past loans are kept anonymously.</source>
        <translation>Emprunteur %1 supprimé&#xa0;; ses prêts passés sont gardés de façon anonyme.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Borrower %1 erased; their history is anonymous.</source>
        <translation>Emprunteur %1 effacé&#xa0;; son historique est anonyme.</translation>
    </message>
    <message>
        <source>loan takes checkout, checkin, renew, lost or list.</source>
        <translation>loan prend checkout, checkin, renew, lost ou list.</translation>
    </message>
    <message>
        <source>loan %1 takes a copy&apos;s barcode.</source>
        <translation>loan %1 prend le code-barres d’un exemplaire.</translation>
    </message>
    <message>
        <source>loan checkout needs --borrower CARD.</source>
        <translation>loan checkout demande --borrower CARTE.</translation>
    </message>
    <message>
        <source>Lent: %1 (%2) to %3, due %4.</source>
        <translation>Prêté&#xa0;: %1 (%2) à %3, retour le %4.</translation>
    </message>
    <message>
        <source>Returned: %1 (%2).</source>
        <translation>Rendu&#xa0;: %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late.</source>
        <translation>
            <numerusform>%n jour de retard.</numerusform>
            <numerusform>%n jours de retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set it aside for %1 (hold, to collect by %2).</source>
        <translation>À mettre de côté pour %1 (réservation, à retirer avant le %2).</translation>
    </message>
    <message>
        <source>Renewed: %1 (%2), now due %3.</source>
        <translation>Prolongé&#xa0;: %1 (%2), retour le %3.</translation>
    </message>
    <message>
        <source>Marked lost: %1 (%2).</source>
        <translation>Déclaré perdu&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <translation>(anonymisé)</translation>
    </message>
    <message>
        <source>hold add takes --record ID or --copy BARCODE, and --borrower CARD.</source>
        <translation>hold add prend --record NUMÉRO ou --copy CODE-BARRES, et --borrower CARTE.</translation>
    </message>
    <message>
        <source>hold cancel takes the hold&apos;s number.</source>
        <translation>hold cancel prend le numéro de la réservation.</translation>
    </message>
    <message>
        <source>Hold %1: a copy is on the shelf; set %2 aside for %3 (to collect by %4).</source>
        <translation>Réservation %1&#xa0;: un exemplaire est en rayon&#xa0;; mettre %2 de côté pour %3 (à retirer avant le %4).</translation>
    </message>
    <message>
        <source>Hold %1 placed for %2, number %3 in the queue.</source>
        <translation>Réservation %1 pour %2, rang %3 dans la file.</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) expired.</source>
        <translation>
            <numerusform>%n réservation expirée.</numerusform>
            <numerusform>%n réservations expirées.</numerusform>
        </translation>
    </message>
    <message>
        <source>copy %1, to collect by %2</source>
        <translation>exemplaire %1, à retirer avant le %2</translation>
    </message>
    <message>
        <source>number %1 in the queue</source>
        <translation>rang %1 dans la file</translation>
    </message>
    <message>
        <source>closure add takes the first and the last day (YYYY-MM-DD).</source>
        <translation>closure add prend le premier et le dernier jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>closure remove takes the closure&apos;s number.</source>
        <translation>closure remove prend le numéro de la fermeture.</translation>
    </message>
    <message>
        <source>closure takes add, list or remove.</source>
        <translation>closure prend add, list ou remove.</translation>
    </message>
    <message>
        <source>Closure %1 added.</source>
        <translation>Fermeture %1 ajoutée.</translation>
    </message>
    <message>
        <source>Moved to the next opening day: %1 due date(s), %2 pick-up limit(s).</source>
        <translation>Reportés au jour d’ouverture suivant&#xa0;: %1 date(s) de retour, %2 date(s) limite de retrait.</translation>
    </message>
    <message>
        <source>%1 due date(s) and %2 pick-up limit(s) fall inside; add it with --move-dates to move them to the next opening day.</source>
        <translation>%1 date(s) de retour et %2 date(s) limite de retrait tombent pendant la fermeture&#xa0;; ajoutez-la avec --move-dates pour les reporter au jour d’ouverture suivant.</translation>
    </message>
    <message>
        <source>reminders needs -o DIR (the folder for the letters), or --dry-run.</source>
        <translation>reminders demande -o DOSSIER (le dossier des lettres), ou --dry-run.</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1.</source>
        <translation>
            <numerusform>%n lettre écrite dans %1.</numerusform>
            <numerusform>%n lettres écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run on %1: %2 loan(s) returned before %3 would lose their borrower; %4 borrower(s) inactive since %5 would be deleted:</source>
        <translation>Simulation au %1&#xa0;: %2 prêt(s) rendu(s) avant le %3 perdraient le lien avec leur emprunteur&#xa0;; %4 emprunteur(s) inactif(s) depuis le %5 seraient supprimés&#xa0;:</translation>
    </message>
    <message>
        <source>labels takes one of --copies, --records, --basket, --new-since or --borrowers, and -o FILE.pdf.</source>
        <translation>labels prend une option parmi --copies, --records, --basket, --new-since ou --borrowers, et -o FICHIER.pdf.</translation>
    </message>
    <message>
        <source>--start takes the position of the first free label (1 to %1).</source>
        <translation>--start prend la position de la première étiquette libre (1 à %1).</translation>
    </message>
    <message>
        <source>--kind takes barcode or spine.</source>
        <translation>--kind prend barcode ou spine.</translation>
    </message>
    <message>
        <source>There is no basket &quot;%1&quot;.</source>
        <translation>Il n’y a pas de panier « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) written to %1.</source>
        <translation>
            <numerusform>%n étiquette écrite dans %1.</numerusform>
            <numerusform>%n étiquettes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>hold takes add, list, cancel, expire or notify.</source>
        <translation>hold prend add, list, cancel, expire ou notify.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 (card %2) has no e-mail address: tell them by letter or telephone.</source>
        <translation>%1 (carte %2) n’a pas d’adresse électronique&#xa0;: prévenez par lettre ou par téléphone.</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) written to %1.</source>
        <translation>
            <numerusform>%n courriel écrit dans %1.</numerusform>
            <numerusform>%n courriels écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>reminder-text takes show, set or reset, and a level (1, 2, 3…).</source>
        <translation>reminder-text prend show, set ou reset, et un niveau (1, 2, 3…).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the standard input</source>
        <translation>l’entrée standard</translation>
    </message>
    <message>
        <source>There is no reminder level %1 (the centre has %2).</source>
        <translation>Il n’y a pas de niveau de relance %1 (le centre en a %2).</translation>
    </message>
    <message>
        <source>%1 named visitor(s) without a card, last come before %2, would be forgotten:</source>
        <translation>%1 visiteur(s) nommé(s) sans carte, venu(s) pour la dernière fois avant le %2, seraient oubliés&#xa0;:</translation>
    </message>
    <message>
        <source>borrower takes add, import, show, list, edit, delete, export or erase.</source>
        <translation>borrower prend add, import, show, list, edit, delete, export ou erase.</translation>
    </message>
    <message>
        <source>borrower import takes the CSV file.</source>
        <translation>borrower import prend le fichier CSV.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n borrower(s) read</source>
        <translation>
            <numerusform>%1&#xa0;: %n lecteur lu</numerusform>
            <numerusform>%1&#xa0;: %n lecteurs lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known</source>
        <translation>
            <numerusform>%n déjà connu</numerusform>
            <numerusform>%n déjà connus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n en erreur</numerusform>
            <numerusform>%n en erreur</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Colonnes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n added</source>
        <translation>
            <numerusform>Importés&#xa0;: %n ajouté</numerusform>
            <numerusform>Importés&#xa0;: %n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as they were</source>
        <translation>
            <numerusform>%n laissé tel quel</numerusform>
            <numerusform>%n laissés tels quels</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was written (--dry-run).</source>
        <translation>Rien n’a été écrit (--dry-run).</translation>
    </message>
    <message>
        <source>%1 named requester(s) whose last request ended before %2 would be forgotten; %3 request(s) of borrowers would lose their link to the card:</source>
        <translation>%1 demandeur(s) nommé(s) dont la dernière demande s’est terminée avant le %2 seraient oubliés ; %3 demande(s) d’emprunteurs perdraient leur lien avec la carte :</translation>
    </message>
    <message>
        <source>Applied on %1: %2 loan(s) anonymised, %3 borrower(s) deleted, %4 named visitor(s) forgotten, %5 requester(s) forgotten.</source>
        <translation>Appliqué le %1 : %2 prêt(s) anonymisé(s), %3 emprunteur(s) supprimé(s), %4 visiteur(s) nommé(s) oublié(s), %5 demandeur(s) oublié(s).</translation>
    </message>
    <message>
        <source>The centre has no label sheet named &quot;%1&quot;.</source>
        <translation>Le centre n’a pas de planche d’étiquettes nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--add takes NAME=LAYOUT (&quot;Avery L7160=3x7:63.5x38.1@15.15,7.2,2.5,0&quot;).</source>
        <translation>--add attend NOM=DISPOSITION («&#xa0;Avery L7160=3x7:63.5x38.1@15.15,7.2,2.5,0&#xa0;»).</translation>
    </message>
    <message>
        <source>By default: %1, %2</source>
        <translation>Par défaut&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Usual sheets: %1</source>
        <translation>Planches courantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The centre&apos;s sheet &quot;%1&quot;: %2</source>
        <translation>Planche du centre «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>infodoc::app::CliApplication</name>
    <message>
        <source>Try &quot;infodoc-cli --help&quot;.</source>
        <translation>Essayez « infodoc-cli --help ».</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db demande un nom de fichier.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande donnée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 demande une valeur.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2&quot;.</source>
        <translation>Option --%1 inconnue pour « %2 ».</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;%1&quot;.</source>
        <translation>Mauvais nombre d’arguments pour « %1 ».</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the standard input.</source>
        <translation>Impossible de lire l’entrée standard.</translation>
    </message>
    <message>
        <source>%1, line %2: invalid JSON (%3).</source>
        <translation>%1, ligne %2&#xa0;: JSON non valide (%3).</translation>
    </message>
    <message>
        <source>%1: a record must be a JSON object.</source>
        <translation>%1&#xa0;: une notice doit être un objet JSON.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record number.</source>
        <translation>« %1 » n’est pas un numéro de notice.</translation>
    </message>
    <message>
        <source>Catalogue ready: %1</source>
        <translation>Catalogue prêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>--records takes a whole number.</source>
        <translation>--records attend un nombre entier.</translation>
    </message>
    <message>
        <source>--pdf-every takes a whole number (0 for no PDF).</source>
        <translation>--pdf-every attend un nombre entier (0 pour aucun PDF).</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed attend un nombre entier.</translation>
    </message>
    <message>
        <source>Writing demo records: %1/%2</source>
        <translation>Écriture des notices de démonstration&#xa0;: %1/%2</translation>
    </message>
    <message>
        <source>Wrote %1 records and %2 PDFs (%3 pages) in %4 s.</source>
        <translation>%1 notices et %2 PDF (%3 pages) écrits en %4 s.</translation>
    </message>
    <message>
        <source>Record %1 — %2</source>
        <translation>Notice %1 — %2</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation>ISSN</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Importance matérielle</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Descripteurs</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Copy %1: %2, %3 (%4)</source>
        <translation>Exemplaire %1&#xa0;: %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Unknown document type &quot;%1&quot; (one of: %2).</source>
        <translation>Type de document inconnu « %1 » (parmi&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Unknown sort &quot;%1&quot;.</source>
        <translation>Tri inconnu « %1 ».</translation>
    </message>
    <message>
        <source>--limit takes a whole number.</source>
        <translation>--limit attend un nombre entier.</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>Notice %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue sound: %1 records, %2 stored files.</source>
        <translation>Catalogue sain&#xa0;: %1 notices, %2 fichiers stockés.</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sauvegarde écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Catalogue restored from %1</source>
        <translation>Catalogue restauré depuis %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the thesaurus.</source>
        <translation>« %1 » n’est pas dans le thésaurus.</translation>
    </message>
    <message>
        <source>  BT (broader): %1</source>
        <translation>  TG (terme générique)&#xa0;: %1</translation>
    </message>
    <message>
        <source>  NT (narrower): %1</source>
        <translation>  TS (terme spécifique)&#xa0;: %1</translation>
    </message>
    <message>
        <source>  RT (related): %1</source>
        <translation>  TA (terme associé)&#xa0;: %1</translation>
    </message>
    <message>
        <source>  UF (used for): %1</source>
        <translation>  EP (employé pour)&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Records: %1</source>
        <translation>  Notices&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attachment %1: %2 (%3 bytes) — %4</source>
        <translation>Pièce jointe %1&#xa0;: %2 (%3 octets) — %4</translation>
    </message>
    <message>
        <source>not read yet for search</source>
        <translation>pas encore lue pour la recherche</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Partie de</translation>
    </message>
    <message>
        <source>vol. %1</source>
        <translation>vol. %1</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>pp. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature du document</translation>
    </message>
    <message>
        <source>Consulted on</source>
        <translation>Consulté le</translation>
    </message>
    <message>
        <source>&quot;visitor&quot; takes status, pin or leave.</source>
        <translation>« visitor » prend status, pin ou leave.</translation>
    </message>
    <message>
        <source>The visitor mode is on.</source>
        <translation>Le mode visiteur est activé.</translation>
    </message>
    <message>
        <source>The visitor mode is off.</source>
        <translation>Le mode visiteur est désactivé.</translation>
    </message>
    <message>
        <source>A staff PIN is set.</source>
        <translation>Un code du personnel est défini.</translation>
    </message>
    <message>
        <source>No staff PIN is set.</source>
        <translation>Aucun code du personnel n’est défini.</translation>
    </message>
    <message>
        <source>warning: record %1: %2</source>
        <translation>avertissement&#xa0;: notice %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>warning: record %1 may be a duplicate: %2</source>
        <translation>avertissement&#xa0;: la notice %1 est peut-être un doublon&#xa0;: %2</translation>
    </message>
    <message>
        <source>Usage: infodoc-cli [--db FILE] COMMAND [OPTIONS]

The catalogue is FILE, else $INFODOC_DB, else the default catalogue of the user.

Commands:
</source>
        <translation>Usage&#xa0;: infodoc-cli [--db FICHIER] COMMANDE [OPTIONS]

Le catalogue est FICHIER, sinon $INFODOC_DB, sinon le catalogue par défaut de l’utilisateur.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 error, 2 wrong usage.</source>
        <translation>Code de sortie&#xa0;: 0 succès, 1 erreur, 2 mauvaise utilisation.</translation>
    </message>
    <message>
        <source>Lent %1 copies to %2 sample borrowers.</source>
        <translation>%1 exemplaires prêtés à %2 emprunteurs d’exemple.</translation>
    </message>
    <message numerus="yes">
        <source>%n borrower(s) erased since that backup erased again.</source>
        <translation>
            <numerusform>%n emprunteur effacé depuis cette sauvegarde a été effacé de nouveau.</numerusform>
            <numerusform>%n emprunteurs effacés depuis cette sauvegarde ont été effacés de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 goes with --centre NAME.</source>
        <translation>--%1 va avec --centre NOM.</translation>
    </message>
    <message>
        <source>Cannot read the logo %1, or it is larger than 5 MB.</source>
        <translation>Impossible de lire le logo %1, ou il dépasse 5 Mo.</translation>
    </message>
</context>
<context>
    <name>infodoc::app::Commands</name>
    <message>
        <source>--records N</source>
        <translation>--records N</translation>
    </message>
    <message>
        <source>add N generated sample records (--pdf-every N, --seed S)</source>
        <translation>ajouter N notices d’exemple générées (--pdf-every N, --seed S)</translation>
    </message>
    <message>
        <source>[--file F] [--json]</source>
        <translation>[--file F] [--json]</translation>
    </message>
    <message>
        <source>add one record read as JSON (standard input by default)</source>
        <translation>ajouter une notice lue en JSON (entrée standard par défaut)</translation>
    </message>
    <message>
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <source>print a record</source>
        <translation>afficher une notice</translation>
    </message>
    <message>
        <source>[--json] [--type T] [--search TEXT] [--sort KEY] [--desc] [--limit N]</source>
        <translation>[--json] [--type T] [--search TEXTE] [--sort CLÉ] [--desc] [--limit N]</translation>
    </message>
    <message>
        <source>list records (KEY: title, authors, year, type, call-number, modified)</source>
        <translation>lister les notices (CLÉ&#xa0;: title, authors, year, type, call-number, modified)</translation>
    </message>
    <message>
        <source>ID [--file F]</source>
        <translation>ID [--file F]</translation>
    </message>
    <message>
        <source>change the fields given as JSON</source>
        <translation>modifier les champs donnés en JSON</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>delete a record with its copies and attachments</source>
        <translation>supprimer une notice avec ses exemplaires et pièces jointes</translation>
    </message>
    <message>
        <source>ID FILE [--json]</source>
        <translation>ID FICHIER [--json]</translation>
    </message>
    <message>
        <source>attach a file to a record</source>
        <translation>joindre un fichier à une notice</translation>
    </message>
    <message>
        <source>ATTACHMENT-ID</source>
        <translation>ID-PIÈCE</translation>
    </message>
    <message>
        <source>remove an attachment</source>
        <translation>retirer une pièce jointe</translation>
    </message>
    <message>
        <source>check the catalogue and its attached files</source>
        <translation>vérifier le catalogue et ses fichiers joints</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>write a consistent copy of the catalogue</source>
        <translation>écrire une copie cohérente du catalogue</translation>
    </message>
    <message>
        <source>replace the catalogue with a checked backup</source>
        <translation>remplacer le catalogue par une sauvegarde vérifiée</translation>
    </message>
    <message>
        <source>[TERM]</source>
        <translation>[TERME]</translation>
    </message>
    <message>
        <source>print the thesaurus, or one descriptor and its relations</source>
        <translation>afficher le thésaurus, ou un descripteur et ses relations</translation>
    </message>
    <message>
        <source>QUERY [--json] [--limit N] [--offset N] [--sort relevance|date|date-asc|title]
[--filter FACET=VALUE;...] [--exact] [--narrower] [--no-facets] [--similar ID]</source>
        <translation>REQUÊTE [--json] [--limit N] [--offset N] [--sort relevance|date|date-asc|title]
[--filter FACETTE=VALEUR;...] [--exact] [--narrower] [--no-facets] [--similar ID]</translation>
    </message>
    <message>
        <source>full-text search (fields: auteur: titre: sujet: type: territoire:
annee:2010..2015 cote: langue: ; ET OU SAUF, -word, &quot;phrase&quot;, logem*)</source>
        <translation>recherche en texte intégral (champs&#xa0;: auteur: titre: sujet: type: territoire:
annee:2010..2015 cote: langue:&#xa0;; ET OU SAUF, -mot, &quot;expression&quot;, logem*)</translation>
    </message>
    <message>
        <source>[--save NAME] [--saved NAME]</source>
        <translation>[--save NOM] [--saved NOM]</translation>
    </message>
    <message>
        <source>keep the search under NAME, or run the search kept as NAME</source>
        <translation>garder la recherche sous NOM, ou lancer la recherche gardée sous NOM</translation>
    </message>
    <message>
        <source>[delete NAME]</source>
        <translation>[delete NOM]</translation>
    </message>
    <message>
        <source>list the saved searches, or delete one</source>
        <translation>lister les recherches enregistrées, ou en supprimer une</translation>
    </message>
    <message>
        <source>build, update or examine the search index</source>
        <translation>construire, mettre à jour ou examiner l’index de recherche</translation>
    </message>
    <message>
        <source>read scanned PDFs by character recognition (Tesseract)</source>
        <translation>lire les PDF numérisés par reconnaissance de caractères (Tesseract)</translation>
    </message>
    <message>
        <source>--query Q | --basket NAME | --subject TERM | --ids 1,2,3
[--style iso690-author-date|iso690-numeric] [--group-by none|type|subject|territory]
[--order author|date|title] [--abstracts] [--holdings] [--title T] [--intro T] [--et-al N]
--format pdf|odt|html|txt|csl-json|ris|bibtex -o FILE</source>
        <translation>--query Q | --basket NOM | --subject TERME | --ids 1,2,3
[--style iso690-author-date|iso690-numeric] [--group-by none|type|subject|territory]
[--order author|date|title] [--abstracts] [--holdings] [--title T] [--intro T] [--et-al N]
--format pdf|odt|html|txt|csl-json|ris|bibtex -o FICHIER</translation>
    </message>
    <message>
        <source>write a bibliography in NF ISO 690</source>
        <translation>écrire une bibliographie selon la norme NF ISO 690</translation>
    </message>
    <message>
        <source>ID... | --basket NAME | --subject TERM | --query Q  [--template FILE]
--format pdf|odt|html|json|dc -o PATH</source>
        <translation>ID... | --basket NOM | --subject TERME | --query Q  [--template FICHIER]
--format pdf|odt|html|json|dc -o CHEMIN</translation>
    </message>
    <message>
        <source>write experience sheets (several in HTML: PATH is a folder)</source>
        <translation>écrire des fiches d’expériences (plusieurs en HTML&#xa0;: CHEMIN est un dossier)</translation>
    </message>
    <message>
        <source>show | export FILE | import FILE | reset</source>
        <translation>show | export FICHIER | import FICHIER | reset</translation>
    </message>
    <message>
        <source>the layout of experience sheets kept in the catalogue</source>
        <translation>le modèle des fiches d’expériences gardé dans le catalogue</translation>
    </message>
    <message>
        <source>list | create NAME | show NAME | add NAME ID... | remove NAME ID... |
rename NAME NEW | clear NAME | delete NAME</source>
        <translation>list | create NOM | show NOM | add NOM ID... | remove NOM ID... |
rename NOM NOUVEAU | clear NOM | delete NOM</translation>
    </message>
    <message>
        <source>named selections of records</source>
        <translation>sélections nommées de notices (paniers)</translation>
    </message>
    <message>
        <source>[--name N] [--address A] [--website W] [--email E] [--logo FILE] [--colour #RRGGBB]</source>
        <translation>[--name N] [--address A] [--website W] [--email E] [--logo FICHIER] [--colour #RRVVBB]</translation>
    </message>
    <message>
        <source>the centre&apos;s identity printed on bibliographies and sheets</source>
        <translation>l’identité du centre imprimée sur les bibliographies et les fiches</translation>
    </message>
    <message>
        <source>--query Q | --basket NAME | --subject TERM | --ids 1,2,3  [--dry-run]
--add-subject T | --remove-subject T | --add-territory T | --remove-territory T |
--add-keyword K | --remove-keyword K | --set FIELD=VALUE</source>
        <translation>--query Q | --basket NOM | --subject TERME | --ids 1,2,3  [--dry-run]
--add-subject T | --remove-subject T | --add-territory T | --remove-territory T |
--add-keyword M | --remove-keyword M | --set CHAMP=VALEUR</translation>
    </message>
    <message>
        <source>change many records at once (all or nothing)</source>
        <translation>modifier plusieurs notices à la fois (tout ou rien)</translation>
    </message>
    <message>
        <source>the visitor mode: set the staff PIN or leave the mode (PIN on standard input)</source>
        <translation>le mode visiteur&#xa0;: définir le code du personnel ou quitter le mode (code lu sur l’entrée standard)</translation>
    </message>
    <message>
        <source>add [--file F] | edit CARD [--file F]</source>
        <translation>add [--file F] | edit CARTE [--file F]</translation>
    </message>
    <message>
        <source>add or change a borrower read as JSON (standard input by default)</source>
        <translation>ajouter ou modifier un emprunteur lu en JSON (entrée standard par défaut)</translation>
    </message>
    <message>
        <source>show CARD [--json] | list [--search TEXT] [--limit N] [--json] | delete CARD</source>
        <translation>show CARTE [--json] | list [--search TEXTE] [--limit N] [--json] | delete CARTE</translation>
    </message>
    <message>
        <source>the borrowers, their loans and holds</source>
        <translation>les emprunteurs, leurs prêts et réservations</translation>
    </message>
    <message>
        <source>export CARD [-o FILE.json|FILE.pdf] | erase CARD</source>
        <translation>export CARTE [-o FICHIER.json|FICHIER.pdf] | erase CARTE</translation>
    </message>
    <message>
        <source>a person&apos;s data (right of access), or erase it (right to erasure)</source>
        <translation>les données d’une personne (droit d’accès), ou les effacer (droit à l’effacement)</translation>
    </message>
    <message>
        <source>checkout COPY --borrower CARD | checkin COPY | renew COPY | lost COPY  [--date D]</source>
        <translation>checkout EXEMPLAIRE --borrower CARTE | checkin EXEMPLAIRE | renew EXEMPLAIRE | lost EXEMPLAIRE  [--date D]</translation>
    </message>
    <message>
        <source>lend, return, renew, mark lost (--date: a loan made on another day)</source>
        <translation>prêter, rendre, prolonger, déclarer perdu (--date&#xa0;: un prêt fait un autre jour)</translation>
    </message>
    <message>
        <source>the loans out, the late ones, or a history (--all)</source>
        <translation>les prêts en cours, ceux en retard, ou un historique (--all)</translation>
    </message>
    <message>
        <source>add --record ID|--copy COPY --borrower CARD | list [--ready] [--borrower CARD]
cancel ID | expire  [--date D]</source>
        <translation>add --record NUMÉRO|--copy EXEMPLAIRE --borrower CARTE | list [--ready] [--borrower CARTE]
cancel NUMÉRO | expire  [--date D]</translation>
    </message>
    <message>
        <source>holds: the queue, the copies set aside, expiry</source>
        <translation>réservations&#xa0;: la file d’attente, les exemplaires mis de côté, l’expiration</translation>
    </message>
    <message>
        <source>add FROM TO [--label L] [--move-dates] | list | remove ID</source>
        <translation>add DU AU [--label L] [--move-dates] | list | remove NUMÉRO</translation>
    </message>
    <message>
        <source>the centre&apos;s closures; due dates inside move to the next opening day</source>
        <translation>les fermetures du centre&#xa0;; les dates de retour qui y tombent passent au jour d’ouverture suivant</translation>
    </message>
    <message>
        <source>[--dry-run] [--date D] [--json] -o DIR</source>
        <translation>[--dry-run] [--date D] [--json] -o DOSSIER</translation>
    </message>
    <message>
        <source>reminder letters for late loans (PDF, ODT and an e-mail file per borrower)</source>
        <translation>lettres de relance des prêts en retard (PDF, ODT et un fichier de courriel par emprunteur)</translation>
    </message>
    <message>
        <source>[--dry-run] [--date D] [--json]</source>
        <translation>[--dry-run] [--date D] [--json]</translation>
    </message>
    <message>
        <source>--copies B1,B2 | --records 1,2 | --basket NAME | --new-since D | --borrowers C1,C2|all
[--kind barcode|spine] [--barcode code128|code39] [--layout 3x8|3x7|4x10|2x7|CxR:WxH@TOP,LEFT]
[--start N] -o FILE.pdf</source>
        <translation>--copies B1,B2 | --records 1,2 | --basket NOM | --new-since D | --borrowers C1,C2|all
[--kind barcode|spine] [--barcode code128|code39] [--layout 3x8|3x7|4x10|2x7|CxR:LxH@HAUT,GAUCHE]
[--start N] -o FICHIER.pdf</translation>
    </message>
    <message>
        <source>barcode and spine labels, borrower cards, on A4 label sheets</source>
        <translation>étiquettes code-barres et de dos, cartes d’emprunteur, sur planches A4</translation>
    </message>
    <message>
        <source>list [--overdue] [--borrower CARD] [--copy COPY] [--record ID] [--all] [--json] [--date D]</source>
        <translation>list [--overdue] [--borrower CARTE] [--copy EXEMPLAIRE] [--record NUMÉRO] [--all] [--json] [--date D]</translation>
    </message>
    <message>
        <source>show LEVEL | set LEVEL [--subject S] [--file F] | reset LEVEL</source>
        <translation>show NIVEAU | set NIVEAU [--subject OBJET] [--file F] | reset NIVEAU</translation>
    </message>
    <message>
        <source>the wording of a reminder level ({name}, {items}, {centre}, {date})</source>
        <translation>le texte d’un niveau de relance ({name}, {items}, {centre}, {date})</translation>
    </message>
    <message>
        <source>notify [-o DIR]</source>
        <translation>notify [-o DOSSIER]</translation>
    </message>
    <message>
        <source>the text telling each borrower their copy is ready (an e-mail file each with -o)</source>
        <translation>le texte qui prévient chaque emprunteur que son exemplaire est disponible (un fichier de courriel chacun avec -o)</translation>
    </message>
    <message>
        <source>add [--file F] | edit ID [--file F]</source>
        <translation>add [--file F] | edit ID [--file F]</translation>
    </message>
    <message>
        <source>book or change an appointment read as JSON (standard input by default); a refused booking gives the reason and the nearest free slots</source>
        <translation>prendre ou modifier un rendez-vous lu en JSON (entrée standard par défaut)&#xa0;; un rendez-vous refusé donne la raison et les créneaux libres les plus proches</translation>
    </message>
    <message>
        <source>confirm ID | done ID | cancel ID | no-show ID</source>
        <translation>confirm ID | done ID | cancel ID | no-show ID</translation>
    </message>
    <message>
        <source>an appointment&apos;s status</source>
        <translation>l’état d’un rendez-vous</translation>
    </message>
    <message>
        <source>slots --date D [--to D] [--length MIN] [--json]</source>
        <translation>slots --date D [--to D] [--length MIN] [--json]</translation>
    </message>
    <message>
        <source>the free slots of a day or a period</source>
        <translation>les créneaux libres d’un jour ou d’une période</translation>
    </message>
    <message>
        <source>… --today D</source>
        <translation>… --today D</translation>
    </message>
    <message>
        <source>as of another day (the lead time counts from it)</source>
        <translation>comme si l’on était un autre jour (le délai de prévenance part de ce jour)</translation>
    </message>
    <message>
        <source>show [--json] | set DAY &quot;9:30-12:30, 14:00-17:30&quot; | set lengths 30,60,90
set buffer|parallel|lead|step N</source>
        <translation>show [--json] | set JOUR &quot;9:30-12:30, 14:00-17:30&quot; | set lengths 30,60,90
set buffer|parallel|lead|step N</translation>
    </message>
    <message>
        <source>the opening hours for appointments, the lengths offered, the minutes between two, how many at once, the lead time in opening days</source>
        <translation>les horaires d’accueil sur rendez-vous, les durées proposées, les minutes entre deux, combien à la fois, le délai de prévenance en jours d’ouverture</translation>
    </message>
    <message>
        <source>export [--from D --to D | --id N] -o FILE.ics</source>
        <translation>export [--from D --to D | --id N] -o FICHIER.ics</translation>
    </message>
    <message>
        <source>the appointments for Outlook or Thunderbird (a year from today by default)</source>
        <translation>les rendez-vous pour Outlook ou Thunderbird (un an à partir d’aujourd’hui par défaut)</translation>
    </message>
    <message>
        <source>import FILE.ics [--as appointments|closures] [--from D --to D] [--json]</source>
        <translation>import FICHIER.ics [--as appointments|closures] [--from D --to D] [--json]</translation>
    </message>
    <message>
        <source>an agenda or a list of closures, all or nothing; repeated events over the period</source>
        <translation>un agenda ou une liste de fermetures, tout ou rien&#xa0;; les événements répétés sur la période</translation>
    </message>
    <message>
        <source>prepare ID [--limit N] [--json]</source>
        <translation>prepare ID [--limit N] [--json]</translation>
    </message>
    <message>
        <source>documents suggested from the topic: descriptors and their narrower terms, the free text, records similar to the selection</source>
        <translation>documents suggérés d’après le sujet&#xa0;: descripteurs et leurs termes spécifiques, texte libre, notices proches de la sélection</translation>
    </message>
    <message>
        <source>select ID --records 1,2 [--by-visitor] | unselect ID --records 1,2 | selection ID [--json]</source>
        <translation>select ID --records 1,2 [--by-visitor] | unselect ID --records 1,2 | selection ID [--json]</translation>
    </message>
    <message>
        <source>the visit&apos;s selection, its copies set aside and its loans</source>
        <translation>la sélection de la visite, ses exemplaires mis de côté et ses prêts</translation>
    </message>
    <message>
        <source>set-aside ID [--json]</source>
        <translation>set-aside ID [--json]</translation>
    </message>
    <message>
        <source>set aside a copy on the shelf of each selected record for the day</source>
        <translation>mettre de côté pour le jour un exemplaire en rayon de chaque notice sélectionnée</translation>
    </message>
    <message>
        <source>print ID --pull-list|--bibliography -o FILE [--format pdf|odt|html|txt]</source>
        <translation>print ID --pull-list|--bibliography -o FICHIER [--format pdf|odt|html|txt]</translation>
    </message>
    <message>
        <source>the copies to take from the shelves, or the selection as an NF ISO 690 bibliography with call numbers</source>
        <translation>les exemplaires à sortir des rayons, ou la sélection en bibliographie NF ISO 690 avec les cotes</translation>
    </message>
    <message>
        <source>lend ID --copy B | close ID [--consulted 1,2] [--scanned B1,B2] [--follow-up T]</source>
        <translation>lend ID --copy B | close ID [--consulted 1,2] [--scanned B1,B2] [--follow-up T]</translation>
    </message>
    <message>
        <source>a loan linked to the visit; closing the visit: what was consulted, the follow-up</source>
        <translation>un prêt rattaché à la visite&#xa0;; clôture de la visite&#xa0;: documents consultés, suite à donner</translation>
    </message>
    <message>
        <source>apply the CNIL retention delays to loans, borrowers and named visitors (counts, never names, are logged)</source>
        <translation>appliquer les durées de conservation CNIL aux prêts, aux emprunteurs et aux visiteurs nommés (le journal garde des nombres, jamais des noms)</translation>
    </message>
    <message>
        <source>find NAME | export NAME [-o FILE] | erase NAME</source>
        <translation>find NOM | export NOM [-o FICHIER] | erase NOM</translation>
    </message>
    <message>
        <source>named visitors without a card: right of access and erasure (their appointments become anonymous)</source>
        <translation>visiteurs nommés sans carte&#xa0;: droit d’accès et d’effacement (leurs rendez-vous deviennent anonymes)</translation>
    </message>
    <message>
        <source>months N</source>
        <translation>months N</translation>
    </message>
    <message>
        <source>months a named visitor is kept after their last visit (12)</source>
        <translation>mois de conservation d’un visiteur nommé après sa dernière visite (12)</translation>
    </message>
    <message>
        <source>list [--from D --to D | --week D] [--all] [--json] [-o FILE.pdf] | show ID [--json]</source>
        <translation>list [--from D --to D | --week D] [--all] [--json] [-o FICHIER.pdf] | show ID [--json]</translation>
    </message>
    <message>
        <source>the appointments coming, or of a period; -o prints the list (PDF, HTML, text)</source>
        <translation>les rendez-vous à venir, ou d’une période&#xa0;; -o imprime la liste (PDF, HTML, texte)</translation>
    </message>
    <message>
        <source>import records (a PMB, BnF or SUDOC export, a Zotero file, a spreadsheet): the preview, then all or nothing</source>
        <translation>importer des notices (un export de PMB, de la BnF ou du SUDOC, un fichier Zotero, un tableur)&#xa0;: l’aperçu, puis tout ou rien</translation>
    </message>
    <message>
        <source>--server NAME|URL --isbn N | --title T | --author A [--limit N]
[--import N [--on-duplicate skip|merge|replace|new]] [--json]</source>
        <translation>--server NOM|URL --isbn N | --title T | --author A [--limit N]
[--import N [--on-duplicate skip|merge|replace|new]] [--json]</translation>
    </message>
    <message>
        <source>copy cataloguing: search a library&apos;s catalogue by SRU (the BnF, the SUDOC), import one of its records</source>
        <translation>catalogage partagé&#xa0;: chercher dans le catalogue d’une bibliothèque par SRU (la BnF, le SUDOC), en importer une notice</translation>
    </message>
    <message>
        <source>--server NAME|z3950://HOST:PORT/DB --isbn N | --title T | --author A
[--limit N] [--import N [--on-duplicate skip|merge|replace|new]] [--json]</source>
        <translation>--server NOM|z3950://HÔTE:PORT/BASE --isbn N | --title T | --author A
[--limit N] [--import N [--on-duplicate skip|merge|replace|new]] [--json]</translation>
    </message>
    <message>
        <source>copy cataloguing by Z39.50: the same, from a Z39.50 server</source>
        <translation>catalogage partagé par Z39.50&#xa0;: de même, depuis un serveur Z39.50</translation>
    </message>
    <message>
        <source>--format unimarc|marc21|marcxml|ris|bibtex|csl-json|dc|csv|xlsx|package|oai-static
[--flavour unimarc|marc21] [--base-url URL] --ids 1,2 | --basket NAME | --query Q | --subject S
-o FILE</source>
        <translation>--format unimarc|marc21|marcxml|ris|bibtex|csl-json|dc|csv|xlsx|package|oai-static
[--flavour unimarc|marc21] [--base-url URL] --ids 1,2 | --basket NOM | --query R | --subject S
-o FICHIER</translation>
    </message>
    <message>
        <source>write records to an exchange file (MARC, a reference manager&apos;s format, Dublin Core, a spreadsheet, a package for the network, a static OAI-PMH repository)</source>
        <translation>écrire des notices dans un fichier d’échange (MARC, le format d’un logiciel de références, Dublin Core, un tableur, un paquet pour le réseau, un entrepôt OAI-PMH statique)</translation>
    </message>
    <message>
        <source>import FILE.csv [--mapping FILE] [--dry-run] [--valid-only] [--update] [--json]</source>
        <translation>import FICHIER.csv [--mapping FICHIER] [--dry-run] [--valid-only] [--update] [--json]</translation>
    </message>
    <message>
        <source>borrowers from a spreadsheet, PMB&apos;s borrowers export among them (all or nothing)</source>
        <translation>des lecteurs depuis un tableur, dont l’export des lecteurs de PMB (tout ou rien)</translation>
    </message>
    <message>
        <source>log or change an Info-Doc request read as JSON (standard input by default): requester, channel, received, wanted, subjects, question, staff, status</source>
        <translation>enregistrer ou modifier une demande Info-Doc lue en JSON (entrée standard par défaut) : requester, channel, received, wanted, subjects, question, staff, status</translation>
    </message>
    <message>
        <source>list [--status S] [--open] [--due D] [--subject T] [--staff S] [--text W]
[--from D --to D] [--json] | late | show ID [--json]</source>
        <translation>list [--status S] [--open] [--due D] [--subject T] [--staff S] [--text M]
[--from D --to D] [--json] | late | show ID [--json]</translation>
    </message>
    <message>
        <source>the requests, filtered; those wanted by a past day and still open</source>
        <translation>les demandes, filtrées ; celles attendues pour un jour passé et toujours ouvertes</translation>
    </message>
    <message>
        <source>time ID [--minutes N [--staff S] [--date D]]</source>
        <translation>time ID [--minutes N [--staff S] [--date D]]</translation>
    </message>
    <message>
        <source>time spent on a request, or its entries and total</source>
        <translation>temps passé sur une demande, ou ses saisies et leur total</translation>
    </message>
    <message>
        <source>answer ID [--text T | --file F.html] [--records 1,2] | capitalise ID [--title T]</source>
        <translation>answer ID [--text T | --file F.html] [--records 1,2] | capitalise ID [--title T]</translation>
    </message>
    <message>
        <source>the answer and the records given; an answered request kept as a reusable “documentary answer” record, without the requester</source>
        <translation>la réponse et les notices fournies ; une demande répondue gardée comme notice « réponse documentaire » réutilisable, sans le demandeur</translation>
    </message>
    <message>
        <source>from-appointment ID | staff [--set &quot;A, B&quot;]</source>
        <translation>from-appointment ID | staff [--set &quot;A, B&quot;]</translation>
    </message>
    <message>
        <source>a request from an appointment&apos;s follow-up; the staff who handle requests</source>
        <translation>une demande à partir des suites d’un rendez-vous ; les personnes qui traitent les demandes</translation>
    </message>
    <message>
        <source>as of another day</source>
        <translation>à la date d’un autre jour</translation>
    </message>
    <message>
        <source>add --channel phone|email|visit|letter|appointment [--subject S] [--date D] | remove ID | count [--date D]</source>
        <translation>add --channel phone|email|visit|letter|appointment [--subject S] [--date D] | remove ID | count [--date D]</translation>
    </message>
    <message>
        <source>quick tallies: a short question answered on the spot, counted by channel and theme only</source>
        <translation>comptages rapides : une question courte traitée sur le champ, comptée par canal et thème seulement</translation>
    </message>
    <message>
        <source>named Info-Doc requesters: right of access and erasure (their requests become anonymous)</source>
        <translation>demandeurs Info-Doc nommés : droit d’accès et d’effacement (leurs demandes deviennent anonymes)</translation>
    </message>
    <message>
        <source>months a requester is kept after their last request ended (12)</source>
        <translation>mois de conservation d’un demandeur après la fin de sa dernière demande (12)</translation>
    </message>
    <message>
        <source>add [--file F] | edit ID [--file F] | list [--json]</source>
        <translation>add [--file F] | edit ID [--file F] | list [--json]</translation>
    </message>
    <message>
        <source>periodical titles read as JSON: title, issn, publisher, publisherAddress, frequency (weekly…irregular), own, firstNumber, firstExpected, graceDays</source>
        <translation>titres de périodiques lus en JSON : title, issn, publisher, publisherAddress, frequency (weekly…irregular), own, firstNumber, firstExpected, graceDays</translation>
    </message>
    <message>
        <source>receive ID [--number N] [--date D] [--summary T] [--barcode B] [--print-run N] [--mailed N] | receive --scan CODE</source>
        <translation>receive ID [--number N] [--date D] [--summary T] [--barcode B] [--print-run N] [--mailed N] | receive --scan CODE</translation>
    </message>
    <message>
        <source>an issue received: its periodical-issue record and copy; the next expected by default, or the one of the EAN-13 scanned (977…)</source>
        <translation>un numéro reçu : sa notice de numéro de périodique et son exemplaire ; le prochain attendu par défaut, ou celui de l’EAN-13 scanné (977…)</translation>
    </message>
    <message>
        <source>issues ID [--json] | late [--json] [--claim -o FILE.pdf|odt] [--today D]</source>
        <translation>issues ID [--json] | late [--json] [--claim -o FICHIER.pdf|odt] [--today D]</translation>
    </message>
    <message>
        <source>a title&apos;s issues; the late and missing issues, and the claim letters to their publishers</source>
        <translation>les numéros d’un titre ; les numéros en retard ou manquants, et les lettres de réclamation à leurs éditeurs</translation>
    </message>
    <message>
        <source>[--from D --to D] [--sections documents,circulation,visits,requests,publications,evolution]
--format pdf|odt|xlsx|csv|json [-o PATH] [--introduction FILE.txt]</source>
        <translation>[--from D --to D] [--sections documents,circulation,visits,requests,publications,evolution]
--format pdf|odt|xlsx|csv|json [-o CHEMIN] [--introduction FICHIER.txt]</translation>
    </message>
    <message>
        <source>the annual activity report (a calendar year by default) beside the previous period; json without -o prints every figure by section</source>
        <translation>le rapport d’activité annuel (une année civile par défaut) à côté de la période précédente ; json sans -o affiche chaque chiffre par section</translation>
    </message>
    <message>
        <source>circulation ISSUE [--print-run N] [--mailed N]</source>
        <translation>circulation NUMÉRO [--print-run N] [--mailed N]</translation>
    </message>
    <message>
        <source>the print run and copies mailed of an issue of the centre&apos;s newsletter (its &quot;id&quot; in issues --json)</source>
        <translation>le tirage et les exemplaires envoyés d’un numéro de la lettre du centre (son « id » dans issues --json)</translation>
    </message>
    <message>
        <source>bibliography ID [--format pdf|odt|html|txt] | sheets ID | attach ID FILE |
documents ID [--document N -o FILE]</source>
        <translation>bibliography ID [--format pdf|odt|html|txt] | sheets ID | attach ID FICHIER |
documents ID [--document N -o FICHIER]</translation>
    </message>
    <message>
        <source>documents kept with the request: the records given as an NF ISO 690 bibliography or as experience sheets, or any file</source>
        <translation>documents conservés avec la demande : les notices fournies en bibliographie NF ISO 690 ou en fiches d’expérience, ou tout fichier</translation>
    </message>
    <message>
        <source>policy [--on|--off] [--folder DIR] [--daily N] [--weekly N] [--monthly N]
[--at HH:MM|never] [--at-close yes|no] | run | list [--json] | verify FILE</source>
        <translation>policy [--on|--off] [--folder DOSSIER] [--daily N] [--weekly N] [--monthly N]
[--at HH:MM|never] [--at-close yes|no] | run | list [--json] | verify FICHIER</translation>
    </message>
    <message>
        <source>automatic backups: where they go and how many are kept, write one now (verified, then the rotation), list them with their state, check one</source>
        <translation>sauvegardes automatiques&#xa0;: où elles vont et combien sont gardées, en écrire une maintenant (vérifiée, puis la rotation), les lister avec leur état, en vérifier une</translation>
    </message>
    <message>
        <source>[--centre NAME [--address TEXT] [--email E] [--logo IMAGE] [--backups DIR]]</source>
        <translation>[--centre NOM [--address TEXTE] [--email E] [--logo IMAGE] [--backups DOSSIER]]</translation>
    </message>
    <message>
        <source>create the catalogue with the starter thesaurus and territories; with --centre, the centre&apos;s catalogue with its identity and automatic backups to DIR</source>
        <translation>créer le catalogue avec le thésaurus et les territoires de départ&#xa0;; avec --centre, le catalogue du centre avec son identité et des sauvegardes automatiques dans DOSSIER</translation>
    </message>
    <message>
        <source>[--default SHEET] [--barcode code128|code39] [--add &quot;NAME=CxR:WxH@TOP,LEFT&quot;] [--remove NAME] [--json]</source>
        <translation>[--default PLANCHE] [--barcode code128|code39] [--add &quot;NOM=CxL:LxH@HAUT,GAUCHE&quot;] [--remove NOM] [--json]</translation>
    </message>
    <message>
        <source>the label sheets: the one and the barcode printed by default, the centre&apos;s own sheets by name</source>
        <translation>les planches d’étiquettes&#xa0;: celle et le code-barres imprimés par défaut, les planches propres au centre, par nom</translation>
    </message>
    <message>
        <source>FILE [--format marc|unimarc|marc21|marcxml|ris|bibtex|csl-json|dc|csv|package] [--charset C]
[--mapping FILE] [--save-mapping FILE] [--custom-field NAME=TARGET;...] [--dry-run]
[--on-duplicate skip|merge|replace|new] [--valid-only] [--add-descriptors] [--json]</source>
        <translation>FICHIER [--format marc|unimarc|marc21|marcxml|ris|bibtex|csl-json|dc|csv|package] [--charset C]
[--mapping FICHIER] [--save-mapping FICHIER] [--custom-field NOM=DESTINATION;...] [--dry-run]
[--on-duplicate skip|merge|replace|new] [--valid-only] [--add-descriptors] [--json]</translation>
    </message>
</context>
<context>
    <name>infodoc::app::InteropCommands</name>
    <message>
        <source>Unknown character set &quot;%1&quot; (utf-8, marc-8, iso-5426, iso-8859-1).</source>
        <translation>Jeu de caractères «&#xa0;%1&#xa0;» inconnu (utf-8, marc-8, iso-5426, iso-8859-1).</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip, merge, replace or new.</source>
        <translation>--on-duplicate prend skip, merge, replace ou new.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) read</source>
        <translation>
            <numerusform>%1&#xa0;: %n notice lue</numerusform>
            <numerusform>%1&#xa0;: %n notices lues</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record %1 “%2” may already be in the catalogue: %3</source>
        <translation>La notice %1 «&#xa0;%2&#xa0;» est peut-être déjà au catalogue&#xa0;: %3</translation>
    </message>
    <message>
        <source>Subjects not in the thesaurus, kept as keywords (--add-descriptors adds them as candidates): %1</source>
        <translation>Sujets absents du thésaurus, gardés comme mots-clés (--add-descriptors les ajoute comme candidats)&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written (--dry-run): %n record(s) with errors, </source>
        <translation>
            <numerusform>Rien n’a été écrit (--dry-run)&#xa0;: %n notice en erreur, </numerusform>
            <numerusform>Rien n’a été écrit (--dry-run)&#xa0;: %n notices en erreur, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n doublon possible.</numerusform>
            <numerusform>%n doublons possibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n added</source>
        <translation>
            <numerusform>Import&#xa0;: %n ajoutée</numerusform>
            <numerusform>Import&#xa0;: %n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n fusionnée</numerusform>
            <numerusform>%n fusionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacée</numerusform>
            <numerusform>%n remplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate descriptor(s) added to the thesaurus.</source>
        <translation>
            <numerusform>%n descripteur candidat ajouté au thésaurus.</numerusform>
            <numerusform>%n descripteurs candidats ajoutés au thésaurus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the file to write with -o FILE.</source>
        <translation>Indiquez le fichier à écrire avec -o FICHIER.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>%n notice écrite dans %1.</numerusform>
            <numerusform>%n notices écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--save-mapping is for a CSV file.</source>
        <translation>--save-mapping ne vaut que pour un fichier CSV.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Colonnes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Columns left out (--save-mapping FILE, edit, then --mapping FILE): %1.</source>
        <translation>Colonnes laissées de côté (--save-mapping FICHIER, modifiez-le, puis --mapping FICHIER)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The repository has more records: ask it for the next page with the resumption token “%1”.</source>
        <translation>L’entrepôt a d’autres notices&#xa0;: demandez-lui la page suivante avec le jeton de reprise «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Name the server with --server NAME or --server ADDRESS.</source>
        <translation>Désignez le serveur par --server NOM ou --server ADRESSE.</translation>
    </message>
    <message>
        <source>Search with --isbn, --title or --author.</source>
        <translation>Cherchez avec --isbn, --title ou --author.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit prend un nombre de 1 à %1.</translation>
    </message>
    <message>
        <source>--import takes the number of a record in the answer (from 1).</source>
        <translation>--import prend le numéro d’une notice de la réponse (à partir de 1).</translation>
    </message>
    <message>
        <source>%1 answers by SRU: infodoc-cli sru --server %1 …</source>
        <translation>%1 répond en SRU&#xa0;: infodoc-cli sru --server %1 …</translation>
    </message>
    <message>
        <source>%1 answers by Z39.50: infodoc-cli z3950 --server %1 …</source>
        <translation>%1 répond en Z39.50&#xa0;: infodoc-cli z3950 --server %1 …</translation>
    </message>
    <message>
        <source>%1 found nothing: there is no record to import.</source>
        <translation>%1 n’a rien trouvé&#xa0;: il n’y a aucune notice à importer.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) found</source>
        <translation>
            <numerusform>%1&#xa0;: %n notice trouvée</numerusform>
            <numerusform>%1&#xa0;: %n notices trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>, the first %1 shown</source>
        <translation>, les %1 premières affichées</translation>
    </message>
    <message>
        <source>may already be in the catalogue: %1</source>
        <translation>est peut-être déjà au catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot be imported: %1</source>
        <translation>ne peut pas être importée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import one with --import N.</source>
        <translation>Importez-en une avec --import N.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; (marc, unimarc, marc21, marcxml, ris, bibtex, csl-json, dc, csv, package).</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu (marc, unimarc, marc21, marcxml, ris, bibtex, csl-json, dc, csv, package).</translation>
    </message>
    <message>
        <source>--format takes unimarc, marc21, marcxml (--flavour unimarc|marc21), ris, bibtex, csl-json, dc, csv, xlsx, package or oai-static.</source>
        <translation>--format prend unimarc, marc21, marcxml (--flavour unimarc|marc21), ris, bibtex, csl-json, dc, csv, xlsx, package ou oai-static.</translation>
    </message>
    <message>
        <source>--custom-field: %1</source>
        <translation>--custom-field&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3, %n record(s)) → %4</source>
        <translation>
            <numerusform>%1 (%2, %3, %n notice) → %4</numerusform>
            <numerusform>%1 (%2, %3, %n notices) → %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue&apos;s own fields (change with --custom-field NAME=TARGET;…): %1.</source>
        <translation>Champs propres au catalogue d’origine (à changer avec --custom-field NOM=DESTINATION;…)&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>infodoc::app::OutputCommands</name>
    <message>
        <source>Choose the records with one of --query, --basket, --subject or --ids.</source>
        <translation>Choisissez les notices avec une seule des options --query, --basket, --subject ou --ids.</translation>
    </message>
    <message>
        <source>There is no basket named &quot;%1&quot;.</source>
        <translation>Il n’existe pas de panier nommé « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a descriptor of the thesaurus.</source>
        <translation>« %1 » n’est pas un descripteur du thésaurus.</translation>
    </message>
    <message>
        <source>--style takes iso690-author-date or iso690-numeric.</source>
        <translation>--style accepte iso690-author-date ou iso690-numeric.</translation>
    </message>
    <message>
        <source>--group-by takes none, type, subject or territory.</source>
        <translation>--group-by accepte none, type, subject ou territory.</translation>
    </message>
    <message>
        <source>--order takes author, date or title.</source>
        <translation>--order accepte author, date ou title.</translation>
    </message>
    <message>
        <source>--et-al takes a whole number (0 lists every author).</source>
        <translation>--et-al attend un nombre entier (0 cite tous les auteurs).</translation>
    </message>
    <message>
        <source>--format takes one of: %1.</source>
        <translation>--format accepte l’un de ces formats&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Name the file to write with -o FILE.</source>
        <translation>Indiquez le fichier à écrire avec -o FICHIER.</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) written to %1.</source>
        <translation>
            <numerusform>%n référence écrite dans %1.</numerusform>
            <numerusform>%n références écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;basket list&quot; takes no argument.</source>
        <translation>« basket list » ne prend pas d’argument.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n notice</numerusform>
            <numerusform>%n notices</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;basket %1&quot; needs a basket name.</source>
        <translation>« basket %1 » demande un nom de panier.</translation>
    </message>
    <message>
        <source>&quot;basket %1&quot; needs record numbers.</source>
        <translation>« basket %1 » demande des numéros de notices.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added.</source>
        <translation>
            <numerusform>%n notice ajoutée.</numerusform>
            <numerusform>%n notices ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) removed.</source>
        <translation>
            <numerusform>%n notice retirée.</numerusform>
            <numerusform>%n notices retirées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;basket rename&quot; takes the old and the new name.</source>
        <translation>« basket rename » prend l’ancien et le nouveau nom.</translation>
    </message>
    <message>
        <source>&quot;basket&quot; takes list, create, show, add, remove, rename, clear or delete.</source>
        <translation>« basket » accepte list, create, show, add, remove, rename, clear ou delete.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The logo %1 is larger than 4 MiB.</source>
        <translation>Le logo %1 dépasse 4 Mio.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Site web&#xa0;: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Courriel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Couleur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Logo&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the file (or, for several sheets in HTML, the folder) to write with -o PATH.</source>
        <translation>Indiquez le fichier (ou, pour plusieurs fiches en HTML, le dossier) à écrire avec -o CHEMIN.</translation>
    </message>
    <message numerus="yes">
        <source>There is no experience sheet among the %n chosen record(s).</source>
        <translation>
            <numerusform>Il n’y a aucune fiche d’expérience parmi la notice choisie.</numerusform>
            <numerusform>Il n’y a aucune fiche d’expérience parmi les %n notices choisies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give record numbers or one of --query, --basket, --subject, not both.</source>
        <translation>Donnez des numéros de notices ou l’une des options --query, --basket, --subject, pas les deux.</translation>
    </message>
    <message numerus="yes">
        <source>%n experience sheet(s) written to %1.</source>
        <translation>
            <numerusform>%n fiche d’expérience écrite dans %1.</numerusform>
            <numerusform>%n fiches d’expériences écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: sheet-template show | export FILE | import FILE | reset</source>
        <translation>Utilisation&#xa0;: sheet-template show | export FICHIER | import FICHIER | reset</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE (fields: %1).</source>
        <translation>--set prend CHAMP=VALEUR (champs&#xa0;: %1).</translation>
    </message>
    <message>
        <source>&quot;batch&quot; takes one change: --add-subject, --remove-subject, --add-territory, --remove-territory, --add-keyword, --remove-keyword or --set.</source>
        <translation>« batch » prend une seule modification&#xa0;: --add-subject, --remove-subject, --add-territory, --remove-territory, --add-keyword, --remove-keyword ou --set.</translation>
    </message>
    <message>
        <source>%1 of the %2 records would change.</source>
        <translation>%1 des %2 notices seraient modifiées.</translation>
    </message>
    <message>
        <source>%1 of the %2 records changed.</source>
        <translation>%1 des %2 notices modifiées.</translation>
    </message>
</context>
<context>
    <name>infodoc::app::RequestCommands</name>
    <message>
        <source>request attach takes the request&apos;s number and a file.</source>
        <translation>request attach prend le numéro de la demande et un fichier.</translation>
    </message>
    <message>
        <source>request %1 takes the request&apos;s number.</source>
        <translation>request %1 prend le numéro de la demande.</translation>
    </message>
    <message>
        <source>request %1 takes no other argument.</source>
        <translation>request %1 ne prend pas d’autre argument.</translation>
    </message>
    <message>
        <source>No request %1.</source>
        <translation>Aucune demande n° %1.</translation>
    </message>
    <message>
        <source>A new request needs a “requester” and a “question”.</source>
        <translation>Une nouvelle demande doit avoir un « requester » et une « question ».</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; (%2).</source>
        <translation>Statut inconnu « %1 » (%2).</translation>
    </message>
    <message>
        <source>Request %1, received %2 (%3)</source>
        <translation>Demande %1, reçue le %2 (%3)</translation>
    </message>
    <message>
        <source>Requester: %1</source>
        <translation>Demandeur : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Wanted by: %1</source>
        <translation>Attendue pour le : %1</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thème : %1</translation>
    </message>
    <message>
        <source>Handled by: %1</source>
        <translation>Traitée par : %1</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Question : %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>Time spent: %1 min</source>
        <translation>Temps passé : %1 min</translation>
    </message>
    <message>
        <source>--minutes takes a number of minutes.</source>
        <translation>--minutes prend un nombre de minutes.</translation>
    </message>
    <message>
        <source>Total: %1 min</source>
        <translation>Total : %1 min</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>“%1” is larger than 50 MB: it is not kept with the request</source>
        <translation>« %1 » dépasse 50 Mo : il n’est pas conservé avec la demande</translation>
    </message>
    <message>
        <source>request documents ID --document N takes -o FILE.</source>
        <translation>request documents ID --document N prend -o FICHIER.</translation>
    </message>
    <message>
        <source>Request %1 keeps no document %2.</source>
        <translation>La demande %1 ne conserve pas de document n° %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>tally takes add --channel C [--subject S], remove ID or count.</source>
        <translation>tally prend add --channel C [--subject S], remove ID ou count.</translation>
    </message>
    <message>
        <source>tally remove takes the tally&apos;s number.</source>
        <translation>tally remove prend le numéro du comptage.</translation>
    </message>
    <message>
        <source>tally %1 takes no other argument.</source>
        <translation>tally %1 ne prend pas d’autre argument.</translation>
    </message>
    <message>
        <source>tally add takes --channel %1.</source>
        <translation>tally add prend --channel %1.</translation>
    </message>
    <message>
        <source>requester-data takes find NAME, export NAME, erase NAME or months N.</source>
        <translation>requester-data prend find NOM, export NOM, erase NOM ou months N.</translation>
    </message>
    <message>
        <source>requester-data months takes a number of months.</source>
        <translation>requester-data months prend un nombre de mois.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>No named requester is called &quot;%1&quot;.</source>
        <translation>Aucun demandeur nommé ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>Several named requesters match &quot;%1&quot;: %2. Give the whole name.</source>
        <translation>Plusieurs demandeurs nommés correspondent à « %1 » : %2. Donnez le nom complet.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) made anonymous.</source>
        <translation>
            <numerusform>%n demande rendue anonyme.</numerusform>
            <numerusform>%n demandes rendues anonymes.</numerusform>
        </translation>
    </message>
    <message>
        <source>periodical %1 takes the periodical&apos;s number.</source>
        <translation>periodical %1 prend le numéro du périodique.</translation>
    </message>
    <message>
        <source>periodical %1 takes no other argument.</source>
        <translation>periodical %1 ne prend pas d’autre argument.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation>--%1 prend un nombre entier.</translation>
    </message>
    <message>
        <source>No periodical %1.</source>
        <translation>Aucun périodique n° %1.</translation>
    </message>
    <message>
        <source>next no. %1%2</source>
        <translation>prochain n° %1%2</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>reçu le %1</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>non reçu</translation>
    </message>
    <message>
        <source>periodical late --claim takes -o FILE.pdf or FILE.odt.</source>
        <translation>periodical late --claim prend -o FICHIER.pdf ou FICHIER.odt.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>report takes --format %1.</source>
        <translation>report prend --format %1.</translation>
    </message>
    <message>
        <source>report --format %1 takes -o PATH.</source>
        <translation>report --format %1 prend -o CHEMIN.</translation>
    </message>
    <message>
        <source>larger than 1 MB</source>
        <translation>plus de 1 Mo</translation>
    </message>
    <message>
        <source>periodical takes add, edit, list, issues, receive, circulation or late.</source>
        <translation>periodical prend add, edit, list, issues, receive, circulation ou late.</translation>
    </message>
    <message>
        <source>request takes add, list, late, show, edit, time, answer, capitalise, attach, documents, bibliography, sheets, from-appointment or staff.</source>
        <translation>request prend add, list, late, show, edit, time, answer, capitalise, attach, documents, bibliography, sheets, from-appointment ou staff.</translation>
    </message>
</context>
<context>
    <name>infodoc::app::SearchCommands</name>
    <message>
        <source>Indexed up to change %1 of %2 (%3 behind); %4 documents for %5 records; %6 on disk.</source>
        <translation>Indexé jusqu’à la modification %1 sur %2 (%3 de retard)&#xa0;; %4 documents pour %5 notices&#xa0;; %6 sur le disque.</translation>
    </message>
    <message>
        <source>%1 records indexed, %2 files read (%3 pages) in %4 s.</source>
        <translation>%1 notices indexées, %2 fichiers lus (%3 pages) en %4 s.</translation>
    </message>
    <message>
        <source>--limit takes a whole number.</source>
        <translation>--limit attend un nombre entier.</translation>
    </message>
    <message>
        <source>--offset takes a whole number.</source>
        <translation>--offset attend un nombre entier.</translation>
    </message>
    <message>
        <source>Unknown sort &quot;%1&quot;.</source>
        <translation>Tri inconnu « %1 ».</translation>
    </message>
    <message>
        <source>--filter takes FACET=VALUE[,VALUE][;FACET=VALUE].</source>
        <translation>--filter attend FACETTE=VALEUR[,VALEUR][;FACETTE=VALEUR].</translation>
    </message>
    <message>
        <source>&quot;search&quot; needs a query.</source>
        <translation>« search » demande une requête.</translation>
    </message>
    <message numerus="yes">
        <source>About %n record(s) found</source>
        <translation>
            <numerusform>Environ %n notice trouvée</numerusform>
            <numerusform>Environ %n notices trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n notice trouvée</numerusform>
            <numerusform>%n notices trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean: %1</source>
        <translation>Vouliez-vous dire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, pages %2</source>
        <translation>%1, pages %2</translation>
    </message>
    <message>
        <source>&quot;searches&quot; takes list or delete NAME.</source>
        <translation>« searches » prend list ou delete NOM.</translation>
    </message>
    <message>
        <source>&quot;searches delete&quot; takes the name of a saved search.</source>
        <translation>« searches delete » prend le nom d’une recherche enregistrée.</translation>
    </message>
    <message>
        <source>There is no saved search named &quot;%1&quot;.</source>
        <translation>Il n’y a pas de recherche enregistrée nommée « %1 ».</translation>
    </message>
    <message>
        <source>&quot;index&quot; takes rebuild, sync, status or ocr.</source>
        <translation>« index » prend rebuild, sync, status ou ocr.</translation>
    </message>
    <message>
        <source>&quot;index %1&quot; takes no other argument.</source>
        <translation>« index %1 » ne prend pas d’autre argument.</translation>
    </message>
    <message>
        <source>Character recognition of scanned PDFs: off.</source>
        <translation>Reconnaissance de caractères des PDF numérisés&#xa0;: désactivée.</translation>
    </message>
    <message>
        <source>Character recognition of scanned PDFs: on (%1).</source>
        <translation>Reconnaissance de caractères des PDF numérisés&#xa0;: activée (%1).</translation>
    </message>
    <message>
        <source>&quot;index ocr&quot; takes on or off.</source>
        <translation>« index ocr » prend on ou off.</translation>
    </message>
    <message>
        <source>Character recognition needs Tesseract with its &quot;%1&quot; data: install the Debian packages tesseract-ocr and tesseract-ocr-%1.</source>
        <translation>La reconnaissance de caractères a besoin de Tesseract et de ses données « %1 »&#xa0;: installez les paquets Debian tesseract-ocr et tesseract-ocr-%1.</translation>
    </message>
    <message>
        <source>Scanned PDFs will be read by character recognition (%1) at the next update of the index (infodoc-cli index sync).</source>
        <translation>Les PDF numérisés seront lus par reconnaissance de caractères (%1) à la prochaine mise à jour de l’index (infodoc-cli index sync).</translation>
    </message>
</context>
<context>
    <name>infodoc::app::VisitCommands</name>
    <message>
        <source>appointment %1 takes the appointment&apos;s number.</source>
        <translation>appointment %1 prend le numéro du rendez-vous.</translation>
    </message>
    <message>
        <source>appointment %1 takes no other argument.</source>
        <translation>appointment %1 ne prend pas d’autre argument.</translation>
    </message>
    <message>
        <source>%1. Nearest free slots: %2</source>
        <translation>%1. Créneaux libres les plus proches&#xa0;: %2</translation>
    </message>
    <message>
        <source>No appointment %1.</source>
        <translation>Aucun rendez-vous n° %1.</translation>
    </message>
    <message>
        <source>A new appointment needs a “start” and a “visitor”.</source>
        <translation>Un nouveau rendez-vous demande un «&#xa0;start&#xa0;» et un «&#xa0;visitor&#xa0;».</translation>
    </message>
    <message>
        <source>Appointment %1: %2</source>
        <translation>Rendez-vous %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Visitor: %1</source>
        <translation>Visiteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>appointment slots takes --date D (or --from D [--to D]).</source>
        <translation>appointment slots prend --date D (ou --from D [--to D]).</translation>
    </message>
    <message>
        <source>--length takes a number of minutes.</source>
        <translation>--length prend un nombre de minutes.</translation>
    </message>
    <message>
        <source>hours show takes no other argument.</source>
        <translation>hours show ne prend pas d’autre argument.</translation>
    </message>
    <message>
        <source>hours set takes what to set and its value: a weekday (monday or lundi) and its ranges, lengths, buffer, parallel, lead or step.</source>
        <translation>hours set prend ce qu’il faut régler et sa valeur&#xa0;: un jour (monday ou lundi) et ses plages, lengths, buffer, parallel, lead ou step.</translation>
    </message>
    <message>
        <source>hours takes show or set.</source>
        <translation>hours prend show ou set.</translation>
    </message>
    <message>
        <source>lengths takes minutes separated by commas: 30,60,90.</source>
        <translation>lengths prend des minutes séparées par des virgules&#xa0;: 30,60,90.</translation>
    </message>
    <message>
        <source>%1 takes a whole number.</source>
        <translation>%1 prend un nombre entier.</translation>
    </message>
    <message>
        <source>Unknown setting “%1”: a weekday, lengths, buffer, parallel, lead or step.</source>
        <translation>Réglage inconnu «&#xa0;%1&#xa0;»&#xa0;: un jour, lengths, buffer, parallel, lead ou step.</translation>
    </message>
    <message>
        <source>no appointments</source>
        <translation>pas de rendez-vous</translation>
    </message>
    <message>
        <source>Lengths: %1 minutes</source>
        <translation>Durées&#xa0;: %1 minutes</translation>
    </message>
    <message>
        <source>Between two appointments: %1 minutes</source>
        <translation>Entre deux rendez-vous&#xa0;: %1 minutes</translation>
    </message>
    <message>
        <source>At the same moment: %1</source>
        <translation>En même temps&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Booked %n opening day(s) ahead</source>
        <translation>
            <numerusform>Pris %n jour d’ouverture à l’avance</numerusform>
            <numerusform>Pris %n jours d’ouverture à l’avance</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed every %1 minutes</source>
        <translation>Proposés toutes les %1 minutes</translation>
    </message>
    <message>
        <source>ics export takes no other argument.</source>
        <translation>ics export ne prend pas d’autre argument.</translation>
    </message>
    <message>
        <source>ics export needs -o FILE.ics.</source>
        <translation>ics export demande -o FICHIER.ics.</translation>
    </message>
    <message>
        <source>ics import takes the file to import.</source>
        <translation>ics import prend le fichier à importer.</translation>
    </message>
    <message>
        <source>--as takes appointments or closures.</source>
        <translation>--as prend appointments ou closures.</translation>
    </message>
    <message>
        <source>ics takes export or import.</source>
        <translation>ics prend export ou import.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n closure(s) imported.</source>
        <translation>
            <numerusform>%n fermeture importée.</numerusform>
            <numerusform>%n fermetures importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) added</source>
        <translation>
            <numerusform>%n rendez-vous ajouté</numerusform>
            <numerusform>%n rendez-vous ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved or updated</source>
        <translation>
            <numerusform>%n déplacé ou mis à jour</numerusform>
            <numerusform>%n déplacés ou mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n all-day event(s) left out (import them with --as closures).</source>
        <translation>
            <numerusform>%n événement sur la journée entière laissé de côté (importez-le avec --as closures).</numerusform>
            <numerusform>%n événements sur la journée entière laissés de côté (importez-les avec --as closures).</numerusform>
        </translation>
    </message>
    <message>
        <source>appointment takes add, list, show, edit, confirm, done, cancel, no-show, slots, prepare, selection, select, unselect, set-aside, print, lend or close.</source>
        <translation>appointment prend add, list, show, edit, confirm, done, cancel, no-show, slots, prepare, selection, select, unselect, set-aside, print, lend ou close.</translation>
    </message>
    <message>
        <source>visitor-data takes find NAME, export NAME, erase NAME or months N.</source>
        <translation>visitor-data prend find NOM, export NOM, erase NOM ou months N.</translation>
    </message>
    <message>
        <source>visitor-data months takes a number of months.</source>
        <translation>visitor-data months prend un nombre de mois.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message>
        <source>No named visitor is called &quot;%1&quot;.</source>
        <translation>Aucun visiteur nommé ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several named visitors match &quot;%1&quot;: %2. Give the whole name.</source>
        <translation>Plusieurs visiteurs nommés correspondent à «&#xa0;%1&#xa0;»&#xa0;: %2. Donnez le nom complet.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) made anonymous.</source>
        <translation>
            <numerusform>%n rendez-vous rendu anonyme.</numerusform>
            <numerusform>%n rendez-vous rendus anonymes.</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit takes a number of records.</source>
        <translation>--limit prend un nombre de notices.</translation>
    </message>
    <message>
        <source>appointment %1 takes --records ID,ID.</source>
        <translation>appointment %1 prend --records ID,ID.</translation>
    </message>
    <message>
        <source>chosen by the visitor</source>
        <translation>choisi par le visiteur</translation>
    </message>
    <message>
        <source>prepared</source>
        <translation>préparé</translation>
    </message>
    <message>
        <source>consulted</source>
        <translation>consulté</translation>
    </message>
    <message>
        <source>Set aside:</source>
        <translation>Mis de côté&#xa0;:</translation>
    </message>
    <message>
        <source>Lent during the visit:</source>
        <translation>Prêtés pendant la visite&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Copies set aside: %n.</source>
        <translation>
            <numerusform>Exemplaire mis de côté&#xa0;: %n.</numerusform>
            <numerusform>Exemplaires mis de côté&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>appointment print takes --pull-list or --bibliography, and -o FILE.</source>
        <translation>appointment print prend --pull-list ou --bibliography, et -o FICHIER.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; (formats: %2).</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu (formats&#xa0;: %2).</translation>
    </message>
    <message>
        <source>appointment lend takes --copy BARCODE.</source>
        <translation>appointment lend prend --copy CODE-BARRES.</translation>
    </message>
    <message>
        <source>Lent: &quot;%1&quot;, due %2.</source>
        <translation>Prêté&#xa0;: «&#xa0;%1&#xa0;», à rendre le %2.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::ActivityReports</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>No descriptor</source>
        <translation>Sans descripteur</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>Records added</source>
        <translation>Notices ajoutées</translation>
    </message>
    <message>
        <source>Records in the catalogue at the end</source>
        <translation>Notices au catalogue en fin de période</translation>
    </message>
    <message>
        <source>Copies in the documentary space</source>
        <translation>Exemplaires de l’espace documentaire</translation>
    </message>
    <message>
        <source>Documents attached (files)</source>
        <translation>Documents joints (fichiers)</translation>
    </message>
    <message>
        <source>Records added by type</source>
        <translation>Notices ajoutées par type</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Records added by theme</source>
        <translation>Notices ajoutées par thème</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Most borrowed documents</source>
        <translation>Documents les plus empruntés</translation>
    </message>
    <message>
        <source>Most consulted documents (visits)</source>
        <translation>Documents les plus consultés (visites)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Prolongations</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Loans that went overdue</source>
        <translation>Prêts passés en retard</translation>
    </message>
    <message>
        <source>Active borrowers</source>
        <translation>Emprunteurs actifs</translation>
    </message>
    <message>
        <source>No loan was made in these two periods.</source>
        <translation>Aucun prêt n’a été fait sur ces deux périodes.</translation>
    </message>
    <message>
        <source>Active borrowers: those whose first loan of the calendar year falls in the period.</source>
        <translation>Emprunteurs actifs : ceux dont le premier prêt de l’année civile tombe dans la période.</translation>
    </message>
    <message>
        <source>Loans by month</source>
        <translation>Prêts par mois</translation>
    </message>
    <message>
        <source>Active borrowers by category</source>
        <translation>Emprunteurs actifs par catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Active borrowers by structure type</source>
        <translation>Emprunteurs actifs par type de structure</translation>
    </message>
    <message>
        <source>Structure type</source>
        <translation>Type de structure</translation>
    </message>
    <message>
        <source>Active borrowers by commune</source>
        <translation>Emprunteurs actifs par commune</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Loans by document type</source>
        <translation>Prêts par type de document</translation>
    </message>
    <message>
        <source>Loans by theme</source>
        <translation>Prêts par thème</translation>
    </message>
    <message>
        <source>Appointments booked</source>
        <translation>Rendez-vous pris</translation>
    </message>
    <message>
        <source>Visits that took place</source>
        <translation>Visites réalisées</translation>
    </message>
    <message>
        <source>Visitors who did not come</source>
        <translation>Visiteurs non venus</translation>
    </message>
    <message>
        <source>Appointments cancelled</source>
        <translation>Rendez-vous annulés</translation>
    </message>
    <message>
        <source>Did-not-come rate (%)</source>
        <translation>Taux de non-venue (%)</translation>
    </message>
    <message>
        <source>No appointment was booked in these two periods.</source>
        <translation>Aucun rendez-vous n’a été pris sur ces deux périodes.</translation>
    </message>
    <message>
        <source>Visits by month</source>
        <translation>Visites par mois</translation>
    </message>
    <message>
        <source>Visits by purpose</source>
        <translation>Visites par objet</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Visits by structure type</source>
        <translation>Visites par type de structure</translation>
    </message>
    <message>
        <source>Visits by commune</source>
        <translation>Visites par commune</translation>
    </message>
    <message>
        <source>Visits by topic</source>
        <translation>Visites par sujet</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Demandes reçues</translation>
    </message>
    <message>
        <source>Requests answered</source>
        <translation>Demandes répondues</translation>
    </message>
    <message>
        <source>Average days to answer</source>
        <translation>Délai moyen de réponse (jours)</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Heures passées</translation>
    </message>
    <message>
        <source>Quick questions answered on the spot</source>
        <translation>Questions rapides traitées sur le champ</translation>
    </message>
    <message>
        <source>No request was logged in these two periods.</source>
        <translation>Aucune demande n’a été enregistrée sur ces deux périodes.</translation>
    </message>
    <message>
        <source>Requests by month</source>
        <translation>Demandes par mois</translation>
    </message>
    <message>
        <source>Requests by theme</source>
        <translation>Demandes par thème</translation>
    </message>
    <message>
        <source>Requests by channel</source>
        <translation>Demandes par canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Requests by requester</source>
        <translation>Demandes par demandeur</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Borrowers</source>
        <translation>Emprunteurs</translation>
    </message>
    <message>
        <source>Named contacts</source>
        <translation>Contacts nommés</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymes</translation>
    </message>
    <message>
        <source>Requests by structure type</source>
        <translation>Demandes par type de structure</translation>
    </message>
    <message>
        <source>Hours spent by staff member</source>
        <translation>Heures passées par membre du personnel</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Quick questions by channel</source>
        <translation>Questions rapides par canal</translation>
    </message>
    <message>
        <source>Newsletter issues published</source>
        <translation>Numéros de la lettre d’information parus</translation>
    </message>
    <message>
        <source>Newsletter copies printed</source>
        <translation>Exemplaires de la lettre imprimés</translation>
    </message>
    <message>
        <source>Average print run of an issue</source>
        <translation>Tirage moyen d’un numéro</translation>
    </message>
    <message>
        <source>Newsletter copies mailed</source>
        <translation>Exemplaires de la lettre envoyés</translation>
    </message>
    <message>
        <source>Experience sheets published</source>
        <translation>Fiches d’expérience publiées</translation>
    </message>
    <message>
        <source>Documentary answers kept for reuse</source>
        <translation>Réponses documentaires capitalisées</translation>
    </message>
    <message>
        <source>No periodical is marked as the centre&apos;s own newsletter (Documents › Periodicals).</source>
        <translation>Aucun périodique n’est marqué comme lettre d’information du centre (Documents › Périodiques).</translation>
    </message>
    <message>
        <source>The newsletter&apos;s issues</source>
        <translation>Les numéros de la lettre d’information</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimés</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 n° %2</translation>
    </message>
    <message>
        <source>The last five years</source>
        <translation>Les cinq dernières années</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Quick questions</source>
        <translation>Questions rapides</translation>
    </message>
    <message>
        <source>The documentary space</source>
        <translation>L’espace documentaire</translation>
    </message>
    <message>
        <source>Appointments and visits</source>
        <translation>Rendez-vous et visites</translation>
    </message>
    <message>
        <source>Info-Doc: information requests</source>
        <translation>Info-Doc : demandes d’information</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Over five years</source>
        <translation>Sur cinq ans</translation>
    </message>
    <message>
        <source>A report covers a period: from a day to the same or a later one</source>
        <translation>Un rapport couvre une période : d’un jour au même ou à un jour suivant</translation>
    </message>
    <message>
        <source>A report covers at most twenty years</source>
        <translation>Un rapport couvre au plus vingt ans</translation>
    </message>
    <message>
        <source>Unknown section “%1” (%2)</source>
        <translation>Section inconnue « %1 » (%2)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Bibliographies produced</source>
        <translation>Bibliographies produites</translation>
    </message>
    <message>
        <source>Experience sheets laid out for requests</source>
        <translation>Fiches d’expérience mises en page pour des demandes</translation>
    </message>
</context>
<context>
    <name>infodoc::core::AppointmentFiles</name>
    <message>
        <source>Appointment: %1 (%2)</source>
        <translation>Rendez-vous&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>The period to export is not valid</source>
        <translation>La période à exporter n’est pas valide</translation>
    </message>
    <message>
        <source>No appointment %1</source>
        <translation>Aucun rendez-vous n° %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the event runs over several days: it cannot be an appointment</source>
        <translation>l’événement s’étend sur plusieurs jours&#xa0;: ce ne peut pas être un rendez-vous</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé&#xa0;: rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::AppointmentJson</name>
    <message>
        <source>Unknown field(s) in %1: %2</source>
        <translation>Champ(s) inconnu(s) dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: “%2” must be text</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>“%1” is not a start (2027-01-05T10:00, the centre&apos;s time)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un début (2027-01-05T10:00, heure du centre)</translation>
    </message>
    <message>
        <source>the appointment</source>
        <translation>le rendez-vous</translation>
    </message>
    <message>
        <source>“length” is a number of minutes</source>
        <translation>«&#xa0;length&#xa0;» est un nombre de minutes</translation>
    </message>
    <message>
        <source>Unknown purpose “%1” (%2)</source>
        <translation>Motif inconnu «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Unknown status “%1” (%2)</source>
        <translation>État inconnu «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>“subjects” is a list of descriptors</source>
        <translation>«&#xa0;subjects&#xa0;» est une liste de descripteurs</translation>
    </message>
    <message>
        <source>the visitor</source>
        <translation>le visiteur</translation>
    </message>
    <message>
        <source>An anonymous visitor has no card, name or contact</source>
        <translation>Un visiteur anonyme n’a ni carte, ni nom, ni contact</translation>
    </message>
    <message>
        <source>The visitor&apos;s card is empty</source>
        <translation>La carte du visiteur est vide</translation>
    </message>
    <message>
        <source>Unknown structure type “%1” (%2)</source>
        <translation>Type de structure inconnu «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>%1 is an object: {&quot;card&quot;: …}, {&quot;name&quot;: …} or {&quot;anonymous&quot;: true}</source>
        <translation>%1 est un objet : {&quot;card&quot;: …}, {&quot;name&quot;: …} ou {&quot;anonymous&quot;: true}</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Appointments</name>
    <message>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>done</source>
        <translation>honoré</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>non venu</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>consultation on site</source>
        <translation>consultation sur place</translation>
    </message>
    <message>
        <source>help with research</source>
        <translation>aide à la recherche</translation>
    </message>
    <message>
        <source>collecting a loan</source>
        <translation>retrait d’un prêt</translation>
    </message>
    <message>
        <source>group visit</source>
        <translation>visite de groupe</translation>
    </message>
    <message>
        <source>Borrower deleted</source>
        <translation>Emprunteur supprimé</translation>
    </message>
    <message>
        <source>Anonymous visitor (%1)</source>
        <translation>Visiteur anonyme (%1)</translation>
    </message>
    <message>
        <source>Anonymous visitor (%1, %2)</source>
        <translation>Visiteur anonyme (%1, %2)</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>The appointment has no date</source>
        <translation>Le rendez-vous n’a pas de date</translation>
    </message>
    <message>
        <source>An appointment of %1 minutes is not offered (lengths: %2 minutes)</source>
        <translation>Un rendez-vous de %1 minutes n’est pas proposé (durées&#xa0;: %2 minutes)</translation>
    </message>
    <message>
        <source>The centre is closed on %1 (%2)</source>
        <translation>Le centre est fermé le %1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2 is already past</source>
        <translation>%1 à %2 est déjà passé</translation>
    </message>
    <message numerus="yes">
        <source>Appointments are booked %n opening day(s) ahead: the first day is %1</source>
        <translation>
            <numerusform>Les rendez-vous se prennent %n jour d’ouverture à l’avance&#xa0;: le premier jour possible est le %1</numerusform>
            <numerusform>Les rendez-vous se prennent %n jours d’ouverture à l’avance&#xa0;: le premier jour possible est le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 is outside the opening hours of %3 (%4)</source>
        <translation>%1–%2 est en dehors des horaires d’accueil du %3 (%4)</translation>
    </message>
    <message>
        <source>no appointment that day</source>
        <translation>pas de rendez-vous ce jour-là</translation>
    </message>
    <message>
        <source>%1–%2 overlaps another appointment (%3–%4)</source>
        <translation>%1–%2 chevauche un autre rendez-vous (%3–%4)</translation>
    </message>
    <message>
        <source>%1–%2 leaves less than %3 minutes after or before another appointment (%4–%5)</source>
        <translation>%1–%2 laisse moins de %3 minutes avant ou après un autre rendez-vous (%4–%5)</translation>
    </message>
    <message>
        <source>%1–%2 is taken</source>
        <translation>%1–%2 est déjà pris</translation>
    </message>
    <message>
        <source>Free slots are listed for a year at most</source>
        <translation>Les créneaux libres se listent sur un an au plus</translation>
    </message>
    <message>
        <source>No appointment %1</source>
        <translation>Aucun rendez-vous n° %1</translation>
    </message>
    <message>
        <source>A new appointment is requested or confirmed, not %1</source>
        <translation>Un nouveau rendez-vous est demandé ou confirmé, pas %1</translation>
    </message>
    <message>
        <source>No borrower has the card “%1”</source>
        <translation>Aucun emprunteur n’a la carte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A named visitor needs a name</source>
        <translation>Un visiteur nommé doit avoir un nom</translation>
    </message>
    <message>
        <source>“%1” is not a descriptor of the thesaurus</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un descripteur du thésaurus</translation>
    </message>
    <message>
        <source>The appointment of %1 has not taken place yet</source>
        <translation>Le rendez-vous du %1 n’a pas encore eu lieu</translation>
    </message>
    <message>
        <source>An appointment lasts from 5 to 600 minutes, inside one day</source>
        <translation>Un rendez-vous dure de 5 à 600 minutes, dans une même journée</translation>
    </message>
    <message>
        <source>visit of %1</source>
        <translation>visite du %1</translation>
    </message>
</context>
<context>
    <name>infodoc::core::AttachmentStore</name>
    <message>
        <source>Cannot store the file in %1.</source>
        <translation>Impossible d’enregistrer le fichier dans %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>There is no record number %1.</source>
        <translation>Il n’y a pas de notice numéro %1.</translation>
    </message>
    <message>
        <source>There is no attachment number %1.</source>
        <translation>Il n’y a pas de pièce jointe numéro %1.</translation>
    </message>
    <message>
        <source>There is no attached file number %1.</source>
        <translation>Il n’y a pas de fichier joint n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Cannot store the file: the disk holding %1 is full (the file needs %2, %3 are free). Free some space, or move the catalogue to a larger disk.</source>
        <translation>Impossible d’enregistrer le fichier&#xa0;: le disque qui contient %1 est plein (le fichier demande %2, il reste %3 de libre). Libérez de la place ou déplacez le catalogue sur un disque plus grand.</translation>
    </message>
    <message>
        <source>Cannot store the file in %1: %2</source>
        <translation>Impossible d’enregistrer le fichier dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>infodoc::core::AuthorityRepository</name>
    <message>
        <source>The name &quot;%1&quot; has no letters or digits.</source>
        <translation>Le nom « %1 » ne contient ni lettre ni chiffre.</translation>
    </message>
    <message>
        <source>There is no authority number %1.</source>
        <translation>Il n’y a pas d’autorité numéro %1.</translation>
    </message>
    <message>
        <source>Another authority is already named &quot;%1&quot;; merge the two instead.</source>
        <translation>Une autre autorité s’appelle déjà « %1 »&#xa0;; fusionnez plutôt les deux.</translation>
    </message>
    <message>
        <source>An authority cannot be merged with itself.</source>
        <translation>Une autorité ne peut pas être fusionnée avec elle-même.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::AutomaticBackups</name>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>elle ne peut pas être ouverte (%1)</translation>
    </message>
    <message>
        <source>it is not an Infodoc catalogue</source>
        <translation>ce n’est pas un catalogue Infodoc</translation>
    </message>
    <message>
        <source>its structure is damaged (%1)</source>
        <translation>sa structure est endommagée (%1)</translation>
    </message>
    <message>
        <source>it was written by a newer version of Infodoc</source>
        <translation>elle a été écrite par une version plus récente d’Infodoc</translation>
    </message>
    <message>
        <source>the attached file %1 is missing</source>
        <translation>le fichier joint %1 manque</translation>
    </message>
    <message>
        <source>the attached file %1 has been altered</source>
        <translation>le fichier joint %1 a été modifié</translation>
    </message>
    <message>
        <source>Choose the folder where the backups go.</source>
        <translation>Choisissez le dossier où vont les sauvegardes.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist.</source>
        <translation>Le dossier de sauvegarde %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The backups must not go into the catalogue&apos;s own folder: choose another drive or folder, so that they survive the loss of the catalogue&apos;s.</source>
        <translation>Les sauvegardes ne doivent pas aller dans le dossier même du catalogue&#xa0;: choisissez un autre disque ou dossier, pour qu’elles survivent à la perte de celui du catalogue.</translation>
    </message>
    <message>
        <source>Keep from 0 to 400 backups of each kind.</source>
        <translation>Gardez de 0 à 400 sauvegardes de chaque sorte.</translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation>Gardez au moins une sauvegarde.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be found: is the drive or the share connected?</source>
        <translation>Le dossier de sauvegarde %1 est introuvable&#xa0;: le disque ou le partage est-il branché&#xa0;?</translation>
    </message>
    <message>
        <source>it has been changed since it was checked</source>
        <translation>elle a été modifiée depuis sa vérification</translation>
    </message>
    <message>
        <source>it is not a database</source>
        <translation>ce n’est pas une base de données</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>le fichier %1 n’existe pas</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>No folder is set for the automatic backups.</source>
        <translation>Aucun dossier n’est choisi pour les sauvegardes automatiques.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be written to.</source>
        <translation>Le dossier de sauvegarde %1 n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot read the catalogue&apos;s attached files: %1</source>
        <translation>Impossible de lire les fichiers joints du catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup folder %1 is full: the backup needs %2, %3 are free.</source>
        <translation>Le dossier de sauvegarde %1 est plein&#xa0;: la sauvegarde demande %2, il reste %3.</translation>
    </message>
    <message>
        <source>Copying the catalogue</source>
        <translation>Copie du catalogue</translation>
    </message>
    <message>
        <source>Backup cancelled.</source>
        <translation>Sauvegarde annulée.</translation>
    </message>
    <message>
        <source>Cannot write the backup into %1: %2</source>
        <translation>Impossible d’écrire la sauvegarde dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Copying the attached files</source>
        <translation>Copie des fichiers joints</translation>
    </message>
    <message>
        <source>Cannot copy the attached file %1 into %2.</source>
        <translation>Impossible de copier le fichier joint %1 dans %2.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Vérification de la sauvegarde</translation>
    </message>
    <message>
        <source>The backup written into %1 failed its check: %2</source>
        <translation>La sauvegarde écrite dans %1 n’a pas passé la vérification&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup into %1.</source>
        <translation>Impossible d’écrire la sauvegarde dans %1.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Baskets</name>
    <message>
        <source>A basket needs a name.</source>
        <translation>Un panier doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a basket named &quot;%1&quot;.</source>
        <translation>Il existe déjà un panier nommé « %1 ».</translation>
    </message>
    <message>
        <source>There is no basket number %1.</source>
        <translation>Il n’existe pas de panier numéro %1.</translation>
    </message>
    <message>
        <source>There is no record number %1.</source>
        <translation>Il n’existe pas de notice numéro %1.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::BatchEdit</name>
    <message>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Place of publication</source>
        <translation>Lieu de publication</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature du document</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the thesaurus.</source>
        <translation>« %1 » n’est pas dans le thésaurus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known territory.</source>
        <translation>« %1 » n’est pas un territoire connu.</translation>
    </message>
    <message>
        <source>Give the keyword to add or remove.</source>
        <translation>Indiquez le mot-clé à ajouter ou à retirer.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be changed in a batch (fields: %2).</source>
        <translation>Le champ « %1 » ne peut pas être modifié par lot (champs&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Unknown document type &quot;%1&quot; (types: %2).</source>
        <translation>Type de document inconnu « %1 » (types&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé&#x202f;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::BibliographyBuilder</name>
    <message>
        <source>Call number: %1</source>
        <translation>Cote&#xa0;: %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>for consultation on site</source>
        <translation>consultation sur place</translation>
    </message>
    <message>
        <source>on loan</source>
        <translation>en prêt</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Other themes</source>
        <translation>Autres thèmes</translation>
    </message>
    <message>
        <source>No territory</source>
        <translation>Sans territoire</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::BibliographyWriter</name>
    <message>
        <source>Bibliography</source>
        <translation>Bibliographie</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n référence</numerusform>
            <numerusform>%n références</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infodoc::core::Bibtex</name>
    <message>
        <source>a @string has no name.</source>
        <translation>un @string n’a pas de nom.</translation>
    </message>
    <message>
        <source>the file ends inside the entry (a “%1” is missing).</source>
        <translation>le fichier s’arrête au milieu de l’entrée (il manque un «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>line %1: “%2” expected, “%3” found.</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» attendu, «&#xa0;%3&#xa0;» trouvé.</translation>
    </message>
    <message>
        <source>the brace opened on line %1 is never closed.</source>
        <translation>l’accolade ouverte ligne %1 n’est jamais fermée.</translation>
    </message>
    <message>
        <source>the quotation mark opened on line %1 is never closed.</source>
        <translation>le guillemet ouvert ligne %1 n’est jamais fermé.</translation>
    </message>
    <message>
        <source>the file ends where a value is expected.</source>
        <translation>le fichier s’arrête là où une valeur est attendue.</translation>
    </message>
    <message>
        <source>line %1: a value is expected, “%2” found.</source>
        <translation>ligne %1&#xa0;: une valeur est attendue, «&#xa0;%2&#xa0;» trouvé.</translation>
    </message>
    <message>
        <source>line %1: the macro “%2” is not defined (no @string gives it): it is left out.</source>
        <translation>ligne %1&#xa0;: la macro «&#xa0;%2&#xa0;» n’est pas définie (aucun @string ne la donne)&#xa0;: elle est laissée de côté.</translation>
    </message>
    <message>
        <source>the file ends inside the entry “%1”.</source>
        <translation>le fichier s’arrête au milieu de l’entrée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>line %1: a field name is expected, “%2” found.</source>
        <translation>ligne %1&#xa0;: un nom de champ est attendu, «&#xa0;%2&#xa0;» trouvé.</translation>
    </message>
    <message>
        <source>line %1: “,” or the end of the entry expected after the field “%2”, “%3” found.</source>
        <translation>ligne %1&#xa0;: «&#xa0;,&#xa0;» ou la fin de l’entrée attendue après le champ «&#xa0;%2&#xa0;», «&#xa0;%3&#xa0;» trouvé.</translation>
    </message>
    <message>
        <source>The year “%1” holds no year of four digits: it is left out.</source>
        <translation>L’année «&#xa0;%1&#xa0;» ne contient pas d’année à quatre chiffres&#xa0;: elle est laissée de côté.</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Chapitre %1</translation>
    </message>
    <message>
        <source>Master’s dissertation</source>
        <translation>Mémoire de master</translation>
    </message>
    <message>
        <source>Doctoral thesis</source>
        <translation>Thèse de doctorat</translation>
    </message>
    <message>
        <source>“%1” is not a valid ISBN: it is left out.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ISBN valide&#xa0;: il est laissé de côté.</translation>
    </message>
    <message>
        <source>“%1” is not a valid ISSN: it is left out.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ISSN valide&#xa0;: il est laissé de côté.</translation>
    </message>
    <message>
        <source>The language “%1” is not known: it is left out.</source>
        <translation>La langue «&#xa0;%1&#xa0;» n’est pas connue&#xa0;: elle est laissée de côté.</translation>
    </message>
    <message>
        <source>The entry “%1” referred to by crossref is not in the file.</source>
        <translation>L’entrée «&#xa0;%1&#xa0;» désignée par crossref n’est pas dans le fichier.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was read.</source>
        <translation>Annulé&#xa0;: rien n’a été lu.</translation>
    </message>
    <message>
        <source>%1 holds no BibTeX entry.</source>
        <translation>%1 ne contient aucune entrée BibTeX.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::BorrowerImport</name>
    <message>
        <source>Name (whole)</source>
        <translation>Nom (complet)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Forename</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB: not a list of borrowers.</source>
        <translation>%1 dépasse 64 Mo&#xa0;: ce n’est pas une liste de lecteurs.</translation>
    </message>
    <message>
        <source>%1: the mapping names the column “%2”, which the first line does not have (columns: %3).</source>
        <translation>%1&#xa0;: la correspondance nomme la colonne «&#xa0;%2&#xa0;», que la première ligne n’a pas (colonnes&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1: the column “%2” goes to “%3”, which is not a field of a borrower.</source>
        <translation>%1&#xa0;: la colonne «&#xa0;%2&#xa0;» va dans «&#xa0;%3&#xa0;», qui n’est pas un champ de lecteur.</translation>
    </message>
    <message>
        <source>%1: say which column holds the card number and which the name (columns: %2).</source>
        <translation>%1&#xa0;: indiquez quelle colonne porte le numéro de carte et laquelle le nom (colonnes&#xa0;: %2).</translation>
    </message>
    <message>
        <source>There is no category of borrowers yet: create one first.</source>
        <translation>Il n’y a encore aucune catégorie de lecteurs&#xa0;: créez-en une d’abord.</translation>
    </message>
    <message>
        <source>%1: the category “%2” is not one of the centre&apos;s (%3).</source>
        <translation>%1&#xa0;: la catégorie «&#xa0;%2&#xa0;» n’est pas une de celles du centre (%3).</translation>
    </message>
    <message>
        <source>the card %1 is also on line %2 of this file.</source>
        <translation>la carte %1 figure aussi ligne %2 de ce fichier.</translation>
    </message>
    <message>
        <source>may already be a borrower (same e-mail, or nearly the same name and structure): left as it is.</source>
        <translation>est peut-être déjà lecteur (même courriel, ou presque le même nom et la même structure)&#xa0;: laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 has a first line and no borrower below it.</source>
        <translation>%1 a une première ligne et aucun lecteur en dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 cannot be imported as they are (line %2: %3); nothing was imported.</source>
        <translation>
            <numerusform>%n ligne de %1 ne peut pas être importée telle quelle (ligne %2&#xa0;: %3)&#xa0;; rien n’a été importé.</numerusform>
            <numerusform>%n lignes de %1 ne peuvent pas être importées telles quelles (ligne %2&#xa0;: %3)&#xa0;; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1: %2 Nothing was imported.</source>
        <translation>ligne %1&#xa0;: %2 Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé&#xa0;: rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::BorrowerJson</name>
    <message>
        <source>Unknown field &quot;%1&quot; (the fields are: %2).</source>
        <translation>Champ inconnu « %1 » (les champs sont&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be text.</source>
        <translation>Le champ « %1 » doit être du texte.</translation>
    </message>
    <message>
        <source>Unknown structure type &quot;%1&quot; (one of: %2).</source>
        <translation>Type de structure inconnu « %1 » (parmi&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Unknown borrower category &quot;%1&quot; (one of: %2).</source>
        <translation>Catégorie d’emprunteur inconnue « %1 » (parmi&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Borrowers</name>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Intercommunality</source>
        <translation>Intercommunalité</translation>
    </message>
    <message>
        <source>State service</source>
        <translation>Service de l’État</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Social landlord</source>
        <translation>Bailleur social</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement scolaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>A borrower needs a name.</source>
        <translation>Un emprunteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>A borrower needs a card number.</source>
        <translation>Un emprunteur doit avoir un numéro de carte.</translation>
    </message>
    <message>
        <source>The card number &quot;%1&quot; must be one word of at most 64 characters.</source>
        <translation>Le numéro de carte « %1 » doit être un seul mot de 64 caractères au plus.</translation>
    </message>
    <message>
        <source>A borrower needs a category.</source>
        <translation>Un emprunteur doit avoir une catégorie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>« %1 » n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>The card number %1 is already another borrower&apos;s.</source>
        <translation>Le numéro de carte %1 est déjà celui d’un autre emprunteur.</translation>
    </message>
    <message>
        <source>The card number %1 is the barcode of a copy of record %2: a scan could not tell them apart.</source>
        <translation>Le numéro de carte %1 est le code-barres d’un exemplaire de la notice %2&#xa0;: une lecture au scanner ne pourrait pas les distinguer.</translation>
    </message>
    <message>
        <source>There is no borrower category number %1.</source>
        <translation>Il n’y a pas de catégorie d’emprunteur numéro %1.</translation>
    </message>
    <message>
        <source>There is no borrower number %1.</source>
        <translation>Il n’y a pas d’emprunteur numéro %1.</translation>
    </message>
    <message numerus="yes">
        <source>This borrower still has %n item(s) on loan: return them first.</source>
        <translation>
            <numerusform>Cet emprunteur a encore %n document en prêt&#xa0;: faites-le rendre d’abord.</numerusform>
            <numerusform>Cet emprunteur a encore %n documents en prêt&#xa0;: faites-les rendre d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>A loan period is from 1 to 365 days (not %1).</source>
        <translation>Une durée de prêt va de 1 à 365 jours (pas %1).</translation>
    </message>
    <message>
        <source>The most items at once is from 1 to 100 (not %1).</source>
        <translation>Le nombre maximal de documents à la fois va de 1 à 100 (pas %1).</translation>
    </message>
    <message>
        <source>The most renewals is from 0 to 20 (not %1).</source>
        <translation>Le nombre maximal de prolongations va de 0 à 20 (pas %1).</translation>
    </message>
    <message>
        <source>Two rules are given for the same document type &quot;%1&quot;.</source>
        <translation>Deux règles sont données pour le même type de document « %1 ».</translation>
    </message>
    <message>
        <source>A category needs a rule for every document type (the general rule).</source>
        <translation>Une catégorie doit avoir une règle pour tous les types de documents (la règle générale).</translation>
    </message>
    <message>
        <source>A category needs a code and a name.</source>
        <translation>Une catégorie doit avoir un code et un nom.</translation>
    </message>
    <message>
        <source>There is already a category &quot;%1&quot;.</source>
        <translation>Il y a déjà une catégorie « %1 ».</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Calendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l’an</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>invalid date</source>
        <translation>date invalide</translation>
    </message>
    <message>
        <source>closure</source>
        <translation>fermeture</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it YYYY-MM-DD (for example 2027-03-15).</source>
        <translation>« %1 » n’est pas une date&#xa0;: écrivez-la AAAA-MM-JJ (par exemple 2027-03-15).</translation>
    </message>
    <message>
        <source>A closure needs a first and a last day.</source>
        <translation>Une fermeture doit avoir un premier et un dernier jour.</translation>
    </message>
    <message>
        <source>The closure ends (%1) before it starts (%2).</source>
        <translation>La fermeture finit (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>A closure cannot last more than a year.</source>
        <translation>Une fermeture ne peut pas durer plus d’un an.</translation>
    </message>
    <message>
        <source>There is no closure number %1.</source>
        <translation>Il n’y a pas de fermeture numéro %1.</translation>
    </message>
    <message>
        <source>A weekday is a number from 1 (Monday) to 7 (Sunday).</source>
        <translation>Un jour de la semaine est un nombre de 1 (lundi) à 7 (dimanche).</translation>
    </message>
    <message>
        <source>The centre must open at least one day a week.</source>
        <translation>Le centre doit ouvrir au moins un jour par semaine.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::CentreSettings</name>
    <message>
        <source>The logo is not a PNG or JPEG image.</source>
        <translation>Le logo n’est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (use #RRGGBB).</source>
        <translation>« %1 » n’est pas une couleur (utilisez #RRVVBB).</translation>
    </message>
</context>
<context>
    <name>infodoc::core::ChangeJournal</name>
    <message>
        <source>The change journal is damaged: change %1 names &quot;%2&quot; &quot;%3&quot;, which this version does not know.</source>
        <translation>Le journal des modifications est endommagé&#xa0;: la modification %1 indique « %2 » « %3 », que cette version ne connaît pas.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Circulation</name>
    <message>
        <source>A ready hold waits from 1 to 60 opening days.</source>
        <translation>Une réservation disponible attend de 1 à 60 jours d’ouverture.</translation>
    </message>
    <message>
        <source>There are from 1 to 5 reminder levels.</source>
        <translation>Il y a de 1 à 5 niveaux de relance.</translation>
    </message>
    <message>
        <source>The reminder delays must grow from one level to the next (%1).</source>
        <translation>Les délais de relance doivent croître d’un niveau au suivant (%1).</translation>
    </message>
    <message>
        <source>A returned loan keeps its borrower from 1 to 36 months.</source>
        <translation>Un prêt rendu garde son emprunteur de 1 à 36 mois.</translation>
    </message>
    <message>
        <source>An inactive borrower is kept from 1 to 60 months.</source>
        <translation>Un emprunteur inactif est gardé de 1 à 60 mois.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>ready to collect</source>
        <translation>disponible à retirer</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>Unknown copy: no copy has the barcode %1.</source>
        <translation>Exemplaire inconnu&#xa0;: aucun exemplaire n’a le code-barres %1.</translation>
    </message>
    <message>
        <source>Refused: the copy %1 (%2) is withdrawn.</source>
        <translation>Refusé&#xa0;: l’exemplaire %1 (%2) est retiré des collections.</translation>
    </message>
    <message>
        <source>Refused: the copy %1 (%2) is marked lost; change its status in the record once found.</source>
        <translation>Refusé&#xa0;: l’exemplaire %1 (%2) est déclaré perdu&#xa0;; changez son statut dans la notice une fois retrouvé.</translation>
    </message>
    <message>
        <source>Refused: the copy %1 (%2) is for reference only.</source>
        <translation>Refusé&#xa0;: l’exemplaire %1 (%2) est en consultation sur place.</translation>
    </message>
    <message>
        <source>Unknown borrower number %1.</source>
        <translation>Emprunteur numéro %1 inconnu.</translation>
    </message>
    <message>
        <source>Already on loan to this borrower since %1, due %2 (renew it instead).</source>
        <translation>Déjà prêté à cet emprunteur depuis le %1, retour le %2 (prolongez-le plutôt).</translation>
    </message>
    <message>
        <source>Already on loan: %1 has had &quot;%2&quot; since %3.</source>
        <translation>Déjà prêté&#xa0;: %1 a « %2 » depuis le %3.</translation>
    </message>
    <message>
        <source>another borrower</source>
        <translation>un autre emprunteur</translation>
    </message>
    <message>
        <source>The borrower&apos;s category no longer exists.</source>
        <translation>La catégorie de l’emprunteur n’existe plus.</translation>
    </message>
    <message>
        <source>Refused: &quot;%1&quot; is consulted on site only (%2).</source>
        <translation>Refusé&#xa0;: « %1 » se consulte sur place uniquement (%2).</translation>
    </message>
    <message>
        <source>Refused: limit reached, %1 already has %2 item(s) out (at most %3).</source>
        <translation>Refusé&#xa0;: limite atteinte, %1 a déjà %2 document(s) en prêt (%3 au plus).</translation>
    </message>
    <message>
        <source>Refused: limit reached for this type of document, %1 already has %2 out (at most %3).</source>
        <translation>Refusé&#xa0;: limite atteinte pour ce type de document, %1 en a déjà %2 en prêt (%3 au plus).</translation>
    </message>
    <message>
        <source>Refused: held for %1 until %2.</source>
        <translation>Refusé&#xa0;: réservé pour %1 jusqu’au %2.</translation>
    </message>
    <message>
        <source>Already on loan: another desk has just lent this copy.</source>
        <translation>Déjà prêté&#xa0;: un autre poste vient de prêter cet exemplaire.</translation>
    </message>
    <message>
        <source>The copy %1 (%2) is not on loan.</source>
        <translation>L’exemplaire %1 (%2) n’est pas en prêt.</translation>
    </message>
    <message>
        <source>The return date %1 is before the loan date %2.</source>
        <translation>La date de retour %1 est antérieure à la date du prêt %2.</translation>
    </message>
    <message>
        <source>This loan has no borrower any more.</source>
        <translation>Ce prêt n’a plus d’emprunteur.</translation>
    </message>
    <message>
        <source>Refused: &quot;%1&quot; has been renewed %2 time(s), the most allowed (%3).</source>
        <translation>Refusé&#xa0;: « %1 » a été prolongé %2 fois, le maximum permis (%3).</translation>
    </message>
    <message>
        <source>Refused: %1 is waiting for &quot;%2&quot; (a hold).</source>
        <translation>Refusé&#xa0;: %1 attend « %2 » (une réservation).</translation>
    </message>
    <message>
        <source>The date %1 is before the loan date %2.</source>
        <translation>La date %1 est antérieure à la date du prêt %2.</translation>
    </message>
    <message>
        <source>The loan of &quot;%1&quot; has changed since: it cannot be undone.</source>
        <translation>Le prêt de « %1 » a changé depuis&#xa0;: il ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>The return of &quot;%1&quot; has changed since: it cannot be undone.</source>
        <translation>Le retour de « %1 » a changé depuis&#xa0;: il ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been lent again since: the return cannot be undone.</source>
        <translation>« %1 » a été prêté de nouveau depuis&#xa0;: le retour ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>The loan of &quot;%1&quot; has changed since: the renewal cannot be undone.</source>
        <translation>Le prêt de « %1 » a changé depuis&#xa0;: la prolongation ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Refused: &quot;%1&quot; is consulted on site only.</source>
        <translation>Refusé&#xa0;: « %1 » se consulte sur place uniquement.</translation>
    </message>
    <message>
        <source>Refused: the category %1 cannot place holds.</source>
        <translation>Refusé&#xa0;: la catégorie %1 ne peut pas réserver.</translation>
    </message>
    <message>
        <source>%1 already holds &quot;%2&quot;.</source>
        <translation>%1 a déjà réservé « %2 ».</translation>
    </message>
    <message>
        <source>%1 already has &quot;%2&quot; on loan.</source>
        <translation>%1 a déjà « %2 » en prêt.</translation>
    </message>
    <message>
        <source>There is no record number %1.</source>
        <translation>Il n’y a pas de notice numéro %1.</translation>
    </message>
    <message>
        <source>Refused: the copy %1 cannot be lent (%2).</source>
        <translation>Refusé&#xa0;: l’exemplaire %1 ne peut pas être prêté (%2).</translation>
    </message>
    <message>
        <source>There is no hold number %1.</source>
        <translation>Il n’y a pas de réservation numéro %1.</translation>
    </message>
    <message>
        <source>The hold number %1 is already %2.</source>
        <translation>La réservation numéro %1 est déjà %2.</translation>
    </message>
    <message>
        <source>Refused: the copy %1 (%2) is set aside for the %3.</source>
        <translation>Refusé&#xa0;: l’exemplaire %1 (%2) est mis de côté pour la %3.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::ClaimLetters</name>
    <message>
        <source>no. %1, expected on %2%3</source>
        <translation>n° %1, attendu le %2%3</translation>
    </message>
    <message>
        <source> (already claimed on %1)</source>
        <translation> (déjà réclamé le %1)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>“%1” (ISSN %2)</source>
        <translation>« %1 » (ISSN %2)</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Le %1</translation>
    </message>
    <message>
        <source>Claim: issues of %1 not received</source>
        <translation>Réclamation : numéros de %1 non reçus</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Madame, Monsieur,</translation>
    </message>
    <message>
        <source>Subscribers to %1, we have not received the following issues:</source>
        <translation>Abonnés à %1, nous n’avons pas reçu les numéros suivants :</translation>
    </message>
    <message>
        <source>We would be grateful if you could send them to us, or tell us if their publication has been delayed.</source>
        <translation>Nous vous serions reconnaissants de bien vouloir nous les faire parvenir, ou de nous indiquer si leur parution a été retardée.</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.</translation>
    </message>
    <message>
        <source>No issue is late: there is nothing to claim</source>
        <translation>Aucun numéro n’est en retard : il n’y a rien à réclamer</translation>
    </message>
    <message>
        <source>A claim letter is written as .pdf or .odt, not “%1”</source>
        <translation>Une lettre de réclamation s’écrit en .pdf ou .odt, pas « %1 »</translation>
    </message>
    <message>
        <source>Claim letters</source>
        <translation>Lettres de réclamation</translation>
    </message>
</context>
<context>
    <name>infodoc::core::CslJson</name>
    <message>
        <source>“%1” is not a valid ISBN: it is left out.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ISBN valide&#xa0;: il est laissé de côté.</translation>
    </message>
    <message>
        <source>“%1” is not a valid ISSN: it is left out.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ISSN valide&#xa0;: il est laissé de côté.</translation>
    </message>
    <message>
        <source>The language “%1” is not known: it is left out.</source>
        <translation>La langue «&#xa0;%1&#xa0;» n’est pas connue&#xa0;: elle est laissée de côté.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: this is not JSON (%4).</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: ce n’est pas du JSON (%4).</translation>
    </message>
    <message>
        <source>the item is not a JSON object (CSL-JSON holds one object per reference).</source>
        <translation>l’élément n’est pas un objet JSON (le CSL-JSON contient un objet par référence).</translation>
    </message>
    <message>
        <source>%1 holds no CSL-JSON item.</source>
        <translation>%1 ne contient aucun élément CSL-JSON.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Csv</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Authors (persons)</source>
        <translation>Auteurs (personnes)</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Éditeurs scientifiques</translation>
    </message>
    <message>
        <source>Authors (organisations)</source>
        <translation>Auteurs (collectivités)</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Place of publication</source>
        <translation>Lieu d’édition</translation>
    </message>
    <message>
        <source>Date or year</source>
        <translation>Date ou année</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Number in the series</source>
        <translation>Numéro dans la collection</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation>ISSN</translation>
    </message>
    <message>
        <source>Extent (pages)</source>
        <translation>Importance (pages)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Subjects (matched to the thesaurus)</source>
        <translation>Descripteurs (rapprochés du thésaurus)</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Journal or book it is part of</source>
        <translation>Revue ou ouvrage dont il fait partie</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Pages in the whole</source>
        <translation>Pages dans l’ensemble</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Copy barcodes</source>
        <translation>Codes-barres des exemplaires</translation>
    </message>
    <message>
        <source>Copy location</source>
        <translation>Localisation des exemplaires</translation>
    </message>
    <message>
        <source>Identifier in the file</source>
        <translation>Identifiant dans le fichier</translation>
    </message>
    <message>
        <source>%1 is not a column mapping (JSON expected: %2).</source>
        <translation>%1 n’est pas une correspondance de colonnes (JSON attendu&#xa0;: %2).</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>%1 is not a column mapping of Infodoc.</source>
        <translation>%1 n’est pas une correspondance de colonnes d’Infodoc.</translation>
    </message>
    <message>
        <source>%1: the delimiter “%2” is not one character.</source>
        <translation>%1&#xa0;: le séparateur «&#xa0;%2&#xa0;» n’est pas un seul caractère.</translation>
    </message>
    <message>
        <source>%1: the column “%2” goes to “%3”, which is not a field of a record.</source>
        <translation>%1&#xa0;: la colonne «&#xa0;%2&#xa0;» va dans «&#xa0;%3&#xa0;», qui n’est pas un champ de notice.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a column mapping.</source>
        <translation>%1 est trop gros pour une correspondance de colonnes.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, line %2: more than %3 columns; is the delimiter right?</source>
        <translation>%1, ligne %2&#xa0;: plus de %3 colonnes&#xa0;; le séparateur est-il le bon&#xa0;?</translation>
    </message>
    <message>
        <source>%1, line %2: a cell of more than %3 characters (a quotation mark never closed?).</source>
        <translation>%1, ligne %2&#xa0;: une cellule de plus de %3 caractères (un guillemet jamais fermé&#xa0;?).</translation>
    </message>
    <message>
        <source>Cancelled: nothing was read.</source>
        <translation>Annulé&#xa0;: rien n’a été lu.</translation>
    </message>
    <message>
        <source>%1, line %2: the quotation mark opened here is never closed.</source>
        <translation>%1, ligne %2&#xa0;: le guillemet ouvert ici n’est jamais fermé.</translation>
    </message>
    <message>
        <source>%1 holds no line: there is nothing to import.</source>
        <translation>%1 ne contient aucune ligne&#xa0;: il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>%1: the mapping names the column “%2”, which the first line does not have (columns: %3).</source>
        <translation>%1&#xa0;: la correspondance nomme la colonne «&#xa0;%2&#xa0;», que la première ligne n’a pas (colonnes&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1: no column goes to a field of the record (columns: %2); choose the mapping.</source>
        <translation>%1&#xa0;: aucune colonne ne va dans un champ de la notice (colonnes&#xa0;: %2)&#xa0;; choisissez la correspondance.</translation>
    </message>
    <message>
        <source>the row has %1 cells and the first line %2 columns: the cells beyond are left out.</source>
        <translation>la ligne a %1 cellules et la première ligne %2 colonnes&#xa0;: les cellules en trop sont laissées de côté.</translation>
    </message>
    <message>
        <source>“%1” is not a date: it is left out.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: elle est laissée de côté.</translation>
    </message>
    <message>
        <source>“%1” is not a valid ISBN: it is left out.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ISBN valide&#xa0;: il est laissé de côté.</translation>
    </message>
    <message>
        <source>“%1” is not a valid ISSN: it is left out.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ISSN valide&#xa0;: il est laissé de côté.</translation>
    </message>
    <message>
        <source>The language “%1” is not known: it is left out.</source>
        <translation>La langue «&#xa0;%1&#xa0;» n’est pas connue&#xa0;: elle est laissée de côté.</translation>
    </message>
    <message>
        <source>“%1” is not a document type of the catalogue: the record is a book, and “%1” its nature.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de document du catalogue&#xa0;: la notice est un ouvrage, et «&#xa0;%1&#xa0;» sa nature.</translation>
    </message>
    <message>
        <source>%1 has a first line and no row below it: there is nothing to import.</source>
        <translation>%1 a une première ligne et aucune ligne en dessous&#xa0;: il n’y a rien à importer.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Database</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>There is no catalogue at %1 (create one with &quot;infodoc-cli init&quot;).</source>
        <translation>Il n’y a pas de catalogue à l’emplacement %1 (créez-en un avec « infodoc-cli init »).</translation>
    </message>
    <message>
        <source>Cannot create a catalogue in %1: the folder is read-only.</source>
        <translation>Impossible de créer un catalogue dans %1&#xa0;: le dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a catalogue file.</source>
        <translation>%1 est un dossier, pas un fichier de catalogue.</translation>
    </message>
    <message>
        <source>%1 is not an Infodoc catalogue (it is not an SQLite database).</source>
        <translation>%1 n’est pas un catalogue Infodoc (ce n’est pas une base SQLite).</translation>
    </message>
    <message>
        <source>%1 is on a network drive (%2). A catalogue shared by several workstations must use the multi-workstation (database server) mode; keep a single-workstation catalogue on a local disk.</source>
        <translation>%1 se trouve sur un lecteur réseau (%2). Un catalogue partagé entre plusieurs postes doit utiliser le mode multiposte (serveur de base de données)&#xa0;; gardez un catalogue monoposte sur un disque local.</translation>
    </message>
    <message>
        <source>%1 is not a readable catalogue: %2</source>
        <translation>%1 n’est pas un catalogue lisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Infodoc catalogue.</source>
        <translation>%1 est une base SQLite d’un autre logiciel, pas un catalogue Infodoc.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Infodoc (catalogue version %2, this program knows up to %3). Update Infodoc to open it; the file was not changed.</source>
        <translation>%1 a été écrit par une version plus récente d’Infodoc (catalogue en version %2, ce logiciel connaît jusqu’à la version %3). Mettez Infodoc à jour pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>No catalogue file was given.</source>
        <translation>Aucun fichier de catalogue n’a été indiqué.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: the catalogue cannot use write-ahead logging.</source>
        <translation>Impossible d’ouvrir %1&#xa0;: le catalogue ne peut pas utiliser la journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older version of Infodoc (catalogue version %2, this program reads version %3): copy it to a folder where you can write to open it.</source>
        <translation>%1 est en lecture seule et a été écrit par une version plus ancienne d’Infodoc (catalogue en version %2, ce programme lit la version %3)&#xa0;: copiez-le dans un dossier où vous pouvez écrire pour l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::DemoGenerator</name>
    <message>
        <source>The catalogue has no thesaurus or territories to build the demo from.</source>
        <translation>Le catalogue n’a ni thésaurus ni territoires pour construire la démonstration.</translation>
    </message>
    <message>
        <source>The number of records cannot be negative.</source>
        <translation>Le nombre de notices ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Demo record %1: %2</source>
        <translation>Notice de démonstration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled; no demo record was written.</source>
        <translation>Annulé&#xa0;; aucune notice de démonstration n’a été écrite.</translation>
    </message>
    <message>
        <source>Demo borrower %1: %2</source>
        <translation>Emprunteur d’exemple %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Demo loan of %1: %2</source>
        <translation>Prêt d’exemple de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>infodoc::core::DeskSession</name>
    <message numerus="yes">
        <source>%1: %n item(s) on loan</source>
        <translation>
            <numerusform>%1&#xa0;: %n document en prêt</numerusform>
            <numerusform>%1&#xa0;: %n documents en prêt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n late</source>
        <translation>
            <numerusform>, %n en retard</numerusform>
            <numerusform>, %n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown card or copy: nothing has the code %1.</source>
        <translation>Carte ou exemplaire inconnu&#xa0;: rien n’a le code %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is not on loan: scan a borrower&apos;s card first to lend it.</source>
        <translation>« %1 » (%2) n’est pas en prêt&#xa0;: lisez d’abord la carte d’un emprunteur pour le prêter.</translation>
    </message>
    <message>
        <source>Lent: %1 (%2) to %3, due %4.</source>
        <translation>Prêté&#xa0;: %1 (%2) à %3, retour le %4.</translation>
    </message>
    <message>
        <source>Returned: %1 (%2).</source>
        <translation>Rendu&#xa0;: %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late.</source>
        <translation>
            <numerusform>%n jour de retard.</numerusform>
            <numerusform>%n jours de retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set it aside for %1 (hold, to collect by %2).</source>
        <translation>À mettre de côté pour %1 (réservation, à retirer avant le %2).</translation>
    </message>
    <message>
        <source>Renewed: %1 (%2), now due %3.</source>
        <translation>Prolongé&#xa0;: %1 (%2), retour le %3.</translation>
    </message>
    <message>
        <source>Marked lost: %1 (%2).</source>
        <translation>Déclaré perdu&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Loan of %1 undone.</source>
        <translation>Prêt de « %1 » annulé.</translation>
    </message>
    <message>
        <source>Return of %1 undone: it is on loan again.</source>
        <translation>Retour de « %1 » annulé&#xa0;: il est de nouveau en prêt.</translation>
    </message>
    <message>
        <source>Renewal of %1 undone.</source>
        <translation>Prolongation de « %1 » annulée.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::DocumentFile</name>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Impossible d’écrire %1&#xa0;: le dossier %2 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 as OpenDocument text.</source>
        <translation>Impossible d’écrire %1 au format texte OpenDocument.</translation>
    </message>
    <message>
        <source>%1: this list is written as .pdf, .html or .txt.</source>
        <translation>%1&#xa0;: cette liste s’enregistre en .pdf, .html ou .txt.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::DublinCore</name>
    <message>
        <source>“%1” is not a date: it is left out.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: elle est laissée de côté.</translation>
    </message>
    <message>
        <source>“%1” is not a valid ISBN: it is left out.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ISBN valide&#xa0;: il est laissé de côté.</translation>
    </message>
    <message>
        <source>“%1” is not a valid ISSN: it is left out.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ISSN valide&#xa0;: il est laissé de côté.</translation>
    </message>
    <message>
        <source>The language “%1” is not known: it is left out.</source>
        <translation>La langue «&#xa0;%1&#xa0;» n’est pas connue&#xa0;: elle est laissée de côté.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the file declares a document type; it is refused, since its entities could read other files.</source>
        <translation>le fichier déclare un type de document&#xa0;; il est refusé, car ses entités pourraient lire d’autres fichiers.</translation>
    </message>
    <message>
        <source>the entity “%1” is not XML’s own; it is not read.</source>
        <translation>l’entité «&#xa0;%1&#xa0;» n’est pas une entité de XML&#xa0;; elle n’est pas lue.</translation>
    </message>
    <message>
        <source>the repository answers with an error (%1): %2</source>
        <translation>l’entrepôt répond par une erreur (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>a Dublin Core record inside another.</source>
        <translation>une notice Dublin Core dans une autre.</translation>
    </message>
    <message>
        <source>the repository marks the record %1 as deleted.</source>
        <translation>l’entrepôt marque la notice %1 comme supprimée.</translation>
    </message>
    <message>
        <source>%1 holds no Dublin Core record (oai_dc:dc).</source>
        <translation>%1 ne contient aucune notice Dublin Core (oai_dc:dc).</translation>
    </message>
</context>
<context>
    <name>infodoc::core::DuplicateFinder</name>
    <message>
        <source>Record n° %1 is no longer in the catalogue.</source>
        <translation>La notice n° %1 n’est plus dans le catalogue.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::ExchangePackage</name>
    <message>
        <source>There is no record to put in the package.</source>
        <translation>Il n’y a aucune notice à mettre dans le paquet.</translation>
    </message>
    <message>
        <source>Cannot write %1: its folder does not exist.</source>
        <translation>Impossible d’écrire %1&#xa0;: son dossier n’existe pas.</translation>
    </message>
    <message>
        <source>The file %1 of record %2 cannot be read: %3</source>
        <translation>Le fichier %1 de la notice %2 ne peut pas être lu&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds “%2”, which is not a file of an exchange package: it is refused.</source>
        <translation>%1 contient «&#xa0;%2&#xa0;», qui n’est pas un fichier de paquet d’échange&#xa0;: il est refusé.</translation>
    </message>
    <message>
        <source>%1 is not an exchange package: %2</source>
        <translation>%1 n’est pas un paquet d’échange&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: its manifest is not that of an exchange package.</source>
        <translation>%1&#xa0;: son manifeste n’est pas celui d’un paquet d’échange.</translation>
    </message>
    <message>
        <source>%1: the package is of version %2, which this Infodoc does not read.</source>
        <translation>%1&#xa0;: le paquet est en version %2, que cet Infodoc ne lit pas.</translation>
    </message>
    <message>
        <source>%1: the manifest lists “%2”, which is not a file of a package.</source>
        <translation>%1&#xa0;: le manifeste cite «&#xa0;%2&#xa0;», qui n’est pas un fichier de paquet.</translation>
    </message>
    <message>
        <source>%1 would take more than %2 GiB once unpacked: it is refused.</source>
        <translation>%1 occuperait plus de %2 Gio une fois décompressé&#xa0;: il est refusé.</translation>
    </message>
    <message>
        <source>%1 holds %2, which its manifest does not list: the package was changed.</source>
        <translation>%1 contient %2, que son manifeste ne cite pas&#xa0;: le paquet a été modifié.</translation>
    </message>
    <message>
        <source>%1: %2 is listed in the manifest but missing.</source>
        <translation>%1&#xa0;: %2 est cité dans le manifeste mais absent.</translation>
    </message>
    <message>
        <source>%1: %2 is not the file the manifest describes (its size or its SHA-256 differs).</source>
        <translation>%1&#xa0;: %2 n’est pas le fichier que décrit le manifeste (sa taille ou son SHA-256 diffère).</translation>
    </message>
    <message>
        <source>Cancelled: nothing was read.</source>
        <translation>Annulé&#xa0;: rien n’a été lu.</translation>
    </message>
    <message>
        <source>%1 has no records.json.</source>
        <translation>%1 n’a pas de records.json.</translation>
    </message>
    <message>
        <source>%1: records.json is not JSON (%2).</source>
        <translation>%1&#xa0;: records.json n’est pas du JSON (%2).</translation>
    </message>
    <message>
        <source>%1: the manifest does not name the centre the package comes from.</source>
        <translation>%1&#xa0;: le manifeste ne nomme pas le centre d’où vient le paquet.</translation>
    </message>
    <message>
        <source>the record has no number at its centre (provenance.id).</source>
        <translation>la notice n’a pas de numéro dans son centre (provenance.id).</translation>
    </message>
    <message>
        <source>The file “%1” is not in the package: it is left out.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’est pas dans le paquet&#xa0;: il est laissé de côté.</translation>
    </message>
    <message>
        <source>%1 holds no record.</source>
        <translation>%1 ne contient aucune notice.</translation>
    </message>
    <message>
        <source>%1: the file %2 is not the one its name says.</source>
        <translation>%1&#xa0;: le fichier %2 n’est pas celui que dit son nom.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::ExperienceSheets</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Record %1 (&quot;%2&quot;) is a %3, not an experience sheet.</source>
        <translation>La notice %1 (« %2 ») est de type « %3 », pas une fiche d’expérience.</translation>
    </message>
    <message>
        <source>%1 – ongoing</source>
        <translation>%1 – en cours</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>fin&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Exporter</name>
    <message>
        <source>Cancelled: nothing was exported.</source>
        <translation>Annulé&#xa0;: rien n’a été exporté.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This format is not one to encode here.</source>
        <translation>Ce format ne s’encode pas ici.</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>son dossier n’existe pas</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>An XLSX workbook or an exchange package is written to a file only.</source>
        <translation>Un classeur XLSX ou un paquet d’échange ne s’écrit que dans un fichier.</translation>
    </message>
    <message>
        <source>Name the centre first (File › The centre&apos;s identity): a package says where its records come from.</source>
        <translation>Nommez d’abord le centre (Fichier › Identité du centre)&#xa0;: un paquet dit d’où viennent ses notices.</translation>
    </message>
    <message>
        <source>A static repository needs the address it will be published at and an e-mail address (the centre&apos;s identity).</source>
        <translation>Un entrepôt statique a besoin de l’adresse où il sera publié et d’une adresse électronique (l’identité du centre).</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Extraction</name>
    <message numerus="yes">
        <source>Text extracted, %n page(s)</source>
        <translation>
            <numerusform>Texte extrait, %n page</numerusform>
            <numerusform>Texte extrait, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>No text layer (scanned document)</source>
        <translation>Pas de couche texte (document numérisé)</translation>
    </message>
    <message>
        <source>Encrypted: the text cannot be read</source>
        <translation>Chiffré&#xa0;: le texte ne peut pas être lu</translation>
    </message>
    <message>
        <source>Damaged file</source>
        <translation>Fichier endommagé</translation>
    </message>
    <message>
        <source>Extraction took too long and was stopped</source>
        <translation>L’extraction a pris trop de temps et a été arrêtée</translation>
    </message>
    <message>
        <source>File type not supported for full-text search</source>
        <translation>Type de fichier non pris en charge par la recherche en texte intégral</translation>
    </message>
    <message>
        <source>Extraction failed</source>
        <translation>L’extraction a échoué</translation>
    </message>
    <message numerus="yes">
        <source>Text recognised by OCR, %n page(s)</source>
        <translation>
            <numerusform>Texte reconnu par OCR, %n page</numerusform>
            <numerusform>Texte reconnu par OCR, %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infodoc::core::ExtractionPool</name>
    <message>
        <source>The text extractor stopped while reading this file; the file is probably malformed.</source>
        <translation>L’extracteur de texte s’est arrêté en lisant ce fichier&#xa0;; le fichier est probablement mal formé.</translation>
    </message>
    <message>
        <source>The text extractor %1 cannot be started.</source>
        <translation>L’extracteur de texte %1 ne peut pas être lancé.</translation>
    </message>
    <message>
        <source>Reading the text took more than %1 s; the file was skipped.</source>
        <translation>La lecture du texte a pris plus de %1 s&#xa0;; le fichier a été ignoré.</translation>
    </message>
    <message>
        <source>The text extractor gave a broken answer for this file; the file is probably malformed.</source>
        <translation>L’extracteur de texte a donné une réponse invalide pour ce fichier&#xa0;; le fichier est probablement malformé.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::ICalendar</name>
    <message>
        <source>%1 is not an iCalendar file (it holds binary data)</source>
        <translation>%1 n’est pas un fichier iCalendar (il contient des données binaires)</translation>
    </message>
    <message>
        <source>%1, line %2: not an iCalendar line (NAME:value)</source>
        <translation>%1, ligne %2&#xa0;: ce n’est pas une ligne iCalendar (NOM:valeur)</translation>
    </message>
    <message>
        <source>%1, line %2: an iCalendar file begins with BEGIN:VCALENDAR</source>
        <translation>%1, ligne %2&#xa0;: un fichier iCalendar commence par BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>%1, line %2: components nested too deep</source>
        <translation>%1, ligne %2&#xa0;: composants imbriqués trop profondément</translation>
    </message>
    <message>
        <source>%1, line %2: END:%3 does not close %4</source>
        <translation>%1, ligne %2&#xa0;: END:%3 ne ferme pas %4</translation>
    </message>
    <message>
        <source>any component</source>
        <translation>un composant ouvert</translation>
    </message>
    <message>
        <source>%1 begun line %2</source>
        <translation>%1 ouvert ligne %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1, line %2: the file ends inside %3 begun on that line</source>
        <translation>%1, ligne %2&#xa0;: le fichier se termine à l’intérieur du %3 ouvert à cette ligne</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>ce n’est pas une date et une heure</translation>
    </message>
    <message>
        <source>unknown time zone “%1” (no VTIMEZONE for it in the file)</source>
        <translation>fuseau horaire inconnu «&#xa0;%1&#xa0;» (aucun VTIMEZONE pour lui dans le fichier)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not a calendar to import</source>
        <translation>%1 dépasse %2 Mo&#xa0;: ce n’est pas un agenda à importer</translation>
    </message>
    <message>
        <source>%1 holds more than %2 events</source>
        <translation>%1 contient plus de %2 événements</translation>
    </message>
    <message>
        <source>%1, line 1: libical could not read the file</source>
        <translation>%1, ligne 1&#xa0;: libical n’a pas pu lire le fichier</translation>
    </message>
    <message>
        <source>%1, line %2: the event has no start (DTSTART)</source>
        <translation>%1, ligne %2&#xa0;: l’événement n’a pas de début (DTSTART)</translation>
    </message>
    <message>
        <source>%1, line %2: the event ends before it starts</source>
        <translation>%1, ligne %2&#xa0;: l’événement finit avant de commencer</translation>
    </message>
    <message>
        <source>%1, line %2: the repetition rule cannot be read</source>
        <translation>%1, ligne %2&#xa0;: la règle de répétition est illisible</translation>
    </message>
    <message>
        <source>%1, line %2: the repetition gives too many occurrences</source>
        <translation>%1, ligne %2&#xa0;: la répétition donne trop d’occurrences</translation>
    </message>
    <message>
        <source>%1 gives more than %2 events</source>
        <translation>%1 donne plus de %2 événements</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Importer</name>
    <message>
        <source>record %1</source>
        <translation>notice %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not a file to import.</source>
        <translation>%1 dépasse %2 Mo&#xa0;: ce n’est pas un fichier à importer.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the record has neither a UNIMARC title (200) nor a MARC21 title (245).</source>
        <translation>la notice n’a ni titre UNIMARC (200) ni titre MARC21 (245).</translation>
    </message>
    <message>
        <source>the barcode %1 is already a copy of record n° %2.</source>
        <translation>le code-barres %1 est déjà celui d’un exemplaire de la notice n° %2.</translation>
    </message>
    <message>
        <source>the barcode %1 is also given in record %2 of this file.</source>
        <translation>le code-barres %1 figure aussi dans la notice %2 de ce fichier.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé&#xa0;: rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of %1 cannot be imported as they are (%2); nothing was imported. Correct the file, or import only the valid records.</source>
        <translation>
            <numerusform>%n notice de %1 ne peut pas être importée telle quelle (%2)&#xa0;; rien n’a été importé. Corrigez le fichier, ou n’importez que les notices valides.</numerusform>
            <numerusform>%n notices de %1 ne peuvent pas être importées telles quelles (%2)&#xa0;; rien n’a été importé. Corrigez le fichier, ou n’importez que les notices valides.</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidate descriptor, from the import of %1: to be placed.</source>
        <translation>Descripteur candidat, issu de l’import de %1&#xa0;: à placer dans l’arborescence.</translation>
    </message>
    <message>
        <source>The descriptor “%1” cannot be added: %2</source>
        <translation>Le descripteur «&#xa0;%1&#xa0;» ne peut pas être ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Rien n’a été importé.</translation>
    </message>
    <message>
        <source>the barcode %1 is already a copy of record n° %2: merge or replace that record rather than import this one as new.</source>
        <translation>le code-barres %1 est déjà celui d’un exemplaire de la notice n° %2&#xa0;: fusionnez ou remplacez cette notice plutôt que d’importer celle-ci comme nouvelle.</translation>
    </message>
    <message>
        <source>%1: the format is not recognised (MARC in ISO 2709 or MARCXML, RIS, BibTeX, CSL-JSON, Dublin Core, CSV); say which it is.</source>
        <translation>%1&#xa0;: le format n’est pas reconnu (MARC en ISO 2709 ou MARCXML, RIS, BibTeX, CSL-JSON, Dublin Core, CSV)&#xa0;; indiquez lequel c’est.</translation>
    </message>
    <message numerus="yes">
        <source>There is no record %1 in %2 (%n record(s)).</source>
        <translation>
            <numerusform>Il n’y a pas de notice %1 dans %2 (%n notice).</numerusform>
            <numerusform>Il n’y a pas de notice %1 dans %2 (%n notices).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: an exchange package is read from its file.</source>
        <translation>%1&#xa0;: un paquet d’échange se lit depuis son fichier.</translation>
    </message>
    <message>
        <source>Record n° %1 was edited here since it came from %2 on %3: it is kept as it is unless you choose to replace it.</source>
        <translation>La notice n° %1 a été modifiée ici depuis son arrivée de %2 le %3&#xa0;: elle est gardée telle quelle, sauf si vous choisissez de la remplacer.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::IndexSync</name>
    <message>
        <source>Indexing was stopped.</source>
        <translation>L’indexation a été arrêtée.</translation>
    </message>
    <message>
        <source>Indexing records</source>
        <translation>Indexation des notices</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tesseract language name (such as fra).</source>
        <translation>« %1 » n’est pas un nom de langue de Tesseract (comme fra).</translation>
    </message>
    <message>
        <source>the index had taken in %1 changes, the catalogue has %2 (an older catalogue or a backup put back)</source>
        <translation>l’index avait pris en compte %1 modifications, le catalogue en a %2 (un catalogue plus ancien ou une sauvegarde remise en place)</translation>
    </message>
    <message>
        <source>the catalogue&apos;s change %1 is not the one the index took in (another catalogue or a backup put back)</source>
        <translation>la modification %1 du catalogue n’est pas celle que l’index a prise en compte (un autre catalogue ou une sauvegarde remise en place)</translation>
    </message>
    <message>
        <source>the index has documents but no position in the catalogue&apos;s changes</source>
        <translation>l’index contient des documents mais aucune position dans les modifications du catalogue</translation>
    </message>
    <message>
        <source>The search index was rebuilt: %1.</source>
        <translation>L’index de recherche a été reconstruit&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The search index was repaired: %n record(s) added to it</source>
        <translation>
            <numerusform>L’index de recherche a été réparé&#xa0;: %n notice y a été ajoutée</numerusform>
            <numerusform>L’index de recherche a été réparé&#xa0;: %n notices y ont été ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n record(s) no longer in the catalogue removed from it.</source>
        <translation>
            <numerusform>, %n notice qui n’est plus au catalogue en a été retirée.</numerusform>
            <numerusform>, %n notices qui ne sont plus au catalogue en ont été retirées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infodoc::core::Labels</name>
    <message>
        <source>Unknown label layout &quot;%1&quot;: one of %2, or COLUMNSxROWS:WIDTHxHEIGHT@TOP,LEFT[,GAPX,GAPY] in millimetres (for example 3x8:70x36@4.5,0).</source>
        <translation>Planche d’étiquettes inconnue « %1 »&#xa0;: parmi %2, ou COLONNESxLIGNES:LARGEURxHAUTEUR@HAUT,GAUCHE[,ÉCARTX,ÉCARTY] en millimètres (par exemple 3x8:70x36@4.5,0).</translation>
    </message>
    <message>
        <source>The label layout &quot;%1&quot; does not fit on an A4 sheet (210 × 297 mm) or its labels are too small (at least 10 × 8 mm).</source>
        <translation>La planche « %1 » ne tient pas sur une feuille A4 (210 × 297 mm) ou ses étiquettes sont trop petites (au moins 10 × 8 mm).</translation>
    </message>
    <message>
        <source>Unknown barcode &quot;%1&quot;: code128 or code39.</source>
        <translation>Code-barres inconnu « %1 »&#xa0;: code128 ou code39.</translation>
    </message>
    <message>
        <source>Unknown copy: no copy has the barcode %1.</source>
        <translation>Exemplaire inconnu&#xa0;: aucun exemplaire n’a le code-barres %1.</translation>
    </message>
    <message>
        <source>Label %1: the barcode &quot;%2&quot; cannot be drawn (%3).</source>
        <translation>Étiquette %1&#xa0;: le code-barres « %2 » ne peut pas être dessiné (%3).</translation>
    </message>
    <message>
        <source>There is no label to print.</source>
        <translation>Il n’y a aucune étiquette à imprimer.</translation>
    </message>
    <message>
        <source>The first label is a position from 1 to %1 on this sheet (not %2).</source>
        <translation>La première étiquette est une position de 1 à %1 sur cette planche (pas %2).</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>A label layout needs a name (without &quot;=&quot;): %1</source>
        <translation>Une planche d’étiquettes doit avoir un nom (sans «&#xa0;=&#xa0;»)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Two label layouts are named &quot;%1&quot;.</source>
        <translation>Deux planches d’étiquettes s’appellent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Label layout &quot;%1&quot;: %2</source>
        <translation>Planche d’étiquettes «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>infodoc::core::LocalFields</name>
    <message>
        <source>Notes (“label: value”)</source>
        <translation>Notes («&#xa0;libellé&#xa0;: valeur&#xa0;»)</translation>
    </message>
    <message>
        <source>Subjects (matched to the thesaurus)</source>
        <translation>Descripteurs (rapprochés du thésaurus)</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Territories (matched to the territories)</source>
        <translation>Territoires (rapprochés des territoires)</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Nature of the document</source>
        <translation>Nature du document</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Non repris</translation>
    </message>
    <message>
        <source>Decimal index</source>
        <translation>Indexation décimale</translation>
    </message>
    <message>
        <source>Article identifier</source>
        <translation>Identifiant d’article</translation>
    </message>
    <message>
        <source>Copy %1, %2</source>
        <translation>Exemplaire %1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=TARGET (target: notes, subjects, keywords, territories, audience, genre, url, ignore).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme CHAMP=DESTINATION (destination&#xa0;: notes, subjects, keywords, territories, audience, genre, url, ignore).</translation>
    </message>
    <message>
        <source>“%1”: a copy&apos;s field goes to the notes or is left out.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: un champ d’exemplaire va dans les notes ou n’est pas repris.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Maintenance</name>
    <message>
        <source>Cannot copy the attached file %1 to %2.</source>
        <translation>Impossible de copier le fichier joint %1 vers %2.</translation>
    </message>
    <message>
        <source>Database structure: %1</source>
        <translation>Structure de la base&#xa0;: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2: refers to a missing row of %3.</source>
        <translation>Table %1, ligne %2&#xa0;: renvoie à une ligne absente de %3.</translation>
    </message>
    <message>
        <source>Attached file %1 is missing.</source>
        <translation>Le fichier joint %1 est manquant.</translation>
    </message>
    <message>
        <source>Attached file %1 has been altered.</source>
        <translation>Le fichier joint %1 a été modifié.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>La sauvegarde %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The backup and the catalogue are the same file.</source>
        <translation>La sauvegarde et le catalogue sont le même fichier.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 next to the catalogue.</source>
        <translation>Impossible de copier la sauvegarde %1 à côté du catalogue.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>La sauvegarde %1 ne peut pas être restaurée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>La sauvegarde %1 est endommagée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The catalogue %1 is open in another window or program; close it first.</source>
        <translation>Le catalogue %1 est ouvert dans une autre fenêtre ou un autre logiciel&#xa0;; fermez-le d’abord.</translation>
    </message>
    <message>
        <source>Cannot replace the catalogue %1.</source>
        <translation>Impossible de remplacer le catalogue %1.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::MarcCodec</name>
    <message>
        <source>%1 is larger than %2 MB: not a file to import.</source>
        <translation>%1 dépasse %2 Mo&#xa0;: ce n’est pas un fichier à importer.</translation>
    </message>
    <message>
        <source>the file ends inside this record (byte %1): it is cut short.</source>
        <translation>le fichier s’arrête au milieu de cette notice (octet %1)&#xa0;: elle est tronquée.</translation>
    </message>
    <message>
        <source>byte %1: this is not the start of a MARC record (no record length).</source>
        <translation>octet %1&#xa0;: ce n’est pas le début d’une notice MARC (pas de longueur de notice).</translation>
    </message>
    <message>
        <source>byte %1: the record is longer than the 99,999 bytes of ISO 2709.</source>
        <translation>octet %1&#xa0;: la notice dépasse les 99 999 octets de l’ISO 2709.</translation>
    </message>
    <message>
        <source>byte %1: the record’s directory cannot be read.</source>
        <translation>octet %1&#xa0;: le répertoire de la notice est illisible.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was read.</source>
        <translation>Annulé&#xa0;: rien n’a été lu.</translation>
    </message>
    <message>
        <source>byte %1: the record cannot be decoded.</source>
        <translation>octet %1&#xa0;: la notice ne peut pas être décodée.</translation>
    </message>
    <message>
        <source>byte %1: the record holds characters that are not text.</source>
        <translation>octet %1&#xa0;: la notice contient des caractères qui ne sont pas du texte.</translation>
    </message>
    <message>
        <source>%1 holds no MARC record.</source>
        <translation>%1 ne contient aucune notice MARC.</translation>
    </message>
    <message>
        <source>Record %1 cannot be written as MARCXML.</source>
        <translation>La notice %1 ne peut pas être écrite en MARCXML.</translation>
    </message>
    <message>
        <source>Record %1 is longer than the 99,999 bytes of ISO 2709; export it as MARCXML.</source>
        <translation>La notice %1 dépasse les 99 999 octets de l’ISO 2709&#xa0;; exportez-la en MARCXML.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the file declares a document type; it is refused, since its entities could read other files.</source>
        <translation>le fichier déclare un type de document&#xa0;; il est refusé, car ses entités pourraient lire d’autres fichiers.</translation>
    </message>
    <message>
        <source>the entity “%1” is not XML’s own; it is not read.</source>
        <translation>l’entité «&#xa0;%1&#xa0;» n’est pas une entité de XML&#xa0;; elle n’est pas lue.</translation>
    </message>
    <message>
        <source>a record inside a record.</source>
        <translation>une notice dans une notice.</translation>
    </message>
    <message>
        <source>line %1: a control field has the tag “%2”.</source>
        <translation>ligne %1&#xa0;: une zone de contrôle a l’étiquette «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>line %1: a data field has the tag “%2”.</source>
        <translation>ligne %1&#xa0;: une zone de données a l’étiquette «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>line %1: field %2 has a subfield without a one-letter code.</source>
        <translation>ligne %1&#xa0;: la zone %2 a une sous-zone sans code d’une lettre.</translation>
    </message>
    <message>
        <source>the record has no field.</source>
        <translation>la notice n’a aucune zone.</translation>
    </message>
    <message>
        <source>the XML is not well formed (%1).</source>
        <translation>le XML est mal formé (%1).</translation>
    </message>
    <message>
        <source>%1 holds no MARCXML record.</source>
        <translation>%1 ne contient aucune notice MARCXML.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::MarcMapping</name>
    <message>
        <source>The ISBN “%1” is not valid: it is kept in the notes.</source>
        <translation>L’ISBN «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: il est gardé dans les notes.</translation>
    </message>
    <message>
        <source>ISBN as given: %1</source>
        <translation>ISBN tel que donné&#xa0;: %1</translation>
    </message>
    <message>
        <source>The ISSN “%1” is not valid: it is left out.</source>
        <translation>L’ISSN «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: il n’est pas repris.</translation>
    </message>
    <message>
        <source>A copy has no barcode: it is not imported (its call number is kept).</source>
        <translation>Un exemplaire n’a pas de code-barres&#xa0;: il n’est pas importé (sa cote est gardée).</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Messages</name>
    <message>
        <source>Cannot attach the file</source>
        <translation>Impossible de joindre le fichier</translation>
    </message>
    <message>
        <source>Cannot remove the attachment</source>
        <translation>Impossible de retirer la pièce jointe</translation>
    </message>
    <message>
        <source>Cannot read the authorities</source>
        <translation>Impossible de lire les autorités</translation>
    </message>
    <message>
        <source>Cannot save the authority</source>
        <translation>Impossible d’enregistrer l’autorité</translation>
    </message>
    <message>
        <source>Cannot merge the authorities</source>
        <translation>Impossible de fusionner les autorités</translation>
    </message>
    <message>
        <source>Cannot read the record</source>
        <translation>Impossible de lire la notice</translation>
    </message>
    <message>
        <source>Cannot save the record</source>
        <translation>Impossible d’enregistrer la notice</translation>
    </message>
    <message>
        <source>Cannot record the change</source>
        <translation>Impossible de consigner la modification</translation>
    </message>
    <message>
        <source>Cannot save the territory</source>
        <translation>Impossible d’enregistrer le territoire</translation>
    </message>
    <message>
        <source>Cannot save the thesaurus</source>
        <translation>Impossible d’enregistrer le thésaurus</translation>
    </message>
    <message>
        <source>Cannot read the catalogue</source>
        <translation>Impossible de lire le catalogue</translation>
    </message>
    <message>
        <source>Cannot open the catalogue</source>
        <translation>Impossible d’ouvrir le catalogue</translation>
    </message>
    <message>
        <source>Cannot create the catalogue</source>
        <translation>Impossible de créer le catalogue</translation>
    </message>
    <message>
        <source>Cannot check the catalogue</source>
        <translation>Impossible de vérifier le catalogue</translation>
    </message>
    <message>
        <source>Cannot write the backup</source>
        <translation>Impossible d’écrire la sauvegarde</translation>
    </message>
    <message>
        <source>Cannot update the catalogue</source>
        <translation>Impossible de mettre à jour le catalogue</translation>
    </message>
    <message>
        <source>Cannot update the catalogue to version %1: %2</source>
        <translation>Impossible de mettre à jour le catalogue en version %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the catalogue is busy in another window or program</source>
        <translation>le catalogue est occupé dans une autre fenêtre ou un autre logiciel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot start writing to the catalogue</source>
        <translation>Impossible de commencer l’écriture dans le catalogue</translation>
    </message>
    <message>
        <source>Cannot save the changes</source>
        <translation>Impossible d’enregistrer les modifications</translation>
    </message>
    <message>
        <source>Cannot save the extracted text</source>
        <translation>Impossible d’enregistrer le texte extrait</translation>
    </message>
    <message>
        <source>Cannot read the baskets</source>
        <translation>Impossible de lire les paniers</translation>
    </message>
    <message>
        <source>Cannot save the basket</source>
        <translation>Impossible d’enregistrer le panier</translation>
    </message>
    <message>
        <source>Cannot read the centre&apos;s settings</source>
        <translation>Impossible de lire les réglages du centre</translation>
    </message>
    <message>
        <source>Cannot save the centre&apos;s settings</source>
        <translation>Impossible d’enregistrer les réglages du centre</translation>
    </message>
    <message>
        <source>Cannot save the template of experience sheets</source>
        <translation>Impossible d’enregistrer le modèle des fiches d’expériences</translation>
    </message>
    <message>
        <source>Cannot read the template of experience sheets</source>
        <translation>Impossible de lire le modèle des fiches d’expériences</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>Impossible d’enregistrer la recherche</translation>
    </message>
    <message>
        <source>Cannot save the visitor mode</source>
        <translation>Impossible d’enregistrer le mode visiteur</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>Impossible d’enregistrer les réglages</translation>
    </message>
    <message>
        <source>Cannot read the change journal</source>
        <translation>Impossible de lire le journal des modifications</translation>
    </message>
    <message>
        <source>Cannot list the records</source>
        <translation>Impossible de lister les notices</translation>
    </message>
    <message>
        <source>Cannot read the thesaurus</source>
        <translation>Impossible de lire le thésaurus</translation>
    </message>
    <message>
        <source>Cannot read the borrowers</source>
        <translation>Impossible de lire les emprunteurs</translation>
    </message>
    <message>
        <source>Cannot save the borrower</source>
        <translation>Impossible d’enregistrer l’emprunteur</translation>
    </message>
    <message>
        <source>Cannot save the loan rules</source>
        <translation>Impossible d’enregistrer les règles de prêt</translation>
    </message>
    <message>
        <source>Cannot read the centre&apos;s calendar</source>
        <translation>Impossible de lire le calendrier du centre</translation>
    </message>
    <message>
        <source>Cannot save the centre&apos;s calendar</source>
        <translation>Impossible d’enregistrer le calendrier du centre</translation>
    </message>
    <message>
        <source>Cannot read the loans</source>
        <translation>Impossible de lire les prêts</translation>
    </message>
    <message>
        <source>Cannot record the loan</source>
        <translation>Impossible d’enregistrer le prêt</translation>
    </message>
    <message>
        <source>Cannot record the hold</source>
        <translation>Impossible d’enregistrer la réservation</translation>
    </message>
    <message>
        <source>Cannot read or save the circulation settings</source>
        <translation>Impossible de lire ou d’enregistrer les réglages des prêts</translation>
    </message>
    <message>
        <source>Cannot update the monthly circulation totals</source>
        <translation>Impossible de mettre à jour les totaux mensuels des prêts</translation>
    </message>
    <message>
        <source>Cannot read the borrowers&apos; data</source>
        <translation>Impossible de lire les données des emprunteurs</translation>
    </message>
    <message>
        <source>Cannot apply the retention rules</source>
        <translation>Impossible d’appliquer les durées de conservation</translation>
    </message>
    <message>
        <source>Cannot erase the borrower</source>
        <translation>Impossible d’effacer l’emprunteur</translation>
    </message>
    <message>
        <source>Cannot read the late loans</source>
        <translation>Impossible de lire les prêts en retard</translation>
    </message>
    <message>
        <source>Cannot record the reminders</source>
        <translation>Impossible d’enregistrer les relances</translation>
    </message>
    <message>
        <source>Cannot read or save the wording of the reminders</source>
        <translation>Impossible de lire ou d’enregistrer le texte des relances</translation>
    </message>
    <message>
        <source>Cannot read the copies to label</source>
        <translation>Impossible de lire les exemplaires à étiqueter</translation>
    </message>
    <message>
        <source>Cannot read the appointments</source>
        <translation>Impossible de lire les rendez-vous</translation>
    </message>
    <message>
        <source>Cannot save the appointment</source>
        <translation>Impossible d’enregistrer le rendez-vous</translation>
    </message>
    <message>
        <source>Cannot update the monthly totals of visits</source>
        <translation>Impossible de mettre à jour les totaux mensuels des visites</translation>
    </message>
    <message>
        <source>Cannot read the opening hours</source>
        <translation>Impossible de lire les horaires d’accueil</translation>
    </message>
    <message>
        <source>Cannot save the opening hours</source>
        <translation>Impossible d’enregistrer les horaires d’accueil</translation>
    </message>
    <message>
        <source>Cannot read the copies set aside</source>
        <translation>Impossible de lire les exemplaires mis de côté</translation>
    </message>
    <message>
        <source>Cannot set the copy aside</source>
        <translation>Impossible de mettre l’exemplaire de côté</translation>
    </message>
    <message>
        <source>Cannot read the visitors&apos; data</source>
        <translation>Impossible de lire les données des visiteurs</translation>
    </message>
    <message>
        <source>Cannot forget the visitors</source>
        <translation>Impossible d’oublier les visiteurs</translation>
    </message>
    <message>
        <source>Cannot read the selection of the visit</source>
        <translation>Impossible de lire la sélection de la visite</translation>
    </message>
    <message>
        <source>Cannot save the selection of the visit</source>
        <translation>Impossible d’enregistrer la sélection de la visite</translation>
    </message>
    <message>
        <source>Cannot read the selection</source>
        <translation>Impossible de lire la sélection</translation>
    </message>
    <message>
        <source>Cannot save the selection</source>
        <translation>Impossible d’enregistrer la sélection</translation>
    </message>
    <message>
        <source>Cannot read the saved searches</source>
        <translation>Impossible de lire les recherches enregistrées</translation>
    </message>
    <message>
        <source>Cannot read where the record came from</source>
        <translation>Impossible de lire la provenance de la notice</translation>
    </message>
    <message>
        <source>Cannot keep where the record came from</source>
        <translation>Impossible d’enregistrer la provenance de la notice</translation>
    </message>
    <message>
        <source>Cannot read the requesters&apos; data</source>
        <translation>Impossible de lire les données des demandeurs</translation>
    </message>
    <message>
        <source>Cannot forget the requesters</source>
        <translation>Impossible d’oublier les demandeurs</translation>
    </message>
    <message>
        <source>Cannot read the requests</source>
        <translation>Impossible de lire les demandes</translation>
    </message>
    <message>
        <source>Cannot save the request</source>
        <translation>Impossible d’enregistrer la demande</translation>
    </message>
    <message>
        <source>Cannot read or write the list of staff</source>
        <translation>Impossible de lire ou d’écrire la liste du personnel</translation>
    </message>
    <message>
        <source>Cannot update the monthly totals of Info-Doc</source>
        <translation>Impossible de mettre à jour les totaux mensuels d’Info-Doc</translation>
    </message>
    <message>
        <source>Cannot read the periodicals</source>
        <translation>Impossible de lire les périodiques</translation>
    </message>
    <message>
        <source>Cannot save the periodical</source>
        <translation>Impossible d’enregistrer le périodique</translation>
    </message>
    <message>
        <source>Cannot read the activity figures</source>
        <translation>Impossible de lire les chiffres d’activité</translation>
    </message>
    <message>
        <source>Cannot read or write the report&apos;s introduction</source>
        <translation>Impossible de lire ou d’écrire l’introduction du rapport</translation>
    </message>
    <message>
        <source>Cannot count the documents produced</source>
        <translation>Impossible de compter les documents produits</translation>
    </message>
    <message>
        <source>Cannot read the automatic backups</source>
        <translation>Impossible de lire les sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Cannot read the attached file</source>
        <translation>Impossible de lire le fichier joint</translation>
    </message>
    <message>
        <source>Cannot read the territories</source>
        <translation>Impossible de lire les territoires</translation>
    </message>
    <message>
        <source>Cannot read the vocabularies</source>
        <translation>Impossible de lire les vocabulaires</translation>
    </message>
    <message>
        <source>Cannot read the visitor mode</source>
        <translation>Impossible de lire l’état du mode visiteur</translation>
    </message>
    <message>
        <source>the catalogue is open read-only, nothing can be changed in it (copy it to a folder where you can write to change it)</source>
        <translation>le catalogue est ouvert en lecture seule, rien ne peut y être modifié (copiez-le dans un dossier où vous pouvez écrire pour le modifier)</translation>
    </message>
    <message>
        <source>The catalogue %1 is open read-only: nothing can be changed in it. Copy it to a folder where you can write to change it.</source>
        <translation>Le catalogue %1 est ouvert en lecture seule&#xa0;: rien ne peut y être modifié. Copiez-le dans un dossier où vous pouvez écrire pour le modifier.</translation>
    </message>
    <message>
        <source>the disk reported a read or write error (disk I/O error): check the disk or the USB key; what was saved before is kept</source>
        <translation>le disque a signalé une erreur de lecture ou d’écriture (erreur d’entrée-sortie)&#xa0;: vérifiez le disque ou la clé USB&#xa0;; ce qui était enregistré avant est conservé</translation>
    </message>
</context>
<context>
    <name>infodoc::core::NewCatalogue</name>
    <message>
        <source>Choose where the catalogue goes.</source>
        <translation>Choisissez où va le catalogue.</translation>
    </message>
    <message>
        <source>%1 exists already: open it, or choose another name.</source>
        <translation>%1 existe déjà&#xa0;: ouvrez-le, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Give the centre&apos;s name: it heads the documents Infodoc prints.</source>
        <translation>Donnez le nom du centre&#xa0;: il figure en tête des documents qu’imprime Infodoc.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Demonstration resource centre</source>
        <translation>Centre de ressources de démonstration</translation>
    </message>
    <message>
        <source>1 place de la République
95000 Cergy</source>
        <translation>1 place de la République
95000 Cergy</translation>
    </message>
</context>
<context>
    <name>infodoc::core::OpeningHours</name>
    <message>
        <source>“%1” is not a time range (9:30-12:30)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une plage horaire (9:30-12:30)</translation>
    </message>
    <message>
        <source>“%1” ends before it starts</source>
        <translation>«&#xa0;%1&#xa0;» finit avant de commencer</translation>
    </message>
    <message>
        <source>The ranges %1 and %2 overlap</source>
        <translation>Les plages %1 et %2 se chevauchent</translation>
    </message>
    <message>
        <source>Offer at least one appointment length</source>
        <translation>Proposez au moins une durée de rendez-vous</translation>
    </message>
    <message>
        <source>An appointment lasts from 5 to 600 minutes, not %1</source>
        <translation>Un rendez-vous dure de 5 à 600 minutes, pas %1</translation>
    </message>
    <message>
        <source>The buffer between two appointments is from 0 to 240 minutes</source>
        <translation>L’intervalle entre deux rendez-vous est de 0 à 240 minutes</translation>
    </message>
    <message>
        <source>From 1 to 20 appointments can run at the same moment</source>
        <translation>De 1 à 20 rendez-vous peuvent avoir lieu en même temps</translation>
    </message>
    <message>
        <source>The lead time is from 0 to 60 opening days</source>
        <translation>Le délai de prévenance est de 0 à 60 jours d’ouverture</translation>
    </message>
    <message>
        <source>The step between two proposed starts is from 5 to 240 minutes</source>
        <translation>L’écart entre deux débuts proposés est de 5 à 240 minutes</translation>
    </message>
    <message>
        <source>No weekday has opening hours</source>
        <translation>Aucun jour n’a d’horaires d’accueil</translation>
    </message>
    <message>
        <source>The opening hours of the catalogue are damaged (%1): %2</source>
        <translation>Les horaires d’accueil du catalogue sont abîmés (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>infodoc::core::PdfDocument</name>
    <message>
        <source>%1 cannot be read as a PDF file.</source>
        <translation>%1 ne peut pas être lu comme un fichier PDF.</translation>
    </message>
    <message>
        <source>%1 is protected by a password.</source>
        <translation>%1 est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation>%1 n’a aucune page.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Periodicals</name>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Fortnightly</source>
        <translation>Bimensuel</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Bimestriel</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Semestriel</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>Irrégulier</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 n° %2</translation>
    </message>
    <message>
        <source>A periodical needs its title</source>
        <translation>Un périodique doit avoir son titre</translation>
    </message>
    <message>
        <source>“%1” comes out %2: give the day its first issue is expected</source>
        <translation>« %1 » a une périodicité (%2) : indiquez le jour où son premier numéro est attendu</translation>
    </message>
    <message>
        <source>An issue number is 0 or more, not %1</source>
        <translation>Un numéro vaut 0 ou plus, pas %1</translation>
    </message>
    <message>
        <source>The days of grace before an issue is late are 0 to 365, not %1</source>
        <translation>Les jours de tolérance avant qu’un numéro soit en retard vont de 0 à 365, pas %1</translation>
    </message>
    <message>
        <source>A periodical with this title or ISSN is already there (n° %1)</source>
        <translation>Un périodique de ce titre ou de cet ISSN existe déjà (n° %1)</translation>
    </message>
    <message>
        <source>No periodical %1</source>
        <translation>Aucun périodique n° %1</translation>
    </message>
    <message>
        <source>No issue of “%1” is expected</source>
        <translation>Aucun numéro de « %1 » n’est attendu</translation>
    </message>
    <message>
        <source>“%1” is numbered from %2: there is no issue %3</source>
        <translation>« %1 » est numéroté à partir de %2 : il n’y a pas de numéro %3</translation>
    </message>
    <message>
        <source>A print run or a mailing count is 0 or more</source>
        <translation>Un tirage ou un nombre d’envois vaut 0 ou plus</translation>
    </message>
    <message>
        <source>%1 was received on %2 already</source>
        <translation>%1 a déjà été reçu le %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid EAN-13: its check digit is wrong (scan it again)</source>
        <translation>« %1 » n’est pas un EAN-13 valide : sa clé est fausse (scannez-le à nouveau)</translation>
    </message>
    <message>
        <source>“%1” is neither a periodical&apos;s barcode (977…) nor an ISSN</source>
        <translation>« %1 » n’est ni le code-barres d’un périodique (977…) ni un ISSN</translation>
    </message>
    <message>
        <source>No periodical has the ISSN %1 (scanned “%2”)</source>
        <translation>Aucun périodique n’a l’ISSN %1 (« %2 » scanné)</translation>
    </message>
    <message>
        <source>No issue of “%1” ending in %2 is waiting</source>
        <translation>Aucun numéro de « %1 » finissant par %2 n’est attendu</translation>
    </message>
    <message>
        <source>No periodical issue %1</source>
        <translation>Aucun numéro de périodique n° %1</translation>
    </message>
    <message>
        <source>The periodical: “%1” must be text</source>
        <translation>Le périodique : « %1 » doit être du texte</translation>
    </message>
    <message>
        <source>The periodical: “%1” must be a whole number</source>
        <translation>Le périodique : « %1 » doit être un nombre entier</translation>
    </message>
    <message>
        <source>The periodical: “%1” must be true or false</source>
        <translation>Le périodique : « %1 » doit être true ou false</translation>
    </message>
    <message>
        <source>Unknown field(s) in the periodical: %1</source>
        <translation>Champ(s) inconnu(s) dans le périodique : %1</translation>
    </message>
    <message>
        <source>Unknown frequency “%1” (%2)</source>
        <translation>Périodicité inconnue « %1 » (%2)</translation>
    </message>
    <message>
        <source>“firstExpected” is a date such as 2027-01-05</source>
        <translation>« firstExpected » est une date comme 2027-01-05</translation>
    </message>
</context>
<context>
    <name>infodoc::core::PersonalData</name>
    <message>
        <source>The retention rules need a valid date.</source>
        <translation>Les durées de conservation demandent une date valide.</translation>
    </message>
    <message>
        <source>There is no borrower number %1.</source>
        <translation>Il n’y a pas d’emprunteur numéro %1.</translation>
    </message>
    <message>
        <source>Personal data held about %1</source>
        <translation>Données personnelles conservées sur %1</translation>
    </message>
    <message>
        <source>Exported on %1 at the request of the person (right of access).</source>
        <translation>Exportées le %1 à la demande de la personne (droit d’accès).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Structure type</source>
        <translation>Type de structure</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>No loan is linked to this person.</source>
        <translation>Aucun prêt n’est lié à cette personne.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Exemplaire</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Prêté le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Retour prévu</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Rendu le</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>No hold.</source>
        <translation>Aucune réservation.</translation>
    </message>
    <message>
        <source>Returned loans lose their link to the borrower at the end of the %1th month after the return; a borrower with nothing on loan is deleted %2 months after their last visit.</source>
        <translation>Les prêts rendus perdent leur lien avec l’emprunteur à la fin du %1e mois après le retour&#xa0;; un emprunteur sans prêt en cours est supprimé %2 mois après sa dernière visite.</translation>
    </message>
    <message numerus="yes">
        <source>Refused: the borrower still has %n item(s) on loan; erase them once returned.</source>
        <translation>
            <numerusform>Refusé&#xa0;: l’emprunteur a encore %n document en prêt&#xa0;; effacez-le une fois le document rendu.</numerusform>
            <numerusform>Refusé&#xa0;: l’emprunteur a encore %n documents en prêt&#xa0;; effacez-le une fois les documents rendus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The borrower is erased, but the list of erasures (%1) could not be written: %2. A backup restored later would bring the person back.</source>
        <translation>L’emprunteur est effacé, mais la liste des effacements (%1) n’a pas pu être écrite&#xa0;: %2. Une sauvegarde restaurée plus tard ferait revenir la personne.</translation>
    </message>
    <message>
        <source>Cannot read the list of erasures %1: %2</source>
        <translation>Impossible de lire la liste des effacements %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::QueryParser</name>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>Un guillemet n’est pas fermé.</translation>
    </message>
    <message>
        <source>A closing parenthesis has no opening one.</source>
        <translation>Une parenthèse fermante n’a pas de parenthèse ouvrante.</translation>
    </message>
    <message>
        <source>A parenthesis is not closed.</source>
        <translation>Une parenthèse n’est pas fermée.</translation>
    </message>
    <message>
        <source>An operator is missing a search term.</source>
        <translation>Il manque un terme de recherche à un opérateur.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has no value.</source>
        <translation>Le champ « %1 » n’a pas de valeur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year or a range of years (2010..2015).</source>
        <translation>« %1 » n’est ni une année ni une période (2010..2015).</translation>
    </message>
    <message>
        <source>Unknown document type &quot;%1&quot;.</source>
        <translation>Type de document inconnu « %1 ».</translation>
    </message>
</context>
<context>
    <name>infodoc::core::QuickTallies</name>
    <message>
        <source>No quick tally %1</source>
        <translation>Aucun comptage rapide n° %1</translation>
    </message>
</context>
<context>
    <name>infodoc::core::RecordJson</name>
    <message>
        <source>Field &quot;%1&quot; must be a list of texts.</source>
        <translation>Le champ « %1 » doit être une liste de textes.</translation>
    </message>
    <message>
        <source>Field &quot;responsibilities&quot; must be a list.</source>
        <translation>Le champ « responsibilities » doit être une liste.</translation>
    </message>
    <message>
        <source>Responsibility %1 must be an object with a &quot;name&quot;.</source>
        <translation>La responsabilité %1 doit être un objet avec un « name ».</translation>
    </message>
    <message>
        <source>Responsibility %1: unknown kind &quot;%2&quot; (person or organisation).</source>
        <translation>Responsabilité %1&#xa0;: nature inconnue « %2 » (person ou organisation).</translation>
    </message>
    <message>
        <source>Responsibility %1: unknown role &quot;%2&quot; (one of: %3).</source>
        <translation>Responsabilité %1&#xa0;: rôle inconnu « %2 » (parmi&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Field &quot;copies&quot; must be a list.</source>
        <translation>Le champ « copies » doit être une liste.</translation>
    </message>
    <message>
        <source>Copy %1 must be an object.</source>
        <translation>L’exemplaire %1 doit être un objet.</translation>
    </message>
    <message>
        <source>Copy %1: unknown status &quot;%2&quot; (one of: %3).</source>
        <translation>Exemplaire %1&#xa0;: statut inconnu « %2 » (parmi&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Field &quot;sheet&quot; must be an object.</source>
        <translation>Le champ « sheet » doit être un objet.</translation>
    </message>
    <message>
        <source>Unknown field &quot;sheet.%1&quot; (known: %2).</source>
        <translation>Champ inconnu « sheet.%1 » (champs connus&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Field &quot;sheet.%1&quot; must be a text.</source>
        <translation>Le champ « sheet.%1 » doit être un texte.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a text.</source>
        <translation>Le champ « %1 » doit être un texte.</translation>
    </message>
    <message>
        <source>Unknown document type &quot;%1&quot; (one of: %2).</source>
        <translation>Type de document inconnu « %1 » (parmi&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Champ inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Field &quot;type&quot; is required (one of: %1).</source>
        <translation>Le champ « type » est obligatoire (parmi&#xa0;: %1).</translation>
    </message>
</context>
<context>
    <name>infodoc::core::RecordRepository</name>
    <message>
        <source>Record %1 (&quot;%2&quot;): %3</source>
        <translation>Notice %1 (« %2 »)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Annulé&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The record to update has no number.</source>
        <translation>La notice à modifier n’a pas de numéro.</translation>
    </message>
    <message>
        <source>There is no record number %1.</source>
        <translation>Il n’y a pas de notice numéro %1.</translation>
    </message>
    <message>
        <source>The subject &quot;%1&quot; is not in the thesaurus; add it there first.</source>
        <translation>Le descripteur « %1 » n’est pas dans le thésaurus&#xa0;; ajoutez-le d’abord au thésaurus.</translation>
    </message>
    <message>
        <source>The territory &quot;%1&quot; is unknown; add it to the territories first.</source>
        <translation>Le territoire « %1 » est inconnu&#xa0;; ajoutez-le d’abord aux territoires.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has no letters or digits.</source>
        <translation>Le nom « %1 » ne contient ni lettre ni chiffre.</translation>
    </message>
    <message>
        <source>The barcode %1 is already used by a copy of record %2.</source>
        <translation>Le code-barres %1 est déjà utilisé par un exemplaire de la notice %2.</translation>
    </message>
    <message>
        <source>Record n° %1 (&quot;%2&quot;): %3</source>
        <translation>Notice n°&#xa0;%1 (« %2 »)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The copy %1 is on loan: it cannot be removed before it is returned.</source>
        <translation>L’exemplaire %1 est en prêt&#xa0;: il ne peut pas être supprimé avant d’être rendu.</translation>
    </message>
    <message>
        <source>The copy %1 is held for a borrower: cancel the hold before removing the copy.</source>
        <translation>L’exemplaire %1 est réservé pour un emprunteur&#xa0;: annulez la réservation avant de supprimer l’exemplaire.</translation>
    </message>
    <message>
        <source>The copy %1 cannot be set &quot;on loan&quot; by hand: lend it at the Loans desk (infodoc-cli loan checkout).</source>
        <translation>L’exemplaire %1 ne peut pas être mis « en prêt » à la main&#xa0;: prêtez-le à la banque de prêt (infodoc-cli loan checkout).</translation>
    </message>
    <message>
        <source>The copy %1 is on loan: return it (or mark it lost) at the Loans desk before changing its status.</source>
        <translation>L’exemplaire %1 est en prêt&#xa0;: enregistrez son retour (ou sa perte) à la banque de prêt avant de changer son statut.</translation>
    </message>
    <message>
        <source>Record %1 cannot be deleted: its copy %2 is on loan.</source>
        <translation>La notice %1 ne peut pas être supprimée&#xa0;: son exemplaire %2 est en prêt.</translation>
    </message>
    <message>
        <source>Record %1 cannot be deleted: a borrower holds it (cancel the hold first).</source>
        <translation>La notice %1 ne peut pas être supprimée&#xa0;: un emprunteur l’a réservée (annulez d’abord la réservation).</translation>
    </message>
    <message>
        <source>Record %1 cannot be deleted: its copy %2 is held for a borrower (cancel the hold first).</source>
        <translation>La notice %1 ne peut pas être supprimée&#xa0;: son exemplaire %2 est réservé pour un emprunteur (annulez d’abord la réservation).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Record n° %1 &quot;%2&quot; was changed elsewhere (another workstation, infodoc-cli or an import) on %3, after it was opened here: nothing was saved, so as not to undo that change. Open the record again to see it, then make your changes.</source>
        <translation>La notice n° %1 « %2 » a été modifiée ailleurs (un autre poste, infodoc-cli ou un import) le %3, après son ouverture ici&#xa0;: rien n’a été enregistré, pour ne pas défaire cette modification. Rouvrez la notice pour la voir, puis refaites vos changements.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::RecordSaver</name>
    <message>
        <source>Record n° %1 “%2” has the same ISBN.</source>
        <translation>La notice n°&#xa0;%1 « %2 » a le même ISBN.</translation>
    </message>
    <message>
        <source>Record n° %1 “%2” (%3, %4) looks like this one.</source>
        <translation>La notice n°&#xa0;%1 « %2 » (%3, %4) ressemble à celle-ci.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Not saved, this may be a duplicate: %1</source>
        <translation>Non enregistrée, c’est peut-être un doublon&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attachment %1 is not a file of record n° %2.</source>
        <translation>La pièce jointe %1 n’est pas un fichier de la notice n°&#xa0;%2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Record n° %1 “%2” has the same ISSN, volume and issue.</source>
        <translation>La notice n° %1 «&#xa0;%2&#xa0;» a le même ISSN, le même volume et le même numéro.</translation>
    </message>
    <message>
        <source>Record n° %1 “%2” is this record, come from the same centre before.</source>
        <translation>La notice n° %1 «&#xa0;%2&#xa0;» est cette notice, venue du même centre auparavant.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::RecordValidator</name>
    <message>
        <source>A title is required.</source>
        <translation>Le titre est obligatoire.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; must be a year, year-month or full date (2019, 2019-05, 2019-05-14).</source>
        <translation>La date « %1 » doit être une année, une année et un mois ou une date complète (2019, 2019-05, 2019-05-14).</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; must be a three-letter ISO 639-2 code such as fre or eng.</source>
        <translation>La langue « %1 » doit être un code ISO 639-2 de trois lettres, comme fre ou eng.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; must be a full web address (https://...).</source>
        <translation>L’adresse « %1 » doit être une adresse web complète (https://…).</translation>
    </message>
    <message>
        <source>Responsibility %1 has no name.</source>
        <translation>La responsabilité %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>Copy %1 has no barcode.</source>
        <translation>L’exemplaire %1 n’a pas de code-barres.</translation>
    </message>
    <message>
        <source>The barcode %1 is given twice.</source>
        <translation>Le code-barres %1 est donné deux fois.</translation>
    </message>
    <message>
        <source>Only experience sheets have experience-sheet fields.</source>
        <translation>Seules les fiches d’expérience ont des champs de fiche d’expérience.</translation>
    </message>
    <message>
        <source>The start date &quot;%1&quot; is not a valid date.</source>
        <translation>La date de début « %1 » n’est pas une date valide.</translation>
    </message>
    <message>
        <source>The end date &quot;%1&quot; is not a valid date.</source>
        <translation>La date de fin « %1 » n’est pas une date valide.</translation>
    </message>
    <message>
        <source>The end date comes before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
    <message>
        <source>The consultation date &quot;%1&quot; must be a year, year-month or full date.</source>
        <translation>La date de consultation « %1 » doit être une année, une année et un mois, ou une date complète.</translation>
    </message>
    <message>
        <source>A chapter is part of a book: give the book&apos;s title, or the bibliography will have nothing to point to.</source>
        <translation>Un chapitre fait partie d’un ouvrage&#xa0;: indiquez le titre de l’ouvrage, sinon la bibliographie n’aura rien à citer.</translation>
    </message>
    <message>
        <source>An article is part of a periodical: give the periodical&apos;s title, or the bibliography will have nothing to point to.</source>
        <translation>Un article fait partie d’un périodique&#xa0;: indiquez le titre du périodique, sinon la bibliographie n’aura rien à citer.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Reminders</name>
    <message numerus="yes">
        <source>%1 (copy %2), due %3, %n day(s) late</source>
        <translation>
            <numerusform>%1 (exemplaire %2), à rendre le %3, %n jour de retard</numerusform>
            <numerusform>%1 (exemplaire %2), à rendre le %3, %n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>The reminders need a valid date.</source>
        <translation>Les relances demandent une date valide.</translation>
    </message>
    <message>
        <source>Reminder: documents to return to {centre}</source>
        <translation>Rappel&#xa0;: documents à rendre à {centre}</translation>
    </message>
    <message>
        <source>Dear {name},

The loan period of the documents below has ended. Unless you have already done so, please return them to {centre} or ask us to renew them.

{items}

Thank you, and see you soon.

{centre}</source>
        <translation>Bonjour {name},

La durée de prêt des documents ci-dessous est terminée. Sauf si vous l’avez déjà fait, merci de les rapporter à {centre} ou de nous demander une prolongation.

{items}

Merci, et à bientôt.

{centre}</translation>
    </message>
    <message>
        <source>Second reminder: documents to return to {centre}</source>
        <translation>Deuxième rappel&#xa0;: documents à rendre à {centre}</translation>
    </message>
    <message>
        <source>Dear {name},

Despite our first reminder, the documents below have not been returned. Other professionals are waiting for them: please bring them back to {centre} as soon as possible.

{items}

Yours sincerely,

{centre}</source>
        <translation>Bonjour {name},

Malgré notre premier rappel, les documents ci-dessous n’ont pas été rendus. D’autres professionnels les attendent&#xa0;: merci de les rapporter à {centre} dès que possible.

{items}

Bien cordialement,

{centre}</translation>
    </message>
    <message>
        <source>Last reminder: documents to return to {centre}</source>
        <translation>Dernier rappel&#xa0;: documents à rendre à {centre}</translation>
    </message>
    <message>
        <source>Dear {name},

This is our last reminder: the documents below are still out, long after their due date. Please return them within a week or contact us; otherwise we will have to suspend your loans.

{items}

Yours sincerely,

{centre}</source>
        <translation>Bonjour {name},

Ceci est notre dernier rappel&#xa0;: les documents ci-dessous sont toujours en prêt, bien après leur date de retour. Merci de les rapporter sous huit jours ou de nous contacter&#xa0;; à défaut, nous devrons suspendre vos prêts.

{items}

Bien cordialement,

{centre}</translation>
    </message>
    <message>
        <source>There is no reminder level %1.</source>
        <translation>Il n’y a pas de niveau de relance %1.</translation>
    </message>
    <message>
        <source>A reminder needs a subject and a text.</source>
        <translation>Une relance doit avoir un objet et un texte.</translation>
    </message>
    <message>
        <source>The text of a reminder must contain {items}, where the late documents are listed.</source>
        <translation>Le texte d’une relance doit contenir {items}, là où les documents en retard sont listés.</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Carte %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Your hold is ready: %1</source>
        <translation>Votre réservation est disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dear %1,

The document you held is waiting for you at %2:

- %3 (copy %4)

It is kept for you until %5; after that day it goes to the next person waiting.

See you soon,

%2</source>
        <translation>Bonjour %1,

Le document que vous avez réservé vous attend à %2&#xa0;:

- %3 (exemplaire %4)

Il vous est gardé jusqu’au %5&#xa0;; après cette date, il passe à la personne suivante.

À bientôt,

%2</translation>
    </message>
    <message>
        <source>the centre</source>
        <translation>le centre</translation>
    </message>
</context>
<context>
    <name>infodoc::core::RemoteCatalogue</name>
    <message>
        <source>“%1” has no host: write z3950://host:port/database.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas d’hôte&#xa0;: écrivez z3950://hôte:port/base.</translation>
    </message>
    <message>
        <source>No server is named “%1” (%2); give an address: https://… for SRU, z3950://host:port/database.</source>
        <translation>Aucun serveur ne s’appelle «&#xa0;%1&#xa0;» (%2)&#xa0;; donnez une adresse&#xa0;: https://… pour le SRU, z3950://hôte:port/base.</translation>
    </message>
    <message>
        <source>Give an ISBN, a title or an author to search for.</source>
        <translation>Donnez un ISBN, un titre ou un auteur à chercher.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2): %3</source>
        <translation>%1 est injoignable (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The query “%1” cannot be written for %2.</source>
        <translation>La requête «&#xa0;%1&#xa0;» ne peut pas être écrite pour %2.</translation>
    </message>
    <message>
        <source>%1 did not answer the search (%2): %3</source>
        <translation>%1 n’a pas répondu à la recherche (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 did not send its records (%2): %3</source>
        <translation>%1 n’a pas envoyé ses notices (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 answered %n record(s) but sent none that is MARC (is the record schema right?).</source>
        <translation>
            <numerusform>%1 a annoncé %n notice mais n’en a envoyé aucune en MARC (le schéma des notices est-il le bon&#xa0;?).</numerusform>
            <numerusform>%1 a annoncé %n notices mais n’en a envoyé aucune en MARC (le schéma des notices est-il le bon&#xa0;?).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infodoc::core::ReportDocument</name>
    <message>
        <source>nothing this period</source>
        <translation>rien sur cette période</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Activity report %1</source>
        <translation>Rapport d’activité %1</translation>
    </message>
    <message>
        <source>Compared with %1 to %2.</source>
        <translation>Comparé à la période du %1 au %2.</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Rapport d’activité</translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation>Format inconnu</translation>
    </message>
</context>
<context>
    <name>infodoc::core::RequestJson</name>
    <message>
        <source>“%1” is a date such as 2027-01-05</source>
        <translation>« %1 » est une date comme 2027-01-05</translation>
    </message>
    <message>
        <source>Unknown field(s) in the request: %1</source>
        <translation>Champ(s) inconnu(s) dans la demande : %1</translation>
    </message>
    <message>
        <source>The request: “%1” must be text</source>
        <translation>La demande : « %1 » doit être du texte</translation>
    </message>
    <message>
        <source>the requester</source>
        <translation>le demandeur</translation>
    </message>
    <message>
        <source>Unknown channel “%1” (%2)</source>
        <translation>Canal inconnu « %1 » (%2)</translation>
    </message>
    <message>
        <source>Unknown status “%1” (%2)</source>
        <translation>Statut inconnu « %1 » (%2)</translation>
    </message>
    <message>
        <source>“subjects” is a list of descriptors</source>
        <translation>« subjects » est une liste de descripteurs</translation>
    </message>
    <message>
        <source>“records” is a list of record numbers</source>
        <translation>« records » est une liste de numéros de notices</translation>
    </message>
    <message>
        <source>“appointment” is an appointment&apos;s number</source>
        <translation>« appointment » est un numéro de rendez-vous</translation>
    </message>
</context>
<context>
    <name>infodoc::core::RequesterData</name>
    <message>
        <source>A requester is kept from 1 to 60 months after their last request.</source>
        <translation>Un demandeur est conservé de 1 à 60 mois après sa dernière demande.</translation>
    </message>
    <message>
        <source>No named requester is called “%1”.</source>
        <translation>Aucun demandeur nommé ne s’appelle « %1 ».</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Requests</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting for the requester</source>
        <translation>En attente du demandeur</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Visit without appointment</source>
        <translation>Visite sans rendez-vous</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Borrower deleted</source>
        <translation>Emprunteur supprimé</translation>
    </message>
    <message>
        <source>Anonymous requester (%1, %2)</source>
        <translation>Demandeur anonyme (%1, %2)</translation>
    </message>
    <message>
        <source>Anonymous requester (%1)</source>
        <translation>Demandeur anonyme (%1)</translation>
    </message>
    <message>
        <source>The list of staff in the settings is damaged</source>
        <translation>La liste du personnel dans les réglages est endommagée</translation>
    </message>
    <message>
        <source>No request %1</source>
        <translation>Aucune demande n° %1</translation>
    </message>
    <message>
        <source>A request needs its question</source>
        <translation>Une demande doit avoir sa question</translation>
    </message>
    <message>
        <source>The request is received on %1, after today</source>
        <translation>La demande est reçue le %1, après aujourd’hui</translation>
    </message>
    <message>
        <source>The request is wanted by %1, before it was received (%2)</source>
        <translation>La demande est attendue pour le %1, avant sa réception (%2)</translation>
    </message>
    <message>
        <source>The request is answered on %1, before it was received (%2)</source>
        <translation>La demande est répondue le %1, avant sa réception (%2)</translation>
    </message>
    <message>
        <source>No borrower has the card “%1”</source>
        <translation>Aucun emprunteur n’a la carte « %1 »</translation>
    </message>
    <message>
        <source>A named requester needs a name</source>
        <translation>Un demandeur nommé doit avoir un nom</translation>
    </message>
    <message>
        <source>“%1” is not a descriptor of the thesaurus</source>
        <translation>« %1 » n’est pas un descripteur du thésaurus</translation>
    </message>
    <message>
        <source>Record n° %1 is not in the catalogue</source>
        <translation>La notice n° %1 n’est pas dans le catalogue</translation>
    </message>
    <message>
        <source>No appointment %1</source>
        <translation>Aucun rendez-vous n° %1</translation>
    </message>
    <message>
        <source>Request %1 has no answer yet: write it or give records first</source>
        <translation>La demande %1 n’a pas encore de réponse : rédigez-la ou donnez d’abord des notices</translation>
    </message>
    <message>
        <source>The answer is empty: write it or give records</source>
        <translation>La réponse est vide : rédigez-la ou donnez des notices</translation>
    </message>
    <message>
        <source>The appointment %1 already became request %2</source>
        <translation>Le rendez-vous %1 est déjà devenu la demande %2</translation>
    </message>
    <message>
        <source>The appointment %1 has no follow-up or topic to become a request</source>
        <translation>Le rendez-vous %1 n’a ni suites ni sujet pour devenir une demande</translation>
    </message>
    <message>
        <source>Time spent is 1 to 1,440 minutes, not %1</source>
        <translation>Le temps passé va de 1 à 1 440 minutes, pas %1</translation>
    </message>
    <message>
        <source>No time entry %1</source>
        <translation>Aucune saisie de temps n° %1</translation>
    </message>
    <message>
        <source>“%1” is not a file name</source>
        <translation>« %1 » n’est pas un nom de fichier</translation>
    </message>
    <message>
        <source>“%1” is larger than 50 MB: it is not kept with the request</source>
        <translation>« %1 » dépasse 50 Mo : il n’est pas conservé avec la demande</translation>
    </message>
    <message>
        <source>No document %1 kept with a request</source>
        <translation>Aucun document n° %1 conservé avec une demande</translation>
    </message>
    <message>
        <source>The document %1 kept with a request is damaged</source>
        <translation>Le document n° %1 conservé avec une demande est endommagé</translation>
    </message>
    <message>
        <source>Unknown format “%1” (formats: %2)</source>
        <translation>Format inconnu « %1 » (formats : %2)</translation>
    </message>
    <message>
        <source>Request %1 gives no records yet: there is nothing to list</source>
        <translation>La demande %1 ne donne encore aucune notice : il n’y a rien à lister</translation>
    </message>
    <message>
        <source>Bibliography — %1</source>
        <translation>Bibliographie — %1</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the bibliography: %1</source>
        <translation>Impossible de créer un dossier temporaire pour la bibliographie : %1</translation>
    </message>
    <message>
        <source>bibliography-request-%1</source>
        <translation>bibliographie-demande-%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Request %1 is not answered yet: only an answer is kept for the next question</source>
        <translation>La demande %1 n’est pas encore répondue : seule une réponse est gardée pour la prochaine question</translation>
    </message>
    <message>
        <source>Documentary answer</source>
        <translation>Réponse documentaire</translation>
    </message>
    <message>
        <source> (record n° %1)</source>
        <translation> (notice n° %1)</translation>
    </message>
    <message>
        <source>Records given in answer:</source>
        <translation>Notices fournies en réponse :</translation>
    </message>
    <message>
        <source>None of the records given for request %1 is an experience sheet</source>
        <translation>Aucune des notices fournies pour la demande %1 n’est une fiche d’expérience</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the sheets: %1</source>
        <translation>Impossible de créer un dossier temporaire pour les fiches : %1</translation>
    </message>
    <message>
        <source>experience-sheets-request-%1</source>
        <translation>fiches-experience-demande-%1</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Ris</name>
    <message>
        <source>“%1” is neither a valid ISBN nor a valid ISSN: it is left out.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un ISBN ni un ISSN valide&#xa0;: il n’est pas repris.</translation>
    </message>
    <message>
        <source>The language “%1” is not an ISO 639-2 code: it is left out.</source>
        <translation>La langue «&#xa0;%1&#xa0;» n’est pas un code ISO 639-2&#xa0;: elle n’est pas reprise.</translation>
    </message>
    <message>
        <source>the record has no ER line before the next record (line %1).</source>
        <translation>la notice n’a pas de ligne ER avant la notice suivante (ligne %1).</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” stands outside a record (a record starts with TY and ends with ER).</source>
        <translation>%1, ligne %2&#xa0;: «&#xa0;%3&#xa0;» est hors d’une notice (une notice commence par TY et finit par ER).</translation>
    </message>
    <message>
        <source>%1, line %2: this line is not RIS (“TY  - ” starts a record).</source>
        <translation>%1, ligne %2&#xa0;: cette ligne n’est pas du RIS («&#xa0;TY  -&#xa0;» commence une notice).</translation>
    </message>
    <message>
        <source>Cancelled: nothing was read.</source>
        <translation>Annulé&#xa0;: rien n’a été lu.</translation>
    </message>
    <message>
        <source>the record does not end with an ER line: the file is cut short.</source>
        <translation>la notice ne finit pas par une ligne ER&#xa0;: le fichier est tronqué.</translation>
    </message>
    <message>
        <source>%1 holds no RIS record.</source>
        <translation>%1 ne contient aucune notice RIS.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::SavedSearches</name>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Une recherche enregistrée doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is nothing to save: type a query or tick a facet first.</source>
        <translation>Il n’y a rien à enregistrer&#xa0;: saisissez d’abord une requête ou cochez une facette.</translation>
    </message>
    <message>
        <source>Cannot save the search &quot;%1&quot;.</source>
        <translation>Impossible d’enregistrer la recherche « %1 ».</translation>
    </message>
    <message>
        <source>There is no saved search number %1.</source>
        <translation>Il n’y a pas de recherche enregistrée n°&#xa0;%1.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::SchemaCheck</name>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>%1 %2 (on %3): not created by Infodoc</source>
        <translation>%1 %2 (sur %3)&#xa0;: objet qu’Infodoc ne crée pas</translation>
    </message>
    <message>
        <source>%1 %2: not as Infodoc defines it</source>
        <translation>%1 %2&#xa0;: objet différent de celui qu’Infodoc définit</translation>
    </message>
    <message>
        <source>%1 %2: missing</source>
        <translation>%1 %2&#xa0;: objet manquant</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a catalogue as Infodoc writes it, and was not opened: %2.</source>
        <translation>%1 n’est pas un catalogue tel qu’Infodoc l’écrit et n’a pas été ouvert&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::SearchIndex</name>
    <message>
        <source>The search index has not been built yet (infodoc-cli index rebuild).</source>
        <translation>L’index de recherche n’a pas encore été construit (infodoc-cli index rebuild).</translation>
    </message>
    <message>
        <source>The search index %1 is being updated by another program; try again in a moment.</source>
        <translation>L’index de recherche %1 est en cours de mise à jour par un autre logiciel&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Cannot open the search index %1: %2</source>
        <translation>Impossible d’ouvrir l’index de recherche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The search index is open for reading only.</source>
        <translation>L’index de recherche est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot index record %1: %2</source>
        <translation>Impossible d’indexer la notice %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot update the search index: %1</source>
        <translation>Impossible de mettre à jour l’index de recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record %1 is not in the search index.</source>
        <translation>La notice %1 n’est pas dans l’index de recherche.</translation>
    </message>
    <message>
        <source>Cannot read the search index: %1</source>
        <translation>Impossible de lire l’index de recherche&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>infodoc::core::SearchService</name>
    <message>
        <source>No copy</source>
        <translation>Aucun exemplaire</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>Années %1</translation>
    </message>
</context>
<context>
    <name>infodoc::core::SetAsides</name>
    <message>
        <source>The day %1 is past: nothing can be set aside for it.</source>
        <translation>Le %1 est passé&#xa0;: rien ne peut être mis de côté pour ce jour.</translation>
    </message>
    <message>
        <source>No copy %1.</source>
        <translation>Aucun exemplaire %1.</translation>
    </message>
    <message>
        <source>The copy %1 (%2) is on loan.</source>
        <translation>L’exemplaire %1 (%2) est en prêt.</translation>
    </message>
    <message>
        <source>The copy %1 (%2) is not on the shelf (lost or withdrawn).</source>
        <translation>L’exemplaire %1 (%2) n’est pas en rayon (perdu ou retiré).</translation>
    </message>
    <message>
        <source>The copy %1 (%2) is held for a borrower.</source>
        <translation>L’exemplaire %1 (%2) est réservé pour un emprunteur.</translation>
    </message>
    <message>
        <source>The copy %1 (%2) is already set aside for the %3.</source>
        <translation>L’exemplaire %1 (%2) est déjà mis de côté pour la %3.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::SheetTemplates</name>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Priority neighbourhood</source>
        <translation>Quartier prioritaire</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Porteur du projet</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Target public</source>
        <translation>Public visé</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions menées</translation>
    </message>
    <message>
        <source>Means and funding</source>
        <translation>Moyens et financements</translation>
    </message>
    <message>
        <source>Results and evaluation</source>
        <translation>Résultats et évaluation</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>To find out more</source>
        <translation>Pour en savoir plus</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Documents joints</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is not a template of experience sheets (&quot;format&quot;: &quot;%2&quot; is missing).</source>
        <translation>%1 n’est pas un modèle de fiches d’expériences (« format » : « %2 » manque).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a colour for &quot;%3&quot; (use #RRGGBB).</source>
        <translation>%1&#xa0;: « %2 » n’est pas une couleur pour « %3 » (utilisez #RRVVBB).</translation>
    </message>
    <message>
        <source>%1: the text size must be between 6 and 16 points, not %2.</source>
        <translation>%1&#xa0;: la taille du texte doit être comprise entre 6 et 16 points, pas %2.</translation>
    </message>
    <message>
        <source>%1, field %2: unknown field &quot;%3&quot; (known fields: %4).</source>
        <translation>%1, champ %2&#xa0;: champ inconnu « %3 » (champs connus&#xa0;: %4).</translation>
    </message>
    <message>
        <source>%1, field %2: &quot;%3&quot; appears twice.</source>
        <translation>%1, champ %2&#xa0;: « %3 » figure deux fois.</translation>
    </message>
    <message>
        <source>%1: the template shows no field.</source>
        <translation>%1&#xa0;: le modèle n’affiche aucun champ.</translation>
    </message>
    <message>
        <source>the catalogue&apos;s template</source>
        <translation>le modèle du catalogue</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>le modèle</translation>
    </message>
</context>
<context>
    <name>infodoc::core::SheetWriter</name>
    <message>
        <source>Experience sheets</source>
        <translation>Fiches d’expériences</translation>
    </message>
    <message>
        <source>Experience sheet</source>
        <translation>Fiche d’expérience</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Notice n°&#xa0;%1</translation>
    </message>
    <message>
        <source>updated on %1</source>
        <translation>mise à jour le %1</translation>
    </message>
    <message>
        <source>Cannot write %1: several sheets go to a folder, and this is a file.</source>
        <translation>Impossible d’écrire %1&#xa0;: plusieurs fiches vont dans un dossier, et ceci est un fichier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>All the experience sheets</source>
        <translation>Toutes les fiches d’expériences</translation>
    </message>
    <message numerus="yes">
        <source>%n experience sheet(s)</source>
        <translation>
            <numerusform>%n fiche d’expérience</numerusform>
            <numerusform>%n fiches d’expériences</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no experience sheet to write.</source>
        <translation>Il n’y a aucune fiche d’expérience à écrire.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::StandardNumber</name>
    <message>
        <source>ISBN %1: an ISBN-10 has nine digits and a final digit or X.</source>
        <translation>ISBN %1&#xa0;: un ISBN-10 comporte neuf chiffres suivis d’un chiffre ou d’un X.</translation>
    </message>
    <message>
        <source>ISBN %1: the check digit is wrong.</source>
        <translation>ISBN %1&#xa0;: la clé de contrôle est fausse.</translation>
    </message>
    <message>
        <source>ISBN %1: an ISBN-13 has thirteen digits.</source>
        <translation>ISBN %1&#xa0;: un ISBN-13 comporte treize chiffres.</translation>
    </message>
    <message>
        <source>ISBN %1: an ISBN-13 starts with 978 or 979.</source>
        <translation>ISBN %1&#xa0;: un ISBN-13 commence par 978 ou 979.</translation>
    </message>
    <message>
        <source>ISBN %1: an ISBN has 10 or 13 characters.</source>
        <translation>ISBN %1&#xa0;: un ISBN comporte 10 ou 13 caractères.</translation>
    </message>
    <message>
        <source>ISSN %1: an ISSN has seven digits and a final digit or X.</source>
        <translation>ISSN %1&#xa0;: un ISSN comporte sept chiffres suivis d’un chiffre ou d’un X.</translation>
    </message>
    <message>
        <source>ISSN %1: the check digit is wrong.</source>
        <translation>ISSN %1&#xa0;: la clé de contrôle est fausse.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Territories</name>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Intercommunality</source>
        <translation>Intercommunalité</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Priority neighbourhood</source>
        <translation>Quartier prioritaire</translation>
    </message>
    <message>
        <source>A territory needs a name.</source>
        <translation>Un territoire doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is no territory number %1.</source>
        <translation>Il n’y a pas de territoire numéro %1.</translation>
    </message>
    <message>
        <source>A %1 cannot be placed under a %2.</source>
        <translation>Un territoire de niveau « %1 » ne peut pas être placé sous le niveau « %2 ».</translation>
    </message>
    <message>
        <source>There is already a %1 named &quot;%2&quot;.</source>
        <translation>Il existe déjà un territoire de niveau « %1 » nommé « %2 ».</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected &quot;level|name|code&quot;</source>
        <translation>« niveau|nom|code » attendu</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot;</source>
        <translation>niveau inconnu « %1 »</translation>
    </message>
</context>
<context>
    <name>infodoc::core::TextExtractor</name>
    <message>
        <source>The document archive is damaged.</source>
        <translation>L’archive du document est endommagée.</translation>
    </message>
    <message>
        <source>The document archive has too many entries.</source>
        <translation>L’archive du document contient trop d’entrées.</translation>
    </message>
    <message>
        <source>This archive is not an ODT or DOCX text document.</source>
        <translation>Cette archive n’est pas un document texte ODT ou DOCX.</translation>
    </message>
    <message>
        <source>The document text is larger than 64 MiB once unpacked.</source>
        <translation>Le texte du document dépasse 64 Mio une fois décompressé.</translation>
    </message>
    <message>
        <source>The document text is not valid XML.</source>
        <translation>Le texte du document n’est pas du XML valide.</translation>
    </message>
    <message>
        <source>This is not a PDF file.</source>
        <translation>Ce n’est pas un fichier PDF.</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be read.</source>
        <translation>Le fichier PDF est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The PDF file is protected by a password.</source>
        <translation>Le fichier PDF est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>The PDF file has no pages.</source>
        <translation>Le fichier PDF n’a aucune page.</translation>
    </message>
    <message>
        <source>The PDF has no text layer (a scan); it can be found by its record only.</source>
        <translation>Le PDF n’a pas de couche texte (numérisation)&#xa0;; il ne peut être trouvé que par sa notice.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This type of file has no text to index.</source>
        <translation>Ce type de fichier n’a pas de texte à indexer.</translation>
    </message>
    <message>
        <source>The file is larger than 64 MiB.</source>
        <translation>Le fichier dépasse 64 Mio.</translation>
    </message>
    <message>
        <source>This looks like a binary file, not text.</source>
        <translation>Ce fichier semble binaire, pas textuel.</translation>
    </message>
    <message>
        <source>The PDF has no text layer, and the character recognition program (tesseract) is not installed.</source>
        <translation>Le PDF n’a pas de couche texte, et le programme de reconnaissance de caractères (tesseract) n’est pas installé.</translation>
    </message>
    <message>
        <source>The PDF has no text layer, and character recognition failed: %1</source>
        <translation>Le PDF n’a pas de couche texte, et la reconnaissance de caractères a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The PDF has no text layer and no text was recognised in it.</source>
        <translation>Le PDF n’a pas de couche texte et aucun texte n’y a été reconnu.</translation>
    </message>
    <message>
        <source>Text recognised by OCR (%1).</source>
        <translation>Texte reconnu par OCR (%1).</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Thesaurus</name>
    <message>
        <source>A descriptor needs a label.</source>
        <translation>Un descripteur doit avoir un libellé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a descriptor or a non-preferred term.</source>
        <translation>« %1 » est déjà un descripteur ou un non-descripteur.</translation>
    </message>
    <message>
        <source>There is no descriptor number %1.</source>
        <translation>Il n’y a pas de descripteur numéro %1.</translation>
    </message>
    <message>
        <source>A non-preferred term needs a label.</source>
        <translation>Un non-descripteur doit avoir un libellé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a non-preferred term.</source>
        <translation>« %1 » n’est pas un non-descripteur.</translation>
    </message>
    <message>
        <source>A descriptor cannot be broader than itself.</source>
        <translation>Un descripteur ne peut pas être son propre terme générique.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already below &quot;%2&quot;; the link would make a loop.</source>
        <translation>« %1 » est déjà sous « %2 »&#xa0;; ce lien créerait une boucle.</translation>
    </message>
    <message>
        <source>A descriptor cannot be related to itself.</source>
        <translation>Un descripteur ne peut pas être associé à lui-même.</translation>
    </message>
    <message>
        <source>A descriptor cannot be merged with itself.</source>
        <translation>Un descripteur ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; indexes %n record(s); merge it into another descriptor instead.</source>
        <translation>
            <numerusform>« %1 » indexe %n notice&#xa0;; fusionnez-le plutôt avec un autre descripteur.</numerusform>
            <numerusform>« %1 » indexe %n notices&#xa0;; fusionnez-le plutôt avec un autre descripteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>a term must come before its non-preferred or related terms</source>
        <translation>un terme doit précéder ses non-descripteurs et termes associés</translation>
    </message>
    <message>
        <source>indent with two spaces a level</source>
        <translation>indentez de deux espaces par niveau</translation>
    </message>
    <message>
        <source>this term is indented more than one level below its broader term</source>
        <translation>ce terme est indenté de plus d’un niveau sous son terme générique</translation>
    </message>
    <message>
        <source>a top term must not be indented</source>
        <translation>un terme de tête ne doit pas être indenté</translation>
    </message>
    <message>
        <source>unknown related term &quot;%1&quot;</source>
        <translation>terme associé inconnu « %1 »</translation>
    </message>
    <message>
        <source>These two descriptors are not related.</source>
        <translation>Ces deux descripteurs ne sont pas associés.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::VisitLists</name>
    <message>
        <source>Appointments of %1</source>
        <translation>Rendez-vous du %1</translation>
    </message>
    <message>
        <source>Appointments from %1 to %2</source>
        <translation>Rendez-vous du %1 au %2</translation>
    </message>
    <message>
        <source>No appointment.</source>
        <translation>Aucun rendez-vous.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>infodoc::core::VisitPreparation</name>
    <message>
        <source>No appointment %1</source>
        <translation>Aucun rendez-vous %1</translation>
    </message>
    <message>
        <source>The appointment of %1 is %2: its selection cannot change.</source>
        <translation>Le rendez-vous du %1 est %2&#xa0;: sa sélection ne peut plus changer.</translation>
    </message>
    <message>
        <source>No record %1: nothing was added to the selection.</source>
        <translation>Aucune notice %1&#xa0;: rien n’a été ajouté à la sélection.</translation>
    </message>
    <message>
        <source>descriptor: %1</source>
        <translation>descripteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>topic: %1</source>
        <translation>sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>similar to: %1</source>
        <translation>proche de&#xa0;: %1</translation>
    </message>
    <message>
        <source>The appointment of %1 is %2: nothing is set aside for it.</source>
        <translation>Le rendez-vous du %1 est %2&#xa0;: rien n’est mis de côté pour lui.</translation>
    </message>
    <message>
        <source>on loan until %1</source>
        <translation>en prêt jusqu’au %1</translation>
    </message>
    <message>
        <source>no copy on the shelf</source>
        <translation>aucun exemplaire en rayon</translation>
    </message>
    <message>
        <source>Pull list: visit of %1</source>
        <translation>Liste de sortie des rayons&#xa0;: visite du %1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>The selection of the visit of %1 is empty.</source>
        <translation>La sélection de la visite du %1 est vide.</translation>
    </message>
    <message>
        <source>Documents for the visit of %1</source>
        <translation>Documents pour la visite du %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>The visitor of %1 has no card: register them as a borrower to lend.</source>
        <translation>Le visiteur du %1 n’a pas de carte&#xa0;: inscrivez-le comme emprunteur pour lui prêter.</translation>
    </message>
    <message>
        <source>The appointment of %1 is %2.</source>
        <translation>Le rendez-vous du %1 est %2.</translation>
    </message>
    <message>
        <source>The appointment of %1 is %2: it cannot be closed as a visit.</source>
        <translation>Le rendez-vous du %1 est %2&#xa0;: il ne peut pas être clôturé comme une visite.</translation>
    </message>
    <message>
        <source>The appointment of %1 has not taken place yet</source>
        <translation>Le rendez-vous du %1 n’a pas encore eu lieu</translation>
    </message>
    <message>
        <source>Unknown copy: no copy has the barcode %1.</source>
        <translation>Exemplaire inconnu&#xa0;: aucun exemplaire n’a le code-barres %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>infodoc::core::VisitorData</name>
    <message>
        <source>A named visitor is kept from 1 to 60 months after their last visit.</source>
        <translation>Un visiteur nommé est conservé de 1 à 60 mois après sa dernière visite.</translation>
    </message>
    <message>
        <source>No named visitor is called “%1”.</source>
        <translation>Aucun visiteur nommé ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>infodoc::core::VisitorMode</name>
    <message>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>Le code doit compter de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <source>Set the staff PIN first: it is needed to leave the visitor mode.</source>
        <translation>Définissez d’abord le code du personnel&#xa0;: il faut le saisir pour quitter le mode visiteur.</translation>
    </message>
    <message>
        <source>Wrong PIN: the visitor mode stays on.</source>
        <translation>Code erroné&#xa0;: le mode visiteur reste activé.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Vocabulary</name>
    <message>
        <source>Book</source>
        <translation>Ouvrage</translation>
    </message>
    <message>
        <source>Thematic dossier</source>
        <translation>Dossier thématique</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Experience sheet</source>
        <translation>Fiche d’expérience</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Actes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Periodical issue</source>
        <translation>Numéro de périodique</translation>
    </message>
    <message>
        <source>Statistical or territorial data</source>
        <translation>Données statistiques ou territoriales</translation>
    </message>
    <message>
        <source>Methodological guide or tool kit</source>
        <translation>Guide méthodologique ou boîte à outils</translation>
    </message>
    <message>
        <source>Audiovisual</source>
        <translation>Audiovisuel</translation>
    </message>
    <message>
        <source>Web resource</source>
        <translation>Ressource en ligne</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Director of publication</source>
        <translation>Sous la direction de</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur scientifique</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>Commissioning body</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>En prêt</translation>
    </message>
    <message>
        <source>Reference only</source>
        <translation>Consultation sur place</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Chapter or contribution</source>
        <translation>Chapitre ou contribution</translation>
    </message>
    <message>
        <source>Thesis or dissertation</source>
        <translation>Thèse ou mémoire</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Several languages</source>
        <translation>plusieurs langues</translation>
    </message>
    <message>
        <source>Documentary answer</source>
        <translation>Réponse documentaire</translation>
    </message>
</context>
<context>
    <name>infodoc::core::Workbook</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>there is no table</source>
        <translation>il n’y a aucun tableau</translation>
    </message>
    <message>
        <source>the workbook cannot be created</source>
        <translation>le classeur ne peut pas être créé</translation>
    </message>
    <message>
        <source>the sheet “%1” cannot be added</source>
        <translation>la feuille « %1 » ne peut pas être ajoutée</translation>
    </message>
    <message>
        <source>the header row</source>
        <translation>la ligne d’en-tête</translation>
    </message>
    <message>
        <source>more rows than a sheet can hold</source>
        <translation>plus de lignes qu’une feuille ne peut en contenir</translation>
    </message>
</context>
<context>
    <name>infodoc::core::ZipReader</name>
    <message>
        <source>%1 is not a readable zip archive.</source>
        <translation>%1 n’est pas une archive zip lisible.</translation>
    </message>
    <message>
        <source>%1 is a damaged zip archive.</source>
        <translation>%1 est une archive zip endommagée.</translation>
    </message>
    <message>
        <source>%1 holds %2 files, more than the %3 accepted.</source>
        <translation>%1 contient %2 fichiers, plus que les %3 acceptés.</translation>
    </message>
    <message>
        <source>%1 has no file %2.</source>
        <translation>%1 n’a pas de fichier %2.</translation>
    </message>
    <message>
        <source>%1 in %2 is larger than %3 MiB once unpacked.</source>
        <translation>%1 dans %2 dépasse %3 Mio une fois décompressé.</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be unpacked.</source>
        <translation>%1 dans %2 ne peut pas être décompressé.</translation>
    </message>
    <message>
        <source>%1 in %2 is damaged.</source>
        <translation>%1 dans %2 est endommagé.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::ZipWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Cannot write %1 into %2.</source>
        <translation>Impossible d’écrire %1 dans %2.</translation>
    </message>
</context>
<context>
    <name>infodoc::core::interop::XlsxTable</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the workbook cannot be created</source>
        <translation>le classeur ne peut pas être créé</translation>
    </message>
    <message>
        <source>the sheet cannot be added</source>
        <translation>la feuille ne peut pas être ajoutée</translation>
    </message>
    <message>
        <source>the header row</source>
        <translation>la ligne d’en-tête</translation>
    </message>
    <message>
        <source>more rows than a sheet can hold</source>
        <translation>plus de lignes qu’une feuille n’en peut contenir</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::AppointmentDialog</name>
    <message>
        <source>Appointment of %1</source>
        <translation>Rendez-vous du %1</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>Borrower (card)</source>
        <translation>Emprunteur (carte)</translation>
    </message>
    <message>
        <source>Named visitor without a card</source>
        <translation>Visiteur nommé sans carte</translation>
    </message>
    <message>
        <source>Anonymous visitor</source>
        <translation>Visiteur anonyme</translation>
    </message>
    <message>
        <source>&amp;Visitor:</source>
        <translation>&amp;Visiteur&#xa0;:</translation>
    </message>
    <message>
        <source>Scan or type the card, then Enter</source>
        <translation>Scannez ou tapez la carte, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Carte&#xa0;:</translation>
    </message>
    <message>
        <source>Name, First name</source>
        <translation>Nom, Prénom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Str&amp;ucture:</source>
        <translation>St&amp;ructure&#xa0;:</translation>
    </message>
    <message>
        <source>Structure t&amp;ype:</source>
        <translation>T&amp;ype de structure&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ommune:</source>
        <translation>Co&amp;mmune&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail or telephone</source>
        <translation>Courriel ou téléphone</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Con&amp;tact&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <source>Topic descriptors</source>
        <translation>Descripteurs du sujet</translation>
    </message>
    <message>
        <source>&amp;Descriptors:</source>
        <translation>D&amp;escripteurs&#xa0;:</translation>
    </message>
    <message>
        <source>The topic in the visitor&apos;s words</source>
        <translation>Le sujet dans les mots du visiteur</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Nearest free slots</source>
        <translation>Créneaux libres les plus proches</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Prendre le rendez-vous</translation>
    </message>
    <message>
        <source>Slot taken: %1. Save to book it.</source>
        <translation>Créneau retenu&#xa0;: %1. Enregistrez pour le réserver.</translation>
    </message>
    <message>
        <source>No borrower has the card “%1”.</source>
        <translation>Aucun emprunteur n’a la carte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1. Nearest free slots (Enter takes one):</source>
        <translation>%1. Créneaux libres les plus proches (Entrée en prend un)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::AppointmentsPage</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Go to the day</source>
        <translation>Aller au jour</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation>&amp;Nouveau rendez-vous…</translation>
    </message>
    <message>
        <source>&amp;Prepare the visit…</source>
        <translation>&amp;Préparer la visite…</translation>
    </message>
    <message>
        <source>P&amp;rint today and tomorrow…</source>
        <translation>&amp;Imprimer aujourd’hui et demain…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>P&amp;lus</translation>
    </message>
    <message>
        <source>Opening &amp;hours…</source>
        <translation>&amp;Horaires d’ouverture…</translation>
    </message>
    <message>
        <source>&amp;Import an agenda (.ics)…</source>
        <translation>&amp;Importer un agenda (.ics)…</translation>
    </message>
    <message>
        <source>Import &amp;closures (.ics)…</source>
        <translation>Importer des &amp;fermetures (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Export the appointments (.ics)…</source>
        <translation>E&amp;xporter les rendez-vous (.ics)…</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Rendez-vous à venir</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Upcoming:</source>
        <translation>À &amp;venir&#xa0;:</translation>
    </message>
    <message>
        <source>Choose an appointment in the week or the upcoming list first.</source>
        <translation>Choisissez d’abord un rendez-vous dans la semaine ou la liste à venir.</translation>
    </message>
    <message>
        <source>Import an iCalendar file</source>
        <translation>Importer un fichier iCalendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics);;All files (*)</source>
        <translation>iCalendar (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the appointments</source>
        <translation>Exporter les rendez-vous</translation>
    </message>
    <message>
        <source>appointments.ics</source>
        <translation>rendez-vous.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Appointment booked.</source>
        <translation>Rendez-vous pris.</translation>
    </message>
    <message>
        <source>No appointment %1</source>
        <translation>Aucun rendez-vous %1</translation>
    </message>
    <message>
        <source>Appointment saved.</source>
        <translation>Rendez-vous enregistré.</translation>
    </message>
    <message>
        <source>Not moved: %1.</source>
        <translation>Non déplacé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not moved: %1. Nearest free slots: %2.</source>
        <translation>Non déplacé&#xa0;: %1. Créneaux libres les plus proches&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Déplacé au %1.</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Cancel the appointment of %1 with %2?</source>
        <translation>Annuler le rendez-vous du %1 avec %2&#xa0;?</translation>
    </message>
    <message>
        <source>Appointment cancelled; its copies set aside are back on the shelf.</source>
        <translation>Rendez-vous annulé&#xa0;; ses exemplaires mis de côté retournent en rayon.</translation>
    </message>
    <message>
        <source>List written: %1</source>
        <translation>Liste enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>List of %1 printed.</source>
        <translation>Liste imprimée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n closure(s) imported.</source>
        <translation>
            <numerusform>%n fermeture importée.</numerusform>
            <numerusform>%n fermetures importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) added</source>
        <translation>
            <numerusform>%n rendez-vous ajouté</numerusform>
            <numerusform>%n rendez-vous ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved or updated</source>
        <translation>
            <numerusform>%n déplacé ou mis à jour</numerusform>
            <numerusform>%n déplacés ou mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Appointments exported: %1</source>
        <translation>Rendez-vous exportés&#xa0;: %1</translation>
    </message>
    <message>
        <source>A named &amp;visitor&apos;s data…</source>
        <translation>Données d’un &amp;visiteur nommé…</translation>
    </message>
    <message>
        <source>A named visitor&apos;s data</source>
        <translation>Données d’un visiteur nommé</translation>
    </message>
    <message>
        <source>Name of the visitor (without a card):</source>
        <translation>Nom du visiteur (sans carte)&#xa0;:</translation>
    </message>
    <message>
        <source>No named visitor is called “%1”.</source>
        <translation>Aucun visiteur nommé ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 — %2, last visit %3</source>
        <translation>%1 — %2, dernière visite le %3</translation>
    </message>
    <message>
        <source>Visitor:</source>
        <translation>Visiteur&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n appointment(s).</source>
        <translation>
            <numerusform>%1&#xa0;: %n rendez-vous.</numerusform>
            <numerusform>%1&#xa0;: %n rendez-vous.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export (right of access)…</source>
        <translation>&amp;Exporter (droit d’accès)…</translation>
    </message>
    <message>
        <source>E&amp;rase (right to erasure)</source>
        <translation>E&amp;ffacer (droit à l’effacement)</translation>
    </message>
    <message>
        <source>Export the visitor&apos;s data</source>
        <translation>Exporter les données du visiteur</translation>
    </message>
    <message>
        <source>visitor.json</source>
        <translation>visiteur.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Erase %1? Their appointments stay, anonymous, for the statistics.</source>
        <translation>Effacer %1&#xa0;? Ses rendez-vous restent, anonymes, pour les statistiques.</translation>
    </message>
    <message>
        <source>The visitor&apos;s data is written: %1</source>
        <translation>Les données du visiteur sont enregistrées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n appointment(s) made anonymous.</source>
        <translation>
            <numerusform>Effacé&#xa0;: %n rendez-vous rendu anonyme.</numerusform>
            <numerusform>Effacé&#xa0;: %n rendez-vous rendus anonymes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infodoc::ui::AttachmentsEdit</name>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Drop files here or choose them. They are copied into the catalogue and their text is read for the full-text search.</source>
        <translation>Déposez les fichiers ici ou choisissez-les. Ils sont copiés dans le catalogue et leur texte est lu pour la recherche en texte intégral.</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.odt *.docx *.txt *.html *.htm);;All files (*)</source>
        <translation>Documents (*.pdf *.odt *.docx *.txt *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>text not read yet</source>
        <translation>texte pas encore lu</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 — attached when the record is saved</source>
        <translation>%1 — joint à l’enregistrement de la notice</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The record is saved, but its attached files cannot be listed: %1</source>
        <translation>La notice est enregistrée, mais ses fichiers joints ne peuvent pas être listés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::AuthoritiesPage</name>
    <message>
        <source>Filter the authorities</source>
        <translation>Filtrer les autorités</translation>
    </message>
    <message>
        <source>Part of a name…</source>
        <translation>Une partie du nom…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Autorités</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Rename (F2): the records follow</source>
        <translation>Renommer (F2)&#xa0;: les notices suivent</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New form of the name:</source>
        <translation>Nouvelle forme du nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>The records of this name go to the name kept; this one is deleted.</source>
        <translation>Les notices de ce nom passent au nom conservé&#x202f;; celui-ci est supprimé.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Name to keep:</source>
        <translation>Nom à conserver&#xa0;:</translation>
    </message>
    <message>
        <source>There is no %1 named “%2”.</source>
        <translation>Il n’y a pas de nom « %2 » (%1).</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <source>The note on this person or organisation (dates, function, other forms of the name)</source>
        <translation>La note sur cette personne ou cet organisme (dates, fonction, autres formes du nom)</translation>
    </message>
    <message>
        <source>Note on %1:</source>
        <translation>Note sur %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::BackupsPage</name>
    <message>
        <source>Catalogue and backups</source>
        <translation>Catalogue et sauvegardes</translation>
    </message>
    <message>
        <source>Catalogue open: %1</source>
        <translation>Catalogue ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open &amp;another catalogue…</source>
        <translation>Ouvrir un &amp;autre catalogue…</translation>
    </message>
    <message>
        <source>&amp;Back up this catalogue automatically</source>
        <translation>&amp;Sauvegarder ce catalogue automatiquement</translation>
    </message>
    <message>
        <source>a USB drive, a network share…</source>
        <translation>une clé USB, un partage réseau…</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>days,</source>
        <translation>jours,</translation>
    </message>
    <message>
        <source>weeks,</source>
        <translation>semaines,</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>&amp;Keep the newest of the last:</source>
        <translation>&amp;Garder la plus récente des derniers&#xa0;:</translation>
    </message>
    <message>
        <source>when the program &amp;closes</source>
        <translation>à la &amp;fermeture du programme</translation>
    </message>
    <message>
        <source>every &amp;day at</source>
        <translation>chaque &amp;jour à</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Écrites&#xa0;:</translation>
    </message>
    <message>
        <source>Backups in the &amp;folder:</source>
        <translation>Sauvegardes du do&amp;ssier&#xa0;:</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Folder of the backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Backing up the catalogue…</source>
        <translation>Sauvegarde du catalogue…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>The backup is sound: %1 records, %2 attached files.</source>
        <translation>La sauvegarde est saine&#xa0;: %1 notices, %2 fichiers joints.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1</source>
        <translation>La sauvegarde est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the catalogue with the backup of %1? Everything recorded since then will be lost. The backup is checked first; the program then reopens the catalogue.</source>
        <translation>Remplacer le catalogue par la sauvegarde du %1&#xa0;? Tout ce qui a été enregistré depuis sera perdu. La sauvegarde est d’abord vérifiée&#xa0;; le programme rouvre ensuite le catalogue.</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::BatchEditDialog</name>
    <message numerus="yes">
        <source>Change %n record(s) at once</source>
        <translation>
            <numerusform>Modifier %n notice à la fois</numerusform>
            <numerusform>Modifier %n notices à la fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Add a subject</source>
        <translation>Ajouter un descripteur</translation>
    </message>
    <message>
        <source>Remove a subject</source>
        <translation>Retirer un descripteur</translation>
    </message>
    <message>
        <source>Add a territory</source>
        <translation>Ajouter un territoire</translation>
    </message>
    <message>
        <source>Remove a territory</source>
        <translation>Retirer un territoire</translation>
    </message>
    <message>
        <source>Add a keyword</source>
        <translation>Ajouter un mot-clé</translation>
    </message>
    <message>
        <source>Remove a keyword</source>
        <translation>Retirer un mot-clé</translation>
    </message>
    <message>
        <source>Set a field</source>
        <translation>Remplacer un champ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Modification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Champ&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>The change can be undone afterwards with Undo the batch change (Ctrl+Z) in the catalogue.</source>
        <translation>La modification pourra être annulée ensuite avec « Annuler la modification par lot » (Ctrl+Z) dans le catalogue.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) selected.</source>
        <translation>
            <numerusform>%n notice sélectionnée.</numerusform>
            <numerusform>%n notices sélectionnées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %2 selected record(s) will change.</source>
        <translation>
            <numerusform>%1 notice sur %2 sélectionnée sera modifiée.</numerusform>
            <numerusform>%1 des %2 notices sélectionnées seront modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the records…</source>
        <translation>Modification des notices…</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::BibliographyDialog</name>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (LibreOffice)</source>
        <translation>Texte OpenDocument (LibreOffice)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>CSL-JSON (Zotero, pandoc)</source>
        <translation>CSL-JSON (Zotero, pandoc)</translation>
    </message>
    <message>
        <source>RIS (Zotero)</source>
        <translation>RIS (Zotero)</translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation>Bibliographie</translation>
    </message>
    <message>
        <source>NF ISO 690, author-date</source>
        <translation>NF ISO 690, auteur-date</translation>
    </message>
    <message>
        <source>NF ISO 690, numeric</source>
        <translation>NF ISO 690, numérique</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date, newest first</source>
        <translation>Date, la plus récente d’abord</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>No headings</source>
        <translation>Sans intertitres</translation>
    </message>
    <message>
        <source>By document type</source>
        <translation>Par type de document</translation>
    </message>
    <message>
        <source>By theme of the thesaurus</source>
        <translation>Par thème du thésaurus</translation>
    </message>
    <message>
        <source>By territory</source>
        <translation>Par territoire</translation>
    </message>
    <message>
        <source>every author</source>
        <translation>tous les auteurs</translation>
    </message>
    <message>
        <source>Include the &amp;abstracts</source>
        <translation>Inclure les &amp;résumés</translation>
    </message>
    <message>
        <source>Include call numbers and &amp;availability</source>
        <translation>Inclure les cotes et la &amp;disponibilité</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Introduction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Style&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Headings:</source>
        <translation>Inter&amp;titres&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;et al.&quot; a&amp;fter:</source>
        <translation>« et al. » a&amp;près&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format of the file:</source>
        <translation>&amp;Format du fichier&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) chosen.</source>
        <translation>
            <numerusform>%n notice choisie.</numerusform>
            <numerusform>%n notices choisies.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Aperçu et impression…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Lecture des notices…</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Writing the bibliography…</source>
        <translation>Écriture de la bibliographie…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>bibliography</source>
        <translation>bibliographie</translation>
    </message>
    <message>
        <source>Export the bibliography</source>
        <translation>Exporter la bibliographie</translation>
    </message>
    <message>
        <source>The bibliography was written to %1.</source>
        <translation>La bibliographie a été écrite dans %1.</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::BorrowerImportDialog</name>
    <message>
        <source>Import borrowers</source>
        <translation>Importer des emprunteurs</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Preview &gt;</source>
        <translation>&amp;Aperçu &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;File (CSV):</source>
        <translation>&amp;Fichier (CSV)&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Field of the borrower</source>
        <translation>Champ de l’emprunteur</translation>
    </message>
    <message>
        <source>&amp;Load a mapping…</source>
        <translation>&amp;Charger une correspondance…</translation>
    </message>
    <message>
        <source>&amp;Save this mapping…</source>
        <translation>&amp;Enregistrer cette correspondance…</translation>
    </message>
    <message>
        <source>PMB&apos;s borrowers export (empr_cb, empr_nom, empr_prenom…) or any list with a card number and a name per line. Say where each column goes; a column left at “—” is not imported (PMB&apos;s address, birth year and dates are not kept). Nothing is written before the preview, and then only when you choose Import.</source>
        <translation>L’export des lecteurs de PMB (empr_cb, empr_nom, empr_prenom…) ou toute liste avec un numéro de carte et un nom par ligne. Dites où va chaque colonne&#xa0;; une colonne laissée à «&#xa0;—&#xa0;» n’est pas importée (l’adresse, l’année de naissance et les dates de PMB ne sont pas gardées). Rien n’est écrit avant l’aperçu, puis seulement quand vous choisissez Importer.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été relevé</translation>
    </message>
    <message>
        <source>&amp;Update the borrowers whose card is already known</source>
        <translation>&amp;Mettre à jour les emprunteurs dont la carte est déjà connue</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and leave a report of the others</source>
        <translation>Importer les lignes &amp;valides et garder un rapport des autres</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tableurs (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Field of the column “%1”</source>
        <translation>Champ de la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Correspondances de colonnes (*.json)</translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation>Enregistrer cette correspondance</translation>
    </message>
    <message>
        <source>borrowers-mapping.json</source>
        <translation>correspondance-emprunteurs.json</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n borrower(s) read</source>
        <translation>
            <numerusform>%1&#xa0;: %n emprunteur lu</numerusform>
            <numerusform>%1&#xa0;: %n emprunteurs lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n en erreur</numerusform>
            <numerusform>%n en erreur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) already known</source>
        <translation>
            <numerusform>%n carte déjà connue</numerusform>
            <numerusform>%n cartes déjà connues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n who may already be borrowers</source>
        <translation>
            <numerusform>%n peut-être déjà emprunteur</numerusform>
            <numerusform>%n peut-être déjà emprunteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Left as it is</source>
        <translation>Laissé tel quel</translation>
    </message>
    <message>
        <source>Card known</source>
        <translation>Carte connue</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>already the card of borrower n° %1: updated only if you say so.</source>
        <translation>déjà la carte de l’emprunteur n°&#xa0;%1&#xa0;: mis à jour seulement si vous le demandez.</translation>
    </message>
    <message>
        <source>Preview the file first.</source>
        <translation>Affichez d’abord l’aperçu du fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors: correct the file, or choose to import the valid rows and leave a report of the others.</source>
        <translation>
            <numerusform>%n ligne est en erreur&#xa0;: corrigez le fichier, ou choisissez d’importer les lignes valides et de garder un rapport des autres.</numerusform>
            <numerusform>%n lignes sont en erreur&#xa0;: corrigez le fichier, ou choisissez d’importer les lignes valides et de garder un rapport des autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n borrower(s)…</source>
        <translation>
            <numerusform>Import de %n emprunteur…</numerusform>
            <numerusform>Import de %n emprunteurs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %1: %n borrower(s) read.</source>
        <translation>
            <numerusform>Import de %1&#xa0;: %n emprunteur lu.</numerusform>
            <numerusform>Import de %1&#xa0;: %n emprunteurs lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as they were</source>
        <translation>
            <numerusform>%n laissé tel quel</numerusform>
            <numerusform>%n laissés tels quels</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>borrowers-import-report.txt</source>
        <translation>rapport-import-emprunteurs.txt</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::CataloguePage</name>
    <message>
        <source>Filter by title, author or call number…</source>
        <translation>Filtrer par titre, auteur ou cote…</translation>
    </message>
    <message>
        <source>Filter the catalogue</source>
        <translation>Filtrer le catalogue</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Select a record in the list to see it here.</source>
        <translation>Sélectionnez une notice dans la liste pour l’afficher ici.</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 notice</numerusform>
            <numerusform>%1 notices</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Nouvelle notice</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Open a record</source>
        <translation>Ouvrir une notice</translation>
    </message>
    <message>
        <source>Duplicate a record</source>
        <translation>Dupliquer une notice</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Delete the record n° %1 “%2” with its copies and attached files?</source>
        <translation>Supprimer la notice n°&#xa0;%1 « %2 » avec ses exemplaires et ses fichiers joints&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n records with their copies and attached files?</source>
        <translation>
            <numerusform>Supprimer cette notice avec ses exemplaires et ses fichiers joints&#x202f;?</numerusform>
            <numerusform>Supprimer ces %n notices avec leurs exemplaires et leurs fichiers joints&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Change in a &amp;batch…</source>
        <translation>Modifier par &amp;lot…</translation>
    </message>
    <message>
        <source>&amp;Undo the batch change</source>
        <translation>&amp;Annuler la modification par lot</translation>
    </message>
    <message>
        <source>Change in a batch</source>
        <translation>Modifier par lot</translation>
    </message>
    <message>
        <source>Select the records to change first (Ctrl+A selects the whole list).</source>
        <translation>Sélectionnez d’abord les notices à modifier (Ctrl+A sélectionne toute la liste).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed.</source>
        <translation>
            <numerusform>%n notice modifiée.</numerusform>
            <numerusform>%n notices modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the batch change…</source>
        <translation>Annulation de la modification par lot…</translation>
    </message>
    <message>
        <source>Undo the batch change</source>
        <translation>Annuler la modification par lot</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) put back as they were.</source>
        <translation>
            <numerusform>%n notice remise comme avant.</numerusform>
            <numerusform>%n notices remises comme avant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::CentreIdentityPage</name>
    <message>
        <source>The centre&apos;s identity</source>
        <translation>Identité du centre</translation>
    </message>
    <message>
        <source>C&amp;hoose a logo…</source>
        <translation>C&amp;hoisir un logo…</translation>
    </message>
    <message>
        <source>&amp;Remove the logo</source>
        <translation>&amp;Retirer le logo</translation>
    </message>
    <message>
        <source>Logo of the centre</source>
        <translation>Logo du centre</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Colour of the documents</source>
        <translation>Couleur des documents</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Site web&#xa0;:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>Printed at the top of bibliographies, experience sheets, letters and the annual report.</source>
        <translation>Imprimée en tête des bibliographies, des fiches d’expériences, des lettres et du bilan annuel.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 n’est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Couleur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::CopiesEdit</name>
    <message>
        <source>Copies</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Add a &amp;copy</source>
        <translation>Ajouter un &amp;exemplaire</translation>
    </message>
    <message>
        <source>Remove the copy</source>
        <translation>Retirer l’exemplaire</translation>
    </message>
    <message>
        <source>Status of copy %1</source>
        <translation>Statut de l’exemplaire %1</translation>
    </message>
    <message>
        <source>On loan, due %1</source>
        <translation>En prêt, retour le %1</translation>
    </message>
    <message>
        <source>Lent at the Loans desk: return it there to change its status.</source>
        <translation>Prêté à la banque de prêt&#xa0;: enregistrez-y son retour pour changer son statut.</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::CopyCatalogueDialog</name>
    <message>
        <source>Copy cataloguing</source>
        <translation>Catalogage partagé</translation>
    </message>
    <message>
        <source>scan or type it</source>
        <translation>scannez-le ou tapez-le</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>C&amp;hercher</translation>
    </message>
    <message>
        <source>Ca&amp;talogue:</source>
        <translation>&amp;Catalogue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;ISBN:</source>
        <translation>&amp;ISBN&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Publisher, date</source>
        <translation>Éditeur, date</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>In the catalogue</source>
        <translation>Au catalogue</translation>
    </message>
    <message>
        <source>If it is already there: merge, filling in what the catalogue lacks</source>
        <translation>Si elle y est déjà&#xa0;: compléter ce qui manque à la notice du catalogue</translation>
    </message>
    <message>
        <source>If it is already there: import it as a new record all the same</source>
        <translation>Si elle y est déjà&#xa0;: l’importer quand même comme nouvelle notice</translation>
    </message>
    <message>
        <source>If it is already there: do not import it</source>
        <translation>Si elle y est déjà&#xa0;: ne pas l’importer</translation>
    </message>
    <message>
        <source>&amp;Import this record</source>
        <translation>Importer cette &amp;notice</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no catalogue to search.</source>
        <translation>Il n’y a aucun catalogue où chercher.</translation>
    </message>
    <message>
        <source>Give an ISBN, a title or an author to search for.</source>
        <translation>Donnez un ISBN, un titre ou un auteur à chercher.</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>Recherche dans %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1: %2 records found, the first %3 shown.</source>
        <translation>%1&#xa0;: %2 notices trouvées, les %3 premières affichées.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) found.</source>
        <translation>
            <numerusform>%1&#xa0;: %n notice trouvée.</numerusform>
            <numerusform>%1&#xa0;: %n notices trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation>ne peut pas être importée</translation>
    </message>
    <message>
        <source>may be there already</source>
        <translation>y est peut-être déjà</translation>
    </message>
    <message>
        <source>Subjects: %1</source>
        <translation>Sujets&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a record of the answer first.</source>
        <translation>Choisissez d’abord une notice de la réponse.</translation>
    </message>
    <message>
        <source>Importing the record…</source>
        <translation>Import de la notice…</translation>
    </message>
    <message>
        <source>The record is in the catalogue already: nothing was imported.</source>
        <translation>La notice est déjà au catalogue&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>Imported as record %1.</source>
        <translation>Importée comme notice %1.</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::DocumentViewer</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>P&amp;age:</source>
        <translation>P&amp;age&#xa0;:</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Réduire (Ctrl+-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Agrandir (Ctrl++)</translation>
    </message>
    <message>
        <source>Next page with the &amp;words</source>
        <translation>Page suivante avec les &amp;mots</translation>
    </message>
    <message>
        <source>Page of the document</source>
        <translation>Page du document</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Ouvrir un fichier</translation>
    </message>
    <message>
        <source>No program opens %1.</source>
        <translation>Aucun programme n’ouvre %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The words searched for are not in this document.</source>
        <translation>Les mots cherchés ne sont pas dans ce document.</translation>
    </message>
    <message numerus="yes">
        <source>The words searched for are on page(s) %1.</source>
        <translation>
            <numerusform>Les mots cherchés sont à la page %1.</numerusform>
            <numerusform>Les mots cherchés sont aux pages %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infodoc::ui::ExportDialog</name>
    <message>
        <source>UNIMARC (ISO 2709): PMB, a library</source>
        <translation>UNIMARC (ISO 2709)&#xa0;: PMB, une bibliothèque</translation>
    </message>
    <message>
        <source>MARC21 (ISO 2709)</source>
        <translation>MARC21 (ISO 2709)</translation>
    </message>
    <message>
        <source>MARCXML of UNIMARC</source>
        <translation>MARCXML en UNIMARC</translation>
    </message>
    <message>
        <source>MARCXML of MARC21</source>
        <translation>MARCXML en MARC21</translation>
    </message>
    <message>
        <source>RIS (Zotero, EndNote)</source>
        <translation>RIS (Zotero, EndNote)</translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <source>CSL-JSON (Zotero, pandoc)</source>
        <translation>CSL-JSON (Zotero, pandoc)</translation>
    </message>
    <message>
        <source>Dublin Core (oai_dc)</source>
        <translation>Dublin Core (oai_dc)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV, ; separated)</source>
        <translation>Tableur (CSV, séparé par des&#xa0;;)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Exporter des notices</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selection (%n record(s))</source>
        <translation>
            <numerusform>La &amp;sélection (%n notice)</numerusform>
            <numerusform>La &amp;sélection (%n notices)</numerusform>
        </translation>
    </message>
    <message>
        <source>The &amp;whole catalogue</source>
        <translation>&amp;Tout le catalogue</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>records</source>
        <translation>notices</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Notices&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cells a spreadsheet would take for formulas (=, +, -, @) are written after an apostrophe.</source>
        <translation>Les cellules qu’un tableur prendrait pour des formules (=, +, -, @) sont écrites après une apostrophe.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>There is no record to export.</source>
        <translation>Il n’y a aucune notice à exporter.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>%n notice écrite dans %1.</numerusform>
            <numerusform>%n notices écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange package for the network&apos;s centres (records, sheets, files)</source>
        <translation>Paquet d’échange pour les centres du réseau (notices, fiches, fichiers)</translation>
    </message>
    <message>
        <source>Static OAI-PMH repository, for the network&apos;s harvesters</source>
        <translation>Entrepôt OAI-PMH statique, pour les moissonneurs du réseau</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::FacetPanel</name>
    <message>
        <source>Facets</source>
        <translation>Facettes</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Descripteur</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Décennie</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>≈%1</source>
        <translation>≈%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 record(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %2, %3 notice</numerusform>
            <numerusform>%1&#xa0;: %2, %3 notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n other value(s)…</source>
        <translation>
            <numerusform>Afficher l’autre valeur…</numerusform>
            <numerusform>Afficher les %n autres valeurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter shows every value of %1</source>
        <translation>Entrée affiche toutes les valeurs de la facette «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::HelpWindow</name>
    <message>
        <source>Infodoc help</source>
        <translation>Aide d’Infodoc</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Précédent (%1)</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>Find in the page (Ctrl+F), Enter for the next</source>
        <translation>Chercher dans la page (Ctrl+F), Entrée pour le suivant</translation>
    </message>
    <message>
        <source>Infodoc help — %1</source>
        <translation>Aide d’Infodoc — %1</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::ImportDialog</name>
    <message>
        <source>Found from the file</source>
        <translation>Reconnu d’après le fichier</translation>
    </message>
    <message>
        <source>MARC (ISO 2709), UNIMARC or MARC21 told apart</source>
        <translation>MARC (ISO 2709), UNIMARC ou MARC21 reconnu</translation>
    </message>
    <message>
        <source>UNIMARC (ISO 2709): PMB, BnF, SUDOC</source>
        <translation>UNIMARC (ISO 2709)&#xa0;: PMB, BnF, SUDOC</translation>
    </message>
    <message>
        <source>MARC21 (ISO 2709)</source>
        <translation>MARC21 (ISO 2709)</translation>
    </message>
    <message>
        <source>MARCXML</source>
        <translation>MARCXML</translation>
    </message>
    <message>
        <source>RIS (Zotero, EndNote)</source>
        <translation>RIS (Zotero, EndNote)</translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <source>CSL-JSON (Zotero)</source>
        <translation>CSL-JSON (Zotero)</translation>
    </message>
    <message>
        <source>Dublin Core, OAI-PMH</source>
        <translation>Dublin Core, OAI-PMH</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tableur (CSV)</translation>
    </message>
    <message>
        <source>Skip: keep the catalogue&apos;s record</source>
        <translation>Ignorer&#xa0;: garder la notice du catalogue</translation>
    </message>
    <message>
        <source>Merge: fill in what the catalogue&apos;s record lacks</source>
        <translation>Compléter&#xa0;: ajouter ce qui manque à la notice du catalogue</translation>
    </message>
    <message>
        <source>Replace the description (copies kept)</source>
        <translation>Remplacer la description (exemplaires gardés)</translation>
    </message>
    <message>
        <source>Import as a new record</source>
        <translation>Importer comme nouvelle notice</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Importer des notices</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Preview &gt;</source>
        <translation>&amp;Aperçu &gt;</translation>
    </message>
    <message>
        <source>A PMB export (.mrc), a Zotero file, a spreadsheet…</source>
        <translation>Un export de PMB (.mrc), un fichier Zotero, un tableur…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Found from the bytes (the declared one is often wrong)</source>
        <translation>Reconnu d’après les octets (celui déclaré est souvent faux)</translation>
    </message>
    <message>
        <source>ISO 5426 (UNIMARC)</source>
        <translation>ISO 5426 (UNIMARC)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>&amp;Character set (MARC):</source>
        <translation>&amp;Jeu de caractères (MARC)&#xa0;:</translation>
    </message>
    <message>
        <source>The spreadsheet&apos;s columns</source>
        <translation>Les colonnes du tableur</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Field of the record</source>
        <translation>Champ de la notice</translation>
    </message>
    <message>
        <source>&amp;Load a mapping…</source>
        <translation>&amp;Charger une correspondance…</translation>
    </message>
    <message>
        <source>&amp;Save this mapping…</source>
        <translation>&amp;Enregistrer cette correspondance…</translation>
    </message>
    <message>
        <source>Say where each column goes; a column left at “—” is not imported. The headers were matched to the fields by their names.</source>
        <translation>Indiquez où va chaque colonne&#xa0;; une colonne laissée à «&#xa0;—&#xa0;» n’est pas importée. Les en-têtes ont été rapprochés des champs d’après leur nom.</translation>
    </message>
    <message>
        <source>Se&amp;parator between several values of a cell:</source>
        <translation>Séparateur entre plusieurs &amp;valeurs d’une cellule&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing is written to the catalogue before the preview, and then only when you choose Import.</source>
        <translation>Rien n’est écrit dans le catalogue avant l’aperçu, puis seulement quand vous choisissez Importer.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été relevé</translation>
    </message>
    <message>
        <source>If already there</source>
        <translation>Si elle existe déjà</translation>
    </message>
    <message>
        <source>Import the &amp;valid records and leave a report of the others</source>
        <translation>Importer les notices &amp;valides et garder un rapport des autres</translation>
    </message>
    <message>
        <source>Add the subjects the thesaurus lacks as &amp;candidate descriptors</source>
        <translation>Ajouter les sujets absents du thésaurus comme descripteurs &amp;candidats</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates:</source>
        <translation>&amp;Doublons possibles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Correspondances de colonnes (*.json)</translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation>Enregistrer cette correspondance</translation>
    </message>
    <message>
        <source>mapping.json</source>
        <translation>correspondance.json</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) read</source>
        <translation>
            <numerusform>%1&#xa0;: %n notice lue</numerusform>
            <numerusform>%1&#xa0;: %n notices lues</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n en erreur</numerusform>
            <numerusform>%n en erreur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n doublon possible</numerusform>
            <numerusform>%n doublons possibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with notes</source>
        <translation>
            <numerusform>%n avec des remarques</numerusform>
            <numerusform>%n avec des remarques</numerusform>
        </translation>
    </message>
    <message>
        <source>The repository has more records: the next page is asked for with the token “%1”.</source>
        <translation>L’entrepôt a d’autres notices&#xa0;: la page suivante se demande avec le jeton «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Ready, with notes</source>
        <translation>Prête, avec des remarques</translation>
    </message>
    <message>
        <source>Kept as keywords: %1</source>
        <translation>Gardés comme mots-clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>As for all</source>
        <translation>Comme pour toutes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Subjects the thesaurus does not have, kept as keywords unless added as candidates: %1</source>
        <translation>Sujets absents du thésaurus, gardés comme mots-clés sauf s’ils sont ajoutés comme candidats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preview the file first.</source>
        <translation>Affichez d’abord l’aperçu du fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have errors: correct the file, or choose to import the valid records and leave a report of the others.</source>
        <translation>
            <numerusform>%n notice est en erreur&#xa0;: corrigez le fichier, ou choisissez d’importer les notices valides et de garder un rapport des autres.</numerusform>
            <numerusform>%n notices sont en erreur&#xa0;: corrigez le fichier, ou choisissez d’importer les notices valides et de garder un rapport des autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n record(s)…</source>
        <translation>
            <numerusform>Import de %n notice…</numerusform>
            <numerusform>Import de %n notices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %1: %n record(s) read.</source>
        <translation>
            <numerusform>Import de %1&#xa0;: %n notice lue.</numerusform>
            <numerusform>Import de %1&#xa0;: %n notices lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n complétée</numerusform>
            <numerusform>%n complétées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacée</numerusform>
            <numerusform>%n remplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate descriptor(s) added to the thesaurus.</source>
        <translation>
            <numerusform>%n descripteur candidat ajouté au thésaurus.</numerusform>
            <numerusform>%n descripteurs candidats ajoutés au thésaurus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>import-report.txt</source>
        <translation>rapport-import.txt</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Exchange package of a centre (.zip)</source>
        <translation>Paquet d’échange d’un centre (.zip)</translation>
    </message>
    <message>
        <source>Records (*.mrc *.iso *.dat *.marc *.xml *.ris *.bib *.json *.csv *.tsv *.txt *.zip);;All files (*)</source>
        <translation>Notices (*.mrc *.iso *.dat *.marc *.xml *.ris *.bib *.json *.csv *.tsv *.txt *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source> … and %n other(s)</source>
        <translation>
            <numerusform> … et %n autre</numerusform>
            <numerusform> … et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infodoc::ui::LabelsPage</name>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Label &amp;sheet by default:</source>
        <translation>&amp;Planche d’étiquettes par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Barcode by default:</source>
        <translation>&amp;Code-barres par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>The centre&apos;s &amp;own sheets, in millimetres: COLUMNSxROWS:WIDTHxHEIGHT@TOP,LEFT[,GAPX,GAPY]</source>
        <translation>Les planches &amp;propres au centre, en millimètres&#xa0;: COLONNESxLIGNES:LARGEURxHAUTEUR@HAUT,GAUCHE[,ÉCARTX,ÉCARTY]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>&amp;Add a sheet</source>
        <translation>&amp;Ajouter une planche</translation>
    </message>
    <message>
        <source>&amp;Remove the sheet</source>
        <translation>&amp;Retirer la planche</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Planche %1</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l’&amp;interface&#xa0;:</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Infodoc. It is chosen for this workstation&apos;s user; the catalogue does not change.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage d’Infodoc. Elle est propre à l’utilisateur de ce poste&#xa0;; le catalogue ne change pas.</translation>
    </message>
    <message>
        <source>The language could not be kept in %1.</source>
        <translation>La langue n’a pas pu être enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::LoanRulesPage</name>
    <message>
        <source>Loans and calendar</source>
        <translation>Prêts et calendrier</translation>
    </message>
    <message>
        <source>Loan rules by category and document type</source>
        <translation>Règles de prêt par catégorie et type de document</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Prêté le</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>À la fois</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Prolongations</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Rule for a document &amp;type…</source>
        <translation>Règle pour un &amp;type de document…</translation>
    </message>
    <message>
        <source>New cate&amp;gory…</source>
        <translation>Nouvelle caté&amp;gorie…</translation>
    </message>
    <message>
        <source>Functions offered in the borrower form, one per line:</source>
        <translation>Fonctions proposées dans la fiche emprunteur, une par ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Opening days and closures</source>
        <translation>Jours d’ouverture et fermetures</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Label (summer closure…)</source>
        <translation>Libellé (fermeture d’été…)</translation>
    </message>
    <message>
        <source>&amp;Add the closure</source>
        <translation>&amp;Ajouter la fermeture</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Delays and retention (CNIL)</source>
        <translation>Délais et conservation (CNIL)</translation>
    </message>
    <message>
        <source>A ready hold waits (opening days):</source>
        <translation>Une réservation disponible attend (jours d’ouverture)&#xa0;:</translation>
    </message>
    <message>
        <source>Reminders, days after the due date:</source>
        <translation>Relances, jours après la date de retour&#xa0;:</translation>
    </message>
    <message>
        <source>A returned loan keeps its borrower (months):</source>
        <translation>Un prêt rendu garde son emprunteur (mois)&#xa0;:</translation>
    </message>
    <message>
        <source>An inactive borrower is kept (months):</source>
        <translation>Un emprunteur inactif est gardé (mois)&#xa0;:</translation>
    </message>
    <message>
        <source>Retention: &amp;dry run</source>
        <translation>Conservation&#xa0;: &amp;simulation</translation>
    </message>
    <message>
        <source>A&amp;pply the retention rules</source>
        <translation>A&amp;ppliquer les durées de conservation</translation>
    </message>
    <message>
        <source>every type</source>
        <translation>tous les types</translation>
    </message>
    <message>
        <source>Loan rules, row %1: the days, items and renewals are whole numbers.</source>
        <translation>Règles de prêt, ligne %1&#xa0;: les jours, documents et prolongations sont des nombres entiers.</translation>
    </message>
    <message>
        <source>Reminders: “%1” is not a number of days.</source>
        <translation>Relances&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre de jours.</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Name of the category:</source>
        <translation>Nom de la catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Loan rules</source>
        <translation>Règles de prêt</translation>
    </message>
    <message>
        <source>Rule for a document type</source>
        <translation>Règle pour un type de document</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Document type:</source>
        <translation>Type de document&#xa0;:</translation>
    </message>
    <message>
        <source>%1 already has a rule for %2.</source>
        <translation>%1 a déjà une règle pour %2.</translation>
    </message>
    <message>
        <source>%1 due date(s) and %2 pick-up limit(s) fall inside this closure. Move them to the next opening day?</source>
        <translation>%1 date(s) de retour et %2 date(s) limite de retrait tombent pendant cette fermeture. Les reporter au jour d’ouverture suivant&#xa0;?</translation>
    </message>
    <message>
        <source>%1 loan(s) returned before %2 lose their borrower; %3 borrower(s) inactive since %4 are deleted:</source>
        <translation>%1 prêt(s) rendu(s) avant le %2 perdent leur emprunteur&#xa0;; %3 emprunteur(s) inactif(s) depuis le %4 sont supprimés&#xa0;:</translation>
    </message>
    <message>
        <source>%1 named visitor(s) without a card, last come before %2, are forgotten:</source>
        <translation>%1 visiteur(s) nommé(s) sans carte, venu(s) pour la dernière fois avant le %2, sont oubliés&#xa0;:</translation>
    </message>
    <message>
        <source>%1 named requester(s) whose last request ended before %2 are forgotten; %3 request(s) of borrowers lose their link to the card:</source>
        <translation>%1 demandeur(s) nommé(s) dont la dernière demande s’est terminée avant le %2 sont oubliés ; %3 demande(s) d’emprunteurs perdent leur lien avec la carte :</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Apply the retention rules as shown by the dry run?</source>
        <translation>Appliquer les durées de conservation comme le montre la simulation&#xa0;?</translation>
    </message>
    <message>
        <source>Applying the retention rules…</source>
        <translation>Application des durées de conservation…</translation>
    </message>
    <message>
        <source>Applied: %1 loan(s) anonymised, %2 borrower(s) deleted, %3 named visitor(s) forgotten, %4 requester(s) forgotten.</source>
        <translation>Appliqué : %1 prêt(s) anonymisé(s), %2 emprunteur(s) supprimé(s), %3 visiteur(s) nommé(s) oublié(s), %4 demandeur(s) oublié(s).</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::LoansPage</name>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Banque de prêt</translation>
    </message>
    <message>
        <source>&amp;Borrowers</source>
        <translation>&amp;Emprunteurs</translation>
    </message>
    <message>
        <source>&amp;Late and reminders</source>
        <translation>&amp;Retards et relances</translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <translation>Ré&amp;servations</translation>
    </message>
    <message>
        <source>&amp;Scan a card or a copy:</source>
        <translation>&amp;Lire une carte ou un exemplaire&#xa0;:</translation>
    </message>
    <message>
        <source>card or barcode, then Enter</source>
        <translation>carte ou code-barres, puis Entrée</translation>
    </message>
    <message>
        <source>Scan box</source>
        <translation>Zone de lecture</translation>
    </message>
    <message>
        <source>D&amp;ay:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>The day of the loan or the return (a paper slip entered later)</source>
        <translation>Le jour du prêt ou du retour (une fiche papier saisie plus tard)</translation>
    </message>
    <message>
        <source>Scan a borrower&apos;s card to lend, or a copy to return it.</source>
        <translation>Lisez la carte d’un emprunteur pour prêter, ou un exemplaire pour enregistrer son retour.</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière opération</translation>
    </message>
    <message>
        <source>No borrower selected.</source>
        <translation>Aucun emprunteur choisi.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Exemplaire</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Prêté le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Retour prévu</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Loans of the borrower</source>
        <translation>Prêts de l’emprunteur</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>To collect by</source>
        <translation>À retirer avant le</translation>
    </message>
    <message>
        <source>Holds of the borrower</source>
        <translation>Réservations de l’emprunteur</translation>
    </message>
    <message>
        <source>&amp;Renew (F5)</source>
        <translation>&amp;Prolonger (F5)</translation>
    </message>
    <message>
        <source>Mark &amp;lost</source>
        <translation>Déclarer p&amp;erdu</translation>
    </message>
    <message>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>&amp;Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Next borrower (Esc)</source>
        <translation>Emprunteur &amp;suivant (Échap)</translation>
    </message>
    <message>
        <source>%1 (card %2): the loans cannot be read.</source>
        <translation>%1 (carte %2)&#xa0;: les prêts ne peuvent pas être lus.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (card %2) — %3 — &lt;span style=&quot;color:#b01c1c&quot;&gt;%n late&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (carte %2) — %3 — &lt;span style=&quot;color:#b01c1c&quot;&gt;%n en retard&lt;/span&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (carte %2) — %3 — &lt;span style=&quot;color:#b01c1c&quot;&gt;%n en retard&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (card %2) — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (carte %2) — %3</translation>
    </message>
    <message>
        <source>Choose the loan to renew in the list.</source>
        <translation>Choisissez dans la liste le prêt à prolonger.</translation>
    </message>
    <message>
        <source>Choose the loan to mark lost in the list.</source>
        <translation>Choisissez dans la liste le prêt à déclarer perdu.</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Déclarer perdu</translation>
    </message>
    <message>
        <source>Mark the copy %1 lost? Its loan ends.</source>
        <translation>Déclarer l’exemplaire %1 perdu&#xa0;? Son prêt prend fin.</translation>
    </message>
    <message>
        <source>Find a borrower (name, structure, card, e-mail)</source>
        <translation>Chercher un emprunteur (nom, structure, carte, courriel)</translation>
    </message>
    <message>
        <source>Find a borrower</source>
        <translation>Chercher un emprunteur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Emprunteur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Carte&#xa0;:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Structure:</source>
        <translation>&amp;Structure&#xa0;:</translation>
    </message>
    <message>
        <source>Structure &amp;type:</source>
        <translation>&amp;Type de structure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>C&amp;ourriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation>E&amp;xporter ses données…</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>Eff&amp;acer…</translation>
    </message>
    <message>
        <source>There is no borrower number %1.</source>
        <translation>Il n’y a pas d’emprunteur numéro %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on loan; registered on %1, last activity on %2.</source>
        <translation>
            <numerusform>%n document en prêt&#xa0;; inscrit le %1, dernière activité le %2.</numerusform>
            <numerusform>%n documents en prêt&#xa0;; inscrit le %1, dernière activité le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (card %2, %3)</source>
        <translation>%1 (carte %2, %3)</translation>
    </message>
    <message>
        <source>This borrower may already be registered:
%1

Register a new borrower all the same?</source>
        <translation>Cet emprunteur est peut-être déjà inscrit&#xa0;:
%1

Inscrire quand même un nouvel emprunteur&#xa0;?</translation>
    </message>
    <message>
        <source>Delete %1? Their past loans are kept without their name.</source>
        <translation>Supprimer %1&#xa0;? Ses prêts passés sont gardés sans son nom.</translation>
    </message>
    <message>
        <source>Export the borrower&apos;s data</source>
        <translation>Exporter les données de l’emprunteur</translation>
    </message>
    <message>
        <source>Readable PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF lisible (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Erase the borrower</source>
        <translation>Effacer l’emprunteur</translation>
    </message>
    <message>
        <source>Erase everything about %1? Their history becomes anonymous and this cannot be undone; restoring an older backup will erase them again.</source>
        <translation>Effacer tout ce qui concerne %1&#xa0;? Son historique devient anonyme et c’est définitif&#xa0;; restaurer une sauvegarde plus ancienne l’effacera de nouveau.</translation>
    </message>
    <message>
        <source>Borrower / title</source>
        <translation>Emprunteur / titre</translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation>Relances envoyées</translation>
    </message>
    <message>
        <source>Late loans by borrower</source>
        <translation>Prêts en retard par emprunteur</translation>
    </message>
    <message>
        <source>&amp;Write the reminder letters…</source>
        <translation>É&amp;crire les lettres de relance…</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <translation>(anonymisé)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) late. </source>
        <translation>
            <numerusform>%n document en retard. </numerusform>
            <numerusform>%n documents en retard. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder letter(s) to write today.</source>
        <translation>
            <numerusform>%n lettre de relance à écrire aujourd’hui.</numerusform>
            <numerusform>%n lettres de relance à écrire aujourd’hui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the reminder letters</source>
        <translation>Dossier des lettres de relance</translation>
    </message>
    <message>
        <source>Writing the reminder letters…</source>
        <translation>Écriture des lettres de relance…</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Relances</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1.</source>
        <translation>
            <numerusform>%n lettre écrite dans %1.</numerusform>
            <numerusform>%n lettres écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>&amp;Place a hold…</source>
        <translation>&amp;Réserver…</translation>
    </message>
    <message>
        <source>&amp;Cancel the hold</source>
        <translation>&amp;Annuler la réservation</translation>
    </message>
    <message>
        <source>Place a hold</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Record number:</source>
        <translation>Numéro de la notice&#xa0;:</translation>
    </message>
    <message>
        <source>Borrower&apos;s card:</source>
        <translation>Carte de l’emprunteur&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown card: no borrower has the card %1.</source>
        <translation>Carte inconnue&#xa0;: aucun emprunteur n’a la carte %1.</translation>
    </message>
    <message>
        <source>A copy is on the shelf: set %1 aside for %2 (to collect by %3).</source>
        <translation>Un exemplaire est en rayon&#xa0;: mettez %1 de côté pour %2 (à retirer avant le %3).</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>La&amp;bels</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>Barcode labels of copies (barcodes below)</source>
        <translation>Étiquettes code-barres d’exemplaires (codes ci-dessous)</translation>
    </message>
    <message>
        <source>Barcode labels of a basket&apos;s records</source>
        <translation>Étiquettes code-barres des notices d’un panier</translation>
    </message>
    <message>
        <source>Barcode labels of the copies added since</source>
        <translation>Étiquettes code-barres des exemplaires ajoutés depuis</translation>
    </message>
    <message>
        <source>Spine labels of a basket&apos;s records</source>
        <translation>Étiquettes de dos des notices d’un panier</translation>
    </message>
    <message>
        <source>Spine labels of copies (barcodes below)</source>
        <translation>Étiquettes de dos d’exemplaires (codes ci-dessous)</translation>
    </message>
    <message>
        <source>Borrower cards (cards below, or all)</source>
        <translation>Cartes d’emprunteur (cartes ci-dessous, ou toutes)</translation>
    </message>
    <message>
        <source>barcodes or cards, separated by commas or spaces; scanning adds them</source>
        <translation>codes-barres ou cartes, séparés par des virgules ou des espaces&#xa0;; la lecture au scanner les ajoute</translation>
    </message>
    <message>
        <source>The first free label of a partly used sheet</source>
        <translation>La première étiquette libre d’une planche entamée</translation>
    </message>
    <message>
        <source>&amp;Print:</source>
        <translation>&amp;Imprimer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Codes:</source>
        <translation>&amp;Codes&#xa0;:</translation>
    </message>
    <message>
        <source>Bas&amp;ket:</source>
        <translation>Pa&amp;nier&#xa0;:</translation>
    </message>
    <message>
        <source>Added &amp;since:</source>
        <translation>Ajoutés &amp;depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>Label &amp;sheet:</source>
        <translation>P&amp;lanche&#xa0;:</translation>
    </message>
    <message>
        <source>Bar&amp;code:</source>
        <translation>Code-&amp;barres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First free label:</source>
        <translation>Première étiquette &amp;libre&#xa0;:</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>A&amp;perçu avant impression…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>There is no label to print.</source>
        <translation>Il n’y a aucune étiquette à imprimer.</translation>
    </message>
    <message>
        <source>Save the labels</source>
        <translation>Enregistrer les étiquettes</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) written to %1.</source>
        <translation>
            <numerusform>%n étiquette écrite dans %1.</numerusform>
            <numerusform>%n étiquettes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wording of the &amp;reminders…</source>
        <translation>&amp;Texte des relances…</translation>
    </message>
    <message>
        <source>&amp;Tell the borrower…</source>
        <translation>&amp;Prévenir l’emprunteur…</translation>
    </message>
    <message>
        <source>The text telling the borrower their copy is ready, to copy or save as an e-mail</source>
        <translation>Le texte qui prévient l’emprunteur que son exemplaire est disponible, à copier ou à enregistrer en courriel</translation>
    </message>
    <message>
        <source>This hold is not ready yet: no copy is set aside for it.</source>
        <translation>Cette réservation n’est pas encore disponible&#xa0;: aucun exemplaire n’est mis de côté pour elle.</translation>
    </message>
    <message>
        <source>Tell %1</source>
        <translation>Prévenir %1</translation>
    </message>
    <message>
        <source>No e-mail address: by letter or telephone.</source>
        <translation>Pas d’adresse électronique&#xa0;: par lettre ou par téléphone.</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Courriel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save as an &amp;e-mail…</source>
        <translation>Enregistrer en &amp;courriel…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Save the e-mail</source>
        <translation>Enregistrer le courriel</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>Courriel (*.eml)</translation>
    </message>
    <message>
        <source>Wording of the reminders</source>
        <translation>Texte des relances</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>{name}: the borrower, {items}: the late documents, {centre}: the centre, {date}: the day</source>
        <translation>{name}&#xa0;: l’emprunteur, {items}&#xa0;: les documents en retard, {centre}&#xa0;: le centre, {date}&#xa0;: le jour</translation>
    </message>
    <message>
        <source>&amp;Save this level</source>
        <translation>&amp;Enregistrer ce niveau</translation>
    </message>
    <message>
        <source>&amp;Default text</source>
        <translation>Texte par &amp;défaut</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Rendu le</translation>
    </message>
    <message>
        <source>Loan history of the borrower</source>
        <translation>Historique des prêts de l’emprunteur</translation>
    </message>
    <message>
        <source>lost on %1</source>
        <translation>perdu le %1</translation>
    </message>
    <message numerus="yes">
        <source>Barcode labels of the catalogue&apos;s selection (%n record(s))</source>
        <translation>
            <numerusform>Étiquettes code-barres de la sélection du catalogue (%n notice)</numerusform>
            <numerusform>Étiquettes code-barres de la sélection du catalogue (%n notices)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spine labels of the catalogue&apos;s selection (%n record(s))</source>
        <translation>
            <numerusform>Étiquettes de dos de la sélection du catalogue (%n notice)</numerusform>
            <numerusform>Étiquettes de dos de la sélection du catalogue (%n notices)</numerusform>
        </translation>
    </message>
    <message>
        <source>A usual sheet, one of the centre&apos;s (Settings › Labels), or your own: COLUMNSxROWS:WIDTHxHEIGHT@TOP,LEFT[,GAPX,GAPY] in mm</source>
        <translation>Une planche courante, une de celles du centre (Paramètres › Étiquettes) ou la vôtre&#xa0;: COLONNESxLIGNES:LARGEURxHAUTEUR@HAUT,GAUCHE[,ÉCARTX,ÉCARTY] en mm</translation>
    </message>
    <message>
        <source>Renew the selected loan</source>
        <translation>Prolonger le prêt choisi</translation>
    </message>
    <message>
        <source>Undo the last loan or return</source>
        <translation>Annuler le dernier prêt ou retour</translation>
    </message>
    <message>
        <source>Next borrower</source>
        <translation>Emprunteur suivant</translation>
    </message>
    <message>
        <source>&amp;Import borrowers…</source>
        <translation>&amp;Importer des emprunteurs…</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::LocalFieldsBox</name>
    <message>
        <source>Fields of the catalogue of origin</source>
        <translation>Champs du catalogue d’origine</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <source>&amp;Apply these choices</source>
        <translation>&amp;Appliquer ces choix</translation>
    </message>
    <message>
        <source>PMB&apos;s custom fields (900, and 999 for the copies) and its decimal index (676) have no place of their own in a record: say where each goes. By default they are kept in the notes as “label: value”.</source>
        <translation>Les champs personnalisés de PMB (900, et 999 pour les exemplaires) et son indexation décimale (676) n’ont pas de place propre dans une notice&#xa0;: dites où va chacun. Par défaut, ils sont gardés dans les notes sous la forme «&#xa0;libellé&#xa0;: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>Where “%1” goes</source>
        <translation>Destination de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::MainWindow</name>
    <message>
        <source>Infodoc — %1</source>
        <translation>Infodoc — %1</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Filter the catalogue</source>
        <translation>&amp;Filtrer le catalogue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Infodoc</source>
        <translation>À &amp;propos d’Infodoc</translation>
    </message>
    <message>
        <source>About Infodoc</source>
        <translation>À propos d’Infodoc</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Bibliography of the selection…</source>
        <translation>&amp;Bibliographie de la sélection…</translation>
    </message>
    <message>
        <source>&amp;Experience sheets of the selection…</source>
        <translation>&amp;Fiches d’expériences de la sélection…</translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation>Aucune notice sélectionnée</translation>
    </message>
    <message>
        <source>Select one or more records in the catalogue first (Ctrl+A selects the whole list).</source>
        <translation>Sélectionnez d’abord une ou plusieurs notices dans le catalogue (Ctrl+A sélectionne toute la liste).</translation>
    </message>
    <message>
        <source>Visitor mode</source>
        <translation>Mode visiteur</translation>
    </message>
    <message>
        <source>Choose the staff PIN (4 to 12 digits). It will be asked to leave the visitor mode:</source>
        <translation>Choisissez le code du personnel (4 à 12 chiffres). Il sera demandé pour quitter le mode visiteur&#xa0;:</translation>
    </message>
    <message>
        <source>Type the PIN again:</source>
        <translation>Saisissez de nouveau le code&#xa0;:</translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>Les deux codes diffèrent&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>&amp;Visitor mode…</source>
        <translation>Mode &amp;visiteur…</translation>
    </message>
    <message>
        <source>&amp;Search the catalogue and documents</source>
        <translation>&amp;Rechercher dans le catalogue et les documents</translation>
    </message>
    <message>
        <source>Select one or more search results first (Ctrl+A selects every result shown).</source>
        <translation>Sélectionnez d’abord un ou plusieurs résultats de recherche (Ctrl+A sélectionne tous les résultats affichés).</translation>
    </message>
    <message>
        <source>Thesaurus</source>
        <translation>Thésaurus</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Autorités</translation>
    </message>
    <message>
        <source>&amp;Labels of the selection&apos;s copies…</source>
        <translation>É&amp;tiquettes des exemplaires de la sélection…</translation>
    </message>
    <message>
        <source>&amp;Import records…</source>
        <translation>&amp;Importer des notices…</translation>
    </message>
    <message>
        <source>E&amp;xport records…</source>
        <translation>E&amp;xporter des notices…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n notice importée.</numerusform>
            <numerusform>%n notices importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy cataloguing (BnF, SUDOC, Z39.50)…</source>
        <translation>&amp;Catalogage partagé (BnF, SUDOC, Z39.50)…</translation>
    </message>
    <message>
        <source>Record %1 imported.</source>
        <translation>Notice %1 importée.</translation>
    </message>
    <message>
        <source>&amp;Periodicals: receive an issue, late issues…</source>
        <translation>&amp;Périodiques : bulletinage, numéros en retard…</translation>
    </message>
    <message>
        <source>Automatic backup not done: %1</source>
        <translation>Sauvegarde automatique non faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Automatic backup in progress…</source>
        <translation>Sauvegarde automatique en cours…</translation>
    </message>
    <message>
        <source>Automatic backup written and verified: %1</source>
        <translation>Sauvegarde automatique écrite et vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backing up the catalogue before closing…</source>
        <translation>Sauvegarde du catalogue avant la fermeture…</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Sauvegarde automatique</translation>
    </message>
    <message>
        <source>The backup could not be written: %1

Close anyway?</source>
        <translation>La sauvegarde n’a pas pu être écrite&#xa0;: %1

Fermer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Automatic &amp;backups…</source>
        <translation>&amp;Sauvegardes automatiques…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Infodoc %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Documentation and library manager for urban-policy resource centres.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built on free libraries: Qt %2 (LGPL 3), SQLite (public domain), Xapian and Poppler (GPL 2 or later), libical (LGPL 2.1 or MPL 2.0), Zint and YAZ (BSD 3-clause), libxlsxwriter (BSD 2-clause), minizip (zlib licence).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Infodoc %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Gestion documentaire et prêt pour les centres de ressources politique de la ville.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Construit sur des bibliothèques libres&#xa0;: Qt %2 (LGPL 3), SQLite (domaine public), Xapian et Poppler (GPL 2 ou ultérieure), libical (LGPL 2.1 ou MPL 2.0), Zint et YAZ (BSD à 3 clauses), libxlsxwriter (BSD à 2 clauses), minizip (licence zlib).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open another catalogue…</source>
        <translation>&amp;Ouvrir un autre catalogue…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>This catalogue cannot be written to: it can be browsed, searched and printed, nothing in it can be changed. Copy it to a folder where you can write to change it.</source>
        <translation>Ce catalogue ne peut pas être modifié&#xa0;: vous pouvez le consulter, y chercher et en imprimer des bibliographies, rien ne peut y être changé. Copiez-le dans un dossier où vous pouvez écrire pour le modifier.</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::OcrPage</name>
    <message>
        <source>Character recognition</source>
        <translation>Reconnaissance de caractères</translation>
    </message>
    <message>
        <source>A scanned PDF has no text to search: character recognition (Tesseract) reads its pages as images. It takes a few seconds a page, in the background; the search finds those documents once read.</source>
        <translation>Un PDF numérisé n’a pas de texte à chercher&#xa0;: la reconnaissance de caractères (Tesseract) lit ses pages comme des images. Elle prend quelques secondes par page, en arrière-plan&#xa0;; la recherche trouve ces documents une fois lus.</translation>
    </message>
    <message>
        <source>&amp;Read scanned PDFs by character recognition</source>
        <translation>&amp;Lire les PDF numérisés par reconnaissance de caractères</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>French and English</source>
        <translation>Français et anglais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>&amp;Language of the documents:</source>
        <translation>La&amp;ngue des documents&#xa0;:</translation>
    </message>
    <message>
        <source>Character recognition needs Tesseract with the data of this language: ask for the Debian packages tesseract-ocr and tesseract-ocr-fra (tesseract-ocr-eng for English) to be installed.</source>
        <translation>La reconnaissance de caractères a besoin de Tesseract et des données de cette langue&#xa0;: demandez l’installation des paquets Debian tesseract-ocr et tesseract-ocr-fra (tesseract-ocr-eng pour l’anglais).</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::OpeningHoursPage</name>
    <message>
        <source>Opening hours and appointments</source>
        <translation>Horaires et rendez-vous</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Len&amp;gths offered (minutes):</source>
        <translation>Durées pr&amp;oposées (minutes)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Buffer between two:</source>
        <translation>&amp;Battement entre deux&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Appointments &amp;at once:</source>
        <translation>Rendez-vous simul&amp;tanés&#xa0;:</translation>
    </message>
    <message>
        <source>Lead &amp;time (opening days):</source>
        <translation>Délai de &amp;prévenance (jours d’ouverture)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Step between starts:</source>
        <translation>P&amp;as entre deux débuts&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep a named visitor after their last visit:</source>
        <translation>&amp;Conserver un visiteur nommé après sa dernière visite&#xa0;:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Ranges like &quot;9:30-12:30, 14:00-17:30&quot;; empty when closed.</source>
        <translation>Plages comme «&#xa0;9:30-12:30, 14:00-17:30&#xa0;»&#xa0;; vide si fermé.</translation>
    </message>
    <message>
        <source>Closures (set on the page “Loans and calendar”): %1</source>
        <translation>Fermetures (réglées à la page «&#xa0;Prêts et calendrier&#xa0;»)&#xa0;: %1</translation>
    </message>
    <message>
        <source>none to come</source>
        <translation>aucune à venir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a number of minutes.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de minutes.</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::PeriodicalsDialog</name>
    <message>
        <source>Periodicals</source>
        <translation>Périodiques</translation>
    </message>
    <message>
        <source>Scan the issue&apos;s barcode (977…) or type an ISSN, then Enter</source>
        <translation>Scannez le code-barres du numéro (977…) ou tapez un ISSN, puis Entrée</translation>
    </message>
    <message>
        <source>Barcode of the issue received</source>
        <translation>Code-barres du numéro reçu</translation>
    </message>
    <message>
        <source>Periodical titles</source>
        <translation>Titres de périodiques</translation>
    </message>
    <message>
        <source>&amp;New title…</source>
        <translation>&amp;Nouveau titre…</translation>
    </message>
    <message>
        <source>&amp;Edit the title…</source>
        <translation>&amp;Modifier le titre…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Réclamé</translation>
    </message>
    <message>
        <source>Print run</source>
        <translation>Tirage</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Receive the next issue of the title</source>
        <translation>Recevoir le prochain numéro du titre</translation>
    </message>
    <message>
        <source>Issue:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <source>Contents: the issue&apos;s dossier, its main articles</source>
        <translation>Sommaire : le dossier du numéro, ses principaux articles</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>&amp;Sommaire :</translation>
    </message>
    <message>
        <source>Barcode of the copy (optional)</source>
        <translation>Code-barres de l’exemplaire (facultatif)</translation>
    </message>
    <message>
        <source>Cop&amp;y:</source>
        <translation>E&amp;xemplaire :</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>P&amp;rint run:</source>
        <translation>T&amp;irage :</translation>
    </message>
    <message>
        <source>&amp;Mailed:</source>
        <translation>En&amp;vois :</translation>
    </message>
    <message>
        <source>Rece&amp;ive</source>
        <translation>Re&amp;cevoir</translation>
    </message>
    <message>
        <source>&amp;Late issues</source>
        <translation>Numéros en &amp;retard</translation>
    </message>
    <message>
        <source>Claim &amp;letter…</source>
        <translation>&amp;Lettre de réclamation…</translation>
    </message>
    <message>
        <source>Claim letter</source>
        <translation>Lettre de réclamation</translation>
    </message>
    <message>
        <source>claim.pdf</source>
        <translation>reclamation.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument (*.odt)</source>
        <translation>PDF (*.pdf);;OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>%1 (the centre&apos;s)</source>
        <translation>%1 (du centre)</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (terminé)</translation>
    </message>
    <message>
        <source>No periodical %1.</source>
        <translation>Aucun périodique n° %1.</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>non reçu</translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1 (%2×)</translation>
    </message>
    <message>
        <source>no. %1, expected on %2</source>
        <translation>n° %1, attendu le %2</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>Received: %1 (record n° %2).</source>
        <translation>Reçu : %1 (notice n° %2).</translation>
    </message>
    <message>
        <source>Choose a title first.</source>
        <translation>Choisissez d’abord un titre.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>No issue is late.</source>
        <translation>Aucun numéro n’est en retard.</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) late.</source>
        <translation>
            <numerusform>%n numéro en retard.</numerusform>
            <numerusform>%n numéros en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The claim letters are written: %1</source>
        <translation>Les lettres de réclamation sont écrites : %1</translation>
    </message>
    <message>
        <source>Periodical title</source>
        <translation>Titre de périodique</translation>
    </message>
    <message>
        <source>New periodical title</source>
        <translation>Nouveau titre de périodique</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;ISSN:</source>
        <translation>&amp;ISSN :</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>É&amp;diteur :</translation>
    </message>
    <message>
        <source>Publisher&apos;s &amp;address:</source>
        <translation>&amp;Adresse de l’éditeur :</translation>
    </message>
    <message>
        <source>Publisher&apos;s e-&amp;mail:</source>
        <translation>Co&amp;urriel de l’éditeur :</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Périodicité :</translation>
    </message>
    <message>
        <source>First &amp;number expected:</source>
        <translation>Premier &amp;numéro attendu :</translation>
    </message>
    <message>
        <source>Expected &amp;on:</source>
        <translation>Attendu &amp;le :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Late &amp;after:</source>
        <translation>En retard a&amp;près :</translation>
    </message>
    <message>
        <source>&amp;Call number:</source>
        <translation>&amp;Cote :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Localisation :</translation>
    </message>
    <message>
        <source>The centre&apos;s own &amp;newsletter</source>
        <translation>La l&amp;ettre d’information du centre</translation>
    </message>
    <message>
        <source>&amp;Subscription running</source>
        <translation>Abonnement en &amp;cours</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::RecordEditor</name>
    <message>
        <source>Record n° %1</source>
        <translation>Notice n°&#xa0;%1</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nouvelle notice</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>&amp;Type de document&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;opies</source>
        <translation>E&amp;xemplaires</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>Sous-titre&#xa0;:</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>Auteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Part of (periodical, book):</source>
        <translation>Dans (revue, ouvrage)&#xa0;:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume&#xa0;:</translation>
    </message>
    <message>
        <source>Issue:</source>
        <translation>Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages&#xa0;:</translation>
    </message>
    <message>
        <source>45-60</source>
        <translation>45-60</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>Édite&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>2019, 2019-05 or 2019-05-14</source>
        <translation>2019, 2019-05 ou 2019-05-14</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Édition&#xa0;:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Collection&#xa0;:</translation>
    </message>
    <message>
        <source>Number in the series:</source>
        <translation>Numéro dans la collection&#xa0;:</translation>
    </message>
    <message>
        <source>ISBN:</source>
        <translation>ISBN&#xa0;:</translation>
    </message>
    <message>
        <source>978-2-…</source>
        <translation>978-2-…</translation>
    </message>
    <message>
        <source>ISSN:</source>
        <translation>ISSN&#xa0;:</translation>
    </message>
    <message>
        <source>1234-5678</source>
        <translation>1234-5678</translation>
    </message>
    <message>
        <source>Extent:</source>
        <translation>Importance matérielle&#xa0;:</translation>
    </message>
    <message>
        <source>245 p., 32 min…</source>
        <translation>245 p., 32 min…</translation>
    </message>
    <message>
        <source>Nature:</source>
        <translation>Nature&#xa0;:</translation>
    </message>
    <message>
        <source>Activity report, PhD thesis: geography…</source>
        <translation>Rapport d’activité, Thèse de doctorat&#xa0;: géographie…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Adresse web&#xa0;:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Consulted on:</source>
        <translation>Consulté le&#xa0;:</translation>
    </message>
    <message>
        <source>2024-03-18</source>
        <translation>2024-03-18</translation>
    </message>
    <message>
        <source>&amp;Call number:</source>
        <translation>&amp;Cote&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Descripteurs</translation>
    </message>
    <message>
        <source>&amp;Subjects:</source>
        <translation>&amp;Descripteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>“%1” is not a known territory: choose a suggested one.</source>
        <translation>« %1 » n’est pas un territoire connu&#xa0;: choisissez-en un parmi les propositions.</translation>
    </message>
    <message>
        <source>Te&amp;rritories:</source>
        <translation>Te&amp;rritoires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <source>Free words, separated by commas</source>
        <translation>Mots libres, séparés par des virgules</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Public&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Abstract:</source>
        <translation>Rés&amp;umé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>I&amp;ndexing</source>
        <translation>I&amp;ndexation</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Contexte&#xa0;:</translation>
    </message>
    <message>
        <source>Target public:</source>
        <translation>Public visé&#xa0;:</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Objectifs&#xa0;:</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions menées&#xa0;:</translation>
    </message>
    <message>
        <source>Means and funding:</source>
        <translation>Moyens et financements&#xa0;:</translation>
    </message>
    <message>
        <source>Results and evaluation:</source>
        <translation>Résultats et évaluation&#xa0;:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact&#xa0;:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>2019-09</source>
        <translation>2019-09</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <source>2021-06</source>
        <translation>2021-06</translation>
    </message>
    <message>
        <source>E&amp;xperience sheet</source>
        <translation>Fiche d’e&amp;xpérience</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Fichiers</translation>
    </message>
    <message>
        <source>The record is not saved: %1</source>
        <translation>La notice n’est pas enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>&amp;Ouvrir la notice existante</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Enregistrer la notice</translation>
    </message>
    <message>
        <source>The record n° %1 is saved, but:
%2</source>
        <translation>La notice n°&#xa0;%1 est enregistrée, mais&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The record has changes that are not saved. Save them?</source>
        <translation>La notice a des modifications non enregistrées. Les enregistrer&#x202f;?</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::RecordListModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>Cote</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::RecordView</name>
    <message>
        <source>Record details</source>
        <translation>Détail de la notice</translation>
    </message>
    <message>
        <source>Select a record in the list to see it here.</source>
        <translation>Sélectionnez une notice dans la liste pour l’afficher ici.</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation>ISSN</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Importance matérielle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Descripteurs</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Target public</source>
        <translation>Public visé</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Means and funding</source>
        <translation>Moyens et financements</translation>
    </message>
    <message>
        <source>Results and evaluation</source>
        <translation>Résultats et évaluation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Created %1, modified %2</source>
        <translation>Créée le %1, modifiée le %2</translation>
    </message>
    <message>
        <source>vol. %1</source>
        <translation>vol. %1</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>pp. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Partie de</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature du document</translation>
    </message>
    <message>
        <source>Consulted on</source>
        <translation>Consulté le</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions menées</translation>
    </message>
    <message numerus="yes">
        <source>The words searched for are on page(s)</source>
        <translation>
            <numerusform>Les mots cherchés sont à la page</numerusform>
            <numerusform>Les mots cherchés sont aux pages</numerusform>
        </translation>
    </message>
    <message>
        <source>On loan, due %1</source>
        <translation>En prêt, retour le %1</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::ReportsPage</name>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;au :</translation>
    </message>
    <message>
        <source>&amp;Compute (Ctrl+R)</source>
        <translation>&amp;Calculer (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;ODT…</source>
        <translation>&amp;ODT…</translation>
    </message>
    <message>
        <source>&amp;XLSX…</source>
        <translation>&amp;XLSX…</translation>
    </message>
    <message>
        <source>CS&amp;V…</source>
        <translation>CS&amp;V…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Sections :</translation>
    </message>
    <message>
        <source>The introduction of the report, in your words (kept for the next time)</source>
        <translation>L’introduction du rapport, avec vos mots (gardée pour la prochaine fois)</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Choisissez au moins une section.</translation>
    </message>
    <message>
        <source>Activity from %1 to %2, beside %3 to %4.</source>
        <translation>Activité du %1 au %2, comparée à celle du %3 au %4.</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
    <message>
        <source>A report is written as %1, not “%2”.</source>
        <translation>Un rapport s’écrit en %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>The report is written: %1</source>
        <translation>Le rapport est écrit : %1</translation>
    </message>
    <message>
        <source>activity-report-%1.%2</source>
        <translation>rapport-activite-%1.%2</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Compute the report again</source>
        <translation>Recalculer le bilan</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::RequestsPage</name>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Demandes ouvertes</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>Theme (a descriptor)</source>
        <translation>Thème (un descripteur)</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>Filtre de thème</translation>
    </message>
    <message>
        <source>&amp;Late only</source>
        <translation>En &amp;retard seulement</translation>
    </message>
    <message>
        <source>Staff filter</source>
        <translation>Filtre de personnel</translation>
    </message>
    <message>
        <source>Words of the question or answer (Ctrl+F)</source>
        <translation>Mots de la question ou de la réponse (Ctrl+F)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Wanted by</source>
        <translation>Attendue pour</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Quick questions answered on the spot</source>
        <translation>Questions rapides traitées sur le champ</translation>
    </message>
    <message>
        <source>Theme (optional)</source>
        <translation>Thème (facultatif)</translation>
    </message>
    <message>
        <source>Theme of the quick question</source>
        <translation>Thème de la question rapide</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Borrower (card)</source>
        <translation>Emprunteur (carte)</translation>
    </message>
    <message>
        <source>Named contact without a card</source>
        <translation>Contact nommé sans carte</translation>
    </message>
    <message>
        <source>Anonymous requester</source>
        <translation>Demandeur anonyme</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>Dem&amp;andeur :</translation>
    </message>
    <message>
        <source>Scan or type the card</source>
        <translation>Scannez ou tapez la carte</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Carte :</translation>
    </message>
    <message>
        <source>Name, First name</source>
        <translation>Nom, Prénom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Str&amp;ucture:</source>
        <translation>Str&amp;ucture :</translation>
    </message>
    <message>
        <source>Structure t&amp;ype:</source>
        <translation>T&amp;ype de structure :</translation>
    </message>
    <message>
        <source>C&amp;ommune:</source>
        <translation>C&amp;ommune :</translation>
    </message>
    <message>
        <source>E-mail or telephone</source>
        <translation>Courriel ou téléphone</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Con&amp;tact :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal :</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>Re&amp;çue le :</translation>
    </message>
    <message>
        <source>&amp;Wanted by:</source>
        <translation>Attendue &amp;pour le :</translation>
    </message>
    <message>
        <source>Theme descriptors</source>
        <translation>Descripteurs du thème</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <source>Handled &amp;by:</source>
        <translation>Traitée &amp;par :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>Ré&amp;ponse :</translation>
    </message>
    <message>
        <source>Record numbers: 12, 40, 7</source>
        <translation>Numéros de notices : 12, 40, 7</translation>
    </message>
    <message>
        <source>&amp;Records given:</source>
        <translation>Notices &amp;fournies :</translation>
    </message>
    <message>
        <source>Sa&amp;ve (Ctrl+S)</source>
        <translation>En&amp;registrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ans&amp;wered</source>
        <translation>Ré&amp;pondue</translation>
    </message>
    <message>
        <source>Ca&amp;pitalise</source>
        <translation>Ca&amp;pitaliser</translation>
    </message>
    <message>
        <source>Keep the answer in the catalogue as a reusable “documentary answer” record, without the requester</source>
        <translation>Garder la réponse dans le catalogue comme notice « réponse documentaire » réutilisable, sans le demandeur</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <source>S&amp;tart the timer (Ctrl+T)</source>
        <translation>&amp;Démarrer le chronomètre (Ctrl+T)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>Minutes passées</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Time entries (Delete removes one)</source>
        <translation>Saisies de temps (Suppr en retire une)</translation>
    </message>
    <message>
        <source>Documents produced for the request</source>
        <translation>Documents produits pour la demande</translation>
    </message>
    <message>
        <source>Documents (Enter saves one as a file)</source>
        <translation>Documents (Entrée en enregistre un comme fichier)</translation>
    </message>
    <message>
        <source>&amp;Bibliography of the records given</source>
        <translation>&amp;Bibliographie des notices fournies</translation>
    </message>
    <message>
        <source>Attac&amp;h a file…</source>
        <translation>Joindre un &amp;fichier…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;New request (Ctrl+N)</source>
        <translation>&amp;Nouvelle demande (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sta&amp;ff…</source>
        <translation>Perso&amp;nnel…</translation>
    </message>
    <message>
        <source>A named requester&apos;s &amp;data…</source>
        <translation>&amp;Données d’un demandeur nommé…</translation>
    </message>
    <message>
        <source>Attach a file to the request</source>
        <translation>Joindre un fichier à la demande</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <source>“%1” is not a record number</source>
        <translation>« %1 » n’est pas un numéro de notice</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Tout le personnel</translation>
    </message>
    <message>
        <source>Late: wanted by %1</source>
        <translation>En retard : attendue pour le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s).</source>
        <translation>
            <numerusform>%n demande.</numerusform>
            <numerusform>%n demandes.</numerusform>
        </translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>No request %1.</source>
        <translation>Aucune demande n° %1.</translation>
    </message>
    <message>
        <source>Request n° %1</source>
        <translation>Demande n° %1</translation>
    </message>
    <message>
        <source>Ca&amp;pitalise again (record n° %1)</source>
        <translation>Ca&amp;pitaliser à nouveau (notice n° %1)</translation>
    </message>
    <message>
        <source>“%1” is not a record number.</source>
        <translation>« %1 » n’est pas un numéro de notice.</translation>
    </message>
    <message>
        <source>Request n° %1 saved.</source>
        <translation>Demande n° %1 enregistrée.</translation>
    </message>
    <message>
        <source>Request n° %1 answered.</source>
        <translation>Demande n° %1 répondue.</translation>
    </message>
    <message>
        <source>Save the request and answer it first.</source>
        <translation>Enregistrez d’abord la demande et répondez-y.</translation>
    </message>
    <message>
        <source>The answer is kept in the catalogue as record n° %1, without the requester.</source>
        <translation>La réponse est gardée dans le catalogue comme notice n° %1, sans le demandeur.</translation>
    </message>
    <message>
        <source>S&amp;top the timer (Ctrl+T)</source>
        <translation>&amp;Arrêter le chronomètre (Ctrl+T)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) added to request n° %1.</source>
        <translation>
            <numerusform>%n minute ajoutée à la demande n° %1.</numerusform>
            <numerusform>%n minutes ajoutées à la demande n° %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request n° %1: %2:%3</source>
        <translation>Demande n° %1 : %2:%3</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 min</source>
        <translation>%1 — %2 — %3 min</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>Total: %1 h %2 min</source>
        <translation>Total : %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 (%2 KB, %3)</source>
        <translation>%1 (%2 Ko, %3)</translation>
    </message>
    <message>
        <source>The bibliography is kept with request n° %1.</source>
        <translation>La bibliographie est conservée avec la demande n° %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>“%1” is larger than 50 MB: it is not kept with the request</source>
        <translation>« %1 » dépasse 50 Mo : il n’est pas conservé avec la demande</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>Quick question counted: %1%2.</source>
        <translation>Question rapide comptée : %1%2.</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n</source>
        <translation>
            <numerusform>Aujourd’hui : %n</numerusform>
            <numerusform>Aujourd’hui : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The staff who handle requests, one per line:</source>
        <translation>Les personnes qui traitent les demandes, une par ligne :</translation>
    </message>
    <message>
        <source>A named requester&apos;s data</source>
        <translation>Données d’un demandeur nommé</translation>
    </message>
    <message>
        <source>Name of the requester (without a card):</source>
        <translation>Nom du demandeur (sans carte) :</translation>
    </message>
    <message>
        <source>No named requester is called “%1”.</source>
        <translation>Aucun demandeur nommé ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>%1 — %2, last request %3</source>
        <translation>%1 — %2, dernière demande le %3</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Demandeur :</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s).</source>
        <translation>
            <numerusform>%1 : %n demande.</numerusform>
            <numerusform>%1 : %n demandes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export (right of access)…</source>
        <translation>&amp;Exporter (droit d’accès)…</translation>
    </message>
    <message>
        <source>E&amp;rase (right to erasure)</source>
        <translation>E&amp;ffacer (droit à l’effacement)</translation>
    </message>
    <message>
        <source>Export the requester&apos;s data</source>
        <translation>Exporter les données du demandeur</translation>
    </message>
    <message>
        <source>requester.json</source>
        <translation>demandeur.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The requester&apos;s data is written: %1</source>
        <translation>Les données du demandeur sont écrites : %1</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Erase %1? Their requests stay, anonymous, for the statistics.</source>
        <translation>Effacer %1 ? Ses demandes restent, anonymes, pour les statistiques.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) made anonymous.</source>
        <translation>
            <numerusform>%n demande rendue anonyme.</numerusform>
            <numerusform>%n demandes rendues anonymes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The follow-up of a visit becomes a request: its visitor, topic and descriptors come with it</source>
        <translation>Les suites d’une visite deviennent une demande : son visiteur, son sujet et ses descripteurs la suivent</translation>
    </message>
    <message>
        <source>From an appointment</source>
        <translation>Depuis un rendez-vous</translation>
    </message>
    <message>
        <source>Number of the appointment:</source>
        <translation>Numéro du rendez-vous :</translation>
    </message>
    <message>
        <source>Request n° %1 made from appointment n° %2.</source>
        <translation>Demande n° %1 créée à partir du rendez-vous n° %2.</translation>
    </message>
    <message>
        <source>From an appoint&amp;ment…</source>
        <translation>Depuis un rende&amp;z-vous…</translation>
    </message>
    <message>
        <source>E&amp;xperience sheets given</source>
        <translation>Fiches d’e&amp;xpérience fournies</translation>
    </message>
    <message>
        <source>The experience sheets are kept with request n° %1.</source>
        <translation>Les fiches d’expérience sont conservées avec la demande n° %1.</translation>
    </message>
    <message>
        <source>Count a quick question: %1</source>
        <translation>Compter une question rapide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <source>Start or stop the timer</source>
        <translation>Lancer ou arrêter le chronomètre</translation>
    </message>
    <message>
        <source>Search the requests&apos; words</source>
        <translation>Chercher dans les mots des demandes</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::ResponsibilitiesEdit</name>
    <message>
        <source>Authors and organisations</source>
        <translation>Auteurs et organismes</translation>
    </message>
    <message>
        <source>Name (Surname, First name)</source>
        <translation>Nom (Nom, Prénom)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add a &amp;name</source>
        <translation>Ajouter un &amp;nom</translation>
    </message>
    <message>
        <source>Remove the name</source>
        <translation>Retirer le nom</translation>
    </message>
    <message>
        <source>Name %1</source>
        <translation>Nom %1</translation>
    </message>
    <message>
        <source>Kind %1</source>
        <translation>Nature %1</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rôle %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%n record(s))</source>
        <translation>
            <numerusform>« %1 » (%n notice)</numerusform>
            <numerusform>« %1 » (%n notices)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is new but looks like %2: check the spelling, or choose the existing name.</source>
        <translation>« %1 » est nouveau mais ressemble à %2&#xa0;: vérifiez l’orthographe, ou choisissez le nom existant.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>The names cannot be checked against the authorities: %1</source>
        <translation>Les noms ne peuvent pas être comparés aux autorités&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::Screenshot</name>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Impossible d’écrire la capture d’écran %1.</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::SearchController</name>
    <message>
        <source>The search index is not open.</source>
        <translation>L’index de recherche n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, author: subject: territory: year:2010..2015, AND OR NOT, logem*</source>
        <translation>Mots, &quot;une expression&quot;, auteur: sujet: territoire: année:2010..2015, ET OU SAUF, logem*</translation>
    </message>
    <message>
        <source>Searches the records and the text of their attached files. Fields: auteur: titre: sujet: type: territoire: année: cote: langue:; ET, OU, SAUF or -word; a trailing * for the beginning of a word.</source>
        <translation>Cherche dans les notices et le texte de leurs fichiers joints. Champs&#xa0;: auteur: titre: sujet: type: territoire: année: cote: langue:&#x202f;; ET, OU, SAUF ou -mot&#x202f;; un * final pour un début de mot.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Sort the results</source>
        <translation>Trier les résultats</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récents d’abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciens d’abord</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>T&amp;ri&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xact accents</source>
        <translation>Accents e&amp;xacts</translation>
    </message>
    <message>
        <source>Match accents exactly: &quot;né&quot; does not find &quot;ne&quot;.</source>
        <translation>Respecter les accents&#xa0;: « né » ne trouve pas « ne ».</translation>
    </message>
    <message>
        <source>&amp;Narrower terms</source>
        <translation>Termes &amp;spécifiques</translation>
    </message>
    <message>
        <source>A subject also finds the records indexed with its narrower terms.</source>
        <translation>Un descripteur trouve aussi les notices indexées avec ses termes spécifiques.</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Enregistrer cette recherche…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Select a result to see its record here.</source>
        <translation>Sélectionnez un résultat pour voir sa notice ici.</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>&amp;Basket:</source>
        <translation>&amp;Panier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add to the basket</source>
        <translation>&amp;Ajouter au panier</translation>
    </message>
    <message>
        <source>Adds the selected results to the basket (Ctrl+B), for a bibliography or an export.</source>
        <translation>Ajoute les résultats sélectionnés au panier (Ctrl+B), pour une bibliographie ou un export.</translation>
    </message>
    <message>
        <source>Updating the search index: %1 %2/%3…</source>
        <translation>Mise à jour de l’index de recherche&#xa0;: %1 %2/%3…</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 result(s)</source>
        <translation>
            <numerusform>%1 résultat</numerusform>
            <numerusform>%1 résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&quot;suggestion&quot;&gt;%1&lt;/a&gt;?</source>
        <translation>Vouliez-vous dire &lt;a href=&quot;suggestion&quot;&gt;%1&lt;/a&gt;&#x202f;?</translation>
    </message>
    <message>
        <source>Text not read yet</source>
        <translation>Texte pas encore lu</translation>
    </message>
    <message>
        <source>Delete a saved search</source>
        <translation>Supprimer une recherche enregistrée</translation>
    </message>
    <message>
        <source>Delete the saved search &quot;%1&quot;?</source>
        <translation>Supprimer la recherche enregistrée « %1 »&#x202f;?</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
        <source>&amp;Name of the search:</source>
        <translation>&amp;Nom de la recherche&#xa0;:</translation>
    </message>
    <message>
        <source>A search named &quot;%1&quot; exists. Replace it?</source>
        <translation>Une recherche nommée « %1 » existe. La remplacer&#x202f;?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>New basket…</source>
        <translation>Nouveau panier…</translation>
    </message>
    <message>
        <source>Add to the basket</source>
        <translation>Ajouter au panier</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added to the basket &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n notice ajoutée au panier « %1 ».</numerusform>
            <numerusform>%n notices ajoutées au panier « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more results first.</source>
        <translation>Sélectionnez d’abord un ou plusieurs résultats.</translation>
    </message>
    <message>
        <source>New basket</source>
        <translation>Nouveau panier</translation>
    </message>
    <message>
        <source>&amp;Name of the basket:</source>
        <translation>&amp;Nom du panier&#xa0;:</translation>
    </message>
    <message>
        <source>searched as plain words (%1)</source>
        <translation>cherché comme des mots simples (%1)</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::SearchResultModel</name>
    <message>
        <source>no copy</source>
        <translation>aucun exemplaire</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies), none on the shelf</source>
        <translation>
            <numerusform>%n exemplaire, pas en rayon</numerusform>
            <numerusform>%n exemplaires, aucun en rayon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies), %1 on the shelf</source>
        <translation>
            <numerusform>%n exemplaire, %1 en rayon</numerusform>
            <numerusform>%n exemplaires, %1 en rayon</numerusform>
        </translation>
    </message>
    <message>
        <source>call number %1</source>
        <translation>cote %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: page(s) %2</source>
        <translation>
            <numerusform>%1&#xa0;: page %2</numerusform>
            <numerusform>%1&#xa0;: pages %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infodoc::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::SheetExportDialog</name>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (LibreOffice)</source>
        <translation>Texte OpenDocument (LibreOffice)</translation>
    </message>
    <message>
        <source>Web pages (HTML, for the website)</source>
        <translation>Pages web (HTML, pour le site du centre)</translation>
    </message>
    <message>
        <source>JSON (exchange between centres)</source>
        <translation>JSON (échange entre centres)</translation>
    </message>
    <message>
        <source>Dublin Core XML (exchange between centres)</source>
        <translation>XML Dublin Core (échange entre centres)</translation>
    </message>
    <message>
        <source>Experience sheets</source>
        <translation>Fiches d’expériences</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n chosen record(s) is an experience sheet.</source>
        <translation>
            <numerusform>La notice choisie n’est pas une fiche d’expérience.</numerusform>
            <numerusform>Aucune des %n notices choisies n’est une fiche d’expérience.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 experience sheet(s) among %2 chosen record(s).</source>
        <translation>
            <numerusform>%1 fiche d’expérience parmi %2 notice(s) choisie(s).</numerusform>
            <numerusform>%1 fiches d’expériences parmi %2 notices choisies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields of the sheet</source>
        <translation>Champs de la fiche</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>Show the centre&apos;s &amp;identity</source>
        <translation>Afficher l’&amp;identité du centre</translation>
    </message>
    <message>
        <source>Show the &amp;logo</source>
        <translation>Afficher le &amp;logo</translation>
    </message>
    <message>
        <source>Colour of the sheets</source>
        <translation>Couleur des fiches</translation>
    </message>
    <message>
        <source>&amp;Keep as the centre&apos;s template</source>
        <translation>&amp;Garder comme modèle du centre</translation>
    </message>
    <message>
        <source>Default te&amp;mplate</source>
        <translation>Modèle par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Open a template…</source>
        <translation>&amp;Ouvrir un modèle…</translation>
    </message>
    <message>
        <source>Save the template &amp;as…</source>
        <translation>Enregistrer le modèle &amp;sous…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;Fields (ticked: shown; F2: rename):</source>
        <translation>&amp;Champs (cochés&#xa0;: affichés&#x202f;; F2&#xa0;: renommer)&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the first sheet</source>
        <translation>Aperçu de la première fiche</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Aperçu et impression…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Colour: %1</source>
        <translation>Cou&amp;leur&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no experience sheet to show.</source>
        <translation>Il n’y a aucune fiche d’expérience à montrer.</translation>
    </message>
    <message>
        <source>The template is kept with the catalogue.</source>
        <translation>Le modèle est gardé avec le catalogue.</translation>
    </message>
    <message>
        <source>Open a template</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Modèles (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>sheet-template.json</source>
        <translation>modele-fiche.json</translation>
    </message>
    <message>
        <source>Writing the experience sheets…</source>
        <translation>Écriture des fiches d’expériences…</translation>
    </message>
    <message>
        <source>Reading the experience sheets…</source>
        <translation>Lecture des fiches d’expériences…</translation>
    </message>
    <message>
        <source>Print preview — experience sheets</source>
        <translation>Aperçu avant impression — fiches d’expériences</translation>
    </message>
    <message>
        <source>Folder of the web pages</source>
        <translation>Dossier des pages web</translation>
    </message>
    <message>
        <source>Export the experience sheets</source>
        <translation>Exporter les fiches d’expériences</translation>
    </message>
    <message>
        <source>experience-sheets</source>
        <translation>fiches-experiences</translation>
    </message>
    <message numerus="yes">
        <source>%n experience sheet(s) written to %1.</source>
        <translation>
            <numerusform>%n fiche d’expérience écrite dans %1.</numerusform>
            <numerusform>%n fiches d’expériences écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
The built-in template is shown instead.</source>
        <translation>%1
Le modèle fourni avec Infodoc est affiché à la place.</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Lend or return: scan the card, then the copies (the scanner presses Enter)</source>
        <translation>Prêter ou rendre&#xa0;: lire la carte, puis les exemplaires (la douchette appuie sur Entrée)</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>F1 on any page opens the help at that page.</source>
        <translation>F1 sur chaque page ouvre l’aide à cette page.</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>The &amp;members of staff who handle requests and count their time, one per line:</source>
        <translation>Les &amp;membres de l’équipe qui traitent les demandes et comptent leur temps, un par ligne&#xa0;:</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::TermListEdit</name>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter aux %1</translation>
    </message>
    <message>
        <source>Type to choose, Enter to add</source>
        <translation>Tapez pour choisir, Entrée pour ajouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Retirer des %1</translation>
    </message>
    <message>
        <source>“%1” is not in the thesaurus: choose a suggested term, or add it in the Thesaurus page.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans le thésaurus&#xa0;: choisissez un terme proposé, ou ajoutez-le dans la page Thésaurus.</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::ThesaurusPage</name>
    <message>
        <source>Find a descriptor</source>
        <translation>Trouver un descripteur</translation>
    </message>
    <message>
        <source>Find a descriptor or a non-preferred term…</source>
        <translation>Trouver un descripteur ou un non-descripteur…</translation>
    </message>
    <message>
        <source>Thesaurus</source>
        <translation>Thésaurus</translation>
    </message>
    <message>
        <source>“%1” is not in the thesaurus.</source>
        <translation>« %1 » n’est pas dans le thésaurus.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>T&amp;rouver&#xa0;:</translation>
    </message>
    <message>
        <source>Descriptors</source>
        <translation>Descripteurs</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Descripteur</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Non-preferred terms</source>
        <translation>Non-descripteurs</translation>
    </message>
    <message>
        <source>Non-&amp;preferred terms (lead to this descriptor):</source>
        <translation>Non-&amp;descripteurs (renvoient à ce descripteur)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New descriptor…</source>
        <translation>&amp;Nouveau descripteur…</translation>
    </message>
    <message>
        <source>New descriptor</source>
        <translation>Nouveau descripteur</translation>
    </message>
    <message>
        <source>Label of the descriptor at the top of the tree:</source>
        <translation>Libellé du descripteur en tête de l’arborescence&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;narrower term…</source>
        <translation>Nouveau terme &amp;spécifique…</translation>
    </message>
    <message>
        <source>New narrower term</source>
        <translation>Nouveau terme spécifique</translation>
    </message>
    <message>
        <source>Label of the narrower term:</source>
        <translation>Libellé du terme spécifique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New label:</source>
        <translation>Nouveau libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Move under…</source>
        <translation>&amp;Déplacer sous…</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Broader term (empty: to the top of the tree):</source>
        <translation>Terme générique (vide&#xa0;: en tête de l’arborescence)&#xa0;:</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Descriptor to keep (this one becomes its non-preferred term):</source>
        <translation>Descripteur à conserver (celui-ci en devient un non-descripteur)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the descriptor “%1”? Records indexed with it lose it.</source>
        <translation>Supprimer le descripteur « %1 »&#x202f;? Les notices indexées avec lui le perdent.</translation>
    </message>
    <message>
        <source>Add a non-preferred term…</source>
        <translation>Ajouter un non-descripteur…</translation>
    </message>
    <message>
        <source>Non-preferred term</source>
        <translation>Non-descripteur</translation>
    </message>
    <message>
        <source>Term that leads to this descriptor:</source>
        <translation>Terme qui renvoie à ce descripteur&#xa0;:</translation>
    </message>
    <message>
        <source>Remove the non-preferred term</source>
        <translation>Retirer le non-descripteur</translation>
    </message>
    <message>
        <source>Broader:</source>
        <translation>Terme générique&#xa0;:</translation>
    </message>
    <message>
        <source>Narrower:</source>
        <translation>Termes spécifiques&#xa0;:</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>Termes associés&#xa0;:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Notices&#xa0;:</translation>
    </message>
    <message>
        <source>Scope &amp;note…</source>
        <translation>Note d’&amp;application…</translation>
    </message>
    <message>
        <source>Scope note</source>
        <translation>Note d’application</translation>
    </message>
    <message>
        <source>How the descriptor is used:</source>
        <translation>Emploi du descripteur&#xa0;:</translation>
    </message>
    <message>
        <source>Add a re&amp;lated term…</source>
        <translation>Ajouter un terme &amp;associé…</translation>
    </message>
    <message>
        <source>Related term</source>
        <translation>Terme associé</translation>
    </message>
    <message>
        <source>Descriptor related to this one:</source>
        <translation>Descripteur associé à celui-ci&#xa0;:</translation>
    </message>
    <message>
        <source>Remove a related term…</source>
        <translation>Retirer un terme associé…</translation>
    </message>
    <message>
        <source>Related term to remove:</source>
        <translation>Terme associé à retirer&#xa0;:</translation>
    </message>
    <message>
        <source>The thesaurus cannot be read</source>
        <translation>Le thésaurus ne peut pas être lu</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::VisitDialog</name>
    <message>
        <source>no copy</source>
        <translation>aucun exemplaire</translation>
    </message>
    <message>
        <source>%1 of %2 on the shelf</source>
        <translation>%1 sur %2 en rayon</translation>
    </message>
    <message>
        <source>Suggested documents</source>
        <translation>Documents suggérés</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Selection for the visit</source>
        <translation>Sélection pour la visite</translation>
    </message>
    <message>
        <source>Chosen by</source>
        <translation>Choisi par</translation>
    </message>
    <message>
        <source>Copies set aside</source>
        <translation>Exemplaires mis de côté</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>&amp;Add the ticked documents to the selection</source>
        <translation>&amp;Ajouter les documents cochés à la sélection</translation>
    </message>
    <message>
        <source>&amp;Remove from the selection</source>
        <translation>&amp;Retirer de la sélection</translation>
    </message>
    <message>
        <source>Set &amp;copies aside for the day</source>
        <translation>Mettre de &amp;côté les exemplaires pour le jour</translation>
    </message>
    <message>
        <source>&amp;Pull list…</source>
        <translation>&amp;Liste de sortie…</translation>
    </message>
    <message>
        <source>&amp;Bibliography…</source>
        <translation>&amp;Bibliographie…</translation>
    </message>
    <message>
        <source>Pull list</source>
        <translation>Liste de sortie des rayons</translation>
    </message>
    <message>
        <source>pull-list.pdf</source>
        <translation>liste-de-sortie.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Text (*.txt)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Texte (*.txt)</translation>
    </message>
    <message>
        <source>Bibliography of the visit</source>
        <translation>Bibliographie de la visite</translation>
    </message>
    <message>
        <source>bibliography.pdf</source>
        <translation>bibliographie.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument (*.odt);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;OpenDocument (*.odt);;HTML (*.html)</translation>
    </message>
    <message>
        <source>&amp;Suggested (Space ticks, Enter adds):</source>
        <translation>&amp;Suggestions (Espace coche, Entrée ajoute)&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;lection (Delete removes):</source>
        <translation>Sél&amp;ection (Suppr retire)&#xa0;:</translation>
    </message>
    <message>
        <source>Set aside:</source>
        <translation>Mis de côté&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Préparer</translation>
    </message>
    <message>
        <source>Scan a copy to lend it to the visitor</source>
        <translation>Scannez un exemplaire pour le prêter au visiteur</translation>
    </message>
    <message>
        <source>Loans of the visit</source>
        <translation>Prêts de la visite</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Retour prévu</translation>
    </message>
    <message>
        <source>Scan a copy consulted on site</source>
        <translation>Scannez un exemplaire consulté sur place</translation>
    </message>
    <message>
        <source>Close the &amp;visit</source>
        <translation>&amp;Clôturer la visite</translation>
    </message>
    <message>
        <source>&amp;Lend:</source>
        <translation>Prê&amp;ter&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;onsulted:</source>
        <translation>C&amp;onsulté&#xa0;:</translation>
    </message>
    <message>
        <source>Tick in the selection (Prepare tab) what was consulted.</source>
        <translation>Cochez dans la sélection (onglet Préparer) ce qui a été consulté.</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>S&amp;uite à donner&#xa0;:</translation>
    </message>
    <message>
        <source>The &amp;visit</source>
        <translation>La &amp;visite</translation>
    </message>
    <message>
        <source>No appointment %1</source>
        <translation>Aucun rendez-vous %1</translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation>Visite du %1</translation>
    </message>
    <message>
        <source>No topic given</source>
        <translation>Aucun sujet indiqué</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Suggestions from the descriptors only: %1</source>
        <translation>Suggestions d’après les descripteurs seulement&#xa0;: %1</translation>
    </message>
    <message>
        <source>the visitor</source>
        <translation>le visiteur</translation>
    </message>
    <message>
        <source>the documentalist</source>
        <translation>la documentaliste</translation>
    </message>
    <message>
        <source>Ticked: consulted during the visit</source>
        <translation>Coché&#xa0;: consulté pendant la visite</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added to the selection.</source>
        <translation>
            <numerusform>%n document ajouté à la sélection.</numerusform>
            <numerusform>%n documents ajoutés à la sélection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) taken out of the selection.</source>
        <translation>
            <numerusform>%n document retiré de la sélection.</numerusform>
            <numerusform>%n documents retirés de la sélection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) set aside.</source>
        <translation>
            <numerusform>%n exemplaire mis de côté.</numerusform>
            <numerusform>%n exemplaires mis de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the shelf: %1.</source>
        <translation>Pas en rayon&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Pull list written: %1</source>
        <translation>Liste de sortie enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; (formats: %2).</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu (formats&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Bibliography written: %1</source>
        <translation>Bibliographie enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lent: &quot;%1&quot;, due %2.</source>
        <translation>Prêté&#xa0;: «&#xa0;%1&#xa0;», à rendre le %2.</translation>
    </message>
    <message>
        <source>Consulted (recorded when the visit is closed): %1</source>
        <translation>Consulté (enregistré à la clôture de la visite)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The visit is closed.</source>
        <translation>La visite est clôturée.</translation>
    </message>
    <message>
        <source>Open the visitor &amp;mode for this visit</source>
        <translation>Ouvrir le &amp;mode visiteur pour cette visite</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::VisitorPinPage</name>
    <message>
        <source>Visitor mode</source>
        <translation>Mode visiteur</translation>
    </message>
    <message>
        <source>The visitor mode turns this workstation into a search desk for visitors: no loans, no borrowers, no settings. Leaving it asks for the staff PIN.</source>
        <translation>Le mode visiteur fait de ce poste un poste de recherche pour les visiteurs&#xa0;: ni prêts, ni emprunteurs, ni paramètres. Pour en sortir, il faut le code de l’équipe.</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>Code a&amp;ctuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New PIN (4 to 12 digits):</source>
        <translation>&amp;Nouveau code (4 à 12 chiffres)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm the new PIN:</source>
        <translation>Con&amp;firmer le nouveau code&#xa0;:</translation>
    </message>
    <message>
        <source>A PIN is set. To change it, type it, then the new one twice.</source>
        <translation>Un code est défini. Pour le changer, tapez-le, puis deux fois le nouveau.</translation>
    </message>
    <message>
        <source>No PIN yet: choose one here, or when the visitor mode is first opened.</source>
        <translation>Pas encore de code&#xa0;: choisissez-le ici, ou à la première ouverture du mode visiteur.</translation>
    </message>
    <message>
        <source>The current PIN is not right.</source>
        <translation>Le code actuel n’est pas le bon.</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>Les deux nouveaux codes diffèrent.</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::VisitorWindow</name>
    <message>
        <source>Infodoc — search the documentation</source>
        <translation>Infodoc — rechercher dans le fonds documentaire</translation>
    </message>
    <message>
        <source>Search the documentation of the centre</source>
        <translation>Rechercher dans le fonds documentaire du centre</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Type words: a subject, a town, an author…</source>
        <translation>Tapez des mots&#xa0;: un sujet, une ville, un auteur…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Leave the visitor mode (staff PIN)</source>
        <translation>Quitter le mode visiteur (code du personnel)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Détail de la notice</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a result to see where to find it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez un résultat pour savoir où le trouver.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Add to my selection</source>
        <translation>&amp;Ajouter à ma sélection</translation>
    </message>
    <message>
        <source>My selection</source>
        <translation>Ma sélection</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Print my selection</source>
        <translation>&amp;Imprimer ma sélection</translation>
    </message>
    <message>
        <source>Save as P&amp;DF</source>
        <translation>Enregistrer en P&amp;DF</translation>
    </message>
    <message>
        <source>Your selection is saved as %1. Ask the documentalist for a copy.</source>
        <translation>Votre sélection est enregistrée sous %1. Demandez-en une copie au documentaliste.</translation>
    </message>
    <message>
        <source>My selection:</source>
        <translation>Ma sélection&#xa0;:</translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>Préparation de la recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) found</source>
        <translation>
            <numerusform>%n document trouvé</numerusform>
            <numerusform>%n documents trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>try “%1”</source>
        <translation>essayez « %1 »</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>Descripteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Territories:</source>
        <translation>Territoires&#xa0;:</translation>
    </message>
    <message>
        <source>Where to find it</source>
        <translation>Où le trouver</translation>
    </message>
    <message>
        <source>No copy in the documentation space.</source>
        <translation>Aucun exemplaire dans l’espace documentaire.</translation>
    </message>
    <message>
        <source>Available as a file: ask the documentalist.</source>
        <translation>Disponible en fichier&#xa0;: demandez au documentaliste.</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>En prêt</translation>
    </message>
    <message>
        <source>On the shelf, to read here</source>
        <translation>En rayon, à consulter sur place</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>En rayon</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your selection is empty: add documents to it first.</source>
        <translation>Votre sélection est vide&#xa0;: ajoutez-y d’abord des documents.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Leave the visitor mode</source>
        <translation>Quitter le mode visiteur</translation>
    </message>
    <message>
        <source>Staff &amp;PIN:</source>
        <translation>&amp;Code du personnel&#xa0;:</translation>
    </message>
    <message>
        <source>On loan, back on %1</source>
        <translation>En prêt, de retour le %1</translation>
    </message>
    <message>
        <source>searched as plain words (%1)</source>
        <translation>cherché comme des mots simples (%1)</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::WeekGrid</name>
    <message>
        <source>Appointments of the week</source>
        <translation>Rendez-vous de la semaine</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>fermé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
</context>
<context>
    <name>infodoc::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Infodoc</source>
        <translation>Bienvenue dans Infodoc</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Infodoc&lt;/h2&gt;&lt;p&gt;Infodoc keeps the centre&apos;s catalogue on this computer: the documents, the loans, the appointments and the requests. Where do you want to begin?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Infodoc&lt;/h2&gt;&lt;p&gt;Infodoc garde le catalogue du centre sur cet ordinateur&#xa0;: les documents, les prêts, les rendez-vous et les demandes. Par quoi voulez-vous commencer&#xa0;?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create the centre&apos;s catalogue</source>
        <translation>&amp;Créer le catalogue du centre</translation>
    </message>
    <message>
        <source>An empty catalogue with the urban-policy thesaurus and the territories, under the centre&apos;s name.</source>
        <translation>Un catalogue vide avec le thésaurus de la politique de la ville et les territoires, au nom du centre.</translation>
    </message>
    <message>
        <source>Look around in the &amp;demonstration catalogue</source>
        <translation>Découvrir avec le catalogue de &amp;démonstration</translation>
    </message>
    <message>
        <source>Sample records, documents and borrowers, to try everything out. Your own catalogue can be created afterwards (File › Open another catalogue).</source>
        <translation>Des notices, documents et emprunteurs d’exemple, pour tout essayer. Votre propre catalogue pourra être créé ensuite (Fichier › Ouvrir un autre catalogue).</translation>
    </message>
    <message>
        <source>&amp;Import an existing catalogue</source>
        <translation>&amp;Importer un catalogue existant</translation>
    </message>
    <message>
        <source>From PMB or another library system (UNIMARC, MARC 21), or from RIS, BibTeX or CSV files: the centre&apos;s catalogue is created, then the import assistant opens.</source>
        <translation>Depuis PMB ou un autre logiciel documentaire (UNIMARC, MARC 21), ou des fichiers RIS, BibTeX ou CSV&#xa0;: le catalogue du centre est créé, puis l’assistant d’import s’ouvre.</translation>
    </message>
    <message>
        <source>&amp;Open a catalogue file</source>
        <translation>&amp;Ouvrir un fichier de catalogue</translation>
    </message>
    <message>
        <source>A catalogue made by Infodoc, on this computer or on a share.</source>
        <translation>Un catalogue fait par Infodoc, sur cet ordinateur ou sur un partage.</translation>
    </message>
    <message>
        <source>Open a catalogue</source>
        <translation>Ouvrir un catalogue</translation>
    </message>
    <message>
        <source>Infodoc catalogues (*.sqlite)</source>
        <translation>Catalogues Infodoc (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The centre&apos;s catalogue&lt;/h3&gt;&lt;p&gt;The centre&apos;s name, address and logo head the bibliographies, experience sheets and letters; they can be changed later (File › The centre&apos;s identity).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Le catalogue du centre&lt;/h3&gt;&lt;p&gt;Le nom, l’adresse et le logo du centre figurent en tête des bibliographies, des fiches d’expérience et des courriers&#xa0;; ils pourront être changés (Fichier › Identité du centre).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Centre de ressources politique de la ville…</source>
        <translation>Centre de ressources politique de la ville…</translation>
    </message>
    <message>
        <source>Centre&apos;s &amp;name:</source>
        <translation>&amp;Nom du centre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Logo (optional):</source>
        <translation>&amp;Logo (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Catalogue &amp;file:</source>
        <translation>&amp;Fichier du catalogue&#xa0;:</translation>
    </message>
    <message>
        <source>Ch&amp;ange…</source>
        <translation>Ch&amp;anger…</translation>
    </message>
    <message>
        <source>Where the catalogue goes</source>
        <translation>Où va le catalogue</translation>
    </message>
    <message>
        <source>&amp;Back up automatically (when the program closes and every day at 12:30) to:</source>
        <translation>&amp;Sauvegarder automatiquement (à la fermeture du programme et chaque jour à 12:30) dans&#xa0;:</translation>
    </message>
    <message>
        <source>a USB drive, a network share…</source>
        <translation>une clé USB, un partage réseau…</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Choi&amp;sir…</translation>
    </message>
    <message>
        <source>Folder of the backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>C&amp;reate the catalogue</source>
        <translation>C&amp;réer le catalogue</translation>
    </message>
    <message>
        <source>Logo of the centre</source>
        <translation>Logo du centre</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The logo %1 cannot be read, or is larger than 5 MB.</source>
        <translation>Le logo %1 ne peut pas être lu, ou dépasse 5 Mo.</translation>
    </message>
    <message>
        <source>Making the demonstration catalogue…</source>
        <translation>Création du catalogue de démonstration…</translation>
    </message>
    <message>
        <source>&amp;Help (F1)</source>
        <translation>&amp;Aide (F1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Documentation and library manager for resource centres.</source>
        <translation>Gestion documentaire et de bibliothèque pour les centres de ressources.</translation>
    </message>
    <message>
        <source>Open the catalogue FILE.</source>
        <translation>Ouvrir le catalogue FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Save the window as a PNG image and quit.</source>
        <translation>Enregistrer la fenêtre en image PNG et quitter.</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Infodoc</source>
        <translation>Infodoc</translation>
    </message>
    <message>
        <source>Unknown module &quot;%1&quot;.</source>
        <translation>Module inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Open the Search page on the query TEXT.</source>
        <translation>Ouvrir la page Recherche sur la requête TEXTE.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Open the form of the record ID.</source>
        <translation>Ouvrir le formulaire de la notice ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Open in visitor mode (a staff PIN must have been set).</source>
        <translation>Ouvrir en mode visiteur (un code du personnel doit avoir été défini).</translation>
    </message>
    <message>
        <source>Open on the module NAME (catalogue, search, loans, appointments, requests, reports, thesaurus, authorities).</source>
        <translation>Ouvrir sur le module NOM (catalogue, search, loans, appointments, requests, reports, thesaurus, authorities).</translation>
    </message>
    <message>
        <source>Open the import assistant on FILE (with --screenshot: its preview).</source>
        <translation>Ouvrir l’assistant d’import sur FICHIER (avec --screenshot&#xa0;: son aperçu).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The catalogue was not replaced: %1</source>
        <translation>Le catalogue n’a pas été remplacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Catalogue restored from %1</source>
        <translation>Catalogue restauré depuis %1</translation>
    </message>
    <message>
        <source>Open the settings on the page NAME (backups, centre, ocr, visitor, hours, loans, labels, staff, language).</source>
        <translation>Ouvrir les paramètres à la page NOM (backups, centre, ocr, visitor, hours, loans, labels, staff, language).</translation>
    </message>
</context>
</TS>
