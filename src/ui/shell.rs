//! The frame around every page: header, navigation, language switch,
//! storage banner, notices, and the current page.

use leptos::prelude::*;
use leptos_i18n::Locale as _;

use crate::i18n::*;
use crate::route::Page;
use crate::storage::prefs;
use crate::ui::ideas::{typing, CaptureRequest};
use crate::ui::lazy;
use crate::ui::notice::{NoticeBar, StorageBanner};
use crate::ui::plan_files::PlanFileButtons;
use crate::ui::post_editor::PostEditor;
use crate::ui::router::use_router;
use crate::ui::state::{AppState, StorageStatus};
use crate::ui::update::UpdatePrompt;

/// Header, navigation and the current page.
#[component]
pub fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let page = use_router().page;
    // Posts are opened from the calendar, and later from ideas and coverage.
    let editor = PostEditor::provide();
    lazy::preload_calendar_dialogs(state);
    capture_shortcut(page);

    // The tab title names the page, for people with many tabs open.
    Effect::new(move |_| {
        let title = format!("{} · Siar", page_title(i18n, page.get()));
        document().set_title(&title);
    });

    let skip_to_main = move |ev: leptos::ev::MouseEvent| {
        // A plain `href="#main"` would change the route, so move focus instead.
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };

    view! {
        <a class="skip-link" href="" on:click=skip_to_main>{t!(i18n, app.skip_to_content)}</a>
        <header class="topbar">
            <div class="brand">
                <span class="brand-name">{t!(i18n, app.name)}</span>
                <span class="workspace-name" data-testid="workspace-name">
                    {move || state.workspace.with(|w| w.name.clone())}
                </span>
            </div>
            <div class="topbar-tools">
                <PlanFileButtons />
                <WhoAmI />
                <LanguageSwitch />
            </div>
        </header>
        <Nav />
        <StorageBanner />
        <crate::ui::backup::BackupReminder />
        <UpdatePrompt />
        <NoticeBar />
        {lazy::once_needed(move || editor.is_open(), || lazy::dialogs(lazy::Dialog::PostEditor))}
        // Wider for the calendar. A class rather than `main:has(…)` in the
        // stylesheet: with `:has()` every chip a save redraws had the
        // browser match the rule against the whole calendar again.
        <main id="main" tabindex="-1" class:wide=move || page.get() == Page::Calendar>
            {move || {
                let page = page.get();
                // The calendar shows as soon as its own dates are read; the
                // other pages count or search every record, so they wait.
                let waiting = state.storage.get() == StorageStatus::Opening
                    || (page != Page::Calendar && !state.loaded.get());
                if waiting {
                    view! { <p class="loading">{t!(i18n, app.loading)}</p> }.into_any()
                } else {
                    lazy::page(page)
                }
            }}
        </main>
    }
}

/// The navigation bar, with the current page marked for screen readers.
#[component]
fn Nav() -> impl IntoView {
    let i18n = use_i18n();
    let page = use_router().page;
    view! {
        <nav class="mainnav" aria-label=move || t_string!(i18n, nav.label).to_string()>
            <ul>
                {Page::ALL
                    .into_iter()
                    .map(|p| {
                        view! {
                            <li>
                                <a
                                    href=p.href()
                                    data-page=p.slug()
                                    aria-current=move || (page.get() == p).then_some("page")
                                >
                                    {move || page_title(i18n, p)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// Quick capture of an idea from anywhere: Alt+I, or `n` when not typing,
/// opens the idea board with its capture field focused.
fn capture_shortcut(page: ReadSignal<Page>) {
    let request = CaptureRequest(RwSignal::new(false));
    provide_context(request);
    let router = use_router();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.default_prevented() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let key = ev.key();
        let alt_i = ev.alt_key() && (key.eq_ignore_ascii_case("i") || ev.code() == "KeyI");
        let plain_n = !ev.alt_key() && !ev.shift_key() && key == "n" && !typing(&ev);
        if alt_i || plain_n {
            ev.prevent_default();
            request.0.set(true);
            if page.get_untracked() != Page::Ideas {
                router.go(Page::Ideas, "");
            }
        }
    });
    on_cleanup(move || handle.remove());
}

/// "Saya": who is using this device. There is no login; the choice is
/// remembered on the device and decides, e.g., who may approve.
#[component]
fn WhoAmI() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let members = Memo::new(move |_| {
        state.members.with(|ms| {
            crate::domain::record::live_sorted(ms)
                .into_iter()
                .filter(|m| m.data.active)
                .collect::<Vec<_>>()
        })
    });
    let current = move || {
        state
            .me
            .get()
            .map(|id| id.as_str().to_string())
            .unwrap_or_default()
    };
    view! {
        <div class="lang-switch">
            <label for="who-am-i">{t!(i18n, who.label)}</label>
            <select id="who-am-i" prop:value=current on:change=move |ev| {
                state.set_me(crate::domain::id::Id::parse(&event_target_value(&ev)));
            }>
                <option value="" selected=move || current().is_empty()>{t!(i18n, who.nobody)}</option>
                {move || members.get().into_iter().map(|m| {
                    let id = m.id.as_str().to_string();
                    let selected = id == current();
                    view! { <option value=id selected=selected>{m.data.name.clone()}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// Switches between Indonesian and English and remembers the choice.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        prefs::set_language(&code);
        i18n.set_locale(crate::ui::app::locale_from_code(Some(&code)));
    };
    let current = move || i18n.get_locale().as_str();
    view! {
        <div class="lang-switch">
            <label for="language">{t!(i18n, lang.label)}</label>
            <select id="language" on:change=on_change prop:value=current>
                <option value="id" selected=move || current() == "id">{t!(i18n, lang.id)}</option>
                <option value="en" selected=move || current() == "en">{t!(i18n, lang.en)}</option>
            </select>
        </div>
    }
}

/// A page's name in the current language.
fn page_title(i18n: I18nContext<Locale>, page: Page) -> String {
    match page {
        Page::Calendar => t_string!(i18n, nav.calendar),
        Page::Tasks => t_string!(i18n, nav.tasks),
        Page::Ideas => t_string!(i18n, nav.ideas),
        Page::Coverage => t_string!(i18n, nav.coverage),
        Page::Designer => t_string!(i18n, nav.designer),
        Page::Evaluation => t_string!(i18n, nav.evaluation),
        Page::Team => t_string!(i18n, nav.team),
        Page::Settings => t_string!(i18n, nav.settings),
    }
    .to_string()
}
