//! The words of intent, on folded text (see `fold`): what asks for the list, closes, reminds,
//! and what speaks of a need or of a fault.
//!
//! A fault is something that worked and no longer does: a function denied ("ne s'allume
//! plus"), a symptom (an error, a noise, a restart), an onset ("depuis ce matin"), someone asked
//! to come and repair. A need is a state wished for: a desire or a lack ("n'a pas de"), something
//! asked for that is not a repair, a purchase or a deployment, a plan ("pour la rentrée").
//! Each is a class of wordings, not a list of mails: a group counts once however often it
//! occurs.

/// Ticket words in the plural, for list requests.
const PLURAL_TICKETS: &str = r"(?:tickets|demandes|incidents|signalements|interventions|dossiers|requetes|requests)";
/// States of tickets still open.
const OPEN_STATE: &str = r"(?:en\s+cours|en\s+attente|ouverte?s?|prevue?s?|programmee?s?|planifiee?s?|pas\s+encore|non\s+(?:resolue?s?|cloturee?s?|traitee?s?|reglee?s?)|restent|reste\s+a|a\s+traiter|open|pending|outstanding)";

/// "Send me the list of our tickets", "un point sur toutes nos demandes en cours", "quelles
/// interventions sont prévues pour le lycée", "un état de ce qui est en cours".
pub(super) fn list() -> String {
    let explicit = r"\b(?:liste|listing|etat|recapitulatif|recap|bilan|point|situation|suivi|list|status|overview|vue\s+d'ensemble|synthese|tableau|inventaire|recensement)\b[^.?!\n]{0,40}\b(?:nos|mes|toutes\s+(?:nos|les|mes)|tous\s+(?:nos|les|mes)|l'ensemble\s+(?:de\s+nos|de\s+mes|des)|all\s+(?:our|my|the)|our|my)\s+(?:[a-z]+\s+)?(?:tickets|demandes|incidents|signalements|interventions|dossiers|requests)\b|\b(?:liste|list|lister|indiquer|envoyer|adresser|fournir|donner|faire\s+parvenir|transmettre|communiquer|connaitre|recapituler)\b[^.?!\n]{0,50}\b(?:tickets|demandes|incidents|signalements|interventions|requests)\s+(?:(?:encore|toujours|still)\s+)?(?:en\s+cours|ouverts?|ouvertes|open|pending|non\s+(?:resolus|resolues|clotures|cloturees|traites|traitees))\b|\bou\s+en\s+sont\s+(?:toutes\s+)?(?:nos|mes)\s+(?:[a-z]+\s+)?(?:tickets|demandes|incidents|signalements)\b|\bcombien\s+(?:de|d')\s*(?:tickets|demandes|incidents|signalements)\b|\b(?:lesquel(?:le)?s|ceux|celles)\s+de\s+(?:nos|mes)\s+(?:tickets|demandes|incidents|signalements)\b|\b(?:recapitulatif|recap|bilan|point)\s+(?:de\s+|des\s+|sur\s+)(?:tous\s+les\s+|toutes\s+les\s+|nos\s+|mes\s+|les\s+)?(?:tickets|demandes|signalements)\b";
    // A question over several tickets and their state, in one sentence.
    let which = format!(
        r"\b(?:quel(?:le)?s|combien|lesquel(?:le)?s)\b[^.?!\n]{{0,40}}\b{PLURAL_TICKETS}\b[^.?!\n]{{0,50}}\b{OPEN_STATE}\b"
    );
    let what_is = format!(
        r"\b(?:etat|point|bilan|recapitulatif|recap|liste|inventaire)\s+(?:de\s+|des\s+|sur\s+)?(?:tout\s+)?ce\s+qui\b[^.?!\n]{{0,30}}\b{OPEN_STATE}\b"
    );
    // "Où nous en sommes de l'ensemble de nos demandes", "la liste" asked for alone.
    let where_all = format!(
        r"\bou\s+(?:nous\s+en\s+sommes|en\s+sont|on\s+en\s+est)\b[^.?!\n]{{0,30}}\b(?:nos|mes|toutes\s+(?:nos|les)|l'ensemble\s+(?:de\s+nos|des))\s+(?:[a-z]+\s+)?{PLURAL_TICKETS}\b"
    );
    let any_left = format!(
        r"\b(?:y\s+a-t-il|reste-t-il|avons-nous|avez-vous)\s+(?:encore\s+|toujours\s+)?(?:des|d'autres)\s+(?:[a-z]+\s+)?{PLURAL_TICKETS}\b[^.?!\n]{{0,40}}(?:\b{OPEN_STATE}\b|\b(?:chez|pour)\s+nous\b|\bpour\s+(?:le\s+lycee|le\s+college|l'etablissement))"
    );
    // "M'envoyer la liste des tickets du lycée", whatever follows ("voici la liste des
    // incidents constatés" gives one).
    let list_of = format!(
        r"\b(?:envoyer|adresser|transmettre|communiquer|faire\s+parvenir|donner|avoir|obtenir|recevoir|fournir|consulter|connaitre)\b[^.?!\n]{{0,20}}\bla\s+liste\s+(?:des|de\s+nos|de\s+mes|de\s+tous\s+les|de\s+toutes\s+les)\s+(?:[a-z]+\s+)?{PLURAL_TICKETS}\b"
    );
    let the_list = r"\b(?:envoyer|adresser|transmettre|communiquer|faire\s+parvenir|donner)\b[^.?!\n]{0,20}\bla\s+liste\s*(?:[.!?,;]|$|\n|svp|s'il)";
    let english = r"\b(?:send|give|list|show|forward)\b[^.?!\n]{0,30}\b(?:open|pending|outstanding|current)\s+(?:tickets|requests|incidents|issues)\b";
    format!("{explicit}|{which}|{what_is}|{where_all}|{any_left}|{the_list}|{list_of}|{english}")
}

/// A subject that titles the list: "Tickets en cours", "Demandes ouvertes - Lycée X".
pub(super) const LIST_TITLE: &str = r"^[\s\[]*(?:(?:re|tr|fwd?)\s*:\s*)*(?:(?:liste|etat|synthese|recapitulatif|recap|bilan|suivi|tableau|inventaire)\s+(?:des\s+|de\s+nos\s+|de\s+mes\s+)|point\s+sur\s+(?:les\s+|nos\s+)?|nos\s+|mes\s+|les\s+)?(?:tickets|demandes|signalements|incidents|interventions|dossiers)\s+(?:en\s+cours|ouverte?s?|en\s+attente|non\s+(?:resolue?s?|cloturee?s?|traitee?s?))\b";

