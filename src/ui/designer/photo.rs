//! The design's photo: from the device or from a coverage's photos, with
//! zoom and pan to crop it (sliders: keyboard and touch alike).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::design::templates::uses_photo;
use crate::domain::documentation::photos;
use crate::i18n::*;
use crate::ui::coverage::{chosen_files, store_picture, Thumbnail};

use super::Designer;

/// Longest side of a photo taken from the device, in pixels.
const PHOTO_SIDE: u32 = 2048;

/// Photo choice and crop.
#[component]
pub(super) fn PhotoPicker(
    /// The page's shared state.
    d: Designer,
) -> impl IntoView {
    let i18n = d.i18n;
    let state = d.state;
    let message = RwSignal::new(None::<String>);
    let coverage_choice = RwSignal::new(String::new());
    let with_photos = Memo::new(move |_| {
        state.coverage.with(|cs| {
            cs.iter()
                .filter(|c| c.is_live() && !photos(c).is_empty())
                .map(|c| (c.id.as_str().to_string(), c.data.title.clone(), photos(c)))
                .collect::<Vec<_>>()
        })
    });
    let take = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_files(&ev).into_iter().next() else {
            return;
        };
        let name = file.name();
        spawn_local(async move {
            let result = store_picture(state, &file, PHOTO_SIDE).await;
            match result {
                Ok(id) => {
                    message.set(None);
                    d.edit(|x| {
                        x.photo_id = Some(id.clone());
                        x.crop = Default::default();
                    });
                    d.load_photo(Some(id));
                }
                Err(why) => message.set(Some(
                    t_string!(i18n, designer.photo_failed, name = name, why = why).to_string(),
                )),
            }
        });
    };
    let choose = move |id: String| {
        d.edit(|x| {
            x.photo_id = Some(id.clone());
            x.crop = Default::default();
        });
        d.load_photo(Some(id));
    };
    let slider = move |id: &'static str,
                       label: Signal<String>,
                       min: f64,
                       max: f64,
                       get: fn(&crate::domain::design::Crop) -> f64,
                       set: fn(&mut crate::domain::design::Crop, f64)| {
        view! {
            <div class="field range-field">
                <label for=id>{label}</label>
                <input id=id type="range" min=min.to_string() max=max.to_string() step="0.01"
                    prop:value=move || d.design.with(|x| get(&x.crop)).to_string()
                    on:input=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                            d.edit(|x| set(&mut x.crop, v));
                        }
                    } />
            </div>
        }
    };
    let label = move |f: fn(I18nContext<Locale>) -> String| Signal::derive(move || f(i18n));
    view! {
        <Show when=move || uses_photo(d.design.with(|x| x.template))>
            <fieldset class="design-photo">
                <legend>{t!(i18n, designer.photo)}</legend>
                <div class="photo-pick">
                    <input id="design-photo-file" class="visually-hidden" type="file" accept="image/*"
                        data-testid="design-photo-file" on:change=take />
                    <label for="design-photo-file" class="button-like">{t!(i18n, designer.photo_device)}</label>
                    <button type="button" hidden=move || d.design.with(|x| x.photo_id.is_none())
                        on:click=move |_| { d.edit(|x| x.photo_id = None); d.load_photo(None); }>
                        {t!(i18n, designer.photo_remove)}
                    </button>
                </div>
                <p class="field-error" role="alert" hidden=move || message.with(Option::is_none)>{move || message.get()}</p>
                <Show when=move || with_photos.with(|w| !w.is_empty())>
                    <div class="field">
                        <label for="design-coverage">{t!(i18n, designer.photo_coverage)}</label>
                        <select id="design-coverage" on:change=move |ev| coverage_choice.set(event_target_value(&ev))>
                            <option value="">{t!(i18n, designer.photo_coverage_none)}</option>
                            {move || with_photos.get().into_iter().map(|(id, title, _)| view! {
                                <option value=id>{title}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <ul class="post-photos">
                        {move || {
                            let chosen = coverage_choice.get();
                            with_photos.get().into_iter().filter(|(id, _, _)| *id == chosen).flat_map(|(_, _, ps)| ps).map(|p| {
                                let id = p.id.clone();
                                let alt = if p.caption.is_empty() { t_string!(i18n, photos.untitled).to_string() } else { p.caption.clone() };
                                let label = t_string!(i18n, designer.use_photo, name = alt.clone()).to_string();
                                view! {
                                    <li><button type="button" class="photo-choice" aria-label=label on:click=move |_| choose(id.clone())>
                                        <Thumbnail id=p.id.clone() alt />
                                    </button></li>
                                }
                            }).collect_view()
                        }}
                    </ul>
                </Show>
                <Show when=move || d.design.with(|x| x.photo_id.is_some())>
                    {slider("design-zoom", label(|i| t_string!(i, designer.zoom).to_string()), 1.0, 4.0, |c| c.zoom, |c, v| c.zoom = v)}
                    {slider("design-pan-x", label(|i| t_string!(i, designer.pan_x).to_string()), -1.0, 1.0, |c| c.x, |c, v| c.x = v)}
                    {slider("design-pan-y", label(|i| t_string!(i, designer.pan_y).to_string()), -1.0, 1.0, |c| c.y, |c, v| c.y = v)}
                </Show>
            </fieldset>
        </Show>
    }
}
