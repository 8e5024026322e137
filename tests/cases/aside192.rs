//! The hundred-and-ninety-second aside part: written after the hundred-and-forty-ninth round,
//! before any change, on lures aimed at schools and on outsiders who write in a contact's name:
//! a Pronote update to make, an ENT account to be disabled, a "note de service" as an HTML page,
//! an internship agreement to sign, a file shared in a contact's name from outside, an
//! interactive board sold; a colleague writing for the absent correspondant, a city hall's
//! technician.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_192: &[Case] = &[
    case(
        "spam",
        "a Pronote update to make",
        "From: Pronote <maj@pronote-services.example>\nSubject: Mise à jour obligatoire de votre espace Pronote\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Madame, Monsieur,</p><p>Une mise à jour de sécurité de votre espace est \
         requise avant vendredi. Sans action de votre part, l'accès des enseignants sera suspendu.</p>\
         <p><a href=\"https://pronote-services.example/maj\">Mettre à jour maintenant</a></p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an ENT account to be disabled",
        "From: ENT Académique <ne-pas-repondre@ent-academie.example>\nSubject: Désactivation de votre compte ENT",
        "Bonjour,\nVotre compte ENT sera désactivé sous 24 heures faute de validation. Confirmez vos \
         identifiants ici : http://ent-academie.example/valider\nL'administrateur ENT",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a note de service as an HTML page",
        "From: Rectorat <dsden@rectorat-info.example>\nSubject: Note de service n° 2026-114\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"ns\"",
        "--ns\nContent-Type: text/plain; charset=utf-8\n\nVeuillez prendre connaissance de la note de \
         service ci-jointe.\n--ns\nContent-Type: text/html; name=\"Note_de_service_2026-114.pdf.html\"\n\
         Content-Disposition: attachment; filename=\"Note_de_service_2026-114.pdf.html\"\n\n\
         <html><body><form action=\"https://rectorat-info.example/login\"></form></body></html>\n--ns--",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an internship agreement to sign",
        "From: DocuSign <dse@docusign-mail.example>\nSubject: Convention de stage à signer",
        "Vous avez reçu un document à examiner et à signer : Convention de stage 2026-2027.\n\
         EXAMINER LE DOCUMENT : https://docusign-mail.example/r/8812\nNe partagez pas ce message.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a file shared in a contact's name",
        "From: Claire Dubois via OneDrive <no-reply@onedrive-share.example>\nSubject: Claire Dubois a partagé « Inventaire 2026.xlsx » avec vous",
        "Claire Dubois a partagé un fichier avec vous.\nOuvrir : https://onedrive-share.example/s/inventaire",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an interactive board sold",
        "From: Marc Olivier <m.olivier@ecrans-educatifs.example>\nSubject: Vos salles de classe équipées avant la rentrée",
        "Bonjour,\nSpécialiste des écrans interactifs pour l'éducation, nous équipons déjà plus de 300 \
         établissements. Je serais ravi de vous présenter nos solutions lors d'un rendez-vous de 20 \
         minutes.\nMarc Olivier, responsable grands comptes",
        Spam,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a colleague writing for the absent correspondant",
        "From: sophie.garnier@ac-lyon.example\nSubject: Imprimante administration",
        "Bonjour,\nJe vous écris de la part de Mme Dubois, absente cette semaine : l'imprimante de \
         l'administration ne fonctionne plus.\nSophie Garnier, secrétariat",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a city hall's technician",
        "From: services.techniques@mairie-exemple.example\nSubject: Coupure réseau école",
        "Bonjour,\nSuite à nos travaux de voirie, le câble réseau de l'école a été sectionné. Merci de \
         prévoir une intervention.\nLes services techniques",
        Unauthorised,
        None,
        None,
    ),
];
