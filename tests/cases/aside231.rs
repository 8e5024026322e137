//! The two-hundred-and-thirty-first aside part: written after the hundred-and-fifty-sixth
//! round, before any change, on mail clients' clothes: a fault in base64, a need in
//! quoted-printable Latin-1, Outlook's nested HTML, Apple Mail's forward, a phone's short
//! report, a chase above the desk's acknowledgement quoted by Thunderbird.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_231: &[Case] = &[
    case(
        "request",
        "a fault in base64",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Photocopieur CDI\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
        "Qm9uam91ciwKTGUgcGhvdG9jb3BpZXVyIGR1IENESSBhZmZpY2hlIMKrIEFwcGVsZXIgbGUgc2VydmljZSB0ZWNobmlxdWUgwrsgZXQgbmUgY29waWUgcGx1cyByaWVuIGRlcHVpcyBjZSBtYXRpbi4KVXJnZW5jZSA6IG1veWVubmUKQW5uZSBMZXJvdXg=",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "request",
        "a need in quoted-printable Latin-1",
        "From: j.martin@ac-aix.example\nSubject: =?iso-8859-1?q?Salle_de_r=E9union?=\nMIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable",
        "Bonjour,\nLa salle de r=E9union du rez-de-chauss=E9e n'a ni =E9cran ni prise r=E9seau. \
         Pourrait-on l'=E9quiper pour les visioconf=E9rences des conseils p=E9dagogiques ?\nJ. \
         Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "Outlook's nested HTML",
        "From: sandrine.morel@ac-paris.example\nSubject: Serveur de sauvegarde\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8",
        "<html><head><style>p.MsoNormal{margin:0}</style></head><body><div class=\"WordSection1\">\
         <p class=\"MsoNormal\">Bonjour,<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\
         <p class=\"MsoNormal\">La sauvegarde de nuit du serveur administratif échoue depuis trois \
         jours&nbsp;: «&nbsp;disque cible introuvable&nbsp;».<o:p></o:p></p><p class=\"MsoNormal\">\
         Urgence&nbsp;: haute<o:p></o:p></p><p class=\"MsoNormal\">S. Morel<o:p></o:p></p></div>\
         </body></html>",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "request",
        "Apple Mail's forward",
        "From: marc.petit@ac-lyon.example\nSubject: Tr: Casques de la salle de langues",
        "Pour traitement.\n\nDébut du message réexpédié :\n\nDe: Lucie Garnier \
         <lucie.garnier@ac-lyon.example>\nObjet: Casques de la salle de langues\nDate: 3 décembre \
         2026 à 10:12:41 UTC+1\nÀ: Marc Petit <marc.petit@ac-lyon.example>\n\nBonjour Marc,\nSix \
         casques de la salle de langues n'émettent plus aucun son, côté gauche comme côté droit.\n\
         Lucie",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a phone's short report",
        "From: paul.henry@ac-lille.example\nSubject: Wifi",
        "Plus de wifi dans tout le bâtiment B depuis 10h. Urgent.\n\nEnvoyé de mon iPhone",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "intent",
        "a chase above the quoted acknowledgement",
        "From: claire.dubois@ac-lyon.example\nSubject: Re: [CESAME #2026-023106] Accusé de réception : Vidéoprojecteur salle 8",
        "Bonjour,\nDix jours plus tard, personne n'est venu. Pouvez-vous relancer le prestataire ?\n\
         Claire Dubois\n\nLe 25/11/2026 à 09:14, CESAME a écrit :\n> Bonjour,\n> Votre signalement \
         a été enregistré sous le numéro 2026-023106.\n> Urgence retenue : moyen.\n> Le service \
         CESAME",
        Reminder,
        None,
        None,
    ),
];
