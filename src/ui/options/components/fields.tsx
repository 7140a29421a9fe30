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

/** A number the user types; out-of-range values are clamped on commit, never saved as they are. */
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
            const number = Number(event.currentTarget.value);
            if (Number.isFinite(number)) onChange(Math.min(max, Math.max(min, number)));
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
