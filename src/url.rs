//! The view's state in the page address, so a link reproduces exactly what its author saw:
//! `?date=2025-08-14&on=deepseek-listed&off=h20-allowed&dev=deepseek&theme=dark`.
//!
//! Parsing never fails: a parameter that is unknown, malformed or names something that does not
//! exist is ignored with a `Notice` saying which and why, and the rest of the link still works.
//! Percent-decoding is done by hand (no url crate) and every input size is capped.

use crate::embed::protocol::{BadChildId, ChildId};
use crate::model::i18n::{msg, Locale};
use crate::model::validate::parse_date;
use crate::model::{DeveloperId, IdSet, PolicyId, PresetId, Scenario, Workload, World};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follow the reader's system setting.
    #[default]
    Auto,
    Light,
    Dark,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Free exploration: switches, matrix, timeline.
    #[default]
    Explore,
    /// The classroom step-through.
    Story,
    /// Large type for a projector.
    Present,
    /// The teacher notes alone, following the presenter view's step (another window, on the
    /// teacher's own screen: docs/classroom.md). Parsed by every bundle, or the reader's would
    /// call the link malformed; shown by the classroom's.
    Notes,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];
    pub fn slug(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

impl Mode {
    pub const ALL: [Mode; 4] = [Mode::Explore, Mode::Story, Mode::Present, Mode::Notes];
    pub fn slug(self) -> &'static str {
        match self {
            Mode::Explore => "explore",
            Mode::Story => "story",
            Mode::Present => "present",
            Mode::Notes => "notes",
        }
    }
}

/// A part of the explainer an embed can show (`?parts=switches,matrix`): the editor chooses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Switches,
    Matrix,
    Diagram,
    Timeline,
    /// A link into the classroom story.
    Story,
    Sources,
}

impl Part {
    pub const ALL: [Part; 6] = [
        Part::Switches,
        Part::Matrix,
        Part::Diagram,
        Part::Timeline,
        Part::Story,
        Part::Sources,
    ];
    pub fn slug(self) -> &'static str {
        match self {
            Part::Switches => "switches",
            Part::Matrix => "matrix",
            Part::Diagram => "diagram",
            Part::Timeline => "timeline",
            Part::Story => "story",
            Part::Sources => "sources",
        }
    }
    /// As the embed dialog names it.
    pub fn label(self) -> &'static str {
        match self {
            Part::Switches => msg::part_switches(),
            Part::Matrix => msg::part_matrix(),
            Part::Diagram => msg::part_diagram(),
            Part::Timeline => msg::timeline_heading(),
            Part::Story => msg::part_story(),
            Part::Sources => msg::sources_heading(),
        }
    }
    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of parts (a bit per `Part`), listed in `Part::ALL` order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Parts(u8);

