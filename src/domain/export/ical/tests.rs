//! The iCalendar export read back with the `icalendar` crate's parser.

use chrono::NaiveDate;
use icalendar::parser::{read_calendar, unfold};
use icalendar::{CalendarDateTime, Component, DatePerhapsTime, EventLike};

use super::*;
use crate::domain::export::bengkayang;
use crate::domain::id::Id;
use crate::domain::platform::Platform;
use crate::domain::time::{parse_date, TimeOfDay};

const NOW: &str = "2026-12-02T03:04:05Z";

fn ts(s: &str) -> Timestamp {
    Timestamp::parse(s).unwrap()
}

fn date(s: &str) -> Date {
    parse_date(s).unwrap()
}

const CAPTION: &str =
    "Rapat; koordinasi, bersama \\ Bupati.\nBaris dua\r\nBaris tiga\rBaris empat\u{7}";

/// The fixture's workspace and pillars with a handful of telling posts.
fn plan() -> Plan {
    let mut plan = bengkayang();
    let budaya = plan
        .pillars
        .iter()
        .find(|p| p.data.name == "Budaya, Wisata & UMKM")
        .map(|p| p.id.clone());
    let template = plan.posts[0].clone();
    let post = |id: &'static str, title: &str, day: &str, time: Option<(u8, u8)>| {
        let mut p = template.clone();
        p.id = Id::fixed(id);
        p.data.title = title.into();
        p.data.date = date(day);
        p.data.time = time.and_then(|(h, m)| TimeOfDay::new(h, m));
        p.data.platforms = vec![Platform::Instagram, Platform::Facebook];
        p.data.caption = String::new();
        p.data.pillar_id = budaya.clone();
        p.data.status = PostStatus::Scheduled;
        p
    };
    let mut timed = post("timed", "Rapat koordinasi", "2026-12-03", Some((9, 0)));
    timed.data.caption = CAPTION.into();
    let mut all_day = post("all-day", "Hari Ibu", "2026-12-22", None);
    all_day.data.platforms = vec![Platform::Website];
    all_day.data.pillar_id = Some(Id::fixed("no-such-pillar"));
    let late = post("late", "Siaran malam", "2026-12-31", Some((23, 45)));
    let mut long = post("long", "Kabar panjang", "2026-12-04", Some((16, 30)));
    long.data.caption = "Selamat Hari Ibu 🌸 — café Ñusantara 日本語 ".repeat(12);
    long.data.pillar_id = None;
    let mut cancelled = post("cancelled", "Batal", "2026-12-05", None);
    cancelled.data.status = PostStatus::Cancelled;
    let mut deleted = post("deleted", "Terhapus", "2026-12-05", None);
    deleted.deleted = true;
    plan.posts = vec![late, cancelled, long, timed, deleted, all_day];
    plan
}

fn events(text: &str) -> Vec<icalendar::Event> {
    let calendar: icalendar::Calendar = text.parse().expect("the export parses");
    calendar.events().cloned().collect()
}

fn find<'a>(events: &'a [icalendar::Event], uid: &str) -> &'a icalendar::Event {
    events
        .iter()
        .find(|e| e.get_uid() == Some(uid))
        .unwrap_or_else(|| panic!("no event {uid}"))
}

fn in_zone(day: &str, h: u32, m: u32, tzid: &str) -> Option<DatePerhapsTime> {
    let date_time = NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .ok()?
        .and_hms_opt(h, m, 0)?;
    Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone {
        date_time,
        tzid: tzid.into(),
    }))
}

fn all_day(day: &str) -> Option<DatePerhapsTime> {
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .ok()
        .map(DatePerhapsTime::Date)
}

#[test]
fn one_event_per_live_post_that_is_not_cancelled() {
    let text = to_ical(&plan(), &Range::All, ts(NOW));
    let events = events(&text);
    let uids: Vec<&str> = events.iter().filter_map(|e| e.get_uid()).collect();
    // Sorted by date, then time.
    assert_eq!(
        uids,
        ["timed@siar", "long@siar", "all-day@siar", "late@siar"]
    );
    for event in &events {
        assert_eq!(event.get_timestamp(), Some(ts(NOW).as_datetime()));
    }
    let header = &text[..text.find("BEGIN:VTIMEZONE").unwrap()];
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Siar//Siar//ID",
        "CALSCALE:GREGORIAN",
    ] {
        assert!(header.contains(&format!("{line}\r\n")), "{line}");
    }
    assert!(text.ends_with("END:VCALENDAR\r\n"));
}

#[test]
fn timed_posts_are_in_the_workspace_zone_and_others_all_day() {
    let events = events(&to_ical(&plan(), &Range::All, ts(NOW)));
    let timed = find(&events, "timed@siar");
    assert_eq!(
        timed.get_start(),
        in_zone("2026-12-03", 9, 0, "Asia/Pontianak")
    );
    assert_eq!(
        timed.get_end(),
        in_zone("2026-12-03", 9, 30, "Asia/Pontianak")
    );
    assert_eq!(
        timed.get_summary(),
        Some("Rapat koordinasi (Instagram, Facebook)")
    );
    assert_eq!(
        timed.get_categories(),
        Some(vec!["Budaya, Wisata & UMKM".to_owned()])
    );
    // Half an hour past 23:45 is the next day.
    let late = find(&events, "late@siar");
    assert_eq!(
        late.get_end(),
        in_zone("2027-01-01", 0, 15, "Asia/Pontianak")
    );

    let day = find(&events, "all-day@siar");
    assert_eq!(day.get_start(), all_day("2026-12-22"));
    assert_eq!(day.get_end(), all_day("2026-12-23"));
    assert_eq!(day.get_summary(), Some("Hari Ibu (Website)"));
    assert_eq!(day.get_categories(), None, "unknown pillar");
    assert_eq!(day.get_description(), None, "empty caption");
}

