//! Español (Spanish).

use super::{Plural, Texts};
use crate::message::{Expected, Found, Msg, Syntax};
use crate::model::MilestoneKind;

fn s(p: Plural) -> &'static str {
    if p == Plural::One {
        ""
    } else {
        "s"
    }
}

pub static TEXTS: Texts = Texts {
    tag: "es",
    tracks: "Canciones",
    milestones: "Hitos",
    coming_up: "Próximos aniversarios",
    other_dates: "Otras fechas",
    released: "Lanzamiento",
    genres: "Géneros",
    length: "Duración",
    lead_track: "Sencillo principal",
    music_videos: "Videos musicales",
    source: "Fuente: ",
    via: |v| format!(", vía {v}"),
    by_date: |d| format!("Antes del {d}"),
    expected: |d| format!("Previsto: {d}"),
    the_source_says: |t| format!("La fuente: «{t}»"),
    metric_on: |p| format!(" en {p}"),
    scope_album: "el álbum",
    scope_every_track: "cada canción",
    kind: |k| match k {
        MilestoneKind::Streaming => "streaming",
        MilestoneKind::Chart => "listas",
        MilestoneKind::Award => "premios",
        MilestoneKind::Other => "otro",
    },
    lead_track_note: "Sencillo principal",
    pre_released_note:
        "Publicada antes del álbum (la fecha no está en los datos): se cuenta desde el álbum",
    since_release: |p| {
        if p == Plural::One {
            "día desde el lanzamiento"
        } else {
            "días desde el lanzamiento"
        }
    },
    until_release: |p| {
        if p == Plural::One {
            "día para el lanzamiento"
        } else {
            "días para el lanzamiento"
        }
    },
    inclusive_caption: "contando el día del lanzamiento como el día 1",
    fan_day: |n| format!("Día {n} según el conteo de fans"),
    days_elapsed: |n, p| format!("{n} día{} transcurrido{}", s(p), s(p)),
    days: |n, p| format!("{n} día{}", s(p)),
    day_unit: " d ",
    clock_since: |z| format!(" desde el lanzamiento, hora de {z}"),
    clock_until: |z| format!(" para el lanzamiento, hora de {z}"),
    announce_since: |a, n, p| format!("{a}: {n} día{} desde el lanzamiento.", s(p)),
    announce_day: |a, n| format!("{a}: día {n}, contando el día del lanzamiento como el día 1."),
    announce_until: |a, n, p| format!("{a}: {n} día{} para el lanzamiento.", s(p)),
    on_release_day: "el día del lanzamiento",
    day_after_release: |n| format!("día {n} tras el lanzamiento"),
    days_before_release: |n, p| format!("{n} día{} antes del lanzamiento", s(p)),
    reported_on: |n| match n {
        0 => "publicado el día del lanzamiento".to_string(),
        n if n > 0 => format!("publicado el día {n} tras el lanzamiento"),
        n => format!("publicado {} días antes del lanzamiento", -n),
    },
    later_milestones: |n, p| {
        if p == Plural::One {
            format!("{n} hito posterior no se muestra a esta fecha.")
        } else {
            format!("{n} hitos posteriores no se muestran a esta fecha.")
        }
    },
    day_n: |n| format!("Día {n}"),
    nth_anniversary: |n| format!("{n}.º aniversario"),
    today: "hoy",
    tomorrow: "mañana",
    in_days: |n, p| format!("en {n} día{}", s(p)),
    calendar_button: "Añadir estos aniversarios al calendario (.ics)",
    headline_count: "Cuenta principal",
    count_elapsed: "Días desde",
    count_inclusive: "Día N (conteo de fans)",
    counting_zone: "Zona horaria de la cuenta",
    home_zone: |z| format!("{z} (original)"),
    your_zone: |z| format!("Tu zona ({z})"),
    days_change_at: |z| format!("Los días cambian a medianoche, hora de {z}."),
    as_of: "A fecha de",
    as_of_group: "Ver el tracker en una fecha",
    as_of_slider: "Día de vida del álbum",
    back_to_now: "Volver a hoy",
    copy_link: "Copiar enlace",
    link_copied: "Enlace copiado",
    save_image: "Guardar imagen",
    embed_title: "Insertar este tracker",
    embed_iframe: "En un iframe (cualquier blog; añade embed.js para la altura automática)",
    embed_mount: "En la página (una shadow root aísla los estilos del blog)",
    copy: "Copiar",
    copied: "Copiado",
    projections_title: "Ritmo y proyecciones",
    count_by: |value, date| format!("{value} al {date}"),
    pace_a_day: |pace| format!("unos {pace} al día"),
    next_around: |next, date| format!("{next} hacia el {date}"),
    no_pace: "aún sin ritmo",
    basis_two_newest: |from, to| format!("Ritmo entre los dos recuentos más recientes ({from} y {to}); cada estimación supone que se mantiene."),
    basis_since_release: "Un solo recuento: el ritmo es su promedio diario desde el lanzamiento; la estimación supone que se mantiene.",
    stale_count: |n, p| format!("El recuento más reciente tiene {n} día{} de antigüedad: la estimación puede estar muy lejos.", s(p)),
    data_error_title: "No se pueden mostrar los datos de los hitos.",
    data_warnings: |n, p| format!("Revisión de datos: {n} aviso{}", s(p)),
    crashed: |m| format!("El rastreador de hitos se detuvo por un error interno. Recargar la página puede ayudar. ({m})"),
    problem,
    line_column: |l, c| format!("línea {l}, columna {c}"),
    top_level: "(nivel superior)",
    path_at: |path, place| format!("{path} ({place})"),
    option_named: |name| format!("opción {name}"),
};

