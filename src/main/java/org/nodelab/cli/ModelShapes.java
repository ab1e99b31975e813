package org.nodelab.cli;

import java.nio.file.Path;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.NeuralOdeModel;

/**
 * Saved weights fit only a model of the same shape. Copying them into a model built for other data scores
 * nonsense with exit 0 (or crashes on the copy), so the shapes are compared first and the difference named.
 */
final class ModelShapes {

    private ModelShapes() {
    }

    /** @throws IllegalArgumentException saying what the file's model was built for and what the data needs */
    static void requireSame(Path file, NeuralOdeModel saved, NeuralOdeModel built, String dataset) {
        ModelConfig a = saved.config();
        ModelConfig b = built.config();
        if (a.inputDimension() != b.inputDimension() || a.outputDimension() != b.outputDimension()
                || saved.parameterCount() != built.parameterCount()) {
            throw new IllegalArgumentException(file + " holds a model for " + a.inputDimension() + " features and "
                    + a.outputDimension() + " outputs (" + saved.parameterCount() + " parameters), but " + dataset
                    + " has " + b.inputDimension() + " features and " + b.outputDimension() + " outputs ("
                    + built.parameterCount() + " parameters); evaluate it on the data it was trained on");
        }
    }
}
