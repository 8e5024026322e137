//! Spam and phishing that reached the desk's mailbox.
//!
//! A score, as in SpamAssassin, from a few independent signs: an attachment that runs or
//! disguises itself (`facture.pdf.html`, `.exe`, `.js`), the lures of invoice and mailbox
//! phishing in English and French ("your mailbox is almost full", "verify your account",
//! "facture impayée"), a link to log in, an English text sent to a French desk, a Reply-To in
//! another domain, an offer, an amount to pay, a security alert, a deadline in hours. Three bars:
//! a school's contact is trusted unless the signs are overwhelming (a compromised account); an
//! outsider whose mail reads like a school's report (a teacher, a parent) needs several signs,
//! since they are answered as unauthorised; an outsider whose mail says nothing of a school's
//! equipment is spam on one sign.

use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::fold::re;
use crate::understand::Attachment;

/// The score a sender's mail must reach to be spam.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bar {
    /// A school's contact: only overwhelming signs (a hijacked account).
    Contact,
    /// An outsider whose mail reads like a school's report (a teacher, a parent): answered as
    /// unauthorised unless several signs say otherwise.
    Report,
    /// An outsider writing like a ticketing platform or about a work order: their notices say
    /// "no further action required" and carry links, so one sign is not enough.
    Partner,
    /// An outsider's system, by its `Auto-Submitted` header: an acknowledgement says "sous 48
    /// heures" without being a threat.
    System,
    /// Any other outsider: one sign is enough for mail that says nothing of a school.
    Stranger,
}

impl Bar {
    pub fn threshold(self) -> u32 {
        match self {
            Bar::Contact => 6,
            Bar::Report | Bar::Partner | Bar::System => 3,
            Bar::Stranger => 1,
        }
    }

    /// Who the bar is for, as `inspect --explain` says it.
    pub fn describe(self) -> &'static str {
        match self {
            Bar::Contact => "a school's contact",
            Bar::Report => "an outsider whose mail reads like a school's report",
            Bar::Partner => "an outsider writing like a ticketing platform or a contractor",
            Bar::System => "an outsider's system, by its Auto-Submitted header",
            Bar::Stranger => "an outsider whose mail says nothing of a school",
        }
    }
}

