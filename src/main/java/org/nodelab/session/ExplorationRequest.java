package org.nodelab.session;

import java.util.Map;
import org.nodelab.io.SessionExploration;
import org.nodelab.ode.Method;

/**
 * What the user asked to see of a system, with no training: which system (a built-in id or typed equations),
 * its parameters, where the starting points lie and for how long the flow runs.
 *
 * @param specification  a built-in id such as {@code vanderpol}, or typed equations such as {@code x' = y; y' = -x}
 * @param parameters     overrides of the system's parameters by name
 * @param center         the middle of the starting points (null: the system's default starting point)
 * @param spread         half-width of the square of starting points in the projection plane
 * @param duration       T: the flow is followed over [0, T]
 */
public record ExplorationRequest(String specification, Map<String, Double> parameters, double[] center,
                                 double spread, double duration, Method method, double rtol, double atol,
                                 Projection projection) {

    public ExplorationRequest {
        if (specification == null || specification.isBlank()) {
            throw new IllegalArgumentException("name a built-in system or type its equations");
        }
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
        center = center == null ? null : center.clone();
        if (!(spread > 0) || !Double.isFinite(spread)) {
            throw new IllegalArgumentException("the spread of the starting points must be positive, not " + spread);
        }
        if (!(duration > 0) || !(duration <= 10_000)) {
            throw new IllegalArgumentException("the duration must be in (0, 10000], not " + duration);
        }
        if (method == null) {
            method = Method.DOPRI5;
        }
        if (projection == null) {
            projection = Projection.FIRST_TWO;
        }
    }

    /** Van der Pol at its default parameters: a limit cycle a class can watch every trajectory fall onto. */
    public static ExplorationRequest defaults() {
        return new ExplorationRequest("vanderpol", Map.of(), null, 2.0, 15.0, Method.DOPRI5, 1e-6, 1e-8,
                Projection.FIRST_TWO);
    }

    public ExplorationRequest withSpecification(String spec, Map<String, Double> params) {
        return new ExplorationRequest(spec, params, null, spread, duration, method, rtol, atol, projection);
    }

    public ExplorationRequest withProjection(Projection p) {
        return new ExplorationRequest(specification, parameters, center, spread, duration, method, rtol, atol, p);
    }

    /** This request as a session file keeps it. */
    public SessionExploration saved() {
        return new SessionExploration(specification, parameters, center, spread, duration, method.id(), rtol, atol,
                projection.x(), projection.y());
    }

    /**
     * The request a session file saved; the equations are checked when it is computed, like typed ones.
     *
     * @throws IllegalArgumentException naming what does not fit (an unknown solver, a duration out of range)
     */
    public static ExplorationRequest of(SessionExploration saved) {
        return new ExplorationRequest(saved.specification(), saved.parameters(), saved.center(), saved.spread(),
                saved.duration(), Method.fromId(saved.solver()), saved.rtol(), saved.atol(),
                new Projection(saved.projectionX(), saved.projectionY()));
    }
}
