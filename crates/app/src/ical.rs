//! An RFC 5545 iCalendar writer, so meetings and deadlines can be subscribed to from any
//! calendar application.
//!
//! Only writing is supported, and only what a published calendar needs: one `VCALENDAR` with
//! `METHOD:PUBLISH` holding `VEVENT`s. The writer is pure (no clock: the caller supplies each
//! event's `DTSTAMP`) and always produces valid output: text values are escaped (RFC 5545
//! 3.3.11), every line ends with CRLF and is folded to at most 75 octets without splitting a
//! UTF-8 character (3.1), and control characters that no value may carry are dropped.

use std::fmt::Write as _;

use gsi_core::Timestamp;

/// A published calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// The product identifier, conventionally `-//Organisation//Product//EN`.
    pub prodid: String,
    /// A display name (`X-WR-CALNAME`), which most applications show for a subscription.
    pub name: Option<String>,
    pub events: Vec<CalendarEvent>,
}

/// One event of a [`Calendar`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Globally unique and stable across exports, so a re-import updates rather than duplicates.
    pub uid: String,
    /// When this version of the event was written (`DTSTAMP`).
    pub stamp: Timestamp,
    pub start: When,
    /// The end, exclusive. For an all-day event that is the day *after* the last day: a one-day
    /// event on 2026-11-23 has `start: When::Date("2026-11-23")` and
    /// `end: When::Date("2026-11-24")`.
    pub end: When,
    pub summary: String,
    pub location: Option<String>,
    pub description: Option<String>,
    pub url: Option<String>,
    pub categories: Vec<String>,
    pub status: Option<EventStatus>,
}

/// The start or end of an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    /// A calendar day, `YYYY-MM-DD`, written as `VALUE=DATE` (all-day, floating). Only its
    /// digits are written, so a malformed string cannot break the file; pass a valid date.
    Date(String),
    /// An instant, written in UTC (`20261123T151300Z`); milliseconds are dropped.
    DateTime(Timestamp),
}

/// The `STATUS` of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventStatus {
    Tentative,
    Confirmed,
    Cancelled,
}

impl EventStatus {
    fn as_ics(self) -> &'static str {
        match self {
            Self::Tentative => "TENTATIVE",
            Self::Confirmed => "CONFIRMED",
            Self::Cancelled => "CANCELLED",
        }
    }
}

/// The longest physical line, in octets, not counting its CRLF (RFC 5545 3.1).
const MAX_LINE_OCTETS: usize = 75;

impl Calendar {
    /// The calendar as an iCalendar (`text/calendar`) document.
    pub fn to_ics(&self) -> String {
        let mut out = String::new();
        line(&mut out, "BEGIN:VCALENDAR");
        line(&mut out, "VERSION:2.0");
        line(&mut out, &format!("PRODID:{}", escape_text(&self.prodid)));
        line(&mut out, "CALSCALE:GREGORIAN");
        line(&mut out, "METHOD:PUBLISH");
        if let Some(name) = &self.name {
            line(&mut out, &format!("X-WR-CALNAME:{}", escape_text(name)));
        }
        for event in &self.events {
            event.write(&mut out);
        }
        line(&mut out, "END:VCALENDAR");
        out
    }
}

impl CalendarEvent {
    fn write(&self, out: &mut String) {
        line(out, "BEGIN:VEVENT");
        line(out, &format!("UID:{}", escape_text(&self.uid)));
        line(out, &format!("DTSTAMP:{}", utc_basic(self.stamp)));
        line(out, &format!("DTSTART{}", when(&self.start)));
        line(out, &format!("DTEND{}", when(&self.end)));
        line(out, &format!("SUMMARY:{}", escape_text(&self.summary)));
        if let Some(location) = &self.location {
            line(out, &format!("LOCATION:{}", escape_text(location)));
        }
        if let Some(description) = &self.description {
            line(out, &format!("DESCRIPTION:{}", escape_text(description)));
        }
        if let Some(url) = &self.url {
            // A URI value is not TEXT and takes no escaping; only line breaks must not get in.
            let url: String = url.chars().filter(|c| !c.is_control()).collect();
            line(out, &format!("URL:{url}"));
        }
        if !self.categories.is_empty() {
            let categories: Vec<String> = self.categories.iter().map(|c| escape_text(c)).collect();
            line(out, &format!("CATEGORIES:{}", categories.join(",")));
        }
        if let Some(status) = self.status {
            line(out, &format!("STATUS:{}", status.as_ics()));
        }
        line(out, "END:VEVENT");
    }
}

