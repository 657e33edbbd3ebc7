//! Exporting the plan: the whole workspace or a date range, as the JSON
//! plan file, iCalendar or CSV.

use leptos::prelude::*;

use crate::browser;
use leptos::task::spawn_local;

use crate::domain::bundle::{write_bundle, BundlePhoto};
use crate::domain::documentation::photos;
use crate::domain::export::{plan_file_name_for, plan_for_export, to_csv, to_ical, Range};
use crate::domain::plan::Plan;
use crate::domain::time::parse_date;
use crate::i18n::*;
use crate::ui::forms::{modal_while, FieldError};
use crate::ui::state::AppState;

/// A format the plan can be downloaded in.
#[derive(Clone, Copy)]
enum Format {
    Json,
    Ical,
    Csv,
}

/// The plan file with the photos of its coverage, as a `.zip`. Photos
/// listed on a record but not on this device are counted, not invented.
async fn zip_with_photos(state: AppState, file: &Plan) -> (Vec<u8>, usize, usize) {
    let mut found: Vec<BundlePhoto> = Vec::new();
    let mut missing = 0;
    let db = state.db();
    // Coverage photos and the images attached to posts.
    let listed: Vec<_> = file
        .coverage
        .iter()
        .filter(|c| c.is_live())
        .flat_map(photos)
        .chain(file.posts.iter().filter(|p| p.is_live()).flat_map(photos))
        .collect();
    {
        for meta in listed {
            if found.iter().any(|p| p.id == meta.id) {
                continue;
            }
            let blob = match &db {
                Some(db) => db.photo_blob(&meta.id).await.ok().flatten(),
                None => None,
            };
            let bytes = match blob {
                Some(blob) => browser::read_file(&blob).await.ok(),
                None => None,
            };
            match bytes {
                Some(bytes) => found.push(BundlePhoto {
                    id: meta.id,
                    mime: meta.mime,
                    bytes,
                }),
                None => missing += 1,
            }
        }
    }
    let count = found.len();
    (
        write_bundle(file.to_json().as_bytes(), &found),
        count,
        missing,
    )
}

