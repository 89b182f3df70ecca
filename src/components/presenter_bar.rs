//! The presenter view's controls: full screen on request, the keys that step the story, the
//! QR code of the step's link (for the students' phones), the
//! teacher's "Show answer" (on a question, whatever the students ticked), "New class" (every
//! tick and reveal cleared, back to the start) and a way back to the ordinary view. The large type itself is `style/present.css`, keyed on the
//! root's `cp--present` class.

use crate::model::i18n::msg;
use yew::prelude::*;

/// The QR code's button glyph (its panel: `qr_code.rs`, in the classroom bundle only):
/// three finder squares and a few modules: what a QR code looks like, at the text's size.
const QR_GLYPH: &str = "<svg class=\"presenter-bar__glyph\" viewBox=\"0 0 7 7\" width=\"1em\" height=\"1em\" aria-hidden=\"true\" focusable=\"false\"><path fill=\"currentColor\" d=\"M0 0h3v3H0zM4 0h3v3H4zM0 4h3v3H0zM4 4h1v1H4zM6 4h1v1H6zM5 5h1v1H5zM4 6h1v1H4zM6 6h1v1H6z\"/></svg>";

/// Full screen's glyph: four corners, the sign video players use. A glyph, its name for screen
/// readers (and as a tooltip): with a question's "Show answer" the bar must stay on one line at
/// 1280 px, or the step below jumps down and back from step to step.
const FULLSCREEN_GLYPH: &str = "<svg class=\"presenter-bar__glyph\" viewBox=\"0 0 7 7\" width=\"1em\" height=\"1em\" aria-hidden=\"true\" focusable=\"false\"><path fill=\"currentColor\" d=\"M0 0h3v1H1v2H0zM4 0h3v3H6V1H4zM0 4h1v2h2v1H0zM6 4h1v3H4V6h2z\"/></svg>";

/// The notes window's glyph: a window with an arrow out of it, the sign for "opens in a new
/// window".
const WINDOW_GLYPH: &str = "<svg class=\"presenter-bar__glyph\" viewBox=\"0 0 7 7\" width=\"1em\" height=\"1em\" aria-hidden=\"true\" focusable=\"false\"><path fill=\"currentColor\" d=\"M0 1h3v1H1v4h4V4h1v3H0zM4 0h3v3H6V1.7L3.7 4 3 3.3 5.3 1H4z\"/></svg>";

#[derive(Properties, PartialEq)]
pub struct PresenterBarProps {
    /// Leaves the presenter view (back to the story in the ordinary layout).
    pub onexit: Callback<()>,
    /// Shows the step's answer; `None` when the step asks nothing or it is shown already.
    #[prop_or_default]
    pub onshow: Option<Callback<()>>,
    /// Clears every tick and reveal and returns to the start.
    #[prop_or_default]
    pub onnewclass: Option<Callback<()>>,
    /// Shows or hides the teacher notes; `notes` says whether they are shown.
    #[prop_or_default]
    pub onnotes: Option<Callback<()>>,
    #[prop_or_default]
    pub notes: bool,
    /// Opens the teacher notes in a window of their own (the teacher's screen), following the
    /// step; called from the click, which lets the browser open a window.
    #[prop_or_default]
    pub onnoteswindow: Option<Callback<()>>,
    /// Shows or hides the QR code of the step's link; `qr` says whether it is shown.
    #[prop_or_default]
    pub onqr: Option<Callback<()>>,
    #[prop_or_default]
    pub qr: bool,
}

