/**
 * The File menu's work: opening samples, model files and CSV data, saving models and screenshots, off the FX
 * thread, for a {@link org.nodelab.app.files.FileHost}.
 */
package org.nodelab.app.files;
