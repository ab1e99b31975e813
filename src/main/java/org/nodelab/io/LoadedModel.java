package org.nodelab.io;

import org.nodelab.model.NeuralOdeModel;
import org.nodelab.train.TrainingConfig;

/** A model read back from a file, with the config it was trained under and its history summary. */
public record LoadedModel(TrainingConfig config, NeuralOdeModel model, HistorySummary history) {
}
