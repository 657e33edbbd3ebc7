//! The checklist run before a caption may be approved: the workspace's
//! switched-on [`Check`]s, each looking at the caption (and, for the
//! official hashtag, the post's hashtag field).
//!
//! Lines are the caption's lines split at `\n` (a `\r` before it is not
//! part of the line), numbered from 1.

use crate::domain::caption::count::{hashtags_in, link_ranges};
use crate::domain::caption::settings::Check;
use crate::domain::caption::template::{spans, starts_with_ignore_case};
use crate::domain::post::PostData;
use crate::domain::workspace::Workspace;

/// At most this many failures are reported per check, so that a caption
/// pasted with spaces on every line does not bury the other checks.
pub const MAX_PER_CHECK: usize = 5;

/// One failed check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckFailure {
    /// Which check.
    pub check: Check,
    /// Where, when it is about a line of the caption (1-based).
    pub line: Option<usize>,
    /// What, when it is about a piece of text (a placeholder, a link).
    pub text: Option<String>,
}

impl CheckFailure {
    fn new(check: Check, line: Option<usize>, text: Option<&str>) -> CheckFailure {
        CheckFailure {
            check,
            line,
            text: text.map(str::to_owned),
        }
    }
}

/// The enabled checks of `ws` that `post` fails, in the order of `Check::ALL`.
///
/// Each check gives at most [`MAX_PER_CHECK`] failures, in caption order:
///
/// - [`Check::OfficialHashtag`]: passes when the workspace has no default
///   hashtags, or when one of them is in the post's hashtags or in the
///   caption as a whole hashtag (`#DiskominfoBengkayang`, not
///   `#DiskominfoBengkayangKab`), without regard to case. One failure whose
///   `text` is the first default hashtag.
/// - [`Check::Byline`]: passes when the workspace's byline is blank or the
///   caption contains it (trimmed, exactly). One failure whose `text` is
///   the trimmed byline.
/// - [`Check::Placeholders`]: one failure per placeholder left
///   ([`placeholders_left`](crate::domain::caption::template::placeholders_left)),
///   `text` as written (`{lokasi}`), `line` where it first appears.
/// - [`Check::HttpsLinks`]: one failure per `http://` link (scheme in any
///   case), `text` the link up to the next whitespace, with its `line`. An
///   `http://` inside another link (`…?u=http://…`) is not counted.
/// - [`Check::Spacing`]: one failure per line holding two spaces in a row
///   or ending in spaces or tabs ([`spacing_lines`]), with its `line`.
/// - [`Check::TitleFirstLine`]: one failure, with its `line`, when the
///   first line that is not blank repeats the post's title (trimmed,
///   without regard to case or to `.`, `!` and `:` at the end).
///
/// An empty caption passes every check but two: the official hashtag,
/// unless the post's hashtag field has one, and the byline, when the
/// workspace has one.
pub fn run_checks(post: &PostData, ws: &Workspace) -> Vec<CheckFailure> {
    let caption = post.caption.as_str();
    let mut failures = Vec::new();
    for check in ws.enabled_checks() {
        let found = match check {
            Check::OfficialHashtag => official_hashtag(post, ws),
            Check::Byline => byline(caption, ws),
            Check::Placeholders => placeholders(caption),
            Check::HttpsLinks => http_links(caption),
            Check::Spacing => spacing_lines(caption)
                .into_iter()
                .map(|n| CheckFailure::new(Check::Spacing, Some(n), None))
                .collect(),
            Check::TitleFirstLine => title_first_line(caption, &post.title),
        };
        failures.extend(found.into_iter().take(MAX_PER_CHECK));
    }
    failures
}

/// The caption's lines, numbered from 1, without a `\r` at the end.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .enumerate()
        .map(|(i, l)| (i + 1, l))
}

/// The 1-based line of the byte offset `at` in `text`.
fn line_at(text: &str, at: usize) -> usize {
    text[..at].matches('\n').count() + 1
}

