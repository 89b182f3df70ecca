//! The "Embed" button and its dialog: iframe code, share link and script embed for the view on
//! screen, each with a copy button. A native modal `<dialog>`: focus, Escape and the backdrop
//! come from the browser.

use crate::model::i18n::msg;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlDialogElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::embed::measure::use_measured_heights;
use crate::embed::protocol::{
    default_height, fallback_code, responsive_code, script_code, share_url, sibling_url, ChildId,
};
use crate::model::{date_label, Workload};
use crate::state::WorldRef;
use crate::url::{EmbedChoice, Part, Theme, ViewState};

/// What the iframe's `title` says to screen-reader users on the host page (in the language
/// of the view the code is copied from, which its link carries too).
pub fn embed_title() -> &'static str {
    msg::embed_title()
}

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub world: WorldRef,
    /// The view on screen, which the embed reproduces.
    pub view: ViewState,
}

/// The three snippets for one view, or why they could not be made.
#[derive(Clone, Debug, PartialEq)]
pub struct Snippets {
    /// The iframe and its own small resize script.
    pub iframe: String,
    pub link: String,
    pub script: String,
}

impl Snippets {
    /// Builds all three: `page_url` is the full view's address, `embed_page` the address the
    /// embed shows (the editor's choices applied), `heights` the embed's measured heights,
    /// `preview` the build's preview picture and its alt text (from the page's `og:` tags), the
    /// embed code's fallback where nothing runs.
    pub fn for_page(
        page_url: &str,
        embed_page: &str,
        child_id: &ChildId,
        heights: &[(u32, u32)],
        preview: Option<&(String, String)>,
    ) -> Result<Snippets, String> {
        let mut iframe = responsive_code(embed_page, child_id, embed_title(), heights)?;
        if let Some((image, alt)) = preview {
            let image = if image.starts_with("https://") || image.starts_with("http://") {
                image.clone()
            } else {
                sibling_url(page_url, image)?
            };
            iframe = iframe + "\n" + &fallback_code(&share_url(embed_page)?, &image, alt)?;
        }
        Ok(Snippets {
            iframe,
            link: share_url(page_url)?,
            script: script_code(
                embed_page,
                &sibling_url(page_url, "embed.js")?,
                embed_title(),
            )?,
        })
    }
}

/// The open dialog's state: whether it is open, the editor's choices, the `childId` of this
/// opening (fresh each time, so two embeds on one article never answer for each other), and
/// the status line after a copy. One state value, so Yew's state code is instantiated once.
#[derive(Clone, PartialEq)]
struct Shown {
    open: bool,
    /// The page's `og:image` and `og:image:alt`, when the build made a preview picture.
    preview: Option<(String, String)>,
    choice: EmbedChoice,
    child_id: String,
    status: String,
}

