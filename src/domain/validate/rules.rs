//! The spec's rules for one string value: ids, dates, times, timestamps,
//! URLs, colours, hashtags, enum keys and text limits.
//!
//! Each rule gives `Some(problem)` for a value that breaks it. Where the
//! domain has a parser (`Id::parse`, `parse_date`, `TimeOfDay::parse`, …)
//! the rule is that parser, so the validator and serde cannot disagree.

use crate::domain::coverage::{CoverageStatus, Need};
use crate::domain::id::Id;
use crate::domain::idea::IdeaStage;
use crate::domain::member::Role;
use crate::domain::pillar::Color;
use crate::domain::platform::Platform;
use crate::domain::post::{PostFormat, PostStatus};
use crate::domain::special_day::SpecialDayKind;
use crate::domain::text::{clean_name, is_space, NameProblem};
use crate::domain::time::{parse_date, SpecialDayDate, TimeOfDay, Timestamp};
use crate::domain::workspace::Language;

use super::ProblemKind;

/// The most characters of a caption.
pub(super) const CAPTION_MAX: usize = 65_536;
/// The most characters of notes and descriptions.
pub(super) const NOTES_MAX: usize = 20_000;
/// The most characters of any other string.
pub(super) const OTHER_MAX: usize = 2_000;
/// The most characters of a URL.
pub(super) const URL_MAX: usize = 2_048;

/// How much of a bad value a problem quotes: enough to recognise it,
/// little enough that a 20 MB string does not fill the problem list.
const SHOWN_CHARS: usize = 100;

/// The value as a problem quotes it, shortened with `…`.
pub(super) fn shown(s: &str) -> String {
    match s.char_indices().nth(SHOWN_CHARS) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s.to_owned(),
    }
}

/// An id: 1–64 of `A-Z a-z 0-9 _ -`.
pub(super) fn id(s: &str) -> Option<ProblemKind> {
    Id::parse(s)
        .is_none()
        .then(|| ProblemKind::BadId { value: shown(s) })
}

/// A real date `YYYY-MM-DD`.
pub(crate) fn date(s: &str) -> Option<ProblemKind> {
    parse_date(s)
        .is_none()
        .then(|| ProblemKind::NotADate { value: shown(s) })
}

/// A time `HH:MM`.
pub(crate) fn time(s: &str) -> Option<ProblemKind> {
    TimeOfDay::parse(s)
        .is_none()
        .then(|| ProblemKind::NotATime { value: shown(s) })
}

/// An RFC 3339 timestamp in years 0000–9999.
pub(super) fn timestamp(s: &str) -> Option<ProblemKind> {
    Timestamp::parse(s)
        .is_none()
        .then(|| ProblemKind::NotATimestamp { value: shown(s) })
}

/// A special day's date: `MM-DD` (a day of a leap year) or `YYYY-MM-DD`.
pub(super) fn special_date(s: &str) -> Option<ProblemKind> {
    SpecialDayDate::parse(s)
        .is_none()
        .then(|| ProblemKind::NotASpecialDate { value: shown(s) })
}

/// A colour `#RRGGBB`, either case.
pub(super) fn color(s: &str) -> Option<ProblemKind> {
    Color::parse(s)
        .is_none()
        .then(|| ProblemKind::BadColor { value: shown(s) })
}

/// A title or name: 1–200 characters after trimming.
pub(crate) fn name(s: &str) -> Option<ProblemKind> {
    match clean_name(s) {
        Ok(_) => None,
        Err(NameProblem::Empty) => Some(ProblemKind::Empty),
        Err(NameProblem::TooLong { max }) => Some(ProblemKind::TooLong { max }),
    }
}

/// Text of at most `max` characters.
pub(super) fn text(s: &str, max: usize) -> Option<ProblemKind> {
    // Bytes bound characters from above: skip counting short strings.
    (s.len() > max && s.chars().count() > max).then_some(ProblemKind::TooLong { max })
}

/// A string with no limit of its own: at most 2,000 characters.
pub(crate) fn other_text(s: &str) -> Option<ProblemKind> {
    text(s, OTHER_MAX)
}

/// Notes and descriptions: at most 20,000 characters.
pub(crate) fn notes(s: &str) -> Option<ProblemKind> {
    text(s, NOTES_MAX)
}

/// A caption: at most 65,536 characters.
pub(crate) fn caption(s: &str) -> Option<ProblemKind> {
    text(s, CAPTION_MAX)
}

/// A hashtag: `#` then one or more characters, none of them whitespace
/// (the schema's `^#\S+$`), at most 2,000 characters.
pub(crate) fn hashtag(s: &str) -> Option<ProblemKind> {
    let ok = s.len() > 1 && s.starts_with('#') && !s.chars().any(is_space);
    if ok {
        other_text(s)
    } else {
        Some(ProblemKind::BadHashtag { value: shown(s) })
    }
}

/// A SHA-256 digest: 64 lowercase hex digits.
pub(super) fn sha256_hex(s: &str) -> Option<ProblemKind> {
    let ok = s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    (!ok).then(|| ProblemKind::BadHex { value: shown(s) })
}

/// An absolute `http` or `https` URL of at most 2,048 characters, with a
/// host and nothing that a URL cannot hold (whitespace, control
/// characters). Any other scheme (`javascript:`, `data:`, `file:`) fails.
pub(crate) fn url(s: &str) -> Option<ProblemKind> {
    (!is_web_url(s)).then(|| ProblemKind::BadUrl { value: shown(s) })
}

fn is_web_url(s: &str) -> bool {
    if s.chars().count() > URL_MAX || s.chars().any(|c| is_space(c) || c.is_control()) {
        return false;
    }
    let Some((scheme, rest)) = s.split_once("://") else {
        return false;
    };
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
        return false;
    }
    // The authority runs to the first `/`, `?` or `#` (a backslash counts
    // as `/` in browsers); the host is what follows any `user@` and
    // precedes any `:port`.
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    let (host, port) = match host_port.strip_prefix('[') {
        // An IPv6 literal: `[::1]:8080`.
        Some(v6) => match v6.split_once(']') {
            Some((addr, after)) => (addr, after.strip_prefix(':').or(Some(after))),
            None => return false,
        },
        None => match host_port.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (host_port, None),
        },
    };
    let port_ok = port.is_none_or(|p| p.bytes().all(|b| b.is_ascii_digit()));
    !host.is_empty() && port_ok
}

/// An enum of the plan format, written as fixed keys.
pub(super) trait Keyed {
    /// Every key, in the spec's order.
    fn keys() -> Vec<&'static str>;
    /// Whether `s` is one of them.
    fn is_key(s: &str) -> bool;
}

/// Implements [`Keyed`] from the `ALL`, `key()` and `from_key()` that
/// every `keyed_enum!` has.
macro_rules! keyed {
    ($($t:ty),+ $(,)?) => {$(
        impl Keyed for $t {
            fn keys() -> Vec<&'static str> {
                <$t>::ALL.iter().map(<$t>::key).collect()
            }
            fn is_key(s: &str) -> bool {
                <$t>::from_key(s).is_some()
            }
        }
    )+};
}

keyed!(
    Role,
    Platform,
    PostFormat,
    PostStatus,
    IdeaStage,
    Need,
    CoverageStatus,
    SpecialDayKind,
    Language,
);

/// One of the keys of `K`.
pub(super) fn one_of<K: Keyed>(s: &str) -> Option<ProblemKind> {
    (!K::is_key(s)).then(|| ProblemKind::NotOneOf {
        value: shown(s),
        allowed: K::keys(),
    })
}
