//! End-to-end cases with invented mails: other schools, other wordings, other clients.

use super::*;
use crate::directory::School;

fn school(uai: &str, correspondant: &str, suppleant: Option<&str>) -> School {
    School {
        uai: Uai::parse(uai).expect("valid test UAI"),
        name: format!("École {uai}"),
        town: "Ville".into(),
        correspondant_email: correspondant.into(),
        suppleant_email: suppleant.map(str::to_string),
    }
}

fn directory() -> Directory {
    Directory::new([
        school("0691234S", "claire.dubois@ac-lyon.example", Some("marc.petit@ac-lyon.example")),
        school("0130456A", "j.martin@ac-aix.example", None),
        // Two schools sharing a suppléant.
        school("0330789D", "anne.leroux@ac-bordeaux.example", Some("referent.numerique@region.example")),
        school("0595012C", "paul.henry@ac-lille.example", Some("referent.numerique@region.example")),
    ])
}

struct Desk {
    directory: Directory,
    contractors: Vec<String>,
    platforms: Vec<String>,
    own_domain: Option<&'static str>,
}

impl Desk {
    fn new() -> Self {
        Desk { directory: directory(), contractors: Vec::new(), platforms: Vec::new(), own_domain: None }
    }

    fn read(&self, raw: &[u8]) -> Understanding {
        let ctx = Context {
            directory: &self.directory,
            own_domain: self.own_domain,
            subject_label: "DESK",
            contractors: &self.contractors,
            platforms: &self.platforms,
            authserv_id: None,
            model: None,
        };
        understand(raw, &ctx)
    }

    fn mail(&self, headers: &str, body: &str) -> Understanding {
        self.read(raw(headers, body).as_bytes())
    }
}

/// A mail from header lines (`\n`-separated) and a body, with CRLF line ends.
fn raw(headers: &str, body: &str) -> String {
    let mut out = String::new();
    for line in headers.lines() {
        out.push_str(line.trim_start_matches(' '));
        out.push_str("\r\n");
    }
    out.push_str("\r\n");
    out.push_str(&body.replace('\n', "\r\n"));
    out
}

fn uai(u: &Understanding) -> Option<&str> {
    u.uai.as_ref().map(Uai::as_str)
}

fn school_of(u: &Understanding) -> Option<&str> {
    u.school.as_ref().map(Uai::as_str)
}

fn ticket(u: &Understanding) -> Option<String> {
    u.ticket_ref.map(|t| t.to_string())
}

#[test]
fn incident_with_every_field_written() {
    let u = Desk::new().mail(
        "From: Claire Dubois <Claire.Dubois@ac-lyon.example>\nSubject: Plus d'imprimante au CDI\nMessage-ID: <x1@ac-lyon.example>\n\
         Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable",
        "Bonjour,\nL'imprimante du CDI n'imprime plus depuis ce matin.\nNiveau d'urgence : =C3=A9lev=C3=A9\nRNE : 0691234s\n",
    );
    assert_eq!(u.kind, Kind::NewIncident, "{}", u.reason);
    assert_eq!(u.urgency, Some(Urgency::TresHaut));
    assert_eq!((uai(&u), u.uai_valid), (Some("0691234S"), Some(true)));
    assert_eq!(u.sender.as_deref(), Some("claire.dubois@ac-lyon.example"));
    assert_eq!(u.message_id.as_deref(), Some("x1@ac-lyon.example"));
    assert_eq!(school_of(&u), Some("0691234S"));
}

#[test]
fn school_is_inferred_only_for_a_single_school_contact() {
    let desk = Desk::new();
    let suppleant =
        desk.mail("From: marc.petit@ac-lyon.example\nSubject: Wifi coupé", "Le wifi est coupé au gymnase.\n");
    assert_eq!((suppleant.kind, uai(&suppleant), school_of(&suppleant)), (Kind::NewIncident, None, Some("0691234S")));
    let shared = desk.mail("From: referent.numerique@region.example\nSubject: Wifi coupé", "Le wifi est coupé.\n");
    assert_eq!((shared.kind, school_of(&shared)), (Kind::NewIncident, None));
    let written =
        desk.mail("From: referent.numerique@region.example\nSubject: Wifi coupé (0595012C)", "Le wifi est coupé.\n");
    assert_eq!(school_of(&written), Some("0595012C"));
    // A forward whose sender wrote no code: the forwarded report's code, one of the sender's
    // schools, names the school; the code written stays the sender's own (none).
    let forwarded = desk.mail(
        "From: referent.numerique@region.example\nSubject: TR: Panne scanner",
        "Je vous transfère ce signalement.\n\n-------- Message transféré --------\nObjet : Panne scanner\n\n\
         Le scanner ne numérise plus.\nCollège Montaigne - 0330789D\n",
    );
    assert_eq!((uai(&forwarded), school_of(&forwarded)), (None, Some("0330789D")), "{}", forwarded.reason);
    // A reply's quote is the desk's history, not the sender's word: no code read there.
    let replied = desk.mail(
        "From: referent.numerique@region.example\nSubject: RE: Panne scanner",
        "Le scanner ne numérise plus.\n\n> Collège Montaigne - 0330789D\n",
    );
    assert_eq!((uai(&replied), school_of(&replied)), (None, None), "{}", replied.reason);
}

