/**
 * The popup: the current tab's analysis, or the state it is in (not analysed, analysing, no
 * article, restricted, error). Page-derived text (titles, names, quotes) is rendered only as
 * JSX text children, never as HTML.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { TabState } from "../shared/messages.js";
import type { SettingsNotice } from "../shared/settings.js";
import type { AutoSite, PopupApi } from "./api.js";
import { Chart } from "./Chart.js";
import { Disputes } from "./Disputes.js";
import { noticeText, restrictedText, t } from "./i18n.js";
import { attributionShares, counts, disputeViews, groupSourcesByKind } from "./model.js";
import { Sources } from "./Sources.js";

/** While a tab is analysing (e.g. automatically), poll its state this often (ms). */
export const POLL_MS = 400;

/** Props of App. */
export type AppProps = {
  /** The tab shown, or null when there is none (no active tab). */
  tabId: number | null;
  /** The browser, or a fake. */
  api: PopupApi;
};

/** The popup's root. */
export function App({ tabId, api }: AppProps) {
  const [state, setState] = useState<TabState | null>(null);
  const [auto, setAuto] = useState<AutoSite>({ host: null, enabled: false });
  const [notice, setNotice] = useState<SettingsNotice | null>(null);
  const [revealFailed, setRevealFailed] = useState(false);
  const alive = useRef(true);

  const run = useCallback(
    async (p: Promise<TabState>) => {
      try {
        const next = await p;
        if (alive.current) setState(next);
      } catch (e) {
        if (alive.current) setState({ status: "error", error: e instanceof Error ? e.message : String(e) });
      }
    },
    [],
  );

  useEffect(() => {
    alive.current = true;
    if (tabId === null) {
      setState({ status: "restricted", reason: "browser" });
      return;
    }
    void run(api.getState(tabId));
    api.getAutoSite(tabId).then(setAuto, () => undefined);
    api.takeNotice().then(setNotice, () => undefined);
    return () => {
      alive.current = false;
    };
  }, [tabId, api, run]);

  // A tab analysing on its own (automatic site, keyboard command): follow it until it is done.
  useEffect(() => {
    if (tabId === null || state?.status !== "analysing") return;
    const timer = setInterval(() => void run(api.getState(tabId)), POLL_MS);
    return () => clearInterval(timer);
  }, [tabId, api, run, state?.status]);

  const analyse = (wholePage: boolean) => {
    if (tabId === null) return;
    setState((s) => ({ ...(s ?? {}), status: "analysing" }));
    void run(api.analyzeTab(tabId, wholePage ? { wholePage: true } : {}));
  };

  const reveal = (id: string) => {
    if (tabId === null) return;
    api.reveal(tabId, id).then((ok) => setRevealFailed(!ok), () => setRevealFailed(true));
  };

  const setMarks = (marks: boolean, claimMarks: boolean) => {
    if (tabId === null) return;
    setState((s) => (s ? { ...s, marks, claimMarks } : s));
    void run(api.setMarks(tabId, marks, claimMarks));
  };

  const toggleAuto = (enabled: boolean) => {
    if (tabId === null || !auto.host) return;
    // setAutoSite asks for the permission first thing: keep it the first call of this handler.
    api.setAutoSite(tabId, auto.host, enabled).then(setAuto, () => setAuto({ ...auto, enabled: false }));
  };

  return (
    <main class="popup" aria-busy={state === null || state.status === "analysing" ? "true" : "false"}>
      {notice ? (
        <div class="notice" role="status">
          <span>{noticeText(notice)}</span>
          <button type="button" class="link" onClick={() => setNotice(null)}>
            {t("dismiss")}
          </button>
        </div>
      ) : null}
      <Body state={state} onAnalyse={analyse} onReveal={reveal} revealFailed={revealFailed} />
      {state?.status === "done" ? (
        <Controls
          state={state}
          auto={auto}
          onMarks={setMarks}
          onAuto={toggleAuto}
          onOptions={() => void api.openOptions()}
          onAgain={() => analyse(false)}
        />
      ) : (
        <footer class="footer">
          <AutoToggle auto={auto} onAuto={toggleAuto} />
          <button type="button" class="link" onClick={() => void api.openOptions()}>
            {t("openOptions")}
          </button>
        </footer>
      )}
    </main>
  );
}

type BodyProps = {
  state: TabState | null;
  onAnalyse(wholePage: boolean): void;
  onReveal(id: string): void;
  revealFailed: boolean;
};

