//! What a contractor's free-text reply says, for the workflow: pure keyword rules over its
//! text. (A school's answer to a closure is read by understanding: `Understanding::closure_answer`.)

pub use crate::ticket::ContractorNews;

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
}