#[test]
fn the_zone_is_described_and_unknown_zones_fall_back_to_utc() {
    let text = to_ical(&plan(), &Range::All, ts(NOW));
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    let zones: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VTIMEZONE")
        .collect();
    assert_eq!(zones.len(), 1);
    let zone = zones[0];
    assert_eq!(
        zone.find_prop("TZID").map(|p| p.val.as_str()),
        Some("Asia/Pontianak")
    );
    let standard = &zone.components[0];
    assert_eq!(standard.name, "STANDARD");
    for (key, value) in [
        ("TZOFFSETFROM", "+0700"),
        ("TZOFFSETTO", "+0700"),
        ("TZNAME", "WIB"),
    ] {
        assert_eq!(
            standard.find_prop(key).map(|p| p.val.as_str()),
            Some(value),
            "{key}"
        );
    }

    let mut east = plan();
    east.workspace.timezone = "Asia/Jayapura".into();
    let text = to_ical(&east, &Range::All, ts(NOW));
    assert!(text.contains("TZOFFSETTO:+0900\r\n") && text.contains("TZNAME:WIT\r\n"));
    let timed = find(&events(&text), "timed@siar").clone();
    assert_eq!(
        timed.get_start(),
        in_zone("2026-12-03", 9, 0, "Asia/Jayapura")
    );

    let mut elsewhere = plan();
    elsewhere.workspace.timezone = "Europe/Amsterdam".into();
    let text = to_ical(&elsewhere, &Range::All, ts(NOW));
    assert!(!text.contains("VTIMEZONE") && !text.contains("TZID"));
    let events = events(&text);
    let utc = |s: &str| {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(
            ts(s).as_datetime(),
        )))
    };
    // 09:00 read as WIB is 02:00 UTC.
    assert_eq!(
        find(&events, "timed@siar").get_start(),
        utc("2026-12-03T02:00:00Z")
    );
    assert_eq!(
        find(&events, "timed@siar").get_end(),
        utc("2026-12-03T02:30:00Z")
    );
    assert_eq!(
        find(&events, "all-day@siar").get_start(),
        all_day("2026-12-22")
    );
}

#[test]
fn text_is_escaped_and_comes_back_whole() {
    let text = to_ical(&plan(), &Range::All, ts(NOW));
    let unfolded = unfold(&text);
    assert!(unfolded.contains(
        "DESCRIPTION:Rapat\\; koordinasi\\, bersama \\\\ Bupati.\\nBaris dua\\nBaris tiga\\nBaris empat\r\n"
    ));
    assert!(unfolded.contains("CATEGORIES:Budaya\\, Wisata & UMKM\r\n"));
    let events = events(&text);
    let expected = "Rapat; koordinasi, bersama \\ Bupati.\nBaris dua\nBaris tiga\nBaris empat";
    assert_eq!(
        find(&events, "timed@siar").get_description(),
        Some(expected)
    );
    let long = find(&events, "long@siar");
    assert_eq!(
        long.get_description(),
        Some(plan().posts[2].data.caption.as_str())
    );
    assert_eq!(long.get_categories(), None, "no pillar");
}

#[test]
fn lines_are_crlf_and_folded_at_75_octets_between_characters() {
    let text = to_ical(&plan(), &Range::All, ts(NOW));
    assert!(text.ends_with("\r\n"));
    let lines: Vec<&[u8]> = text.as_bytes().split(|&b| b == b'\n').collect();
    let mut folds = 0;
    for line in &lines[..lines.len() - 1] {
        let line = line.strip_suffix(b"\r").expect("every line ends in CRLF");
        assert!(!line.contains(&b'\r'), "bare CR");
        assert!(
            line.len() <= 75,
            "{} octets: {:?}",
            line.len(),
            String::from_utf8_lossy(line)
        );
        // Each physical line is whole UTF-8: no character was cut.
        assert!(std::str::from_utf8(line).is_ok());
        folds += usize::from(line.starts_with(b" "));
    }
    assert!(folds >= 8, "the long caption must fold ({folds} folds)");
    // A line exactly 75 octets long stays one line; one more octet folds.
    let mut cal = Lines::default();
    cal.line(&"a".repeat(75));
    cal.line(&format!("{}é", "a".repeat(74)));
    assert_eq!(
        cal.out,
        format!(
            "{a75}\r\n{a74}\r\n é\r\n",
            a75 = "a".repeat(75),
            a74 = "a".repeat(74)
        )
    );
}

#[test]
fn a_range_keeps_its_ends_only() {
    let range = Range::Dates {
        from: date("2026-12-04"),
        to: date("2026-12-22"),
    };
    let text = to_ical(&plan(), &range, ts(NOW));
    let uids: Vec<String> = events(&text)
        .iter()
        .filter_map(|e| e.get_uid().map(String::from))
        .collect();
    assert_eq!(uids, ["long@siar", "all-day@siar"]);
    // An empty range is still a calendar with a component.
    let none = Range::Dates {
        from: date("2030-01-01"),
        to: date("2030-01-31"),
    };
    let text = to_ical(&plan(), &none, ts(NOW));
    assert!(events(&text).is_empty() && text.contains("BEGIN:VTIMEZONE"));
}

#[test]
fn escape_text_cases() {
    assert_eq!(escape_text("a;b,c\\d"), "a\\;b\\,c\\\\d");
    assert_eq!(escape_text("1\r\n2\n3\r4"), "1\\n2\\n3\\n4");
    assert_eq!(escape_text("tab\there\u{0}\u{1b}\u{7f}"), "tab\there");
    assert_eq!(escape_text("Jl. Merdeka: no 1"), "Jl. Merdeka: no 1");
}
