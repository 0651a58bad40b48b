/**
 * Tool use cases: workspace membership and access checks, worksheet editing with optimistic locking, the dashboard, reports.
 */
package org.iclei.africa.resilient.tool.application;
