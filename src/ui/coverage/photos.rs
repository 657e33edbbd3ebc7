//! Photos of a coverage: attached from the device (file picker, or the
//! camera on phones), resized in the browser to a 2,048 px working copy and
//! a 320 px thumbnail, kept in IndexedDB; each with a caption, the
//! photographer's credit and whether it is cleared for publication. Also
//! the page's line on storage use.
//!
//! A photo is written to the photo store before the coverage record lists
//! it, so a record never names a photo that is not there; a photo that
//! would not fit is refused before anything is written.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::browser::image::{object_url, resize, revoke_url, ImageError};
use crate::browser::quota::{estimate, fits, persist};
use crate::domain::documentation::{photo_id, photos, set_photos, PhotoMeta};
use crate::domain::id::Id;
use crate::i18n::*;
use crate::ui::format::bytes;
use crate::ui::state::AppState;

use super::CoverageUi;

/// Longest side of the working copy, in pixels.
const WORKING_SIDE: u32 = 2048;
/// Longest side of the thumbnail, in pixels.
const THUMB_SIDE: u32 = 320;

/// Why a photo was not attached.
enum AttachError {
    NotAnImage,
    TooLarge,
    NoRoom { need: u64, free: u64 },
    Failed(String),
}

/// The photos of the coverage `id`, with the controls to add more.
#[component]
pub(super) fn PhotoSection(
    /// The page's shared state.
    ui: CoverageUi,
    /// The stored coverage.
    id: Id,
) -> impl IntoView {
    let i18n = ui.i18n;
    let state = ui.state;
    let busy = RwSignal::new(false);
    let messages = RwSignal::new(Vec::<String>::new());
    let list = {
        let id = id.clone();
        Memo::new(move |_| {
            state.coverage.with(|cs| {
                cs.iter()
                    .find(|c| c.id == id)
                    .map(photos)
                    .unwrap_or_default()
            })
        })
    };
    let take = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let files = chosen_files(&ev);
            if files.is_empty() || busy.get_untracked() {
                return;
            }
            busy.set(true);
            messages.set(Vec::new());
            let id = id.clone();
            spawn_local(async move {
                let mut said = Vec::new();
                for file in files {
                    let name = file.name();
                    said.push(match attach(ui, &id, &file).await {
                        Ok(()) => t_string!(i18n, photos.attached, name = name).to_string(),
                        Err(e) => refusal(i18n, &name, e),
                    });
                    messages.set(said.clone());
                }
                busy.set(false);
                ui.photos_changed.update(|n| *n += 1);
            });
        }
    };
    let take_camera = take.clone();
    view! {
        <section class="photo-section" aria-labelledby="photos-heading">
            <h3 id="photos-heading">{t!(i18n, photos.heading)}</h3>
            <div class="photo-pick">
                <input id="photo-file" class="visually-hidden" type="file" accept="image/*" multiple
                    on:change=take data-testid="photo-file" />
                <label for="photo-file" class="button-like">{t!(i18n, photos.add)}</label>
                <input id="photo-camera" class="visually-hidden" type="file" accept="image/*" capture="environment"
                    on:change=take_camera />
                <label for="photo-camera" class="button-like">{t!(i18n, photos.camera)}</label>
            </div>
            <p class="hint" role="status" aria-live="polite" data-testid="photo-status">
                {move || if busy.get() { t_string!(i18n, photos.working).to_string() } else { String::new() }}
                {move || messages.get().into_iter().map(|m| view! { <span class="photo-message">{m}" "</span> }).collect_view()}
            </p>
            <Show when=move || list.with(Vec::is_empty)>
                <p class="empty-note">{t!(i18n, photos.none)}</p>
            </Show>
            <ul class="photo-grid">
                <For each=move || list.get() key=|p| p.id.clone() let:photo>
                    <li><PhotoItem ui coverage=id.clone() photo /></li>
                </For>
            </ul>
        </section>
    }
}

