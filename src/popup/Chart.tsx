/** Who gets how much of the article's attribution: CSS bars in a real table, so it reads aloud. */
import { percent, type Shares } from "./model.js";
import { t } from "./i18n.js";

/** The attribution chart and the share of unsourced figures. */
export function Chart({ shares }: { shares: Shares }) {
  return (
    <section class="chart" aria-labelledby="chart-h">
      <h2 id="chart-h">{t("chartHeading")}</h2>
      {shares.rows.length === 0 ? (
        <p class="muted">{t("chartNone")}</p>
      ) : (
        <table class="bars">
          <caption class="sr-only">{t("chartCaption")}</caption>
          <thead class="sr-only">
            <tr>
              <th scope="col">{t("chartSource")}</th>
              <th scope="col">{t("chartShare")}</th>
            </tr>
          </thead>
          <tbody>
            {shares.rows.map((r) => (
              <tr key={r.sourceId ?? "others"}>
                <th scope="row" class="bar-name">{r.name ?? t("chartOthers")}</th>
                <td class="bar-cell">
                  <span class="bar" aria-hidden="true">
                    <span class="bar-fill" style={{ width: `${Math.max(2, Math.round(r.share * 100))}%` }} />
                  </span>
                  <span class="bar-value">{percent(r.share)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="unsourced">
        {shares.totalFigures === 0
          ? t("unsourcedNone")
          : t("unsourcedFigures", [String(shares.unsourcedFigures), String(shares.totalFigures), percent(shares.unsourcedShare)])}
      </p>
      <p class="muted small">{t("attributedShare", percent(shares.attributedShare))}</p>
    </section>
  );
}
