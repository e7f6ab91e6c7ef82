import type { ReactNode } from 'react';

/**
 * One control of a filter bar with its name shown above it, small: a placeholder alone disappears once something is
 * chosen and is too faint to read. The control carries the same name as its accessible name (`aria-label`), so what
 * is seen is what a screen reader or voice control says.
 */
export function FilterField({ label, className, children }: { label: string; className: string; children: ReactNode }) {
  return (
    <div className={`filter-field ${className}`}>
      <span className="filter-field-label" aria-hidden>
        {label}
      </span>
      {children}
    </div>
  );
}
