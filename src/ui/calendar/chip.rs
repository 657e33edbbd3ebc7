//! One post as the calendar shows it, draggable to another day, and the
//! posts and open slots a view shows.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::domain::calendar::posts_between;
use crate::domain::holidays::DayMark;
use crate::domain::id::Id;
use crate::domain::pillar::Pillar;
use crate::domain::platform::Platform;
use crate::domain::post::{Post, PostStatus};
use crate::domain::schedule::{open_slots, SlotOccurrence};
use crate::domain::time::{Date, TimeOfDay};
use crate::i18n::*;
use crate::ui::format::{status_label, time_of_day};
use crate::ui::forms::platform_label;
use crate::ui::post_editor::{EditorTarget, PostEditor};
use crate::ui::state::AppState;

use super::move_dialog::MoveTarget;
use super::use_calendar;

/// The drag payload type: a post id, private to Siar.
pub const DRAG_TYPE: &str = "application/x-siar-post";

/// What a calendar view shows of a post: the chip's fields only. A post's
/// caption, links and metrics can be kilobytes; the views copy and compare
/// their posts on every change, so they hold only this. It is also the key
/// of the chip drawn for it (see [`DayChips`]).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ChipPost {
    /// The post's id.
    pub id: Id,
    /// Its day.
    pub date: Date,
    /// Its time, if any.
    pub time: Option<TimeOfDay>,
    /// Its title.
    pub title: String,
    /// Its workflow status.
    pub status: PostStatus,
    /// Where it goes out.
    pub platforms: Vec<Platform>,
    /// The colour of its pillar (grey without one).
    pub color: String,
    /// Whether it needs documentation and has none (the ⚑ mark).
    pub lacks_docs: bool,
}

impl ChipPost {
    fn of(post: &Post, pillars: &[Pillar], undocumented: &HashSet<Id>) -> ChipPost {
        let d = &post.data;
        ChipPost {
            id: post.id.clone(),
            date: d.date,
            time: d.time,
            title: d.title.clone(),
            status: d.status,
            platforms: d.platforms.clone(),
            color: pillar_color(pillars, d.pillar_id.as_ref()),
            lacks_docs: undocumented.contains(&post.id),
        }
    }
}

/// The live posts of the view's range that pass the filters, in calendar
/// order.
pub fn visible_posts() -> Memo<Vec<ChipPost>> {
    let state = expect_context::<AppState>();
    let cal = use_calendar();
    Memo::new(move |_| {
        let (from, to) = cal.range.get();
        let filter = cal.filter.get();
        state.pillars.with(|pillars| {
            cal.undocumented.with(|undocumented| {
                state.posts.with(|ps| {
                    posts_between(ps.between(from, to), from, to)
                        .into_iter()
                        .filter(|p| filter.matches(p))
                        .map(|p| ChipPost::of(p, pillars, undocumented))
                        .collect()
                })
            })
        })
    })
}

/// What the calendar shows on one day.
pub trait OnDay {
    /// The day.
    fn day(&self) -> Date;
}

impl OnDay for ChipPost {
    fn day(&self) -> Date {
        self.date
    }
}

impl OnDay for SlotOccurrence {
    fn day(&self) -> Date {
        self.date
    }
}

impl OnDay for DayMark {
    fn day(&self) -> Date {
        self.date
    }
}

/// The items of the view's `all` that fall on `date`. While they stay the
/// same the memo keeps its value, neither copied nor announced as changed:
/// a save changes one day, and the other days' cells do nothing.
pub fn of_day<T>(all: Memo<Vec<T>>, date: Date) -> Memo<Vec<T>>
where
    T: OnDay + Clone + PartialEq + Send + Sync + 'static,
{
    Memo::new_owning(move |old: Option<Vec<T>>| {
        all.with(|items| {
            let on_day = items.iter().filter(|item| item.day() == date);
            match old {
                Some(old) if old.iter().eq(on_day.clone()) => (old, false),
                _ => (on_day.cloned().collect(), true),
            }
        })
    })
}