#[test]
fn html_only_gmail_mail_with_urgent_subject() {
    let u = Desk::new().mail(
        "From: j.martin@ac-aix.example\nSubject: TRES URGENT - serveur\nContent-Type: text/html; charset=\"UTF-8\"",
        "<div dir=\"ltr\"><div>Bonjour,</div><div>Le serveur p&eacute;dagogique ne d&eacute;marre plus.</div>\
         <div>Coll&egrave;ge Vieux-Port &ndash; 0130456A</div></div>\n",
    );
    assert_eq!(u.kind, Kind::NewIncident);
    assert_eq!(u.urgency, Some(Urgency::TresHaut));
    assert_eq!(uai(&u), Some("0130456A"));
    assert!(u.text.contains("Le serveur pédagogique ne démarre plus."), "{:?}", u.text);
}

#[test]
fn change_request_in_other_words() {
    let u = Desk::new().mail(
        "From: anne.leroux@ac-bordeaux.example\nSubject: Bornes wifi au CDI",
        "Bonjour,\nNous souhaiterions l'installation de 3 bornes wifi supplémentaires au CDI pour la rentrée.\n\
         Pas urgent.\nLycée Montaigne 0330789D\n",
    );
    assert_eq!((u.kind, u.urgency), (Kind::NewRequest, Some(Urgency::Bas)), "{}", u.reason);
}

#[test]
fn replies_to_our_messages_are_follow_ups() {
    let mut desk = Desk::new();
    desk.own_domain = Some("helpdesk.example");
    let headers =
        "From: j.martin@ac-aix.example\nSubject: RE: Votre demande\nIn-Reply-To: <ack-2025-000321@helpdesk.example>";
    let u = desk.mail(headers, "Précision : seules les salles du 2e étage sont touchées.\n");
    assert_eq!((u.kind, ticket(&u)), (Kind::FollowUp, Some("2025-000321".into())), "{}", u.reason);
    // Another domain's lookalike id is not ours.
    let u = desk.mail(&headers.replace("helpdesk.example", "elsewhere.example"), "Précision : la salle 12 aussi.\n");
    assert_eq!((u.kind, ticket(&u)), (Kind::NewIncident, None));
}

#[test]
fn closures_in_other_words() {
    let desk = Desk::new();
    let u = desk.mail(
        "From: claire.dubois@ac-lyon.example\nSubject: Re: [DESK #2025-000400] Vidéoprojecteur",
        "Le technicien est passé, tout est rentré dans l'ordre. Merci, vous pouvez clore la demande.\n",
    );
    assert_eq!((u.kind, ticket(&u)), (Kind::ClosureConfirmation, Some("2025-000400".into())));
    let u = desk.mail(
        "From: claire.dubois@ac-lyon.example\nSubject: Re: [DESK #2025-000400] Vidéoprojecteur",
        "Le vidéoprojecteur refonctionne, merci !\n\nLe 3 mars 2025 à 10:02, DESK <desk@x.example> a écrit :\n> Urgence : haute\n",
    );
    assert_eq!((u.kind, u.urgency), (Kind::ClosureConfirmation, None));
    // A closure states no level: "rien d'urgent" is of a remark for later.
    let remark = desk.mail(
        "From: claire.dubois@ac-lyon.example\nSubject: Re: [DESK #2025-000400] Vidéoprojecteur",
        "Tout fonctionne, vous pouvez clôturer. La télécommande aurait besoin de piles, rien d'urgent.\n",
    );
    assert_eq!((remark.kind, remark.urgency), (Kind::ClosureConfirmation, None), "{}", remark.reason);
    let partial = desk.mail(
        "From: claire.dubois@ac-lyon.example\nSubject: Re: [DESK #2025-000400] Wifi",
        "Le wifi fonctionne à nouveau au CDI, mais toujours pas en salle 12.\n",
    );
    assert_eq!(partial.kind, Kind::FollowUp);
}

#[test]
fn reminders_with_and_without_number() {
    let desk = Desk::new();
    let u = desk.mail(
        "From: j.martin@ac-aix.example\nSubject: Imprimante salle des profs",
        "Bonjour,\nNous attendons toujours le passage du technicien pour l'imprimante signalée le mois dernier.\n",
    );
    assert_eq!((u.kind, ticket(&u)), (Kind::Reminder, None), "{}", u.reason);
    let u = desk
        .mail("From: j.martin@ac-aix.example\nSubject: 2ème RELANCE ticket 2025-000042", "Merci de nous répondre.\n");
    assert_eq!((u.kind, ticket(&u)), (Kind::Reminder, Some("2025-000042".into())));
}

#[test]
fn list_request_in_other_words() {
    let u = Desk::new().mail(
        "From: anne.leroux@ac-bordeaux.example\nSubject: Demandes en cours",
        "Pourriez-vous nous indiquer les demandes encore ouvertes pour le lycée ?\n",
    );
    assert_eq!(u.kind, Kind::ListRequest, "{}", u.reason);
}