impl Parts {
    pub fn contains(self, part: Part) -> bool {
        self.0 & part.bit() != 0
    }
    pub fn with(self, part: Part, on: bool) -> Parts {
        Parts(if on {
            self.0 | part.bit()
        } else {
            self.0 & !part.bit()
        })
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub fn iter(self) -> impl Iterator<Item = Part> {
        Part::ALL.into_iter().filter(move |p| self.contains(*p))
    }
    /// `switches,matrix`: the `parts=` value.
    pub fn slugs(self) -> String {
        self.iter().map(Part::slug).collect::<Vec<_>>().join(",")
    }
}

impl FromIterator<Part> for Parts {
    fn from_iter<I: IntoIterator<Item = Part>>(parts: I) -> Parts {
        parts
            .into_iter()
            .fold(Parts::default(), |s, p| s.with(p, true))
    }
}

/// Parameters that platforms add to shared links (campaign tags, click ids): never the
/// reader's mistake, so ignored without a notice.
pub fn is_tracking_parameter(key: &str) -> bool {
    key.starts_with("utm_")
        || matches!(
            key,
            "fbclid" | "gclid" | "dclid" | "msclkid" | "mc_cid" | "mc_eid"
        )
}

/// Everything about the view a link carries. `Default` is the widget as it opens.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// A preset chosen by id; at most one of `preset` and `date` is set.
    pub preset: Option<PresetId>,
    /// A date chosen on the timeline (`YYYY-MM-DD`).
    pub date: Option<String>,
    /// Switches turned on, or off, relative to what the date implies.
    pub on: IdSet<PolicyId>,
    pub off: IdSet<PolicyId>,
    /// The developer whose paths are open in detail.
    pub developer: Option<DeveloperId>,
    /// The workload the path diagram shows.
    pub workload: Workload,
    pub theme: Theme,
    /// The language chosen by the link or the picker (`lang=zh-CN`); `None` follows the
    /// reader's browser (`navigator.languages`), else English.
    pub lang: Option<Locale>,
    pub mode: Mode,
    /// Compact layout without page chrome, for iframes.
    pub embed: bool,
    /// The story step shown (0-based), in story or present mode.
    pub step: Option<usize>,
    /// classroom: the "Before we start" card is shown (before step 1; `step=0` in a link).
    pub intro: bool,
    /// Pym.js's `childId`, echoed in the height messages sent to the host page.
    pub child_id: Option<String>,
    /// The parts an embed shows (`parts=`); `None` is the compact default (switches and matrix,
    /// the rest folded).
    pub parts: Option<Parts>,
    /// The matrix shows one workload only (`only=training|inference`); `None` shows both.
    pub only: Option<Workload>,
    /// The embed hides the widget's own title (`title=0`): the article has its own.
    pub hide_title: bool,
    /// The data revision an embed was published with (`rev=`, `World::revision`: the later of
    /// the data's "as of" date and its last correction).
    pub rev: Option<String>,
    /// The kit: beside each cell, what the record says at the date shown (`cmp=1`).
    pub compare: bool,
}

/// A parameter that was ignored, and why. Both parts are cut short for display. Worded when
/// shown (`Display`), so the notice reads in the language in effect then, not the one the link
/// was read in (a language file arrives after the link is read).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The parameter ignored; empty for the whole link (too long, too many parameters).
    pub parameter: String,
    pub reason: Reason,
}

impl Notice {
    /// Why, in words (the active language's).
    pub fn message(&self) -> String {
        self.reason.text()
    }
}

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parameter = match self.parameter.as_str() {
            "" => msg::notice_whole_link(),
            named => named,
        };
        f.write_str(&msg::notice_ignored(parameter, &self.message()))
    }
}

/// Why a parameter was ignored; the texts are the link's own values, cut short.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    NotUtf8,
    ValueNotUtf8,
    TooLong,
    TooMany,
    Repeated,
    OnAndOff,
    StepNeedsStory,
    DateGiven,
    NoPreset(String),
    NotDate(String),
    /// The date, the timeline's first and last.
    Outside(String, String, String),
    NoSwitch(String),
    NoDeveloper(String),
    NotWorkload(String),
    NotTheme(String),
    /// The value, the languages spoken.
    NotLanguage(String, String),
    NotMode(String),
    NotFlag(String),
    /// The value, the last step.
    NotStep(String, usize),
    /// Why the Pym id is refused (embed::protocol's check, worded when shown).
    ChildId(BadChildId),
    NoPart(String),
    NoParts,
    NotRevision(String),
    Unknown,
}