#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let dialog = use_node_ref();
    let shown = {
        let view = props.view.clone();
        use_state(move || Shown {
            open: false,
            preview: None,
            choice: EmbedChoice::for_view(&view),
            child_id: String::new(),
            status: String::new(),
        })
    };
    let world = &props.world;
    // The page's address is read only while open: never during a server-side render.
    let pages = shown.open.then(|| {
        let embed_view = props.view.for_embed(world, &shown.choice);
        let query = |v: &ViewState| v.to_query(world).trim_start_matches('?').to_owned();
        (
            current_page_url(Some(&query(&props.view))),
            current_page_url(Some(&query(&embed_view))),
        )
    });
    // The embed's height at common column widths, measured by loading it (only while open).
    let heights = use_measured_heights(
        pages
            .as_ref()
            .and_then(|(_, embed)| embed.as_ref().ok())
            .cloned(),
    );

    let open = {
        let (dialog, shown, view) = (dialog.clone(), shown.clone(), props.view.clone());
        Callback::from(move |_: MouseEvent| {
            shown.set(Shown {
                open: true,
                preview: page_preview(),
                choice: EmbedChoice::for_view(&view),
                child_id: fresh_child_id(),
                status: String::new(),
            });
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                let _ = dialog.show_modal();
            }
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                dialog.close();
            }
        })
    };
    // Escape, the Close button and a form's close all end here: stop measuring.
    let onclose = {
        let shown = shown.clone();
        Callback::from(move |_: Event| {
            shown.set(Shown {
                open: false,
                ..(*shown).clone()
            })
        })
    };
    let choose = |f: fn(&mut EmbedChoice, bool, &'static str), value: &'static str| {
        let shown = shown.clone();
        Callback::from(move |e: Event| {
            let checked = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked());
            let mut next = (*shown).clone();
            f(&mut next.choice, checked, value);
            next.status.clear();
            shown.set(next);
        })
    };

    let snippets = match &pages {
        Some((Ok(full), Ok(embed))) => ChildId::parse(&shown.child_id)
            .map_err(|e| e.to_string())
            .and_then(|id| Snippets::for_page(full, embed, &id, &heights, shown.preview.as_ref()))
            .map(Some),
        Some((Err(e), _) | (_, Err(e))) => Err(e.clone()),
        None => Ok(None),
    };
    let ticked = shown.choice.ticked();
    let parts = Part::ALL.into_iter().map(|part| {
        let tick = choose(
            |c, on, slug| {
                if let Some(p) = Part::ALL.into_iter().find(|p| p.slug() == slug) {
                    c.tick(p, on)
                }
            },
            part.slug(),
        );
        option(
            "checkbox",
            "embed-part-",
            part.slug(),
            part.label(),
            ticked.contains(part),
            tick,
        )
    });
    let only = shown.choice.only.map_or("both", Workload::slug);
    let workloads = [
        ("both", msg::embed_both()),
        ("training", Workload::Training.label()),
        ("inference", Workload::Inference.label()),
    ]
    .into_iter()
    .map(|(slug, label)| {
        let pick = choose(
            |c, on, slug| {
                if on {
                    c.only = Workload::from_slug(slug)
                }
            },
            slug,
        );
        option("radio", "embed-workload-", slug, label, only == slug, pick)
    });
    let themes = [
        ("auto", msg::embed_theme_auto()),
        ("light", msg::theme_light()),
        ("dark", msg::theme_dark()),
    ]
    .into_iter()
    .map(|(slug, label)| {
        let pick = choose(
            |c, on, slug| {
                if let Some(t) = Theme::ALL.into_iter().find(|t| on && t.slug() == slug) {
                    c.theme = t
                }
            },
            slug,
        );
        option(
            "radio",
            "embed-theme-",
            slug,
            label,
            shown.choice.theme.slug() == slug,
            pick,
        )
    });
    let show_title = option(
        "checkbox",
        "embed-",
        "title",
        msg::embed_show_title(),
        shown.choice.show_title,
        choose(|c, on, _| c.show_title = on, ""),
    );
    let follow_latest = option(
        "checkbox",
        "embed-",
        "latest",
        msg::embed_follow_latest(),
        shown.choice.follow_latest,
        choose(|c, on, _| c.follow_latest = on, ""),
    );
    let pinned_to = msg::embed_pinned(
        &date_label(&props.view.effective_date(world)),
        &date_label(&world.meta.as_of),
    );
    let measured = if heights.len() == crate::embed::protocol::MEASURED_WIDTHS.len() {
        let each: Vec<String> = heights
            .iter()
            .map(|(w, h)| msg::embed_height_at(&thousands(*h), &w.to_string()))
            .collect();
        msg::embed_heights(&each.join(" · "), &thousands(default_height(&heights)))
    } else {
        msg::embed_measuring().to_string()
    };

    let body = match &snippets {
        Ok(None) => html! {},
        Err(message) => html! { <p class="embed-dialog__error">{ message.clone() }</p> },
        Ok(Some(s)) => html! {
            <>
                <fieldset class="embed-options">
                    <legend>{ msg::embed_shows() }</legend>
                    { for parts }
                    <p class="embed-field__hint">{ msg::embed_shows_hint() }</p>
                </fieldset>
                <fieldset class="embed-options">
                    <legend>{ msg::embed_workload() }</legend>
                    { for workloads }
                </fieldset>
                <fieldset class="embed-options">
                    <legend>{ msg::embed_look() }</legend>
                    { for themes }
                    { show_title }
                </fieldset>
                <div class="embed-options">
                    { follow_latest }
                    <p class="embed-field__hint">{ pinned_to }</p>
                </div>
                <p class="embed-dialog__heights" data-measured={(heights.len() == crate::embed::protocol::MEASURED_WIDTHS.len()).then_some("true")}>{ measured }</p>
                { copy_field("embed-code", [msg::embed_code(), msg::embed_code_hint(), msg::embed_code_copy()], &s.iframe, 5, &shown) }
                { copy_field("link-to-this-view", [msg::embed_link(), msg::embed_link_hint(), msg::embed_link_copy()], &s.link, 2, &shown) }
                // The classroom's bundle only (the encoder's cost stays out of the reader's).
                { link_qr(&s.link) }
                { copy_field("script-embed", [msg::embed_script(), msg::embed_script_hint(), msg::embed_script_copy()], &s.script, 4, &shown) }
                <p class="embed-dialog__note">
                    { msg::embed_csp_before() }
                    <code>{ "frame-src" }</code>{ msg::embed_csp_middle() }<code>{ "script-src" }</code>{ msg::embed_csp_after() }
                </p>
                <div class="embed-measure" aria-hidden="true" id="embed-measure"></div>
            </>
        },
    };

    html! {
        <>
            <button type="button" class="button embed-open" aria-haspopup="dialog" onclick={open}>{ msg::embed_open() }</button>
            <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-dialog-title" {onclose}>
                <h2 id="embed-dialog-title">{ msg::embed_heading() }</h2>
                { body }
                <p class="embed-dialog__status" aria-live="polite">{ shown.status.clone() }</p>
                <button type="button" class="button embed-dialog__close" onclick={close}>{ msg::details_close() }</button>
            </dialog>
        </>
    }
}

