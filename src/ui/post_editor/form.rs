//! What the editor holds while a post is open: the typed text of every
//! field, the record it started from, and the problems the domain finds in
//! it, checked again on every keystroke.
//!
//! The form never changes the stored record: [`PostForm::checked`] is the
//! post as it would be saved, and a save starts from the stored record and
//! copies the form's fields in.

use leptos::prelude::*;

use crate::domain::id::Id;
use crate::domain::platform::Platform;
use crate::domain::post::{Post, PostData, PostFormat};
use crate::i18n::*;
use crate::ui::state::AppState;

use super::check::{check, Checked, LinkRow, Place, Values};
use super::focus_id;
use crate::ui::forms::field_sentence;

use super::labels::{to_local_input, zone_offset};

/// The fields of the open post, one signal each.
#[derive(Clone, Copy)]
pub struct PostForm {
    /// Title as typed.
    pub title: RwSignal<String>,
    /// `YYYY-MM-DD` from the date input.
    pub date: RwSignal<String>,
    /// `HH:MM` from the time input, or empty for an all-day post.
    pub time: RwSignal<String>,
    /// Chosen platforms.
    pub platforms: RwSignal<Vec<Platform>>,
    /// Chosen format.
    pub format: RwSignal<Option<PostFormat>>,
    /// Chosen pillar (maybe one no longer known).
    pub pillar_id: RwSignal<Option<Id>>,
    /// Caption as typed.
    pub caption: RwSignal<String>,
    /// Hashtags as typed, separated by spaces or commas.
    pub hashtags: RwSignal<String>,
    /// Chosen assignee (maybe one no longer on the team).
    pub assignee_id: RwSignal<Option<Id>>,
    /// The coverage record the post reports on (maybe one not known).
    pub coverage_id: RwSignal<Option<Id>>,
    /// Link rows.
    pub links: RwSignal<Vec<LinkRow>>,
    /// Notes as typed.
    pub notes: RwSignal<String>,
    /// Published URL as typed (a published post only).
    pub published_url: RwSignal<String>,
    /// Publication time from the `datetime-local` input.
    pub published_at: RwSignal<String>,
    /// The record the form started from: stored, or made when it opened.
    pub base: RwSignal<Option<Post>>,
    /// Whether `base` is stored (false for a new post until its first save).
    pub stored: RwSignal<bool>,
    /// The post asked for is not there (deleted meanwhile).
    pub missing: RwSignal<bool>,
    /// The post with the form applied, and its problems.
    pub checked: Memo<Option<Checked>>,
    initial: RwSignal<Values>,
    touched: RwSignal<Vec<Place>>,
    show_all: RwSignal<bool>,
    next_key: StoredValue<u32>,
}

impl PostForm {
    /// An empty form; `state` gives the workspace's time zone.
    pub fn new(state: AppState) -> Self {
        let base = RwSignal::new(None::<Post>);
        let initial = RwSignal::new(Values::default());
        let mut form = PostForm {
            title: RwSignal::new(String::new()),
            date: RwSignal::new(String::new()),
            time: RwSignal::new(String::new()),
            platforms: RwSignal::new(Vec::new()),
            format: RwSignal::new(None),
            pillar_id: RwSignal::new(None),
            caption: RwSignal::new(String::new()),
            hashtags: RwSignal::new(String::new()),
            assignee_id: RwSignal::new(None),
            coverage_id: RwSignal::new(None),
            links: RwSignal::new(Vec::new()),
            notes: RwSignal::new(String::new()),
            published_url: RwSignal::new(String::new()),
            published_at: RwSignal::new(String::new()),
            base,
            stored: RwSignal::new(false),
            missing: RwSignal::new(false),
            // Replaced below: the memo reads the form's own signals.
            checked: Memo::new(|_| None),
            initial,
            touched: RwSignal::new(Vec::new()),
            show_all: RwSignal::new(false),
            next_key: StoredValue::new(0),
        };
        let f = form;
        form.checked = Memo::new(move |_| {
            let offset = state.workspace.with(|w| zone_offset(&w.timezone));
            let values = f.values();
            let rows = f.links.get();
            let initial_at = initial.with(|v| v.published_at.clone());
            base.with(|b| {
                b.as_ref()
                    .map(|b| check(&b.data, &values, &rows, offset, &initial_at))
            })
        });
        form
    }

