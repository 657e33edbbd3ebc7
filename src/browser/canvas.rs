//! The graphic designer's canvas: the bundled fonts, drawing a design from
//! its template's layout, and the PNG that leaves Siar.
//!
//! Every position, size, wrap and crop comes from `domain::design`; this
//! module only turns those elements into canvas calls. Text typed by the
//! person is drawn as canvas text, never put into the page as HTML.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Promise};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, CanvasRenderingContext2d, FontFace, FontFaceDescriptors, HtmlCanvasElement, ImageBitmap,
};

use crate::domain::design::{
    brand::is_hex_colour, crop, templates, text, Align, Brand, Design, Element, Paint, Rect, Slot,
    Verdict, FONTS,
};

use super::image;

/// Where the fonts are served, relative to the page: Siar may live under
/// any sub-path (`/siar/`), so never from the root.
pub const FONT_DIR: &str = "fonts/";

/// The bundled weights of each family: regular, bold and extra bold, the
/// three the templates use.
const WEIGHTS: [u16; 3] = [400, 700, 800];

/// Weight of the fixed labels ("HOAKS", "PENGUMUMAN").
const LABEL_WEIGHT: u16 = 800;

/// The translucent veil over photos, so that white text reads.
const VEIL: &str = "rgba(0,0,0,0.45)";

thread_local! {
    /// Font loads by directory and family, kept so that a second call is
    /// instant and callers at the same time share one download. A failed
    /// load is forgotten, so that a later call tries again.
    static FONT_LOADS: RefCell<HashMap<String, Promise>> = RefCell::new(HashMap::new());
}

/// Loads the bundled weights of `family` (one of [`FONTS`]) from
/// [`FONT_DIR`] and adds them to `document.fonts`, so that the canvas can
/// use them. `false` when it fails (unknown family, files missing): the
/// canvas then falls back to the browser's sans-serif.
pub async fn load_fonts(family: &str) -> bool {
    load_fonts_from(family, FONT_DIR).await
}

/// [`load_fonts`] from another directory (relative to the page, ending in
/// `/`); tests use it to load the files from `public/fonts/`.
pub async fn load_fonts_from(family: &str, dir: &str) -> bool {
    let Some(family) = FONTS.iter().copied().find(|f| *f == family) else {
        return false;
    };
    let key = format!("{dir}{family}");
    let promise = FONT_LOADS.with(|loads| {
        loads
            .borrow_mut()
            .entry(key.clone())
            .or_insert_with(|| {
                let dir = dir.to_string();
                wasm_bindgen_futures::future_to_promise(async move {
                    Ok(JsValue::from_bool(add_faces(family, &dir).await))
                })
            })
            .clone()
    });
    let loaded = JsFuture::from(promise.clone())
        .await
        .is_ok_and(|v| v.is_truthy());
    if !loaded {
        FONT_LOADS.with(|loads| {
            let mut loads = loads.borrow_mut();
            // Only this attempt: another caller may have started a new one.
            if loads
                .get(&key)
                .is_some_and(|p| js_sys::Object::is(p, &promise))
            {
                loads.remove(&key);
            }
        });
    }
    loaded
}

/// Downloads every weight of `family` at once; adds them to the document
/// only when all arrived, so that a design never mixes a real bold with a
/// faked one.
async fn add_faces(family: &str, dir: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let stem = family.to_lowercase().replace(' ', "-");
    let mut faces = Vec::new();
    let loads = Array::new();
    for weight in WEIGHTS {
        let descriptors = FontFaceDescriptors::new();
        descriptors.set_weight(&weight.to_string());
        descriptors.set_style("normal");
        let source = format!("url(\"{dir}{stem}-latin-{weight}-normal.woff2\") format(\"woff2\")");
        let Ok(face) = FontFace::new_with_str_and_descriptors(family, &source, &descriptors) else {
            return false;
        };
        let Ok(load) = face.load() else {
            return false;
        };
        loads.push(&load);
        faces.push(face);
    }
    if JsFuture::from(Promise::all(&loads)).await.is_err() {
        return false;
    }
    let set = document.fonts();
    faces.iter().all(|face| set.add(face).is_ok())
}

