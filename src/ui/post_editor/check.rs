//! The form's values checked as a post: the post as it would be saved,
//! and every problem with the place on the form where it shows.

use crate::domain::id::Id;
use crate::domain::platform::Platform;
use crate::domain::post::{Link, PostData, PostFormat, PostStatus};
use crate::domain::post_check::{check_input, check_post, PostField};
use crate::domain::text::{clean_name, parse_hashtags};
use crate::domain::time::{parse_date, TimeOfDay};
use crate::domain::validate::ProblemKind;

use super::labels::from_local_input;

/// Unknown fields of a link, kept through an edit.
type Extra = serde_json::Map<String, serde_json::Value>;

/// Where a problem is shown: a field of the post, or the publication time
/// (which the domain takes as a timestamp, so only the form can misread it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A field the domain checks.
    Field(PostField),
    /// The `datetime-local` input of the publication time.
    PublishedAt,
}

impl Place {
    /// Position in the form, top to bottom: focus goes to the first.
    fn order(self) -> u8 {
        match self {
            Place::Field(PostField::Title) => 0,
            Place::Field(PostField::Date) => 1,
            Place::Field(PostField::Time) => 2,
            Place::Field(PostField::Platforms) => 3,
            Place::Field(PostField::Caption) => 4,
            Place::Field(PostField::Hashtags) => 5,
            Place::Field(PostField::Links) => 6,
            Place::Field(PostField::Notes) => 7,
            Place::Field(PostField::PublishedUrl) => 8,
            Place::PublishedAt => 9,
        }
    }

    /// The id of the control that receives focus for a problem here.
    pub fn control_id(self, row: Option<u32>) -> String {
        match (self, row) {
            (Place::Field(PostField::Links), Some(key)) => link_url_id(key),
            (Place::Field(PostField::Platforms), _) => platform_id(Platform::ALL[0]),
            _ => self.dom_id().to_string(),
        }
    }

    /// The id of the field's control (and, with `-error`, of its message).
    pub fn dom_id(self) -> &'static str {
        match self {
            Place::Field(PostField::Title) => "post-title",
            Place::Field(PostField::Date) => "post-date",
            Place::Field(PostField::Time) => "post-time",
            Place::Field(PostField::Platforms) => "post-platforms",
            Place::Field(PostField::Caption) => "post-caption",
            Place::Field(PostField::Hashtags) => "post-hashtags",
            Place::Field(PostField::Links) => "post-links",
            Place::Field(PostField::Notes) => "post-notes",
            Place::Field(PostField::PublishedUrl) => "post-published-url",
            Place::PublishedAt => "post-published-at",
        }
    }
}

/// The id of a platform's checkbox.
pub fn platform_id(platform: Platform) -> String {
    format!("post-platform-{}", platform.key())
}

/// The id of a link row's address input.
pub fn link_url_id(key: u32) -> String {
    format!("post-link-{key}-url")
}

/// One problem of the form.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Where it is shown.
    pub place: Place,
    /// For a link: the row's key.
    pub row: Option<u32>,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// The post as it would be saved, and what is wrong with it.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    /// The record's fields with the form applied.
    pub data: PostData,
    /// Every problem, top to bottom; saving is refused while there is one.
    pub problems: Vec<Problem>,
}

/// A link being edited; the key keeps a row's inputs (and focus) in place
/// while rows are added and removed.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkRow {
    /// Stable within one opening of the editor.
    pub key: u32,
    /// What the link is.
    pub label: String,
    /// Its address.
    pub url: String,
    /// Unknown fields of the stored link.
    pub extra: Extra,
}

/// Everything typed, as plain values: compared to tell whether there are
/// unsaved changes.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Values {
    /// Title as typed.
    pub title: String,
    /// Date input.
    pub date: String,
    /// Time input.
    pub time: String,
    /// Checked platforms.
    pub platforms: Vec<Platform>,
    /// Chosen format.
    pub format: Option<PostFormat>,
    /// Chosen pillar.
    pub pillar_id: Option<Id>,
    /// Caption as typed.
    pub caption: String,
    /// Hashtags as typed.
    pub hashtags: String,
    /// Chosen assignee.
    pub assignee_id: Option<Id>,
    /// Chosen coverage record.
    pub coverage_id: Option<Id>,
    /// Label and address of each link row.
    pub links: Vec<(String, String)>,
    /// Notes as typed.
    pub notes: String,
    /// Published URL as typed.
    pub published_url: String,
    /// Publication time input.
    pub published_at: String,
}

