//! The design's settings and texts, the warning for text that does not
//! fit, and the save and download actions.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::browser::canvas::to_png;
use crate::domain::design::templates::slots;
use crate::domain::design::{Preset, Slot, TemplateKind, Verdict};
use crate::domain::text::clean_name;
use crate::i18n::*;

use super::Designer;

/// Longest text per slot, in characters (the plan format's limit for
/// short strings).
const TEXT_MAX: usize = 2_000;

/// A template's name.
pub(super) fn template_label(i18n: I18nContext<Locale>, t: TemplateKind) -> String {
    match t {
        TemplateKind::Announcement => t_string!(i18n, designer.template.announcement),
        TemplateKind::Event => t_string!(i18n, designer.template.event),
        TemplateKind::Quote => t_string!(i18n, designer.template.quote),
        TemplateKind::Number => t_string!(i18n, designer.template.number),
        TemplateKind::Greeting => t_string!(i18n, designer.template.greeting),
        TemplateKind::Hoax => t_string!(i18n, designer.template.hoax),
    }
    .to_string()
}

/// A size's name with its pixels.
pub(super) fn preset_label(i18n: I18nContext<Locale>, p: Preset) -> String {
    let (w, h) = p.size();
    let name = match p {
        Preset::Square => t_string!(i18n, designer.preset.square),
        Preset::Portrait => t_string!(i18n, designer.preset.portrait),
        Preset::Story => t_string!(i18n, designer.preset.story),
        Preset::Landscape => t_string!(i18n, designer.preset.landscape),
    };
    format!("{name} ({w}×{h})")
}

/// What a slot is called in a template.
fn slot_label(i18n: I18nContext<Locale>, t: TemplateKind, s: Slot) -> String {
    match (t, s) {
        (TemplateKind::Number, Slot::Title) => t_string!(i18n, designer.slot.number),
        (TemplateKind::Number, Slot::Subtitle) => t_string!(i18n, designer.slot.number_label),
        (TemplateKind::Quote, Slot::Title) => t_string!(i18n, designer.slot.quote),
        (TemplateKind::Quote, Slot::Subtitle) => t_string!(i18n, designer.slot.speaker),
        (TemplateKind::Hoax, Slot::Title) => t_string!(i18n, designer.slot.claim),
        (TemplateKind::Hoax, Slot::Body) => t_string!(i18n, designer.slot.explanation),
        (TemplateKind::Hoax, Slot::Subtitle) => t_string!(i18n, designer.slot.source),
        (_, Slot::Title) => t_string!(i18n, designer.slot.title),
        (_, Slot::Subtitle) => t_string!(i18n, designer.slot.subtitle),
        (_, Slot::Date) => t_string!(i18n, designer.slot.date),
        (_, Slot::Place) => t_string!(i18n, designer.slot.place),
        (_, Slot::Body) => t_string!(i18n, designer.slot.body),
    }
    .to_string()
}

/// Template, size, name and texts.
#[component]
pub(super) fn DesignForm(
    /// The page's shared state.
    d: Designer,
) -> impl IntoView {
    let i18n = d.i18n;
    let template = Memo::new(move |_| d.design.with(|x| x.template));
    view! {
        <div class="field">
            <label for="design-template">{t!(i18n, designer.template_label)}</label>
            <select id="design-template" on:change=move |ev| {
                if let Some(t) = TemplateKind::from_key(&event_target_value(&ev)) {
                    d.edit(|x| x.template = t);
                }
            }>
                {TemplateKind::ALL.into_iter().map(|t| view! {
                    <option value=t.key() prop:selected=move || template.get() == t>{move || template_label(i18n, t)}</option>
                }).collect_view()}
            </select>
        </div>
        <div class="field">
            <label for="design-preset">{t!(i18n, designer.preset_label)}</label>
            <select id="design-preset" on:change=move |ev| {
                if let Some(p) = Preset::from_key(&event_target_value(&ev)) {
                    d.edit(|x| x.preset = p);
                }
            }>
                {Preset::ALL.into_iter().map(|p| view! {
                    <option value=p.key() prop:selected=move || d.design.with(|x| x.preset) == p>{move || preset_label(i18n, p)}</option>
                }).collect_view()}
            </select>
        </div>
        <Show when=move || template.get() == TemplateKind::Hoax>
            <fieldset class="choices">
                <legend>{t!(i18n, designer.verdict)}</legend>
                {Verdict::ALL.into_iter().map(|v| view! {
                    <label class="choice">
                        <input type="radio" name="design-verdict" prop:checked=move || d.design.with(|x| x.verdict) == v
                            on:change=move |_| d.edit(|x| x.verdict = v) />
                        {move || match v {
                            Verdict::Hoax => t_string!(i18n, designer.verdict_hoax).to_string(),
                            Verdict::Fact => t_string!(i18n, designer.verdict_fact).to_string(),
                        }}
                    </label>
                }).collect_view()}
            </fieldset>
        </Show>
        {move || {
            let t = template.get();
            slots(t).into_iter().map(|slot| {
                let id = format!("design-text-{}", slot.key());
                let value = move || d.design.with(|x| x.text(slot).to_string());
                let on_input = move |ev: leptos::ev::Event| {
                    let text: String = event_target_value(&ev).chars().take(TEXT_MAX).collect();
                    d.edit(|x| {
                        if text.is_empty() {
                            x.texts.remove(slot.key());
                        } else {
                            x.texts.insert(slot.key().to_string(), text);
                        }
                    });
                };
                let long = matches!(slot, Slot::Body | Slot::Title);
                view! {
                    <div class="field">
                        <label for=id.clone()>{slot_label(i18n, t, slot)}</label>
                        {if long {
                            view! { <textarea id=id rows="3" prop:value=value on:input=on_input></textarea> }.into_any()
                        } else {
                            view! { <input id=id type="text" prop:value=value on:input=on_input /> }.into_any()
                        }}
                    </div>
                }
            }).collect_view()
        }}
    }
}

