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

# What each status means, in one line.
meaning-open = no known obstacle
meaning-friction = allowed, with paperwork, fees or political pressure
meaning-limited = works, but capped: a stockpile that cannot grow, a weak chip, scarce supply
meaning-at-risk = legal exposure
meaning-blocked = legally unavailable

## Routes: as they read after a chip's name ("H20, imported"), and as headings
route-import = imported
route-stockpile = from a stockpile
route-offshore = rented abroad
route-domestic = bought at home
route-title-import = Import new
route-title-stockpile = Stockpile bought before a ban
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
in-force-never = never in force
in-force-never-what-if = never in force (a what-if)
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
