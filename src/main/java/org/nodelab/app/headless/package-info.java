/**
 * The real window without a display (Monocle, software rendering) for the {@code screenshot} and
 * {@code bench ui} commands, and the FX-thread measurements they report.
 */
package org.nodelab.app.headless;
