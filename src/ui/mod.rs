//! The user interface: one module per page, the shell around them, and the
//! app-wide state. Components call the domain for every rule and the
//! `AppState` for every save; they hold no logic of their own beyond
//! wiring inputs to both.

mod app;
mod backup;
mod calendar;
mod coverage;
mod designer;
mod evaluation;
mod format;
mod forms;
pub(crate) mod ideas;
mod lazy;
mod notice;
mod overlay;
mod plan_files;
mod post_editor;
mod router;
mod settings;
mod shell;
pub mod state;
mod sync;
mod tasks;
mod team;
mod update;

pub use app::App;
