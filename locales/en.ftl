# The widget's words in English: the source every other language is checked against.
# Fluent syntax (a subset: docs/i18n.md). A message's arguments are what English uses;
# every other language must use the same ones.

## Status words and what they mean (crates/model/src/labels.rs)
status-open = Open
status-friction = Friction
status-limited = Limited
status-at-risk = At risk
status-blocked = Blocked
# A matrix cell or a download row whose developer has no path on the record for the workload.
status-not-reported = Not reported
# The same words inside a sentence ("… is now limited"): lower case in English.
status-open-in-text = open
status-friction-in-text = friction
status-limited-in-text = limited
status-at-risk-in-text = at risk
status-blocked-in-text = blocked

# What each status means, in one line.
meaning-open = no known obstacle
meaning-friction = allowed, with paperwork, fees or political pressure
meaning-limited = works, but capped: a stockpile that cannot grow, a weak chip, scarce supply
meaning-at-risk = legal exposure
meaning-blocked = not available: banned, unlicensed or ordered stopped

## Routes: as they read after a chip's name ("H20, imported"), and as headings
route-import = imported
route-stockpile = from a stockpile
route-offshore = rented abroad
route-domestic = bought at home
route-title-import = Import new
route-title-stockpile = Stockpile already held
route-title-offshore = Rent abroad
route-title-domestic = Buy domestic

workload-training = Training
workload-inference = Inference
# As they read inside a sentence ("DeepSeek's main training path").
workload-training-lower = training
workload-inference-lower = inference

## How sure the record is about a source
confidence-official = official document
confidence-company = company statement
confidence-multi = several outlets
confidence-one = one outlet
confidence-disputed = disputed

actor-us = Washington
actor-china = Beijing
direction-tightens = tightens
direction-loosens = loosens
gate-us-export = US export permission
gate-china-import = Chinese import permission
gate-none = not a gate
origin-us = US
origin-china = Chinese

## A path: its chip and route; the matrix cell's line with its worst reason
path-name = { $chip }, { $route }
path-summary-one = { $path } — { $reason }
path-summary-more = { $path } — { $reason } (and { $more } more)

## When a policy was in force
in-force-never = never applied
in-force-never-what-if = never applied (a what-if)
in-force-period = { $from } – { $until }
in-force-since = since { $from }
# Between items of a list of periods.
list-separator = { ", " }

## Dates: "14 Aug 2025", "Aug 2025", "2025"
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }
date-year = { $year }
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
# The last two items of a list: "A and B", "A, B and C" ($items is the rest, joined by
# list-separator).
list-and = { $items } and { $last }

