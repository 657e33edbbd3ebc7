//! Importing figures from a platform's CSV export: choose a file, check the
//! column mapping, look at the preview, then apply or cancel. Nothing
//! changes until "Terapkan".

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::entry::field_label;
use crate::browser;
use crate::domain::metrics_import::{
    apply, preview, read_csv, Field, Mapping, Outcome, ReadError, RowProblem, Table, MAX_BYTES,
};
use crate::i18n::*;
use crate::storage::prefs;
use crate::ui::format::number;
use crate::ui::state::AppState;

/// The sources offered, as stored keys (the mapping is remembered per key).
const SOURCES: [&str; 4] = ["meta", "tiktok", "youtube", "other"];

fn source_label(i18n: I18nContext<Locale>, key: &str) -> String {
    match key {
        "meta" => t_string!(i18n, metrics_input.source_meta),
        "tiktok" => t_string!(i18n, metrics_input.source_tiktok),
        "youtube" => t_string!(i18n, metrics_input.source_youtube),
        _ => t_string!(i18n, metrics_input.source_other),
    }
    .to_string()
}

/// The CSV import panel of the Evaluasi page.
#[component]
pub fn MetricsImport() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let source = RwSignal::new(SOURCES[0].to_string());
    let table = RwSignal::new(None::<Table>);
    let mapping = RwSignal::new(Mapping::default());
    let error = RwSignal::new(None::<String>);

    let remember = move || {
        if let Some(t) = table.get_untracked() {
            prefs::set_metrics_mapping(
                &source.get_untracked(),
                &mapping.get_untracked().to_names(&t.headers),
            );
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|fs| fs.get(0)) else {
            return;
        };
        input.set_value("");
        let name = file.name();
        table.set(None);
        error.set(None);
        if file.size() as usize > MAX_BYTES {
            error.set(Some(
                t_string!(i18n, metrics_input.too_large, name = name).to_string(),
            ));
            return;
        }
        spawn_local(async move {
            let read = match browser::read_file(&file).await {
                Ok(bytes) => read_csv(&bytes),
                Err(_) => Err(ReadError::Malformed(0)),
            };
            match read {
                Ok(t) => {
                    mapping.set(Mapping::from_names(
                        &prefs::metrics_mapping(&source.get_untracked()),
                        &t.headers,
                    ));
                    table.set(Some(t));
                }
                Err(e) => error.set(Some(match e {
                    ReadError::TooLarge => {
                        t_string!(i18n, metrics_input.too_large, name = name).to_string()
                    }
                    ReadError::Empty => {
                        t_string!(i18n, metrics_input.empty, name = name).to_string()
                    }
                    ReadError::Malformed(line) => {
                        t_string!(i18n, metrics_input.malformed, name = name, line = line)
                            .to_string()
                    }
                })),
            }
        });
    };
    let result = Memo::new(move |_| {
        table.with(|t| {
            t.as_ref()
                .map(|t| mapping.with(|m| state.posts.with(|posts| preview(t, m, posts))))
        })
    });
    let cancel = move |_| {
        table.set(None);
        error.set(None);
    };
    let apply_it = move |_| {
        let Some(p) = result.get_untracked() else {
            return;
        };
        let changed = apply(&p, &state.posts.get_untracked(), browser::now());
        if changed.is_empty() {
            error.set(Some(
                t_string!(i18n, metrics_input.nothing_to_apply).to_string(),
            ));
            return;
        }
        remember();
        let count = changed.len();
        spawn_local(async move {
            if state.save_all(state.posts, changed).await {
                table.set(None);
                error.set(None);
                state.notify(t_string!(i18n, metrics_input.applied, count = count).to_string());
            }
        });
    };
    let title_of = move |id: &crate::domain::id::Id| {
        state.posts.with_untracked(|ps| {
            ps.iter()
                .find(|p| &p.id == id)
                .map(|p| p.data.title.clone())
                .unwrap_or_default()
        })
    };
    let outcome_text = move |o: &Outcome| -> String {
        match o {
            Outcome::Matched { post, .. } => {
                t_string!(i18n, metrics_input.matched, title = title_of(post)).to_string()
            }
            Outcome::Unmatched => t_string!(i18n, metrics_input.unmatched).to_string(),
            Outcome::Ambiguous(ids) => t_string!(
                i18n,
                metrics_input.ambiguous,
                count = number(i18n, ids.len())
            )
            .to_string(),
            Outcome::Bad(RowProblem::BadNumber { field, value }) => t_string!(
                i18n,
                metrics_input.bad_number,
                field = field_label(i18n, *field),
                value = value.clone()
            )
            .to_string(),
            Outcome::Bad(RowProblem::BadDate(value)) => {
                t_string!(i18n, metrics_input.bad_date, value = value.clone()).to_string()
            }
            Outcome::Bad(RowProblem::NoKey) => t_string!(i18n, metrics_input.no_key).to_string(),
        }
    };

    view! {
        <section class="metrics-import" aria-labelledby="metrics-import-heading">
            <h2 id="metrics-import-heading">{t!(i18n, metrics_input.import_heading)}</h2>
            <p class="lead">{t!(i18n, metrics_input.import_intro)}</p>
            <div class="metrics-import-pick">
                <div class="field">
                    <label for="metrics-source">{t!(i18n, metrics_input.source)}</label>
                    <select id="metrics-source" on:change=move |ev| {
                        source.set(event_target_value(&ev));
                        table.with_untracked(|t| if let Some(t) = t {
                            mapping.set(Mapping::from_names(&prefs::metrics_mapping(&source.get_untracked()), &t.headers));
                        });
                    }>
                        {SOURCES.into_iter().map(|key| view! {
                            <option value=key selected=move || source.get() == key>{move || source_label(i18n, key)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="metrics-file">{t!(i18n, metrics_input.file)}</label>
                    <input id="metrics-file" type="file" accept=".csv,text/csv" on:change=on_file />
                </div>
            </div>
            <p class="field-error" role="alert" hidden=move || error.with(Option::is_none)>
                {move || error.get().unwrap_or_default()}
            </p>
            {move || table.get().map(|t| {
                let headers = t.headers.clone();
                view! {
                    <fieldset class="metrics-mapping">
                        <legend>{t!(i18n, metrics_input.mapping_heading)}</legend>
                        {Field::ALL.into_iter().map(|field| {
                            let id = format!("metrics-map-{}", field.key());
                            let headers = headers.clone();
                            view! {
                                <div class="field">
                                    <label for=id.clone()>{move || field_label(i18n, field)}</label>
                                    <select id=id on:change=move |ev| {
                                        let column = event_target_value(&ev).parse::<usize>().ok();
                                        mapping.update(|m| m.set(field, column));
                                        remember();
                                    }>
                                        <option value="" selected=move || mapping.with(|m| m.get(field).is_none())>
                                            {t!(i18n, metrics_input.not_used)}
                                        </option>
                                        {headers.into_iter().enumerate().map(|(i, h)| view! {
                                            <option value=i.to_string() selected=move || mapping.with(|m| m.get(field) == Some(i))>{h}</option>
                                        }).collect_view()}
                                    </select>
                                </div>
                            }
                        }).collect_view()}
                    </fieldset>
                }
            })}
            {move || result.get().map(|p| {
                let (matched, unmatched, ambiguous, bad) = p.counts();
                view! {
                    <p class="metrics-counts" role="status">
                        {t_string!(i18n, metrics_input.counts,
                            matched = number(i18n, matched), unmatched = number(i18n, unmatched),
                            ambiguous = number(i18n, ambiguous), bad = number(i18n, bad)).to_string()}
                    </p>
                    <div class="metrics-scroll">
                        <table class="metrics-preview">
                            <thead><tr>
                                <th scope="col">{t!(i18n, metrics_input.col_line)}</th>
                                <th scope="col">{t!(i18n, metrics_input.col_row)}</th>
                                <th scope="col">{t!(i18n, metrics_input.col_result)}</th>
                            </tr></thead>
                            <tbody>
                                {p.rows.iter().map(|row| {
                                    let class = match row.outcome {
                                        Outcome::Matched { .. } => "row-matched",
                                        Outcome::Unmatched => "row-unmatched",
                                        Outcome::Ambiguous(_) => "row-ambiguous",
                                        Outcome::Bad(_) => "row-bad",
                                    };
                                    view! {
                                        <tr class=class>
                                            <td>{row.line.to_string()}</td>
                                            <td class="metrics-label">{row.label.clone()}</td>
                                            <td>{outcome_text(&row.outcome)}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <div class="actions">
                        <button type="button" class="primary" on:click=apply_it>{t!(i18n, metrics_input.apply)}</button>
                        <button type="button" on:click=cancel>{t!(i18n, metrics_input.cancel)}</button>
                    </div>
                }
            })}
        </section>
    }
}