impl Reason {
    /// The reason in words: one whole message each.
    pub fn text(&self) -> String {
        match self {
            Reason::NotUtf8 => msg::notice_not_utf8().to_string(),
            Reason::ValueNotUtf8 => msg::notice_value_not_utf8().to_string(),
            Reason::TooLong => msg::notice_too_long(&MAX_QUERY.to_string()),
            Reason::TooMany => msg::notice_too_many(&MAX_PARAMETERS.to_string()),
            Reason::Repeated => msg::notice_repeated().to_string(),
            Reason::OnAndOff => msg::notice_on_and_off().to_string(),
            Reason::StepNeedsStory => msg::notice_step_needs_story().to_string(),
            Reason::DateGiven => msg::notice_date_given().to_string(),
            Reason::NoPreset(v) => msg::notice_no_preset(v),
            Reason::NotDate(v) => msg::notice_not_date(v),
            Reason::Outside(v, from, to) => msg::notice_outside(v, from, to),
            Reason::NoSwitch(v) => msg::notice_no_switch(v),
            Reason::NoDeveloper(v) => msg::notice_no_developer(v),
            Reason::NotWorkload(v) => msg::notice_not_workload(v),
            Reason::NotTheme(v) => msg::notice_not_theme(v),
            Reason::NotLanguage(v, spoken) => msg::notice_not_language(v, spoken),
            Reason::NotMode(v) => msg::notice_not_mode(v),
            Reason::NotFlag(v) => msg::notice_not_flag(v),
            Reason::NotStep(v, last) => msg::notice_not_step(v, &last.to_string()),
            Reason::ChildId(why) => msg::notice_child_id(&why.to_string()),
            Reason::NoPart(v) => msg::notice_no_part(v),
            Reason::NoParts => msg::notice_no_parts().to_string(),
            Reason::NotRevision(v) => msg::notice_not_revision(v),
            Reason::Unknown => msg::notice_unknown().to_string(),
        }
    }
}

/// Longest query read; the rest is ignored with a notice.
pub const MAX_QUERY: usize = 4096;
/// Most parameters read.
pub const MAX_PARAMETERS: usize = 64;
/// Longest text quoted back in a notice.
const MAX_QUOTE: usize = 40;

/// Parameters iframe hosts add that the widget does not use: accepted silently.
const HOST_PARAMETERS: [&str; 3] = ["initialWidth", "parentTitle", "parentUrl"];

impl ViewState {
    /// Reads a query string (with or without the leading `?`). Never panics.
    pub fn parse(query: &str, world: &World) -> (ViewState, Vec<Notice>) {
        parse(query, world)
    }

    /// A short, stable query string (`?…`), or `""` for the default view. Parameters come in a
    /// fixed order and lists are sorted, so equal states give equal links.
    pub fn to_query(&self, world: &World) -> String {
        to_query(self, world)
    }

    /// The date the view shows: the chosen date, the preset's, or the default preset's.
    pub fn effective_date(&self, world: &World) -> String {
        if let Some(date) = &self.date {
            return date.clone();
        }
        let preset = self.preset.as_deref().and_then(|id| world.preset(id));
        preset
            .or(world.default_preset())
            .map_or_else(|| world.meta.as_of.clone(), |p| p.date.clone())
    }

    /// The scenario: the date's switches, then the reader's overrides.
    pub fn scenario(&self, world: &World) -> Scenario {
        let mut scenario = world.scenario_at(&self.effective_date(world));
        scenario.on.extend(self.on.iter().cloned());
        for id in &self.off {
            scenario.on.remove(id);
        }
        scenario
    }

    /// Records a toggle as an override relative to the date's switches (removing the override
    /// when the switch goes back to what the date implies).
    pub fn set_switch(&mut self, world: &World, policy: &str, on: bool) {
        let implied = world
            .switches_at(&self.effective_date(world))
            .contains(policy);
        self.on.remove(policy);
        self.off.remove(policy);
        match (on, implied) {
            (true, false) => {
                self.on.insert(policy.to_string());
            }
            (false, true) => {
                self.off.insert(policy.to_string());
            }
            _ => {}
        }
    }
}

/// What the editor chooses in the Embed dialog: the parts, the workload, the title, the theme,
/// and whether the embed follows the latest data or stays pinned to this view's date and data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedChoice {
    /// `None`: the compact default (switches and matrix, the rest folded).
    pub parts: Option<Parts>,
    pub only: Option<Workload>,
    pub show_title: bool,
    pub theme: Theme,
    /// Opt-in: no date or data revision in the link, so the embed shows whatever the widget's
    /// data says when the reader opens it.
    pub follow_latest: bool,
}