/// The parameters and value of a DTSTART/DTEND, from the `;` or `:` after the name.
fn when(w: &When) -> String {
    match w {
        When::Date(date) => {
            let digits: String = date.chars().filter(char::is_ascii_digit).collect();
            format!(";VALUE=DATE:{digits}")
        }
        When::DateTime(t) => format!(":{}", utc_basic(*t)),
    }
}

/// A TEXT value escaped per RFC 5545 3.3.11: backslash, semicolon and comma are escaped, any
/// line break (CRLF, LF or CR) becomes `\n`, and other control characters except tab, which
/// TEXT may not contain, are dropped.
fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so that no physical line exceeds [`MAX_LINE_OCTETS`]:
/// each continuation starts with a space (which counts), and a break never falls inside a
/// UTF-8 character. Every physical line ends with CRLF.
fn line(out: &mut String, content: &str) {
    let mut used = 0;
    for c in content.chars() {
        if used + c.len_utf8() > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// A UTC date-time in the basic format of RFC 5545 3.3.5, e.g. `20261123T151300Z`.
fn utc_basic(t: Timestamp) -> String {
    const DAY_MS: i64 = 86_400_000;
    let ms = t.millis();
    let (y, m, d) = civil_from_days(ms.div_euclid(DAY_MS));
    let secs = ms.rem_euclid(DAY_MS) / 1000;
    let mut s = String::with_capacity(16);
    let _ = write!(
        s,
        "{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    );
    s
}

/// The proleptic Gregorian (year, month, day) of a count of days since 1970-01-01, by Howard
/// Hinnant's `civil_from_days`: shift to eras of 400 years starting 0000-03-01, so leap days
/// fall at the end of a year and each era has the same 146,097 days.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // day of era, 0..=146_096
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365; // year of era, 0..=399
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // day of year from 1 March, 0..=365
    let mp = (5 * doy + 2) / 153; // month from March, 0..=11
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use chrono::{Datelike, NaiveDate};

    use super::*;

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    fn event(start: When, end: When) -> CalendarEvent {
        CalendarEvent {
            uid: "meeting-1@gsi.example".into(),
            stamp: ts("2026-11-23T15:13:00.456Z"),
            start,
            end,
            summary: "Consultations".into(),
            location: None,
            description: None,
            url: None,
            categories: vec![],
            status: None,
        }
    }

    fn calendar(events: Vec<CalendarEvent>) -> Calendar {
        Calendar {
            prodid: "-//GSI Platform//Calendar//EN".into(),
            name: Some("GSI meetings".into()),
            events,
        }
    }

    /// Undoes folding (RFC 5545 3.1): a CRLF followed by one space or tab is removed.
    fn unfold(ics: &str) -> Vec<String> {
        let joined = ics.replace("\r\n ", "").replace("\r\n\t", "");
        let lines: Vec<&str> = joined.split("\r\n").collect();
        assert_eq!(lines.last(), Some(&""), "the document ends with CRLF");
        lines[..lines.len() - 1]
            .iter()
            .map(|l| l.to_string())
            .collect()
    }

    /// A test-only reader: a content line as (name, parameters, raw value).
    fn parse_line(l: &str) -> (String, Vec<String>, String) {
        let (head, value) = l.split_once(':').expect("a content line has a colon");
        let mut parts = head.split(';');
        let name = parts.next().unwrap().to_string();
        (name, parts.map(str::to_string).collect(), value.to_string())
    }

    /// Splits a TEXT list on unescaped commas and unescapes each item.
    fn unescape_list(v: &str) -> Vec<String> {
        let mut items = vec![String::new()];
        let mut chars = v.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    Some('n' | 'N') => items.last_mut().unwrap().push('\n'),
                    Some(c @ ('\\' | ';' | ',')) => items.last_mut().unwrap().push(c),
                    other => panic!("bad escape \\{other:?}"),
                },
                ',' => items.push(String::new()),
                ';' => panic!("unescaped semicolon in {v}"),
                c => items.last_mut().unwrap().push(c),
            }
        }
        items
    }

    fn value(ics: &str, name: &str) -> Option<(Vec<String>, String)> {
        unfold(ics)
            .iter()
            .map(|l| parse_line(l))
            .find(|(n, _, _)| n == name)
            .map(|(_, params, v)| (params, v))
    }

    #[test]
    fn text_is_escaped_per_rfc_5545() {
        assert_eq!(
            escape_text("a\\b;c,d\ne\r\nf\rg\th\u{7}i"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ng\thi"
        );
        assert_eq!(escape_text("Genève: plain"), "Genève: plain");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let content = format!("DESCRIPTION:{}", "Sécurité — 安全保障 ".repeat(20));
        let mut out = String::new();
        line(&mut out, &content);
        let physical: Vec<&str> = out.strip_suffix("\r\n").unwrap().split("\r\n").collect();
        assert!(physical.len() > 5);
        for (k, p) in physical.iter().enumerate() {
            assert!(
                p.len() <= MAX_LINE_OCTETS,
                "line {k} has {} octets",
                p.len()
            );
            assert_eq!(
                k > 0,
                p.starts_with(' '),
                "only continuations start with a space"
            );
        }
        // Lines are filled: a break happens only when the next character would not fit.
        assert!(physical[0].len() > MAX_LINE_OCTETS - 4);
        assert_eq!(unfold(&out), [content]);
    }

    #[test]
    fn a_line_of_exactly_75_octets_is_not_folded() {
        let mut out = String::new();
        line(&mut out, &"x".repeat(75));
        assert_eq!(out, format!("{}\r\n", "x".repeat(75)));
        out.clear();
        line(&mut out, &"x".repeat(76));
        assert_eq!(out, format!("{}\r\n x\r\n", "x".repeat(75)));
    }

    #[test]
    fn an_all_day_event() {
        let ics = calendar(vec![event(
            When::Date("2026-11-23".into()),
            When::Date("2026-11-24".into()),
        )])
        .to_ics();
        assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20261123\r\n"));
        assert!(ics.contains("\r\nDTEND;VALUE=DATE:20261124\r\n"));
        assert!(ics.contains("\r\nDTSTAMP:20261123T151300Z\r\n"));
    }

    #[test]
    fn a_date_time_event_in_utc() {
        let ics = calendar(vec![event(
            When::DateTime(ts("2026-11-23T10:00:00+01:00")),
            When::DateTime(ts("2026-11-23T10:30:59.999Z")),
        )])
        .to_ics();
        assert!(ics.contains("\r\nDTSTART:20261123T090000Z\r\n"));
        assert!(ics.contains("\r\nDTEND:20261123T103059Z\r\n"));
    }

    #[test]
    fn a_full_document_has_the_expected_lines_all_ending_in_crlf() {
        let mut e = event(
            When::DateTime(ts("2026-11-23T09:00:00Z")),
            When::DateTime(ts("2026-11-23T10:00:00Z")),
        );
        e.location = Some("Conference Room 4".into());
        e.url = Some("https://gsi.example/meetings/1".into());
        e.categories = vec!["Meeting".into(), "III.11".into()];
        e.status = Some(EventStatus::Confirmed);
        let ics = calendar(vec![e]).to_ics();
        assert_eq!(
            ics,
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//GSI Platform//Calendar//EN\r\n\
             CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:GSI meetings\r\n\
             BEGIN:VEVENT\r\nUID:meeting-1@gsi.example\r\nDTSTAMP:20261123T151300Z\r\n\
             DTSTART:20261123T090000Z\r\nDTEND:20261123T100000Z\r\nSUMMARY:Consultations\r\n\
             LOCATION:Conference Room 4\r\nURL:https://gsi.example/meetings/1\r\n\
             CATEGORIES:Meeting,III.11\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        );
        // No bare LF or CR anywhere.
        assert_eq!(ics.matches('\n').count(), ics.matches("\r\n").count());
        assert_eq!(ics.matches('\r').count(), ics.matches("\r\n").count());
    }

    #[test]
    fn values_round_trip_through_unfold_and_parse() {
        let summary = "Review; S/RES/2231 (2015), \\ annex".to_string();
        let description = format!(
            "Line one\nLine two, with «quotes»; and a long tail: {}",
            "ÜNÏÇÖDÉ 文字 ".repeat(15)
        );
        let categories = vec!["A, B".to_string(), "C;D".into(), "E\\F".into()];
        let mut e = event(
            When::Date("2026-11-23".into()),
            When::Date("2026-11-24".into()),
        );
        e.summary = summary.clone();
        e.description = Some(description.clone());
        e.location = Some("Geneva\r\nPalais des Nations".into());
        e.categories = categories.clone();
        e.status = Some(EventStatus::Cancelled);
        let cal = Calendar {
            prodid: "-//GSI Platform//Calendar//EN".into(),
            name: Some("Meetings, Geneva".into()),
            events: vec![e],
        };
        let ics = cal.to_ics();
        for physical in ics.split("\r\n") {
            assert!(physical.len() <= MAX_LINE_OCTETS);
        }

        let text = |name: &str| unescape_list(&value(&ics, name).unwrap().1).join(",");
        assert_eq!(text("SUMMARY"), summary);
        assert_eq!(text("DESCRIPTION"), description);
        assert_eq!(text("LOCATION"), "Geneva\nPalais des Nations");
        assert_eq!(text("X-WR-CALNAME"), "Meetings, Geneva");
        assert_eq!(
            unescape_list(&value(&ics, "CATEGORIES").unwrap().1),
            categories
        );
        assert_eq!(value(&ics, "STATUS").unwrap().1, "CANCELLED");
        assert_eq!(
            value(&ics, "DTSTART").unwrap(),
            (vec!["VALUE=DATE".to_string()], "20261123".to_string())
        );
        let names: Vec<String> = unfold(&ics).iter().map(|l| parse_line(l).0).collect();
        assert_eq!(
            names,
            [
                "BEGIN",
                "VERSION",
                "PRODID",
                "CALSCALE",
                "METHOD",
                "X-WR-CALNAME",
                "BEGIN",
                "UID",
                "DTSTAMP",
                "DTSTART",
                "DTEND",
                "SUMMARY",
                "LOCATION",
                "DESCRIPTION",
                "CATEGORIES",
                "STATUS",
                "END",
                "END",
            ]
        );
    }

    #[test]
    fn control_characters_cannot_inject_properties() {
        let mut e = event(
            When::Date("2026-11-23\r\nX-EVIL:1".into()),
            When::Date("2026-11-24".into()),
        );
        e.url = Some("https://gsi.example/\r\nX-EVIL:2".into());
        e.summary = "x\nX-EVIL:3".into();
        let ics = calendar(vec![e]).to_ics();
        assert!(!ics.contains("\r\nX-EVIL"), "{ics}");
        assert!(ics.contains("\r\nDTSTART;VALUE=DATE:202611231\r\n"));
    }

    #[test]
    fn civil_dates_match_chrono() {
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        let days = (-800_000..-780_000)
            .chain(-20_000..80_000)
            .chain(2_900_000..2_910_000);
        for d in days {
            let expected = epoch + chrono::TimeDelta::days(d);
            assert_eq!(
                civil_from_days(d),
                (i64::from(expected.year()), expected.month(), expected.day()),
                "day {d}"
            );
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(20_415), (2025, 11, 23));
    }

    #[test]
    fn date_times_before_the_epoch_round_down() {
        assert_eq!(utc_basic(Timestamp::from_millis(-1)), "19691231T235959Z");
        assert_eq!(utc_basic(ts("1900-03-01T00:00:00Z")), "19000301T000000Z");
        assert_eq!(
            utc_basic(ts("2024-02-29T23:59:59.999Z")),
            "20240229T235959Z"
        );
    }
}
