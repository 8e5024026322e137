//! The urgency a sender states, in any of the ways people write it.
//!
//! Works on folded text (lower case, no accents): "Urgence : très haute", "Criticité moyenne",
//! "Degré d'urgence : moyen", a form cell "Niveau d'urgence<TAB>Moyen", a ticked box
//! "[ ] bas [X] moyen", "Priority: high", "Urgence : 2/3", or a bare "URGENT !!!" /
//! "pas urgent". An explicit level beats a bare "urgent"; the sender's own text beats the
//! subject. "En cas d'urgence" and "si c'est urgent" state nothing.

use std::sync::LazyLock;

use regex::{Captures, Regex, RegexSet};

use super::fold::{re, set_of};
use crate::understand::Urgency;

/// The three levels, as named groups; lowest first so that "pas urgent" is not read "urgent".
const VALUE: &str = r"(?:[1-5]\s*(?:/\s*[35]\s*)?[-.):/]?\s*\(?\s*)?(?:(?:plutot|assez|relativement|vraiment|tres|extremement|very|quite|fairly|rather|extremely|(?:la|le)\s+plus|au\s+plus)\s+)?(?:(?P<low>(?:pas|non|not|peu)[\s-]+(?:(?:tres|trop|si|vraiment|so|very)\s+)?(?:urgente?|bloquante?|prioritaire)|bas(?:se)?|faible|minime|mineure?|lowest|low|minor|none|[ps][34]|verte?|aucune?(?m:$))|(?P<high>rouge|majeure?|immediate?|tres\s*haute?|tres\s*elevee?|tres\s*urgente?|urgentissime|vitale?|critique|bloquante?|absolue|elevee?|haute?|maximale?|maximum|urgente?|forte?|highest|high|critical|[ps]1)|(?P<mid>orange|moyen(?:ne)?|normale?|moderee?|intermediaire|medium|moderate|standard|2\s*/\s*3|[ps]2))\b";

/// Between a label and its value: spaces, punctuation, and the coloured dots or warning
/// signs some forms put before a level ("Urgence : 🔴 très haut").
/// Never a box: a box belongs to the level beside it.
const SEPARATOR: &str = r"(?:[ \t:=|>*-]|[^\x00-\x7f\p{L}\p{N}\n☐☒☑✅■□✓✔✗✘]){0,8}";

/// A label then its value: on the same line after `:`, a tab (form cell), a dash or just a
/// space; or alone on its line with the value on the next. A bare "Niveau" is a label only
/// opening its line before `:` ("Niveau : moyen"): "le niveau moyen des élèves" states none.
static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:^|[^a-z])(?:(?m:^)[ \t*-]*niveau[ \t]*[:=]|niveau\s+d'urgence|niveau\s+d'alerte|degre(?:\s+d'urgence)?|niveau\s+de\s+(?:priorite|criticite|gravite)|urgence|u(?:rg|gr|g)(?:e|a)?n[cs]e|criticite|priorite|prio|urgency|priority|gravite|severity|severite|importance)(?:\s+(?:de\s+la\s+demande|du\s+probleme|de\s+l'incident|(?:estimee?|ressentie?|souhaitee?|demandee?|jugee?|evaluee?)(?:\s+par\s+(?:l'etablissement|le\s+college|le\s+lycee|l'ecole|la\s+direction|le\s+demandeur|nous|moi))?|level|niveau|(?:pour|selon)\s+(?:nous|moi|l'etablissement|le\s+college|le\s+lycee|l'ecole)|a\s+nos\s+yeux))?(?:\s*\([^)\n]{{0,60}}\))?(?:{SEPARATOR}(?:(?:est|devient|passe)\s+)?(?:(?:desormais|maintenant|a\s+present|donc|devenue?|passee?\s+a)\s+)?|[ \t:*]*\n(?:[ \t]*\n)?[ \t*]*){VALUE}"
    ))
});

/// An impact stated as a label ("Impact : élevé", ITIL's other axis beside urgency): the
/// level when no urgency is labelled, as a desk reads a form that asks for impact alone. A
/// separator is required: "l'impact élevé de la panne" states no level.
static IMPACT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:^|[^a-z])(?:niveau\s+d'impact|impact(?:\s+(?:sur\s+l'etablissement|sur\s+le\s+service|estime|metier))?)[ \t]*[:=|-][ \t]*(?:[^\n(]{{0,40}}\(\s*)?{VALUE}"
    ))
});

/// A ticked box: `[X]`, `(x)`, `☒`.
const TICKED_BOX: &str = r"(?:\[\s*[x✓✔✗✘]\s*\]|\(\s*x\s*\)|[☒☑✅■])";
/// A ticked box before a level: `[X] moyen`, `(x) bas`, `☒ très haut`, `[x] Urgence moyenne`.
static TICKED: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"{TICKED_BOX}\s*(?:(?:urgence|priorite|niveau|urgency|priority)\s*:?\s*)?{VALUE}")));

/// A level, then a box: `bas [ ] moyen [x] très haut [ ]`.
const BOX: &str = r"(?:\[[^\]\n]{0,3}\]|\([^)\n]{0,3}\)|[☐☒☑✅■□])";
/// A line whose boxes follow their levels: its first level comes before any box.
static BOXES_FOLLOW: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?m)^[ \t*-]*(?:[a-z' ]{{0,30}}[:=-]?[ \t]*)?(?:bas(?:se)?|faible|moyen(?:ne)?|normale?|tres\s+haute?|haute?|elevee?|urgente?|critique)\s*{BOX}"
    ))
});
static TICKED_AFTER: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"{VALUE}\s*{TICKED_BOX}")));

