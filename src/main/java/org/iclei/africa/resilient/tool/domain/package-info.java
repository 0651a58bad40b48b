/**
 * The adaptation tool's model: workspaces, the eight steps, worksheets, risk scoring, prioritisation. Rules here are plain Java with unit tests.
 */
package org.iclei.africa.resilient.tool.domain;
