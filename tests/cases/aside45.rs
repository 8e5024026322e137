//! The forty-fifth aside part: written at the start of the sixth sitting, before any rule change,
//! in about the mix and in new content (a 3D printer, robotics kits, science sensors, the
//! music room's keyboards, the hall's signage screen, a document camera, a laser cutter), with the
//! forms mail takes on the way: HTML only, quoted-printable, Outlook history, forwarded, English.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_45: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "a 3D printer clogs", "From: marc.petit@ac-lyon.example\nSubject: Imprimante 3D techno",
        "Bonjour,\nL'imprimante 3D de la salle de technologie bouche sa buse au bout de cinq minutes d'impression et le plateau ne chauffe plus.", NewIncident, None, None),
    case("request", "robot kits not seen", "From: j.martin@ac-aix.example\nSubject: Robots mBot",
        "Bonjour,\nLes postes de la salle 14 ne détectent plus les robots en USB depuis la mise à jour de Windows. Les élèves ne peuvent plus téléverser leurs programmes.\nUrgence : moyenne", NewIncident, Some(Moyen), None),
    case("request", "HTML only, sensors", "From: anne.leroux@ac-bordeaux.example\nSubject: Capteurs ExAO\nContent-Type: text/html; charset=utf-8",
        "<div>Bonjour,</div><div>Le logiciel d'acquisition des capteurs en SVT plante dès qu'on branche la sonde de température.</div><div>Cordialement,<br>Anne Leroux</div>", NewIncident, None, None),
    case("request", "QP, the keyboards", "From: sandrine.morel@ac-paris.example\nSubject: =?utf-8?q?Claviers_salle_de_musique?=\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable",
        "Bonjour,\nLes claviers MIDI de la salle de musique ne sont plus reconnus par le logiciel de s=C3=A9quence, aucun son ne sort.\nMerci d'avance", NewIncident, None, None),
    case("request", "the signage screen black", "From: paul.henry@ac-lille.example\nSubject: Écran d'affichage du hall",
        "Bonjour,\nL'écran d'affichage dynamique du hall reste noir depuis les vacances, les élèves ne voient plus les absences de professeurs. Assez urgent.", NewIncident, Some(Moyen), None),
    case("request", "forwarded by the principal", "From: claire.dubois@ac-lyon.example\nSubject: TR: visualiseur salle 21",
        "Bonjour,\nJe vous transfère le message d'un collègue.\n\n-------- Message transféré --------\nDe : prof.physique@ac-lyon.example\nObjet : visualiseur salle 21\n\nLe visualiseur de la salle 21 affiche une image figée, même après redémarrage.", NewIncident, None, None),
    case("request", "English, the laser cutter", "From: tice@region.example\nSubject: Montaigne laser cutter",
        "Hello, the laser cutter's control PC at collège Montaigne (0330789D) will not boot since Friday: it stops on a disk error. Priority: medium.", NewIncident, Some(Moyen), Some("0330789D")),
    case("request", "timing gates in the gym", "From: marc.petit@ac-lyon.example\nSubject: Chronométrage EPS",
        "Bonjour,\nLa tablette du gymnase ne reçoit plus les temps des cellules de chronométrage ; le Bluetooth se déconnecte sans arrêt.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a second 3D printer", "From: marc.petit@ac-lyon.example\nSubject: Fablab",
        "Bonjour,\nAvec l'ouverture du fablab, une deuxième imprimante 3D et un poste dédié seraient les bienvenus.", NewRequest, None, None),
    case("request", "robots for a new option", "From: j.martin@ac-aix.example\nSubject: Option sciences de l'ingénieur",
        "Bonjour,\nL'option SI ouvre à la rentrée avec deux groupes ; nous n'avons que six kits de robotique pour trente élèves.", NewRequest, None, None),
    case("request", "sensors in every lab", "From: anne.leroux@ac-bordeaux.example\nSubject: Salles de sciences",
        "Bonjour,\nLes trois autres laboratoires n'ont pas de poste d'acquisition. Pourrait-on les équiper comme la salle 5 ?", NewRequest, None, None),
    case("request", "a music software licence", "From: sandrine.morel@ac-paris.example\nSubject: Logiciel de MAO",
        "Bonjour,\nLe professeur d'éducation musicale souhaiterait disposer d'un logiciel de MAO sur les huit postes de sa salle.", NewRequest, None, None),
    case("request", "a second screen in the canteen", "From: paul.henry@ac-lille.example\nSubject: Affichage au réfectoire",
        "Bonjour,\nLe CVL propose d'installer un second écran d'affichage au réfectoire pour les menus et les informations. Est-ce envisageable ?", NewRequest, None, None),
    case("request", "HTML only, document cameras", "From: claire.dubois@ac-lyon.example\nSubject: Visualiseurs\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Les professeurs de mathématiques demandent un visualiseur par salle du bâtiment B, soit sept appareils.</p><p>Bien cordialement</p>", NewRequest, None, None),
    case("request", "a blocked site for a class", "From: anne.leroux@ac-bordeaux.example\nSubject: Filtrage",
        "Bonjour,\nLe site de la plateforme de codage utilisée en NSI est bloqué par le filtre ; pourriez-vous l'autoriser pour les élèves ?", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "printing fine again", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-004501] Imprimante 3D techno",
        "Bonjour,\nLa buse a été changée, les impressions sortent de nouveau correctement. Vous pouvez clore le ticket.\nMarc Petit", ClosureConfirmation, None, None),
    case("intent", "robots seen, one room left", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-004502] Robots mBot",
        "Merci, la salle 14 reconnaît de nouveau les robots. Par contre la salle 16 a le même souci.", FollowUp, None, None),
    case("intent", "Outlook history, still black", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-004503] Écran d'affichage du hall",
        "Bonjour,\nToujours aucune image sur l'écran du hall, cela fait maintenant trois semaines. Pourriez-vous relancer le prestataire ?\n\nDe : CESAME <cesame@cesame.example>\nEnvoyé : lundi 16 novembre 2026 09:40\nObjet : [CESAME #2026-004503] Écran d'affichage du hall\n\nVotre signalement a été enregistré.", Reminder, None, None),
    case("intent", "the sensor's reference", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-004504] Capteurs ExAO",
        "Bonjour,\nLa sonde est une Jeulin réf. 453 012, branchée sur la console Foxy.", FollowUp, None, None),
    case("intent", "list, plain question", "From: sandrine.morel@ac-paris.example\nSubject: Point avant le conseil d'administration",
        "Bonjour,\nQuelles sont nos demandes encore en attente chez vous ?\nMerci", ListRequest, None, None),
    case("intent", "no news of the keyboards", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-004505] Claviers salle de musique",
        "Bonjour,\nSans nouvelles depuis le 20 novembre. Le concert de Noël approche, merci de faire le nécessaire.", Reminder, None, None),
    case("intent", "the camera all good", "From: claire.dubois@ac-lyon.example\nSubject: Re: [CESAME #2026-004506] TR: visualiseur salle 21",
        "Le technicien est passé, le visualiseur fonctionne parfaitement. Merci à vous.", ClosureConfirmation, None, None),
    case("intent", "a time slot offered", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-004507] Chronométrage EPS",
        "Le gymnase est libre mercredi après-midi si le technicien veut passer.", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a filter's verdict", "From: promo@filaments-discount.example\nSubject: Filament PLA à prix cassé\nX-Spam-Flag: YES\nX-Spam-Status: Yes, score=8.7 required=5.0",
        "Bonjour,\nStock limité : bobines de PLA 1 kg à 9,90 €. Commandez avant dimanche !", Spam, None, None),
    case("spam", "a fake parcel notice in HTML", "From: Colissimo <suivi@colis-livraison-fr.example>\nSubject: Votre colis est en attente\nContent-Type: text/html; charset=utf-8",
        "<p>Votre colis n'a pas pu être livré : des frais de 1,99 € restent à régler.</p><p><a href=\"https://colis-livraison-fr.example/regler\">Reprogrammer la livraison</a></p>", Spam, None, None),
    case("unauthorised", "a teacher writes directly", "From: prof.techno@ac-lyon.example\nSubject: Imprimante 3D",
        "Bonjour,\nL'imprimante 3D du lycée Ampère est encore en panne, pouvez-vous envoyer quelqu'un ?", Unauthorised, None, None),
    case("auto-reply", "an absence notice", "From: anne.leroux@ac-bordeaux.example\nSubject: Réponse automatique : [CESAME #2026-004504] Capteurs ExAO\nAuto-Submitted: auto-replied",
        "Je suis absente jusqu'au 7 décembre. Pour toute urgence, contactez le secrétariat.", AutoReply, None, None),
    case("spam", "an SEO offer", "From: seo@referencement-top.example\nSubject: Votre site en première page",
        "Bonjour,\nVotre site d'établissement n'apparaît pas en première page de Google. Nous pouvons y remédier en 30 jours, sans engagement.", Spam, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a bracketed tag", "From: j.martin@ac-aix.example\nSubject: [BLOQUANT] Serveur pédagogique",
        "Bonjour,\nLe serveur pédagogique ne démarre plus, aucun élève ne peut ouvrir de session.", NewIncident, Some(TresHaut), None),
    case("urgency", "a level as a scale", "From: sandrine.morel@ac-paris.example\nSubject: Casques salle de langues",
        "Bonjour,\nTrois casques de la salle de langues n'ont plus de micro.\nNiveau d'urgence : 1/3", NewIncident, Some(Bas), None),
    case("uai", "a code with spaces", "From: paul.henry@ac-lille.example\nSubject: Panne réseau",
        "Bonjour,\nPlus de réseau dans le bâtiment C du lycée Faidherbe (UAI 059 5012 C).", NewIncident, None, Some("0595012C")),
    // Labelled a new incident when written; the regional address is listed for Montaigne and
    // Faidherbe only, so the directory makes it unauthorised for Voltaire (as in part 31).
    case("uai", "the code in the subject", "From: tice@region.example\nSubject: 0751043B - autocommutateur en panne",
        "Bonjour,\nL'autocommutateur du lycée Voltaire ne distribue plus les appels entrants.", Unauthorised, None, Some("0751043B")),
];
