package org.nodelab.app.views.common;

import java.util.ArrayList;
import java.util.List;

import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * The numbers behind a view, copied out of its charts on the FX thread (where chart data lives) so that
 * turning them into CSV can happen on another thread. Values are kept as numbers or short strings; the
 * caller formats them.
 *
 * @param name    what the file is called after ("loss chart")
 * @param columns the header
 * @param rows    one array of cells per row (String or Number), as long as {@code columns}
 */
public record DataTable(String name, List<String> columns, List<Object[]> rows) {

    public DataTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Every series of every dataset of a chart, in long form: dataset, series, x, y (a histogram adds its bins). */
    public static DataTable of(ChartView chart) {
        var plot = chart.chart().getXYPlot();
        List<Object[]> rows = new ArrayList<>();
        boolean bins = false;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            bins |= plot.getDataset(d) instanceof IntervalXYDataset && !(plot.getDataset(d)
                    instanceof org.jfree.data.xy.XYSeriesCollection);
        }
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            if (data == null) {
                continue;
            }
            boolean histogram = data instanceof IntervalXYDataset && !(data instanceof org.jfree.data.xy.XYSeriesCollection);
            for (int s = 0; s < data.getSeriesCount(); s++) {
                String series = String.valueOf(data.getSeriesKey(s));
                for (int i = 0; i < data.getItemCount(s); i++) {
                    Object[] row = bins ? new Object[6] : new Object[4];
                    row[0] = d;
                    row[1] = series;
                    row[2] = data.getXValue(s, i);
                    row[3] = data.getYValue(s, i);
                    if (bins) {
                        IntervalXYDataset interval = histogram ? (IntervalXYDataset) data : null;
                        row[4] = interval == null ? "" : interval.getStartXValue(s, i);
                        row[5] = interval == null ? "" : interval.getEndXValue(s, i);
                    }
                    rows.add(row);
                }
            }
        }
        List<String> columns = bins ? List.of("dataset", "series", "x", "y", "bin_start", "bin_end")
                : List.of("dataset", "series", "x", "y");
        return new DataTable(chart.name(), columns, rows);
    }

    /** The table as CSV: a header line, then one line per row; strings with a comma or quote are quoted. */
    public String toCsv() {
        StringBuilder b = new StringBuilder();
        b.append(String.join(",", columns)).append('\n');
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(cell(row[i]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String cell(Object v) {
        if (v instanceof Double d) {
            return Double.isFinite(d) ? Double.toString(d) : "";
        }
        String s = String.valueOf(v);
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