/// [`Check::OfficialHashtag`].
fn official_hashtag(post: &PostData, ws: &Workspace) -> Vec<CheckFailure> {
    let official: Vec<&str> = ws
        .default_hashtags
        .iter()
        .map(|t| t.trim())
        .filter(|t| !t.trim_start_matches('#').is_empty())
        .collect();
    let Some(first) = official.first() else {
        return Vec::new();
    };
    let bare = |t: &str| t.trim().trim_start_matches('#').to_lowercase();
    let present: Vec<String> = post
        .hashtags
        .iter()
        .cloned()
        .chain(hashtags_in(&post.caption))
        .map(|h| bare(&h))
        .collect();
    let found = official.iter().any(|tag| present.contains(&bare(tag)));
    if found {
        Vec::new()
    } else {
        vec![CheckFailure::new(Check::OfficialHashtag, None, Some(first))]
    }
}

/// [`Check::Byline`].
fn byline(caption: &str, ws: &Workspace) -> Vec<CheckFailure> {
    let byline = ws.byline.trim();
    if byline.is_empty() || caption.contains(byline) {
        Vec::new()
    } else {
        vec![CheckFailure::new(Check::Byline, None, Some(byline))]
    }
}

/// [`Check::Placeholders`].
fn placeholders(caption: &str) -> Vec<CheckFailure> {
    let mut failures: Vec<CheckFailure> = Vec::new();
    for span in spans(caption) {
        if !failures.iter().any(|f| f.text.as_deref() == Some(span.raw)) {
            let line = line_at(caption, span.start);
            failures.push(CheckFailure::new(
                Check::Placeholders,
                Some(line),
                Some(span.raw),
            ));
        }
    }
    failures
}

/// [`Check::HttpsLinks`]: the links the counters find (`count::link_ranges`)
/// that start with `http://`.
fn http_links(caption: &str) -> Vec<CheckFailure> {
    link_ranges(caption)
        .into_iter()
        .filter(|r| starts_with_ignore_case(&caption[r.clone()], "http://"))
        .map(|r| {
            CheckFailure::new(
                Check::HttpsLinks,
                Some(line_at(caption, r.start)),
                Some(&caption[r]),
            )
        })
        .collect()
}

/// The lines of `text` (1-based) with two spaces in a row or ending in a
/// space or tab: what [`Check::Spacing`] reports.
pub fn spacing_lines(text: &str) -> Vec<usize> {
    lines(text)
        .filter(|(_, l)| l.contains("  ") || l.ends_with([' ', '\t']))
        .map(|(n, _)| n)
        .collect()
}

/// A line or title as [`Check::TitleFirstLine`] compares it.
fn title_key(s: &str) -> String {
    s.trim()
        .trim_end_matches(|c: char| matches!(c, '.' | '!' | ':') || c.is_whitespace())
        .to_lowercase()
}

