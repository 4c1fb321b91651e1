/** The sources, grouped by kind; each expands to its claims, and a claim click reveals it. */
import { useState } from "preact/hooks";
import type { SourceGroup, SourceView } from "./model.js";
import { kindLabel, plural, t } from "./i18n.js";

/** Props of Sources. */
export type SourcesProps = {
  /** The groups, in SOURCE_KIND_ORDER. */
  groups: SourceGroup[];
  /** Scroll the page to a mark and flash it. */
  onReveal(id: string): void;
};

/** Every source, once, under its kind. */
export function Sources({ groups, onReveal }: SourcesProps) {
  return (
    <section class="sources" aria-labelledby="sources-h">
      <h2 id="sources-h">{t("sourcesHeading")}</h2>
      {groups.length === 0 ? <p class="muted">{t("sourcesNone")}</p> : null}
      {groups.map((g) => (
        <section class="source-group" key={g.kind} aria-labelledby={`group-${g.kind}`}>
          <h3 id={`group-${g.kind}`}>
            {kindLabel(g.kind)} <span class="muted">({g.sources.length})</span>
          </h3>
          <ul class="source-list">
            {g.sources.map((s) => (
              <SourceItem key={s.id} source={s} onReveal={onReveal} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function SourceItem({ source: s, onReveal }: { source: SourceView; onReveal(id: string): void }) {
  const [open, setOpen] = useState(false);
  const listId = `claims-${s.id}`;
  return (
    <li class="source" data-source={s.id} data-kind={s.kind}>
      <button
        type="button"
        class="disclosure"
        aria-expanded={open ? "true" : "false"}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <span class="chevron" aria-hidden="true">{open ? "▾" : "▸"}</span>
        <span class="source-name">{s.name}</span>
        <span class="source-stats">
          {plural(s.claims.length, "claimsOne", "claimsMany")}
          {s.directCount > 0 ? `, ${plural(s.directCount, "quotesOne", "quotesMany")}` : ""}
        </span>
      </button>
      {s.description ? <p class="source-desc">{s.description}</p> : null}
      {s.figures.length > 0 ? (
        <p class="source-figures">
          <span class="label">{t("figuresLabel")}</span>{" "}
          {s.figures.map((f, i) => (
            <span key={f.id}>
              {i > 0 ? "; " : ""}
              {f.text}
              {f.measure ? ` ${f.measure}` : ""}
            </span>
          ))}
        </p>
      ) : null}
      {s.disputes.length > 0 ? (
        <p class="source-disputes">
          <span class="label">{t("inDisputeLabel")}</span>{" "}
          {s.disputes.map((d, i) => (
            <span key={d.id} data-dispute={d.id}>
              {i > 0 ? "; " : ""}
              {d.summary}
            </span>
          ))}
        </p>
      ) : null}
      <ul class="claim-list" id={listId} hidden={!open}>
        {s.claims.map((c) => (
          <li key={c.id}>
            <button type="button" class="claim" data-claim={c.id} onClick={() => onReveal(c.id)} title={t("revealHint")}>
              <span class="claim-cue">{c.direct ? t("directQuote") : c.cue}</span>
              <span class="claim-text">{c.direct ? `“${c.text.replace(/^["“]|["”]$/g, "")}”` : c.text}</span>
            </button>
          </li>
        ))}
      </ul>
    </li>
  );
}
