package org.nodelab.app.views.common;

import java.util.List;
import java.util.Map;

/**
 * One live view of the dashboard, as the dashboard sees it. The dashboard knows views only through this
 * interface and one registration list, so a new view is its own file plus one line there.
 *
 * <p>Rendering has two halves because the FX thread must stay smooth: {@link #render} is cheap and runs for
 * every new frame (it only notes what changed and asks for redraws); the costly drawing happens later, either
 * in {@link #drawNow} (a canvas that must follow every pulse, such as an animation) or through the view's
 * {@link #charts}, which the dashboard redraws at most one per pulse and each at most every 400 ms.
 */
public interface LiveView {

    /** A short stable name, for the render profile and for {@link #figures} look-ups ("spectrum", "nfe"...). */
    String id();

    /** The titled card the dashboard lays out. */
    ViewPane pane();

    /** Takes the newest frame. Frames are immutable; a view compares the parts it draws by identity. */
    void render(Frame frame);

    /**
     * Draws now what must not wait for a chart slot; called once per pulse.
     *
     * @return whether it drew, in which case no chart redraws in this pulse (one costly drawing per pulse)
     */
    default boolean drawNow(long pulseNanos) {
        return false;
    }

    /** The view's charts, whose pending updates the dashboard runs in turn. */
    default List<ChartView> charts() {
        return List.of();
    }

    /**
     * The numbers the view shows, copied for export (File → Export → data as CSV); call on the FX thread. A chart
     * view exports its charts' series; a canvas view says what it draws.
     */
    default List<DataTable> tables() {
        return charts().stream().map(DataTable::of).toList();
    }

    /** Restyles the view for the light or the dark theme (JFreeChart and canvases ignore CSS). */
    void setDark(boolean dark);

    /**
     * The figures the view shows now, by name, as text (a count of points, a counter's value): what a test, the
     * benchmark or an export reads without knowing the view's class.
     */
    Map<String, String> figures();

    /**
     * The view's own settings worth keeping with a saved session (axes, time slider…), by short name; values
     * are strings, finite numbers or booleans.
     */
    default Map<String, Object> settings() {
        return Map.of();
    }

    /** Puts back settings {@link #settings} gave; an unknown or mistyped one is ignored. */
    default void restoreSettings(Map<String, Object> saved) {
    }
}
