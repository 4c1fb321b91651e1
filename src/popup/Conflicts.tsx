/** The conflicts: rival figures side by side with their sources; a click reveals them in the page. */
import { Fragment } from "preact";
import type { ConflictView } from "./model.js";
import { t } from "./i18n.js";

/** Props of Conflicts. */
export type ConflictsProps = {
  /** The conflicts, contradictions first. */
  conflicts: ConflictView[];
  /** Scroll the page to a mark and flash it. */
  onReveal(id: string): void;
};

/** The list of conflicts (or a line saying there are none). */
export function Conflicts({ conflicts, onReveal }: ConflictsProps) {
  return (
    <section class="conflicts" aria-labelledby="conflicts-h">
      <h2 id="conflicts-h">{t("conflictsHeading")}</h2>
      {conflicts.length === 0 ? (
        <p class="muted">{t("conflictsNone")}</p>
      ) : (
        <ul class="conflict-list">
          {conflicts.map((x) => (
            <li key={x.id}>
              <button
                type="button"
                class={`conflict conflict-${x.kind}`}
                data-conflict={x.id}
                onClick={() => onReveal(x.id)}
                title={t("revealHint")}
              >
                <span class="conflict-head">
                  <span class="conflict-measure">{x.measure}</span>
                  {x.scope ? <span class="conflict-scope">{t("conflictScope", x.scope)}</span> : null}
                  <span class={`conflict-kind kind-${x.kind}`}>
                    {t(x.kind === "contradiction" ? "kindContradiction" : "kindDiscrepancy")}
                  </span>
                </span>
                <span class="sides">
                  {x.sides.map((s, i) => (
                    <Fragment key={s.figureId}>
                      {i > 0 ? <span class="versus">{t("versus")}</span> : null}
                      <span class="side">
                        <span class="side-figure">{s.text}</span>
                        <span class="side-source">{s.sourceName ?? t(s.headline ? "theHeadline" : "theArticle")}</span>
                      </span>
                    </Fragment>
                  ))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