/// Lures, each worth a point (folded text), named for the reason; one set, so one pass.
const LURES: &[(&str, &str)] = &[
    (
        "an unpaid invoice",
        r"\b(?:invoice|facture)s?\b.{0,40}\b(?:overdue|unpaid|outstanding|due|impayees?|en\s+retard|en\s+souffrance)\b|\boverdue\b",
    ),
    (
        "a payment to make",
        r"\b(?:validez|confirmez|reglez|renouvelez|mettez\s+a\s+jour)\s+(?:des\s+maintenant\s+)?(?:votre|vos)\s+(?:commande|paiement|abonnement|licences?|facture|coordonnees|moyen\s+de\s+paiement|carte\s+(?:bancaire|de\s+paiement|de\s+credit)|informations\s+(?:bancaires|de\s+paiement))\b|\b(?:prelevement|paiement)\b.{0,40}\b(?:a\s+ete\s+refuse|a\s+echoue|est\s+rejete|n'a\s+pas\s+pu\s+etre\s+effectue)\b.{0,120}\b(?:mettez\s+a\s+jour|saisissez|renseignez|confirmez)\b|\b(?:licences?|abonnements?|nom\s+de\s+domaine)\b.{0,40}\b(?:arrive(?:nt)?\s+a\s+expiration|expire(?:nt)?\s+(?:le|dans|demain|aujourd'hui|bientot))\b|\b(?:arrange|make|process|complete)\s+(?:the\s+)?payment\b|\bwire\s+transfer\b|\blate\s+fees?\b|\bvirement\s+urgent\b|\bpayment\s+(?:details|today|immediately)\b",
    ),
    (
        "a full mailbox",
        r"\b(?:mailbox|inbox|e-?mail\s+account|storage)\b.{0,40}\b(?:full|quota|limit|exceeded|suspended|deactivated|disabled)\b|\bquota\b.{0,30}\b(?:reached|exceeded|atteint|depasse)\b|\b(?:boite|messagerie)\b.{0,30}\b(?:pleine|saturee)\b|\b(?:boite|messagerie|compte)\b.{0,40}\b(?:quota|capacite\s+maximale|limite\s+de\s+stockage)\b",
    ),
    (
        "an account to verify",
        r"\bverify\s+(?:your\s+)?(?:account|identity|mailbox|e-?mail|password)\b|\bconfirm\s+your\s+(?:account|identity|credentials|password)\b|\b(?:verifi|valid|confirm|reactiv)(?:ez|er)\s+(?:des\s+maintenant\s+)?(?:votre|vos)\s+(?:compte|identite|boite|adresse|acces|identifiants|informations|coordonnees)\b",
    ),
    (
        "a password expiring",
        r"\b(?:password|mot\s+de\s+passe)\b.{0,40}\b(?:expire|expires|expired|expirera|expire\s+aujourd'hui)\b",
    ),
    (
        "an account to be closed",
        r"\b(?:account|compte)\b.{0,30}\b(?:will\s+be|sera)\s+(?:suspended|closed|deactivated|disabled|locked|suspendu|ferme|desactive|bloque|supprime)\b",
    ),
    (
        "a call to act",
        r"\baction\s+required\b|\bclick\s+(?:here|the\s+link|below)\b|\bcliquez\s+(?:ici|sur\s+le\s+lien)\b|\bdear\s+(?:user|customer|client|member|account\s+holder)\b|\bunusual\s+(?:sign-?in|activity)\b",
    ),
    // An event to book: a fair, a summit, a webinar with a preferential price.
    (
        "an event to book",
        r"\b(?:reservez|reserver)\s+(?:des\s+maintenant\s+|des\s+aujourd'hui\s+)?(?:votre|vos)\s+(?:place|billet|stand)s?\b|\btarifs?\s+(?:preferentiels?|reduits?|early\s+bird)\b|\bnous\s+avons\s+le\s+plaisir\s+de\s+vous\s+inviter\b|\b(?:book|register)\s+(?:your\s+(?:seat|place|ticket)|now)\b",
    ),
    (
        "a prize or crypto",
        r"\b(?:tiree?\s+au\s+sort|vous\s+gagnez|(?:a|avez|as)\s+gagne|remporte(?:z)?\s+(?:un|une|des|\d+)|reclamez\s+votre\s+(?:lot|cadeau|gain|prix|bon)|bon\s+d'achat)\b|\b(?:lottery|jackpot|you\s+(?:have\s+)?won|winner|gagnant|heritage|inheritance|bitcoin|crypto|gift\s+card|carte\s+cadeau|western\s+union)\b",
    ),
    // The claim that follows a prize: "pour recevoir votre lot, complétez le formulaire".
    (
        "a prize to claim",
        r"\b(?:pour|afin\s+de)\s+(?:recevoir|recuperer|reclamer|obtenir|retirer)\s+(?:votre|vos|ce|ces|le|les)\s+(?:lots?|gains?|cadeaux?|prix|recompenses?|dotations?)\b|\bto\s+claim\s+your\s+(?:prize|reward|gift)\b",
    ),
    (
        "a shared document or a parcel",
        r"\bshared\s+a\s+(?:document|file)\b|\breview\s+(?:and\s+sign\s+)?the\s+(?:attached\s+)?(?:[a-z]+\s+){0,3}document\b|\bdocusign\b|\ba\s+partage\s+(?:un|des)\s+(?:document|fichier)s?\b|\bvous\s+partage\s+(?:un|des|le)\s+(?:document|fichier)s?\b|\b(?:colis|parcel|package|livraison|delivery)\b.{0,60}\b(?:frais|fees?|customs|douane|en\s+attente|on\s+hold|reprogramm\w*|replanifi\w*|reschedul\w*|failed|echouee?)\b|\b(?:pas\s+pu|could\s+not|unable\s+to)\s+(?:vous\s+)?(?:livrer|deliver)\b",
    ),
    (
        "credentials asked for",
        r"\b(?:envoyer|renvoyer|communiquer|transmettre|send|provide)\b.{0,40}\b(?:identifiants|mots?\s+de\s+passe|codes?\s+d'acces|acces\s+(?:administrateur|admin)|comptes?\s+(?:administrateur|admin)|credentials|passwords?)\b|\b(?:connectez-vous|identifiez-vous|authentifiez-vous|sign\s+in)\s+avec\s+vos\s+(?:identifiants|credentials)\b",
    ),
    (
        "an update required",
        r"\b(?:mise\s+a\s+jour|update|verification|validation)\s+(?:de\s+securite\s+|security\s+)?(?:de\s+(?:votre|vos)\s+\w+\s+)?(?:est\s+|is\s+)?(?:requise|required|obligatoire|necessaire|needed)\b",
    ),
    (
        "bank details asked for",
        r"\b(?:send|provide|envoyer|communiquer|transmettre)\b.{0,40}\b(?:bank\s+details|coordonnees\s+bancaires|rib|iban)\b",
    ),
    // Payment diverted: the classic fraud on a supplier's invoices ("nos coordonnées bancaires
    // ont changé", "sur notre nouveau compte").
    (
        "bank details changed",
        r"\b(?:coordonnees\s+bancaires|rib|iban|compte\s+bancaire|bank\s+details|bank\s+account)\b.{0,40}\b(?:ont\s+change|a\s+change|changent|modifiee?s?|have\s+changed|has\s+changed|updated)\b|\b(?:notre|nos|un|le)\s+(?:nouveau|nouvel|nouvelles?)\s+(?:compte|rib|iban|coordonnees\s+bancaires)\b|\bnew\s+(?:bank\s+(?:account|details)|iban)\b",
    ),
    (
        "a grant or a fee",
        r"\b(?:free\s+grant|subvention\s+gratuite|registration\s+fee|frais\s+d'inscription)\b|\b(?:has|have)\s+been\s+selected\b",
    ),
    // A sender that says it now writes from here: the directory, not a mail, says who a
    // school's contact is.
    (
        "a change of address",
        r"\b(?:j'utilise|j'utiliserai|utilisez|ecrivez-moi\s+(?:sur|a))\s+(?:desormais|maintenant|dorenavant)\s+(?:cette|mon|ma)\s+(?:adresse|boite|messagerie)\b|\b(?:nouvelle|new)\s+(?:adresse\s+(?:mail|e-?mail|electronique|personnelle)|e-?mail\s+address)\b|\bmettre\s+a\s+jour\s+(?:votre|vos)\s+(?:annuaire|carnet\s+d'adresses|contacts|fichier\s+de\s+contacts)\b|\bmon\s+adresse\s+(?:a\s+change|n'est\s+plus)\b",
    ),
    (
        "'are you available'",
        r"\b(?:etes-vous|es-tu|are\s+you)\s+(?:disponible|au\s+bureau|available|at\s+your\s+desk)\b",
    ),
    // Staff data asked for: the first step of payroll and identity fraud.
    (
        "staff data asked for",
        r"\b(?:liste|fichier|annuaire|coordonnees)\s+(?:complete?\s+)?(?:des|de\s+(?:tous\s+)?(?:nos|vos|les|ses))\s+(?:personnels?|agents|enseignants|salaries|employes|collaborateurs)\b[^.!?\n]{0,60}\b(?:coordonnees|adresses|telephones?|numeros|dates?\s+de\s+naissance|rib|iban)\b|\b(?:staff|employee)\s+(?:list|directory|records)\b",
    ),
    (
        "a confidential task or gift cards",
        r"\b(?:tache|mission|affaire|operation)\s+confidentielle\b|\bcartes?\s+cadeaux?\b|\bgift\s+cards?\b",
    ),
    (
        "pressure to answer",
        r"\b(?:repondre|reponse)\s+(?:rapidement|au\s+plus\s+vite|immediatement|urgemment)\b|\b(?:asap|urgently)\b",
    ),
    (
        "an answer asked elsewhere",
        r"\brepond(?:re|ez)\s+uniquement\s+(?:a|sur)\s+cette\s+adresse\b|\bpar\s+retour\s+de\s+(?:mail|courriel)\s+uniquement\b|\bma\s+(?:boite|adresse)\s+habituelle\b|\breply\s+only\s+to\s+this\s+(?:address|email)\b",
    ),
    // A second factor to set up from a mail, often by a QR code to scan ("quishing"): real
    // enrolment happens on the academy's own portal.
    (
        "a second factor or a QR code",
        r"\b(?:scannez|scanner|flashez|flasher|scan)\s+(?:le|ce|ci-dessous\s+le|the|this)\s+(?:qr\s*-?\s*code|code\s+qr)\b|\b(?:double\s+authentification|authentification\s+(?:a\s+deux\s+facteurs|multi-?facteurs?|forte)|two-factor|multi-factor|mfa|2fa)\b.{0,60}\b(?:obligatoire|activez|activer|reactivez|expire|required|mandatory|enable)\b",
    ),
    // An offer that ends soon or asks to be answered at once: a seller's pressure.
    (
        "an offer that ends soon",
        r"\b(?:offre|promotion|prix|remise|tarif)s?\s+(?:exceptionnelle?s?\s+)?(?:valables?|limitee?s?)\b|\bjusqu'a\s+epuisement\s+des\s+stocks\b|\bdans\s+la\s+limite\s+des\s+stocks\b|\blimited\s+(?:time\s+)?offer\b|\bcontactez-nous\s+(?:vite|des\s+(?:maintenant|aujourd'hui)|sans\s+tarder|rapidement)\b",
    ),
    // A security alert: "connexion inhabituelle", "sécurisez votre compte".
    (
        "a security alert",
        r"\b(?:connexion|activite|tentative\s+de\s+connexion)\s+(?:inhabituelle|suspecte|inconnue)\b|\b(?:unusual|suspicious)\s+(?:sign-?in|activity|login)\b|\bsecuris(?:ez|er)\s+votre\s+compte\b|\bsecure\s+your\s+account\b|\bhacked\b",
    ),
    // Money: amounts, refunds, transfers, bank details, fees.
    (
        "money",
        r"\b\d+(?:[.,]\d+)?\s*(?:€|euros?\b|usd\b|eur\b)|\$\s*\d|\b(?:usd|eur)\s*\d|\bremboursement\b|\b(?:eligible|beneficiaire)\s+(?:a|d'un|to)\b|\bvirement\b|\b(?:rib|iban)\b|\bpay\s+\d|\bpayer\b|\bpayment\b|\bfees?\b|\bfrais\b.{0,40}\ba\s+regler\b",
    ),
    // A discount: a price cut, free delivery. A sign of its own beside the offer, as an
    // advert carries both.
    (
        "a discount",
        r"-\s?\d{1,2}\s?%|\b(?:promotion|promo|destockage|rabais|prix\s+(?:reduits?|exceptionnels?|imbattables?|casses?)|livraison\s+(?:offerte|gratuite)|frais\s+de\s+port\s+offerts)\b",
    ),
    // Selling: offers, catalogues, a firm proposing, and the way out of a mailing.
    (
        "selling",
        r"\b(?:offre|remise|catalogue)\b|\bnous\s+(?:vous\s+)?proposons\s+(?:des|nos|notre|une?)\b|\bprofitez\b|\bdecouvrez\b|\b(?:desinscri\w*|desabonn\w*|unsubscribe|opt-?out)\b|\brepondez\s+stop\b|\bne\s+plus\s+recevoir\b|\bnewsletter\b|\bwebinaires?\b|\binscrivez-vous\b|\bdemonstrations?\s+(?:gratuite|offerte|en\s+ligne|de\s+notre)|\bje\s+(?:me\s+permets\s+de\s+)?vous\s+propos(?:e|er)\s+(?:une?|nos|notre)\b|\b(?:notre|nos)\s+(?:solutions?|gammes?|produits?|offres?)\b|\bsans\s+engagement\b|\bgratuitement\b|\breduisez\s+vos\s+(?:couts|depenses|factures)\b|\bnos\s+experts\b|\b(?:audit|diagnostic|essai|evaluation)\s+(?:gratuit|offert)e?\b|\bfree\s+(?:audit|trial|assessment|consultation|demo)\b|\bsuite\s+a\s+notre\s+(?:echange|rencontre|conversation|entretien|appel)\b",
    ),
    // A salesman's approach: a meeting of a few minutes, the schools already equipped, a
    // key-account title.
    (
        "a sales pitch",
        r"\bje\s+serais\s+ravie?\s+de\s+vous\s+(?:presenter|rencontrer|faire\s+decouvrir|montrer)\b|\b(?:rendez-vous|rdv|echange|appel|visio|entretien)\s+(?:telephonique\s+|en\s+visio\s+)?(?:de|d')\s*\d+\s*(?:min|minutes)\b|\bnous\s+(?:equipons|accompagnons|servons)\s+(?:deja\s+)?(?:plus\s+de\s+)?\d+\s+(?:etablissements|ecoles|colleges|lycees|clients|collectivites)\b|\bresponsable\s+(?:grands\s+comptes|commerciale?|des\s+ventes|secteur\s+education)\b|\b(?:ingenieur|chargee?|attachee?)\s+(?:commerciale?|d'affaires)\b",
    ),
    // A call to act on a link or a document.
    (
        "a link to act on",
        r"\b(?:cliquez|cliquer|connectez-vous|ouvrir\s+le\s+(?:document|fichier|message)|acceder\s+au\s+(?:document|fichier)|telechargez|remplir\s+le\s+formulaire|remplissez|ecouter\s+le\s+message|open\s+the\s+(?:document|file)|sign\s+in\s+(?:here|now)|reply\s+yes|repondez\s+oui)\b|\bhttps?://",
    ),
    // Documents shared, voice messages, faxes: the usual wrappers of a link.
    (
        "a document, voice message or fax",
        r"\b(?:document|fichier)\b.{0,60}\bpartagee?\s+avec\s+vous\b|\bshared\s+with\s+you\b|\bmessage\s+vocal\b|\bvoice\s?mail\b|\bvoice\s+message\b|\bfax\s+(?:recu|received)\b",
    ),
    // Pressure and threats: a deadline in hours, a deletion to avoid, discretion.
    (
        "a deadline or a threat",
        r"\bsans\s+quoi\b[^.!?\n]{0,40}\b(?:facturee?s?|debitee?s?|prelevee?s?|suspendue?s?|supprimee?s?|annulee?s?|bloquee?s?)\b|\b(?:within|sous|dans\s+les)\s+(?:24|48|72)\s*(?:h\b|heures|hours)|\b(?:expire|expirera)\s+dans\s+(?:24|48|72)\s*(?:h\b|heures)|\b(?:pour|afin\s+d')\s*eviter\s+(?:toute?\s+|la\s+|une\s+|l')?(?:suppression|suspension|fermeture|desactivation|blocage|interruption|coupure|perte)\b|\b(?:avis|rappel)\s+final\b|\bfinal\s+notice\b|\bwill\s+be\s+published\b|\bdiscretion\b|\bdiscretement\b|\b(?:revalid|reactiv|reconfirm)(?:er|ez|ee|ation)\b",
    ),
    // The head who cannot phone and needs a payment made: the classic fraud.
    (
        "the head's payment fraud",
        r"\bje\s+suis\s+en\s+reunion\b|\bne\s+(?:peux|pourrai)\s+pas\s+(?:telephoner|appeler|repondre\s+au\s+telephone)\b|\bin\s+a\s+meeting\b|\b(?:effectuiez|effectuer|faire|proceder\s+a)\s+un\s+virement\b",
    ),
    // Selling a website's ranking.
    (
        "selling a website's ranking",
        r"\b(?:your|votre)\s+(?:school'?s?\s+|[a-z]+'s\s+)?(?:website|site(?:\s+(?:web|internet))?)\b.{0,80}\b(?:google|ranking|referencement|first\s+page|premiere\s+page|visibilite)\b|\bseo\b",
    ),
    // A protection or subscription run out, to renew now.
    (
        "a subscription expired",
        r"\b(?:abonnement|protection|antivirus|subscription|licence|license)\b.{0,40}\b(?:a\s+expire|ont\s+expire|expire[sd]?|expirera|arrive\s+a\s+expiration)\b|\b(?:renouvelez|renew)(?:-le|-la|-les|\s+it)?\s+(?:maintenant|now|today|aujourd'hui|des\s+maintenant)\b",
    ),
    // An update to download from the mail: real updates come from the software itself.
    (
        "an update to download",
        r"\btelecharg(?:ez|er)\s+(?:la\s+|le\s+)?(?:mise\s+a\s+jour|nouvelle\s+version|correctif|patch)\b|\b(?:download|install)\s+the\s+(?:update|latest\s+version|patch)\b|\b(?:version|navigateur|logiciel|application)\b.{0,30}\bn'est\s+plus\s+prise?\s+en\s+charge\b",
    ),
    // Head-hunting: a profile noticed, a career opportunity.
    (
        "recruiting",
        r"\b(?:votre\s+profil|your\s+profile)\b.{0,40}\b(?:retenu|attention|interesse|interest|correspond)|\bopportunite\s+(?:de\s+carriere|professionnelle)\b|\bcareer\s+opportunity\b|\bchasseur\s+de\s+tetes\b|\bcabinet\s+de\s+recrutement\b",
    ),
    // Pay slips and salary changes: the lure of payroll phishing.
    (
        "a salary change",
        r"\b(?:salary|payroll|salaire|bulletin\s+de\s+(?:paie|salaire)|fiche\s+de\s+paie|remuneration)\b.{0,40}\b(?:adjustment|increase|revision|update|ajustement|augmentation|revalorisation|modification|regularisation)\b",
    ),
    // Romance and dating.
    (
        "romance",
        r"\b(?:cherche|looking\s+for)\s+(?:l'amour|love|l'ame\s+soeur|a\s+(?:man|partner|relationship))\b|\b(?:ecris|ecrivez|write)[-\s](?:moi|me)\b|\b(?:mon|my)\s+(?:profil|profile)\b|\b(?:know\s+you\s+better|te\s+connaitre)\b",
    ),
];
/// The bits of [`LURE_SET`]'s matches for some lures, looked up by name once, not for each mail.
fn lure_mask(names: &[&str]) -> u64 {
    names
        .iter()
        .map(|name| 1u64 << LURES.iter().position(|(n, _)| n == name).expect("a lure of LURES"))
        .fold(0, |mask, bit| mask | bit)
}

