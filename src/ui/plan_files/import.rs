//! Importing a plan file: read, validate every rule, preview the merge,
//! then apply it in one transaction, or change nothing.

use leptos::prelude::*;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

use std::sync::Arc;

use crate::browser;
use crate::browser::image::{blob_from_bytes, resize};
use crate::browser::timing;
use crate::domain::bundle::{self, is_zip, read_bundle, BundleError, BundlePhoto};
use crate::domain::merge::{preview, KindCounts, MergePreview};
use crate::domain::plan::Plan;
use crate::domain::validate::{read_plan, ImportError, MAX_FILE_BYTES};
use crate::i18n::*;
use crate::ui::forms::{kind_label, modal_while};
use crate::ui::notice::write_failed_text;
use crate::ui::plan_files::problems::{problem_sentence, refusal_sentence};
use crate::ui::state::{AppState, Notice};

/// Where an import is.
#[derive(Clone)]
enum Step {
    /// The file is being read and checked.
    Reading { name: String },
    /// The file was refused; nothing changed.
    Refused { name: String, error: ImportError },
    /// A `.zip` that could not be read; nothing changed.
    RefusedBundle { name: String, error: BundleError },
    /// The file is valid; the person decides.
    Ready {
        name: String,
        plan: Box<Plan>,
        preview: MergePreview,
        /// Photos that came with it in a `.zip`.
        photos: Arc<Vec<BundlePhoto>>,
    },
}

/// Reads a plan file, or a `.zip` of a plan file with its photos.
fn read_any(name: String, bytes: &[u8], local: &Plan) -> Step {
    let (plan_bytes, photos) = if is_zip(bytes) {
        match read_bundle(bytes) {
            Ok(b) => (b.plan, b.photos),
            Err(error) => return Step::RefusedBundle { name, error },
        }
    } else {
        (bytes.to_vec(), Vec::new())
    };
    match read_plan(&plan_bytes) {
        Err(error) => Step::Refused { name, error },
        Ok(plan) => Step::Ready {
            name,
            preview: preview(local, &plan),
            plan: Box::new(plan),
            photos: Arc::new(photos),
        },
    }
}

/// Stores the photos of a `.zip`, each with a thumbnail made here.
async fn store_photos(state: AppState, photos: &[BundlePhoto]) -> Result<(), String> {
    let Some(db) = state.db() else {
        return Ok(());
    };
    for p in photos {
        let full = blob_from_bytes(&p.bytes, &p.mime)?;
        let thumb = resize(&full, 320).await.map_err(|e| format!("{e:?}"))?;
        db.put_photo(&p.id, &p.mime, &full, &thumb.blob)
            .await
            .map_err(|e| format!("{e:?}"))?;
    }
    Ok(())
}

/// The import in progress, shared by the picker, the drop target and the
/// dialog. Choosing a file only records it here: reading and checking it is
/// the dialog's work, loaded with the dialog when first needed.
#[derive(Clone, Copy)]
pub struct ImportFlow {
    /// The file chosen or dropped, until the dialog takes it.
    chosen: RwSignal<Option<SendWrapper<web_sys::File>>>,
    step: RwSignal<Option<Step>>,
    // Held here because a drop arrives outside any component, where the
    // context cannot be looked up.
    state: AppState,
}

impl ImportFlow {
    /// Creates the flow, provides it, and makes the whole window a drop
    /// target for plan files.
    pub fn provide() -> Self {
        let flow = ImportFlow {
            chosen: RwSignal::new(None),
            step: RwSignal::new(None),
            state: expect_context::<AppState>(),
        };
        provide_context(flow);
        let _ = window_event_listener(leptos::ev::dragover, move |ev| {
            if carries_files(&ev) {
                // Allows the drop; without this the browser opens the file.
                ev.prevent_default();
            }
        });
        let _ = window_event_listener(leptos::ev::drop, move |ev| {
            if !carries_files(&ev) {
                return;
            }
            ev.prevent_default();
            let file = ev
                .data_transfer()
                .and_then(|dt| dt.files())
                .and_then(|fs| fs.get(0));
            if let Some(file) = file {
                flow.choose(file);
            }
        });
        flow
    }

    /// Whether a file was ever chosen: the dialog is loaded from then on.
    pub fn started(self) -> bool {
        self.chosen.with(Option::is_some) || self.step.with(Option::is_some)
    }

