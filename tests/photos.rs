//! Browser tests of coverage photos: resizing, the photo store and the
//! quota helper, in headless Chromium:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test photos`.
#![cfg(target_arch = "wasm32")]

use siar::browser::image::{self, blob_from_bytes, fitted_size, resize, ImageError};
use siar::browser::quota::{self, Estimate};
use siar::domain::id::Id;
use siar::domain::member::{Member, MemberData, Role};
use siar::domain::record::Record;
use siar::domain::time::Timestamp;
use siar::storage::{schema_version, Db, StorageError};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Blob, CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A `width`×`height` test picture (two colours, so that it is not one flat
/// block), encoded by the browser as `mime`.
async fn picture(width: u32, height: u32, mime: &str) -> Blob {
    let canvas: HtmlCanvasElement = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_element("canvas")
        .unwrap()
        .unchecked_into();
    canvas.set_width(width);
    canvas.set_height(height);
    let context: CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    context.set_fill_style_str("#1f6f8b");
    context.fill_rect(0.0, 0.0, f64::from(width), f64::from(height));
    context.set_fill_style_str("#f2b134");
    context.fill_rect(0.0, 0.0, f64::from(width) / 2.0, f64::from(height) / 2.0);
    let mime = mime.to_string();
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let callback = wasm_bindgen::closure::Closure::once_into_js(move |blob: JsValue| {
            resolve.call1(&JsValue::NULL, &blob).unwrap();
        });
        canvas
            .to_blob_with_type(callback.unchecked_ref(), &mime)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap().unchecked_into()
}

async fn bytes_of(blob: &Blob) -> Vec<u8> {
    let buffer = JsFuture::from(blob.array_buffer()).await.unwrap();
    js_sys::Uint8Array::new(&buffer).to_vec()
}

fn is_jpeg(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xD8])
}

#[wasm_bindgen_test]
fn fitted_sizes_keep_the_aspect_and_never_upscale() {
    assert_eq!(fitted_size(3000, 2000, 2048), (2048, 1365));
    assert_eq!(fitted_size(2000, 3000, 320), (213, 320));
    assert_eq!(fitted_size(200, 100, 2048), (200, 100));
    assert_eq!(fitted_size(2048, 10, 2048), (2048, 10));
    // A sliver keeps at least one pixel.
    assert_eq!(fitted_size(10_000, 1, 320), (320, 1));
}

#[wasm_bindgen_test]
async fn a_large_photo_becomes_a_jpeg_working_copy_and_a_thumbnail() {
    let source = picture(3000, 2000, "image/png").await;

    let full = resize(&source, 2048).await.unwrap();
    assert_eq!(full.width, 2048);
    assert!((1365..=1366).contains(&full.height), "{}", full.height);
    assert_eq!(full.mime, "image/jpeg");
    assert!(is_jpeg(&full.bytes));
    assert_eq!(full.bytes.len() as f64, full.blob.size());
    assert_eq!(bytes_of(&full.blob).await, full.bytes);

    let thumb = resize(&source, 320).await.unwrap();
    assert_eq!(thumb.width, 320);
    assert!((213..=214).contains(&thumb.height), "{}", thumb.height);
    assert!(is_jpeg(&thumb.bytes));
    assert!(thumb.bytes.len() < full.bytes.len());
}

#[wasm_bindgen_test]
async fn a_small_image_is_not_upscaled() {
    let source = picture(200, 100, "image/png").await;
    let resized = resize(&source, 2048).await.unwrap();
    assert_eq!((resized.width, resized.height), (200, 100));
    assert!(is_jpeg(&resized.bytes));
}

#[wasm_bindgen_test]
async fn what_is_not_an_image_is_refused() {
    let text = blob_from_bytes(b"Rapat koordinasi Bupati", "text/plain").unwrap();
    assert_eq!(
        resize(&text, 2048).await.err(),
        Some(ImageError::NotAnImage)
    );
    // The type does not fool it: the bytes are decoded.
    let fake = blob_from_bytes(b"\x89PNG but not really", "image/png").unwrap();
    assert_eq!(
        resize(&fake, 2048).await.err(),
        Some(ImageError::NotAnImage)
    );
}

