//! The timeline: presets, a scrubber over the dated events, and the list of events. The
//! scenario's current date and the data's "as of" date are always shown here.

use super::citation::push_citations;
use super::text;
use crate::markup::Markup;
use crate::model::i18n::msg;
use crate::model::{date_label, PresetId};
use crate::state::WorldRef;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub world: WorldRef,
    /// The scenario's date, `YYYY-MM-DD`.
    pub date: AttrValue,
    /// Called with a date to move the scenario to (the switches follow the record).
    pub ondate: Callback<AttrValue>,
    /// Called with a preset id from the data.
    pub onpreset: Callback<AttrValue>,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let world = &props.world;
    let events = &world.events;
    // The latest event on or before the scenario date (ISO dates compare as text).
    let current = events
        .iter()
        .rposition(|e| e.date.as_str() <= props.date.as_str());
    let oninput = {
        // The world is shared, so the handler looks the date up rather than copying every date.
        let (ondate, world) = (props.ondate.clone(), props.world.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let index = input.value().parse::<usize>().ok();
            if let Some(event) = index.and_then(|i| world.events.get(i)) {
                ondate.emit(AttrValue::from(event.date.clone()));
            }
        })
    };
    let go = |date: &str| text::emit_on_click(&props.ondate, AttrValue::from(date.to_string()));
    // The data's presets, plus the ends of the timeline when no preset sits there:
    // (label, date, preset id when it is one of the data's).
    let mut presets: Vec<(String, String, Option<PresetId>)> = world
        .presets
        .iter()
        .map(|p| (p.label.clone(), p.date.clone(), Some(p.id.clone())))
        .collect();
    crate::model::sort_short_by(&mut presets, |a, b| a.1.cmp(&b.1));
    let (earliest, latest) = (world.earliest(), world.latest());
    if !presets.iter().any(|p| p.1 == earliest) {
        let label = msg::timeline_earliest(&date_label(earliest));
        presets.insert(0, (label, earliest.to_string(), None));
    }
    if !presets.iter().any(|p| p.1 == latest) {
        let label = msg::timeline_latest(&date_label(latest));
        presets.push((label, latest.to_string(), None));
    }
    let pick = |date: &str, id: &Option<PresetId>| match id {
        Some(id) => text::emit_on_click(&props.onpreset, AttrValue::from(id.as_str())),
        None => go(date),
    };
    let valuetext = current
        .and_then(|i| events.get(i))
        .map(|e| msg::timeline_event(&date_label(&e.date), &e.title))
        .unwrap_or_else(|| date_label(&props.date));
    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{ msg::timeline_heading() }</h2>
            <p class="timeline__now">
                { msg::timeline_scenario_date() }<strong class="timeline__date">{ date_label(&props.date) }</strong>
                <span class="timeline__asof">{ msg::timeline_as_of(&date_label(&world.meta.as_of)) }</span>
            </p>
            <div class="timeline__presets" role="group" aria-label={msg::timeline_jump()}>
                { for presets.iter().map(|(label, date, id)| {
                    let pressed = date == props.date.as_str();
                    html! {
                        <button type="button" key={date.clone()}
                            class={if pressed { "button preset preset--current" } else { "button preset" }}
                            aria-pressed={if pressed { "true" } else { "false" }}
                            data-date={date.clone()}
                            onclick={pick(date, id)}>
                            { label }
                        </button>
                    }
                }) }
            </div>
            if !events.is_empty() {
                <label class="timeline__scrub">
                    <span class="timeline__scrub-label">{ msg::timeline_scrub() }</span>
                    <input type="range" min="0" max={(events.len() - 1).to_string()} step="1"
                        value={current.unwrap_or(0).to_string()}
                        aria-valuetext={valuetext}
                        {oninput} />
                </label>
            }
            <details class="timeline__events">
                <summary>{ msg::timeline_all_events(events.len()) }</summary>
                <ol class="timeline__list">
                    { for events.iter().enumerate().map(|(i, e)| {
                        let here = current == Some(i);
                        let class = match current {
                            Some(c) if i == c => "event event--current",
                            Some(c) if i > c => "event event--future",
                            _ => "event",
                        };
                        html! {
                            <li {class}>
                                <button type="button" class="event__go" onclick={go(&e.date)}
                                    aria-current={here.then_some("step")}>
                                    <span class="event__date">{ date_label(&e.date) }</span>
                                    { " " }
                                    <span class="event__title">{ &e.title }</span>
                                </button>
                                { caption(world, e) }
                            </li>
                        }
                    }) }
                </ol>
            </details>
        </section>
    }
}

/// An event's caption and its citations: markup that never changes, so Yew never re-creates it.
fn caption(world: &crate::model::World, event: &crate::model::Event) -> Html {
    let mut m = Markup::new();
    m.fixed("<p class=\"event__caption\">")
        .text(&event.caption)
        .fixed(" ");
    push_citations(&mut m, world, &event.sources);
    m.fixed("</p>");
    text::raw(m)
}
