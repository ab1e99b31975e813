package org.nodelab.io;

import java.util.Map;

/**
 * The system the window explored, as a session file keeps it: the equations as typed (or a built-in id), the
 * parameter values, where the starting points lie, the flow's span and solver, and the projection shown. The
 * session layer turns it into its request and checks the equations there.
 *
 * @param center  the middle of the starting points, or null for the system's default starting point
 */
public record SessionExploration(String specification, Map<String, Double> parameters, double[] center,
                                 double spread, double duration, String solver, double rtol, double atol,
                                 int projectionX, int projectionY) {

    /** Typed equations of a few lines; far longer is no system a person typed. */
    public static final int MAX_SPECIFICATION_LENGTH = 10_000;

    public SessionExploration {
        if (specification == null || specification.isBlank()
                || specification.length() > MAX_SPECIFICATION_LENGTH) {
            throw new IllegalArgumentException("exploration.specification must be 1 to "
                    + MAX_SPECIFICATION_LENGTH + " characters");
        }
        for (Map.Entry<String, Double> p : (parameters == null ? Map.<String, Double>of() : parameters).entrySet()) {
            if (p.getValue() == null || !Double.isFinite(p.getValue())) {
                throw new IllegalArgumentException("exploration.parameters." + p.getKey() + " is " + p.getValue()
                        + "; a parameter must be a finite number");
            }
        }
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
        if (center != null) {
            center = center.clone();
            for (int i = 0; i < center.length; i++) {
                if (!Double.isFinite(center[i])) {
                    throw new IllegalArgumentException("exploration.center[" + i + "] must be finite");
                }
            }
        }
        if (!(spread > 0) || !Double.isFinite(spread)) {
            throw new IllegalArgumentException("exploration.spread must be positive and finite, not " + spread);
        }
        if (!(duration > 0) || !Double.isFinite(duration)) {
            throw new IllegalArgumentException("exploration.duration must be positive and finite, not " + duration);
        }
        if (!(rtol > 0) || !(atol > 0) || !Double.isFinite(rtol) || !Double.isFinite(atol)) {
            throw new IllegalArgumentException("exploration.rtol and atol must be positive and finite");
        }
        if (projectionX < 0 || projectionY < 0) {
            throw new IllegalArgumentException("exploration.projectionX and projectionY count from 0");
        }
    }

    @Override
    public double[] center() {
        return center == null ? null : center.clone();
    }
}
