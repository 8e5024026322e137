//! The forty-eighth aside part: written after the forty-second round, before any change, aimed at
//! the border the issue calls the most costly — needs that sound like faults (coverage, capacity,
//! age, a filter, a move) and faults that sound like needs — with replies in about the usual
//! share, in new content (a language lab, a staff mailbox's quota, a drone club, the boarding
//! house's study room, a planetarium projector, the exam-room clocks).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_48: &[Case] = &[
    // --- needs that sound like faults ---------------------------------------------------------
    case("request", "coverage, not a breakdown", "From: j.martin@ac-aix.example\nSubject: Wifi dans la cour",
        "Bonjour,\nLe wifi ne couvre pas la cour ni le préau, où les élèves font les activités de géolocalisation en SVT. Une borne extérieure est-elle envisageable ?", NewRequest, None, None),
    case("request", "a quota to raise", "From: claire.dubois@ac-lyon.example\nSubject: Boîte du secrétariat pleine",
        "Bonjour,\nLa boîte mail du secrétariat atteint sans cesse sa limite de 2 Go et nous devons supprimer des messages chaque semaine. Serait-il possible de passer à 10 Go ?", NewRequest, None, None),
    case("request", "too slow because too old", "From: paul.henry@ac-lille.example\nSubject: Salle 5",
        "Bonjour,\nLes ordinateurs de la salle 5 ont neuf ans : il leur faut cinq minutes pour démarrer et ils ne font plus tourner les logiciels de 3D. Leur renouvellement est-il prévu ?", NewRequest, None, None),
    case("request", "a filter too strict for a club", "From: sandrine.morel@ac-paris.example\nSubject: Club drone",
        "Bonjour,\nLe club drone n'a pas accès au site du constructeur pour mettre à jour les appareils : il est classé « jeux » par le filtre. Pouvez-vous faire une exception pour la salle 12 ?", NewRequest, None, None),
    case("request", "an office moving", "From: anne.leroux@ac-bordeaux.example\nSubject: Bureau de la CPE",
        "Bonjour,\nLe bureau de la CPE part au rez-de-chaussée pendant les travaux de l'aile nord, du 4 janvier à Pâques. Son poste et son téléphone doivent la suivre.", NewRequest, None, None),
    case("request", "a room for study, no printer", "From: marc.petit@ac-lyon.example\nSubject: Salle d'étude de l'internat",
        "Bonjour,\nLes internes impriment leurs devoirs au CDI, fermé après 18 h. Une imprimante dans la salle d'étude de l'internat réglerait le problème.", NewRequest, None, None),
    case("request", "bandwidth for a video class", "From: j.martin@ac-aix.example\nSubject: Débit pour la visio",
        "Bonjour,\nAvec trois classes en visioconférence en même temps, la connexion sature. Le débit de l'établissement pourrait-il être augmenté ?", NewRequest, None, None),
    case("request", "clocks for the exam rooms", "From: claire.dubois@ac-lyon.example\nSubject: Horloges des salles d'examen",
        "Bonjour,\nPour les épreuves du bac, les salles 101 à 105 devraient avoir une horloge murale synchronisée comme le hall.", NewRequest, None, None),
    // --- faults that sound like needs -------------------------------------------------------
    case("request", "a renewal asked for something broken", "From: paul.henry@ac-lille.example\nSubject: Casques du laboratoire de langues",
        "Bonjour,\nHuit casques du laboratoire de langues ont le fil coupé et ne transmettent plus le son. Il faudrait les remplacer.", NewIncident, None, None),
    case("request", "a wish after a breakdown", "From: sandrine.morel@ac-paris.example\nSubject: Projecteur du planétarium",
        "Bonjour,\nLe projecteur du planétarium s'éteint après deux minutes avec un voyant de surchauffe. Nous souhaiterions une intervention avant la séance des 6e du 15 décembre.", NewIncident, None, None),
    case("request", "access lost", "From: anne.leroux@ac-bordeaux.example\nSubject: Accès au logiciel de langues",
        "Bonjour,\nDepuis lundi, les professeurs d'anglais n'ont plus accès au logiciel du laboratoire de langues : le serveur de licences refuse leurs identifiants.", NewIncident, None, None),
    // Labelled "très haut" when written by a slip of mine: the mail states no level.
    case("request", "a request to restore", "From: marc.petit@ac-lyon.example\nSubject: Dossier partagé",
        "Bonjour,\nLe dossier partagé des professeurs de lettres a disparu du serveur ce matin. Pourriez-vous le restaurer depuis la sauvegarde d'hier ?", NewIncident, None, None),
    // --- intent -------------------------------------------------------------------------------
    case("intent", "the court covered, thanks", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-004801] Wifi dans la cour",
        "Bonjour,\nLa borne extérieure a été posée hier, les élèves captent dans toute la cour. Merci pour ce projet !", ClosureConfirmation, None, None),
    case("intent", "the quota: a question", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-004802] Boîte du secrétariat pleine",
        "Bonjour,\nLe passage à 10 Go concerne-t-il aussi la boîte de la direction, ou faut-il une demande séparée ?", FollowUp, None, None),
    case("intent", "the headsets: a count", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-004803] Casques du laboratoire de langues",
        "Finalement ce sont dix casques, deux autres ont lâché ce matin.", FollowUp, None, None),
    case("intent", "the planetarium: two weeks", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-004804] Projecteur du planétarium",
        "Bonjour,\nDeux semaines ont passé et nous n'avons vu personne. La séance est dans trois jours.", Reminder, None, None),
    case("intent", "the language software back, one room short", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-004805] Accès au logiciel de langues",
        "Les professeurs se connectent de nouveau en salle 3. En salle 4, le serveur refuse encore les identifiants.", FollowUp, None, None),
    case("intent", "folder restored", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-004806] Dossier partagé",
        "Le dossier est revenu avec tous ses fichiers. Nickel, merci !", ClosureConfirmation, None, None),
    case("intent", "a list by phone words", "From: anne.leroux@ac-bordeaux.example\nSubject: Demande",
        "Bonjour,\nComme convenu au téléphone, pouvez-vous m'envoyer le récapitulatif de ce que nous avons en attente chez vous ?", ListRequest, None, None),
    case("intent", "a reminder about a need", "From: paul.henry@ac-lille.example\nSubject: Renouvellement salle 5",
        "Bonjour,\nJe n'ai pas eu de réponse à ma demande de renouvellement des postes de la salle 5, envoyée le 12 novembre.", Reminder, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a drone shop's newsletter without list headers", "From: news@drones-education.example\nSubject: -30 % sur les drones éducatifs",
        "Découvrez notre gamme de drones pour l'enseignement. Offre valable jusqu'au 31/12. Pour vous désinscrire, cliquez ici.", Spam, None, None),
    case("spam", "a fake voicemail", "From: Messagerie vocale <voicemail@telephonie-pro.example>\nSubject: Nouveau message vocal (0:42)\nContent-Type: text/html; charset=utf-8",
        "<p>Vous avez reçu un nouveau message vocal de +33 1 84 88 xx xx.</p><p><a href=\"https://telephonie-pro.example/ecouter\">Écouter le message</a></p>", Spam, None, None),
    case("unauthorised", "a parent about the drone club", "From: parent.eleve@gmail.example\nSubject: Club drone",
        "Bonjour,\nMon fils m'a dit que le site du constructeur est bloqué au lycée Voltaire. Pouvez-vous le débloquer ?", Unauthorised, None, None),
    case("bounce", "a delayed notice", "From: postmaster@ac-paris.example\nSubject: Delivery Status Notification (Delay)",
        "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed:\n\n     sandrine.morel@ac-paris.example", Bounce, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a level in the subject's end", "From: marc.petit@ac-lyon.example\nSubject: Poste de la vie scolaire (urgence moyenne)",
        "Bonjour,\nLe poste de la vie scolaire redémarre tout seul plusieurs fois par heure.", NewIncident, Some(Moyen), None),
    case("urgency", "low said as a week", "From: j.martin@ac-aix.example\nSubject: Souris salle 8",
        "Bonjour,\nUne souris de la salle 8 a la molette cassée. Rien de pressé, la semaine prochaine ira très bien.", NewIncident, Some(Bas), None),
    case("uai", "a code after the town", "From: claire.dubois@ac-lyon.example\nSubject: Téléphonie",
        "Bonjour,\nLycée Ampère – Lyon – 0691234S\nLe standard ne reçoit plus les appels extérieurs.", NewIncident, None, Some("0691234S")),
];
