//! Caption templates: the built-in library (`data/caption-templates.json`,
//! embedded) and filling a template's `{judul}`-style placeholders from a
//! post and its coverage record.
//!
//! A placeholder is `{name}` where the name is 1–30 letters, digits,
//! underscores or spaces with at least one that is not a space. Names match
//! without regard to case or to spaces around them (`{ Lokasi }` is
//! `{lokasi}`). Any other brace (`{}`, `{ }`, a lone `{`, `{a-b}`, or more
//! than 30 characters before the `}`) is plain text.

use std::sync::OnceLock;

use chrono::Datelike;
use serde::Deserialize;

use crate::domain::caption::settings::CaptionTemplate;
use crate::domain::coverage::CoverageData;
use crate::domain::post::PostData;
use crate::domain::time::{Date, IsoWeekday, TimeOfDay};
use crate::domain::timezone::zone;
use crate::domain::workspace::Workspace;

/// The built-in templates, embedded in the app.
const DATA: &str = include_str!("../../../data/caption-templates.json");

/// The longest placeholder name, in characters (spaces included).
pub const NAME_MAX_CHARS: usize = 30;

/// A placeholder the app knows how to fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placeholder {
    /// `{judul}`
    Judul,
    /// `{tanggal}`
    Tanggal,
    /// `{waktu}`
    Waktu,
    /// `{lokasi}`
    Lokasi,
    /// `{pejabat}`
    Pejabat,
    /// `{tautan}`
    Tautan,
    /// `{byline}`
    Byline,
}

impl Placeholder {
    /// Every placeholder, in the order the template editor lists them.
    pub const ALL: [Placeholder; 7] = [
        Placeholder::Judul,
        Placeholder::Tanggal,
        Placeholder::Waktu,
        Placeholder::Lokasi,
        Placeholder::Pejabat,
        Placeholder::Tautan,
        Placeholder::Byline,
    ];

    /// The name written between the braces, lowercase: `judul`.
    pub fn name(self) -> &'static str {
        match self {
            Placeholder::Judul => "judul",
            Placeholder::Tanggal => "tanggal",
            Placeholder::Waktu => "waktu",
            Placeholder::Lokasi => "lokasi",
            Placeholder::Pejabat => "pejabat",
            Placeholder::Tautan => "tautan",
            Placeholder::Byline => "byline",
        }
    }

    /// The placeholder as written in a template: `{judul}`.
    pub fn token(self) -> String {
        format!("{{{}}}", self.name())
    }

    /// The placeholder named `name`, ignoring case and surrounding spaces
    /// (`" Lokasi "` is [`Placeholder::Lokasi`]), if the app knows it.
    pub fn from_name(name: &str) -> Option<Placeholder> {
        let name = name.trim().to_lowercase();
        Placeholder::ALL.into_iter().find(|p| p.name() == name)
    }

    /// What this placeholder becomes for `post`, with its coverage record
    /// if it has one; empty when there is nothing to put there.
    ///
    /// - `judul`: the post's title.
    /// - `tanggal`: the coverage's date (the day of the activity) when there
    ///   is a coverage record, else the post's date, as [`long_date_id`].
    /// - `waktu`: likewise the coverage's time when there is a coverage
    ///   record (empty if it has none: the post's time is when it goes out,
    ///   not when the activity was), else the post's time, as [`time_id`].
    /// - `lokasi`, `pejabat`: the coverage's location and officials; empty
    ///   without a coverage record.
    /// - `tautan`: the URL of the post's first `https` link, else of its
    ///   first link.
    /// - `byline`: the workspace's byline.
    ///
    /// Runs of whitespace (line breaks too) in titles, locations, officials
    /// and links become one space, and every value is trimmed, so a
    /// placeholder in the middle of a sentence never breaks it; the byline
    /// is only trimmed, as the office wrote it.
    pub fn value(self, post: &PostData, coverage: Option<&CoverageData>, ws: &Workspace) -> String {
        match self {
            Placeholder::Judul => one_line(&post.title),
            Placeholder::Tanggal => long_date_id(coverage.map_or(post.date, |c| c.date)),
            Placeholder::Waktu => {
                let time = match coverage {
                    Some(c) => c.time,
                    None => post.time,
                };
                time.map(|t| time_id(t, &ws.timezone)).unwrap_or_default()
            }
            Placeholder::Lokasi => coverage.map(|c| one_line(&c.location)).unwrap_or_default(),
            Placeholder::Pejabat => coverage.map(|c| one_line(&c.officials)).unwrap_or_default(),
            Placeholder::Tautan => {
                let urls = || post.links.iter().map(|l| l.url.trim());
                let https = urls().find(|u| starts_with_ignore_case(u, "https://"));
                one_line(https.or_else(|| urls().next()).unwrap_or_default())
            }
            Placeholder::Byline => ws.byline.trim().to_owned(),
        }
    }
}

