import { useId } from 'preact/hooks';
import { useI18n } from './i18n';

export interface EnabledSwitchProps {
  enabled: boolean;
  onChange(enabled: boolean): void;
  /** The switch's accessible name and visible label. */
  label?: string;
  /** A line under the label saying what the switch does (announced as its description). */
  description?: string;
}

/** The master on/off switch: a native checkbox (keyboard and form semantics for free) drawn as a switch. */
export function EnabledSwitch({ enabled, onChange, label, description }: EnabledSwitchProps) {
  const i18n = useI18n();
  const descriptionId = useId();
  return (
    <div class="cb-switch">
      <label class="cb-switch__control">
        <input
          type="checkbox"
          role="switch"
          class="cb-switch__input"
          checked={enabled}
          aria-describedby={description ? descriptionId : undefined}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <span class="cb-switch__track" aria-hidden="true">
          <span class="cb-switch__thumb" />
        </span>
        <span class="cb-switch__label">{label ?? i18n.t('popup_showBriefings')}</span>
      </label>
      {description && (
        <p id={descriptionId} class="cb-switch__description">
          {description}
        </p>
      )}
    </div>
  );
}
