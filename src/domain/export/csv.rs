//! The posts as a CSV table (RFC 4180), for spreadsheets and reports.

use std::collections::HashMap;

use crate::domain::id::Id;
use crate::domain::plan::Plan;
use crate::domain::post::{Metrics, Post, PostFormat, PostStatus};

use super::{live_titles, Range};

/// The header row: Indonesian, since the office opens the file in a
/// spreadsheet, in lowercase words joined by `_` so that scripts can name
/// the columns too. They are stable: a change breaks people's macros.
pub const CSV_HEADERS: [&str; 18] = [
    "tanggal",
    "jam",
    "judul",
    "platform",
    "format",
    "pilar",
    "status",
    "penanggung_jawab",
    "keterangan",
    "tagar",
    "url_terbit",
    "jangkauan",
    "tayangan",
    "ditonton",
    "suka",
    "komentar",
    "dibagikan",
    "disimpan",
];

/// The UTF-8 byte order mark, without which Excel reads UTF-8 as the
/// system's legacy code page and garbles every accent and emoji.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The posts of `plan` in `range` as CSV (RFC 4180: CRLF line ends, fields
/// quoted where needed), UTF-8 with a byte order mark, header row
/// ([`CSV_HEADERS`]) first.
///
/// - One row per post that is not deleted (cancelled ones included: the
///   table is a record of the plan), sorted by date, time (posts without a
///   time first), title and id.
/// - `tanggal` is `YYYY-MM-DD` and `jam` `HH:MM` (empty without a time),
///   which spreadsheets read as a date and a time; platforms are their
///   names joined by `, `; format and status are their Indonesian labels
///   (`Foto`, `Terbit`); pillar and assignee are names, empty when there is
///   none or it is unknown or deleted; hashtags are joined by spaces;
///   metrics are plain integers, empty when not recorded.
/// - Formula injection: a text cell that starts with `=`, `+`, `-`, `@`, a
///   tab or a carriage return gets a leading `'`, so that a spreadsheet shows
///   it as text instead of running it. Captions come from anyone who sends
///   a plan file, and `=HYPERLINK(...)` or `=cmd|…` would otherwise run on
///   the office's computers. The cost: such a cell reads `'-` where the
///   caption began with `-`.
pub fn to_csv(plan: &Plan, range: &Range) -> Vec<u8> {
    let pillars = live_titles(&plan.pillars);
    let members = live_titles(&plan.members);

    let mut posts: Vec<&Post> = plan
        .posts
        .iter()
        .filter(|p| p.is_live() && range.contains(p.data.date))
        .collect();
    posts.sort_by(|a, b| {
        (a.data.date, a.data.time, &a.data.title, &a.id).cmp(&(
            b.data.date,
            b.data.time,
            &b.data.title,
            &b.id,
        ))
    });

    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    // Writing to memory cannot fail, and every row has as many fields as
    // the header, so these results are always Ok.
    let _ = writer.write_record(CSV_HEADERS);
    for post in posts {
        let _ = writer.write_record(row(post, &pillars, &members));
    }
    writer.into_inner().unwrap_or_default()
}

fn row(post: &Post, pillars: &HashMap<&Id, &str>, members: &HashMap<&Id, &str>) -> Vec<String> {
    let d = &post.data;
    let name_of = |map: &HashMap<&Id, &str>, id: &Option<Id>| -> String {
        text(
            id.as_ref()
                .and_then(|id| map.get(id))
                .copied()
                .unwrap_or(""),
        )
    };
    let platforms: Vec<&str> = d.platforms.iter().map(|p| p.name()).collect();
    let metric = |pick: fn(&Metrics) -> Option<u64>| {
        d.metrics
            .as_ref()
            .and_then(pick)
            .map_or_else(String::new, |n| n.to_string())
    };
    vec![
        d.date.to_string(),
        d.time.map_or_else(String::new, |t| t.to_string()),
        text(&d.title),
        platforms.join(", "),
        d.format.map_or("", format_label).to_owned(),
        name_of(pillars, &d.pillar_id),
        status_label(d.status).to_owned(),
        name_of(members, &d.assignee_id),
        text(&d.caption),
        text(&d.hashtags.join(" ")),
        text(d.published_url.as_deref().unwrap_or("")),
        metric(|m| m.reach),
        metric(|m| m.impressions),
        metric(|m| m.views),
        metric(|m| m.likes),
        metric(|m| m.comments),
        metric(|m| m.shares),
        metric(|m| m.saves),
    ]
}

/// A text cell, guarded against formula injection (see [`to_csv`]).
fn text(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// A format's label in the glossary (`shared/design/ux.md`).
fn format_label(format: PostFormat) -> &'static str {
    match format {
        PostFormat::Photo => "Foto",
        PostFormat::Carousel => "Carousel",
        PostFormat::Video => "Video",
        PostFormat::Reel => "Reels",
        PostFormat::Story => "Story",
        PostFormat::Infographic => "Infografis",
        PostFormat::Article => "Artikel",
        PostFormat::Live => "Siaran langsung",
        PostFormat::Text => "Teks",
    }
}

/// A status's label in the glossary (`shared/design/ux.md`).
fn status_label(status: PostStatus) -> &'static str {
    match status {
        PostStatus::Draft => "Draf",
        PostStatus::Review => "Ditinjau",
        PostStatus::Approved => "Disetujui",
        PostStatus::Scheduled => "Terjadwal",
        PostStatus::Published => "Terbit",
        PostStatus::Cancelled => "Batal",
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
