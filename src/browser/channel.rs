//! A `BroadcastChannel` between the tabs of Siar open in one browser: each
//! tab says what it stored, the others read it back from IndexedDB.

use wasm_bindgen::prelude::*;
use web_sys::{BroadcastChannel, MessageEvent};

/// An open channel, listening while it lives.
pub struct Channel {
    inner: BroadcastChannel,
    // Kept alive for as long as the channel: the browser calls it.
    _listener: Closure<dyn FnMut(MessageEvent)>,
}

impl Channel {
    /// Opens the channel `name`; `on_message` gets every text another tab
    /// posts. `None` where the browser has no BroadcastChannel.
    pub fn open(name: &str, on_message: impl Fn(String) + 'static) -> Option<Channel> {
        let inner = BroadcastChannel::new(name).ok()?;
        let listener = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            if let Some(text) = ev.data().as_string() {
                on_message(text);
            }
        });
        inner.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        Some(Channel {
            inner,
            _listener: listener,
        })
    }

    /// Tells the other tabs (never this one).
    pub fn post(&self, text: &str) {
        let _ = self.inner.post_message(&JsValue::from_str(text));
    }
}
