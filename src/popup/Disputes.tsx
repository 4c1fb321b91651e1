/**
 * The disputes: one card per disputed quantity, every voice's figure on one number line, and
 * the same figures as a list of buttons (what a keyboard and a screen reader use; nothing depends
 * on the drawing). A click on a voice reveals its figure in the page; on the heading, all of them.
 * Page-derived text (names, figures, places) is rendered only as text children.
 */
import type { DisputeView, DisputeVoice } from "./model.js";
import { formatNumber, intervalWords, t, voiceName } from "./i18n.js";
import { axisFor, labelPlace, LINE_WIDTH, lineHeight, markFor, ROW_HEIGHT, xOf, type Axis, type MarkShape } from "./number-line.js";

/** Props of Disputes. */
export type DisputesProps = {
  /** The disputes, contradictions first. */
  disputes: DisputeView[];
  /** Scroll the page to a mark (a figure, or every figure of a dispute) and flash it. */
  onReveal(id: string): void;
};

/** The list of disputes (or a line saying there are none). */
export function Disputes({ disputes, onReveal }: DisputesProps) {
  return (
    <section class="disputes" aria-labelledby="disputes-h">
      <h2 id="disputes-h">{t("disputesHeading")}</h2>
      {disputes.length === 0 ? (
        <p class="muted">{t("disputesNone")}</p>
      ) : (
        <ul class="dispute-list">
          {disputes.map((d) => (
            <DisputeCard key={d.id} dispute={d} onReveal={onReveal} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** What is counted, and where: "killed in Homs". */
export function measureText(d: Pick<DisputeView, "measure" | "scope">): string {
  return d.scope ? t("measureScope", [d.measure, d.scope]) : d.measure;
}

/** One voice read out: "SANA: at least 83 (83 or more)". */
export function voiceText(v: DisputeVoice, unit: string | null): string {
  return t("voiceFigure", [voiceName(v), v.text, intervalWords(v, unit)]);
}

/** The accessible name of a dispute's number line: what it counts, then every voice's figure. */
export function numberLineLabel(d: DisputeView): string {
  return t("numberLineLabel", [measureText(d), d.voices.map((v) => voiceText(v, d.unit)).join("; ")]);
}

function DisputeCard({ dispute: d, onReveal }: { dispute: DisputeView; onReveal(id: string): void }) {
  const headId = `dispute-${d.id}`;
  return (
    <li class={`dispute dispute-${d.kind}`} data-dispute={d.id} aria-labelledby={headId}>
      <div class="dispute-head">
        <button
          type="button"
          class="dispute-title"
          id={headId}
          onClick={() => onReveal(d.id)}
          title={t("disputeRevealAll", String(d.voices.length))}
        >
          <span class="dispute-measure">{d.measure}</span>
          {d.scope ? <span class="dispute-scope"> {t("conflictScope", d.scope)}</span> : null}
        </button>
        <span class={`dispute-kind kind-${d.kind}`}>
          {t(d.kind === "contradiction" ? "kindContradiction" : "kindDiscrepancy")}
        </span>
      </div>
      <NumberLine dispute={d} onReveal={onReveal} />
      <ul class="voices" aria-label={t("voicesLabel")}>
        {d.voices.map((v) => (
          <li key={v.figureId}>
            <button type="button" class="voice" data-figure={v.figureId} onClick={() => onReveal(v.figureId)} title={t("revealHint")}>
              <span class="voice-name">{voiceName(v)}</span>{" "}
              <span class="voice-figure">{v.text}</span>
              <Interval voice={v} unit={d.unit} />
            </button>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** A voice's interval in words, unless that only repeats the figure as written ("more than 130"). */
function Interval({ voice: v, unit }: { voice: DisputeVoice; unit: string | null }) {
  const words = intervalWords(v, unit);
  if (words.toLowerCase() === v.text.trim().toLowerCase()) return null;
  return (
    <>
      {" "}
      <span class="voice-interval">{words}</span>
    </>
  );
}

/** The number line: an axis scaled to the figures, one row per voice with its label above its mark. */
function NumberLine({ dispute: d, onReveal }: { dispute: DisputeView; onReveal(id: string): void }) {
  const axis = axisFor(d.voices);
  if (!axis) return null;
  const rows = d.voices.length;
  const height = lineHeight(rows);
  const axisY = rows * ROW_HEIGHT + 4;
  return (
    <svg
      class="number-line"
      role="img"
      aria-label={numberLineLabel(d)}
      viewBox={`0 0 ${LINE_WIDTH} ${height}`}
      width="100%"
      preserveAspectRatio="xMidYMin meet"
      focusable="false"
    >
      {axis.ticks.map((v) => (
        <line key={`g${v}`} class="nl-grid" x1={xOf(axis, v)} x2={xOf(axis, v)} y1={2} y2={axisY} />
      ))}
      {d.voices.map((v, i) => (
        <Row key={v.figureId} voice={v} axis={axis} y={i * ROW_HEIGHT} onReveal={onReveal} />
      ))}
      <line class="nl-axis" x1={2} x2={LINE_WIDTH - 2} y1={axisY} y2={axisY} />
      {axis.ticks.map((v) => (
        <g key={`t${v}`}>
          <line class="nl-axis" x1={xOf(axis, v)} x2={xOf(axis, v)} y1={axisY} y2={axisY + 4} />
          <text class="nl-tick" x={xOf(axis, v)} y={axisY + 16} text-anchor="middle">
            {formatNumber(v, d.unit, true)}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** Radius of a dot (an exact number) and of a bar's end caps. */
const DOT_R = 4.5;
const CAP_R = 3.5;
/** Length and half-height of the arrow head of an open end. */
const ARROW = 7;
const ARROW_HALF = 4.5;

function Row({ voice: v, axis, y, onReveal }: { voice: DisputeVoice; axis: Axis; y: number; onReveal(id: string): void }) {
  const mark = markFor(axis, v);
  if (!mark) return null;
  const label = labelPlace(mark, `${voiceName(v)} · ${v.text}`);
  const my = y + 21;
  return (
    <g class="nl-row" data-figure={v.figureId} onClick={() => onReveal(v.figureId)}>
      <rect class="nl-hit" x={0} y={y} width={LINE_WIDTH} height={ROW_HEIGHT} />
      <text class="nl-label" x={label.x} y={y + 11} text-anchor={label.anchor}>
        {label.text}
      </text>
      <Mark mark={mark} y={my} />
    </g>
  );
}

function Mark({ mark: m, y }: { mark: MarkShape; y: number }) {
  if (m.shape === "dot") return <circle class="nl-dot" cx={m.x1} cy={y} r={DOT_R} />;
  const x1 = m.openLow ? m.x1 + ARROW : m.x1;
  const x2 = m.openHigh ? m.x2 - ARROW : m.x2;
  return (
    <g class="nl-bar">
      <line class="nl-span" x1={x1} x2={x2} y1={y} y2={y} />
      {m.openLow ? <polygon class="nl-arrow" points={`${m.x1},${y} ${m.x1 + ARROW},${y - ARROW_HALF} ${m.x1 + ARROW},${y + ARROW_HALF}`} /> : null}
      {m.openHigh ? <polygon class="nl-arrow" points={`${m.x2},${y} ${m.x2 - ARROW},${y - ARROW_HALF} ${m.x2 - ARROW},${y + ARROW_HALF}`} /> : null}
      {m.openLow ? null : <circle class={m.hollowLow ? "nl-cap nl-hollow" : "nl-cap"} cx={m.x1} cy={y} r={CAP_R} />}
      {m.openHigh ? null : <circle class={m.hollowHigh ? "nl-cap nl-hollow" : "nl-cap"} cx={m.x2} cy={y} r={CAP_R} />}
      {m.xValue !== null ? <line class="nl-value" x1={m.xValue} x2={m.xValue} y1={y - 6} y2={y + 6} /> : null}
    </g>
  );
}
