//! The two things the domain needs from the browser: the clock and
//! randomness. Kept here so that the domain stays free of browser calls.

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
