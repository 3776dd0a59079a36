<?php
// The WordPress tier's driver, over wp-load.php (Debian's WordPress has no wp-cli):
//   php cli.php install            installs the site, activates the plugin, adds an Author; prints {"author": id}
//   php cli.php post <author id>   reads {"title", "content"} on stdin, saves the post as that user (so
//                                  WordPress's sanitizer runs as it does for them); prints the post's
//                                  id, address and stored content
$url = parse_url( getenv( 'MT_WP_URL' ) );
$_SERVER['HTTP_HOST']        = $url['host'] . ':' . $url['port'];
$_SERVER['WORDPRESS_CONFIG'] = 'mttest';
$_SERVER['REQUEST_URI']      = '/';
$command = isset( $argv[1] ) ? $argv[1] : '';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';

if ( 'install' === $command ) {
	// No mail from this site (the new-site and new-user notices): the machine has no sendmail.
	add_filter( 'pre_wp_mail', '__return_false' );
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	wp_install( 'Fan blog', 'admin', 'admin@example.org', false, '', 'admin-password' );
	$active = activate_plugin( 'milestone-tracker/milestone-tracker.php' );
	if ( is_wp_error( $active ) ) {
		fwrite( STDERR, $active->get_error_message() . "\n" );
		exit( 1 );
	}
	$author = wp_insert_user(
		array(
			'user_login' => 'author',
			'user_pass'  => 'author-password',
			'user_email' => 'author@example.org',
			'role'       => 'author',
		)
	);
	if ( is_wp_error( $author ) ) {
		fwrite( STDERR, $author->get_error_message() . "\n" );
		exit( 1 );
	}
	echo json_encode( array( 'author' => $author ) );
} elseif ( 'post' === $command ) {
	$user = (int) $argv[2];
	wp_set_current_user( $user );
	$input = json_decode( file_get_contents( 'php://stdin' ), true );
	$id    = wp_insert_post(
		array(
			'post_author'  => $user,
			'post_title'   => $input['title'],
			'post_content' => $input['content'],
			'post_status'  => 'publish',
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	echo json_encode(
		array(
			'id'              => $id,
			'url'             => get_permalink( $id ),
			'stored'          => get_post( $id )->post_content,
			'unfiltered_html' => current_user_can( 'unfiltered_html' ),
		)
	);
} else {
	fwrite( STDERR, "usage: php cli.php install | post <author id>\n" );
	exit( 2 );
}