/// The level of the ticked box: the one after it, or before it in a form whose boxes follow
/// their levels. A ticked box is the most explicit statement: the unticked lines of the form
/// ("[ ] Urgence basse") are labels too, and must not win by coming first.
fn ticked(text: &str) -> Option<(Urgency, std::ops::Range<usize>)> {
    let boxes = if BOXES_FOLLOW.is_match(text) { &*TICKED_AFTER } else { &*TICKED };
    let c = boxes.captures(text)?;
    Some((level(&c)?, c.get(0)?.range()))
}

/// `high priority`, `haute priorité`.
static BEFORE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?P<high>high|highest|top|utmost|haute|tres\s+haute|urgent)|(?P<mid>medium|normal|moyenne)|(?P<low>low|basse|faible))\s+(?:priority|priorite|urgency)\b",
    )
});

/// A bracketed subject tag naming a level: `[CRITIQUE]`, `[BLOQUANT]`, `[Non urgent]`,
/// `[P1]`, `[URGENT/BLOQUANT]`, `[HIGH]`, `[Basse]`.
static TAG: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\[\s*(?:(?P<low>non[\s-]+urgente?|pas[\s-]+urgente?|faible|mineure?|low|lowest|basse?|p[34])|(?P<high>tres\s+urgente?|urgente?|critique|critical|bloquante?|blocking|prioritaire|p1|urgence|(?:tres\s+)?haute?|high|highest|elevee?)|(?P<mid>moyenne?|normale?|medium|p2))\s*(?:[/|,&+-]\s*[a-z ]{1,20})?\s*\]",
    )
});

/// A priority's rank followed by its level in words: `P2 - moyenne`, `P1 : critique`; the words
/// decide.
static RANK_SAID: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bp[1-4]\s*[-:/(]\s*(?:(?P<high>(?:tres\s+)?haute|elevee?|urgente?|critique|bloquante?|majeure?|high|critical)|(?P<mid>moyenne|normale|moderee?|medium)|(?P<low>basse|faible|mineure?|low|minor))\s*(?:[\n.,;!)\]|-]|(?m:$))",
    )
});

/// A number after a label, with its meaning in words: `Urgence : 1 (la plus haute)`,
/// `Criticité : niveau 1 (bloquant)`. The words say which end of the scale the number is,
/// whatever the number.
static EXPLAINED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:urgence|priorite|prio|criticite|gravite|urgency|priority|severity)\s*[:=-]?\s*(?:niveau\s+|level\s+|n[o°]\s*)?[1-5]\s*\(\s*(?:(?:la|le|the)\s+plus\s+|the\s+)?(?:(?P<high>haute?|elevee?|urgente?|forte?|importante?|critique|critical|bloquante?|blocking|majeure?|maximum|max|highest)|(?P<low>basse?|faible|mineure?|minor|minimum|min|lowest))\s*\)",
    )
});

/// The scale given before the level, in figures (`Urgence (1-3) : 3`, `Priorité (de 1 à 5) :
/// 2`) or spelled out (`Degré d'urgence (1 faible, 2 moyen, 3 élevé) : 2`): spelled, the words
/// the scale gives the number decide, whichever way it runs.
static SCALE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:niveau\s+d'urgence|degre\s+d'urgence|urgence|priorite|criticite|gravite|urgency|priority|severity)\s*\((?P<scale>[^)\n]{3,80})\)\s*[:=-]?\s*(?P<n>[1-5])\b",
    )
});
/// A scale in figures: `1-3`, `de 1 à 5`.
static RANGE: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*(?:de\s+)?1\s*(?:-|a|/|to)\s*(?P<of>[345])\s*$"));
/// One step of a spelled scale: `2 moyen`, `3 = élevé`, `1 (faible)`.
static STEP: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?P<k>[1-5])\s*[:=-]?\s*\(?\s*(?P<w>[a-z][a-z' ]{1,24}?)\s*\)?\s*(?:[,;/]|$)"));
/// A level word alone.
static LEVEL_WORD: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"^\s*{VALUE}")));

fn scale_first(text: &str) -> Option<(std::ops::Range<usize>, Urgency)> {
    let c = SCALE_FIRST.captures(text)?;
    let (n, scale) = (&c["n"], &c["scale"]);
    let level = match RANGE.captures(scale) {
        Some(range) => on_scale(number(n)?, number(&range["of"])?)?,
        None => {
            let step = STEP.captures_iter(scale).find(|s| &s["k"] == n)?;
            level(&LEVEL_WORD.captures(step.name("w")?.as_str())?)?
        }
    };
    Some((c.get(0)?.range(), level))
}

/// A priority rank in parentheses: `Site annexe (P3)`. Other words in parentheses are no
/// tag ("signal (faible)" describes the signal).
static PAREN_RANK: LazyLock<Regex> = LazyLock::new(|| re(r"\(\s*(?:(?P<low>p[34])|(?P<high>p1)|(?P<mid>p2))\s*\)"));

/// A level on a numbered scale after a label: `Urgence : 2 sur 3`, `Priorité 4/5`, `4/4`, `deux
/// sur trois`; a bare "Niveau" opening a line is a label too (`Niveau : 3/3`), a scale being
/// no class's level.
static SCALE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:\b(?:niveau\s+d'urgence|urgence|criticite|priorite|prio|urgency|priority|gravite|severity)|(?m:^)[ \t*-]*niveau)\s*[:=-]?\s*(?:de\s+|niveau\s+)?(?P<n>[1-5]|une?|deux|trois|quatre|cinq)\s*(?:/|sur|out\s+of)\s*(?P<of>[345]|trois|quatre|cinq)\b",
    )
});

/// Stars after a label: `Urgence : ★★★`, `Priorité : ★★☆☆☆` (filled of all drawn; three
/// when only filled ones are drawn).
static STARS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:niveau\s+d'urgence|urgence|criticite|priorite|urgency|priority|gravite|severity)\s*[:=-]?\s*(?P<full>[★⭐]{1,5})(?P<empty>[☆]{0,4})",
    )
});

