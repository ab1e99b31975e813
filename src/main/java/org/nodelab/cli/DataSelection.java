package org.nodelab.cli;

import org.nodelab.train.DataConfig;
import picocli.CommandLine.Option;

/** The generated dataset's options. Left out, a setting keeps its default. */
final class DataSelection {

    @Option(names = "--dataset", description = "Dataset: spirals, circles, moons, spheres, oscillator.")
    String dataset;

    @Option(names = "--points", description = "Dataset size, train plus test.")
    Integer points;

    @Option(names = "--noise", description = "Dataset noise.")
    Double noise;

    /** {@code base} with the options given on the command line. */
    DataConfig applyTo(DataConfig base) {
        DataConfig d = dataset == null ? base : base.withDataset(dataset);
        if (points != null) {
            d = d.withPoints(points);
        }
        return noise == null ? d : d.withNoise(noise);
    }
}