## The change sentence after a switch or a move in time (crates/model/src/diff.rs).
## $action is one of the change-switch/change-move/change-this messages, or a story step's
## subject; $status a status word in lower case; $reason, $why and $note the data's own words.
change-switch-on = Switching on “{ $policy }”
change-switch-on-what-if = Switching on the what-if “{ $policy }”
change-switch-off = Switching off “{ $policy }”
change-switch-off-what-if = Switching off the what-if “{ $policy }”
change-this = This change
change-undo = Undoing your last change
change-redo = Redoing the change you took back
# A move in time drops the reader's switches: said first, then what the move did on the record.
change-reset = Putting every switch back as on the record
change-no-path = { $action } changes no developer's path.
change-move-nothing = { $action } changes no path on the record.
change-move = Moving to { $date }
change-no-path-note = { $action } changes no developer's path: { $note }.
change-no-main-status = { $action } changes no main path's status. { $detail }
# $clauses: one or more clause-* messages joined as a list; $detail: a detail-* sentence;
# $also: a level-* sentence about a path whose status held.
change-sentence = { $action } { $clauses }. { $detail }
change-sentence-also = { $action } { $clauses }. { $detail } { $also }
# Whose paths: "DeepSeek's" (each name), "DeepSeek's, Tencent's and 3 others'".
possessive = { $name }'s
possessive-others = { $first }, { $second } and { $n } others'
workloads-both = training and inference
# $owners: possessives as a list; $workloads: "training", "inference" or workloads-both;
# $n: how many paths.
clause-closes = closes { $owners } main { $workloads } { $n ->
    [one] path
   *[other] paths
}
clause-narrows = narrows { $owners } main { $workloads } { $n ->
    [one] path
   *[other] paths
}
clause-opens = opens { $owners } main { $workloads } { $n ->
    [one] path
   *[other] paths
}
clause-eases = eases { $owners } main { $workloads } { $n ->
    [one] path
   *[other] paths
}
clause-appears = puts { $owners } main { $workloads } { $n ->
    [one] path
   *[other] paths
} on the record
clause-leaves = takes { $owners } main { $workloads } { $n ->
    [one] path
   *[other] paths
} off the record
detail-none = { $who } has no main { $workload } path on the record.
detail-reported = { $who }'s { $workload } is now reported on { $path } ({ $status }: { $reason }).
detail-reported-open = { $who }'s { $workload } is now reported on { $path } (open).
# The same for a path whose chip or use is our modelling assumption (`modelled` in the data).
detail-modelled = { $who }'s { $workload } now shows on { $path } ({ $status }: { $reason }); which chip, which use or since when is our assumption, not a reported fact.
detail-modelled-open = { $who }'s { $workload } now shows on { $path } (open); which chip, which use or since when is our assumption, not a reported fact.
detail-now = { $who }'s main { $workload } path ({ $path }) is now { $status }: { $why }.
detail-moved-reason = { $who }'s main { $workload } path is now { $path } ({ $status }: { $reason }).
detail-moved = { $who }'s main { $workload } path is now { $path } ({ $status }).
# The same when the new main path's chip or use is our modelling assumption (`modelled`).
detail-moved-reason-modelled = { $who }'s main { $workload } path is now { $path } ({ $status }: { $reason }); which chip, which use or since when is our assumption, not a reported fact.
detail-moved-modelled = { $who }'s main { $workload } path is now { $path } ({ $status }); which chip, which use or since when is our assumption, not a reported fact.
detail-can-use-open = { $who } can now use { $path } (open).
detail-can-use = { $who } can now use { $path } ({ $status }: { $reason }).
# A main path that was usable before (limited, friction, at risk) and is better now: never "can now use" (audit12 F3).
detail-better-stockpile = { $who }'s main { $workload } path ({ $path }) is now { $status }: its stockpile can grow again.
detail-better = { $who }'s main { $workload } path ({ $path }) is now { $status }, with one burden less: { $why }.
detail-better-now = { $who }'s main { $workload } path ({ $path }) is now { $status }.
# A path whose status held. $kind is one of the path-kind-* messages.
path-kind-main = main { $workload } path
path-kind-fallback = { $workload } fallback
path-kind-other = other { $workload } path
level-main-now = { $who }'s main { $workload } path is now { $path }, also { $status }.
level-new-other = { $who } now has another { $workload } path: { $path } ({ $status }).
level-new-fallback-training = { $who } now has a training fallback: { $path } ({ $status }).
level-new-fallback-inference = { $who } now has an inference fallback: { $path } ({ $status }).
# A new fallback whose chip or use is our modelling assumption (audit11 A2), as detail-moved-modelled says it of a main path.
level-new-fallback-training-modelled = { $who } now has a training fallback: { $path } ({ $status }); which chip, which use or since when is our assumption, not a reported fact.
level-new-fallback-inference-modelled = { $who } now has an inference fallback: { $path } ({ $status }); which chip, which use or since when is our assumption, not a reported fact.
level-gone = { $who }'s { $kind } ({ $path }) is no longer on the record.
level-stays-more = { $who }'s { $kind } ({ $path }) stays { $status }, with one burden more: { $reason }.
level-stays-less = { $who }'s { $kind } ({ $path }) stays { $status }, with one burden less: { $reason }.
level-stays-less-still = { $who }'s { $kind } ({ $path }) stays { $status }, with one burden less: { $reason }. What still holds: { $still }.
level-stays-less-more = { $who }'s { $kind } ({ $path }) stays { $status }, with one burden less: { $reason }; and one more: { $added }.
level-worse = { $who }'s { $kind } ({ $path }) is now { $status }: { $reason }.
level-less = { $who }'s { $kind } ({ $path }) is now { $status }, with one burden less: { $reason }.
level-better-stockpile = { $who }'s { $kind } ({ $path }) is now { $status }: its stockpile can grow again.
level-now = { $who }'s { $kind } ({ $path }) is now { $status }.
level-likewise = { $detail } Likewise for { $names }.

## The classroom's step box (crates/model/src/story.rs): why the step changed what it did,
## and what else happened since the step before.
story-starts = This is where the story starts.
story-since = What happened since { $since }
story-nothing-since = Nothing else changed a main path since { $since }.
story-no-rule = This event changes no rule (no switch moves), so no main path changed because of it.
# A chip whose production ends on the step's date (audit12 F5): $note the data's words ("Nvidia halted H20 production on …"), $chip its name.
story-production-ended = { $note }. That is not a rule, but { $chip } stockpiles can no longer grow, whatever the two governments allow.
story-production-ended-subject = This
story-production-ended-nothing = No main path changes because of it.
# A policy's name in quotes, in a list of them.
quoted = “{ $name }”
# $policies: quoted names as a list.
story-switch-on = Switching on { $policies }
story-switch-off = Switching off { $policies }
story-switch-on-off = Switching on { $on } and off { $off }
story-no-main-path = { $subject } changes no developer's main path, because { $why }.
why-no-path-yet = the record shows no developer's path at this date yet
why-none-of-them = none of them reaches a path on the record at this date
why-reaches-none = it reaches none of the paths on the record at this date
why-lifted = { $policies } { $n ->
    [one] lifts
   *[other] lift
} it
why-eases-off = it eases { $policies }, which { $n ->
    [one] is
   *[other] are
} switched off
why-no-path-for = the record shows no path for { $names } at this date yet
why-for = for “{ $policy }”, { $why }
why-separator = { "; " }

