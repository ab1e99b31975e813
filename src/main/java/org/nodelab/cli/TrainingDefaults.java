package org.nodelab.cli;

import java.util.Map;
import org.nodelab.model.ModelConfig;
import org.nodelab.train.TrainingConfig;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults of {@code train}'s options, read from {@link TrainingConfig#defaults()} so that none is written
 * twice: picocli applies them and shows them in {@code --help}. An option without one here (such as
 * {@code --augment}) stays null, and the config keeps its own value (the family's default augment).
 */
public final class TrainingDefaults implements IDefaultValueProvider {

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option)) {
            return null;
        }
        TrainingConfig d = TrainingConfig.defaults();
        ModelConfig m = d.model();
        Map<String, Object> values = Map.ofEntries(
                Map.entry("--model", m.family().id()), Map.entry("--width", m.width()),
                Map.entry("--depth", m.depth()), Map.entry("--damping", m.damping()), Map.entry("--xi", m.xi()),
                Map.entry("--dataset", d.data().dataset()), Map.entry("--points", d.data().points()),
                Map.entry("--noise", d.data().noise()), Map.entry("--seed", m.seed()),
                Map.entry("--method", d.solver().method().id()), Map.entry("--rtol", d.solver().rtol()),
                Map.entry("--atol", d.solver().atol()), Map.entry("--max-steps", d.solver().maxSteps()),
                Map.entry("--norm", d.solver().adjointNorm().id()),
                Map.entry("--lr", d.optimizer().learningRate()), Map.entry("--clip", d.optimizer().clipNorm()),
                Map.entry("--batch", d.optimizer().batchSize()), Map.entry("--reg", d.regularizer().kind().id()),
                Map.entry("--reg-strength", d.regularizer().strength()),
                Map.entry("--gradient", d.gradient().name().toLowerCase(java.util.Locale.ROOT)),
                Map.entry("--time", d.integrationTime()));
        Object value = values.get(option.longestName());
        return value == null ? null : String.valueOf(value);
    }
}
