package org.nodelab.ode;

/**
 * One part of a differential equation's right-hand side, kept apart from the solver that steps it and the
 * controller that sizes the steps (diffrax's split). Today every solve has one {@link DriftTerm}; a stochastic
 * solve will add a diffusion term driven by a Brownian path, and a solver says which terms it can integrate
 * ({@link Solver#whyNot}).
 */
public interface Term {

    /** Number of state components per point of the batch. */
    int dimension();
}
