//! Working days and service deadlines (pure, no I/O, no clock: every instant is passed in).
//!
//! A working day is a local calendar day that is neither a Saturday, a Sunday nor a public
//! holiday. Holidays are computed for any year from rules, never from year tables:
//!
//! - national: 1 January, Easter Monday, 1 May, 8 May, Ascension (Easter + 39), Whit Monday
//!   (Easter + 50), 14 July, 15 August, 1 November, 11 November, 25 December;
//! - Alsace-Moselle (57, 67, 68): Good Friday and 26 December (Saint Étienne), both taken as
//!   holidays in every commune, as schools there do;
//! - overseas, the abolition of slavery (décret 83-1003 of 23 November 1983 as amended):
//!   Guadeloupe (971) 27 May, Martinique (972) 22 May, Guyane (973) 10 June,
//!   La Réunion (974) 20 December, Mayotte (976) 27 April.
//!
//! Whit Monday counts as a holiday even where it is worked as the « journée de solidarité ».
//! France has no substitute days: a holiday falling on a weekend is simply lost. Easter follows
//! the anonymous Gregorian algorithm (Meeus/Jones/Butcher). Times are read in Europe/Paris for
//! every département, overseas included: simpler, and the service desk works on Paris time.
//! Unknown département codes (and collectivités such as 975, 977, 978, 98x) get the national
//! rules only: a deadline should never fail for want of a regional rule.
//!
//! Deadline rule, see [`Calendar::deadline`]: the clock starts at the assignment, or at 08:00
//! on the first working day when the assignment falls on a non-working day or before 08:00,
//! and runs whole working days, keeping the local time of day.

use chrono::{
    DateTime, Datelike, Days, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc, Weekday,
};
use chrono_tz::Europe::Paris;
use chrono_tz::Tz;

use crate::uai::Uai;

/// When work starts: an assignment made on a non-working day, or earlier on a working day,
/// starts its deadline clock at this time.
pub const WORKDAY_START: NaiveTime = match NaiveTime::from_hms_opt(8, 0, 0) {
    Some(time) => time,
    None => panic!("08:00 is a valid time"),
};

/// How a holiday's date is found in a given year.
#[derive(Debug, Clone, Copy)]
enum Rule {
    Fixed {
        month: u32,
        day: u32,
    },
    /// Days after Easter Sunday (negative: before).
    Easter(i64),
}

#[derive(Debug, Clone, Copy)]
struct Holiday {
    rule: Rule,
    name: &'static str,
}

const fn fixed(month: u32, day: u32, name: &'static str) -> Holiday {
    Holiday { rule: Rule::Fixed { month, day }, name }
}

const fn easter_based(offset: i64, name: &'static str) -> Holiday {
    Holiday { rule: Rule::Easter(offset), name }
}

/// Name of the overseas abolition-of-slavery day.
const ABOLITION: &str = "Abolition de l'esclavage";

const NATIONAL: &[Holiday] = &[
    fixed(1, 1, "Jour de l'an"),
    easter_based(1, "Lundi de Pâques"),
    fixed(5, 1, "Fête du Travail"),
    fixed(5, 8, "Victoire 1945"),
    easter_based(39, "Ascension"),
    easter_based(50, "Lundi de Pentecôte"),
    fixed(7, 14, "Fête nationale"),
    fixed(8, 15, "Assomption"),
    fixed(11, 1, "Toussaint"),
    fixed(11, 11, "Armistice 1918"),
    fixed(12, 25, "Noël"),
];
const ALSACE_MOSELLE: &[Holiday] = &[easter_based(-2, "Vendredi saint"), fixed(12, 26, "Saint Étienne")];
const GUADELOUPE: &[Holiday] = &[fixed(5, 27, ABOLITION)];
const MARTINIQUE: &[Holiday] = &[fixed(5, 22, ABOLITION)];
const GUYANE: &[Holiday] = &[fixed(6, 10, ABOLITION)];
const REUNION: &[Holiday] = &[fixed(12, 20, ABOLITION)];
const MAYOTTE: &[Holiday] = &[fixed(4, 27, ABOLITION)];

