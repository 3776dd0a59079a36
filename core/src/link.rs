//! The pure parts of URLs: a query's name-value pairs, the `#m=<milestone id>` deep link, the folder a
//! page is in, and percent-encoding for a query value. Decoding is passed in (`decodeURIComponent` in
//! the browser).

/// Splits a URL query (`?tz=local&count=inclusive`) into pairs; `decode` undoes percent-encoding.
pub fn query_pairs(query: &str, decode: impl Fn(&str) -> String) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            (decode(&k.replace('+', " ")), decode(&v.replace('+', " ")))
        })
        .collect()
}

/// The milestone a URL fragment points at: `#m=<id>` (percent-decoded by `decode`).
pub fn focus_from_hash(hash: &str, decode: impl Fn(&str) -> String) -> Option<String> {
    let id = decode(hash.trim_start_matches('#').strip_prefix("m=")?);
    (!id.is_empty()).then_some(id)
}

/// A link to milestone `id` on the page at `page`: its address with `#m=<id>` in place of any fragment.
pub fn deep_link(page: &str, id: &str) -> String {
    let page = page.split('#').next().unwrap_or_default();
    format!("{page}#m={id}")
}

/// The folder of a page URL, dropping query and fragment: `https://x.org/a/index.html?q` -> `https://x.org/a/`.
pub fn base_of(url: &str) -> String {
    let end = url.find(['?', '#']).unwrap_or(url.len());
    let path = &url[..end];
    match path.rfind('/') {
        Some(i) => path[..=i].to_string(),
        None => format!("{path}/"),
    }
}

/// Percent-encodes a query value, keeping what reads well unencoded (`/`, `:`).
pub fn encode_query_value(value: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' | b':' => {
                out.push(b as char)
            }
            _ => {
                out.push('%');
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_strings_split_into_pairs() {
        let pairs = query_pairs("?tz=local&count=inclusive&flag&x=a+b", |s| s.to_string());
        assert_eq!(pairs[0], ("tz".to_string(), "local".to_string()));
        assert_eq!(pairs[2], ("flag".to_string(), String::new()));
        assert_eq!(pairs[3].1, "a b");
    }

    #[test]
    fn deep_links_and_bases() {
        assert_eq!(
            focus_from_hash("#m=album-600m-spotify", |s| s.to_string()).as_deref(),
            Some("album-600m-spotify")
        );
        assert_eq!(focus_from_hash("#top", |s| s.to_string()), None);
        assert_eq!(focus_from_hash("#m=", |s| s.to_string()), None);
        assert_eq!(
            deep_link("https://blog.example/post?x=1#comments", "a-1"),
            "https://blog.example/post?x=1#m=a-1"
        );
        assert_eq!(
            base_of("https://x.org/a/index.html?q=1#m=x"),
            "https://x.org/a/"
        );
        assert_eq!(base_of("file:///tmp/standalone.html"), "file:///tmp/");
    }

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(
            encode_query_value("2023-12-16T09:00:00+09:00"),
            "2023-12-16T09:00:00%2B09:00"
        );
        assert_eq!(encode_query_value("a b&é"), "a%20b%26%C3%A9");
    }
}
