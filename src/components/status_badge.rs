//! A path's status as a word plus an icon shape plus a colour, so it never relies on colour alone.

use crate::model::Status;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatusBadgeProps {
    pub status: Status,
}

#[component]
pub fn StatusBadge(props: &StatusBadgeProps) -> Html {
    let key = props.status.slug();
    html! {
        <span class={classes!("status", format!("status--{key}"))}>
            { icon(props.status) }
            <span class="status__word">{ props.status.label() }</span>
        </span>
    }
}

/// One distinct shape per status: check, wave, half-filled disc, warning triangle, no-entry.
pub fn icon(status: Status) -> Html {
    let shape = match status {
        Status::Open => html! {
            <>
                <circle cx="8" cy="8" r="6.5" fill="none" />
                <path d="M4.8 8.3l2.1 2.1 4.3-4.5" fill="none" />
            </>
        },
        Status::Friction => html! {
            <>
                <circle cx="8" cy="8" r="6.5" fill="none" />
                <path d="M4.3 9.2c1.2-2.2 2.5-2.2 3.7 0s2.5 2.2 3.7 0" fill="none" />
            </>
        },
        Status::Limited => html! {
            <>
                <circle cx="8" cy="8" r="6.5" fill="none" />
                <path d="M8 1.5a6.5 6.5 0 0 0 0 13z" stroke="none" class="status__fill" />
            </>
        },
        Status::AtRisk => html! {
            <>
                <path d="M8 1.6l6.6 12.2H1.4z" fill="none" stroke-linejoin="round" />
                <path d="M8 6v3.8" fill="none" />
                <circle cx="8" cy="11.7" r="0.6" class="status__fill" />
            </>
        },
        Status::Blocked => html! {
            <>
                <circle cx="8" cy="8" r="6.5" fill="none" />
                <path d="M3.4 12.6l9.2-9.2" fill="none" />
            </>
        },
    };
    html! {
        <svg class="status__icon" viewBox="0 0 16 16" width="16" height="16"
            aria-hidden="true" focusable="false">
            { shape }
        </svg>
    }
}
