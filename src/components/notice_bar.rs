//! Notices about what a link contained that the widget could not use, dismissible. A view
//! function, not a component: it has no state of its own.

use crate::model::i18n::msg;
use yew::prelude::*;

/// Most notices listed; the rest are counted in one line, so a hostile link cannot make the
/// page (and, embedded, the host's iframe) thousands of pixels tall.
pub const MAX_SHOWN: usize = 5;

/// Nothing when there is nothing to say; `ondismiss` clears the notices.
/// The notices are worded here, in the language shown (`url::Notice` words itself then).
pub fn notice_bar<N: std::fmt::Display>(notices: &[N], ondismiss: &Callback<()>) -> Html {
    if notices.is_empty() {
        return html! {};
    }
    let more = notices.len().saturating_sub(MAX_SHOWN);
    html! {
        <div class="notice" role="region" aria-labelledby="notice-heading">
            <p id="notice-heading" class="notice__title">{ msg::notice_title() }</p>
            <ul class="notice__list">
                { for notices.iter().take(MAX_SHOWN).map(|n| html! { <li>{ n.to_string() }</li> }) }
            </ul>
            if more > 0 {
                <p class="notice__more">{ msg::notice_more(&thousands(more)) }</p>
            }
            <button type="button" class="button" onclick={ondismiss.reform(|_: MouseEvent| ())}>{ msg::notice_dismiss() }</button>
        </div>
    }
}

/// A count with thousands separators: `2,041`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_separated() {
        assert_eq!(super::thousands(1), "1");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(2041), "2,041");
        assert_eq!(super::thousands(1_234_567), "1,234,567");
    }
}
