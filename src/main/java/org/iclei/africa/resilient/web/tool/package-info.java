/**
 * The member tool under /tool: request-scoped backing beans of its pages (ToolPage for every page, StepPage
 * for the worksheet pages of the steps), the /tool home filter, the CSV and PDF downloads (servlets, with
 * CellFormat, PlanPdf, EvidencePdf and PdfBlocks), and the evidence attached to rows (EvidenceBacking for every
 * kind of row, EvidenceServlet for downloads). Beans read request parameters with OmniFaces {@code @Param} and end an
 * action with a redirect or a message; the rules and the database stay in {@code tool.application}.
 */
package org.iclei.africa.resilient.web.tool;
