/**
 * Holds the side navigation's column while the navigation streams in, so the page does not jump
 * sideways when it arrives (wide screens only; phones have the bottom bar). CSS drops it on the login
 * page, which has no navigation.
 */
export function SideNavPlaceholder() {
  return <div className="side-nav-placeholder" aria-hidden="true" />;
}
