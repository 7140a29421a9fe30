/** Small labelled controls shared by the options sections; a locked field says who set it. */
import type { ComponentChildren } from 'preact';
import { t } from '../../i18n';

export function LockedNote({ locked }: { locked: boolean }) {
  return locked ? (
    <span class="locked" data-testid="locked-note">
      {t('lockedByAdmin')}
    </span>
  ) : null;
}

interface NumberFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  unit: string;
  locked: boolean;
  onChange(value: number): void;
}

/**
 * A whole number the user types, rounded and clamped on commit; the box then shows what was committed, so
 * what is shown is what is stored (the settings would reject 30.5 days). An empty or non-numeric entry saves
 * nothing and the stored value comes back: `Number('')` is 0, which clamped to `min` would mean "delete calls
 * after 1 day".
 */
export function NumberField({ id, label, hint, value, min, max, unit, locked, onChange }: NumberFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="field__control">
        <input
          id={id}
          type="number"
          min={min}
          max={max}
          step={1}
          value={value}
          disabled={locked}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => {
            const input = event.currentTarget;
            const number = input.value.trim() === '' ? Number.NaN : Number(input.value);
            if (!Number.isFinite(number)) {
              // Nothing is saved, so nothing re-renders: put the stored value back by hand.
              input.value = String(value);
              return;
            }
            const committed = Math.min(max, Math.max(min, Math.round(number)));
            input.value = String(committed);
            onChange(committed);
          }}
        />
        <span class="field__unit">{unit}</span>
        <LockedNote locked={locked} />
      </div>
      {hint && (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

export function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="options-section" aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="options-section__intro">{intro}</p>}
      {children}
    </section>
  );
}
