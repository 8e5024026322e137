//! The sixteenth aside part: written after the thirteenth round and never tuned on. Whole
//! mails as clients send them: multipart/alternative with a different HTML, long quoted
//! histories whose old words ("URGENT", another school's code, "c'est réparé") must not count,
//! signatures that carry a code or a phone number, base64 bodies.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_16: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "multipart/alternative", "From: claire.dubois@ac-lyon.example\nSubject: Vidéoprojecteur salle 18\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b1\"",
        "--b1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nBonjour,\nLe vidéoprojecteur de la salle 18 s'éteint au bout de dix minutes.\nMerci\n--b1\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n<p>Bonjour,</p><p>Le vidéoprojecteur de la salle 18 s'éteint au bout de dix minutes.</p><p>Merci</p>\n--b1--\n", NewIncident, None, None),
    case("request", "base64", "From: j.martin@ac-aix.example\nSubject: Imprimante CDI\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
        "Qm9uam91ciwKTCdpbXByaW1hbnRlIGR1IENESSBuJ2ltcHJpbWUgcGx1cyBxdWUgZGVzIHBhZ2VzIGJsYW5jaGVzLgo=", NewIncident, None, None),
    case("request", "a signature with a phone", "From: paul.henry@ac-lille.example\nSubject: Poste direction",
        "Bonjour,\nLe poste du proviseur ne voit plus le lecteur réseau des documents de direction.\n\nPaul Henry\nCorrespondant TICE - Lycée Faidherbe\n03 20 12 34 56 | 06 12 34 56 78", NewIncident, None, None),
    case("request", "a new mail that quotes an old ticket", "From: sandrine.morel@ac-paris.example\nSubject: Nouveau problème salle 9",
        "Bonjour,\nNouveau souci en salle 9 : l'écran interactif ne répond plus au toucher.\n\nLe 12/11/2026 à 10:02, CESAME a écrit :\n> Bonjour, le ticket 2026-000455 est clos.\n> Cordialement", NewIncident, None, None),
    case("request", "an HTML signature image", "From: anne.leroux@ac-bordeaux.example\nSubject: Wifi salle des profs\nContent-Type: text/html; charset=utf-8",
        "<div>Bonjour,<br>Le wifi de la salle des professeurs ne propose plus le réseau « Pedago ».<br><br><img src=\"cid:logo\" alt=\"Collège Montaigne\"><br>Anne Leroux</div>", NewIncident, None, None),
    case("request", "a list of rooms", "From: marc.petit@ac-lyon.example\nSubject: Prises réseau mortes",
        "Bonjour,\nPrises réseau sans signal :\n* salle 101, prise B3\n* salle 104, prise A1\n* CDI, prise près de la fenêtre", NewIncident, None, None),
    case("request", "a scanner to email", "From: claire.dubois@ac-lyon.example\nSubject: Scan vers mail",
        "Bonjour,\nLe scan vers mail du copieur de l'accueil échoue avec « erreur d'authentification SMTP ».", NewIncident, None, None),
    case("request", "a laptop stolen", "From: j.martin@ac-aix.example\nSubject: Vol d'un ordinateur",
        "Bonjour,\nUn ordinateur portable de la classe mobile a été volé pendant la récréation ; une plainte a été déposée.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "multipart, a need", "From: paul.henry@ac-lille.example\nSubject: Salle de réunion\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b2\"",
        "--b2\nContent-Type: text/plain; charset=utf-8\n\nBonjour,\nPourriez-vous installer un écran et une barre de visioconférence dans la salle de réunion ?\n--b2\nContent-Type: text/html; charset=utf-8\n\n<p>Bonjour,</p><p>Pourriez-vous installer un écran et une barre de visioconférence dans la salle de réunion ?</p>\n--b2--\n", NewRequest, None, None),
    case("request", "a need with the history quoted", "From: anne.leroux@ac-bordeaux.example\nSubject: TR: Projet salle informatique",
        "Bonjour,\nJe vous transmets la demande validée par la principale : une deuxième salle informatique de 15 postes pour la rentrée.\n\n-----Message d'origine-----\nDe : Principale\nObjet : Projet salle informatique\n\nAnne, c'est d'accord pour la demande à la région.", NewRequest, None, None),
    case("request", "an account for a service", "From: sandrine.morel@ac-paris.example\nSubject: Compte pour l'agent d'accueil",
        "Bonjour,\nL'agent d'accueil n'a pas d'accès à l'ENT ; pouvez-vous lui créer un compte ?", NewRequest, None, None),
    case("request", "a policy for phones", "From: j.martin@ac-aix.example\nSubject: Wifi et téléphones des élèves",
        "Bonjour,\nLe règlement intérieur change : les téléphones des élèves ne doivent plus pouvoir se connecter au wifi pédagogique.", NewRequest, None, None),
    case("request", "more storage", "From: claire.dubois@ac-lyon.example\nSubject: Espace de stockage",
        "Bonjour,\nLes enseignants de vidéo manquent d'espace sur le serveur pour les projets des élèves ; 500 Go de plus seraient nécessaires.", NewRequest, None, None),
    case("request", "a printer for a new office", "From: marc.petit@ac-lyon.example\nSubject: Bureau du CPE",
        "Bonjour,\nLe CPE s'installe dans le nouveau bureau du rez-de-chaussée et aura besoin d'une imprimante.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "a reply above an urgent history", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-001601] URGENT vidéoprojecteur salle 18\nIn-Reply-To: <ack-2026-001601@cesame.example>",
        "Tout fonctionne depuis ce matin, merci.\n\n-----Message d'origine-----\nDe : Claire Dubois\nObjet : URGENT vidéoprojecteur salle 18\n\nURGENT : le vidéoprojecteur s'éteint sans cesse.", ClosureConfirmation, None, None),
    case("intent", "a reminder above a resolved history", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-001602] Imprimante CDI",
        "Bonjour,\nToujours pas de nouvelles du technicien.\n\n> Le 3 déc., CESAME a écrit :\n> Le prestataire indique que c'est réparé.", Reminder, None, None),
    case("intent", "follow-up with a code in the history", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-001603] Poste direction",
        "Le lecteur réseau apparaît mais reste vide.\n\n> UAI 0130456A\n> Le poste du proviseur ne voit plus le lecteur.", FollowUp, None, None),
    case("intent", "a list in a reply", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-001604] Nouveau problème salle 9",
        "Merci. Au passage, pourriez-vous me rappeler la liste de nos demandes en cours ?", ListRequest, None, None),
    case("intent", "forwarded reminder", "From: anne.leroux@ac-bordeaux.example\nSubject: TR: [CESAME #2026-001605] Wifi salle des profs",
        "Je relance : les collègues n'ont toujours pas de wifi.\n\n-----Message transféré-----\nObjet : [CESAME #2026-001605] Wifi salle des profs\nVotre signalement est enregistré.", Reminder, None, None),
    case("intent", "thanks only", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-001606] Prises réseau mortes",
        "Bien reçu, merci.", FollowUp, None, None),
    case("intent", "all back in working order", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-001607] Scan vers mail",
        "Bonjour,\nLe scan vers mail est de nouveau opérationnel depuis le changement de mot de passe. Ticket à clore.", ClosureConfirmation, None, None),
    case("intent", "a date given", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-001608] Vol d'un ordinateur",
        "Le numéro de série de l'ordinateur volé est 5CD9876ABC, pour votre inventaire.", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "multipart phishing", "From: securite@banque-en-ligne.example\nSubject: Activité suspecte sur votre compte\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b3\"",
        "--b3\nContent-Type: text/plain; charset=utf-8\n\nUne activité suspecte a été détectée. Confirmez votre identité.\n--b3\nContent-Type: text/html; charset=utf-8\n\n<p>Une activité suspecte a été détectée.</p><p><a href=\"http://banque-en-ligne.example/login\">Confirmez votre identité</a></p>\n--b3--\n", Spam, None, None),
    case("spam", "a newsletter-like offer", "From: news@edtech-magazine.example\nSubject: Les 10 outils numériques de la rentrée",
        "Découvrez notre sélection des meilleurs outils pour la classe. Pour ne plus recevoir nos messages, cliquez ici.", Spam, None, None),
    case("spam", "base64 phishing", "From: admin@mailbox-center.example\nSubject: Mailbox\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
        "WW91ciBtYWlsYm94IGlzIGZ1bGwuIENsaWNrIGhlcmUgdG8gdXBncmFkZTogaHR0cDovL21haWxib3gtY2VudGVyLmV4YW1wbGUvdXBncmFkZQo=", Spam, None, None),
    case("spam", "a correspondant from a personal address", "From: claire.dubois.perso@mail.example\nSubject: Vidéoprojecteur",
        "Bonjour,\nJe vous écris de ma boîte personnelle : le vidéoprojecteur de la salle 18 s'éteint encore.\nClaire Dubois, Lycée Ampère", Unauthorised, None, None),
    // --- urgency and codes ---------------------------------------------------------------------
    case("urgency", "urgent only in the quote", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-001609] Serveur",
        "Le serveur est reparti, merci.\n\n> URGENT - le serveur ne répond plus\n> Urgence : très haute", ClosureConfirmation, None, None),
    case("urgency", "a level in the HTML only", "From: paul.henry@ac-lille.example\nSubject: Lecteur de badges\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Le lecteur de badges du parking ne lit plus les cartes.</p><p><b>Urgence :</b> moyenne</p>", NewIncident, Some(Moyen), None),
    case("urgency", "low in a multipart", "From: anne.leroux@ac-bordeaux.example\nSubject: Horloge\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b4\"",
        "--b4\nContent-Type: text/plain; charset=utf-8\n\nBonjour,\nL'horloge du poste de l'accueil retarde de cinq minutes. Urgence : basse.\n--b4\nContent-Type: text/html; charset=utf-8\n\n<p>Bonjour,</p><p>L'horloge du poste de l'accueil retarde de cinq minutes. Urgence : basse.</p>\n--b4--\n", NewIncident, Some(Bas), None),
    case("uai", "a code in the signature", "From: sandrine.morel@ac-paris.example\nSubject: Téléphone salle des profs",
        "Bonjour,\nLe téléphone de la salle des profs grésille.\n\nSandrine Morel\nLycée Voltaire (UAI 0751043B)\n01 43 55 27 10", NewIncident, None, Some("0751043B")),
    case("uai", "another school's code only in the quote", "From: j.martin@ac-aix.example\nSubject: Re: Wifi\nIn-Reply-To: <x@ac-aix.example>",
        "Bonjour,\nLe wifi de la salle 4 ne marche plus non plus.\n\n> Le wifi du CDI ne marche plus. UAI 0691234S", NewIncident, None, None),
];
