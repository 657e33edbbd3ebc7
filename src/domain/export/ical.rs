//! The posts as an iCalendar file (RFC 5545), for calendar apps.

use chrono::{NaiveDateTime, TimeDelta};

use crate::domain::plan::Plan;
use crate::domain::post::{Post, PostStatus};
use crate::domain::time::{Date, Timestamp};
use crate::domain::timezone::{self, Zone, FALLBACK_OFFSET_MINUTES};

use super::{live_titles, Range};

/// How long the event of a post with a time lasts, in minutes. A post has
/// no duration of its own; half an hour shows as a readable block in
/// calendar apps without hiding the next slot.
pub const EVENT_MINUTES: i64 = 30;

/// The longest line, in octets, before folding (RFC 5545 §3.1).
const LINE_OCTETS: usize = 75;

/// The posts of `plan` in `range` as an iCalendar file (RFC 5545), with
/// CRLF line endings, lines folded at 75 octets.
///
/// - One `VEVENT` per post that is neither deleted nor cancelled, sorted by
///   date, time and id; `UID` is `<post id>@siar`, so re-importing an
///   updated file updates the events; `DTSTAMP` is `now`; `CREATED` and
///   `LAST-MODIFIED` are the post's timestamps.
/// - A post with a time is a timed event of [`EVENT_MINUTES`] in the
///   workspace's zone (`DTSTART;TZID=Asia/Pontianak:20261203T090000`, with
///   a `VTIMEZONE` of the zone's fixed offset: Indonesia has no daylight
///   saving time). If the workspace names a zone Siar does not know, its
///   times are read as WIB, as everywhere else in the app, and written in
///   UTC with a `Z`. A post without a time is an all-day event.
/// - `SUMMARY` is the title with its platforms, `Rapat (Instagram,
///   Facebook)`; `DESCRIPTION` the caption; `CATEGORIES` the name of the
///   post's pillar, left out when it has none or it is unknown or deleted.
///   Events are `TRANSPARENT`: a post does not make anyone busy.
pub fn to_ical(plan: &Plan, range: &Range, now: Timestamp) -> String {
    let zone = timezone::zone(&plan.workspace.timezone);
    let pillars = live_titles(&plan.pillars);
    let mut posts: Vec<&Post> = plan
        .posts
        .iter()
        .filter(|p| {
            p.is_live() && p.data.status != PostStatus::Cancelled && range.contains(p.data.date)
        })
        .collect();
    posts.sort_by(|a, b| (a.data.date, a.data.time, &a.id).cmp(&(b.data.date, b.data.time, &b.id)));

    let mut cal = Lines::default();
    cal.line("BEGIN:VCALENDAR");
    cal.line("VERSION:2.0");
    cal.line("PRODID:-//Siar//Siar//ID");
    cal.line("CALSCALE:GREGORIAN");
    cal.line("METHOD:PUBLISH");
    cal.text("X-WR-CALNAME", &plan.workspace.name);
    if let Some(zone) = zone {
        // Written even with no timed post: a calendar needs at least one
        // component, and an empty range would otherwise have none.
        timezone_component(&mut cal, zone);
    }
    let stamp = utc(now);
    for post in posts {
        let pillar = post
            .data
            .pillar_id
            .as_ref()
            .and_then(|id| pillars.get(id).copied());
        event(&mut cal, post, zone, &stamp, pillar);
    }
    cal.line("END:VCALENDAR");
    cal.out
}

/// The `VTIMEZONE` of one of Indonesia's zones: one fixed offset since
/// 1970, so a single `STANDARD` rule.
fn timezone_component(cal: &mut Lines, zone: &Zone) {
    let offset = offset_text(zone.offset_minutes);
    cal.line("BEGIN:VTIMEZONE");
    cal.line(&format!("TZID:{}", zone.name));
    cal.line("BEGIN:STANDARD");
    cal.line("DTSTART:19700101T000000");
    cal.line(&format!("TZOFFSETFROM:{offset}"));
    cal.line(&format!("TZOFFSETTO:{offset}"));
    cal.text("TZNAME", zone.label);
    cal.line("END:STANDARD");
    cal.line("END:VTIMEZONE");
}

