//! The eighty-fifth aside part: written after the seventy-eighth round, before any change, in
//! about the mix and in voices not used before (a long preamble of context before a
//! small ask, an Outlook forward under "voir ci-dessous", a quoted-printable body, a need told
//! as an absence — "il manque", "n'a pas", "ne couvre pas" —, a fault told as a need for a
//! technician, "à traiter en priorité", "RAS", a "relance n°2" subject), in new content (the
//! gym's Wi-Fi coverage, leased printers reaching their term, a new class without enough PCs,
//! the server of the vocational section, the music room's sound, a shared-document lure, a tax
//! refund lure).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_85: &[Case] = &[
    // --- new reports ----------------------------------------------------------------------------
    case("request", "a long preamble before a small ask", "From: anne.leroux@ac-bordeaux.example\nSubject: Salle 14",
        "Bonjour,\nComme vous le savez peut-être, le collège a ouvert cette année une classe supplémentaire de sixième, ce qui nous a obligés à réorganiser les salles : la salle 14, qui servait de réserve, est désormais une salle de cours à plein temps. Les collègues y enseignent le français et l'histoire-géographie.\nIl manque un vidéoprojecteur dans cette salle.\nCordialement", NewRequest, None, None),
    case("request", "Wi-Fi that does not reach the gym", "From: paul.henry@ac-lille.example\nSubject: Wi-Fi gymnase",
        "Bonjour,\nLe réseau Wi-Fi du lycée ne couvre pas le gymnase ; les professeurs d'EPS voudraient utiliser les tablettes pour filmer les élèves et noter les performances. Une borne pourrait-elle y être ajoutée ?", NewRequest, None, None),
    case("request", "leased printers reaching their term", "From: sandrine.morel@ac-paris.example\nSubject: Fin de location des copieurs",
        "Bonjour,\nLe contrat de location de nos quatre copieurs arrive à échéance fin mars. Que prévoit la Région pour la suite : renouvellement à l'identique ou nouveau marché ?", NewRequest, None, None),
    case("request", "not enough PCs since the new class", "From: j.martin@ac-aix.example\nSubject: Postes insuffisants",
        "Bonjour,\nDepuis l'ouverture de la classe ULIS, il n'y a plus assez de postes en salle informatique : douze pour dix-huit élèves. Serait-il possible d'en obtenir six de plus ?\nUAI : 0130456a", NewRequest, None, Some("0130456A")),
    case("request", "a fault told as a need for a technician", "From: claire.dubois@ac-lyon.example\nSubject: Besoin d'un technicien",
        "Bonjour,\nIl nous faudrait un technicien : le serveur de la section bac pro systèmes numériques ne démarre plus, il s'arrête sur un écran noir avec « no bootable device ».\nÀ traiter en priorité, les élèves passent leur épreuve pratique mardi.", NewIncident, Some(TresHaut), None),
    case("request", "an Outlook forward under 'voir ci-dessous'", "From: marc.petit@ac-lyon.example\nSubject: TR: Salle de musique",
        "Voir ci-dessous.\n\nDe : Thomas Roux <t.roux@ac-lyon.example>\nEnvoyé : mardi 1 décembre 2026 08:12\nÀ : Marc Petit <marc.petit@ac-lyon.example>\nObjet : Salle de musique\n\nBonjour Marc,\nLes enceintes de la salle de musique grésillent puis se coupent dès qu'on monte le son depuis le poste du professeur. Impossible de faire écouter les œuvres.\nThomas", NewIncident, None, None),
    case("request", "a quoted-printable body", "From: sandrine.morel@ac-paris.example\nSubject: =?utf-8?q?Cam=C3=A9ras_document?=\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable",
        "Bonjour,\nLes cam=C3=A9ras document des salles de sciences ne sont plus d=C3=A9tect=\n=C3=A9es par les postes depuis la mise =C3=A0 jour de lundi.\nUrgence : moyenne", NewIncident, Some(Moyen), None),
    case("request", "not a priority, said so", "From: paul.henry@ac-lille.example\nSubject: Logiciel de montage vidéo",
        "Bonjour,\nL'option cinéma souhaiterait un logiciel de montage vidéo plus récent sur les trois postes de la salle audiovisuelle. Ce n'est pas prioritaire, une installation aux vacances de printemps irait très bien.", NewRequest, Some(Bas), None),
    case("request", "a school that has no room booking", "From: anne.leroux@ac-bordeaux.example\nSubject: Réservation des salles",
        "Bonjour,\nLe collège n'a pas d'outil de réservation des salles et du matériel mobile ; les collègues utilisent un cahier à la vie scolaire. Existe-t-il une solution proposée par la Région ?\nCollège Montaigne, UAI 0330789 D", NewRequest, None, Some("0330789D")),
    case("request", "a server for exams down, in capitals in the subject only", "From: j.martin@ac-aix.example\nSubject: SERVEUR DE FICHIERS INACCESSIBLE",
        "Bonjour,\nPlus aucun poste du collège n'accède aux lecteurs réseau ce matin, les professeurs ne retrouvent plus leurs documents.", NewIncident, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "the sound works but not the picture", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-008506] TR: Salle de musique",
        "Bonjour,\nLe son est revenu depuis le changement d'amplificateur, mais le vidéoprojecteur de la même salle ne s'allume toujours pas.", FollowUp, None, None),
    case("intent", "RAS, ok to close", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-008505] Besoin d'un technicien",
        "RAS depuis le remplacement du disque, les épreuves se sont bien passées. OK pour moi, on peut fermer.", ClosureConfirmation, None, None),
    case("intent", "relance n°2", "From: paul.henry@ac-lille.example\nSubject: Relance n°2 - [CESAME #2026-008502] Wi-Fi gymnase",
        "Bonjour,\nToujours pas de réponse à ce jour concernant la borne du gymnase.", Reminder, None, None),
    case("intent", "no technician in sight", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-008510] SERVEUR DE FICHIERS INACCESSIBLE",
        "Toujours pas de technicien à l'horizon et cela fait deux jours que les collègues travaillent sur clé USB. Quand quelqu'un passera-t-il ?", Reminder, None, None),
    case("intent", "an answer to the desk's question", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-008507] Caméras document",
        "Bonjour,\nIl s'agit de caméras IPEVO V4K, branchées en USB directement sur les postes, sans concentrateur.", FollowUp, None, None),
    case("intent", "do we still have requests with you", "From: anne.leroux@ac-bordeaux.example\nSubject: Question rapide",
        "Bonjour,\nAvons-nous encore des demandes en cours chez vous ? Je fais le point avant les vacances.", ListRequest, None, None),
    case("intent", "a closure in HTML", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-008508] Logiciel de montage vidéo\nContent-Type: text/html; charset=utf-8",
        "<div>Bonjour,</div><div>Le logiciel est installé sur les trois postes et les élèves ont déjà monté leur premier court-métrage. Vous pouvez clôturer, merci !</div>", ClosureConfirmation, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "a former correspondant", "From: ancien.correspondant@ac-lille.example\nSubject: Imprimante salle des profs",
        "Bonjour,\nJe ne suis plus correspondant depuis septembre mais on m'a demandé de vous écrire : l'imprimante de la salle des professeurs du lycée Faidherbe est en panne.", Unauthorised, None, None),
    case("spam", "a shared-document lure, link in HTML only", "From: Partage de documents <partage@docs-en-ligne.example>\nSubject: Un document a été partagé avec vous\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Un document <b>« Planning des congés 2027.pdf »</b> a été partagé avec vous.</p><p><a href=\"https://docs-en-ligne.example/ouvrir?id=8841\">Ouvrir le document</a></p>", Spam, None, None),
    case("spam", "a tax refund lure, blocked account", "From: Remboursement <ne-pas-repondre@impots-remboursement.example>\nSubject: Avis de remboursement",
        "Bonjour,\nAprès le dernier calcul de votre impôt, vous êtes éligible à un remboursement de 328,50 €. Votre dossier sera bloqué si vous ne confirmez pas vos coordonnées bancaires avant demain : https://impots-remboursement.example/confirmer", Spam, None, None),
    case("spam", "a password expiring, in English", "From: IT Helpdesk <helpdesk@office-security-check.example>\nSubject: Your password expires today",
        "Dear user,\nYour email password expires today. To keep using your mailbox, confirm your current password here: https://office-security-check.example/keep", Spam, None, None),
];
