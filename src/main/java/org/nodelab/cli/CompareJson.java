package org.nodelab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nodelab.session.compare.ComparedRun;
import org.nodelab.session.compare.Comparison;
import org.nodelab.session.compare.CostInputs;
import org.nodelab.session.compare.Fairness;
import org.nodelab.session.compare.MetricRow;
import org.nodelab.session.compare.MetricSummary;
import org.nodelab.session.compare.Provenance;
import org.nodelab.session.compare.Quantity;
import org.nodelab.session.compare.RunCost;
import org.nodelab.session.compare.Savings;
import org.nodelab.session.compare.SettingRow;

/** The compare command's JSON: plain maps and lists that Jackson writes, every number with its provenance. */
final class CompareJson {

    private CompareJson() {
    }

    static Map<String, Object> comparison(Comparison c, MetricSummary how, int k) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> runs = new ArrayList<>();
        List<Integer> colours = c.colours();
        for (int i = 0; i < c.runs().size(); i++) {
            ComparedRun r = c.runs().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", i + 1);
            m.put("name", r.name());
            m.put("id", r.id());
            m.put("colour", colours.get(i));
            m.put("pinned", i == c.pinned());
            m.put("origin", r.origin());
            m.put("iterations", r.iterations());
            m.put("curvePoints", r.series().size());
            m.put("meanNfeForward", JsonOutput.number(r.meanNfeForward()));
            m.put("meanNfeBackward", JsonOutput.number(r.meanNfeBackward()));
            m.put("totalNfe", r.series().isEmpty() ? null : r.series().totalNfe());
            m.put("wallSeconds", r.series().isEmpty() ? null : JsonOutput.number(r.series().totalSeconds()));
            runs.add(m);
        }
        out.put("runs", runs);
        out.put("pinned", c.pinnedRun().name());
        List<Map<String, Object>> settings = new ArrayList<>();
        for (SettingRow row : c.settings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("setting", row.path());
            m.put("values", row.values());
            settings.add(m);
        }
        out.put("settings", settings);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("summary", how.name().toLowerCase(Locale.ROOT));
        metrics.put("k", how == MetricSummary.MEAN_OF_LAST ? k : null);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MetricRow row : c.metrics(how, k)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", row.metric().id());
            m.put("better", row.metric().better().name().toLowerCase(Locale.ROOT));
            m.put("values", numbers(row.values()));
            m.put("delta", numbers(row.delta()));
            m.put("deltaPercent", numbers(row.deltaPercent()));
            List<String> verdicts = new ArrayList<>();
            row.verdicts().forEach(v -> verdicts.add(v.name().toLowerCase(Locale.ROOT)));
            m.put("verdicts", verdicts);
            rows.add(m);
        }
        metrics.put("rows", rows);
        out.put("metrics", metrics);
        Fairness f = c.fairness();
        Map<String, Object> fairness = new LinkedHashMap<>();
        fairness.put("comparable", f.comparable());
        fairness.put("differences", f.differences());
        fairness.put("statement", f.statement());
        out.put("fairness", fairness);
        return out;
    }

    static Map<String, Object> inputs(CostInputs in) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requestsPerDay", quantity(in.requestsPerDay()));
        m.put("batch", in.batch());
        m.put("utilisation", quantity(in.utilisation()));
        m.put("pricePerHour", quantity(in.pricePerHour()));
        m.put("t0", quantity(in.t0()));
        return m;
    }

    static Map<String, Object> runCost(RunCost c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("latency", quantity(c.latency()));
        m.put("latencyP95", quantity(c.latencyP95()));
        m.put("coreHoursPerDay", quantity(c.coreHoursPerDay()));
        m.put("costPerDay", quantity(c.costPerDay()));
        m.put("costPerMonth", quantity(c.costPerMonth()));
        m.put("costPerRequest", quantity(c.costPerRequest()));
        m.put("trainingSeconds", c.trainingSeconds() == null ? null : quantity(c.trainingSeconds()));
        m.put("trainingCost", c.trainingCost() == null ? null : quantity(c.trainingCost()));
        return m;
    }

    static Map<String, Object> savings(Savings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("savedPerDay", quantity(s.savedPerDay()));
        m.put("nfeRatio", quantity(s.nfeRatio()));
        m.put("latencyRatio", quantity(s.latencyRatio()));
        m.put("paybackRequests", s.payback() == null ? null : quantity(s.payback()));
        m.put("explanation", s.explanation());
        return m;
    }

    /** A number with its unit and provenance; a derived one also lists the base numbers it rests on. */
    static Map<String, Object> quantity(Quantity q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", JsonOutput.number(q.value()));
        if (Double.isInfinite(q.value())) {
            m.put("never", true);
        }
        m.put("unit", q.unit());
        Provenance p = q.provenance();
        m.put("provenance", p.kind().name().toLowerCase(Locale.ROOT));
        m.put(p.kind() == Provenance.Kind.DERIVED ? "formula" : "detail", p.detail());
        if (p.kind() == Provenance.Kind.DERIVED) {
            m.put("basis", p.footer());
        }
        return m;
    }

    private static List<Object> numbers(List<Double> values) {
        List<Object> out = new ArrayList<>();
        values.forEach(v -> out.add(JsonOutput.number(v)));
        return out;
    }
}
