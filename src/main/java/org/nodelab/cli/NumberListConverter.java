package org.nodelab.cli;

import picocli.CommandLine;

/** Reads "1, -2.5, 3e-2" as numbers, naming the piece that is not one. */
final class NumberListConverter implements CommandLine.ITypeConverter<double[]> {

    @Override
    public double[] convert(String text) {
        String[] parts = text.split(",");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.isEmpty()) {
                throw new CommandLine.TypeConversionException("'" + text + "' has an empty entry at position "
                        + (i + 1) + "; write numbers separated by commas, e.g. 1,0.5,-2");
            }
            try {
                values[i] = Double.parseDouble(part);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + part + "' (entry " + (i + 1) + " of '" + text
                        + "') is not a number");
            }
            if (!Double.isFinite(values[i])) {
                throw new CommandLine.TypeConversionException("entry " + (i + 1) + " of '" + text
                        + "' must be a finite number");
            }
        }
        return values;
    }
}
