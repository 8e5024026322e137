//! The ninety-eighth aside part: written after the ninetieth round, before any change, aimed at
//! the costliest class in the domains of accounts, telephony and security (a shared mailbox for
//! a service, an extension for a new office, a camera angle that leaves the bike shed unseen,
//! an ENT group per option, an alias when a name changes, a second line for the infirmary; and
//! faults told as needs: "merci de recréer", "il faudrait refaire le jumelage", "nous
//! souhaiterions que les enregistrements soient de nouveau conservés", "pouvez-vous redonner
//! les droits"), with replies, a fake invoice with its link in HTML and a mailing list.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_98: &[Case] = &[
    // --- needs ----------------------------------------------------------------------------------
    case("request", "a shared mailbox for a service", "From: claire.dubois@ac-lyon.example\nSubject: Boîte partagée intendance",
        "Bonjour,\nL'intendance reçoit les factures sur les boîtes personnelles des deux gestionnaires ; quand l'une est absente, rien n'est traité. Une boîte partagée « intendance » réglerait cela.", NewRequest, None, None),
    case("request", "an extension for a new office", "From: paul.henry@ac-lille.example\nSubject: Poste téléphonique bureau 4",
        "Bonjour,\nLe bureau 4 accueille à partir de janvier le nouveau conseiller en insertion. Il n'y a pas de poste téléphonique dans ce bureau ; pourrait-on lui attribuer un numéro ?", NewRequest, None, None),
    case("request", "a camera angle that misses the bike shed", "From: anne.leroux@ac-bordeaux.example\nSubject: Vidéoprotection abri vélos",
        "Bonjour,\nLa caméra de la cour ne couvre pas l'abri à vélos, où trois vols ont eu lieu ce trimestre. Le conseil d'administration demande une caméra supplémentaire orientée vers l'abri.", NewRequest, None, None),
    case("request", "an ENT group per option", "From: sandrine.morel@ac-paris.example\nSubject: Groupes ENT",
        "Bonjour,\nLes enseignants des options (latin, cinéma, section euro) ne peuvent pas écrire à leurs seuls élèves : l'ENT ne propose que des groupes par classe. Serait-il possible de créer des groupes par option ?", NewRequest, None, None),
    case("request", "an alias for a changed name", "From: j.martin@ac-aix.example\nSubject: Changement de nom",
        "Bonjour,\nNotre secrétaire a changé de nom suite à son mariage. Pourriez-vous lui créer une nouvelle adresse, en gardant l'ancienne comme alias pendant un an ?", NewRequest, None, None),
    case("request", "a second line for the infirmary", "From: marc.petit@ac-lyon.example\nSubject: Ligne infirmerie",
        "Bonjour,\nL'infirmerie partage sa ligne avec la vie scolaire : quand l'une téléphone, l'autre est injoignable, ce qui pose problème en cas d'urgence médicale. Une ligne dédiée serait indispensable.", NewRequest, None, None),
    // --- faults told as needs ------------------------------------------------------------------
    case("request", "an account to create again", "From: paul.henry@ac-lille.example\nSubject: Compte de la documentaliste",
        "Bonjour,\nMerci de recréer le compte de la documentaliste : il a été supprimé par erreur lors du nettoyage des comptes de fin d'année, et elle n'a plus accès à rien.", NewIncident, None, None),
    case("request", "a pairing to redo", "From: claire.dubois@ac-lyon.example\nSubject: Micro HF amphithéâtre",
        "Bonjour,\nIl faudrait refaire le jumelage du micro sans fil de l'amphithéâtre avec son récepteur : depuis le changement de piles, il ne transmet plus aucun son.", NewIncident, None, None),
    case("request", "recordings kept again", "From: anne.leroux@ac-bordeaux.example\nSubject: Enregistreur vidéoprotection",
        "Bonjour,\nNous souhaiterions que les enregistrements de la vidéoprotection soient de nouveau conservés : depuis la semaine dernière, l'enregistreur n'en garde que quelques heures au lieu de quinze jours.", NewIncident, None, None),
    case("request", "rights to give back", "From: sandrine.morel@ac-paris.example\nSubject: Droits du proviseur adjoint",
        "Bonjour,\nPouvez-vous redonner au proviseur adjoint ses droits d'administration sur Pronote ? Il les a perdus après la mise à jour d'hier et ne peut plus modifier l'emploi du temps.", NewIncident, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "the sound back, the range short", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-009808] Micro HF amphithéâtre",
        "Bonjour,\nLe micro transmet de nouveau, merci. Mais la portée reste très faible : au-delà du troisième rang, le son coupe.", FollowUp, None, None),
    case("intent", "the account works", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-009807] Compte de la documentaliste",
        "Bonjour,\nLa documentaliste a retrouvé son compte et tous ses fichiers. Vous pouvez fermer le ticket.", ClosureConfirmation, None, None),
    case("intent", "any news on the camera", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-009803] Vidéoprotection abri vélos",
        "Bonjour,\nAvez-vous des nouvelles concernant la caméra de l'abri à vélos ? Un quatrième vol a eu lieu hier.", Reminder, None, None),
    case("intent", "what is open for us", "From: marc.petit@ac-lyon.example\nSubject: Point sur nos demandes",
        "Bonjour,\nJe prépare la réunion de rentrée : qu'est-ce qui est encore ouvert chez vous pour le lycée ?", ListRequest, None, None),
    // --- outsiders and automatic mail -------------------------------------------------------------
    case("spam", "a fake invoice, link in HTML", "From: Facturation <factures@telecom-pro.example>\nSubject: Votre facture de décembre est disponible\nContent-Type: text/html; charset=utf-8",
        "<p>Madame, Monsieur,</p><p>Votre facture de décembre d'un montant de <b>1 247,90 €</b> est disponible. Un prélèvement sera effectué sous 48 h.</p><p><a href=\"https://telecom-pro.example/contester\">Contester le prélèvement</a></p>", Spam, None, None),
    case("spam", "a mailing list", "From: Liste TICE <tice-l@listes.example>\nSubject: [tice-l] Retour d'expérience sur les casques VR\nList-Id: <tice-l.listes.example>\nPrecedence: list",
        "Bonjour à tous,\nNous avons testé des casques de réalité virtuelle en SVT ce trimestre ; voici notre retour d'expérience, si cela peut servir à d'autres établissements.", Bulk, None, None),
];
