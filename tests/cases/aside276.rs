//! The two-hundred-and-seventy-sixth aside part: written after the hundred-and-sixty-fifth round,
//! before any change, on needs and faults in domains less written: a wireless microphone wanted
//! and one that no longer picks up, projecting from tablets, the hall's screen to show more, a
//! desk that never had a socket, a copier stuck on A3 since an update.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_276: &[Case] = &[
    case(
        "request",
        "a wireless microphone wanted",
        "From: claire.dubois@ac-lyon.example\nSubject: Micro pour l'amphithéâtre",
        "Bonjour,\nPour les conférences des classes préparatoires, nous aimerions disposer d'un micro \
         sans fil dans l'amphithéâtre.\nUrgence : basse\nClaire Dubois, 0691234S",
        NewRequest,
        Some(Bas),
        Some("0691234S"),
    ),
    case(
        "request",
        "a wireless microphone that no longer picks up",
        "From: marc.petit@ac-lyon.example\nSubject: Micro amphithéâtre",
        "Bonjour,\nLe micro sans fil de l'amphithéâtre ne capte plus rien depuis la conférence de \
         mardi, piles neuves comprises.\nM. Petit",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "projecting from tablets",
        "From: j.martin@ac-aix.example\nSubject: Projection depuis les tablettes",
        "Bonjour,\nLes enseignants voudraient pouvoir projeter l'écran de leur tablette sur le \
         vidéoprojecteur de leur salle, sans câble.\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "the hall's screen to show more",
        "From: paul.henry@ac-lille.example\nSubject: Écran d'affichage du hall",
        "Bonjour,\nL'écran d'affichage du hall devrait aussi montrer les absences des professeurs, \
         comme celui du collège voisin. Est-ce faisable ?\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a desk that never had a socket",
        "From: sandrine.morel@ac-paris.example\nSubject: Prise réseau salle 12",
        "Bonjour,\nLe bureau du professeur de la salle 12 n'a jamais eu de prise réseau : le poste \
         est relié par un câble qui traverse la salle. Pourrait-on en faire poser une ?\nS. \
         Morel, lycée Voltaire",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a copier stuck on A3 since an update",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Photocopieur - urgent",
        "Bonjour,\nDepuis la mise à jour d'hier soir, le photocopieur n'imprime plus qu'en A3, quel \
         que soit le réglage choisi.\nA. Leroux",
        NewIncident,
        Some(TresHaut),
        None,
    ),
];
