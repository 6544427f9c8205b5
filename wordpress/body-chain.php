<?php
/**
 * Plugin Name:       body-chain
 * Description:       Shows the interactive 3D body of <body-chain> with the shortcode [body_chain]. The files are inside the plugin: nothing to upload by FTP.
 * Version:           @VERSION@
 * Requires at least: 5.0
 * Requires PHP:      7.0
 * License:           MIT
 * Text Domain:       body-chain
 *
 * Usage in a post or page (any role that may write shortcodes, Authors included):
 *   [body_chain]
 *   [body_chain lang="en" view="deep" selected="psoas" chains="back-line" src="/wp-content/uploads/our-clinic.content.json"]
 * It takes the theme's wide width (class "alignwide") so that the side panel has room; class="" turns that off.
 *
 * The script is printed once, as a module, so the same code works before WordPress 6.5 (no
 * wp_enqueue_script_module) and after.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

function body_chain_shortcode( $atts ) {
	static $script_printed = false;
	$atts = shortcode_atts(
		array(
			'lang'      => '',
			'view'      => '',
			'selected'  => '',
			'chains'    => '',
			'src'       => '',
			'model-src' => '',
			'class'     => 'alignwide',
		),
		$atts,
		'body_chain'
	);

	$html = '';
	if ( ! $script_printed ) {
		$script_printed = true;
		$html          .= '<script type="module" src="' . esc_url( plugins_url( 'assets/body-chain.js', __FILE__ ) ) . '"></script>';
	}
	$attributes = '';
	foreach ( $atts as $name => $value ) {
		if ( '' === $value ) {
			continue;
		}
		$is_url      = in_array( $name, array( 'src', 'model-src' ), true );
		$attributes .= ' ' . $name . '="' . ( $is_url ? esc_url( $value ) : esc_attr( $value ) ) . '"';
	}
	return $html . '<body-chain' . $attributes . '></body-chain>';
}
add_shortcode( 'body_chain', 'body_chain_shortcode' );
