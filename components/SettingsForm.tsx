import type { ComponentChild } from 'preact';
import { useId } from 'preact/hooks';
import { ENTITY_KINDS } from '@/utils/pack/schema';
import { HOVER_DELAY_LIMITS, clampHoverDelay, type Density, type HighlightStyle, type Settings } from '@/utils/settings';
import { EnabledSwitch } from './EnabledSwitch';
import { KIND_GROUP_LABEL } from './kind-labels';

export interface SettingsFormProps {
  settings: Settings;
  /** Called with the complete new settings after every change; the caller saves them. */
  onChange(next: Settings): void;
}

const STYLE_OPTIONS: { value: HighlightStyle; label: string; hint: string }[] = [
  { value: 'underline', label: 'Underline', hint: 'A coloured line under each name; quietest on busy pages.' },
  { value: 'background', label: 'Background', hint: 'A soft tint behind each name; easiest to spot.' },
  {
    value: 'off',
    label: 'No marks',
    hint: 'Names stay unmarked; resting the pointer on one, or the keyboard shortcut, still opens its briefing.',
  },
];

const DENSITY_OPTIONS: { value: Density; label: string; hint: string }[] = [
  {
    value: 'first-per-block',
    label: 'First mention in each paragraph',
    hint: 'Marks a name once per block of text, so long articles stay readable.',
  },
  { value: 'every', label: 'Every mention', hint: 'Marks each time a name appears.' },
];

/**
 * The options form. Controlled and stateless: each control turns the current settings into the
 * next ones and hands them to `onChange`; there is no Save button because every change is saved
 * (and reaches open tabs) at once.
 */
export function SettingsForm({ settings, onChange }: SettingsFormProps) {
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });

  return (
    <form class="cb-form" onSubmit={(event) => event.preventDefault()}>
      <fieldset class="cb-fieldset">
        <legend class="cb-legend">Briefings</legend>
        <EnabledSwitch
          enabled={settings.enabled}
          onChange={(enabled) => set({ enabled })}
          label="Show briefings on web pages"
          description="When off, no page is scanned, highlighted or given a card."
        />
      </fieldset>

      <fieldset class="cb-fieldset">
        <legend class="cb-legend">Kinds to highlight</legend>
        <div class="cb-checks">
          {ENTITY_KINDS.map((kind) => (
            <label key={kind} class="cb-check">
              <input
                type="checkbox"
                name="kinds"
                value={kind}
                checked={settings.kinds[kind]}
                onChange={(event) => set({ kinds: { ...settings.kinds, [kind]: event.currentTarget.checked } })}
              />
              <span class={`cb-dot cb-dot--${kind}`} aria-hidden="true" />
              {KIND_GROUP_LABEL[kind]}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="cb-fieldset">
        <legend class="cb-legend">Highlight style</legend>
        <RadioGroup
          name="style"
          options={STYLE_OPTIONS}
          value={settings.style}
          onChange={(style) => set({ style })}
          renderSample={(value) => <span class={`cb-sample cb-sample--${value}`}>Vladimir Putin</span>}
        />
      </fieldset>

      <fieldset class="cb-fieldset">
        <legend class="cb-legend">How often to mark a name</legend>
        <RadioGroup name="density" options={DENSITY_OPTIONS} value={settings.density} onChange={(density) => set({ density })} />
      </fieldset>

      <HoverDelayField value={settings.hoverDelayMs} onChange={(hoverDelayMs) => set({ hoverDelayMs })} />
    </form>
  );
}

interface RadioGroupProps<T extends string> {
  name: string;
  options: { value: T; label: string; hint: string }[];
  value: T;
  onChange(value: T): void;
  renderSample?(value: T): ComponentChild;
}

function RadioGroup<T extends string>({ name, options, value, onChange, renderSample }: RadioGroupProps<T>) {
  const groupId = useId();
  return (
    <div class="cb-radios">
      {options.map((option) => {
        const inputId = `${groupId}-${option.value}`;
        // The hint describes the option rather than naming it, so it stays outside the label.
        const hintId = `${inputId}-hint`;
        return (
          <div key={option.value} class="cb-radio">
            <input
              id={inputId}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-describedby={hintId}
              onChange={() => onChange(option.value)}
            />
            <div class="cb-radio__text">
              <span>
                <label for={inputId} class="cb-radio__label">
                  {option.label}
                </label>
                {renderSample && <span aria-hidden="true">{renderSample(option.value)}</span>}
              </span>
              <span id={hintId} class="cb-radio__hint">
                {option.hint}
              </span>
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** The hover delay as a slider with its value beside it; the number field takes exact values. */
function HoverDelayField({ value, onChange }: { value: number; onChange(ms: number): void }) {
  const id = useId();
  const { min, max, step } = HOVER_DELAY_LIMITS;
  const seconds = (value / 1000).toLocaleString('en-US', { maximumFractionDigits: 2 });
  const commit = (text: string) => {
    const ms = Number(text);
    if (text.trim() !== '' && Number.isFinite(ms)) onChange(clampHoverDelay(ms));
  };
  return (
    <fieldset class="cb-fieldset">
      <legend class="cb-legend">Hover delay</legend>
      <div class="cb-delay">
        <label for={`${id}-range`} class="cb-visually-hidden">
          Hover delay (slider)
        </label>
        <input
          id={`${id}-range`}
          type="range"
          class="cb-delay__range"
          min={min}
          max={max}
          step={step}
          value={value}
          aria-valuetext={`${seconds} seconds`}
          aria-describedby={`${id}-hint`}
          onInput={(event) => commit(event.currentTarget.value)}
        />
        <label class="cb-delay__number">
          <span class="cb-visually-hidden">Hover delay in milliseconds</span>
          <input
            type="number"
            class="cb-input cb-input--number"
            min={min}
            max={max}
            step={step}
            value={value}
            onChange={(event) => commit(event.currentTarget.value)}
          />
          <span aria-hidden="true">ms</span>
        </label>
      </div>
      <p id={`${id}-hint`} class="cb-radio__hint">
        How long the pointer rests on a name before its card opens ({min}–{max} ms; {HOVER_DELAY_LIMITS.default} ms by
        default).
      </p>
    </fieldset>
  );
}
