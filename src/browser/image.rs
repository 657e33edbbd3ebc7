//! Photos from the camera roll, made small enough to keep offline: decode in
//! the browser, scale down, encode as JPEG.
//!
//! Coverage photos come straight from phones and cameras (4000–6000 px,
//! 3–15 MB each); stored as they are, a few events would use up the
//! browser's storage quota. The caller keeps a working copy (longest side
//! 2048) and a thumbnail (320) instead.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, CanvasRenderingContext2d, HtmlCanvasElement, ImageBitmap};

/// Sources larger than this are refused before decoding: a file this big is
/// a RAW or a panorama whose decoded pixels could exhaust a phone's memory.
pub const MAX_SOURCE_BYTES: u64 = 40 * 1024 * 1024;

/// What every resized image is encoded as. JPEG, because every browser can
/// encode and decode it; WebP would be smaller, but Safari's canvas cannot
/// encode it (it silently falls back to PNG), and the photos also leave Siar
/// in plan files that other tools must open.
pub const OUTPUT_MIME: &str = "image/jpeg";

/// JPEG quality: the common choice for photos, with artefacts that do not
/// show at screen size, and much smaller files than 0.9 and above.
const JPEG_QUALITY: f64 = 0.85;

/// A scaled-down image, encoded, as a blob (to store) and as bytes (to hash
/// for the photo id, or to put in a plan file).
#[derive(Debug, Clone)]
pub struct Resized {
    pub blob: Blob,
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
    /// The type the browser really encoded (`image/jpeg` in every current
    /// browser).
    pub mime: String,
}

/// Why an image could not be resized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageError {
    /// The browser cannot decode it: not an image, damaged, or a format
    /// this browser does not read (HEIC outside Safari).
    NotAnImage,
    /// The source is over [`MAX_SOURCE_BYTES`].
    TooLarge,
    /// The browser failed on the way (no canvas, out of memory), with its
    /// own words.
    Failed(String),
}

impl std::fmt::Display for ImageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImageError::NotAnImage => f.write_str("not an image this browser can read"),
            ImageError::TooLarge => write!(f, "larger than {MAX_SOURCE_BYTES} bytes"),
            ImageError::Failed(why) => write!(f, "image processing failed: {why}"),
        }
    }
}

fn failed(value: JsValue) -> ImageError {
    ImageError::Failed(js_error_text(&value))
}

pub(crate) fn js_error_text(value: &JsValue) -> String {
    match value.dyn_ref::<js_sys::Error>() {
        Some(e) => format!("{}: {}", e.name(), e.message()),
        None => format!("{value:?}"),
    }
}

/// The size of `width`×`height` scaled so that its longest side is at most
/// `longest_side`, keeping the aspect ratio. Never upscales; no side drops
/// below one pixel.
pub fn fitted_size(width: u32, height: u32, longest_side: u32) -> (u32, u32) {
    let longest = width.max(height);
    let limit = longest_side.max(1);
    if longest <= limit {
        return (width, height);
    }
    let scale = |side: u32| {
        ((u64::from(side) * u64::from(limit) + u64::from(longest) / 2) / u64::from(longest)).max(1)
            as u32
    };
    (scale(width), scale(height))
}

/// Decodes `file`, scales it so that its longest side is at most
/// `longest_side` (never up), and encodes it as JPEG.
///
/// EXIF orientation is applied while decoding, so a portrait photo from a
/// phone comes out upright and the EXIF block (with its GPS position) is not
/// carried over. Transparent areas (PNG logos, screenshots) become white,
/// since JPEG has no transparency and would otherwise turn them black.
pub async fn resize(file: &Blob, longest_side: u32) -> Result<Resized, ImageError> {
    if file.size() > MAX_SOURCE_BYTES as f64 {
        return Err(ImageError::TooLarge);
    }
    let bitmap = decode(file).await?;
    let drawn = draw_scaled(&bitmap, longest_side);
    // Free the decoded pixels now rather than whenever the GC runs: a
    // decoded 24-megapixel photo holds about 100 MB.
    bitmap.close();
    let canvas = drawn?;
    let blob = encode(&canvas).await?;
    let buffer = JsFuture::from(blob.array_buffer()).await.map_err(failed)?;
    Ok(Resized {
        bytes: js_sys::Uint8Array::new(&buffer).to_vec(),
        width: canvas.width(),
        height: canvas.height(),
        mime: blob.type_(),
        blob,
    })
}

/// Decodes with `createImageBitmap`, which reads every format the browser
/// shows in `<img>` without touching the DOM, and does not trust the blob's
/// type: pickers on some Android phones label photos
/// `application/octet-stream`.
pub(crate) async fn decode(file: &Blob) -> Result<ImageBitmap, ImageError> {
    let window = web_sys::window().ok_or_else(|| ImageError::Failed("no window".into()))?;
    let options = web_sys::ImageBitmapOptions::new();
    // The default in current browsers, but older Chromium (before the spec
    // renamed "none" to "from-image") needs to be told.
    options.set_image_orientation(web_sys::ImageOrientation::FromImage);
    let promise = window
        .create_image_bitmap_with_blob_and_image_bitmap_options(file, &options)
        .map_err(failed)?;
    // For a blob source the only rejection the spec allows is "cannot be
    // decoded" (InvalidStateError); browsers differ in its message.
    let bitmap = JsFuture::from(promise)
        .await
        .map_err(|_| ImageError::NotAnImage)?;
    let bitmap: ImageBitmap = bitmap.unchecked_into();
    if bitmap.width() == 0 || bitmap.height() == 0 {
        bitmap.close();
        return Err(ImageError::NotAnImage);
    }
    Ok(bitmap)
}