/// The lures that together make the meta sign of an unreachable sender's fraud.
static UNREACHABLE_FRAUD: LazyLock<u64> =
    LazyLock::new(|| lure_mask(&["the head's payment fraud", "a confidential task or gift cards"]));

/// The lures that together make a salesman's canvassing: an offer and the approach.
static CANVASSING: LazyLock<u64> = LazyLock::new(|| lure_mask(&["selling", "a sales pitch"]));
static LURE_SET: LazyLock<RegexSet> = LazyLock::new(|| {
    let patterns: Vec<&str> = LURES.iter().map(|(_, p)| *p).collect();
    super::fold::re_set(&patterns)
});

/// A link whose address asks to log in or verify.
static LOGIN_LINK: LazyLock<Regex> = LazyLock::new(|| {
    re(r"https?://\S*(?:verify|login|log-in|signin|sign-in|account|password|secure|update|confirm|webmail)")
});

/// Common English and French words, to tell an English text.
static ENGLISH: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:the|your|you|please|kindly|will|with|have|been|account|dear|regards|this|is|are)\b"));
static FRENCH: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:le|la|les|des|une|est|pour|vous|nous|merci|bonjour|depuis|pas|dans|sur|cordialement)\b")
});

/// Extensions of files that run when opened, or that phishing uses as fake documents.
const DANGEROUS: &[&str] = &[
    "exe", "scr", "com", "pif", "bat", "cmd", "js", "jse", "vbs", "vbe", "wsf", "wsh", "hta", "jar", "msi", "ps1",
    "lnk", "iso", "img", "html", "htm", "shtml", "svg", "xhtml",
];
/// Document extensions that, followed by another one, disguise a file (`x.pdf.html`).
const DOCUMENT: &[&str] = &["pdf", "doc", "docx", "xls", "xlsx", "jpg", "jpeg", "png", "txt", "zip", "odt"];