    /// Starts an import from the file input's `change` event.
    pub fn take_from_input(self, ev: &leptos::ev::Event) {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|fs| fs.get(0)) {
            self.choose(file);
        }
        // Choosing the same file again must start a new import.
        input.set_value("");
    }

    fn choose(self, file: web_sys::File) {
        timing::mark(timing::IMPORT_CHOSEN);
        self.chosen.set(Some(SendWrapper::new(file)));
    }

    /// Starts reading the chosen file, if there is one (the dialog calls
    /// this whenever a file is chosen).
    fn take_chosen(self) {
        if let Some(file) = self.chosen.get() {
            self.chosen.set(None);
            self.start(file.take());
        }
    }

    fn start(self, file: web_sys::File) {
        let state = self.state;
        let name = file.name();
        // Refuse a huge file before reading it into memory; a `.zip`
        // carries photos and may be larger.
        let size = file.size() as usize;
        let limit = if name.to_lowercase().ends_with(".zip") {
            bundle::MAX_TOTAL_BYTES as usize
        } else {
            MAX_FILE_BYTES
        };
        if size > limit {
            self.step.set(Some(Step::Refused {
                name,
                error: ImportError::TooLarge { bytes: size },
            }));
            return;
        }
        self.step.set(Some(Step::Reading { name: name.clone() }));
        spawn_local(async move {
            // The preview compares with every stored record.
            state.when_loaded().await;
            let next = match browser::read_file(&file).await {
                Err(_) => Step::Refused {
                    name,
                    error: ImportError::NotJson { line: 0, column: 0 },
                },
                Ok(bytes) => read_any(name, &bytes, &state.local_plan()),
            };
            self.step.set(Some(next));
            timing::mark_after_paint(timing::IMPORT_PREVIEW);
        });
    }

    fn close(self) {
        self.step.set(None);
    }
}

fn carries_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer()
        .map(|dt| dt.types().includes(&"Files".into(), 0))
        .unwrap_or(false)
}

/// The modal dialog that shows the import's progress, refusal or preview.
#[component]
pub fn ImportDialog(flow: ImportFlow) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let applying = RwSignal::new(false);
    // A failed write, said inside the dialog: the page's notice is behind
    // the modal backdrop.
    let failed = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        flow.step.track();
        failed.set(None);
    });
    // Every file chosen, the first included (it loaded this dialog).
    Effect::new(move |_| flow.take_chosen());

    // Open the native modal dialog (focus moves in, Escape closes it)
    // whenever an import starts, and close it when the import ends.
    modal_while(
        dialog,
        move || flow.step.with(|s| s.as_ref().map(|_| ())),
        |()| {},
    );

    let apply = move |_| {
        let Some(Step::Ready {
            plan,
            preview,
            photos,
            ..
        }) = flow.step.get_untracked()
        else {
            return;
        };
        applying.set(true);
        failed.set(None);
        timing::mark(timing::IMPORT_APPLY);
        spawn_local(async move {
            // Photos first: a record never names a photo that is not here.
            if let Err(why) = store_photos(state, &photos).await {
                state.notify(t_string!(i18n, plan.photos_failed, why = why).to_string());
                applying.set(false);
                flow.close();
                return;
            }
            if state.import(&plan).await {
                state.notify(applied_message(i18n, &preview));
                flow.close();
                timing::mark_after_paint(timing::IMPORT_APPLIED);
            } else if let Some(Notice::WriteFailed(err)) = state.notice.get_untracked() {
                failed.set(Some(write_failed_text(i18n, &err)));
            }
            applying.set(false);
        });
    };

    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby="import-title" on:close=move |_| flow.close()>
            {move || match flow.step.get() {
                None => None,
                Some(Step::Reading { name }) => Some(view! {
                    <h2 id="import-title">{t!(i18n, plan.import)}</h2>
                    <p>{t_string!(i18n, plan.reading, name = name).to_string()}</p>
                }.into_any()),
                Some(Step::Refused { name, error }) => Some(view! {
                    <h2 id="import-title">{t_string!(i18n, plan.refused_title, name = name).to_string()}</h2>
                    <Refusal error />
                    <div class="dialog-actions">
                        <button type="button" class="primary" on:click=move |_| flow.close()>{t!(i18n, plan.close)}</button>
                    </div>
                }.into_any()),
                Some(Step::RefusedBundle { name, error }) => Some(view! {
                    <h2 id="import-title">{t_string!(i18n, plan.refused_title, name = name).to_string()}</h2>
                    <p role="alert" data-testid="import-error">{bundle_refusal(i18n, &error)}</p>
                    <div class="dialog-actions">
                        <button type="button" class="primary" on:click=move |_| flow.close()>{t!(i18n, plan.close)}</button>
                    </div>
                }.into_any()),
                Some(Step::Ready { name, preview, photos, .. }) => Some(view! {
                    <h2 id="import-title">{t_string!(i18n, plan.preview_title, name = name).to_string()}</h2>
                    <p>{t!(i18n, plan.preview_intro)}</p>
                    {(!photos.is_empty()).then(|| view! {
                        <p data-testid="import-photos">{t_string!(i18n, plan.zip_photos, count = photos.len()).to_string()}</p>
                    })}
                    <PreviewTable preview />
                    {move || failed.get().map(|text| view! {
                        <p class="field-error" role="alert" data-testid="import-write-failed">{text}</p>
                    })}
                    <div class="dialog-actions">
                        <button type="button" class="primary" on:click=apply disabled=move || applying.get()>
                            {t!(i18n, plan.apply)}
                        </button>
                        <button type="button" on:click=move |_| flow.close()>{t!(i18n, common.cancel)}</button>
                    </div>
                }.into_any()),
            }}
        </dialog>
    }
}