/// A canvas of `width`×`height` (not in the page) and its 2D context.
fn canvas(
    width: u32,
    height: u32,
) -> Result<(HtmlCanvasElement, CanvasRenderingContext2d), ImageError> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| ImageError::Failed("no document".into()))?;
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(failed)?
        .unchecked_into();
    canvas.set_width(width);
    canvas.set_height(height);
    let context = context_2d(&canvas)?;
    Ok((canvas, context))
}

/// The 2D context of `canvas`, set up to scale images well. Call it again
/// after resizing the canvas: a new size resets the context's state.
pub(crate) fn context_2d(
    canvas: &HtmlCanvasElement,
) -> Result<CanvasRenderingContext2d, ImageError> {
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(failed)?
        .ok_or_else(|| ImageError::Failed("no 2d context".into()))?
        .unchecked_into();
    // Not in web-sys' bindings. "high" asks Chromium and Safari for a
    // proper downscaling filter instead of bilinear; others ignore it.
    let _ = js_sys::Reflect::set(&context, &"imageSmoothingQuality".into(), &"high".into());
    Ok(context)
}

/// Draws `bitmap` scaled to fit `longest_side`. Large reductions go by
/// halves: one bilinear step from 4000 px to 320 px skips most source
/// pixels and gives moiré on fabric and roof tiles; halving averages them.
fn draw_scaled(bitmap: &ImageBitmap, longest_side: u32) -> Result<HtmlCanvasElement, ImageError> {
    let (width, height) = fitted_size(bitmap.width(), bitmap.height(), longest_side);
    let mut current: Option<HtmlCanvasElement> = None;
    let (mut w, mut h) = (bitmap.width(), bitmap.height());
    while w > width.saturating_mul(2) && h > height.saturating_mul(2) {
        (w, h) = (w.div_ceil(2), h.div_ceil(2));
        let (step, context) = canvas(w, h)?;
        draw(&context, bitmap, current.as_ref(), w, h)?;
        current = Some(step);
    }
    let (target, context) = canvas(width, height)?;
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, f64::from(width), f64::from(height));
    draw(&context, bitmap, current.as_ref(), width, height)?;
    Ok(target)
}

/// Draws the previous step if there is one, else the bitmap, at `w`×`h`.
fn draw(
    context: &CanvasRenderingContext2d,
    bitmap: &ImageBitmap,
    previous: Option<&HtmlCanvasElement>,
    w: u32,
    h: u32,
) -> Result<(), ImageError> {
    let (w, h) = (f64::from(w), f64::from(h));
    match previous {
        Some(canvas) => {
            context.draw_image_with_html_canvas_element_and_dw_and_dh(canvas, 0.0, 0.0, w, h)
        }
        None => context.draw_image_with_image_bitmap_and_dw_and_dh(bitmap, 0.0, 0.0, w, h),
    }
    .map_err(failed)
}

/// Encodes a resized photo as JPEG.
async fn encode(canvas: &HtmlCanvasElement) -> Result<Blob, ImageError> {
    encode_as(canvas, OUTPUT_MIME, Some(JPEG_QUALITY)).await
}

/// `canvas.toBlob` as a future: `mime` at `quality` (0 to 1, for lossy
/// types; `None` for the browser's default). A browser that cannot encode
/// `mime` falls back to PNG, so callers that care check the blob's type.
pub(crate) async fn encode_as(
    canvas: &HtmlCanvasElement,
    mime: &str,
    quality: Option<f64>,
) -> Result<Blob, ImageError> {
    let mut thrown = None;
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let callback = wasm_bindgen::closure::Closure::once_into_js(move |blob: JsValue| {
            let _ = resolve.call1(&JsValue::NULL, &blob);
        });
        let quality = quality.map_or(JsValue::UNDEFINED, JsValue::from_f64);
        if let Err(e) =
            canvas.to_blob_with_type_and_encoder_options(callback.unchecked_ref(), mime, &quality)
        {
            thrown = Some(e);
        }
    });
    if let Some(e) = thrown {
        return Err(failed(e));
    }
    let value = JsFuture::from(promise).await.map_err(failed)?;
    // `toBlob` hands over null when it cannot encode (canvas too large for
    // the device, or out of memory).
    value
        .dyn_into::<Blob>()
        .map_err(|_| ImageError::Failed("the browser could not encode the image".into()))
}

/// A `blob:` URL for showing `blob` in an `<img>`; revoke it with
/// [`revoke_url`] when the image leaves the page, or the blob stays in
/// memory until the tab closes.
pub fn object_url(blob: &Blob) -> Option<String> {
    web_sys::Url::create_object_url_with_blob(blob).ok()
}

/// Frees a URL made by [`object_url`].
pub fn revoke_url(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}

/// A blob of `mime` holding `bytes` (copied).
pub fn blob_from_bytes(bytes: &[u8], mime: &str) -> Result<Blob, String> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(|e| js_error_text(&e))
}
