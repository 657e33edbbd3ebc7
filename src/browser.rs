//! The two things the domain needs from the browser: the clock and
//! randomness. Kept here so that the domain stays free of browser calls.

pub mod canvas;
pub mod channel;
pub mod image;
pub mod panic;
pub mod quota;
pub mod timing;

use crate::domain::id::Id;
use crate::domain::time::Timestamp;

/// The current instant from the browser's clock.
pub fn now() -> Timestamp {
    Timestamp::from_unix_millis(js_sys::Date::now() as i64).unwrap_or(Timestamp::EPOCH)
}

/// A fresh UUID v4 from the browser's cryptographic random source.
pub fn new_id() -> Id {
    let mut bytes = [0u8; 16];
    let crypto = web_sys::window().and_then(|w| w.crypto().ok());
    match crypto {
        Some(c) if c.get_random_values_with_u8_array(&mut bytes).is_ok() => {}
        // Without Web Crypto (very old browsers), fall back to Math.random:
        // ids only need to be unique, not secret.
        _ => bytes
            .iter_mut()
            .for_each(|b| *b = (js_sys::Math::random() * 256.0) as u8),
    }
    Id::from_random_bytes(bytes)
}

/// Reads a file the person chose or dropped (or any blob), whole, as
/// bytes.
pub async fn read_file(file: &web_sys::Blob) -> Result<Vec<u8>, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Offers `bytes` as a download named `file_name`.
pub fn download(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let err = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let blob = image::blob_from_bytes(bytes, mime)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(err)?
        .dyn_into()
        .map_err(|_| "not an anchor".to_string())?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Free the blob once the browser has taken it; revoking at once can
    // cancel the download in some browsers.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    }
    Ok(())
}

/// Puts `text` on the clipboard. Fails when the browser refuses (no
/// permission, or the page is not focused); the caller says so and the text
/// stays on screen to be copied by hand.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let clipboard = web_sys::window()
        .ok_or("no window")?
        .navigator()
        .clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|e| format!("{e:?}"))
}

/// Offers a file to the system's share sheet (WhatsApp, e-mail, Bluetooth)
/// with the Web Share API. `Ok(false)` where the browser cannot share files
/// (most desktops): the caller downloads instead. A share the person
/// cancels is not an error.
pub async fn share_file(name: &str, mime: &str, bytes: &[u8]) -> Result<bool, String> {
    use js_sys::{Array, Function, Object, Reflect};
    use wasm_bindgen::JsCast;
    let err = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let navigator = web_sys::window().ok_or("no window")?.navigator();
    let method = |name: &str| {
        Reflect::get(&navigator, &name.into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
    };
    let (Some(can_share), Some(share)) = (method("canShare"), method("share")) else {
        return Ok(false);
    };
    let parts = Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    let file = web_sys::File::new_with_u8_array_sequence_and_options(&parts, name, &options)
        .map_err(err)?;
    let data = Object::new();
    Reflect::set(&data, &"files".into(), &Array::of1(&file)).map_err(err)?;
    Reflect::set(&data, &"title".into(), &name.into()).map_err(err)?;
    if !can_share.call1(&navigator, &data).map_err(err)?.is_truthy() {
        return Ok(false);
    }
    let promise: js_sys::Promise = share
        .call1(&navigator, &data)
        .map_err(err)?
        .dyn_into()
        .map_err(err)?;
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => Ok(true),
        Err(e) => {
            let cancelled = e
                .dyn_ref::<web_sys::DomException>()
                .is_some_and(|d| d.name() == "AbortError");
            if cancelled {
                Ok(true)
            } else {
                Err(err(e))
            }
        }
    }
}
