//! The seventieth aside part: written after the sixty-fourth round, before any change, in about
//! the mix and in voices not used before (a subject that asks whom to contact, a
//! circular quoted, a trainee writing for the correspondant, "comme l'an dernier", another
//! platform's ticket number in a new report, bullets "•", a limit told as "on ne peut … que",
//! "je réitère ma demande", a teacher's thanks forwarded), in new content (virtual reality
//! headsets, colour printing at the library, the guests' wifi, the inclusive class's tablets,
//! the staff room's touch screen, the teaching file server, the badge printer, the music
//! room's sound card).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_70: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "another platform's number", "From: claire.dubois@ac-lyon.example\nSubject: Ticket GLPI 48213 - Serveur de fichiers",
        "Bonjour,\nLe serveur de fichiers pédagogique refuse les connexions des élèves depuis 8 h : « accès refusé » sur tous les postes.", NewIncident, None, None),
    case("request", "a trainee writes", "From: j.martin@ac-aix.example\nSubject: Imprimante à badges",
        "Bonjour,\nJe suis stagiaire auprès de M. Martin, qui m'a demandé de vous écrire : l'imprimante à badges sort des cartes blanches, sans photo ni nom.", NewIncident, None, None),
    case("request", "as last year", "From: sandrine.morel@ac-paris.example\nSubject: Wifi invités",
        "Bonjour,\nComme l'an dernier à la même période, le wifi des invités demande un code que personne n'a jamais reçu, et les intervenants extérieurs restent sans connexion.", NewIncident, None, None),
    case("request", "bullets", "From: paul.henry@ac-lille.example\nSubject: Tablettes ULIS",
        "Bonjour,\nDans la classe ULIS :\n• les tablettes 2 et 5 redémarrent en boucle\n• la tablette 7 n'a plus de son\nMerci.", NewIncident, None, None),
    case("request", "the music room's sound card", "From: marc.petit@ac-lyon.example\nSubject: Carte son salle de musique",
        "Bonjour,\nLa carte son du poste de la salle de musique crachote dès qu'on branche le micro, même à faible volume.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "whom to contact", "From: anne.leroux@ac-bordeaux.example\nSubject: Qui contacter pour des casques de réalité virtuelle ?",
        "Bonjour,\nLe professeur d'histoire-géographie voudrait faire visiter des sites antiques en réalité virtuelle. Est-ce vous qu'il faut solliciter pour une classe de casques ?", NewRequest, None, None),
    case("request", "a circular quoted", "From: j.martin@ac-aix.example\nSubject: Accessibilité",
        "Bonjour,\nLa circulaire de rentrée rappelle que chaque établissement doit proposer un poste adapté aux élèves en situation de handicap. Le collège n'en a pas encore.", NewRequest, None, None),
    case("request", "only black and white", "From: claire.dubois@ac-lyon.example\nSubject: Impression couleur au CDI",
        "Bonjour,\nAu CDI, on ne peut imprimer qu'en noir et blanc. Les exposés des élèves perdent tout leur intérêt sans les cartes en couleur.", NewRequest, None, None),
    case("request", "does the region fund", "From: paul.henry@ac-lille.example\nSubject: Financement",
        "Bonjour,\nSavez-vous si la région finance les écrans tactiles pour les salles des professeurs ? Le nôtre sert à tout le monde et il en faudrait un second.", NewRequest, None, None),
    case("request", "the guests' wifi for the open day", "From: sandrine.morel@ac-paris.example\nSubject: Portes ouvertes",
        "Bonjour,\nPour les portes ouvertes du 7 mars, pourrions-nous disposer d'un accès wifi pour les familles, limité à la journée ?", NewRequest, None, None),
    case("request", "English, VR for the club", "From: anne.leroux@ac-bordeaux.example\nSubject: VR club",
        "Hi,\nOur science club is keen to try virtual reality. Who at the region decides on buying a few headsets for schools?", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "a teacher's thanks forwarded", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-007005] Carte son salle de musique",
        "Je vous transfère le mot du professeur de musique : « Plus aucun grésillement, la chorale a pu enregistrer. Merci ! »", ClosureConfirmation, None, None),
    case("intent", "I repeat my request", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-007003] Wifi invités",
        "Bonjour,\nJe réitère ma demande du 3 : les intervenants n'ont toujours aucun accès.", Reminder, None, None),
    case("intent", "the serial number", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-007002] Imprimante à badges",
        "Le numéro de série de l'imprimante est le ZC3-88412, modèle de 2019.", FollowUp, None, None),
    case("intent", "the references of our open tickets", "From: paul.henry@ac-lille.example\nSubject: Références",
        "Bonjour,\nPouvez-vous m'indiquer les références des tickets ouverts pour notre lycée ? Je dois les reporter dans notre tableau de suivi.", ListRequest, None, None),
    case("intent", "not seen again this week", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-007001] Ticket GLPI 48213 - Serveur de fichiers",
        "Bonjour,\nLe souci ne s'est plus présenté de la semaine. Bonne fin de journée.", ClosureConfirmation, None, None),
    case("intent", "half of them", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-007004] Tablettes ULIS",
        "Les tablettes 2 et 5 ne redémarrent plus en boucle ; la 7 reste muette.", FollowUp, None, None),
    case("intent", "a chase, terse", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-007005] Carte son salle de musique",
        "Bonjour,\nToujours rien de votre côté ? La chorale enregistre vendredi.", Reminder, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "the VR reseller", "From: contact@vr-education.example\nSubject: Casques de réalité virtuelle pour les lycées",
        "Bonjour,\nNous équipons déjà 200 établissements en casques de réalité virtuelle. Puis-je vous présenter notre offre en quinze minutes cette semaine ?", Spam, None, None),
    case("bounce", "a bounce to the desk", "From: MAILER-DAEMON@mail.ac-lille.example\nSubject: Undelivered Mail Returned to Sender\nContent-Type: text/plain; charset=utf-8",
        "This is the mail system at host mail.ac-lille.example.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<ancien.correspondant@ac-lille.example>: host mail.ac-lille.example said: 550 5.1.1 User unknown", Bounce, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "high, as a field with an icon", "From: claire.dubois@ac-lyon.example\nSubject: Serveur de fichiers",
        "🔴 Urgence : haute\nLe serveur de fichiers refuse toutes les connexions.", NewIncident, Some(TresHaut), None),
    case("urgency", "no level, just a date", "From: j.martin@ac-aix.example\nSubject: Imprimante à badges",
        "Bonjour,\nL'imprimante à badges sort des cartes blanches. Nous en avons besoin pour les nouveaux élèves de lundi.", NewIncident, None, None),
    case("uai", "a code after 'RNE'", "From: tice@region.example\nSubject: Wifi",
        "Bonjour,\nRNE 0330789D : le wifi des invités ne délivre plus de code.", NewIncident, None, Some("0330789D")),
];
