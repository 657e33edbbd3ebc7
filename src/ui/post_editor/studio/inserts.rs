//! What the studio puts into the caption with one click: a template filled
//! from the post and its coverage record (shown first, with every
//! placeholder it could not fill), a hashtag set, the official hashtags and
//! the byline.

use leptos::prelude::*;

use crate::domain::caption::settings::CaptionTemplate;
use crate::domain::caption::template::{all_templates, fill, Filled, Placeholder};
use crate::domain::post_check::PostField;
use crate::domain::text::parse_hashtags;
use crate::i18n::*;

use super::super::check::Place;
use super::super::focus_id;
use super::Studio;

/// A template filled for the open post, waiting to be used.
#[derive(Clone, Debug, PartialEq)]
struct Result {
    /// The template's name.
    name: String,
    /// The filled caption and what it could not fill.
    filled: Filled,
}

/// The template menu, its result, and the buttons that add hashtags and
/// the byline.
#[component]
pub(super) fn Inserts(
    /// The studio's shared state.
    studio: Studio,
) -> impl IntoView {
    let ctx = studio.ctx;
    let i18n = ctx.i18n;
    let state = ctx.state;
    let form = ctx.form;
    let chosen = RwSignal::new(String::new());
    let result = RwSignal::new(None::<Result>);
    let templates = Memo::new(move |_| {
        let lang = i18n.get_locale().as_str();
        state.workspace.with(|ws| all_templates(ws, lang))
    });

    let show = move |_| {
        let id = chosen.get_untracked();
        let Some(template) = templates.with_untracked(|ts| ts.iter().find(|t| t.id == id).cloned())
        else {
            return;
        };
        result.set(Some(fill_for_post(studio, &template)));
        focus_id("template-result-heading");
    };
    let apply = move |_| {
        let Some(r) = result.get_untracked() else {
            return;
        };
        form.caption.set(r.filled.text);
        form.touch(Place::Field(PostField::Caption));
        result.set(None);
        focus_id(Place::Field(PostField::Caption).dom_id());
    };
    let cancel = move |_| {
        result.set(None);
        focus_id("caption-template");
    };
    let replaces = move || !form.caption.with(|c| c.trim().is_empty());

    view! {
        <div class="studio-inserts">
            <div class="field">
                <label for="caption-template">{t!(i18n, studio.template)}</label>
                <div class="inline-pick">
                    <select id="caption-template" on:change=move |ev| {
                        chosen.set(event_target_value(&ev));
                        result.set(None);
                    }>
                        <option value="" prop:selected=move || chosen.with(String::is_empty)>
                            {t!(i18n, studio.choose_template)}
                        </option>
                        {move || templates.get().into_iter().map(|t| {
                            let id = t.id.clone();
                            view! {
                                <option value=t.id prop:selected=move || chosen.with(|c| *c == id)>{t.name}</option>
                            }
                        }).collect_view()}
                    </select>
                    <button type="button" data-testid="template-show"
                        disabled=move || chosen.with(String::is_empty)
                        on:click=show>{t!(i18n, studio.show_template)}</button>
                </div>
            </div>
            {move || result.get().map(|r| {
                let warnings = warnings(i18n, &r.filled);
                let has_warnings = !warnings.is_empty();
                view! {
                    <div class="template-result" role="group" aria-labelledby="template-result-heading"
                        data-testid="template-result">
                        <h4 id="template-result-heading" tabindex="-1">
                            {t_string!(i18n, studio.template_result, name = r.name.clone()).to_string()}
                        </h4>
                        <p class="caption-text" data-testid="template-text">{r.filled.text.clone()}</p>
                        <Show when=move || has_warnings>
                            <ul class="warning-list" data-testid="template-warnings">
                                {warnings.clone().into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
                            </ul>
                        </Show>
                        <div class="dialog-actions">
                            <button type="button" class="primary" data-testid="template-apply" on:click=apply>
                                {move || if replaces() {
                                    t_string!(i18n, studio.template_replace).to_string()
                                } else {
                                    t_string!(i18n, studio.template_apply).to_string()
                                }}
                            </button>
                            <button type="button" on:click=cancel>{t!(i18n, common.cancel)}</button>
                        </div>
                    </div>
                }
            })}
            <AddButtons studio />
        </div>
    }
}

/// Fills `template` for the post as typed, with its coverage record.
fn fill_for_post(studio: Studio, template: &CaptionTemplate) -> Result {
    let state = studio.ctx.state;
    let filled = studio
        .post
        .with_untracked(|post| {
            let post = post.as_ref()?;
            let coverage = post.coverage_id.as_ref().and_then(|id| {
                state.coverage.with_untracked(|cs| {
                    cs.iter()
                        .find(|c| &c.id == id && c.is_live())
                        .map(|c| c.data.clone())
                })
            });
            Some(
                state
                    .workspace
                    .with_untracked(|ws| fill(&template.body, post, coverage.as_ref(), ws)),
            )
        })
        .unwrap_or_default();
    Result {
        name: template.name.clone(),
        filled,
    }
}

/// One sentence per placeholder the template could not fill.
fn warnings(i18n: I18nContext<Locale>, filled: &Filled) -> Vec<String> {
    let empty = filled.empty.iter().map(|&p| {
        let name = p.token();
        match p {
            Placeholder::Lokasi
            | Placeholder::Pejabat
            | Placeholder::Tanggal
            | Placeholder::Waktu => {
                t_string!(i18n, studio.empty_from_coverage, name = name).to_string()
            }
            _ => t_string!(i18n, studio.empty_placeholder, name = name).to_string(),
        }
    });
    let unknown = filled.unknown.iter().map(|name| {
        t_string!(
            i18n,
            studio.unknown_placeholder,
            name = format!("{{{name}}}")
        )
        .to_string()
    });
    empty.chain(unknown).collect()
}

/// A button per hashtag set, the official hashtags and the byline.
#[component]
fn AddButtons(
    /// The studio's shared state.
    studio: Studio,
) -> impl IntoView {
    let ctx = studio.ctx;
    let i18n = ctx.i18n;
    let state = ctx.state;
    let form = ctx.form;
    let sets = Memo::new(move |_| state.workspace.with(|ws| ws.hashtag_sets()));
    let official = Memo::new(move |_| state.workspace.with(|ws| ws.default_hashtags.clone()));
    let byline = Memo::new(move |_| state.workspace.with(|ws| ws.byline.trim().to_string()));
    let add_tags = move |tags: Vec<String>| {
        form.hashtags.update(|typed| {
            let joined = format!("{typed} {}", tags.join(" "));
            *typed = parse_hashtags(&joined).join(" ");
        });
        form.touch(Place::Field(PostField::Hashtags));
    };
    let byline_missing = move || {
        let b = byline.get();
        !b.is_empty() && !form.caption.with(|c| c.contains(&b))
    };
    let add_byline = move |_| {
        let b = byline.get_untracked();
        form.caption.update(|c| {
            let body = c.trim_end();
            *c = if body.is_empty() {
                b
            } else {
                format!("{body}\n\n{b}")
            };
        });
        form.touch(Place::Field(PostField::Caption));
    };
    view! {
        <div class="studio-add" role="group" aria-labelledby="studio-add-label">
            <span id="studio-add-label" class="studio-add-label">{t!(i18n, studio.add)}</span>
            {move || sets.get().into_iter().map(|set| {
                let tags = set.hashtags.clone();
                let label = t_string!(i18n, studio.add_set, name = set.name.clone(), tags = set.hashtags.join(" ")).to_string();
                view! {
                    <button type="button" class="chip-button" aria-label=label.clone() title=label
                        data-testid="add-hashtag-set"
                        on:click=move |_| add_tags(tags.clone())>{format!("+ {}", set.name)}</button>
                }
            }).collect_view()}
            <Show when=move || official.with(|o| !o.is_empty())>
                <button type="button" class="chip-button" data-testid="add-official-hashtags"
                    on:click=move |_| add_tags(official.get_untracked())>{t!(i18n, studio.add_official)}</button>
            </Show>
            <Show when=byline_missing>
                <button type="button" class="chip-button" data-testid="add-byline"
                    on:click=add_byline>{t!(i18n, studio.add_byline)}</button>
            </Show>
            <Show when=move || sets.with(Vec::is_empty)>
                <p class="hint">{t!(i18n, studio.no_sets)}</p>
            </Show>
        </div>
    }
}