/// The posting-schedule slots of the view's range that no post fills yet.
/// Hidden while filters are active: a filtered view is about posts.
pub fn visible_open_slots() -> Memo<Vec<SlotOccurrence>> {
    let state = expect_context::<AppState>();
    let cal = use_calendar();
    Memo::new(move |_| {
        if !cal.filter.with(|f| f.is_empty()) {
            return Vec::new();
        }
        let (from, to) = cal.range.get();
        let today = cal.today.get();
        let slots = state.slots.get();
        // Only from today on: an empty slot in the past is history, not a task.
        let from = from.max(today);
        if from > to {
            return Vec::new();
        }
        state
            .posts
            .with(|ps| open_slots(&slots, ps.between(from, to), from, to))
    })
}

/// Short marks for platforms, each with its name as text alternative.
#[component]
pub fn PlatformIcons(
    /// The platforms to show.
    platforms: Vec<Platform>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || platform_marks(i18n, &platforms)
}

/// The marks of [`PlatformIcons`] as plain text: whoever draws them draws
/// them again when the language changes. The marks are one image named
/// by the platforms' names: a screen reader reads "Instagram, Facebook",
/// not the abbreviations, and a chip sets one label instead of one per
/// mark.
fn platform_marks(i18n: I18nContext<Locale>, platforms: &[Platform]) -> impl IntoView {
    let names = platforms
        .iter()
        .map(|&p| platform_label(i18n, p))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <span class="platform-icons" role="img" aria-label=names.clone() title=names>
            {platforms.iter().map(|&p| view! {
                <span class=format!("pf pf-{}", p.key())>{abbreviation(p)}</span>
            }).collect_view()}
        </span>
    }
}

fn abbreviation(p: Platform) -> &'static str {
    match p {
        Platform::Instagram => "IG",
        Platform::Facebook => "FB",
        Platform::Tiktok => "TT",
        Platform::Youtube => "YT",
        Platform::X => "X",
        Platform::Threads => "TH",
        Platform::Website => "WEB",
        Platform::Whatsapp => "WA",
    }
}

/// The colour of a post's pillar, grey when it has none or an unknown one.
fn pillar_color(pillars: &[Pillar], pillar_id: Option<&Id>) -> String {
    pillar_id
        .and_then(|id| pillars.iter().find(|p| &p.id == id && p.is_live()))
        .map(|p| p.data.color.as_str().to_string())
        .unwrap_or_else(|| "#8c959f".to_string())
}

/// A day's posts as chips, keyed by everything a chip shows and the
/// language: saving a post redraws its chip only, not its day's (the
/// benchmark's "one edit"), and a new language redraws them all.
#[component]
pub fn DayChips(
    /// The posts to show, in order.
    #[prop(into)]
    posts: Signal<Vec<ChipPost>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <For
            each=move || {
                let locale = i18n.get_locale();
                posts.get().into_iter().map(move |post| (locale, post)).collect::<Vec<_>>()
            }
            key=|shown| shown.clone()
            children=|(_, post)| view! { <PostChip post /> }
        />
    }
}

/// A post in a day: opens the editor, can be dragged, and has a
/// "Pindahkan ke…" button for people who cannot drag. Drawn by
/// [`DayChips`], whose key holds everything it shows: its words are
/// plain text and it has no reactive part (a month shows over a hundred
/// chips). Its clicks and drags are handled once for the whole view, by
/// [`on_chip_click`] and [`on_chip_dragstart`].
#[component]
fn PostChip(
    /// The post.
    post: ChipPost,
) -> impl IntoView {
    let i18n = use_i18n();
    let title = post.title;
    let time = post.time.map(|t| time_of_day(i18n, t)).unwrap_or_default();
    let status = status_label(i18n, post.status);
    let move_label = t_string!(i18n, cal.move_post, title = title.clone()).to_string();
    let no_docs = post.lacks_docs.then(|| {
        let label = t_string!(i18n, cal.no_documentation).to_string();
        view! {
            <span class="no-docs-mark" role="img" data-testid="no-documentation"
                aria-label=label.clone() title=label>
                "⚑"
            </span>
        }
    });
    view! {
        <div
            class=format!("post-chip status-{}", post.status.key())
            draggable="true"
            data-testid="post-chip"
            data-post-id=post.id.as_str().to_string()
            style:border-left-color=post.color
        >
            // The button itself is draggable: a drag that starts on it must
            // move the post, and Chromium does not start a drag on a button
            // inside a draggable element.
            <button type="button" class="chip-open" draggable="true">
                <span class="chip-time">{time}</span>
                <span class="chip-title">{title}</span>
            </button>
            <span class="chip-meta">
                {platform_marks(i18n, &post.platforms)}
                <span class="chip-status">{status}</span>
                {no_docs}
                <button type="button" class="chip-move print-hide" aria-label=move_label>
                    "⇄"
                </button>
            </span>
        </div>
    }
}

