package org.nodelab.ode;

/**
 * Velocity Verlet (leapfrog) for q' = G(t, p), p' = F(t, q): a half kick, a drift, a half kick. Symplectic
 * and time-reversible, so energy errors stay bounded instead of drifting. Values at output times are linear
 * between steps, which keeps the method's second order.
 *
 * <p>It integrates only a drift that is a split system ({@link SeparableVectorField}) and keeps no tape, so it
 * says no to anything else and names rk4 as its fallback: callers that must solve whatever the field is ask
 * {@link OdeSolver#withFallback} instead of checking the field's type themselves.
 *
 * <p>NFE counts force evaluations F, one per step plus the first; each step also evaluates G once.
 */
final class VelocityVerlet implements Solver {

    @Override
    public int order() {
        return 2;
    }

    @Override
    public boolean hasErrorEstimate() {
        return false;
    }

    @Override
    public String whyNot(Term term, SolverOptions options) {
        if (!(term instanceof DriftTerm drift) || !(drift.field() instanceof SeparableVectorField)) {
            return "the verlet solver needs a split system q' = G(p), p' = F(q); this vector field is not one";
        }
        if (options.recordSteps()) {
            return "backprop through verlet steps is not supported; use the adjoint";
        }
        if (term.dimension() % 2 != 0) {
            return "velocity Verlet needs an even dimension [q, p], not " + term.dimension();
        }
        return null;
    }

    @Override
    public Method fallback() {
        return Method.RK4;
    }

    @Override
    public SolverStepper init(Term term, double t0, double[] y0) {
        return new Stepping((SeparableVectorField) ((DriftTerm) term).field(), t0, y0);
    }

    @Override
    public StepTape newTape(int outputCount) {
        throw new IllegalStateException("velocity Verlet keeps no tape");
    }

    private static final class Stepping implements SolverStepper {

        private final SeparableVectorField field;
        private final int half;
        private final int dim;
        private final double[] y1;
        /** F at the current state (p-half of each row), the first half kick of the next step. */
        private double[] rateStart;
        /** G in the middle of the last step (q-half) and F at its end (p-half). */
        private double[] rateEnd;
        private long forces;

        Stepping(SeparableVectorField field, double t0, double[] y0) {
            this.field = field;
            this.dim = field.dimension();
            this.half = dim / 2;
            this.y1 = new double[y0.length];
            this.rateStart = new double[y0.length];
            this.rateEnd = new double[y0.length];
            field.momentumRate(t0, y0, rateStart);
            forces = 1;
        }

        @Override
        public void step(double t, double h, double tEnd, double[] y) {
            System.arraycopy(y, 0, y1, 0, y.length);
            kick(y1, rateStart, 0.5 * h);
            field.positionRate(t + 0.5 * h, y1, rateEnd);
            drift(y1, rateEnd, h);
            field.momentumRate(tEnd, y1, rateEnd);
            forces++;
            kick(y1, rateEnd, 0.5 * h);
        }

        @Override
        public double[] proposal() {
            return y1;
        }

        @Override
        public double[] error() {
            return null;
        }

        @Override
        public double[] rateAtStart() {
            throw new UnsupportedOperationException("velocity Verlet carries the force F only, not the whole rate; "
                    + "it is never stepped adaptively");
        }

        @Override
        public void interpolate(double[] y, double h, double theta, double[] out) {
            // Linear between the step's ends, written as y0 + θ (y1 − y0) even at θ = 1.
            for (int j = 0; j < out.length; j++) {
                out[j] = y[j] + theta * (y1[j] - y[j]);
            }
        }

        @Override
        public void accept() {
            double[] previous = rateStart;
            rateStart = rateEnd;
            rateEnd = previous;
        }

        @Override
        public void evaluate(double t, double[] y, double[] out) {
            throw new UnsupportedOperationException("velocity Verlet counts force evaluations only; "
                    + "it is never stepped adaptively");
        }

        @Override
        public long evaluations() {
            return forces;
        }

        /** p += dt · F, on the p-half of every row. */
        private void kick(double[] y, double[] rate, double dt) {
            for (int row = 0; row < y.length; row += dim) {
                for (int j = row + half; j < row + dim; j++) {
                    y[j] += dt * rate[j];
                }
            }
        }

        /** q += dt · G, on the q-half of every row. */
        private void drift(double[] y, double[] rate, double dt) {
            for (int row = 0; row < y.length; row += dim) {
                for (int j = row; j < row + half; j++) {
                    y[j] += dt * rate[j];
                }
            }
        }
    }
}