/// Copies what the form edits from `from` into `to`. Status, approval,
/// caption (which goes through `approval::set_caption`), metrics and the
/// idea it came from are the workflow's, not the form's.
pub fn copy_form_fields(from: &PostData, to: &mut PostData) {
    to.title = from.title.clone();
    to.date = from.date;
    to.time = from.time;
    to.platforms = from.platforms.clone();
    to.format = from.format;
    to.pillar_id = from.pillar_id.clone();
    to.hashtags = from.hashtags.clone();
    to.assignee_id = from.assignee_id.clone();
    to.coverage_id = from.coverage_id.clone();
    to.links = from.links.clone();
    to.notes = from.notes.clone();
    if from.status == PostStatus::Published {
        to.published_url = from.published_url.clone();
        to.published_at = from.published_at;
    }
}

/// `base` with the typed values applied, and every problem: the form's
/// own (a date or time it cannot read) and the domain's (`check_post`).
pub fn check(
    base: &PostData,
    v: &Values,
    rows: &[LinkRow],
    offset: i32,
    initial_at: &str,
) -> Checked {
    let mut data = base.clone();
    let mut problems = Vec::new();
    let mut own = |place: Place, kind: ProblemKind| {
        problems.push(Problem {
            place,
            row: None,
            kind,
        })
    };

    data.title = clean_name(&v.title).unwrap_or_else(|_| v.title.clone());
    // Date and time as typed, by the domain's rules for typed text.
    let date = v.date.trim();
    match check_input(PostField::Date, date) {
        Some(kind) => own(Place::Field(PostField::Date), kind),
        None => data.date = parse_date(date).unwrap_or(data.date),
    }
    // Browsers may add seconds ("09:00:00"); the plan keeps minutes.
    let time = v.time.trim();
    let time = match time.strip_suffix(":00") {
        Some(minutes) if time.len() == 8 => minutes,
        _ => time,
    };
    match check_input(PostField::Time, time) {
        Some(kind) => own(Place::Field(PostField::Time), kind),
        None => data.time = TimeOfDay::parse(time),
    }
    data.platforms = Platform::ALL
        .into_iter()
        .filter(|p| v.platforms.contains(p))
        .collect();
    data.format = v.format;
    data.pillar_id = v.pillar_id.clone();
    data.caption = v.caption.clone();
    data.hashtags = parse_hashtags(&v.hashtags);
    data.assignee_id = v.assignee_id.clone();
    data.coverage_id = v.coverage_id.clone();
    data.notes = v.notes.clone();

    // A row left blank is not a link; the others keep their row's key so
    // that a problem shows beside the right row.
    let filled: Vec<&LinkRow> = rows
        .iter()
        .filter(|r| !r.label.trim().is_empty() || !r.url.trim().is_empty())
        .collect();
    data.links = filled
        .iter()
        .map(|r| Link {
            label: r.label.trim().to_string(),
            url: r.url.trim().to_string(),
            extra: r.extra.clone(),
        })
        .collect();

    if base.status == PostStatus::Published {
        let url = v.published_url.trim();
        data.published_url = (!url.is_empty()).then(|| url.to_string());
        // Unchanged, the stored instant stays exact (the input shows minutes).
        if v.published_at != initial_at {
            data.published_at = None;
            match v.published_at.trim() {
                "" => {}
                typed => match from_local_input(typed, offset) {
                    Some(at) => data.published_at = Some(at),
                    None => own(
                        Place::PublishedAt,
                        ProblemKind::NotATimestamp {
                            value: typed.to_string(),
                        },
                    ),
                },
            }
        }
    }

    for p in check_post(&data) {
        let row = match p.field {
            PostField::Links => p.index.and_then(|i| filled.get(i)).map(|r| r.key),
            _ => None,
        };
        problems.push(Problem {
            place: Place::Field(p.field),
            row,
            kind: p.kind,
        });
    }
    let position = |p: &Problem| {
        let row = p
            .row
            .and_then(|key| rows.iter().position(|r| r.key == key))
            .unwrap_or(0);
        (p.place.order(), row)
    };
    problems.sort_by_key(position);
    Checked { data, problems }
}