const DATE_FORMS: &str = "una fecha como 2023-09-08, un instante como 2023-10-26T09:00:00+09:00, un mes como 2023-10 o un año como 2025";

fn precision(p: &str) -> &str {
    match p {
        "day" => "un día",
        "instant" => "un instante",
        "month" => "un mes",
        "year" => "un año",
        other => other,
    }
}

fn found(f: &Found) -> String {
    match f {
        Found::Null => "null".into(),
        Found::Bool(b) => format!("booleano `{b}`"),
        Found::Integer(n) => format!("entero `{n}`"),
        Found::Float(n) => format!("número `{n}`"),
        Found::Str(t) => format!("cadena {t}"),
        Found::List => "una lista [ ... ]".into(),
        Found::Object => "un objeto { ... }".into(),
        Found::Other(t) => t.clone(),
    }
}

fn expected(e: &Expected) -> String {
    match e {
        Expected::Object => "un objeto { ... }".into(),
        Expected::List => "una lista [ ... ]".into(),
        Expected::Text => "una cadena".into(),
        Expected::WholeNonNegative => "un número entero, 0 o mayor".into(),
        Expected::Whole => "un número entero".into(),
        Expected::Number => "un número".into(),
        Expected::Bool => "true o false".into(),
        Expected::Null => "null".into(),
        Expected::Date => DATE_FORMS.into(),
        Expected::Other(t) => t.clone(),
    }
}

fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::Eof => "el texto termina antes que el JSON".into(),
        Syntax::Colon => "se esperaba `:` después de una clave".into(),
        Syntax::Comma => "se esperaba una coma o un corchete de cierre".into(),
        Syntax::Value => "se esperaba un valor".into(),
        Syntax::Escape => "un escape con barra invertida no es válido".into(),
        Syntax::Number => "un número no es válido".into(),
        Syntax::NumberRange => "un número está fuera de rango".into(),
        Syntax::ControlCharacter => {
            "una cadena contiene un carácter de control (use \\n o \\t)".into()
        }
        Syntax::KeyNotString => "una clave debe ser una cadena entre comillas dobles".into(),
        Syntax::TrailingComma => "sobra una coma antes de un corchete de cierre".into(),
        Syntax::Trailing => "hay caracteres después del documento JSON".into(),
        Syntax::TooDeep => "el JSON está anidado a demasiada profundidad".into(),
        Syntax::Other(t) => t.clone(),
    }
}