/// Facts the score is computed from.
pub(crate) struct Facts<'a> {
    pub subject_folded: &'a str,
    pub text_folded: &'a str,
    pub attachments: &'a [Attachment],
    pub sender: Option<&'a str>,
    pub reply_to: Option<&'a str>,
    /// The verdict an upstream filter wrote in the headers (`X-Spam-Flag: YES`…), if spam.
    pub upstream: Option<&'a str>,
    /// The addresses the HTML part links to (a lure's link often exists only there).
    pub links: &'a str,
    /// An outsider under a listed contact's name: a sign, not a verdict, since a contact may
    /// write from a personal box.
    pub borrowed_name: bool,
}

/// How a mail scores against the bar that applies to its sender.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Assessment {
    pub score: u32,
    pub bar: Bar,
    /// Each sign that counted, named.
    pub signs: Vec<&'static str>,
}

impl Assessment {
    pub fn is_spam(&self) -> bool {
        self.score >= self.bar.threshold()
    }

    /// The reason given when the mail is spam.
    pub fn reason(&self) -> Option<String> {
        self.is_spam().then(|| format!("spam score {}: {}", self.score, self.signs.join(", ")))
    }
}

/// The score, the bar and the signs.
pub(crate) fn assess(f: &Facts<'_>, bar: Bar) -> Assessment {
    scored(f).against(bar, f.text_folded)
}

