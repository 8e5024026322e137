//! The hundred-and-eighty-second aside part: written after the hundred-and-forty-seventh round,
//! before any change, on mail as clients encode it: quoted-printable Latin-1 with soft breaks,
//! base64 UTF-8, Windows-1252, base64 Latin-9, subjects in RFC 2047 words, HTML with entities
//! only, a multipart whose plain part is a stub ("Votre client ne lit pas le HTML").

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_182: &[Case] = &[
    case(
        "request",
        "quoted-printable Latin-1 with soft breaks",
        "From: j.martin@ac-aix.example\nSubject: =?ISO-8859-1?Q?Vid=E9oprojecteur_salle_105?=\nContent-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: quoted-printable",
        "Bonjour,\nLe vid=E9oprojecteur de la salle 105 affiche =AB lampe en fin de vie =BB et=\n \
         s'=E9teint au bout de dix minutes.\nUrgence : moyenne\nJ. Martin",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "request",
        "base64 UTF-8, a need",
        "From: sandrine.morel@ac-paris.example\nSubject: =?UTF-8?B?w4lxdWlwZW1lbnQgc2FsbGUgZGUgc2NpZW5jZXM=?=\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64",
        "Qm9uam91ciwKTm91cyBzb3VoYWl0ZXJpb25zIGZhaXJlIMOpcXVpcGVyIGxhIG5vdXZlbGxlIHNh\n\
         bGxlIGRlIHNjaWVuY2VzIGRlIHNpeCBwb3N0ZXMgZXQgZCd1biDDqWNyYW4gaW50ZXJhY3RpZiBw\n\
         b3VyIGxhIHJlbnRyw6llIGRlIGphbnZpZXIuClVyZ2VuY2UgOiBiYXNzZQpTYW5kcmluZSBNb3Jl\n\
         bA==",
        NewRequest,
        Some(Bas),
        None,
    ),
    case(
        "intent",
        "Windows-1252 thanks",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-018203] Standard\nContent-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable",
        "Bonjour,\nMerci pour l'intervention d'hier : le standard fonctionne parfaitement depu=\nis.\n\
         Cordialement,\nPaul Henry",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "base64 Latin-9 chase",
        "From: anne.leroux@ac-bordeaux.example\nSubject: =?iso-8859-15?Q?RE=A0:_[CESAME_#2026-018204]_Serveur_p=E9dagogique?=\nContent-Type: text/plain; charset=iso-8859-15\nContent-Transfer-Encoding: base64",
        "Qm9uam91ciwKT/kgZW4g6nRlcy12b3VzIGRlIGxhIHLpcGFyYXRpb24gZHUgc2VydmV1ciA/IExl\n\
         cyBwcm9mZXNzZXVycyBuZSBwZXV2ZW50IHRvdWpvdXJzIHBhcyBhY2PpZGVyIOAgbGV1cnMgZG9z\n\
         c2llcnMuCkFubmU=",
        Reminder,
        None,
        None,
    ),
    case(
        "request",
        "HTML with entities only",
        "From: claire.dubois@ac-lyon.example\nSubject: Imprimante secrétariat\nContent-Type: text/html; charset=us-ascii",
        "<html><body><p>Bonjour,</p><p>L&#39;imprimante du secr&eacute;tariat n&#39;imprime \
         plus&nbsp;: voyant orange fixe depuis ce matin.</p><p>Urgence&nbsp;: tr&egrave;s \
         haute (bulletins &agrave; imprimer)</p><p>Claire Dubois<br>UAI&nbsp;: 0691234S</p></body></html>",
        NewIncident,
        Some(TresHaut),
        Some("0691234S"),
    ),
    case(
        "request",
        "a plain part that is a stub",
        "From: marc.petit@ac-lyon.example\nSubject: Demande d'accès au réseau pour les tablettes\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"st\"",
        "--st\nContent-Type: text/plain; charset=utf-8\n\nVotre client de messagerie ne lit pas le \
         HTML.\n--st\nContent-Type: text/html; charset=utf-8\n\n<p>Bonjour,</p><p>Nous avons reçu \
         trente tablettes pour la classe de 6e B : pourriez-vous les autoriser sur le réseau wifi \
         pédagogique ?</p><p>M. Petit</p>\n--st--",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault in an encoded subject only",
        "From: tice@region.example\nSubject: =?utf-8?Q?Panne_r=C3=A9seau_=E2=80=93_coll=C3=A8ge_0330789D?=",
        "Bonjour,\nVoir objet. Plus aucun poste ne sort sur internet depuis 10 h.\nL'équipe TICE",
        NewIncident,
        None,
        Some("0330789D"),
    ),
    case(
        "intent",
        "a list asked in quoted-printable",
        "From: j.martin@ac-aix.example\nSubject: Nos tickets\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable",
        "Bonjour,\nPourriez-vous m'envoyer la liste de nos tickets encore ouverts, s'il vous pla=\n=C3=AEt ?\nJ. Martin",
        ListRequest,
        None,
        None,
    ),
];
