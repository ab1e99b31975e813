package org.nodelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every command ends by its own bound: inputs that would never finish are refused or stopped and reported. */
class CommandLineBoundsTest {

    @Test
    void lyapunov_with_an_interval_or_time_that_would_never_finish_is_refused_up_front() {
        CommandLineTest.Run tiny = CommandLineTest.run("lyapunov", "--system", "lorenz", "--time", "10",
                "--renorm-interval", "1e-300");
        assertThat(tiny.exitCode()).as(tiny.err()).isEqualTo(2);
        assertThat(tiny.err()).contains("renormalizations").contains("at most");
        CommandLineTest.Run forever = CommandLineTest.run("lyapunov", "--system", "lorenz", "--time", "1e9");
        assertThat(forever.exitCode()).as(forever.err()).isEqualTo(2);
        assertThat(forever.err()).contains("lengthen the interval or shorten the time");
    }

    @Test
    void the_step_limit_is_one_budget_for_the_whole_lyapunov_run() {
        // 2000 renormalizations of a few hundred steps each: a per-segment limit of 2000 would never be reached.
        CommandLineTest.Run r = CommandLineTest.run("lyapunov", "--system", "lorenz", "--time", "1000",
                "--renorm-interval", "0.5", "--max-steps", "2000");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.json().get("result").asText()).isEqualTo("MAX_STEPS_REACHED");
        assertThat(r.json().get("message").asText()).contains("overall limit of 2000 steps");
        assertThat(r.json().get("renormalizations").asInt()).isGreaterThan(1);
    }

    @Test
    void spectrum_where_the_field_is_not_finite_is_an_input_error() {
        CommandLineTest.Run r = CommandLineTest.run("spectrum", "--system", "x' = 1/x", "--at", "0");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("not finite").contains("x' =");
        CommandLineTest.Run log = CommandLineTest.run("spectrum", "--system", "x' = log(x)", "--at", "-1");
        assertThat(log.exitCode()).as(log.err()).isEqualTo(2);
    }

    @Test
    void solve_refuses_more_samples_than_one_line_of_json_can_carry_before_allocating_them() {
        CommandLineTest.Run r = CommandLineTest.run("solve", "--system", "vanderpol", "--t1", "1", "--samples",
                "1000000000");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("sample fewer times").doesNotContain("memory");
    }
}
