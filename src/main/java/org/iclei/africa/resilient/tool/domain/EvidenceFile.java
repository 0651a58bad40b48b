package org.iclei.africa.resilient.tool.domain;

import java.time.Instant;

/**
 * What is listed of an attached file — everything but its bytes, which are read only for a download; its version is
 * the one a deletion must name.
 *
 * @param uploadedBy the display name of the member who attached it
 */
public record EvidenceFile(long id, long version, EvidenceKind kind, long rowId, String name, String contentType, long size, String uploadedBy,
        Instant uploadedAt) {
}
