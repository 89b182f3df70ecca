//! Notices about what a link contained that the widget could not use, dismissible. A view
//! function, not a component: it has no state of its own.

use yew::prelude::*;

/// Nothing when there is nothing to say; `ondismiss` clears the notices.
pub fn notice_bar(notices: &[String], ondismiss: &Callback<()>) -> Html {
    if notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice" role="region" aria-labelledby="notice-heading">
            <p id="notice-heading" class="notice__title">{ "Parts of this link were ignored; showing the defaults for them." }</p>
            <ul class="notice__list">
                { for notices.iter().map(|n| html! { <li>{ n }</li> }) }
            </ul>
            <button type="button" class="button" onclick={ondismiss.reform(|_: MouseEvent| ())}>{ "Dismiss notice" }</button>
        </div>
    }
}
