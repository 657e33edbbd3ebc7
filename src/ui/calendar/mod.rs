//! The Kalender page: month, week and agenda views of the posts, with
//! filters, the recurring posting schedule, special days and gaps.
//!
//! Everything the page shows is derived from `AppState` and the address:
//! view, date and filters live in the URL fragment's query, so a filtered
//! view can be shared as a link.

mod agenda;
mod chip;
mod filters;
mod month;
mod move_dialog;
mod sidebar;
mod week;

pub(crate) use chip::PlatformIcons;

use std::collections::HashSet;

use leptos::prelude::*;

use crate::browser;
use crate::domain::calendar::{month_grid, week_of, Month};
use crate::domain::documentation::{documented_coverage, post_lacks_documentation_in};
use crate::domain::filter::PostFilter;
use crate::domain::id::Id;
use crate::domain::query;
use crate::domain::time::{parse_date, Date};
use crate::domain::timezone::local_date;
use crate::i18n::*;
use crate::route::Page;
use crate::ui::format::month_year;
use crate::ui::post_editor::{EditorTarget, PostEditor};
use crate::ui::router::{use_router, Router};
use crate::ui::state::AppState;

/// How the calendar shows its days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// A month grid, Monday first.
    Month,
    /// One week, Monday to Sunday.
    Week,
    /// A list of one month's posts by day.
    Agenda,
}

impl View {
    fn key(self) -> &'static str {
        match self {
            View::Month => "bulan",
            View::Week => "minggu",
            View::Agenda => "agenda",
        }
    }

    fn from_key(key: &str) -> Option<View> {
        [View::Month, View::Week, View::Agenda]
            .into_iter()
            .find(|v| v.key() == key)
    }
}

/// What every part of the calendar page reads: derived from the address
/// and the stored records, never stored twice.
#[derive(Clone, Copy)]
pub struct Calendar {
    /// The view shown.
    pub view: Memo<View>,
    /// The date the view is built around.
    pub anchor: Memo<Date>,
    /// The active filters.
    pub filter: Memo<PostFilter>,
    /// Today in the workspace's time zone.
    pub today: Memo<Date>,
    /// The first and last day the view shows.
    pub range: Memo<(Date, Date)>,
    /// The posts of the range that need documentation and have none,
    /// worked out once per change of the records or the range (not per
    /// chip, nor per keystroke in the filters).
    pub undocumented: Memo<HashSet<Id>>,
    router: Router,
}

impl Calendar {
    /// Changes some query keys (None removes one) and keeps the others.
    fn set(self, changes: &[(&str, Option<String>)]) {
        let mut pairs = self.router.query.with_untracked(|q| query::parse(q));
        for (key, value) in changes {
            pairs.retain(|(k, _)| k != key);
            if let Some(v) = value {
                pairs.push((key.to_string(), v.clone()));
            }
        }
        self.router.go(Page::Calendar, &query::format(&pairs));
    }

    /// Shows another view.
    pub fn show(self, view: View) {
        self.set(&[("tampilan", Some(view.key().to_string()))]);
    }

    /// Moves the view to the period around `date`.
    pub fn go_to(self, date: Date) {
        self.set(&[("tanggal", Some(date.to_string())), ("bulan", None)]);
    }

    /// Shows `view` around `date`.
    pub fn show_at(self, view: View, date: Date) {
        self.set(&[
            ("tampilan", Some(view.key().to_string())),
            ("tanggal", Some(date.to_string())),
            ("bulan", None),
        ]);
    }

    /// Replaces the filters.
    pub fn set_filter(self, filter: &PostFilter) {
        let mut pairs = self.router.query.with_untracked(|q| query::parse(q));
        let filter_keys = ["platform", "pilar", "status", "petugas", "cari"];
        pairs.retain(|(k, _)| !filter_keys.contains(&k.as_str()));
        pairs.extend(filter.to_pairs());
        self.router.go(Page::Calendar, &query::format(&pairs));
    }

    /// One step back or forward in the current view.
    fn step(self, forward: bool) {
        let anchor = self.anchor.get_untracked();
        let next = match self.view.get_untracked() {
            View::Week => {
                let days = if forward { 7 } else { -7 };
                anchor + chrono::Duration::days(days)
            }
            View::Month | View::Agenda => {
                let m = Month::of(anchor);
                if forward { m.next() } else { m.prev() }.first_day()
            }
        };
        self.go_to(next);
    }
}