#[test]
fn automatic_replies() {
    let desk = Desk::new();
    let ooo = desk.mail(
        "From: claire.dubois@ac-lyon.example\nSubject: Absence du 3 au 7 mars",
        "Bonjour, je serai de retour le 8 mars. Pour toute urgence, contactez l'accueil.\n",
    );
    assert_eq!((ooo.kind, ooo.urgency, school_of(&ooo)), (Kind::AutoReply, None, None), "{}", ooo.reason);
    let english = desk.mail(
        "From: j.martin@ac-aix.example\nSubject: Re: [DESK #2025-000010] Printer\nAuto-Submitted: auto-replied",
        "I am out of the office until Monday.\n",
    );
    assert_eq!((english.kind, ticket(&english)), (Kind::AutoReply, Some("2025-000010".into())));
    let receipt = desk
        .mail("From: j.martin@ac-aix.example\nSubject: Lu : [DESK #2025-000010] Printer", "Votre message a été lu.\n");
    assert_eq!(receipt.kind, Kind::AutoReply);
    // A shared box's rule acknowledges in the subject's prefix; a school answering the desk's
    // own acknowledgement is a person.
    let shared = desk.mail(
        "From: ce.0691234S@ac-lyon.example\nSubject: Accusé de réception : [DESK #2025-000010] Printer",
        "Votre message a bien été reçu par le secrétariat.\n",
    );
    assert_eq!(shared.kind, Kind::AutoReply, "{}", shared.reason);
    let thanks = desk.mail(
        "From: j.martin@ac-aix.example\nSubject: RE: [DESK #2025-000010] Accusé de réception",
        "Merci, l'imprimante est toujours en panne.\n",
    );
    assert_eq!(thanks.kind, Kind::FollowUp, "{}", thanks.reason);
}

#[test]
fn bounces_carry_the_ticket_of_our_returned_mail() {
    let desk = Desk::new();
    let exim = desk.mail(
        "From: Mail Delivery System <Mailer-Daemon@mx.ac-aix.example>\nSubject: Mail delivery failed: returning message to sender",
        "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered \
         to one or more of its recipients.\n\n------ This is a copy of the message, including all the headers. ------\n\
         Subject: [DESK #2025-000077] Imprimante\nMessage-ID: <ack-2025-000077@helpdesk.example>\n",
    );
    assert_eq!((exim.kind, ticket(&exim)), (Kind::Bounce, Some("2025-000077".into())));
    let delayed = desk.mail(
        "From: postmaster@relay.example\nSubject: Delivery delayed\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"",
        "--b\nContent-Type: text/plain\n\nStill trying.\n--b\nContent-Type: message/delivery-status\n\nAction: delayed\n--b--\n",
    );
    assert_eq!(delayed.kind, Kind::Bounce);
}

#[test]
fn lists_are_bulk() {
    let u = Desk::new().mail(
        "From: info@editeur.example\nSubject: Nouveautés\nPrecedence: list",
        "Nouveau : signalez vos incidents avec le niveau d'urgence adapté.\n",
    );
    assert_eq!((u.kind, u.urgency), (Kind::Bulk, None));
}

#[test]
fn outside_senders_are_unauthorised_but_read() {
    let desk = Desk::new();
    let teacher = desk.mail(
        "From: prof.histoire@ac-lyon.example\nSubject: Vidéoprojecteur HS",
        "Le vidéoprojecteur de ma salle est HS.\nUrgence : moyenne\nUAI 0691234S\n",
    );
    assert_eq!(teacher.kind, Kind::Unauthorised);
    assert_eq!((uai(&teacher), teacher.urgency, school_of(&teacher)), (Some("0691234S"), Some(Urgency::Moyen), None));
    assert!(teacher.reason.contains("0691234S"), "{}", teacher.reason);
    // Listed for one school, writing for another.
    let other = desk.mail("From: marc.petit@ac-lyon.example\nSubject: Panne", "Panne réseau.\nUAI : 0130456A\n");
    assert_eq!(other.kind, Kind::Unauthorised, "{}", other.reason);
    // A parent about the school's payment page speaks of money, and of a school.
    let parent = desk.mail(
        "From: famille.garcia@famille.example\nSubject: Paiement voyage Espagne",
        "Je n'arrive pas à payer le voyage de ma fille en ligne, la page refuse ma carte. Que dois-je faire ?",
    );
    assert_eq!(parent.kind, Kind::Unauthorised, "{}", parent.reason);
}

#[test]
fn forged_listed_sender_is_unauthorised() {
    let u = Desk::new().mail(
        "Authentication-Results: mx.region.example;\n\tspf=fail smtp.mailfrom=evil.example;\n\tdmarc=fail header.from=ac-lyon.example\n\
         From: Claire Dubois <claire.dubois@ac-lyon.example>\nReply-To: claire.dubois@evil.example\nSubject: Accès administrateur",
        "Merci de m'envoyer les mots de passe du pare-feu.\n",
    );
    assert_eq!(u.kind, Kind::Unauthorised);
    assert!(u.reason.contains("dmarc=fail") || u.reason.contains("spf=fail"), "{}", u.reason);
    assert!(u.is_forged(), "the verdict is a fact, not a reading of the reason");
    // The same results for a sender nobody listed forge nothing: there is no one to impersonate.
    // A stranger asking for the firewall's passwords, with nothing of a school's report, is
    // credential phishing.
    let outsider = Desk::new().mail(
        "Authentication-Results: mx.region.example; dmarc=fail header.from=elsewhere.example\n\
         From: someone@elsewhere.example\nSubject: Accès administrateur",
        "Merci de m'envoyer les mots de passe du pare-feu.\n",
    );
    assert!(!outsider.is_forged(), "{}", outsider.reason);
    assert_eq!(outsider.kind, Kind::Spam, "{}", outsider.reason);
}

