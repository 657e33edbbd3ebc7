//! Pieces shared by the settings lists (pillars, special days, slots): the
//! Save/Delete buttons of a stored row and saving an edit of its record.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::record::{Record, RecordData};
use crate::domain::time::Timestamp;
use crate::i18n::*;
use crate::ui::state::AppState;

/// Save and Delete for a stored row, the deletion confirmed once.
#[component]
pub fn RowActions(
    /// The Save button's accessible name ("Simpan Hari Jadi …").
    save_label: Signal<String>,
    /// The Delete button's accessible name.
    delete_label: Signal<String>,
    /// The question asked before deleting.
    question: Signal<String>,
    /// Deletes the row's record.
    on_delete: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (confirming, set_confirming) = signal(false);
    view! {
        <div class="row-actions">
            <button type="submit" aria-label=save_label>{t!(i18n, common.save)}</button>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="danger" aria-label=delete_label
                        on:click=move |_| set_confirming.set(true)>
                        {t!(i18n, team.delete)}
                    </button>
                }
            >
                <div class="confirm" role="group">
                    <span>{question}</span>
                    <button type="button" class="danger" on:click=move |_| {
                        set_confirming.set(false);
                        on_delete.run(());
                    }>{t!(i18n, team.delete)}</button>
                    <button type="button" on:click=move |_| set_confirming.set(false)>{t!(i18n, common.cancel)}</button>
                </div>
            </Show>
        </div>
    }
}

/// Saves a `change` of the stored record `record` of `list` (an edit that
/// touches it, or a tombstone), given the time now, and shows `done` once
/// it is stored.
pub fn save_edit<T>(
    state: AppState,
    list: RwSignal<Vec<Record<T>>>,
    record: Memo<Option<Record<T>>>,
    change: impl FnOnce(&mut Record<T>, Timestamp),
    done: String,
) where
    T: RecordData + Send + Sync + 'static,
{
    let Some(mut edited) = record.get_untracked() else {
        return;
    };
    change(&mut edited, browser::now());
    spawn_local(async move {
        if state.save(list, edited).await {
            state.notify(done);
        }
    });
}
