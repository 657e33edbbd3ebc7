//! Pengaturan › Cadangan otomatis: the snapshots kept in this browser, each
//! with its date, time and record counts, and "Pulihkan" after a
//! confirmation.

use chrono::{Duration, Timelike};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::backup::SnapshotMeta;
use crate::domain::time::{TimeOfDay, Timestamp};
use crate::domain::timezone::{local_date, offset_minutes, FALLBACK_OFFSET_MINUTES};
use crate::i18n::*;
use crate::ui::format::{long_date, number, time_of_day};
use crate::ui::forms::show_modal;
use crate::ui::state::{AppState, StorageStatus};

/// "Minggu, 29 November 2026, pukul 15.30" in the workspace's zone.
fn when(i18n: I18nContext<Locale>, at: Timestamp, tz: &str) -> String {
    let minutes = offset_minutes(tz).unwrap_or(FALLBACK_OFFSET_MINUTES);
    let local = at.as_datetime() + Duration::minutes(minutes.into());
    let time = TimeOfDay::new(local.hour() as u8, local.minute() as u8)
        .unwrap_or(TimeOfDay::new(0, 0).expect("midnight"));
    t_string!(
        i18n,
        backup.when,
        date = long_date(i18n, local_date(at, tz)),
        time = time_of_day(i18n, time)
    )
    .to_string()
}

/// The list of snapshots with "Pulihkan".
#[component]
pub fn SnapshotsSection() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let list = LocalResource::new(move || {
        state.snapshots_changed.track();
        let ready = state.storage.get() == StorageStatus::Ready;
        async move {
            match (ready, state.db()) {
                (true, Some(db)) => db.snapshots().await.unwrap_or_default(),
                _ => Vec::new(),
            }
        }
    });
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let chosen = RwSignal::new(None::<SnapshotMeta>);
    let busy = RwSignal::new(false);

    let ask = move |meta: SnapshotMeta| {
        chosen.set(Some(meta));
        if let Some(d) = dialog.get_untracked() {
            show_modal(&d, || {});
        }
    };
    let close = move || {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    let confirm = move |_| {
        let Some(meta) = chosen.get_untracked() else {
            return;
        };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let tz = state.workspace.with_untracked(|w| w.timezone.clone());
        let label = when(i18n, meta.at, &tz);
        spawn_local(async move {
            let plan = match state.db() {
                Some(db) => db.snapshot_plan(&meta.id).await.ok().flatten(),
                None => None,
            };
            match plan {
                Some(plan) => {
                    if state.restore(&plan).await {
                        state.notify(t_string!(i18n, backup.restored, when = label).to_string());
                    }
                }
                None => state.notify(t_string!(i18n, backup.damaged).to_string()),
            }
            busy.set(false);
            close();
        });
    };

    view! {
        <section class="card snapshots" aria-labelledby="snapshots-heading" data-testid="snapshots">
            <h2 id="snapshots-heading">{t!(i18n, backup.heading)}</h2>
            <p class="hint">{t!(i18n, backup.hint)}</p>
            {move || {
                let items = list.get().unwrap_or_default();
                if items.is_empty() {
                    return view! { <p class="empty">{t!(i18n, backup.none)}</p> }.into_any();
                }
                let tz = state.workspace.with(|w| w.timezone.clone());
                view! {
                    <ul class="snapshot-list">
                        {items.into_iter().map(|meta| {
                            let label = when(i18n, meta.at, &tz);
                            let c = &meta.counts;
                            let counts = t_string!(i18n, backup.counts,
                                posts = number(i18n, c.posts),
                                coverage = number(i18n, c.coverage),
                                ideas = number(i18n, c.ideas),
                                members = number(i18n, c.members),
                                pillars = number(i18n, c.pillars)).to_string();
                            let aria = t_string!(i18n, backup.restore_of, when = label.clone()).to_string();
                            let meta2 = meta.clone();
                            view! {
                                <li class="snapshot" data-testid="snapshot">
                                    <div class="snapshot-text">
                                        <strong>{label}</strong>
                                        <span class="hint">{counts}</span>
                                    </div>
                                    <button type="button" aria-label=aria on:click=move |_| ask(meta2.clone())>
                                        {t!(i18n, backup.restore)}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <dialog node_ref=dialog class="dialog" aria-labelledby="restore-title" on:close=move |_| chosen.set(None)>
                <h2 id="restore-title">{t!(i18n, backup.confirm_title)}</h2>
                <p>{move || {
                    let tz = state.workspace.with(|w| w.timezone.clone());
                    chosen.get().map(|m| when(i18n, m.at, &tz)).unwrap_or_default()
                }}</p>
                <p>{t!(i18n, backup.confirm_text)}</p>
                <div class="dialog-actions">
                    <button type="button" class="primary" on:click=confirm disabled=move || busy.get()>
                        {t!(i18n, backup.confirm)}
                    </button>
                    <button type="button" on:click=move |_| close()>{t!(i18n, backup.cancel)}</button>
                </div>
            </dialog>
        </section>
    }
}
