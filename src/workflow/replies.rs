//! What a contractor's or a school's free-text reply says, for the workflow: pure keyword
//! rules over the sender's own text (quoted history already cut by understanding).

pub use crate::ticket::{ClosureAnswer, ContractorNews};

fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            '’' => '\'',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

fn any(text: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| text.contains(n))
}

pub fn contractor_news(subject: &str, text: &str) -> ContractorNews {
    let all = fold(&format!("{subject}\n{text}"));
    const RESOLVED: &[&str] = &[
        "intervention terminee",
        "intervention realisee",
        "intervention effectuee",
        "cloture technique",
        "cloture de l'intervention",
        "probleme resolu",
        "incident resolu",
        "panne resolue",
        "travaux termines",
        "remis en service",
        "remise en service",
        "fonctionne de nouveau",
        "fonctionne a nouveau",
        "est retabli",
        "a ete remplace",
        "a ete remplacee",
        "work completed",
        "issue resolved",
        "fixed",
    ];
    const QUESTION: &[&str] = &[
        "pouvez-vous nous indiquer",
        "pourriez-vous nous indiquer",
        "merci de nous indiquer",
        "merci de nous communiquer",
        "merci de nous preciser",
        "pouvez-vous nous communiquer",
        "pouvez-vous confirmer",
        "pourriez-vous",
        "question pour l'etablissement",
        "nous avons besoin",
        "acces au local",
        "code d'acces",
        "could you",
        "please let us know",
    ];
    const TAKEN: &[&str] = &[
        "pris en charge",
        "prise en charge",
        "intervention planifiee",
        "intervention prevue",
        "passage prevu",
        "passera le",
        "technicien affecte",
        "technicien :",
        "rendez-vous",
        "planifie le",
        "scheduled",
        "assigned to",
    ];
    if any(&all, QUESTION) || (text.contains('?') && !any(&all, RESOLVED)) {
        ContractorNews::Question
    } else if any(&all, RESOLVED) {
        ContractorNews::Resolved
    } else if any(&all, TAKEN) {
        ContractorNews::TakenInCharge
    } else {
        ContractorNews::Other
    }
}

pub fn closure_answer(text: &str) -> ClosureAnswer {
    let t = fold(text);
    const BROKEN: &[&str] = &[
        "toujours en panne",
        "toujours pas",
        "ne fonctionne toujours",
        "ne marche toujours",
        "ne fonctionne pas",
        "ne marche pas",
        "pas resolu",
        "non resolu",
        "le probleme persiste",
        "probleme persiste",
        "la panne persiste",
        "encore en panne",
        "de nouveau en panne",
        "a nouveau en panne",
        "still broken",
        "not fixed",
        "not resolved",
        "still not working",
    ];
    const CONFIRMED: &[&str] = &[
        "resolu",
        "vous pouvez clore",
        "vous pouvez cloturer",
        "pouvez clore",
        "pouvez cloturer",
        "peut etre clos",
        "peut etre cloture",
        "fonctionne",
        "tout est rentre dans l'ordre",
        "c'est bon",
        "ok pour la cloture",
        "je confirme",
        "confirme la resolution",
        "fixed",
        "resolved",
        "works",
        "you can close",
    ];
    if any(&t, BROKEN) {
        ClosureAnswer::StillBroken
    } else if any(&t, CONFIRMED) {
        ClosureAnswer::Confirmed
    } else {
        ClosureAnswer::Unclear
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contractor_mails() {
        assert_eq!(
            contractor_news("RE: OT-2026-000123", "Intervention terminée, carte réseau remplacée."),
            ContractorNews::Resolved
        );
        assert_eq!(
            contractor_news(
                "OT-2026-000123",
                "Bonjour, pouvez-vous nous indiquer le code d'accès du local technique ?"
            ),
            ContractorNews::Question
        );
        assert_eq!(
            contractor_news(
                "OT-2026-000123",
                "Demande prise en charge. Technicien : M. Durand, passage prévu le 25/11."
            ),
            ContractorNews::TakenInCharge
        );
        assert_eq!(contractor_news("OT-2026-000123", "Bien reçu."), ContractorNews::Other);
        assert_eq!(contractor_news("Re: work order", "Work completed, switch replaced"), ContractorNews::Resolved);
    }

    #[test]
    fn school_answers_to_a_closure() {
        assert_eq!(closure_answer("Bonjour, c'est résolu, vous pouvez clôturer. Merci"), ClosureAnswer::Confirmed);
        assert_eq!(closure_answer("Tout fonctionne, merci !"), ClosureAnswer::Confirmed);
        assert_eq!(closure_answer("Le vidéoprojecteur est toujours en panne."), ClosureAnswer::StillBroken);
        assert_eq!(closure_answer("Ça ne fonctionne toujours pas"), ClosureAnswer::StillBroken);
        assert_eq!(closure_answer("Pas résolu du tout"), ClosureAnswer::StillBroken);
        assert_eq!(closure_answer("Je suis absente demain"), ClosureAnswer::Unclear);
    }
}
