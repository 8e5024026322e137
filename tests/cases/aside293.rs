//! The two-hundred-and-ninety-third aside part: written after the hundred-and-sixty-eighth round,
//! before any change, on senders to refuse and mail to set aside: a pupil, the town's IT agent
//! for a primary school, an academy adviser asking about a school's ticket, a former
//! correspondant from her new school.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_293: &[Case] = &[
    case(
        "unauthorised",
        "a pupil",
        "From: lucas.m2011@fournisseur-mail.example\nSubject: mot de passe ENT",
        "bonjour je suis en 4eB au college Mistral et j'ai oublié mon mot de passe de l'ENT, vous \
         pouvez le changer ? merci",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "the town's IT agent for a primary school",
        "From: informatique@mairie-talence.example\nSubject: École Montaigne - photocopieur",
        "Bonjour,\nService informatique de la mairie : le photocopieur de l'école Montaigne \
         (0330789D) est bloqué en erreur E-210. Pouvez-vous intervenir ?\nM. Garcia",
        Unauthorised,
        None,
        Some("0330789D"),
    ),
    case(
        "unauthorised",
        "an academy adviser asking about a school's ticket",
        "From: conseiller.numerique@ac-lyon.example\nSubject: Ticket du lycée Ampère",
        "Bonjour,\nPourriez-vous me dire où en est le ticket du lycée Ampère concernant le wifi du \
         CDI ? Le proviseur m'a sollicité.\nLe conseiller numérique",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a former correspondant from her new school",
        "From: c.dubois@lycee-lumiere.example\nSubject: Vidéoprojecteur salle 3",
        "Bonjour,\nJ'étais correspondante au lycée Ampère, je suis désormais au lycée Lumière : le \
         vidéoprojecteur de la salle 3 ne s'allume plus.\nClaire Dubois",
        Unauthorised,
        None,
        None,
    ),
];
