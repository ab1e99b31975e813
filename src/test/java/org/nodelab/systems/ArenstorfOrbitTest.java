package org.nodelab.systems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;
import org.nodelab.ode.VectorField;

class ArenstorfOrbitTest {

    @Test
    void theOrbitClosesAfterOnePeriod() {
        DynamicalSystem arenstorf = BuiltInSystems.get("arenstorf");
        VectorField field = arenstorf.createField();
        double[] start = arenstorf.defaultInitialState();
        Solution solution = OdeSolver.solve(field, start, 0, ArenstorfField.ORBIT_PERIOD,
                SolverOptions.defaults().withTolerances(1e-12, 1e-12));
        assertThat(solution.isSuccess()).as(solution.message()).isTrue();
        double[] end = solution.finalState();
        double positionError = Math.hypot(end[0] - start[0], end[1] - start[1]);
        double velocityError = Math.hypot(end[2] - start[2], end[3] - start[3]);
        System.out.printf("Arenstorf closure after one period: |dx| = %.3e, |dv| = %.3e, nfe = %d, steps = %d%n",
                positionError, velocityError, solution.statistics().nfe(), solution.statistics().accepted());
        assertThat(positionError).isLessThan(1e-6);
        assertThat(velocityError).isLessThan(1e-4);
    }
}