/// Whether the mail is spam, and why, as [`assess`] says, with an outsider's bar weighed only
/// where it changes the answer: it costs a reading of the mail's needs and faults
/// (`decide::Mail::spam_bar`), and every outsider's bar is 3 but a stranger's, 1. A score of 3
/// or more is spam, and a score of 0 without an English text is not, whichever applies.
pub(crate) fn reason(f: &Facts<'_>, listed: bool, outsider_bar: impl FnOnce() -> Bar) -> Option<String> {
    let scored = scored(f);
    let bar = if listed {
        Bar::Contact
    } else if scored.score >= Bar::Report.threshold() || (scored.score == 0 && !english(f.text_folded)) {
        Bar::Report
    } else {
        outsider_bar()
    };
    scored.against(bar, f.text_folded).reason()
}

/// The signs counted before any bar.
struct Scored {
    score: u32,
    signs: Vec<&'static str>,
}

impl Scored {
    /// Counting words is the costly sign: only when it can decide.
    fn against(mut self, bar: Bar, text_folded: &str) -> Assessment {
        if self.score + 1 == bar.threshold() && english(text_folded) {
            self.score += 1;
            self.signs.push("English text");
        }
        Assessment { score: self.score, bar, signs: self.signs }
    }
}

/// A text in English rather than French, by their common words.
fn english(text_folded: &str) -> bool {
    let english = ENGLISH.find_iter(text_folded).take(20).count();
    let french = FRENCH.find_iter(text_folded).take(20).count();
    english >= 4 && english > french * 2
}

fn scored(f: &Facts<'_>) -> Scored {
    let mut score = 0;
    let mut signs: Vec<&'static str> = Vec::new();
    // Only a positive verdict is taken: a spammer may write "No", never "Yes".
    if f.upstream.is_some() {
        score += 4;
        signs.push("upstream filter says spam");
    }
    if let Some(name) = f.attachments.iter().map(|a| a.name.to_ascii_lowercase()).find(|n| dangerous(n)) {
        score += 3;
        signs.push(if name.matches('.').count() >= 2 { "disguised attachment" } else { "dangerous attachment" });
    }
    let lures = super::fold::set_matches(&LURE_SET, &[f.subject_folded, f.text_folded]);
    score += lures.count_ones().min(4);
    signs.extend(LURES.iter().enumerate().filter(|(i, _)| lures & (1 << i) != 0).map(|(_, (name, _))| *name));
    if LOGIN_LINK.is_match(f.text_folded) {
        score += 1;
        signs.push("login link");
    } else if LOGIN_LINK.is_match(f.links) {
        // Hidden behind a button or a word: the reader cannot see where it goes.
        score += 2;
        signs.push("login link hidden in the HTML");
    } else if f.links.contains("http") && !f.text_folded.contains("http") {
        score += 1;
        signs.push("link hidden in the HTML");
    }
    // A sender who cannot be reached asks for gift cards or a confidential task: the classic
    // fraud, worth more than its parts (as a SpamAssassin meta rule), so that with one more
    // sign it passes even a contact's bar, since a hijacked contact's account writes so.
    if lures & *UNREACHABLE_FRAUD == *UNREACHABLE_FRAUD {
        score += 3;
        signs.push("an unreachable sender asks for gift cards or secrecy");
    }
    // An offer and a salesman's approach together: canvassing, worth more than its parts, so
    // that a firm writing of classrooms (read as a school's report) passes an outsider's bar.
    if lures & *CANVASSING == *CANVASSING {
        score += 1;
        signs.push("canvassing: an offer and a salesman's approach");
    }
    if f.borrowed_name {
        score += 1;
        signs.push("a listed contact's name from another address");
    }
    if let (Some(from), Some(reply)) = (f.sender, f.reply_to) {
        if domain(from) != domain(reply) {
            score += 1;
            signs.push("Reply-To elsewhere");
        }
    }
    Scored { score, signs }
}

