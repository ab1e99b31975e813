package org.nodelab.app.views.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Tick labels for a log axis spanning decades: plain decimals from 0.01 up ("0.25", "3"), powers of ten below
 * ("1e-4"). A plain decimal pattern labelled every tick under 1e-3 as "0", which reads as a loss of zero.
 */
public final class LogTickFormat extends NumberFormat {

    private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);
    private final DecimalFormat plain = new DecimalFormat("0.###", ROOT);
    private final DecimalFormat scientific = new DecimalFormat("0.#E0", ROOT);

    @Override
    public StringBuffer format(double v, StringBuffer to, FieldPosition pos) {
        if (v == 0 || !Double.isFinite(v) || (Math.abs(v) >= 0.01 && Math.abs(v) < 1e5)) {
            return to.append(plain.format(v));
        }
        return to.append(scientific.format(v).replace("E", "e"));
    }

    @Override
    public StringBuffer format(long v, StringBuffer to, FieldPosition pos) {
        return format((double) v, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        return plain.parse(source.replace("e", "E"), pos);
    }
}
