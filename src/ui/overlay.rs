//! A `<dialog>` that behaves as a modal one without the browser's modal
//! mode: for the post editor, opened and closed all day over a calendar
//! of many elements.
//!
//! Why: opening or closing a modal dialog (`showModal`) makes the whole
//! page behind it inert or active again, and the browser restyles every
//! element of the page. Over a month of 10,000 stored posts that cost more
//! than the save itself. A dialog shown with `show()` costs nothing of the
//! kind, so what the modal mode gave is done here instead:
//! - a backdrop that dims the page and takes its clicks (the caller draws
//!   it: an element with class `overlay-backdrop` just before the dialog);
//! - keyboard focus kept inside: Tab and Shift+Tab wrap around
//!   ([`Overlay::on_keydown`]);
//! - Escape, and a phone's back gesture where the browser has
//!   `CloseWatcher`, ask the caller to close;
//! - `aria-modal="true"` on the dialog, so that screen readers keep to it;
//! - focus back to what opened it when it closes.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlDialogElement, HtmlElement};

/// What can take focus inside the dialog, in document order.
const FOCUSABLE: &str =
    "a[href], button:not([disabled]), input:not([disabled]):not([type=\"hidden\"]), \
    select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex=\"-1\"])";

/// The state of one such dialog (Copy; made once by its component, which
/// stays mounted).
#[derive(Clone, Copy)]
pub struct Overlay {
    /// What had focus when it opened.
    opener: StoredValue<Option<HtmlElement>, LocalStorage>,
    /// The `CloseWatcher` while open.
    watcher: StoredValue<Option<JsValue>, LocalStorage>,
    /// What the dialog's owner does on a close request.
    close_request: StoredValue<std::rc::Rc<dyn Fn()>, LocalStorage>,
    /// The one handler every watcher calls (made once, kept: a handler
    /// must outlive its own call).
    on_close: StoredValue<Option<Closure<dyn FnMut()>>, LocalStorage>,
}

impl Overlay {
    /// A closed overlay; `close_request` runs on a phone's back gesture
    /// (Escape comes through [`Overlay::on_keydown`]).
    pub fn new(close_request: impl Fn() + 'static) -> Self {
        Overlay {
            opener: StoredValue::new_local(None),
            watcher: StoredValue::new_local(None),
            close_request: StoredValue::new_local(std::rc::Rc::new(close_request)),
            on_close: StoredValue::new_local(None),
        }
    }

    /// Shows `dialog` over the page.
    pub fn open(self, dialog: &HtmlDialogElement) {
        if dialog.open() {
            return;
        }
        self.opener.set_value(
            document()
                .active_element()
                .and_then(|e| e.dyn_into::<HtmlElement>().ok()),
        );
        let _ = dialog.set_attribute("aria-modal", "true");
        dialog.show();
        self.watch(dialog);
    }

    /// Closes `dialog` and puts focus back on what opened it, if that is
    /// still on the page: `Some(false)` when it is not (the caller finds a
    /// better place), `None` when the dialog was not open.
    pub fn close(self, dialog: &HtmlDialogElement) -> Option<bool> {
        if !dialog.open() {
            return None;
        }
        self.unwatch();
        let active = document().active_element();
        let had_focus = active.is_none_or(|a| dialog.contains(Some(a.as_ref())));
        dialog.close();
        let opener = self.opener.try_update_value(Option::take).flatten();
        match opener {
            Some(opener) if opener.is_connected() => {
                if had_focus {
                    let _ = opener.focus();
                }
                Some(true)
            }
            _ => Some(false),
        }
    }

    /// Tab and Shift+Tab wrap around the dialog's controls; Escape runs
    /// `escape`.
    pub fn on_keydown(
        self,
        ev: &web_sys::KeyboardEvent,
        dialog: &HtmlDialogElement,
        escape: impl FnOnce(),
    ) {
        match ev.key().as_str() {
            // Handled here, so the browser does not also send it to the
            // close watcher.
            "Escape" if !ev.default_prevented() => {
                ev.prevent_default();
                escape();
            }
            "Tab" => {
                let controls = focusable(dialog);
                let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
                    return;
                };
                let active = document().active_element();
                let on = |e: &HtmlElement| {
                    active
                        .as_ref()
                        .is_some_and(|a| a == AsRef::<web_sys::Element>::as_ref(e))
                };
                let to = match (ev.shift_key(), on(first), on(last)) {
                    (true, true, _) => last,
                    (false, _, true) => first,
                    _ => return,
                };
                ev.prevent_default();
                let _ = to.focus();
            }
            _ => {}
        }
    }

    /// Listens for a close request from the browser (Android's back
    /// gesture), where it has `CloseWatcher`. A request the owner turns
    /// down (to ask about unsaved text) leaves the dialog open: then a new
    /// watcher listens for the next.
    fn watch(self, dialog: &HtmlDialogElement) {
        let Ok(ctor) = js_sys::Reflect::get(&window(), &JsValue::from_str("CloseWatcher")) else {
            return;
        };
        let Some(ctor) = ctor.dyn_ref::<js_sys::Function>() else {
            return;
        };
        let Ok(watcher) = js_sys::Reflect::construct(ctor, &js_sys::Array::new()) else {
            return;
        };
        if self.on_close.with_value(Option::is_none) {
            let dialog = dialog.clone();
            let handler = Closure::<dyn FnMut()>::new(move || {
                // A watcher is spent once it fired.
                self.watcher.set_value(None);
                self.close_request.with_value(|request| request());
                // The owner closes through a signal and an effect: look
                // once the page has caught up.
                let dialog = dialog.clone();
                request_animation_frame(move || {
                    if dialog.open() && self.watcher.with_value(Option::is_none) {
                        self.watch(&dialog);
                    }
                });
            });
            self.on_close.set_value(Some(handler));
        }
        self.on_close.with_value(|handler| {
            if let Some(handler) = handler {
                let _ =
                    js_sys::Reflect::set(&watcher, &JsValue::from_str("onclose"), handler.as_ref());
            }
        });
        self.watcher.set_value(Some(watcher));
    }

    fn unwatch(self) {
        let Some(watcher) = self.watcher.try_update_value(Option::take).flatten() else {
            return;
        };
        if let Ok(destroy) = js_sys::Reflect::get(&watcher, &JsValue::from_str("destroy")) {
            if let Some(destroy) = destroy.dyn_ref::<js_sys::Function>() {
                let _ = destroy.call0(&watcher);
            }
        }
    }
}

/// The dialog's controls that can take focus now: not disabled, and drawn
/// (an element not drawn has no offset parent).
fn focusable(dialog: &HtmlDialogElement) -> Vec<HtmlElement> {
    let Ok(list) = dialog.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|e| e.offset_parent().is_some())
        .collect()
}