/// Resizes, checks room, stores the images, then lists the photo on the
/// coverage record.
async fn attach(ui: CoverageUi, coverage: &Id, file: &web_sys::File) -> Result<(), AttachError> {
    let state = ui.state;
    let map = |e: ImageError| match e {
        ImageError::NotAnImage => AttachError::NotAnImage,
        ImageError::TooLarge => AttachError::TooLarge,
        ImageError::Failed(s) => AttachError::Failed(s),
    };
    let full = resize(file, WORKING_SIDE).await.map_err(map)?;
    let thumb = resize(file, THUMB_SIDE).await.map_err(map)?;
    let id = photo_id(&full.bytes);
    let need = (full.bytes.len() + thumb.bytes.len()) as u64;
    if let Some(est) = estimate().await {
        if !fits(&est, need) {
            return Err(AttachError::NoRoom {
                need,
                free: est.quota.saturating_sub(est.usage),
            });
        }
    }
    let db = state
        .db()
        .ok_or_else(|| AttachError::Failed("storage unavailable".into()))?;
    db.put_photo(&id, &full.mime, &full.blob, &thumb.blob)
        .await
        .map_err(|e| match e {
            crate::storage::StorageError::QuotaExceeded => AttachError::NoRoom { need, free: 0 },
            other => AttachError::Failed(format!("{other:?}")),
        })?;
    // Ask the browser not to evict what is now worth keeping.
    let _ = persist().await;
    let Some(mut record) = state
        .coverage
        .with_untracked(|cs| cs.iter().find(|c| &c.id == coverage).cloned())
    else {
        return Err(AttachError::Failed("coverage gone".into()));
    };
    let mut list = photos(&record);
    if !list.iter().any(|p| p.id == id) {
        let credit = state
            .current_member()
            .map(|m| m.data.name)
            .unwrap_or_default();
        list.push(PhotoMeta {
            id,
            mime: full.mime.clone(),
            width: full.width,
            height: full.height,
            bytes: full.bytes.len() as u64,
            caption: String::new(),
            credit,
            cleared: false,
            added_at: browser::now(),
        });
    }
    set_photos(&mut record, &list);
    record.touch(browser::now());
    if state.save(state.coverage, record).await {
        Ok(())
    } else {
        Err(AttachError::Failed(
            "the coverage could not be saved".into(),
        ))
    }
}

/// The sentence for a photo that was not attached.
fn refusal(i18n: I18nContext<Locale>, name: &str, e: AttachError) -> String {
    match e {
        AttachError::NotAnImage => t_string!(i18n, photos.not_image, name = name).to_string(),
        AttachError::TooLarge => t_string!(i18n, photos.too_large, name = name).to_string(),
        AttachError::NoRoom { need, free } => t_string!(
            i18n,
            photos.no_room,
            name = name,
            need = bytes(i18n, need),
            free = bytes(i18n, free)
        )
        .to_string(),
        AttachError::Failed(why) => {
            t_string!(i18n, photos.failed, name = name, why = why).to_string()
        }
    }
}

