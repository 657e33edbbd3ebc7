//! The browser entry point; the app itself is the `siar` library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    siar::start();
}