/// A template filled for one post.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filled {
    /// The caption; placeholders without a value are left as written.
    pub text: String,
    /// Known placeholders that had no value (left in `text`).
    pub empty: Vec<Placeholder>,
    /// Names in braces the app does not know, e.g. `lokasih` (left in `text`).
    pub unknown: Vec<String>,
}

/// One `{name}` found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Span<'a> {
    /// Byte offset of the `{`.
    pub start: usize,
    /// Byte offset just past the `}`.
    pub end: usize,
    /// The placeholder as written, braces included: `{ Lokasi }`.
    pub raw: &'a str,
    /// The name, without the spaces around it: `Lokasi`.
    pub name: &'a str,
}

/// Whether `c` may stand in a placeholder name.
fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == ' '
}

/// The byte length of a placeholder name at the start of `s` (just after a
/// `{`), if a `}` closes it after 1 to [`NAME_MAX_CHARS`] name characters.
fn name_len(s: &str) -> Option<usize> {
    for (n, (at, c)) in s.char_indices().enumerate() {
        if c == '}' {
            return (n >= 1).then_some(at);
        }
        if n >= NAME_MAX_CHARS || !is_name_char(c) {
            return None;
        }
    }
    None
}

/// Every placeholder in `text`, in order, not overlapping.
pub(crate) fn spans(text: &str) -> Vec<Span<'_>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(offset) = text[from..].find('{') {
        let start = from + offset;
        let inner_start = start + 1;
        from = inner_start;
        if let Some(len) = name_len(&text[inner_start..]) {
            let name = text[inner_start..inner_start + len].trim_matches(' ');
            if !name.is_empty() {
                let end = inner_start + len + 1;
                found.push(Span {
                    start,
                    end,
                    raw: &text[start..end],
                    name,
                });
                from = end;
            }
        }
    }
    found
}

/// Every `{name}` still in `text`, as written (`{ Lokasi }`), in order of
/// first appearance; a spelling that repeats exactly is listed once, while
/// `{lokasi}` and `{Lokasi}` are listed both, so each can be found in the
/// text. Known and unknown names alike: a filled caption should have none.
pub fn placeholders_left(text: &str) -> Vec<String> {
    let mut left: Vec<String> = Vec::new();
    for span in spans(text) {
        if !left.iter().any(|l| l == span.raw) {
            left.push(span.raw.to_owned());
        }
    }
    left
}

/// Fills `body` for `post`, with its coverage record if it has one (see
/// [`Placeholder::value`] for what each placeholder becomes).
///
/// A known placeholder without a value stays as written and is listed in
/// [`Filled::empty`]; an unknown name stays as written and is listed in
/// [`Filled::unknown`] (trimmed, in its first spelling). Each is listed once,
/// in order of first appearance. Values are put in once: a title that
/// itself contains `{judul}` is not filled again.
pub fn fill(
    body: &str,
    post: &PostData,
    coverage: Option<&CoverageData>,
    ws: &Workspace,
) -> Filled {
    let mut filled = Filled::default();
    let mut values: Vec<(Placeholder, String)> = Vec::new();
    let mut seen_unknown: Vec<String> = Vec::new();
    let mut last = 0;
    for span in spans(body) {
        filled.text.push_str(&body[last..span.start]);
        last = span.end;
        let Some(placeholder) = Placeholder::from_name(span.name) else {
            filled.text.push_str(span.raw);
            let folded = span.name.to_lowercase();
            if !seen_unknown.contains(&folded) {
                seen_unknown.push(folded);
                filled.unknown.push(span.name.to_owned());
            }
            continue;
        };
        let at = match values.iter().position(|(p, _)| *p == placeholder) {
            Some(at) => at,
            None => {
                values.push((placeholder, placeholder.value(post, coverage, ws)));
                values.len() - 1
            }
        };
        let value = &values[at].1;
        if value.is_empty() {
            filled.text.push_str(span.raw);
            if !filled.empty.contains(&placeholder) {
                filled.empty.push(placeholder);
            }
        } else {
            filled.text.push_str(value);
        }
    }
    filled.text.push_str(&body[last..]);
    filled
}

