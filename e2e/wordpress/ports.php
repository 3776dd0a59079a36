<?php
/**
 * The WordPress tier's must-use plugin, and all it changes: the test's oEmbed provider listens on a
 * loopback port, and WordPress fetches only from ports 80, 443 and 8080, never from loopback.
 */
add_filter(
	'http_allowed_safe_ports',
	function ( $ports, $host, $url ) {
		$port = parse_url( $url, PHP_URL_PORT );
		return $port ? array_merge( $ports, array( $port ) ) : $ports;
	},
	10,
	3
);
add_filter( 'http_request_host_is_external', '__return_true' );
