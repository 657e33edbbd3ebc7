//! The Pengaturan page: the workspace's settings, the caption studio's
//! hashtag sets, templates and checks, its content pillars, its own
//! special days and its posting schedule.

mod brand;
mod caption_checks;
mod caption_templates;
mod hashtag_sets;
mod pillars;
mod rows;
mod slots;
mod snapshots;
mod special_days;
mod workspace_form;
mod workspace_lists;

use leptos::prelude::*;

use crate::i18n::*;

/// The settings page.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{t!(i18n, settings.title)}</h1>
        <workspace_form::WorkspaceForm />
        <hashtag_sets::HashtagSetsEditor />
        <caption_templates::CaptionTemplatesEditor />
        <caption_checks::CaptionChecksEditor />
        <brand::BrandEditor />
        <pillars::PillarsEditor />
        <special_days::SpecialDaysEditor />
        <slots::SlotsEditor />
        <snapshots::SnapshotsSection />
    }
}