/// An explicit request to close.
pub(super) const CLOSE_ASKED: &str = r"\b(?:vous\s+pouvez|vous\s+pourrez|pouvez-vous|pourriez-vous|merci\s+de|je\s+vous\s+laisse|on\s+peut|nous\s+pouvons)\s+(?:donc\s+)?(?:(?:le|la|l')\s*(?:cloturer|solder|fermer|clore|classer)|(?:cloturer|solder)|(?:fermer|clore|classer)\s+(?:le|la|l'|ce|cette|notre|ma|mon)\s*(?:ticket|demande|incident|dossier|signalement|intervention|requete)|(?:fermer|clore|classer)\s*(?:[.!,;)]|\n|$))|\b(?:ticket|demande|incident|dossier|intervention|signalement)\s+(?:n[o°]\s*)?(?:[0-9-]+\s+)?(?:peut|pourra|peuvent)\s+etre\s+(?:cloture|clos|ferme|classe|solde)e?s?\b|\b(?:ticket|demande|incident|dossier)\s+a\s+(?:cloturer|clore|fermer)\b|\b(?:considerer|considere[rz]?)\s+(?:le\s+ticket|la\s+demande|l'incident|le\s+probleme|ce\s+ticket|cette\s+demande)\s+comme\s+(?:clos|close|cloture|cloturee|ferme|fermee|resolu|resolue|regle|reglee)\b|\bproceder\s+a\s+la\s+cloture\b|\b(?:annule[rz]?|ignore[rz]?|oublie[rz]?)\s+(?:ma|notre|cette|la)\s+(?:demande|signalement|ticket|message)\s*(?:[,.;!:]|$|\n|svp|merci)|\bcloture\s+(?:du|de\s+la|de\s+l')\s*(?:ticket|demande|incident)\b|\b(?:you\s+(?:can|may)|please)\s+close\s+(?:the|this|my|our)\s+(?:ticket|request|incident|case)\b";

/// A statement that it works again.
pub(super) const RESOLVED: &str = r"\b(?:fonctionne|fonctionnent|marche|marchent|refonctionne|refonctionnent|remarche|remarchent|repond|repondent)\s+(?:(?:bien|tres\s+bien)\s+)?(?:a\s+nouveau|de\s+nouveau|desormais|maintenant|correctement|parfaitement|normalement)\b|\b(?:refonctionne|refonctionnent|remarche|remarchent)\b|\b(?:probleme|souci|incident|panne|dysfonctionnement)\s+(?:est\s+|a\s+ete\s+)?(?:bien\s+)?(?:resolue?|reglee?|reparee?)\b|\b(?:c'|tout|ca|cela)\s*(?:est|a\s+ete)\s+(?:bien\s+|enfin\s+)?(?:resolu|regle|repare|retabli)\b|\b(?:est|sont|a\s+ete|ont\s+ete)\s+(?:bien\s+|enfin\s+)?(?:revenue?s?|retablie?s?|reparee?s?|remise?s?\s+en\s+(?:service|etat|route))\b|\btout\s+est\s+(?:ok|rentre\s+dans\s+l'ordre|en\s+ordre|revenu\s+a\s+la\s+normale)\b|\b(?:tout|tous\s+les\s+[a-z]+|toutes\s+les\s+[a-z]+)\s+(?:fonctionne|fonctionnent|marche|marchent|refonctionne\w*|remarche\w*)\b|\b(?:est|sont)\s+(?:de\s+nouveau\s+|a\s+nouveau\s+|bien\s+)?(?:operationnel(?:le)?s?|fonctionnel(?:le)?s?)\b|\b(?:arrive(?:nt)?|passe(?:nt)?|sort(?:ent)?|s'affiche(?:nt)?|s'allume(?:nt)?|demarre(?:nt)?)\s+(?:de\s+nouveau|a\s+nouveau|normalement)\b|\brentre\s+dans\s+l'ordre\b|\bplus\s+(?:aucune?\s+|de\s+|d')(?:souci|probleme|panne|bug|dysfonctionnement|sifflement|bruit|bourrage|coupure|erreur|message\s+d'erreur|ecran\s+bleu|deconnexion|plantage|gresillement|lenteur|clignotement|odeur)s?\b|\b(?:ne\s+s'est|n'est)\s+(?:pas|plus|jamais)\s+(?:reproduit|revenu|reapparu)e?\b|\b(?:c'est|tout\s+est|ca\s+y\s+est,?)\s+(?:tout\s+)?(?:bon|ok|good)\s*(?:[,.!;]|$|\n|merci)|\b[a-z]{4,}(?:e|ent)\s+(?:de\s+nouveau\s+|a\s+nouveau\s+)?normalement\b|\b(?:aucune?|plus\s+(?:de|d'|aucune?))\s*[a-z]+(?:\s+[a-z]+)?\s+depuis\s+(?:votre|l'|la|le|son|leur)\s*(?:intervention|passage|reparation|visite|mise\s+a\s+jour|changement|redemarrage)\b|\b(?:issue|problem)\s+(?:is\s+|has\s+been\s+)?(?:solved|resolved|fixed|gone)\b|\bworks\s+(?:again|now|fine)\b|\bworking\s+(?:again|now|fine)\b|\bras\b\s*(?:[.,!]|$|\n|depuis|de\s+notre\s+cote|pour\s+nous)|\brien\s+a\s+signaler\s+(?:depuis|de\s+notre\s+cote)\b|\bconfirm(?:e|ons)\s+(?:la\s+|que\s+la\s+)?(?:resolution|reparation|remise\s+en\s+(?:service|etat))\b|\b(?:probleme|souci|panne|bug|incident|dysfonctionnement)s?\s+(?:a|ont)\s+(?:disparu|cesse)\b|\btout\s+va\s+bien\b|\b(?:avons|ai|a|ont)\s+trouve\s+(?:une?|la|le|des)\s+(?:[a-z]+\s+)?(?:de\s+rechange|solution|remplacante?s?)\b|\bplus\s+besoin\s+d(?:e\s+|')(?:l'|d')?(?:intervention|intervenir|technicien|passer|venir|deplacer)\b|\bs'(?:est|sont)\s+(?:resolue?s?|reglee?s?|arrangee?s?|retablie?s?)\b|\b(?:resolue?|reglee?|reparti)\s+(?:de\s+lui-meme|d'elle-meme|tout\s+seul|toute\s+seule)\b|\b(?:problemes|soucis|pannes|incidents|dysfonctionnements)\s+(?:sont|ont\s+ete)\s+(?:bien\s+|tous\s+|toutes\s+)?(?:resolu|regle|repare)e?s\b|\b(?:c'est|c'|ca\s+est|tout\s+est|ca)\s*(?:reparti|repart)\b|\b(?:est|sont)\s+(?:bien\s+)?repartie?s?\b|\b(?:tout|le\s+tout)\s+a\s+ete\s+(?:repare|regle|remis\s+en\s+(?:etat|service|route))\b|\b(?:a|ont)\s+tout\s+(?:repare|regle|remis\s+en\s+(?:etat|service|route))\b";

