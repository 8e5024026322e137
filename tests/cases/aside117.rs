//! The hundred-and-seventeenth aside part: written after the hundred-and-sixth round, before
//! any change, on how clients write mail: quoted-printable in UTF-8 and in Latin-1, base64, a
//! multipart/alternative, the desk's "si c'est urgent" in a quote, forwards as Outlook and
//! Apple Mail write them, replies above Gmail's and Thunderbird's attribution lines, an HTML
//! signature, a legal footer that says "imprimer", a subject alone, urgency in bold HTML and a
//! code in an HTML table's cell.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_117: &[Case] = &[
    case("request", "quoted-printable in UTF-8", "From: claire.dubois@ac-lyon.example\nSubject: =?utf-8?q?Vid=C3=A9oprojecteur_salle_3?=\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable",
        "Bonjour,\nLe vid=C3=A9oprojecteur de la salle 3 ne s'allume plus depuis lundi.\nCordialement", NewIncident, None, None),
    case("request", "base64", "From: marc.petit@ac-lyon.example\nSubject: Prises salle 9\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
        "Qm9uam91ciwKTm91cyBzb3VoYWl0ZXJpb25zIGRldXggcHJpc2VzIHLDqXNlYXUgc3VwcGzDqW1lbnRhaXJlcyBlbiBzYWxsZSA5LCBwb3VyIGxlcyBwb3N0ZXMgZHUgZm9uZC4KTWVyY2ksCk1hcmMgUGV0aXQK", NewRequest, None, None),
    case("request", "quoted-printable in Latin-1", "From: j.martin@ac-aix.example\nSubject: Imprimante du CDI\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable",
        "Bonjour,\nL'imprimante du CDI affiche une erreur =E0 chaque impression depuis la coupure de courant.", NewIncident, None, None),
    case("request", "multipart/alternative", "From: anne.leroux@ac-bordeaux.example\nSubject: Salle de permanence\nContent-Type: multipart/alternative; boundary=\"alt42\"",
        "--alt42\nContent-Type: text/plain; charset=utf-8\n\nBonjour,\nLa salle de permanence accueille désormais quarante élèves : il faudrait y installer six postes pour le travail en autonomie.\n--alt42\nContent-Type: text/html; charset=utf-8\n\n<p>Bonjour,</p><p>La salle de permanence accueille désormais quarante élèves : il faudrait y installer six postes pour le travail en autonomie.</p>\n--alt42--", NewRequest, None, None),
    case("urgency", "the desk's urgency in a quote", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-011702] Écran salle 4",
        "Bonjour,\nIl s'agit de la salle B204, au deuxième étage.\n\n> Merci de nous préciser la salle. Si c'est urgent, appelez le 03 20 00 00 00.", FollowUp, None, None),
    case("request", "an Outlook forward", "From: sandrine.morel@ac-paris.example\nSubject: TR: Casques pour la salle de langues",
        "Pour suite à donner.\n\nDe : Martine Leblanc\nEnvoyé : mardi 1 décembre 2026 16:40\nÀ : Sandrine Morel\nObjet : Casques pour la salle de langues\n\nBonjour Sandrine,\nL'équipe d'anglais voudrait quinze casques avec micro pour la salle de langues, afin de faire les entraînements à l'oral.\nMartine", NewRequest, None, None),
    case("request", "an Apple Mail forward", "From: claire.dubois@ac-lyon.example\nSubject: Fwd: Tableau salle 14",
        "À traiter svp.\n\nDébut du message réexpédié :\n\nDe: Paul Girard\nObjet: Tableau salle 14\nDate: 2 décembre 2026 à 08:15:33 UTC+1\n\nLe tableau interactif de la salle 14 ne répond plus au toucher depuis ce matin.", NewIncident, None, None),
    case("intent", "a closure above Gmail's line", "From: j.martin@ac-aix.example\nSubject: Re: [CESAME #2026-011708] Borne wifi CDI",
        "Tout est rentré dans l'ordre, merci à vous.\n\nLe lun. 30 nov. 2026 à 10:12, CESAME <cesame@region.example> a écrit :\n> Le prestataire indique être intervenu sur la borne wifi du CDI.\n> Merci de confirmer le bon fonctionnement.", ClosureConfirmation, None, None),
    case("intent", "a chase above Thunderbird's line", "From: marc.petit@ac-lyon.example\nSubject: Re: [CESAME #2026-011709] Copieur salle des professeurs",
        "Bonjour,\nToujours aucune visite à ce jour, le copieur est à l'arrêt depuis deux semaines.\n\nLe 23/11/2026 à 09:02, CESAME a écrit :\n> Votre demande a été transmise au prestataire.", Reminder, None, None),
    case("request", "an HTML signature", "From: paul.henry@ac-lille.example\nSubject: Visualiseur salle 6\nContent-Type: text/html; charset=utf-8",
        "<div dir=\"ltr\"><div>Bonjour,</div><div>Serait-il possible d'équiper la salle 6 d'un visualiseur ? Les collègues de sciences en ont besoin pour montrer les manipulations.</div><div><br></div><div><img src=\"cid:logo\" alt=\"Logo du lycée\"><br>Paul Henry<br>Correspondant numérique</div></div>", NewRequest, None, None),
    case("request", "a legal footer that says print", "From: anne.leroux@ac-bordeaux.example\nSubject: Scanner du secrétariat",
        "Bonjour,\nLe scanner du secrétariat ne numérise plus : il reste bloqué sur « préchauffage ».\n\nAnne Leroux\n--\nCe message et ses pièces jointes sont confidentiels et destinés à leurs seuls destinataires. Pensez à l'environnement avant d'imprimer ce message.", NewIncident, None, None),
    case("request", "a fault in the subject alone", "From: j.martin@ac-aix.example\nSubject: Wifi HS bât. C",
        "", NewIncident, None, None),
    case("request", "a need in the subject alone", "From: sandrine.morel@ac-paris.example\nSubject: Demande : 2 casques pour la salle de langues",
        "Merci", NewRequest, None, None),
    case("urgency", "urgency in bold HTML", "From: claire.dubois@ac-lyon.example\nSubject: Imprimante salle 5\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>L'imprimante de la salle 5 froisse toutes les feuilles.</p><p><b>Urgence :</b> moyenne</p>", NewIncident, Some(Moyen), None),
    case("uai", "a code in a table's cell", "From: anne.leroux@ac-bordeaux.example\nSubject: Signalement\nContent-Type: text/html; charset=utf-8",
        "<table><tr><td>UAI</td><td>0330789D</td></tr><tr><td>Objet</td><td>Le poste de l'accueil ne démarre plus</td></tr></table>", NewIncident, None, Some("0330789D")),
];