#[component]
pub fn PresenterBar(props: &PresenterBarProps) -> Html {
    // Not full screen at first; `bool::default` shares the switches' `use_state` instantiation.
    let fullscreen = use_state(bool::default);
    {
        // Follow the browser: Esc leaves full screen without our button.
        let fullscreen = fullscreen.clone();
        use_effect_with((), move |_| {
            let listener = follow_fullscreen(Callback::from(move |on| fullscreen.set(on)));
            move || {
                let _listener = listener;
            }
        });
    }
    let ontoggle = {
        let on = *fullscreen;
        Callback::from(move |_: MouseEvent| set_fullscreen(!on))
    };
    let onexit = {
        let onexit = props.onexit.clone();
        Callback::from(move |_: MouseEvent| {
            set_fullscreen(false);
            onexit.emit(())
        })
    };
    html! {
        <div class="presenter-bar">
            <p class="presenter-bar__keys" id="presenter-keys">
                { msg::keys_label() }
                <kbd>{ "←" }</kbd>{ " " }<kbd>{ "→" }</kbd>{ msg::keys_or() }<kbd>{ msg::key_space() }</kbd>{ msg::keys_step() }
                <kbd>{ msg::key_home() }</kbd>{ " " }<kbd>{ msg::key_end() }</kbd>{ msg::keys_first_last() }
            </p>
            <button type="button" class="button presenter-bar__fullscreen"
                aria-pressed={if *fullscreen { "true" } else { "false" }}
                title={msg::presenter_fullscreen()} onclick={ontoggle}>
                { Html::from_html_unchecked(AttrValue::Static(FULLSCREEN_GLYPH)) }
                <span class="visually-hidden">{ msg::presenter_fullscreen() }</span>
            </button>
            if let Some(onshow) = props.onshow.clone() {
                <button type="button" class="button presenter-bar__show"
                    onclick={onshow.reform(|_: MouseEvent| ())}>
                    { msg::presenter_show_answer() }
                </button>
            }
            if let Some(onnotes) = props.onnotes.clone() {
                <button type="button" class="button presenter-bar__notes"
                    aria-expanded={if props.notes { "true" } else { "false" }} aria-controls="teacher-notes"
                    onclick={onnotes.reform(|_: MouseEvent| ())}>
                    { msg::presenter_notes() }
                </button>
            }
            if let Some(onnoteswindow) = props.onnoteswindow.clone() {
                // A glyph beside Teacher notes, its name for screen readers and as a tooltip:
                // the bar stays one line at 1280 px with a question's Show answer.
                <button type="button" class="button presenter-bar__notes-window"
                    title={msg::presenter_notes_window()} onclick={onnoteswindow.reform(|_: MouseEvent| ())}>
                    { Html::from_html_unchecked(AttrValue::Static(WINDOW_GLYPH)) }
                    <span class="visually-hidden">{ msg::presenter_notes_window() }</span>
                </button>
            }
            if let Some(onqr) = props.onqr.clone() {
                <button type="button" class="button presenter-bar__qr"
                    aria-expanded={if props.qr { "true" } else { "false" }} aria-controls="qr-panel"
                    title={msg::qr_button()} onclick={onqr.reform(|_: MouseEvent| ())}>
                    // A glyph, its name for screen readers: at 1280 px the bar with Show answer
                    // has no room for another word beside the title (e2e/classroom-fit).
                    { Html::from_html_unchecked(AttrValue::Static(QR_GLYPH)) }
                    <span class="visually-hidden">{ msg::qr_button() }</span>
                </button>
            }
            if let Some(onnewclass) = props.onnewclass.clone() {
                <button type="button" class="button presenter-bar__new"
                    onclick={onnewclass.reform(|_: MouseEvent| ())}>
                    { msg::presenter_new_class() }
                </button>
            }
            <button type="button" class="button presenter-bar__exit" onclick={onexit}>
                { msg::presenter_leave() }
            </button>
        </div>
    }
}

/// Asks the browser to show the whole page full screen, or to leave full screen. Browsers
/// allow this only from a click or key press; a refusal leaves the page as it is.
fn set_fullscreen(on: bool) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if on {
            if let Some(root) = document.document_element() {
                let _ = root.request_fullscreen();
            }
        } else if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = on;
}

/// Calls `onchange` with whether the page is full screen each time that changes, until the
/// returned listener is dropped.
#[cfg(target_arch = "wasm32")]
fn follow_fullscreen(onchange: Callback<bool>) -> Option<gloo_events::EventListener> {
    let document = web_sys::window()?.document()?;
    let watched = document.clone();
    Some(gloo_events::EventListener::new(
        &document,
        "fullscreenchange",
        move |_| onchange.emit(watched.fullscreen_element().is_some()),
    ))
}

/// Outside a browser there is no full screen to follow.
#[cfg(not(target_arch = "wasm32"))]
fn follow_fullscreen(_onchange: Callback<bool>) -> Option<gloo_events::EventListener> {
    None
}
