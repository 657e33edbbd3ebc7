//! The Pengaturan page: the workspace's settings, its content pillars,
//! its own special days and its posting schedule.

mod pillars;
mod rows;
mod slots;
mod special_days;
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
        <special_days::SpecialDaysEditor />
        <slots::SlotsEditor />
    }
}