/// Why the file was refused, with every problem found (up to 50), as an
/// alert so that screen readers announce it.
#[component]
fn Refusal(error: ImportError) -> impl IntoView {
    let i18n = use_i18n();
    let summary = refusal_sentence(i18n, &error);
    let (problems, more) = match &error {
        ImportError::Invalid { problems, total } => {
            (problems.clone(), total.saturating_sub(problems.len()))
        }
        _ => (Vec::new(), 0),
    };
    // A refusal of the whole file (e.g. a newer version) still names the
    // place in the file where it comes from, when there is one.
    let whole_file_path = match &error {
        ImportError::Invalid { .. } => None,
        other => other.path().map(str::to_string),
    };
    view! {
        <div class="import-refusal" role="alert" data-testid="import-error">
            <p>
                {whole_file_path.map(|p| view! { <code>{p}</code>": " })}
                {summary}
            </p>
            <ul class="problems">
                {problems.into_iter().map(|p| view! {
                    <li><code>{p.path.clone()}</code>": "{problem_sentence(i18n, &p.kind)}</li>
                }).collect_view()}
            </ul>
            {(more > 0).then(|| view! { <p>{t_string!(i18n, plan.more_problems, count = more).to_string()}</p> })}
            <p>{t!(i18n, plan.refused_intro)}</p>
        </div>
    }
}

/// Per record kind: how many records the import adds, updates, leaves and
/// deletes.
#[component]
fn PreviewTable(preview: MergePreview) -> impl IntoView {
    let i18n = use_i18n();
    let workspace_updated = preview.workspace_updated;
    view! {
        <div class="table-scroll">
        <table class="preview" data-testid="import-preview">
            <thead>
                <tr>
                    <th scope="col">{t!(i18n, plan.col_kind)}</th>
                    <th scope="col">{t!(i18n, plan.col_added)}</th>
                    <th scope="col">{t!(i18n, plan.col_updated)}</th>
                    <th scope="col">{t!(i18n, plan.col_unchanged)}</th>
                    <th scope="col">{t!(i18n, plan.col_deleted)}</th>
                </tr>
            </thead>
            <tbody>
                {preview.kinds.into_iter().map(|(kind, c)| view! {
                    <tr data-kind=kind.plan_key()>
                        <th scope="row">{move || kind_label(i18n, kind)}</th>
                        <td>{c.added}</td>
                        <td>{c.updated}</td>
                        <td>{c.unchanged}</td>
                        <td>{c.deleted}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
        {workspace_updated.then(|| view! { <p>{t!(i18n, plan.workspace_updated)}</p> })}
    }
}

fn applied_message(i18n: I18nContext<Locale>, preview: &MergePreview) -> String {
    let total = preview
        .kinds
        .iter()
        .fold(KindCounts::default(), |mut acc, (_, c)| {
            acc.added += c.added;
            acc.updated += c.updated;
            acc.deleted += c.deleted;
            acc
        });
    if total.added + total.updated + total.deleted == 0 && !preview.workspace_updated {
        return t_string!(i18n, plan.nothing_new).to_string();
    }
    t_string!(
        i18n,
        plan.applied,
        added = total.added,
        updated = total.updated,
        deleted = total.deleted
    )
    .to_string()
}

/// Why a `.zip` was refused, in words.
fn bundle_refusal(i18n: I18nContext<Locale>, error: &BundleError) -> String {
    let why = match error {
        BundleError::NotZip => t_string!(i18n, plan.zip_not_zip).to_string(),
        BundleError::NoPlan => t_string!(i18n, plan.zip_no_plan).to_string(),
        BundleError::TooLarge => t_string!(i18n, plan.zip_too_large).to_string(),
        BundleError::UnsafeEntry { name } => {
            t_string!(i18n, plan.zip_unsafe_entry, name = name.clone()).to_string()
        }
    };
    t_string!(i18n, plan.zip_refused, why = why).to_string()
}
