package org.nodelab.ode;

/**
 * Every explicit Runge–Kutta method of {@link ButcherTableaus} as a {@link Solver}: the stages come from
 * {@link RungeKuttaStepper}, dense output from the tableau's continuous extension, and first-same-as-last
 * methods hand their last stage on as the next step's first.
 */
record RungeKuttaSolver(ButcherTableau tableau) implements Solver {

    @Override
    public int order() {
        return tableau.order();
    }

    @Override
    public boolean hasErrorEstimate() {
        return tableau.isEmbedded();
    }

    @Override
    public String whyNot(Term term, SolverOptions options) {
        return term instanceof DriftTerm ? null : tableau.name() + " integrates a drift term only";
    }

    @Override
    public Method fallback() {
        return null;
    }

    @Override
    public SolverStepper init(Term term, double t0, double[] y0) {
        return new Stepping(tableau, ((DriftTerm) term).field(), t0, y0);
    }

    @Override
    public StepTape newTape(int outputCount) {
        return new StepTape(tableau, outputCount);
    }

    private static final class Stepping implements SolverStepper {

        private final ButcherTableau tableau;
        private final RungeKuttaStepper stages;
        private final double[] weights;
        /** Whether k[0] is f at the current state; false after an accepted step of a method without FSAL. */
        private boolean firstStageCurrent;

        Stepping(ButcherTableau tableau, VectorField field, double t0, double[] y0) {
            this.tableau = tableau;
            this.stages = new RungeKuttaStepper(tableau, field, y0.length);
            this.weights = new double[tableau.stages()];
            stages.evaluate(t0, y0, stages.k[0]);
            firstStageCurrent = true;
        }

        @Override
        public void step(double t, double h, double tEnd, double[] y) {
            if (!firstStageCurrent) {
                stages.evaluate(t, y, stages.k[0]);
                firstStageCurrent = true;
            }
            stages.step(t, y, h);
        }

        @Override
        public double[] proposal() {
            return stages.y1;
        }

        @Override
        public double[] error() {
            return stages.error;
        }

        @Override
        public double[] rateAtStart() {
            if (!firstStageCurrent) {
                throw new IllegalStateException("the first stage is evaluated at the start of the next step");
            }
            return stages.k[0];
        }

        @Override
        public void interpolate(double[] y, double h, double theta, double[] out) {
            stages.interpolate(y, h, theta, weights, out);
        }

        @Override
        public void accept() {
            if (tableau.firstSameAsLast()) {
                // The last stage is f(t + h, y1), the next step's first stage.
                int last = tableau.stages() - 1;
                double[] first = stages.k[0];
                stages.k[0] = stages.k[last];
                stages.k[last] = first;
            } else {
                firstStageCurrent = false;
            }
        }

        @Override
        public void evaluate(double t, double[] y, double[] out) {
            stages.evaluate(t, y, out);
        }

        @Override
        public long evaluations() {
            return stages.evaluations;
        }
    }
}
