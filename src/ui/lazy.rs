//! What loads after the start. The first load holds the shell and the
//! calendar; every other page, the post editor and the plan-file dialogs
//! are split into WebAssembly chunks of their own (`#[lazy]`, split by
//! `scripts/split.sh` after Trunk's build) and fetched the first time they
//! are needed. The service worker caches the chunks with the rest, so
//! offline they load from the device like everything else.
//!
//! Each `#[lazy]` function below is a split point: its body, and all code
//! only it reaches, leaves the first load. They return the finished view,
//! so the components themselves stay ordinary.

use std::future::Future;

use leptos::lazy;
use leptos::prelude::*;

use crate::browser::timing;
use crate::i18n::*;
use crate::route::Page;
use crate::ui::plan_files::{ExportDialog, ImportDialog, ImportFlow};
use crate::ui::state::AppState;

/// A page other than the calendar, drawn once its chunk is loaded.
pub fn page(page: Page) -> AnyView {
    match page {
        // The calendar is what the first paint shows: never split off.
        Page::Calendar => view! { <crate::ui::calendar::CalendarPage /> }.into_any(),
        Page::Tasks => loading_page(tasks_page()),
        Page::Ideas => loading_page(ideas_page()),
        Page::Coverage => loading_page(coverage_page()),
        Page::Designer => loading_page(designer_page()),
        Page::Evaluation => loading_page(evaluation_page()),
        Page::Team => loading_page(team_page()),
        Page::Settings => loading_page(settings_page()),
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
        __preload_post_editor_dialog().await;
        __preload_import_dialog().await;
    });
}

#[lazy]
fn tasks_page() -> AnyView {
    view! { <crate::ui::tasks::TasksPage /> }.into_any()
}

#[lazy]
fn ideas_page() -> AnyView {
    view! { <crate::ui::ideas::IdeasPage /> }.into_any()
}

#[lazy]
fn coverage_page() -> AnyView {
    view! { <crate::ui::coverage::CoveragePage /> }.into_any()
}

#[lazy]
fn designer_page() -> AnyView {
    view! { <crate::ui::designer::DesignerPage /> }.into_any()
}

#[lazy]
fn evaluation_page() -> AnyView {
    view! { <crate::ui::evaluation::EvaluationPage /> }.into_any()
}

#[lazy]
fn team_page() -> AnyView {
    view! { <crate::ui::team::TeamPage /> }.into_any()
}

#[lazy]
fn settings_page() -> AnyView {
    view! { <crate::ui::settings::SettingsPage /> }.into_any()
}

/// The post editor's dialog: caption studio, checks, workflow.
#[lazy]
pub fn post_editor_dialog() -> AnyView {
    view! { <crate::ui::post_editor::PostEditorDialog /> }.into_any()
}

/// The import dialog: reading, checking and previewing a plan file.
#[lazy]
pub fn import_dialog(flow: ImportFlow) -> AnyView {
    view! { <ImportDialog flow /> }.into_any()
}

/// The export dialog: JSON, `.zip` with photos, iCalendar, CSV.
#[lazy]
pub fn export_dialog(open: RwSignal<bool>) -> AnyView {
    view! { <ExportDialog open /> }.into_any()
}
