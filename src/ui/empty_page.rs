//! The honest empty state of a page whose features come in a later release.

use leptos::prelude::*;

/// A page heading with a sentence on what will live there.
#[component]
pub fn EmptyPage(
    /// The page title (already translated).
    title: String,
    /// What the page is for.
    heading: String,
    /// What will live there, and that it is not built yet.
    body: String,
) -> impl IntoView {
    view! {
        <h1>{title}</h1>
        <section class="empty-state" aria-labelledby="empty-heading">
            <h2 id="empty-heading">{heading}</h2>
            <p>{body}</p>
        </section>
    }
}