## The page's frame (src/app.rs, pickers)
language-label = Language
# A language file did not load. $language: its name and why, e.g. "简体中文 (the network request failed)".
language-failed = { $language } could not be loaded; the widget stays in English.

## The headline above the matrix (src/components/headline.rs), after the date in bold.
# An event on that very date: ": {title}."
headline-event = : { $title }.
headline-latest = . Latest event, { $date }: { $title }.
headline-before = . Before the first event on the record.
headline-tally = Developers whose main path is open: { $train_open } of { $train_all } for training, { $infer_open } of { $infer_all } for inference.

## The switches (switch_board.rs, policy_switch.rs)
switches-heading = Policies
switches-more = More policies from the record ({ $n ->
   *[other] { $n }
})
# A switch under "More policies" differs from the record: how many of them ($changed).
switches-more-changed = More policies from the record ({ $n ->
   *[other] { $n }
}; { $changed ->
   *[other] { $changed }
} changed here)
switch-what-if = What-if, never applied:{ " " }
switch-on = On
switch-off = Off
switch-more = More
switch-less = Less
# For screen readers, after "More"/"Less".
switch-more-about = { " " }about “{ $policy }”

## The page footer and the link notice
footer-as-of = Data as of { $date }.
footer-sources = All sources
footer-privacy = . No cookies, no tracking, no requests to other sites.
notice-title = Parts of this link were ignored; showing the defaults for them.
notice-more = and { $n } more ignored
notice-dismiss = Dismiss notice

## The timeline (src/components/timeline.rs)
timeline-heading = Timeline
timeline-earliest = Earliest — { $date }
timeline-latest = Latest — { $date }
# The slider's spoken value: an event's date and title.
timeline-event = { $date }: { $title }
timeline-scenario-date = Scenario date:{ " " }
timeline-as-of = { " " }· data as of { $date }
timeline-jump = Jump to a moment
timeline-scrub = Move through the dated events
timeline-all-events = All dated events ({ $n ->
   *[other] { $n }
})

## The matrix (src/components/outcome_matrix.rs, text.rs)
matrix-known-for = ({ $known })
matrix-hide-paths = Hide paths
matrix-all-paths = All paths
matrix-caption-compact = Each developer's main path to compute. Choose a cell for the reasons, or a developer for every path.
matrix-caption = Each developer's main path to compute, and a better-off fallback where there is one. Choose a developer to see every path and why.
matrix-developer = Developer
matrix-fallback = Fallback: { $path } — { $status }
matrix-on-record = On the record: { $status }
matrix-differs = Differs from the record.
matrix-lifted-here = { " " }Lifted here:{ " " }
matrix-added-here = { " " }Added here:{ " " }
matrix-fallback-on-record = { " " }Fallback on the record: { $path } — { $status }.
matrix-no-fallback-on-record = { " " }No fallback on the record.
matrix-no-policy = No policy in this scenario stands in the way.
# Before a reason: "Blocked:".
reason-status = { $status }:
# For screen readers, after a compact cell's path.
matrix-reasons = : reasons
modelled = modelled
modelled-why = which chip, which use or since when is our assumption, not a reported fact
modelled-colon = : { $why }
# The compact matrix's line under the table that says what a cell's "*" means; $word: the
# word "modelled" (`modelled`), $meaning: its gloss (`gloss-modelled`), as the presenter's legend.
matrix-modelled-key = { $word } — { $meaning }

## A developer's paths in detail (src/components/path_details.rs)
details-heading = { $developer }: every path
details-close = Close
details-none = The record reports no path for this workload.
details-main = Main path
details-fallback = Fallback
details-other = Other path
details-reported-from = The record dates this path from { $since }.
details-reported-until = The record dates this path from { $since } until { $until }.
details-claim = Reported: { $claim }
details-disputed = { " " }(disputed)
# A later report on the same path: its date and text.
details-later = Later ({ $date }): { $text }

