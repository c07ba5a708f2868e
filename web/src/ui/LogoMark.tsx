/** Two linked rings: Koppel means "to link". Decorative; the word next to it names the link. */
export function LogoMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={(size * 20) / 32} viewBox="0 0 32 20" aria-hidden="true" focusable="false">
      <circle cx="11" cy="10" r="7.5" fill="none" stroke="currentColor" strokeWidth="3" />
      <circle cx="21" cy="10" r="7.5" fill="none" stroke="var(--color-accent)" strokeWidth="3" />
      {/* The first ring crosses over the second at the top, so the two interlock. */}
      <path d="M13.57 2.95A7.5 7.5 0 0 1 17.8 6.83" fill="none" stroke="currentColor" strokeWidth="3" />
    </svg>
  );
}