/// "…mais toujours pas", "en revanche … restent": a resolution that is only partial.
pub(super) const STILL_BROKEN: &str = r"\btoujours\s+pas\b|\b(?:mais|cependant|par\s+contre|toutefois|sauf|en\s+revanche|neanmoins|pourtant|however|except)\b[^.!?\n]{0,80}\b(?:toujours|encore|plus|pas|ne|n'|reste|restent|non|aucune?)\b|,\s*(?:mais\s+)?(?:pas|toujours\s+pas|non)\s+(?:dans|au|aux|a|en|pour|sur|celui|celle|ceux|le|la|les|l')\b|\b(?:sauf|excepte|hormis)\s+(?:l'|le|la|les|pour|dans|en|au|aux|un|une|des|deux|trois|celui|celle|ceux)\b|\bstill\s+(?:not|broken|down)\b|\bbut\s+(?:still|not)\b|\b(?:encore|toujours)\s+(?:coupee?s?|en\s+panne|hs|noire?s?|bloquee?s?|inaccessibles?|injoignables?|hors\s+service|eteinte?s?)\b|\b(?:reste|restent|demeure|demeurent)\s+(?:en\s+panne|hs|noire?s?|bloquee?s?|coupee?s?|inaccessibles?|injoignables?|eteinte?s?|muette?s?|floue?s?|lente?s?|instables?|figee?s?|inutilisables?|defectueu(?:x|se|ses)|a\s+changer|a\s+reparer)\b|\btoujours\s+rien\s+(?:a|au|aux|dans|en|sur|cote|pour|avec)\b|\b(?:panne|probleme|souci|bug|erreur|defaut|dysfonctionnement|plantage|coupure)s?\s+(?:est|sont|a|ont)\s+(?:revenue?s?|reapparue?s?|recommence|de\s+retour)\b|\bde\s+nouveau\s+(?:plus|pas|en\s+panne|hs)\b|\b(?:encore|toujours)\s+(?:l'|les|le|la|des|une?\s+)?\s*(?:erreurs?|problemes?|soucis|pannes?|bugs?|messages?\s+d'erreur|ecrans?\s+noirs?)\b|,\s*(?:les|la|le|l')\s*(?:autres?|reste)\s+(?:non|pas|toujours|ne\b|n')";

/// It works again somewhere: "le wifi marche au rez-de-chaussée", "le son est revenu". Only
/// with [`STILL_BROKEN`]: a partial fix, told as a follow-up.
pub(super) const WORKS_PART: &str = r"\b(?:marche|marchent|fonctionne|fonctionnent|remarche\w*|refonctionne\w*|repond|repondent|passe|passent)\s+(?:(?:bien|de\s+nouveau|a\s+nouveau|maintenant|desormais)\s+)?(?:au|a\s+l'|a\s+la|aux|dans|en|pour|sur|cote|chez|partout\s+sauf)\b|\b(?:est|sont)\s+(?:bien\s+)?(?:revenue?s?|reparee?s?|retablie?s?)\b";

/// A fallback wish after a fault: "si un remplacement est nécessaire, nous aimerions un modèle
/// interactif", "s'il n'est pas réparable, un modèle récent serait bienvenu". The sentence
/// only says what to do if the repair fails: it does not weigh.
pub(super) const FALLBACK_SENTENCE: &str = r"[^.!?\n]*\b(?:si|s'il|s'ils|s'elle|au\s+cas\s+ou|a\s+defaut)\b[^.!?\n]{0,50}\b(?:remplacement|reparation|reparable|irreparable|remplacer|changer|reparee?|trop\s+ancien|trop\s+vieux|hors\s+d'usage|recuperable)\b[^.!?\n]*";

/// A reminder in the subject: "Relance", "2e relance", "Rappel :", "Toujours sans nouvelles".
pub(super) const REMINDER_SUBJECT: &str = r"^[\s\[]*(?:(?:re|tr|fwd?)\s*:\s*)*(?:(?:\d+\s*(?:e|eme|er|nde?)|deuxieme|troisieme|nouvelle|derniere|seconde|petit|simple|amical)\s+)?(?:relance|rappel)\b\s*(?:$|[:\-!#(\[]|\d|n[o°]|(?:ticket|demande|dossier|incident|signalement|intervention|concernant|pour|suite|sur)\b|de\s+(?:la\s+|ma\s+|notre\s+)?(?:demande|ticket|signalement|incident|dossier)\b)|\b(?:\d+\s*(?:e|eme)|deuxieme|troisieme|nouvelle|derniere)\s+relance\b|^[\s\[]*(?:(?:re|tr|fwd?)\s*:\s*)*(?:\d+\s*(?:e|eme)|deuxieme|troisieme|quatrieme)\s+demande\b|[-:(]\s*relance\s*\)?\s*$|[-:|\]]\s*relance\s+(?:[a-ce-z]|d[a-df-tv-z])|\btoujours\s+(?:pas\s+de|sans|aucune?|rien|en\s+attente)\b|\bsans\s+(?:nouvelles?|reponse|retour)\b|\b(?:any|an)\s+update\b|\bstill\s+waiting\b";