    /// Fills the form from `post`; `stored` says whether it is saved yet.
    pub fn load(self, post: Post, stored: bool, offset: i32) {
        let d = &post.data;
        let rows: Vec<LinkRow> = d
            .links
            .iter()
            .map(|l| LinkRow {
                key: self.new_key(),
                label: l.label.clone(),
                url: l.url.clone(),
                extra: l.extra.clone(),
            })
            .collect();
        let values = Values {
            title: d.title.clone(),
            date: d.date.to_string(),
            time: d.time.map(|t| t.to_string()).unwrap_or_default(),
            platforms: d.platforms.clone(),
            format: d.format,
            pillar_id: d.pillar_id.clone(),
            caption: d.caption.clone(),
            hashtags: d.hashtags.join(" "),
            assignee_id: d.assignee_id.clone(),
            coverage_id: d.coverage_id.clone(),
            links: rows
                .iter()
                .map(|r| (r.label.clone(), r.url.clone()))
                .collect(),
            notes: d.notes.clone(),
            published_url: d.published_url.clone().unwrap_or_default(),
            published_at: d
                .published_at
                .map(|at| to_local_input(at, offset))
                .unwrap_or_default(),
        };
        self.title.set(values.title.clone());
        self.date.set(values.date.clone());
        self.time.set(values.time.clone());
        self.platforms.set(values.platforms.clone());
        self.format.set(values.format);
        self.pillar_id.set(values.pillar_id.clone());
        self.caption.set(values.caption.clone());
        self.hashtags.set(values.hashtags.clone());
        self.assignee_id.set(values.assignee_id.clone());
        self.coverage_id.set(values.coverage_id.clone());
        self.links.set(rows);
        self.notes.set(values.notes.clone());
        self.published_url.set(values.published_url.clone());
        self.published_at.set(values.published_at.clone());
        self.initial.set(values);
        self.touched.set(Vec::new());
        self.show_all.set(false);
        self.stored.set(stored);
        self.missing.set(false);
        self.base.set(Some(post));
    }

    /// Shows that the post asked for is not there.
    pub fn load_missing(self) {
        self.base.set(None);
        self.stored.set(false);
        self.missing.set(true);
    }

    /// A key for a new link row.
    pub fn new_key(self) -> u32 {
        let key = self.next_key.get_value();
        self.next_key.set_value(key.wrapping_add(1));
        key
    }

    /// Marks a field as changed: its problems show from now on.
    pub fn touch(self, place: Place) {
        if !self.touched.with_untracked(|t| t.contains(&place)) {
            self.touched.update(|t| t.push(place));
        }
    }

    /// Whether anything was typed or chosen since the form was filled.
    pub fn is_dirty(self) -> bool {
        untrack(move || self.initial.with(|initial| *initial != self.values()))
    }

    /// The message for `place` (and link row `row`), once the person has
    /// changed that field or tried to save.
    pub fn message(
        self,
        i18n: I18nContext<Locale>,
        place: Place,
        row: Option<u32>,
    ) -> Option<String> {
        if !self.show_all.get() && !self.touched.with(|t| t.contains(&place)) {
            return None;
        }
        let text = self.checked.with(|c| {
            c.as_ref().map(|c| {
                c.problems
                    .iter()
                    .filter(|p| p.place == place && p.row == row)
                    .map(|p| field_sentence(i18n, &p.kind))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
        })?;
        (!text.is_empty()).then_some(text)
    }

    /// The checked post, if it has no problem. Otherwise every problem is
    /// shown and focus moves to the first field with one.
    pub fn valid(self) -> Option<PostData> {
        self.show_all.set(true);
        let checked = self.checked.get_untracked()?;
        match checked.problems.first() {
            None => Some(checked.data),
            Some(first) => {
                focus_id(&first.place.control_id(first.row));
                None
            }
        }
    }

    fn values(self) -> Values {
        Values {
            title: self.title.get(),
            date: self.date.get(),
            time: self.time.get(),
            platforms: self.platforms.get(),
            format: self.format.get(),
            pillar_id: self.pillar_id.get(),
            caption: self.caption.get(),
            hashtags: self.hashtags.get(),
            assignee_id: self.assignee_id.get(),
            coverage_id: self.coverage_id.get(),
            links: self.links.with(|rows| {
                rows.iter()
                    .map(|r| (r.label.clone(), r.url.clone()))
                    .collect()
            }),
            notes: self.notes.get(),
            published_url: self.published_url.get(),
            published_at: self.published_at.get(),
        }
    }
}