## The path diagram (src/components/path_diagram.rs)
diagram-heading = Who gets which chips
diagram-workload = Workload shown in the diagram
diagram-title = Paths to { $workload } compute: suppliers, chips and developers
diagram-desc = { $chips ->
    [one] { $chips } chip
   *[other] { $chips } chips
} from { $suppliers ->
    [one] { $suppliers } supplier
   *[other] { $suppliers } suppliers
}; { $links ->
    [one] { $links } chip-to-developer link
   *[other] { $links } chip-to-developer links
}, { $blocked } of them cut (blocked).
diagram-suppliers = Suppliers
diagram-chips = Chips
diagram-developers = Developers
# An edge, for screen readers: chip, developer, status.
diagram-edge = { $chip } to { $developer }: { $status }
# An edge whose paths are all disputed, or all our assumption (drawn faded).
diagram-edge-disputed = { $chip } to { $developer }: { $status } (disputed)
diagram-edge-modelled = { $chip } to { $developer }: { $status } (modelled)
diagram-legend-open = Solid: open.
diagram-legend-friction = Thin: friction.
diagram-legend-limited = Dashed: limited.
diagram-legend-at-risk = Dotted: at risk.
diagram-legend-blocked = Cut with a cross: blocked.
diagram-legend-faded = Faded: disputed, or modelled (which chip, which use or since when is our assumption).
# Between sentences in a line of them.
sentence-separator = { " " }

## Sources and citations (src/components/sources_panel.rs, citation.rs)
sources-heading = Sources
sources-checked = The record was checked up to { $date }. Confidence: official document = a government document or statement; company statement = a company's own statement, filing, paper or earnings call; several outlets = reported by several major outlets or confirmed on the record; one outlet = reported by one outlet, analyst firm or other single source (often from anonymous sources), not confirmed by others; disputed = the record disagrees.
sources-unknowns = What the record does not tell us
sources-corrections = Updates and corrections
# Around the two file links (world.toml, story.toml), which keep their names.
sources-download = The data behind the widget, in readable TOML:{ " " }
sources-download-world = { " " }(the facts and their sources) and{ " " }
sources-download-story = { " " }(the classroom story).
sources-all = All { $n ->
    [one] { $n } source
   *[other] { $n } sources
}
# After a source's outlet: ", 14 Aug 2025: " (the title follows).
sources-date = , { $date }:{ " " }
sources-confidence = { " " }({ $confidence })
# Around a list of citations, and in each: outlet, date; confidence.
cites-open = (
cites-close = )
cite = { $outlet }, { $date }
cite-confidence = { " " }· { $confidence }
cite-missing = source “{ $id }” not found
# For screen readers, after a link that opens a new tab.
new-tab = { " " }(opens in a new tab)

## The embed's credit line and the error panel
brand = Chip Paths
credit-full-view = Sources and full view
error-heading = Chip Paths could not be shown
error-reload = Reload with the default view

## The page (src/app.rs) and its tools
subtitle = What AI-chip export controls do to China's AI developers
title-hidden = Chip Paths: what AI-chip export controls do to China's AI developers
data-problems = The widget's data did not load. What is wrong with it:
matrix-heading = Paths to compute
legend-label = What the statuses mean
embed-updated = Published with the data of { $published }; the record has been updated or corrected since, last on { $as_of } (see “Updates and corrections”).
embed-story-link = Step through the story, 2022 to { $until }
embed-more = Statuses explained, timeline, diagram, sources
theme-label = Theme
theme-auto = Auto
theme-light = Light
theme-dark = Dark
history-label = Your changes
history-undo = Undo
history-redo = Redo
history-reset = Reset to the record
history-compare = Compare with the record
history-note = Undo (Ctrl+Z) and Redo (Shift+Ctrl+Z) step through your changes of switches, date and workload; your browser's Back button moves between views.
downloads-label = Download this view:{ " " }

## The Embed dialog (src/components/embed_dialog.rs)
# The iframe's title, for screen-reader users on the host page.
embed-title = Chip Paths: which paths to AI compute stay open for Chinese developers
embed-open = Embed
embed-heading = Embed this view
embed-shows = What the embed shows
embed-shows-hint = With the switches and the matrix alone (the default), the timeline, the diagram and the sources sit folded below them; any other choice shows exactly the parts ticked. The credit line always links to the full view.
part-switches = Policy switches
part-matrix = Matrix of paths
part-diagram = Path diagram
part-story = Link to the classroom story
embed-workload = Workload in the matrix
embed-both = Both
embed-look = Look
embed-theme-auto = Follow the reader's system
embed-show-title = Show the widget's own title
embed-follow-latest = Follow the latest data
embed-pinned = Off: pinned to { $date } (data as of { $as_of }). If the record is updated or corrected after you publish, the graphic shows the new record and says so above its headline.
embed-height-at = { $height } px at { $width } px wide
embed-heights = Height of this embed: { $heights }. The code starts at { $start } px and then follows the content.
embed-measuring = Measuring the embed's height at common column widths…
embed-code = Embed code
embed-code-hint = Paste into your CMS's HTML or embed block. Its few lines of script keep the height in step with the content; where scripts are stripped, the iframe alone still shows the whole embed on a phone, and also resizes through the Pym.js, Datawrapper, AMP and Embedly height messages.
embed-code-copy = Copy embed code
embed-link = Link to this view
embed-link-hint = Opens the full widget exactly as it is now.
embed-link-copy = Copy link to this view
embed-script = Script embed
embed-script-hint = A placeholder and a script that creates the iframe and keeps its height in step, for pages that allow scripts from the widget's site.
embed-script-copy = Copy script embed
embed-copied = { $what } copied.
embed-selected = { $what } selected: press Ctrl+C (⌘C on a Mac) to copy.
# Around the code words frame-src and script-src, which stay as they are.
embed-csp-before = No cookies, no tracking, no requests to other sites. A host page with a Content-Security-Policy needs only{ " " }
embed-csp-middle = { " " }for the widget's origin (and{ " " }
embed-csp-after = { " " }for the script embed, or for the embed code's inline script).