/// The post chip an event happened in, and whether it happened in the
/// element matching `selector` inside it.
fn chip_of(ev: &leptos::ev::Event, selector: &str) -> Option<(Id, bool)> {
    use wasm_bindgen::JsCast;
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let chip = target.closest(".post-chip").ok()??;
    let id = Id::parse(&chip.get_attribute("data-post-id")?)?;
    let inside = target
        .closest(selector)
        .ok()
        .flatten()
        .is_some_and(|el| chip.contains(Some(&el)));
    Some((id, inside))
}

/// Clicks on the chips of a view, handled once for the whole view rather
/// than by two handlers on each of its chips: the chip's title opens the
/// post, its ⇄ button the "Pindahkan ke…" dialog.
pub fn on_chip_click() -> impl Fn(leptos::ev::MouseEvent) + Copy + 'static {
    let editor = PostEditor::use_();
    let mover = expect_context::<MoveTarget>();
    move |ev: leptos::ev::MouseEvent| {
        if let Some((id, true)) = chip_of(&ev, ".chip-move") {
            mover.open(id);
        } else if let Some((id, true)) = chip_of(&ev, ".chip-open") {
            editor.open(EditorTarget::Edit(id));
        }
    }
}

/// A drag that starts on a chip carries its post's id.
pub fn on_chip_dragstart(ev: leptos::ev::DragEvent) {
    let Some((id, _)) = chip_of(&ev, ".post-chip") else {
        return;
    };
    if let Some(dt) = ev.data_transfer() {
        let _ = dt.set_data(DRAG_TYPE, id.as_str());
        dt.set_effect_allowed("move");
    }
}

/// An empty slot of the posting schedule: one click starts its post.
#[component]
pub fn SlotPlaceholder(
    /// The empty slot.
    occurrence: SlotOccurrence,
) -> impl IntoView {
    let slot = occurrence;
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let editor = PostEditor::use_();
    let pillar_name = slot.pillar_id.as_ref().and_then(|id| {
        state.pillars.with(|ps| {
            ps.iter()
                .find(|p| &p.id == id && p.is_live())
                .map(|p| p.data.name.clone())
        })
    });
    let time = slot.time;
    let label_pillar = pillar_name.clone().unwrap_or_default();
    let platforms = slot.platforms.clone();
    view! {
        <button
            type="button"
            class="slot-placeholder"
            data-testid="open-slot"
            aria-label=move || t_string!(i18n, cal.open_slot, time = time_of_day(i18n, time), pillar = label_pillar.clone()).to_string()
            on:click=move |_| editor.open(EditorTarget::FromSlot(slot.clone()))
        >
            <span class="chip-time">{move || time_of_day(i18n, time)}</span>
            <span class="chip-title">{pillar_name.unwrap_or_default()}</span>
            <PlatformIcons platforms />
        </button>
    }
}

/// Handles dropping a dragged post on `date`: the post keeps its time.
pub fn drop_on(mover: MoveTarget, date: Date) -> impl Fn(leptos::ev::DragEvent) + Copy + 'static {
    move |ev: leptos::ev::DragEvent| {
        let Some(dt) = ev.data_transfer() else { return };
        let Ok(id) = dt.get_data(DRAG_TYPE) else {
            return;
        };
        if id.is_empty() {
            return;
        }
        ev.prevent_default();
        if let Some(id) = Id::parse(&id) {
            mover.move_to(id, date);
        }
    }
}

/// Lets a day accept a dragged post.
pub fn allow_drop(ev: leptos::ev::DragEvent) {
    let carries_post = ev
        .data_transfer()
        .map(|dt| dt.types().includes(&DRAG_TYPE.into(), 0))
        .unwrap_or(false);
    if carries_post {
        ev.prevent_default();
    }
}
