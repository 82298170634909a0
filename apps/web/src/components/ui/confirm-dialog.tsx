'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './button';

/**
 * Confirmation before a destructive action, on the native <dialog>: focus is
 * trapped, Escape cancels, and focus returns to the trigger afterwards.
 * An error of the confirmed action goes in `error`: it shows inside the open
 * dialog, beside what the person typed, instead of behind it. The confirm
 * button is red only for a destructive action (`confirmVariant`).
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  confirmVariant = 'danger',
  error,
  pending = false,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel?: string;
  confirmVariant?: 'primary' | 'danger';
  error?: ReactNode;
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations('actions');
  const ref = useRef<HTMLDialogElement>(null);
  // Unique per dialog: a page may hold several, each must be named by its own title.
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-full max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/50"
    >
      <div className="p-6">
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <div className="mt-2 text-slate-700">{children}</div>
        {error ? <div className="mt-4">{error}</div> : null}
        <div className="mt-6 flex justify-end gap-2">
          <Button variant="secondary" onClick={onCancel} autoFocus>
            {t('cancel')}
          </Button>
          <Button variant={confirmVariant} onClick={onConfirm} disabled={pending}>
            {confirmLabel ?? t('confirm')}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