/// The holiday rules of one département: working days, holidays and deadlines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Calendar {
    region: Region,
}

/// The groups of départements that share their holidays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Region {
    National,
    AlsaceMoselle,
    Guadeloupe,
    Martinique,
    Guyane,
    Reunion,
    Mayotte,
}

impl Default for Calendar {
    fn default() -> Self {
        Calendar::national()
    }
}

impl Calendar {
    /// National holidays only (any metropolitan département outside Alsace-Moselle).
    pub fn national() -> Calendar {
        Calendar { region: Region::National }
    }

    /// The calendar of a département code as [`Uai::departement`] gives it: `"75"`, `"2A"`,
    /// `"57"`, `"971"`. Also takes `"067"`/`"02a"` and surrounding spaces. Unknown codes get
    /// the national calendar.
    pub fn for_departement(dep: &str) -> Calendar {
        let dep = dep.trim().to_ascii_uppercase();
        // Three-character forms with a leading zero ("067", "02A") are the same département.
        let dep = if dep.len() == 3 && dep.starts_with('0') { &dep[1..] } else { &dep[..] };
        let region = match dep {
            "57" | "67" | "68" => Region::AlsaceMoselle,
            "971" => Region::Guadeloupe,
            "972" => Region::Martinique,
            "973" => Region::Guyane,
            "974" => Region::Reunion,
            "976" => Region::Mayotte,
            _ => Region::National,
        };
        Calendar { region }
    }

    /// The calendar of the département an establishment is in.
    pub fn for_uai(uai: &Uai) -> Calendar {
        Calendar::for_departement(uai.departement())
    }

