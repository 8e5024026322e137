//! The fifty-eighth aside part: written after the fifty-second round, before any change, aimed at
//! intent with more replies than usual, in voices not used before (an HTML reply quoting in a
//! blockquote, a reply that thanks and chases at once, a closure told as a pupil's success, a
//! school that closes with a condition, a chase sent by the deputy on the correspondant's
//! thread, a question about the cost), in new content (a planetarium dome projector, a
//! weather station, the canteen's tray scanner, an orchestra's digital pianos, a vote
//! machine for the pupils' council, the film club's projector).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_58: &[Case] = &[
    // --- new reports ----------------------------------------------------------------------------
    case("request", "the dome projector", "From: claire.dubois@ac-lyon.example\nSubject: Projecteur du dôme",
        "Bonjour,\nLe projecteur du dôme d'astronomie n'affiche plus que la moitié du ciel : tout le côté est reste noir.", NewIncident, None, None),
    case("request", "the weather station", "From: j.martin@ac-aix.example\nSubject: Station météo",
        "Bonjour,\nLa station météo du collège n'envoie plus ses relevés au site des SVT depuis le changement de box.", NewIncident, None, None),
    case("request", "the tray scanner", "From: sandrine.morel@ac-paris.example\nSubject: Scanner des plateaux",
        "Bonjour,\nLe scanner des plateaux au self compte chaque plateau deux fois, la facturation des familles est fausse.", NewIncident, None, None),
    case("request", "pianos for the orchestra", "From: marc.petit@ac-lyon.example\nSubject: Pianos numériques pour l'orchestre",
        "Bonjour,\nL'orchestre du lycée répète maintenant dans l'auditorium, qui n'a aucun clavier. Deux pianos numériques reliés à la sono seraient précieux.", NewRequest, None, None),
    case("request", "a vote machine", "From: anne.leroux@ac-bordeaux.example\nSubject: Élections des délégués",
        "Bonjour,\nPour les élections au conseil de la vie collégienne, nous voudrions tester un vote électronique sur tablettes. La région met-elle un outil à disposition ?", NewRequest, None, None),
    case("request", "a projector for the film club", "From: paul.henry@ac-lille.example\nSubject: Ciné-club",
        "Bonjour,\nLe ciné-club projette sur un vieux vidéoprojecteur prêté par un professeur. Un équipement de salle, avec un écran motorisé, donnerait une autre dimension aux séances.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "an HTML reply in a blockquote", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-005801] Projecteur du dôme\nContent-Type: text/html; charset=utf-8",
        "<div>Tout le ciel est revenu, la séance des 6e a eu lieu. Merci !</div><blockquote type=\"cite\"><div>Intervention terminée — demande 2026-005801. Merci de nous confirmer que le problème est résolu.</div></blockquote>", ClosureConfirmation, None, None),
    case("intent", "thanks and a chase", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-005802] Station météo",
        "Bonjour,\nMerci pour votre accusé de réception. Cela fait maintenant dix jours : une date de passage est-elle fixée ?", Reminder, None, None),
    case("intent", "a pupil's success", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-005801] Projecteur du dôme",
        "Bonjour,\nGrâce à votre intervention, nos élèves ont pu présenter leur projet d'astronomie devant le jury hier. Un grand merci à toute l'équipe !", ClosureConfirmation, None, None),
    case("intent", "closing with a condition", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-005803] Scanner des plateaux",
        "Bonjour,\nLe comptage est juste depuis hier midi. Nous surveillons encore jusqu'à vendredi ; si tout va bien, je vous confirmerai la clôture.", FollowUp, None, None),
    case("intent", "the deputy chases", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-005804] Pianos numériques pour l'orchestre",
        "Bonjour,\nJe me joins à Mme Dubois : pouvons-nous avoir un point sur cette demande ? Le concert de printemps approche.", Reminder, None, None),
    case("intent", "a question about the cost", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-005805] Élections des délégués",
        "Bonjour,\nSi l'outil est payant, le coût serait-il pris sur le budget de l'établissement ou sur celui de la région ?", FollowUp, None, None),
    case("intent", "counting wrong again", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-005803] Intervention terminée : Scanner des plateaux",
        "Bonjour,\nCe midi le scanner a recommencé à compter les plateaux en double.", FollowUp, None, None),
    case("intent", "the station sends again, short", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-005802] Station météo",
        "Les relevés remontent bien sur le site depuis ce matin, merci.", ClosureConfirmation, None, None),
    case("intent", "a list asked as an inventory", "From: paul.henry@ac-lille.example\nSubject: Inventaire des demandes",
        "Bonjour,\nPourrais-je avoir un inventaire de ce qui est encore en attente chez vous pour le lycée Faidherbe ?", ListRequest, None, None),
    case("intent", "a detail about the film club", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-005806] Ciné-club",
        "Bonjour,\nPrécision : la salle fait 12 m de profondeur et les séances ont lieu le jeudi soir.", FollowUp, None, None),
    case("intent", "the dome fine, formal", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-005801] Intervention terminée : Projecteur du dôme",
        "Madame, Monsieur,\nJe vous confirme le bon fonctionnement du projecteur du dôme depuis l'intervention de lundi.", ClosureConfirmation, None, None),
    case("intent", "nothing since", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-005805] Élections des délégués",
        "Bonjour,\nNous n'avons plus de nouvelles depuis votre message du 20 novembre. Les élections ont lieu dans quinze jours.", Reminder, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "a contractor closes his part", "From: sav@planetarium-tech.example\nSubject: RE: [CESAME #2026-005801] Ordre de travail - Lycée Ampère - projecteur dôme",
        "Bonjour,\nLampe et carte de contrôle remplacées, calibrage refait. Intervention terminée.", ContractorUpdate, None, None),
    case("unauthorised", "the music teacher writes", "From: c.morin@ac-lyon.example\nSubject: Pianos auditorium",
        "Bonjour,\nProfesseure de musique au lycée Ampère, je relance la demande de pianos numériques pour l'orchestre : où en est-on ?", Unauthorised, None, None),
    case("spam", "an English invoice phishing", "From: Accounts <billing@invoice-center.example>\nSubject: Invoice #INV-20931 overdue\nContent-Type: text/html; charset=utf-8",
        "<p>Dear customer, your invoice INV-20931 is overdue. Please review the attached statement to avoid service interruption.</p><p><a href=\"https://invoice-center.example/view\">View invoice</a></p>", Spam, None, None),
    case("auto-reply", "a vacation reply with the header", "From: paul.henry@ac-lille.example\nSubject: Réponse automatique : [CESAME #2026-005806] Ciné-club\nAuto-Submitted: auto-replied",
        "Je suis en congé jusqu'au 3 janvier inclus.", AutoReply, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a level after a dash", "From: sandrine.morel@ac-paris.example\nSubject: Scanner des plateaux - urgence haute",
        "Bonjour,\nLe scanner des plateaux ne reconnaît plus aucun badge.", NewIncident, Some(TresHaut), None),
    case("urgency", "not urgent, in capitals", "From: j.martin@ac-aix.example\nSubject: Souris CDI",
        "Bonjour,\nUne souris du CDI ne clique plus. PAS URGENT.", NewIncident, Some(Bas), None),
    case("uai", "a code in an HTML signature", "From: tice@region.example\nSubject: Station météo\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>La station météo ne remonte plus de relevés.</p><p>--<br>Cellule TICE<br><b>UAI 0330789D</b></p>", NewIncident, None, Some("0330789D")),
    case("uai", "no code at all", "From: tice@region.example\nSubject: Pianos",
        "Bonjour,\nUn piano numérique de l'auditorium ne sort plus de son.", NewIncident, None, None),
];
