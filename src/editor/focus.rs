//! Where the keyboard's focus goes after a change to the rows, so it follows the work: the new row's
//! first field after Add, the moved row's same button after Move (or its other one at an end), and
//! after Remove the next row (or the one before, or the Add button when none is left). Pure: ids are
//! the form's (`form.rs`: `f-<field path>` for a control or a row, `b-<row path>-<up|down|remove>` and
//! `b-<list path>-add` for the buttons).

use milestone_core::draft::{Action, Kind, Object, Shape, Value, DATASET};

/// The rows at `path` (indexes, as actions give them) of `draft`, with their shape; and the path in
/// keys (`[1]` is `milestones`, `[0, 4]` is `subject.tracks`).
fn rows_at<'a>(
    draft: &'a Object,
    path: &[usize],
) -> Option<(&'a [Object], &'static Shape, String)> {
    let mut shape: &'static Shape = &DATASET;
    let mut object = draft;
    let mut keys: Vec<String> = Vec::new();
    let mut steps = path.iter();
    while let Some(&i) = steps.next() {
        let field = shape.fields.get(i)?;
        keys.push(field.key.to_string());
        match (field.kind, object.0.get(i)?) {
            (Kind::Object(inner), Value::Object(o)) => {
                shape = inner;
                object = o;
            }
            (Kind::Rows(inner), Value::Rows(rows)) => match steps.next() {
                None => return Some((rows, inner, keys.join("."))),
                Some(&row) => {
                    keys.push(row.to_string());
                    shape = inner;
                    object = rows.get(row)?;
                }
            },
            _ => return None,
        }
    }
    None
}

/// The element to focus once `action` is done to `draft` (the draft before it), if the action moves
/// rows about.
pub fn focus_after(draft: &Object, action: &Action) -> Option<String> {
    match action {
        Action::Add(path, _) => {
            let (rows, shape, id) = rows_at(draft, path)?;
            let first = shape.fields.first()?.key;
            Some(format!("f-{id}.{}.{first}", rows.len()))
        }
        Action::Move(path, from, to) => {
            let (rows, _, id) = rows_at(draft, path)?;
            let last = rows.len().checked_sub(1)?;
            let button = match (to < from, *to) {
                (true, 0) => "down",
                (true, _) => "up",
                (false, t) if t == last => "up",
                (false, _) => "down",
            };
            Some(format!("b-{id}.{to}-{button}"))
        }
        Action::Remove(path, n) => {
            let (rows, _, id) = rows_at(draft, path)?;
            Some(match rows.len() {
                0 | 1 => format!("b-{id}-add"),
                len if n + 1 < len => format!("f-{id}.{n}"),
                _ => format!("f-{id}.{}", n - 1),
            })
        }
        // A cleared value: its new control, under the same id.
        Action::Reset(path, _) => keys_of(path).map(|id| format!("f-{id}")),
        _ => None,
    }
}

/// The path in keys of a value's path in indexes (`[1, 0, 4]` is `milestones.0.title`): its
/// control's id without `f-`.
pub fn keys_of(path: &[usize]) -> Option<String> {
    let mut shape: &'static Shape = &DATASET;
    let mut keys: Vec<String> = Vec::new();
    let mut steps = path.iter();
    while let Some(&i) = steps.next() {
        let field = shape.fields.get(i)?;
        keys.push(field.key.to_string());
        match field.kind {
            Kind::Object(inner) => shape = inner,
            Kind::Rows(inner) => {
                let Some(&row) = steps.next() else { break };
                keys.push(row.to_string());
                shape = inner;
            }
            _ => {}
        }
    }
    Some(keys.join("."))
}

/// The row `n` of the list at `path`, as the form names it (`f-milestones.2`), and its list's key path.
pub fn row_id(draft: &Object, path: &[usize], n: usize) -> Option<String> {
    rows_at(draft, path).map(|(_, _, id)| format!("f-{id}.{n}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use milestone_core::draft::{read, MILESTONE};

    fn sample() -> Object {
        read(include_str!("../../static/samples/example-artist.json"))
            .unwrap()
            .draft
    }

    #[test]
    fn add_goes_to_the_new_rows_first_field() {
        let draft = sample();
        let (rows, _, _) = rows_at(&draft, &[1]).unwrap();
        let n = rows.len();
        assert_eq!(
            focus_after(&draft, &Action::Add(vec![1], &MILESTONE)),
            Some(format!("f-milestones.{n}.id"))
        );
        // A list inside the subject: its tracks.
        let tracks = match &draft.0[0] {
            Value::Object(s) => match &s.0[4] {
                Value::Rows(r) => r.len(),
                _ => 0,
            },
            _ => 0,
        };
        assert_eq!(
            focus_after(
                &draft,
                &Action::Add(vec![0, 4], &milestone_core::draft::TRACK)
            ),
            Some(format!("f-subject.tracks.{tracks}.id"))
        );
    }

    #[test]
    fn move_follows_the_row_and_turns_at_the_ends() {
        let draft = sample();
        let (rows, _, _) = rows_at(&draft, &[1]).unwrap();
        let last = rows.len() - 1;
        assert!(last >= 2, "the sample has at least three milestones");
        let moved = |from, to| focus_after(&draft, &Action::Move(vec![1], from, to));
        assert_eq!(moved(2, 1), Some("b-milestones.1-up".into()));
        assert_eq!(moved(1, 0), Some("b-milestones.0-down".into()));
        assert_eq!(moved(0, 1), Some("b-milestones.1-down".into()));
        assert_eq!(
            moved(last - 1, last),
            Some(format!("b-milestones.{last}-up"))
        );
    }

    #[test]
    fn remove_goes_to_a_neighbour_or_to_add() {
        let draft = sample();
        let (rows, _, _) = rows_at(&draft, &[1]).unwrap();
        let last = rows.len() - 1;
        let removed = |n| focus_after(&draft, &Action::Remove(vec![1], n));
        assert_eq!(removed(0), Some("f-milestones.0".into()));
        assert_eq!(removed(last), Some(format!("f-milestones.{}", last - 1)));
        // The only source of the subject: the Add button.
        let blank = milestone_core::draft::blank("UTC");
        assert_eq!(
            focus_after(&blank, &Action::Remove(vec![0, 10], 0)),
            Some("b-subject.sources-add".into())
        );
        assert_eq!(row_id(&draft, &[1], 2), Some("f-milestones.2".into()));
        assert_eq!(
            focus_after(&draft, &Action::Set(vec![0, 1], "x".into())),
            None
        );
    }
}
