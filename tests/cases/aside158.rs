//! The hundred-and-fifty-eighth aside part: written after the hundred-and-thirty-sixth round,
//! before any change, on lures and outsiders once more: an invoice as a web page, a signature
//! asked, a file shared, the school-life software "blocked", a staff portal to update, a fair's
//! free badge, the staff list asked by a new "head"; a neighbour, a pupil and a colleague from
//! another academy writing to the desk.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_158: &[Case] = &[
    case(
        "spam",
        "an invoice as a web page",
        "From: billing@office-supplies-direct.example\nSubject: Invoice #4471 attached\nContent-Type: multipart/mixed; boundary=\"inv\"",
        "--inv\nContent-Type: text/plain; charset=utf-8\n\nPlease find attached your invoice.\n\
         --inv\nContent-Type: text/html; name=\"Invoice_4471.pdf.html\"\n\
         Content-Disposition: attachment; filename=\"Invoice_4471.pdf.html\"\n\n<html><body>\
         <form action=\"https://office-supplies-direct.example/login\"></form></body></html>\n--inv--",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a signature asked",
        "From: Adobe Sign <echosign@sign-documents.example>\nSubject: Document prêt pour signature : Convention 2027",
        "Bonjour,\nLe document « Convention 2027 » vous a été envoyé pour signature.\nConsulter et \
         signer : https://sign-documents.example/login?id=2027",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a file shared",
        "From: Dropbox <no-reply@dropbox-share.example>\nSubject: L'intendance a partagé « Budget 2027.xlsx » avec vous",
        "L'intendance a partagé un fichier avec vous.\nBudget 2027.xlsx\nAfficher le fichier : \
         https://dropbox-share.example/s/budget2027",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "the school-life software blocked",
        "From: Pronote Sécurité <securite@pronote-acces.example>\nSubject: Votre compte Pronote a été bloqué",
        "Bonjour,\nSuite à de trop nombreuses tentatives de connexion, votre compte Pronote a été \
         bloqué. Débloquez-le en vérifiant votre identité : https://pronote-acces.example/verif",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a staff portal to update",
        "From: Mon espace agent <rh@espace-agent-info.example>\nSubject: Mise à jour obligatoire de votre dossier",
        "Madame, Monsieur,\nVotre dossier administratif doit être mis à jour avant le 15 \
         décembre, faute de quoi le versement de votre traitement pourrait être retardé. \
         Connectez-vous : https://espace-agent-info.example",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a fair's free badge",
        "From: invitations@salon-educ.example\nSubject: Salon de l'éducation numérique 2027 : votre badge gratuit",
        "Bonjour,\nLe salon de l'éducation numérique ouvre ses portes du 3 au 5 février. Demandez \
         dès maintenant votre badge gratuit et découvrez plus de 200 exposants.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "the staff list asked by a new head",
        "From: direction.lycee.voltaire@outlook.example\nSubject: Demande confidentielle",
        "Bonjour,\nJe viens de prendre mes fonctions de proviseur. Merci de me transmettre \
         discrètement la liste des personnels avec leurs coordonnées personnelles, par retour de \
         mail uniquement.",
        Spam,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a neighbour asks about the canteen",
        "From: voisin.dupont@laposte.example\nSubject: Menu de la cantine",
        "Bonjour,\nPouvez-vous me dire où trouver le menu de la cantine du collège Mistral ? Le \
         site ne s'affiche plus chez moi.\nCordialement",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a pupil cannot log in",
        "From: lucas.b2010@gmail.example\nSubject: ENT",
        "bonjour je n'arrive plus a me connecter a l'ENT depuis hier, mon mot de passe ne marche \
         plus. merci",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a colleague from another academy",
        "From: referent.numerique@ac-rennes.example\nSubject: Fonctionnement de votre assistance",
        "Bonjour,\nJe coordonne l'assistance informatique des lycées de notre académie et \
         j'aimerais savoir comment vous traitez les signalements par courriel. Pourrions-nous \
         échanger ?",
        Unauthorised,
        None,
        None,
    ),
    case(
        "spam",
        "a website on Google's first page",
        "From: growth@rank-boost.example\nSubject: Your school website",
        "Hi,\nI noticed your school website is not on the first page of Google. We can fix that \
         in 30 days for a small monthly fee. Shall I send you a quote?",
        Spam,
        None,
        None,
    ),
];
