import { useI18n } from '../i18n/I18nProvider.tsx';
import { LANGUAGES } from '../i18n/language.ts';

/** Two toggle buttons, each labelled in its own language so either reader can find theirs. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would add a visible legend and border inside the header bar.
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={language === option}
          onClick={() => setLanguage(option)}
        >
          {t(option === 'en' ? 'language.en' : 'language.ko')}
        </button>
      ))}
    </div>
  );
}