impl EmbedChoice {
    /// The dialog's starting point for a view: compact, both workloads, titled, the view's own
    /// theme, pinned.
    pub fn for_view(view: &ViewState) -> EmbedChoice {
        EmbedChoice {
            parts: None,
            only: None,
            show_title: true,
            theme: view.theme,
            follow_latest: false,
        }
    }

    /// The parts ticked in the dialog; the compact default shows the switches and the matrix.
    pub fn ticked(&self) -> Parts {
        self.parts
            .unwrap_or_else(|| [Part::Switches, Part::Matrix].into_iter().collect())
    }

    /// Ticks or unticks a part: ticking exactly the default's parts returns to the default.
    pub fn tick(&mut self, part: Part, on: bool) {
        let parts = self.ticked().with(part, on);
        let default = EmbedChoice::for_view(&ViewState::default()).ticked();
        self.parts = (parts != default).then_some(parts);
    }
}

impl ViewState {
    /// The view an embed code carries for `choice` (without `embed` and `childId`, which the
    /// snippet adds): pinned by default to the date on screen and the data's revision, so a
    /// published graphic keeps its date and says when the record changed after it.
    pub fn for_embed(&self, world: &World, choice: &EmbedChoice) -> ViewState {
        let mut view = ViewState {
            embed: false,
            child_id: None,
            parts: choice.parts,
            only: choice.only,
            hide_title: !choice.show_title,
            theme: choice.theme,
            rev: None,
            ..self.clone()
        };
        if !choice.follow_latest {
            if view.date.is_none() {
                // A preset or the default's date, written out: the preset's date could move.
                view.date = Some(self.effective_date(world));
                view.preset = None;
            }
            view.rev = Some(world.revision().to_string());
        }
        view
    }
}

/// Unicode's bidirectional controls (embeddings, overrides, isolates, marks): quoted back from
/// a link they could reorder the notice's own words, so they are dropped.
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// Link text for display: without bidirectional controls, cut to `max` characters, the cut
/// marked.
fn quote(text: &str, max: usize) -> String {
    let mut chars = text.chars().filter(|c| !is_bidi_control(*c));
    let mut cut: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        cut.push('…');
    }
    cut
}

/// Records a notice, once: a link repeating the same mistake gets one notice for it.
fn notice(notices: &mut Vec<Notice>, parameter: &str, reason: Reason) {
    let notice = Notice {
        parameter: quote(parameter, MAX_QUOTE),
        reason,
    };
    if !notices.contains(&notice) {
        notices.push(notice);
    }
}

/// `%XX` and `+` decoding; a `%` not followed by two hex digits stays as it is.
pub fn percent_decode(text: &str) -> Result<String, String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (
                bytes.get(i + 1).and_then(|b| hex(*b)),
                bytes.get(i + 2).and_then(|b| hex(*b)),
            ) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| "it is not valid UTF-8 text".to_string())
}