    fn rules(&self) -> impl Iterator<Item = &'static Holiday> {
        let regional: &'static [Holiday] = match self.region {
            Region::National => &[],
            Region::AlsaceMoselle => ALSACE_MOSELLE,
            Region::Guadeloupe => GUADELOUPE,
            Region::Martinique => MARTINIQUE,
            Region::Guyane => GUYANE,
            Region::Reunion => REUNION,
            Region::Mayotte => MAYOTTE,
        };
        NATIONAL.iter().chain(regional)
    }

    /// The holidays of `year`, in date order, with their French names. Two holidays on the
    /// same date (Ascension on 1 May 2008) are both listed. Empty outside chrono's year range.
    pub fn holidays(&self, year: i32) -> Vec<(NaiveDate, &'static str)> {
        let easter = easter(year);
        let mut days: Vec<_> = self
            .rules()
            .filter_map(|holiday| Some((holiday_date(holiday.rule, year, easter)?, holiday.name)))
            .collect();
        // Stable: coinciding holidays keep the order of the rules (national first).
        days.sort_by_key(|&(date, _)| date);
        days
    }

    /// The name of the holiday on `date`, if any (the national one when two coincide).
    pub fn holiday(&self, date: NaiveDate) -> Option<&'static str> {
        let easter = easter(date.year());
        self.rules().find(|holiday| holiday_date(holiday.rule, date.year(), easter) == Some(date)).map(|h| h.name)
    }

    /// Neither a Saturday, a Sunday nor a holiday.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && self.holiday(date).is_none()
    }

    /// `date` itself if it is a working day, else the next one (`None` past chrono's last date).
    fn working_day_from(&self, mut date: NaiveDate) -> Option<NaiveDate> {
        while !self.is_working_day(date) {
            date = date.succ_opt()?;
        }
        Some(date)
    }

    /// The `days`-th working day after `date` (`date` itself when `days` is 0, working or not).
    /// `None` only past chrono's last representable date.
    pub fn add_working_days(&self, mut date: NaiveDate, days: u32) -> Option<NaiveDate> {
        for _ in 0..days {
            date = self.working_day_from(date.succ_opt()?)?;
        }
        Some(date)
    }

    /// When the deadline clock starts for an assignment at `at`, as a Paris wall-clock time:
    /// `at` itself on a working day from 08:00 on; otherwise 08:00 on the same day (working day
    /// before 08:00) or on the next working day (weekend, holiday).
    fn clock_start_local(&self, at: DateTime<Utc>) -> Option<NaiveDateTime> {
        let local = wall_clock(Paris, at)?;
        if local.time() >= WORKDAY_START && self.is_working_day(local.date()) {
            return Some(local);
        }
        Some(self.working_day_from(local.date())?.and_time(WORKDAY_START))
    }

    /// When the deadline clock starts for an assignment made at `at` (see [`Calendar::deadline`]).
    pub fn clock_start(&self, at: DateTime<Utc>) -> DateTime<Utc> {
        self.clock_start_local(at).map_or(DateTime::<Utc>::MAX_UTC, |local| earliest_instant(Paris, local))
    }

    /// The deadline for a ticket assigned at `start` with `days` working days, in Paris time.
    ///
    /// Rule: the clock starts at the assignment if it is made on a working day at or after
    /// 08:00; otherwise at 08:00 on the first working day (the same day when assigned before
    /// 08:00 on a working day). The deadline is at the clock's starting time of day on the
    /// `days`-th working day after the day the clock started. So:
    ///
    /// - assigned Friday 18:00, 1 day: Monday 18:00 (Tuesday 18:00 if Monday is Easter Monday);
    /// - assigned Saturday 10:00 or Sunday 23:59, 1 day: work starts Monday 08:00, deadline
    ///   Tuesday 08:00; the same for Monday 06:00;
    /// - 0 days: the clock start itself.
    ///
    /// Starting the clock at 08:00 also before 08:00 on a working day keeps deadlines in the
    /// order of assignments (Sunday 23:59 and Monday 00:30 both give Tuesday 08:00, never a
    /// later assignment with an earlier deadline).
    ///
    /// Wall-clock time is kept across daylight-saving changes (18:00 stays 18:00). A local
    /// time that does not exist or is ambiguous takes its earliest valid instant; in Paris this
    /// cannot happen as the changes fall on Sundays. Saturates at chrono's last instant.
    pub fn deadline(&self, start: DateTime<Utc>, days: u32) -> DateTime<Utc> {
        let due = self.clock_start_local(start).and_then(|from| {
            let day = self.add_working_days(from.date(), days)?;
            Some(day.and_time(from.time()))
        });
        due.map_or(DateTime::<Utc>::MAX_UTC, |local| earliest_instant(Paris, local))
    }

    /// Working time between an assignment at `from` and `to`, in working days, for statistics.
    ///
    /// Counted like [`Calendar::deadline`]: from the clock start, each working day's share of
    /// wall-clock time (a daylight-saving day weighs one day like the others); non-working
    /// days count nothing. So `working_days_between(s, deadline(s, n)) == n`, and a value above
    /// the allowed days means the deadline was missed. 0 when `to` is before the clock start.
    pub fn working_days_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> f64 {
        let Some(start) = self.clock_start_local(from) else { return 0.0 };
        let end = wall_clock(Paris, to).unwrap_or(NaiveDateTime::MAX);
        let mut worked = chrono::TimeDelta::zero();
        let mut day = start.date();
        while day <= end.date() {
            let Some(next) = day.succ_opt() else { break };
            if self.is_working_day(day) {
                let lo = start.max(day.and_time(NaiveTime::MIN));
                let hi = end.min(next.and_time(NaiveTime::MIN));
                if hi > lo {
                    worked += hi - lo;
                }
            }
            day = next;
        }
        worked.num_milliseconds() as f64 / 86_400_000.0
    }
}

/// The year a ticket is numbered in: the desk's local year (Europe/Paris).
pub fn paris_year(ms: i64) -> u16 {
    Paris.timestamp_millis_opt(ms).single().map_or(1970, |t| t.year() as u16)
}

/// `23/11/2026`, Paris time.
pub fn paris_date(ms: i64) -> String {
    Paris.timestamp_millis_opt(ms).single().map_or_else(String::new, |t| t.format("%d/%m/%Y").to_string())
}

/// `23/11/2026 à 18:00`, Paris time.
pub fn paris_datetime(ms: i64) -> String {
    Paris.timestamp_millis_opt(ms).single().map_or_else(String::new, |t| t.format("%d/%m/%Y à %H:%M").to_string())
}

