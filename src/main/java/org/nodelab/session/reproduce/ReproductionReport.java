package org.nodelab.session.reproduce;

import java.util.List;
import java.util.Map;

/**
 * What a reproduction found: its table (one row per configuration, averaged over seeds; ordered columns), our
 * figures beside the published ones, and a verdict per aim. Plain data, for the command line's table and JSON
 * and for the compare window.
 *
 * @param table       rows of column name to value (numbers, strings, or null where a run gave none)
 * @param extraTables further tables by title (e.g. a tolerance sweep), in the same form
 */
public record ReproductionReport(String id, String title, String claim, List<Map<String, Object>> table,
                                 Map<String, List<Map<String, Object>>> extraTables, List<Comparison> comparisons,
                                 List<Verdict> verdicts) {

    public ReproductionReport {
        table = List.copyOf(table);
        extraTables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extraTables));
        comparisons = List.copyOf(comparisons);
        verdicts = List.copyOf(verdicts);
    }
}