/// One photo: its thumbnail, caption, credit and clearance.
#[component]
fn PhotoItem(ui: CoverageUi, coverage: Id, photo: PhotoMeta) -> impl IntoView {
    let i18n = ui.i18n;
    let state = ui.state;
    let src = RwSignal::new(None::<String>);
    let full = RwSignal::new(None::<String>);
    // Listed on the record but not on this device (it came in a JSON plan
    // file, which carries no photos).
    let missing = RwSignal::new(false);
    {
        let id = photo.id.clone();
        spawn_local(async move {
            let Some(db) = state.db() else {
                return;
            };
            match db.thumb_blob(&id).await {
                Ok(Some(blob)) => src.set(object_url(&blob)),
                _ => missing.set(true),
            }
            if let Ok(Some(blob)) = db.photo_blob(&id).await {
                full.set(object_url(&blob));
            }
        });
    }
    on_cleanup(move || {
        for url in [src.get_untracked(), full.get_untracked()]
            .into_iter()
            .flatten()
        {
            revoke_url(&url);
        }
    });
    let caption = RwSignal::new(photo.caption.clone());
    let credit = RwSignal::new(photo.credit.clone());
    let key = photo.id.get(..12).unwrap_or(&photo.id).to_string();
    let caption_id = format!("photo-{key}-caption");
    let credit_id = format!("photo-{key}-credit");
    let cleared_id = format!("photo-{key}-cleared");
    let update = {
        let coverage = coverage.clone();
        let id = photo.id.clone();
        move |change: Box<dyn Fn(&mut PhotoMeta)>| {
            update_photo(state, &coverage, &id, change);
        }
    };
    let save_caption = update.clone();
    let save_credit = update.clone();
    let save_cleared = update.clone();
    let remove = {
        let coverage = coverage.clone();
        let id = photo.id.clone();
        move |_| remove_photo(ui, coverage.clone(), id.clone())
    };
    let alt = if photo.caption.is_empty() {
        t_string!(i18n, photos.untitled).to_string()
    } else {
        photo.caption.clone()
    };
    view! {
        <figure class="photo-item" data-testid="photo-item">
            <a href=move || full.get().unwrap_or_default() target="_blank" rel="noopener noreferrer"
                aria-label=move || t_string!(i18n, photos.open_full).to_string()>
                <Thumbnail id=photo.id.clone() alt />
            </a>
            <figcaption>
                <span class="hint">{format!("{} × {} px", photo.width, photo.height)}</span>
                <div class="field">
                    <label for=caption_id.clone()>{t!(i18n, photos.caption)}</label>
                    <input id=caption_id type="text" bind:value=caption
                        on:change=move |_| { let v = caption.get_untracked(); save_caption(Box::new(move |p| p.caption = v.trim().to_string())) } />
                </div>
                <div class="field">
                    <label for=credit_id.clone()>{t!(i18n, photos.credit)}</label>
                    <input id=credit_id type="text" bind:value=credit
                        on:change=move |_| { let v = credit.get_untracked(); save_credit(Box::new(move |p| p.credit = v.trim().to_string())) } />
                </div>
                <label class="choice" for=cleared_id.clone()>
                    <input id=cleared_id.clone() type="checkbox" prop:checked=photo.cleared
                        on:change=move |ev| { let on = event_target_checked(&ev); save_cleared(Box::new(move |p| p.cleared = on)) } />
                    {t!(i18n, photos.cleared)}
                </label>
                <button type="button" class="link-button danger" on:click=remove>{t!(i18n, photos.remove)}</button>
            </figcaption>
        </figure>
    }
}

/// Changes one photo's details on the coverage record and saves it.
fn update_photo(state: AppState, coverage: &Id, id: &str, change: Box<dyn Fn(&mut PhotoMeta)>) {
    let Some(mut record) = state
        .coverage
        .with_untracked(|cs| cs.iter().find(|c| &c.id == coverage).cloned())
    else {
        return;
    };
    let mut list = photos(&record);
    let Some(photo) = list.iter_mut().find(|p| p.id == id) else {
        return;
    };
    change(photo);
    set_photos(&mut record, &list);
    record.touch(browser::now());
    spawn_local(async move {
        state.save(state.coverage, record).await;
    });
}