fn stars(text: &str) -> Option<(std::ops::Range<usize>, Urgency)> {
    let c = STARS.captures(text)?;
    let full = c.name("full")?.as_str().chars().count();
    let of = (full + c.name("empty").map_or(0, |m| m.as_str().chars().count())).max(3);
    let level = match (of, full) {
        (3, 1) | (4, 1) | (5, 1 | 2) => Urgency::Bas,
        (3, 2) | (4, 2) | (5, 3) => Urgency::Moyen,
        _ => Urgency::TresHaut,
    };
    Some((c.get(0)?.range(), level))
}

/// A number after a label, without its scale: a degree of urgency (`Urgence niveau 2`: the
/// desk's three levels, 3 the highest) or a priority's rank (`Prio 1`: first, the highest).
static RANKED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?P<degree>niveau\s+d'urgence|degre\s+d'urgence|urgence|criticite|gravite|urgency|severity)|(?P<rank>priorite|prio|priority))\s*[:=-]?\s*(?:niveau\s+|level\s+|n[o°]\s*)?(?P<n>[1-3])\s*(?:$|[\n.,;!)\](-])",
    )
});

/// A bare "urgent", "en urgence", "bloquant", "la situation est critique", "ASAP", a subject
/// opening with "CRITIQUE -", "critique" as a tag: in parentheses ("Imprimante (critique)"),
/// or after a dash or colon that ends the line ("Serveur - critique"); "à traiter en priorité" as
/// a label (a plea, "merci de traiter en priorité", hurries a ticket without stating a level).
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:a\s+(?:regler|traiter|reparer|resoudre|faire)|intervention|reparation)\s+(?:dans\s+la\s+journee|aujourd'hui\s+(?:si\s+possible|imperativement|sans\s+faute)|avant\s+ce\s+soir)\b|\b(?:(?:tres|extremement|super|really|very|totalement|completement)\s+)?(?:urg[ea]nt(?:e|issime)?|urgen|urgt|en\s+urgence|de\s+toute\s+urgence|bloquante?s?|prioritaire)\b|\burgence\s*!|\b(?:est|c'est|devient|situation|vraiment|tres)\s+critique\b|\basap\b|\b(?:this|it|that)\s+is\s+(?:completely\s+|totally\s+)?blocking\b|\bblocking\s+(?:issue|problem|incident)\b|\bblocker\b|^\s*(?:critique|critical)\s*(?:[-:!]|$)|\(\s*(?:critique|critical)\s*\)|\ba\s+(?:traiter|regler|reparer|prendre\s+en\s+charge)\s+en\s+(?:toute\s+)?priorite\b|\ben\s+priorite\s+absolue\b|\b(?:delai|intervention|traitement)(?:\s+(?:souhaitee?|attendue?|demandee?))?\s*[:=-]\s*(?:immediate?|tout\s+de\s+suite|sans\s+delai|au\s+plus\s+vite)\b|\ba\s+traiter\s+sans\s+delai\b|[-–:]\s*(?:critique|critical)\s*!*(?m:$)",
    )
});

/// A negation right before a bare "urgent": then the level is low.
static NEGATED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:pas|pa|plus|non|not|peu|rien|guere|nullement|aucunement)[\s-]+(?:d'\s*)?(?:(?:tres|trop|si|vraiment|du\s+tout|so|very|really)\s+)?$",
    )
});
/// A hedge right before a bare "urgent" ("assez urgent", "plutôt urgent", "fairly urgent"):
/// urgent, but not the highest level.
static HEDGED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:assez|plutot|relativement|moyennement|moderement|un\s+peu|semi|quite|fairly|somewhat|rather|moderately|mildly)[\s-]*$",
    )
});
/// Thanks for urgent help: the help was urgent, the mail states no level.
static THANKED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:thanks?\s+(?:you\s+)?for\s+(?:the|your)|merci\s+(?:pour|de)\s+(?:votre|cette|l'|la|le|ce))\s*(?:\w+\s+){0,2}$",
    )
});
/// The word written somewhere, not said: "j'ai mis urgent par réflexe", "coché urgent".
static MENTIONED: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:mis|mettre|ecrit|marque|note|coche|tape|indique)\s*(?:[«\x22]\s*)?$"));
/// A condition before it ("si c'est urgent", "en cas de problème urgent"): nothing stated.
static CONDITIONAL: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:si|if|cas|est-ce|is\s+it|lorsque|quand|when)\b[^.!?\n]{0,25}$"));

/// The stated urgency, from folded subject and folded own text.
/// A bare word in the text that takes back the subject's ("URGENT souris" then "finalement
/// pas si urgent", "Souris (pas urgent)" then "finalement c'est très urgent", "[Urgent]" then
/// "rien d'urgent en fait") decides before it, tag or not.
pub(crate) fn find(subject: &str, own_text: &str) -> Option<Urgency> {
    explicit(own_text)
        .or_else(|| taken_back(subject, own_text))
        .or_else(|| explicit(subject))
        .or_else(|| impact(own_text))
        .or_else(|| bare(subject))
        .or_else(|| bare(own_text))
        .map(|(u, _)| u)
}

/// A labelled impact in the text.
fn impact(own_text: &str) -> Option<(Urgency, std::ops::Range<usize>)> {
    let c = IMPACT.captures(own_text)?;
    Some((level(&c)?, c.get(0)?.range()))
}

/// A level said in bare words in the text that differs from the subject's.
fn taken_back(subject: &str, own_text: &str) -> Option<(Urgency, std::ops::Range<usize>)> {
    let said = bare(subject)?.0;
    bare(own_text).filter(|(u, _)| *u != said)
}

