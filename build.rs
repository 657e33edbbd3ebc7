//! Generates the `i18n` module from `locales/*.json` with `leptos_i18n_build`
//! (the crate's replacement for the deprecated `load_locales!` macro).

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::error::Error;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");

    // Only the browser build has a user interface to translate.
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32") {
        return Ok(());
    }

    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    // Indonesian is the default locale: the people using Siar work in it.
    // `interpolate_display` lets `t_string!` fill in values, for attributes
    // such as `aria-label="Hapus {{ name }}"` and for notices.
    let options = ParseOptions::default().interpolate_display(true);
    let cfg = Config::new("id")?.add_locale("en")?.parse_options(options);
    let translations = TranslationsInfos::parse(cfg)?;
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(out_dir.join("i18n"))?;
    Ok(())
}
