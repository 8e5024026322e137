//! The eighty-second aside part: written after the seventy-sixth round, before any change, in
//! about the issue's mix and in voices not used before (an impersonal administration's "il est
//! porté à votre connaissance", answers written inline under the desk's quoted questions, the
//! real point in a postscript, a mobile signature above the text, a long thanks for past work
//! before a new fault, an erratum, "le dossier semble au point mort"), in new content (the
//! agents' time clock, the design section's CAD licences, a block-building game's server for a
//! class, the pupils' association's accounts software, a digital sewing machine, the library's
//! touch table, an augmented reality app for history, a 4G router for trips, dictation software
//! for a dyslexic pupil, the school's web radio, the workshop's CNC lathe).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_82: &[Case] = &[
    // --- new reports ----------------------------------------------------------------------------
    case("request", "an impersonal administration", "From: marc.petit@ac-lyon.example\nSubject: Pointeuse des agents",
        "Madame, Monsieur,\nIl est porté à votre connaissance que la pointeuse des agents régionaux n'enregistre plus aucun badge depuis le 2 décembre. Les agents sont contraints de consigner leurs horaires sur papier.\nLe secrétariat général", NewIncident, None, None),
    case("request", "the point in a postscript", "From: j.martin@ac-aix.example\nSubject: Petite question",
        "Bonjour,\nMerci encore pour l'installation des postes du CDI, tout fonctionne.\nPS : la section bac pro aurait besoin de cinq licences supplémentaires du logiciel de CAO pour la rentrée de février, est-ce possible ?", NewRequest, None, None),
    case("request", "a mobile signature above the text", "From: sandrine.morel@ac-paris.example\nSubject: Serveur du jeu pour la 5e B",
        "Envoyé de mon téléphone\n\nBonjour, le professeur de technologie voudrait un petit serveur du jeu de construction en version éducation pour sa classe de 5e B, accessible seulement depuis le réseau pédagogique. Est-ce envisageable ?", NewRequest, None, None),
    case("request", "long thanks before a new fault", "From: anne.leroux@ac-bordeaux.example\nSubject: Merci et nouveau souci",
        "Bonjour,\nJe tenais d'abord à remercier le technicien venu mardi : il a été patient et tout a été expliqué aux collègues. Malheureusement, depuis son passage, le logiciel de comptabilité du foyer socio-éducatif refuse d'ouvrir le fichier de l'exercice en cours (« base corrompue »).\nBien à vous", NewIncident, None, None),
    case("request", "the sewing machine", "From: paul.henry@ac-lille.example\nSubject: Machine à coudre numérique",
        "Bonjour,\nLa machine à coudre numérique de la section mode ne reçoit plus les motifs envoyés depuis le poste : le transfert s'arrête à 50 % à chaque fois.\nUrgence : moyenne", NewIncident, Some(Moyen), None),
    case("request", "the touch table, a need told as a lack", "From: claire.dubois@ac-lyon.example\nSubject: Table tactile du CDI",
        "Bonjour,\nLa table tactile du CDI n'a aucun logiciel de lecture adapté aux élèves de sixième ; la documentaliste souhaiterait qu'on y installe les applications de lecture utilisées en primaire.\nPas urgent.", NewRequest, Some(Bas), None),
    case("request", "the code in the signature, spaced", "From: anne.leroux@ac-bordeaux.example\nSubject: Application de réalité augmentée",
        "Bonjour,\nL'application de réalité augmentée utilisée en histoire se ferme dès qu'on vise le plan du château avec les tablettes.\n\nA. Leroux\nCollège Montaigne — UAI 0330 789 D", NewIncident, None, Some("0330789D")),
    case("request", "a router for trips", "From: sandrine.morel@ac-paris.example\nSubject: Routeur 4G",
        "Bonjour,\nPour les sorties scolaires, nous aimerions disposer d'un routeur 4G afin que les élèves puissent rendre leurs travaux en ligne depuis le car. À qui faut-il s'adresser ?\nRNE : 0751043b", NewRequest, None, Some("0751043B")),
    case("request", "dictation software, a wrong check letter", "From: j.martin@ac-aix.example\nSubject: Logiciel de dictée",
        "Bonjour,\nUn élève dyslexique de 4e a une notification MDPH : il lui faut un logiciel de dictée vocale sur le portable prêté par le collège.\nÉtablissement 0130456B", NewRequest, None, None),
    case("request", "the web radio, blocking", "From: paul.henry@ac-lille.example\nSubject: URGENT webradio",
        "Bonjour,\nLa console de la webradio ne sort plus aucun son vers le stream, alors que l'émission en direct avec le maire est demain à 10 h.", NewIncident, Some(TresHaut), None),
    case("request", "the lathe, an error code", "From: claire.dubois@ac-lyon.example\nSubject: Tour numérique atelier",
        "Bonjour,\nLe poste qui pilote le tour numérique de l'atelier affiche « Erreur 0x80070057 » à l'envoi des programmes, la machine reste à l'arrêt.\nNiveau : 3/3", NewIncident, Some(TresHaut), None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "answers inline under the desk's questions", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-008201] Pointeuse des agents",
        "> Pouvez-vous préciser le modèle de la pointeuse ?\nC'est une Kelio Visio X7.\n> Le voyant réseau est-il allumé ?\nNon, il reste éteint.", FollowUp, None, None),
    case("intent", "an erratum", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-008202] Petite question",
        "Erratum : il s'agit de six licences et non de cinq, un collègue arrive en février.", FollowUp, None, None),
    case("intent", "the file at a standstill", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-008204] Merci et nouveau souci",
        "Bonjour,\nLe dossier semble au point mort depuis trois semaines et le trésorier du foyer doit clôturer ses comptes. Pouvez-vous faire avancer les choses ?", Reminder, None, None),
    case("intent", "the transfer goes to the end", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-008205] Machine à coudre numérique",
        "Bonjour,\nAprès la mise à jour du pilote, les motifs passent jusqu'au bout et la machine brode correctement. Vous pouvez fermer la demande.", ClosureConfirmation, None, None),
    case("intent", "the show went on air", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-008210] URGENT webradio",
        "Bonjour,\nL'émission a pu être diffusée en direct ce matin, le son est revenu après le changement de câble. Encore merci pour la réactivité.", ClosureConfirmation, None, None),
    case("intent", "still stopped after the visit", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-008211] Tour numérique atelier",
        "Bonjour,\nLe technicien est passé hier mais l'erreur revient dès le deuxième programme envoyé. Les élèves de terminale ne peuvent pas finir leurs pièces d'examen.", FollowUp, None, None),
    case("intent", "what remains open, for the board", "From: sandrine.morel@ac-paris.example\nSubject: Conseil d'administration",
        "Bonjour,\nPour le conseil d'administration de jeudi, pouvez-vous me transmettre l'état des signalements du lycée qui ne sont pas encore soldés ?", ListRequest, None, None),
    case("intent", "a date agreed", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-008209] Logiciel de dictée",
        "Bonjour,\nMardi 9 h nous convient, l'élève sera présent avec son ordinateur.", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "the pupil's parent", "From: famille.benali@fournisseur.example\nSubject: Ordinateur de mon fils",
        "Bonjour,\nL'ordinateur prêté à mon fils par le collège Mistral ne démarre plus depuis les vacances. Pouvez-vous le réparer ?", Unauthorised, None, None),
    case("spam", "a fake licence renewal", "From: Service Licences <renouvellement@licences-education.example>\nSubject: Vos licences CAO expirent dans 48 h",
        "Madame, Monsieur,\nLes licences de votre établissement expirent dans 48 heures. Pour éviter l'interruption du service, réglez la facture de 1 240 € via le lien sécurisé : https://licences-education.example/paiement", Spam, None, None),
    case("spam", "a prize in English", "From: Rewards Team <team@edu-rewards.example>\nSubject: Your school has been selected!",
        "Congratulations! Your school has been selected to receive 30 free tablets. Claim your prize before Friday: https://edu-rewards.example/claim", Spam, None, None),
];
