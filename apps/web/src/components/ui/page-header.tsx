import type { ReactNode } from 'react';

export function PageHeader({
  title,
  intro,
  actions,
  meta,
}: {
  title: ReactNode;
  intro?: ReactNode;
  actions?: ReactNode;
  meta?: ReactNode;
}) {
  return (
    <header className="mb-6 flex flex-wrap items-start justify-between gap-4 border-b border-slate-200 pb-4">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-semibold text-brand-800">{title}</h1>
        {meta ? <div className="mt-2 flex flex-wrap items-center gap-2">{meta}</div> : null}
        {intro ? <p className="mt-2 text-slate-700">{intro}</p> : null}
      </div>
      {actions ? <div className="no-print flex flex-wrap gap-2">{actions}</div> : null}
    </header>
  );
}

export function Section({
  title,
  intro,
  children,
  id,
}: {
  title: ReactNode;
  intro?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  const headingId = id ? `${id}-heading` : undefined;
  return (
    <section aria-labelledby={headingId} className="mb-8 rounded border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={headingId} className="text-lg font-semibold text-brand-800">
        {title}
      </h2>
      {intro ? <p className="mt-1 text-sm text-slate-600">{intro}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}
