//! The reminder to download a backup: Siar's data lives only in this
//! browser, so when the last downloaded plan file is over seven days old
//! (or there never was one) and something changed since, a banner offers
//! "Unduh cadangan". "Nanti" hides it for this visit.

use leptos::prelude::*;

use crate::browser;
use crate::domain::backup;
use crate::domain::export::{plan_file_name_for, plan_for_export, Range};
use crate::i18n::*;
use crate::storage::prefs;
use crate::ui::state::{AppState, StorageStatus};

/// Downloads the whole plan as the JSON plan file and remembers it as the
/// last backup. Returns whether the download started.
pub fn download_backup(state: AppState, i18n: I18nContext<Locale>) -> bool {
    let plan = state.local_plan();
    let now = browser::now();
    let name = plan_file_name_for(&plan.workspace, now);
    let file = plan_for_export(&plan, &Range::All, now, None);
    if browser::download(&name, "application/json", file.to_json().as_bytes()).is_err() {
        return false;
    }
    prefs::set_last_backup(now);
    state.notify(t_string!(i18n, plan.downloaded, name = name).to_string());
    true
}

/// The banner, shown while a backup is due.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let later = RwSignal::new(false);
    // Every notice is re-checked too: the export dialog's downloads (which
    // set the last backup) end with one.
    let due = Memo::new(move |_| {
        state.notice.track();
        // Tracks every record list; reads them without copying.
        let latest = state.latest_change();
        if state.storage.get() != StorageStatus::Ready || !state.loaded.get() {
            return None;
        }
        let last = prefs::last_backup();
        let now = browser::now();
        backup::needs_reminder(last, latest, now)
            .then(|| last.map(|at| (now.unix_millis() - at.unix_millis()) / 86_400_000))
    });
    let download = move |_| {
        download_backup(state, i18n);
    };
    move || {
        let days = due.get()?;
        if later.get() {
            return None;
        }
        let text = match days {
            Some(days) => t_string!(i18n, backup.banner_days, days = days).to_string(),
            None => t_string!(i18n, backup.banner_never).to_string(),
        };
        Some(view! {
            <div class="banner banner-info backup-banner" role="status" data-testid="backup-banner">
                <span>{text}</span>
                <span class="backup-banner-actions">
                    <button type="button" class="primary" on:click=download>{t!(i18n, backup.download)}</button>
                    <button type="button" on:click=move |_| later.set(true)>{t!(i18n, backup.later)}</button>
                </span>
            </div>
        })
    }
}
