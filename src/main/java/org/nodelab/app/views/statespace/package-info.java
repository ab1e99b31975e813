/**
 * The state-space view in parts: the view (controls, and when to draw), the steady plot bounds, the painter
 * that draws one picture onto the canvas, and the decision-region raster.
 */
package org.nodelab.app.views.statespace;