/// [`Check::TitleFirstLine`].
fn title_first_line(caption: &str, title: &str) -> Vec<CheckFailure> {
    let title = title_key(title);
    let first = lines(caption).find(|(_, l)| !l.trim().is_empty());
    match first {
        Some((n, line)) if !title.is_empty() && title_key(line) == title => {
            vec![CheckFailure::new(Check::TitleFirstLine, Some(n), None)]
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::caption::template::{builtin_templates, fill};
    use crate::domain::coverage::CoverageData;
    use crate::domain::defaults::default_workspace;
    use crate::domain::platform::Platform;
    use crate::domain::time::parse_date;
    use serde_json::json;

    const CAPTION: &str = "Bupati Bengkayang menghadiri Musrenbang Kecamatan Ledo di Aula \
        Kantor Camat Ledo, Senin, 7 Desember 2026.\n\nDokumentasi lengkap: \
        https://drive.example.go.id/ledo\n\n#DiskominfoBengkayang #Ledo\n\n\
        (Diskominfo Bengkayang/RT)";

    fn workspace() -> Workspace {
        let mut ws = default_workspace();
        ws.default_hashtags = vec!["#DiskominfoBengkayang".into(), "#BumiSebalo".into()];
        ws.byline = "(Diskominfo Bengkayang/RT) ".into();
        ws
    }

    fn post(caption: &str) -> PostData {
        let mut post = PostData::draft(
            "Musrenbang Kecamatan Ledo".into(),
            parse_date("2026-12-07").unwrap(),
            vec![Platform::Instagram, Platform::Facebook],
        );
        post.caption = caption.into();
        post
    }

    /// Only the failures of `check`, as (line, text).
    fn of(failures: &[CheckFailure], check: Check) -> Vec<(Option<usize>, Option<&str>)> {
        failures
            .iter()
            .filter(|f| f.check == check)
            .map(|f| (f.line, f.text.as_deref()))
            .collect()
    }

    #[test]
    fn a_finished_caption_passes_every_check() {
        assert_eq!(run_checks(&post(CAPTION), &workspace()), []);
    }

    #[test]
    fn a_filled_builtin_passes_every_check() {
        let coverage: CoverageData = serde_json::from_value(json!({
            "title": "Musrenbang", "date": "2026-12-07", "time": "09:00",
            "location": "Aula Kantor Camat Ledo", "officials": "Bupati Bengkayang",
        }))
        .unwrap();
        let ws = workspace();
        let mut p = post("");
        p.hashtags = vec!["#diskominfobengkayang".into()];
        let body = &builtin_templates("id")[0].body;
        p.caption = fill(body, &p, Some(&coverage), &ws).text;
        assert_eq!(run_checks(&p, &ws), []);
    }

    #[test]
    fn official_hashtag() {
        let ws = workspace();
        let without = CAPTION.replace("#DiskominfoBengkayang ", "");
        let failures = run_checks(&post(&without), &ws);
        assert_eq!(
            failures,
            [CheckFailure::new(
                Check::OfficialHashtag,
                None,
                Some("#DiskominfoBengkayang")
            )]
        );
        // The second official hashtag is enough, in any case.
        assert_eq!(
            run_checks(&post(&format!("{without} #bumisebalo")), &ws),
            []
        );
        // A longer hashtag is not the official one.
        let longer = format!("{without} #BumiSebaloKu #xBumiSebalo");
        assert_eq!(
            of(&run_checks(&post(&longer), &ws), Check::OfficialHashtag).len(),
            1
        );
        // The hashtag field counts too.
        let mut tagged = post(&without);
        tagged.hashtags = vec!["#bumisebalo".into()];
        assert_eq!(run_checks(&tagged, &ws), []);
        // No official hashtags: nothing to miss.
        let mut none = ws.clone();
        none.default_hashtags.clear();
        assert_eq!(run_checks(&post(&without), &none), []);
    }

    #[test]
    fn byline() {
        let mut ws = workspace();
        let without = CAPTION.replace("\n\n(Diskominfo Bengkayang/RT)", "");
        assert_eq!(
            run_checks(&post(&without), &ws),
            [CheckFailure::new(
                Check::Byline,
                None,
                Some("(Diskominfo Bengkayang/RT)")
            )]
        );
        ws.byline = "  ".into();
        assert_eq!(run_checks(&post(&without), &ws), []);
    }

    #[test]
    fn placeholders_left_in_the_caption() {
        let caption = CAPTION.replace(
            "Aula Kantor Camat Ledo",
            "{ Lokasi }, pukul {waktu} ({lokasih})",
        ) + "\n{waktu}";
        let failures = run_checks(&post(&caption), &workspace());
        assert_eq!(
            of(&failures, Check::Placeholders),
            [
                (Some(1), Some("{ Lokasi }")),
                (Some(1), Some("{waktu}")),
                (Some(1), Some("{lokasih}")),
            ]
        );
        assert_eq!(failures.len(), 3);
    }

    #[test]
    fn http_links() {
        let caption = CAPTION.replace("https://", "HTTP://")
            + "\nPendaftaran: (http://daftar.example.go.id/a?x=1) lalu \
               https://x.example.go.id/?u=http://y.example.go.id";
        let failures = run_checks(&post(&caption), &workspace());
        assert_eq!(
            of(&failures, Check::HttpsLinks),
            [
                (Some(3), Some("HTTP://drive.example.go.id/ledo")),
                (Some(8), Some("http://daftar.example.go.id/a?x=1")),
            ]
        );
        assert_eq!(failures.len(), 2);
    }

    #[test]
    fn spacing() {
        let caption = CAPTION.replacen(" menghadiri", "  menghadiri", 1).replace(
            "#DiskominfoBengkayang #Ledo",
            "#DiskominfoBengkayang #Ledo\t",
        ) + " ";
        let failures = run_checks(&post(&caption), &workspace());
        assert_eq!(
            of(&failures, Check::Spacing),
            [(Some(1), None), (Some(5), None), (Some(7), None)]
        );
        assert_eq!(failures.len(), 3);
        // Line breaks of either kind, blank lines and single spaces are fine.
        assert!(spacing_lines("a b\r\n\r\nc\n").is_empty());
        assert_eq!(spacing_lines("a \r\nb"), [1]);
    }

    #[test]
    fn title_first_line() {
        let ws = workspace();
        let caption = format!("\n musrenbang kecamatan LEDO!\n\n{CAPTION}");
        assert_eq!(
            run_checks(&post(&caption), &ws),
            [CheckFailure::new(Check::TitleFirstLine, Some(2), None)]
        );
        let caption = format!("Musrenbang Kecamatan Ledo:\n{CAPTION}");
        assert_eq!(
            of(&run_checks(&post(&caption), &ws), Check::TitleFirstLine).len(),
            1
        );
        // A first line that only begins with the title is a sentence.
        let caption = format!("Musrenbang Kecamatan Ledo digelar hari ini.\n{CAPTION}");
        assert_eq!(run_checks(&post(&caption), &ws), []);
    }

    #[test]
    fn an_empty_caption() {
        let ws = workspace();
        assert_eq!(
            run_checks(&post(""), &ws),
            [
                CheckFailure::new(Check::OfficialHashtag, None, Some("#DiskominfoBengkayang")),
                CheckFailure::new(Check::Byline, None, Some("(Diskominfo Bengkayang/RT)")),
            ]
        );
        let mut tagged = post("");
        tagged.hashtags = vec!["#DiskominfoBengkayang".into()];
        let mut no_byline = ws.clone();
        no_byline.byline.clear();
        assert_eq!(run_checks(&tagged, &no_byline), []);
    }

    #[test]
    fn failures_come_in_check_order_capped_per_check() {
        let lines: Vec<String> = (1..=7)
            .map(|n| format!("Baris {n} http://a{n}.example.go.id  {{x{n}}} "))
            .collect();
        let failures = run_checks(&post(&lines.join("\n")), &workspace());
        let checks: Vec<Check> = failures.iter().map(|f| f.check).collect();
        let mut expected = vec![Check::OfficialHashtag, Check::Byline];
        for check in [Check::Placeholders, Check::HttpsLinks, Check::Spacing] {
            expected.extend([check; MAX_PER_CHECK]);
        }
        assert_eq!(checks, expected);
        assert_eq!(
            of(&failures, Check::Placeholders)[4],
            (Some(5), Some("{x5}"))
        );
    }

    #[test]
    fn disabled_checks_do_not_run() {
        let mut ws = workspace();
        let caption = "Musrenbang Kecamatan Ledo\n{lokasi}  http://a.example.go.id ";
        assert_eq!(run_checks(&post(caption), &ws).len(), 6);
        for check in Check::ALL {
            ws.set_check(check, false);
            let failures = run_checks(&post(caption), &ws);
            assert!(failures.iter().all(|f| f.check != check));
            assert!(failures.iter().all(|f| ws.check_enabled(f.check)));
        }
        assert_eq!(run_checks(&post(caption), &ws), []);
        ws.set_check(Check::Spacing, true);
        assert_eq!(
            run_checks(&post(caption), &ws),
            [CheckFailure::new(Check::Spacing, Some(2), None)]
        );
    }
}