/// Whether the window is phone-narrow (the CSS breakpoint of 600 px).
pub(crate) fn narrow_screen() -> bool {
    window()
        .match_media("(max-width: 599px)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// The calendar page.
#[component]
pub fn CalendarPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let router = use_router();
    let pairs = Memo::new(move |_| router.query.with(|q| query::parse(q)));
    let param =
        move |key: &str| pairs.with(|ps| ps.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()));

    let today = Memo::new(move |_| {
        local_date(
            browser::now(),
            &state.workspace.with(|w| w.timezone.clone()),
        )
    });
    // Phones open on the agenda: a month grid does not fit 360 px.
    let default_view = if narrow_screen() {
        View::Agenda
    } else {
        View::Month
    };
    let view = Memo::new(move |_| {
        param("tampilan")
            .and_then(|v| View::from_key(&v))
            .unwrap_or(default_view)
    });
    let anchor = Memo::new(move |_| {
        param("tanggal")
            .and_then(|d| parse_date(&d))
            .or_else(|| {
                param("bulan")
                    .and_then(|m| Month::parse(&m))
                    .map(Month::first_day)
            })
            .unwrap_or_else(|| today.get())
    });
    let filter = Memo::new(move |_| pairs.with(|ps| PostFilter::from_pairs(ps)));
    let range = Memo::new(move |_| {
        let a = anchor.get();
        match view.get() {
            View::Month => {
                let weeks = month_grid(Month::of(a));
                (weeks[0][0], weeks[weeks.len() - 1][6])
            }
            View::Week => {
                let w = week_of(a);
                (w[0], w[6])
            }
            View::Agenda => (Month::of(a).first_day(), Month::of(a).last_day()),
        }
    });
    // Coverage is read after the first paint: until then nothing is
    // marked, rather than every post of a coverage for a moment.
    // The documented coverage changes with coverage only, not with each
    // saved post.
    let documented = Memo::new(move |_| state.coverage.with(|c| documented_coverage(c)));
    let undocumented = Memo::new(move |_| {
        let (from, to) = range.get();
        if !state.loaded.get() {
            return Default::default();
        }
        documented.with(|documented| {
            state.posts.with(|posts| {
                posts
                    .between(from, to)
                    .iter()
                    .filter(|p| p.is_live())
                    .filter(|p| post_lacks_documentation_in(p, documented))
                    .map(|p| p.id.clone())
                    .collect()
            })
        })
    });
    let cal = Calendar {
        view,
        anchor,
        filter,
        today,
        range,
        undocumented,
        router,
    };
    provide_context(cal);
    move_dialog::MoveTarget::provide();
    let new_post_editor = PostEditor::use_();

    let title = move || {
        let a = anchor.get();
        match view.get() {
            View::Week => {
                let w = week_of(a);
                crate::ui::format::date_range(i18n, w[0], w[6])
            }
            _ => month_year(i18n, Month::of(a).year(), Month::of(a).number()),
        }
    };
    let view_button = move |v: View, label: fn(I18nContext<Locale>) -> String| {
        view! {
            <button type="button" aria-pressed=move || (view.get() == v).to_string() on:click=move |_| cal.show(v)>
                {move || label(i18n)}
            </button>
        }
    };

    view! {
        <div class="calendar-page">
            <h1 class="print-hide">{t!(i18n, pages.calendar.title)}</h1>
            <p class="print-only print-title">
                {move || state.workspace.with(|w| w.name.clone())}" — "{title}
            </p>
            <div class="cal-toolbar print-hide">
                // Every view, the phone's agenda included, can start a post:
                // on today, or on the first day shown when today is not.
                <button type="button" class="primary" data-testid="new-post"
                    on:click=move |_| {
                        let t = today.get_untracked();
                        let a = anchor.get_untracked();
                        let date = if Month::of(t) == Month::of(a) { t } else { Month::of(a).first_day() };
                        new_post_editor.open(EditorTarget::New { date, time: None });
                    }>{t!(i18n, cal.new_post)}</button>
                <div class="view-switch" role="group" aria-label=move || t_string!(i18n, cal.view_label).to_string()>
                    {view_button(View::Month, |i| t_string!(i, cal.view_month).to_string())}
                    {view_button(View::Week, |i| t_string!(i, cal.view_week).to_string())}
                    {view_button(View::Agenda, |i| t_string!(i, cal.view_agenda).to_string())}
                </div>
                <div class="period-nav">
                    <button type="button" on:click=move |_| cal.step(false)
                        aria-label=move || t_string!(i18n, cal.prev).to_string()>"‹"</button>
                    <h2 id="period-title" aria-live="polite">{title}</h2>
                    <button type="button" on:click=move |_| cal.step(true)
                        aria-label=move || t_string!(i18n, cal.next).to_string()>"›"</button>
                    <button type="button" on:click=move |_| cal.go_to(today.get_untracked())>{t!(i18n, cal.today)}</button>
                    <button type="button" class="print-button" on:click=move |_| { let _ = window().print(); }>{t!(i18n, cal.print)}</button>
                </div>
            </div>
            <filters::FilterBar />
            <div class="cal-layout">
                // One click and one dragstart handler for every chip of the
                // view (see `chip::on_chip_click`).
                <div class="cal-main" on:click=chip::on_chip_click() on:dragstart=chip::on_chip_dragstart>
                    {move || match view.get() {
                        View::Month => view! { <month::MonthView /> }.into_any(),
                        View::Week => view! { <week::WeekView /> }.into_any(),
                        View::Agenda => view! { <agenda::AgendaView /> }.into_any(),
                    }}
                </div>
                <sidebar::Sidebar />
            </div>
            <move_dialog::MoveDialog />
        </div>
    }
}

/// The calendar provided by the page.
pub fn use_calendar() -> Calendar {
    expect_context::<Calendar>()
}
