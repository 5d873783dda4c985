import type { ComponentChild } from 'preact';
import { useId } from 'preact/hooks';
import { ENTITY_KINDS } from '@/utils/pack/schema';
import { HOVER_DELAY_LIMITS, clampHoverDelay, type Density, type HighlightStyle, type Settings } from '@/utils/settings';
import { EnabledSwitch } from './EnabledSwitch';
import type { MessageKey } from '@/utils/i18n';
import { useI18n } from './i18n';
import { kindGroupLabel } from './kind-labels';

export interface SettingsFormProps {
  settings: Settings;
  /** Called with the complete new settings after every change; the caller saves them. */
  onChange(next: Settings): void;
}

const STYLE_OPTIONS: { value: HighlightStyle; label: MessageKey; hint: MessageKey }[] = [
  { value: 'underline', label: 'form_styleUnderline', hint: 'form_styleUnderlineHint' },
  { value: 'background', label: 'form_styleBackground', hint: 'form_styleBackgroundHint' },
  { value: 'off', label: 'form_styleOff', hint: 'form_styleOffHint' },
];

const DENSITY_OPTIONS: { value: Density; label: MessageKey; hint: MessageKey }[] = [
  { value: 'first-per-block', label: 'form_densityFirst', hint: 'form_densityFirstHint' },
  { value: 'every', label: 'form_densityEvery', hint: 'form_densityEveryHint' },
];

/**
 * The options form. Controlled and stateless: each control turns the current settings into the
 * next ones and hands them to `onChange`; there is no Save button because every change is saved
 * (and reaches open tabs) at once.
 */
export function SettingsForm({ settings, onChange }: SettingsFormProps) {
  const i18n = useI18n();
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });

  return (
    <form class="cb-form" onSubmit={(event) => event.preventDefault()}>
      <fieldset class="cb-fieldset">
        <legend class="cb-legend">{i18n.t('form_briefings')}</legend>
        <EnabledSwitch
          enabled={settings.enabled}
          onChange={(enabled) => set({ enabled })}
          label={i18n.t('form_enabled')}
          description={i18n.t('form_enabledHint')}
        />
      </fieldset>

      <fieldset class="cb-fieldset">
        <legend class="cb-legend">{i18n.t('form_kinds')}</legend>
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
              {kindGroupLabel(i18n, kind)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="cb-fieldset">
        <legend class="cb-legend">{i18n.t('form_style')}</legend>
        <RadioGroup
          name="style"
          options={STYLE_OPTIONS}
          value={settings.style}
          onChange={(style) => set({ style })}
          renderSample={(value) => <span class={`cb-sample cb-sample--${value}`}>Vladimir Putin</span>}
        />
      </fieldset>

      <fieldset class="cb-fieldset">
        <legend class="cb-legend">{i18n.t('form_density')}</legend>
        <RadioGroup name="density" options={DENSITY_OPTIONS} value={settings.density} onChange={(density) => set({ density })} />
      </fieldset>

      <HoverDelayField value={settings.hoverDelayMs} onChange={(hoverDelayMs) => set({ hoverDelayMs })} />
    </form>
  );
}

interface RadioGroupProps<T extends string> {
  name: string;
  options: { value: T; label: MessageKey; hint: MessageKey }[];
  value: T;
  onChange(value: T): void;
  renderSample?(value: T): ComponentChild;
}

function RadioGroup<T extends string>({ name, options, value, onChange, renderSample }: RadioGroupProps<T>) {
  const i18n = useI18n();
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
                  {i18n.t(option.label)}
                </label>
                {renderSample && <span aria-hidden="true">{renderSample(option.value)}</span>}
              </span>
              <span id={hintId} class="cb-radio__hint">
                {i18n.t(option.hint)}
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
  const i18n = useI18n();
  const id = useId();
  const { min, max, step } = HOVER_DELAY_LIMITS;
  const commit = (text: string) => {
    const ms = Number(text);
    if (text.trim() !== '' && Number.isFinite(ms)) onChange(clampHoverDelay(ms));
  };
  return (
    <fieldset class="cb-fieldset">
      <legend class="cb-legend">{i18n.t('form_delay')}</legend>
      <div class="cb-delay">
        <label for={`${id}-range`} class="cb-visually-hidden">
          {i18n.t('form_delaySlider')}
        </label>
        <input
          id={`${id}-range`}
          type="range"
          class="cb-delay__range"
          min={min}
          max={max}
          step={step}
          value={value}
          aria-valuetext={i18n.plural('form_delaySeconds', value / 1000)}
          aria-describedby={`${id}-hint`}
          onInput={(event) => commit(event.currentTarget.value)}
        />
        <label class="cb-delay__number">
          <span class="cb-visually-hidden">{i18n.t('form_delayMs')}</span>
          <input
            type="number"
            class="cb-input cb-input--number"
            min={min}
            max={max}
            step={step}
            value={value}
            onChange={(event) => commit(event.currentTarget.value)}
          />
          <span aria-hidden="true">{i18n.t('form_ms')}</span>
        </label>
      </div>
      <p id={`${id}-hint`} class="cb-radio__hint">
        {i18n.t('form_delayHint', min, max, HOVER_DELAY_LIMITS.default)}
      </p>
    </fieldset>
  );
}