/// The export dialog.
#[component]
pub fn ExportDialog(open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let whole = RwSignal::new(true);
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let range_error = RwSignal::new(None::<String>);

    modal_while(dialog, move || open.get().then_some(()), |()| {});

    let chosen_range = move || -> Option<Range> {
        if whole.get_untracked() {
            range_error.set(None);
            return Some(Range::All);
        }
        let (f, t) = (
            parse_date(&from.get_untracked()),
            parse_date(&to.get_untracked()),
        );
        let result = match (f, t) {
            (Some(from), Some(to)) if from <= to => Ok(Range::Dates { from, to }),
            (Some(_), Some(_)) => Err(t_string!(i18n, plan.range_invalid).to_string()),
            _ => Err(t_string!(i18n, plan.range_missing).to_string()),
        };
        range_error.set(result.as_ref().err().cloned());
        result.ok()
    };

    let download = move |format: Format| {
        let Some(range) = chosen_range() else { return };
        let plan = state.local_plan();
        let now = browser::now();
        let json_name = plan_file_name_for(&plan.workspace, now);
        let stem = json_name.trim_end_matches(".json").to_string();
        let (name, mime, bytes) = match format {
            Format::Json => {
                let file = plan_for_export(&plan, &range, now, None);
                (json_name, "application/json", file.to_json().into_bytes())
            }
            Format::Ical => (
                format!("{stem}.ics"),
                "text/calendar",
                to_ical(&plan, &range, now).into_bytes(),
            ),
            Format::Csv => (format!("{stem}.csv"), "text/csv", to_csv(&plan, &range)),
        };
        if browser::download(&name, mime, &bytes).is_ok() {
            if matches!(format, Format::Json) && matches!(range, Range::All) {
                crate::storage::prefs::set_last_backup(now);
            }
            state.notify(t_string!(i18n, plan.downloaded, name = name).to_string());
        }
    };

    // From a phone: straight into WhatsApp or another app; elsewhere the
    // same file is downloaded.
    let share = move |_| {
        let Some(range) = chosen_range() else { return };
        let plan = state.local_plan();
        let now = browser::now();
        let name = plan_file_name_for(&plan.workspace, now);
        let bytes = plan_for_export(&plan, &range, now, None)
            .to_json()
            .into_bytes();
        spawn_local(async move {
            match browser::share_file(&name, "application/json", &bytes).await {
                Ok(true) => state.notify(t_string!(i18n, plan.shared, name = name).to_string()),
                Ok(false) | Err(_) => {
                    if browser::download(&name, "application/json", &bytes).is_ok() {
                        state.notify(
                            t_string!(i18n, plan.share_downloaded, name = name).to_string(),
                        );
                    }
                }
            }
        });
    };

    let zipping = RwSignal::new(false);
    let download_zip = move |_| {
        let Some(range) = chosen_range() else { return };
        if zipping.get_untracked() {
            return;
        }
        zipping.set(true);
        let plan = state.local_plan();
        let now = browser::now();
        let name = plan_file_name_for(&plan.workspace, now)
            .trim_end_matches(".json")
            .to_string()
            + ".zip";
        let file = plan_for_export(&plan, &range, now, None);
        spawn_local(async move {
            let (bytes, count, missing) = zip_with_photos(state, &file).await;
            zipping.set(false);
            if browser::download(&name, "application/zip", &bytes).is_ok() {
                if matches!(range, Range::All) {
                    crate::storage::prefs::set_last_backup(now);
                }
                let mut text =
                    t_string!(i18n, plan.downloaded_zip, name = name, count = count).to_string();
                if missing > 0 {
                    text.push(' ');
                    text.push_str(
                        &t_string!(i18n, plan.photos_missing, count = missing).to_string(),
                    );
                }
                state.notify(text);
            }
        });
    };

    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby="export-title" on:close=move |_| open.set(false)>
            <h2 id="export-title">{t!(i18n, plan.export)}</h2>
            <fieldset>
                <legend>{t!(i18n, plan.range_legend)}</legend>
                <label class="choice">
                    <input type="radio" name="export-range" prop:checked=whole on:change=move |_| whole.set(true) />
                    {t!(i18n, plan.range_all)}
                </label>
                <label class="choice">
                    <input type="radio" name="export-range" prop:checked=move || !whole.get() on:change=move |_| whole.set(false) />
                    {t!(i18n, plan.range_dates)}
                </label>
                <div class="form-row" hidden=move || whole.get()>
                    <div class="field">
                        <label for="export-from">{t!(i18n, plan.from)}</label>
                        <input id="export-from" type="date" bind:value=from aria-describedby="export-range-error" />
                    </div>
                    <div class="field">
                        <label for="export-to">{t!(i18n, plan.to)}</label>
                        <input id="export-to" type="date" bind:value=to aria-describedby="export-range-error" />
                    </div>
                </div>
                <FieldError id="export-range-error".to_string() error=range_error.into() />
            </fieldset>
            <p class="hint">{t!(i18n, plan.photos_hint)}</p>
            <div class="dialog-actions">
                <button type="button" class="primary" on:click=move |_| download(Format::Json)>{t!(i18n, plan.download_json)}</button>
                <button type="button" data-testid="share-plan" on:click=share>{t!(i18n, plan.share)}</button>
                <button type="button" on:click=move |_| download(Format::Ical)>{t!(i18n, plan.download_ics)}</button>
                <button type="button" on:click=move |_| download(Format::Csv)>{t!(i18n, plan.download_csv)}</button>
                <button type="button" on:click=download_zip disabled=move || zipping.get()>{t!(i18n, plan.download_zip)}</button>
                <button type="button" on:click=move |_| open.set(false)>{t!(i18n, plan.close)}</button>
            </div>
        </dialog>
    }
}
