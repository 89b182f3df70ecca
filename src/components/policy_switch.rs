//! One policy as a real switch: a button with role="switch", named by the policy, described by
//! its one-line summary, with its sources beneath. A native button gives Space/Enter and focus.

use super::citation::push_citations;
use super::text;
use crate::markup::Markup;
use crate::model::i18n::msg;
use crate::state::WorldRef;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PolicySwitchProps {
    pub world: WorldRef,
    pub policy: AttrValue,
    pub on: bool,
    /// Called with the policy id when the reader flips the switch.
    pub ontoggle: Callback<AttrValue>,
}

#[component]
pub fn PolicySwitch(props: &PolicySwitchProps) -> Html {
    // Phones show two lines of the summary until the reader asks for the rest (CSS clamps it).
    // Hooks come before any early return. `bool::default` (false), not a closure: every
    // `use_state` of a bool then shares one instantiation of Yew's state hook.
    let expanded = use_state(bool::default);
    let Some(policy) = props
        .world
        .policies
        .iter()
        .find(|p| p.id == props.policy.as_str())
    else {
        return html! {};
    };
    let summary_id = text::dom_id("policy-summary", &policy.id);
    let text_id = text::dom_id("policy-text", &policy.id);
    let onmore = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    // The summary never changes: written as markup, so Yew never re-creates it.
    let mut summary = Markup::new();
    summary
        .start("p")
        .attr("class", "switch__summary")
        .attr("id", &summary_id)
        .open();
    summary
        .start("span")
        .attr("id", &text_id)
        .attr("class", "switch__text")
        .open();
    if policy.hypothetical {
        summary
            .fixed("<span class=\"switch__whatif\">")
            .text(msg::switch_what_if())
            .fixed("</span>");
    }
    summary
        .text(&policy.summary)
        .fixed("</span> <span class=\"switch__sources\">");
    push_citations(&mut summary, &props.world, &policy.sources);
    summary.fixed("</span></p>");
    let summary = text::raw(summary);
    let onclick = text::emit_on_click(&props.ontoggle, props.policy.clone());
    html! {
        <li class={if props.on { "switch switch--on" } else { "switch" }}>
            <button type="button" role="switch" class="switch__button"
                aria-checked={if props.on { "true" } else { "false" }}
                aria-describedby={summary_id.clone()}
                {onclick}>
                <span class="switch__track" aria-hidden="true"><span class="switch__thumb"></span></span>
                <span class="switch__name">{ &policy.name }</span>
                <span class="switch__state" aria-hidden="true">{ if props.on { msg::switch_on() } else { msg::switch_off() } }</span>
            </button>
            <div class={if *expanded { "switch__about switch__about--open" } else { "switch__about" }}>
                { summary }
                <button type="button" class="switch__more" aria-expanded={if *expanded { "true" } else { "false" }}
                    aria-controls={text_id} onclick={onmore}>
                    { if *expanded { msg::switch_less() } else { msg::switch_more() } }
                    <span class="visually-hidden">{ msg::switch_more_about(&policy.name) }</span>
                </button>
            </div>
        </li>
    }
}
