import type { ReactNode } from 'react';

type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'defensie' | 'politie';

const tones: Record<Tone, string> = {
  neutral: 'bg-slate-100 text-slate-800 ring-slate-300',
  info: 'bg-brand-50 text-brand-800 ring-brand-100',
  success: 'bg-green-50 text-green-800 ring-green-200',
  warning: 'bg-amber-50 text-amber-900 ring-amber-300',
  danger: 'bg-red-50 text-red-800 ring-red-200',
  defensie: 'bg-lime-50 text-lime-900 ring-lime-300',
  politie: 'bg-blue-50 text-blue-900 ring-blue-300',
};

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center rounded px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}
    >
      {children}
    </span>
  );
}

/** Colour per organisation, so both sides are recognisable at a glance. */
export function organisationTone(code: string): Tone {
  if (code === 'DEFENSIE' || code === 'KMAR') return 'defensie';
  if (code === 'POLITIE') return 'politie';
  return 'neutral';
}