/// Draws `design` on `canvas` at its preset's full size, as its template
/// lays it out, in the brand's colours and font. `photo` and `logo` are
/// the decoded images, if any. Returns the slots whose text does not fit
/// even at the smallest size (the UI warns about them).
pub fn draw(
    canvas: &HtmlCanvasElement,
    design: &Design,
    brand: &Brand,
    photo: Option<&ImageBitmap>,
    logo: Option<&ImageBitmap>,
) -> Vec<Slot> {
    let (width, height) = design.preset.size();
    // Setting the size also clears the canvas and resets its state, even
    // when it is unchanged.
    canvas.set_width(width);
    canvas.set_height(height);
    let elements = templates::layout(
        design.template,
        design.preset,
        photo.is_some(),
        design.verdict,
    );
    draw_elements(canvas, &elements, design, brand, photo, logo)
}

/// Draws `elements` in order on `canvas` as it is (no resize): what
/// [`draw`] does after laying out the template. Returns the slots whose
/// text overflowed.
pub fn draw_elements(
    canvas: &HtmlCanvasElement,
    elements: &[Element],
    design: &Design,
    brand: &Brand,
    photo: Option<&ImageBitmap>,
    logo: Option<&ImageBitmap>,
) -> Vec<Slot> {
    let Ok(ctx) = image::context_2d(canvas) else {
        return Vec::new();
    };
    let family = font_family(brand);
    let mut overflowed = Vec::new();
    for element in elements {
        match element {
            Element::Fill {
                rect,
                paint,
                radius,
            } => {
                ctx.set_fill_style_str(&colour(*paint, brand, design.verdict));
                rounded_rect(&ctx, rect, *radius);
                ctx.fill();
            }
            Element::Photo { rect, round } => {
                if let Some(photo) = photo {
                    draw_photo(&ctx, photo, rect, *round, design);
                }
            }
            Element::Logo { rect } => {
                if let Some(logo) = logo {
                    draw_logo(&ctx, logo, rect);
                }
            }
            Element::Text {
                slot,
                rect,
                paint,
                weight,
                align,
                max_size,
                min_size,
                line_height,
            } => {
                let words = design.text(*slot);
                if words.trim().is_empty() {
                    continue;
                }
                let mut current_size = f64::NAN;
                let mut measure = |s: &str, size: f64| {
                    // Setting `font` parses it: only when the size changes.
                    if size != current_size {
                        ctx.set_font(&font(*weight, size, family));
                        current_size = size;
                    }
                    ctx.measure_text(s).map_or(0.0, |m| m.width())
                };
                let fitted = text::fit_text(
                    words,
                    rect.w,
                    rect.h,
                    *max_size,
                    *min_size,
                    *line_height,
                    &mut measure,
                );
                if fitted.overflow {
                    overflowed.push(*slot);
                }
                ctx.save();
                if fitted.overflow {
                    // What is cut stays inside its box, off its neighbours.
                    ctx.begin_path();
                    ctx.rect(rect.x, rect.y, rect.w, rect.h);
                    ctx.clip();
                }
                ctx.set_font(&font(*weight, fitted.size, family));
                ctx.set_fill_style_str(&colour(*paint, brand, design.verdict));
                ctx.set_text_baseline("middle");
                let x = aligned(&ctx, rect, *align);
                let line = fitted.size * line_height;
                for (i, text_line) in fitted.lines.iter().enumerate() {
                    // Each line centred in its line box, from the top.
                    let y = rect.y + (i as f64 + 0.5) * line;
                    let _ = ctx.fill_text_with_max_width(text_line, x, y, rect.w);
                }
                ctx.restore();
            }
            Element::Label {
                text,
                rect,
                paint,
                size,
                align,
            } => {
                ctx.save();
                ctx.set_font(&font(LABEL_WEIGHT, *size, family));
                ctx.set_fill_style_str(&colour(*paint, brand, design.verdict));
                ctx.set_text_baseline("middle");
                let x = aligned(&ctx, rect, *align);
                let _ = ctx.fill_text_with_max_width(text, x, rect.y + rect.h / 2.0, rect.w);
                ctx.restore();
            }
        }
    }
    overflowed
}

/// The brand's font if it is one of the bundled ones, else the default:
/// the name goes into a CSS font string, and an unknown one would only
/// fall back anyway.
fn font_family(brand: &Brand) -> &'static str {
    FONTS
        .iter()
        .copied()
        .find(|f| *f == brand.font)
        .unwrap_or(FONTS[0])
}

/// The canvas font string; the browser's sans-serif stands in when the
/// bundled font did not load.
fn font(weight: u16, size: f64, family: &str) -> String {
    format!("{weight} {size}px '{family}', sans-serif")
}

