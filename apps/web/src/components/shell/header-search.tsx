'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { searchHref } from '@srw/domain';

/** Whether a key press lands in something the user types into (then "/" is just a character). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The header's search field: Ctrl+K (⌘K) or "/" focuses it, Enter opens /zoeken?q=…
 * (before the page is interactive, the form itself goes there).
 */
export function HeaderSearch() {
  const t = useTranslations('search.header');
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState('');

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const combo = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (!combo && !slash) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <form
      role="search"
      action="/zoeken"
      aria-label={t('label')}
      className="flex items-center"
      onSubmit={(event) => {
        event.preventDefault();
        if (q.trim() === '') return;
        router.push(searchHref(q));
      }}
    >
      <input
        ref={input}
        type="search"
        name="q"
        value={q}
        onChange={(event) => setQ(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') event.currentTarget.blur();
        }}
        aria-label={t('label')}
        aria-keyshortcuts="Control+K /"
        placeholder={t('placeholder')}
        maxLength={200}
        className="w-44 rounded border border-brand-100 bg-white px-2.5 py-1 text-sm text-slate-900 placeholder:text-slate-500 focus:ring-2 focus:ring-white focus:outline-none sm:w-56"
      />
      <button type="submit" className="sr-only">
        {t('submit')}
      </button>
    </form>
  );
}