/// A reminder in the text: asking for news of something already reported, or saying nothing
/// came of it.
pub(super) const REMINDER_TEXT: &str = r"\bje\s+(?:me\s+permets\s+de\s+)?vous\s+relance[rsz]?\b|\bje\s+relance\s*(?:[:,.!]|$|\n|(?:pour|concernant|au\s+sujet|a\s+propos)\b|(?:ce|cette|ma|notre|mon)\s+(?:ticket|dossier|signalement|sujet|demande)\b)|\bje\s+me\s+permets\s+de\s+relancer\b|\brelancer?\s+(?:ma|notre|la|cette|votre)\s+(?:demande|ticket|dossier|signalement)\b|\b(?:nouvelle|deuxieme|troisieme|2e|3e|2eme|3eme|seconde)\s+relance\b|\bje\s+reviens\s+vers\s+vous\s+(?:concernant|au\s+sujet|pour|car|a\s+propos|suite)\b|\b(?:merci\s+de|pouvez-vous|pourriez-vous)\s+relancer\b|\b(?:demande|ticket|signalement|dossier)\s+n'a\s+toujours\s+pas\s+ete\s+(?:traitee?|prise?\s+en\s+charge)\b|\btoujours\s+(?:pas\s+(?:eu\s+)?(?:de\s+|d')?(?:nouvelles?|reponse|retour|technicien|intervention|passage|solution)|rien|aucune?\s+(?:nouvelle|reponse|intervention|retour|passage)|en\s+attente)\b|\b(?:nous\s+attendons|j'attends)\s+toujours\b|\b(?:sans|aucune?|pas\s+de)\s+(?:nouvelles?|reponse|retour)\s+(?:de\s+votre\s+part|depuis)\b|\bou\s+en\s+(?:est|sommes-nous)\s*(?:notre|ma|la|votre|le|mon|cette|ce|l')?\b|\b(?:avez|auriez)-vous\s+(?:des\s+nouvelles|du\s+nouveau|un\s+retour|une\s+date)\b|\bdes\s+nouvelles\s+(?:de|du|concernant|sur)\s+(?:notre|ma|mon|nos|mes|ce|cette)\b|\b(?:etat|avancement|suivi)\s+(?:de|du)\s+(?:ma|notre|mon|cette|ce)\s+(?:demande|ticket|dossier|signalement|intervention)\b|\bpersonne\s+n'est\s+(?:encore\s+)?(?:venu|passe|intervenu)\b|\b(?:personne|rien)\s+n'a\s+(?:encore\s+|toujours\s+|jamais\s+)?(?:donne\s+suite|ete\s+fait|bouge)\b|\b(?:reste|restee?|rester|demeure)\s+sans\s+(?:suite|reponse|retour)\b|\b(?:pas\s+(?:eu\s+|recu\s+)?de|aucune?|sans)\s+(?:nouvelles?|reponse|retour|suite)\s+(?:a|concernant|pour|sur)\s+(?:mon|ma|notre|nos|mes|ce|cette)\b|\b(?:nous\s+n'avons|je\s+n'ai|on\s+n'a)\s+(?:eu|recu)\s+aucune?\s+(?:retour|reponse|nouvelles?)\b|\b(?:si|s'il|s'ils|si\s+elle|si\s+(?:ma|notre|mon)\s+[a-z]+)\b[^.!?\n]{0,30}\b(?:prise?s?\s+en\s+(?:compte|charge)|bien\s+(?:ete\s+)?(?:recue?|enregistree?))\b|\bavez-vous\s+pu\s+(?:avancer|regarder|traiter|voir|vous\s+en\s+occuper|intervenir|relancer)\b|\b(?:devait|devaient|deviez|aurait\s+du|auraient\s+du|etait\s+prevue?)\s+(?:passer|venir|intervenir|rappeler|revenir|nous\s+rappeler|nous\s+recontacter)\b[^.!?\n]{0,60}\b(?:jamais|toujours\s+pas|personne|rien|pas\s+(?:venu|passe|eu\s+lieu))\b|\bn'(?:est|sont)\s+(?:jamais|toujours\s+pas|pas\s+encore)\s+(?:venue?s?|passee?s?|revenue?s?|intervenue?s?)\b|\b(?:(?:\d+|un|une|deux|trois|quatre|cinq|six|plusieurs)\s+(?:jours|semaines?|mois)\s+(?:apres|plus\s+tard)|depuis\s+(?:\d+|deux|trois|quatre|cinq|plusieurs)\s+(?:jours|semaines|mois)|depuis\s+le\s+\d+)\b[^.!?\n]{0,80}\btoujours\s+pas\b|\btoujours\s+pas\b[^.!?\n]{0,60}\b(?:depuis\s+(?:\d+|deux|trois|quatre|cinq|plusieurs|le\s+\d)|(?:\d+|deux|trois|quatre|plusieurs)\s+(?:jours|semaines|mois)\s+(?:apres|plus\s+tard))|\b(?:nous\s+attendons|j'attends|on\s+attend)\s+(?:toujours\s+|encore\s+)?(?:depuis\b|le\s+passage|la\s+reparation|l'intervention|une\s+reponse|un\s+retour|le\s+technicien)|\b(?:aucune|pas\s+de|sans)\s+suite\s+(?:donnee|a\s+(?:ce|notre|mon|ma))\b|\b(?:pas|plus)\s+(?:note|garde|retrouve)\s+(?:le\s+)?(?:numero|reference)\b|\bstill\s+(?:waiting|no\s+(?:news|answer|reply))\b|\b(?:no|any)\s+news\b|\b(?:\d+|une?|deux|trois|quatre|plusieurs|quinze)\s+(?:jours|semaines?|mois)\s+(?:ont\s+passe|se\s+sont\s+ecoulee?s|plus\s+tard|apres)\b[^.!?\n]{0,60}\b(?:n'a|n'ont|n'est|ne\s+sont|personne|rien|toujours|aucune?)\b|\b(?:petit|simple|amical|leger)\s+rappel\b|\b(?:je\s+me\s+permets\s+de\s+)?revenir\s+vers\s+vous\b|\bpersonne\s+ne\s+(?:nous|m')\s*a\s+(?:encore\s+|jamais\s+)?(?:repondu|rappele|recontacte|contacte)\b|\bavez-vous\s+(?:bien\s+)?recu\s+(?:mon|ma|notre|nos|mes)\b|\bpas\s+(?:eu|recu)\s+d'accuse\s+de\s+reception\b|\b(?:deuxieme|troisieme|quatrieme|\d+\s*e(?:me)?)\s+fois\s+que\s+(?:j'|je\b|nous\b|on\b)|\bqu'en\s+est-il\b|\b(?:attend|attends|attendent|attendons|attendez)\s+toujours\b|\b(?:sommes|suis|est|sont)\s+toujours\s+en\s+attente\b|\b(?:n'est|ne\s+sont|n'a|n'ont)\s+toujours\s+pas\s+(?:ete\s+)?(?:reparee?s?|traitee?s?|remplacee?s?|changee?s?|installee?s?|depannee?s?|livree?s?|intervenue?s?)\b|\bil\s+y\s+a\s+(?:\d+|deux|trois|quinze|plusieurs|une?)\s+(?:jours|semaines?|mois)\b[^.!?\n]{0,80}\btoujours\s+pas\b";