## The classroom (story_panel.rs, presenter_bar.rs, classroom.rs, predict_panel.rs)
story-label = Story
story-none = This data file has no classroom story.
story-count = Step { $step } of { $steps }
story-because = Because of this event:{ " " }
story-meanwhile = Meanwhile:{ " " }
story-steps = Story steps
story-back = Back
story-next = Next
# A step's button, for screen readers: its number and title.
story-step = Step { $step }: { $title }
story-hide-policies = Hide the policies
story-show-policies = Show the policies at this step
new-words = New words (choose one):
keys-label = Keys:{ " " }
keys-or = { " " }or{ " " }
key-space = Space
keys-step = { " " }step ·{ " " }
key-home = Home
key-end = End
keys-first-last = { " " }first and last
presenter-fullscreen = Full screen
presenter-show-answer = Show answer
presenter-notes = Teacher notes
# Before the teacher notes open in the presenter view (on the projector).
notes-ask = The teacher notes show every question's answer on this screen: if it is projected, the class will see them.
notes-ask-show = Show the notes and answers
notes-ask-cancel = Not now
# The presenter bar's button (a glyph; this is its name, read out and shown as a tooltip): the
# notes in a window of their own (?mode=notes), for the teacher's screen, following the step.
presenter-notes-window = Open notes in a new window
# When the browser refuses to open that window (a pop-up blocker).
notes-window-refused = The browser did not open the notes window: allow pop-ups for this page, or use “Teacher notes”.
presenter-new-class = New class
presenter-leave = Leave presenter view
predict-heading = Predict, then reveal
predict-reveal = Reveal the answer
predict-retry = Try again
predict-tick-first = Tick your answer first.
predict-ready = Ready when you are.
predict-why = Why, with sources
predict-nobody = Nobody loses
verdict-right = right
verdict-missed = missed
verdict-wrong = wrong
# Beside a choice in the answer when the teacher showed it with nothing ticked.
verdict-answer = answer
# The score line; $names: developers as a list.
score-not-nobody = Not nobody this time. The answer: { $names }.
score-nobody = Nobody loses their path.
# "Show answer" with nothing ticked: no score.
score-answer = The answer: { $names }.
score-found = { $right } of { $total } found. The answer: { $names }.
score-missed = { " " }Missed: { $names }.
score-kept = { " " }Keep their path: { $names }.
score-all-correct = { " " }All correct.
predict-none-worse = Every developer keeps its main { $workload } path's status: the switch makes no main path worse.
predict-keeps = { " " }keeps its main path:{ " " }
predict-goes-from = : main path goes from{ " " }
predict-to = { " " }to{ " " }
predict-fallback = Fallback: { $path }
classroom-story = Classroom story
# The classroom matrix legend's short glosses.
gloss-open = no known obstacle
gloss-friction = hurdles
gloss-limited = capped
gloss-at-risk = legal risk
gloss-blocked = not available
gloss-none = sources silent
gloss-modelled = partly our assumption, not all reported

## Reasons the model words itself (crates/model/src/evaluate.rs); $reason: a policy's own words.
stockpile-while = while { $reason }
stockpile-while-blocked = while new imports are blocked ({ $reasons })
stockpile-and = { ", and " }
stockpile-ended = ({ $note })
stockpile-why-ended = { $why } ({ $note })
stockpile-cannot-grow = its stockpile cannot grow { $why }
stockpile-halted-cannot-grow = { $note }, so its stockpile cannot grow
reported-weak = reported weak at { $workload }
supply-scarce = supply is scarce