/// Indonesian day names, Monday first.
const WEEKDAYS_ID: [&str; 7] = [
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];

/// Indonesian month names, January first.
const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// `date` written out in Indonesian: "Senin, 7 Desember 2026".
pub fn long_date_id(date: Date) -> String {
    let weekday = WEEKDAYS_ID[usize::from(IsoWeekday::of(date).number() - 1)];
    let month = MONTHS_ID[date.month0() as usize];
    format!("{weekday}, {} {month} {}", date.day(), date.year())
}

/// `time` written the Indonesian way with the zone's abbreviation:
/// "09.00 WIB", "14.30 WITA". A zone not in
/// [`ZONES`](crate::domain::timezone::ZONES) reads as WIB, as its dates do
/// ([`crate::domain::timezone::FALLBACK_OFFSET_MINUTES`]).
pub fn time_id(time: TimeOfDay, timezone: &str) -> String {
    let label = zone(timezone).map_or("WIB", |z| z.label);
    format!("{:02}.{:02} {label}", time.hour(), time.minute())
}

/// `s` trimmed, with every run of whitespace made one space.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `s` starts with the ASCII `prefix`, ignoring case.
pub(crate) fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// One built-in template as the data file writes it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct BuiltIn {
    /// `tpl-…`.
    id: String,
    /// The menu name in Indonesian.
    name_id: String,
    /// The menu name in English.
    name_en: String,
    /// The caption, always Indonesian: it is what the office publishes.
    body: String,
}

/// The data file, read once. A file that failed to parse would offer no
/// built-in templates rather than stop the app; a test makes sure it parses.
fn library() -> &'static [BuiltIn] {
    static PARSED: OnceLock<Vec<BuiltIn>> = OnceLock::new();
    PARSED.get_or_init(|| serde_json::from_str(DATA).unwrap_or_default())
}

/// The built-in templates, in menu order, with names in `lang` (`id`/`en`).
///
/// `en` (or `en-…`) gives the English names, anything else the Indonesian
/// ones; the bodies are Indonesian either way, since they are what the
/// office publishes.
pub fn builtin_templates(lang: &str) -> Vec<CaptionTemplate> {
    let english = lang == "en" || lang.starts_with("en-");
    library()
        .iter()
        .map(|t| CaptionTemplate {
            id: t.id.clone(),
            name: if english { &t.name_en } else { &t.name_id }.clone(),
            body: t.body.clone(),
        })
        .collect()
}