fn dangerous(name: &str) -> bool {
    let mut parts = name.rsplit('.');
    let Some(last) = parts.next() else { return false };
    if !name.contains('.') {
        return false;
    }
    if DANGEROUS.contains(&last) {
        return true;
    }
    // `invoice.pdf.zip` is common and harmless enough; `invoice.pdf.exe` was caught above.
    parts.next().is_some_and(|before| DOCUMENT.contains(&before) && !DOCUMENT.contains(&last))
}

fn domain(address: &str) -> &str {
    address.rsplit('@').next().unwrap_or(address)
}

#[cfg(test)]
mod tests {
    use super::super::fold::fold;
    use super::*;

    fn spam(subject: &str, text: &str, attachments: &[&str], listed: bool) -> bool {
        let attachments: Vec<Attachment> = attachments
            .iter()
            .map(|n| Attachment { name: n.to_string(), content_type: "application/octet-stream".into(), size: 1 })
            .collect();
        let (subject, text) = (fold(subject), fold(text));
        let facts = Facts {
            subject_folded: &subject,
            text_folded: &text,
            attachments: &attachments,
            sender: Some("x@outside.example"),
            reply_to: None,
            upstream: None,
            links: "",
            borrowed_name: false,
        };
        assess(&facts, if listed { Bar::Contact } else { Bar::Report }).is_spam()
    }

    /// An outsider's mail with no attachment, link or header of note.
    fn outsider<'a>(subject_folded: &'a str, text_folded: &'a str) -> Facts<'a> {
        Facts {
            subject_folded,
            text_folded,
            attachments: &[],
            sender: Some("x@outside.example"),
            reply_to: None,
            upstream: None,
            links: "",
            borrowed_name: false,
        }
    }

    #[test]
    fn disguised_attachments() {
        assert!(spam("Payment", "Please see attached.", &["Remittance_0412.PDF.htm"], false));
        assert!(spam("Document", "Voir pièce jointe.", &["scan.js"], false));
        assert!(!spam("Photo", "Voir pièce jointe.", &["IMG_0001.jpg", "devis.pdf"], false));
    }

    #[test]
    fn phishing_lures_in_english_and_french() {
        assert!(spam(
            "Action required: password expiry",
            "Dear user, your password expires today. Click here to keep your account: https://x.example/login",
            &[],
            false
        ));
        assert!(spam(
            "Votre boîte est pleine",
            "Votre messagerie est saturée. Vérifiez votre compte ici : http://mail-check.example/verify sinon votre compte sera suspendu.",
            &[],
            false
        ));
    }

    #[test]
    fn credential_harvesting_with_reply_to_elsewhere() {
        let text = fold(
            "Suite à la migration, merci de me renvoyer les identifiants administrateur du pare-feu. \
             Merci de répondre uniquement à cette adresse.",
        );
        let facts = Facts {
            subject_folded: "mise a jour de vos acces",
            text_folded: &text,
            attachments: &[],
            sender: Some("gestion@lycee.example"),
            reply_to: Some("gestion.lycee@webmail.example"),
            upstream: None,
            links: "",
            borrowed_name: false,
        };
        assert!(assess(&facts, Bar::Report).is_spam());
    }

    /// A contact's name, a "new address" and the school's accesses asked for: the impostor's
    /// moves. A person writing under their name from a personal box about a fault is answered,
    /// not set aside.
    #[test]
    fn a_new_address_and_accesses_asked_for() {
        let text = fold(
            "J'utilise désormais cette adresse personnelle. Merci de mettre à jour votre annuaire et de m'envoyer \
             la liste des accès administrateur du lycée.",
        );
        let facts = |text| Facts {
            subject_folded: "changement de coordonnees",
            text_folded: text,
            attachments: &[],
            sender: Some("claire.dubois.lycee@gmail.example"),
            reply_to: None,
            upstream: None,
            links: "",
            borrowed_name: true,
        };
        assert!(assess(&facts(&text), Bar::Report).is_spam(), "{:?}", assess(&facts(&text), Bar::Report));
        let fault = "je vous ecris depuis ma boite personnelle : le wifi du cdi ne marche plus depuis ce matin.";
        assert!(!assess(&facts(fault), Bar::Report).is_spam());
    }

    #[test]
    fn an_upstream_verdict_and_a_hidden_login_link_count() {
        let plain = outsider("information", "bonjour, voici le document.");
        assert!(!assess(&plain, Bar::Report).is_spam());
        assert!(assess(&Facts { upstream: Some("X-Spam-Flag: YES"), ..plain }, Bar::Report).is_spam());
        // A listed contact needs more than the filter's word.
        assert!(!assess(&Facts { upstream: Some("X-Spam-Flag: YES"), ..plain }, Bar::Contact).is_spam());
        let hidden = Facts { links: "http://mail-secure.example/verify-account\n", ..plain };
        assert!(!assess(&hidden, Bar::Report).is_spam(), "a hidden login link alone is not enough");
        let lure = "votre compte sera desactive. mise a jour de securite requise.";
        assert!(assess(&Facts { text_folded: lure, ..hidden }, Bar::Report).is_spam());
    }

