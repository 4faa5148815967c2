/** Small labelled inputs shared by the options sections; each control has a visible label. */
import type { ComponentChildren } from 'preact';
import { linesToList, listToLines } from '@/lib/ui/settings-form';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'time' | 'date';
  testId?: string;
  list?: string;
  maxLength?: number;
  /** A fuller name for assistive technology when the visible label repeats (the day, the category). */
  ariaLabel?: string;
}

export function TextField(props: TextFieldProps) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <input
        type={props.type ?? 'text'}
        value={props.value}
        list={props.list}
        maxLength={props.maxLength}
        aria-label={props.ariaLabel}
        data-testid={props.testId}
        onInput={(event) => {
          props.onChange(event.currentTarget.value);
        }}
      />
    </label>
  );
}

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  testId?: string;
  hint?: string;
}

export function NumberField(props: NumberFieldProps) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <input
        type="number"
        value={props.value}
        min={props.min}
        max={props.max}
        step={1}
        data-testid={props.testId}
        onInput={(event) => {
          const value = event.currentTarget.valueAsNumber;
          if (Number.isFinite(value)) props.onChange(Math.round(value));
        }}
      />
      {props.hint && <small class="muted">{props.hint}</small>}
    </label>
  );
}

export interface CheckboxProps {
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
  ariaLabel?: string;
}

export function Checkbox(props: CheckboxProps) {
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={props.checked}
        aria-label={props.ariaLabel}
        data-testid={props.testId}
        onChange={(event) => {
          props.onChange(event.currentTarget.checked);
        }}
      />
      <span>{props.label}</span>
    </label>
  );
}

export interface LinesFieldProps {
  label: string;
  hint?: string;
  items: string[];
  onChange: (items: string[]) => void;
  testId?: string;
  rows?: number;
  ariaLabel?: string;
}

/** A list edited as text, one item a line. */
export function LinesField(props: LinesFieldProps) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <textarea
        rows={props.rows ?? 3}
        value={listToLines(props.items)}
        aria-label={props.ariaLabel}
        data-testid={props.testId}
        onInput={(event) => {
          props.onChange(linesToList(event.currentTarget.value));
        }}
      />
      {props.hint && <small class="muted">{props.hint}</small>}
    </label>
  );
}