/// Every template the menu offers: the built-in ones (names in `lang`),
/// then the office's own ([`Workspace::own_templates`]).
pub fn all_templates(ws: &Workspace, lang: &str) -> Vec<CaptionTemplate> {
    let mut templates = builtin_templates(lang);
    templates.extend(ws.own_templates());
    templates
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::caption::checks::spacing_lines;
    use crate::domain::defaults::default_workspace;
    use crate::domain::platform::Platform;
    use crate::domain::post::Link;
    use crate::domain::time::parse_date;
    use serde_json::json;

    fn date(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    fn link(url: &str) -> Link {
        serde_json::from_value(json!({"label": "Dokumentasi", "url": url})).unwrap()
    }

    fn post() -> PostData {
        let mut post = PostData::draft(
            "Musrenbang Kecamatan Ledo".into(),
            date("2026-12-09"),
            vec![Platform::Instagram],
        );
        post.time = Some(TimeOfDay::new(19, 0).unwrap());
        post
    }

    fn coverage() -> CoverageData {
        serde_json::from_value(json!({
            "title": "Musrenbang Ledo",
            "date": "2026-12-07",
            "time": "09:00",
            "location": "Aula Kantor Camat Ledo",
            "officials": "Bupati Bengkayang\n  dan Wakil Bupati",
        }))
        .unwrap()
    }

    fn workspace() -> Workspace {
        let mut ws = default_workspace();
        ws.byline = " (Diskominfo Bengkayang/RT) ".into();
        ws
    }

    #[test]
    fn fills_every_placeholder_from_post_and_coverage() {
        let mut post = post();
        post.links = vec![
            link("http://dokumentasi.example.go.id/a"),
            link(" https://drive.example.go.id/b "),
        ];
        let body = "{judul}|{tanggal}|{waktu}|{lokasi}|{pejabat}|{tautan}|{byline}";
        let filled = fill(body, &post, Some(&coverage()), &workspace());
        assert_eq!(
            filled.text,
            "Musrenbang Kecamatan Ledo|Senin, 7 Desember 2026|09.00 WIB|\
             Aula Kantor Camat Ledo|Bupati Bengkayang dan Wakil Bupati|\
             https://drive.example.go.id/b|(Diskominfo Bengkayang/RT)"
        );
        assert!(filled.empty.is_empty() && filled.unknown.is_empty());
    }

    #[test]
    fn without_coverage_the_post_gives_date_and_time() {
        let mut ws = workspace();
        ws.timezone = "Asia/Makassar".into();
        let filled = fill("{tanggal}, {waktu}", &post(), None, &ws);
        assert_eq!(filled.text, "Rabu, 9 Desember 2026, 19.00 WITA");
        assert!(filled.empty.is_empty());
    }

    #[test]
    fn coverage_without_time_leaves_waktu_rather_than_the_post_time() {
        let mut cov = coverage();
        cov.time = None;
        let filled = fill("pukul {waktu}", &post(), Some(&cov), &workspace());
        assert_eq!(filled.text, "pukul {waktu}");
        assert_eq!(filled.empty, [Placeholder::Waktu]);
    }

    #[test]
    fn empty_values_stay_as_written_and_are_listed_once() {
        let mut ws = workspace();
        ws.byline.clear();
        let body = "Di {lokasi}, { Lokasi }.\n{tautan} {lokasi} {byline}";
        let filled = fill(body, &post(), None, &ws);
        assert_eq!(filled.text, body);
        assert_eq!(
            filled.empty,
            [
                Placeholder::Lokasi,
                Placeholder::Tautan,
                Placeholder::Byline
            ]
        );
        assert!(filled.unknown.is_empty());
    }

    #[test]
    fn only_http_links_still_give_a_tautan() {
        let mut post = post();
        post.links = vec![
            link("http://a.example.go.id"),
            link("http://b.example.go.id"),
        ];
        let filled = fill("{tautan}", &post, None, &workspace());
        assert_eq!(filled.text, "http://a.example.go.id");
    }

    #[test]
    fn unknown_names_are_listed_in_first_spelling() {
        let filled = fill(
            "{lokasih} {Judul} {LOKASIH} {foto_1} {lokasih}",
            &post(),
            None,
            &workspace(),
        );
        assert_eq!(
            filled.text,
            "{lokasih} Musrenbang Kecamatan Ledo {LOKASIH} {foto_1} {lokasih}"
        );
        assert_eq!(filled.unknown, ["lokasih", "foto_1"]);
        assert!(filled.empty.is_empty());
    }

    #[test]
    fn names_match_without_case_or_surrounding_spaces() {
        let filled = fill(
            "{ JUDUL }/{Tanggal}/{  byline}",
            &post(),
            None,
            &workspace(),
        );
        assert_eq!(
            filled.text,
            "Musrenbang Kecamatan Ledo/Rabu, 9 Desember 2026/(Diskominfo Bengkayang/RT)"
        );
    }

    #[test]
    fn braces_that_are_not_placeholders_are_plain_text() {
        let long = format!("{{{}}}", "a".repeat(31));
        let body = ["{} { } { {a-b}", &long, "{{judul}} {judul"].join(" ");
        let filled = fill(&body, &post(), None, &workspace());
        assert_eq!(
            filled.text,
            [
                "{} { } { {a-b}",
                &long,
                "{Musrenbang Kecamatan Ledo} {judul"
            ]
            .join(" ")
        );
        assert!(filled.unknown.is_empty() && filled.empty.is_empty());
        // Thirty characters is still a name.
        let thirty = format!("{{{}}}", "a".repeat(30));
        assert_eq!(placeholders_left(&thirty), [thirty.as_str()]);
        // A title holding a placeholder is not filled again.
        let mut odd = post();
        odd.title = "Apa itu {judul}?".into();
        assert_eq!(
            fill("{judul}", &odd, None, &workspace()).text,
            "Apa itu {judul}?"
        );
    }

    #[test]
    fn placeholders_left_lists_each_spelling_once_in_order() {
        assert_eq!(
            placeholders_left("{lokasi} di {tanggal}, {lokasi} {Lokasi} {} { x y }\n{ab}c}"),
            ["{lokasi}", "{tanggal}", "{Lokasi}", "{ x y }", "{ab}"]
        );
        assert!(placeholders_left("Tanpa kurung kurawal.").is_empty());
    }

    #[test]
    fn dates_and_times_in_indonesian() {
        assert_eq!(long_date_id(date("2026-12-07")), "Senin, 7 Desember 2026");
        assert_eq!(long_date_id(date("2027-01-03")), "Minggu, 3 Januari 2027");
        assert_eq!(long_date_id(date("2026-08-14")), "Jumat, 14 Agustus 2026");
        let t = |h, m| TimeOfDay::new(h, m).unwrap();
        assert_eq!(time_id(t(9, 0), "Asia/Pontianak"), "09.00 WIB");
        assert_eq!(time_id(t(9, 5), "Asia/Jakarta"), "09.05 WIB");
        assert_eq!(time_id(t(14, 30), "Asia/Makassar"), "14.30 WITA");
        assert_eq!(time_id(t(0, 0), "Asia/Jayapura"), "00.00 WIT");
        assert_eq!(time_id(t(23, 59), "Europe/Amsterdam"), "23.59 WIB");
    }

    #[test]
    fn the_data_file_parses_into_the_eight_builtins() {
        let parsed: Vec<BuiltIn> = serde_json::from_str(DATA).unwrap();
        assert_eq!(parsed.len(), library().len());
        let ids: Vec<String> = builtin_templates("id").into_iter().map(|t| t.id).collect();
        assert_eq!(
            ids,
            [
                "tpl-kegiatan-pimpinan",
                "tpl-pengumuman",
                "tpl-layanan-publik",
                "tpl-ucapan-hari-besar",
                "tpl-klarifikasi-hoaks",
                "tpl-lowongan-seleksi",
                "tpl-agenda",
                "tpl-capaian",
            ]
        );
    }

    #[test]
    fn builtins_have_both_names_and_clean_bodies() {
        let id = builtin_templates("id");
        let en = builtin_templates("en");
        assert_eq!(id.len(), en.len());
        for (i, e) in id.iter().zip(&en) {
            assert_eq!((&i.id, &i.body), (&e.id, &e.body));
            assert!(!i.name.trim().is_empty() && !e.name.trim().is_empty());
            assert!(i.name != e.name || i.name == "Agenda", "{}", i.id);
            let body = &i.body;
            for left in placeholders_left(body) {
                let name = &left[1..left.len() - 1];
                assert!(
                    Placeholder::from_name(name).is_some_and(|p| p.token() == left),
                    "{}: {left}",
                    i.id
                );
            }
            assert!(spacing_lines(body).is_empty(), "{}", i.id);
            assert!(!body.contains('#') && !body.contains('\r'), "{}", i.id);
            assert!(!body.contains("\n\n\n"), "{}", i.id);
            assert_eq!(body.trim(), body, "{}", i.id);
            assert!(body.ends_with("\n\n{byline}"), "{}", i.id);
            // Filled for a real post, the body opens with something other
            // than the title alone.
            let first = body.lines().next().unwrap();
            assert_ne!(first.trim(), "{judul}", "{}", i.id);
        }
        assert_eq!(builtin_templates("xx"), id);
    }

    #[test]
    fn all_templates_puts_the_office_s_own_last() {
        let mut ws = workspace();
        let own = CaptionTemplate {
            id: "3f1c".into(),
            name: "Rapat paripurna".into(),
            body: "{pejabat} mengikuti {judul}.".into(),
        };
        ws.set_own_templates(std::slice::from_ref(&own));
        let all = all_templates(&ws, "en");
        assert_eq!(all.len(), builtin_templates("en").len() + 1);
        assert_eq!(all[0].name, "Leadership activity");
        assert_eq!(all.last(), Some(&own));
    }

    #[test]
    fn a_builtin_filled_for_a_covered_activity() {
        let mut ws = workspace();
        ws.timezone = "Asia/Pontianak".into();
        let body = &builtin_templates("id")[0].body;
        let filled = fill(body, &post(), Some(&coverage()), &ws);
        assert!(filled.text.starts_with(
            "Bupati Bengkayang dan Wakil Bupati menghadiri Musrenbang Kecamatan Ledo \
             di Aula Kantor Camat Ledo, Senin, 7 Desember 2026.\n\n"
        ));
        assert!(filled.text.ends_with("\n\n(Diskominfo Bengkayang/RT)"));
        assert!(placeholders_left(&filled.text).is_empty());
        assert!(filled.empty.is_empty() && filled.unknown.is_empty());
    }
}