/// Every statement of urgency, in the order [`find`] trusts them (the first decides): each
/// with where it is and the words (folded) that say it.
pub(crate) fn evidence(subject: &str, own_text: &str) -> Vec<(Urgency, &'static str, String)> {
    let phrase = |text: &str, range: std::ops::Range<usize>| text[range].trim().to_string();
    [
        (explicit(own_text), "label or ticked box in the text", own_text),
        (taken_back(subject, own_text), "a bare word in the text taking back the subject's", own_text),
        (explicit(subject), "label in the subject", subject),
        (impact(own_text), "impact label in the text", own_text),
        (bare(subject), "\"urgent\" in the subject", subject),
        (bare(own_text), "\"urgent\" in the text", own_text),
    ]
    .into_iter()
    .filter_map(|(found, rule, text)| found.map(|(u, range)| (u, rule, phrase(text, range))))
    .collect()
}

/// The patterns [`explicit`] reads by position, in the order that breaks a tie at one place:
/// the scale given first, then a number explained in words before the number alone.
static BY_POSITION: LazyLock<[&'static Regex; 8]> =
    LazyLock::new(|| [&*EXPLAINED, &*RANK_SAID, &*SCALE, &*LABELLED, &*BEFORE_LABEL, &*TAG, &*PAREN_RANK, &*RANKED]);

/// Every pattern of [`explicit`] in one set: one scan says which can match, and most texts,
/// labelling nothing, are passed over without a scan for each. Boxes first, then the scale
/// given first, [`BY_POSITION`], the stars.
static EXPLICIT: LazyLock<RegexSet> = LazyLock::new(|| {
    let mut all = vec![&*TICKED, &*TICKED_AFTER, &*SCALE_FIRST];
    all.extend(BY_POSITION.iter());
    all.push(&*STARS);
    set_of(&all)
});

/// A column of a table that names the level.
static COLUMN: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:niveau\s+d'urgence|urgence|priorite|criticite|gravite|urgency|priority|severity)$"));

/// A level in a table pasted with pipes, under the column that names it: "Équipement | Salle |
/// Urgence" then "Copieur | 104 | Haute" (a rule of dashes between them skipped).
fn table_cell(text: &str) -> Option<(std::ops::Range<usize>, Urgency)> {
    if !text.contains('|') {
        return None;
    }
    let rule = |line: &str| line.trim().chars().all(|c| matches!(c, '-' | '|' | ':' | '+' | ' ' | '='));
    let mut lines = text.split('\n').scan(0, |at, line| {
        let start = *at;
        *at += line.len() + 1;
        Some((start, line))
    });
    while let Some((_, header)) = lines.next() {
        let Some(column) = header.split('|').position(|cell| COLUMN.is_match(cell.trim())) else { continue };
        let (start, row) = lines.by_ref().find(|(_, line)| !rule(line))?;
        if !row.contains('|') {
            return None;
        }
        let mut from = start;
        let (at, cell) = row
            .split('|')
            .map(|cell| {
                let at = from;
                from += cell.len() + 1;
                (at, cell)
            })
            .nth(column)?;
        let c = LEVEL_WORD.captures(cell).filter(|c| c.get(0).is_some_and(|m| cell[m.end()..].trim().is_empty()))?;
        return Some((at..at + cell.len(), level(&c)?));
    }
    None
}

/// First labelled level or ticked box, by position.
fn explicit(text: &str) -> Option<(Urgency, std::ops::Range<usize>)> {
    let table = table_cell(text);
    let can = EXPLICIT.matches(text);
    if !can.matched_any() {
        return table.map(|(range, level)| (level, range));
    }
    if let Some(found) = (can.matched(0) || can.matched(1)).then(|| ticked(text)).flatten() {
        return Some(found);
    }
    can.matched(2)
        .then(|| scale_first(text))
        .flatten()
        .into_iter()
        .chain(
            BY_POSITION
                .iter()
                .enumerate()
                .filter(|(i, _)| can.matched(3 + i))
                .filter_map(|(_, re)| re.captures(text))
                .filter_map(|c| Some((c.get(0)?.range(), level(&c)?))),
        )
        .chain(can.matched(3 + BY_POSITION.len()).then(|| stars(text)).flatten())
        .chain(table)
        .min_by_key(|(range, _)| range.start)
        .map(|(range, level)| (level, range))
}

/// A number written in figures or in words.
fn number(s: &str) -> Option<u32> {
    match s {
        "un" | "une" => Some(1),
        "deux" => Some(2),
        "trois" => Some(3),
        "quatre" => Some(4),
        "cinq" => Some(5),
        _ => s.parse().ok(),
    }
}

/// `n` on a scale of 1 to `of`: the higher, the more urgent (1–3 of 3, 1–4 of 4, 1–5 of 5).
fn on_scale(n: u32, of: u32) -> Option<Urgency> {
    match (of, n) {
        (3, 1) | (4, 1) | (5, 1 | 2) => Some(Urgency::Bas),
        (3, 2) | (4, 2 | 3) | (5, 3) => Some(Urgency::Moyen),
        (3, 3) | (4, 4) | (5, 4 | 5) => Some(Urgency::TresHaut),
        _ => None,
    }
}

fn level(c: &Captures<'_>) -> Option<Urgency> {
    if let Some(n) = c.name("n").filter(|_| c.name("of").is_none()).and_then(|n| number(n.as_str())) {
        let degree = if c.name("rank").is_some() { 4 - n } else { n };
        return [Urgency::Bas, Urgency::Moyen, Urgency::TresHaut].get(degree.checked_sub(1)? as usize).copied();
    }
    if let (Some(n), Some(of)) = (c.name("n"), c.name("of")) {
        return on_scale(number(n.as_str())?, number(of.as_str())?);
    }
    if c.name("low").is_some() {
        Some(Urgency::Bas)
    } else if c.name("mid").is_some() {
        Some(Urgency::Moyen)
    } else if c.name("high").is_some() {
        Some(Urgency::TresHaut)
    } else {
        None
    }
}

/// "Sans urgence", "pas pressé", "ça peut attendre", "quand vous aurez le temps": low, said without the word "urgent".
static UNHURRIED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:sans|aucune|nulle)\s+urgence\b|\bpas\s+d'urgence\b|\b(?:pas|aucun|sans)\s+(?:de\s+|d')?caractere\s+(?:d'urgence|urgent|prioritaire)\b|\bpas\s+(?:tres\s+|si\s+)?presse\b|\brien\s+(?:de\s+)?presse\b|\brien\s+ne\s+presse\b|\bne\s+presse\s+pas\b|\bpas\s+pressant\b|\b(?:ca|cela|ceci|qui|il|elle)\s+peut\s+(?:largement\s+|bien\s+|tout\s+a\s+fait\s+)?attendre\b|\bquand\s+vous\s+(?:en\s+)?aurez\s+(?:le\s+temps|un\s+moment)\b|\ba\s+votre\s+convenance\b|\bwhen\s+you\s+(?:have|get)\s+(?:time|a\s+(?:moment|chance))\b|\bno\s+rush\b",
    )
});

