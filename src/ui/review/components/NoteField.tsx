import { useEffect, useRef, useState } from 'preact/hooks';
import { CALL_LIMITS } from '../call-limits';

interface Props {
  target: string;
  /** The stored note when the box appears; from then on the box holds what is typed. */
  text: string;
  /** Called on every keystroke; the page decides when to write (note-saver.ts). */
  typed(target: string, text: string): void;
  /** Called when the box is left: what it holds is written now. */
  left(target: string): void;
  class: string;
  rows: number;
  placeholder: string;
  label: string;
  testId?: string;
  /** Take the keyboard when the box appears: it replaced the button the user pressed, which took the focus with it. */
  focus?: boolean;
}

/**
 * A note box that keeps what is typed itself, so a keystroke redraws the box, not the page around it (the
 * transcript of a long call), while the page saves the text as it is typed.
 */
export function NoteField({ target, text, typed, left, class: className, rows, placeholder, label, testId, focus = false }: Props) {
  const [value, setValue] = useState(text);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focus) box.current?.focus();
  }, []);
  return (
    <textarea
      ref={box}
      class={className}
      rows={rows}
      maxLength={CALL_LIMITS.note}
      placeholder={placeholder}
      aria-label={label}
      data-testid={testId}
      value={value}
      onInput={(e) => {
        setValue(e.currentTarget.value);
        typed(target, e.currentTarget.value);
      }}
      onBlur={() => left(target)}
    />
  );
}