## The kit (issue 17): the QR code (qr_code.rs, presenter_bar.rs), the worksheet and answer key
## (worksheet.rs), the picture links (downloads.rs) and the pictures' stamp (export.rs).
qr-button = QR code
qr-heading = Open this step on a phone
qr-hint = Scan with a phone's camera: it opens this step of the story, with the same date and switches, in the phone's browser.
qr-label = QR code of the link
qr-too-long = This link is too long for a QR code; share it as text instead.
sheet-worksheet = Worksheet
sheet-answer-key = Answer key
sheet-worksheet-heading = Chip Paths worksheet: who loses their path?
sheet-worksheet-intro = For each question, tick every developer whose main path gets worse when the switch moves, or tick Nobody. Then say why.
sheet-answer-key-heading = Chip Paths answer key
sheet-answer-key-intro = The model's answers, with the reasons the story's reveal shows and the sources each answer rests on. A developer loses its path when its main path's status gets worse.
sheet-name = Name:
# Said once on each printed sheet (the prompts do not repeat it): on paper there is no start card.
sheet-main-path = Main path: what a developer is reported to mainly use, or our assumption where marked “modelled”.
sheet-nobody = Nobody
sheet-why = Why?
sheet-answer = Answer:
# Before the sources a question of the answer key rests on (its policy's and its step's).
sheet-sources-for = Sources for this question:{ " " }
sheet-print = Print
sheet-close = Close
# "Question 3 · Next: “Beijing pushes back” (work from the situation on 11 Aug 2025)": the
# title of the step the question asks about (a later one), and the date of the step it is asked
# on, whose matrix the answer is worked out from (the event itself comes later: review10).
sheet-question-next = Question { $n } · Next: “{ $title }” (work from the situation on { $date })
# The same for a question no later step answers: its own step's title.
sheet-question = Question { $n } · “{ $title }” (work from the situation on { $date })
downloads-pictures = Pictures:
# The downloads line's status while a file's code loads on demand (web/kit-export.js), and if it cannot.
downloads-preparing = Preparing the file…
downloads-failed = The file could not be prepared: its code did not load. Check the connection and try again.
picture-matrix-svg = Matrix SVG
picture-matrix-png = Matrix PNG
picture-diagram-svg = Diagram SVG
picture-diagram-png = Diagram PNG
stamp-scenario-record = Scenario: { $date }; every switch as on the record
stamp-scenario-changed = Scenario: { $date }; switches changed from the record: { $switches }
stamp-switch-on = { $policy } on
# A main path in the CSV whose chip or use is our modelling assumption (the screen's "modelled" mark).
export-modelled-path = { $path } (modelled)
# The CSV's column headers and its words for the switches changed from the record (audit9 D8:
# a Chinese reader's CSV was in English there).
csv-developer = developer
csv-workload = workload
csv-status = status
csv-main-path = main path (“modelled”: which chip, which use or since when is our assumption, not a reported fact)
csv-main-path-evidence = main path evidence (the report, and later reports by the scenario date)
csv-main-path-sources = main path sources ([outlet, date, confidence])
csv-fallback = fallback
csv-reasons = reasons (status: reason [outlet, date, confidence])
csv-scenario-date = scenario date
csv-changed = switches changed from the record
csv-as-of = data as of (revision)
csv-switch-on = { $policy }: on
csv-switch-off = { $policy }: off
csv-switch-on-what-if = { $policy }: on (a what-if, never applied)
csv-switch-separator = { "; " }
stamp-switch-on-what-if = { $policy } on (a what-if, never applied)
stamp-switch-off = { $policy } off
stamp-source = Source: Chip Paths, data as of { $date }

## The classroom lesson around the story (src/components/lesson.rs, classroom.rs); the lesson's
## own words are data/lesson.toml's, translated in data/<tag>/texts.toml.
lesson-step-zero = Step 0: the lesson
lesson-developers = The developers:{ " " }
# The start card's developers, $list joined by list-separator.
lesson-developers-list = { $list }.
# A developer and what it is known for, in that list.
lesson-developer-known = { $name } ({ $known })
lesson-read-cell = How to read a cell (choose a word):
lesson-start = Start the story
lesson-discuss = Discuss:
# After a glossary word in a caption, for screen readers: the word is a button that explains it.
term-what = { " " }(what it means)
story-presenter-view = Presenter view
story-leave = Leave the story
notes-print = Print this page (Ctrl+P or ⌘P) to get these notes on paper.
notes-plan = A 20-minute lesson
notes-keys = Keys: → or Space next step, ← back, Home the “Before we start” card, End the last step; a presentation clicker works too, even after a box is ticked.
notes-answers = The questions and their answers
notes-step = Step { $step }:{ " " }
notes-answer = Answer:{ " " }
# Between the answer's names and the question's own explanation.
notes-answer-then = { ". " }
# A developer whose main path gets worse at a question: $path goes from status $before to
# $after; $why is the first reason, in the data's words.
notes-loss = { $name }: { $path } goes from { $before } to { $after }: { $why }.
notes-misconceptions = Common misconceptions
notes-background = Background for the teacher
notes-prompts = Discussion prompts
notes-groups = Giving groups different scenarios
# The notes' own window (?mode=notes), its status line: the step the presenter view shows
# ($step of $total, as the presenter counts them; $title: the step's title).
notes-following = Following step { $step } of { $total }: { $title }
notes-following-start = Following step 0 of { $total }: before the story starts
# After it, between questions: the step of the next question ($step).
notes-following-next = Next question: step { $step }.
notes-waiting = Waiting for the presenter view: open these notes with its “Open notes in a new window” button, in this browser.
# Beside the answer of the step on the projector, or else of the next question.
notes-now = On the projector now
notes-next = Next question
# Clauses of a change sentence: "closes A's path, and eases B's" ($items: the rest, joined by
# clause-separator).
clause-separator = { ", " }
clause-and = { $items } and { $last }

