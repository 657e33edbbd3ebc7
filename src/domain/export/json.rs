//! The plan file as exported (spec Export): the whole plan or a date
//! range, records in a fixed order, and the file's suggested name.

use crate::domain::plan::{Plan, FORMAT, VERSION};
use crate::domain::time::Timestamp;
use crate::domain::timezone::local_date;
use crate::domain::workspace::{Workspace, DEFAULT_TIMEZONE};

use super::Range;

/// The plan file to write (spec Export).
///
/// - [`Range::All`]: every record. A date range: the posts and coverage
///   whose `date` is in it and the ideas whose `target_date` is in it
///   (ideas without a target date belong to no period and are left out),
///   plus every member, pillar, special day and slot, since the records in
///   range refer to them.
/// - Tombstones are included, so that deletions reach colleagues; unknown
///   fields and unknown top-level keys are written back.
/// - Each kind's records are sorted by id (kinds are in the spec's order
///   already), so exporting the same plan twice gives the same text but
///   for `exported_at`.
/// - `format` and `version` are this Siar's; `exported_at` is `now`.
pub fn plan_for_export(
    plan: &Plan,
    range: &Range,
    now: Timestamp,
    exported_by: Option<String>,
) -> Plan {
    let mut out = plan.clone();
    out.format = FORMAT.to_owned();
    out.version = VERSION;
    out.exported_at = now;
    out.exported_by = exported_by;
    out.posts.retain(|p| range.contains(p.data.date));
    out.coverage.retain(|c| range.contains(c.data.date));
    out.ideas.retain(|i| range.contains_opt(i.data.target_date));
    out.sort_records();
    out
}

/// The longest slug a file name gets, in bytes: enough for an office's
/// name, short enough for phones that cut long names off.
const MAX_SLUG_LEN: usize = 60;

/// The suggested file name of a plan file exported at `now`:
/// `siar-<slug>-<YYYYMMDD>.json`, with the date in Siar's default zone
/// (`Asia/Pontianak`, WIB).
///
/// Prefer [`plan_file_name_for`], which dates the file in the workspace's
/// own zone; this one stays for callers that have only the name.
pub fn plan_file_name(workspace_name: &str, now: Timestamp) -> String {
    file_name(workspace_name, DEFAULT_TIMEZONE, now)
}

/// The suggested file name of `workspace`'s plan file exported at `now`:
/// `siar-<slug>-<YYYYMMDD>.json`, dated in the workspace's zone.
///
/// The slug is the name in lowercase ASCII letters and digits, words joined
/// by `-`: Latin letters with accents lose them (`é` → `e`, `ß` → `ss`),
/// apostrophes vanish, any other character separates words, and a name
/// with nothing left is `rencana` ("plan"). It is cut at a word boundary
/// to at most 60 bytes.
pub fn plan_file_name_for(workspace: &Workspace, now: Timestamp) -> String {
    file_name(&workspace.name, &workspace.timezone, now)
}

fn file_name(name: &str, timezone: &str, now: Timestamp) -> String {
    let date = local_date(now, timezone).format("%Y%m%d");
    format!("siar-{}-{date}.json", slug(name))
}

/// Lowercase ASCII words of `name` joined by `-`; see [`plan_file_name_for`].
fn slug(name: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in name.chars() {
        // Lowercase first: `İ` and the Kelvin sign become ASCII letters.
        let lower = c.to_lowercase().next().unwrap_or(c);
        if lower.is_ascii_alphanumeric() {
            word.push(lower);
        } else if matches!(c, '\'' | '\u{2019}' | '\u{02bc}') {
            // "Jum'at" is one word.
        } else if let Some(ascii) = transliterate(lower) {
            word.push_str(ascii);
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let mut slug = String::new();
    for word in words {
        let sep = usize::from(!slug.is_empty());
        if slug.len() + sep + word.len() > MAX_SLUG_LEN {
            if slug.is_empty() {
                // One word longer than the limit: cut it (all ASCII here).
                slug.push_str(&word[..MAX_SLUG_LEN]);
            }
            break;
        }
        if sep == 1 {
            slug.push('-');
        }
        slug.push_str(&word);
    }
    if slug.is_empty() {
        slug.push_str("rencana");
    }
    slug
}

/// Latin letters with diacritics, by their lowercase form, and what they
/// become in ASCII. Indonesian names are plain ASCII; these cover loan
/// words and names typed on phones that add accents.
const LATIN: [(&str, &str); 25] = [
    ("àáâãäåāăą", "a"),
    ("çćĉċč", "c"),
    ("ďđð", "d"),
    ("èéêëēĕėęě", "e"),
    ("ĝğġģ", "g"),
    ("ĥħ", "h"),
    ("ìíîïĩīĭįı", "i"),
    ("ĵ", "j"),
    ("ķ", "k"),
    ("ĺļľŀł", "l"),
    ("ñńņňŉ", "n"),
    ("òóôõöøōŏő", "o"),
    ("ŕŗř", "r"),
    ("śŝşšș", "s"),
    ("ţťŧț", "t"),
    ("ùúûüũūŭůűų", "u"),
    ("ŵ", "w"),
    ("ýÿŷ", "y"),
    ("źżž", "z"),
    ("ß", "ss"),
    ("æ", "ae"),
    ("œ", "oe"),
    ("þ", "th"),
    ("ĳ", "ij"),
    ("ŋ", "ng"),
];

/// The ASCII letters for a lowercase Latin letter with a diacritic, or
/// `None` for any other character.
fn transliterate(lower: char) -> Option<&'static str> {
    LATIN
        .iter()
        .find(|(letters, _)| letters.contains(lower))
        .map(|(_, ascii)| *ascii)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
