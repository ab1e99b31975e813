package org.nodelab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nodelab.session.reproduce.Comparison;
import org.nodelab.session.reproduce.ReproductionReport;
import org.nodelab.session.reproduce.Verdict;

/** A reproduction's report as text tables (stderr) and as one JSON object (stdout). */
final class ReproductionOutput {

    private ReproductionOutput() {
    }

    static void printTables(PrintWriter err, ReproductionReport report) {
        err.println(report.title());
        err.println("  claim: " + report.claim());
        printTable(err, report.table());
        report.extraTables().forEach((title, rows) -> {
            err.println(title + ":");
            printTable(err, rows);
        });
        err.println("ours beside published:");
        for (Comparison c : report.comparisons()) {
            err.printf(Locale.ROOT, "  %-36s %-28s ours %-8s published %-8s (%s)%n", c.published().quantity(),
                    c.published().subject(), format(c.ours()), format(c.published().value()), c.published().source());
        }
        for (Verdict v : report.verdicts()) {
            err.println("verdict: " + v.aim() + ": " + v.outcome().toUpperCase(Locale.ROOT) + " (" + v.why() + ")");
        }
        err.flush();
    }

    static Map<String, Object> json(ReproductionReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reproduction", report.id());
        out.put("title", report.title());
        out.put("claim", report.claim());
        out.put("table", report.table());
        out.put("extraTables", report.extraTables());
        List<Map<String, Object>> comparisons = new ArrayList<>();
        for (Comparison c : report.comparisons()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("quantity", c.published().quantity());
            m.put("ours", JsonOutput.number(c.ours()));
            m.put("oursOn", c.oursSubject());
            m.put("published", c.published().value());
            m.put("publishedOn", c.published().subject());
            m.put("source", c.published().source());
            comparisons.add(m);
        }
        out.put("comparisons", comparisons);
        List<Map<String, Object>> verdicts = new ArrayList<>();
        for (Verdict v : report.verdicts()) {
            verdicts.add(new LinkedHashMap<>(Map.of("aim", v.aim(), "verdict", v.outcome(), "why", v.why())));
        }
        out.put("verdicts", verdicts);
        return out;
    }

    private static void printTable(PrintWriter err, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).length();
            for (Map<String, Object> row : rows) {
                widths[c] = Math.max(widths[c], cell(row.get(columns.get(c))).length());
            }
        }
        StringBuilder header = new StringBuilder(" ");
        for (int c = 0; c < columns.size(); c++) {
            header.append(' ').append(pad(columns.get(c), widths[c]));
        }
        err.println(header);
        for (Map<String, Object> row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int c = 0; c < columns.size(); c++) {
                line.append(' ').append(pad(cell(row.get(columns.get(c))), widths[c]));
            }
            err.println(line);
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "-";
        }
        return value instanceof Double d ? format(d) : value.toString();
    }

    private static String format(double x) {
        if (!Double.isFinite(x)) {
            return "-";
        }
        if (x != 0 && (Math.abs(x) < 1e-3 || Math.abs(x) >= 1e6)) {
            return String.format(Locale.ROOT, "%.2e", x);
        }
        return String.format(Locale.ROOT, "%.4g", x).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
