/**
 * What the live views share: the {@link org.nodelab.app.views.common.LiveView} interface, the immutable
 * {@link org.nodelab.app.views.common.Frame} they draw, the chart base with its throttled redraws, and the
 * colours and theme that JFreeChart and the canvases need because they ignore CSS.
 */
package org.nodelab.app.views.common;
