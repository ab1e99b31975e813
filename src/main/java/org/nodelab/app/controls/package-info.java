/**
 * The control panels on the left (training, exploring) and their sliders. The window sees them only through
 * {@link org.nodelab.app.controls.ControlPanels}: a config or request in, a new one out on each user change.
 */
package org.nodelab.app.controls;
