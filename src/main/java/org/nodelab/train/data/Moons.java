package org.nodelab.train.data;

import java.util.Random;

/**
 * Two interlocking half circles (the "moons" of scikit-learn): class 0 on the upper half of the unit circle,
 * class 1 on the lower half of the unit circle centred at (1, 0.5). Nonlinear but easy; a good first run.
 */
public final class Moons {

    public static final String ID = "moons";
    public static final String DESCRIPTION = "Two interlocking half moons (2 classes): a gentle nonlinear boundary.";

    private Moons() {
    }

    public static GeneratorSettings defaults() {
        return GeneratorSettings.of(1000, 0.1, 1L);
    }

    public static Dataset generate(GeneratorSettings settings) {
        Random random = new Random(settings.seed());
        double[][][] points = new double[2][][];
        for (int c = 0; c < 2; c++) {
            int n = BalancedClasses.countOf(settings.points(), 2, c);
            points[c] = new double[n][];
            for (int i = 0; i < n; i++) {
                double angle = Math.PI * random.nextDouble();
                double x = c == 0 ? Math.cos(angle) : 1 - Math.cos(angle);
                double y = c == 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
                points[c][i] = new double[] {
                        x + settings.noise() * random.nextGaussian(),
                        y + settings.noise() * random.nextGaussian()};
            }
        }
        return BalancedClasses.assemble(ID, DESCRIPTION, 2, points, settings.testFraction(), random);
    }
}
