package org.nodelab.session.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.nodelab.train.TrainingConfig;

/**
 * Whether the runs' NFE can be compared: only when they share the solver method, tolerances, horizon T, the
 * dataset with its seed and split, the gradient method and the adjoint's error norm (which set what NFE-B
 * counts). Otherwise a plain
 * statement says what differs, for the banner and the command's JSON.
 *
 * @param comparable   true when none of those settings differ
 * @param differences  one entry per differing aspect, e.g. {@code "tolerance (solver.rtol: 0.001, 0.0001)"}
 * @param statement    the sentence to show
 */
public record Fairness(boolean comparable, List<String> differences, String statement) {

    public Fairness {
        differences = List.copyOf(differences);
    }

    /** An aspect of the runs that NFE depends on, and the config paths that make it up. */
    record Aspect(String label, List<String> paths) {
    }

    /** What NFE depends on; each path is checked to exist in the config by the tests. */
    static final List<Aspect> ASPECTS = List.of(
            new Aspect("solver method", List.of("solver.method")),
            new Aspect("tolerance", List.of("solver.rtol", "solver.atol")),
            new Aspect("horizon T", List.of("integrationTime")),
            new Aspect("dataset", List.of("data.dataset", "data.noise")),
            new Aspect("dataset seed", List.of("data.seed")),
            new Aspect("dataset size and train/test split", List.of("data.points")),
            new Aspect("gradient method", List.of("gradient")),
            new Aspect("adjoint error norm", List.of("solver.adjointNorm")));

    public static Fairness check(List<TrainingConfig> configs) {
        List<Map<String, Object>> flat = new ArrayList<>();
        for (TrainingConfig c : configs) {
            flat.add(ConfigSettings.flatten(c));
        }
        List<String> differences = new ArrayList<>();
        for (Aspect aspect : ASPECTS) {
            List<String> parts = new ArrayList<>();
            for (String path : aspect.paths()) {
                Set<String> values = new LinkedHashSet<>();
                boolean differs = false;
                for (Map<String, Object> f : flat) {
                    differs |= !Objects.equals(f.get(path), flat.get(0).get(path));
                    values.add(ConfigSettings.display(f.get(path)));
                }
                if (differs) {
                    parts.add(path + ": " + String.join(", ", values));
                }
            }
            if (!parts.isEmpty()) {
                differences.add(aspect.label() + " (" + String.join("; ", parts) + ")");
            }
        }
        if (differences.isEmpty()) {
            return new Fairness(true, differences, "NFE is comparable: the runs share the solver method, "
                    + "tolerance, horizon T, dataset, dataset seed and split, gradient method and adjoint error norm.");
        }
        return new Fairness(false, differences, "NFE is not comparable across these runs: they differ in "
                + joinWords(differences) + ". Compare NFE only at common settings, e.g. nodelab eval each model "
                + "at one tolerance.");
    }

    private static String joinWords(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
