package org.nodelab.app.views.common;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;

import org.jfree.chart.plot.XYPlot;

/**
 * The base of the views drawn with JFreeChart: it owns their charts (built and themed by {@link ChartView}),
 * the titled card, and the theme switch, so each view only says what its charts show.
 */
public abstract class ChartLiveView implements LiveView {

    private final String id;
    private final List<ChartView> charts = new ArrayList<>();
    private ViewPane pane;

    protected ChartLiveView(String id) {
        this.id = id;
    }

    /** Adds a chart to this view; the dashboard schedules its redraws. */
    protected final ChartView addChart(String name, XYPlot plot, boolean legend) {
        ChartView chart = new ChartView(name, plot, legend);
        charts.add(chart);
        return chart;
    }

    /** Puts the view's content in its titled card; called once, at the end of the constructor. */
    protected final void setContent(String title, String help, Node content) {
        pane = new ViewPane(title, help, content);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final ViewPane pane() {
        return pane;
    }

    @Override
    public final List<ChartView> charts() {
        return List.copyOf(charts);
    }

    @Override
    public void setDark(boolean dark) {
        charts.forEach(c -> c.setDark(dark));
    }
}
