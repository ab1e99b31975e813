/**
 * The main window: its chrome (menus, toolbar, banners, status bar), the dashboard that lays out the live views
 * from {@link org.nodelab.app.window.ViewRegistry}, and {@link org.nodelab.app.window.ExperimentModel}, the
 * experiment it shows. Children get narrow hosts ({@link org.nodelab.app.window.RunHost},
 * {@link org.nodelab.app.files.FileHost}) instead of the window; tests and headless commands use
 * {@link org.nodelab.app.window.WindowProbe}.
 */
package org.nodelab.app.window;
