//! The sixty-seventh aside part: written after the sixty-first round, before any change, with
//! more needs than the mix (the costly class) and in voices not used before (the CPE,
//! a lab technician, a subject and text in lower case without accents, a teacher's mail
//! forwarded with "pour suite à donner", an official "nous constatons", bold field names, two
//! numbered questions), in new content (absence text messages, the fume cupboard's display, the
//! boarding house's door badges, the server room's air conditioning, the library's self-service
//! kiosk, the entrance video intercom, the laser cutter, the exam rooms' clocks, the TV studio).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_67: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "the CPE's text messages", "From: claire.dubois@ac-lyon.example\nSubject: SMS d'absence",
        "Bonjour,\nLes SMS d'absence ne partent plus vers les familles depuis jeudi : le logiciel affiche « crédit épuisé » alors que le forfait a été renouvelé.\nPour la vie scolaire, Claire Dubois", NewIncident, None, None),
    case("request", "the lab technician", "From: j.martin@ac-aix.example\nSubject: Hotte salle de chimie",
        "Bonjour,\nL'afficheur de la hotte aspirante de la salle C2 indique « défaut capteur » en permanence, et l'agent de laboratoire n'ose plus l'utiliser.", NewIncident, None, None),
    case("request", "lower case, no accents", "From: paul.henry@ac-lille.example\nSubject: badge internat",
        "bonjour les badges de l internat n ouvrent plus la porte du 2eme etage depuis hier soir les surveillants ouvrent a la main", NewIncident, None, None),
    case("request", "the server room's air", "From: sandrine.morel@ac-paris.example\nSubject: Salle serveur",
        "Bonjour,\nL'alarme de température de la salle serveur s'est déclenchée cette nuit et la climatisation souffle de l'air chaud.", NewIncident, None, None),
    case("request", "a teacher's mail forwarded", "From: marc.petit@ac-lyon.example\nSubject: TR: TBI salle 108",
        "Pour suite à donner.\n\n---------- Message transféré ---------\nDe : Julien Lopez\nObjet : TBI salle 108\n\nBonjour Marc, le tableau interactif de la salle 108 ne réagit plus au stylet, ni au doigt.", NewIncident, None, None),
    case("request", "an official 'nous constatons'", "From: anne.leroux@ac-bordeaux.example\nSubject: Coupures internet - bâtiment administratif",
        "Madame, Monsieur,\nNous constatons depuis lundi des coupures répétées de la connexion internet dans l'ensemble du bâtiment administratif, de quelques minutes chaque heure.", NewIncident, None, None),
    case("request", "bold field names", "From: claire.dubois@ac-lyon.example\nSubject: Horloge salle d'examen",
        "**Problème** : l'horloge numérique de la salle d'examen retarde de vingt minutes\n**Salle** : B12\n**Depuis** : le changement d'heure", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "the intercom only rings at the lodge", "From: j.martin@ac-aix.example\nSubject: Visiophone de l'entrée",
        "Bonjour,\nLe visiophone de l'entrée ne sonne qu'à la loge. Quand l'agent d'accueil est en pause, les visiteurs attendent dehors. Un renvoi vers le bureau de la vie scolaire réglerait la question.", NewRequest, None, None),
    case("request", "the laser cutter on the network", "From: paul.henry@ac-lille.example\nSubject: Découpeuse laser",
        "Bonjour,\nLa découpeuse laser sert à trois sections et les fichiers y arrivent par clé USB. Le professeur de STI2D demande qu'elle soit reliée au réseau de l'atelier.", NewRequest, None, None),
    case("request", "clocks for the mock exams", "From: sandrine.morel@ac-paris.example\nSubject: Bac blanc",
        "Bonjour,\nPour le bac blanc de février, il faudrait des horloges numériques synchronisées dans les six salles d'examen.", NewRequest, None, None),
    case("request", "an account for the language assistant", "From: anne.leroux@ac-bordeaux.example\nSubject: Assistante de langue",
        "Bonjour,\nNotre assistante d'espagnol arrive le 4 janvier. Il lui faut un compte ENT et un accès aux postes de la salle des professeurs.", NewRequest, None, None),
    case("request", "rounds on a tablet", "From: marc.petit@ac-lyon.example\nSubject: Rondes de l'internat",
        "Bonjour,\nLes surveillants de l'internat font leurs rondes avec une lampe et un cahier. Une application de pointage sur tablette est à l'étude chez nous : est-ce une chose que vous savez mettre en place ?", NewRequest, None, None),
    case("request", "copies counted per teacher", "From: claire.dubois@ac-lyon.example\nSubject: Compteurs des copieurs",
        "Bonjour,\nNos copieurs comptent les copies par service, pas par enseignant. L'intendance aimerait un suivi individuel pour répartir les crédits.", NewRequest, None, None),
    case("request", "a studio that cannot take HD", "From: j.martin@ac-aix.example\nSubject: Studio TV",
        "Bonjour,\nLes élèves de l'option audiovisuel filment en HD, mais la régie du studio date de 2009 : tout est converti en basse définition au montage.", NewRequest, None, None),
    case("request", "English, a platform for all", "From: paul.henry@ac-lille.example\nSubject: Online platform",
        "Hello,\nOur English department uses an online listening platform with two classes. Could every student in the school get access to it?", NewRequest, None, None),
    case("request", "two numbered questions", "From: sandrine.morel@ac-paris.example\nSubject: CDI",
        "Bonjour,\n1. Est-il envisageable d'avoir un second vidéoprojecteur au CDI ?\n2. Les élèves pourraient-ils imprimer depuis leurs tablettes ?", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "the intercom rings where asked", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-006708] Visiophone de l'entrée",
        "Bonjour,\nLe visiophone sonne désormais aussi à la vie scolaire. Les collègues sont ravis, merci.", ClosureConfirmation, None, None),
    case("intent", "is it planned?", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-006702] Hotte salle de chimie",
        "Bonjour,\nJe n'ai vu passer personne pour la hotte. Pouvez-vous me dire si c'est planifié ?", Reminder, None, None),
    case("intent", "a new code on the display", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-006702] Hotte salle de chimie",
        "Pour info, l'afficheur indique maintenant un code E4 au lieu de « défaut capteur ».", FollowUp, None, None),
    case("intent", "how many files", "From: anne.leroux@ac-bordeaux.example\nSubject: Question",
        "Bonjour,\nCombien de dossiers avons-nous encore chez vous, et lesquels ?", ListRequest, None, None),
    case("intent", "the messages leave again", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-006701] SMS d'absence",
        "Les SMS repartent, une famille m'a confirmé la réception ce matin. Merci à vous.", ClosureConfirmation, None, None),
    case("intent", "the room is free", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-006705] TR: TBI salle 108",
        "Bonjour,\nLe technicien peut venir quand il veut : la salle 108 est libre tous les après-midi.", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "the teacher writes himself", "From: julien.lopez@ac-lyon.example\nSubject: TBI salle 108",
        "Bonjour,\nJe relaie moi-même : le TBI de la salle 108 ne réagit plus au stylet. Merci d'avance.", Unauthorised, None, None),
    case("spam", "a fake academic mailbox update", "From: Messagerie Académique <maj@messagerie-acad.example>\nSubject: Mise à jour obligatoire de votre boîte\nContent-Type: text/html; charset=utf-8",
        "<p>Votre boîte académique sera désactivée sous 24 heures si vous ne confirmez pas vos identifiants.</p><p><a href=\"https://messagerie-acad.example/confirmer\">Confirmer mon compte</a></p>", Spam, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "criticité haute", "From: sandrine.morel@ac-paris.example\nSubject: Salle serveur",
        "Bonjour,\nLa climatisation de la salle serveur est à l'arrêt.\nCriticité : haute", NewIncident, Some(TresHaut), None),
    case("urgency", "no hurry", "From: claire.dubois@ac-lyon.example\nSubject: Horloge",
        "Bonjour,\nL'horloge du hall retarde de cinq minutes. Pas pressé du tout.", NewIncident, Some(Bas), None),
    case("uai", "a space before the letter", "From: tice@region.example\nSubject: Badges",
        "Bonjour,\nUAI 0595012 C : les badges de l'internat n'ouvrent plus la porte du second étage.", NewIncident, None, Some("0595012C")),
];
