/**
 * The adaptation tool's model: workspaces and their access (trial, membership: {@code WorkspaceAccess}, shared by
 * all members), the eight steps, worksheets, risk scoring, prioritisation, the evidence attached to rows, and the repository
 * interfaces of its aggregates (implemented in {@code tool.infrastructure}). Rules here are plain Java with unit tests;
 * no Faces, Servlet or CDI web classes.
 */
package org.iclei.africa.resilient.tool.domain;
