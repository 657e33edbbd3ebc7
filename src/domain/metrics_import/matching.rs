//! Matching CSV rows to posts, the preview the person confirms, and
//! applying the figures.

use super::{day_order, normalise_url, parse_count, parse_loose_date, Field, Mapping, Table};
use crate::domain::id::Id;
use crate::domain::post::{Metrics, Post};
use crate::domain::time::Timestamp;

/// Figures for the seven metric fields: outer `None` = not in the mapping
/// (keep what the post has), `Some(None)` = no figure.
pub type Values = [Option<Option<u64>>; 7];

/// Why a row cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// A metric cell is not a count.
    BadNumber {
        /// The field.
        field: Field,
        /// The cell as written.
        value: String,
    },
    /// The date cell is not a date (and no URL matched).
    BadDate(String),
    /// Neither a URL nor a date and title to match by.
    NoKey,
}

/// What happens to one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Exactly one post matches; its figures.
    Matched {
        /// The post.
        post: Id,
        /// The figures to set.
        values: Values,
    },
    /// No post matches.
    Unmatched,
    /// Several posts match; none is changed.
    Ambiguous(Vec<Id>),
    /// The row cannot be read.
    Bad(RowProblem),
}

/// One row of the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewRow {
    /// The line the row starts on in the file.
    pub line: u64,
    /// What identifies the row to a person: its URL, else title, else date.
    pub label: String,
    /// What happens to it.
    pub outcome: Outcome,
}

/// Every row of a file and what applying would do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    /// The rows in file order.
    pub rows: Vec<PreviewRow>,
}

impl Preview {
    /// `(matched, unmatched, ambiguous, bad)` counts.
    pub fn counts(&self) -> (usize, usize, usize, usize) {
        let mut c = (0, 0, 0, 0);
        for row in &self.rows {
            match row.outcome {
                Outcome::Matched { .. } => c.0 += 1,
                Outcome::Unmatched => c.1 += 1,
                Outcome::Ambiguous(_) => c.2 += 1,
                Outcome::Bad(_) => c.3 += 1,
            }
        }
        c
    }
}

/// Matches every row of `table` to the live `posts`: by normalised
/// published URL first, else by date and title (case-insensitive, trimmed).
pub fn preview(table: &Table, mapping: &Mapping, posts: &[Post]) -> Preview {
    let cell = |cells: &[String], field: Field| -> Option<String> {
        mapping.get(field).and_then(|i| cells.get(i)).cloned()
    };
    let order = day_order(
        table
            .rows
            .iter()
            .filter_map(|(_, cells)| mapping.get(Field::Date).and_then(|i| cells.get(i)))
            .map(String::as_str),
    );
    let live: Vec<&Post> = posts.iter().filter(|p| p.is_live()).collect();
    let rows = table
        .rows
        .iter()
        .map(|(line, cells)| {
            let url = cell(cells, Field::Url).filter(|u| !u.is_empty());
            let title = cell(cells, Field::Title).filter(|t| !t.is_empty());
            let date = cell(cells, Field::Date).filter(|d| !d.is_empty());
            let label = url
                .clone()
                .or(title.clone())
                .or(date.clone())
                .unwrap_or_default();
            let outcome = outcome(cells, mapping, &live, url, title, date, order);
            PreviewRow {
                line: *line,
                label,
                outcome,
            }
        })
        .collect();
    Preview { rows }
}

fn outcome(
    cells: &[String],
    mapping: &Mapping,
    live: &[&Post],
    url: Option<String>,
    title: Option<String>,
    date: Option<String>,
    order: super::DayOrder,
) -> Outcome {
    let mut values: Values = [None; 7];
    for (k, field) in Field::METRICS.into_iter().enumerate() {
        let Some(i) = mapping.get(field) else {
            continue;
        };
        let raw = cells.get(i).map(String::as_str).unwrap_or("");
        match parse_count(raw) {
            Ok(v) => values[k] = Some(v),
            Err(_) => {
                return Outcome::Bad(RowProblem::BadNumber {
                    field,
                    value: raw.to_string(),
                })
            }
        }
    }
    let found = |ids: Vec<Id>| match ids.len() {
        0 => None,
        1 => Some(Outcome::Matched {
            post: ids[0].clone(),
            values,
        }),
        _ => Some(Outcome::Ambiguous(ids)),
    };
    if let Some(url) = &url {
        let key = normalise_url(url);
        let ids = live
            .iter()
            .filter(|p| {
                p.data
                    .published_url
                    .as_deref()
                    .is_some_and(|u| normalise_url(u) == key)
            })
            .map(|p| p.id.clone())
            .collect();
        if let Some(o) = found(ids) {
            return o;
        }
    }
    let (Some(title), Some(date)) = (title, date) else {
        return if url.is_some() {
            Outcome::Unmatched
        } else {
            Outcome::Bad(RowProblem::NoKey)
        };
    };
    let Some(date) = parse_loose_date(&date, order) else {
        return Outcome::Bad(RowProblem::BadDate(date));
    };
    let title = title.trim().to_lowercase();
    let ids = live
        .iter()
        .filter(|p| p.data.date == date && p.data.title.trim().to_lowercase() == title)
        .map(|p| p.id.clone())
        .collect();
    found(ids).unwrap_or(Outcome::Unmatched)
}

/// Sets `values` on `post` (fields given; others kept from its metrics),
/// `recorded_at` = `now`, and touches it.
pub fn set_metrics(post: &mut Post, values: &Values, now: Timestamp) {
    let mut m = post.data.metrics.clone().unwrap_or(Metrics {
        reach: None,
        impressions: None,
        views: None,
        likes: None,
        comments: None,
        shares: None,
        saves: None,
        recorded_at: now,
        extra: Default::default(),
    });
    let slots = [
        &mut m.reach,
        &mut m.impressions,
        &mut m.views,
        &mut m.likes,
        &mut m.comments,
        &mut m.shares,
        &mut m.saves,
    ];
    for (slot, value) in slots.into_iter().zip(values) {
        if let Some(v) = value {
            *slot = *v;
        }
    }
    m.recorded_at = now;
    post.data.metrics = Some(m);
    post.touch(now);
}

/// The posts to save when the preview is applied: each matched post with
/// its figures set (a post matched by several rows takes the last).
pub fn apply(preview: &Preview, posts: &[Post], now: Timestamp) -> Vec<Post> {
    let mut out: Vec<Post> = Vec::new();
    for row in &preview.rows {
        let Outcome::Matched { post, values } = &row.outcome else {
            continue;
        };
        if let Some(existing) = out.iter_mut().find(|p| &p.id == post) {
            set_metrics(existing, values, now);
        } else if let Some(p) = posts.iter().find(|p| &p.id == post) {
            let mut p = p.clone();
            set_metrics(&mut p, values, now);
            out.push(p);
        }
    }
    out
}

/// The figures of `post` in [`Field::METRICS`] order.
pub fn current_values(post: &Post) -> [Option<u64>; 7] {
    match &post.data.metrics {
        Some(m) => [
            m.reach,
            m.impressions,
            m.views,
            m.likes,
            m.comments,
            m.shares,
            m.saves,
        ],
        None => [None; 7],
    }
}