    /// Lures of other families: each is one sign, enough from a stranger.
    #[test]
    fn parcels_subscriptions_payroll_and_romance() {
        let stranger = |subject: &str, text: &str| {
            let (subject, text) = (fold(subject), fold(text));
            assess(&outsider(&subject, &text), Bar::Stranger).signs
        };
        for (subject, text, sign) in [
            ("Livraison impossible", "Nous n'avons pas pu livrer votre colis.", "a shared document or a parcel"),
            ("Félicitations", "Pour recevoir votre lot, complétez le formulaire.", "a prize to claim"),
            ("Facture", "Merci de régler sur notre nouveau compte ci-dessous.", "bank details changed"),
            ("Antivirus", "Votre protection antivirus a expiré.", "a subscription expired"),
            ("Salary adjustment", "Please review the attached salary adjustment document.", "a salary change"),
            ("Bonjour", "Je cherche l'amour. Écris-moi.", "romance"),
            ("Votre site", "Votre site n'apparaît pas en première page de Google.", "selling a website's ranking"),
            ("Hi", "Your school's website does not appear on the first page of Google.", "selling a website's ranking"),
            ("Hi", "We can fix that in 30 days. Can I send you a free audit?", "selling"),
            ("Suite", "Je vous propose une démonstration gratuite de notre solution.", "selling"),
            ("Invitation", "Réservez votre place dès aujourd'hui, tarif préférentiel.", "an event to book"),
            ("Opportunité", "Votre profil a retenu notre attention pour un poste.", "recruiting"),
            (
                "Teams",
                "Votre version de Teams n'est plus prise en charge. Téléchargez la mise à jour.",
                "an update to download",
            ),
            ("Audit", "Faites évaluer gratuitement votre parc par nos experts.", "selling"),
            ("Domaine", "Votre nom de domaine expire dans 3 jours.", "a payment to make"),
            (
                "Échec de prélèvement",
                "Le prélèvement a été refusé. Pour éviter la suspension, mettez à jour votre carte bancaire ici.",
                "a payment to make",
            ),
            (
                "Abonnement",
                "Le paiement de votre abonnement a échoué : saisissez de nouveau vos informations ici.",
                "a payment to make",
            ),
            ("Sécurité", "Scannez le QR code joint pour activer votre compte.", "a second factor or a QR code"),
            ("Compte", "La double authentification devient obligatoire.", "a second factor or a QR code"),
            ("Écrans", "Offre valable jusqu'au 31 décembre, contactez-nous vite !", "an offer that ends soon"),
            ("Toner", "Toutes nos cartouches à -60 %, livraison offerte.", "a discount"),
            ("Domaine", "Avis final : renouvelez-le afin d'éviter la perte de votre site.", "a deadline or a threat"),
            (
                "Demande",
                "Merci de me transmettre la liste des personnels avec leurs coordonnées personnelles.",
                "staff data asked for",
            ),
            ("Demande", "Répondez par retour de mail uniquement.", "an answer asked elsewhere"),
        ] {
            assert!(stranger(subject, text).contains(&sign), "{text}: {:?}", stranger(subject, text));
        }
        assert!(stranger("Imprimante", "L'imprimante du CDI a un bourrage.").is_empty());
        // A school's own words about a second factor or a discount on an order are no lure.
        for text in [
            "Pouvez-vous réactiver la double authentification de la gestionnaire ?",
            "Le QR code de la salle 4 renvoie vers une page d'erreur.",
            "Le devis du copieur prévoit une remise en service sous 48 heures.",
            "Pouvez-vous créer les comptes de la liste des personnels jointe ?",
            "Le paiement de la facture a été refusé par l'agence comptable, nous attendons le devis.",
        ] {
            let signs = stranger("Demande", text);
            let lures = ["a second factor or a QR code", "a discount", "staff data asked for", "a payment to make"];
            assert!(!lures.iter().any(|l| signs.contains(l)), "{text}: {signs:?}");
        }
    }

    #[test]
    fn a_link_only_in_the_html_counts() {
        let base = Facts {
            subject_folded: "livraison",
            text_folded: "reprogrammer la livraison",
            attachments: &[],
            sender: Some("x@outside.example"),
            reply_to: None,
            upstream: None,
            links: "http://colis.example/r?id=7\n",
            borrowed_name: false,
        };
        assert!(assess(&base, Bar::Report).signs.contains(&"link hidden in the HTML"));
        // A link written in the text is seen by the reader.
        let shown = Facts { text_folded: "voir http://colis.example/r?id=7", ..base };
        assert!(!assess(&shown, Bar::Report).signs.contains(&"link hidden in the HTML"));
    }

    #[test]
    fn a_school_report_is_not_spam() {
        assert!(!spam(
            "Imprimante en panne",
            "Bonjour, l'imprimante de la salle 12 ne fonctionne plus. Urgence : moyenne. UAI 0751043B. Merci.",
            &[],
            false
        ));
        assert!(!spam(
            "Intervention jeudi",
            "Bonjour, merci de confirmer le créneau de jeudi pour la salle 12, sans quoi le passage sera reporté.",
            &[],
            true
        ));
        // A prize told by an outsider, to claim by a link: three signs, past a report's bar.
        assert!(spam(
            "Votre établissement a gagné 30 tablettes !",
            "Votre établissement a été tiré au sort. Pour recevoir votre lot : https://x.example/lot",
            &[],
            false
        ));
        // A firm canvassing of classrooms: an offer and the approach, past a report's bar.
        assert!(spam(
            "Vos salles de classe équipées avant la rentrée",
            "Spécialiste des écrans interactifs, nous équipons déjà plus de 300 établissements. Je serais ravi de vous présenter nos solutions.",
            &[],
            false
        ));
        // A teacher naming a supplier's solution is no canvassing.
        assert!(!spam(
            "Écrans interactifs",
            "Bonjour, notre salle 3 aurait besoin d'un écran interactif ; le fournisseur présente ses solutions sur son site.",
            &[],
            false
        ));
        // A school telling of a contest it won is no lure.
        assert!(!spam(
            "Tablettes du concours",
            "Bonjour, le collège a gagné 30 tablettes au concours académique : pourriez-vous les configurer ?",
            &[],
            false
        ));
        assert!(!spam(
            "Quota",
            "Bonjour, le quota de la boîte du secrétariat est atteint, pouvez-vous l'augmenter ?",
            &[],
            true
        ));
    }

