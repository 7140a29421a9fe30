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
  step?: number;
  unit: string;
  locked: boolean;
  onChange(value: number): void;
}

/**
 * A number the user types; out-of-range values are clamped on commit, never saved as they are. An empty or
 * non-numeric entry is not a number at all (`Number('')` is 0, which would clamp to `min`: for "delete calls
 * after" that is one day), so it saves nothing and the field shows the stored value again.
 */
export function NumberField({ id, label, hint, value, min, max, step = 1, unit, locked, onChange }: NumberFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="field__control">
        <input
          id={id}
          type="number"
          min={min}
          max={max}
          step={step}
          value={value}
          disabled={locked}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => {
            const input = event.currentTarget;
            const number = input.value.trim() === '' ? Number.NaN : Number(input.value);
            if (Number.isFinite(number)) onChange(Math.min(max, Math.max(min, number)));
            // Nothing changed, so nothing re-renders: put the stored value back by hand.
            else input.value = String(value);
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
