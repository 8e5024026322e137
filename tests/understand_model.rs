//! The learned kind model (issue 14): the shipped one is learned from the labelled tables of
//! `understand_classes.rs`, and a model learned from the parts written before one reads that
//! part well, which is what it must do on mail it has never seen.

use guichet::directory::Directory;
use guichet::understand::explain::explain;
use guichet::understand::model::{Model, Trainer, CLASSES};
use guichet::understand::{model_text, new_mail_reading, second_kind, understand, ClosureAnswer, Kind, Understanding};

#[allow(dead_code)]
mod cases;

use cases::{context, directory, Case, PARTS};

/// Features seen fewer times are left out of the shipped file: seen once, they say more of one
/// mail than of a kind.
const MIN_COUNT: u32 = 2;

const SHIPPED: &str = "src/understand/kind/model.tsv";

fn learn<'a>(cases: impl Iterator<Item = &'a Case>) -> Trainer {
    let mut trainer = Trainer::default();
    for case in cases {
        let text = model_text(case.raw().as_bytes()).expect("test mails parse");
        trainer.add(&text, case.kind);
    }
    trainer
}

#[test]
fn the_shipped_model_is_learned_from_the_tables() {
    let trainer = learn(PARTS.iter().flat_map(|(_, part)| part.iter()));
    let tsv = trainer.to_tsv(MIN_COUNT);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SHIPPED);
    if std::env::var_os("GUICHET_WRITE_MODEL").is_some() {
        std::fs::write(&path, &tsv).expect("write the model");
    }
    let shipped = std::fs::read_to_string(&path).expect("the shipped model");
    assert!(
        shipped == tsv,
        "{SHIPPED} is not learned from the tables as they are: run `GUICHET_WRITE_MODEL=1 cargo test --test understand_model`"
    );
    let model = Model::from_tsv(&shipped).expect("the shipped model reads");
    assert_eq!(model.examples(), trainer.examples());
    assert!(model.examples() > 1000, "{} examples", model.examples());
}

/// For each part from the 40th, a model learned from the parts before it reads the mails about
/// a ticket (news, closure, reminder, list): the kinds the model may decide. Parts 40–49 read
/// 91.3 % when the model was written, and are the guard; the parts written after it, in voices
/// it had not seen, are printed: 82.4 % on parts 50–65 (108/131; part 58 aims at intent). The
/// model alone is not enough, which is why it only re-reads the rules' weak readings.
#[test]
fn a_model_reads_the_part_written_after_what_it_learned() {
    let about = [Kind::FollowUp, Kind::ClosureConfirmation, Kind::Reminder, Kind::ListRequest];
    // (right, total) for parts 40–49, then for the later ones.
    let mut counts = [(0u32, 0u32); 2];
    let mut misses = Vec::new();
    for (number, part) in PARTS.iter().filter(|(n, _)| *n >= 40) {
        let model = learn(PARTS.iter().filter(|(n, _)| n < number).flat_map(|(_, p)| p.iter())).model();
        let count = &mut counts[usize::from(*number >= 50)];
        for case in part.iter().filter(|c| about.contains(&c.kind)) {
            let text = model_text(case.raw().as_bytes()).expect("test mails parse");
            let lean = model.lean(&text, &about, None).expect("four kinds learned");
            count.1 += 1;
            if lean.kind == case.kind {
                count.0 += 1;
            } else {
                misses.push(format!("part {number}, {}: {:?} for {:?}", case.name, lean.kind, case.kind));
            }
        }
    }
    let accuracy = counts.map(|(right, total)| f64::from(right) / f64::from(total.max(1)));
    eprintln!(
        "learned model on parts 40–49: {}/{} ({:.1} %); on later parts: {}/{} ({:.1} %)",
        counts[0].0,
        counts[0].1,
        accuracy[0] * 100.0,
        counts[1].0,
        counts[1].1,
        accuracy[1] * 100.0
    );
    for miss in &misses {
        eprintln!("  {miss}");
    }
    assert!(counts[0].1 >= 80, "{} mails", counts[0].1);
    assert!(accuracy[0] >= 0.90, "{:.1} %:\n{}", accuracy[0] * 100.0, misses.join("\n"));
}

