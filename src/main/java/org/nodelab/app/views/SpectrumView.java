package org.nodelab.app.views;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import org.nodelab.app.views.common.ChartLiveView;
import org.nodelab.app.views.common.ChartView;
import org.nodelab.app.views.common.Frame;
import org.nodelab.app.views.common.Palette;
import org.nodelab.dynamics.Curve;
import org.nodelab.dynamics.Eigenvalue;
import org.nodelab.dynamics.StabilityRegion;
import org.nodelab.ode.Method;
import org.nodelab.session.AnalysisSnapshot;

/**
 * Jacobian eigenvalues of the full first-order system in the complex plane, newest bold and older ones fading,
 * with the solver's stability region divided by the step size in force. An eigenvalue λ outside that curve
 * means h·λ left the region: the solver must shrink h, and NFE climbs.
 */
public final class SpectrumView extends ChartLiveView {

    /** Analyses whose eigenvalues stay on screen, fading: enough to see where the spectrum is heading. */
    private static final int GENERATIONS = 5;
    /** A few hundred points draw the region's curve as smoothly as thousands, at a fraction of the cost. */
    private static final int REGION_POINTS = 200;

    private final XYSeriesCollection regionData = new XYSeriesCollection();
    private final XYSeriesCollection eigenData = new XYSeriesCollection();
    private final ChartView chart;
    private final TextTitle verdict = new TextTitle("");
    private final Deque<List<AnalysisSnapshot.SpectrumSample>> history = new ArrayDeque<>();
    private AnalysisSnapshot shown;
    private long experiment = Long.MIN_VALUE;
    private Method method;
    private double stepSize = Double.NaN;
    private int outside;
    private Method regionMethod;
    private StabilityRegion region;

