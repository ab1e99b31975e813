/**
 * The live views, one file each (or one subpackage, as the state space has). A view implements
 * {@link org.nodelab.app.views.common.LiveView} and never uses another view: ArchitectureTest checks that, and
 * what views share lives in {@code views.common}.
 */
package org.nodelab.app.views;