/// Asking when, or for news, in few words: a reminder when the mail is about a ticket or
/// recalls an earlier report ([`PAST_REPORT`]); in a new report, "quand un technicien
/// peut-il passer ?" only asks for a repair.
pub(super) const REMINDER_WHEN: &str = r"\bquand\b[^.!?\n]{0,60}\b(?:technicien|intervention|passage|reparation|prestataire|quelqu'un|depannage|installation|livraison|remplacement|intervenir|passer|venir)\b[^.!?\n]{0,60}\?|\b(?:technicien|intervention|passage|reparation|depannage|installation)\b[^.!?\n]{0,40}\b(?:prevue?|programmee?|planifiee?)\b[^.!?\n]{0,20}\?|\b(?:une|quelle)\s+date\b[^.!?\n]{0,60}\?|\b(?:des|du)\s+(?:nouvelles?|nouveau)\s*\?|\b(?:ca|cela|le\s+dossier|ma\s+demande|notre\s+demande|les\s+choses)\s+(?:avance|avancent|bouge|bougent)(?:-t-(?:il|elle))?\s*\?|\b(?:inadmissible|inacceptable|intolerable)\b|\btenir\s+(?:informee?s?|au\s+courant)\s+(?:de\s+l'avancement|des\s+suites|de\s+la\s+suite)\b|\bsavez-vous\s+(?:quand|si\s+(?:le|un|quelqu'un))\b|\bcombien\s+de\s+temps\b[^.!?\n]{0,40}\battendre\b|\b(?:encore|toujours)\s+attendre\b|\battendre\s+encore\b|\bany\s+(?:update|news|progress)\b|\bis\s+there\s+(?:any\s+)?(?:progress|news|update)\b|\bwhen\s+will\b|\b(?:faire|donner)\s+un\s+(?:retour|point)\s+(?:sur|concernant|au\s+sujet\s+de)\s+(?:notre|ma|mon|cette|ce)\b";

/// An earlier report recalled: "signalé le 20 novembre", "notre demande du 3", "déjà signalé".
pub(super) const PAST_REPORT: &str = r"\b(?:signalee?s?|declaree?s?|demandee?s?|evoquee?s?|remontee?s?|envoyee?s?)\s+(?:le\s+\d|il\s+y\s+a|la\s+semaine|le\s+mois|depuis|en\s+(?:septembre|octobre|novembre|decembre|janvier|fevrier|mars|avril|mai|juin|juillet)|(?:lundi|mardi|mercredi|jeudi|vendredi)\s+(?:dernier|\d)|hier|avant|precedemment|auparavant|deja|par\s+(?:mail|courriel|telephone))|\bdeja\s+(?:signalee?|demandee?|ete\s+signalee?)\b|\b(?:notre|ma|mon)\s+(?:demande|signalement|ticket|mail|message|courriel)\s+(?:du\s+\d|de\s+la\s+semaine|d'il\s+y\s+a|precedente?)\b";

/// A form field saying what the mail is: `Type de demande : Demande d'évolution`.
pub(super) const TYPE_FIELD: &str = r"\btype(?:\s+de\s+(?:demande|ticket|signalement|intervention|requete))?\s*[:\t|-]\s*(?:(?P<inc>incident|panne|dysfonctionnement|probleme|defaut|bug)|(?P<req>demande\s+d'evolution|evolution|demande|installation|changement|modification|ajout|nouveau|nouvelle|request|change))\b";

/// "Demande d'évolution" and its synonyms.
pub(super) const REQUEST_EXPLICIT: &str = r"\bdemandes?\s+d'evolution\b|\bdemande\s+d(?:e|')\s*(?:travaux|modification|changement|materiel|equipement|installation|deplacement|ajout|extension|creation|raccordement|cablage|mise\s+en\s+place)\b|\bchange\s+request\b|\b(?:evolution|modification|extension|reorganisation|restructuration)\s+(?:du|de\s+la|de\s+l'|des)\s*(?:reseau|infrastructure|parc|installation|equipement|cablage|baie|wifi)\b";

/// "Ne … plus", a breakdown, out of order, "a grillé", "s'est cassé": a fault, weighing
/// double. A verb stands between
/// "ne" and "plus" when something stopped ("ne marche plus"); "pour ne plus recevoir" is an
/// infinitive, an instruction, not a breakdown.
pub(super) const FAULT_STRONG: &str = r"\bne\s+(?:[a-z']+\s+){1,2}plus\b|\bn'[a-z]+\s+(?:[a-z']+\s+)?plus\b|\b(?:en\s+)?panne\b|\bhs\b|\bhors\s+service\b|\b(?:a|ont)\s+(?:grille|lache|brule|claque|explose|fondu|saute|rendu\s+l'ame)\b|\b(?:est|sont)\s+(?:tombee?s?|morte?s?|grillee?s?)\b|\bs'(?:est|sont)\s+(?:cassee?s?|brisee?s?|eteinte?s?|bloquee?s?|figee?s?|arretee?s?|deconnectee?s?)\b";

/// A desire, unless a verb of telling follows ("je souhaite vous signaler"): see
/// [`TELLING_AFTER`].
pub(super) const DESIRE: &str = r"\b(?:souhait(?:e|es|ent|ons|ez|erais|erait|erions|eriez|eraient)|voudr(?:ais|ait|ions|iez|aient)|veu(?:t|lent|x)|aimer(?:ais|ait|ions|iez|aient)|desir(?:e|ent|ons|erait|erions|eraient)|would\s+(?:like|love)|we\s+(?:wish|want))\b";
/// After a desire: telling, not wishing.
pub(super) const TELLING_AFTER: &str = r"^\s+(?:vous\s+|de\s+vous\s+)?(?:signaler|savoir|informer|indiquer|prevenir|faire\s+part|declarer|remonter|connaitre|comprendre|alerter|rappeler|relancer|confirmer|remercier)\b";

/// Asking whether something can be done, unless a repair follows (see [`REPAIR_AFTER`]).
pub(super) const ASK: &str = r"\b(?:(?:pouvez|pourriez|pourrait|peut|pourrions|pouvons|peuvent|pourraient|pourra)[-\s](?:vous|on|nous|il|elle|ils|elles|t-il|t-elle|t-on)|(?:serait|est)[-\s](?:il|ce)\s+possible|est-ce\s+que\s+(?:vous|l'on|on|nous)\s+(?:pouvez|pourriez|peut|pourrait|pouvons|pourrions)|(?:serait|etes|seriez)[-\s](?:on|vous)\s+en\s+mesure|envisageable|s'il\s+(?:est|serait)\s+possible|si\s+(?:c'est|il\s+est|cela\s+est)\s+possible\s+(?:de|d'|que|qu'))\b";
/// After an ask: a repair, not a new thing.
pub(super) const REPAIR_AFTER: &str = r"^[^.?!\n]{0,40}\b(?:passer|venir|intervenir|regarder|verifier|reparer|reinitialiser|reactiver|restaurer|recuperer|depanner|diagnostiquer|resoudre|corriger|remettre|retablir|relancer|redemarrer|rebrancher|controler|examiner|changer\s+(?:la\s+cartouche|le\s+toner|la\s+lampe)|nous\s+aider|m'aider|voir\s+(?:ce|le|la|pourquoi))\b";

