//! Notices about what a link contained that the widget could not use, dismissible.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    pub notices: Vec<String>,
    pub ondismiss: Callback<()>,
}

#[component]
pub fn NoticeBar(props: &NoticeBarProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    let ondismiss = {
        let ondismiss = props.ondismiss.clone();
        Callback::from(move |_: MouseEvent| ondismiss.emit(()))
    };
    html! {
        <div class="notice" role="region" aria-labelledby="notice-heading">
            <p id="notice-heading" class="notice__title">{ "Parts of this link were ignored; showing the defaults for them." }</p>
            <ul class="notice__list">
                { for props.notices.iter().map(|n| html! { <li>{ n }</li> }) }
            </ul>
            <button type="button" class="button" onclick={ondismiss}>{ "Dismiss notice" }</button>
        </div>
    }
}
