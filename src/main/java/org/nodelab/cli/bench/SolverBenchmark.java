package org.nodelab.cli.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;
import org.nodelab.ode.VectorField;

/**
 * Our dopri5 against Hipparchus's DormandPrince54, side by side in one warmed JVM, on the same problem and
 * tolerances: time per step, work–precision (NFE against achieved error), and the share of a batched
 * solve's time that is the solver's own arithmetic.
 */
public final class SolverBenchmark {

    private static final double[] TOLERANCES = {1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11};
    private static final double[] TARGET_ERRORS = {1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9};

    private final VectorField field;
    private final double[] y0;
    private final int repeats;

    /** @param repeats timed repetitions per measurement (the median is reported) after as many warm-up runs */
    public SolverBenchmark(VectorField field, double[] y0, int repeats) {
        this.field = field;
        this.y0 = y0.clone();
        this.repeats = repeats;
    }

    public Map<String, Object> run(double timingSpan, double precisionSpan, int batch, int dimension) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("timePerStep", timePerStep(1e-9, timingSpan));
        List<Map<String, Object>> curve = workPrecision(precisionSpan);
        out.put("workPrecision", curve);
        out.put("nfeAtEqualError", nfeAtEqualError(curve));
        out.put("batchSolverShare", batchSolverShare(batch, dimension));
        return out;
    }

    private Map<String, Object> timePerStep(double tolerance, double span) {
        SolverOptions options = SolverOptions.defaults().withTolerances(tolerance, tolerance).withMaxSteps(10_000_000);
        Solution[] last = new Solution[1];
        double oursNanos = medianNanos(() -> last[0] = OdeSolver.solve(field, y0, 0, span, options));
        DormandPrince54Integrator[] integrator = new DormandPrince54Integrator[1];
        double theirsNanos = medianNanos(() -> {
            integrator[0] = hipparchus(tolerance, span);
            integrator[0].integrate(asHipparchus(field), new ODEState(0, y0.clone()), span);
        });
        int ourSteps = last[0].statistics().steps();
        // Hipparchus counts evaluations, not steps; with FSAL each step costs six.
        long theirEvaluations = integrator[0].getEvaluations();
        double theirSteps = Math.max(1, (theirEvaluations - 1) / 6.0);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("problemSpan", span);
        m.put("rtol", tolerance);
        m.put("atol", tolerance);
        m.put("oursSteps", ourSteps);
        m.put("oursNfe", last[0].statistics().nfe());
        m.put("oursMicrosPerStep", oursNanos / 1e3 / ourSteps);
        m.put("hipparchusSteps", Math.round(theirSteps));
        m.put("hipparchusNfe", theirEvaluations);
        m.put("hipparchusMicrosPerStep", theirsNanos / 1e3 / theirSteps);
        m.put("ratioTimePerStep", (oursNanos / ourSteps) / (theirsNanos / theirSteps));
        return m;
    }

    private List<Map<String, Object>> workPrecision(double span) {
        double[] reference = reference(span);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (double tol : TOLERANCES) {
            Solution ours = OdeSolver.solve(field, y0, 0, span,
                    SolverOptions.defaults().withTolerances(tol, tol).withMaxSteps(10_000_000));
            DormandPrince54Integrator integrator = hipparchus(tol, span);
            ODEStateAndDerivative theirs = integrator.integrate(asHipparchus(field), new ODEState(0, y0.clone()), span);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("tolerance", tol);
            row.put("oursNfe", ours.statistics().nfe());
            row.put("oursError", maxDifference(ours.finalState(), reference));
            row.put("hipparchusNfe", integrator.getEvaluations());
            row.put("hipparchusError", maxDifference(theirs.getPrimaryState(), reference));
            rows.add(row);
        }
        return rows;
    }

    /** NFE each solver needs to reach the same error, interpolated log-log along its work–precision curve. */
    private static List<Map<String, Object>> nfeAtEqualError(List<Map<String, Object>> curve) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (double target : TARGET_ERRORS) {
            double ours = interpolateNfe(curve, "oursError", "oursNfe", target);
            double theirs = interpolateNfe(curve, "hipparchusError", "hipparchusNfe", target);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("error", target);
            row.put("oursNfe", Double.isNaN(ours) ? null : Math.round(ours));
            row.put("hipparchusNfe", Double.isNaN(theirs) ? null : Math.round(theirs));
            row.put("ratio", Double.isNaN(ours) || Double.isNaN(theirs) ? null : ours / theirs);
            rows.add(row);
        }
        return rows;
    }

    private static double interpolateNfe(List<Map<String, Object>> curve, String errorKey, String nfeKey,
                                         double target) {
        for (int i = 1; i < curve.size(); i++) {
            double e0 = ((Number) curve.get(i - 1).get(errorKey)).doubleValue();
            double e1 = ((Number) curve.get(i).get(errorKey)).doubleValue();
            if ((e0 - target) * (e1 - target) <= 0 && e0 != e1 && e0 > 0 && e1 > 0) {
                double n0 = ((Number) curve.get(i - 1).get(nfeKey)).doubleValue();
                double n1 = ((Number) curve.get(i).get(nfeKey)).doubleValue();
                double f = Math.log(target / e0) / Math.log(e1 / e0);
                return Math.exp(Math.log(n0) + f * Math.log(n1 / n0));
            }
        }
        return Double.NaN;
    }

    private Map<String, Object> batchSolverShare(int batch, int dimension) {
        TimedField timed = new TimedField(new DenseTanhLayerField(dimension, 42));
        double[] start = new double[batch * dimension];
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < start.length; i++) {
            start[i] = random.nextGaussian();
        }
        SolverOptions options = SolverOptions.defaults().withTolerances(1e-6, 1e-6);
        Solution[] last = new Solution[1];
        long[] fieldNanos = new long[1];
        double totalNanos = medianNanos(() -> {
            timed.reset();
            last[0] = OdeSolver.solve(timed, start, 0, 1.0, options);
            fieldNanos[0] = timed.nanos;
        });
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batch", batch);
        m.put("dimension", dimension);
        m.put("nfe", last[0].statistics().nfe());
        m.put("solveMillis", totalNanos / 1e6);
        m.put("fieldMillis", fieldNanos[0] / 1e6);
        m.put("solverShare", 1 - fieldNanos[0] / totalNanos);
        return m;
    }

    private double[] reference(double span) {
        DormandPrince853Integrator tight = new DormandPrince853Integrator(1e-14, span, 1e-14, 1e-14);
        return tight.integrate(asHipparchus(field), new ODEState(0, y0.clone()), span).getPrimaryState();
    }

    private static DormandPrince54Integrator hipparchus(double tolerance, double span) {
        DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-14, span, tolerance, tolerance);
        integrator.setMaxEvaluations(60_000_000);
        return integrator;
    }

    private double medianNanos(Runnable work) {
        for (int i = 0; i < repeats; i++) {
            work.run();
        }
        double[] times = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[repeats / 2];
    }

    private static double maxDifference(double[] a, double[] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        return worst;
    }

    static OrdinaryDifferentialEquation asHipparchus(VectorField field) {
        return new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return field.dimension();
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double[] d = new double[y.length];
                field.evaluate(t, y, d);
                return d;
            }
        };
    }
}
