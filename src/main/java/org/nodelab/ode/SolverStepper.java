package org.nodelab.ode;

/**
 * One solve in progress for a {@link Solver}: its buffers, the stage it carries from one step to the next
 * (first same as last, or Verlet's force), and its count of vector-field evaluations. A step only proposes;
 * the driver decides, and {@link #accept} makes the proposal current. Nothing here allocates per step.
 */
interface SolverStepper {

    /**
     * Proposes the state after one step of size h from (t, y) into {@link #proposal()}, and its error estimate
     * into {@link #error()}. {@code tEnd} is where the driver puts the step's end: t + h for adaptive steps, the
     * grid point for fixed ones (so that the last step lands on the end time exactly); it may differ from t + h
     * in the last bit, and solvers that evaluate at the end of the step use it.
     */
    void step(double t, double h, double tEnd, double[] y);

    /** The proposed state of the last {@link #step}. */
    double[] proposal();

    /** The error estimate of the last {@link #step}, or null for a solver without one. */
    double[] error();

    /** f(t, y) at the current state: the adaptive driver checks it and starts Hairer's first-step rule from it. */
    double[] rateAtStart();

    /** Dense output inside the last step from y with size h, at fraction θ of it, into {@code out}. */
    void interpolate(double[] y, double h, double theta, double[] out);

    /** The proposal becomes the current state: carry over whatever the next step can reuse. */
    void accept();

    /** One counted evaluation of the drift, for the first-step rule. */
    void evaluate(double t, double[] y, double[] out);

    /** Evaluations so far, counted as torchdiffeq counts them (the solve's NFE). */
    long evaluations();
}
