package org.nodelab.train.data;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Strict number parsing for CSV fields. {@link Double#parseDouble} alone would accept things a data file should
 * not contain unnoticed ("NaN", "Infinity", hexadecimal, a trailing 'd' or 'f'), so a field must look like a
 * plain decimal number first; NaN and infinities get their own message because they are a common, fixable
 * export problem.
 */
final class CsvNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvNumbers() {
    }

    static boolean isNumber(String field) {
        String text = field.strip();
        return DECIMAL.matcher(text).matches() && Double.isFinite(Double.parseDouble(text));
    }

    /**
     * The field's value.
     *
     * @param column a description of the column for the message, e.g. "column 2 ('x')"
     * @throws CsvFormatException naming the file, line and the offending value in quotes
     */
    static double parse(String field, String file, long line, String column) {
        String text = field.strip();
        field = CsvFiles.quoted(field);
        if (text.isEmpty()) {
            throw new CsvFormatException(file, line, "empty value in " + column);
        }
        if (!DECIMAL.matcher(text).matches()) {
            String word = text.replaceFirst("^[+-]", "").toLowerCase(Locale.ROOT);
            if (word.equals("nan") || word.equals("inf") || word.equals("infinity")) {
                throw new CsvFormatException(file, line, "value \"" + field + "\" in " + column
                        + " is not finite (NaN and infinities are not accepted)");
            }
            throw new CsvFormatException(file, line, "value \"" + field + "\" in " + column + " is not a number");
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new CsvFormatException(file, line, "value \"" + field + "\" in " + column
                    + " is not finite (too large for a double)");
        }
        return value;
    }
}