#[wasm_bindgen_test]
async fn a_source_over_40_mb_is_refused_before_decoding() {
    let mib = js_sys::Uint8Array::new_with_length(1024 * 1024);
    let parts = js_sys::Array::new();
    for _ in 0..41 {
        parts.push(&mib);
    }
    let huge = Blob::new_with_u8_array_sequence(&parts).unwrap();
    assert_eq!(resize(&huge, 2048).await.err(), Some(ImageError::TooLarge));
}

/// `jpeg` with an EXIF block saying "rotate 90° clockwise to view"
/// (orientation 6), as phones write for portrait photos.
fn with_exif_orientation_6(jpeg: &[u8]) -> Vec<u8> {
    let exif: &[u8] = &[
        0xFF, 0xE1, 0x00, 0x22, // APP1, length 34
        b'E', b'x', b'i', b'f', 0, 0, // EXIF header
        b'M', b'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, // TIFF, big-endian, IFD at 8
        0x00, 0x01, // one entry
        0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00,
        0x00, // Orientation = 6
        0x00, 0x00, 0x00, 0x00, // no next IFD
    ];
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(exif);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// Pins EXIF handling: a phone's portrait photo, stored landscape with an
/// orientation tag, comes out upright (taller than wide).
#[wasm_bindgen_test]
async fn the_exif_orientation_is_applied() {
    let landscape = bytes_of(&picture(400, 200, "image/jpeg").await).await;
    let portrait = blob_from_bytes(&with_exif_orientation_6(&landscape), "image/jpeg").unwrap();
    let resized = resize(&portrait, 2048).await.unwrap();
    assert_eq!((resized.width, resized.height), (200, 400));
}

#[wasm_bindgen_test]
fn object_urls_are_made_and_revoked() {
    let blob = blob_from_bytes(&[1, 2, 3], "image/jpeg").unwrap();
    let url = image::object_url(&blob).unwrap();
    assert!(url.starts_with("blob:"), "{url}");
    image::revoke_url(&url);
}

#[wasm_bindgen_test]
fn fits_keeps_five_percent_of_the_quota_free() {
    let estimate = Estimate {
        usage: 50,
        quota: 1_000,
    };
    assert!(quota::fits(&estimate, 900));
    assert!(!quota::fits(&estimate, 901));
    assert!(!quota::fits(&estimate, u64::MAX));
    let full = Estimate {
        usage: 1_000,
        quota: 1_000,
    };
    assert!(!quota::fits(&full, 0));
}

#[wasm_bindgen_test]
async fn the_browser_reports_an_estimate() {
    let estimate = quota::estimate()
        .await
        .expect("Chromium has navigator.storage");
    assert!(estimate.quota > 0);
    // Headless Chromium may refuse; it must answer either way.
    let _ = quota::persist().await;
}

const PHOTO_A: &str = "a3f1c0de5b2e4d6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7";
const PHOTO_B: &str = "0b1c2d3e4f5061728394a5b6c7d8e9f00112233445566778899aabbccddeeff0";

#[wasm_bindgen_test]
async fn photos_are_stored_read_counted_and_deleted() {
    let name = "t-photos";
    Db::delete(name).await.unwrap();
    let db = Db::open(name).await.unwrap();
    assert!(db.photo_ids().await.unwrap().is_empty());
    assert_eq!(db.photos_usage().await.unwrap(), 0);
    assert!(db.photo_blob(PHOTO_A).await.unwrap().is_none());

    let source = picture(800, 600, "image/png").await;
    let full = resize(&source, 2048).await.unwrap();
    let thumb = resize(&source, 320).await.unwrap();
    db.put_photo(PHOTO_A, &full.mime, &full.blob, &thumb.blob)
        .await
        .unwrap();
    let small = blob_from_bytes(&[0xFF, 0xD8, 0xFF, 0xD9], "image/jpeg").unwrap();
    db.put_photo(PHOTO_B, "image/jpeg", &small, &small)
        .await
        .unwrap();

    let stored = db.photo_blob(PHOTO_A).await.unwrap().unwrap();
    assert_eq!(stored.type_(), "image/jpeg");
    assert_eq!(bytes_of(&stored).await, full.bytes);
    let stored_thumb = db.thumb_blob(PHOTO_A).await.unwrap().unwrap();
    assert_eq!(bytes_of(&stored_thumb).await, thumb.bytes);

    assert_eq!(db.photo_ids().await.unwrap(), vec![PHOTO_B, PHOTO_A]);
    let usage = (full.bytes.len() + thumb.bytes.len() + 8) as u64;
    assert_eq!(db.photos_usage().await.unwrap(), usage);

    // Storing the same id again replaces the entry.
    db.put_photo(PHOTO_B, "image/jpeg", &small, &small)
        .await
        .unwrap();
    assert_eq!(db.photos_usage().await.unwrap(), usage);

    db.delete_photo(PHOTO_A).await.unwrap();
    assert!(db.photo_blob(PHOTO_A).await.unwrap().is_none());
    assert!(db.thumb_blob(PHOTO_A).await.unwrap().is_none());
    assert_eq!(db.photo_ids().await.unwrap(), vec![PHOTO_B]);
    assert_eq!(db.photos_usage().await.unwrap(), 8);
    // Deleting what is gone is no error.
    db.delete_photo(PHOTO_A).await.unwrap();
    db.close();
    Db::delete(name).await.unwrap();
}

/// Makes the next `IDBObjectStore.put` throw, as a full disk would.
fn fail_next_put() {
    js_sys::eval(
        "(() => { const put = IDBObjectStore.prototype.put; \
           IDBObjectStore.prototype.put = function () { \
             IDBObjectStore.prototype.put = put; \
             throw new DOMException('full', 'QuotaExceededError'); }; })()",
    )
    .unwrap();
}

#[wasm_bindgen_test]
async fn a_full_quota_is_reported_and_nothing_is_stored() {
    let name = "t-photos-quota";
    Db::delete(name).await.unwrap();
    let db = Db::open(name).await.unwrap();
    let small = blob_from_bytes(&[0xFF, 0xD8, 0xFF, 0xD9], "image/jpeg").unwrap();
    fail_next_put();
    assert_eq!(
        db.put_photo(PHOTO_A, "image/jpeg", &small, &small).await,
        Err(StorageError::QuotaExceeded)
    );
    assert!(db.photo_ids().await.unwrap().is_empty());
    db.close();
    Db::delete(name).await.unwrap();
}

fn member(id: &'static str, name: &str) -> Member {
    Record::new(
        Id::fixed(id),
        Timestamp::from_unix_millis(1_764_000_000_000).unwrap(),
        MemberData {
            name: name.to_string(),
            role: Role::Intern,
            active: true,
        },
    )
}

#[wasm_bindgen_test]
async fn a_version_2_database_gains_the_photo_store_and_keeps_its_records() {
    let name = "t-photos-migrate";
    Db::delete(name).await.unwrap();
    let old = Db::open_at(name, 2).await.unwrap();
    // Before the migration there is no photo store to read.
    assert!(old.photo_ids().await.is_err());
    let m = member("m-1", "Fotografer Dinas");
    old.put(&m).await.unwrap();
    old.close();

    let db = Db::open(name).await.unwrap();
    assert_eq!(db.version(), schema_version());
    assert_eq!(db.get::<MemberData>("m-1").await.unwrap(), Some(m));
    assert!(db.photo_ids().await.unwrap().is_empty());
    let small = blob_from_bytes(&[0xFF, 0xD8, 0xFF, 0xD9], "image/jpeg").unwrap();
    db.put_photo(PHOTO_A, "image/jpeg", &small, &small)
        .await
        .unwrap();
    assert_eq!(db.photo_ids().await.unwrap(), vec![PHOTO_A]);
    db.close();
    Db::delete(name).await.unwrap();
}
