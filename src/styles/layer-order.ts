/**
 * The cascade layers' order, stated in the <head> before any stylesheet (BaseLayout.astro): the
 * CSS minifier drops base.css's own statement, and a component's <style> can come first in the
 * head; the first mention of a layer fixes its place (components must beat content). The form
 * controls' look (controls.css) is the sub-layer components.controls, which a widget's own
 * components rules always beat.
 *
 * It is an inline style, so the security policy allows it by its hash, computed from this string
 * (src/integrations/security-headers.ts): change it here only.
 */
export const LAYER_ORDER_CSS = '@layer reset, tokens, base, content, components, utils;';
