//! Numbers that are product decisions, named once: what the widget counts, how often it wakes, how much
//! it lists. Code elsewhere uses these names, never the literals.

/// Anniversaries every this many days (day 100, 200, ...).
pub const HUNDRED_DAY_STEP: i64 = 100;
/// How many upcoming anniversaries the tracker lists.
pub const UPCOMING_ANNIVERSARIES: usize = 4;
/// How many 100th days and how many yearly anniversaries the calendar file holds.
pub const CALENDAR_HUNDRED_DAYS: usize = 10;
pub const CALENDAR_YEARS: usize = 5;

/// How often the seconds clock recomputes while it is seen, in milliseconds.
pub const TICK_MS: u32 = 1_000;
/// How long after the computed midnight the clock wakes, so the wake-up lands on the new day.
pub const MIDNIGHT_MARGIN_MS: u32 = 50;

/// Milestones rendered per step of a long list: a step's task stays far under the 100 ms of a long
/// task (see `./scripts/bench`, scale at 10,000 milestones).
pub const LIST_STEP: usize = 50;

/// A count older than this many days makes its projection stale.
pub const STALE_AFTER_DAYS: i64 = 30;

/// A dataset read from a URL: how long the widget waits for it, and how large a file it takes.
pub const DATA_TIMEOUT_MS: u32 = 10_000;
pub const DATA_MAX_BYTES: usize = 2_000_000;

/// Problems listed for one dataset; the rest are counted in one more line.
pub const MAX_LISTED_PROBLEMS: usize = 50;

/// The iframe snippet's height for each layout, in CSS pixels (`Layout::iframe_height`): what the
/// layout needs in a 360 px blog column in every language, measured as of 2023-12-16 with the fonts the
/// test set-up installs (Debian's Noto: the tallest, Filipino: the full tracker 3,440 px; Spanish,
/// Filipino and four more: the card 396 px; the shortest, Korean: 3,121 and 378), so that a frame
/// without `embed.js` neither cuts the tracker nor is more than a tenth empty (`e2e/embed.test.mjs`
/// holds it to that in all thirteen languages). With `embed.js` the frame follows its content.
pub const IFRAME_HEIGHT_FULL: u32 = 3_456;
pub const IFRAME_HEIGHT_CARD: u32 = 410;
pub const IFRAME_HEIGHT_LINE: u32 = 25;
/// What a `<milestone-tracker>` reserves before it starts (the snippets' style, then `embed.js` for its
/// own width), so the post below it does not jump when the tracker arrives. The full tracker's height
/// in a column `w` CSS px wide is about `RESERVE_FULL_BASE + RESERVE_FULL_PER_WIDTH / w` (measured in
/// English on 2026-12-03 at 300, 330, 360, 480, 600, 720 and 900 px with the fonts the test set-up
/// installs, Debian's Noto: within 4.2 %, but 6.3 % over at 480 px, where the layout steps between
/// widths); the card's is `RESERVE_CARD` from 330 px (416 at 300 px).
pub const RESERVE_FULL_BASE: u32 = 1_288;
pub const RESERVE_FULL_PER_WIDTH: u32 = 654_300;
pub const RESERVE_CARD: u32 = 378;

/// The full tracker's height reserved in a column `width` CSS px wide.
pub fn reserved_full_height(width: u32) -> u32 {
    RESERVE_FULL_BASE + RESERVE_FULL_PER_WIDTH / width.max(240)
}

/// The tallest height `embed.js` accepts from a framed tracker, in CSS pixels.
pub const MAX_IFRAME_HEIGHT: u32 = 100_000;