/// One labelled checkbox or radio button (`kind`), id `prefix` + `slug`; radios share the
/// name `prefix`. One function for every choice: the markup's code is instantiated once.
fn option(
    kind: &'static str,
    prefix: &'static str,
    slug: &'static str,
    label: &'static str,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    let id = prefix.to_owned() + slug;
    html! {
        <label class="embed-option" for={id.clone()}>
            <input type={kind} name={(kind == "radio").then_some(prefix)} {id} {checked} {onchange} />
            { label }
        </label>
    }
}

/// The share link's QR code, in the classroom's bundle.
#[cfg(feature = "classroom")]
fn link_qr(link: &str) -> Html {
    crate::components::qr_code::qr_figure(link)
}

/// The reader's bundle has no QR encoder (its first load stays small): nothing.
#[cfg(not(feature = "classroom"))]
fn link_qr(_link: &str) -> Html {
    Html::default()
}

/// The page's preview picture and its alt text, from the `og:` tags the build wrote
/// (scripts/preview-image.mjs); `None` when the build made no picture.
fn page_preview() -> Option<(String, String)> {
    let document = web_sys::window()?.document()?;
    let content = |property: &str| {
        document
            .query_selector(&format!("meta[property=\"{property}\"]"))
            .ok()
            .flatten()?
            .get_attribute("content")
    };
    Some((content("og:image")?, content("og:image:alt")?))
}

/// 1234 → "1,234".
fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// One read-only snippet with a copy button. Copies through the Clipboard API; where that is
/// missing or refused (plain http, an iframe without permission) it selects the text instead.
/// A view function, not a component: the dialog holds the state, including the status line.
fn copy_field(
    slug: &'static str,
    [label, hint, copy_label]: [&'static str; 3],
    text: &str,
    rows: u32,
    shown: &UseStateHandle<Shown>,
) -> Html {
    let id = "embed-".to_owned() + slug;
    let copy = {
        let done = {
            let (id, shown, label) = (id.clone(), shown.clone(), label);
            Callback::from(move |copied: bool| {
                let say = |status: String| {
                    shown.set(Shown {
                        status,
                        ..(*shown).clone()
                    })
                };
                if copied {
                    say(msg::embed_copied(label));
                } else if let Some(area) = text_area(&id) {
                    let _ = area.focus();
                    area.select();
                    say(msg::embed_selected(label));
                }
            })
        };
        let text = text.to_owned();
        Callback::from(move |_: MouseEvent| write_clipboard(&text, &done))
    };
    html! {
        <div class="embed-field">
            <label for={id.clone()}>{ label }</label>
            <p class="embed-field__hint">{ hint }</p>
            <textarea id={id} readonly=true rows={rows.to_string()} spellcheck="false" value={text.to_owned()} />
            <button type="button" class="button" onclick={copy}>{ copy_label }</button>
        </div>
    }
}

/// The snippet's text area, by its element id.
fn text_area(id: &str) -> Option<HtmlTextAreaElement> {
    let element = web_sys::window()?.document()?.get_element_by_id(id)?;
    element.dyn_into().ok()
}

/// Writes `text` through the Clipboard API, then tells `done` whether it took the text. Plain
/// promise callbacks rather than an `async` block: that one await linked a whole async executor
/// (wasm-bindgen-futures' task queue) into the wasm.
fn write_clipboard(text: &str, done: &Callback<bool>) {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return done.emit(false);
    };
    // `navigator.clipboard` is undefined outside secure contexts; calling it would throw.
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        return done.emit(false);
    }
    let promise = navigator.clipboard().write_text(text);
    // The first of three says: copied, refused, or no answer in time. A browser can leave the
    // promise pending (Firefox, with the window not focused, seen in e2e/engines): the reader
    // then gets the snippet selected and "press Ctrl+C" instead of nothing.
    let said = std::rc::Rc::new(std::cell::Cell::new(false));
    let done = done.clone();
    let say = move |copied: bool| {
        if !said.replace(true) {
            done.emit(copied);
        }
    };
    // Each callback frees itself when it runs; the one that never runs stays allocated (a few
    // bytes per click of a copy button).
    let settled = |copied: bool| {
        let say = say.clone();
        Closure::once_into_js(move |_: JsValue| say(copied))
    };
    promise
        .unchecked_ref::<Thenable>()
        .then(&settled(true), &settled(false));
    gloo_timers::callback::Timeout::new(COPY_ANSWER_MS, move || say(false)).forget();
}