    #[test]
    fn the_meta_signs_lures_exist() {
        assert_eq!(UNREACHABLE_FRAUD.count_ones(), 2, "both lures are named in LURES");
        assert_eq!(CANVASSING.count_ones(), 2, "both lures are named in LURES");
    }

    #[test]
    fn a_vendors_advert_naming_a_school_is_spam() {
        // An outsider writing a school's code gets the report's bar: an offer, a discount and a
        // pressing end together pass it; one of them alone does not.
        let advert = "Pour le Lycée Ampère, nous proposons des écrans à -40 %, installation comprise. \
                      Offre valable jusqu'au 31 décembre, contactez-nous vite !";
        assert!(spam("Lycée Ampère (0691234S) : remplacez vos vidéoprojecteurs", advert, &[], false));
        let quote = "Le revendeur nous propose des écrans avec une remise, pouvez-vous étudier le remplacement ?";
        assert!(!spam("Vidéoprojecteurs 0691234S", quote, &[], false));
    }

    #[test]
    fn listed_contacts_need_overwhelming_signs() {
        let text = "Dear user, please verify your account, click here: http://x.example/login";
        assert!(spam("Invoice overdue", text, &[], false));
        assert!(!spam("Invoice", "Bonjour, voici la facture du prestataire.", &["facture.pdf"], true));
        // A contact's account taken over: an unreachable sender wanting gift cards in secret.
        let gift = "Je suis en réunion et ne peux pas téléphoner. Achetez des cartes cadeaux et envoyez-moi \
                    les codes par retour de mail uniquement.";
        assert!(spam("Urgent", gift, &[], true));
        // A contact in a meeting who mentions an amount is no fraud.
        let busy = "Je suis en réunion toute la matinée. Le devis du copieur est de 300 €, pouvez-vous le valider ?";
        assert!(!spam("Devis", busy, &[], true));
    }

    #[test]
    fn a_hijacked_contacts_shared_document_passes_the_contacts_bar() {
        let (subject, text) = (
            fold("Document important"),
            fold(
                "Je vous partage un document important. Connectez-vous avec vos identifiants académiques pour y \
             accéder. Ce lien expire dans 24 heures.",
            ),
        );
        let facts = Facts {
            subject_folded: &subject,
            text_folded: &text,
            attachments: &[],
            sender: Some("claire.dubois@ac-lyon.example"),
            reply_to: None,
            upstream: None,
            links: "https://docs-partage.example/owa/login.php\n",
            borrowed_name: false,
        };
        assert!(assess(&facts, Bar::Contact).is_spam(), "{:?}", assess(&facts, Bar::Contact));
        // The same words with a link shown in the text, to the academy's own cloud: a contact's.
        let shown = fold("Je vous partage le document de la réunion : https://nuage.ac-lyon.example/s/k8Pq2");
        assert!(!assess(&Facts { text_folded: &shown, links: "", ..facts }, Bar::Contact).is_spam());
    }

    #[test]
    fn three_bars() {
        let offer = Facts {
            subject_folded: "offre speciale ecoles",
            text_folded: "profitez de notre catalogue jusqu'au 31 decembre.",
            attachments: &[],
            sender: Some("contact@vendeur.example"),
            reply_to: None,
            upstream: None,
            links: "",
            borrowed_name: false,
        };
        let a = assess(&offer, Bar::Stranger);
        assert_eq!((a.score, a.bar.threshold(), a.signs), (1, 1, vec!["selling"]));
        // The same sign in what reads like a school's report (a teacher) is not enough…
        assert!(!assess(&offer, Bar::Report).is_spam());
        // …nor from a school's contact.
        assert!(!assess(&offer, Bar::Contact).is_spam());
        // A stranger with no sign at all is answered, not set aside.
        let plain = Facts { subject_folded: "question", text_folded: "bonjour, qui contacter ?", ..offer };
        assert!(!assess(&plain, Bar::Stranger).is_spam());
    }

    /// The lazy verdict is the full one: for scores on each side of the bars, English or not,
    /// whichever outsider's bar applies, and a contact's.
    #[test]
    fn an_outsiders_bar_is_weighed_only_where_it_decides() {
        let lure = "votre facture impayee : cliquez ici https://x.example/login avant 24 h";
        let plain = "bonjour, qui contacter pour le wifi de la salle 3 ?";
        let texts = [
            ("question", plain),
            ("offre", "profitez de notre catalogue jusqu'au 31 decembre."),
            ("hello", "dear user, please find the document you will have to sign with your account."),
            ("hi", "please see the attached file, it is for this week, thank you."),
            ("facture", lure),
            ("demande", "profitez de notre offre. je serais ravi de vous presenter notre solution."),
        ];
        for (subject, text) in texts {
            let facts = outsider(subject, text);
            for bar in [Bar::Report, Bar::Partner, Bar::System, Bar::Stranger] {
                assert_eq!(reason(&facts, false, || bar), assess(&facts, bar).reason(), "{text} ({bar:?})");
            }
            assert_eq!(reason(&facts, true, || Bar::Stranger), assess(&facts, Bar::Contact).reason(), "{text}");
        }
        // The bar is not weighed when the score decides alone.
        let never = || unreachable!("the score decides for any outsider");
        assert!(reason(&outsider("facture", lure), false, never).is_some());
        assert!(reason(&outsider("question", plain), false, never).is_none());
    }
}