/// The second reading on mail neither the rules nor the model had seen: each aside part from
/// the 30th, as the rules alone read it before it was written (`cases/first_reading.tsv`, from
/// git history by `cases/first_reading.sh`), then by a model learned from the parts before it.
/// Measured when written on parts 30–49: the rules 432 of 479 right, with the second reading
/// 433; 434 since a closure the rules read may no longer become a chase. With parts 50–63,
/// written after the model: 747 then 751 of 841 (parts 50–63: 315 then 318 of 362) once the
/// model no longer made news a chase (those changes were right 8 times and wrong 8 on parts
/// 30–55, whatever the margin); 768 of 841 (328 of 362) since a closure it reads on thanked
/// news with no fault told is taken — 17 such changes, all right. With parts 64 (written to
/// test that) and 65: 787 then 811 of 889 (parts 50–65: 355 then 371 of 410). With parts
/// 66–68 and the model's reading of a new mail the rules weighed at nothing either way (an
/// incident by default; `first_reading.tsv` keeps the weights the rules gave then): 844 by the
/// rules, 871 with the second reading of replies, 894 with that of needs too, of 967 (parts
/// 50–68: 412, then 448 of 488). Of the 34 such mails read as needs, 27 were needs, 4 incidents
/// and 3 lists or chases the rules had misread anyway; margins of 2, 3, 4, 6, 8 end with 20, 21,
/// 23, 21, 20 more mails right. Part 69, written after: one need read rightly, one security
/// breach ("il a accès aux notes") wrongly — 865, then 915 of 992 (parts 50–69: 433, 469 of 513);
/// part 70: one need rightly ("la circulaire rappelle … le collège n'en a pas encore") — 883, then
/// 934 of 1,015 (parts 50–70: 451, 488 of 536); part 71: one need rightly ("un scanner 3D
/// ouvrirait des projets") — 903, then 955 of 1,037 (parts 50–71: 471, 509 of 558); part 72:
/// one need rightly ("le chef de service demande trois téléphones sans fil") — 922, then 975 of
/// 1,059 (parts 50–72: 490, 529 of 580); part 73, replies in the corpus's style: one thanked
/// closure rightly — 938, then 992 of 1,079 (parts 50–73: 506, 546 of 600); part 74: one need
/// rightly ("we only have it on the teacher's PC today") — 954, then 1,009 of 1,101 (parts
/// 50–74: 522, 563 of 622); part 75: two needs rightly ("la fibre chez eux et 20 Mb/s au
/// lycée", "a second unit … is what the teachers are asking for") — 969, then 1,026 of 1,123
/// (parts 50–75: 537, 580 of 644); part 76: one thanked closure rightly — 987, then 1,045 of
/// 1,144 (parts 50–76: 555, 599 of 665); part 77: no change — 1,006, then 1,064 of 1,165
/// (parts 50–77: 574, 618 of 686); part 78: no change — 1,018, then 1,076 of 1,181 (parts
/// 50–78: 586, 630 of 702); part 79 (spam, urgency, codes): no change; part 80: two needs
/// rightly ("seules trois salles ont une enceinte", "n'a ni wifi ni prise accessible") — 1,047,
/// then 1,107 of 1,214 (parts 50–80: 615, 661 of 735). Over parts 30–80 the reading of needs
/// changed 44 mails: 36 needs, 5 incidents, 3 lists or chases the rules had misread anyway.
/// Part 81: no change — 1,060, then 1,120 of 1,230 (parts 50–81: 628, 674 of 751). With the
/// first readings of parts 141 to 166: 2,221, then 2,302 of 2,531 (parts 50–166: 1,789, 1,856
/// of 2,052). Part 154's absence in English, from a contact and with no header ("Thank you for
/// your email. I am currently out of the office…"), was a thanked closure the model took
/// wrongly until thanks for the message ("thank you for your email", "merci pour votre
/// message") stopped counting as thanks for a repair. With parts 167 to 172 the needs it read
/// fell under three right for one wrong (49 of 66; six of the wrong ones lists asked for), and
/// a need is now read only when the change request leads the list too: 2,268 by the rules, then
/// 2,345 of 2,584 (parts 50–172: 1,836, 1,901 of 2,105), 44 needs right of 53 read. With parts
/// 173 to 180, and news read as a chase past `CHASE_MARGIN` (on these readings, 28 of 30 right
/// past 16, against 51 of 88 past 4): 2,327 by the rules, then 2,432 of 2,657 (parts 50–180:
/// 1,895, 1,986 of 2,178); of 31 chases made, 29 were chases, one thanked acknowledgement was
/// news and one absence was misread by the rules anyway. With parts 181 to 190: 2,395 by the
/// rules, then 2,508 of 2,747 (parts 50–190: 1,963, 2,062 of 2,268); 38 chases made, 36 right.
/// With parts 191 to 200 and the narrower chases taken when the mail only asks after its file:
/// 2,460 by the rules, then 2,586 of 2,825 (parts 50–200: 2,028, 2,140 of 2,346); 50 chases
/// made, 48 right. With parts 201 to 215: 2,558 by the rules, then 2,690 of 2,942 (parts
/// 50–215: 2,126, 2,244 of 2,463); 54 chases made, 52 right. With parts 216 to 225: 2,610,
/// then 2,747 of 3,007 (parts 50–225: 2,178, 2,301 of 2,528); 58 chases made, 56 right. With
/// the list read in a new mail the rules weighed at nothing, past `LIST_MARGIN`: 2,753 of 3,007
/// (parts 50–225: 2,306 of 2,528); six lists made, all six lists. With parts 226 to 240: 2,703
/// by the rules, then 2,852 of 3,107 (parts 50–240: 2,271, 2,405 of 2,628); with a narrow chase
/// taken when the mail only tells the wait (`tells_only_the_wait`): 2,862 (2,413); 72 chases
/// made, 70 right; seven lists made, all right. With parts 241 to 252 (and two-digit dates read
/// in the wait's words): 2,760 by the rules, then 2,928 of 3,174 (parts 50–252: 2,328, 2,479 of
/// 2,695); 81 chases made, 79 right. With parts 253 to 255: 2,772, then 2,944 of 3,192; with the
/// wait's words widened (a lack and a duration, others served first, English): 2,947 (parts
/// 50–255: 2,340, 2,498 of 2,713); 88 chases made, 86 right. With parts 256 to 269: 2,835, then
/// 3,019 of 3,270 (parts 50–269: 2,403, 2,570 of 2,791); 97 chases made, 95 right. With parts
/// 270 to 358 (the nineteenth sitting's): 3,247, then 3,454 of 3,735 (parts 50–358: 2,815,
/// 3,005 of 3,256); 117 chases made, 115 right.
#[test]
fn the_second_reading_helps_where_the_rules_had_not_looked() {
    let first: Vec<Vec<&str>> = include_str!("cases/first_reading.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .collect();
    let (mut rules, mut second, mut total) = (0, 0, 0);
    let mut changed = Vec::new();
    let (mut rules_late, mut second_late, mut total_late) = (0, 0, 0);
    for (number, part) in PARTS.iter().filter(|(n, _)| first.iter().any(|r| r[0] == n.to_string())) {
        let model = learn(PARTS.iter().filter(|(n, _)| n < number).flat_map(|(_, p)| p.iter())).model();
        for case in part.iter() {
            let row = first
                .iter()
                .find(|r| r[0] == number.to_string() && r[1] == case.name)
                .unwrap_or_else(|| panic!("part {number}, {}: no first reading", case.name));
            let read = CLASSES.iter().copied().find(|k| k.as_str() == row[2]);
            let mut kind = row[2].to_string();
            // A new mail the rules weighed at nothing either way: the model may read a need or
            // the list.
            if row[2] == "new_incident" && row.get(4) == Some(&"0/0") {
                if let Some(to) = new_mail_reading(case.raw().as_bytes(), &model) {
                    changed.push(format!(
                        "part {number}, {}: new_incident to {} (labelled {})",
                        case.name,
                        to.as_str(),
                        case.kind.as_str()
                    ));
                    kind = to.as_str().to_string();
                }
            } else if let (Some(read), "1") = (read, row[3]) {
                let to = second_kind(case.raw().as_bytes(), read, &model).expect("test mails parse");
                if to != read {
                    changed.push(format!(
                        "part {number}, {}: {} to {} (labelled {})",
                        case.name,
                        row[2],
                        to.as_str(),
                        case.kind.as_str()
                    ));
                    kind = to.as_str().to_string();
                }
            }
            total += 1;
            rules += usize::from(row[2] == case.kind.as_str());
            second += usize::from(kind == case.kind.as_str());
            if *number >= 50 {
                total_late += 1;
                rules_late += usize::from(row[2] == case.kind.as_str());
                second_late += usize::from(kind == case.kind.as_str());
            }
        }
    }
    eprintln!("parts from the 30th at first reading: rules {rules}/{total}, with the second reading {second}/{total}");
    eprintln!("  of which parts from the 50th: rules {rules_late}/{total_late}, with it {second_late}/{total_late}");
    for line in &changed {
        eprintln!("  {line}");
    }
    assert_eq!(total, first.len(), "every first reading is a case of the tables");
    assert!(second > rules, "the second reading does not help: {second} against {rules}");
    // Taking its thanked closures must not make closures of what is not: every change to a
    // closure is one.
    let wrong: Vec<&String> = changed
        .iter()
        .filter(|l| l.contains("to closure_confirmation (labelled") && !l.ends_with("(labelled closure_confirmation)"))
        .collect();
    assert!(wrong.is_empty(), "closures the second reading made wrongly: {wrong:?}");
    // Needs read where the rules weighed nothing must be needs far more often than not.
    let needs: Vec<&String> = changed.iter().filter(|l| l.contains("to new_request (labelled")).collect();
    let right = needs.iter().filter(|l| l.ends_with("(labelled new_request)")).count();
    assert!(right >= 3 * (needs.len() - right), "needs the model read: {right} right of {}: {needs:?}", needs.len());
    // Lists read in new mail where the rules saw nothing must be lists nearly always.
    let lists: Vec<&String> =
        changed.iter().filter(|l| l.contains(": new_incident to list_request (labelled")).collect();
    let right = lists.iter().filter(|l| l.ends_with("(labelled list_request)")).count();
    assert!(right >= 8 * (lists.len() - right), "lists the model read: {right} right of {}: {lists:?}", lists.len());
    // News made chases by a wide margin must be chases far more often still.
    let chases: Vec<&String> = changed.iter().filter(|l| l.contains("to reminder (labelled")).collect();
    let right = chases.iter().filter(|l| l.ends_with("(labelled reminder)")).count();
    assert!(
        right >= 8 * (chases.len() - right),
        "chases the model read: {right} right of {}: {chases:?}",
        chases.len()
    );
}

fn reply(text: &str) -> Vec<u8> {
    format!(
        "From: claire.dubois@ac-lyon.example\r\nSubject: RE: [CESAME #2026-000777] Tableau salle 4\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
    )
    .into_bytes()
}

fn read(raw: &[u8], directory: &Directory) -> (Understanding, Vec<String>) {
    let ctx = context(directory);
    let (u, lines) = explain(raw, &ctx);
    assert_eq!(u.kind, understand(raw, &ctx).kind, "explain reads as understand does");
    let kind = lines.into_iter().find(|l| l.field == "kind").expect("kind explained");
    (u, kind.considered)
}

/// A chase in words no rule knows, that the model reads by less than `CHASE_MARGIN`, is taken
/// only when the mail asks after its file and nothing practical: on the first readings of parts
/// 30–55 the model's chases were right 8 times and wrong 8 ("pouvez-vous nous dire ce qu'il a
/// fait ?", "je vous transmets le contact…"); on those of parts 30–175, 51 of 88 past 4, 28 of
/// 30 past 16. The reading is shown to the desk.
#[test]
fn a_chase_the_model_reads_narrowly_is_taken_only_as_a_question_of_the_file() {
    let directory = directory();
    let (u, considered) = read(&reply("Bonjour, alors, ça avance de votre côté ? La classe attend."), &directory);
    assert_eq!(u.kind, Kind::Reminder, "{}", u.reason);
    assert!(u.reason.starts_with("learned model: reads like a chase, and the mail only asks"), "{}", u.reason);
    assert!(
        considered.iter().any(|c| c.starts_with("learned model (") && c.contains("reads reminder")),
        "{considered:?}"
    );
}

/// A chase in words no rule knows, that the model reads by a wide margin, is taken ("n'a pas
/// évolué", "nous attendons votre intervention": each also told in news).
#[test]
fn a_chase_the_model_reads_by_far_is_taken() {
    let directory = directory();
    let (u, _) = read(&reply("Bonjour,\nNous attendons votre intervention depuis notre signalement ; la situation n'a pas évolué et les cours en pâtissent.\nMerci de votre retour rapide.\nCordialement"), &directory);
    assert_eq!(
        (u.kind, u.reason.split(" (").next()),
        (Kind::Reminder, Some("learned model: reads like a chase, by a wide margin"))
    );
}

/// A chase the model reads by less, in a short question of the file's progress with nothing
/// practical, is taken; a question that prepares the visit stays news.
#[test]
fn a_question_only_of_the_files_progress_chases() {
    let directory = directory();
    let (u, _) = read(&reply("Bonjour,\nUne solution est-elle en vue ?"), &directory);
    assert_eq!(u.kind, Kind::Reminder, "{}", u.reason);
    let (u, _) =
        read(&reply("Le technicien passe-t-il toujours demain matin ? Je dois réserver la salle."), &directory);
    assert_eq!(u.kind, Kind::FollowUp, "{}", u.reason);
    let (u, _) = read(&reply("La demande doit-elle être validée par la principale avant la commande ?"), &directory);
    assert_eq!(u.kind, Kind::FollowUp, "{}", u.reason);
    let copy = "Pourriez-vous mettre en copie M. Petit, mon suppléant, qui suivra le dossier pendant mon absence ?";
    let (u, _) = read(&reply(copy), &directory);
    assert_eq!(u.kind, Kind::FollowUp, "{}", u.reason);
}

/// A fix in one place told in words no rule knows as partial: the rules read "refonctionne"
/// and a closure, the model news, which it is.
#[test]
fn a_partial_fix_the_rules_read_as_closed_gets_the_models_reading() {
    let directory = directory();
    let text = "Le réseau refonctionne au premier étage ; au second on attend encore.";
    let (u, _) = read(&reply(text), &directory);
    assert_eq!(u.kind, Kind::FollowUp, "{}", u.reason);
    assert!(u.reason.starts_with("learned model: reads like news"), "{}", u.reason);
}

/// Thanks alone read like a closure to the model, but may answer an acknowledgement: the mail
/// stays news, and the reason tells the desk what the model read.
#[test]
fn thanks_alone_do_not_close_a_ticket() {
    let directory = directory();
    let (u, considered) = read(&reply("Nickel, merci à vous."), &directory);
    assert_eq!(u.kind, Kind::FollowUp, "{}", u.reason);
    assert!(u.reason.contains("the learned model reads a closure, left to the desk"), "{}", u.reason);
    assert!(considered.iter().any(|c| c.contains("reads closure_confirmation")), "{considered:?}");
}

/// Agreeing to a technician's visit ("c'est bon pour nous") is news, and no answer to a
/// technical closure: it read as one until part 51 taught the model such agreements.
#[test]
fn agreeing_to_a_visit_confirms_nothing() {
    let directory = directory();
    let (u, _) = read(&reply("C'est bon pour nous, le prestataire peut venir mardi."), &directory);
    assert_eq!(u.kind, Kind::FollowUp, "{}", u.reason);
    assert_eq!(u.closure_answer, ClosureAnswer::Unclear, "{}", u.reason);
}

/// Thanks and a word of what works, in words no rule knows, above the quoted notice of a
/// technical closure: the model reads a closure, and with thanks, something told beyond them and
/// no fault, it is taken (on the first readings of parts 30–63, such closures were right every
/// time). A relapse told in the same place is a fault, which the answer to the closure says.
#[test]
fn a_thanked_closure_the_model_reads_is_taken() {
    let directory = directory();
    let notice = "\n\nLe 05/12/2026 à 14:02, CESAME a écrit :\n> Intervention terminée — demande 2026-000777.\n> Merci de nous confirmer que le problème est résolu en répondant à ce message (par exemple « c'est résolu, vous pouvez clôturer »), ou de nous signaler s'il persiste (« toujours en panne »).";
    let thanks = format!("Parfait, le tableau a tenu toute la matinée. Merci à vous.{notice}");
    let (u, _) = read(&reply(&thanks), &directory);
    assert_eq!(u.kind, Kind::ClosureConfirmation, "{}", u.reason);
    assert!(u.reason.starts_with("learned model: a closure, with thanks"), "{}", u.reason);
    assert_eq!(u.closure_answer, ClosureAnswer::Confirmed, "{}", u.reason);
    let broken = format!("Le tableau a tenu une heure, puis plus rien.{notice}");
    let (u, _) = read(&reply(&broken), &directory);
    assert_eq!(u.closure_answer, ClosureAnswer::StillBroken, "{}: {}", u.kind.as_str(), u.reason);
    // Thanks with a question, or a "mais", stay with the desk.
    let asked =
        format!("Parfait, le tableau a tenu toute la matinée. Faut-il le redémarrer chaque soir ? Merci.{notice}");
    let (u, _) = read(&reply(&asked), &directory);
    assert_eq!(u.kind, Kind::FollowUp, "{}", u.reason);
}

/// A new mail is the rules' alone: the model does not speak of it.
#[test]
fn a_new_report_is_left_to_the_rules() {
    let directory = directory();
    let raw = b"From: claire.dubois@ac-lyon.example\r\nSubject: Tableau salle 4\r\n\r\nLe tableau de la salle 4 ne s'allume plus.\r\n";
    let (u, considered) = read(raw, &directory);
    assert_eq!(u.kind, Kind::NewIncident, "{}", u.reason);
    assert!(!considered.iter().any(|c| c.starts_with("learned model")), "{considered:?}");
}

/// A new mail in which the rules weigh neither a need nor a fault is an incident by default,
/// unless the model clearly reads a change request: the desk sees the model's reading.
#[test]
fn a_new_mail_that_tells_nothing_shows_the_models_reading() {
    let directory = directory();
    let raw = "From: claire.dubois@ac-lyon.example\r\nSubject: Salle 12\r\n\r\nBonjour, la salle 12.\r\n";
    let (u, considered) = read(raw.as_bytes(), &directory);
    assert_eq!(u.kind, Kind::NewIncident, "{}", u.reason);
    assert!(
        considered.iter().any(|c| c.starts_with("learned model (") && c.contains("it reads a change request")),
        "{considered:?}"
    );
}
