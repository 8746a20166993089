/**
 * Props for a Table.ScrollContainer whose list scrolls inside itself: its viewport (the element
 * that scrolls) takes keyboard focus, so arrow keys and Page Up/Down scroll it, and is a named
 * region, so a screen reader says what that stop is. Without it a keyboard user cannot reach
 * rows below the fold.
 */
export function scrollRegion(label: string) {
  return {
    viewportProps: { tabIndex: 0, role: 'region', 'aria-label': label },
  }
}
