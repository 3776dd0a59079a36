//! One way to sort, for every list the tracker orders (milestones, events, counts by day): by an integer
//! key, equal keys kept in their order. Each `sort_by_key` of the standard library is compiled anew for
//! every element type and key, about 2 kB of wasm each; here only the small reordering is generic and
//! the sort itself is compiled once.

/// The positions of `keys` in ascending order of key; equal keys keep their order.
pub fn ascending(keys: &[i64]) -> Vec<usize> {
    let mut pairs: Vec<(i64, usize)> = keys.iter().copied().zip(0..).collect();
    pairs.sort_unstable();
    pairs.into_iter().map(|(_, i)| i).collect()
}

/// Sorts `items` by `key`, equal keys kept in their order.
pub fn sort_by<T>(items: &mut Vec<T>, key: impl Fn(&T) -> i64) {
    let order = ascending(&items.iter().map(key).collect::<Vec<_>>());
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// A calendar date as a sort key.
pub fn day_key(date: crate::calendar::NaiveDate) -> i64 {
    i64::from(crate::calendar::Datelike::num_days_from_ce(&date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_keeping_ties_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by(&mut v, |(k, _)| *k);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        assert_eq!(ascending(&[]), Vec::<usize>::new());
        let day = |s: &str| day_key(s.parse().unwrap());
        assert!(day("2023-12-31") + 1 == day("2024-01-01"));
    }
}