#[test]
fn threading_and_loop_marker_are_read_once_with_the_rest() {
    let u = Desk::new().mail(
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [DESK #2026-000007] avis\nMessage-ID: <m3@ac-lyon.example>\n\
         In-Reply-To: <agent-2026-000007.1@desk.example>\n\
         References: <ack-2026-000007@desk.example>\n\t<agent-2026-000007.1@desk.example>\n\
         X-Guichet-Loop: cesame@region.example",
        "urgence : bas\n",
    );
    assert_eq!(u.references, ["ack-2026-000007@desk.example", "agent-2026-000007.1@desk.example"]);
    assert!(u.replies_to_agent_mail());
    assert_eq!(u.loop_marker.as_deref(), Some("cesame@region.example"));
    let plain = Desk::new().mail("From: claire.dubois@ac-lyon.example\nSubject: Panne", "Imprimante HS.\n");
    assert!(!plain.replies_to_agent_mail() && plain.loop_marker.is_none() && plain.references.is_empty());
}

/// A bounce told only by its subject gives way to an upstream filter's verdict; a delivery
/// report or a daemon's bounce does not.
#[test]
fn an_upstream_verdict_outweighs_a_bounce_in_words() {
    let desk = Desk::new();
    let subject = "Subject: Undelivered Mail Returned to Sender";
    let body = "Reprogrammez la livraison : http://relais-express.example/rdv\n";
    let words = desk.mail(&format!("From: suivi@relais-express.example\n{subject}"), body);
    assert_eq!(words.kind, Kind::Bounce, "{}", words.reason);
    let scored = desk.mail(&format!("From: suivi@relais-express.example\n{subject}\nX-Spam-Flag: YES"), body);
    assert_eq!(scored.kind, Kind::Spam, "{}", scored.reason);
    let daemon = desk.mail(&format!("From: MAILER-DAEMON@mx.example\n{subject}\nX-Spam-Flag: YES"), body);
    assert_eq!(daemon.kind, Kind::Bounce, "{}", daemon.reason);
}

#[test]
fn spam_in_english_and_french() {
    let desk = Desk::new();
    let english = desk.mail(
        "From: security@account-check.example\nSubject: Password expiry notice",
        "Dear user, your password expires today. Click here to keep your account: https://account-check.example/login\n",
    );
    assert_eq!((english.kind, english.ticket_ref), (Kind::Spam, None), "{}", english.reason);
    let french = desk.mail(
        "From: compta@factures.example\nSubject: Facture impayée\nContent-Type: multipart/mixed; boundary=\"z\"",
        "--z\nContent-Type: text/plain; charset=utf-8\n\nBonjour, veuillez régler la facture ci-jointe.\n--z\n\
         Content-Type: text/html\nContent-Disposition: attachment; filename=\"Facture_2025.pdf.html\"\n\n<script></script>\n--z--\n",
    );
    assert_eq!(french.kind, Kind::Spam, "{}", french.reason);
    // A system's acknowledgement (RFC 3834) promises an answer "sous 48 heures": no threat.
    let ack = desk.mail(
        "From: support@editeur.example\nSubject: Accusé de réception\nAuto-Submitted: auto-generated",
        "Nous avons bien reçu votre demande. Un conseiller vous répondra sous 48 heures ouvrées.\n",
    );
    assert_eq!(ack.kind, Kind::AutoReply, "{}", ack.reason);
    let claimed = desk.mail(
        "From: security@account-check.example\nSubject: Password expiry\nAuto-Submitted: auto-generated",
        "Your password expires today. Verify your account within 24 hours: https://account-check.example/login\n",
    );
    assert_eq!(claimed.kind, Kind::Spam, "{}", claimed.reason);
}

#[test]
fn contractors_configured_or_recognised_by_work_order() {
    let mut desk = Desk::new();
    let u = desk.mail(
        "From: technicien@maintenance.example\nSubject: Ordre de travail n° 2025-000088",
        "Intervention réalisée, écran remplacé.\n",
    );
    assert_eq!((u.kind, ticket(&u)), (Kind::ContractorUpdate, Some("2025-000088".into())), "{}", u.reason);
    assert_eq!(u.work_order.map(|t| t.to_string()).as_deref(), Some("2025-000088"));
    desk.contractors = vec!["@maintenance.example".into()];
    let u = desk.mail("From: planning@maintenance.example\nSubject: Planning", "Passage prévu mardi, urgence haute.\n");
    assert_eq!((u.kind, u.urgency), (Kind::ContractorUpdate, None));
}

#[test]
fn platforms_configured_or_recognised_by_content() {
    let mut desk = Desk::new();
    let glpi = desk.mail(
        "From: glpi@support.region.example\nSubject: [GLPI #0004512] Mise à jour du ticket\nContent-Type: text/html; charset=utf-8",
        "<table><tr><th>Titre</th><td>Imprimante</td></tr><tr><th>Statut</th><td>En cours (attribué)</td></tr>\
         <tr><th>Urgence</th><td>Haute</td></tr><tr><th>Référence externe</th><td>2025-000150</td></tr>\
         <tr><th>Catégorie</th><td>Matériel</td></tr></table>\n",
    );
    assert_eq!(
        (glpi.kind, glpi.urgency, ticket(&glpi)),
        (Kind::PlatformUpdate, None, Some("2025-000150".into())),
        "{}",
        glpi.reason
    );
    desk.platforms = vec!["notifications@itsm.example".into()];
    let u = desk
        .mail("From: Notifications@ITSM.example\nSubject: REQ0012345 resolved", "Your request has been resolved.\n");
    assert_eq!((u.kind, u.platform_id.as_deref()), (Kind::PlatformUpdate, Some("REQ0012345")));
}

#[test]
fn unconfigured_contractor_is_known_by_its_words_about_a_ticket() {
    let desk = Desk::new();
    let visit = desk.mail(
        "From: agence@maintenance.example\nSubject: RE: [CESAME #2026-000310] Ordre de travail - Lycée",
        "Bien reçu, notre technicien passera jeudi.\n",
    );
    assert_eq!((visit.kind, ticket(&visit)), (Kind::ContractorUpdate, Some("2026-000310".into())), "{}", visit.reason);
    // The same outsider without the desk's ticket, or a teacher in copy, is no contractor.
    let stray = desk.mail("From: agence@maintenance.example\nSubject: Devis", "Notre technicien passera jeudi.\n");
    assert_eq!(stray.kind, Kind::Unauthorised, "{}", stray.reason);
    let teacher = desk.mail(
        "From: prof@ac-paris.example\nSubject: RE: [CESAME #2026-000311] Souris salle 7",
        "Je complète : la souris du poste professeur est aussi touchée.\n",
    );
    assert_eq!(teacher.kind, Kind::Unauthorised, "{}", teacher.reason);
    // Answering under GLPI's tag beside the desk's, in a firm's words: still the contractor; the
    // platform's own notification of the same ticket stays the platform's.
    let relayed = desk.mail(
        "From: agence@maintenance.example\nSubject: RE: [GLPI #0008109] [CESAME #2026-000312] Ordre de travail - Collège",
        "Le technicien passera jeudi à 9 h.\n",
    );
    assert_eq!(relayed.kind, Kind::ContractorUpdate, "{}", relayed.reason);
    assert_eq!(ticket(&relayed).as_deref(), Some("2026-000312"));
    let notice = desk.mail(
        "From: glpi@departement.example\nSubject: [GLPI #0008109] Nouveau suivi [CESAME #2026-000312] Ordre de travail\nAuto-Submitted: auto-generated",
        "Nouveau suivi : notre technicien passera jeudi.\n",
    );
    assert_eq!(notice.kind, Kind::PlatformUpdate, "{}", notice.reason);
}

#[test]
fn rt_news_of_a_ticket_is_a_platform_update_and_a_list_stays_bulk() {
    let desk = Desk::new();
    let rt = desk.mail(
        "From: support@rt.example\nSubject: [rt.example #90112] Poste GTC\nPrecedence: bulk\nX-RT-Loop-Prevention: rt.example",
        "Le service de supervision a été redémarré.\n",
    );
    assert_eq!(
        (rt.kind, rt.platform_id.as_deref()),
        (Kind::PlatformUpdate, Some("rt.example #90112")),
        "{}",
        rt.reason
    );
    let list = desk.mail(
        "From: liste@listes.example\nSubject: [rupn #12] Coupure samedi\nList-Id: <rupn.listes.example>\nPrecedence: list",
        "Coupure du réseau samedi matin.\n",
    );
    assert_eq!(list.kind, Kind::Bulk, "{}", list.reason);
}

#[test]
fn a_platforms_agent_answering_under_the_desks_tag_is_the_platform() {
    let desk = Desk::new();
    // Zammad's agent: the desk's tag and Zammad's own hook, no field, no header.
    let agent = desk.mail(
        "From: Support <support@departement.example>\nSubject: RE: [CESAME #2026-000414] Routeur [Ticket#1013588]",
        "Le routeur a été reconfiguré à distance ce matin.\n",
    );
    assert_eq!(
        (agent.kind, agent.platform_id.as_deref(), ticket(&agent)),
        (Kind::PlatformUpdate, Some("Ticket#1013588"), Some("2026-000414".into())),
        "{}",
        agent.reason
    );
    // The hook alone, about none of the desk's tickets, is an outsider's mail.
    let alone = desk.mail(
        "From: Support <support@departement.example>\nSubject: Routeur [Ticket#1013588]",
        "Le routeur a été reconfiguré à distance ce matin.\n",
    );
    assert_eq!(alone.kind, Kind::Unauthorised, "{}", alone.reason);
}

#[test]
fn rt_autoreply_gives_rts_ticket_and_other_autoreplies_stay_automatic() {
    let desk = Desk::new();
    // RT's autoreply (`Auto-Submitted: auto-replied`, `RT-Ticket`): the platform's number.
    let rt = desk.mail(
        "From: rt@cri.example\nSubject: [cri #48211] AutoReply: [CESAME #2026-000412] Imprimante\n\
         RT-Ticket: cri #48211\nPrecedence: bulk\nAuto-Submitted: auto-replied",
        "This message has been automatically generated in response to the creation of a trouble ticket.\n",
    );
    assert_eq!(
        (rt.kind, rt.platform_id.as_deref(), ticket(&rt)),
        (Kind::PlatformUpdate, Some("cri #48211"), Some("2026-000412".into())),
        "{}",
        rt.reason
    );
    // An outsider's absence under RT's tag has no RT header: an automatic reply.
    let away = desk.mail(
        "From: agent@cri.example\nSubject: [cri #48211] Imprimante\nAuto-Submitted: auto-replied",
        "Je suis absent jusqu'au 4 janvier.\n",
    );
    assert_eq!(away.kind, Kind::AutoReply, "{}", away.reason);
    // Zammad's receipt names its ticket by its hook beside the desk's tag: the platform's number.
    let zammad = desk.mail(
        "From: support@departement.example\nSubject: Merci pour votre demande ([CESAME #2026-000415] Routeur) [Ticket#1018906]\n\
         Auto-Submitted: auto-replied",
        "Votre demande a été reçue et enregistrée.\n",
    );
    assert_eq!(
        (zammad.kind, zammad.platform_id.as_deref()),
        (Kind::PlatformUpdate, Some("Ticket#1018906")),
        "{}",
        zammad.reason
    );
    // An agent's absence under the same tags tells an absence: an automatic reply.
    let agent_away = desk.mail(
        "From: agent@departement.example\nSubject: Réponse automatique : [CESAME #2026-000415] Routeur [Ticket#1018906]\n\
         Auto-Submitted: auto-replied",
        "Je suis absente jusqu'au 4 janvier.\n",
    );
    assert_eq!(agent_away.kind, Kind::AutoReply, "{}", agent_away.reason);
}

#[test]
fn a_contractors_robot_is_the_contractor_and_an_absence_is_not() {
    let desk = Desk::new();
    let subject = "Subject: Accusé de réception - [CESAME #2026-000413] Ordre de travail - Lycée - Onduleur";
    let robot = desk.mail(
        &format!("From: noreply@maintenance.example\n{subject}\nAuto-Submitted: auto-generated"),
        "Votre ordre de travail a bien été enregistré.\nCeci est un message automatique, merci de ne pas y répondre.\n",
    );
    assert_eq!((robot.kind, ticket(&robot)), (Kind::ContractorUpdate, Some("2026-000413".into())), "{}", robot.reason);
    // The technician's absence, or a robot's notice about no work order: automatic replies.
    let away = desk.mail(
        &format!("From: t.lambert@maintenance.example\n{subject}"),
        "Je suis absent jusqu'au 4 janvier. Ceci est un message automatique.\n",
    );
    assert_eq!(away.kind, Kind::AutoReply, "{}", away.reason);
    let stray = desk.mail(
        "From: noreply@boutique.example\nSubject: Votre commande",
        "Votre commande a bien été enregistrée.\nCeci est un message automatique, merci de ne pas y répondre.\n",
    );
    assert_eq!(stray.kind, Kind::AutoReply, "{}", stray.reason);
}

#[test]
fn a_phishing_mail_forwarded_because_a_password_was_given_is_an_incident() {
    let u = Desk::new().mail(
        "From: j.martin@ac-aix.example\nSubject: TR: Votre boîte aux lettres est pleine",
        "Une collègue a cliqué sur le lien et saisi son mot de passe. Que devons-nous faire ?\n0130456A\n\n\
         -------- Message transféré --------\nDe : Support <support@boite-pleine.example>\nObjet : Votre boîte \
         aux lettres est pleine\n\nVotre boîte a atteint sa limite. Cliquez ici pour vérifier votre compte.\n",
    );
    assert_eq!(u.kind, Kind::NewIncident, "{}", u.reason);
}

#[test]
fn forward_of_a_teacher_mail_is_a_new_incident() {
    let u = Desk::new().mail(
        "From: j.martin@ac-aix.example\nSubject: Fwd: Tableau numérique salle 3",
        "Je vous transfère, merci de voir. UAI 0130456A.\n\n---------- Forwarded message ---------\n\
         De : M. Prof <prof@ac-aix.example>\nDate : lun. 3 mars 2025\nObjet : Re: [DESK #2025-000111] Tableau\n\n\
         Le tableau de la salle 3 ne s'allume plus. Urgence : très haute\n",
    );
    assert_eq!((u.kind, ticket(&u), u.urgency), (Kind::NewIncident, None, None), "{}", u.reason);
}

#[test]
fn a_reply_without_any_reference_is_new() {
    let u = Desk::new()
        .mail("From: j.martin@ac-aix.example\nSubject: RE: Bonjour", "Le switch de la salle 8 ne fonctionne plus.\n");
    assert_eq!(u.kind, Kind::NewIncident);
}

#[test]
fn legacy_8bit_mail_without_mime_headers() {
    let mut raw = b"From: j.martin@ac-aix.example\r\nSubject: Probl\xe8me r\xe9seau\r\n\r\n".to_vec();
    raw.extend_from_slice(b"Le r\xe9seau est coup\xe9 au CDI.\r\nUrgence : tr\xe8s haute\r\n");
    let u = Desk::new().read(&raw);
    assert_eq!(u.subject, "Problème réseau");
    assert_eq!((u.kind, u.urgency), (Kind::NewIncident, Some(Urgency::TresHaut)));
}

#[test]
fn deep_nesting_is_read_without_trouble() {
    let depth = 80;
    let mut raw = String::from("From: j.martin@ac-aix.example\r\nSubject: Souris\r\n");
    for level in 0..depth {
        raw.push_str(&format!("Content-Type: multipart/mixed; boundary=\"n{level}\"\r\n\r\n--n{level}\r\n"));
    }
    raw.push_str("Content-Type: text/plain\r\n\r\nLa souris ne marche plus. Urgence : faible\r\n");
    for level in (0..depth).rev() {
        raw.push_str(&format!("--n{level}--\r\n"));
    }
    let u = Desk::new().read(raw.as_bytes());
    assert_eq!((u.kind, u.urgency), (Kind::NewIncident, Some(Urgency::Bas)));
}

#[test]
fn nothing_usable_is_malformed() {
    let desk = Desk::new();
    assert_eq!(desk.read(b"").kind, Kind::Malformed);
    assert_eq!(desk.read(b"\x00\xff\xfe garbage without headers").kind, Kind::Malformed);
    assert_eq!(desk.mail("Subject: Panne", "").kind, Kind::Malformed);
    assert_eq!(desk.mail("From: j.martin@ac-aix.example", "").kind, Kind::Malformed);
}

#[test]
fn injected_subject_and_name_are_one_line() {
    let u = Desk::new().mail(
        "From: =?utf-8?B?Sm9obg0KQmNjOiB4QHkuZXhhbXBsZQ==?= <j.martin@ac-aix.example>\n\
         Subject: =?utf-8?Q?Imprimante=0D=0ABcc:_victim@target.example?=",
        "L'imprimante ne marche plus.\n",
    );
    assert_eq!(u.subject, "Imprimante Bcc: victim@target.example");
    assert_eq!(u.sender_name.as_deref(), Some("John Bcc: x@y.example"));
}

#[test]
fn arbitrary_bytes_never_panic() {
    let desk = Desk::new();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let pieces: [&[u8]; 12] = [
        b"From: a@b\r\n",
        b"Content-Type: multipart/mixed; boundary=x\r\n",
        b"\r\n--x\r\n",
        b"Content-Transfer-Encoding: base64\r\n",
        b"=?utf-8?B?w6k=?=",
        b"<td>&#x",
        b"\xc3",
        b"\xe9\xff",
        b"Urgence : ",
        b"0751043 b",
        b"[DESK #2025-",
        b"Content-Type: message/rfc822\r\n\r\n",
    ];
    for _ in 0..2000 {
        let mut raw = Vec::new();
        for _ in 0..(seed % 24) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            raw.extend_from_slice(pieces[(seed % pieces.len() as u64) as usize]);
        }
        let u = desk.read(&raw);
        assert!(!u.subject.contains(['\r', '\n']));
    }
}