/// Easter Sunday of a Gregorian year (anonymous algorithm, Meeus/Jones/Butcher); `None` outside
/// chrono's year range. Proleptic before 1583.
pub fn easter(year: i32) -> Option<NaiveDate> {
    // Euclidean division so that the arithmetic stays in range for negative years too.
    let y = i64::from(year);
    let a = y.rem_euclid(19);
    let (b, c) = (y.div_euclid(100), y.rem_euclid(100));
    let (d, e) = (b.div_euclid(4), b.rem_euclid(4));
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    NaiveDate::from_ymd_opt(year, (n / 31) as u32, (n % 31 + 1) as u32)
}

fn holiday_date(rule: Rule, year: i32, easter: Option<NaiveDate>) -> Option<NaiveDate> {
    match rule {
        Rule::Fixed { month, day } => NaiveDate::from_ymd_opt(year, month, day),
        Rule::Easter(offset) if offset >= 0 => easter?.checked_add_days(Days::new(offset.unsigned_abs())),
        Rule::Easter(offset) => easter?.checked_sub_days(Days::new(offset.unsigned_abs())),
    }
}

/// The wall-clock time of `at` in `tz`; `None` at the very ends of chrono's range, where
/// [`DateTime::naive_local`] would panic.
fn wall_clock(tz: Tz, at: DateTime<Utc>) -> Option<NaiveDateTime> {
    at.naive_utc().checked_add_offset(tz.offset_from_utc_datetime(&at.naive_utc()).fix())
}

