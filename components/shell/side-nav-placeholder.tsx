/**
 * Holds the side navigation's column while the navigation streams in, so the page does not jump
 * sideways when it arrives (wide screens only; phones have the bottom bar). Signed out, it stays; the
 * login page's CSS takes the column back.
 */
export function SideNavPlaceholder() {
  return <div className="side-nav-placeholder" aria-hidden="true" />;
}