## The link notice's reasons (src/url.rs): why a parameter of the link was ignored. $value is the
## link's own text (cut short), $parameter the parameter's name.
notice-ignored = “{ $parameter }” was ignored: { $reason }
# The parameter's name in notice-ignored when the whole link is meant.
notice-whole-link = (link)
notice-not-utf8 = it is not valid UTF-8 text
notice-value-not-utf8 = its value: it is not valid UTF-8 text
notice-too-long = it is longer than { $max } characters; the rest was not read
notice-too-many = it has more than { $max } parameters; the rest were not read
notice-repeated = it appears more than once; the first one is used
notice-on-and-off = it is both switched on and off
notice-step-needs-story = a story step needs mode=story or mode=present
notice-date-given = a date was already given
notice-no-preset = there is no preset “{ $value }”
notice-not-date = “{ $value }” is not a date (YYYY-MM-DD) or a preset
# $from and $to: the timeline's first and last dates (YYYY-MM-DD).
notice-outside = { $value } is outside the timeline ({ $from } to { $to })
notice-no-switch = there is no switch “{ $value }”
notice-no-developer = there is no developer “{ $value }”
notice-not-workload = “{ $value }” is not training or inference
notice-not-theme = “{ $value }” is not auto, light or dark
# $languages: the language tags the widget speaks, "en, zh-CN".
notice-not-language = “{ $value }” is not a language this widget speaks ({ $languages })
notice-not-mode = “{ $value }” is not explore, story, present or notes
notice-not-flag = “{ $value }” is not 1 or 0
notice-not-step = “{ $value }” is not a story step (0 to { $last })
# $why: what is wrong with the id (child-id-*, at the end of this file).
notice-child-id = { $why }; a short id of letters, digits and - _ : . is needed
notice-no-part = there is no part “{ $value }”
notice-no-parts = it names no part the widget has
notice-not-revision = “{ $value }” is not a data revision (YYYY-MM-DD)
notice-unknown = it is not a parameter this widget knows

