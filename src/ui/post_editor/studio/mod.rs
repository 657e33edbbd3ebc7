//! The caption studio, under the caption: templates, hashtag sets and the
//! byline to insert (`inserts`), a live counter per platform and the
//! workspace's checklist (`meters`), and a preview per platform with "Salin"
//! (`preview`).
//!
//! Everything here reads the post as typed (`PostForm::checked`), so the
//! counters move with every keystroke; the rules are the domain's
//! (`domain::caption`), the same ones that refuse approval.

mod inserts;
mod meters;
mod preview;

use leptos::prelude::*;

use crate::domain::caption::{readiness, Readiness};
use crate::domain::post::PostData;

use super::Ctx;

/// The post as typed and what keeps its caption from approval, shared by
/// the studio's parts.
#[derive(Clone, Copy)]
struct Studio {
    ctx: Ctx,
    /// The post with the form applied (`None` while nothing is open).
    post: Memo<Option<PostData>>,
    /// Meters over their limit and failing checks.
    readiness: Memo<Readiness>,
}

/// The studio section of the post editor.
#[component]
pub(super) fn CaptionStudio(
    /// The dialog's shared state.
    ctx: Ctx,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let post = Memo::new(move |_| {
        ctx.form
            .checked
            .with(|c| c.as_ref().map(|c| c.data.clone()))
    });
    let ready = Memo::new(move |_| {
        post.with(|p| match p {
            Some(p) => ctx.state.workspace.with(|ws| readiness(p, ws)),
            None => Readiness::default(),
        })
    });
    let studio = Studio {
        ctx,
        post,
        readiness: ready,
    };
    view! {
        <section class="caption-studio" aria-labelledby="caption-studio-heading">
            <h3 id="caption-studio-heading">{crate::i18n::t!(i18n, studio.heading)}</h3>
            <inserts::Inserts studio />
            <meters::Meters studio />
            <meters::Checklist studio />
            <preview::Previews studio />
        </section>
    }
}
