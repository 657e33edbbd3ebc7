//! The saved designs: open to edit, duplicate for a series, delete.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::design::{Design, TemplateKind};
use crate::i18n::*;

use super::form::{preset_label, template_label};
use super::Designer;

/// The list, with "Desain baru".
#[component]
pub(super) fn SavedDesigns(
    /// The page's shared state.
    d: Designer,
) -> impl IntoView {
    let i18n = d.i18n;
    let state = d.state;
    let duplicate = move |design: Design| {
        let now = browser::now();
        let mut copy = design;
        copy.id = browser::new_id().as_str().to_string();
        copy.name = t_string!(i18n, designer.copy_of, name = copy.name.clone()).to_string();
        copy.created_at = now;
        copy.updated_at = now;
        d.open(copy, false);
    };
    let delete = move |id: String| {
        spawn_local(async move {
            if let Some(db) = state.db() {
                if db.delete_design(&id).await.is_ok() {
                    d.designs.update(|l| l.retain(|x| x.id != id));
                    state.notify(t_string!(i18n, designer.deleted).to_string());
                }
            }
        });
    };
    view! {
        <section class="saved-designs" aria-labelledby="saved-designs-heading">
            <h2 id="saved-designs-heading">{t!(i18n, designer.saved_heading)}</h2>
            <button type="button" on:click=move |_| d.open(super::Designer::fresh(TemplateKind::Announcement), false)>
                {t!(i18n, designer.new_design)}
            </button>
            <Show when=move || d.designs.with(Vec::is_empty)>
                <p class="empty-note">{t!(i18n, designer.none_saved)}</p>
            </Show>
            <ul class="design-list">
                <For each=move || d.designs.get() key=|x| (x.id.clone(), x.updated_at) let:x>
                    {
                        let open_copy = x.clone();
                        let dup_copy = x.clone();
                        let id = x.id.clone();
                        let name = x.name.clone();
                        view! {
                            <li data-testid="saved-design">
                                <span class="design-name">{x.name.clone()}</span>
                                <span class="hint">{format!("{} · {}", template_label(i18n, x.template), preset_label(i18n, x.preset))}</span>
                                <div class="coverage-actions">
                                    <button type="button" aria-label=t_string!(i18n, designer.open_of, name = name.clone()).to_string()
                                        on:click=move |_| d.open(open_copy.clone(), true)>{t!(i18n, designer.open)}</button>
                                    <button type="button" aria-label=t_string!(i18n, designer.duplicate_of, name = name.clone()).to_string()
                                        on:click=move |_| duplicate(dup_copy.clone())>{t!(i18n, designer.duplicate)}</button>
                                    <button type="button" class="danger" aria-label=t_string!(i18n, designer.delete_of, name = name.clone()).to_string()
                                        on:click=move |_| delete(id.clone())>{t!(i18n, designer.delete)}</button>
                                </div>
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
    }
}