fn problem(m: &Msg) -> String {
    match m {
        Msg::Malformed(s) => format!("el JSON está mal formado: {}", syntax(s)),
        Msg::WrongType { found: f, expected: e } => {
            format!("tipo no válido: {}; se esperaba {}", found(f), expected(e))
        }
        Msg::WrongValue { found: f, expected: e } => {
            format!("valor no válido: {}; se esperaba {}", found(f), expected(e))
        }
        Msg::MissingField(f) => format!("falta el campo `{f}`"),
        Msg::UnknownField { field, allowed } if allowed.is_empty() => {
            format!("campo desconocido `{field}`; este objeto no tiene campos")
        }
        Msg::UnknownField { field, allowed } => {
            format!("campo desconocido `{field}`; se esperaba uno de {allowed}")
        }
        Msg::UnknownVariant { variant, allowed } => {
            format!("valor desconocido `{variant}`; se esperaba uno de {allowed}")
        }
        Msg::DuplicateField(f) => format!("el campo `{f}` aparece dos veces"),
        Msg::Serde(t) => t.clone(),
        Msg::NotADate(t) => format!("\"{t}\" no es una fecha; se esperaba {DATE_FORMS}"),
        Msg::NotAnInstant(t) => {
            format!("\"{t}\" no es un instante válido; se esperaba {DATE_FORMS}")
        }
        Msg::NoSuchMonth(t, m) => format!("\"{t}\" no tiene mes {m}; los meses van de 01 a 12"),
        Msg::NotARealDate(t) => format!("\"{t}\" no es una fecha real del calendario"),
        Msg::NotADay(t, p) => format!(
            "\"{t}\" es {}; se esperaba una fecha como 2023-10-27",
            precision(p)
        ),
        Msg::UnknownZone(z) => format!(
            "zona horaria desconocida \"{z}\" (se esperaba un nombre IANA como Asia/Seoul)"
        ),
        Msg::ReleaseNotADay(v, p) => format!(
            "el lanzamiento debe ser una fecha del calendario, no {} (\"{v}\")",
            precision(p)
        ),
        Msg::Empty => "no puede estar vacío".into(),
        Msg::NoSource => "indique al menos una fuente".into(),
        Msg::NotADuration(v, example) => format!(
            "\"{v}\" no es una duración; se esperaba m:ss o h:mm:ss como {example}"
        ),
        Msg::NoSuchTrack(id) => format!("ninguna canción tiene el id \"{id}\""),
        Msg::DurationSum(total, sum) => format!(
            "{total} no es la suma de las duraciones de las canciones ({}:{:02})",
            sum / 60,
            sum % 60
        ),
        Msg::BeforeRelease(d, r) => format!("{d} es anterior al lanzamiento ({r})"),
        Msg::ClaimDisagrees {
            claimed,
            inclusive,
            release,
            reached,
            computed,
        } => format!(
            "la fuente dice {claimed} ({}), pero de {release} a {reached} son {computed} con ese conteo",
            if *inclusive { "contando el día del lanzamiento como día 1" } else { "días transcurridos" }
        ),
        Msg::ClaimImprecise(p) => format!(
            "con {} como fecha no se puede comprobar una cifra en días",
            precision(p)
        ),
        Msg::NoSuchMilestone(id) => format!("ningún hito tiene el id \"{id}\""),
        Msg::NegativeDays(n) => {
            format!("{n} días: el tiempo hasta un hito no puede ser negativo")
        }
        Msg::CountNeedsDay(v, p) => format!(
            "una cifra necesita el día en que se vio, no {} (\"{v}\")",
            precision(p)
        ),
        Msg::CountDecreased {
            value,
            day,
            earlier_value,
            earlier_day,
        } => format!(
            "{value} el {day} es menos que {earlier_value} el {earlier_day} para el mismo ámbito"
        ),
        Msg::NotAnId(id) => format!("\"{id}\" no es un id; use solo letras, dígitos, - y _"),
        Msg::IdTwice(id) => format!("el id \"{id}\" se usa dos veces"),
        Msg::NotAScope(t) => format!(
            "\"{t}\" no es un ámbito; se esperaba album, every_track o track:<id de canción>"
        ),
        Msg::NotALink => {
            "solo las URL http(s) se convierten en enlaces; esta se muestra como texto".into()
        }
        Msg::BadNow(v) => format!(
            "\"{v}\" no es un instante RFC 3339 como 2023-12-16T09:00:00+09:00; se usa el reloj real"
        ),
        Msg::BadTz(v) => format!(
            "\"{v}\" no es un nombre de zona horaria como Asia/Seoul o local; se usa la zona de los datos"
        ),
        Msg::BadCount(v) => format!("\"{v}\" no es elapsed ni inclusive; se usa elapsed"),
        Msg::BadLang(v) => format!(
            "\"{v}\" no es una etiqueta de idioma como en o ko-KR; se usa el idioma del navegador"
        ),
        Msg::BadTheme(v) => format!("\"{v}\" no es light, dark ni auto; se usa auto"),
        Msg::NoLocalZone(home) => {
            format!("el navegador no indicó su zona horaria; se usa {home}")
        }
        Msg::NoDataElement(s) => format!(
            "ningún elemento de la página coincide con \"{s}\" (se esperaba el id de un <script type=\"application/json\">, como #my-data)"
        ),
        Msg::ZoneFallback(z, home) => format!(
            "zona horaria desconocida \"{z}\" (se esperaba un nombre IANA como Asia/Seoul); se usa {home}"
        ),
    }
}