    public SpectrumView() {
        super("spectrum");
        NumberAxis re = new NumberAxis("Re λ");
        NumberAxis im = new NumberAxis("Im λ");
        re.setAutoRangeIncludesZero(true);
        im.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer regionRenderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(eigenData, re, im, null);
        XYLineAndShapeRenderer eigenRenderer = new XYLineAndShapeRenderer(false, true);
        for (int g = 0; g < GENERATIONS; g++) {
            double opacity = g == 0 ? 0.95 : 0.45 * (1 - (double) g / GENERATIONS);
            eigenRenderer.setSeriesPaint(g, Palette.awt(g == 0 ? 3 : 3, opacity));
            double size = g == 0 ? 7 : 5;
            eigenRenderer.setSeriesShape(g, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
            eigenRenderer.setSeriesVisibleInLegend(g, g == 0);
        }
        plot.setRenderer(0, eigenRenderer);
        plot.setDataset(1, regionData);
        plot.setRenderer(1, regionRenderer);
        regionRenderer.setDefaultStroke(new BasicStroke(1.8f));
        for (int s = 0; s < 8; s++) {
            regionRenderer.setSeriesPaint(s, Palette.awt(2));
            regionRenderer.setSeriesStroke(s, new BasicStroke(1.8f));
            regionRenderer.setSeriesVisibleInLegend(s, s == 0);
        }
        plot.setOrientation(PlotOrientation.VERTICAL);
        chart = addChart("spectrum chart", plot, true);
        chart.chart().addSubtitle(verdict);
        // Styled again so that the theme reaches the subtitle too.
        chart.setDark(false);
        setContent("Spectrum", "Eigenvalues of the Jacobian of the whole first-order system at points along "
                + "the trajectories (newest bold, older fading), and the solver's stability region scaled by the "
                + "step size h in force: λ outside the green curve means hλ left the region, so the solver must "
                + "take smaller steps and NFE rises.", chart.viewer());
    }

    @Override
    public Map<String, String> figures() {
        int count = eigenData.getSeriesCount() == 0 ? 0 : eigenData.getSeries(0).getItemCount();
        return Map.of("eigenvalues", Integer.toString(count), "verdict", verdict.getText());
    }

    @Override
    public void render(Frame frame) {
        AnalysisSnapshot a = frame.analysis();
        if (frame.experiment() != experiment) {
            // Eigenvalues of an earlier model or system say nothing about this one: they must not fade in here.
            experiment = frame.experiment();
            history.clear();
            shown = null;
        } else if (a == shown && frame.method() == method) {
            return;
        }
        if (a != shown && a != null && !a.spectra().isEmpty()) {
            history.addFirst(a.spectra());
            while (history.size() > GENERATIONS) {
                history.removeLast();
            }
        }
        shown = a;
        method = frame.method();
        stepSize = a == null ? Double.NaN : medianStep(a.spectra());
        chart.request(this::fill);
    }

    private void fill() {
        eigenData.removeAllSeries();
        regionData.removeAllSeries();
        int g = 0;
        double extent = 0;
        for (List<AnalysisSnapshot.SpectrumSample> generation : history) {
            XYSeries series = new XYSeries(g == 0 ? "eigenvalues λ" : "earlier " + g, false, true);
            for (AnalysisSnapshot.SpectrumSample sample : generation) {
                for (Eigenvalue e : sample.eigenvalues()) {
                    series.add(e.re(), e.im(), false);
                    if (g == 0) {
                        extent = Math.max(extent, Math.hypot(e.re(), e.im()));
                    }
                }
            }
            eigenData.addSeries(series);
            g++;
        }
        StabilityRegion region = region();
        outside = 0;
        if (region != null && Double.isFinite(stepSize) && stepSize > 0) {
            int k = 0;
            for (Curve curve : region.boundary()) {
                XYSeries s = new XYSeries(k == 0 ? "stability region / h" : "region " + k, false, true);
                int stride = Math.max(1, curve.size() / REGION_POINTS);
                for (int i = 0; i < curve.size(); i += stride) {
                    s.add(curve.re()[i] / stepSize, curve.im()[i] / stepSize, false);
                }
                s.add(curve.re()[curve.size() - 1] / stepSize, curve.im()[curve.size() - 1] / stepSize, false);
                regionData.addSeries(s);
                k++;
            }
            if (!history.isEmpty()) {
                for (AnalysisSnapshot.SpectrumSample sample : history.peekFirst()) {
                    for (Eigenvalue e : sample.eigenvalues()) {
                        // Only decaying modes can limit the step; a growing mode (Re λ ≥ 0) is the flow's own
                        // instability, which no step size makes the solver damp.
                        if (e.re() < -1e-9 && !region.contains(e.re() * sample.stepSize(),
                                e.im() * sample.stepSize())) {
                            outside++;
                        }
                    }
                }
            }
        }
        XYPlot plot = chart.chart().getXYPlot();
        double span = Math.max(extent * 1.35, 1e-3);
        if (region != null && Double.isFinite(stepSize)) {
            double reach = Math.abs(region.realAxisInterval()) / stepSize;
            if (reach < 4 * span) {
                span = Math.max(span, reach * 1.15);
            }
        }
        plot.getDomainAxis().setRange(-span, span * 0.6);
        plot.getRangeAxis().setRange(-span * 0.8, span * 0.8);
        verdict.setText(verdictText());
    }

    /** The solver's region, traced once per method: tracing the root locus is too costly for every redraw. */
    private StabilityRegion region() {
        if (regionMethod != method) {
            regionMethod = method;
            region = method == Method.VERLET ? StabilityRegion.verlet()
                    : method.tableau() != null ? StabilityRegion.of(method) : null;
        }
        return region;
    }

    private String verdictText() {
        if (history.isEmpty()) {
            return "no eigenvalues yet";
        }
        String h = Double.isFinite(stepSize) ? String.format("h ≈ %.3g", stepSize) : "h unknown";
        if (method == null || (method.tableau() == null && method != Method.VERLET)) {
            return h;
        }
        return outside == 0 ? h + ": decaying modes inside the region, steps set by accuracy"
                : h + ": " + outside + " decaying mode" + (outside == 1 ? "" : "s") + " with hλ outside the region: "
                + "steps limited by stability";
    }

    private static double medianStep(List<AnalysisSnapshot.SpectrumSample> samples) {
        double[] h = samples.stream().mapToDouble(AnalysisSnapshot.SpectrumSample::stepSize)
                .filter(Double::isFinite).toArray();
        if (h.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(h);
        return h[h.length / 2];
    }
}
