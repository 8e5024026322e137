//! The thirty-sixth aside part: written after the thirty-first round, on mail from outside the
//! directory that speaks of the desk's tickets: contractors answering under the desk's tag
//! without a work-order number, platforms echoing the desk's subject, colleagues in copy, and
//! machines that quote a ticket.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_36: &[Case] = &[
    case("contractor", "a contractor under the desk's tag", "From: agence.lyon@maintelec.example\nSubject: RE: [CESAME #2026-003601] Ordre de travail - Lycée Ampère - vidéoprojecteur salle 110",
        "Bonjour,\nBien reçu. Notre technicien passera jeudi matin avec une lampe de rechange.\nCordialement,\nAgence de Lyon", ContractorUpdate, None, None),
    case("contractor", "a contractor closing technically", "From: sav@reseaux-sud.example\nSubject: RE: [CESAME #2026-003602] Ordre de travail - Collège Mistral",
        "Bonjour,\nL'intervention est terminée : le commutateur a été remplacé et le réseau testé dans toutes les salles. Nous clôturons l'ordre de travail de notre côté.", ContractorUpdate, None, None),
    case("contractor", "a contractor needing a part", "From: hotline@informatique-ouest.example\nSubject: Re: Ordre de travail OT-2026-003603",
        "Bonjour,\nLa carte mère est à remplacer, pièce commandée, délai de 5 jours ouvrés. Nous revenons vers vous à réception.", ContractorUpdate, None, None),
    case("platform", "Remedy echoing the desk's subject", "From: remedy@ac-lille.example\nSubject: INC000000480221 - [CESAME #2026-003604] Réseau bâtiment C - Résolu",
        "Numéro d'incident : INC000000480221\nStatut : Résolu\nRésumé : [CESAME #2026-003604] Réseau bâtiment C\nGroupe affecté : Support réseau\nNotes : câble de liaison remplacé.", PlatformUpdate, None, None),
    case("platform", "GLPI quoting the desk's mail", "From: glpi@departement59.example\nSubject: [GLPI #0003388] Nouveau ticket [CESAME #2026-003605] Onduleur\nAuto-Submitted: auto-generated",
        "Ticket : Nouveau ticket\nTitre : [CESAME #2026-003605] Onduleur\nStatut : Nouveau\nUrgence : Très haute\nImpact : Moyen\nPriorité : Haute\n\nDescription : Votre signalement a été enregistré. L'onduleur de la baie sonne en continu. Urgent !", PlatformUpdate, None, None),
    case("unauthorised", "a teacher replying to an acknowledgement in copy", "From: julien.roux@ac-paris.example\nSubject: RE: [CESAME #2026-003606] Souris salle 7",
        "Bonjour,\nJe complète : la souris du poste professeur est aussi touchée.", Unauthorised, None, None),
    case("unauthorised", "a colleague asking for the list", "From: cpe@ac-aix.example\nSubject: Tickets du collège",
        "Bonjour,\nPourriez-vous m'envoyer la liste des tickets ouverts du collège Mistral ?", Unauthorised, None, None),
    case("auto", "an auto-reply quoting a ticket", "From: secretariat@ac-lille.example\nSubject: Réponse automatique : [CESAME #2026-003607] Accusé de réception",
        "Le secrétariat est fermé pendant les vacances scolaires. Réouverture le 4 janvier.", AutoReply, None, None),
    case("bounce", "a bounce of a work order", "From: Mail Delivery System <MAILER-DAEMON@mx.region.example>\nSubject: Undelivered Mail Returned to Sender",
        "This is the mail system at host mx.region.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<planning@ancien-prestataire.example>: host mx.ancien-prestataire.example said: 550 5.1.1 User unknown\n\nSubject: [CESAME #2026-003608] Ordre de travail OT-2026-003608", Bounce, None, None),
    case("spam", "spam with a ticket-like subject", "From: billing@secure-invoices.example\nSubject: RE: [CESAME #2026-003609] Invoice overdue",
        "Dear customer, your invoice is overdue. Download the attached statement and pay within 24 hours to avoid service interruption.", Spam, None, None),
    case("request", "a contact writes after the contractor's visit", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-003610] Ordre de travail - Lycée Ampère - vidéoprojecteur salle 110",
        "Bonjour,\nLe technicien est passé, la lampe est changée et l'image est parfaite. Merci, vous pouvez clore.", ClosureConfirmation, None, None),
    case("urgency", "an outsider's urgency is still read", "From: proviseur.adjoint@ac-lille.example\nSubject: URGENT - panne standard lycée Faidherbe",
        "Bonjour,\nLe standard du lycée Faidherbe (0595012C) est en panne depuis ce matin.", Unauthorised, Some(TresHaut), Some("0595012C")),
];
