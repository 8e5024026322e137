//! The seventy-seventh aside part: written after the seventy-first round, before any change, in
//! about the mix and in voices not used before (spelling mistakes in the key words —
//! "s'alume", "imprimente", "marche pu" —, a cry for help, a school on two sites, a budget
//! remainder to spend, a question of permission, "vu avec le technicien sur place", a newcomer
//! taking over the files), in new content (the annex's 4G box, the multipurpose hall's sound, a
//! video conference tool on the PCs, the yard's wifi point, the annex's copier).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_77: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "spelling: s'alume", "From: j.martin@ac-aix.example\nSubject: ordinateur salle 9",
        "Bonjour, l'ordinateur du bureau de la salle 9 ne s'alume plus du tout, meme le voyant reste éteint.", NewIncident, None, None),
    case("request", "spelling: imprimente", "From: anne.leroux@ac-bordeaux.example\nSubject: imprimente annexe",
        "Bonjour,\nL'imprimente du site annexe fait des bourages a chaque feuille, on a tout essayer.", NewIncident, None, None),
    case("request", "a cry for help", "From: sandrine.morel@ac-paris.example\nSubject: Au secours !",
        "Bonjour à toute l'équipe,\nAu secours : la salle polyvalente n'a plus de son pour le spectacle de ce soir, la table de mixage s'allume mais rien ne sort.", NewIncident, None, None),
    case("request", "two sites", "From: paul.henry@ac-lille.example\nSubject: Site annexe",
        "Bonjour,\nLe site annexe (à 3 km du site principal) est relié par une box 4G. Depuis lundi, la box redémarre toutes les dix minutes et la connexion coupe à chaque fois.", NewIncident, None, None),
    case("request", "spoken spelling: marche pu", "From: marc.petit@ac-lyon.example\nSubject: wifi cour",
        "salut, la borne wifi de la cour marche pu depuis la pluie de mardi", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a budget remainder", "From: claire.dubois@ac-lyon.example\nSubject: Reliquat de crédits numériques",
        "Bonjour,\nIl nous reste un reliquat de crédits numériques sur l'exercice. Pouvons-nous l'utiliser pour deux vidéoprojecteurs destinés aux salles de langues ?", NewRequest, None, None),
    case("request", "a question of permission", "From: j.martin@ac-aix.example\nSubject: Zoom sur les postes",
        "Bonjour,\nEst-il autorisé d'installer Zoom sur les postes de la salle de réunion ? Nos partenaires étrangers n'utilisent que cet outil.", NewRequest, None, None),
    case("request", "the annex's copier", "From: anne.leroux@ac-bordeaux.example\nSubject: Copieur du site annexe",
        "Bonjour,\nLe site annexe n'a qu'une petite imprimante pour douze enseignants ; chaque semaine quelqu'un fait l'aller-retour au site principal pour photocopier. Un copieur y serait vraiment le bienvenu.", NewRequest, None, None),
    case("request", "wifi in the yard for the lunch club", "From: marc.petit@ac-lyon.example\nSubject: wifi cour",
        "Bonjour, le club de robotique voudrait programmer ses robots dehors le midi mais le wifi ne va pas jusqu'au fond de la cour. Une borne de plus ?", NewRequest, None, None),
    case("request", "English, a line for the annex", "From: paul.henry@ac-lille.example\nSubject: Annex connection",
        "Hello,\nThe annex runs on a 4G box shared by 200 pupils. A fibre link to the main site is what both heads of site want for next year.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "seen with the technician on site", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-007703] Au secours !",
        "Vu avec le technicien sur place, c'est réglé : le spectacle a eu lieu. Merci !", ClosureConfirmation, None, None),
    case("intent", "the same on another PC", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-007701] ordinateur salle 9",
        "La même chose se produit maintenant sur le poste 4 de la salle 9.", FollowUp, None, None),
    case("intent", "help, still nothing", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-007702] imprimente annexe",
        "Au secours, toujours rien ! Les collègues photocopient au site principal depuis une semaine.", Reminder, None, None),
    case("intent", "a newcomer takes over", "From: paul.henry@ac-lille.example\nSubject: Reprise du dossier numérique",
        "Bonjour,\nJe reprends le dossier numérique du lycée en janvier. Pouvez-vous me dire ce qu'il nous reste d'ouvert chez vous ?", ListRequest, None, None),
    case("intent", "the box holds", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-007704] Site annexe",
        "Bonjour,\nLa box n'a pas redémarré une seule fois depuis son remplacement hier. Bonne journée.", ClosureConfirmation, None, None),
    case("intent", "a photo sent", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-007705] wifi cour",
        "voila la photo de la borne, il y a de l'eau dans le boitier", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("auto-reply", "an English out-of-office", "From: paul.henry@ac-lille.example\nSubject: Automatic reply: [CESAME #2026-007704] Site annexe\nAuto-Submitted: auto-replied",
        "I am out of the office until January 4th with limited access to email.", AutoReply, None, None),
    case("spam", "a fake tax refund", "From: Impôts Remboursement <remboursement@impots-trop-percu.example>\nSubject: Vous avez droit à un remboursement",
        "Après vérification, vous avez droit à un remboursement de 248,50 €. Pour le recevoir, complétez le formulaire avec vos coordonnées bancaires : https://impots-trop-percu.example/formulaire", Spam, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "help means urgent", "From: sandrine.morel@ac-paris.example\nSubject: Au secours - URGENT",
        "La salle polyvalente n'a plus de son, spectacle ce soir.", NewIncident, Some(TresHaut), None),
    case("urgency", "can wait, misspelt", "From: anne.leroux@ac-bordeaux.example\nSubject: imprimente",
        "Bonjour, l'imprimente du CDI fait des traces, pas urgant.", NewIncident, Some(Bas), None),
    case("uai", "a code with a misspelt label", "From: tice@region.example\nSubject: Box 4G",
        "Bonjour,\nCode UIA 0595012C : la box 4G du site annexe redémarre en boucle.", NewIncident, None, Some("0595012C")),
];
