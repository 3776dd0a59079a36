//! Español (Spanish).

use super::{Plural, Texts};
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
};
