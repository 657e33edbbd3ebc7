//! Quick entry: the figures of a month's published posts as a table of
//! inputs, saved together with "Simpan semua".

use std::collections::HashMap;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::id::Id;
use crate::domain::metrics_import::{current_values, parse_count, set_metrics, Field, Values};
use crate::domain::post::{Post, PostStatus};
use crate::domain::time::Date;
use crate::domain::timezone::local_date;
use crate::i18n::*;
use crate::ui::format::{month_name, number};
use crate::ui::forms::platform_label;
use crate::ui::state::AppState;

/// The translated name of a metric or mapping field.
pub(super) fn field_label(i18n: I18nContext<Locale>, field: Field) -> String {
    match field {
        Field::Url => t_string!(i18n, metrics_input.field_url),
        Field::Date => t_string!(i18n, metrics_input.field_date),
        Field::Title => t_string!(i18n, metrics_input.field_title),
        Field::Reach => t_string!(i18n, metrics_input.reach),
        Field::Impressions => t_string!(i18n, metrics_input.impressions),
        Field::Views => t_string!(i18n, metrics_input.views),
        Field::Likes => t_string!(i18n, metrics_input.likes),
        Field::Comments => t_string!(i18n, metrics_input.comments),
        Field::Shares => t_string!(i18n, metrics_input.shares),
        Field::Saves => t_string!(i18n, metrics_input.saves),
    }
    .to_string()
}

/// "7 Des": the day and the month's first three letters.
fn short_date(i18n: I18nContext<Locale>, date: Date) -> String {
    use chrono::Datelike;
    let month: String = month_name(i18n, date.month()).chars().take(3).collect();
    format!("{} {month}", date.day())
}

/// Typed cells, by post and metric index; cells not typed in show the
/// stored figure.
type Drafts = HashMap<(Id, usize), String>;