/// `+0700` for 420 minutes.
fn offset_text(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let minutes = minutes.unsigned_abs();
    format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
}

/// An instant as an iCalendar UTC date-time, `20261203T020000Z`.
fn utc(instant: Timestamp) -> String {
    instant.as_datetime().format("%Y%m%dT%H%M%SZ").to_string()
}

/// A wall-clock date-time as an iCalendar local date-time.
fn local(at: NaiveDateTime) -> String {
    at.format("%Y%m%dT%H%M%S").to_string()
}

/// A date as an iCalendar `DATE` value, `20261203`.
fn day(date: Date) -> String {
    date.format("%Y%m%d").to_string()
}

fn event(cal: &mut Lines, post: &Post, zone: Option<&Zone>, stamp: &str, pillar: Option<&str>) {
    cal.line("BEGIN:VEVENT");
    cal.line(&format!("UID:{}@siar", post.id));
    cal.line(&format!("DTSTAMP:{stamp}"));
    cal.line(&format!("CREATED:{}", utc(post.created_at)));
    cal.line(&format!("LAST-MODIFIED:{}", utc(post.updated_at)));
    let date = post.data.date;
    match post.data.time {
        Some(time) => {
            let start = date.and_hms_opt(time.hour().into(), time.minute().into(), 0);
            // A TimeOfDay is always a real time, so `start` is always there.
            let start = start.unwrap_or_else(|| date.into());
            let end = start + TimeDelta::minutes(EVENT_MINUTES);
            match zone {
                Some(zone) => {
                    cal.line(&format!("DTSTART;TZID={}:{}", zone.name, local(start)));
                    cal.line(&format!("DTEND;TZID={}:{}", zone.name, local(end)));
                }
                None => {
                    let offset = TimeDelta::minutes(FALLBACK_OFFSET_MINUTES.into());
                    cal.line(&format!("DTSTART:{}Z", local(start - offset)));
                    cal.line(&format!("DTEND:{}Z", local(end - offset)));
                }
            }
        }
        None => {
            cal.line(&format!("DTSTART;VALUE=DATE:{}", day(date)));
            // Without DTEND an all-day event lasts one day anyway (RFC 5545
            // §3.6.1), which covers the last date there is.
            if let Some(next) = date.succ_opt() {
                cal.line(&format!("DTEND;VALUE=DATE:{}", day(next)));
            }
        }
    }
    let mut summary = post.data.title.clone();
    if !post.data.platforms.is_empty() {
        let names: Vec<&str> = post.data.platforms.iter().map(|p| p.name()).collect();
        summary = format!("{summary} ({})", names.join(", "));
    }
    cal.text("SUMMARY", &summary);
    if !post.data.caption.is_empty() {
        cal.text("DESCRIPTION", &post.data.caption);
    }
    if let Some(pillar) = pillar {
        cal.text("CATEGORIES", pillar);
    }
    cal.line("TRANSP:TRANSPARENT");
    cal.line("END:VEVENT");
}

/// An iCalendar file being written: content lines folded, CRLF-terminated.
#[derive(Default)]
struct Lines {
    out: String,
}

impl Lines {
    /// Writes one content line, folded so that no physical line passes 75
    /// octets: a fold is CRLF and a space, and falls between characters,
    /// never inside a multi-byte UTF-8 character.
    fn line(&mut self, line: &str) {
        let mut width = 0;
        for c in line.chars() {
            let octets = c.len_utf8();
            if width + octets > LINE_OCTETS {
                self.out.push_str("\r\n ");
                width = 1;
            }
            self.out.push(c);
            width += octets;
        }
        self.out.push_str("\r\n");
    }

    /// Writes a property whose value is TEXT, escaped.
    fn text(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{}", escape_text(value)));
    }
}

/// A TEXT value escaped as RFC 5545 §3.3.11 says: backslash, semicolon and
/// comma get a backslash, every line break (CRLF, LF or CR) becomes `\n`,
/// and other control characters, which TEXT may not hold, are dropped
/// (tabs stay).
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
