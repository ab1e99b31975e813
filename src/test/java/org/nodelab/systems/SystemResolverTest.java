package org.nodelab.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SystemResolverTest {

    @Test
    void resolvesABuiltInWithOverrides() {
        ResolvedSystem system = SystemResolver.resolve("Lorenz", Map.of("rho", 20.0));
        assertThat(system.id()).isEqualTo("lorenz");
        assertThat(system.isTyped()).isFalse();
        assertThat(system.dimension()).isEqualTo(3);
        assertThat(system.variableNames()).containsExactly("x", "y", "z");
        assertThat(system.parameters()).containsEntry("rho", 20.0).containsEntry("sigma", 10.0);
        assertThat(system.field()).isInstanceOf(LorenzField.class);
        assertThat(system.defaultInitialState()).containsExactly(1, 1, 1);
        assertThat(system.equations()).contains("sigma*(y - x)");
    }

    @Test
    void resolvesTypedEquations() {
        ResolvedSystem system = SystemResolver.resolve("x' = y; y' = -x - g*y", Map.of("g", 0.5));
        assertThat(system.isTyped()).isTrue();
        assertThat(system.variableNames()).containsExactly("x", "y");
        assertThat(system.parameters()).containsExactly(Map.entry("g", 0.5));
        assertThat(system.equations()).isEqualTo("x' = y; y' = -x - g*y");
        double[] rate = new double[2];
        system.field().evaluate(0, new double[] {1, 2}, rate);
        assertThat(rate).containsExactly(2, -2);
        assertThat(system.defaultInitialState()).hasSize(2);
    }

    @Test
    void anUnknownIdListsTheBuiltInsAndMentionsTyping() {
        assertThatThrownBy(() -> SystemResolver.resolve("lorentz", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown system 'lorentz'")
                .hasMessageContaining("vanderpol")
                .hasMessageContaining("type equations");
    }

    @Test
    void builtInParameterErrorsPassThrough() {
        assertThatThrownBy(() -> SystemResolver.resolve("vanderpol", Map.of("g", 1.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'g'").hasMessageContaining("mu");
    }
}
