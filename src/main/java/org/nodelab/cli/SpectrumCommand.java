package org.nodelab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nodelab.dynamics.Classification;
import org.nodelab.dynamics.Eigenvalue;
import org.nodelab.dynamics.Equilibrium;
import org.nodelab.dynamics.EquilibriumFinder;
import org.nodelab.dynamics.Jacobians;
import org.nodelab.dynamics.Spectrum;
import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.systems.ResolvedSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The Jacobian's eigenvalues at a state, and what they say about the equilibrium there. */
@Command(name = "spectrum", mixinStandardHelpOptions = true,
        description = "Print the Jacobian's eigenvalues at a state and classify the linearization there "
                + "(node, saddle, focus, centre; stable or not). With --newton, first find the equilibrium nearest the state.")
public final class SpectrumCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SystemSelection selection;

    @Option(names = "--at", required = true, paramLabel = "A,B,...", split = ",",
            description = "The state at which to linearize.")
    double[] at;

    @Option(names = "--time", defaultValue = "0", description = "Time, for non-autonomous systems (default: ${DEFAULT-VALUE}).")
    double time;

    @Option(names = "--newton", description = "Refine --at to an equilibrium by Newton's method first.")
    boolean newton;

    @Override
    public Integer call() {
        ResolvedSystem system = selection.resolve();
        double[] point = SystemSelection.checkState(system, at, "--at", false);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("system", system.id());
        out.put("variables", system.variableNames());
        if (newton) {
            Equilibrium equilibrium = EquilibriumFinder.find(system.field(), time, point);
            Map<String, Object> eq = new LinkedHashMap<>();
            eq.put("converged", equilibrium.converged());
            eq.put("iterations", equilibrium.iterations());
            eq.put("point", JsonOutput.numbers(equilibrium.point()));
            eq.put("residual", JsonOutput.number(equilibrium.residualNorm()));
            eq.put("message", equilibrium.message());
            out.put("newton", eq);
            if (!equilibrium.converged()) {
                JsonOutput.print(spec.commandLine().getOut(), out);
                spec.commandLine().getErr().println("nodelab spectrum: Newton's method did not converge: "
                        + equilibrium.message());
                return CommandLineRunner.EXIT_STOPPED;
            }
            point = equilibrium.point();
        }
        double[][] jacobian = Jacobians.atRegularPoint(system.field(), time, point, system.variableNames());
        List<Eigenvalue> eigenvalues = Spectrum.eigenvalues(jacobian);
        double[] rate = new double[point.length];
        system.field().evaluate(time, point, rate);
        double residual = 0;
        for (double r : rate) {
            residual = Math.max(residual, Math.abs(r));
        }
        out.put("at", JsonOutput.numbers(point));
        out.put("time", time);
        out.put("jacobianSource", system.field() instanceof AnalyticJacobian ? "analytic" : "central differences");
        Object[] rows = new Object[jacobian.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = JsonOutput.numbers(jacobian[i]);
        }
        out.put("jacobian", rows);
        List<Map<String, Object>> values = new ArrayList<>();
        for (Eigenvalue e : eigenvalues) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("re", JsonOutput.number(e.re()));
            v.put("im", JsonOutput.number(e.im()));
            values.add(v);
        }
        out.put("eigenvalues", values);
        Classification classification = Classification.of(eigenvalues);
        out.put("classification", classification.name().toLowerCase(Locale.ROOT));
        out.put("stable", classification.stable());
        out.put("description", classification.description());
        out.put("residual", JsonOutput.number(residual));
        // The classification describes an equilibrium; elsewhere it only describes the local linearization.
        out.put("isEquilibrium", residual <= 1e-8 * Math.max(1, maxAbs(point)));
        JsonOutput.print(spec.commandLine().getOut(), out);
        return 0;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