/// "Urgence relative.": a middle level said in words; not "priorité relative aux examens".
/// "Sous 48 h si possible": a delay of two or three days asked is the middle of the desk's
/// deadlines (one to five working days by urgency). "Pas urgent pour la classe, mais bloquant
/// pour un élève": the urgency denied, then a blocking harm stated against it, meets in the
/// middle (a "mais c'est gênant" stays low).
static MODERATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:pas|non|not)\s+(?:(?:tres|si|vraiment|so|very)\s+)?urgente?\b[^.!?\n]{0,40}\b(?:mais|but)\s+(?:(?:[a-z']+\s+){0,2}?(?:tres\s+|vraiment\s+|quand\s+meme\s+)?(?:bloquante?|penalisante?|handicapante?|blocking))\b|\b(?:urgence|priorite)\s+(?:toute\s+)?relative\s*(?:[.,;:!)]|(?m:$)|mais\b|car\b)|\b(?:sous|dans\s+les|d'ici)\s+(?:48|72)\s*h(?:eures)?\s+(?:si\s+possible|maximum|max|au\s+plus\s+tard)\b|\b(?:urgence|delai)\s*:\s*(?:sous|dans\s+les|d'ici)\s+(?:48|72)\s*h(?:eures)?\b",
    )
});

fn bare(text: &str) -> Option<(Urgency, std::ops::Range<usize>)> {
    if let Some(m) = UNHURRIED.find(text) {
        return Some((Urgency::Bas, m.range()));
    }
    if let Some(m) = MODERATE.find(text) {
        return Some((Urgency::Moyen, m.range()));
    }
    for m in BARE.find_iter(text) {
        let before = &text[..m.start()];
        let window = tail(before, 40);
        if NEGATED.is_match(window) {
            let start = m.start() - NEGATED.find(window).map_or(0, |n| window.len() - n.start());
            return Some((Urgency::Bas, start..m.end()));
        }
        if CONDITIONAL.is_match(window) || THANKED.is_match(window) || MENTIONED.is_match(window) {
            continue;
        }
        if HEDGED.is_match(window) {
            return Some((Urgency::Moyen, m.range()));
        }
        return Some((Urgency::TresHaut, m.range()));
    }
    None
}

/// The last `max` bytes of `s` or a little less, on a character boundary.
fn tail(s: &str, max: usize) -> &str {
    let mut from = s.len().saturating_sub(max);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    &s[from..]
}

#[cfg(test)]
mod tests {
    use super::super::fold::fold;
    use super::*;
    use Urgency::*;

    fn urgency(subject: &str, text: &str) -> Option<Urgency> {
        find(&fold(subject), &fold(text))
    }

