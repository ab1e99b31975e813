package org.nodelab.app.views.common;

import java.util.ArrayList;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.util.PublicCloneable;
import org.jfree.data.xy.XYDataset;

/**
 * A copy of a chart that another thread may draw while the FX thread goes on changing the original. JFreeChart's
 * own {@code clone} is not enough for that: an {@link XYPlot} clone shares its datasets with the original (and
 * registers itself as their listener, which would leak one plot per frame), and a legend still asks the original
 * plot for its items. Both are put right here. What the copy still shares is either immutable (fonts, paints,
 * strokes, shapes) or touched only while drawing, which {@link ChartRenderer#DRAW_LOCK} serializes.
 */
final class ChartCopy {

    private ChartCopy() {
    }

    /**
     * @throws CloneNotSupportedException when a part of the chart cannot be copied (a dataset that is not
     *                                    {@link PublicCloneable}, a plot that is not an {@link XYPlot}); the
     *                                    caller then draws the original on its own thread
     */
    static JFreeChart of(JFreeChart original) throws CloneNotSupportedException {
        if (!(original.getPlot() instanceof XYPlot)) {
            throw new CloneNotSupportedException("only XY plots are copied for drawing elsewhere");
        }
        JFreeChart copy = (JFreeChart) original.clone();
        XYPlot plot = copy.getXYPlot();
        for (Map.Entry<Integer, XYDataset> e : new ArrayList<>(plot.getDatasets().entrySet())) {
            XYDataset data = e.getValue();
            if (data == null) {
                continue;
            }
            if (!(data instanceof PublicCloneable cloneable)) {
                throw new CloneNotSupportedException(data.getClass().getName() + " cannot be copied");
            }
            // setDataset also unregisters the copy's plot from the original dataset.
            plot.setDataset(e.getKey(), (XYDataset) cloneable.clone());
        }
        XYPlot originalPlot = original.getXYPlot();
        for (int i = 0; i < copy.getSubtitleCount(); i++) {
            if (copy.getSubtitle(i) instanceof LegendTitle legend) {
                LegendItemSource[] sources = legend.getSources().clone();
                for (int s = 0; s < sources.length; s++) {
                    if (sources[s] == originalPlot) {
                        sources[s] = plot;
                    }
                }
                legend.setSources(sources);
            }
        }
        return copy;
    }
}