/// Names each text that no longer fits.
#[component]
pub(super) fn OverflowWarning(
    /// The page's shared state.
    d: Designer,
) -> impl IntoView {
    let i18n = d.i18n;
    let text = move || {
        let t = d.design.with(|x| x.template);
        let names: Vec<String> = d
            .overflow
            .get()
            .into_iter()
            .map(|s| slot_label(i18n, t, s))
            .collect();
        (!names.is_empty())
            .then(|| t_string!(i18n, designer.overflow, slots = names.join(", ")).to_string())
    };
    view! {
        <p class="warning" role="status" data-testid="design-overflow" hidden=move || text().is_none()>{text}</p>
    }
}

/// Name, save, duplicate, download.
#[component]
pub(super) fn Actions(
    /// The page's shared state.
    d: Designer,
) -> impl IntoView {
    let i18n = d.i18n;
    let state = d.state;
    let name_error = RwSignal::new(None::<String>);
    let save = move |_| {
        let mut design = d.design.get_untracked();
        let name = clean_name(&design.name).unwrap_or_else(|_| default_name(i18n, &design));
        design.name = name;
        design.updated_at = design.updated_at.after_edit(browser::now());
        spawn_local(async move {
            let stored = match state.db() {
                Some(db) => db.put_design(&design).await.is_ok(),
                None => false,
            };
            if stored {
                d.designs.update(|list| {
                    list.retain(|x| x.id != design.id);
                    list.insert(0, design.clone());
                });
                d.design.set(design.clone());
                d.saved.set(true);
                state.notify(t_string!(i18n, designer.saved, name = design.name).to_string());
            } else {
                name_error.set(Some(t_string!(i18n, designer.save_failed).to_string()));
            }
        });
    };
    let download = move |_| {
        let Some(canvas) = d.canvas.get_untracked() else {
            return;
        };
        let design = d.design.get_untracked();
        spawn_local(async move {
            match to_png(&canvas).await {
                Ok((_, bytes)) => {
                    let name = file_name(i18n, &design);
                    if browser::download(&name, "image/png", &bytes).is_ok() {
                        state.notify(t_string!(i18n, designer.downloaded, name = name).to_string());
                    }
                }
                Err(why) => {
                    state.notify(t_string!(i18n, designer.png_failed, why = why).to_string())
                }
            }
        });
    };
    view! {
        <div class="field">
            <label for="design-name">{t!(i18n, designer.name)}</label>
            <input id="design-name" type="text" prop:value=move || d.design.with(|x| x.name.clone())
                on:input=move |ev| { let v = event_target_value(&ev); d.edit(|x| x.name = v); }
                aria-describedby="design-name-error" />
            <crate::ui::forms::FieldError id="design-name-error".to_string() error=name_error.into() />
        </div>
        <div class="dialog-actions">
            <button type="button" class="primary" data-testid="design-download" on:click=download>{t!(i18n, designer.download)}</button>
            <button type="button" data-testid="design-save" on:click=save>{t!(i18n, designer.save)}</button>
            <span class="hint" hidden=move || !d.saved.get()>{t!(i18n, designer.is_saved)}</span>
        </div>
    }
}

/// "Pengumuman 7 Desember" when the person gave no name.
fn default_name(i18n: I18nContext<Locale>, design: &Design) -> String {
    let title = design.text(Slot::Title).trim();
    let base = if title.is_empty() {
        template_label(i18n, design.template)
    } else {
        title.chars().take(60).collect()
    };
    clean_name(&base).unwrap_or_else(|_| template_label(i18n, design.template))
}

/// A file name from the design's name: letters, digits and dashes.
pub(super) fn file_name(i18n: I18nContext<Locale>, design: &Design) -> String {
    let name = if design.name.trim().is_empty() {
        default_name(i18n, design)
    } else {
        design.name.clone()
    };
    let slug: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let slug: Vec<&str> = slug.split('-').filter(|s| !s.is_empty()).collect();
    let (w, h) = design.preset.size();
    format!(
        "siar-{}-{w}x{h}.png",
        slug.join("-").chars().take(60).collect::<String>()
    )
}

use crate::domain::design::Design;
