//! The policy switches, grouped by actor (Washington, Beijing). The data's headline policies
//! (`meta.headline`: the starting report's) come first; the rest sits behind a disclosure.

use super::policy_switch::PolicySwitch;
use crate::model::i18n::msg;
use crate::model::Actor;
use crate::model::{IdSet, PolicyId};
use crate::state::WorldRef;
use yew::prelude::*;

/// The board for the policies in `on` switched on; `ontoggle` gets a flipped policy's id;
/// `changed` is how many of the folded policies the view sets differently from the record (the
/// folded summary says so: a flipped switch must not hide under "from the record"). A view
/// function, not a component: each switch is a component and skips re-rendering on its own.
pub fn switch_board(
    world: &WorldRef,
    on: &IdSet<PolicyId>,
    changed: usize,
    ontoggle: &Callback<AttrValue>,
) -> Html {
    let group = |actor: Actor, headline: bool| -> Html {
        let mut policies: Vec<&crate::model::Policy> = world
            .policies
            .iter()
            .filter(|p| p.actor == actor && world.is_headline(&p.id) == headline)
            .collect();
        // The headline switches in the data's headline order; the rest in the data's order.
        crate::model::sort_short_by_key(&mut policies, |p| {
            world.meta.headline.iter().position(|h| *h == p.id)
        });
        if policies.is_empty() {
            return html! {};
        }
        let heading_id = format!(
            "switches-{}-{}",
            actor.slug(),
            if headline { "key" } else { "more" }
        );
        html! {
            <div class="switches__group" role="group" aria-labelledby={heading_id.clone()}>
                <h3 class="switches__actor" id={heading_id}>{ actor.label() }</h3>
                <ul class="switches__list" role="list">
                    { for policies.into_iter().map(|p| html! {
                        <PolicySwitch key={p.id.as_str()} world={world.clone()}
                            policy={AttrValue::from(p.id.as_str())}
                            on={on.contains(&p.id)}
                            ontoggle={ontoggle.clone()} />
                    }) }
                </ul>
            </div>
        }
    };
    let more = world
        .policies
        .iter()
        .filter(|p| !world.is_headline(&p.id))
        .count();
    html! {
        <section class="switches" id="switches" aria-labelledby="switches-heading">
            <h2 id="switches-heading">{ msg::switches_heading() }</h2>
            { group(Actor::Us, true) }
            { group(Actor::China, true) }
            if more > 0 {
                <details class="switches__more">
                    <summary>{ if changed > 0 {
                        msg::switches_more_changed(more, changed)
                    } else {
                        msg::switches_more(more)
                    } }</summary>
                    { group(Actor::Us, false) }
                    { group(Actor::China, false) }
                </details>
            }
        </section>
    }
}