fn hex(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// Encodes everything but unreserved characters (and `,`, which separates list items here).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~,".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn parse(query: &str, world: &World) -> (ViewState, Vec<Notice>) {
    let mut state = ViewState::default();
    let mut notices = Vec::new();
    let mut query = query.strip_prefix(['?', '#']).unwrap_or(query);
    if query.len() > MAX_QUERY {
        let mut end = MAX_QUERY;
        while !query.is_char_boundary(end) {
            end -= 1;
        }
        query = &query[..end];
        notice(&mut notices, "", Reason::TooLong);
    }
    let mut seen: IdSet<String> = IdSet::new();
    for (count, pair) in query.split('&').filter(|p| !p.is_empty()).enumerate() {
        if count == MAX_PARAMETERS {
            notice(&mut notices, "", Reason::TooMany);
            break;
        }
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = match percent_decode(raw_key) {
            Ok(key) => key,
            Err(_) => {
                notice(&mut notices, raw_key, Reason::NotUtf8);
                continue;
            }
        };
        // The first of each parameter is the one read, even when its value turns out to be
        // unusable (malformed encoding included): a later repeat never takes its place. The
        // loader reads `mode` by this rule too (web/loader.js), so both pick the same bundle.
        let list = matches!(key.as_str(), "on" | "off");
        if !list && !seen.insert(key.clone()) {
            notice(&mut notices, &key, Reason::Repeated);
            continue;
        }
        let value = match percent_decode(raw_value) {
            Ok(value) => value,
            Err(_) => {
                notice(&mut notices, &key, Reason::ValueNotUtf8);
                continue;
            }
        };
        apply(&mut state, &mut notices, world, &key, &value);
    }
    // A switch both forced on and off: neither wins.
    let both: Vec<PolicyId> = state.on.intersection(&state.off).cloned().collect();
    for id in both {
        state.on.remove(&id);
        state.off.remove(&id);
        notice(&mut notices, &id, Reason::OnAndOff);
    }
    if state.step.is_some() && state.mode == Mode::Explore {
        state.step = None;
        state.intro = false;
        notice(&mut notices, "step", Reason::StepNeedsStory);
    }
    (state, notices)
}

fn apply(state: &mut ViewState, notices: &mut Vec<Notice>, world: &World, key: &str, value: &str) {
    let shown = quote(value, MAX_QUOTE);
    match key {
        "date" | "preset" => {
            if state.date.is_some() || state.preset.is_some() {
                notice(notices, key, Reason::DateGiven);
            } else if let Some(preset) = world.preset(value) {
                state.preset = Some(preset.id.clone());
            } else if key == "preset" {
                notice(notices, key, Reason::NoPreset(shown));
            } else if parse_date(value).is_none() {
                notice(notices, key, Reason::NotDate(shown));
            } else if value < world.earliest() || value > world.latest() {
                notice(
                    notices,
                    key,
                    Reason::Outside(
                        value.to_string(),
                        world.earliest().to_string(),
                        world.latest().to_string(),
                    ),
                );
            } else {
                state.date = Some(value.to_string());
            }
        }
        "on" | "off" => {
            for id in value.split(',').filter(|id| !id.is_empty()) {
                if world.policy(id).is_none() {
                    notice(notices, key, Reason::NoSwitch(quote(id, MAX_QUOTE)));
                } else if key == "on" {
                    state.on.insert(id.to_string());
                } else {
                    state.off.insert(id.to_string());
                }
            }
        }
        "dev" => match world.developer(value) {
            Some(developer) => state.developer = Some(developer.id.clone()),
            None => notice(notices, key, Reason::NoDeveloper(shown)),
        },
        "workload" => match Workload::from_slug(value) {
            Some(workload) => state.workload = workload,
            None => notice(notices, key, Reason::NotWorkload(shown)),
        },
        "theme" => match Theme::ALL.into_iter().find(|t| t.slug() == value) {
            Some(theme) => state.theme = theme,
            None => notice(notices, key, Reason::NotTheme(shown)),
        },
        "lang" => match Locale::from_tag(value) {
            Some(locale) => state.lang = Some(locale),
            None => {
                let spoken: Vec<&str> = Locale::all()
                    .filter(|l| !l.info().pseudo)
                    .map(Locale::tag)
                    .collect();
                notice(notices, key, Reason::NotLanguage(shown, spoken.join(", ")))
            }
        },
        "mode" => match Mode::ALL.into_iter().find(|m| m.slug() == value) {
            Some(mode) => state.mode = mode,
            None => notice(notices, key, Reason::NotMode(shown)),
        },
        "embed" => match value {
            "" | "1" | "true" => state.embed = true,
            "0" | "false" => state.embed = false,
            _ => notice(notices, key, Reason::NotFlag(shown)),
        },
        "step" => match value.parse::<usize>() {
            Ok(0) if value.len() <= 4 && !world.story.is_empty() => {
                state.step = Some(0);
                state.intro = true;
            }
            Ok(step) if value.len() <= 4 && step >= 1 && step <= world.story.len() => {
                state.step = Some(step - 1);
                state.intro = false;
            }
            _ => notice(notices, key, Reason::NotStep(shown, world.story.len())),
        },
        // The Pym code's own check (embed::protocol), so every id it would refuse gets a notice.
        "childId" => match ChildId::parse(value) {
            Ok(id) => state.child_id = Some(id.as_str().to_owned()),
            Err(why) => notice(notices, key, Reason::ChildId(why)),
        },
        "parts" => {
            let mut parts = Parts::default();
            for slug in value.split(',').filter(|s| !s.is_empty()) {
                match Part::ALL.into_iter().find(|p| p.slug() == slug) {
                    Some(part) => parts = parts.with(part, true),
                    None => notice(notices, key, Reason::NoPart(quote(slug, MAX_QUOTE))),
                }
            }
            if parts.is_empty() {
                notice(notices, key, Reason::NoParts);
            } else {
                state.parts = Some(parts);
            }
        }
        "only" => match Workload::from_slug(value) {
            Some(workload) => state.only = Some(workload),
            None => notice(notices, key, Reason::NotWorkload(shown)),
        },
        "cmp" => match value {
            "1" | "true" => state.compare = true,
            "0" | "false" => state.compare = false,
            _ => notice(notices, key, Reason::NotFlag(shown)),
        },
        "title" => match value {
            "1" | "true" => state.hide_title = false,
            "0" | "false" => state.hide_title = true,
            _ => notice(notices, key, Reason::NotFlag(shown)),
        },
        // Only recorded: the widget carries one revision of the data; the credit line says when
        // the embed was published with an older one.
        "rev" => match parse_date(value) {
            Some(_) => state.rev = Some(value.to_string()),
            None => notice(notices, key, Reason::NotRevision(shown)),
        },
        _ if is_tracking_parameter(key) => {}
        _ if HOST_PARAMETERS.contains(&key) => {}
        _ => notice(notices, key, Reason::Unknown),
    }
}