/// The CSS colour of `paint`. `Workspace::brand` already repairs colours;
/// a brand made elsewhere with one that is not `#RRGGBB` still gives the
/// default's, since the canvas would silently keep the previous colour.
fn colour(paint: Paint, brand: &Brand, verdict: Verdict) -> String {
    let pick = |own: &str, default: String| {
        if is_hex_colour(own) {
            own.to_string()
        } else {
            default
        }
    };
    let default = Brand::default();
    match paint {
        Paint::Primary => pick(&brand.primary, default.primary),
        Paint::Accent => pick(&brand.accent, default.accent),
        Paint::Ink => pick(&brand.ink, default.ink),
        Paint::Paper => pick(&brand.paper, default.paper),
        Paint::White => "#ffffff".into(),
        Paint::Veil => VEIL.into(),
        Paint::Verdict => match verdict {
            Verdict::Hoax => "#c62828".into(),
            Verdict::Fact => "#2e7d32".into(),
        },
    }
}

/// Sets the text alignment for `align` and returns the x to draw at.
fn aligned(ctx: &CanvasRenderingContext2d, rect: &Rect, align: Align) -> f64 {
    match align {
        Align::Left => {
            ctx.set_text_align("left");
            rect.x
        }
        Align::Center => {
            ctx.set_text_align("center");
            rect.x + rect.w / 2.0
        }
    }
}

/// A rectangle with rounded corners as the current path. Built from arcs
/// rather than `roundRect`, which Safari before 16 lacks.
fn rounded_rect(ctx: &CanvasRenderingContext2d, rect: &Rect, radius: f64) {
    let r = radius.clamp(0.0, rect.w.min(rect.h) / 2.0);
    let (x, y, right, bottom) = (rect.x, rect.y, rect.x + rect.w, rect.y + rect.h);
    ctx.begin_path();
    ctx.move_to(x + r, y);
    // `arc_to` fails only for a negative radius, excluded above.
    let _ = ctx.arc_to(right, y, right, bottom, r);
    let _ = ctx.arc_to(right, bottom, x, bottom, r);
    let _ = ctx.arc_to(x, bottom, x, y, r);
    let _ = ctx.arc_to(x, y, right, y, r);
    ctx.close_path();
}

/// The photo cropped to cover `rect`; `round` clips it to the ellipse
/// inside the box (a circle in a square box).
fn draw_photo(
    ctx: &CanvasRenderingContext2d,
    photo: &ImageBitmap,
    rect: &Rect,
    round: bool,
    design: &Design,
) {
    let (img_w, img_h) = (f64::from(photo.width()), f64::from(photo.height()));
    let source = crop::cover_source(img_w, img_h, rect.w, rect.h, design.crop);
    ctx.save();
    ctx.begin_path();
    if round {
        let _ = ctx.ellipse(
            rect.x + rect.w / 2.0,
            rect.y + rect.h / 2.0,
            rect.w / 2.0,
            rect.h / 2.0,
            0.0,
            0.0,
            std::f64::consts::TAU,
        );
    } else {
        ctx.rect(rect.x, rect.y, rect.w, rect.h);
    }
    ctx.clip();
    let _ = ctx.draw_image_with_image_bitmap_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
        photo, source.x, source.y, source.w, source.h, rect.x, rect.y, rect.w, rect.h,
    );
    ctx.restore();
}

/// The logo scaled to fit inside `rect`, centred, never cropped.
fn draw_logo(ctx: &CanvasRenderingContext2d, logo: &ImageBitmap, rect: &Rect) {
    let (w, h) = (f64::from(logo.width()), f64::from(logo.height()));
    if w <= 0.0 || h <= 0.0 {
        return;
    }
    let scale = (rect.w / w).min(rect.h / h);
    let (dw, dh) = (w * scale, h * scale);
    let _ = ctx.draw_image_with_image_bitmap_and_dw_and_dh(
        logo,
        rect.x + (rect.w - dw) / 2.0,
        rect.y + (rect.h - dh) / 2.0,
        dw,
        dh,
    );
}

/// The canvas as a PNG: the blob (to download or share) and its bytes.
pub async fn to_png(canvas: &HtmlCanvasElement) -> Result<(Blob, Vec<u8>), String> {
    let blob = image::encode_as(canvas, "image/png", None)
        .await
        .map_err(|e| e.to_string())?;
    let bytes = super::read_file(&blob).await?;
    Ok((blob, bytes))
}

/// Decodes an image blob (a stored photo or the logo) for drawing, upright
/// as its EXIF says; `None` when it is not an image this browser reads.
pub async fn bitmap(blob: &Blob) -> Option<ImageBitmap> {
    image::decode(blob).await.ok()
}
