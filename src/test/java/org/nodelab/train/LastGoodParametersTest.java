package org.nodelab.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.train.data.DataPart;
import org.nodelab.train.data.Dataset;

/** A failed test solve is a fault: the update is rolled back, parameters and optimizer state alike. */
class LastGoodParametersTest {

    @Test
    void an_update_whose_test_solve_fails_is_not_kept() {
        // Training points are ordinary; the test points sit at the edge of double range, in every sign pattern,
        // so h·R overflows in some logit whatever the weights, while training goes through.
        double[] trainX = {0.5, -0.5, -0.5, 0.5, 0.2, 0.1, -0.3, -0.2};
        int[] trainY = {0, 1, 0, 1};
        double big = Double.MAX_VALUE * 0.99;
        double[] testX = {big, big, big, -big, -big, big, -big, -big};
        int[] testY = {0, 1, 0, 1};
        Dataset data = Dataset.classification("edge", "test points at the edge of double range", 2,
                DataPart.labeled(2, trainX, trainY), DataPart.labeled(2, testX, testY));
        ModelConfig model = ModelConfig.defaults(ModelFamilies.fromId("node"), 2, 2).withWidth(4).withDepth(1);
        TrainingConfig config = TrainingConfig.defaults().withModel(model)
                .withSolver(s -> s.withMaxSteps(200));
        try (Trainer trainer = new Trainer(config, data)) {
            double[] before = trainer.model().parameters().clone();
            IterationMetrics m = trainer.step();
            assertThat(m.failed()).isTrue();
            assertThat(m.fault()).contains("test solve");
            assertThat(trainer.iteration()).isZero();
            assertThat(trainer.model().parameters()).containsExactly(before);
        }
    }
}
