//! Sharing plans as files: "Impor rencana" (file picker or a file dropped
//! anywhere on the app, checked and previewed before anything changes) and
//! "Ekspor rencana" (JSON plan file, iCalendar, CSV).

mod export;
mod import;
pub(crate) mod problems;

use leptos::prelude::*;

use crate::i18n::*;
use crate::ui::lazy::{self, Dialog};
pub(crate) use export::ExportDialog;
pub(crate) use import::{ImportDialog, ImportFlow};

/// The two buttons in the header, and the dialogs they open.
#[component]
pub fn PlanFileButtons() -> impl IntoView {
    let i18n = use_i18n();
    let flow = ImportFlow::provide();
    let exporting = RwSignal::new(false);
    let state = expect_context::<crate::ui::state::AppState>();
    view! {
        <div class="plan-file-buttons">
            // A real file input, visually hidden but focusable, named by the
            // label that looks like a button: keyboard and screen readers
            // reach the native picker.
            <input
                id="import-file"
                class="visually-hidden"
                type="file"
                accept=".json,.zip,application/json,application/zip"
                on:change=move |ev| flow.take_from_input(&ev)
            />
            <label for="import-file" class="button-like">{t!(i18n, plan.import)}</label>
            // An export holds every record: not before they are all read.
            <button type="button" class="button-like" on:click=move |_| exporting.set(true)
                disabled=move || !state.loaded.get()>
                {t!(i18n, plan.export)}
            </button>
        </div>
        // Both dialogs load with their own chunk, when first opened.
        {lazy::once_needed(move || flow.started(), move || lazy::dialogs(Dialog::Import))}
        {lazy::once_needed(move || exporting.get(), move || lazy::dialogs(Dialog::Export(exporting)))}
    }
}