/// Signs of a need: each group counts once. The first two are [`DESIRE`] and [`ASK`].
pub(super) const NEED: &[&str] = &[
    DESIRE,
    ASK,
    // A need or a lack: "besoin d'un", "il nous faudrait", "il nous manquera".
    // "Il manque des touches" is a part gone: a need is missed by someone ("il nous manque").
    r"\bwe\s+(?:need|will\s+need|would\s+need)\b|\bbesoin\s+d(?:e|')|\bnecessite(?:rait|raient|nt)?\b|\bil\s+(?:nous\s+|leur\s+|lui\s+|me\s+|vous\s+|y\s+)?(?:en\s+)?(?:faudrait|faudra)\b|\bil\s+(?:nous|leur|lui|me|vous)\s+(?:en\s+)?faut\b|\bil\s+(?:y\s+|en\s+)?faut\s+(?:un|une|des|du|de\s+la|absolument|vraiment|au\s+moins|davantage|plus\s+de|aussi\s+(?:un|une|des))\b|\bil\s+(?:nous|leur|lui|me|vous)\s+(?:manque|manquera|manquerait)\b|\bmanqu(?:era|eront|erait|eraient)\b|\bmanqu(?:e|ent|ons|ez)\s+(?:de\b|d')",
    // Something that is not there, or never was: "n'a pas de téléphone", "n'est pas couvert".
    r"\bn'(?:a|ont|avons|avez|avait|avaient|aura)\s+(?:toujours\s+|encore\s+)?(?:(?:pas|jamais)\s+(?:de\b|d'|eu\b)|aucune?\s+[a-z]+)|\bn'(?:est|sont|etait|etaient)\s+(?:toujours\s+|encore\s+|jamais\s+)?(?:pas|jamais)\s+(?:encore\s+)?(?:equipee?s?|couverte?s?|cablee?s?|raccordee?s?|reliee?s?|dotee?s?|prevue?s?|autorisee?s?)\b|\bpas\s+encore\s+(?:de|d')",
    // To provide, lend, deploy, install, add, create, equip, link, buy, set up.
    r"\b(?:fournir|fourniture|preter|pret\s+d|deploy(?:er|ee?s?)|deploiement|install(?:er|ation|ations)|ajout(?:er)?|creer|creation|equiper|relier|raccord(?:er|ement)|cabl(?:er|age)|doter|dotation|achet(?:er|ons)|achat|acquisition|acquerir|commander|constituer|mettre\s+en\s+place|mise\s+en\s+place|mettre\s+a\s+disposition|mise\s+a\s+disposition|prevoir|etendre|extension|agrandi\w*|rendre\s+accessible|ouvrir\s+(?:un|une|des|leur|leurs)\s+(?:compte|acces|session)|ouverture\s+d(?:e|'|u))",
    // More of something, or something bigger: "une deuxième salle", "un écran plus grand".
    r"\bsupplementaires?\b|\bdavantage\b|\b(?:une?\s+)?(?:deuxieme|second|seconde|troisieme)\s+(?:salle|poste|ecran|imprimante|borne|prise|ligne|classe|serveur|videoprojecteur|tableau|reseau|acces|compte)|\bplus\s+(?:grande?s?|rapides?|puissante?s?|recente?s?|modernes?|larges?)\b|\b(?:une?|des|deux|trois|quatre)\s+[a-z]+\s+(?:en\s+plus|de\s+plus)\b|\b\d+\s*(?:go|to|mo|gb|tb)\s+(?:de\s+plus|supplementaires|en\s+plus)\b",
    // A plan: "pour la rentrée", "devra être relié", "voté en conseil", a project.
    r"\b(?:pour|a|avant|des)\s+la\s+(?:rentree|prochaine\s+rentree)\b|\bpour\s+(?:septembre|janvier|l'annee\s+prochaine|la\s+prochaine\s+annee)\b|\bdevr(?:a|ont|ait|aient)\s+etre\b|\bsera\s+(?:retiree?|livree?|ouverte?|installee?|remplacee?)\b|\b(?:vote|projet|amenagement|renovation|demenag\w*|travaux)\b|\bl'(?:idee|objectif|ambition)\s+(?:serait|est)\s+de\b|\benvisag(?:e|eons|ez|ent|eons|erions|eraient|er)\b|\ba\s+(?:decide|vote|valide|acte)\b|\binstaur\w+|\ba\s+partir\s+de\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|septembre|octobre|novembre|decembre|la\s+rentree|l'annee\s+prochaine)\b|\b(?:is|are)\s+opening\b|\bnext\s+(?:term|year|semester)\b",
    // What to do or whom to ask: "comment procéder", "qui contacter", "que proposez-vous".
    r"\bcomment\s+(?:proceder|faire\s+pour|s'y\s+prendre)\b|\bquelle\s+est\s+la\s+(?:demarche|procedure|marche\s+a\s+suivre)\b|\bpour\s+(?:obtenir|commander|acquerir|se\s+procurer)\b|\ba\s+qui\s+(?:dois-je|doit-on|faut-il)\s+m?'?(?:adresser|s'adresser|demander)\b|\bmarche\s+a\s+suivre\b|\bqui\s+(?:dois-je|doit-on|faut-il|peut|pourrait)\s*(?:contacter|solliciter|organiser)?\b|\bqui\s+(?:contacter|est\s+l'interlocuteur)\b|\bque\s+(?:proposez|conseillez|preconisez)-vous\b|\bune\s+solution\s+pour\s+que\b",
    // To buy, renew or replace (a need, not a breakdown).
    r"\b(?:renouvel\w*|remplacement|remplacer|moderniser|modernisation)\b",
    // To move or re-cable a room or equipment.
    r"\b(?:deplacer|deplacement|transferer|recabl\w*|chang(?:e|er|ent|era|eront)\s+de\s+(?:local|salle|place|bureau|batiment|locaux)|s'install(?:e|ent|era|eront)\s+(?:en|dans|au|a\s+la)|devr(?:a|ont|ait|aient)\s+suivre)\b",
    // Capacity to raise.
    r"\b(?:augmenter|augmentation|porter\s+a|passer\s+a)\b.{0,30}\b(?:debit|stockage|espace|capacite|quota|bande\s+passante|licences?|postes?)\b|\b(?:debit|stockage|espace|capacite|quota)\b.{0,40}\b(?:ne\s+suffi\w*|insuffisante?s?|trop\s+(?:faible|petite?|limitee?))\b",
    // Opening hours: "jusqu'à 21 h", "les horaires".
    r"\bjusqu'a\s+\d{1,2}\s*h\b|\bhoraires?\b",
    // Access or filtering to change.
    r"\b(?:autoriser|autorisation|debloquer|deblocage|donner|accorder|modifier)\s+(?:l'|un\s+|une\s+|les\s+|des\s+|le\s+)?(?:acces|droits?|comptes?|sites?|profils?|filtrage)\b|\bacces\s+(?:wifi\s+)?invites?\b|\bfiltre\w*|\bfiltrage\b|\breglement\s+interieur\b|\bcharte\s+(?:informatique|numerique|d'usage)\b|\bliste\s+(?:blanche|noire)\b|\bwhitelist\b|\bsites?\s+autorises?\b|\bprofil\s+(?:actuel|eleves?|enseignants?)\b",
    // Asking for it: "nous demandons leur remplacement", "demandent que … soit déployé".
    r"\b(?:demandons|sollicitons|demandent|demande)\s+(?:leur|le|la|l'|un|une|des)?\s*(?:remplacement|installation|renouvellement|changement|ajout|deplacement|acces|augmentation|creation|achat|pret)\b|\bdemand(?:e|ent|ons)\s+(?:que|qu'|s'il\s+serait\s+possible)\b|\bdoi(?:t|vent)\s+etre\s+(?:recablee?s?|cablee?s?|deplacee?s?|installee?s?|equipee?s?|raccordee?s?|amenagee?s?|deployee?s?|reliee?s?)\b",
    // Quantities of equipment, or a capability wished for.
    r"\b\d+\s+(?:new\s+)?(?:laptops|computers|pcs|tablets|screens|monitors|projectors|printers|licences|licenses|accounts)\b|\b(?:une\s+(?:dizaine|quinzaine|vingtaine|trentaine)\s+de\s+(?:postes|ordinateurs|portables|tablettes|licences|comptes)|double\s+ecran)\b|\b(?:\d+|deux|trois|quatre|cinq|six|dix|quinze|vingt|trente)\s+(?:nouveaux\s+|nouvelles\s+)?(?:postes|ordinateurs|portables|tablettes|casques|ecrans|prises|bornes|licences|comptes|videoprojecteurs|imprimantes|cameras)\b|\b(?:puissent|puisse|pouvoir|pourraient|pourrait|pourront)\s+(?:imprimer|utiliser|acceder|se\s+connecter|disposer|projeter|scanner|partager|retrouver|travailler)\b",
    // New staff, new rooms, new equipment.
    r"\bnouve(?:au|l|lle|aux|lles)\s+(?:postes?|prises?|bornes?|vlan|reseaux?|salles?|imprimantes?|ecrans?|videoprojecteurs?|comptes?|equipements?|materiels?|switch|batiments?|laboratoires?|enseignants?|professeurs?|collegues?|personnels?|agents?|documentalistes?|secretaires?|assistants?)\b|\barrive(?:nt|ront|ra)?\b[^.!?\n]{0,40}\b(?:enseignants?|professeurs?|agents?|assistants?|stagiaires?|documentalistes?|secretaires?|personnels?)\b|\b(?:enseignants?|professeurs?|agents?|assistants?(?:\s+d'education)?|stagiaires?|documentalistes?)\b[^.!?\n]{0,30}\barrive(?:nt|ront|ra)?\b",
    // A thing needed, named: "besoin d'une ligne directe" (help or a technician is a repair).
    r"\bbesoin\s+d(?:'une?|es|u|e\s+la)\s+(?:nouve\w+\s+|autre\s+|second\w*\s+|deuxieme\s+)?(?:lignes?|postes?|ordinateurs?|portables?|tablettes?|ecrans?|imprimantes?|copieurs?|logiciels?|licences?|comptes?|acces|adresses?|bornes?|prises?|salles?|videoprojecteurs?|cameras?|micros?|casques?|switchs?|serveurs?|reseaux?|wifi|sonorisation|telephones?|materiels?|equipements?|espaces?|outils?|solutions?)\b",
    // Quotes and feasibility.
    r"\b(?:devis|faisabilite|proposition|chiffrage|etude|faisable|realisable)\b",
    // Something that would help, someone who should have it, too few of something: a need
    // told as a state ("un écran serait très utile", "une seule imprimante pour 80").
    r"\b(?:rendrai(?:t|ent)|eviterai(?:t|ent)|permettrai(?:t|ent)|faciliterai(?:t|ent)|simplifierai(?:t|ent)|ameliorerai(?:t|ent)|ferai(?:t|ent)\s+gagner)\b|\b(?:serait|seraient)\s+(?:tres\s+|bien\s+|vraiment\s+|fort\s+)?(?:utiles?|pratiques?|bienvenue?s?|appreciee?s?|souhaitables?|necessaires?|indispensables?|ideale?s?|precieu(?:x|se|ses))\b|\bdevr(?:ait|aient|ions)\s+(?:avoir|pouvoir|disposer|beneficier|acceder)\b|\b(?:une?\s+seule?|un\s+unique|seulement\s+(?:une?|deux|trois))\s+[a-z]+[^.!?\n]{0,40}\bpour\s+(?:tout|toute|tous|toutes|les|\d+)\b|\bne\s+dispos(?:e|ent|ons)\s+que\s+d|\bn'(?:a|ont|avons|avez|y\s+a)\s+qu'une?\s+[a-z]+[^.!?\n]{0,30}\bpour\b|\bn'(?:a|ont|avons|avez|y\s+a)\s+que\s+(?:deux|trois|quatre|\d+)\s+[a-z]+[^.!?\n]{0,30}\bpour\b|\best-(?:il|ce)\s+prevu\b|\bsera-t-il\s+possible\b|\bdemand(?:e|ent|ons)\s+a\s+(?:pouvoir|avoir|disposer|beneficier)\b|\btrop\s+peu\b|\bpas\s+assez\s+d(?:e\b|')|\ben\s+nombre\s+insuffisant\b|\bsollicit(?:er|e|ons)\s+(?:l'|le|la|les|un|une|des)\s*(?:equipement|installation|achat|acquisition|ajout|creation|mise\s+en\s+place|renouvellement|attribution|dotation)\b",
];