    #[test]
    fn labelled_levels_any_spelling() {
        assert_eq!(urgency("", "URGENCE: TRES HAUTE"), Some(TresHaut));
        assert_eq!(urgency("", "Degré d’urgence = faible"), Some(Bas));
        assert_eq!(urgency("", "criticité élevée, merci"), Some(TresHaut));
        assert_eq!(urgency("", "Urgence jugée par la direction : basse"), Some(Bas));
        assert_eq!(urgency("", "Niveau d'urgence évalué par le lycée : bas"), Some(Bas));
        assert_eq!(urgency("", "Priorité : normale"), Some(Moyen));
        assert_eq!(urgency("", "Niveau de priorité - Basse"), Some(Bas));
        assert_eq!(urgency("", "Priority: High"), Some(TresHaut));
        assert_eq!(urgency("", "Urgency : low"), Some(Bas));
        assert_eq!(urgency("", "Urgency level: medium"), Some(Moyen));
        // Whose judgement it is, between the label and its value.
        assert_eq!(urgency("", "Importance pour nous : faible"), Some(Bas));
        assert_eq!(urgency("", "Priorité : la plus basse"), Some(Bas));
        assert_eq!(urgency("", "Urgence : immédiate"), Some(TresHaut));
        assert_eq!(urgency("", "Niveau d'alerte : rouge"), Some(TresHaut));
        assert_eq!(urgency("", "L'écran clignote. Urgence relative."), Some(Moyen));
        assert_eq!(urgency("", "Priorité relative aux examens : le serveur d'abord."), None);
        // A delay asked: the day itself is the highest level, two or three days the middle.
        assert_eq!(urgency("", "Plus de réseau. À régler dans la journée si possible."), Some(TresHaut));
        assert_eq!(urgency("", "Urgence : sous 48 h si possible"), Some(Moyen));
        assert_eq!(urgency("", "Merci de le réparer sous 48 h maximum."), Some(Moyen));
        assert_eq!(urgency("", "Le technicien est passé dans la journée."), None);
        assert_eq!(urgency("", "Le prestataire s'engage à intervenir sous 48 h."), None);
        assert_eq!(urgency("", "Urgency: none"), Some(Bas));
        assert_eq!(urgency("", "Sans alerte, le poste s'éteint."), None);
        // A scale spelled out before the answer: its words decide, whichever way it runs.
        assert_eq!(urgency("", "Degré d'urgence (1 faible, 2 moyen, 3 élevé) : 2"), Some(Moyen));
        assert_eq!(urgency("", "Priorité (1 = haute, 2 = moyenne, 3 = basse) : 1"), Some(TresHaut));
        assert_eq!(urgency("", "Urgence (1 : faible ; 2 : forte) : 1"), Some(Bas));
        assert_eq!(urgency("", "Urgence : la plus haute"), Some(TresHaut));
        assert_eq!(urgency("", "Urgence selon nous : très haute"), Some(TresHaut));
        assert_eq!(urgency("", "Une importance pour nous : le réseau du CDI."), None);
        assert_eq!(urgency("", "l'urgence est plutôt moyenne"), Some(Moyen));
        assert_eq!(urgency("", "L'écran reste noir. Assez urgent."), Some(Moyen));
        assert_eq!(urgency("Salle 4", "c'est plutôt urgent, merci"), Some(Moyen));
        assert_eq!(urgency("", "Somewhat urgent: the till is down."), Some(Moyen));
        assert_eq!(urgency("", "C'est semi-urgent."), Some(Moyen));
        assert_eq!(urgency("", "Urgence : ★★★"), Some(TresHaut));
        assert_eq!(urgency("", "Priorité : ★☆☆"), Some(Bas));
        assert_eq!(urgency("", "Urgence : ★★☆☆☆"), Some(Bas));
        assert_eq!(urgency("", "Urgence : ★★"), Some(Moyen));
        assert_eq!(urgency("", "Urgence : pas urgent du tout"), Some(Bas));
        assert_eq!(urgency("", "Priorité : 2 - Moyenne"), Some(Moyen));
        assert_eq!(urgency("", "Urgence (bas / moyen / très haut) : très haut"), Some(TresHaut));
        // The middle of three levels, whichever way the scale runs.
        assert_eq!(urgency("", "Degré d'urgence : 2/3"), Some(Moyen));
        // A scale of four: its ends are the levels' ends.
        assert_eq!(urgency("", "Niveau d'urgence : 4/4"), Some(TresHaut));
        assert_eq!(urgency("", "La machine reste à l'arrêt.\nNiveau : 3/3"), Some(TresHaut));
        assert_eq!(urgency("", "Les élèves de niveau 3/4 n'ont pas de compte."), None);
        assert_eq!(urgency("", "Niveau : seconde, classe 2/3"), None);
        assert_eq!(urgency("", "Le scanner n'envoie plus.\nNiveau : moyen\nPaul"), Some(Moyen));
        assert_eq!(urgency("", "Niveau : élevé"), Some(TresHaut));
        assert_eq!(urgency("", "Le niveau moyen des élèves baisse."), None);
        assert_eq!(urgency("", "Classe de seconde, niveau : moyen en maths"), None);
        assert_eq!(urgency("", "Niveau : seconde"), None);
        assert_eq!(urgency("", "Urgence : 1/4"), Some(Bas));
        assert_eq!(urgency("", "Une souris manque. Sans urgence."), Some(Bas));
        assert_eq!(urgency("Clavier (pas pressé)", ""), Some(Bas));
        assert_eq!(urgency("", "Étiquettes à refaire quand vous aurez le temps."), Some(Bas));
        assert_eq!(urgency("CRITIQUE - serveur de sauvegarde", ""), Some(TresHaut));
        assert_eq!(urgency("Switch down ASAP", ""), Some(TresHaut));
        assert_eq!(urgency("", "Urgency: very high."), Some(TresHaut));
        assert_eq!(urgency("", "Urgency: fairly low."), Some(Bas));
        assert_eq!(urgency("", "Une critique du logiciel de notes."), None);
        assert_eq!(urgency("Imprimante secrétariat (critique)", ""), Some(TresHaut));
        assert_eq!(urgency("Serveur de notes - CRITIQUE", ""), Some(TresHaut));
        assert_eq!(urgency("", "Le serveur (critique pour les examens) redémarre."), None);
        assert_eq!(urgency("Philosophie - la critique", ""), None);
        assert_eq!(urgency("", "Esprit critique : séance annulée."), None);
        // Priority codes after a label, as ticketing tools write them.
        assert_eq!(urgency("", "Il en faudrait une.\nUrgence : P2"), Some(Moyen));
        assert_eq!(urgency("", "Priorité : P3"), Some(Bas));
        assert_eq!(urgency("", "Urgence : P1"), Some(TresHaut));
        // Severities as ITIL tools number them, S1 the gravest.
        assert_eq!(urgency("", "Plus aucune connexion.\nSévérité : S1"), Some(TresHaut));
        assert_eq!(urgency("", "Gravité : S3"), Some(Bas));
        // "Degré" alone as the label, as some forms write it; a temperature is no level.
        assert_eq!(urgency("", "Le lecteur ne lit plus aucune carte.\nDegré : élevé"), Some(TresHaut));
        assert_eq!(urgency("", "Il fait 30 degrés dans le local serveur."), None);
        assert_eq!(urgency("", "Le poste S1 de la salle 4 est lent."), None);
        assert_eq!(
            urgency("", "Écran noir au démarrage.\nÀ traiter en priorité, l'épreuve est mardi."),
            Some(TresHaut)
        );
        assert_eq!(urgency("", "Les messages ne partent toujours pas. Merci de traiter en priorité."), None);
        assert_eq!(urgency("", "Nous voudrions en priorité un écran pour la salle 3."), None);
        assert_eq!(urgency("", "Ce n'est pas à traiter en priorité."), Some(Bas));
        // An impact labelled, when no urgency is: ITIL's other axis, read as the level.
        assert_eq!(urgency("", "Plus d'internet.\nImpact : élevé (tout l'établissement)"), Some(TresHaut));
        assert_eq!(urgency("", "Impact sur l'établissement : faible"), Some(Bas));
        assert_eq!(urgency("", "Impact : faible\nUrgence : haute"), Some(TresHaut));
        assert_eq!(urgency("", "Impact : toute la salle 12 est privée de réseau."), None);
        assert_eq!(urgency("", "L'impact élevé de la panne sur les cours."), None);
        assert_eq!(urgency("", "Impact : tout l'établissement (élevé)"), Some(TresHaut));
        assert_eq!(urgency("", "Impact : la salle 4 (30 élèves)"), None);
    }