#[test]
fn explain_names_what_decided_each_field_and_what_else_was_seen() {
    let desk = Desk::new();
    let ctx = Context {
        directory: &desk.directory,
        own_domain: None,
        subject_label: "DESK",
        contractors: &[],
        platforms: &[],
        authserv_id: None,
        model: None,
    };
    let raw = raw(
        "From: claire.dubois@ac-lyon.example\nSubject: URGENT imprimante",
        "Bonjour,\nl'imprimante ne fonctionne plus.\nUrgence : moyenne\nUAI 0691234S, ancien code 0691234T\n",
    );
    let (u, lines) = explain::explain(raw.as_bytes(), &ctx);
    let field = |name: &str| lines.iter().find(|l| l.field == name).unwrap().clone();
    assert_eq!(field("kind").value, u.kind.as_str());
    // The labelled level in the text wins over the bare "URGENT" of the subject, which is shown.
    let urgency = field("urgency");
    assert_eq!(urgency.value, "moyen");
    assert!(urgency.because.contains("urgence : moyenne"), "{urgency:?}");
    assert!(urgency.considered.iter().any(|c| c.starts_with("tres_haut") && c.contains("subject")), "{urgency:?}");
    let uai = field("uai");
    assert_eq!(uai.value, "0691234S");
    assert!(uai.considered.iter().any(|c| c.contains("0691234T") && c.contains("wrong")), "{uai:?}");
    assert!(field("sender").because.contains("1 school"));
    assert!(explain::render("m.eml", &lines).starts_with("m.eml\n  kind"));
}

