//! The Pengaturan page: the workspace's settings and its content pillars.

mod pillars;
mod workspace_form;

use leptos::prelude::*;

use crate::i18n::*;

/// The settings page.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{t!(i18n, settings.title)}</h1>
        <workspace_form::WorkspaceForm />
        <pillars::PillarsEditor />
    }
}
