package org.nodelab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nodelab.systems.BuiltInSystems;
import org.nodelab.systems.DynamicalSystem;
import org.nodelab.systems.SystemParameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the built-in systems with their equations, variables and parameters. */
@Command(name = "systems", mixinStandardHelpOptions = true,
        description = "List the built-in dynamical systems with their equations and parameters.")
public final class SystemsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Map<String, Object>> systems = new ArrayList<>();
        for (DynamicalSystem s : BuiltInSystems.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("name", s.displayName());
            m.put("description", s.description());
            m.put("equations", s.equations());
            m.put("variables", s.variableNames());
            List<Map<String, Object>> parameters = new ArrayList<>();
            for (SystemParameter p : s.parameters()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("name", p.name());
                pm.put("default", p.defaultValue());
                pm.put("meaning", p.meaning());
                parameters.add(pm);
            }
            m.put("parameters", parameters);
            m.put("defaultInitialState", s.defaultInitialState());
            systems.add(m);
        }
        JsonOutput.print(spec.commandLine().getOut(), Map.of("systems", systems));
        return 0;
    }
}