    #[test]
    fn abbreviations_ranks_and_scales_in_words() {
        assert_eq!(urgency("[Prio haute] Serveur", ""), Some(TresHaut));
        assert_eq!(urgency("", "Prio : basse"), Some(Bas));
        // A priority's rank: 1 is the first; a degree of urgency: 3 is the highest.
        assert_eq!(urgency("Wifi - prio 1", ""), Some(TresHaut));
        assert_eq!(urgency("", "Priorité 3."), Some(Bas));
        assert_eq!(urgency("", "Urgence niveau 2"), Some(Moyen));
        assert_eq!(urgency("", "Urgence : 3\nMerci"), Some(TresHaut));
        assert_eq!(urgency("", "Urgence : deux sur trois"), Some(Moyen));
        assert_eq!(urgency("", "urgence 1 sur 3"), Some(Bas));
        assert_eq!(urgency("", "Urgence : 🔴 très haut"), Some(TresHaut));
        // A room number is not a rank.
        assert_eq!(urgency("", "Urgence : salle 2 sans réseau"), None);
        assert_eq!(urgency("", "Urgence : 3 postes en panne"), None);
        assert_eq!(urgency("", "Priorité 2026-000123"), None);
        // The words beside the number say which end of the scale it is.
        assert_eq!(urgency("", "Urgence : 1 (la plus haute)"), Some(TresHaut));
        assert_eq!(urgency("", "Priorité : 3 (la plus basse)"), Some(Bas));
        assert_eq!(urgency("", "Criticité : niveau 1 (bloquant)"), Some(TresHaut));
        assert_eq!(urgency("", "Severity: level 3 (minor)"), Some(Bas));
        // The scale before the level; a colour of the traffic light.
        assert_eq!(urgency("", "Urgence (1-3) : 3"), Some(TresHaut));
        assert_eq!(urgency("", "Priorité (de 1 à 5) : 2"), Some(Bas));
        assert_eq!(urgency("", "Niveau d'urgence : orange (moyen)"), Some(Moyen));
        assert_eq!(urgency("", "Urgence : rouge"), Some(TresHaut));
        // A rank in parentheses; other words there describe.
        assert_eq!(urgency("Site annexe (P3)", ""), Some(Bas));
        assert_eq!(urgency("Serveur HS (p1)", ""), Some(TresHaut));
        assert_eq!(urgency("Signal wifi (faible) au CDI", ""), None);
    }

    #[test]
    fn form_cells_and_next_line_values() {
        assert_eq!(urgency("", "Gravité\tCritique\n"), Some(TresHaut));
        assert_eq!(urgency("", "Niveau d'urgence :\n\nMoyen\n"), Some(Moyen));
    }

    #[test]
    fn ticked_boxes() {
        assert_eq!(urgency("", "Urgence : [ ] bas [ ] moyen [x] très haut"), Some(TresHaut));
        assert_eq!(urgency("", "Urgence :\n( ) basse\n(X) moyenne\n"), Some(Moyen));
        assert_eq!(urgency("", "Priorité ☐ haute ☒ basse"), Some(Bas));
        // Boxes after their levels.
        assert_eq!(urgency("", "Urgence : bas [ ] moyen [x] très haut [ ]"), Some(Moyen));
        assert_eq!(urgency("", "Urgence :\nbasse ( )\nmoyenne ( )\ntrès haute (X)"), Some(TresHaut));
        assert_eq!(urgency("", "Urgence : [ ] bas [x] moyen [ ] très haut"), Some(Moyen));
        assert_eq!(urgency("", "[ ] Urgence basse\n[x] Urgence moyenne\n[ ] Urgence très haute"), Some(Moyen));
    }

