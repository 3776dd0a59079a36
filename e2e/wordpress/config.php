<?php
// The WordPress tier's configuration, required by /etc/wordpress/config-mttest.php (Debian's wp-config.php
// reads config-<name>.php for $_SERVER['WORDPRESS_CONFIG']); the places come from the environment.
define( 'DB_NAME', 'wp' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:' . getenv( 'MT_WP_SOCKET' ) );
define( 'WP_CONTENT_DIR', getenv( 'MT_WP_CONTENT' ) );
define( 'WP_CONTENT_URL', getenv( 'MT_WP_URL' ) . '/wp-content' );
define( 'WP_HOME', getenv( 'MT_WP_URL' ) );
define( 'WP_SITEURL', getenv( 'MT_WP_URL' ) );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
$table_prefix = 'wp_';