/// Takes a photo off the coverage; its images are deleted when no other
/// coverage lists the same photo.
fn remove_photo(ui: CoverageUi, coverage: Id, id: String) {
    let state = ui.state;
    let i18n = ui.i18n;
    let Some(mut record) = state
        .coverage
        .with_untracked(|cs| cs.iter().find(|c| c.id == coverage).cloned())
    else {
        return;
    };
    let list: Vec<PhotoMeta> = photos(&record).into_iter().filter(|p| p.id != id).collect();
    set_photos(&mut record, &list);
    record.touch(browser::now());
    spawn_local(async move {
        if !state.save(state.coverage, record).await {
            return;
        }
        let elsewhere = state
            .coverage
            .with_untracked(|cs| cs.iter().any(|c| photos(c).iter().any(|p| p.id == id)));
        if !elsewhere {
            if let Some(db) = state.db() {
                let _ = db.delete_photo(&id).await;
            }
        }
        ui.photos_changed.update(|n| *n += 1);
        state.notify(t_string!(i18n, photos.removed).to_string());
    });
}

/// "Penyimpanan: foto 12,3 MB · semua data 15,0 MB dari 2,1 GB".
#[component]
pub(super) fn StorageUse(
    /// The page's shared state.
    ui: CoverageUi,
) -> impl IntoView {
    let i18n = ui.i18n;
    let state = ui.state;
    let line = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        ui.photos_changed.track();
        state.coverage.track();
        spawn_local(async move {
            let photos_bytes = match state.db() {
                Some(db) => db.photos_usage().await.unwrap_or(0),
                None => 0,
            };
            let text = match estimate().await {
                Some(e) => t_string!(
                    i18n,
                    photos.storage,
                    photos = bytes(i18n, photos_bytes),
                    usage = bytes(i18n, e.usage),
                    quota = bytes(i18n, e.quota)
                )
                .to_string(),
                None => t_string!(
                    i18n,
                    photos.storage_photos_only,
                    photos = bytes(i18n, photos_bytes)
                )
                .to_string(),
            };
            line.set(Some(text));
        });
    });
    view! {
        <p class="hint storage-use" data-testid="storage-use">{move || line.get()}</p>
    }
}

/// A photo's thumbnail from the photo store, or a note that the photo is
/// not on this device. The object URL is freed when it goes.
#[component]
pub(crate) fn Thumbnail(
    /// The photo's id.
    id: String,
    /// The image's text alternative.
    alt: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let src = RwSignal::new(None::<String>);
    let missing = RwSignal::new(false);
    spawn_local(async move {
        let blob = match state.db() {
            Some(db) => db.thumb_blob(&id).await.ok().flatten(),
            None => None,
        };
        match blob {
            Some(blob) => src.set(object_url(&blob)),
            None => missing.set(true),
        }
    });
    on_cleanup(move || {
        if let Some(url) = src.get_untracked() {
            revoke_url(&url);
        }
    });
    view! {
        <Show when=move || !missing.get()
            fallback=move || view! { <p class="photo-missing" data-testid="photo-missing">{t!(i18n, photos.missing)}</p> }>
            <img src=move || src.get().unwrap_or_default() alt=alt.clone() width="160" height="120"
                data-testid="photo-thumb" />
        </Show>
    }
}

/// The files chosen in a file input's `change` event. The input is
/// emptied so that choosing the same file again is a new choice.
pub(crate) fn chosen_files(ev: &leptos::ev::Event) -> Vec<web_sys::File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input
        .files()
        .map(|fs| (0..fs.length()).filter_map(|i| fs.get(i)).collect())
        .unwrap_or_default();
    input.set_value("");
    files
}

/// Resizes a picture to `longest_side`, makes its thumbnail and stores both
/// in the photo store; returns its id (the designer's photos, the logo).
pub(crate) async fn store_picture(
    state: AppState,
    file: &web_sys::Blob,
    longest_side: u32,
) -> Result<String, String> {
    let full = resize(file, longest_side)
        .await
        .map_err(|e| e.to_string())?;
    let thumb = resize(&full.blob, THUMB_SIDE)
        .await
        .map_err(|e| e.to_string())?;
    let id = photo_id(&full.bytes);
    let db = state.db().ok_or("storage unavailable")?;
    db.put_photo(&id, &full.mime, &full.blob, &thumb.blob)
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(id)
}