/// Damage: what is broken is replaced as a repair ("un élève a cassé l'écran, pouvez-vous le
/// remplacer ?"), not renewed.
pub(super) const DAMAGE: &str = r"\b(?:cassee?s?|abimee?s?|fendue?s?|fissuree?s?|endommagee?s?|brisee?s?|hs|grillee?s?|hors\s+service|en\s+panne|tombee?s?|arrachee?s?|volee?s?)\b";
/// Replacing, after an ask: a repair when something is damaged.
pub(super) const REPLACE_AFTER: &str = r"^\s+(?:le|la|les|l')\s*(?:remplacer|changer)\b";

/// After a fault word: a time of day, so a schedule ("coupé à 18 h"), not a breakdown.
pub(super) const SCHEDULE_AFTER: &str = r"^\s+(?:a|des|entre|de|apres|avant)\s+\d{1,2}\s*h\b";

/// A school's places, people and services, to tell a report from a stranger's offer.
pub(super) const SCHOOL_CONTEXT: &str = r"\b(?:salles?|eleves?|professeurs?|profs?|enseignants?|cdi|vie\s+scolaire|secretariat|intendance|internat|gymnase|refectoire|cantine|batiments?|classes?\s+(?:de|du|mobile)|cours|ent|pronote|lycee|college|ecole|documentaliste|cpe|proviseur|principal|reseau\s+pedagogique|postes?\s+(?:de|du|des|enseignants?|eleves?))\b";