function Body({ state, onAnalyse, onReveal, revealFailed }: BodyProps) {
  if (state === null || state.status === "analysing") {
    return (
      <div class="state busy" role="status" aria-live="polite" aria-busy="true">
        <span class="spinner" aria-hidden="true" />
        <span>{state === null ? t("loading") : t("analysing")}</span>
      </div>
    );
  }
  switch (state.status) {
    case "idle":
      return (
        <div class="state idle">
          <h1 class="title">{t("extName")}</h1>
          <p>{t("notAnalysed")}</p>
          <button type="button" class="primary" onClick={() => onAnalyse(false)} autoFocus>
            {t("analyseButton")}
          </button>
        </div>
      );
    case "no-article":
      return (
        <div class="state no-article">
          <h1 class="title">{t("noArticleHeading")}</h1>
          <p>{t("noArticle")}</p>
          <button type="button" class="primary" onClick={() => onAnalyse(true)} autoFocus>
            {t("analyseWholePage")}
          </button>
        </div>
      );
    case "restricted":
      return (
        <div class="state restricted" role="status">
          <h1 class="title">{t("restrictedHeading")}</h1>
          <p>{restrictedText(state.reason)}</p>
        </div>
      );
    case "error":
      return (
        <div class="state error" role="alert">
          <h1 class="title">{t("errorHeading")}</h1>
          <p class="error-message">{state.error ?? t("errorUnknown")}</p>
          <button type="button" class="primary" onClick={() => onAnalyse(false)}>
            {t("tryAgain")}
          </button>
        </div>
      );
    case "done":
      return state.analysis ? (
        <Report state={state} onReveal={onReveal} revealFailed={revealFailed} onAnalyse={onAnalyse} />
      ) : (
        <div class="state error" role="alert">
          <p>{t("errorUnknown")}</p>
        </div>
      );
  }
}

function Report({ state, onReveal, revealFailed, onAnalyse }: { state: TabState; onReveal(id: string): void; revealFailed: boolean; onAnalyse(wholePage: boolean): void }) {
  const analysis = state.analysis!;
  const c = useMemo(() => counts(analysis), [analysis]);
  const disputes = useMemo(() => disputeViews(analysis), [analysis]);
  const groups = useMemo(() => groupSourcesByKind(analysis), [analysis]);
  const shares = useMemo(() => attributionShares(analysis), [analysis]);
  const title = analysis.article.title ?? (analysis.article.method === "selection" ? t("selectionTitle") : t("untitled"));
  if (!analysis.article.found) {
    return (
      <div class="state no-article">
        <h1 class="title">{t("noArticleHeading")}</h1>
        <p>{t("noArticle")}</p>
        <button type="button" class="primary" onClick={() => onAnalyse(true)}>
          {t("analyseWholePage")}
        </button>
      </div>
    );
  }
  return (
    <div class="report">
      <header class="header">
        <h1 class="title">{title}</h1>
        <ul class="counts" aria-label={t("countsLabel")}>
          <li><strong>{c.sources}</strong> {t(c.sources === 1 ? "countSource" : "countSources")}</li>
          <li><strong>{c.claims}</strong> {t(c.claims === 1 ? "countClaim" : "countClaims")}</li>
          <li class={c.disputes ? "has-disputes" : ""}>
            <strong>{c.disputes}</strong> {t(c.disputes === 1 ? "countDispute" : "countDisputes")}
          </li>
        </ul>
        {analysis.article.method === "selection" ? <p class="muted small">{t("selectionNote")}</p> : null}
        {revealFailed ? <p class="muted small" role="status">{t("revealFailed")}</p> : null}
      </header>
      <Disputes disputes={disputes} onReveal={onReveal} />
      <Sources groups={groups} onReveal={onReveal} />
      <Chart shares={shares} />
    </div>
  );
}

type ControlsProps = {
  state: TabState;
  auto: AutoSite;
  onMarks(marks: boolean, claimMarks: boolean): void;
  onAuto(enabled: boolean): void;
  onOptions(): void;
  onAgain(): void;
};

function Controls({ state, auto, onMarks, onAuto, onOptions, onAgain }: ControlsProps) {
  const marks = state.marks ?? true;
  const claimMarks = state.claimMarks ?? true;
  const selection = state.analysis?.article.method === "selection";
  return (
    <footer class="footer controls" aria-label={t("controlsLabel")}>
      {selection ? null : (
        <>
          <label class="toggle">
            <input type="checkbox" checked={marks} onChange={(e) => onMarks(e.currentTarget.checked, claimMarks)} />
            {t("marksToggle")}
          </label>
          <label class="toggle">
            <input
              type="checkbox"
              checked={claimMarks}
              disabled={!marks}
              onChange={(e) => onMarks(marks, e.currentTarget.checked)}
            />
            {t("claimMarksToggle")}
          </label>
        </>
      )}
      <AutoToggle auto={auto} onAuto={onAuto} />
      <span class="footer-links">
        <button type="button" class="link" onClick={onAgain}>
          {t("analyseAgain")}
        </button>
        <button type="button" class="link" onClick={onOptions}>
          {t("openOptions")}
        </button>
      </span>
    </footer>
  );
}

function AutoToggle({ auto, onAuto }: { auto: AutoSite; onAuto(enabled: boolean): void }) {
  if (!auto.host) return null;
  return (
    <label class="toggle">
      <input type="checkbox" checked={auto.enabled} onChange={(e) => onAuto(e.currentTarget.checked)} />
      {t("autoToggle", auto.host)}
    </label>
  );
}
