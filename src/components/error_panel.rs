//! What a reader sees instead of a blank page: a readable error panel, both as a view function
//! (for data that fails to load) and as a panic hook that replaces the app's content.

use crate::embed::protocol::escape_html;
use yew::prelude::*;

/// The panel for data that failed to load: what happened, then each problem on its own line.
pub fn error_panel(message: &str, problems: &[String]) -> Html {
    html! {
        <div class="error-panel" role="alert">
            <h1>{ "Chip Paths could not be shown" }</h1>
            <p>{ message }</p>
            if !problems.is_empty() {
                <ul class="error-panel__problems">
                    { for problems.iter().map(|problem| html! { <li>{ problem }</li> }) }
                </ul>
            }
            <p><a href="?">{ "Reload with the default view" }</a></p>
        </div>
    }
}

/// The panel's markup as plain HTML, for the panic hook (Yew itself may be unusable then).
/// The message is escaped: panic messages can quote hostile input.
pub fn panic_markup(message: &str) -> String {
    let escaped = escape_html(message);
    format!(
        "<div class=\"error-panel\" role=\"alert\"><h1>Chip Paths stopped working</h1>\
         <p>Something went wrong inside the widget. Reloading usually helps; the link keeps your view.</p>\
         <p><a href=\"\">Reload</a> · <a href=\"?\">Reload with the default view</a></p>\
         <details><summary>Technical details</summary><pre>{escaped}</pre></details></div>"
    )
}

/// Installs a panic hook that swaps every mounted widget's content for the panel. Yew replaces
/// any hook set before rendering unless it is set through `yew::set_custom_panic_hook`.
/// Installs it once; later calls do nothing. Outside the browser there is no page to fix.
pub fn install_panic_hook() {
    #[cfg(target_arch = "wasm32")]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| yew::set_custom_panic_hook(Box::new(panic_hook)));
    }
}

#[cfg(target_arch = "wasm32")]
fn panic_hook(info: &std::panic::PanicHookInfo<'_>) {
    {
        let markup = panic_markup(&info.to_string());
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(roots) = document.query_selector_all("[data-chip-paths-root]") else {
            return;
        };
        if roots.length() == 0 {
            if let Some(body) = document.body() {
                body.set_inner_html(&markup);
            }
        }
        for i in 0..roots.length() {
            if let Some(root) = roots.item(i) {
                root.set_text_content(None);
                if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(root) {
                    el.set_inner_html(&markup);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panic_markup_escapes_the_message() {
        let html = panic_markup("bad <script>alert('x')</script> & \"y\"");
        assert!(!html.contains("<script>"));
        assert!(
            html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;")
        );
        assert!(html.contains("role=\"alert\""));
    }
}