fn to_query(state: &ViewState, world: &World) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut push = |key: &str, value: &str| parts.push(format!("{key}={}", percent_encode(value)));
    if let Some(preset) = &state.preset {
        push("date", preset);
    } else if let Some(date) = &state.date {
        push("date", date);
    }
    // Only switches that exist, so a state built by hand still gives a clean link.
    let known = |ids: &IdSet<PolicyId>| -> String {
        ids.iter()
            .filter(|id| world.policy(id).is_some())
            .cloned()
            .collect::<Vec<_>>()
            .join(",")
    };
    let (on, off) = (known(&state.on), known(&state.off));
    if !on.is_empty() {
        push("on", &on);
    }
    if !off.is_empty() {
        push("off", &off);
    }
    if let Some(developer) = &state.developer {
        push("dev", developer);
    }
    if state.workload != Workload::default() {
        push("workload", state.workload.slug());
    }
    if state.theme != Theme::Auto {
        push("theme", state.theme.slug());
    }
    if let Some(lang) = state.lang {
        push("lang", lang.tag());
    }
    if state.mode != Mode::Explore {
        push("mode", state.mode.slug());
    }
    if state.embed {
        push("embed", "1");
    }
    if let Some(step) = state.step {
        push("step", &if state.intro { 0 } else { step + 1 }.to_string());
    }
    if let Some(parts) = state.parts {
        push("parts", &parts.slugs());
    }
    if let Some(only) = state.only {
        push("only", only.slug());
    }
    if state.hide_title {
        push("title", "0");
    }
    if state.compare {
        push("cmp", "1");
    }
    if let Some(rev) = &state.rev {
        push("rev", rev);
    }
    if let Some(child) = &state.child_id {
        push("childId", child);
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}
