//! What loads after the start. The first load holds the shell and the
//! calendar. Two split points (`#[lazy]`, cut by `scripts/split.sh` after
//! Trunk's build) hold the rest: the other pages, loaded when one is first
//! opened, and the calendar's dialogs (post editor, import, export), loaded
//! in the background once the start is over. The service worker caches
//! them with the rest, so offline they load from the device like
//! everything else.
//!
//! Two groups rather than one split point per page or dialog: code shared
//! between split points goes to chunks of its own, and with a dozen split
//! points the dialogs alone needed dozens of small files, each fetched and
//! instantiated in turn (an import right after the start waited about half
//! a second for them). The whole site is cached on the first visit anyway,
//! so smaller pieces would not save a download.
//!
//! Each `#[lazy]` function returns the finished view, so the components
//! themselves stay ordinary.

use std::future::Future;

use leptos::lazy;
use leptos::prelude::*;

use crate::browser::timing;
use crate::i18n::*;
use crate::route::Page;
use crate::ui::plan_files::{ExportDialog, ImportDialog, ImportFlow};
use crate::ui::state::AppState;

/// The page, the calendar at once, the others once their chunk is loaded.
pub fn page(page: Page) -> AnyView {
    match page {
        // The calendar is what the first paint shows: never split off.
        Page::Calendar => view! { <crate::ui::calendar::CalendarPage /> }.into_any(),
        other => loading_page(pages(other)),
    }
}

/// Shows the page's "Memuat…" until its chunk has arrived.
fn loading_page(load: impl Future<Output = AnyView> + Send + 'static) -> AnyView {
    let i18n = use_i18n();
    view! {
        <Suspense fallback=move || view! { <p class="loading">{t!(i18n, app.loading)}</p> }>
            {Suspend::new(load)}
        </Suspense>
    }
    .into_any()
}

/// Mounts a split-off view the first time `needed` is true, and keeps it:
/// a dialog is loaded when first opened, not at the start.
pub fn once_needed<Fut>(
    needed: impl Fn() -> bool + Send + Sync + 'static,
    load: impl Fn() -> Fut + Send + Sync + 'static,
) -> impl IntoView
where
    Fut: Future<Output = AnyView> + Send + 'static,
{
    let ever = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || needed());
    move || {
        ever.get().then(|| {
            let loading = load();
            view! { <Suspense fallback=|| ()>{Suspend::new(loading)}</Suspense> }
        })
    }
}

/// Once every record is read and the browser is idle, fetches and compiles
/// the chunks of the calendar's own dialogs (opening a post, importing a
/// plan), so that their first opening does not wait for them. The pages
/// load when opened.
pub fn preload_calendar_dialogs(state: AppState) {
    leptos::task::spawn_local(async move {
        state.when_loaded().await;
        timing::idle(2_000).await;
        __preload_dialogs().await;
    });
}

/// Every page but the calendar: one split point.
#[lazy]
fn pages(page: Page) -> AnyView {
    use crate::ui::{coverage, designer, evaluation, ideas, settings, tasks, team};
    match page {
        // Drawn by `page`, never from here.
        Page::Calendar => ().into_any(),
        Page::Tasks => view! { <tasks::TasksPage /> }.into_any(),
        Page::Ideas => view! { <ideas::IdeasPage /> }.into_any(),
        Page::Coverage => view! { <coverage::CoveragePage /> }.into_any(),
        Page::Designer => view! { <designer::DesignerPage /> }.into_any(),
        Page::Evaluation => view! { <evaluation::EvaluationPage /> }.into_any(),
        Page::Team => view! { <team::TeamPage /> }.into_any(),
        Page::Settings => view! { <settings::SettingsPage /> }.into_any(),
    }
}

/// A dialog the calendar opens.
#[derive(Clone, Copy)]
pub enum Dialog {
    /// The post editor: caption studio, checks, workflow.
    PostEditor,
    /// Reading, checking and previewing a plan file (the flow is in the
    /// context).
    Import,
    /// JSON, `.zip` with photos, iCalendar, CSV.
    Export(RwSignal<bool>),
}

/// The calendar's dialogs: the other split point.
#[lazy]
pub fn dialogs(dialog: Dialog) -> AnyView {
    match dialog {
        Dialog::PostEditor => view! { <crate::ui::post_editor::PostEditorDialog /> }.into_any(),
        Dialog::Import => {
            let flow = expect_context::<ImportFlow>();
            view! { <ImportDialog flow /> }.into_any()
        }
        Dialog::Export(open) => view! { <ExportDialog open /> }.into_any(),
    }
}