#[test]
fn the_first_urgency_evidence_is_what_understanding_decides() {
    for (subject, text) in [
        ("urgent", "urgence : basse"),
        ("imprimante", "pas urgent du tout"),
        ("[x] moyen", ""),
        ("panne", "si c'est urgent appelez-moi"),
        ("tres urgent", ""),
        ("", ""),
    ] {
        let first = urgency::evidence(subject, text).first().map(|(u, _, _)| *u);
        assert_eq!(first, urgency::find(subject, text), "{subject:?} / {text:?}");
    }
}

/// A new mail (no "Re:", no In-Reply-To) that pastes an old ticket's history below a new
/// report is a new report; one that only adds to it stays a follow-up.
#[test]
fn a_pasted_history_does_not_make_a_new_report_a_follow_up() {
    let desk = Desk::new();
    let headers = "From: j.martin@ac-aix.example\nContent-Type: text/plain; charset=utf-8";
    let history = "\n\nLe 12/11/2026, DESK a écrit :\n> Le ticket 2026-000455 est enregistré.\n";
    let new = desk.mail(
        &format!("{headers}\nSubject: Nouveau problème salle 9"),
        &format!("Bonjour,\nL'écran interactif de la salle 9 ne répond plus au toucher.{history}"),
    );
    assert_eq!(new.kind, Kind::NewIncident, "{}", new.reason);
    let more = desk.mail(&format!("{headers}\nSubject: Photo"), &format!("Voici la photo demandée.{history}"));
    assert_eq!(more.kind, Kind::FollowUp, "{}", more.reason);
}

