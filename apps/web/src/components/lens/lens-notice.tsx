import type { ReactNode } from 'react';

/** The line that says a page is seen through the organisation lens (same look as the dashboard's and the register's). */
export function LensNotice({ children }: { children: ReactNode }) {
  return (
    <p
      className="no-print mb-4 rounded border-l-4 border-brand-700 bg-brand-50 px-3 py-2 text-sm text-brand-800"
      data-testid="lens-notice"
    >
      {children}
    </p>
  );
}