/// The quick-entry table of the Evaluasi page.
#[component]
pub fn MetricsEntry() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let today = local_date(
        browser::now(),
        &state.workspace.with_untracked(|w| w.timezone.clone()),
    );
    let month = RwSignal::new(today.format("%Y-%m").to_string());
    let drafts = RwSignal::new(Drafts::new());
    let message = RwSignal::new(None::<String>);

    let rows = Memo::new(move |_| {
        let Some(first) = Date::parse_from_str(&format!("{}-01", month.get()), "%Y-%m-%d").ok()
        else {
            return Vec::new();
        };
        let mut rows: Vec<Post> = state.posts.with(|posts| {
            posts
                .iter()
                .filter(|p| p.is_live() && p.data.status == PostStatus::Published)
                .filter(|p| {
                    p.data.date.format("%Y-%m").to_string() == first.format("%Y-%m").to_string()
                })
                .cloned()
                .collect()
        });
        rows.sort_by(|a, b| {
            (a.data.date, a.data.time, &a.data.title).cmp(&(
                b.data.date,
                b.data.time,
                &b.data.title,
            ))
        });
        rows
    });

    let save_all = move |_| {
        let typed = drafts.get_untracked();
        let posts = state.posts.get_untracked();
        let mut bad = 0;
        let mut changed = Vec::new();
        let now = browser::now();
        let mut ids: Vec<&Id> = typed.keys().map(|(id, _)| id).collect();
        ids.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        ids.dedup();
        for id in ids {
            let Some(post) = posts.iter().find(|p| &p.id == id) else {
                continue;
            };
            let old = current_values(post);
            let mut values: Values = [None; 7];
            for (k, value) in values.iter_mut().enumerate() {
                *value = Some(match typed.get(&(id.clone(), k)) {
                    Some(text) => match parse_count(text) {
                        Ok(v) => v,
                        Err(_) => {
                            bad += 1;
                            old[k]
                        }
                    },
                    None => old[k],
                });
            }
            if values.iter().zip(old).any(|(v, o)| *v != Some(o)) {
                let mut post = post.clone();
                set_metrics(&mut post, &values, now);
                changed.push(post);
            }
        }
        if bad > 0 {
            message.set(Some(
                t_string!(i18n, metrics_input.fix_first, count = bad).to_string(),
            ));
            return;
        }
        if changed.is_empty() {
            drafts.set(Drafts::new());
            message.set(Some(
                t_string!(i18n, metrics_input.nothing_changed).to_string(),
            ));
            return;
        }
        message.set(None);
        let count = changed.len();
        spawn_local(async move {
            if state.save_all(state.posts, changed).await {
                drafts.set(Drafts::new());
                state.notify(t_string!(i18n, metrics_input.saved, count = count).to_string());
            }
        });
    };

    view! {
        <section class="metrics-entry" aria-labelledby="metrics-entry-heading">
            <h2 id="metrics-entry-heading">{t!(i18n, metrics_input.entry_heading)}</h2>
            <p class="lead">{t!(i18n, metrics_input.entry_intro)}</p>
            <div class="metrics-month">
                <label for="metrics-month">{t!(i18n, metrics_input.month)}</label>
                <input id="metrics-month" type="month" prop:value=move || month.get()
                    on:change=move |ev| month.set(event_target_value(&ev)) />
            </div>
            {move || if rows.with(Vec::is_empty) {
                view! { <p class="metrics-none">{t!(i18n, metrics_input.none_published)}</p> }.into_any()
            } else {
                view! {
                    <div class="metrics-scroll">
                        <table class="metrics-table">
                            <thead><tr>
                                <th scope="col">{t!(i18n, metrics_input.col_date)}</th>
                                <th scope="col">{t!(i18n, metrics_input.col_title)}</th>
                                <th scope="col">{t!(i18n, metrics_input.col_platforms)}</th>
                                {Field::METRICS.into_iter().map(|f| view! { <th scope="col">{move || field_label(i18n, f)}</th> }).collect_view()}
                            </tr></thead>
                            <tbody>
                                {rows.get().into_iter().map(|post| view! { <EntryRow post drafts /> }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
            <p class="field-error" role="alert" hidden=move || message.with(Option::is_none)>
                {move || message.get().unwrap_or_default()}
            </p>
            <button type="button" class="primary" on:click=save_all>{t!(i18n, metrics_input.save_all)}</button>
        </section>
    }
}

/// One post's row: its date, title, platforms and seven inputs.
#[component]
fn EntryRow(
    /// The post.
    post: Post,
    /// The typed cells of the table.
    drafts: RwSignal<Drafts>,
) -> impl IntoView {
    let i18n = use_i18n();
    let old = current_values(&post);
    let id = post.id.clone();
    let title = post.data.title.clone();
    let platforms = post
        .data
        .platforms
        .iter()
        .map(|p| platform_label(i18n, *p))
        .collect::<Vec<_>>()
        .join(", ");
    let cells = Field::METRICS
        .into_iter()
        .enumerate()
        .map(|(k, field)| {
            let key = (id.clone(), k);
            let key2 = key.clone();
            let key3 = key.clone();
            let title = title.clone();
            let title2 = title.clone();
            let error_id = format!("metrics-err-{}-{k}", id.as_str());
            let shown = move || {
                drafts
                    .with(|d| d.get(&key).cloned())
                    .unwrap_or_else(|| old[k].map(|n| number(i18n, n as usize)).unwrap_or_default())
            };
            let error = Memo::new(move |_| {
                let text = drafts.with(|d| d.get(&key2).cloned())?;
                parse_count(&text).is_err().then(|| {
                    t_string!(i18n, metrics_input.bad_cell, field = field_label(i18n, field), title = title2.clone(), value = text)
                        .to_string()
                })
            });
            view! {
                <td>
                    <input type="text" inputmode="numeric" class="metric-cell"
                        aria-label=move || t_string!(i18n, metrics_input.cell_label, field = field_label(i18n, field), title = title.clone()).to_string()
                        aria-invalid=move || error.with(Option::is_some).to_string()
                        aria-describedby=error_id.clone()
                        prop:value=shown
                        on:input=move |ev| {
                            let value = event_target_value(&ev);
                            drafts.update(|d| { d.insert(key3.clone(), value); });
                        } />
                    <span class="metric-error" id=error_id role="alert" hidden=move || error.with(Option::is_none)>
                        {move || error.get().unwrap_or_default()}
                    </span>
                </td>
            }
        })
        .collect_view();
    view! {
        <tr>
            <td class="metrics-date">{short_date(i18n, post.data.date)}</td>
            <th scope="row" class="metrics-title">{post.data.title.clone()}</th>
            <td class="metrics-platforms">{platforms}</td>
            {cells}
        </tr>
    }
}
