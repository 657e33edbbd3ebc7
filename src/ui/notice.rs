//! Messages at the top of the page: the storage banner and save notices.

use leptos::prelude::*;

use crate::i18n::*;
use crate::storage::StorageError;
use crate::ui::state::{AppState, Notice, StorageStatus};

/// A standing banner while storage cannot be used.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    move || match state.storage.get() {
        StorageStatus::Unavailable => Some(
            view! {
                <div class="banner banner-warning" role="alert" data-testid="storage-banner">
                    {t!(i18n, storage.unavailable)}
                </div>
            }
            .into_any(),
        ),
        StorageStatus::NewerVersion => Some(
            view! {
                <div class="banner banner-warning" role="alert" data-testid="storage-banner">
                    {t!(i18n, storage.newer_version)}
                </div>
            }
            .into_any(),
        ),
        _ => None,
    }
}

/// The latest notice: confirmations are polite and fade, failures are
/// announced at once and stay until dismissed.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();

    // A confirmation clears itself after a few seconds, unless replaced.
    Effect::new(move |_| {
        if let Some(notice @ Notice::Done(_)) = state.notice.get() {
            set_timeout(
                move || {
                    if state.notice.get_untracked().as_ref() == Some(&notice) {
                        state.notice.set(None);
                    }
                },
                std::time::Duration::from_secs(5),
            );
        }
    });

    let dismiss = move |_| state.notice.set(None);
    view! {
        <div class="notice-area" role="status" aria-live="polite" data-testid="notice">
            {move || match state.notice.get() {
                Some(Notice::Done(text)) => Some(view! {
                    <div class="notice notice-ok">
                        <span>{text}</span>
                        <button type="button" class="icon-button" on:click=dismiss
                            aria-label=move || t_string!(i18n, notice.dismiss).to_string()>"×"</button>
                    </div>
                }.into_any()),
                _ => None,
            }}
        </div>
        {move || match state.notice.get() {
            Some(Notice::WriteFailed(err)) => Some(view! {
                <div class="notice-error-area">
                <div class="notice notice-error" role="alert" data-testid="notice-error">
                    <span>{write_failed_text(i18n, &err)}</span>
                    <button type="button" class="icon-button" on:click=dismiss
                        aria-label=move || t_string!(i18n, notice.dismiss).to_string()>"×"</button>
                </div>
                </div>
            }.into_any()),
            _ => None,
        }}
    }
}

/// "Tidak tersimpan: …" with the reason, for the notice and for a dialog
/// that covers it.
pub fn write_failed_text(i18n: I18nContext<Locale>, err: &StorageError) -> String {
    t_string!(i18n, storage.write_failed, reason = reason(i18n, err)).to_string()
}

fn reason(i18n: I18nContext<Locale>, err: &StorageError) -> String {
    match err {
        StorageError::QuotaExceeded => t_string!(i18n, storage.quota).to_string(),
        StorageError::Closed | StorageError::NewerVersion => {
            t_string!(i18n, storage.closed).to_string()
        }
        StorageError::Unavailable(_) | StorageError::Other(_) => {
            t_string!(i18n, storage.other).to_string()
        }
    }
}
