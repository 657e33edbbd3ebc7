//! The Liputan page: the coverage and documentation register. A list
//! (overdue, coming, covered, archived) or a month grid of coverage; each
//! coverage with its needs as a checklist ticked as they are captured, its
//! photos and links; "Buat konten" turns one into draft posts.

mod card;
mod editor;
mod make_posts;
mod month;
mod photos;

pub(crate) use photos::{chosen_files, store_picture, Thumbnail};

use leptos::prelude::*;

use crate::browser;
use crate::domain::calendar::Month;
use crate::domain::coverage::{Coverage, CoverageStatus};
use crate::domain::documentation::is_overdue;
use crate::domain::id::Id;
use crate::domain::query;
use crate::domain::time::Date;
use crate::domain::timezone::local_date;
use crate::i18n::*;
use crate::route::Page;
use crate::ui::router::{use_router, Router};
use crate::ui::state::AppState;

/// What the editor is open on.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Editing {
    /// A new coverage.
    New,
    /// The stored coverage with this id.
    Edit(Id),
}

/// What the page's parts share. Copy, captured when created: handlers must
/// not look up context.
#[derive(Clone, Copy)]
pub(crate) struct CoverageUi {
    state: AppState,
    i18n: I18nContext<Locale>,
    router: Router,
    /// The editor dialog, if open.
    editing: RwSignal<Option<Editing>>,
    /// The coverage "Buat konten" is open on.
    making: RwSignal<Option<Id>>,
    /// Today in the workspace's zone.
    today: Memo<Date>,
    /// Bumped after photos change, so that storage use is measured again.
    photos_changed: RwSignal<u32>,
}

impl CoverageUi {
    /// Switches to the month view of `month`, or back to the list.
    fn show(self, month: Option<Month>) {
        let pairs: Vec<(String, String)> = month
            .map(|m| {
                vec![
                    ("tampilan".to_string(), "bulan".to_string()),
                    (
                        "bulan".to_string(),
                        format!("{:04}-{:02}", m.year(), m.number()),
                    ),
                ]
            })
            .unwrap_or_default();
        self.router.go(Page::Coverage, &query::format(&pairs));
    }
}

/// The live coverage records, by date and time.
fn live_coverage(list: &[Coverage]) -> Vec<Coverage> {
    let mut live: Vec<Coverage> = list.iter().filter(|c| c.is_live()).cloned().collect();
    live.sort_by(|a, b| {
        (a.data.date, a.data.time, &a.data.title).cmp(&(b.data.date, b.data.time, &b.data.title))
    });
    live
}

/// The page.
#[component]
pub fn CoveragePage() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let router = use_router();
    let today = Memo::new(move |_| {
        let tz = state.workspace.with(|w| w.timezone.clone());
        local_date(browser::now(), &tz)
    });
    let month = Memo::new(move |_| {
        router.query.with(|q| {
            let pairs = query::parse(q);
            let get = |k: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| key == k)
                    .map(|(_, v)| v.clone())
            };
            (get("tampilan").as_deref() == Some("bulan")).then(|| {
                get("bulan")
                    .and_then(|m| Month::parse(&m))
                    .unwrap_or(Month::of(today.get()))
            })
        })
    });
    let ui = CoverageUi {
        state,
        i18n,
        router,
        editing: RwSignal::new(None),
        making: RwSignal::new(None),
        today,
        photos_changed: RwSignal::new(0),
    };
    // `#/liputan?buka=<id>` (from Tugas saya) opens that coverage.
    Effect::new(move |_| {
        let wanted = router.query.with(|q| {
            query::parse(q)
                .into_iter()
                .find(|(k, _)| k == "buka")
                .and_then(|(_, v)| Id::parse(&v))
        });
        let known = wanted.filter(|id| {
            state
                .coverage
                .with(|cs| cs.iter().any(|c| &c.id == id && c.is_live()))
        });
        if let Some(id) = known {
            ui.editing.set(Some(Editing::Edit(id)));
        }
    });

    let records = Memo::new(move |_| state.coverage.with(|cs| live_coverage(cs)));
    let group = move |pick: fn(&Coverage, Date) -> bool| {
        Memo::new(move |_| {
            let today = today.get();
            records.with(|rs| {
                rs.iter()
                    .filter(|c| pick(c, today))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let overdue = group(|c, today| is_overdue(&c.data, today));
    let coming = group(|c, today| c.data.status == CoverageStatus::Planned && c.data.date >= today);
    // Covered: the most recent first, as it is looked back at.
    let covered = Memo::new(move |_| {
        records.with(|rs| {
            rs.iter()
                .rev()
                .filter(|c| c.data.status == CoverageStatus::Covered)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let archived = group(|c, _| c.data.status == CoverageStatus::Archived);

    let list_view = move || {
        view! {
            <card::Section ui id="coverage-overdue" heading=Signal::derive(move || t_string!(i18n, coverage.overdue_heading).to_string()) items=overdue />
            <card::Section ui id="coverage-coming" heading=Signal::derive(move || t_string!(i18n, coverage.coming_heading).to_string()) items=coming />
            <card::Section ui id="coverage-covered" heading=Signal::derive(move || t_string!(i18n, coverage.covered_heading).to_string()) items=covered />
            <details class="coverage-archive">
                <summary>{move || t_string!(i18n, coverage.archived_heading, count = archived.with(Vec::len)).to_string()}</summary>
                <card::Section ui id="coverage-archived" heading=Signal::derive(move || t_string!(i18n, coverage.archived).to_string()) items=archived />
            </details>
            <Show when=move || records.with(Vec::is_empty)>
                <p class="empty-note" data-testid="coverage-empty">{t!(i18n, coverage.empty)}</p>
            </Show>
        }
    };

    view! {
        <h1>{t!(i18n, coverage.title)}</h1>
        <p class="lead">{t!(i18n, coverage.lead)}</p>
        <div class="coverage-toolbar">
            <button type="button" class="primary" data-testid="coverage-new"
                on:click=move |_| ui.editing.set(Some(Editing::New))>{t!(i18n, coverage.plan_new)}</button>
            <div class="segmented" role="group" aria-label=move || t_string!(i18n, coverage.view_label).to_string()>
                <button type="button" aria-pressed=move || month.with(Option::is_none).to_string()
                    on:click=move |_| ui.show(None)>{t!(i18n, coverage.view_list)}</button>
                <button type="button" aria-pressed=move || month.with(Option::is_some).to_string()
                    on:click=move |_| ui.show(Some(Month::of(today.get_untracked())))>{t!(i18n, coverage.view_month)}</button>
            </div>
        </div>
        <photos::StorageUse ui />
        {move || match month.get() {
            Some(m) => view! { <month::CoverageMonth ui month=m records /> }.into_any(),
            None => list_view().into_any(),
        }}
        <editor::CoverageEditor ui />
        <make_posts::MakePostsDialog ui />
    }
}
