package org.jcwg.advisory.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jcwg.advisory.i18n.Localizer;
import org.jcwg.advisory.model.Recommendation;
import org.jcwg.advisory.model.Status;
import org.jcwg.advisory.model.StatusChange;

/**
 * The tracker's chart, drawn at build time as inline SVG: one bar per recommendation, a segment
 * per status from the day it began to the next change, the current status running to the end of
 * the year of the latest change (never "today": the same data gives the same chart). The picture
 * is an image with a title and a description that says everything it shows, in the page's
 * language; colours come from the stylesheet, each segment also carries its status in words
 * where it is wide enough, and the legend names them. Stateless.
 */
final class StatusChart {

    private static final int WIDTH = 760;
    private static final int LABEL_COLUMN = 64;
    private static final int RIGHT_PAD = 16;
    private static final int AXIS_HEIGHT = 26;
    private static final int ROW_HEIGHT = 32;
    private static final int BAR_HEIGHT = 20;
    private static final int LEGEND_HEIGHT = 34;

    private StatusChart() {
    }

    /** A recommendation as the chart shows it. */
    record Row(String id, List<StatusChange> history) {
    }

    /** The SVG element; {@code idPrefix} keeps its title and description ids unique on the page. */
    static String svg(List<Row> rows, Localizer l, String idPrefix) {
        List<Row> charted = rows.stream().filter(r -> !r.history().isEmpty()).toList();
        if (charted.isEmpty()) return "";
        LocalDate first = charted.stream().map(r -> r.history().get(0).date()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = charted.stream().map(r -> r.history().get(r.history().size() - 1).date())
                .max(LocalDate::compareTo).orElseThrow();
        LocalDate start = LocalDate.of(first.getYear(), 1, 1);
        LocalDate end = LocalDate.of(last.getYear() + 1, 1, 1);
        Scale x = new Scale(start, end, LABEL_COLUMN, WIDTH - RIGHT_PAD);
        int height = AXIS_HEIGHT + charted.size() * ROW_HEIGHT + LEGEND_HEIGHT;

        StringBuilder svg = new StringBuilder();
        String titleId = idPrefix + "_title";
        String descId = idPrefix + "_desc";
        svg.append("<svg class=\"status-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ')
                .append(descId).append("\">\n");
        svg.append("<title id=\"").append(titleId).append("\">").append(Html.escape(l.text("recs.chart.title")))
                .append("</title>\n");
        svg.append("<desc id=\"").append(descId).append("\">").append(Html.escape(description(charted, l)))
                .append("</desc>\n");

        for (int year = start.getYear(); year <= end.getYear(); year++) {
            String at = x.at(LocalDate.of(year, 1, 1));
            svg.append("<line class=\"grid\" x1=\"").append(at).append("\" y1=\"").append(AXIS_HEIGHT - 6)
                    .append("\" x2=\"").append(at).append("\" y2=\"").append(AXIS_HEIGHT + charted.size() * ROW_HEIGHT)
                    .append("\"/>\n");
            if (year < end.getYear()) {
                String mid = x.at(LocalDate.of(year, 7, 1));
                svg.append("<text class=\"year\" x=\"").append(mid).append("\" y=\"").append(AXIS_HEIGHT - 10)
                        .append("\" text-anchor=\"middle\">").append(Html.escape(l.format("recs.chart.year", String.valueOf(year))))
                        .append("</text>\n");
            }
        }

        int y = AXIS_HEIGHT;
        for (Row row : charted) {
            int barTop = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
            svg.append("<text class=\"rec-label\" x=\"").append(LABEL_COLUMN - 8).append("\" y=\"")
                    .append(barTop + BAR_HEIGHT / 2 + 5).append("\" text-anchor=\"end\">").append(Html.escape(row.id()))
                    .append("</text>\n");
            List<StatusChange> h = row.history();
            for (int i = 0; i < h.size(); i++) {
                StatusChange c = h.get(i);
                LocalDate to = i + 1 < h.size() ? h.get(i + 1).date() : end;
                double left = x.of(c.date());
                // A status that lasted less than a day still shows as a sliver.
                double width = Math.max(2, x.of(to) - left);
                String label = l.text("status." + c.status().code());
                svg.append("<g class=\"seg status-").append(c.status().code()).append("\" data-rec=\"")
                        .append(Html.escape(row.id())).append("\" data-status=\"").append(c.status().code())
                        .append("\" data-from=\"").append(c.date()).append("\" data-to=\"")
                        .append(i + 1 < h.size() ? to.toString() : "").append("\">");
                svg.append("<rect x=\"").append(Scale.fmt(left)).append("\" y=\"").append(barTop)
                        .append("\" width=\"").append(Scale.fmt(width)).append("\" height=\"").append(BAR_HEIGHT)
                        .append("\"/>");
                if (fits(label, width)) {
                    svg.append("<text x=\"").append(Scale.fmt(left + 6)).append("\" y=\"").append(barTop + BAR_HEIGHT / 2 + 4)
                            .append("\">").append(Html.escape(label)).append("</text>");
                }
                svg.append("</g>\n");
            }
            y += ROW_HEIGHT;
        }

        int legendY = AXIS_HEIGHT + charted.size() * ROW_HEIGHT + 14;
        int legendX = LABEL_COLUMN;
        for (Status s : Status.values()) {
            String label = l.text("status." + s.code());
            svg.append("<g class=\"legend seg status-").append(s.code()).append("\"><rect x=\"").append(legendX)
                    .append("\" y=\"").append(legendY).append("\" width=\"14\" height=\"14\"/>")
                    .append("<text class=\"legend-label\" x=\"").append(legendX + 20).append("\" y=\"").append(legendY + 12)
                    .append("\">").append(Html.escape(label)).append("</text></g>\n");
            legendX += 20 + textWidth(label) + 24;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** "R1: proposed from November 2022, in progress from February 2023." for every row. */
    static String description(List<Row> rows, Localizer l) {
        List<String> sentences = new ArrayList<>();
        for (Row row : rows) {
            List<String> steps = new ArrayList<>();
            for (StatusChange c : row.history()) {
                steps.add(l.format("recs.chart.step", l.text("status." + c.status().code()), l.monthYear(c.date())));
            }
            sentences.add(l.format("recs.chart.row", row.id(), String.join(", ", steps)));
        }
        return String.join(" ", sentences);
    }

    /** Whether a status label fits inside its segment, estimated from its characters (no font metrics here). */
    private static boolean fits(String label, double width) {
        return textWidth(label) + 12 <= width;
    }

    /** Roughly 13px text: Hangul and other wide letters about 13px, Latin letters about 7.5px. */
    private static int textWidth(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL ? 13 : 7.5;
            i += Character.charCount(cp);
        }
        return (int) Math.ceil(w);
    }

    /** Days to x coordinates between two dates. */
    private record Scale(LocalDate start, LocalDate end, int left, int right) {
        double of(LocalDate d) {
            double span = end.toEpochDay() - start.toEpochDay();
            return left + (d.toEpochDay() - start.toEpochDay()) / span * (right - left);
        }

        String at(LocalDate d) {
            return fmt(of(d));
        }

        /** One decimal, the same on every machine. */
        static String fmt(double v) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
    }
}
