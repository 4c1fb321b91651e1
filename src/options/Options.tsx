/**
 * The options page: sites analysed automatically (list, remove), the marks' style, reset.
 * Settings are read through `migrate` (shared/settings.ts), so a broken stored value shows
 * defaults and a one-time notice instead of a broken page.
 */
import { useEffect, useState } from "preact/hooks";
import { defaultSettings, MARK_STYLES, type MarkStyle, type Settings, type SettingsNotice } from "../shared/settings.js";
import { noticeText, t } from "../popup/i18n.js";

/** What the options page asks of the browser (tests pass a fake). */
export type OptionsApi = {
  /** Read settings (migrated, valid). */
  load(): Promise<Settings>;
  /** Save settings. */
  save(settings: Settings): Promise<void>;
  /** A pending one-time notice. */
  takeNotice(): Promise<SettingsNotice | null>;
  /** Give back a site's host permission once it is no longer analysed automatically. */
  forgetSite(host: string): Promise<void>;
};

/** Message key of each mark style's label. */
const STYLE_KEYS: Record<MarkStyle, string> = { default: "styleDefault", "high-contrast": "styleHighContrast" };

/** The options page's root. */
export function Options({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<SettingsNotice | null>(null);
  const [status, setStatus] = useState("");

  useEffect(() => {
    // The notice after the load: loading a broken stored value is what queues it.
    api
      .load()
      .catch(() => defaultSettings())
      .then((s) => (setSettings(s), api.takeNotice()))
      .then(setNotice, () => undefined);
  }, [api]);

  const update = async (next: Settings, done: string) => {
    setSettings(next);
    try {
      await api.save(next);
      setStatus(done);
    } catch (e) {
      setStatus(t("optionsSaveFailed", e instanceof Error ? e.message : String(e)));
    }
  };

  if (!settings) return <main class="options" aria-busy="true"><p>{t("loading")}</p></main>;

  const removeSite = (host: string) => {
    void update({ ...settings, autoSites: settings.autoSites.filter((h) => h !== host) }, t("optionsSiteRemoved", host));
    void api.forgetSite(host).catch(() => undefined);
  };

  return (
    <main class="options">
      <h1>{t("optionsHeading")}</h1>
      {notice ? (
        <div class="notice" role="status">
          <span>{noticeText(notice)}</span>
          <button type="button" class="link" onClick={() => setNotice(null)}>{t("dismiss")}</button>
        </div>
      ) : null}

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t("optionsSites")}</h2>
        {settings.autoSites.length === 0 ? (
          <p class="muted">{t("optionsNoSites")}</p>
        ) : (
          <ul class="sites">
            {settings.autoSites.map((host) => (
              <li key={host} data-site={host}>
                <span class="host">{host}</span>
                <button type="button" onClick={() => removeSite(host)} aria-label={t("optionsRemoveSite", host)}>
                  {t("optionsRemove")}
                </button>
              </li>
            ))}
          </ul>
        )}
        <p class="muted small">{t("optionsSitesHelp")}</p>
      </section>

      <section aria-labelledby="marks-h">
        <h2 id="marks-h">{t("optionsMarks")}</h2>
        <fieldset>
          <legend>{t("optionsMarkStyle")}</legend>
          {MARK_STYLES.map((style) => (
            <label key={style} class="radio">
              <input
                type="radio"
                name="markStyle"
                value={style}
                checked={settings.markStyle === style}
                onChange={() => void update({ ...settings, markStyle: style }, t("optionsSaved"))}
              />
              {t(STYLE_KEYS[style])}
            </label>
          ))}
        </fieldset>
        <label class="check">
          <input
            type="checkbox"
            name="marks"
            checked={settings.marks}
            onChange={(e) => void update({ ...settings, marks: e.currentTarget.checked }, t("optionsSaved"))}
          />
          {t("optionsShowMarks")}
        </label>
        <label class="check">
          <input
            type="checkbox"
            name="claimMarks"
            checked={settings.claimMarks}
            onChange={(e) => void update({ ...settings, claimMarks: e.currentTarget.checked }, t("optionsSaved"))}
          />
          {t("optionsShowClaimMarks")}
        </label>
      </section>

      <section aria-labelledby="reset-h">
        <h2 id="reset-h">{t("optionsReset")}</h2>
        <p class="muted small">{t("optionsResetHelp")}</p>
        <button
          type="button"
          class="danger"
          onClick={() => {
            for (const host of settings.autoSites) void api.forgetSite(host).catch(() => undefined);
            void update(defaultSettings(), t("optionsResetDone"));
          }}
        >
          {t("optionsResetButton")}
        </button>
      </section>

      <p class="status" role="status" aria-live="polite">{status}</p>
    </main>
  );
}
