<?php
// PHP's built-in server in front of Debian's WordPress for the WordPress tier: the test's own
// configuration (config-mttest.php, see wordpress.mjs), wp-content from the test's folder, and every
// other path that is not a file to index.php, as a web server's rewrite rules do.
$_SERVER['WORDPRESS_CONFIG'] = 'mttest';
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$content = realpath(getenv('MT_WP_CONTENT'));
$types = array(
	'js'   => 'text/javascript; charset=utf-8',
	'css'  => 'text/css; charset=utf-8',
	'wasm' => 'application/wasm',
	'json' => 'application/json',
	'html' => 'text/html; charset=utf-8',
	'png'  => 'image/png',
	'svg'  => 'image/svg+xml',
);
if ( 0 === strpos( $path, '/wp-content/' ) ) {
	$file = realpath( $content . substr( $path, strlen( '/wp-content' ) ) );
	$ext  = $file ? pathinfo( $file, PATHINFO_EXTENSION ) : '';
	if ( $file && 0 === strpos( $file, $content . '/' ) && is_file( $file ) && 'php' !== $ext ) {
		header( 'Content-Type: ' . ( isset( $types[ $ext ] ) ? $types[ $ext ] : 'application/octet-stream' ) );
		readfile( $file );
		return true;
	}
	http_response_code( 404 );
	return true;
}
$file = realpath( $_SERVER['DOCUMENT_ROOT'] . $path );
if ( $file && is_file( $file ) ) {
	if ( 'php' !== pathinfo( $file, PATHINFO_EXTENSION ) ) {
		return false;
	}
	chdir( dirname( $file ) );
	require $file;
	return true;
}
chdir( $_SERVER['DOCUMENT_ROOT'] );
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