/// Signs of a fault; each group counts once.
pub(super) const FAULT: &[&str] = &[
    r"\bbloquee?s?\b|\bcassee?s?\b|\bfendue?\b|\bcoupee?s?\b|\bcoupures?\b|\bse\s+coupe(?:nt)?\b",
    r"\b(?:erreur|error)\b|\bimpossible\s+d|\bn'arriv(?:e|ent|ons)\s+(?:pas|plus)\s+a\b|\bne\s+(?:peut|peuvent|pouvons|parvient|parviennent)\s+pas\b",
    r"\bne\s+(?:marche|marchent|fonctionne|fonctionnent|repond|repondent|demarre|demarrent|s'allume|s'allument|imprime|imprimment|s'ouvre|s'ouvrent|charge|chargent|s'affiche|s'affichent|sort|sortent)\s+pas\b",
    r"\bdysfonctionne\w*|\bbug\w*|\bplant(?:e|ent|age)\b|\bcrash\w*|\bfigee?s?\b|\bgelee?s?\b",
    r"\blente?s?\b|\blenteurs?\b|\bralenti\w*|\bram(?:e|ent|ait)\b|\blag(?:ue|uent|s)?\b|\bfreez\w*|\bbugu(?:e|ent)\b|\bbeug\w*|\bc'est\s+mort\b|\bgalere\w*|\bse\s+deconnecte\w*|\bclignote\w*|\bmettent\s+\w+\s+minutes\b",
    r"\becran\s+(?:noir|bleu)\b|\bplus\s+(?:d'acces|de\s+(?:reseau|connexion|son|internet|wifi|image|affichage))\b|\bsans\s+(?:reseau|internet|connexion|wifi)\b|\bn'(?:a|ont|avons)\s+(?:toujours\s+|encore\s+)?(?:pas|plus|aucune?)\s+(?:de\s+|d')?(?:son|image|reseau|connexion|internet|wifi|signal|courant|electricite|affichage|tonalite)\b",
    r"\b(?:probleme|souci|incident|defaillance|anomalie)s?\b|\ben\s+defaut\b",
    // Symptoms: switched off, restarting, jammed, noisy, hot, unreachable, lost, stolen.
    r"\bs'etei(?:nt|gnent)\b|\beteinte?s?\b|\bredemarr\w*\s+(?:tout(?:e|es)?\s+seule?s?|en\s+boucle|sans\s+arret)|\bbourr(?:e|ent|age)\b|\bgresill\w*|\bchauff(?:e|ent)\b|\bbruit\b|\bfume\b|\bodeur\b|\binjoignables?\b|\binaccessibles?\b|\bintrouvables?\b|\binconnue?s?\b|\brefus(?:e|ent)\b|\bdisparue?s?\b|\bvolee?s?\b|\bendommagee?s?\b|\babimee?s?\b|\bvoyants?\s+(?:\w+\s+)?(?:orange|rouge)s?\b|\bsonne\s+dans\s+le\s+vide\b|\bimage\b[^.!?\n]{0,30}\b(?:violette|floue|jaune|verte|rose|deformee|pixelisee|tremble|scintille)\b",
    // A failure, a danger.
    r"\bechou(?:e|ent|ee|ait)\b|\bechecs?\b|\bdangereu(?:x|se)\b|\bdanger\b|\bfils?\s+denudes?\b|\bpend(?:ent)?\s+du\b|\barrachee?s?\b|\bfuite\b|\binond\w*|\bfumee\b|\betincelles?\b",
    // An onset or a recurrence: "depuis ce matin", "à chaque impression", "en plein cours".
    r"\bdepuis\s+(?:ce\s+matin|hier|avant-hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la\s+(?:coupure|mise\s+a\s+jour|panne)|l'orage|le\s+\d|\d+\s+(?:jours?|semaines?|heures?|h\b)|une\s+semaine|quelques\s+jours|plusieurs\s+jours)|\ba\s+chaque\s+(?:fois|feuille|demarrage|impression|copie|connexion)\b|\ben\s+plein\s+cours\b|\btoutes\s+les\s+\w+\s+minutes\b|\bde\s+temps\s+en\s+temps\b",
    // A small part worn out, to replace: a repair ("une souris à remplacer").
    r"\b(?:souris|claviers?|cables?|cartouches?|toners?|lampes?|batteries?|piles?|casques?|chargeurs?|ampoules?|tambours?)\b[^.!?\n]{0,30}\b(?:a\s+(?:remplacer|changer)|de\s+rechange)\b|\b(?:remplacer|changer)\s+(?:la|le|les|une?)\s+(?:souris|claviers?|cables?|cartouches?|toners?|lampes?|batteries?|piles?|chargeurs?|tambours?)\b",
    // English: broken, down, not working, keeps failing.
    r"\b(?:broken|cracked|not\s+working|(?:does|do|did)\s*n[o']?t\s+work|no\s+longer|stopped\s+working|is\s+down|are\s+down|keeps?\s+(?:crashing|jamming|freezing|dropping|restarting|disconnecting)|won't|can't|cannot|unable\s+to|fails?\s+to|error\s+message)\b",
    // Someone asked to come and repair, or help asked for.
    r"\bbesoin\s+d(?:'aide|'assistance|'un\s+coup\s+de\s+main|'une\s+intervention|'un\s+technicien|'un\s+depannage)\b|\bpass(?:e|er|ier)\s+voir\b|\b(?:reparer|reparation|depanner|depannage|diagnostic|diagnostiquer)\b|\bintervention\s+(?:rapide|urgente|d'un\s+technicien)\b",
];