/// The earliest instant showing `local` on the wall clock of `tz`; in a gap (spring forward),
/// the first instant after it, i.e. the end of the gap.
fn earliest_instant(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(a, b) => a.min(b).with_timezone(&Utc),
        LocalResult::None => {
            // Binary search, in whole seconds, for the first instant whose wall clock has
            // reached `local`: offsets are under a day, so it lies within a day either side.
            let target = local.and_utc().timestamp();
            let wall = |secs: i64| DateTime::from_timestamp(secs, 0).and_then(|t| wall_clock(tz, t));
            let (mut lo, mut hi) = (target - 86_400, target + 86_400);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                match wall(mid) {
                    Some(w) if w >= local => hi = mid,
                    Some(_) => lo = mid,
                    None => break,
                }
            }
            DateTime::from_timestamp(hi, 0).unwrap_or(DateTime::<Utc>::MAX_UTC)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Paris wall-clock time, `YYYY-MM-DD HH:MM`, as a UTC instant.
    fn paris(local: &str) -> DateTime<Utc> {
        let naive = NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap();
        Paris.from_local_datetime(&naive).single().unwrap().with_timezone(&Utc)
    }

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn easter_dates() {
        // Checked against dateutil.easter; 1818/2285 earliest, 1943 latest, 1954/1981 exceptions.
        for (year, expected) in [
            (1818, "1818-03-22"),
            (1943, "1943-04-25"),
            (1954, "1954-04-18"),
            (1981, "1981-04-19"),
            (2000, "2000-04-23"),
            (2008, "2008-03-23"),
            (2011, "2011-04-24"),
            (2019, "2019-04-21"),
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2038, "2038-04-25"),
            (2049, "2049-04-18"),
            (2285, "2285-03-22"),
        ] {
            assert_eq!(easter(year), Some(date(expected)), "{year}");
        }
    }

    #[test]
    fn easter_never_panics_and_stays_in_march_april() {
        for year in (-262_000..=262_000).step_by(997).chain([i32::MIN, i32::MAX, 0, -1]) {
            if let Some(d) = easter(year) {
                assert!(d.month() == 3 || d.month() == 4, "{year}: {d}");
                assert_eq!(d.weekday(), Weekday::Sun, "{year}");
            }
        }
        assert!(Calendar::national().holidays(i32::MAX).is_empty());
    }

    #[test]
    fn holidays_of_a_year() {
        let paris_2025: Vec<_> = Calendar::for_departement("75").holidays(2025);
        let expected = [
            ("2025-01-01", "Jour de l'an"),
            ("2025-04-21", "Lundi de Pâques"),
            ("2025-05-01", "Fête du Travail"),
            ("2025-05-08", "Victoire 1945"),
            ("2025-05-29", "Ascension"),
            ("2025-06-09", "Lundi de Pentecôte"),
            ("2025-07-14", "Fête nationale"),
            ("2025-08-15", "Assomption"),
            ("2025-11-01", "Toussaint"),
            ("2025-11-11", "Armistice 1918"),
            ("2025-12-25", "Noël"),
        ];
        assert_eq!(paris_2025, expected.map(|(d, n)| (date(d), n)));

        let strasbourg_2025 = Calendar::for_departement("67").holidays(2025);
        assert_eq!(strasbourg_2025.len(), 13);
        assert!(strasbourg_2025.contains(&(date("2025-04-18"), "Vendredi saint")));
        assert!(strasbourg_2025.contains(&(date("2025-12-26"), "Saint Étienne")));
        assert!(strasbourg_2025.windows(2).all(|w| w[0].0 <= w[1].0));
    }

    #[test]
    fn moveable_holidays_across_years() {
        // (year, Easter Monday, Ascension, Whit Monday)
        for (year, monday, ascension, whit) in [
            (2024, "2024-04-01", "2024-05-09", "2024-05-20"),
            (2025, "2025-04-21", "2025-05-29", "2025-06-09"),
            (2026, "2026-04-06", "2026-05-14", "2026-05-25"),
            (2027, "2027-03-29", "2027-05-06", "2027-05-17"),
            (2038, "2038-04-26", "2038-06-03", "2038-06-14"),
        ] {
            let cal = Calendar::national();
            assert_eq!(cal.holiday(date(monday)), Some("Lundi de Pâques"), "{year}");
            assert_eq!(cal.holiday(date(ascension)), Some("Ascension"), "{year}");
            assert_eq!(cal.holiday(date(whit)), Some("Lundi de Pentecôte"), "{year}");
            assert!(!cal.is_working_day(date(monday)) && !cal.is_working_day(date(ascension)));
        }
    }

    #[test]
    fn coinciding_holidays_are_both_listed() {
        let may_first_2008: Vec<_> =
            Calendar::national().holidays(2008).into_iter().filter(|(d, _)| *d == date("2008-05-01")).collect();
        assert_eq!(may_first_2008, [(date("2008-05-01"), "Fête du Travail"), (date("2008-05-01"), "Ascension")]);
        // Whit Monday 2019 was also Guyane's abolition day.
        let guyane = Calendar::for_departement("973");
        assert_eq!(guyane.holidays(2019).iter().filter(|(d, _)| *d == date("2019-06-10")).count(), 2);
        assert_eq!(guyane.holiday(date("2019-06-10")), Some("Lundi de Pentecôte"));
    }

    #[test]
    fn departement_codes() {
        let alsace = Calendar::for_departement("67");
        for dep in ["57", "68", "067", " 57 "] {
            assert_eq!(Calendar::for_departement(dep), alsace, "{dep}");
        }
        for dep in ["75", "2A", "2b", "02A", "01", "975", "987", "", "nonsense"] {
            assert_eq!(Calendar::for_departement(dep), Calendar::national(), "{dep}");
        }
        assert_ne!(Calendar::for_departement("971"), Calendar::for_departement("972"));
        assert_eq!(Calendar::for_uai(&Uai::parse("0670001M").unwrap()), alsace);
        assert_eq!(Calendar::for_uai(&Uai::parse("0751043B").unwrap()), Calendar::national());
        assert_eq!(Calendar::for_uai(&Uai::parse("9710001Z").unwrap()), Calendar::for_departement("971"));
    }

    #[test]
    fn regional_days() {
        for (dep, day, name) in [
            ("57", "2026-04-03", "Vendredi saint"),
            ("68", "2025-12-26", "Saint Étienne"),
            ("971", "2025-05-27", ABOLITION),
            ("972", "2025-05-22", ABOLITION),
            ("973", "2025-06-10", ABOLITION),
            ("974", "2025-12-19", ""),
            ("974", "2025-12-20", ABOLITION),
            ("976", "2025-04-27", ABOLITION),
        ] {
            let expected = (!name.is_empty()).then_some(name);
            assert_eq!(Calendar::for_departement(dep).holiday(date(day)), expected, "{dep} {day}");
            assert_eq!(Calendar::national().holiday(date(day)), None, "{day} is not national");
        }
    }

    #[test]
    fn deadlines() {
        // (département, assigned (Paris), working days, expected deadline (Paris), why)
        let cases = [
            ("75", "2025-03-14 18:00", 1, "2025-03-17 18:00", "Friday evening -> Monday"),
            ("75", "2025-03-14 18:00", 3, "2025-03-19 18:00", "Friday evening, moyen"),
            ("75", "2025-03-14 18:00", 5, "2025-03-21 18:00", "Friday evening, bas"),
            ("75", "2025-03-18 14:00", 0, "2025-03-18 14:00", "0 days on a working day"),
            // Non-working days and early hours: the clock starts at 08:00 on the first working day.
            ("75", "2025-03-15 10:00", 1, "2025-03-18 08:00", "Saturday"),
            ("75", "2025-03-16 23:59", 1, "2025-03-18 08:00", "Sunday night"),
            ("75", "2025-03-17 00:30", 1, "2025-03-18 08:00", "Monday before work"),
            ("75", "2025-03-17 07:59", 1, "2025-03-18 08:00", "Monday just before 08:00"),
            ("75", "2025-03-17 08:00", 1, "2025-03-18 08:00", "Monday 08:00"),
            ("75", "2025-03-17 08:01", 1, "2025-03-18 08:01", "Monday after 08:00"),
            ("75", "2025-03-15 10:00", 0, "2025-03-17 08:00", "0 days on a Saturday"),
            ("75", "2025-04-21 11:00", 1, "2025-04-23 08:00", "on Easter Monday"),
            ("75", "2025-05-01 09:00", 3, "2025-05-07 08:00", "on 1 May (Friday after is working)"),
            // Easter Monday.
            ("75", "2024-03-29 18:00", 1, "2024-04-02 18:00", "Easter Monday 2024"),
            ("75", "2025-04-18 18:00", 1, "2025-04-22 18:00", "Easter Monday 2025"),
            ("75", "2026-04-03 18:00", 1, "2026-04-07 18:00", "Easter Monday 2026"),
            ("75", "2027-03-26 18:00", 1, "2027-03-30 18:00", "Easter Monday 2027"),
            ("75", "2038-04-23 18:00", 1, "2038-04-27 18:00", "Easter Monday 2038"),
            // Ascension (2024: Wednesday 8 May and Thursday 9 May in a row).
            ("75", "2024-05-07 14:00", 1, "2024-05-10 14:00", "8 May + Ascension 2024"),
            ("75", "2025-05-28 09:30", 1, "2025-05-30 09:30", "Ascension 2025"),
            ("75", "2026-05-13 09:30", 1, "2026-05-15 09:30", "Ascension 2026"),
            ("75", "2027-05-05 09:30", 1, "2027-05-07 09:30", "Ascension 2027"),
            ("75", "2038-06-02 09:30", 1, "2038-06-04 09:30", "Ascension 2038"),
            // Whit Monday.
            ("75", "2024-05-17 18:00", 1, "2024-05-21 18:00", "Whit Monday 2024"),
            ("75", "2025-06-06 18:00", 1, "2025-06-10 18:00", "Whit Monday 2025"),
            ("75", "2026-05-22 18:00", 1, "2026-05-26 18:00", "Whit Monday 2026"),
            ("75", "2027-05-14 18:00", 1, "2027-05-18 18:00", "Whit Monday 2027"),
            ("75", "2038-06-11 18:00", 1, "2038-06-15 18:00", "Whit Monday 2038"),
            // Holidays on weekends are lost, no substitute day.
            ("75", "2027-04-30 18:00", 1, "2027-05-03 18:00", "1 May 2027 is a Saturday"),
            ("75", "2027-05-07 18:00", 1, "2027-05-10 18:00", "8 May 2027 is a Saturday"),
            ("75", "2024-07-12 18:00", 1, "2024-07-15 18:00", "14 July 2024 is a Sunday"),
            ("75", "2029-07-13 18:00", 1, "2029-07-16 18:00", "14 July 2029 is a Saturday"),
            ("75", "2025-07-11 18:00", 1, "2025-07-15 18:00", "14 July 2025 is a Monday"),
            // Alsace-Moselle: Good Friday and 26 December.
            ("67", "2025-04-17 10:00", 1, "2025-04-22 10:00", "Good Friday + Easter Monday in 67"),
            ("75", "2025-04-17 10:00", 1, "2025-04-18 10:00", "Good Friday works in 75"),
            ("67", "2025-04-18 18:00", 1, "2025-04-23 08:00", "assigned on Good Friday in 67"),
            ("57", "2025-12-24 16:00", 1, "2025-12-29 16:00", "Christmas + Saint Étienne in 57"),
            ("75", "2025-12-24 16:00", 1, "2025-12-26 16:00", "26 December works in 75"),
            ("68", "2025-12-25 10:00", 1, "2025-12-30 08:00", "assigned on Christmas in 68"),
            ("75", "2025-12-25 10:00", 1, "2025-12-29 08:00", "assigned on Christmas in 75"),
            ("67", "2026-12-24 16:00", 1, "2026-12-28 16:00", "26 December 2026 is a Saturday"),
            // Year boundary.
            ("75", "2026-12-31 15:00", 1, "2027-01-04 15:00", "New Year's Day 2027 is a Friday"),
            ("75", "2026-12-31 15:00", 3, "2027-01-06 15:00", "across the year, moyen"),
            // Overseas abolition days.
            ("971", "2026-05-26 10:00", 1, "2026-05-28 10:00", "Guadeloupe 27 May"),
            ("75", "2026-05-26 10:00", 1, "2026-05-27 10:00", "27 May works in 75"),
            ("972", "2026-05-21 10:00", 1, "2026-05-26 10:00", "Martinique 22 May + Whit Monday"),
            ("973", "2026-06-09 10:00", 1, "2026-06-11 10:00", "Guyane 10 June"),
            ("974", "2027-12-17 18:00", 1, "2027-12-21 18:00", "La Réunion 20 December"),
            ("976", "2026-04-24 18:00", 1, "2026-04-28 18:00", "Mayotte 27 April"),
            ("75", "2026-04-24 18:00", 1, "2026-04-27 18:00", "27 April works in 75"),
        ];
        for (dep, assigned, days, expected, why) in cases {
            let got = Calendar::for_departement(dep).deadline(paris(assigned), days);
            assert_eq!(got, paris(expected), "{why}: {dep} {assigned} +{days}");
        }
    }

    #[test]
    fn deadlines_across_daylight_saving_changes() {
        let cal = Calendar::national();
        // (assigned, days, expected), in UTC: the Paris wall-clock time is kept.
        let cases = [
            // Summer time starts Sunday 30 March 2025: 18:00 CET (17:00Z) -> 18:00 CEST (16:00Z).
            ("2025-03-28T17:00:00Z", 1, "2025-03-31T16:00:00Z"),
            // Winter time starts Sunday 26 October 2025: 18:00 CEST (16:00Z) -> 18:00 CET (17:00Z).
            ("2025-10-24T16:00:00Z", 1, "2025-10-27T17:00:00Z"),
            // Assigned during the change: work starts Monday 08:00, due Tuesday 08:00.
            ("2025-03-30T00:30:00Z", 1, "2025-04-01T06:00:00Z"),
            ("2025-10-26T00:30:00Z", 1, "2025-10-28T07:00:00Z"), // 02:30 CEST
            ("2025-10-26T01:30:00Z", 1, "2025-10-28T07:00:00Z"), // 02:30 CET, the second time
            ("2026-03-27T17:00:00Z", 3, "2026-04-01T16:00:00Z"),
        ];
        for (assigned, days, expected) in cases {
            assert_eq!(cal.deadline(utc(assigned), days), utc(expected), "{assigned} +{days}");
        }
    }

    #[test]
    fn nonexistent_and_ambiguous_local_times_take_the_earliest_instant() {
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap();
        // 02:30 does not exist on 30 March 2025: the gap ends at 03:00 CEST = 01:00Z.
        assert_eq!(earliest_instant(Paris, at("2025-03-30 02:30:17")), utc("2025-03-30T01:00:00Z"));
        assert_eq!(earliest_instant(Paris, at("2025-03-30 02:00:00")), utc("2025-03-30T01:00:00Z"));
        // 02:30 happens twice on 26 October 2025: first in CEST.
        assert_eq!(earliest_instant(Paris, at("2025-10-26 02:30:00")), utc("2025-10-26T00:30:00Z"));
        assert_eq!(earliest_instant(Paris, at("2025-10-26 03:00:00")), utc("2025-10-26T02:00:00Z"));
    }

    #[test]
    fn the_year_is_the_desks_local_year() {
        // 2026-12-31T23:30:00Z is already 2027 in Paris.
        assert_eq!(paris_year(1_798_759_800_000), 2027);
        assert_eq!(paris_date(1_798_759_800_000), "01/01/2027");
        assert_eq!(paris_datetime(1_798_759_800_000), "01/01/2027 à 00:30");
    }

    #[test]
    fn two_working_days_from_a_friday_evening() {
        let due = Calendar::national().deadline(paris("2025-03-14 18:00"), 2);
        assert_eq!(due, paris("2025-03-18 18:00"));
    }

    #[test]
    fn working_days_between() {
        let cal = Calendar::national();
        for (from, to, expected) in [
            ("2025-03-14 18:00", "2025-03-17 18:00", 1.0), // Friday evening to Monday evening
            ("2025-03-15 10:00", "2025-03-18 08:00", 1.0), // clock starts Monday 08:00
            ("2025-03-17 08:00", "2025-03-17 20:00", 0.5), // half a day
            ("2025-03-17 12:00", "2025-03-17 10:00", 0.0), // backwards
            ("2025-03-15 10:00", "2025-03-16 20:00", 0.0), // all on the weekend
            ("2025-04-17 12:00", "2025-04-22 12:00", 2.0), // Thursday to Tuesday over Easter
            ("2025-03-28 18:00", "2025-03-31 18:00", 1.0), // over the spring DST change
            ("2025-03-14 18:00", "2025-03-24 06:00", 5.5), // 0.25 + Monday to Friday + Monday 00:00-06:00
        ] {
            assert_eq!(cal.working_days_between(paris(from), paris(to)), expected, "{from} -> {to}");
        }
    }

    #[test]
    fn deadlines_are_ordered_and_consistent_with_elapsed_time() {
        // Every 20 minutes over holiday-rich periods and both DST weekends, in two calendars.
        let periods = [
            ("2025-03-27T00:00:00Z", 5),
            ("2025-04-16T00:00:00Z", 8),
            ("2025-10-23T00:00:00Z", 5),
            ("2025-12-22T00:00:00Z", 14),
        ];
        for dep in ["75", "67"] {
            let cal = Calendar::for_departement(dep);
            for (first, span_days) in periods {
                for days in [0, 1, 3, 5] {
                    let mut previous = None;
                    for step in 0..span_days * 72 {
                        let start = utc(first) + chrono::TimeDelta::minutes(20 * step);
                        let due = cal.deadline(start, days);
                        assert!(due >= start, "{dep} {start} +{days}");
                        assert!(previous.is_none_or(|p| p <= due), "{dep} {start} +{days}: earlier than before");
                        assert_eq!(cal.working_days_between(start, due), f64::from(days), "{dep} {start} +{days}");
                        assert!(cal.is_working_day(due.with_timezone(&Paris).date_naive()));
                        previous = Some(due);
                    }
                }
            }
        }
    }

    #[test]
    fn extreme_inputs_do_not_panic() {
        let cal = Calendar::for_departement("57");
        assert_eq!(cal.deadline(DateTime::<Utc>::MAX_UTC, 1), DateTime::<Utc>::MAX_UTC);
        assert_eq!(cal.add_working_days(NaiveDate::MAX, 1), None);
        let _ = cal.deadline(DateTime::<Utc>::MIN_UTC, 3);
        let _ = cal.working_days_between(DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MIN_UTC);
        let _ = cal.clock_start(DateTime::<Utc>::MAX_UTC);
    }
}
