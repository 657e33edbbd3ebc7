//! The Desain page: a small offline graphic designer. Pick a template and
//! a size, type the texts, choose a photo (from the device or a coverage)
//! and crop it; the preview is drawn at full output size on a canvas
//! (`browser::canvas`) and scaled to the screen. Text that no longer fits
//! is named, never cut silently. Export as PNG, attach to a post, save the
//! design to reopen or duplicate.

mod attach;
mod form;
mod list;
mod photo;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::browser::canvas::{bitmap, draw, load_fonts};
use crate::domain::design::{Crop, Design, Preset, Slot, TemplateKind, Verdict};
use crate::i18n::*;
use crate::ui::state::AppState;

/// What the page's parts share. Copy, captured when created.
#[derive(Clone, Copy)]
pub(crate) struct Designer {
    state: AppState,
    i18n: I18nContext<Locale>,
    /// The design being edited.
    design: RwSignal<Design>,
    /// Whether it has been saved since it was opened (or is new).
    saved: RwSignal<bool>,
    /// The saved designs, newest first.
    designs: RwSignal<Vec<Design>>,
    /// The decoded photo and logo (browser objects: kept on this thread).
    photo: StoredValue<Option<web_sys::ImageBitmap>, LocalStorage>,
    logo: StoredValue<Option<web_sys::ImageBitmap>, LocalStorage>,
    /// Bumped when the photo, logo or fonts change: the preview redraws.
    images: RwSignal<u32>,
    /// Text slots that do not fit at the smallest size.
    overflow: RwSignal<Vec<Slot>>,
    /// The preview canvas.
    canvas: NodeRef<leptos::html::Canvas>,
}

impl Designer {
    /// A new, empty design of `template`.
    fn fresh(template: TemplateKind) -> Design {
        let now = browser::now();
        Design {
            id: browser::new_id().as_str().to_string(),
            name: String::new(),
            template,
            preset: Preset::Square,
            texts: Default::default(),
            photo_id: None,
            crop: Crop::default(),
            verdict: Verdict::Hoax,
            created_at: now,
            updated_at: now,
        }
    }

    /// Changes the design being edited.
    fn edit(self, change: impl FnOnce(&mut Design)) {
        self.design.update(change);
        self.saved.set(false);
    }

    /// Opens `design` (a saved one, or a copy) and loads its photo.
    fn open(self, design: Design, saved: bool) {
        let photo_id = design.photo_id.clone();
        self.design.set(design);
        self.saved.set(saved);
        self.load_photo(photo_id);
    }

    /// Decodes the photo with this id from the photo store for drawing.
    fn load_photo(self, id: Option<String>) {
        let state = self.state;
        spawn_local(async move {
            let image = match (id, state.db()) {
                (Some(id), Some(db)) => match db.photo_blob(&id).await {
                    Ok(Some(blob)) => bitmap(&blob).await,
                    _ => None,
                },
                _ => None,
            };
            self.photo.set_value(image);
            self.images.update(|n| *n += 1);
        });
    }

    /// Draws the preview, and notes what overflows.
    fn redraw(self) {
        let Some(canvas) = self.canvas.get_untracked() else {
            return;
        };
        let brand = self.state.workspace.with_untracked(|w| w.brand());
        let over = self.design.with_untracked(|d| {
            self.photo.with_value(|p| {
                self.logo
                    .with_value(|l| draw(&canvas, d, &brand, p.as_ref(), l.as_ref()))
            })
        });
        self.overflow.set(over);
    }
}

/// The page.
#[component]
pub fn DesignerPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let d = Designer {
        state,
        i18n,
        design: RwSignal::new(Designer::fresh(TemplateKind::Announcement)),
        saved: RwSignal::new(false),
        designs: RwSignal::new(Vec::new()),
        photo: StoredValue::new_local(None),
        logo: StoredValue::new_local(None),
        images: RwSignal::new(0),
        overflow: RwSignal::new(Vec::new()),
        canvas: NodeRef::new(),
    };
    // The saved designs.
    spawn_local(async move {
        if let Some(db) = state.db() {
            if let Ok(list) = db.designs().await {
                d.designs.set(list);
            }
        }
    });
    // The brand's font and logo, again whenever the brand changes.
    Effect::new(move |_| {
        let brand = state.workspace.with(|w| w.brand());
        spawn_local(async move {
            load_fonts(&brand.font).await;
            let logo = match (&brand.logo_id, state.db()) {
                (Some(id), Some(db)) => match db.photo_blob(id).await {
                    Ok(Some(blob)) => bitmap(&blob).await,
                    _ => None,
                },
                _ => None,
            };
            d.logo.set_value(logo);
            d.images.update(|n| *n += 1);
        });
    });
    // Redraw whenever anything drawn changes.
    Effect::new(move |_| {
        d.design.track();
        d.images.track();
        state.workspace.track();
        d.canvas.track();
        d.redraw();
    });

    view! {
        <h1>{t!(i18n, designer.title)}</h1>
        <p class="lead">{t!(i18n, designer.lead)}</p>
        <div class="designer">
            <div class="designer-controls">
                <form::DesignForm d />
                <photo::PhotoPicker d />
            </div>
            <div class="designer-preview">
                <canvas node_ref=d.canvas class="design-canvas" data-testid="design-canvas"
                    role="img" aria-label=move || t_string!(i18n, designer.preview_label).to_string()></canvas>
                <form::OverflowWarning d />
                <form::Actions d />
                <attach::AttachToPost d />
            </div>
        </div>
        <list::SavedDesigns d />
    }
}
