//! The "Embed" button and its dialog: iframe code, share link and script embed for the view on
//! screen, each with a copy button. A native modal `<dialog>`: focus, Escape and the backdrop
//! come from the browser.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlDialogElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::embed::protocol::{iframe_code, script_code, share_url, sibling_url, ChildId};

/// What the iframe's `title` says to screen-reader users on the host page.
pub const EMBED_TITLE: &str =
    "Chip Paths: which paths to AI compute stay open for Chinese developers";

#[derive(Properties, PartialEq, Default)]
pub struct EmbedDialogProps {
    /// The current view's query string (without `?`). When absent the page's own address is used.
    #[prop_or_default]
    pub query: Option<AttrValue>,
}

/// The three snippets for one view, or why they could not be made.
#[derive(Clone, Debug, PartialEq)]
pub struct Snippets {
    pub iframe: String,
    pub link: String,
    pub script: String,
}

impl Snippets {
    /// Builds all three from the page address; the `childId` is fresh per dialog opening so two
    /// embeds on one article page never answer for each other.
    pub fn for_page(page_url: &str, child_id: &ChildId) -> Result<Snippets, String> {
        Ok(Snippets {
            iframe: iframe_code(page_url, child_id, EMBED_TITLE)?,
            link: share_url(page_url)?,
            script: script_code(page_url, &sibling_url(page_url, "embed.js")?, EMBED_TITLE)?,
        })
    }
}

/// What the open dialog shows: the snippets (or why there are none) and the status line after
/// a copy. One state value rather than two, so Yew's state code is instantiated once.
#[derive(Clone, Default, PartialEq)]
struct Shown {
    snippets: Option<Result<Snippets, String>>,
    status: String,
}

#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let dialog = use_node_ref();
    let shown = use_state(Shown::default);

    let open = {
        let (dialog, shown, query) = (dialog.clone(), shown.clone(), props.query.clone());
        Callback::from(move |_: MouseEvent| {
            let snippets = current_page_url(query.as_deref()).and_then(|url| {
                let id = ChildId::parse(&fresh_child_id()).map_err(|e| e.to_string())?;
                Snippets::for_page(&url, &id)
            });
            shown.set(Shown {
                snippets: Some(snippets),
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

    let body = match &shown.snippets {
        None => html! {},
        Some(Err(message)) => html! { <p class="embed-dialog__error">{ message.clone() }</p> },
        Some(Ok(s)) => html! {
            <>
                { copy_field("Iframe code", "Paste into your CMS's HTML or embed block. It resizes itself through the Pym.js, Datawrapper, AMP and Embedly height messages.", &s.iframe, 4, &shown) }
                { copy_field("Link to this view", "Opens the full widget exactly as it is now.", &s.link, 2, &shown) }
                { copy_field("Script embed", "A placeholder and a script that creates the iframe and keeps its height in step, for pages without a resize listener of their own.", &s.script, 4, &shown) }
                <p class="embed-dialog__note">
                    { "No cookies, no tracking, no requests to other sites. A host page with a Content-Security-Policy needs only " }
                    <code>{ "frame-src" }</code>{ " for the widget's origin (and " }<code>{ "script-src" }</code>{ " for the script embed)." }
                </p>
            </>
        },
    };

    html! {
        <>
            <button type="button" class="button embed-open" aria-haspopup="dialog" onclick={open}>{ "Embed" }</button>
            <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-dialog-title">
                <h2 id="embed-dialog-title">{ "Embed this view" }</h2>
                { body }
                <p class="embed-dialog__status" aria-live="polite">{ shown.status.clone() }</p>
                <button type="button" class="button embed-dialog__close" onclick={close}>{ "Close" }</button>
            </dialog>
        </>
    }
}

/// One read-only snippet with a copy button. Copies through the Clipboard API; where that is
/// missing or refused (plain http, an iframe without permission) it selects the text instead.
/// A view function, not a component: the dialog holds the state, including the status line.
fn copy_field(
    label: &'static str,
    hint: &'static str,
    text: &str,
    rows: u32,
    shown: &UseStateHandle<Shown>,
) -> Html {
    // The labels are ASCII: `to_ascii_lowercase` avoids linking the Unicode case tables.
    let lower = label.to_ascii_lowercase();
    let id = "embed-".to_owned() + &lower.replace(' ', "-");
    let copy = {
        let done = {
            let (id, shown) = (id.clone(), shown.clone());
            Callback::from(move |copied: bool| {
                let say = |status: String| {
                    let snippets = shown.snippets.clone();
                    shown.set(Shown { snippets, status })
                };
                if copied {
                    say(label.to_owned() + " copied.");
                } else if let Some(area) = text_area(&id) {
                    let _ = area.focus();
                    area.select();
                    say(label.to_owned() + " selected: press Ctrl+C (⌘C on a Mac) to copy.");
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
            <button type="button" class="button" onclick={copy}>{ "Copy " }{ lower }</button>
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
    // Each callback frees itself when it runs; the one that never runs stays allocated (a few
    // bytes per click of a copy button).
    let settled = |copied: bool| {
        let done = done.clone();
        Closure::once_into_js(move |_: JsValue| done.emit(copied))
    };
    promise
        .unchecked_ref::<Thenable>()
        .then(&settled(true), &settled(false));
}

#[wasm_bindgen]
extern "C" {
    /// A promise seen only through its `then`, which takes plain JS functions.
    type Thenable;
    #[wasm_bindgen(method)]
    fn then(this: &Thenable, fulfilled: &JsValue, rejected: &JsValue);
}

/// The page's address for the current view: its own address with `query` when given.
fn current_page_url(query: Option<&str>) -> Result<String, String> {
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
        let s = Snippets::for_page("https://news.example/w/?dev=deepseek&theme=dark", &id).unwrap();
        assert!(s.iframe.contains("src=\"https://news.example/w/?dev=deepseek&amp;theme=dark&amp;embed=1&amp;childId=chip-paths-abc\""));
        assert_eq!(s.link, "https://news.example/w/?dev=deepseek&theme=dark");
        assert!(s.script.contains("src=\"https://news.example/w/embed.js\""));
        assert!(s
            .script
            .contains("data-chip-paths=\"dev=deepseek&amp;theme=dark\""));
    }

    #[test]
    fn a_page_that_is_not_on_the_web_gets_a_message_not_code() {
        let id = ChildId::parse("x").unwrap();
        assert!(Snippets::for_page("file:///tmp/index.html", &id).is_err());
    }

    #[tokio::test]
    async fn the_closed_dialog_renders_a_labelled_button_and_dialog() {
        let html = yew::LocalServerRenderer::<EmbedDialog>::new()
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