## zhrest: problems in the data file (crates/model/src/validate.rs). build.rs words every
## problem in every language into problems.bin; the error panel shows the reader's. Ids, dates,
## field names (since, main_from, when_lifted …) and titles are the data file's own, unchanged.
## Build-only (ftl::BUILD_ONLY: ids starting problem- or entry-): the widget never formats
## them, so their text is left out of en.bin and the language files.
# $what in entry-numbered, entry-id, problem-unknown and problem-named-twice.
problem-what-source = source
problem-what-policy = policy
problem-what-chip = chip
problem-what-developer = developer
problem-what-preset = preset
problem-what-default-preset = default preset
# Where a problem is. $n: a position in the file (1, 2, …); $field: a key of the file.
entry-meta = meta
entry-numbered = { $what } { $n }
entry-id = { $what } "{ $id }"
entry-event = event { $n } ("{ $title }")
entry-story-step = story step { $n }
entry-story-step-titled = story step { $n } ("{ $title }")
# $workload and $route: the file's words (training, inference; import, stockpile …).
entry-path = developer "{ $developer }": path { $n } ({ $workload }, { $chip }/{ $route })
entry-workload = developer "{ $developer }": { $workload }
entry-field = { $entry }: { $field }
entry-effect = { $entry }: effect { $n }
entry-lift = { $entry }: lift { $n }
entry-update = { $entry }: update { $n }
entry-listing-update = { $entry }: listing update { $n }
entry-unknown = { $entry }: unknown { $n }
entry-correction = { $entry }: correction { $n }
# What is wrong. $entry: one of the entry-* texts above.
problem-empty-id = { $entry } has an empty id
problem-id-characters = { $entry }: ids use only lowercase letters, digits and -
problem-defined-twice = { $entry } is defined twice
problem-unknown = { $entry } names unknown { $what } "{ $id }"
problem-named-twice = { $entry } names { $what } "{ $id }" twice
problem-no-sources = { $entry } has no sources
problem-reason-without-sources = { $entry } gives a reason without sources
problem-date-form = { $entry } has date "{ $date }", not YYYY-MM-DD, YYYY-MM or YYYY
problem-field-date-form = { $entry } has { $field } date "{ $date }", not YYYY-MM-DD, YYYY-MM or YYYY
problem-not-real-date = { $entry } has date "{ $date }", not a real YYYY-MM-DD date
# $earliest: the earliest date the record may hold (1990-01-01).
problem-date-too-early = { $entry } has date "{ $date }", before { $earliest }
problem-field-date-too-early = { $entry } has { $field } date "{ $date }", before { $earliest }
problem-date-after-as-of = { $entry } has date "{ $date }", after the record's as_of date { $as_of }
problem-field-date-after-as-of = { $entry } has { $field } date "{ $date }", after the record's as_of date { $as_of }
problem-as-of-outside = { $entry } has as_of date "{ $date }", outside { $earliest } to { $latest }
problem-dated-too-early = { $entry } is dated { $date }, before { $earliest }
problem-dated-after-as-of = { $entry } is dated { $date }, after the record's as_of date { $as_of }
problem-outside-timeline = { $entry } is dated { $date }, outside the timeline { $earliest } to { $latest }
problem-not-https = { $entry } has link "{ $url }", not an https address
problem-tightens-with-lifts = { $entry } tightens but has lifts; only loosening policies lift
problem-loosens-with-effects = { $entry } loosens but has effects; only tightening policies have effects
problem-lifts-loosening = { $entry } lifts "{ $policy }", which is not a tightening policy
# $lifted, $status: status labels (status-*).
problem-when-lifted = { $entry }: when_lifted "{ $lifted }" is not better than its status "{ $status }"
problem-no-text = { $entry } has no text
problem-no-note = { $entry } has no note
problem-before-path = { $entry }: since { $since } is before the path's since { $path_since }
problem-before-available = { $entry }: since { $since } is before its chip "{ $chip }" was available ({ $available })
# $field, $other: the path's date keys (since, until, main_from, main_until).
problem-date-before = { $entry }: { $field } { $date } is before { $other } { $other_date }
problem-date-not-after = { $entry }: { $field } { $date } is not after { $other } { $other_date }
problem-date-after = { $entry }: { $field } { $date } is after { $other } { $other_date }
problem-date-without = { $entry }: { $field } { $date } without { $other }
problem-no-main-path = { $entry } has no main path on { $date }
# $paths: the paths as chip/route, joined by problem-paths-and.
problem-two-main-paths = { $entry } has two main paths on { $date }: { $paths }
problem-three-main-paths = { $entry } has three main paths on { $date }: { $paths }
problem-main-paths = { $entry } has { $n } main paths on { $date }: { $paths }
problem-paths-and = { " and " }
problem-out-of-order-between = { $entry } on { $date } is out of date order, between events on { $before } and { $after }
problem-out-of-order-after = { $entry } on { $date } is out of date order, after an event on { $before }
problem-out-of-order-before = { $entry } on { $date } is out of date order, before an event on { $after }
problem-out-of-order = { $entry } on { $date } is out of date order
problem-hypothetical = { $entry } switches on "{ $policy }", a hypothetical policy
problem-on-and-off = { $entry } turns "{ $policy }" both on and off
problem-repeats = { $entry } repeats event { $n }: the same date, title and switches
problem-step-date = { $entry }: date { $date } is neither the date of an event nor the "as of" date
problem-step-earlier = { $entry }: date { $date } is earlier than the step before
problem-step-empty = { $entry }: title and caption must not be empty
problem-step-no-source = { $entry }: cites no source
problem-step-unknown-source = { $entry }: unknown source "{ $id }"
problem-question-unknown-policy = { $entry }: question names unknown policy "{ $policy }"
problem-question-already-on = { $entry }: question switches "{ $policy }" on, but it is already on then
problem-question-already-off = { $entry }: question switches "{ $policy }" off, but it is already off then
problem-question-no-prompt = { $entry }: question prompt must not be empty
problem-question-no-answer = { $entry }: question states no answer_text (say the answer in words)
problem-answer-unknown-developer = { $entry }: answer names unknown developer "{ $developer }"
# Shown by the widget itself (not build-only): $why, the decoder's own words (English).
data-unreadable = the compiled-in data cannot be read: { $why }
## zhrest: why a Pym childId is refused ($why in notice-child-id; src/embed/protocol.rs)
child-id-empty = childId is empty
# $max: the longest id accepted (64).
child-id-too-long = childId is longer than { $max } characters
# $code: the character's code point in hex (0022 for ").
child-id-character = childId contains the character U+{ $code }
child-id-separator = childId contains Pym's separator xPYMx
