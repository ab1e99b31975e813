package org.nodelab.app.views.common;

import org.nodelab.session.Projection;

/** What a view may ask of the window that holds it: the one thing a view changes upstream is the projection. */
public interface ViewHost {

    /** The user picked other state components for the axes; the running experiment should analyse those. */
    void projectionChanged(Projection projection);
}
