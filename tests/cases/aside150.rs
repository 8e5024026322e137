//! The hundred-and-fiftieth aside part: written after the hundred-and-thirty-first round, before
//! any change, on the mix as mail clients encode it: HTML only (Outlook on the web,
//! Thunderbird, Gmail, a phone), tables and spans, quoted-printable and base64, Latin-1 and
//! Windows-1252, a photo attached, the desk's mail quoted in HTML below.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_150: &[Case] = &[
    case(
        "urgency",
        "Outlook on the web, a table in quoted-printable",
        "From: sandrine.morel@ac-paris.example\nSubject: Serveur ENT hors service\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable",
        "<html><body><div>Bonjour,</div><div><br></div><table border=3D\"1\"><tr><td><=\n\
         b>=C3=89tablissement</b></td><td>Lyc=C3=A9e Voltaire</td></tr><tr><td><b>Co=\n\
         de UAI</b></td><td>0751043B</td></tr><tr><td><b>Urgence</b></td><td>Tr=C3=\n\
         =A8s haute</td></tr></table><div>Le serveur ENT ne r=C3=A9pond plus depuis =\n\
         8&nbsp;h, aucun =C3=A9l=C3=A8ve ne peut se connecter.</div><div>Cordialemen=\n\
         t,</div></body></html>",
        NewIncident,
        Some(TresHaut),
        Some("0751043B"),
    ),
    case(
        "request",
        "Gmail's alternative parts in Latin-1",
        "From: j.martin@ac-aix.example\nSubject: Salle 14 - écran interactif\nContent-Type: multipart/alternative; boundary=\"g14\"",
        "--g14\n\
         Content-Type: text/plain; charset=iso-8859-1\n\
         Content-Transfer-Encoding: quoted-printable\n\
         \n\
         Bonjour,\n\
         Nous souhaiterions =E9quiper la salle 14 d'un =E9cran interactif en remplac=\n\
         ement du tableau blanc.\n\
         Coll=E8ge Mistral - 0130456A\n\
         \n\
         --g14\n\
         Content-Type: text/html; charset=iso-8859-1\n\
         Content-Transfer-Encoding: quoted-printable\n\
         \n\
         <div dir=3D\"ltr\">Bonjour,<div>Nous souhaiterions =E9quiper la salle 14 d'un=\n\
          =E9cran interactif en remplacement du tableau blanc.</div><div>Coll=E8ge M=\n\
         istral - 0130456A</div></div>\n\
         --g14--",
        NewRequest,
        None,
        Some("0130456A"),
    ),
    case(
        "intent",
        "Thunderbird's HTML reply with a blockquote",
        "From: claire.dubois@ac-lyon.example\nSubject: Re: [CESAME #2026-015003] Intervention terminée - Serveur ENT\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>Tout fonctionne de nouveau depuis ce matin, merci&nbsp;!</p><div class=\"moz-cite-prefix\">Le 05/12/2026 à 10:12, CESAME a écrit&nbsp;:<br></div><blockquote type=\"cite\">Le prestataire indique avoir terminé l'intervention. Urgence : très haute</blockquote></body></html>",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "urgency",
        "a report in base64",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Photocopieur salle des professeurs\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
        "Qm9uam91ciwKTGUgcGhvdG9jb3BpZXVyIGRlIGxhIHNhbGxlIGRlcyBwcm9mZXNzZXVycyBhZmZp\n\
         Y2hlIMKrIGJvdXJyYWdlIHBhcGllciDCuyBlbiBwZXJtYW5lbmNlLgpVcmdlbmNlIDogbW95ZW5u\n\
         ZQpVQUkgOiAwMzMwNzg5RAo=",
        NewIncident,
        Some(Moyen),
        Some("0330789D"),
    ),
    case(
        "urgency",
        "a report in Windows-1252",
        "From: paul.henry@ac-lille.example\nSubject: Imprimante CDI\nContent-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable",
        "Bonjour,\n\
         L=92imprimante du CDI n=92imprime plus qu=92en noir et blanc depuis lundi.\n\
         Lyc=E9e Faidherbe =96 0595012C\n\
         Urgence : basse\n\
         ",
        NewIncident,
        Some(Bas),
        Some("0595012C"),
    ),
    case(
        "uai",
        "a code split across spans",
        "From: marc.petit@ac-lyon.example\nSubject: Wifi internat - aile neuve\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Il nous faudrait deux bornes wifi supplémentaires à l'internat, le signal ne couvre pas le deuxième étage depuis l'ouverture de l'aile neuve.</p><p>UAI&nbsp;: <b><span>0691</span><span>234S</span></b></p>",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "intent",
        "Outlook's HTML chase above the acknowledgement",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-015007] Accusé de réception\nContent-Type: text/html; charset=utf-8",
        "<html><body><div class=\"WordSection1\"><p class=\"MsoNormal\">Bonjour,<o:p></o:p></p><p class=\"MsoNormal\">Toujours aucune nouvelle du technicien, la salle reste inutilisable. Pouvez-vous relancer&nbsp;?<o:p></o:p></p><div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>De&nbsp;:</b> CESAME &lt;cesame@region.example&gt;<br><b>Envoyé&nbsp;:</b> lundi 30 novembre 2026 09:00<br><b>Objet&nbsp;:</b> [CESAME #2026-015007] Accusé de réception<o:p></o:p></p></div><p class=\"MsoNormal\">Votre demande a été enregistrée avec l'urgence « très haute ».<o:p></o:p></p></div></body></html>",
        Reminder,
        None,
        None,
    ),
    case(
        "request",
        "a photo and a few words",
        "From: sandrine.morel@ac-paris.example\nSubject: Écran cassé salle 204\nContent-Type: multipart/mixed; boundary=\"ph\"",
        "--ph\n\
         Content-Type: text/plain; charset=utf-8\n\
         \n\
         Bonjour,\n\
         L'écran du poste professeur de la salle 204 est fissuré, photo jointe. Il n'affiche plus rien.\n\
         0751043B\n\
         --ph\n\
         Content-Type: image/jpeg; name=\"ecran.jpg\"\n\
         Content-Disposition: attachment; filename=\"ecran.jpg\"\n\
         Content-Transfer-Encoding: base64\n\
         \n\
         /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U\n\
         --ph--",
        NewIncident,
        None,
        Some("0751043B"),
    ),
    case(
        "intent",
        "the list from a phone in HTML",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Tickets en cours\nContent-Type: text/html; charset=utf-8",
        "<div>Bonjour, pouvez-vous m'envoyer la liste de nos tickets en cours ?<br><br>Envoyé de mon iPhone</div>",
        ListRequest,
        None,
        None,
    ),
    case(
        "urgency",
        "the level in red capitals",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Coupure internet\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Coupure totale d'internet dans tout l'établissement depuis 7&nbsp;h 30.</p><p><span style=\"color:red\"><b>URGENCE : TRÈS HAUTE</b></span></p><p>Collège Montaigne (0330789D)</p>",
        NewIncident,
        Some(TresHaut),
        Some("0330789D"),
    ),
    case(
        "request",
        "a change request folded by quoted-printable",
        "From: paul.henry@ac-lille.example\nSubject: Tablettes et réseau pédagogique\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable",
        "Bonjour,\n\
         Demande d'=C3=A9volution : nous souhaitons que le r=C3=A9seau p=C3=A9dagogi=\n\
         que soit accessible depuis les tablettes de la classe mobile, qui n'y ont a=\n\
         ujourd'hui pas acc=C3=A8s.\n\
         0595012C\n\
         ",
        NewRequest,
        None,
        Some("0595012C"),
    ),
    case(
        "intent",
        "a partial no from Gmail in HTML",
        "From: claire.dubois@ac-lyon.example\nSubject: Re: [CESAME #2026-015012] Intervention terminée - Vidéoprojecteur salle 8\nContent-Type: text/html; charset=utf-8",
        "<div>Non, pas entièrement : le son fonctionne mais l'image reste floue.</div><div><br></div><div>Le jeu. 3 déc. 2026 à 11:00, CESAME &lt;cesame@region.example&gt; a écrit :<br></div><blockquote class=\"gmail_quote\">Confirmez-vous que le problème est résolu ?</blockquote>",
        FollowUp,
        None,
        None,
    ),
];
