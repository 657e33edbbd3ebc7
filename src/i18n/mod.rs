//! The one translation layer: every visible string comes from
//! `locales/<lang>.json` through the module that `leptos_i18n_build`
//! generates in `build.rs`. Indonesian (`id`) is the default; English (`en`)
//! is the second language. Use `t!(i18n, key)` in views and `t_string!`
//! where a plain string is needed (attributes, notices).

// The generated module is named `i18n` too, and is not ours to document.
#![allow(missing_docs, clippy::module_inception)]

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub use self::i18n::*;
pub use leptos_i18n::I18nContext;