/// A reply's subject is the original's: its "URGENT" is not said again.
#[test]
fn a_replys_subject_states_no_urgency() {
    let desk = Desk::new();
    let headers = "From: j.martin@ac-aix.example\nContent-Type: text/plain; charset=utf-8";
    let reply = desk
        .mail(&format!("{headers}\nSubject: RE: [DESK #2026-000455] URGENT serveur"), "Le serveur est reparti, merci.");
    assert_eq!((reply.kind, reply.urgency), (Kind::ClosureConfirmation, None), "{}", reply.reason);
    let forward = desk.mail(&format!("{headers}\nSubject: TR: URGENT serveur"), "Le serveur ne répond plus.");
    assert_eq!(forward.urgency, Some(Urgency::TresHaut));
}

/// A school's answer to the notice of a technical closure, read from its own words: the
/// quoted notice (which names both "c'est résolu" and "toujours en panne") never decides.
#[test]
fn answers_to_a_technical_closure() {
    let desk = Desk::new();
    let notice = "\n\nLe 03/12/2026 à 10:02, Service CESAME a écrit :\n> Intervention terminée — demande 2026-000321.\n> Merci de nous confirmer que le problème est résolu en répondant à ce message (par exemple « c'est résolu, vous pouvez clôturer »), ou de nous signaler s'il persiste (« toujours en panne »).";
    let cases = [
        ("Bonjour, c'est résolu, vous pouvez clôturer. Merci", ClosureAnswer::Confirmed),
        ("Tout fonctionne, merci !", ClosureAnswer::Confirmed),
        ("Nickel, merci beaucoup pour la rapidité.", ClosureAnswer::Confirmed),
        ("Le vidéoprojecteur est toujours en panne.", ClosureAnswer::StillBroken),
        ("Ça ne fonctionne toujours pas", ClosureAnswer::StillBroken),
        ("Pas résolu du tout", ClosureAnswer::StillBroken),
        ("Tout fonctionne sauf le scanner, qui affiche la même erreur.", ClosureAnswer::StillBroken),
        ("Le vidéoprojecteur ne s'allume plus depuis ce matin.", ClosureAnswer::StillBroken),
        ("Personne n'est venu, toujours rien.", ClosureAnswer::StillBroken),
        ("L'écran a tenu deux jours, puis de nouveau noir.", ClosureAnswer::StillBroken),
        ("Je suis absente demain, voyez avec M. Petit.", ClosureAnswer::Unclear),
        ("C'est bon pour nous, le technicien peut passer jeudi.", ClosureAnswer::Unclear),
        ("Le problème persiste.", ClosureAnswer::StillBroken),
        ("Je confirme que le problème persiste.", ClosureAnswer::StillBroken),
        ("La panne est toujours là.", ClosureAnswer::StillBroken),
        ("Tout fonctionne, merci. Si le problème persiste, je reviendrai vers vous.", ClosureAnswer::Confirmed),
    ];
    for (own, want) in cases {
        let body = format!("{own}{notice}");
        let u = desk.mail(
            "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-000321] Intervention terminée\nContent-Type: text/plain; charset=utf-8",
            &body,
        );
        assert_eq!(u.closure_answer, want, "{own} (read as {}: {})", u.kind.as_str(), u.reason);
    }
    // Only mail about a ticket answers: a new report says nothing of a closure.
    let new =
        desk.mail("From: claire.dubois@ac-lyon.example\nSubject: Écran", "L'écran de la salle 2 ne s'allume plus.");
    assert_eq!(new.closure_answer, ClosureAnswer::Unclear);
}