    #[test]
    fn bare_words() {
        assert_eq!(urgency("[URGENT] imprimante", ""), Some(TresHaut));
        assert_eq!(urgency("", "Très urgent svp, examen demain."), Some(TresHaut));
        // A slip of the pen: "urgant".
        assert_eq!(urgency("", "Des traces sur les pages, pas urgant."), Some(Bas));
        assert_eq!(urgency("imprimante URGANT", ""), Some(TresHaut));
        // Typed in a hurry: "urgen", "URGT", "pa urgent"; "urgence" stays a word of its own.
        assert_eq!(urgency("", "voyant rouge qui clignote tres urgen svp"), Some(TresHaut));
        assert_eq!(urgency("URGT RESEAU", ""), Some(TresHaut));
        assert_eq!(urgency("", "redemarre tout seul pa urgent mais a voir"), Some(Bas));
        // Denied, then the harm stated against it: the middle.
        let against = "Ce n'est pas urgent pour la classe, mais bloquant pour un élève.";
        assert_eq!(urgency("", against), Some(Moyen));
        assert_eq!(urgency("", "Not urgent, but blocking for the office."), Some(Moyen));
        // An annoyance is no harm against it.
        assert_eq!(urgency("", "Ce n'est pas urgent mais c'est gênant le matin."), Some(Bas));
        assert_eq!(urgency("", "Le numéro d'urgence du lycée a changé."), None);
        assert_eq!(urgency("", "The server is down. This is blocking the whole school."), Some(TresHaut));
        assert_eq!(urgency("Souris HS (pas urgent)", ""), Some(Bas));
        assert_eq!(urgency("", "Rien d'urgent, quand vous pourrez."), Some(Bas));
        assert_eq!(urgency("", "Merci, ce n'est plus urgent."), Some(Bas));
        assert_eq!(urgency("", "Fixed, thanks for the urgent help!"), None);
        assert_eq!(urgency("", "Merci pour votre intervention urgente."), None);
        assert_eq!(urgency("", "high priority please"), Some(TresHaut));
        assert_eq!(urgency("Top priority: exam room network", ""), Some(TresHaut));
        assert_eq!(urgency("Défibrillateur : URGENCE VITALE", ""), Some(TresHaut));
        // A label's slip of the pen: "Urgnce", "Urgance", "Ugence".
        for text in ["Urgnce : très haute", "Urgance : basse", "Ugence : moyenne"] {
            assert!(urgency("", text).is_some(), "{text}");
        }
        assert_eq!(urgency("", "Merci d'intervenir en urgence."), Some(TresHaut));
        assert_eq!(urgency("", "Rien ne presse, ça peut attendre la rentrée."), Some(Bas));
        assert_eq!(urgency("", "C'est prioritaire pour le conseil de classe."), Some(TresHaut));
        assert_eq!(urgency("", "Ce n'est pas prioritaire."), Some(Bas));
        // "Urgence" cried out; denied, a low level; "aucune" after a label, none wanted.
        assert_eq!(urgency("URGENCE !!! Onduleur salle serveur", ""), Some(TresHaut));
        assert_eq!(urgency("", "Pas d'urgence ! Quand vous pourrez."), Some(Bas));
        assert_eq!(urgency("", "Club esport\nUrgence : aucune"), Some(Bas));
        assert_eq!(urgency("", "Urgence : aucune idée du délai, le poste est HS."), None);
        // A time asked for at once is the highest level; a time in days says none.
        assert_eq!(urgency("", "Délai : immédiat"), Some(TresHaut));
        assert_eq!(urgency("", "Onze imprimantes à retirer.\npas de caractère d'urgence"), Some(Bas));
        assert_eq!(urgency("", "Délai souhaité : deux semaines"), None);
        // GLPI's highest priority is "Majeure".
        assert_eq!(urgency("", "Gravité : majeure"), Some(TresHaut));
    }

    #[test]
    fn explicit_level_beats_bare_word_and_text_beats_subject() {
        assert_eq!(urgency("URGENT", "Urgence : moyenne"), Some(Moyen));
        assert_eq!(urgency("URGENT souris", "Finalement pas si urgent."), Some(Bas));
        assert_eq!(
            urgency("Souris (pas urgent)", "Finalement c'est très urgent : l'épreuve est demain."),
            Some(TresHaut)
        );
        assert_eq!(urgency("URGENT serveur", "C'est urgent, plus rien ne marche."), Some(TresHaut));
        assert_eq!(urgency("URGENT souris", "La souris est cassée, c'est urgent."), Some(TresHaut));
        assert_eq!(urgency("Urgence haute", "Criticité : faible"), Some(Bas));
        assert_eq!(urgency("Tableau interactif salle 9 - P2 - moyenne", ""), Some(Moyen));
        assert_eq!(urgency("[HIGH] Staff room wifi down", ""), Some(TresHaut));
        assert_eq!(urgency("[Basse] Souris salle 3", ""), Some(Bas));
        assert_eq!(urgency("", "Les conseils commencent lundi : urgence désormais élevée."), Some(TresHaut));
        assert_eq!(urgency("", "Urgence : maintenant très haute"), Some(TresHaut));
        assert_eq!(urgency("Serveur", "P1 : critique"), Some(TresHaut));
        assert_eq!(urgency("Salle P2 - tableau", "Le tableau de la salle P2 - haut de l'écran flou."), None);
        // A tag taken back; the word only written, not said.
        let back = "J'ai mis urgent par réflexe, mais rien d'urgent en fait : des traces grises.";
        assert_eq!(urgency("[Urgent] Imprimante", back), Some(Bas));
        assert_eq!(urgency("[Urgent] Imprimante", "Plus rien ne sort, c'est urgent."), Some(TresHaut));
        assert_eq!(urgency("", "J'ai mis urgent dans l'objet."), None);
    }

    #[test]
    fn a_level_under_its_column() {
        let table = "Équipement | Salle | Urgence\nCopieur | 104 | Haute\n\nLe copieur affiche une erreur.";
        assert_eq!(urgency("", table), Some(TresHaut));
        let ruled = "| Poste | Priorité |\n|---|---|\n| CDI 2 | basse |";
        assert_eq!(urgency("", ruled), Some(Bas));
        // A cell that says more than a level, or a column of another name, states nothing.
        assert_eq!(urgency("", "Poste | Urgence\nCDI | haute si possible avant lundi"), None);
        assert_eq!(urgency("", "Poste | Salle\nCDI | haute"), None);
    }

    #[test]
    fn traps_state_nothing() {
        assert_eq!(urgency("", "En cas d'urgence, appelez le 01 23 45 67 89."), None);
        assert_eq!(urgency("", "Pour toute urgence : secrétariat."), None);
        assert_eq!(urgency("", "quel niveau d'urgence choisir ?"), None);
        assert_eq!(urgency("", "Si c'est urgent, je peux passer."), None);
        assert_eq!(urgency("", "Les demandes urgentes passent en premier."), None);
        assert_eq!(urgency("", "Merci de traiter rapidement."), None);
    }
}