/// How long the clipboard may take to answer before the snippet is selected instead.
const COPY_ANSWER_MS: u32 = 2_000;

#[wasm_bindgen]
extern "C" {
    /// A promise seen only through its `then`, which takes plain JS functions.
    type Thenable;
    #[wasm_bindgen(method)]
    fn then(this: &Thenable, fulfilled: &JsValue, rejected: &JsValue);
}

/// The page's address for the current view: its own address with `query` when given.
pub(crate) fn current_page_url(query: Option<&str>) -> Result<String, String> {
    let location = web_sys::window().ok_or("no window")?.location();
    let href = location
        .href()
        .map_err(|_| "cannot read this page's address".to_string())?;
    match query {
        None => Ok(href),
        Some(query) => {
            let origin = location
                .origin()
                .map_err(|_| "cannot read this page's origin")?;
            let path = location
                .pathname()
                .map_err(|_| "cannot read this page's path")?;
            Ok(if query.is_empty() {
                format!("{origin}{path}")
            } else {
                format!("{origin}{path}?{query}")
            })
        }
    }
}

/// A short random id, unique enough among the embeds of one article page.
fn fresh_child_id() -> String {
    let n = (js_sys::Math::random() * 36f64.powi(6)) as u64;
    let mut digits = String::new();
    let mut rest = n;
    for _ in 0..6 {
        digits.push(char::from_digit((rest % 36) as u32, 36).unwrap_or('0'));
        rest /= 36;
    }
    format!("chip-paths-{digits}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippets_reproduce_the_view() {
        let id = ChildId::parse("chip-paths-abc").unwrap();
        let s = Snippets::for_page(
            "https://news.example/w/?dev=deepseek&theme=dark",
            "https://news.example/w/?date=2025-08-14&dev=deepseek&theme=dark&rev=2025-11-30",
            &id,
            &[(375, 1100), (600, 850)],
            Some(&("preview.png".to_string(), "The opening view".to_string())),
        )
        .unwrap();
        assert!(s.iframe.contains("src=\"https://news.example/w/?date=2025-08-14&amp;dev=deepseek&amp;theme=dark&amp;rev=2025-11-30&amp;embed=1&amp;childId=chip-paths-abc\""), "{}", s.iframe);
        assert!(s.iframe.contains(" height=\"1100\" "), "{}", s.iframe);
        assert!(s.iframe.contains("<script>"), "{}", s.iframe);
        // The fallback: the build's picture, next to the widget, linking to the embed's view in
        // the full widget (without the embed's own parameters).
        assert!(s.iframe.ends_with("<noscript><a href=\"https://news.example/w/?date=2025-08-14&amp;dev=deepseek&amp;theme=dark\"><img src=\"https://news.example/w/preview.png\" alt=\"The opening view\" width=\"1200\" height=\"630\" style=\"max-width:100%;height:auto\"></a></noscript>"), "{}", s.iframe);
        assert_eq!(s.link, "https://news.example/w/?dev=deepseek&theme=dark");
        assert!(s.script.contains("src=\"https://news.example/w/embed.js\""));
        assert!(
            s.script
                .contains("data-chip-paths=\"date=2025-08-14&amp;dev=deepseek&amp;theme=dark\""),
            "{}",
            s.script
        );
    }

    #[test]
    fn a_page_that_is_not_on_the_web_gets_a_message_not_code() {
        let id = ChildId::parse("x").unwrap();
        assert!(Snippets::for_page(
            "file:///tmp/index.html",
            "file:///tmp/index.html",
            &id,
            &[],
            None
        )
        .is_err());
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(7), "7");
        assert_eq!(thousands(1234), "1,234");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[tokio::test]
    async fn the_closed_dialog_renders_a_labelled_button_and_dialog() {
        let world = WorldRef(crate::embedded::world().unwrap());
        let html = yew::LocalServerRenderer::<EmbedDialog>::with_props(EmbedDialogProps {
            world,
            view: ViewState::default(),
        })
        .hydratable(false)
        .render()
        .await;
        assert!(html.contains(">Embed</button>"), "{html}");
        assert!(html.contains("<dialog"), "{html}");
        assert!(
            html.contains("aria-labelledby=\"embed-dialog-title\""),
            "{html}"
        );
        // The page has one role="status" region (the change sentence); this one is a live text.
        assert!(!html.contains("role=\"status\""), "{html}");
        // No inline style attributes: the strict CSP (style-src 'self') would block them.
        assert!(!html.contains("style="), "{html}");
    }
}
