//! A preview of the caption per chosen platform, in Siar's own styling:
//! line breaks as typed, hashtags marked, and where the feed's "… more"
//! fold falls. "Salin" puts that platform's caption on the clipboard for
//! publishing by hand.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::caption::final_caption;
use crate::domain::caption::preview::segments;
use crate::domain::platform::Platform;
use crate::i18n::*;
use crate::ui::forms::platform_label;

use super::Studio;

/// The outcome of the last "Salin".
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Done(Platform),
    Failed(Platform),
}

/// One preview per chosen platform.
#[component]
pub(super) fn Previews(
    /// The studio's shared state.
    studio: Studio,
) -> impl IntoView {
    let i18n = studio.ctx.i18n;
    let copied = RwSignal::new(None::<Copied>);
    let platforms = Memo::new(move |_| {
        studio.post.with(|p| {
            let mut ps: Vec<Platform> = Vec::new();
            for &platform in p.iter().flat_map(|p| p.platforms.iter()) {
                if !ps.contains(&platform) {
                    ps.push(platform);
                }
            }
            ps
        })
    });
    let text = Memo::new(move |_| {
        studio.post.with(|p| {
            p.as_ref()
                .map(|p| final_caption(&p.caption, &p.hashtags))
                .unwrap_or_default()
        })
    });
    // A new caption makes the last confirmation stale.
    Effect::new(move |_| {
        text.track();
        copied.set(None);
    });
    view! {
        <details class="studio-previews" open>
            <summary>{t!(i18n, studio.previews)}</summary>
            {move || platforms.get().into_iter().map(|platform| {
                let copy = move |_| {
                    let caption = text.get_untracked();
                    spawn_local(async move {
                        let outcome = match browser::copy_text(&caption).await {
                            Ok(()) => Copied::Done(platform),
                            Err(_) => Copied::Failed(platform),
                        };
                        copied.set(Some(outcome));
                    });
                };
                let name = platform_label(i18n, platform);
                let copy_label = t_string!(i18n, studio.copy_for, platform = name.clone()).to_string();
                let status = move || match copied.get() {
                    Some(Copied::Done(p)) if p == platform => t_string!(i18n, studio.copied).to_string(),
                    Some(Copied::Failed(p)) if p == platform => t_string!(i18n, studio.copy_failed).to_string(),
                    _ => String::new(),
                };
                let title = move || (platform == Platform::Youtube)
                    .then(|| studio.post.with(|p| p.as_ref().map(|p| p.title.clone())))
                    .flatten();
                view! {
                    <article class="caption-preview" data-platform=platform.key()
                        aria-label=t_string!(i18n, studio.preview_of, platform = name.clone()).to_string()>
                        <header class="preview-head">
                            <span class="preview-platform">{name.clone()}</span>
                            <button type="button" class="chip-button" aria-label=copy_label
                                data-testid="copy-caption" on:click=copy>{t!(i18n, studio.copy)}</button>
                            <span class="copy-status" role="status">{status}</span>
                        </header>
                        {move || title().map(|t| view! { <p class="preview-title">{t}</p> })}
                        <p class="caption-text">
                            {move || preview_pieces(i18n, platform, &text.get())}
                        </p>
                    </article>
                }
            }).collect_view()}
        </details>
    }
}

/// The caption's pieces as spans, with "… selengkapnya" at the fold.
fn preview_pieces(i18n: I18nContext<Locale>, platform: Platform, text: &str) -> impl IntoView {
    let mut marked = false;
    segments(platform, text)
        .into_iter()
        .map(|s| {
            let marker = (s.folded && !marked).then(|| {
                marked = true;
                view! { <span class="fold-marker" data-testid="fold-marker">{t!(i18n, studio.more)}</span> }
            });
            let class = match (s.hashtag, s.folded) {
                (true, true) => "hashtag folded",
                (true, false) => "hashtag",
                (false, true) => "folded",
                (false, false) => "",
            };
            view! { {marker}<span class=class>{s.text}</span> }
        })
        .collect_view()
}
