<?php
/**
 * Plugin Name: Milestone Tracker
 * Description: Live "days since release" counters and a milestone tracker for an album, in any post, by any author: [milestone_tracker layout="card" source="https://…/album.json"]. No script or HTML to paste, so it works for Authors and Contributors too.
 * Version: {{VERSION}}
 * Requires at least: 5.0
 * Requires PHP: 7.0
 * License: MIT
 * Text Domain: milestone-tracker
 *
 * The shortcode writes a <milestone-tracker> element (every attribute escaped) holding a link to the
 * tracker's page, which readers see wherever the widget cannot run; the widget's files (widget/, the
 * release's folder) are loaded once per page, as a module, only on pages that use the shortcode.
 *
 *   [milestone_tracker]                                               the album built in
 *   [milestone_tracker layout="card" source="https://…/album.json"]   a card reading a data file
 *   It has been [milestone_tracker layout="counter" source="…"] so far.   a count inside a sentence
 *
 * Options: count, tz, lang, theme, layout (full, card, counter, line), label, now, source (the data
 * file's address), fallback (the words of the link readers see where the widget cannot run), and
 * base (where the widget's files are, ending with /; the plugin's own copy by default).
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The options passed through to the element, as the widget names them. */
function milestone_tracker_options() {
	return array( 'now', 'tz', 'count', 'lang', 'theme', 'layout', 'label', 'source' );
}

/** Where the widget's files are: base="…", or the plugin's own widget/ folder. */
function milestone_tracker_base( $atts ) {
	$base = isset( $atts['base'] ) && '' !== $atts['base'] ? $atts['base'] : plugins_url( 'widget/', __FILE__ );
	return rtrim( $base, '/' ) . '/';
}

/**
 * The style that keeps a full tracker's or a card's place from the first paint (the same as the
 * editor's snippets; tests/snippets.rs holds them together), once per page.
 */
function milestone_tracker_reserve() {
	static $written = false;
	if ( $written ) {
		return '';
	}
	$written = true;
	return '<style><!--milestone-tracker:not([data-settled]):not([layout=counter]):not([layout=line]):not([layout=card]){display:block;min-height:3105px}@media(min-width:600px){milestone-tracker:not([data-settled]):not([layout=counter]):not([layout=line]):not([layout=card]){min-height:2250px}}milestone-tracker[layout=card]:not([data-settled]){display:block;min-height:378px}milestone-tracker:not(:defined){animation:mt-wait 1ms 12s forwards}@keyframes mt-wait{to{min-height:0}}--></style>';
}

/** [milestone_tracker …]: the element, its fallback link, and the widget's loader queued once. */
function milestone_tracker_shortcode( $atts, $content = '' ) {
	$atts = is_array( $atts ) ? $atts : array();
	$base = milestone_tracker_base( $atts );
	$element = '<milestone-tracker';
	foreach ( milestone_tracker_options() as $name ) {
		if ( isset( $atts[ $name ] ) && '' !== $atts[ $name ] ) {
			$value = 'source' === $name ? esc_url( $atts[ $name ], array( 'http', 'https' ) ) : $atts[ $name ];
			$element .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	// The tracker's own page shows the same data where the widget cannot run in the post.
	$page = $base . 'index.html';
	if ( ! empty( $atts['source'] ) ) {
		$page = add_query_arg( 'data', rawurlencode( esc_url_raw( $atts['source'], array( 'http', 'https' ) ) ), $page );
	}
	$words = isset( $atts['fallback'] ) && '' !== $atts['fallback'] ? $atts['fallback'] : __( 'The milestone tracker', 'milestone-tracker' );
	$element .= '><a href="' . esc_url( $page ) . '">' . esc_html( $words ) . '</a></milestone-tracker>';
	$layout = isset( $atts['layout'] ) ? $atts['layout'] : 'full';
	if ( ! in_array( $layout, array( 'counter', 'line' ), true ) ) {
		$element .= milestone_tracker_reserve();
	}
	wp_enqueue_script( 'milestone-tracker', $base . 'embed.js', array(), null, true );
	return $element;
}
add_shortcode( 'milestone_tracker', 'milestone_tracker_shortcode' );

/** The widget's loader is a module. */
function milestone_tracker_module( $tag, $handle, $src ) {
	if ( 'milestone-tracker' !== $handle ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '"></script>' . "\n";
}
add_filter( 'script_loader_tag', 'milestone_tracker_module', 10, 3 );
