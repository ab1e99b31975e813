package org.nodelab.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nodelab.ode.VectorField;

class BuiltInSystemsTest {

    @Test
    void listsTheSystemsInAStableOrder() {
        assertThat(BuiltInSystems.ids()).containsExactly("heavyball", "pendulum", "vanderpol", "duffing",
                "lotkavolterra", "lorenz", "rossler", "harmonic", "arenstorf", "linear2d");
    }

    @Test
    void findsSystemsIgnoringCaseAndBlanks() {
        assertThat(BuiltInSystems.get("LORENZ").id()).isEqualTo("lorenz");
        assertThat(BuiltInSystems.get("  VanDerPol ").id()).isEqualTo("vanderpol");
        assertThat(BuiltInSystems.find("nosuch")).isEmpty();
    }

    @Test
    void anUnknownIdListsTheValidOnes() {
        assertThatThrownBy(() -> BuiltInSystems.get("lorentz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'lorentz'")
                .hasMessageContaining("heavyball, pendulum, vanderpol");
    }

    @Test
    void everySystemIsConsistent() {
        for (DynamicalSystem system : BuiltInSystems.all()) {
            VectorField field = system.createField();
            assertThat(field.dimension()).as(system.id()).isEqualTo(system.dimension());
            assertThat(system.defaultInitialState()).as(system.id()).hasSize(system.dimension());
            assertThat(system.equations()).as(system.id()).contains("'");
            double[] rate = new double[system.dimension()];
            field.evaluate(0.0, system.defaultInitialState(), rate);
            for (double r : rate) {
                assertThat(r).as(system.id()).isFinite();
            }
        }
    }

    @Test
    void missingParametersTakeDefaultsAndOverridesApply() {
        DynamicalSystem vanDerPol = BuiltInSystems.get("vanderpol");
        assertThat(vanDerPol.resolveParameters(Map.of())).containsEntry("mu", 1.0);
        assertThat(vanDerPol.resolveParameters(Map.of("mu", 5.0))).containsEntry("mu", 5.0);
        DynamicalSystem heavyBall = BuiltInSystems.get("heavyball");
        assertThat(heavyBall.resolveParameters(Map.of("b", 100.0)).keySet()).containsExactly("gamma", "a", "b");
        assertThat(heavyBall.description()).contains("momentum method");

        double[] rate = new double[2];
        vanDerPol.createField(Map.of("mu", 5.0)).evaluate(0, new double[] {0.5, 2}, rate);
        assertThat(rate[1]).isEqualTo(5.0 * (1 - 0.25) * 2 - 0.5);
    }

    @Test
    void anUnknownParameterIsNamedWithTheValidOnes() {
        assertThatThrownBy(() -> BuiltInSystems.get("lorenz").createField(Map.of("zeta", 1.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'zeta'")
                .hasMessageContaining("sigma, rho, beta");
    }

    @Test
    void batchedEvaluationTreatsRowsIndependently() {
        java.util.Random random = new java.util.Random(7);
        for (DynamicalSystem system : BuiltInSystems.all()) {
            VectorField field = system.createField();
            int n = field.dimension();
            int rows = 3;
            double[] batch = new double[rows * n];
            for (int j = 0; j < batch.length; j++) {
                batch[j] = 0.3 + random.nextDouble();
            }
            double[] batchRate = new double[batch.length];
            field.evaluate(0.7, batch, batchRate);
            for (int row = 0; row < rows; row++) {
                double[] single = java.util.Arrays.copyOfRange(batch, row * n, row * n + n);
                double[] singleRate = new double[n];
                field.evaluate(0.7, single, singleRate);
                assertThat(java.util.Arrays.copyOfRange(batchRate, row * n, row * n + n)).as(system.id())
                        .containsExactly(singleRate);
            }
        }
    }

    @Test
    void parameterListsMatchTheBrief() {
        assertThat(names("duffing")).containsExactly("delta", "alpha", "beta", "gamma", "omega");
        assertThat(names("lotkavolterra")).containsExactly("alpha", "beta", "delta", "gamma");
        assertThat(names("linear2d")).containsExactly("a11", "a12", "a21", "a22");
        assertThat(BuiltInSystems.get("rossler").defaultParameters()).containsEntry("c", 5.7);
        assertThat(BuiltInSystems.get("arenstorf").variableNames()).containsExactly("x", "y", "vx", "vy");
    }

    private static List<String> names(String id) {
        return BuiltInSystems.get(id).parameters().stream().map(SystemParameter::name).toList();
    }
}
